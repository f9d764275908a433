"""Output backends for :mod:`ollama_openapi.progress`: plain text, rich and tqdm.

A view receives two kinds of events: a status line (``pulling manifest``, ``success``) and the
byte progress of one layer. The rich and tqdm views draw one bar per layer and finish the bars
when the next status line arrives, so the output reads in order: bars, then the closing statuses.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol, TextIO


class ProgressView(Protocol):
    """Where progress events are drawn."""

    def show_status(self, text: str) -> None:
        """Show a status line such as ``verifying sha256 digest``."""

    def show_layer(self, key: str, label: str, completed: int, total: int) -> None:
        """Show that ``completed`` of ``total`` bytes of layer ``key`` are done."""

    def close(self) -> None:
        """Finish all drawing and leave the terminal clean. Safe to call more than once."""


def human_size(size: int) -> str:
    """``1234567`` -> ``'1.2 MB'`` (decimal units, as Ollama prints them)."""
    if size < 1000:
        return f"{size} B"
    value = size / 1000
    for unit in ("KB", "MB", "GB", "TB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} PB"


class PlainView:
    """No ANSI codes: one line per status change and a line per ``step`` percent of each layer."""

    def __init__(self, file: TextIO, *, step: int = 10) -> None:
        self._file = file
        self._step = step
        self._printed_bucket: dict[str, int] = {}

    def show_status(self, text: str) -> None:
        self._write(text)

    def show_layer(self, key: str, label: str, completed: int, total: int) -> None:
        percent = completed * 100 // total
        bucket = percent - percent % self._step
        if bucket <= self._printed_bucket.get(key, -1):
            return
        self._printed_bucket[key] = bucket
        self._write(f"{label}: {percent}% ({human_size(completed)}/{human_size(total)})")

    def close(self) -> None:
        self._file.flush()

    def _write(self, line: str) -> None:
        self._file.write(line + "\n")
        self._file.flush()


class RichView:
    """Bars drawn with ``rich`` (description, bar, bytes, speed, time remaining)."""

    def __init__(self, file: TextIO) -> None:
        self._rich_progress = _import_optional("rich.progress", "rich")
        self._console = _import_optional("rich.console", "rich").Console(file=file)
        self._progress: Any = None
        self._tasks: dict[str, Any] = {}

    def show_status(self, text: str) -> None:
        self._finish_bars()
        self._console.print(text, markup=False, highlight=False, emoji=False)

    def show_layer(self, key: str, label: str, completed: int, total: int) -> None:
        progress = self._bars()
        task = self._tasks.get(key)
        if task is None:
            self._tasks[key] = progress.add_task(label, total=total, completed=completed)
        else:
            progress.update(task, description=label, total=total, completed=completed)

    def close(self) -> None:
        self._finish_bars()

    def _bars(self) -> Any:
        if self._progress is None:
            rich_progress = self._rich_progress
            self._progress = rich_progress.Progress(
                rich_progress.TextColumn("{task.description}", markup=False),
                rich_progress.BarColumn(),
                rich_progress.DownloadColumn(binary_units=False),
                rich_progress.TransferSpeedColumn(),
                rich_progress.TimeRemainingColumn(),
                console=self._console,
            )
            self._progress.start()
            self._tasks = {}
        return self._progress

    def _finish_bars(self) -> None:
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.stop()


class TqdmView:
    """Bars drawn with ``tqdm`` (bytes, speed and ETA come from tqdm's own meter)."""

    def __init__(self, file: TextIO) -> None:
        self._tqdm = _import_optional("tqdm", "tqdm").tqdm
        self._file = file
        self._bars: dict[str, Any] = {}

    def show_status(self, text: str) -> None:
        self._finish_bars()
        self._tqdm.write(text, file=self._file)

    def show_layer(self, key: str, label: str, completed: int, total: int) -> None:
        bar = self._bars.get(key)
        if bar is None:
            bar = self._tqdm(
                total=total,
                desc=label,
                file=self._file,
                unit="B",
                unit_scale=True,
                unit_divisor=1000,
                leave=True,
                dynamic_ncols=True,
            )
            self._bars[key] = bar
        if bar.total != total:
            bar.total = total
        if completed >= bar.n:
            bar.update(completed - bar.n)
        else:  # the server restarted this layer
            bar.n = completed
            bar.refresh()

    def close(self) -> None:
        self._finish_bars()

    def _finish_bars(self) -> None:
        bars, self._bars = self._bars, {}
        for bar in bars.values():
            bar.close()


def _import_optional(module: str, package: str) -> Any:
    # Imported by name so that neither the import nor type checking needs the optional package.
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        message = f"the {package!r} progress backend needs the {package} package (pip install {package})"
        raise ImportError(message) from error
