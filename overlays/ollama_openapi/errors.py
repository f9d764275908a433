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
    │   ├── UnsupportedByServerError       server_checks="error": the server's release lacks what the
    │   │                                  call uses (fields: feature, since, removed, server_version)
    │   └── ModelfileError                 a Modelfile that cannot be parsed (fields: line, reason)
    ├── ClientClosedError                  the client was closed; make a new one
    ├── OllamaConnectionError              (also a builtin ConnectionError) server not reachable
    └── OllamaTimeoutError                 (also a builtin TimeoutError)

Warnings::

    UserWarning
    ├── ModelfileWarning                   a Modelfile line Ollama accepts but ignores
    └── OllamaCompatibilityWarning         the server's release lacks a field or value the call uses
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from ollama_openapi._redact import redact_headers, scrub, scrub_value

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
    "OllamaCompatibilityWarning",
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
    "StructuredOutputError",
    "UnsupportedByServerError",
]


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
        self.model = self.model_in(error)

    # Ollama says `model 'x' not found` or `model "x" not found, try pulling it first`.
    _PATTERN: Final = re.compile(r"""\bmodel\s+(?:(['"])(?P<quoted>.*?)\1|(?P<bare>\S+))\s+not\s+found""")

    @classmethod
    def model_in(cls, message: str) -> str | None:
        """The model name in a "model 'x' not found" message, else None."""
        match = cls._PATTERN.search(message)
        if match is None:
            return None
        return match.group("quoted") if match.group("quoted") is not None else match.group("bare")


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
        self.error = scrub(self.error, *secrets)
        self.args = (self.error,)
        if self.received and any(secret in json.dumps(self.received, default=str) for secret in secrets):
            self.received = [scrub_value(item, secrets) for item in self.received]


class StreamInBandError(StreamError):
    """The server reported an error inside a 200 stream with an ``{"error": ...}`` line."""


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


class StructuredOutputError(OllamaError, ValueError):
    """A structured answer (``client.structured``) that is not the JSON of the type asked for.

    Attributes:
        text: The model's raw answer text.
        error: Why it does not fit (the JSON error or the validation message).
        target: The name of the type asked for.
    """

    def __init__(self, error: str, *, text: str, target: str) -> None:
        super().__init__(error)
        self.error = error
        self.text = text
        self.target = target

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 200 else self.text[:197] + "..."
        return f"the answer is not a valid {self.target}: {self.error} (answer text: {shown!r})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(error={self.error!r}, target={self.target!r})"


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


class UnsupportedByServerError(InvalidArgumentError):
    """``Client(server_checks="error")``: the call uses a route, field, value or form of a field
    that the server's Ollama release does not have (or no longer has); raised before sending.

    Attributes:
        feature: What the call uses: a field path (``think``, ``messages[].thinking``), a value
            (``think="max"``), a form (``format as JsonSchema``) or a route (``POST /api/embed``).
        since: The first release that has it (``"0.9.0"``), or None.
        removed: The first release without it, or None.
        server_version: The server's release.
    """

    def __init__(
        self,
        message: str,
        *,
        feature: str,
        since: object = None,
        removed: object = None,
        server_version: object = None,
    ) -> None:
        super().__init__(message)
        self.feature = feature
        self.since = None if since is None else str(since)
        self.removed = None if removed is None else str(removed)
        self.server_version = None if server_version is None else str(server_version)


class OllamaCompatibilityWarning(UserWarning):
    """The server's Ollama release lacks (or no longer has) a field, value or form of a field the
    call uses, so the server ignores it. Given once per feature per client; the message names the
    feature, the release that added (or removed) it and the server's release."""


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
