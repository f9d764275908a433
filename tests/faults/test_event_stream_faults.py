"""Large, endless and finely cut streams, as Server-Sent Events (``/v1``) and as NDJSON: each arrives in
time and memory proportional to its size, and what never ends stops at the 64 MiB item limit.

The time bounds are about ten times what a linear decoder takes on a loaded 2-core machine, and far
below what a decoder that rescans what it holds takes (before this round the SSE decoder took 39 s
and +260 MiB for the 50 MB event, and 50 s of CPU to reach the limit of an endless event). Memory is
measured with tracemalloc (Python allocations only: the peak is the decoder's buffers and the parsed
documents, not the machine's load).
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any, Literal

import pytest

from ollama_openapi.errors import StreamDecodeError

from .harness import MODES, Mode, Outcome, run
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(120)]

Format = Literal["sse", "ndjson"]
FORMATS: tuple[Format, ...] = ("sse", "ndjson")
MiB = 1024 * 1024
LIMIT = 64 * MiB
"""The default longest event (SSE) and line (NDJSON)."""

_MESSAGES = [{"role": "user", "content": "hi"}]
_SSE_HEAD = chunked_head(content_type="text/event-stream")
_NDJSON_HEAD = chunked_head()


def _sse_event(content: str) -> bytes:
    document = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
    }
    return b"data: " + json.dumps(document).encode() + b"\n\n"


def _ndjson_line(content: str, done: bool = True) -> bytes:
    document = {
        "model": "m",
        "created_at": "2025-01-01T00:00:00Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
    }
    return json.dumps(document).encode() + b"\n"


def _body(form: Format, content: str) -> bytes:
    """A complete stream whose one item carries `content`."""
    if form == "sse":
        return _sse_event(content) + b"data: [DONE]\n\n"
    return _ndjson_line(content)


def _framed(body: bytes, size: int) -> Iterator[bytes]:
    """`body` as chunked-encoding chunks of `size` bytes, grouped into writes of about 1 MiB."""
    group: list[bytes] = []
    grouped = 0
    for start in range(0, len(body), size):
        group.append(chunk(body[start : start + size]))
        grouped += len(group[-1])
        if grouped >= MiB:
            yield b"".join(group)
            group, grouped = [], 0
    group.append(chunk(b""))
    yield b"".join(group)


def _sending(form: Format, pieces: Callable[[], Iterator[bytes]]) -> Callable[[Conn, RawRequest], None]:
    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(_SSE_HEAD if form == "sse" else _NDJSON_HEAD)
        for piece in pieces():
            if not conn.send(piece):
                return  # the client gave up (an endless body stopped at its limit)

    return script


def _drain(mode: Mode, form: Format) -> Callable[[Any], Any]:
    if form == "ndjson":
        if mode == "sync":
            return lambda client: list(client.chat("m", _MESSAGES, stream=True))

        async def drain_ndjson(client: Any) -> list[Any]:
            return [item async for item in await client.chat("m", _MESSAGES, stream=True)]

        return drain_ndjson
    if mode == "sync":
        return lambda client: list(client.openai.chat_completions("m", _MESSAGES, stream=True))

    async def drain_sse(client: Any) -> list[Any]:
        return [event async for event in await client.openai.chat_completions("m", _MESSAGES, stream=True)]

    return drain_sse


def _content(form: Format, item: Any) -> str:
    if form == "sse":
        return str(item.choices[0].delta.content)
    return str(item.message.content)


async def _measured(
    serve: Callable[..., ScriptedServer], mode: Mode, server: ScriptedServer, form: Format, *, traced: bool
) -> tuple[Outcome, float, float]:
    """The outcome of draining `server`'s stream, the CPU time it took (this process: client and
    scripted server) and, `traced`, the peak of Python memory allocated meanwhile (0 otherwise:
    tracing slows a run of many small allocations several times)."""
    warm = serve(_sending(form, lambda: _framed(_body(form, "warm"), 64)))
    assert (await run(mode, warm.url, "", call=_drain(mode, form))).error is None  # imports done
    if traced:
        tracemalloc.start()
    started = time.process_time()
    try:
        outcome = await run(mode, server.url, "", timeout=60, call=_drain(mode, form))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return outcome, time.process_time() - started, peak / MiB


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("read", [64 * 1024 + 3, MiB])
async def test_a_50_mb_event_arrives_in_linear_time_and_memory(
    serve: Callable[..., ScriptedServer], mode: Mode, read: int
) -> None:
    # As configured: with orjson installed, a line this long is still read with json (orjson alone
    # would allocate about 13x it), so the bound below holds either way.
    text = "x" * (50 * 1000 * 1000)
    body = _body("sse", text)
    server = serve(_sending("sse", lambda: _framed(body, read)))
    outcome, cpu, peak = await _measured(serve, mode, server, "sse", traced=True)
    assert outcome.error is None, repr(outcome.error)
    assert _content("sse", outcome.value[0]) == text
    assert cpu < 15, f"{cpu:.1f} s of CPU"  # ~1.5 s; rescanning: 28 s in 64 KiB reads
    # The event's data (kept for error reports), the decoded text and the string parsed from it, and
    # the buffer the data grew in (before this round: +260 MiB).
    assert peak < 4.5 * 50 * 1000 * 1000 / MiB + 16, f"peak {peak:.0f} MiB"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", FORMATS)
async def test_one_byte_reads_of_a_large_item_cost_time_in_proportion(
    serve: Callable[..., ScriptedServer], mode: Mode, form: Format
) -> None:
    """Every chunk of the chunked body holds one byte, and each reaches the decoder on its own (the
    decoder alone, with 1 MB in 1-byte reads, is in tests/unit/test_sse.py)."""
    text = "é" * 40_000  # 80 KB
    body = _body(form, text)
    server = serve(_sending(form, lambda: _framed(body, 1)))
    outcome, cpu, _ = await _measured(serve, mode, server, form, traced=False)
    assert outcome.error is None, repr(outcome.error)
    assert _content(form, outcome.value[0]) == text
    assert cpu < 20, f"{cpu:.1f} s of CPU"  # ~1 s, the scripted server's framing included


def _endless(prefix: bytes, unit: bytes) -> Callable[[], Iterator[bytes]]:
    def pieces() -> Iterator[bytes]:
        if prefix:
            yield chunk(prefix)
        piece = chunk(unit * max(1, (256 * 1024) // len(unit)))
        while True:
            yield piece

    return pieces


# What never ends: (format, the bytes first, then repeated without end)
ENDLESS: dict[str, tuple[Format, bytes, bytes]] = {
    "sse line": ("sse", b'data: {"choices": "', b"x" * 1024),
    "sse event": ("sse", b"", b"data: " + b"x" * 1000 + b"\n"),
    "sse comments without a blank line": ("sse", b"", b": keep-alive" + b"." * 1000 + b"\n"),
    "ndjson line": ("ndjson", b'{"message": "', b"x" * 1024),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", ENDLESS)
async def test_what_never_ends_stops_at_the_limit_in_time_and_memory(
    serve: Callable[..., ScriptedServer], mode: Mode, case: str
) -> None:
    form, prefix, unit = ENDLESS[case]
    server = serve(_sending(form, _endless(prefix, unit)))
    outcome, cpu, peak = await _measured(serve, mode, server, form, traced=True)
    error = outcome.raised()
    assert isinstance(error, StreamDecodeError), repr(error)
    assert ("max_event_bytes" if form == "sse" else "max_line_bytes") in str(error)
    assert cpu < 20, f"{cpu:.1f} s of CPU"  # ~1 s (64 MiB through a socket); rescanning: 50 s
    # The item's buffer (64 MiB and its growth slack), one network read and the error's preview.
    assert peak < LIMIT / MiB * 1.3 + 8, f"peak {peak:.0f} MiB"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", FORMATS)
async def test_a_flood_of_keep_alives_costs_time_in_proportion_and_no_memory(
    serve: Callable[..., ScriptedServer], mode: Mode, form: Format
) -> None:
    """2 MB of comments (SSE) or 200 KB of blank lines (NDJSON), then the stream: every item arrives."""
    flood = b": keep-alive\n\n" * 150_000 if form == "sse" else b"\n" * 200_000
    body = flood + _body(form, "after the flood")
    server = serve(_sending(form, lambda: _framed(body, 64 * 1024)))
    outcome, cpu, peak = await _measured(serve, mode, server, form, traced=True)
    assert outcome.error is None, repr(outcome.error)
    assert [_content(form, item) for item in outcome.value] == ["after the flood"]
    assert cpu < 30, f"{cpu:.1f} s of CPU"  # ~1-4 s, traced
    assert peak < 8, f"peak {peak:.0f} MiB"
