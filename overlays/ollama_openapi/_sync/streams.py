# Derived from _async/streams.py by scripts/unasync.py: do not edit (run `make generate`).
"""`Stream`: the answer of a streaming call, read lazily chunk by chunk."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["Stream"]

T = TypeVar("T")


class _HasResponse(Protocol):
    @property
    def response(self) -> httpx.Response | None: ...


class Stream(Generic[T]):
    """The chunks of a streamed answer, each a generated model (``ChatResponse``, ``ProgressResponse``...).

    Nothing is sent before the first chunk is read. Iterate it once (``for chunk in stream``);
    the stream ends after the final chunk (``done: true`` or ``status: success``) and raises a
    `StreamError` if the body ends before it or carries an error. Closing it (or leaving an
    ``with`` block) releases the connection at once; an abandoned stream releases it too.
    """

    __slots__ = ("_iterator", "_source")

    def __init__(self, iterator: Generator[T, None, None], source: _HasResponse) -> None:
        self._iterator = iterator
        self._source = source

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response (status code, headers) once the request was sent; None before that."""
        return self._source.response

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return self._iterator.__next__()

    def close(self) -> None:
        """Stop reading and release the connection (a stream not yet sent is never sent)."""
        self._iterator.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        response = self.response
        state = "not sent" if response is None else f"HTTP {response.status_code}"
        return f"<{type(self).__name__} ({state})>"
