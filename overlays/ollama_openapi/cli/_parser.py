"""The ``ollama-openapi`` command line: commands, options and help text (argparse)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from ollama_openapi import __version__
from ollama_openapi.cli._exit import EXIT_CODES_HELP

__all__ = ["build_parser"]

_DESCRIPTION = "Talk to an Ollama server from the shell (a typed client for the Ollama REST API)."
_EPILOG = f"""\
The server is --host, else OLLAMA_HOST, else http://127.0.0.1:11434.
With --json every command prints the server's JSON as it sent it: one document, or NDJSON
(one object per line) for streaming commands (pull, push, create, run).
Options may come anywhere after the command: run MODEL --verbose "PROMPT".

{EXIT_CODES_HELP}"""


def _global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--host and --json, accepted before and after the command (``--json list`` = ``list --json``)."""
    parent = argparse.ArgumentParser(add_help=False)
    default_host = argparse.SUPPRESS if suppress else None
    default_json = argparse.SUPPRESS if suppress else False
    parent.add_argument(
        "--host",
        default=default_host,
        metavar="URL",
        help="the Ollama server, e.g. localhost:11434 (default: OLLAMA_HOST or http://127.0.0.1:11434)",
    )
    parent.add_argument(
        "--json",
        action="store_true",
        default=default_json,
        help="machine-readable output: one JSON document, or NDJSON for streams",
    )
    return parent


class _CommandParser(argparse.ArgumentParser):
    """A command's parser: its options may come anywhere after the command, also between its
    arguments (``run MODEL --verbose PROMPT``), as ``ollama`` accepts them."""

    _inside = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        # The subcommand action calls this; the intermixed parse calls it again (twice), plainly.
        if self._inside:
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``ollama-openapi`` with every command."""
    parser = argparse.ArgumentParser(
        prog="ollama-openapi",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_global_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"ollama-openapi {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_CommandParser
    )
    common: list[Any] = [_global_options(suppress=True)]

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            parents=common,
            epilog=EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    command("list", "list the local models")
    command("ps", "list the models loaded in memory")

    show = command("show", "show a model's details")
    show.add_argument("model", metavar="MODEL")
    field = show.add_mutually_exclusive_group()
    for flag, what in (
        ("--modelfile", "the Modelfile that recreates the model"),
        ("--parameters", "the model's parameters"),
        ("--template", "the prompt template"),
        ("--system", "the system message"),
        ("--license", "the license"),
    ):
        field.add_argument(flag, action="store_true", help=f"print only {what}")
    show.add_argument("-v", "--verbose", action="store_true", help="include all metadata (GGUF keys)")

    transfers = (("pull", "download a model from a registry"), ("push", "upload a model to a registry"))
    for name, what in transfers:
        transfer = command(name, what)
        transfer.add_argument("model", metavar="MODEL")
        transfer.add_argument("--insecure", action="store_true", help="allow an insecure registry")
        transfer.add_argument("--no-progress", action="store_true", help="no progress bars")

    create = command("create", "create a model from a Modelfile (local FROM/ADAPTER files are uploaded)")
    create.add_argument("model", metavar="MODEL")
    create.add_argument(
        "-f", "--file", default="Modelfile", metavar="MODELFILE", help="the Modelfile (default: ./Modelfile)"
    )
    create.add_argument("-q", "--quantize", metavar="LEVEL", help="quantize the model, e.g. q4_K_M")
    create.add_argument("--no-progress", action="store_true", help="no progress bars")

    copy = command("cp", "copy a model")
    copy.add_argument("source", metavar="SRC")
    copy.add_argument("destination", metavar="DST")

    remove = command("rm", "delete models")
    remove.add_argument("models", metavar="MODEL", nargs="+")

    run = command(
        "run",
        "run a model: answer PROMPT; without PROMPT, chat (with line editing and history in a "
        "terminal, one message per line from a pipe). A model that is not there is pulled first.",
    )
    run.add_argument("model", metavar="MODEL")
    run.add_argument("prompt", metavar="PROMPT", nargs="*", default=[], help="the message (words are joined)")
    run.add_argument("--system", metavar="TEXT", help="a system message")
    run.add_argument("--format", metavar="FORMAT", help='"json", or a JSON Schema given inline')
    run.add_argument("--think", action="store_true", help="let thinking models think (shown on stderr)")
    run.add_argument("--hidethinking", action="store_true", help="do not show the thinking of a model")
    run.add_argument(
        "-o",
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a model option, e.g. temperature=0 (repeatable)",
    )
    run.add_argument("--keepalive", metavar="DURATION", help="how long the model stays loaded, e.g. 5m")
    run.add_argument("--verbose", action="store_true", help="print timings after each answer (stderr)")
    run.add_argument(
        "--raw",
        action="store_true",
        help="write the model's output as it comes, control characters included (as ollama run does); "
        "by default they are shown as \\xNN so that no answer can drive the terminal",
    )
    run.add_argument("--insecure", action="store_true", help="allow an insecure registry when pulling")
    run.add_argument("--dimensions", type=int, metavar="N", help="embedding models: truncate the vector")

    stop = command("stop", "unload a running model from memory")
    stop.add_argument("model", metavar="MODEL")

    embed = command("embed", "print the embedding of each TEXT (one JSON array per line)")
    embed.add_argument("model", metavar="MODEL")
    embed.add_argument("texts", metavar="TEXT", nargs="+")
    embed.add_argument("--dimensions", type=int, metavar="N", help="truncate the vectors to N dimensions")

    command("version", "print the client and server versions")

    history = command(
        "api-changes",
        "print the routes, fields, values and forms of the API that the Ollama releases after OLD "
        "up to NEW added and removed, by operation (from the spec; no server needed)",
    )
    history.add_argument("old", metavar="OLD", help="the older release, e.g. v0.20.0")
    history.add_argument("new", metavar="NEW", help="the newer release, e.g. v0.33.0")

    document = command("spec", "write the OpenAPI document (JSON) this client is generated from")
    document.add_argument(
        "--release", metavar="VERSION", help="only what this Ollama release has, e.g. 0.9.0"
    )
    document.add_argument("-o", "--output", metavar="FILE", help="write it to FILE (default: stdout)")
    return parser
