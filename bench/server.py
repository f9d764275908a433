"""A minimal, fast Ollama look-alike on loopback for benchmarks (asyncio protocol, standard library only).

Every answer is prebuilt bytes written with one ``transport.write``, so the server costs almost nothing
per streamed line: the clients, not the server, are what is measured (``python -m bench`` checks this
by draining the same streams with raw sockets). Streams are chunked, one NDJSON line per HTTP chunk, as
Ollama sends them. The number of lines of a stream is the number at the end of the requested model's
name: ``bench-20000`` streams 20,000 lines. Uploaded blobs are counted and discarded.

Run ``python -m bench.server [--port N]``: it prints ``PORT <n>`` once it listens, then serves until
stdin closes or it is terminated.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import sys
from typing import Final

from . import payloads

__all__ = ["BenchProtocol", "route", "serve"]

_NUMBER_AT_END: Final = re.compile(rb"(\d+)$")
_HEAD_END: Final = b"\r\n\r\n"
_MAX_HEAD: Final = 64 * 1024
_STREAM_PATHS: Final = {b"/api/chat": "chat", b"/api/generate": "generate", b"/api/pull": "pull"}


def _response(
    status: str, body: bytes, content_type: bytes = b"application/json", head: bool = False
) -> bytes:
    headers = (
        b"HTTP/1.1 %s\r\nContent-Type: %s\r\nDate: Thu, 20 Nov 2025 10:00:00 GMT\r\n"
        b"Content-Length: %d\r\n\r\n" % (status.encode(), content_type, len(body))
    )
    return headers if head else headers + body


_STREAM_HEAD: Final = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
    b"Date: Thu, 20 Nov 2025 10:00:00 GMT\r\nTransfer-Encoding: chunked\r\n\r\n"
)
_SSE_HEAD: Final = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
    b"Date: Thu, 20 Nov 2025 10:00:00 GMT\r\nTransfer-Encoding: chunked\r\n\r\n"
)
_CACHE: dict[tuple[bytes, bytes, int, bool], bytes] = {}


def _count(body: bytes) -> tuple[int, bool]:
    """The line count named by the request's model, and whether it asked for a stream."""
    try:
        request = json.loads(body) if body else {}
    except ValueError:
        request = {}
    name = str(request.get("model") or request.get("name") or "bench-1").encode()
    match = _NUMBER_AT_END.search(name)
    return (int(match.group(1)) if match else 1), request.get("stream", True) is not False


def route(method: bytes, path: bytes, body: bytes) -> bytes:
    """The whole answer (status line, headers and body) to one request."""
    kind = _STREAM_PATHS.get(path)
    if kind is not None and method == b"POST":
        count, stream = _count(body)
        key = (method, path, count, stream)
        cached = _CACHE.get(key)
        if cached is None:
            if stream:
                cached = _STREAM_HEAD + payloads.chunked(kind, count)
            else:
                cached = _response("200 OK", payloads.ndjson_lines(kind, count)[-1].rstrip(b"\n"))
            _CACHE[key] = cached
        return cached
    if path == b"/v1/chat/completions" and method == b"POST":
        count, _ = _count(body)
        return _SSE_HEAD + payloads.sse_chunked(count)
    if path == b"/api/show":
        return _response("200 OK", payloads.show_body())
    if path == b"/api/version":
        return _response("200 OK", payloads.version_body())
    if path == b"/api/embed":
        return _response("200 OK", payloads.embed_body())
    if path.startswith(b"/api/blobs/"):
        if method == b"HEAD":
            return _response("404 Not Found", b"", head=True)  # never cached: every run uploads
        return _response("201 Created", b"")
    if path == b"/api/create":
        _, stream = _count(body)
        if stream:
            line = b'{"status":"success"}\n'
            return _STREAM_HEAD + b"%x\r\n%s\r\n0\r\n\r\n" % (len(line), line)
        return _response("200 OK", b'{"status":"success"}')
    if path == b"/" and method in (b"GET", b"HEAD"):
        return _response("200 OK", b"Ollama is running", b"text/plain; charset=utf-8", head=method == b"HEAD")
    return _response("404 Not Found", b'{"error":"not found"}')


class BenchProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive; request bodies by Content-Length or chunked; blob bodies discarded."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self._reset()

    def _reset(self) -> None:
        self.method = b""
        self.path = b""
        self.in_body = False
        self.keep_body = True
        self.body = bytearray()
        self.remaining = 0  # bytes of the current Content-Length body or chunk still to come
        self.chunked = False
        self.chunk_state = "size"  # size | data | crlf | trailer

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self.in_body:
                view = self._consume_body(view)
            else:
                self.buffer += view
                view = memoryview(b"")
                rest = self._parse_head()
                if rest is None:
                    return
                view = memoryview(rest)
            if self.in_body and self._body_done():
                self._answer()

    def _parse_head(self) -> bytes | None:
        end = self.buffer.find(_HEAD_END)
        if end < 0:
            if len(self.buffer) > _MAX_HEAD and self.transport is not None:
                self.transport.close()
            return None
        head = bytes(self.buffer[:end])
        rest = bytes(self.buffer[end + 4 :])
        self.buffer.clear()
        request_line, *header_lines = head.split(b"\r\n")
        self.method, self.path, _ = request_line.split(b" ", 2)
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        self.in_body = True
        self.keep_body = not self.path.startswith(b"/api/blobs/")
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            self.chunked = True
        else:
            self.remaining = int(headers.get(b"content-length", b"0"))
        return rest

    def _body_done(self) -> bool:
        return (not self.chunked and self.remaining == 0) or (self.chunked and self.chunk_state == "end")

    def _consume_body(self, view: memoryview) -> memoryview:
        if not self.chunked:
            take = min(self.remaining, len(view))
            if self.keep_body:
                self.body += view[:take]
            self.remaining -= take
            return view[take:]
        while view and self.chunk_state != "end":
            if self.chunk_state == "data":
                take = min(self.remaining, len(view))
                if self.keep_body:
                    self.body += view[:take]
                self.remaining -= take
                view = view[take:]
                if self.remaining == 0:
                    self.chunk_state = "crlf"
                continue
            # size, crlf and trailer states read whole lines (short ones) through self.buffer
            newline = bytes(view[:4096]).find(b"\n")
            if newline < 0:
                self.buffer += view
                return memoryview(b"")
            self.buffer += view[: newline + 1]
            view = view[newline + 1 :]
            line = bytes(self.buffer).strip()
            self.buffer.clear()
            if self.chunk_state == "size":
                size = int(line.split(b";", 1)[0], 16)
                self.remaining = size
                self.chunk_state = "data" if size else "trailer"
            elif self.chunk_state == "crlf":
                self.chunk_state = "size"
            elif self.chunk_state == "trailer" and not line:
                self.chunk_state = "end"
        return view

    def _answer(self) -> None:
        answer = route(self.method, self.path, bytes(self.body))
        self._reset()
        if self.transport is not None:
            self.transport.write(answer)


async def serve(host: str, port: int) -> None:
    """Serve until stdin reaches end of file (the parent went away) or SIGTERM."""
    # Build the big answers up front so that no measured request pays for it.
    for kind in ("chat", "generate", "pull"):
        payloads.chunked(kind, 20_000)
    payloads.embed_body()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(BenchProtocol, host, port, backlog=512, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    def _stdin_closed() -> None:
        if not os.read(sys.stdin.fileno(), 4096):
            stop.set()

    if not sys.stdin.isatty():
        loop.add_reader(sys.stdin.fileno(), _stdin_closed)
    async with server:
        await stop.wait()


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
