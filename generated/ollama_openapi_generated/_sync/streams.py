# @generated from overlays/ollama_openapi/_async/streams.py by scripts/unasync.py: do not edit; run `make generate`.
"""`Stream`: the answer of a streaming call, read lazily chunk by chunk."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, overload

if TYPE_CHECKING:
    import httpx

__all__ = ["Stream"]

T = TypeVar("T")


class _HasResponse(Protocol):
    @property
    def response(self) -> httpx.Response | None: ...


class _RawLines(Sequence[bytes]):
    """A read-only view of the lines a stream's decoder kept, without their line breaks."""

    __slots__ = ("_lines",)

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> bytes: ...

    @overload
    def __getitem__(self, index: slice) -> list[bytes]: ...

    def __getitem__(self, index: int | slice) -> bytes | list[bytes]:
        if isinstance(index, slice):
            return [line.rstrip(b"\r\n") for line in self._lines[index]]
        return self._lines[index].rstrip(b"\r\n")


class Stream(Generic[T]):
    """The chunks of a streamed answer, each a generated model (``ChatResponse``, ``ProgressResponse``...).

    Nothing is sent before the first chunk is read. Iterate it once (``for chunk in stream``);
    the stream ends after the final chunk (``done: true`` or ``status: success``) and raises a
    `StreamError` if the body ends before it or carries an error. Closing it (or leaving an
    ``with`` block) releases the connection at once; an abandoned stream releases it too.
    """

    __slots__ = ("_iterator", "_lines", "_source")

    def __init__(
        self, iterator: Generator[T, None, None], source: _HasResponse, lines: list[bytes] | None = None
    ) -> None:
        self._iterator = iterator
        self._source = source
        self._lines = lines  # the decoder's list of raw lines, appended as it decodes

    @property
    def lines(self) -> Sequence[bytes]:
        """The raw NDJSON lines of the chunks read so far: ``lines[i]`` is chunk ``i`` as the server
        sent it (UTF-8 JSON text, without its line break).

        For passing the server's JSON on unchanged: timestamps to the nanosecond, fields the models
        do not know, numbers as written. Read it after each chunk, e.g.
        ``for index, chunk in enumerate(stream): print(stream.lines[index].decode())``.
        """
        if self._lines is None:
            # A stream that starts another when first read (create, after its uploads).
            inner = getattr(self._source, "stream", None)
            return inner.lines if isinstance(inner, Stream) else _RawLines([])
        return _RawLines(self._lines)

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
