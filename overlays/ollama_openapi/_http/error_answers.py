"""The `ResponseError` for an HTTP error answer: its class by status, its message from any body."""

from __future__ import annotations

import http
import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

from ollama_openapi._redact import redact_headers, redact_url, scrub
from ollama_openapi.errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    GatewayTimeoutError,
    MethodNotAllowedError,
    ModelNotFoundError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
)

__all__ = ["response_error_from"]

# A proxy's HTML error page can be megabytes; the message keeps a readable prefix, `body` keeps it all.
_MAX_MESSAGE_CHARS: Final = 1000


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


def _error_class_for(status_code: int, message: str) -> type[ResponseError]:
    if status_code == 404 and ModelNotFoundError.model_in(message) is not None:
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
        body = scrub(body, *secrets)
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
