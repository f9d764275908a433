"""Progress of pull, push and create on stderr, drawn the way ``ollama`` draws it.

On a terminal, one line per layer is redrawn in place::

    pulling manifest
    pulling eff81017afff:  50% ▕█████████          ▏ 2.3 GB/4.7 GB   95 MB/s     25s
    pulling 64631f1262e4: 100% ▕███████████████████▏  181 B

Every line fits the terminal's width: the time left goes first, then the speed, then the bar,
then the label is shortened. Elsewhere (a pipe, a file, ``TERM=dumb``) plain lines are printed
instead: each status once, and each layer at every tenth of its size. Ctrl-C leaves the last
state of the bars on screen and the cursor on a fresh line.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

from ollama_openapi.cli._exit import CleanInterrupt
from ollama_openapi.cli._output import Output, interrupts_deferred, is_terminal, settle_after_interrupt
from ollama_openapi.cli._safe import visible
from ollama_openapi.progress import ProgressUpdate

__all__ = ["PlainLines", "ProgressSink", "TerminalBars", "human_bytes", "open_display", "show_progress"]

_HIDE_CURSOR = "\x1b[?25l"
_SHOW_CURSOR = "\x1b[?25h"
_CLEAR_TO_END = "\x1b[K"
_UP = "\x1b[A"
_REDRAW_INTERVAL = 0.1
_RATE_WINDOW = 10.0
_MIN_BAR = 10
_DEFAULT_SIZE = os.terminal_size((80, 24))


def human_bytes(size: int) -> str:
    """``4714999999`` -> ``'4.7 GB'``, ``181`` -> ``'181 B'``: Ollama's ``format.HumanBytes``."""
    if size < 1000:
        return f"{size} B"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            break
    if value >= 10 or value == int(value):
        return f"{int(value)} {unit}"
    return f"{value:.1f} {unit}"


def _remaining(seconds: float) -> str:
    """Ollama's short form of a duration: ``'25s'``, ``'3m5s'``, ``'2h7m'``, ``'99h+'``."""
    whole = round(seconds)
    if whole >= 100 * 3600:
        return "99h+"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


@dataclass(eq=False)
class _Bar:
    """One layer: its bytes done, and recent samples for the speed."""

    label: str
    total: int
    completed: int
    samples: list[tuple[float, int]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.completed >= self.total

    @property
    def percent(self) -> int:
        return self.completed * 100 // self.total if self.total > 0 else 0

    def update(self, completed: int, total: int, now: float) -> None:
        self.total = total
        self.completed = min(max(completed, 0), total)
        self.samples.append((now, self.completed))
        while len(self.samples) > 2 and now - self.samples[0][0] > _RATE_WINDOW:
            self.samples.pop(0)

    def rate(self) -> float:
        """Bytes per second over the last few seconds (0 when unknown)."""
        if len(self.samples) < 2:
            return 0.0
        (start, first), (end, last) = self.samples[0], self.samples[-1]
        return (last - first) / (end - start) if end > start else 0.0

    def render(self, width: int) -> str:
        """This bar as one line of at most `width` characters."""
        head = f"{self.label} {self.percent:3d}%"
        if self.done:
            extras = [human_bytes(self.total).rjust(6)]
        else:
            extras = [f"{human_bytes(self.completed).rjust(6)}/{human_bytes(self.total).rjust(6)}"]
            rate = self.rate()
            if rate > 0:
                extras.append(f"{human_bytes(int(rate)).rjust(6)}/s")
                extras.append(_remaining((self.total - self.completed) / rate).rjust(6))
        for count in range(len(extras), -1, -1):
            tail = "  ".join(extras[:count])
            room = width - len(head) - len(tail) - 4  # " ▕" before the bar, "▏ " after it
            if room >= _MIN_BAR:
                filled = room * self.percent // 100
                return f"{head} ▕{'█' * filled}{' ' * (room - filled)}▏ {tail}".rstrip()
        for count in range(len(extras), -1, -1):
            line = " ".join([head, *extras[:count]])
            if len(line) <= width:
                return line
        percent = head[len(self.label) :]
        return _shorten(self.label, width - len(percent)) + percent


def _shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + "…" if width > 0 else ""


class ProgressDisplay(Protocol):
    """Where progress events are shown."""

    def status(self, text: str) -> None:
        """Show a status line such as ``verifying sha256 digest``."""

    def layer(self, key: str, label: str, completed: int, total: int) -> None:
        """Show that `completed` of `total` bytes of layer `key` are done."""

    def close(self, *, interrupted: bool = False) -> None:
        """Finish drawing; the cursor ends at the start of a fresh line."""


class TerminalBars:
    """Progress redrawn in place on a terminal, each line fitted to its current width."""

    def __init__(
        self,
        file: TextIO,
        *,
        clock: Callable[[], float] = time.monotonic,
        size: Callable[[], os.terminal_size] | None = None,
    ) -> None:
        self._file = file
        self._clock = clock
        self._size = size or (lambda: _terminal_size(file))
        self._block: list[str | _Bar] = []  # the lines being redrawn, top to bottom
        self._bars: dict[str, _Bar] = {}
        self._drawn = 0  # how many lines of the block are on screen (the cursor is on the last)
        self._last_draw = 0.0
        self._last_status: str | None = None
        self._closed = False

    @property
    def drew(self) -> bool:
        """Whether anything was drawn (then closing leaves the cursor on a fresh line)."""
        return self._drawn > 0

    def status(self, text: str) -> None:
        if text != self._last_status:  # a status repeated while it lasts is shown once
            self._last_status = text
            self._add(text)

    def layer(self, key: str, label: str, completed: int, total: int) -> None:
        bar = self._bars.get(key)
        now = self._clock()
        if bar is None:
            if completed <= 0:
                return  # the announcement before a download starts: no 0% bar (as ollama)
            bar = self._bars[key] = _Bar(f"{label}:", total, 0)
            bar.update(completed, total, now)
            self._add(bar)
            return
        bar.update(completed, total, now)
        if not any(item is bar for item in self._block):
            return  # its line was left above (finished, or scrolled up), as ollama leaves it
        if bar.done or now - self._last_draw >= _REDRAW_INTERVAL:
            self._draw()

    def close(self, *, interrupted: bool = False) -> None:
        if self._closed:
            return
        self._closed = True
        if interrupted:
            settle_after_interrupt(self._file)
        if self._drawn or self._block:
            # Redrawing also wipes the ^C the terminal may have echoed after the last line.
            self._draw()
            self._file.write("\n" + _SHOW_CURSOR)
            self._file.flush()

    def _add(self, line: str | _Bar) -> None:
        self._block.append(line)
        self._draw()

    def _draw(self) -> None:
        columns, rows = self._size()
        width = max(columns - 2, 1)  # room for a ^C echoed at the end of the line, without wrapping
        parts = [_HIDE_CURSOR] if self._drawn == 0 else [_UP * (self._drawn - 1)]
        parts.append("\r")
        lines = [item if isinstance(item, str) else item.render(width) for item in self._block]
        parts.append("\n".join(_shorten(line, width) + _CLEAR_TO_END for line in lines))
        with interrupts_deferred():  # Ctrl-C must not fall between the drawing and its count
            self._file.write("".join(parts))
            self._file.flush()
            self._drawn = len(self._block)
        self._last_draw = self._clock()
        # Lines that will not change again are left where they are: leading statuses and
        # finished bars, and whatever no longer fits on the screen.
        keep = max(rows - 2, 1)
        while len(self._block) > 1 and (
            len(self._block) > keep or (_settled(self._block[0]) and _settled(self._block[1]))
        ):
            self._block.pop(0)
            self._drawn -= 1


def _settled(line: str | _Bar) -> bool:
    return isinstance(line, str) or line.done


def _terminal_size(file: TextIO) -> os.terminal_size:
    try:
        return os.get_terminal_size(file.fileno())
    except (AttributeError, ValueError, OSError):
        return shutil.get_terminal_size(_DEFAULT_SIZE)


class PlainLines:
    """Progress as plain lines, for pipes and files: statuses once, layers every tenth."""

    def __init__(self, file: TextIO, *, step: int = 10) -> None:
        self._file = file
        self._step = step
        self._shown: dict[str, int] = {}
        self._last_status: str | None = None

    def status(self, text: str) -> None:
        if text != self._last_status:
            self._last_status = text
            self._write(text)

    def layer(self, key: str, label: str, completed: int, total: int) -> None:
        bar = _Bar(f"{label}:", total, 0)
        bar.update(completed, total, 0.0)
        bucket = bar.percent - bar.percent % self._step
        if bucket <= self._shown.get(key, -1):
            return
        self._shown[key] = bucket
        size = human_bytes(total) if bar.done else f"{human_bytes(completed)}/{human_bytes(total)}"
        self._write(f"{bar.label} {bar.percent}% ({size})")

    def close(self, *, interrupted: bool = False) -> None:
        self._file.flush()

    def _write(self, line: str) -> None:
        self._file.write(line + "\n")
        self._file.flush()


def open_display(file: TextIO) -> ProgressDisplay:
    """Bars on a terminal, plain lines anywhere else."""
    if os.environ.get("TERM") != "dumb" and is_terminal(file):
        return TerminalBars(file)
    return PlainLines(file)


class ProgressSink:
    """Shows progress chunks (models or dicts): as NDJSON, on a display, or only the last status."""

    def __init__(self, out: Output, *, shown: bool = True, file: TextIO | None = None) -> None:
        self._out = out
        self._display = open_display(file or out.stderr) if shown and not out.json else None
        self.last_status: str | None = None

    def show(self, chunk: Any, raw: bytes | None = None) -> None:
        """Show one chunk; `raw` is its line as the server sent it (printed as is with --json)."""
        update = ProgressUpdate.from_chunk(chunk)
        if update.status:
            self.last_status = update.status
        if self._out.json:
            if raw is not None:
                self._out.raw(raw)
            else:
                self._out.document(chunk)
            return
        display = self._display
        if display is None:
            return
        # A status and a layer's label are the server's text: shown, never obeyed (see _safe.py).
        if update.is_layer and update.digest is not None and update.total is not None:
            label = visible(update.layer_label(), multiline=False)
            display.layer(update.digest, label, update.completed or 0, update.total)
        elif update.status:
            display.status(visible(update.status, multiline=False))

    def close(self, *, interrupted: bool = False) -> None:
        """Finish the display (after Ctrl-C too: its last state stays, the cursor on a fresh line)."""
        if self._display is not None:
            self._display.close(interrupted=interrupted)

    @property
    def tidies_up(self) -> bool:
        """Whether closing leaves a terminal's cursor on a fresh line."""
        return isinstance(self._display, TerminalBars) and self._display.drew


def show_progress(stream: Iterable[Any], sink: ProgressSink) -> None:
    """Show every chunk of a pull/push/create `stream` on `sink`, then close it.

    With --json each chunk is printed as the server sent it (``Stream.lines``). Ctrl-C closes the
    stream and raises `CleanInterrupt` when the terminal was left tidy.
    """
    has_lines = hasattr(stream, "lines")
    try:
        for index, chunk in enumerate(stream):
            # Read each time: a lazy stream (create) has its lines once it started.
            sink.show(chunk, stream.lines[index] if has_lines else None)  # type: ignore[attr-defined]
    except KeyboardInterrupt:
        _close(stream)
        sink.close(interrupted=True)
        if sink.tidies_up:
            raise CleanInterrupt from None
        raise
    except BaseException:
        sink.close()
        raise
    sink.close()


def _close(stream: Iterable[Any]) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()
