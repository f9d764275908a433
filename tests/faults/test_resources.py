"""Abandoned streams must not leak: file descriptors, pooled connections and memory stay bounded.

Each stream is served by a scripted server that sends one chunk and then waits for the client to hang
up, so a stream the client forgets to close keeps a socket (and a server thread) open and shows up in
the counts. Volumes: 400 streams per variant by default, 10,000 with ``OLLAMA_OPENAPI_HEAVY=1``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import time
from collections.abc import Callable
from typing import Any

import pytest

from ollama_openapi import AsyncClient, AsyncStream, Client, Stream

from .heavy import scale
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head
from .test_stream_faults import FIRST

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(600)]

STREAMS = scale(400, 10_000)
WARMUP = 50
FD_SLACK = 8  # pool keep-alive sockets, the event loop's self-pipe, a late-closing server socket
OBJECT_SLACK = STREAMS // 4  # gc-tracked objects allowed to appear after warm-up (a leak is >= 1 per stream)
RSS_SLACK_KIB = 16 * 1024  # resident memory growth allowed after warm-up
MESSAGES = [{"role": "user", "content": "hi"}]


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _first_chunk_then_wait(conn: Conn, request: RawRequest) -> None:
    conn.send(chunked_head() + chunk(FIRST))
    conn.hold(limit=30)


def rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def _wait_for(condition: Callable[[], bool], limit: float = 5.0) -> None:
    deadline = time.monotonic() + limit
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


class Measure:
    """Growth of open fds, live objects and RSS between :meth:`start` and :meth:`stop`."""

    def start(self) -> None:
        gc.collect()
        self.fds = open_fds()
        self.objects = len(gc.get_objects())
        self.rss = rss_bytes()

    def stop(self, server: ScriptedServer) -> dict[str, int]:
        gc.collect()
        return {
            "fd_growth": open_fds() - self.fds,
            "object_growth": len(gc.get_objects()) - self.objects,
            "rss_growth_kib": (rss_bytes() - self.rss) // 1024,
            "server_threads_left": server.live_threads(),
        }


def _check(numbers: dict[str, int], client_connections: int) -> None:
    print(f"\nabandoned {STREAMS} streams: {numbers}, pooled connections {client_connections}")
    assert numbers["server_threads_left"] == 0, "a connection was left open"
    assert numbers["fd_growth"] <= FD_SLACK, numbers
    assert numbers["object_growth"] < OBJECT_SLACK, numbers  # not one object per stream
    assert numbers["rss_growth_kib"] < RSS_SLACK_KIB, numbers
    assert client_connections <= 1


def _pool_size(client: Client | AsyncClient) -> int:
    transport: Any = client.httpx_client._transport
    return len(transport._pool.connections)


@pytest.mark.parametrize("how", ["close", "with", "drop", "break"])
def test_sync_streams_abandoned_after_the_first_chunk(serve: Callable[..., ScriptedServer], how: str) -> None:
    server = serve(_first_chunk_then_wait, record=False)

    def abandon(client: Client) -> None:
        stream = client.chat("m", MESSAGES, stream=True)
        assert isinstance(stream, Stream)
        if how == "with":
            with stream:
                assert next(stream).message.content == "Hel"
            return
        if how == "break":
            for _item in stream:
                break
        else:
            assert next(stream).message.content == "Hel"
        if how == "close":
            stream.close()
        del stream

    with Client(server.url, timeout=10, max_retries=0) as client:
        for _ in range(WARMUP):
            abandon(client)
        measure = Measure()
        measure.start()
        for _ in range(STREAMS):
            abandon(client)
        _wait_for(lambda: server.live_threads() == 0)
        _check(measure.stop(server), _pool_size(client))
    assert server.connections == WARMUP + STREAMS


async def _cancel_after_first_chunk(stream: Any) -> None:
    """Consume ``stream`` in a task and cancel it while it waits for the second chunk."""
    first = asyncio.Event()

    async def consume() -> None:
        async for _item in stream:
            first.set()  # then wait for the next chunk, which never comes

    task = asyncio.create_task(consume())
    await first.wait()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


@pytest.mark.parametrize("how", ["aclose", "async with", "break", "cancel"])
async def test_async_streams_abandoned_after_the_first_chunk(
    serve: Callable[..., ScriptedServer], how: str
) -> None:
    server = serve(_first_chunk_then_wait, record=False)

    async def abandon(client: AsyncClient) -> None:
        stream = await client.chat("m", MESSAGES, stream=True)
        assert isinstance(stream, AsyncStream)
        if how == "async with":
            async with stream:
                assert (await stream.__anext__()).message.content == "Hel"
            return
        if how == "cancel":
            await _cancel_after_first_chunk(stream)
            return
        async for item in stream:
            assert item.message.content == "Hel"
            break
        if how == "aclose":
            await stream.aclose()
        del stream

    async with AsyncClient(server.url, timeout=10, max_retries=0) as client:
        for _ in range(WARMUP):
            await abandon(client)
        measure = Measure()
        measure.start()
        for _ in range(STREAMS):
            await abandon(client)
        # Let the loop run the finalizers of dropped async generators and close their sockets.
        deadline = time.monotonic() + 5
        while server.live_threads() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        _check(measure.stop(server), _pool_size(client))
    assert server.connections == WARMUP + STREAMS
