"""Streams that break: in-band errors, cut bodies, missing final chunks, garbage, odd line endings.

Every item that arrived before the fault is delivered to the caller and kept on the error's
``received``; the fault itself is always a `StreamError` subclass (or a typed connection error for a
non-streamed body), and never silently accepted as a complete answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from ollama_openapi.errors import (
    OllamaConnectionError,
    StreamDecodeError,
    StreamInBandError,
    StreamTruncatedError,
)

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, head, ndjson

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]


def chat_chunk(content: str, *, done: bool = False, **extra: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "model": "m",
        "created_at": "2025-01-01T00:00:00.123456789Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
    }
    if done:
        item["done_reason"] = "stop"
    item.update(extra)
    return item


FIRST = ndjson(chat_chunk("Hel"))
SECOND = ndjson(chat_chunk("lo"))
LAST = ndjson(chat_chunk("", done=True))


def stream_of(*chunks: bytes, terminate: bool = True) -> Callable[[Conn, RawRequest], None]:
    """A chunked 200 answer with one HTTP chunk per argument."""

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(chunked_head())
        for data in chunks:
            conn.send(chunk(data))
        if terminate:
            conn.send(chunk(b""))

    return script


def contents(items: list[Any]) -> str:
    return "".join(item.message.content for item in items)


@pytest.mark.parametrize("mode", MODES)
async def test_in_band_error_mid_stream(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    error_line = b'{"error":"an error was encountered while running the model: CUDA error"}\n'
    server = serve(stream_of(FIRST, SECOND, error_line, LAST))
    outcome = await run(mode, server.url, "chat_stream")
    error = outcome.raised()
    assert isinstance(error, StreamInBandError)
    assert error.error == "an error was encountered while running the model: CUDA error"
    assert outcome.chunks == 2  # both good chunks reached the caller before the error
    assert [item["message"]["content"] for item in error.received] == ["Hel", "lo"]


@pytest.mark.parametrize("mode", MODES)
async def test_in_band_error_with_status(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    server = serve(stream_of(b'{"status": 401, "error": "unauthorized"}\n'))
    error = (await run(mode, server.url, "pull_stream")).raised()
    assert isinstance(error, StreamInBandError)
    assert error.status_code == 401
    assert str(error) == "unauthorized (status code: 401)"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", ["chat_stream", "chat"])
async def test_truncated_chunked_body(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    """The connection drops after the first chunk, without the terminating zero-length chunk."""
    server = serve(stream_of(FIRST, SECOND, terminate=False))
    outcome = await run(mode, server.url, operation)
    error = outcome.raised()
    if operation == "chat_stream":
        assert isinstance(error, StreamTruncatedError)
        assert outcome.chunks == 2
        assert len(error.received) == 2
        assert "broke in the middle of the stream" in str(error) or "final chunk" in str(error)
    else:
        assert isinstance(error, OllamaConnectionError)
        assert error.kind == "closed"


@pytest.mark.parametrize("mode", MODES)
async def test_truncated_in_the_middle_of_a_line(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    server = serve(stream_of(FIRST, SECOND[:20]))
    outcome = await run(mode, server.url, "chat_stream")
    error = outcome.raised()
    assert isinstance(error, StreamTruncatedError)
    assert "middle of a line" in str(error)
    assert outcome.chunks == 1


@pytest.mark.parametrize("mode", MODES)
async def test_content_length_body_cut_short(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    body = json.dumps(chat_chunk("complete", done=True)).encode()

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]))
        conn.send(body[:25])

    server = serve(script)
    error = (await run(mode, server.url, "chat")).raised()
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "closed"
    stream_error = (await run(mode, server.url, "chat_stream")).raised()
    assert isinstance(stream_error, StreamTruncatedError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", ["chat_stream", "pull_stream"])
async def test_stream_ending_without_final_chunk(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    """A cleanly terminated body that never sent ``done: true`` / ``status: success`` is incomplete."""
    lines = FIRST + SECOND if operation == "chat_stream" else ndjson({"status": "pulling manifest"}) * 2
    server = serve(stream_of(lines))
    outcome = await run(mode, server.url, operation)
    error = outcome.raised()
    assert isinstance(error, StreamTruncatedError)
    assert "before its final chunk (2 items received)" in str(error)
    assert outcome.chunks == 2


@pytest.mark.parametrize("mode", MODES)
async def test_non_streamed_answer_that_is_not_final(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """``stream=false`` answered with an unfinished stream (a proxy that ignored the flag)."""
    server = serve(stream_of(FIRST + SECOND))
    error = (await run(mode, server.url, "chat")).raised()
    assert isinstance(error, (StreamTruncatedError, StreamDecodeError, OllamaConnectionError)) or (
        type(error).__name__ == "InvalidResponseError"
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("garbage", [b"<html>oops</html>\n", b"{not json}\n", b"\x00\xff\xfe\n", b"[1,\n"])
async def test_garbage_line(serve: Callable[..., ScriptedServer], mode: Mode, garbage: bytes) -> None:
    server = serve(stream_of(FIRST, garbage, LAST))
    outcome = await run(mode, server.url, "chat_stream")
    error = outcome.raised()
    assert isinstance(error, StreamDecodeError)
    assert error.line == garbage.rstrip(b"\n")
    assert outcome.chunks == 1
    assert len(error.received) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_blank_and_crlf_lines(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    crlf = FIRST.replace(b"\n", b"\r\n")
    server = serve(
        stream_of(b"\n", crlf, b"\r\n", b"  \n\n", SECOND.replace(b"\n", b"\r\n") + b"\n\r\n", LAST)
    )
    outcome = await run(mode, server.url, "chat_stream")
    assert outcome.error is None, repr(outcome.error)
    assert contents(outcome.value) == "Hello"
    assert len(outcome.value) == 3
    assert outcome.value[-1].done is True


@pytest.mark.parametrize("mode", MODES)
async def test_last_line_without_newline(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    server = serve(stream_of(FIRST, LAST.rstrip(b"\n")))
    outcome = await run(mode, server.url, "chat_stream")
    assert outcome.error is None, repr(outcome.error)
    assert len(outcome.value) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", ["chat_stream", "chat"])
async def test_multibyte_characters_split_across_chunks(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    text = "héllo 🦙 日本語 ✓"
    body = ndjson(chat_chunk(text)) if operation == "chat_stream" else b""
    body += json.dumps(chat_chunk(text, done=True), ensure_ascii=False).encode() + b"\n"
    assert len(body) != len(body.decode())  # really multi-byte on the wire

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(chunked_head())
        for index in range(len(body)):  # one byte per chunk, flushed one by one
            conn.send(chunk(body[index : index + 1]))
        conn.send(chunk(b""))

    server = serve(script)
    outcome = await run(mode, server.url, operation)
    assert outcome.error is None, repr(outcome.error)
    items = outcome.value if operation == "chat_stream" else [outcome.value]
    assert items[-1].message.content == text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", ["chat_stream", "chat"])
async def test_ten_megabyte_single_line(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    big = "x" * (10 * 1024 * 1024 - 7) + "🦙"
    line = json.dumps(chat_chunk(big, done=True), ensure_ascii=False).encode() + b"\n"

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(chunked_head())
        for start in range(0, len(line), 65536 + 3):  # chunk borders at odd places
            conn.send(chunk(line[start : start + 65536 + 3]))
        conn.send(chunk(b""))

    server = serve(script)
    outcome = await run(mode, server.url, operation)
    assert outcome.error is None, repr(outcome.error)
    item = outcome.value[0] if operation == "chat_stream" else outcome.value
    assert item.message.content == big
