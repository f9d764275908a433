"""The httpx clients behind a client: `Pool` for `Client`, `AsyncPool` for `AsyncClient`.

Written by hand, beside the async I/O layer rather than in it: the two differ by nature, so the
synchronous one is not derived from the asynchronous one. A `Client` has one ``httpx.Client`` for
its life.

An httpx connection pool belongs to the event loop that opened its connections. Used again under
another loop, as when ``asyncio.run`` is called twice with one client, it fails deep inside with
"Event loop is closed". So each event loop gets its own httpx client.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx

from ollama_openapi._async.network import watch_network as watch_async_network
from ollama_openapi_generated._sync.network import watch_network

__all__ = ["AsyncPool", "Pool"]


class Pool:
    """Calling it gives the client's one ``httpx.Client``."""

    __slots__ = ("current",)

    def __init__(self, options: dict[str, Any]) -> None:
        self.current = httpx.Client(**options)
        watch_network(self.current)  # reads report to each request's Watch: time bounds, bytes received

    def __call__(self) -> httpx.Client:
        return self.current


class AsyncPool:
    """Calling it gives the httpx client for the running event loop, made on first use in that loop.

    The first client serves the first loop that uses it. A client for a later loop is made like the
    first and takes over what a user may have changed on the one in use (event hooks, headers,
    cookies, auth, timeout, base URL). A transport instance passed in by the user is shared by all of
    them, so its pool stays bound to one loop: that case is the user's to manage.
    """

    __slots__ = ("_by_loop", "_make", "_unclaimed", "current")

    def __init__(self, options: dict[str, Any]) -> None:
        self._make: Callable[[], httpx.AsyncClient] = lambda: _client(options)
        self.current = self._make()
        """The client used last (the first one until a loop uses one)."""
        self._unclaimed: httpx.AsyncClient | None = self.current
        self._by_loop: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}

    def __call__(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        client = self._by_loop.get(loop)
        if client is None:
            # Loops that are closed cannot use their pools again: forget them (and their clients).
            for closed in [known for known in self._by_loop if known.is_closed()]:
                del self._by_loop[closed]
            client = self._unclaimed if self._unclaimed is not None else self._renewed()
            self._unclaimed = None
            self._by_loop[loop] = client
        self.current = client
        return client

    def _renewed(self) -> httpx.AsyncClient:
        previous, client = self.current, self._make()
        client.event_hooks = previous.event_hooks
        client.headers = previous.headers
        client.cookies = previous.cookies
        if previous.auth is not None:
            client.auth = previous.auth
        client.timeout = previous.timeout
        client.base_url = previous.base_url
        return client


def _client(options: dict[str, Any]) -> httpx.AsyncClient:
    client = httpx.AsyncClient(**options)
    watch_async_network(client)  # reads report to each request's Watch: time bounds, bytes received
    return client
