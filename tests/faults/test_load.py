"""Many concurrent async streams through one client all complete, and leave nothing behind.

``make fuzz`` runs 1,000 at once; the default run 100 (the same checks, in seconds).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable

import pytest

from ollama_openapi import AsyncClient

from .heavy import scale
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, ndjson
from .test_resources import open_fds, rss_bytes

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(300)]

STREAMS = scale(100, 1000)
CHUNKS = 20
FD_SLACK = 8
RSS_SLACK = 48 * 1024 * 1024


def _line(content: str, done: bool) -> bytes:
    document = {"model": "m", "created_at": "2025-01-01T00:00:00Z", "done": done}
    document["message"] = {"role": "assistant", "content": content}
    return chunk(ndjson(document))


def _stream(conn: Conn, request: RawRequest) -> None:
    body = b"".join(_line("x", False) for _ in range(CHUNKS - 1)) + _line("", True)
    conn.send(chunked_head() + body + chunk(b""))


async def _run_all(client: AsyncClient) -> list[int]:
    async def one() -> int:
        stream = await client.chat("m", [{"role": "user", "content": "hi"}], stream=True)
        return len([part async for part in stream])

    return await asyncio.gather(*(one() for _ in range(STREAMS)))


async def test_concurrent_streams_all_complete_and_release_everything(
    serve: Callable[..., ScriptedServer],
) -> None:
    server = serve(_stream, record=False)
    async with AsyncClient(server.url, max_retries=0) as client:
        assert await _run_all(client) == [CHUNKS] * STREAMS  # warm-up: pool, imports, first allocations
        gc.collect()
        fds, rss = open_fds(), rss_bytes()
        counts = await _run_all(client)
    gc.collect()
    assert counts == [CHUNKS] * STREAMS
    assert open_fds() - fds <= FD_SLACK
    assert rss_bytes() - rss < RSS_SLACK
