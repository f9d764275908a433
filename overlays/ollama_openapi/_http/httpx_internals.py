"""The one place that reaches into httpx's and httpcore's private attributes.

The time bounds of ``_async/network.py`` need the network backend of the connection pool inside an
httpx client's own transports, which neither library exposes: ``client._transport``,
``client._mounts``, ``HTTPTransport._pool``, ``ConnectionPool._http2`` and
``ConnectionPool._network_backend``. Every access is guarded by type checks, so that a transport of
another kind (a mock, an ASGI app, HTTP/2) is left alone; should a new httpx or httpcore rename
them, nothing is wrapped, which ``tests/unit/test_httpx_internals.py`` reports loudly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import httpcore
import httpx

__all__ = ["wrap_network_backends"]

B = TypeVar("B", httpcore.NetworkBackend, httpcore.AsyncNetworkBackend)


def wrap_network_backends(
    client: httpx.Client | httpx.AsyncClient, backend_type: type[B], wrap: Callable[[B], B]
) -> int:
    """Replace the network backend of each HTTP/1.1 connection pool of `client`'s own httpx
    transports by ``wrap(backend)``; return how many pools were found (0: none of httpx's own)."""
    found = 0
    for transport in (client._transport, *client._mounts.values()):
        if not isinstance(transport, (httpx.HTTPTransport, httpx.AsyncHTTPTransport)):
            continue
        pool = getattr(transport, "_pool", None)
        if not isinstance(pool, (httpcore.ConnectionPool, httpcore.AsyncConnectionPool)):
            continue
        if getattr(pool, "_http2", True):
            continue
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, backend_type):
            pool._network_backend = wrap(backend)
            found += 1
    return found
