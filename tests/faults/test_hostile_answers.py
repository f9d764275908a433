"""Answers no Ollama sends, and arguments HTTP cannot carry: a typed error at once, never a long wait.

- a ``Retry-After`` longer than the retry cap or the call's timeout is not waited for;
- a header value with a line break is refused before anything is sent (and never retried);
- a 200 whose gzip body is corrupt reports status 200;
- a gzip body that inflates without end costs no more memory than the limit, streamed or not;
- NaN and Infinity (which Go's encoder cannot write) are not taken as numbers.
"""

from __future__ import annotations

import gzip
import tracemalloc
from collections.abc import Callable

import pytest

from ollama_openapi.blobs import ASK_FIRST_ABOVE
from ollama_openapi.errors import (
    InvalidArgumentError,
    InvalidResponseError,
    ServiceUnavailableError,
    StreamDecodeError,
)

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, json_response, response

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]


def _unavailable(retry_after: str) -> Callable[[Conn, RawRequest], None]:
    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(json_response(503, {"error": "busy"}, Retry_After=retry_after))

    return script


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("retry_after", ["1000000000", "Fri, 31 Dec 9999 23:59:59 GMT", "120"])
async def test_a_retry_after_beyond_the_cap_is_not_waited_for(
    serve: Callable[..., ScriptedServer], mode: Mode, retry_after: str
) -> None:
    server = serve(_unavailable(retry_after))
    outcome = await run(mode, server.url, "version", timeout=None, max_retries=2)
    error = outcome.raised()
    assert isinstance(error, ServiceUnavailableError)
    assert error.retry_after is not None
    assert outcome.elapsed < 5
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_a_retry_after_beyond_the_call_s_timeout_is_not_waited_for(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    server = serve(_unavailable("30"))  # within the 60 s cap, beyond the 2 s timeout
    outcome = await run(mode, server.url, "version", timeout=2, max_retries=2)
    assert isinstance(outcome.raised(), ServiceUnavailableError)
    assert outcome.elapsed < 10  # waiting as asked would take 30 s
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_a_short_retry_after_is_honoured(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    server = serve(_unavailable("0"))
    outcome = await run(mode, server.url, "version", timeout=2, max_retries=2)
    assert isinstance(outcome.raised(), ServiceUnavailableError)
    assert len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["1\r\nX-Injected: yes", "a\nb", "nul\0byte"])
async def test_a_header_value_with_a_line_break_is_refused_before_sending(
    serve: Callable[..., ScriptedServer], mode: Mode, value: str
) -> None:
    server = serve(lambda conn, request: conn.send(json_response(200, {"version": "0.33.0"})))
    per_call = await run(
        mode, server.url, "", max_retries=2, call=lambda c: c.version(extra_headers={"X-A": value})
    )
    assert isinstance(per_call.raised(), InvalidArgumentError)
    client_wide = await run(mode, server.url, "version", max_retries=2, headers={"X-A": value})
    assert isinstance(client_wide.raised(), InvalidArgumentError)
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
async def test_a_corrupt_gzip_body_reports_its_status(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    body = gzip.compress(b'{"version": "0.33.0"}')[:-12] + b"garbage!!"
    server = serve(lambda conn, request: conn.send(response(200, body, Content_Encoding="gzip")))
    error = (await run(mode, server.url, "version")).raised()
    assert isinstance(error, InvalidResponseError)
    assert error.status_code == 200


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
async def test_non_finite_numbers_are_not_ollama_s(
    serve: Callable[..., ScriptedServer], mode: Mode, constant: str
) -> None:
    body = ('{"models": [{"name": "m", "size": ' + constant + "}]}").encode()
    server = serve(lambda conn, request: conn.send(response(200, body)))
    assert isinstance((await run(mode, server.url, "list")).raised(), InvalidResponseError)


@pytest.mark.parametrize("mode", MODES)
async def test_a_blob_upload_goes_ahead_when_the_server_cannot_say_whether_it_has_the_blob(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    def script(conn: Conn, request: RawRequest) -> None:
        status = 500 if request.method == "HEAD" else 201
        conn.send(response(status, b"" if status == 201 else b'{"error": "no"}'))

    server = serve(script)
    blob = b"blob bytes" + bytes(ASK_FIRST_ABOVE)  # large enough to be asked about first
    outcome = await run(mode, server.url, "", call=lambda client: client.create_blob(blob))
    assert outcome.error is None, outcome.error
    assert [request.method for request in server.requests] == ["HEAD", "POST"]
    assert server.requests[1].body_size == len(blob)
    assert blob.startswith(server.requests[1].body)  # the server keeps the first 64 KiB


_BOMB = gzip.compress(b"0" * (96 * 1024 * 1024), compresslevel=9)  # ~100 KB inflating to 96 MiB


@pytest.mark.parametrize("mode", MODES)
async def test_a_compressed_body_that_inflates_too_far_is_stopped_at_the_limit(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    server = serve(lambda conn, request: conn.send(response(200, _BOMB, Content_Encoding="gzip")))
    tracemalloc.start()
    try:
        outcome = await run(mode, server.url, "version", max_body_bytes=4 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = outcome.raised()
    assert isinstance(error, InvalidResponseError)
    assert "max_body_bytes" in str(error)
    assert error.status_code == 200
    assert peak < 40 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


@pytest.mark.parametrize("mode", MODES)
async def test_a_plain_body_beyond_the_limit_is_refused(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    body = b'{"version": "' + b"9" * 2_000_000 + b'"}'
    server = serve(lambda conn, request: conn.send(response(200, body)))
    error = (await run(mode, server.url, "version", max_body_bytes=1_000_000)).raised()
    assert isinstance(error, InvalidResponseError)
    fine = await run(mode, server.url, "version")  # the default limit (64 MiB) reads it
    assert fine.error is None


@pytest.mark.parametrize("mode", MODES)
async def test_a_compressed_stream_that_inflates_too_far_is_stopped_with_bounded_memory(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """One stream line of 96 MiB, gzipped: stopped at the 64 MiB line limit, and inflated in small
    steps on the way (httpx's own decoder inflates each network read at once, ~1000x its size, so the
    limit held but memory peaked far above it)."""
    server = serve(
        lambda conn, request: conn.send(
            response(200, _BOMB, content_type="application/x-ndjson", Content_Encoding="gzip")
        )
    )
    tracemalloc.start()
    try:
        outcome = await run(mode, server.url, "chat_stream")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = outcome.raised()
    assert isinstance(error, StreamDecodeError)
    assert "max_line_bytes" in str(error)
    # The line buffer (64 MiB and its growth slack) and one inflated step.
    assert peak < 96 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"
