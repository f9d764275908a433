"""Translation of httpx, socket and TLS exceptions into :mod:`ollama_openapi.errors` classes.

Kept apart from ``errors`` so that importing the exception classes does not import httpx or ssl;
``ollama_openapi.errors.map_transport_error`` still resolves here on first use.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any, Final

import httpx

from ollama_openapi._http.error_answers import response_error_from
from ollama_openapi._http.proxy import Proxy
from ollama_openapi._redact import redact_url
from ollama_openapi._redact import scrub as _scrub
from ollama_openapi._redact import url_secrets as _url_secrets
from ollama_openapi.errors import (
    InvalidResponseError,
    OllamaConnectionError,
    OllamaError,
    OllamaTimeoutError,
    StreamTruncatedError,
)

__all__ = ["map_transport_error"]

_FIX_HINT: Final = (
    "Is the Ollama server running (start it with `ollama serve` or the desktop app)? "
    "If it runs elsewhere, set OLLAMA_HOST or pass host= to the client."
)


def _configured_timeout(exc: httpx.HTTPError, kind: str) -> float | None:
    try:
        request = exc.request
    except RuntimeError:  # httpx raises this when the exception was built without a request
        return None
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        value = timeouts.get(kind)
        if isinstance(value, (int, float)):
            return float(value)
    return None


_TIMEOUT_KINDS: Final[tuple[tuple[type[httpx.TimeoutException], str], ...]] = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.ReadTimeout, "read"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
)

_TIMEOUT_ADVICE: Final[Mapping[str | None, str]] = {
    "connect": "connecting to Ollama",
    "read": "waiting for Ollama's response (the model may still be loading or generating)",
    "write": "sending the request to Ollama",
    "pool": "waiting for a free connection from the pool (too many concurrent requests)",
    None: "talking to Ollama",
}


def _timeout_error(
    exc: BaseException, host: str, kind: str | None, proxy: Proxy | None = None
) -> OllamaTimeoutError:
    value = _configured_timeout(exc, kind) if isinstance(exc, httpx.HTTPError) and kind else None
    label = f"{kind} timeout" if kind else "timeout"
    setting = f" ({label}: {value:g} s)" if value is not None else f" ({label})"
    doing = f"{_TIMEOUT_ADVICE[kind]} at {host}"
    if proxy is not None and kind == "connect":
        doing = f"connecting to {proxy.describe()}, on the way to Ollama at {host}"
    message = (
        f"Timed out {doing}{setting}. Raise the limit with the client's timeout= option if this is expected."
    )
    return OllamaTimeoutError(message, host=host, kind=kind, timeout=value)


_DNS_MARKERS: Final = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
)


def _connect_failure_kind(exc: BaseException, text: str) -> str:
    lowered = text.lower()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(isinstance(item, ssl.SSLError) for item in chain) or "ssl" in lowered or "certificate" in lowered:
        return "tls"
    if any(isinstance(item, ConnectionRefusedError) for item in chain) or "refused" in lowered:
        return "refused"
    if (
        any(marker in lowered for marker in _DNS_MARKERS)
        or "[errno -2]" in lowered
        or "[errno 11001]" in lowered
    ):
        return "dns"
    return "connect"


_CONNECT_REASONS: Final[Mapping[str, str]] = {
    "refused": "the connection was refused",
    "dns": "the host name could not be resolved",
    "tls": "the TLS/SSL handshake failed",
    "connect": "the connection could not be established",
}


def _connection_error(host: str, kind: str, detail: str) -> OllamaConnectionError:
    if kind in _CONNECT_REASONS:
        reason = _CONNECT_REASONS[kind]
        hint = (
            "Check the certificate settings (verify=) and whether the server speaks https."
            if kind == "tls"
            else _FIX_HINT
        )
        message = f"Could not connect to Ollama at {host}: {reason} ({detail}). {hint}"
    elif kind == "url":
        reason = "the server address is not a valid http(s) URL"
        message = f"Cannot send a request to {host}: {reason} ({detail}). Check OLLAMA_HOST or host=."
    else:
        reason = "the connection to Ollama broke"
        message = f"The connection to Ollama at {host} broke before the response was complete ({detail})."
    return OllamaConnectionError(message, host=host, reason=reason, kind=kind)


def _proxy_error(host: str, proxy: Proxy, exc: httpx.HTTPError, detail: str) -> OllamaConnectionError:
    if isinstance(exc, httpx.ProxyError):
        kind, reason = "connect", "the proxy would not connect to Ollama"
    else:
        kind = _connect_failure_kind(exc, detail)
        reason = f"could not reach {proxy.describe()}"
    message = (
        f"Could not connect to Ollama at {host} through {proxy.describe()}: {reason} ({detail}). "
        "Check that the proxy runs and reaches the server, or keep the server off the proxy with "
        "NO_PROXY (or the client's trust_env=False)."
    )
    return OllamaConnectionError(message, host=host, reason=reason, kind=kind)


def map_transport_error(
    exc: httpx.HTTPError | httpx.InvalidURL | OSError,
    base_url: str,
    *,
    received: list[Any] | None = None,
    status_code: int | None = None,
    proxy: Proxy | None = None,
) -> OllamaError:
    """Translate an httpx (or socket) exception into the matching :class:`OllamaError`.

    Args:
        exc: The exception raised while sending the request or reading the response.
        base_url: The server address, used in messages after its credentials are removed.
        received: For a stream, the items decoded so far; a connection that breaks mid-stream then
            becomes a :class:`StreamTruncatedError` carrying them.
        status_code: The status of the answer whose body failed, when its headers had arrived.
        proxy: The proxy the request went through: a failure to reach it says so.

    Returns:
        The exception to raise (``raise map_transport_error(e, url) from e``); it never contains secrets.
    """
    host = redact_url(base_url)
    secrets = (*_url_secrets(base_url), proxy.secret) if proxy is not None else _url_secrets(base_url)
    detail = _scrub(str(exc) or type(exc).__name__, *secrets)

    if isinstance(exc, httpx.TimeoutException):
        kind = next((name for cls, name in _TIMEOUT_KINDS if isinstance(exc, cls)), None)
        return _timeout_error(exc, host, kind, proxy)
    if proxy is not None and isinstance(exc, (httpx.ConnectError, httpx.ProxyError)):
        return _proxy_error(host, proxy, exc, detail)
    if isinstance(exc, TimeoutError):
        return _timeout_error(exc, host, None)
    if isinstance(exc, httpx.ConnectError):
        return _connection_error(host, _connect_failure_kind(exc, detail), detail)
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return _connection_error(host, "url", detail)
    if isinstance(exc, httpx.HTTPStatusError):
        try:
            content = exc.response.content
        except httpx.ResponseNotRead:
            content = b""
        return response_error_from(
            exc.response.status_code, content, exc.response.headers.get("content-type")
        )
    if isinstance(exc, httpx.DecodingError):
        return InvalidResponseError(
            f"Could not decode the response body (its Content-Encoding is broken): {detail}",
            status_code=status_code or 0,
            body="",
        )
    if isinstance(exc, httpx.TooManyRedirects):
        return OllamaError(f"Too many redirects while talking to Ollama at {host}: {detail}")

    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        kind = "closed" if isinstance(exc, httpx.RemoteProtocolError) else "read"
    elif isinstance(exc, httpx.WriteError):
        kind = "write"
    elif isinstance(exc, httpx.ProtocolError):
        kind = "protocol"
    elif isinstance(exc, ConnectionRefusedError):
        return _connection_error(host, "refused", detail)
    elif isinstance(exc, ConnectionError):
        kind = "closed"
    elif isinstance(exc, ssl.SSLError):
        return _connection_error(host, "tls", detail)
    else:
        kind = "other"

    if received is not None and kind in ("closed", "read", "protocol"):
        return StreamTruncatedError(
            f"The connection to Ollama at {host} broke in the middle of the stream ({detail}).",
            received=received,
        )
    return _connection_error(host, kind, detail)
