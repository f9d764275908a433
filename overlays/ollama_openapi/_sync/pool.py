"""The ``httpx.Client`` a `Client` uses: one, for the client's life (hand-written; see ``_async/pool.py``)."""

from __future__ import annotations

from typing import Any

import httpx

from .network import watch_network

__all__ = ["Pool"]


class Pool:
    """Calling it gives the client's one ``httpx.Client``."""

    __slots__ = ("current",)

    def __init__(self, options: dict[str, Any]) -> None:
        self.current = httpx.Client(**options)
        watch_network(self.current)  # reads report to each request's Watch: time bounds, bytes received

    def __call__(self) -> httpx.Client:
        return self.current
