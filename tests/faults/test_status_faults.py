"""Answers with an error status or an unusable body: Ollama's JSON errors, proxy pages, odd statuses.

Each case runs with both clients, streaming and not: the client raises its own typed error carrying the
status, the server's message and the raw body, and never a raw httpx or json exception.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ollama_openapi.errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    InvalidResponseError,
    ModelNotFoundError,
    RateLimitError,
    RedirectError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
    StreamDecodeError,
    StreamTruncatedError,
)

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, json_response, response

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]

OPERATIONS = ("chat", "chat_stream", "show", "pull_stream")

PROXY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
    b"</body>\r\n</html>\r\n" + b"<!-- padding -->\r\n" * 200
)


def answer(data: bytes) -> Callable[[Conn, RawRequest], None]:
    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(data)

    return script


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "message", "error_class"),
    [
        (400, "invalid options: temprature", BadRequestError),
        (404, "model 'm' not found", ModelNotFoundError),
        (500, "llama runner process has terminated: exit status 2", ServerError),
        (503, "server busy, please try again.  maximum pending requests exceeded", ServiceUnavailableError),
    ],
)
async def test_ollama_json_error(
    serve: Callable[..., ScriptedServer],
    mode: Mode,
    operation: str,
    status: int,
    message: str,
    error_class: type[ResponseError],
) -> None:
    server = serve(answer(json_response(status, {"error": message})))
    outcome = await run(mode, server.url, operation)
    error = outcome.raised()
    assert type(error) is error_class
    assert isinstance(error, ResponseError)
    assert (error.status_code, error.error) == (status, message)
    assert str(error) == f"{message} (status code: {status})"
    if isinstance(error, ModelNotFoundError):
        assert error.model == "m"


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_html_error_page_from_a_proxy(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    server = serve(answer(response(502, PROXY_PAGE, "text/html")))
    outcome = await run(mode, server.url, operation)
    error = outcome.raised()
    assert isinstance(error, BadGatewayError)
    assert error.status_code == 502
    assert "502 Bad Gateway" in error.error
    assert len(str(error)) < 1100  # the message keeps a readable prefix...
    assert error.body == PROXY_PAGE.decode()  # ...and the body keeps everything


@pytest.mark.parametrize("mode", MODES)
async def test_html_login_page_with_200(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    """A captive portal answering 200 with HTML: not JSON, said so, with the body kept."""
    page = b"<!DOCTYPE html><html><body>Please log in</body></html>"
    server = serve(answer(response(200, page, "text/html")))
    plain = await run(mode, server.url, "chat")
    error = plain.raised()
    assert isinstance(error, InvalidResponseError)
    assert "not valid JSON" in str(error)
    assert error.body == page.decode()
    streamed = await run(mode, server.url, "chat_stream")
    stream_error = streamed.raised()
    assert isinstance(stream_error, StreamTruncatedError)
    assert "Please log in" in str(stream_error)


@pytest.mark.parametrize("mode", MODES)
async def test_html_login_page_with_200_lines(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    page = b"<!DOCTYPE html>\n<html><body>Please log in</body></html>\n"
    server = serve(answer(response(200, page, "text/html")))
    streamed = await run(mode, server.url, "chat_stream")
    error = streamed.raised()
    assert isinstance(error, StreamDecodeError)
    assert error.line.startswith(b"<!DOCTYPE html>")


@pytest.mark.parametrize("mode", MODES)
async def test_empty_200(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    server = serve(answer(response(200, b"")))
    for operation in ("chat", "show", "list", "version"):
        error = (await run(mode, server.url, operation)).raised()
        assert isinstance(error, InvalidResponseError), operation
        assert "empty response" in str(error)
    for operation in ("chat_stream", "pull_stream"):
        outcome = await run(mode, server.url, operation)
        stream_error = outcome.raised()
        assert isinstance(stream_error, StreamTruncatedError), operation
        assert stream_error.received == []
        assert "before its final chunk" in str(stream_error)


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "body", "error_class", "message"),
    [
        (499, b"", ResponseError, "HTTP error"),
        (499, b"client closed request", ResponseError, "client closed request"),
        (520, b"", ServerError, "HTTP error"),
        (520, b'{"error": "web server returned an unknown error"}', ServerError, "web server returned"),
        (418, b"[1, 2]", ResponseError, "[1, 2]"),
        (500, b'"just a string"', ServerError, "just a string"),
        (500, b'{"error": {"message": "nested", "type": "api_error"}}', ServerError, "nested"),
        (500, b"\xff\xfe not utf-8", ServerError, "not utf-8"),
    ],
)
async def test_unusual_statuses_and_bodies(
    serve: Callable[..., ScriptedServer],
    mode: Mode,
    operation: str,
    status: int,
    body: bytes,
    error_class: type[ResponseError],
    message: str,
) -> None:
    server = serve(answer(response(status, body, "text/plain")))
    error = (await run(mode, server.url, operation)).raised()
    assert type(error) is error_class
    assert isinstance(error, ResponseError)
    assert error.status_code == status
    assert message in error.error


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_401_with_signin_url(serve: Callable[..., ScriptedServer], mode: Mode, operation: str) -> None:
    url = "https://ollama.com/connect?name=host&key=c3NoLWVkMjU1MTk"
    server = serve(answer(json_response(401, {"error": "unauthorized", "signin_url": url})))
    error = (await run(mode, server.url, operation)).raised()
    assert isinstance(error, AuthenticationError)
    assert error.signin_url == url
    assert url in str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_429_keeps_retry_after(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    server = serve(answer(json_response(429, {"error": "too many requests"}, retry_after="7")))
    error = (await run(mode, server.url, "chat")).raised()
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_redirect_is_not_followed_and_named(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str, status: int
) -> None:
    """A redirect means the address is wrong (http to https, a moved proxy path): say where it points.

    It is not followed: a POST may not be resent, and the client's credentials must not go elsewhere.
    """
    location = "https://user:secret@ollama.example.com/api/chat"
    server = serve(answer(response(status, b"", "text/html", location=location)))
    outcome = await run(mode, server.url, operation, max_retries=2)
    error = outcome.raised()
    assert isinstance(error, RedirectError)
    assert error.status_code == status
    assert error.location == "https://***@ollama.example.com/api/chat"
    assert "https://***@ollama.example.com/api/chat" in str(error)
    assert "secret" not in str(error) + repr(error)
    assert "host=" in str(error)
    assert len(server.requests) == 1
