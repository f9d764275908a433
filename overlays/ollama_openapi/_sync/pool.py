"""The ``httpx.Client`` a `Client` uses: one, for the client's life (hand-written; see ``_async/pool.py``)."""

from __future__ import annotations

from typing import Any

import httpx

from .._renewal import current_process, renewed
from .network import watch_network

__all__ = ["Pool"]


class Pool:
    """Calling it gives the client's one ``httpx.Client`` (a new one in a process forked from the one
    that made it: the child never touches the parent's connections; see ``_renewal.py``)."""

    __slots__ = ("_options", "_process", "current")

    def __init__(self, options: dict[str, Any]) -> None:
        self._options = options
        self.current = _client(options)
        self._process = current_process()

    def __call__(self) -> httpx.Client:
        if self._process != current_process():
            self._process = current_process()
            self.current = renewed(self.current, _client(self._options))
        return self.current


def _client(options: dict[str, Any]) -> httpx.Client:
    client = httpx.Client(**options)
    watch_network(client)  # reads report to each request's Watch: time bounds, bytes received
    return client
