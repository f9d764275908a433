"""The exceptions raised by ``ollama_openapi``.

Every public method raises only subclasses of :class:`OllamaError`; transport, JSON and model errors
from the libraries underneath are translated here, so one ``except OllamaError`` catches everything.
Every exception class of the package is defined in this module.

Hierarchy::

    OllamaError
    ├── ResponseError                      HTTP status >= 300 (fields: status_code, error, body,
    │   │                                  signin_url, retry_after, headers)
    │   ├── RedirectError                  3xx, not followed (field: location, without credentials)
    │   ├── BadRequestError                400
    │   ├── AuthenticationError            401 (signin_url tells where to sign in)
    │   ├── PermissionDeniedError          403
    │   ├── NotFoundError                  404
    │   │   └── ModelNotFoundError         404 "model 'x' not found"
    │   ├── MethodNotAllowedError          405
    │   ├── RateLimitError                 429
    │   └── ServerError                    5xx
    │       ├── BadGatewayError            502
    │       ├── ServiceUnavailableError    503
    │       └── GatewayTimeoutError        504
    ├── StreamError                        a streamed body failed part-way (field: received)
    │   ├── StreamInBandError              the server sent an {"error": ...} line
    │   ├── StreamDecodeError              a line is not JSON
    │   └── StreamTruncatedError           the body ended before its final chunk
    ├── InvalidResponseError               a 2xx body that is empty or not the expected JSON
    ├── InvalidArgumentError               (also a ValueError) a bad argument, raised before sending
    │   ├── InvalidHostError               host= / OLLAMA_HOST (fields: value, problem)
    │   │   └── InvalidHostPortError       its port is not a number from 1 to 65535
    │   ├── InvalidImageError              images=
    │   ├── MissingApiKeyError             web_search / web_fetch without an API key (field: operation)
    │   └── ModelfileError                 a Modelfile that cannot be parsed (fields: line, reason)
    ├── ClientClosedError                  the client was closed; make a new one
    ├── OllamaConnectionError              (also a builtin ConnectionError) server not reachable
    └── OllamaTimeoutError                 (also a builtin TimeoutError)

Warnings::

    UserWarning
    └── ModelfileWarning                   a Modelfile line Ollama accepts but ignores
"""

from __future__ import annotations

import http
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from ._transport_errors import map_transport_error

__all__ = [
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ClientClosedError",
    "GatewayTimeoutError",
    "InvalidArgumentError",
    "InvalidHostError",
    "InvalidHostPortError",
    "InvalidImageError",
    "InvalidResponseError",
    "MethodNotAllowedError",
    "MissingApiKeyError",
    "ModelNotFoundError",
    "ModelfileError",
    "ModelfileWarning",
    "NotFoundError",
    "OllamaConnectionError",
    "OllamaError",
    "OllamaTimeoutError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "RequestError",
    "ResponseError",
    "ServerError",
    "ServiceUnavailableError",
    "StreamDecodeError",
    "StreamError",
    "StreamInBandError",
    "StreamTruncatedError",
    "map_transport_error",
    "redact_headers",
    "redact_url",
    "response_error_from",
]

# A proxy's HTML error page can be megabytes; the message keeps a readable prefix, `body` keeps it all.
_MAX_MESSAGE_CHARS: Final = 1000


def _restore(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    """Unpickle an exception without calling its (keyword-only) ``__init__``."""
    instance = cls.__new__(cls, *args)
    instance.args = args
    return instance


class OllamaError(Exception):
    """Base class of every exception raised by ``ollama_openapi``."""

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException pickles as cls(*args), which fails for our keyword-only constructors;
        # rebuild from args and restore the attribute dict instead.
        return (_restore, (type(self), self.args), dict(self.__dict__))


# ----------------------------------------------------------------------------------------------------
# HTTP status errors
# ----------------------------------------------------------------------------------------------------


class ResponseError(OllamaError):
    """The server answered with an HTTP error status.

    Attributes:
        error: The server's message (the ``error`` field of its JSON body, or the body text).
        status_code: The HTTP status code (any integer, also non-standard ones such as 499 or 520).
        signin_url: Where to sign in, sent by Ollama with 401 errors for cloud models.
        body: The raw response text, kept for bodies that are not JSON (an HTML page from a proxy).
        retry_after: The ``Retry-After`` header value, when the server sent one.
        headers: The response headers, names in lower case. Credentials are replaced by
            ``"[redacted]"``: the values of ``Authorization``, ``Proxy-Authorization``, ``Cookie``,
            ``Set-Cookie`` and ``X-API-Key``, and any value containing the client's secret.
    """

    def __init__(
        self,
        error: str,
        status_code: int = -1,
        *,
        signin_url: str | None = None,
        body: str | None = None,
        retry_after: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(error, status_code)
        self.error = error
        self.status_code = status_code
        self.signin_url = signin_url
        self.body = error if body is None else body
        self.retry_after = retry_after
        self.headers: dict[str, str] = redact_headers(headers)

    def __str__(self) -> str:
        message = f"{self.error} (status code: {self.status_code})"
        if self.signin_url:
            message += f"; sign in at {self.signin_url}"
        return message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(error={self.error!r}, status_code={self.status_code!r})"


class RedirectError(ResponseError):
    """HTTP 3xx: the server points elsewhere. Redirects are never followed: a generation must not be
    sent twice, and the client's credentials must not go to another address. Fix the host instead.

    Attributes:
        location: Where the server points (its ``Location`` header, credentials removed), or None.
    """

    def __init__(
        self,
        error: str,
        status_code: int = 302,
        *,
        signin_url: str | None = None,
        body: str | None = None,
        retry_after: str | None = None,
        headers: Mapping[str, str] | None = None,
        location: str | None = None,
    ) -> None:
        super().__init__(
            error, status_code, signin_url=signin_url, body=body, retry_after=retry_after, headers=headers
        )
        self.location = location


class BadRequestError(ResponseError):
    """HTTP 400: the request was invalid (bad JSON, unknown option type, unsupported feature...)."""


class AuthenticationError(ResponseError):
    """HTTP 401: not signed in / bad API key; ``signin_url`` tells where to sign in when Ollama sent one."""


class PermissionDeniedError(ResponseError):
    """HTTP 403: forbidden (cloud disabled, or the Host header was rejected by the server)."""


class NotFoundError(ResponseError):
    """HTTP 404: the model, blob or route does not exist."""


class ModelNotFoundError(NotFoundError):
    """HTTP 404 when the model does not exist; ``model`` is its name when the message contains it.

    Pull it first.
    """

    def __init__(
        self,
        error: str,
        status_code: int = 404,
        *,
        signin_url: str | None = None,
        body: str | None = None,
        retry_after: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            error, status_code, signin_url=signin_url, body=body, retry_after=retry_after, headers=headers
        )
        self.model = model_name_from_not_found(error)


class MethodNotAllowedError(ResponseError):
    """HTTP 405: the route exists but not with this method (often an Ollama too old for the endpoint)."""


class RateLimitError(ResponseError):
    """HTTP 429: too many requests (ollama.com); ``retry_after`` says when to try again if sent."""


class ServerError(ResponseError):
    """HTTP 5xx: the server failed."""


class BadGatewayError(ServerError):
    """HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the upstream server."""


class ServiceUnavailableError(ServerError):
    """HTTP 503: the server is busy (too many queued requests) or unavailable; retry later."""


class GatewayTimeoutError(ServerError):
    """HTTP 504: a proxy timed out waiting for the upstream server."""


_ERROR_CLASS_BY_STATUS: Final[Mapping[int, type[ResponseError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    429: RateLimitError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}

# Ollama says `model 'x' not found`, `model "x" not found, try pulling it first`, or `model "x" not found`.
_MODEL_NOT_FOUND: Final = re.compile(r"""\bmodel\s+(?:(['"])(?P<quoted>.*?)\1|(?P<bare>\S+))\s+not\s+found""")


def model_name_from_not_found(message: str) -> str | None:
    """Return the model name in a "model 'x' not found" message, else None."""
    match = _MODEL_NOT_FOUND.search(message)
    if match is None:
        return None
    return match.group("quoted") if match.group("quoted") is not None else match.group("bare")


def _error_class_for(status_code: int, message: str) -> type[ResponseError]:
    if status_code == 404 and _MODEL_NOT_FOUND.search(message):
        return ModelNotFoundError
    known = _ERROR_CLASS_BY_STATUS.get(status_code)
    if known is not None:
        return known
    if 500 <= status_code <= 599:
        return ServerError
    return ResponseError


def _reason_phrase(status_code: int) -> str:
    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return "HTTP error"


def _shorten(text: str) -> str:
    text = text.strip()
    if len(text) <= _MAX_MESSAGE_CHARS:
        return text
    return text[:_MAX_MESSAGE_CHARS] + "…"


def _message_from_json(document: Any) -> tuple[str | None, str | None]:
    """Extract (message, signin_url) from a decoded error body of any shape."""
    if isinstance(document, str):
        return document, None
    if not isinstance(document, dict):
        return None, None
    signin_url = document.get("signin_url")
    signin = signin_url if isinstance(signin_url, str) and signin_url else None
    error = document.get("error")
    if isinstance(error, str):
        return error, signin
    if isinstance(error, dict):
        # The OpenAI-compatible routes nest it: {"error": {"message": ..., "type": ...}}.
        nested = error.get("message")
        if isinstance(nested, str):
            return nested, signin
    if error is not None:
        return json.dumps(error, ensure_ascii=False), signin
    message = document.get("message")
    if isinstance(message, str):
        return message, signin
    return None, signin


def response_error_from(
    status_code: int,
    content: bytes,
    content_type: str | None = None,
    *,
    retry_after: str | None = None,
    location: str | None = None,
    headers: Mapping[str, str] | None = None,
    secrets: Iterable[str] = (),
) -> ResponseError:
    """Build the :class:`ResponseError` subclass matching an HTTP error response.

    Parses Ollama's ``{"error": ..., "signin_url": ...}`` body, falls back to the body text (or the
    reason phrase for an empty body), and never raises: any status code and any bytes are accepted.

    Args:
        status_code: The HTTP status of the response.
        content: The raw response body.
        content_type: The ``Content-Type`` header; JSON is also detected without it.
        retry_after: The ``Retry-After`` header, kept on the error for callers that back off.
        location: The ``Location`` header; a 3xx status becomes a :class:`RedirectError` naming it.
        headers: All response headers (any mapping, names in any case), kept on the error with
            credentials redacted. ``content_type``, ``retry_after`` and ``location`` are taken from
            them when not given.
        secrets: The client's credentials (API key, password); a header whose value contains one
            is redacted.
    """
    kept = redact_headers(headers, secrets)
    if headers is not None:
        raw = {name.lower(): value for name, value in headers.items()}
        content_type = raw.get("content-type") if content_type is None else content_type
        retry_after = raw.get("retry-after") if retry_after is None else retry_after
        location = raw.get("location") if location is None else location
    body = bytes(content).decode("utf-8", errors="replace")
    secrets = tuple(secrets)
    if secrets:
        # A proxy or server may echo the request's Authorization header back in its error page.
        body = _scrub(body, *secrets)
    if 300 <= status_code <= 399:
        return _redirect_error(status_code, body, location, retry_after, kept)
    stripped = body.strip()
    message: str | None = None
    signin_url: str | None = None
    looks_like_json = stripped[:1] in ("{", "[", '"') or "json" in (content_type or "").lower()
    if stripped and looks_like_json:
        try:
            document = json.loads(stripped)
        except (ValueError, RecursionError):
            document = None
        message, signin_url = _message_from_json(document)
    if not message:
        message = _shorten(stripped) if stripped else _reason_phrase(status_code)
    error_class = _error_class_for(status_code, message)
    return error_class(
        message, status_code, signin_url=signin_url, body=body, retry_after=retry_after, headers=kept
    )


def _redirect_error(
    status_code: int, body: str, location: str | None, retry_after: str | None, headers: dict[str, str]
) -> RedirectError:
    target = redact_url(location.strip()) if location and location.strip() else None
    where = f"to {target}" if target else "without saying where (no Location header)"
    message = (
        f"The server answered with a redirect ({status_code} {_reason_phrase(status_code)}) {where}. "
        "Redirects are not followed; point the client at the right address with host= or OLLAMA_HOST."
    )
    return RedirectError(
        message, status_code, body=body, retry_after=retry_after, headers=headers, location=target
    )


_REDACTED: Final = "[redacted]"
_CREDENTIAL_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)


def redact_headers(headers: Mapping[str, str] | None, secrets: Iterable[str] = ()) -> dict[str, str]:
    """Return ``headers`` as a dict with lower-case names and no credentials.

    The values of credential headers (``Authorization``, ``Proxy-Authorization``, ``Cookie``,
    ``Set-Cookie``, ``X-API-Key``) and any value containing one of ``secrets`` become
    ``"[redacted]"``; ``user:pass@`` and secret query values in URLs (a ``Location``) become ``***``.
    """
    if not headers:
        return {}
    needles = [secret for secret in secrets if secret]
    redacted: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        if key in _CREDENTIAL_HEADERS or any(needle in value for needle in needles):
            redacted[key] = _REDACTED
        else:
            redacted[key] = _SECRET_QUERY.sub(r"\1***", _USERINFO.sub(r"\g<scheme>***@", value))
    return redacted


# ----------------------------------------------------------------------------------------------------
# Streaming errors
# ----------------------------------------------------------------------------------------------------


class StreamError(OllamaError):
    """A streamed (NDJSON) response failed after it started.

    Attributes:
        error: What went wrong.
        received: The items decoded before the failure (raw JSON values, in order).
        status_code: The HTTP status the server attached to an in-band error, if any.
    """

    def __init__(
        self, error: str, *, received: list[Any] | None = None, status_code: int | None = None
    ) -> None:
        super().__init__(error)
        self.error = error
        self.received: list[Any] = [] if received is None else received
        self.status_code = status_code

    def __str__(self) -> str:
        if self.status_code is None:
            return self.error
        return f"{self.error} (status code: {self.status_code})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(error={self.error!r}, status_code={self.status_code!r}, "
            f"received=<{len(self.received)} items>)"
        )

    def scrub(self, secrets: Iterable[str]) -> None:
        """Remove the client's credentials wherever the server echoed them: message and items."""
        secrets = tuple(secret for secret in secrets if secret)
        if not secrets:
            return
        self.error = _scrub(self.error, *secrets)
        self.args = (self.error,)
        if self.received and any(secret in json.dumps(self.received, default=str) for secret in secrets):
            self.received = [_scrub_value(item, secrets) for item in self.received]


class StreamInBandError(StreamError):
    """The server reported an error inside a 200 stream with an ``{"error": ...}`` line."""


def _scrub_value(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return _scrub(value, *secrets)
    if isinstance(value, list):
        return [_scrub_value(item, secrets) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_value(item, secrets) for key, item in value.items()}
    return value


class StreamDecodeError(StreamError):
    """A line of the stream is not valid JSON (or is too long); ``line`` holds its first bytes."""

    def __init__(
        self,
        error: str,
        *,
        received: list[Any] | None = None,
        status_code: int | None = None,
        line: bytes = b"",
    ) -> None:
        super().__init__(error, received=received, status_code=status_code)
        self.line = line

    def scrub(self, secrets: Iterable[str]) -> None:
        """Remove the client's credentials from the message, the items and the line's preview."""
        secrets = tuple(secret for secret in secrets if secret)
        super().scrub(secrets)
        for secret in secrets:
            self.line = self.line.replace(secret.encode(), b"***")


class StreamTruncatedError(StreamError):
    """The stream ended (or the connection dropped) before its final chunk arrived."""


# ----------------------------------------------------------------------------------------------------
# Invalid success responses
# ----------------------------------------------------------------------------------------------------


class InvalidResponseError(OllamaError):
    """A 2xx response whose body is empty or not the JSON the endpoint promises.

    Attributes:
        error: What is wrong with the body.
        status_code: The HTTP status of the response.
        body: The raw response text.
    """

    def __init__(self, error: str, *, status_code: int, body: str) -> None:
        super().__init__(error)
        self.error = error
        self.status_code = status_code
        self.body = body

    def __str__(self) -> str:
        return f"{self.error} (status code: {self.status_code})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(error={self.error!r}, status_code={self.status_code!r})"


# ----------------------------------------------------------------------------------------------------
# Invalid arguments
# ----------------------------------------------------------------------------------------------------


class InvalidArgumentError(OllamaError, ValueError):
    """An argument given to a client method is invalid; raised before anything is sent.

    Also a ``ValueError``, and what the official client calls ``RequestError`` (an alias here).
    Subclasses: ``InvalidHostError`` (host= / OLLAMA_HOST), ``InvalidImageError`` (images=),
    ``MissingApiKeyError`` (no API key for web search or fetch) and ``ModelfileError`` (a Modelfile
    given to create).
    """

    @property
    def error(self) -> str:
        """The reason, as the official client's ``RequestError.error``."""
        return str(self.args[0]) if self.args else ""


RequestError = InvalidArgumentError
"""The official client's name for `InvalidArgumentError`."""


_USERINFO_IN_HOST: Final = re.compile(r"^((?:[^:/?#]*://)?)[^/?#]*@")


class InvalidHostError(InvalidArgumentError):
    """The ``host=`` argument or ``OLLAMA_HOST`` value cannot be turned into a server URL.

    Attributes:
        value: The offending value, with any ``user:pass@`` replaced by ``***@``.
        problem: What is wrong with it.
    """

    def __init__(self, problem: str, *, value: str) -> None:
        shown = _USERINFO_IN_HOST.sub(r"\1***@", value)
        super().__init__(f"Invalid Ollama host {shown!r} (from host= or OLLAMA_HOST): {problem}")
        self.value = shown
        self.problem = problem


class InvalidHostPortError(InvalidHostError):
    """The port in ``host=`` / ``OLLAMA_HOST`` is not a number from 1 to 65535."""


class InvalidImageError(InvalidArgumentError):
    """An image value is neither image bytes, an existing file, base64 text nor a base64 data URL."""


class MissingApiKeyError(InvalidArgumentError):
    """An operation that needs an ollama.com API key (web search, web fetch) was called by a client
    that has none; raised before anything is sent, as the official client's ``ValueError``.

    Its message starts as the official client's does ("Authorization header with Bearer token is
    required for web search") and then says how to give a key.

    Attributes:
        operation: What needed the key, e.g. ``"web search"``.
    """

    def __init__(self, operation: str) -> None:
        super().__init__(
            f"Authorization header with Bearer token is required for {operation}: set OLLAMA_API_KEY "
            "to an ollama.com API key (https://ollama.com/settings/keys), or give the client "
            "api_key=... or headers={'Authorization': 'Bearer ...'}"
        )
        self.operation = operation


class ModelfileError(InvalidArgumentError):
    """A Modelfile that cannot be parsed or turned into a create request (also a ``ValueError``).

    Attributes:
        line: The 1-based line number the problem was found on, or ``None`` when the problem
            concerns the Modelfile as a whole (for example a missing ``FROM``).
        reason: The problem, without the line number.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.line = line
        self.reason = message
        super().__init__(f"line {line}: {message}" if line is not None else message)


class ModelfileWarning(UserWarning):
    """Something in a Modelfile that Ollama accepts but ignores (e.g. a deprecated PARAMETER)."""


# ----------------------------------------------------------------------------------------------------
# Client state
# ----------------------------------------------------------------------------------------------------


class ClientClosedError(OllamaError):
    """The client was closed; make a new one. Raised by any call made after ``close()``."""

    def __init__(self, message: str = "The client was closed; make a new client to send requests.") -> None:
        super().__init__(message)


# ----------------------------------------------------------------------------------------------------
# Transport errors
# ----------------------------------------------------------------------------------------------------


class OllamaConnectionError(OllamaError, ConnectionError):
    """Ollama could not be reached, or the connection broke before a complete answer.

    Attributes:
        host: The server address, without credentials.
        reason: A short description of the failure.
        kind: ``"refused"``, ``"dns"``, ``"tls"``, ``"connect"``, ``"closed"``, ``"read"``, ``"write"``,
            ``"protocol"``, ``"url"`` or ``"other"``. The first three and ``"connect"`` mean that the
            request never reached the server, so repeating it is always safe.
    """

    def __init__(self, message: str, *, host: str = "", reason: str = "", kind: str = "other") -> None:
        super().__init__(message)
        self.host = host
        self.reason = reason
        self.kind = kind

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r}, kind={self.kind!r})"

    @property
    def request_sent(self) -> bool:
        """False when the failure happened before any byte of the request reached the server."""
        return self.kind not in _NOT_SENT_CONNECTION_KINDS


_NOT_SENT_CONNECTION_KINDS: Final = frozenset({"refused", "dns", "tls", "connect", "url"})


class OllamaTimeoutError(OllamaError, TimeoutError):
    """A request to Ollama timed out.

    Attributes:
        host: The server address, without credentials.
        kind: Which timeout fired: ``"connect"``, ``"read"``, ``"write"``, ``"pool"``, or None if unknown.
        timeout: The configured value of that timeout in seconds, when known.
    """

    def __init__(
        self, message: str, *, host: str = "", kind: str | None = None, timeout: float | None = None
    ) -> None:
        super().__init__(message)
        self.host = host
        self.kind = kind
        self.timeout = timeout

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r}, kind={self.kind!r}, timeout={self.timeout!r})"

    @property
    def request_sent(self) -> bool:
        """False for connect and pool timeouts: the request never left the client."""
        return self.kind not in ("connect", "pool")


_USERINFO: Final = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/@\s?#]*@")
_BEARER: Final = re.compile(r"(?i)(bearer\s+)[^\s'\"]+")
_SECRET_QUERY: Final = re.compile(
    r"(?i)([?&](?:key|api_key|apikey|token|access_token|signature|password)=)[^&#\s'\"]*"
)


def redact_url(url: str) -> str:
    """Return ``url`` without credentials: ``user:pass@`` becomes ``***@``, secret query values ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _scrub(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = _SECRET_QUERY.sub(r"\1***", "?" + parts.query)[1:] if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _scrub(text: str, *secrets: str) -> str:
    """Remove anything credential-like from free text (an exception message that may quote a URL)."""
    text = _USERINFO.sub(r"\g<scheme>***@", text)
    text = _BEARER.sub(r"\1***", text)
    text = _SECRET_QUERY.sub(r"\1***", text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _url_secrets(url: str) -> tuple[str, ...]:
    try:
        parts = urlsplit(url)
        return tuple(value for value in (parts.username, parts.password) if value and len(value) > 2)
    except ValueError:
        return ()


def __getattr__(name: str) -> Any:
    # map_transport_error needs httpx and ssl; import them on first use, not with the exceptions.
    if name == "map_transport_error":
        from ._transport_errors import map_transport_error

        globals()[name] = map_transport_error
        return map_transport_error
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
