"""``main(argv)``: parse the command line, run one command, turn failures into exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ollama_openapi.cli._exit import CleanInterrupt, ExitCode, UsageError, describe, exit_code_for
from ollama_openapi.cli._models_cmds import cmd_cp, cmd_list, cmd_ps, cmd_rm, cmd_show, cmd_version
from ollama_openapi.cli._output import Output, is_terminal
from ollama_openapi.cli._parser import build_parser
from ollama_openapi.cli._run_cmds import cmd_embed, cmd_run, cmd_stop
from ollama_openapi.cli._spec_cmds import cmd_api_changes, cmd_spec
from ollama_openapi.cli._transfer_cmds import cmd_create, cmd_pull, cmd_push
from ollama_openapi.errors import OllamaError

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["main"]

Command = Callable[["Client", argparse.Namespace, Output], int]

COMMANDS: dict[str, Command] = {
    "list": cmd_list,
    "ps": cmd_ps,
    "show": cmd_show,
    "pull": cmd_pull,
    "push": cmd_push,
    "create": cmd_create,
    "cp": cmd_cp,
    "rm": cmd_rm,
    "run": cmd_run,
    "stop": cmd_stop,
    "embed": cmd_embed,
    "version": cmd_version,
}

OFFLINE_COMMANDS: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "api-changes": cmd_api_changes,
    "spec": cmd_spec,
}
"""Commands that read the shipped spec only: no client, no server."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``ollama-openapi`` with `argv` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else list(argv)):
        parser.print_help()  # as `ollama` does when run without a command
        return ExitCode.OK
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, or a usage error (already printed)
        code = exit_request.code
        return code if isinstance(code, int) else ExitCode.USAGE
    out = Output(json=args.json, raw_text=bool(getattr(args, "raw", False)))
    client: Client | None = None
    try:
        offline = OFFLINE_COMMANDS.get(args.command)
        if offline is not None:
            return offline(args, out)
        from ollama_openapi import Client

        client = Client(args.host)
        with client:
            return COMMANDS[args.command](client, args, out)
    except CleanInterrupt:
        return ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        if is_terminal(out.stderr):
            out.note("")  # past the ^C the terminal echoed
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # e.g. `ollama-openapi list | head -1`
        return ExitCode.ERROR
    except (OllamaError, UsageError, ValueError, OSError) as error:
        # ValueError: ModelfileError, and argument values the client refuses; OSError: local files.
        where = client.base_url if client is not None else None
        out.note(f"ollama-openapi: error: {describe(error, host=where)}")
        return exit_code_for(error, command=args.command)
