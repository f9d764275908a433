"""Streams: typed chunks, lazy start, stop at the final chunk, prompt disconnects, tolerant framing."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from ollama_openapi import AsyncClient, AsyncStream, Client, Stream, models

from .conftest import Fake
from .payloads import USER_HI, chat_chunk, chat_stream, progress
from .scripted_server import Reply, ScriptedServer, ndjson
from .twins import Api, make_client

pytestmark = pytest.mark.timeout(30)

NDJSON = "application/x-ndjson"


# --- typed chunks against the strict fake -----------------------------------------------------------


def test_generate_and_chat_stream_typed_chunks_until_done(client: Api) -> None:
    parts = list(client.generate("llama3.2", "hi", stream=True, options={"num_predict": 5}))
    assert all(isinstance(part, models.GenerateResponse) for part in parts)
    assert [part.done for part in parts] == [False] * (len(parts) - 1) + [True]

    chunks = list(client.chat("llama3.2", USER_HI, stream=True))
    assert all(isinstance(chunk, models.ChatResponse) for chunk in chunks)
    assert chunks[-1].done is True
    assert not any(chunk.done for chunk in chunks[:-1])


def test_pull_push_create_stream_progress_until_success(client: Api, fake: Fake, tmp_path: Path) -> None:
    pulled = list(client.pull("gemma3", stream=True))
    pushed = list(client.push("gemma3", stream=True))
    weights = tmp_path / "model.gguf"
    weights.write_bytes(b"GGUF" + b"\x00" * 64)
    created = list(client.create("mine", files={"model.gguf": weights}, stream=True))
    for updates in (pulled, pushed, created):
        assert len(updates) > 1
        assert all(isinstance(update, models.ProgressResponse) for update in updates)
        assert updates[-1].status == "success"
        assert all(update.status != "success" for update in updates[:-1])
    assert "mine:latest" in fake.model_names()


# --- laziness ---------------------------------------------------------------------------------------


def test_stream_sends_nothing_before_the_first_item(kind: str, fake: Fake) -> None:
    with make_client(kind, fake.url) as api:
        iterators = [
            api.chat("llama3.2", USER_HI, stream=True),
            api.generate("llama3.2", "hi", stream=True),
            api.pull("gemma3", stream=True),
            api.push("llama3.2", stream=True),
            api.create("copy", from_="llama3.2", stream=True),
        ]
        time.sleep(0.05)
        assert fake.log_lines == []
        first = next(iterators[0])
        assert isinstance(first, models.ChatResponse)
        assert len(fake.log_lines) == 1
        for iterator in iterators:
            list(iterator)
        assert len(fake.log_lines) == 5


def test_lazy_stream_against_a_counting_server(kind: str) -> None:
    with ScriptedServer([chat_stream("a", "b")]) as server, make_client(kind, server.url) as api:
        iterator = api.chat("m", USER_HI, stream=True)
        time.sleep(0.05)
        assert server.connections == 0
        assert server.requests == []
        assert [chunk.message.content for chunk in iterator] == ["a", "b", ""]
        assert len(server.requests) == 1


# --- stopping at the final chunk --------------------------------------------------------------------


def test_stream_stops_at_done_without_reading_further(kind: str) -> None:
    # After the done line the server sends garbage and then holds the body open for 10 s: a client
    # that kept reading would either fail to decode or hang.
    lines = [*ndjson(chat_chunk("a"), chat_chunk("", done=True)), b"this is not json\n"]
    reply = Reply(200, lines, content_type=NDJSON, framing="chunked", stall=10)
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        started = time.monotonic()
        chunks = list(api.chat("m", USER_HI, stream=True))
        assert time.monotonic() - started < 5
        assert [chunk.done for chunk in chunks] == [False, True]


@pytest.mark.parametrize("method", ["pull", "push"])
def test_progress_stream_stops_at_success(kind: str, method: str) -> None:
    lines = [*ndjson(progress("pulling manifest"), progress("success")), b"{broken\n"]
    reply = Reply(200, lines, content_type=NDJSON, framing="chunked", stall=10)
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        updates = list(getattr(api, method)("m", stream=True))
        assert [update.status for update in updates] == ["pulling manifest", "success"]


def test_non_streamed_call_sends_stream_false(kind: str) -> None:
    with ScriptedServer([Reply(200, json.dumps(chat_chunk("x", done=True)).encode())]) as server:
        with make_client(kind, server.url) as api:
            assert api.chat("m", USER_HI).message.content == "x"
        assert server.requests[0].json()["stream"] is False


# --- abandoning a stream closes its connection ------------------------------------------------------


def _endless_chat() -> Reply:
    first = ndjson(chat_chunk("a"))
    return Reply(200, first, content_type=NDJSON, framing="chunked", endless=first[0], pause=0.01)


def test_breaking_out_closes_the_connection_sync() -> None:
    with ScriptedServer([_endless_chat()]) as server, Client(server.url) as client:
        for chunk in client.chat("m", USER_HI, stream=True):
            assert chunk.message.content == "a"
            break
        assert server.disconnected.wait(5)
        assert _checked_out(client.httpx_client) == 0


def test_closing_a_held_iterator_closes_the_connection_sync() -> None:
    with ScriptedServer([_endless_chat()]) as server, Client(server.url) as client:
        iterator = client.chat("m", USER_HI, stream=True)
        next(iterator)
        iterator.close()
        assert server.disconnected.wait(5)
        assert _checked_out(client.httpx_client) == 0


def test_leaving_a_with_block_closes_the_connection_sync() -> None:
    with ScriptedServer([_endless_chat()]) as server, Client(server.url) as client:
        with client.chat("m", USER_HI, stream=True) as stream:
            assert isinstance(stream, Stream)
            assert next(stream).message.content == "a"
        assert server.disconnected.wait(5)
        assert _checked_out(client.httpx_client) == 0
        with pytest.raises(StopIteration):
            next(stream)


@pytest.mark.anyio
async def test_leaving_an_async_with_block_closes_the_connection_at_once() -> None:
    with ScriptedServer([_endless_chat()]) as server:
        async with AsyncClient(server.url) as client:
            async with await client.chat("m", USER_HI, stream=True) as stream:
                assert isinstance(stream, AsyncStream)
                assert (await stream.__anext__()).message.content == "a"
            assert _checked_out(client.httpx_client) == 0  # no finaliser needed: closed on exit
            assert await _wait_until(server.disconnected.is_set)
            with pytest.raises(StopAsyncIteration):
                await stream.__anext__()


def test_a_stream_has_its_response_once_sent(kind: str) -> None:
    reply = chat_stream("a", "b")
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        stream = api.chat("m", USER_HI, stream=True)
        inner = stream if kind == "sync" else stream._inner  # the AsyncStream behind the bridge
        assert inner.response is None
        assert "not sent" in repr(inner)
        assert next(stream).message.content == "a"
        assert inner.response is not None
        assert inner.response.status_code == 200
        assert inner.response.headers["content-type"].startswith(NDJSON)
        assert "HTTP 200" in repr(inner)
        assert [chunk.message.content for chunk in stream] == ["b", ""]
        assert inner.response.status_code == 200


@pytest.mark.anyio
async def test_breaking_out_closes_the_connection_async() -> None:
    with ScriptedServer([_endless_chat()]) as server:
        async with AsyncClient(server.url) as client:
            async for chunk in await client.chat("m", USER_HI, stream=True):
                assert chunk.message.content == "a"
                break
            # An abandoned async generator is closed by the event loop's finaliser, soon but not at once.
            assert await _wait_until(server.disconnected.is_set)
            assert await _wait_until(lambda: _checked_out(client.httpx_client) == 0)


@pytest.mark.anyio
async def test_cancelling_the_consumer_closes_the_connection() -> None:
    with ScriptedServer([_endless_chat()]) as server:
        async with AsyncClient(server.url) as client:
            received: list[Any] = []
            first = asyncio.Event()

            async def consume() -> None:
                async for chunk in await client.chat("m", USER_HI, stream=True):
                    received.append(chunk)
                    first.set()

            task = asyncio.create_task(consume())
            await asyncio.wait_for(first.wait(), 5)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert received
            assert await _wait_until(server.disconnected.is_set)
            assert _checked_out(client.httpx_client) == 0


@pytest.mark.anyio
async def test_timeout_scope_cancellation_closes_the_connection() -> None:
    with ScriptedServer([_endless_chat()]) as server:
        async with AsyncClient(server.url) as client:
            count = 0

            async def drain() -> None:
                nonlocal count
                async with _timeout_scope(0.3):
                    async for _ in await client.chat("m", USER_HI, stream=True):
                        count += 1

            with pytest.raises(TimeoutError):
                await drain()
            assert count > 0
            assert await _wait_until(server.disconnected.is_set)
            assert _checked_out(client.httpx_client) == 0


# --- framing ----------------------------------------------------------------------------------------


def test_multibyte_utf8_split_across_chunks(kind: str) -> None:
    text = "héllo 世界 🦙"
    line = json.dumps(chat_chunk(text), ensure_ascii=False).encode("utf-8") + b"\n"
    emoji = line.index("🦙".encode())
    han = line.index("世".encode())
    pieces = [line[: han + 1], line[han + 1 : emoji + 2], line[emoji + 2 :]]
    for piece in pieces[:-1]:
        with pytest.raises(UnicodeDecodeError):
            piece[-2:].decode("utf-8")  # each cut really falls inside a character
    body = [*pieces, *ndjson(chat_chunk("", done=True))]
    reply = Reply(200, body, content_type=NDJSON, framing="chunked", pause=0.02)
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        chunks = list(api.chat("m", USER_HI, stream=True))
    assert [chunk.message.content for chunk in chunks] == [text, ""]


def test_blank_lines_and_crlf_are_tolerated(kind: str) -> None:
    first, second, final = (
        json.dumps(chat_chunk(text, done=text == "")).encode() for text in ("one", "two", "")
    )
    body = [b"\r\n", first + b"\r\n", b"\n\n", second + b"\r\n\r\n" + final + b"\r\n"]
    reply = Reply(200, body, content_type=NDJSON, framing="chunked", pause=0.01)
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        chunks = list(api.chat("m", USER_HI, stream=True))
    assert [chunk.message.content for chunk in chunks] == ["one", "two", ""]


def test_a_chunk_holding_many_lines_and_a_partial_one(kind: str) -> None:
    lines = b"".join(ndjson(*(chat_chunk(str(i)) for i in range(50)), chat_chunk("", done=True)))
    cut = len(lines) // 2 + 3
    reply = Reply(200, [lines[:cut], lines[cut:]], content_type=NDJSON, framing="chunked", pause=0.01)
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        chunks = list(api.chat("m", USER_HI, stream=True))
    assert [chunk.message.content for chunk in chunks] == [*map(str, range(50)), ""]


def test_close_delimited_stream_without_chunking(kind: str) -> None:
    reply = Reply(
        200, ndjson(chat_chunk("a"), chat_chunk("", done=True)), content_type=NDJSON, framing="close"
    )
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        assert [chunk.done for chunk in api.chat("m", USER_HI, stream=True)] == [False, True]


# --- helpers ----------------------------------------------------------------------------------------


def _checked_out(http: Any) -> int:
    """Connections of the httpx pool that are not idle (a request or response holds them)."""
    pool = http._transport._pool
    return sum(1 for connection in pool.connections if not connection.is_idle())


async def _wait_until(condition: Any, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.01)
    return bool(condition())


def _timeout_scope(seconds: float) -> Any:
    """``asyncio.timeout(seconds)``, also on Python 3.10 (raises TimeoutError like it)."""
    import contextlib

    @contextlib.asynccontextmanager
    async def scope() -> Any:
        task = asyncio.current_task()
        assert task is not None
        handle = asyncio.get_running_loop().call_later(seconds, task.cancel)
        try:
            yield
        except asyncio.CancelledError:
            raise TimeoutError from None
        finally:
            handle.cancel()

    return scope()


def test_gzip_encoded_stream_from_a_proxy(kind: str) -> None:
    import gzip

    body = gzip.compress(b"".join(ndjson(chat_chunk("zipped"), chat_chunk("", done=True))))
    pieces = [body[:7], body[7:20], body[20:]]
    reply = Reply(
        200, pieces, content_type=NDJSON, framing="chunked", pause=0.01, headers={"Content-Encoding": "gzip"}
    )
    with ScriptedServer([reply]) as server, make_client(kind, server.url) as api:
        chunks = list(api.chat("m", USER_HI, stream=True))
    assert [chunk.message.content for chunk in chunks] == ["zipped", ""]


@pytest.mark.anyio
async def test_cancelling_a_non_streamed_call_releases_the_connection() -> None:
    # Headers arrive, then the body never ends: the awaiting task is cancelled mid-read.
    reply = Reply(200, [b'{"model": "m", '], framing="close", endless=b" ", pause=0.01)
    with ScriptedServer([reply]) as server:
        async with AsyncClient(server.url) as client:
            task = asyncio.create_task(client.chat("m", USER_HI))
            assert await _wait_until(lambda: len(server.requests) == 1)
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await _wait_until(server.disconnected.is_set)
            assert _checked_out(client.httpx_client) == 0
