"""Exit codes of ``ollama-openapi`` and the one-line message shown for each failure."""

from __future__ import annotations

import enum

from ollama_openapi.errors import (
    InvalidArgumentError,
    ModelfileError,
    ModelNotFoundError,
    OllamaConnectionError,
    OllamaTimeoutError,
    ResponseError,
    StreamError,
    StreamInBandError,
)

__all__ = ["EXIT_CODES_HELP", "ExitCode", "UsageError", "describe", "exit_code_for"]

# What a registry answers when a pull names a model it does not have.
_MISSING_IN_REGISTRY = "file does not exist"


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
    if command == "pull" and isinstance(error, StreamInBandError) and _MISSING_IN_REGISTRY in error.error:
        return ExitCode.MODEL_NOT_FOUND
    return ExitCode.ERROR


def describe(error: BaseException) -> str:
    """A single line for stderr: the server's own message, without our status-code suffix."""
    if isinstance(error, (ResponseError, StreamError)):
        text = error.error
        status = error.status_code
        if status is not None and status >= 0 and not isinstance(error, ModelNotFoundError):
            text = f"{text} (HTTP {status})"
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())
