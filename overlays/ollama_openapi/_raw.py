"""`RawResponse`: a method's answer together with its HTTP status code and headers."""

from __future__ import annotations

import contextvars
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse", "capturing", "record", "stop_capturing"]

T = TypeVar("T")

_CAPTURED: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "ollama_openapi_captured_responses", default=None
)


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What a method returned (`parsed`) and the HTTP answer it came from."""

    parsed: T
    """The method's usual return value (a model, a digest, a bool...)."""
    http_response: httpx.Response
    """The last HTTP response of the call (its body already read)."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers


def capturing() -> tuple[list[httpx.Response], contextvars.Token[list[httpx.Response] | None]]:
    """Start recording the responses of the calls made in this context; `stop_capturing(token)` ends it."""
    responses: list[httpx.Response] = []
    return responses, _CAPTURED.set(responses)


def stop_capturing(token: contextvars.Token[list[httpx.Response] | None]) -> None:
    _CAPTURED.reset(token)


def record(response: httpx.Response) -> None:
    """Called by the transports for every answer they read whole."""
    captured = _CAPTURED.get()
    if captured is not None:
        captured.append(response)
