"""What httpcore keeps private about a pooled HTTP/1.1 connection, reached in one place.

httpcore decides whether to reuse an idle connection by asking its network stream whether it is
readable (see ``has_expired``). Bytes that h11 already read past the last complete answer are not on
the socket any more, so that check misses them; the watched streams of ``network.py`` look at the
parser's ``trailing_data`` (h11's public API) instead, found here through the pool's connections.
"""

from __future__ import annotations

import weakref
from typing import Any

__all__ = ["PoolRef", "parser_of"]

PoolRef = weakref.ReferenceType[Any]
"""A weak reference to the httpcore connection pool a network backend serves."""

_DEPTH = 4
"""How deep the parser may sit: pool connection, (proxy) connection, HTTP/1.1 connection."""


def parser_of(pool: Any, stream: object) -> Any:
    """The ``h11.Connection`` that reads `stream`, among `pool`'s connections; None if none is found
    (an HTTP/2 connection, or an httpcore whose layout differs: reuse is then httpcore's own)."""
    for connection in list(getattr(pool, "connections", ())):
        for _ in range(_DEPTH):
            if connection is None:
                break
            if getattr(connection, "_network_stream", None) is stream:
                parser = getattr(connection, "_h11_state", None)
                return parser if hasattr(parser, "trailing_data") else None
            connection = getattr(connection, "_connection", None)
    return None
