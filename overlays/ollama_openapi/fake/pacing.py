"""Generation at a chosen speed (``FakeOllama(tokens_per_second=...)``) and waits that end with the server."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .stream_failure import ConnectionCut

__all__ = ["Pacer", "Sleeper"]


class Sleeper:
    """Waits that return early when the server stops, so no paced stream or stall outlives it."""

    def __init__(self) -> None:
        self._stopping = threading.Event()

    def sleep(self, seconds: float) -> bool:
        """Wait `seconds`; ``False`` when the server stopped meanwhile (or had stopped)."""
        if seconds <= 0:
            return not self._stopping.is_set()
        return not self._stopping.wait(seconds)

    def sleep_until(self, deadline: float) -> bool:
        """Wait until the ``time.monotonic()`` `deadline`; ``False`` when the server stopped."""
        return self.sleep(deadline - time.monotonic())

    def stop(self) -> None:
        """End every wait now, and make later ones return at once."""
        self._stopping.set()

    def restart(self) -> None:
        """Wait normally again (the server started again)."""
        self._stopping.clear()


class Pacer:
    """Spaces tokens ``1 / tokens_per_second`` apart, on a fixed schedule from the first token on (a slow
    consumer does not slow it further, and the delays do not add up): `n` tokens take ``n / rate``."""

    def __init__(self, tokens_per_second: float, sleep_until: Callable[[float], bool]) -> None:
        if not tokens_per_second > 0:
            raise ValueError(f"tokens_per_second must be > 0, got {tokens_per_second}")
        self._interval = 1.0 / tokens_per_second
        self._sleep_until = sleep_until
        self._next: float | None = None

    def next_token(self) -> None:
        """Wait until the next token is due; raises :class:`ConnectionCut` when the server stops
        meanwhile (the answer ends there)."""
        now = time.monotonic()
        due = (now if self._next is None else self._next) + self._interval
        self._next = due
        if not self._sleep_until(due):
            raise ConnectionCut
