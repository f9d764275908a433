"""Commands that run a model: run (one answer, or a chat), embed and stop."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ollama_openapi.cli._chat import ChatSettings, Conversation
from ollama_openapi.cli._exit import CleanInterrupt, ExitCode, UsageError
from ollama_openapi.cli._interactive import LineReader, history_path, print_loaded_messages, run_chat
from ollama_openapi.cli._output import Output, is_terminal, plain
from ollama_openapi.cli._spinner import Spinner
from ollama_openapi.cli._transfer_cmds import pull_model
from ollama_openapi.errors import ModelNotFoundError

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["cmd_embed", "cmd_run", "cmd_stop"]


def _show_or_pull(client: Client, model: str, out: Output, *, insecure: bool) -> Any:
    """The model's `show` answer; a model that is not there is pulled first, as ``ollama run`` does."""
    try:
        return client.show(model)
    except ModelNotFoundError:
        pass
    pull_model(client, model, out, insecure=insecure)
    return client.show(model)


def cmd_run(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``run MODEL [PROMPT]``: one streamed answer, or a chat (interactive in a terminal)."""
    settings = ChatSettings.from_args(args)  # bad options are reported before any request
    info = _show_or_pull(client, args.model, out, insecure=args.insecure)
    capabilities = plain(info.capabilities) or []
    if "embedding" in capabilities and "completion" not in capabilities:
        return _run_embedding(client, args, out)
    interactive = not args.prompt and not out.json and is_terminal(sys.stdin) and is_terminal(out.stdout)
    conversation = Conversation(client, settings, out, interactive=interactive)
    conversation.use_model(args.model, info)
    if args.prompt:
        if not conversation.ask(" ".join(args.prompt)):
            # The cut answer's line was ended; on a terminal that also moved past the echoed ^C.
            raise CleanInterrupt if is_terminal(out.stdout) else KeyboardInterrupt
        return ExitCode.OK
    if interactive:
        with Spinner(out.stderr):  # while the model loads, as `ollama run` shows it
            client.load(args.model, keep_alive=settings.keep_alive)
        print_loaded_messages(conversation)
    reader = LineReader(sys.stdin, terminal=interactive, history=history_path() if interactive else None)
    return run_chat(conversation, reader)


def _run_embedding(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``run`` of an embedding model prints the embedding of PROMPT, as ``ollama run`` does."""
    if not args.prompt:
        raise UsageError(
            f'embedding models require input text. Usage: ollama-openapi run {args.model} "your text here"'
        )
    params: dict[str, Any] = {"dimensions": args.dimensions} if args.dimensions else {}
    if args.keepalive:
        params["keep_alive"] = args.keepalive
    raw = client.with_raw_response.embed(args.model, " ".join(args.prompt), **params)
    if out.json:
        out.raw(raw.http_response.content)
    else:
        out.line(json.dumps(raw.parsed.embeddings[0]))
    return ExitCode.OK


def cmd_embed(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``embed MODEL TEXT...``: one JSON array per text, or the server's document with --json."""
    params: dict[str, Any] = {}
    if args.dimensions is not None:
        params["dimensions"] = args.dimensions
    raw = client.with_raw_response.embed(args.model, list(args.texts), **params)
    if out.json:
        out.raw(raw.http_response.content)
        return ExitCode.OK
    for vector in raw.parsed.embeddings:
        out.line(json.dumps(vector))
    return ExitCode.OK


def cmd_stop(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``stop MODEL``: unload the model from memory now."""
    try:
        raw = client.with_raw_response.unload(args.model)
    except ModelNotFoundError:
        out.note(f'ollama-openapi: error: couldn\'t find model "{args.model}" to stop')
        return ExitCode.MODEL_NOT_FOUND
    if out.json:
        out.raw(raw.http_response.content)
    return ExitCode.OK
