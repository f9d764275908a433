# @generated from overlays/ollama_openapi/_async/sse.py by scripts/unasync.py: do not edit; run `make generate`.
"""Read a Server-Sent Events body from a synchronous chunk source with an `SSEDecoder`."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from typing import Any, Protocol

from ollama_openapi._sse import SSEDecoder

__all__ = ["EventSource", "iterate_events"]


class EventSource(Protocol):
    """Where a stream's bytes come from: opened lazily, with its own failures, released once."""

    def open(self, decoder: SSEDecoder) -> Iterable[bytes]:
        """Start receiving (send the request) and return the body's chunks."""
        ...

    def failure(self, error: Exception, decoder: SSEDecoder) -> Exception | None:
        """The exception to raise for `error` from the source, or None to let `error` through."""
        ...

    def close(self) -> None:
        """Release the source; called once when the iteration ends, however it ends."""
        ...


def iterate_events(
    decoder: SSEDecoder, source: EventSource, parse: Callable[[Any], Any]
) -> Generator[Any, None, None]:
    """Yield ``parse(document)`` for each event of the body until its end marker.

    `source` is opened when iteration starts; its failures are mapped by its ``failure`` and it is
    closed when iteration ends, however it ends.
    """
    try:
        for chunk in source.open(decoder):
            for document in decoder.feed(chunk):
                yield parse(document)
            if decoder.finished:
                return
        for document in decoder.finish():
            yield parse(document)
    except Exception as exc:
        mapped = source.failure(exc, decoder)
        if mapped is None:
            raise
        raise mapped from None
    finally:
        source.close()
