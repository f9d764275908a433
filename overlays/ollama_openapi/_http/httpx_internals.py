"""The one place that reaches into httpx's and httpcore's private attributes.

The time bounds of ``_async/network.py`` need the network backend of the connection pool inside an
httpx client's own transports, which neither library exposes: ``client._transport``,
``client._mounts``, ``HTTPTransport._pool``, ``ConnectionPool._http2`` and
``ConnectionPool._network_backend``. Every access is guarded by type checks, so that a transport of
another kind (a mock, an ASGI app, HTTP/2) is left alone; should a new httpx or httpcore rename
them, nothing is wrapped, which ``tests/unit/test_httpx_internals.py`` reports loudly.

httpcore decides whether to reuse an idle connection by asking its network stream whether it is
readable (``has_expired``). Bytes h11 already read past the last complete answer are no longer on
the socket, so that check misses them: `parser_of` finds the ``h11.Connection`` reading a stream
(``ConnectionPool.connections``, then ``_connection``, ``_network_stream`` and ``_h11_state``), whose
public ``trailing_data`` tells. Not found (HTTP/2, another layout), reuse stays httpcore's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

import httpcore
import httpx

__all__ = ["parser_of", "wrap_network_backends"]

B = TypeVar("B", httpcore.NetworkBackend, httpcore.AsyncNetworkBackend)


def wrap_network_backends(
    client: httpx.Client | httpx.AsyncClient, backend_type: type[B], wrap: Callable[[B, object], B]
) -> int:
    """Replace the network backend of each HTTP/1.1 connection pool of `client`'s own httpx
    transports by ``wrap(backend, pool)``; return how many pools were found (0: none of httpx's own)."""
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
            pool._network_backend = wrap(backend, pool)
            found += 1
    return found


_DEPTH: Final = 4
"""How deep the HTTP/1.1 connection may sit: pool connection, (proxy) connection, HTTP/1.1 one."""


def parser_of(pool: Any, stream: object) -> Any:
    """The ``h11.Connection`` that reads `stream`, among `pool`'s connections; None if none is found."""
    for connection in list(getattr(pool, "connections", ())):
        for _ in range(_DEPTH):
            if connection is None:
                break
            if getattr(connection, "_network_stream", None) is stream:
                parser = getattr(connection, "_h11_state", None)
                return parser if hasattr(parser, "trailing_data") else None
            connection = getattr(connection, "_connection", None)
    return None
