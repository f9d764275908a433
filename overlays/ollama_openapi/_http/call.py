"""`Call`: one request to send and how to read its answer; what the method layer gives the transport."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ollama_openapi import spec as _spec
from ollama_openapi.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ollama_openapi.types import TimeoutInput

__all__ = ["Call", "call_timeout"]

T = TypeVar("T")


@dataclass(slots=True)
class Call(Generic[T]):
    """One request to send, and how to read its answer (built per request: kept cheap to create)."""

    operation: _spec.Operation
    path: str
    parse: Callable[[Any], T] | None = None
    """Builds the answer's model (of one line, for a stream) from its JSON; None: no body to read."""
    json: dict[str, Any] | None = None
    content: Any = None
    """A raw body (bytes, an iterator of byte chunks, or a callable making one per attempt)."""
    stream: bool = False
    timeout: TimeoutInput | NotGiven = NOT_GIVEN
    ok_statuses: frozenset[int] = field(default_factory=frozenset)
    """Error statuses that are answers, not failures (404 for ``blob_exists``)."""
    content_length: int | None = None
    """The size of a raw body given as chunks; sent as ``Content-Length`` instead of chunked encoding."""
    headers: Mapping[str, str] | None = None
    """Headers for this request only (they win over the client's)."""
    params: Mapping[str, str] | None = None
    """Query parameters."""
    max_retries: int | None = None
    """Retries for this request only; None: the client's."""
    files: list[Any] | None = None
    """A multipart/form-data body: ``(field, value)`` pairs as httpx takes them."""
    on_retry: Callable[[int, Exception], None] | None = None
    """Told of each retry before its wait: the retry's number (1 for the first) and the error that
    caused it (tracing records these as span events)."""

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def retry_safe(self) -> bool:
        return self.operation.idempotent

    @property
    def is_final(self) -> Callable[[Any], bool] | None:
        stream = self.operation.stream
        return None if stream is None else stream.is_final


def call_timeout(value: TimeoutInput | NotGiven) -> TimeoutInput | NotGiven:
    """A method's `timeout=` argument, checked now so that a bad value fails before anything is sent.

    Raises:
        InvalidArgumentError: The value is not a positive number, an ``httpx.Timeout`` or None.
    """
    if isinstance(value, NotGiven):
        return value
    from ollama_openapi._settings import resolve_timeout

    resolve_timeout(value)
    return value
