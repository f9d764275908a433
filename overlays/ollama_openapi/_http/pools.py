"""The httpx clients behind a client: `Pool` for `Client`, `AsyncPool` for `AsyncClient`.

Written by hand, beside the async I/O layer rather than in it: the two differ by nature, so the
synchronous one is not derived from the asynchronous one. A `Client` has one ``httpx.Client`` for
its life.

An httpx connection pool belongs to the event loop that opened its connections. Used again under
another loop, as when ``asyncio.run`` is called twice with one client, it fails deep inside with
"Event loop is closed". So each event loop gets its own httpx client.

A pool used in a process forked from the one that made it (its process id changed) makes itself a
fresh httpx client too: the parent's connections, and the loops they belong to, are never touched
in the child (not even closed: closing could end the parent's connections), and the parent goes on
with its own. A replacement client is made from the same options and takes over what a user may
have changed on the one it replaces (event hooks, headers, cookies, auth, timeout, base URL).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ollama_openapi._async.network import watch_network as watch_async_network
from ollama_openapi_generated._sync.network import watch_network

__all__ = ["AsyncPool", "Pool"]

HttpxClient = TypeVar("HttpxClient", httpx.Client, httpx.AsyncClient)

_current_process = os.getpid


class Pool:
    """Calling it gives the client's one ``httpx.Client`` (a new one in a forked process)."""

    __slots__ = ("_options", "_process", "current")

    def __init__(self, options: dict[str, Any]) -> None:
        self._options = options
        self.current = _client(options)
        self._process = _current_process()

    def __call__(self) -> httpx.Client:
        if self._process != _current_process():
            # A forked child: the parent's connections are not ours to use.
            self._process = _current_process()
            self.current = _renewed(self.current, _client(self._options))
        return self.current


class AsyncPool:
    """Calling it gives the httpx client for the running event loop, made on first use in that loop.

    The first client serves the first loop that uses it. A client for a later loop (or a forked
    process) is made like the first and takes over what a user may have changed on the one in use. A
    transport instance passed in by the user is shared by all of them, so its pool stays bound to one
    loop and one process: that case is the user's to manage.
    """

    __slots__ = ("_by_loop", "_make", "_process", "_unclaimed", "current")

    def __init__(self, options: dict[str, Any]) -> None:
        self._make: Callable[[], httpx.AsyncClient] = lambda: _async_client(options)
        self.current = self._make()
        """The client used last (the first one until a loop uses one)."""
        self._unclaimed: httpx.AsyncClient | None = self.current
        self._by_loop: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}
        self._process = _current_process()

    def __call__(self) -> httpx.AsyncClient:
        if self._process != _current_process():
            # A forked child: the parent's clients, connections and loops are not ours to use.
            self._process = _current_process()
            self._by_loop = {}
            self._unclaimed = None
        loop = asyncio.get_running_loop()
        client = self._by_loop.get(loop)
        if client is None:
            # Loops that are closed cannot use their pools again: forget them (and their clients).
            for closed in [known for known in self._by_loop if known.is_closed()]:
                del self._by_loop[closed]
            client = self._unclaimed if self._unclaimed is not None else _renewed(self.current, self._make())
            self._unclaimed = None
            self._by_loop[loop] = client
        self.current = client
        return client


def _renewed(previous: HttpxClient, client: HttpxClient) -> HttpxClient:
    """`client` (new, unused) with what a user may have changed on `previous` (only read)."""
    client.event_hooks = previous.event_hooks
    client.headers = previous.headers
    client.cookies = previous.cookies
    if previous.auth is not None:
        client.auth = previous.auth
    client.timeout = previous.timeout
    client.base_url = previous.base_url
    return client


def _client(options: dict[str, Any]) -> httpx.Client:
    client = httpx.Client(**options)
    watch_network(client)  # reads report to each request's Watch: time bounds, bytes received
    return client


def _async_client(options: dict[str, Any]) -> httpx.AsyncClient:
    client = httpx.AsyncClient(**options)
    watch_async_network(client)  # reads report to each request's Watch: time bounds, bytes received
    return client
