"""Faults before any answer: nothing listens, the name does not resolve, TLS to a plain port, a hang-up.

Each case runs with both clients, streaming and not, and must end in `OllamaConnectionError` (never a
raw httpx or socket exception) naming what went wrong, within a few seconds. A hang-up before any
byte of an answer is retried (for requests safe to repeat); after a byte of one, never.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ollama_openapi.errors import OllamaConnectionError, OllamaError, OllamaTimeoutError

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, unused_port

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]

OPERATIONS = ("chat", "chat_stream", "list")


def _connection_error(error: BaseException | None, kind: str) -> OllamaConnectionError:
    assert isinstance(error, OllamaConnectionError), repr(error)
    assert error.kind == kind, (error.kind, str(error))
    assert error.__cause__ is None or isinstance(error.__cause__, OllamaError)
    return error


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_connection_refused(mode: Mode, operation: str) -> None:
    outcome = await run(mode, f"http://127.0.0.1:{unused_port()}", operation)
    error = _connection_error(outcome.error, "refused")
    assert "refused" in str(error)
    assert "OLLAMA_HOST" in str(error)  # tells how to fix it
    assert not error.request_sent
    assert outcome.elapsed < 5


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_dns_failure(mode: Mode, operation: str) -> None:
    outcome = await run(mode, "http://no-such-host.invalid:11434", operation, timeout=5.0)
    if isinstance(outcome.error, OllamaTimeoutError):  # a resolver that never answers: still typed
        assert outcome.error.kind == "connect"
        return
    error = _connection_error(outcome.error, "dns")
    assert "no-such-host.invalid" in str(error)
    assert "resolved" in str(error)
    assert outcome.elapsed < 10


def _plain_http_server(conn: Conn, request: RawRequest) -> None:
    """What a plain HTTP server answers to a TLS ClientHello."""
    conn.send(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_tls_to_plain_http_port(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    server = serve(_plain_http_server, read_request=False)
    outcome = await run(mode, f"https://127.0.0.1:{server.port}", operation, max_retries=2)
    error = _connection_error(outcome.error, "tls")
    assert "TLS" in str(error)
    assert server.connections == 1  # a configuration error: not retried
    assert outcome.elapsed < 5


def _hang_up(conn: Conn, request: RawRequest) -> None:
    """Read the request, then close without a byte of answer."""


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_server_closes_before_answering(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    server = serve(_hang_up)
    outcome = await run(mode, server.url, operation)
    error = _connection_error(outcome.error, "closed")
    assert server.url.removeprefix("http://") in str(error)
    assert outcome.elapsed < 5


@pytest.mark.parametrize("mode", MODES)
async def test_hang_up_is_retried_only_for_safe_operations(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """``list`` (GET) is repeated after a hang-up; the error after the last retry is still typed."""
    server = serve(_hang_up)
    outcome = await run(mode, server.url, "list", max_retries=2)
    _connection_error(outcome.error, "closed")
    assert server.connections == 3
    assert outcome.elapsed < 10


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "partial",
    [b"H", b"HTTP/1.1 200 OK", b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 200 OK\r\nContent-Type: applic"],
    ids=["one-byte", "status-line", "status-line-crlf", "half-a-header"],
)
async def test_a_hang_up_after_part_of_an_answer_is_not_retried(
    serve: Callable[..., ScriptedServer], mode: Mode, partial: bytes
) -> None:
    """httpx reports a partial status line and a silent close alike ("Server disconnected without
    sending a response"); the bytes counted at the socket tell them apart: the server saw the request."""
    server = serve(lambda conn, request: conn.send(partial))
    outcome = await run(mode, server.url, "list", max_retries=2)
    assert isinstance(outcome.error, OllamaConnectionError), repr(outcome.error)
    assert server.connections == 1
    assert outcome.elapsed < 5
