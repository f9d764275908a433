"""Commands that run a model: run (one answer, or an interactive chat) and embed."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from ollama_openapi.cli._exit import ExitCode, UsageError
from ollama_openapi.cli._output import Output, plain

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["cmd_embed", "cmd_run"]

_INTERACTIVE_HELP = """\
Available commands:
  /clear    forget the conversation so far
  /bye      exit (so does end of input, Ctrl-D)
  /?        this help"""
_NANOSECONDS = 1e9


def _option_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _chat_params(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for item in args.option:
        key, separator, value = item.partition("=")
        if not separator or not key.strip():
            raise UsageError(f"--option needs KEY=VALUE, got {item!r}")
        options[key.strip()] = _option_value(value.strip())
    params: dict[str, Any] = {}
    if options:
        params["options"] = options
    if args.format:
        params["format"] = args.format if args.format == "json" else _schema(args.format)
    if args.think:
        params["think"] = True
    if args.keepalive:
        params["keep_alive"] = args.keepalive
    return params


def _schema(text: str) -> dict[str, Any]:
    try:
        schema = json.loads(text)
    except ValueError:
        schema = None
    if not isinstance(schema, dict):
        raise UsageError('--format must be "json" or a JSON Schema object')
    return schema


class _Conversation:
    """The messages so far, and how one answer is streamed to the output."""

    def __init__(self, client: Client, args: argparse.Namespace, out: Output) -> None:
        self._client = client
        self._model: str = args.model
        self._system: str | None = args.system
        self._verbose: bool = args.verbose
        self._params = _chat_params(args)
        self._out = out
        self.messages: list[dict[str, Any]] = []
        self.clear()

    def clear(self) -> None:
        self.messages = [{"role": "system", "content": self._system}] if self._system else []

    def ask(self, prompt: str) -> None:
        """Send `prompt`, stream the answer token by token, and keep both in the history."""
        self.messages.append({"role": "user", "content": prompt})
        try:
            answer = self._stream_answer()
        except BaseException:
            self.messages.pop()  # an unanswered question does not stay in the history
            raise
        self.messages.append({"role": "assistant", "content": answer})

    def _stream_answer(self) -> str:
        stream = self._client.chat(self._model, self.messages, stream=True, **self._params)
        answer: list[str] = []
        thinking = False
        last: Any = None
        for chunk in stream:
            last = chunk
            if self._out.json:
                self._out.document(chunk)
            message = plain(chunk.message)
            if message is None:
                continue
            thought = plain(message.thinking, "")
            if thought and not self._out.json:
                if not thinking:
                    self._out.stderr.write("Thinking...\n")
                    thinking = True
                self._out.stderr.write(thought)
                self._out.stderr.flush()
            content = plain(message.content, "")
            if content:
                if thinking:
                    self._out.stderr.write("\n...done thinking.\n\n")
                    thinking = False
                answer.append(content)
                if not self._out.json:
                    self._out.text(content)
        text = "".join(answer)
        if not self._out.json and not text.endswith("\n"):
            self._out.line()
        if self._verbose and last is not None:
            _print_timings(last, self._out.stderr)
        return text


def _print_timings(chunk: Any, file: TextIO) -> None:
    total = plain(chunk.total_duration, 0) / _NANOSECONDS
    count = plain(chunk.eval_count, 0)
    duration = plain(chunk.eval_duration, 0) / _NANOSECONDS
    rate = f"{count / duration:.2f} tokens/s" if duration else "n/a"
    file.write(f"total duration: {total:.3f}s\neval count: {count} token(s)\neval rate: {rate}\n")
    file.flush()


def cmd_run(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``run MODEL [PROMPT]``: one streamed answer, or a chat reading stdin line by line."""
    conversation = _Conversation(client, args, out)
    if args.prompt:
        conversation.ask(" ".join(args.prompt))
        return ExitCode.OK
    return _interactive(conversation, out, sys.stdin)


def _interactive(conversation: _Conversation, out: Output, stdin: TextIO) -> int:
    prompt_shown = _is_terminal(stdin) and not out.json
    while True:
        if prompt_shown:
            out.text(">>> ")
        line = stdin.readline()
        if not line:  # end of input
            if prompt_shown:
                out.line()
            return ExitCode.OK
        text = line.strip()
        if not text:
            continue
        if text == "/bye":
            return ExitCode.OK
        if text == "/clear":
            conversation.clear()
            out.note("Cleared the conversation.")
        elif text in ("/?", "/help"):
            out.note(_INTERACTIVE_HELP)
        elif text.startswith("/"):
            out.note(f"Unknown command {text.split()[0]!r}. Type /? for help.")
        else:
            conversation.ask(text)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def cmd_embed(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``embed MODEL TEXT...``: one JSON array per text, or the whole response with --json."""
    params: dict[str, Any] = {}
    if args.dimensions is not None:
        params["dimensions"] = args.dimensions
    response = client.embed(args.model, list(args.texts), **params)
    if out.json:
        out.document(response)
        return ExitCode.OK
    for vector in response.embeddings:
        out.line(json.dumps(vector))
    return ExitCode.OK
