"""Servers that stall or trickle: the configured timeout fires, typed and on time; nothing hangs.

What "bounded" means (the guarantee these tests check): with ``timeout=T`` (or an ``httpx.Timeout`` with
``read=T``), a call ends with `OllamaTimeoutError` (``kind == "read"``) when the server sends nothing for
T seconds, and also when bytes keep trickling in but the response headers, a non-streamed body, or the
next line of a stream are not complete after T seconds spent waiting for them. So a trickling server
ends a call within about ``connect + 2 T`` plus one inter-byte gap, instead of never. The time counted
is the time spent waiting for the server: a fast server whose answer the client is slow to take apart
(a million 1-byte chunks) is not timed out. Without a read timeout (the default ``timeout``) nothing is
cut off: a slow model is not an error.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import tracemalloc
from collections.abc import Callable

import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi.errors import OllamaConnectionError, OllamaTimeoutError

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, head, ndjson
from .test_stream_faults import FIRST, LAST, chat_chunk, stream_of

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]

READ = 0.3
SLACK = 1.5  # scheduling noise allowed on a loaded 2-core CI machine


def _timeout(error: BaseException | None, limit: float = READ) -> OllamaTimeoutError:
    assert isinstance(error, OllamaTimeoutError), repr(error)
    assert error.kind == "read"
    assert error.timeout == limit
    assert f"{limit:g} s" in str(error)
    assert error.request_sent
    return error


def _stall_after_headers(conn: Conn, request: RawRequest) -> None:
    conn.send(head(200, [("Content-Type", "application/json"), ("Content-Length", "100")]))
    conn.hold()


def _stall_after_first_chunk(conn: Conn, request: RawRequest) -> None:
    first = FIRST if request.target == "/api/chat" else ndjson({"status": "pulling manifest"})
    conn.send(chunked_head() + chunk(first))
    conn.hold()


def _stall_before_headers(conn: Conn, request: RawRequest) -> None:
    conn.hold()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("script", "operation"),
    [
        (_stall_before_headers, "chat"),
        (_stall_before_headers, "chat_stream"),
        (_stall_after_headers, "chat"),
        (_stall_after_headers, "list"),
        (_stall_after_first_chunk, "chat_stream"),
        (_stall_after_first_chunk, "pull_stream"),
    ],
)
async def test_stall_fires_the_read_timeout_on_time(
    serve: Callable[..., ScriptedServer],
    mode: Mode,
    script: Callable[[Conn, RawRequest], None],
    operation: str,
) -> None:
    server = serve(script)
    outcome = await run(mode, server.url, operation, timeout=READ)
    _timeout(outcome.error)
    assert READ <= outcome.elapsed < READ + SLACK
    if script is _stall_after_first_chunk and operation == "chat_stream":
        assert outcome.chunks == 1  # what arrived before the stall was delivered


@pytest.mark.parametrize("mode", MODES)
async def test_per_call_timeout_overrides_the_client(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    server = serve(_stall_after_headers)
    outcome = await run(
        mode, server.url, "list", timeout=None, call=lambda client: client.list(timeout=httpx.Timeout(READ))
    )
    _timeout(outcome.error)
    assert outcome.elapsed < READ + SLACK


def _trickle(body: bytes, interval: float, *, chunked: bool) -> Callable[[Conn, RawRequest], None]:
    def script(conn: Conn, request: RawRequest) -> None:
        if chunked:
            conn.send(chunked_head())
            for index in range(len(body)):
                if not conn.send(chunk(body[index : index + 1])) or not conn.wait(interval):
                    return
            conn.send(chunk(b""))
        else:
            conn.send(head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]))
            conn.trickle(body, interval)

    return script


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "chunked"), [("chat", False), ("chat", True), ("chat_stream", True)])
async def test_trickle_is_cut_off_within_the_bound(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str, chunked: bool
) -> None:
    """One byte every 0.05 s with a 0.3 s read timeout: every socket read succeeds, yet the call ends."""
    limit, interval = 0.3, 0.05
    line = json.dumps(chat_chunk("a slow answer", done=True)).encode() + b"\n"
    body = FIRST + line if operation == "chat_stream" else line
    server = serve(_trickle(body, interval, chunked=chunked))
    outcome = await run(mode, server.url, operation, timeout=limit)
    error = _timeout(outcome.error, limit)
    assert "too slowly" in str(error)
    assert limit <= outcome.elapsed < 2 * limit + interval + SLACK
    assert len(body) * interval > 10 * limit  # without the bound it would have taken far longer


async def test_one_byte_per_second_trickle(serve: Callable[..., ScriptedServer]) -> None:
    """The literal case: one byte a second against a 1.5 s read timeout ends in 1.5-2.5 s.

    Both clients run at once (the sync one in a worker thread) to keep the suite fast.
    """
    limit = 1.5
    server = serve(_trickle(LAST, 1.0, chunked=True))
    sync, async_ = await asyncio.gather(
        asyncio.to_thread(asyncio.run, run("sync", server.url, "chat_stream", timeout=limit)),
        run("async", server.url, "chat_stream", timeout=limit),
    )
    for outcome in (sync, async_):
        _timeout(outcome.error, limit)
        assert limit <= outcome.elapsed < limit + 1.0 + SLACK


@pytest.mark.parametrize("mode", MODES)
async def test_slow_but_steady_stream_is_not_cut_off(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """Lines that each complete within the read timeout may take much longer than it in total."""
    lines = [ndjson(chat_chunk(str(index))) for index in range(8)] + [LAST]

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(chunked_head())
        for line in lines:
            conn.send(chunk(line[:10]))
            conn.wait(0.06)
            conn.send(chunk(line[10:]))
            conn.wait(0.06)
        conn.send(chunk(b""))

    server = serve(script)
    outcome = await run(mode, server.url, "chat_stream", timeout=0.25)
    assert outcome.error is None, repr(outcome.error)
    assert len(outcome.value) == 9
    assert outcome.elapsed > 0.75  # longer than three read timeouts in total


@pytest.mark.parametrize("mode", MODES)
async def test_default_timeout_does_not_cut_a_slow_stream(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """The default has no read limit: a trickling (slow model) stream completes."""
    server = serve(_trickle(LAST, 0.002, chunked=True))
    outcome = await run(mode, server.url, "chat_stream", timeout=httpx.Timeout(None, connect=5.0))
    assert outcome.error is None, repr(outcome.error)
    assert outcome.value[-1].done is True


def _endless_headers(conn: Conn, request: RawRequest) -> None:
    """A status line, then one header byte every 0.05 s for as long as the client listens."""
    conn.send(b"HTTP/1.1 200 OK\r\n")
    conn.trickle(b"X-Slow: " + b"a" * 100_000, 0.05)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", ["list", "chat_stream"])
async def test_headers_that_never_finish_end_within_the_timeout(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    """Every socket read succeeds, so httpx's read timeout never fires: the headers must be complete
    after T seconds of waiting. The answer had begun, so the request is not sent again."""
    server = serve(_endless_headers)
    outcome = await run(mode, server.url, operation, timeout=READ, max_retries=2)
    error = _timeout(outcome.error)
    assert "too slowly" in str(error)
    assert "response headers" in str(error)
    assert READ <= outcome.elapsed < READ + SLACK
    assert len(server.requests) == 1


@functools.cache
def _tiny_chunks_body(size: int) -> bytes:
    """A chunked stream of one chat line of about `size` bytes, one byte per HTTP chunk."""
    line = json.dumps(chat_chunk("x" * size, done=True)).encode() + b"\n"
    chunks = b"".join(chunk(line[index : index + 1]) for index in range(len(line)))
    return chunked_head() + chunks + chunk(b"")


@pytest.mark.parametrize("mode", MODES)
async def test_a_fast_server_s_tiny_chunks_are_not_timed_out(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """A 64 KiB line sent at once as 1-byte HTTP chunks: httpx takes much longer than the timeout to
    hand the chunks over, but the server never kept the client waiting. Memory follows the line's
    bytes, not its 65,000 chunks."""
    size, limit = 64 * 1024, 0.25
    body = _tiny_chunks_body(size)
    server = serve(lambda conn, request: conn.send(body))
    await run(mode, serve(stream_of(LAST)).url, "chat_stream")  # imports and caches: not the line's
    tracemalloc.start()
    try:
        outcome = await run(mode, server.url, "chat_stream", timeout=httpx.Timeout(limit, connect=5.0))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.error is None, repr(outcome.error)
    assert len(outcome.value[0].message.content) == size
    assert outcome.elapsed > limit  # the client's own work took longer than the timeout
    # The line a few times over (buffer, text, model) plus the client's own; 146 bytes per chunk (what
    # the issue measured: 146 MiB for a 1 MiB line) would be 9 MiB.
    assert peak < 4 * 2**20, f"peak {peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("mode", MODES)
async def test_retry_waits_are_bounded_by_the_timeout(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """Hang-ups before any answer are retried; with the backoff's own waits (0.5, 1, 2, 4 s without
    jitter) four retries would wait 7.5 s, but no wait is longer than the call's timeout."""
    server = serve(lambda conn, request: None)  # reads the request, closes without a byte

    def call(client: Client | AsyncClient) -> object:
        transport = client._transport
        retry = dataclasses.replace(transport.settings.retry, max_retries=4, jitter="none")
        transport.settings = dataclasses.replace(transport.settings, retry=retry)
        return client.list()

    outcome = await run(mode, server.url, "", call=call, timeout=READ)
    assert isinstance(outcome.error, OllamaConnectionError), repr(outcome.error)
    assert server.connections == 5
    assert outcome.elapsed < 4 * READ + SLACK
