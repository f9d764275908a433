"""Tests for the exception hierarchy, HTTP error parsing and transport error mapping."""

from __future__ import annotations

import pickle
import ssl
from typing import Any

import httpx
import pytest

from ollama_openapi._http.error_answers import response_error_from
from ollama_openapi._http.error_mapping import map_transport_error
from ollama_openapi._redact import redact_headers, redact_url
from ollama_openapi.errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ClientClosedError,
    GatewayTimeoutError,
    InvalidArgumentError,
    InvalidHostError,
    InvalidHostPortError,
    InvalidImageError,
    InvalidResponseError,
    MethodNotAllowedError,
    MissingApiKeyError,
    ModelfileError,
    ModelfileWarning,
    ModelNotFoundError,
    NotFoundError,
    OllamaConnectionError,
    OllamaError,
    OllamaTimeoutError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
    StreamDecodeError,
    StreamError,
    StreamInBandError,
    StreamTruncatedError,
)

BASE = "http://127.0.0.1:11434"


def _request(timeouts: dict[str, float] | None = None) -> httpx.Request:
    extensions: dict[str, Any] = {"timeout": timeouts} if timeouts is not None else {}
    return httpx.Request("POST", f"{BASE}/api/chat", extensions=extensions)


# ---------------------------------------------------------------------------------------------------
# response_error_from
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (409, ResponseError),
        (429, RateLimitError),
        (499, ResponseError),
        (500, ServerError),
        (502, BadGatewayError),
        (503, ServiceUnavailableError),
        (504, GatewayTimeoutError),
        (520, ServerError),
        (599, ServerError),
        (600, ResponseError),
    ],
)
def test_status_maps_to_class(status: int, expected: type[ResponseError]) -> None:
    error = response_error_from(status, b'{"error": "boom"}', "application/json")
    assert type(error) is expected
    assert error.status_code == status
    assert error.error == "boom"
    assert str(error) == f"boom (status code: {status})"


def test_redirect_status_is_a_response_error() -> None:
    error = response_error_from(302, b"", None)
    assert isinstance(error, ResponseError)
    assert error.status_code == 302


def test_model_not_found_single_quotes() -> None:
    error = response_error_from(404, b'{"error":"model \'llama9\' not found"}', "application/json")
    assert type(error) is ModelNotFoundError
    assert isinstance(error, NotFoundError)
    assert error.model == "llama9"
    assert str(error) == "model 'llama9' not found (status code: 404)"


def test_model_not_found_double_quotes_with_hint() -> None:
    body = b'{"error":"model \\"qwen3:8b\\" not found, try pulling it first"}'
    error = response_error_from(404, body, "application/json; charset=utf-8")
    assert isinstance(error, ModelNotFoundError)
    assert error.model == "qwen3:8b"


def test_other_404_is_plain_not_found() -> None:
    error = response_error_from(404, b"404 page not found", "text/plain")
    assert type(error) is NotFoundError
    assert error.error == "404 page not found"


def test_signin_url_kept() -> None:
    body = b'{"error":"unauthorized","signin_url":"https://ollama.com/connect?name=h&key=k"}'
    error = response_error_from(401, body, "application/json")
    assert isinstance(error, AuthenticationError)
    assert error.signin_url == "https://ollama.com/connect?name=h&key=k"
    assert "https://ollama.com/connect" in str(error)


def test_html_body_kept_raw_and_message_shortened() -> None:
    html = "<html><body>" + "x" * 5000 + "</body></html>"
    error = response_error_from(502, html.encode(), "text/html")
    assert isinstance(error, BadGatewayError)
    assert error.body == html
    assert len(error.error) <= 1001
    assert error.error.startswith("<html>")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "Service Unavailable"),
        (b"   \n", "Service Unavailable"),
        (b'"just a string"', "just a string"),
        (b"[1, 2]", "[1, 2]"),
        (b"null", "null"),
        (b"42", "42"),
        (b"{}", "{}"),
        (b'{"error": null}', '{"error": null}'),
        (b'{"error": ""}', '{"error": ""}'),
        (b'{"error": {"message": "nested", "type": "api_error"}}', "nested"),
        (b'{"error": {"code": 7}}', '{"code": 7}'),
        (b'{"error": ["a"]}', '["a"]'),
        (b'{"message": "alt"}', "alt"),
        (b'{"error": "trunc', '{"error": "trunc'),
    ],
)
def test_odd_bodies_never_raise(body: bytes, message: str) -> None:
    error = response_error_from(503, body, "application/json")
    assert isinstance(error, ServiceUnavailableError)
    assert error.error == message


def test_invalid_utf8_body() -> None:
    error = response_error_from(500, b"\xff\xfe bad \xc3", None)
    assert "bad" in error.error
    assert "\ufffd" in error.body


def test_deeply_nested_json_body() -> None:
    error = response_error_from(500, b"[" * 100_000, "application/json")
    assert isinstance(error, ServerError)


def test_unknown_status_reason_phrase() -> None:
    assert response_error_from(499, b"", None).error == "HTTP error"
    assert response_error_from(403, b"", None).error == "Forbidden"


def test_retry_after_kept() -> None:
    error = response_error_from(429, b'{"error":"slow down"}', None, retry_after="3")
    assert isinstance(error, RateLimitError)
    assert error.retry_after == "3"


def test_response_error_compatible_constructor() -> None:
    error = ResponseError("oops")
    assert error.status_code == -1
    assert error.body == "oops"
    assert str(error) == "oops (status code: -1)"


@pytest.mark.parametrize(
    "error",
    [
        response_error_from(404, b'{"error":"model \'x\' not found"}', None),
        response_error_from(401, b'{"error":"unauthorized","signin_url":"https://s"}', None, retry_after="1"),
        response_error_from(520, b"<html/>", "text/html"),
        InvalidResponseError("empty", status_code=200, body=""),
        StreamInBandError("failed", received=[{"a": 1}], status_code=500),
        StreamDecodeError("bad line", received=[], line=b"<html>"),
        StreamTruncatedError("ended", received=[1, 2]),
        OllamaConnectionError("down", host=BASE, reason="refused", kind="refused"),
        OllamaTimeoutError("slow", host=BASE, kind="read", timeout=5.0),
        response_error_from(503, b"busy", None, headers={"Retry-After": "2", "Set-Cookie": "s=1"}),
        response_error_from(307, b"", None, headers={"Location": "http://elsewhere:1/"}),
        ClientClosedError(),
        InvalidHostError("bad port", value="http://u:p@h:x"),
        InvalidHostPortError("port 0", value="h:0"),
        InvalidImageError("no such file"),
        MissingApiKeyError("web search"),
        ModelfileError("unknown parameter 'x'", line=3),
    ],
)
def test_pickle_roundtrip(error: OllamaError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert repr(copy) == repr(error)
    assert copy.__dict__ == error.__dict__


def test_reprs_are_informative() -> None:
    assert repr(ResponseError("m", 404)) == "ResponseError(error='m', status_code=404)"
    assert "received=<3 items>" in repr(StreamTruncatedError("e", received=[1, 2, 3]))


def test_stream_error_str() -> None:
    assert str(StreamInBandError("bad", status_code=500)) == "bad (status code: 500)"
    assert str(StreamTruncatedError("ended")) == "ended"
    assert StreamTruncatedError("ended").received == []
    assert issubclass(StreamInBandError, StreamError)


def test_builtin_bases() -> None:
    assert issubclass(OllamaConnectionError, ConnectionError)
    assert issubclass(OllamaTimeoutError, TimeoutError)
    assert issubclass(OllamaConnectionError, OllamaError)
    assert issubclass(ResponseError, OllamaError)


# ---------------------------------------------------------------------------------------------------
# map_transport_error
# ---------------------------------------------------------------------------------------------------


def test_connection_refused() -> None:
    error = map_transport_error(httpx.ConnectError("[Errno 111] Connection refused"), BASE)
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "refused"
    assert not error.request_sent
    text = str(error)
    assert BASE in text
    assert "ollama serve" in text
    assert "OLLAMA_HOST" in text


def test_connection_refused_detected_from_cause() -> None:
    exc = httpx.ConnectError("All connection attempts failed")
    exc.__cause__ = ConnectionRefusedError(61, "refused")
    assert map_transport_error(exc, BASE).kind == "refused"  # type: ignore[attr-defined]


def test_dns_failure() -> None:
    error = map_transport_error(httpx.ConnectError("[Errno -2] Name or service not known"), "http://nohost:1")
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "dns"
    assert "could not be resolved" in str(error)


def test_tls_failure() -> None:
    exc = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    error = map_transport_error(exc, "https://example.com:443")
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "tls"
    assert "TLS" in str(error)


def test_tls_failure_from_ssl_cause() -> None:
    exc = httpx.ConnectError("handshake")
    exc.__context__ = ssl.SSLError(1, "wrong version")
    assert map_transport_error(exc, BASE).kind == "tls"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("exc_type", "kind", "sent"),
    [
        (httpx.ConnectTimeout, "connect", False),
        (httpx.ReadTimeout, "read", True),
        (httpx.WriteTimeout, "write", True),
        (httpx.PoolTimeout, "pool", False),
    ],
)
def test_timeouts(exc_type: type[httpx.TimeoutException], kind: str, sent: bool) -> None:
    timeouts = {"connect": 1.5, "read": 30.0, "write": 2.0, "pool": 4.0}
    error = map_transport_error(exc_type("timed out", request=_request(timeouts)), BASE)
    assert isinstance(error, OllamaTimeoutError)
    assert isinstance(error, TimeoutError)
    assert error.kind == kind
    assert error.timeout == timeouts[kind]
    assert error.request_sent is sent
    assert f"{kind} timeout: {timeouts[kind]:g} s" in str(error)


def test_timeout_without_request() -> None:
    error = map_transport_error(httpx.ReadTimeout("timed out"), BASE)
    assert isinstance(error, OllamaTimeoutError)
    assert error.timeout is None
    assert "read timeout" in str(error)


def test_builtin_timeout_error() -> None:
    error = map_transport_error(TimeoutError("slow"), BASE)
    assert isinstance(error, OllamaTimeoutError)
    assert error.kind is None


def test_remote_protocol_error_is_connection_error() -> None:
    exc = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    error = map_transport_error(exc, BASE)
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "closed"
    assert error.request_sent


def test_broken_stream_becomes_truncated() -> None:
    received = [{"response": "a"}]
    exc = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
    error = map_transport_error(exc, BASE, received=received)
    assert isinstance(error, StreamTruncatedError)
    assert error.received is received


def test_read_and_write_errors() -> None:
    read = map_transport_error(httpx.ReadError("reset"), BASE)
    write = map_transport_error(httpx.WriteError("broken pipe"), BASE)
    assert isinstance(read, OllamaConnectionError)
    assert read.kind == "read"
    assert isinstance(write, OllamaConnectionError)
    assert write.kind == "write"


def test_unsupported_protocol() -> None:
    exc = httpx.UnsupportedProtocol("Request URL has an unsupported protocol 'ftp://'.")
    error = map_transport_error(exc, "ftp://example.com")
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "url"


def test_status_error_is_response_error() -> None:
    request = _request()
    response = httpx.Response(503, json={"error": "server busy"}, request=request)
    exc = httpx.HTTPStatusError("503", request=request, response=response)
    error = map_transport_error(exc, BASE)
    assert isinstance(error, ServiceUnavailableError)
    assert error.error == "server busy"


def test_decoding_and_redirect_errors() -> None:
    assert isinstance(map_transport_error(httpx.DecodingError("bad gzip"), BASE), InvalidResponseError)
    redirects = map_transport_error(httpx.TooManyRedirects("loop"), BASE)
    assert type(redirects) is OllamaError


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "refused"),
        (ConnectionResetError(104, "Connection reset"), "closed"),
        (ssl.SSLError(1, "bad"), "tls"),
        (OSError(5, "I/O error"), "other"),
    ],
)
def test_os_errors(exc: OSError, kind: str) -> None:
    error = map_transport_error(exc, BASE)
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == kind


def test_credentials_never_leak() -> None:
    url = "https://alice:hunter22@example.com:443/ollama?key=abc123"
    exc = httpx.InvalidURL(f"Invalid URL {url} with Bearer sk-livetoken")
    error = map_transport_error(exc, url)
    text = str(error) + repr(error) + error.host  # type: ignore[attr-defined]
    for secret in ("hunter22", "alice", "abc123", "sk-livetoken"):
        assert secret not in text
    assert "example.com" in text


def test_redact_url() -> None:
    assert redact_url("http://u:p@h:1/x") == "http://***@h:1/x"
    assert redact_url("https://h/p?token=t&a=1") == "https://h/p?token=***&a=1"
    assert redact_url("http://127.0.0.1:11434") == "http://127.0.0.1:11434"
    assert redact_url("http://[::1") == "http://[::1"


# ---------------------------------------------------------------------------------------------------
# Real sockets: the exceptions httpx actually raises map as expected
# ---------------------------------------------------------------------------------------------------


def test_real_connection_refused() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(httpx.ConnectError) as caught:
        httpx.get(url, timeout=5)
    error = map_transport_error(caught.value, url)
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "refused"
    assert url in str(error)


def test_real_read_timeout() -> None:
    import socket

    # The kernel completes the handshake for a listening socket, but nobody ever answers.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        with pytest.raises(httpx.ReadTimeout) as caught:
            httpx.get(url, timeout=httpx.Timeout(5.0, read=0.2))
    error = map_transport_error(caught.value, url)
    assert isinstance(error, OllamaTimeoutError)
    assert error.kind == "read"
    assert error.timeout == pytest.approx(0.2)
    assert "read timeout: 0.2 s" in str(error)


# ---------------------------------------------------------------------------------------------------
# Response headers
# ---------------------------------------------------------------------------------------------------


def test_response_error_keeps_headers_with_lower_case_names() -> None:
    headers = {"Content-Type": "application/json", "X-Request-Id": "abc", "Retry-After": "4"}
    error = response_error_from(429, b'{"error":"slow down"}', headers=headers)
    assert error.headers == {"content-type": "application/json", "x-request-id": "abc", "retry-after": "4"}
    assert error.retry_after == "4"  # taken from the headers when not given


def test_httpx_headers_are_accepted() -> None:
    headers = httpx.Headers([("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("Server", "nginx")])
    error = response_error_from(502, b"<html/>", headers=headers)
    assert error.headers == {"set-cookie": "[redacted]", "server": "nginx"}


def test_credential_headers_are_redacted() -> None:
    sent = {
        "Authorization": "Bearer sk-1",
        "Proxy-Authorization": "Basic dTpw",
        "Cookie": "session=s3cret",
        "Set-Cookie": "session=s3cret; HttpOnly",
        "X-API-Key": "k3y",
        "X-Echo": "my key is sk-configured-secret, see",
        "Location": "https://alice:hunter22@example.com/x?token=t0k&a=1",
        "WWW-Authenticate": 'Bearer realm="ollama"',
    }
    error = response_error_from(401, b"{}", headers=sent, secrets=("sk-configured-secret", ""))
    assert error.headers == {
        "authorization": "[redacted]",
        "proxy-authorization": "[redacted]",
        "cookie": "[redacted]",
        "set-cookie": "[redacted]",
        "x-api-key": "[redacted]",
        "x-echo": "[redacted]",
        "location": "https://***@example.com/x?token=***&a=1",
        "www-authenticate": 'Bearer realm="ollama"',
    }
    text = repr(error) + str(error) + repr(error.__dict__) + repr(pickle.loads(pickle.dumps(error)).__dict__)
    for secret in ("sk-1", "dTpw", "s3cret", "k3y", "sk-configured-secret", "hunter22", "t0k"):
        assert secret not in text


def test_headers_given_to_the_constructor_are_redacted_too() -> None:
    error = ResponseError("no", 401, headers={"Authorization": "Bearer x"})
    assert error.headers == {"authorization": "[redacted]"}
    assert ResponseError("no", 500).headers == {}
    assert redact_headers(None) == {}


def test_redirect_location_from_headers() -> None:
    error = response_error_from(301, b"", headers={"Location": "http://u:pw@new:1/"})
    assert isinstance(error, RedirectError)
    assert error.location == "http://***@new:1/"
    assert error.headers == {"location": "http://***@new:1/"}


def test_explicit_arguments_win_over_headers() -> None:
    error = response_error_from(
        503, b"busy", "text/plain", retry_after="9", headers={"Retry-After": "1", "Content-Type": "x"}
    )
    assert error.retry_after == "9"
    assert error.headers["retry-after"] == "1"


# ---------------------------------------------------------------------------------------------------
# One module for every exception class
# ---------------------------------------------------------------------------------------------------


def test_every_exception_class_is_defined_and_exported_by_errors() -> None:
    import ollama_openapi
    from ollama_openapi import errors
    from ollama_openapi._host import InvalidHostError as HostModuleError
    from ollama_openapi._images import InvalidImageError as ImagesModuleError
    from ollama_openapi.compat import ModelfileError as CompatModelfileError
    from ollama_openapi.compat._modelfile_errors import ModelfileWarning as OldModelfileWarning

    assert HostModuleError is InvalidHostError
    assert ImagesModuleError is InvalidImageError
    assert CompatModelfileError is ModelfileError
    assert OldModelfileWarning is ModelfileWarning
    assert ollama_openapi.ClientClosedError is ClientClosedError
    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert value.__module__ == "ollama_openapi.errors", name


def test_moved_argument_errors_are_value_errors_in_the_hierarchy() -> None:
    moved = (InvalidHostError, InvalidHostPortError, InvalidImageError, MissingApiKeyError, ModelfileError)
    for cls in moved:
        assert issubclass(cls, InvalidArgumentError)
        assert issubclass(cls, ValueError)
    error = ModelfileError("no FROM")
    assert (str(error), error.line, error.reason) == ("no FROM", None, "no FROM")
    assert str(ModelfileError("bad", line=2)) == "line 2: bad"
    assert issubclass(ModelfileWarning, UserWarning)


def test_client_closed_error() -> None:
    error = ClientClosedError()
    assert isinstance(error, OllamaError)
    assert "make a new" in str(error)
