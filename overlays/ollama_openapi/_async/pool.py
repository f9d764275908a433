"""The ``httpx.AsyncClient`` an `AsyncClient` uses in the running event loop (hand-written: the
synchronous `Pool` in ``_sync/pool.py`` is a different, simpler thing, not an unasync product).

An httpx connection pool belongs to the event loop that opened its connections. Used again under
another loop, as when ``asyncio.run`` is called twice with one client, it fails deep inside with
"Event loop is closed". So each event loop gets its own httpx client. After ``os.fork()`` the child
process gets its own too: it never touches the parent's connections or loops (see ``_renewal.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx

from .._renewal import current_process, renewed
from .network import watch_network

__all__ = ["AsyncPool"]


class AsyncPool:
    """Calling it gives the httpx client for the running event loop, made on first use in that loop.

    The first client serves the first loop that uses it. A client for a later loop is made like the
    first and takes over what a user may have changed on the one in use (event hooks, headers,
    cookies, auth, timeout, base URL). A transport instance passed in by the user is shared by all of
    them, so its pool stays bound to one loop: that case is the user's to manage.
    """

    __slots__ = ("_by_loop", "_make", "_process", "_unclaimed", "current")

    def __init__(self, options: dict[str, Any]) -> None:
        self._make: Callable[[], httpx.AsyncClient] = lambda: _client(options)
        self.current = self._make()
        """The client used last (the first one until a loop uses one)."""
        self._unclaimed: httpx.AsyncClient | None = self.current
        self._by_loop: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}
        self._process = current_process()

    def __call__(self) -> httpx.AsyncClient:
        if self._process != current_process():
            # A forked child: the parent's clients, connections and loops are not ours to use.
            self._process = current_process()
            self._by_loop = {}
            self._unclaimed = None
        loop = asyncio.get_running_loop()
        client = self._by_loop.get(loop)
        if client is None:
            # Loops that are closed cannot use their pools again: forget them (and their clients).
            for closed in [known for known in self._by_loop if known.is_closed()]:
                del self._by_loop[closed]
            client = self._unclaimed if self._unclaimed is not None else renewed(self.current, self._make())
            self._unclaimed = None
            self._by_loop[loop] = client
        self.current = client
        return client


def _client(options: dict[str, Any]) -> httpx.AsyncClient:
    client = httpx.AsyncClient(**options)
    watch_network(client)  # reads report to each request's Watch: time bounds, bytes received
    return client
