"""`Spinner`: ``ollama``'s waiting animation while a model loads and until the first word arrives.

A braille frame every 100 ms at the cursor, drawn on stderr by a thread, erased (and the cursor
shown again) when it stops, so the answer starts where the spinner was. Only on a terminal that
can draw it: into a pipe, a file or with ``TERM=dumb`` nothing is written at all.
"""

from __future__ import annotations

import os
import threading
from types import TracebackType
from typing import TextIO

from ollama_openapi.cli._output import is_terminal

__all__ = ["FRAMES", "Spinner"]

FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
"""``ollama``'s frames, one every `_INTERVAL` seconds."""
_INTERVAL = 0.1
_HIDE_CURSOR = "\x1b[?25l"
_SHOW_CURSOR = "\x1b[?25h"


def can_spin(stream: TextIO) -> bool:
    """Whether `stream` is a terminal that draws animations (not a pipe, a file or ``TERM=dumb``)."""
    return os.environ.get("TERM") != "dumb" and is_terminal(stream)


class Spinner:
    """Spins on `stream` from `start()` (or entering a ``with`` block) until `stop()`.

    `stop()` may be called any number of times, from the thread that started it; after it, the
    spinner has written its last byte (the thread is joined), so what follows is never mixed with a
    frame.
    """

    def __init__(self, stream: TextIO, *, enabled: bool | None = None) -> None:
        self._stream = stream
        self._enabled = can_spin(stream) if enabled is None else enabled
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._drawn = False

    def start(self) -> Spinner:
        """Begin spinning (a no-op where the stream cannot draw it)."""
        if self._enabled and self._thread is None:
            self._thread = threading.Thread(target=self._spin, name="ollama-openapi-spinner", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop, erase the frame and show the cursor again."""
        self._stopped.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        with self._lock:
            if self._drawn:
                self._write(" \b" + _SHOW_CURSOR)
                self._drawn = False

    def __enter__(self) -> Spinner:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _spin(self) -> None:
        index = 0
        while not self._stopped.is_set():
            with self._lock:
                if self._stopped.is_set():
                    return
                prefix = "" if self._drawn else _HIDE_CURSOR
                self._write(prefix + FRAMES[index % len(FRAMES)] + "\b")
                self._drawn = True
            index += 1
            self._stopped.wait(_INTERVAL)

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: nothing left to draw on
            self._stopped.set()
