"""Where the CLI writes: result text or JSON on stdout, progress and errors on stderr."""

from __future__ import annotations

import contextlib
import datetime
import json
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from ollama_openapi.cli._safe import visible
from ollama_openapi.progress import human_size

__all__ = [
    "Output",
    "format_table",
    "human_size",
    "interrupts_deferred",
    "is_terminal",
    "plain",
    "relative_time",
    "settle_after_interrupt",
]

_SETTLE_SECONDS = 0.05


def plain(value: Any, default: Any = None) -> Any:
    """`value`, or `default` when it is ``None`` (an absent field of a generated model reads None)."""
    if value is None:
        return default
    return value


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


@dataclass
class Output:
    """The two streams of one CLI run and whether results are JSON.

    Text for people (`line`, `text`, `note`) is written with its control characters made visible
    (see ``_safe.py``): what a server sends never drives the terminal. `raw_text` (``run --raw``)
    writes the model's streamed output as it comes instead.
    """

    json: bool = False
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    raw_text: bool = False

    def line(self, text: str = "") -> None:
        """Write one line of human-readable output."""
        self.stdout.write(visible(text) + "\n")
        self.stdout.flush()

    def text(self, text: str) -> None:
        """Write text as it comes (streamed tokens), without a newline."""
        self.stdout.write(self.shown(text))
        self.stdout.flush()

    def shown(self, text: str) -> str:
        """Streamed model output as it is written: control characters visible, unless `raw_text`."""
        return text if self.raw_text else visible(text)

    def document(self, value: Any) -> None:
        """Write one JSON document (generated models are converted with ``to_dict``) on one line."""
        self.line(json.dumps(value, ensure_ascii=False, default=_jsonable))

    def raw(self, document: bytes) -> None:
        """Write one JSON document exactly as the server sent it (its bytes), then a newline."""
        self.stdout.flush()
        binary = getattr(self.stdout, "buffer", None)
        if binary is None:  # a text-only stream (e.g. io.StringIO)
            self.stdout.write(document.decode("utf-8", "replace") + "\n")
        else:
            binary.write(document + b"\n")
            binary.flush()
        self.stdout.flush()

    def note(self, text: str) -> None:
        """Write a line meant for people, not for parsing, to stderr."""
        self.stderr.write(visible(text) + "\n")
        self.stderr.flush()


def is_terminal(stream: Any) -> bool:
    """Whether `stream` is an interactive terminal (False for pipes, files and closed streams)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back until the block ends, so that what it draws and what it records
    about the drawing stay in step; the interrupt then arrives as usual."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def settle_after_interrupt(*streams: Any) -> None:
    """After Ctrl-C, wait a moment before writing to a terminal.

    The terminal driver sends SIGINT, then discards the output still queued and echoes ``^C``:
    what a program writes at once in reply could be cut, and the ``^C`` would land after it.
    """
    if any(is_terminal(stream) for stream in streams):
        time.sleep(_SETTLE_SECONDS)


def format_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Left-aligned columns separated by at least four spaces, like ``ollama list`` (a cell's control
    characters, line breaks included, are made visible before the columns are measured)."""
    table = [list(headers), *([visible(str(cell), multiline=False) for cell in row] for row in rows)]
    widths = [max(len(row[column]) for row in table) for column in range(len(headers))]
    return [
        "    ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    ]


_UNITS = (("year", 365 * 86400), ("month", 30 * 86400), ("week", 7 * 86400), ("day", 86400))
_SMALL_UNITS = (("hour", 3600), ("minute", 60), ("second", 1))
_FOREVER_SECONDS = 100 * 365 * 86400


def relative_time(moment: datetime.datetime | None, now: datetime.datetime | None = None) -> str:
    """``'3 minutes ago'``, ``'4 minutes from now'``, ``'Forever'`` (a moment 100+ years ahead)."""
    if moment is None:
        return ""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    seconds = (moment - now).total_seconds()
    if seconds > _FOREVER_SECONDS:
        return "Forever"
    magnitude = abs(seconds)
    if magnitude < 1:
        return "Less than a second" if seconds >= 0 else "Just now"
    for unit, size in (*_UNITS, *_SMALL_UNITS):
        if magnitude >= size:
            count = int(magnitude // size)
            label = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"{label} from now" if seconds > 0 else f"{label} ago"
    return ""  # pragma: no cover - magnitude >= 1 always matches "second"
