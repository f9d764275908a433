"""Read a Server-Sent Events body from an asynchronous chunk source with an `SSEDecoder`."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterable, Callable
from typing import Any, Protocol

from ollama_openapi._sse import SSEDecoder

__all__ = ["AsyncEventSource", "aiterate_events"]


class AsyncEventSource(Protocol):
    """Where a stream's bytes come from: opened lazily, with its own failures, released once."""

    async def open(self, decoder: SSEDecoder) -> AsyncIterable[bytes]:
        """Start receiving (send the request) and return the body's chunks."""
        ...

    def failure(self, error: Exception, decoder: SSEDecoder) -> Exception | None:
        """The exception to raise for `error` from the source, or None to let `error` through."""
        ...

    async def aclose(self) -> None:
        """Release the source; called once when the iteration ends, however it ends."""
        ...


async def aiterate_events(
    decoder: SSEDecoder, source: AsyncEventSource, parse: Callable[[Any], Any]
) -> AsyncGenerator[Any, None]:
    """Yield ``parse(document)`` for each event of the body until its end marker.

    `source` is opened when iteration starts; its failures are mapped by its ``failure`` and it is
    closed when iteration ends, however it ends.
    """
    try:
        async for chunk in await source.open(decoder):
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
        await source.aclose()
