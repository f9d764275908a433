"""`AsyncTransport`: send a `Call` over httpx with retries, and read its JSON answer or NDJSON stream."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable
from typing import Any, TypeVar

import httpx

from .._call import Call
from .._ndjson import NDJSONDecoder
from .._raw import record
from .._settings import ClientSettings
from .._sse import SSEDecoder
from .._transport import (
    BoundedInflater,
    Deadline,
    StreamBody,
    URLs,
    answer,
    check_body_size,
    error_of,
    fits_unread,
    is_failure,
    raw_body_readable,
    read_limit,
    request_options,
    retry_policy,
    single_answer_test,
)
from ..errors import ClientClosedError, map_transport_error
from .ndjson import aiterate
from .sse import aiterate_events
from .streams import AsyncStream

__all__ = ["AsyncTransport"]

T = TypeVar("T")


class AsyncTransport:
    """Sends calls with the pooled httpx client that `pool` gives (per event loop, for async)."""

    def __init__(self, settings: ClientSettings, pool: Callable[[], httpx.AsyncClient]) -> None:
        self.settings = settings
        self.pool = pool
        self.urls = URLs()

    @property
    def http(self) -> httpx.AsyncClient:
        return self.pool()

    async def send(self, call: Call[Any]) -> httpx.Response:
        """Open the response (headers read, body not), retrying what may be retried; raise on errors.

        The body is read by the caller, outside the retry loop: an answer whose body breaks is never
        sent again, since part of it may have reached the server's side effects or the caller.
        """
        policy = retry_policy(self.settings, call)
        attempt = 0
        while True:
            http = self.http
            if http.is_closed:
                raise ClientClosedError(
                    f"This client of {self.settings.describe()} was closed; make a new one to send requests."
                )
            try:
                request = http.build_request(
                    call.method, self.urls.get(http, call.path), **request_options(call)
                )
                response = await http.send(request, stream=True)
            except httpx.HTTPError as exc:
                error = map_transport_error(exc, self.settings.base_url)
                if policy.should_retry(call.method, error, attempt=attempt, idempotent=call.retry_safe):
                    await policy.async_wait(attempt)
                    attempt += 1
                    continue
                raise error from None
            if not is_failure(call, response):
                return response
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, self.settings.base_url) from None
            finally:
                await response.aclose()
            error = error_of(response, self.settings)
            retry_after = response.headers.get("retry-after")
            if policy.should_retry(
                call.method,
                error,
                attempt=attempt,
                idempotent=call.retry_safe,
                retry_after=retry_after,
                max_wait=read_limit(request),
            ):
                await policy.async_wait(attempt, retry_after)
                attempt += 1
                continue
            raise error

    async def request(self, call: Call[T]) -> T:
        """Send `call` and return its parsed answer."""
        result: T = await self._read(call)
        return result

    async def status(self, call: Call[Any]) -> int:
        """Send `call` and return the status code of its answer (the body, if any, is not parsed)."""
        status: int = await self._read(call)
        return status

    async def _read(self, call: Call[Any]) -> Any:
        response = await self.send(call)
        deadline = Deadline(response, self.settings.base_url, "response body")
        limit = self.settings.max_body_bytes
        try:
            encoding = response.headers.get("content-encoding", "").strip().lower()
            if deadline.limit is None and fits_unread(response, limit):
                content = await response.aread()
            elif encoding in BoundedInflater.ENCODINGS:
                inflater = BoundedInflater(response, encoding, limit)
                buffer = bytearray()
                async for raw in response.aiter_raw():
                    buffer += inflater.inflate(raw, limit - len(buffer))
                    if deadline.limit is not None:
                        deadline.progress(False)
                content = bytes(buffer)
            else:
                # Decoded (e.g. gunzipped) piece by piece, so that a body inflating without end is
                # stopped at the limit rather than filling memory first.
                buffer = bytearray()
                async for part in response.aiter_bytes():
                    buffer += part
                    check_body_size(response, len(buffer), limit)
                    if deadline.limit is not None:
                        deadline.progress(False)
                content = bytes(buffer)
        except httpx.HTTPError as exc:
            raise map_transport_error(exc, self.settings.base_url, status_code=response.status_code) from None
        finally:
            await response.aclose()
        record(response)
        return answer(call, response, content)

    def stream(self, call: Call[T]) -> AsyncStream[T]:
        """Lazily send `call`: a stream of one parsed model per NDJSON line (or per event, for the
        Server-Sent Events of the ``/v1`` routes), until the final one."""
        body = _AsyncStreamBody(self, call)
        parse: Callable[[Any], T] = call.parse if call.parse is not None else _identity
        sse = call.operation.sse
        if sse is not None:
            events = SSEDecoder(done=sse.done, final_types=sse.final_types)
            return AsyncStream(aiterate_events(events, body, parse), body, events._data)
        decoder = NDJSONDecoder(final=call.is_final)
        return AsyncStream(aiterate(decoder, body, parse), body, decoder._lines)


def _identity(value: Any) -> Any:
    return value


class _AsyncStreamBody(StreamBody):
    """A streamed call's response body as the decoder's chunk source; the request goes out on `open`."""

    __slots__ = ("transport",)

    def __init__(self, transport: AsyncTransport, call: Call[Any]) -> None:
        super().__init__(transport.settings, call)
        self.transport = transport

    async def open(self, decoder: NDJSONDecoder | SSEDecoder) -> AsyncIterable[bytes]:
        self.response = response = await self.transport.send(self.call)
        if isinstance(decoder, NDJSONDecoder):
            decoder.single = single_answer_test(self.call, response)
        chunks: AsyncIterable[bytes]
        stream = response.stream
        if raw_body_readable(response) and isinstance(stream, httpx.AsyncByteStream):
            chunks = stream  # what aiter_raw() yields, without its generator layer on every chunk
        else:
            chunks = response.aiter_bytes()
        deadline = Deadline(response, self.settings.base_url, "next line of the stream")
        return chunks if deadline.limit is None else _awatch(chunks, deadline, decoder)

    async def aclose(self) -> None:
        if self.response is not None:
            await self.response.aclose()


async def _awatch(
    chunks: AsyncIterable[bytes], deadline: Deadline, decoder: NDJSONDecoder | SSEDecoder
) -> AsyncIterator[bytes]:
    """`chunks`, checking at each arrival whether the decoder completed an item in time."""
    seen = decoder.count
    async for chunk in chunks:
        count = decoder.count
        deadline.progress(count != seen)
        seen = count
        yield chunk
