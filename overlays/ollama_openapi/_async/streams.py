"""`AsyncStream`: the answer of a streaming call, read lazily chunk by chunk."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncStream"]

T = TypeVar("T")


class _HasResponse(Protocol):
    @property
    def response(self) -> httpx.Response | None: ...


class AsyncStream(Generic[T]):
    """The chunks of a streamed answer, each a generated model (``ChatResponse``, ``ProgressResponse``...).

    Nothing is sent before the first chunk is read. Iterate it once (``async for chunk in stream``);
    the stream ends after the final chunk (``done: true`` or ``status: success``) and raises a
    `StreamError` if the body ends before it or carries an error. Closing it (or leaving an
    ``async with`` block) releases the connection at once; an abandoned stream releases it too.
    """

    __slots__ = ("_iterator", "_source")

    def __init__(self, iterator: AsyncGenerator[T, None], source: _HasResponse) -> None:
        self._iterator = iterator
        self._source = source

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response (status code, headers) once the request was sent; None before that."""
        return self._source.response

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        """Stop reading and release the connection (a stream not yet sent is never sent)."""
        await self._iterator.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        response = self.response
        state = "not sent" if response is None else f"HTTP {response.status_code}"
        return f"<{type(self).__name__} ({state})>"
