"""One conversation with a model: its settings, its messages, and how an answer is streamed."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from ollama_openapi.cli._exit import UsageError
from ollama_openapi.cli._output import Output, plain, settle_after_interrupt
from ollama_openapi.cli._spinner import Spinner

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["ChatSettings", "Conversation", "go_duration", "print_stats"]

_NANOSECONDS = 1_000_000_000


@dataclass
class ChatSettings:
    """What ``run``'s options and the ``/set`` commands decide for the next requests."""

    model: str
    system: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    format: str | dict[str, Any] | None = None
    think: bool | str | None = None
    hide_thinking: bool = False
    keep_alive: str | None = None
    verbose: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> ChatSettings:
        """The settings ``run``'s options give; raises `UsageError` for a malformed one."""
        options: dict[str, Any] = {}
        for item in args.option:
            key, separator, value = item.partition("=")
            if not separator or not key.strip():
                raise UsageError(f"--option needs KEY=VALUE, got {item!r}")
            options[key.strip()] = _option_value(value.strip())
        return cls(
            model=args.model,
            system=args.system,
            options=options,
            format=_format(args.format),
            think=True if args.think else None,
            hide_thinking=args.hidethinking,
            keep_alive=args.keepalive,
            verbose=args.verbose,
        )

    def request_params(self) -> dict[str, Any]:
        """The keyword arguments of `Client.chat` these settings give (besides model and messages)."""
        params: dict[str, Any] = {}
        if self.options:
            params["options"] = self.options
        if self.format:
            params["format"] = self.format
        if self.think is not None:
            params["think"] = self.think
        if self.keep_alive:
            params["keep_alive"] = self.keep_alive
        return params


def _option_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _format(text: str | None) -> str | dict[str, Any] | None:
    if not text or text == "json":
        return text or None
    try:
        schema = json.loads(text)
    except ValueError:
        schema = None
    if not isinstance(schema, dict):
        raise UsageError('--format must be "json" or a JSON Schema object')
    return schema


class Conversation:
    """The messages so far with one model, and how each answer is streamed to the output.

    `interactive`: a person reads the answers in a terminal (a blank line follows each answer,
    as in ``ollama``).
    """

    def __init__(self, client: Client, settings: ChatSettings, out: Output, *, interactive: bool) -> None:
        self.client = client
        self.settings = settings
        self.out = out
        self.interactive = interactive
        self.messages: list[dict[str, Any]] = []
        self.loaded_messages: list[dict[str, Any]] = []  # the model's own MESSAGEs (kept by /save)
        self.parent_model = ""
        self.clear()

    def clear(self) -> None:
        """Forget the messages; the system message, if one is set, stays."""
        system = self.settings.system
        self.messages = [{"role": "system", "content": system}] if system else []

    def use_model(self, model: str, info: Any) -> None:
        """Talk to `model` (its `show` answer is `info`) from now on, in a new conversation."""
        self.settings.model = model
        details = plain(getattr(info, "details", None))
        self.parent_model = str(plain(getattr(details, "parent_model", None), "") or "")
        self.loaded_messages = [
            {"role": str(plain(message.role, "")), "content": str(plain(message.content, ""))}
            for message in plain(getattr(info, "messages", None), None) or []
        ]
        self.clear()

    def set_system(self, text: str) -> None:
        """Set the system message: it replaces a system message at the end, else is appended."""
        self.settings.system = text
        message = {"role": "system", "content": text}
        if self.messages and self.messages[-1]["role"] == "system":
            self.messages[-1] = message
        else:
            self.messages.append(message)

    def ask(self, prompt: str) -> bool:
        """Send `prompt` and stream the answer; False when Ctrl-C stopped it.

        As in ``ollama``, a stopped answer is not kept but the question is. A failed request
        (raised) keeps neither.
        """
        self.messages.append({"role": "user", "content": prompt})
        try:
            answer = self._stream_answer()
        except BaseException:
            self.messages.pop()
            raise
        if answer is None:
            return False
        self.messages.append(answer)
        return True

    def _stream_answer(self) -> dict[str, Any] | None:
        out = self.out
        shown = _AnswerPrinter(out, show_thinking=not self.settings.hide_thinking)
        stream = self.client.chat(
            self.settings.model, self.messages, stream=True, **self.settings.request_params()
        )
        last: Any = None
        # ollama's spinner while the model loads and thinks of its first word (not with --json).
        spinner = Spinner(out.stderr, enabled=False if out.json else None).start()
        try:
            for index, chunk in enumerate(stream):
                spinner.stop()
                last = chunk
                if out.json:
                    out.raw(stream.lines[index])
                    shown.collect(chunk)
                else:
                    shown.show(chunk)
        except KeyboardInterrupt:
            spinner.stop()
            try:
                stream.close()
                settle_after_interrupt(out.stdout, out.stderr)
            finally:
                shown.end()
            return None
        finally:
            spinner.stop()
        shown.end()
        if self.interactive and not out.json:
            out.line()
        if self.settings.verbose and last is not None:
            if not self.interactive:
                out.stderr.write("\n")
            print_stats(last, out.stderr)
        message: dict[str, Any] = {"role": shown.role, "content": "".join(shown.content)}
        if shown.thinking:
            message["thinking"] = "".join(shown.thinking)
        return message


class _AnswerPrinter:
    """Writes an answer as it streams: the text on stdout, the thinking on stderr."""

    def __init__(self, out: Output, *, show_thinking: bool) -> None:
        self._out = out
        self._show_thinking = show_thinking
        self._in_thinking = False
        self._line_open = False  # the answer's last line has no newline yet
        self.role = "assistant"
        self.content: list[str] = []
        self.thinking: list[str] = []

    def collect(self, chunk: Any) -> tuple[str, str]:
        message = plain(chunk.message)
        if message is None:
            return "", ""
        self.role = str(plain(message.role, self.role))
        thought = str(plain(message.thinking, "") or "")
        content = str(plain(message.content, "") or "")
        if thought:
            self.thinking.append(thought)
        if content:
            self.content.append(content)
        return thought, content

    def show(self, chunk: Any) -> None:
        thought, content = self.collect(chunk)
        stderr = self._out.stderr
        if thought and self._show_thinking:
            if not self._in_thinking:
                stderr.write("Thinking...\n")
                self._in_thinking = True
            stderr.write(self._out.shown(thought))
            stderr.flush()
        if content:
            self._end_thinking()
            self._line_open = True  # until the text is out: Ctrl-C may cut the write
            self._out.text(content)
            self._line_open = not content.endswith("\n")

    def _end_thinking(self) -> None:
        if self._in_thinking:
            thinking = "".join(self.thinking)
            self._out.stderr.write(("" if thinking.endswith("\n") else "\n") + "...done thinking.\n\n")
            self._out.stderr.flush()
            self._in_thinking = False

    def end(self) -> None:
        """Finish the answer's last line (also after Ctrl-C)."""
        self._end_thinking()
        if not self._out.json and (self._line_open or not self.content):
            self._out.line()


_STATS = (
    ("total duration", "total_duration", "duration"),
    ("load duration", "load_duration", "duration"),
    ("prompt eval count", "prompt_eval_count", "count"),
    ("prompt eval duration", "prompt_eval_duration", "duration"),
    ("prompt eval rate", "prompt_eval_duration", "prompt_eval_count"),
    ("eval count", "eval_count", "count"),
    ("eval duration", "eval_duration", "duration"),
    ("eval rate", "eval_duration", "eval_count"),
)


def print_stats(chunk: Any, file: TextIO) -> None:
    """The timings of an answer's final chunk, with the labels and formats of ``ollama run --verbose``
    (a value that is absent or zero is left out, as there)."""
    lines = []
    for label, name, kind in _STATS:
        value = int(plain(getattr(chunk, name, None), 0) or 0)
        if value <= 0:
            continue
        if kind == "duration":
            text = go_duration(value)
        elif kind == "count":
            text = f"{value} token(s)"
        else:
            count = int(plain(getattr(chunk, kind, None), 0) or 0)
            text = f"{count / (value / _NANOSECONDS):.2f} tokens/s"
        lines.append(f"{label + ':':<22}{text}\n")
    file.write("".join(lines))
    file.flush()


def go_duration(nanoseconds: int) -> str:
    """A duration as Go's ``time.Duration.String`` writes it: ``1.5s``, ``2m3.0004s``, ``870.5µs``."""
    if nanoseconds == 0:
        return "0s"
    sign = "-" if nanoseconds < 0 else ""
    value = abs(nanoseconds)
    if value < 1000:
        return f"{sign}{value}ns"
    if value < 1_000_000:
        return f"{sign}{_decimal(value, 1000)}µs"
    if value < _NANOSECONDS:
        return f"{sign}{_decimal(value, 1_000_000)}ms"
    hours, value = divmod(value, 3600 * _NANOSECONDS)
    minutes, value = divmod(value, 60 * _NANOSECONDS)
    seconds = f"{_decimal(value, _NANOSECONDS)}s"
    if hours:
        return f"{sign}{hours}h{minutes}m{seconds}"
    if minutes:
        return f"{sign}{minutes}m{seconds}"
    return sign + seconds


def _decimal(value: int, unit: int) -> str:
    whole, fraction = divmod(value, unit)
    if not fraction:
        return str(whole)
    digits = len(str(unit)) - 1
    return f"{whole}.{str(fraction).rjust(digits, '0').rstrip('0')}"
