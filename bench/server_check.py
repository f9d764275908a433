"""How fast the bench server itself is: the same streams and uploads, drained with raw sockets.

``python -m bench.server_check --port N`` prints one JSON document. Its numbers are the ceiling any
client could reach against this server; when they are far above the clients' numbers, the server is
not what the benchmark measures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys
import time
from typing import Any

from .clients import model_for

__all__ = ["measure"]

_END = b"\r\n0\r\n\r\n"


def _request(path: str, count: int) -> bytes:
    body = json.dumps({"model": model_for(count), "stream": True}).encode()
    return (
        f"POST {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def _drain_stream(port: int, count: int) -> float:
    """Seconds to receive a whole `count`-line chat stream over a fresh connection."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        buffer = bytearray(1 << 20)
        tail = b""
        start = time.perf_counter()
        sock.sendall(_request("/api/chat", count))
        while True:
            received = sock.recv_into(buffer)
            if not received:
                raise ConnectionError("the server closed the stream early")
            tail = (tail + bytes(buffer[:received]))[-len(_END) :]
            if tail == _END:
                return time.perf_counter() - start


async def _drain_many(port: int, streams: int, count: int) -> float:
    async def one() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_request("/api/chat", count))
        tail = b""
        while tail != _END:
            data = await reader.read(1 << 16)
            if not data:
                raise ConnectionError("the server closed the stream early")
            tail = (tail + data)[-len(_END) :]
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(streams)))
    return time.perf_counter() - start


def _drain_upload(port: int, size: int) -> float:
    """Seconds to send `size` bytes as a blob with Content-Length and read the answer."""
    block = bytes(1 << 20)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        start = time.perf_counter()
        head = f"POST /api/blobs/sha256:{'0' * 64} HTTP/1.1\r\nHost: bench\r\nContent-Length: {size}\r\n\r\n"
        sock.sendall(head.encode())
        sent = 0
        while sent < size:
            piece = block[: min(len(block), size - sent)]
            sock.sendall(piece)
            sent += len(piece)
        answer = sock.recv(4096)
        elapsed = time.perf_counter() - start
    if not answer.startswith(b"HTTP/1.1 201"):
        raise ConnectionError(f"unexpected answer to the upload: {answer[:60]!r}")
    return elapsed


def measure(
    port: int, stream_chunks: int, streams: int, async_chunks: int, upload_bytes: int
) -> dict[str, Any]:
    """The server's own throughput: chunks/s of one stream and of many, MiB/s of an upload."""
    _drain_stream(port, 500)
    single = min(_drain_stream(port, stream_chunks) for _ in range(3))
    many = min(asyncio.run(_drain_many(port, streams, async_chunks)) for _ in range(3))
    upload = _drain_upload(port, upload_bytes) if upload_bytes else 0.0
    return {
        "stream_chunks_per_s": stream_chunks / single,
        "stream_us_per_chunk": single / stream_chunks * 1e6,
        "async_chunks_per_s": streams * async_chunks / many,
        "upload_mib_per_s": upload_bytes / upload / 2**20 if upload else None,
    }


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--stream-chunks", type=int, default=20_000)
    parser.add_argument("--streams", type=int, default=50)
    parser.add_argument("--async-chunks", type=int, default=1_000)
    parser.add_argument("--upload-bytes", type=int, default=1 << 30)
    parser.add_argument("--cpu", type=int, default=None)
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    result = measure(args.port, args.stream_chunks, args.streams, args.async_chunks, args.upload_bytes)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
