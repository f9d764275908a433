# @generated from overlays/ollama_openapi/_async/network.py by scripts/unasync.py: do not edit; run `make generate`.
"""Network streams that report to the `Watch` of the request they carry (see ``_watch.py``).

`watch_network` gives the connection pools of an httpx client's own transports a network backend
whose streams count the bytes each request's answer brings and the time spent waiting for them, and
shorten each read's timeout to the room its phase has left. A transport of another kind (a mock, an
ASGI app, HTTP/2 connections shared by several requests at once) is left alone: its reads keep
httpx's per-read timeout only, and a failure counts as one before any answer.
"""

from __future__ import annotations

import time
import weakref
from typing import Any

import httpcore
import httpx

from ollama_openapi._http.httpx_internals import parser_of, wrap_network_backends
from ollama_openapi._http.watch import CURRENT, Watch

__all__ = ["WatchedBackend", "WatchedStream", "unwatch", "watch_network"]

_now = time.monotonic


class WatchedStream(httpcore.NetworkStream):
    """A connection's stream; each request that writes on it brings its `Watch` (or None: not ours).

    A request on an HTTP/1.1 connection always writes before it reads, and one request at a time
    uses the connection: the watch taken up at the write is the one its reads report to.

    An idle connection that holds bytes nobody asked for (a second answer to one request, sent in the
    same write as the first or after it) says it is readable: httpcore then takes it for closed by
    the server and opens a fresh one, rather than reading those bytes as the next request's answer.
    """

    def __init__(self, stream: httpcore.NetworkStream, pool: weakref.ref[Any] | None = None) -> None:
        self._stream = stream
        self._watch: Watch | None = None
        self._pool = pool
        """The connection pool this stream's connection belongs to (where its parser is found)."""
        self._parser: Any = None
        """The HTTP/1.1 parser (an ``h11.Connection``) reading this stream, once found."""
        # Unwatched, reads are the socket stream's own (an instance attribute shadows the method
        # below): nothing is added to the hot path of a stream read without a timeout.
        self.read = stream.read  # type: ignore[method-assign]

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read, within the room the watch leaves, and count the time waited and the bytes."""
        watch = self._watch
        if watch is None:
            return self._stream.read(max_bytes, timeout)
        started = _now()
        try:
            data = self._stream.read(max_bytes, watch.room(timeout))
        except httpcore.ReadTimeout:
            watch.waited += _now() - started
            if watch.trickled:
                raise watch.too_slow() from None
            raise
        watch.waited += _now() - started
        watch.received += len(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        watch = CURRENT.get()
        if watch is not self._watch:
            self.watch(watch)
        self._stream.write(buffer, timeout)

    def watch(self, watch: Watch | None) -> None:
        """Report reads to `watch` from now on (None: read straight from the socket stream)."""
        self._watch = watch
        if watch is None:
            self.read = self._stream.read  # type: ignore[method-assign]
        else:
            watch.bound = True
            self.__dict__.pop("read", None)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        if self._watch is not None:
            # What was read so far is a proxy's answer to CONNECT, not the server's: nothing of the
            # answer has arrived, and a failure from here on may still be retried.
            self._watch.received = 0
        tls = self._stream.start_tls(ssl_context, server_hostname, timeout)
        return WatchedStream(tls, self._pool)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._holds_unasked_bytes():
            return True
        return self._stream.get_extra_info(info)

    def _holds_unasked_bytes(self) -> bool:
        """Whether bytes past the last complete answer were read from this connection (httpcore asks
        whether an idle connection is readable before it reuses it)."""
        parser = self._parser
        if parser is None:
            pool = self._pool() if self._pool is not None else None
            parser = self._parser = parser_of(pool, self) if pool is not None else None
        if parser is None:
            return False
        unread, _closed = parser.trailing_data
        return bool(unread)


class WatchedBackend(httpcore.NetworkBackend):
    """A network backend whose streams are `WatchedStream` objects (of `pool`'s connections)."""

    def __init__(self, backend: httpcore.NetworkBackend, pool: object = None) -> None:
        self._backend = backend
        self._pool: weakref.ref[Any] | None = weakref.ref(pool) if pool is not None else None

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        options = {} if socket_options is None else {"socket_options": socket_options}
        stream = self._backend.connect_tcp(host, port, timeout, local_address, **options)
        return WatchedStream(stream, self._pool)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        options = {} if socket_options is None else {"socket_options": socket_options}
        stream = self._backend.connect_unix_socket(path, timeout, **options)
        return WatchedStream(stream, self._pool)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def watch_network(client: httpx.Client) -> int:
    """Give the HTTP/1.1 connection pools of `client`'s httpx transports watched network streams;
    return how many pools were given them (0: a transport of another kind)."""
    return wrap_network_backends(client, httpcore.NetworkBackend, _watched)


def _watched(backend: httpcore.NetworkBackend, pool: object) -> httpcore.NetworkBackend:
    return backend if isinstance(backend, WatchedBackend) else WatchedBackend(backend, pool)


def unwatch(response: httpx.Response) -> None:
    """Let the rest of `response` be read straight from the socket stream (nothing left to measure)."""
    stream = response.extensions.get("network_stream")
    if isinstance(stream, WatchedStream):
        stream.watch(None)
