# @generated from overlays/ollama_openapi/_async/ndjson.py by scripts/unasync.py: do not edit; run `make generate`.
"""Read an NDJSON body from a synchronous chunk source with an `NDJSONDecoder`."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, Protocol

from ollama_openapi._ndjson import (
    _BLANK,
    _NEWLINE,
    DEFAULT_MAX_LINE_BYTES,
    NDJSONDecoder,
    _identity,
    _line_loads,
)

__all__ = ["ChunkSource", "iter_ndjson", "iterate"]


class ChunkSource(Protocol):
    """Where a stream's bytes come from: opened lazily, with its own failures, released once."""

    def open(self, decoder: NDJSONDecoder) -> Iterable[bytes]:
        """Start receiving (e.g. send the request) and return the body's chunks."""
        ...

    def failure(self, error: Exception, decoder: NDJSONDecoder) -> Exception | None:
        """The exception to raise for `error` from the source, or None to let `error` through."""
        ...

    def close(self) -> None:
        """Release the source; called once when the iteration ends, however it ends."""
        ...


class _Chunks:
    """An iterable of chunks that needs no opening or closing, as a chunk source."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = chunks

    def open(self, decoder: NDJSONDecoder) -> Iterable[bytes]:
        return self.chunks

    def failure(self, error: Exception, decoder: NDJSONDecoder) -> Exception | None:
        return None

    def close(self) -> None:
        pass


def iterate(
    decoder: NDJSONDecoder, source: ChunkSource, parse: Callable[[Any], Any] = _identity
) -> Generator[Any, None, None]:
    """Yield ``parse(value)`` for each line of a body given as byte chunks; stop after the final one.

    `source` is opened when iteration starts; its failures are mapped by its ``failure`` and it is
    closed when iteration ends, however it ends.
    """
    loads = _line_loads
    lines_seen = decoder._lines
    final = decoder.final
    max_line_bytes = decoder.max_line_bytes
    try:
        for chunk in source.open(decoder):
            # feed()'s one-line fast path, inlined because a call per chunk is measurable.
            if (
                not decoder._pending
                and chunk.find(_NEWLINE) == len(chunk) - 1
                and 0 < len(chunk) <= max_line_bytes
            ):
                try:
                    item = loads(chunk)
                except (ValueError, TypeError, RecursionError):
                    item = decoder._decode_slow(chunk)
                    if item is _BLANK:
                        continue
                if type(item) is dict and "error" in item:
                    decoder._raise_in_band(item)
                lines_seen.append(chunk)
                yield parse(item)
                if final is not None and final(item):
                    decoder.finished = True
                    return
                continue
            for item in decoder.feed(chunk):
                yield parse(item)
            if decoder.finished:
                return
        for item in decoder.finish():
            yield parse(item)
    except Exception as exc:
        mapped = source.failure(exc, decoder)
        if mapped is None:
            raise
        raise mapped from None
    finally:
        source.close()


def iter_ndjson(
    chunks: Iterable[bytes],
    *,
    final: Callable[[Any], bool] | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Any]:
    """Yield the JSON value of each line of a streamed body given as byte chunks.

    Args:
        chunks: The raw body, e.g. ``response.iter_bytes()``; chunk boundaries may fall anywhere.
        final: A test for the last chunk (e.g. `is_done`). Iteration stops after the first item it
            accepts, and a body that ends without such an item raises `StreamTruncatedError`.
        max_line_bytes: Longest accepted line; a longer one raises `StreamDecodeError`.

    Raises:
        StreamInBandError, StreamDecodeError, StreamTruncatedError: see `NDJSONDecoder`.
    """
    return iterate(NDJSONDecoder(final=final, max_line_bytes=max_line_bytes), _Chunks(chunks))
