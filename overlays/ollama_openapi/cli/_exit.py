"""Exit codes of ``ollama-openapi`` and the one-line message shown for each failure."""

from __future__ import annotations

import enum
import re

from ollama_openapi.errors import (
    InvalidArgumentError,
    InvalidHostError,
    ModelfileError,
    ModelNotFoundError,
    OllamaConnectionError,
    OllamaTimeoutError,
    ResponseError,
    StreamError,
    StreamInBandError,
)

__all__ = [
    "EXIT_CODES_HELP",
    "CleanInterrupt",
    "ExitCode",
    "UsageError",
    "cli_wording",
    "describe",
    "exit_code_for",
]

# What a registry answers when a pull names a model it does not have.
_MISSING_IN_REGISTRY = "file does not exist"
# What a push of a model the server does not have ends with: its manifest cannot be opened.
_MISSING_MANIFEST = re.compile(r"open \S*manifests\S*: no such file or directory")


class ExitCode(enum.IntEnum):
    """The process exit status, one per kind of outcome."""

    OK = 0
    ERROR = 1
    USAGE = 2
    MODEL_NOT_FOUND = 3
    UNREACHABLE = 4
    INTERRUPTED = 130


class UsageError(Exception):
    """The command line, or a file it names, is not usable (exit code 2)."""


class CleanInterrupt(KeyboardInterrupt):
    """Ctrl-C, after the command left the terminal tidy (cursor at the start of a fresh line)."""


EXIT_CODES_HELP = """\
exit codes:
  0    success
  1    the server answered with an error (or a stream broke)
  2    bad usage: unknown command or option, invalid argument, unreadable Modelfile
  3    model not found (also: pulling a model the registry does not have)
  4    server unreachable: nothing answers at --host / OLLAMA_HOST, or it timed out
  130  interrupted (Ctrl-C)"""


def exit_code_for(error: BaseException, *, command: str = "") -> ExitCode:
    """The exit code for an exception raised while running `command`."""
    if isinstance(error, ModelNotFoundError):
        return ExitCode.MODEL_NOT_FOUND
    if isinstance(error, (OllamaConnectionError, OllamaTimeoutError)):
        return ExitCode.UNREACHABLE
    if isinstance(error, (InvalidArgumentError, UsageError, ModelfileError)):
        return ExitCode.USAGE
    if command in ("pull", "run") and is_missing_in_registry(error):
        return ExitCode.MODEL_NOT_FOUND
    if command == "push" and isinstance(error, StreamInBandError) and _MISSING_MANIFEST.search(error.error):
        return ExitCode.MODEL_NOT_FOUND
    return ExitCode.ERROR


def is_missing_in_registry(error: BaseException) -> bool:
    """True for the in-band error of a pull whose model the registry does not have."""
    return isinstance(error, StreamInBandError) and _MISSING_IN_REGISTRY in error.error


# The library speaks to Python callers (host=, timeout=, verify=); the command line has --host and
# OLLAMA_HOST only. Each pair rewrites one phrase of the library's messages.
_CLI_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"set OLLAMA_HOST or pass host= to the client"), "pass --host or set OLLAMA_HOST"),
    (re.compile(r"Check OLLAMA_HOST or host=\."), "Check --host / OLLAMA_HOST."),
    (re.compile(r"with host= or OLLAMA_HOST"), "with --host or OLLAMA_HOST"),
    (re.compile(r"\s*Raise the limit with the client's\s+timeout= option if this is expected\."), ""),
    (re.compile(r"the certificate settings \(verify=\)"), "the server's certificate"),
)


def cli_wording(text: str) -> str:
    """`text`, a library message, in the command line's terms (``--host``, not ``host=``)."""
    for pattern, replacement in _CLI_PHRASES:
        text = pattern.sub(replacement, text)
    return text


def is_html_page(error: ResponseError) -> bool:
    """True when the error answer is a web page (a proxy's or another server's), not Ollama's JSON."""
    content_type = error.headers.get("content-type", "").lower()
    start = error.body.lstrip()[:64].lower()
    return "text/html" in content_type or start.startswith(("<!doctype html", "<html"))


def describe(error: BaseException, *, host: str | None = None) -> str:
    """A single line for stderr: the server's own message, without our status-code suffix; an HTML
    page (`host` answered, but not as Ollama does) is summarized rather than printed."""
    if isinstance(error, ResponseError) and error.status_code >= 0 and is_html_page(error):
        where = f"the server at {host}" if host else "the server"
        return (
            f"{where} answered {error.status_code} with an HTML page: is OLLAMA_HOST (or --host) "
            "pointing at Ollama?"
        )
    if isinstance(error, InvalidHostError):
        text = f"invalid --host / OLLAMA_HOST value {error.value!r}: {error.problem}"
    elif isinstance(error, (ResponseError, StreamError)):
        text = error.error
        status = error.status_code
        if status is not None and status >= 0 and not isinstance(error, ModelNotFoundError):
            text = f"{text} (HTTP {status})"
    else:
        text = str(error) or type(error).__name__
    return cli_wording(" ".join(text.split()))
