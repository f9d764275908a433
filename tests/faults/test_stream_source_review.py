"""Edges of streams decoded by one generator over a chunk source, and of whole bodies read after send.

`NDJSONDecoder.iterate` / `aiterate` open, map the failures of and close a chunk source; the transport
hands the caller a `Stream` / `AsyncStream` over the decoder's generator (reading ``response.stream``
directly when the body is not content-encoded); the line loader scans with ``json.scanner``. These
tests pin the behaviour at the edges: early exits, cancellation, consumer exceptions, failed first
requests, broken and encoded bodies, ``httpx.MockTransport`` answers, retries (never once part of an
answer was read) and the release of every connection.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import json
import math
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi import _ndjson as ndjson
from ollama_openapi._async.ndjson import aiterate
from ollama_openapi._http.retry import RetryPolicy
from ollama_openapi._ndjson import NDJSONDecoder
from ollama_openapi.errors import (
    ModelNotFoundError,
    OllamaConnectionError,
    OllamaError,
    OllamaTimeoutError,
    ServerError,
    StreamDecodeError,
    StreamTruncatedError,
)
from ollama_openapi_generated._sync.ndjson import _Chunks, iter_ndjson, iterate

from .harness import MODES, Mode
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, head, json_response
from .test_stream_faults import FIRST, LAST, SECOND, chat_chunk

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]

MESSAGES = [{"role": "user", "content": "hi"}]
NDJSON_TYPE = "application/x-ndjson"

Serve = Callable[..., ScriptedServer]


# --- helpers ----------------------------------------------------------------------------------------


def _fast_retries(client: Client | AsyncClient, max_retries: int = 2) -> None:
    """Keep retrying on (max_retries) but without real backoff waits."""
    policy = RetryPolicy(max_retries=max_retries, base_delay=0.0, sleep=lambda seconds: None)
    settings = dataclasses.replace(client._settings, retry=policy)
    client._settings = settings
    client._transport.settings = settings


def _retrying(action: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``action`` on a client whose retries do not wait."""

    def call(client: Any) -> Any:
        _fast_retries(client)
        return action(client)

    return call


def _pool(client: Client | AsyncClient) -> list[Any]:
    transport: Any = client.httpx_client._transport
    connections: list[Any] = list(transport._pool.connections)
    return connections


def _checked_out(client: Client | AsyncClient) -> int:
    """Pooled connections that a request or an unread response still holds."""
    return sum(1 for connection in _pool(client) if not connection.is_idle())


def _wait(condition: Callable[[], bool], limit: float = 5.0) -> bool:
    deadline = time.monotonic() + limit
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


async def _await(condition: Callable[[], bool], limit: float = 5.0) -> bool:
    deadline = time.monotonic() + limit
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return condition()


def _contents(items: list[Any]) -> list[str]:
    return [item.message.content for item in items]


def _first_then_hold(conn: Conn, request: RawRequest) -> None:
    """One chat line, then the body stays open until the client hangs up."""
    conn.send(chunked_head() + chunk(FIRST))
    conn.hold(limit=20)


def _chat_stream_script(*lines: bytes, terminate: bool = True) -> Callable[[Conn, RawRequest], None]:
    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(chunked_head())
        for line in lines:
            conn.send(chunk(line))
        if terminate:
            conn.send(chunk(b""))
            conn.hold(limit=5)  # keep-alive: the client decides when the connection ends
        # else: the server hangs up in the middle of the body (the script returns)

    return script


@dataclasses.dataclass
class _Outcome:
    items: list[Any] = dataclasses.field(default_factory=list)
    error: BaseException | None = None


async def _drain(
    mode: Mode,
    url: str,
    call: Callable[[Any], Any],
    *,
    check: Callable[[Client | AsyncClient], None] | None = None,
    **options: Any,
) -> _Outcome:
    """Run ``call(client)`` (a stream is drained), then ``check(client)`` before the client closes."""
    outcome = _Outcome()
    if mode == "sync":
        with Client(url, **options) as client:
            try:
                result = call(client)
                if isinstance(result, Iterator):
                    for item in result:
                        outcome.items.append(item)
                else:
                    outcome.items.append(result)
            except Exception as exc:
                outcome.error = exc
            if check is not None:
                check(client)
    else:
        async with AsyncClient(url, **options) as aclient:
            try:
                result = await call(aclient)
                if isinstance(result, AsyncIterator):
                    async for item in result:
                        outcome.items.append(item)
                else:
                    outcome.items.append(result)
            except Exception as exc:
                outcome.error = exc
            if check is not None:
                await _await(lambda: _checked_out(aclient) == 0)
                check(aclient)
    return outcome


def _chat_stream(client: Any) -> Any:
    return client.chat("m", MESSAGES, stream=True)


def _no_connection_held(client: Client | AsyncClient) -> None:
    assert _checked_out(client) == 0, _pool(client)


# --- 1. non-streamed bodies: never sent again once read from --------------------------------------


def _headers_then_cut(status: int) -> Callable[[Conn, RawRequest], None]:
    """A response whose body stops after a few bytes of the promised 100 (the server hangs up)."""

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(head(status, [("Content-Type", "application/json"), ("Content-Length", "100")]))
        conn.send(b'{"models": [')

    return script


def _operation(name: str) -> Callable[[Any], Any]:
    if name == "chat":
        return lambda client: client.chat("m", MESSAGES)
    if name == "show":
        return lambda client: client.show("m")
    return lambda client: client.list()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "operation"), [(200, "list"), (200, "chat"), (200, "show"), (500, "list")]
)
@pytest.mark.parametrize(
    "read_timeout",
    [False, True],
    ids=["default-timeout", "read-timeout"],
)
async def test_body_cut_after_headers_is_not_retried(
    serve: Serve, mode: Mode, status: int, operation: str, read_timeout: bool
) -> None:
    server = serve(_headers_then_cut(status))
    options: dict[str, Any] = {"timeout": 10.0} if read_timeout else {}
    call = _retrying(_operation(operation))
    outcome = await _drain(mode, server.url, call, check=_no_connection_held, **options)
    assert isinstance(outcome.error, OllamaConnectionError), repr(outcome.error)
    assert outcome.error.kind == "closed"
    assert server.connections == 1, f"sent {server.connections} times"


@pytest.mark.parametrize("mode", MODES)
async def test_mock_transport_body_failure_is_not_retried_with_a_read_timeout(mode: Mode) -> None:
    """The same fault through httpx.MockTransport (with a read timeout, so the body trickle is watched)."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, stream=_Body([b'{"models": ['], httpx.ReadError("reset")))

    outcome = await _drain(
        mode,
        "http://mock",
        _retrying(lambda client: client.list()),
        transport=httpx.MockTransport(handler),
        timeout=10.0,
    )
    assert isinstance(outcome.error, OllamaConnectionError), repr(outcome.error)
    assert len(calls) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_503_then_200_non_streamed_is_retried_and_releases_connections(
    serve: Serve, mode: Mode
) -> None:
    """A retryable status is retried, and every connection is released."""
    answers = iter([json_response(503, {"error": "busy"}), json_response(503, {"error": "busy"}), b""])

    def script(conn: Conn, request: RawRequest) -> None:
        data = next(answers)
        conn.send(data or json_response(200, {"version": "after"}))

    server = serve(script)
    outcome = await _drain(
        mode,
        server.url,
        _retrying(lambda client: client.version()),
        check=_no_connection_held,
    )
    assert outcome.error is None, repr(outcome.error)
    assert outcome.items[0].version == "after"
    assert len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_gzip_non_streamed_body_read_inside_send(serve: Serve, mode: Mode) -> None:
    body = gzip.compress(json.dumps(chat_chunk("zipped", done=True)).encode())
    headers = [
        ("Content-Type", "application/json"),
        ("Content-Encoding", "gzip"),
        ("Content-Length", str(len(body))),
    ]

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(head(200, headers) + body)
        conn.hold(limit=5)

    server = serve(script)
    for options in ({}, {"timeout": 10.0}):
        outcome = await _drain(
            mode,
            server.url,
            lambda client: client.chat("m", MESSAGES),
            check=_no_connection_held,
            **options,
        )
        assert outcome.error is None, repr(outcome.error)
        assert outcome.items[0].message.content == "zipped"


# --- 2. httpx.MockTransport answers -----------------------------------------------------------------


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body in given chunks (sync and async), optionally failing at its end; records close."""

    def __init__(self, chunks: list[bytes], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error
        self.closed = 0

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for data in self.chunks:
            yield data
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def _mock(
    body: Callable[[], httpx.Response],
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return body()

    return httpx.MockTransport(handler), seen


STREAM_BODY = FIRST + SECOND + LAST


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("read_timeout", [False, True], ids=["default-timeout", "read-timeout"])
@pytest.mark.parametrize("shape", ["bytes", "chunks"])
async def test_mock_transport_stream(mode: Mode, read_timeout: bool, shape: str) -> None:
    bodies: list[_Body] = []

    def answer() -> httpx.Response:
        if shape == "bytes":  # httpx reads it at once: the response is already consumed
            return httpx.Response(200, content=STREAM_BODY, headers={"Content-Type": NDJSON_TYPE})
        # Split lines, empty chunks (including a first empty one) and a chunk of two lines.
        parts = [b"", FIRST[:9], b"", FIRST[9:], b"", SECOND + LAST[:4], LAST[4:], b""]
        bodies.append(_Body(parts))
        return httpx.Response(200, stream=bodies[-1], headers={"Content-Type": NDJSON_TYPE})

    transport, seen = _mock(answer)
    options: dict[str, Any] = {"timeout": 5.0} if read_timeout else {}
    outcome = await _drain(mode, "http://mock", _chat_stream, transport=transport, **options)
    assert outcome.error is None, repr(outcome.error)
    assert _contents(outcome.items) == ["Hel", "lo", ""]
    assert len(seen) == 1
    assert all(body.closed >= 1 for body in bodies)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", ["bytes", "chunks"])
@pytest.mark.parametrize("read_timeout", [False, True], ids=["default-timeout", "read-timeout"])
async def test_mock_transport_non_streamed(mode: Mode, shape: str, read_timeout: bool) -> None:
    document = json.dumps(chat_chunk("whole", done=True)).encode()

    def answer() -> httpx.Response:
        if shape == "bytes":
            return httpx.Response(200, content=document)
        return httpx.Response(200, stream=_Body([document[:10], b"", document[10:]]))

    transport, _seen = _mock(answer)
    options: dict[str, Any] = {"timeout": 5.0} if read_timeout else {}
    outcome = await _drain(
        mode, "http://mock", lambda client: client.chat("m", MESSAGES), transport=transport, **options
    )
    assert outcome.error is None, repr(outcome.error)
    assert outcome.items[0].message.content == "whole"


@pytest.mark.parametrize("mode", MODES)
async def test_mock_transport_stream_breaking_mid_body(mode: Mode) -> None:
    body = _Body([FIRST, SECOND[:5]], httpx.ReadError("connection reset"))
    transport, _seen = _mock(lambda: httpx.Response(200, stream=body))
    outcome = await _drain(mode, "http://mock", _chat_stream, transport=transport)
    error = outcome.error
    assert isinstance(error, StreamTruncatedError), repr(error)
    assert _contents(outcome.items) == ["Hel"]
    assert [item["message"]["content"] for item in error.received] == ["Hel"]
    assert error.__cause__ is None
    assert body.closed >= 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("read_timeout", [2.5, None])
async def test_mock_transport_stream_read_timeout_reports_the_configured_limit(
    mode: Mode, read_timeout: float | None
) -> None:
    """A ReadTimeout raised by the raw body (no request attached by httpx) still reports the limit."""
    body = _Body([FIRST], httpx.ReadTimeout("timed out"))
    transport, _seen = _mock(lambda: httpx.Response(200, stream=body))
    timeout = httpx.Timeout(read_timeout, connect=5.0)
    outcome = await _drain(mode, "http://mock", _chat_stream, transport=transport, timeout=timeout)
    error = outcome.error
    assert isinstance(error, OllamaTimeoutError), repr(error)
    assert error.kind == "read"
    assert error.timeout == read_timeout
    assert len(outcome.items) == 1
    assert body.closed >= 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("streamed", [True, False])
async def test_mock_transport_connect_error_is_typed(mode: Mode, streamed: bool) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    outcome = await _drain(
        mode,
        "http://mock",
        lambda client: client.chat("m", MESSAGES, stream=streamed),
        transport=httpx.MockTransport(handler),
        max_retries=0,
    )
    assert isinstance(outcome.error, OllamaConnectionError), repr(outcome.error)
    assert outcome.error.kind == "refused"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("streamed", [True, False])
async def test_mock_transport_404_json_error(mode: Mode, streamed: bool) -> None:
    transport, _seen = _mock(lambda: httpx.Response(404, json={"error": "model 'm' not found"}))
    outcome = await _drain(
        mode,
        "http://mock",
        lambda client: client.chat("m", MESSAGES, stream=streamed),
        transport=transport,
    )
    assert type(outcome.error) is ModelNotFoundError, repr(outcome.error)
    assert outcome.error.model == "m"


# --- 3. streams over sockets: failures, encodings, release of the connection ------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "error_class"), [(404, ModelNotFoundError), (500, ServerError)])
async def test_stream_whose_first_request_fails_is_typed_and_releases(
    serve: Serve, mode: Mode, status: int, error_class: type[OllamaError]
) -> None:
    def script(conn: Conn, request: RawRequest) -> None:
        body = json.dumps({"error": "model 'm' not found" if status == 404 else "boom"}).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        conn.send(head(status, headers) + body)
        conn.hold(limit=5)

    server = serve(script)
    outcome = await _drain(mode, server.url, _chat_stream, check=_no_connection_held)
    assert type(outcome.error) is error_class, repr(outcome.error)
    assert outcome.items == []
    assert not isinstance(outcome.error, httpx.HTTPError)


@pytest.mark.parametrize("mode", MODES)
async def test_server_hangs_up_mid_stream_releases_the_connection(serve: Serve, mode: Mode) -> None:
    server = serve(_chat_stream_script(FIRST, SECOND, terminate=False))
    outcome = await _drain(mode, server.url, _chat_stream, check=_no_connection_held)
    error = outcome.error
    assert isinstance(error, StreamTruncatedError), repr(error)
    assert [item["message"]["content"] for item in error.received] == ["Hel", "lo"]
    assert _contents(outcome.items) == ["Hel", "lo"]


def _gzip_stream(*lines: bytes, terminate: bool) -> Callable[[Conn, RawRequest], None]:
    """A gzip-encoded chunked stream, flushed after every line so each arrives decodable."""

    def script(conn: Conn, request: RawRequest) -> None:
        compressor = zlib.compressobj(wbits=31)
        conn.send(
            head(
                200,
                [
                    ("Content-Type", NDJSON_TYPE),
                    ("Content-Encoding", "gzip"),
                    ("Transfer-Encoding", "chunked"),
                ],
            )
        )
        for line in lines:
            conn.send(chunk(compressor.compress(line) + compressor.flush(zlib.Z_SYNC_FLUSH)))
            conn.wait(0.01)
        if terminate:
            conn.send(chunk(compressor.flush()) + chunk(b""))
            conn.hold(limit=5)

    return script


@pytest.mark.parametrize("mode", MODES)
async def test_gzip_stream_cut_mid_body_is_truncated_with_received(serve: Serve, mode: Mode) -> None:
    server = serve(_gzip_stream(FIRST, SECOND, terminate=False))
    outcome = await _drain(mode, server.url, _chat_stream, check=_no_connection_held)
    error = outcome.error
    assert isinstance(error, StreamTruncatedError), repr(error)
    assert [item["message"]["content"] for item in error.received] == ["Hel", "lo"]
    assert _contents(outcome.items) == ["Hel", "lo"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("read_timeout", [False, True], ids=["default-timeout", "read-timeout"])
async def test_gzip_stream_complete(serve: Serve, mode: Mode, read_timeout: bool) -> None:
    server = serve(_gzip_stream(FIRST, SECOND, LAST, terminate=True))
    options: dict[str, Any] = {"timeout": 5.0} if read_timeout else {}
    outcome = await _drain(mode, server.url, _chat_stream, check=_no_connection_held, **options)
    assert outcome.error is None, repr(outcome.error)
    assert _contents(outcome.items) == ["Hel", "lo", ""]


@pytest.mark.parametrize("mode", MODES)
async def test_complete_stream_releases_the_connection(serve: Serve, mode: Mode) -> None:
    server = serve(_chat_stream_script(FIRST, SECOND, LAST))
    outcome = await _drain(mode, server.url, _chat_stream, check=_no_connection_held)
    assert outcome.error is None, repr(outcome.error)
    assert _contents(outcome.items) == ["Hel", "lo", ""]


@pytest.mark.parametrize("mode", MODES)
async def test_response_hook_that_reads_the_body_first(serve: Serve, mode: Mode) -> None:
    """A response event hook that reads the body leaves a consumed response: the stream still parses."""
    server = serve(_chat_stream_script(FIRST, SECOND, LAST))
    if mode == "sync":
        hooks: dict[str, list[Callable[[httpx.Response], Any]]] = {"response": [lambda r: r.read()]}
    else:

        async def aread(response: httpx.Response) -> None:
            await response.aread()

        hooks = {"response": [aread]}
    outcome = await _drain(mode, server.url, _chat_stream, event_hooks=hooks)
    assert outcome.error is None, repr(outcome.error)
    assert _contents(outcome.items) == ["Hel", "lo", ""]


# --- 4. leaving a stream early ----------------------------------------------------------------------


def test_sync_close_before_the_first_item_sends_nothing(serve: Serve) -> None:
    server = serve(_first_then_hold)
    with Client(server.url) as client:
        stream = client.chat("m", MESSAGES, stream=True)
        stream.close()
        with pytest.raises(StopIteration):
            next(stream)
        time.sleep(0.05)
    assert server.connections == 0


async def test_async_aclose_before_the_first_item_sends_nothing(serve: Serve) -> None:
    server = serve(_first_then_hold)
    async with AsyncClient(server.url) as client:
        stream = await client.chat("m", MESSAGES, stream=True)
        await stream.aclose()
        with pytest.raises(StopAsyncIteration):
            await stream.__anext__()
        await asyncio.sleep(0.05)
    assert server.connections == 0


class _ConsumerError(Exception):
    pass


def _raise_on_first_item(client: Client) -> None:
    for _item in client.chat("m", MESSAGES, stream=True):
        raise _ConsumerError


def test_sync_consumer_exception_releases_the_connection(serve: Serve) -> None:
    server = serve(_first_then_hold)
    with Client(server.url) as client:
        with pytest.raises(_ConsumerError):
            _raise_on_first_item(client)
        assert _wait(lambda: server.live_threads() == 0), "the server still holds the connection"
        assert _checked_out(client) == 0


def test_sync_consumer_exception_with_held_stream_then_close(serve: Serve) -> None:
    server = serve(_first_then_hold)
    with Client(server.url) as client:
        stream = client.chat("m", MESSAGES, stream=True)
        try:
            for _item in stream:
                raise _ConsumerError
        except _ConsumerError:
            pass
        assert _checked_out(client) == 1  # the held stream keeps its connection...
        stream.close()
        assert _checked_out(client) == 0  # ...until it is closed
        assert _wait(lambda: server.live_threads() == 0)


def test_sync_gc_of_an_unfinished_stream_releases_the_connection(serve: Serve) -> None:
    server = serve(_first_then_hold)
    with Client(server.url) as client:
        stream = client.chat("m", MESSAGES, stream=True)
        assert next(stream).message.content == "Hel"
        assert _checked_out(client) == 1
        del stream
        assert _checked_out(client) == 0
        assert _wait(lambda: server.live_threads() == 0)


async def test_async_consumer_exception_releases_the_connection(serve: Serve) -> None:
    server = serve(_first_then_hold)
    async with AsyncClient(server.url) as client:

        async def consume() -> None:
            async for _item in await client.chat("m", MESSAGES, stream=True):
                raise _ConsumerError

        with pytest.raises(_ConsumerError):
            await consume()
        assert await _await(lambda: server.live_threads() == 0)
        assert await _await(lambda: _checked_out(client) == 0)


async def test_async_aclose_mid_stream_releases_at_once(serve: Serve) -> None:
    server = serve(_first_then_hold)
    async with AsyncClient(server.url) as client:
        stream = await client.chat("m", MESSAGES, stream=True)
        assert (await stream.__anext__()).message.content == "Hel"
        assert _checked_out(client) == 1
        await stream.aclose()
        assert _checked_out(client) == 0
        assert await _await(lambda: server.live_threads() == 0)
        with pytest.raises(StopAsyncIteration):
            await stream.__anext__()


async def test_async_wait_for_on_next_item_cancels_cleanly(serve: Serve) -> None:
    """A timeout around one ``__anext__`` cancels inside the generator: it ends and lets go."""
    server = serve(_first_then_hold)
    async with AsyncClient(server.url) as client:
        stream = await client.chat("m", MESSAGES, stream=True)
        assert (await stream.__anext__()).message.content == "Hel"
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(stream.__anext__(), 0.2)
        assert _checked_out(client) == 0
        assert await _await(lambda: server.live_threads() == 0)
        with pytest.raises(StopAsyncIteration):
            await stream.__anext__()


async def test_async_cancel_while_waiting_for_headers(serve: Serve) -> None:
    def silent(conn: Conn, request: RawRequest) -> None:
        conn.hold(limit=20)

    server = serve(silent)
    async with AsyncClient(server.url) as client:
        started = asyncio.Event()

        async def consume() -> None:
            stream = await client.chat("m", MESSAGES, stream=True)
            started.set()
            async for _item in stream:
                pass

        task = asyncio.create_task(consume())
        await started.wait()
        assert await _await(lambda: len(server.requests) == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await _await(lambda: server.live_threads() == 0)
        assert _checked_out(client) == 0


async def test_async_cancel_mid_stream_then_reuse_the_client(serve: Serve) -> None:
    """After a cancelled stream, the same client serves the next stream normally."""
    calls = iter([_first_then_hold, _chat_stream_script(FIRST, SECOND, LAST)])

    def script(conn: Conn, request: RawRequest) -> None:
        next(calls)(conn, request)

    server = serve(script)
    async with AsyncClient(server.url) as client:
        first = asyncio.Event()

        async def consume() -> None:
            async for _item in await client.chat("m", MESSAGES, stream=True):
                first.set()

        task = asyncio.create_task(consume())
        await asyncio.wait_for(first.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert _checked_out(client) == 0
        items = [item async for item in await client.chat("m", MESSAGES, stream=True)]
        assert _contents(items) == ["Hel", "lo", ""]


async def test_async_gc_of_an_unfinished_stream_releases_the_connection(serve: Serve) -> None:
    server = serve(_first_then_hold)
    async with AsyncClient(server.url) as client:
        stream = await client.chat("m", MESSAGES, stream=True)
        assert (await stream.__anext__()).message.content == "Hel"
        del stream  # the event loop's async-generator finaliser closes it
        assert await _await(lambda: _checked_out(client) == 0)
        assert await _await(lambda: server.live_threads() == 0)


# --- 5. the decoder with a chunk source -------------------------------------------------------------


class _RecordingSource:
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.events: list[str] = []

    def open(self, decoder: NDJSONDecoder) -> Iterator[bytes]:
        self.events.append("open")
        return iter(self.chunks)

    def failure(self, error: Exception, decoder: NDJSONDecoder) -> Exception | None:
        self.events.append(f"failure {type(error).__name__}")
        return None

    def close(self) -> None:
        self.events.append("close")


def test_parse_errors_pass_through_and_close_the_source() -> None:
    source = _RecordingSource([b'{"done": false}\n', b'{"done": true}\n'])

    def parse(item: Any) -> Any:
        raise KeyError("bad model")

    with pytest.raises(KeyError):
        list(iterate(NDJSONDecoder(), source, parse))
    assert source.events == ["open", "failure KeyError", "close"]


def test_open_failure_closes_the_source_once() -> None:
    class Failing(_RecordingSource):
        def open(self, decoder: NDJSONDecoder) -> Iterator[bytes]:
            self.events.append("open")
            raise OllamaConnectionError("refused", host="h", kind="refused")

    source = Failing([])
    with pytest.raises(OllamaConnectionError):
        next(iterate(NDJSONDecoder(), source))
    assert source.events == ["open", "failure OllamaConnectionError", "close"]


async def test_async_source_closed_once_on_cancel() -> None:
    events: list[str] = []
    gate = asyncio.Event()

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"done": false}\n'
        await gate.wait()
        yield b'{"done": true}\n'

    class Source:
        async def open(self, decoder: NDJSONDecoder) -> AsyncIterator[bytes]:
            events.append("open")
            return chunks()

        def failure(self, error: Exception, decoder: NDJSONDecoder) -> Exception | None:
            events.append("failure")
            return None

        async def aclose(self) -> None:
            events.append("aclose")

    items: list[Any] = []

    async def consume() -> None:
        async for item in aiterate(NDJSONDecoder(), Source()):
            items.append(item)

    task = asyncio.create_task(consume())
    await _await(lambda: len(items) == 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert events == ["open", "aclose"]  # CancelledError is not mapped, the source closed once


# --- 6. the line loader against json.loads ----------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name}: Go's encoder never writes it, so the client refuses it")


def _refuse_infinite(text: str) -> float:
    if math.isinf(float(text)):
        raise ValueError(f"{text}: beyond a 64-bit float, Go's encoder never writes it")
    return float(text)


def _json_outcome(line: bytes) -> tuple[str, Any]:
    try:
        return "value", json.loads(line, parse_constant=_refuse_constant, parse_float=_refuse_infinite)
    except (ValueError, RecursionError):
        return "error", None


UTF8_LINES = [
    b"\xef\xbb\xbf[1]",  # a UTF-8 BOM: json.loads skips it for bytes
    b"1" * 5000,  # over the int max str digits limit: both reject
    b"-0",
    b"1E400",
    b"[-1e+400, 0.5]",  # beyond a 64-bit float: both reject
    b"1" + b"0" * 400 + b".5",
    b"1" + b"0" * 400,  # an integer that long reads exactly: both accept
    b"[1e-400, 3.4e38, 1e-7]",
    b"-Infinity",
    b"Infinity",
    b"NaN",
    b'{"a": 1, "a": 2}',
    b'"\\u2028\xe2\x80\xa8"',
    b'"\xed\xa0\x80"',  # a UTF-8-encoded surrogate: json.loads decodes with surrogatepass
    b"{}\x00",
    b"{}\xc2\x85",  # NEL after the value: not JSON whitespace
    b"{} \t\r",
    b"\t{}",
    b'"\t"',  # a raw control character inside a string
    b"[" * 100_000,
    b"tru",
    b"true false",
    b"0x10",
    b"01",
    b"1.",
    b'"abc',
    b'{"a":1}//',
]
# Encodings json.loads detects from the bytes (no NDJSON producer sends these; the loader must not
# misread them).
OTHER_ENCODINGS = [
    "[1]".encode("utf-16-le"),
    "1".encode("utf-16-le"),
    "[1]".encode("utf-16-be"),
    '{"a": 1}'.encode("utf-32-le"),
    '{"a": 1}'.encode("utf-16"),  # with a BOM
    b"1\x00",
]


@pytest.mark.parametrize("line", UTF8_LINES + OTHER_ENCODINGS, ids=lambda line: repr(line[:20]))
@pytest.mark.parametrize("ending", [b"", b"\n", b"\r\n"])
def test_line_loader_refuses_or_agrees_with_json_loads(line: bytes, ending: bytes) -> None:
    """`_loads_utf8` either raises (callers then ask json.loads) or returns exactly json.loads' value."""
    data = line + ending
    outcome, expected = _json_outcome(data)
    try:
        got = ndjson._loads_utf8(data)
    except (ValueError, RecursionError):
        return
    assert outcome == "value", f"{data!r} accepted, json.loads rejects it"
    assert json.dumps(got) == json.dumps(expected)
    assert type(got) is type(expected)


@pytest.mark.parametrize("line", UTF8_LINES, ids=lambda line: repr(line[:20]))
def test_stream_decoding_agrees_with_json_loads(line: bytes) -> None:
    outcome, expected = _json_outcome(line)
    for chunks in ([line + b"\n"], [line], [line[:1], line[1:] + b"\n"], [b"\n" + line + b"\n"]):
        try:
            got = list(iter_ndjson(chunks))
        except (StreamDecodeError, StreamTruncatedError):
            assert outcome == "error", f"{line!r}: json.loads gives {expected!r}"
            continue
        assert outcome == "value", f"{line!r} accepted, json.loads rejects it"
        assert len(got) == 1
        assert json.dumps(got[0]) == json.dumps(expected)


def test_decoder_iterate_with_a_plain_chunk_source_matches_iter_ndjson() -> None:
    body = b"".join(json.dumps(chat_chunk(str(index))).encode() + b"\n" for index in range(20))
    pieces = [body[index : index + 13] for index in range(0, len(body), 13)]
    assert list(iterate(NDJSONDecoder(), _Chunks(pieces))) == list(iter_ndjson(pieces))
    assert list(iterate(NDJSONDecoder(), _Chunks(pieces))) == [json.loads(line) for line in body.splitlines()]
