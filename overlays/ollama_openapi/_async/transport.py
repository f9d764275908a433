"""`AsyncTransport`: send a `Call` over httpx with retries, and read its JSON answer or NDJSON stream."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterable, AsyncIterator, Callable
from typing import Any, TypeVar

import httpx

from ollama_openapi import spec
from ollama_openapi._async.ndjson import aiterate
from ollama_openapi._async.network import unwatch
from ollama_openapi._async.sse import aiterate_events
from ollama_openapi._async.streams import AsyncStream
from ollama_openapi._compat_check import VERSION_OPERATION, ServerChecks, as_document
from ollama_openapi._http.answers import (
    StreamBody,
    answer,
    error_of,
    is_failure,
    raw_body_readable,
    single_answer_test,
)
from ollama_openapi._http.call import Call
from ollama_openapi._http.error_mapping import map_transport_error
from ollama_openapi._http.inflate import BoundedInflater, check_body_size, content_encoding, fits_unread
from ollama_openapi._http.request import URLs, read_limit, request_options, retry_policy
from ollama_openapi._http.watch import CURRENT, Watch
from ollama_openapi._ndjson import NDJSONDecoder
from ollama_openapi._raw import record
from ollama_openapi._releases import Release
from ollama_openapi._settings import ClientSettings
from ollama_openapi._sse import SSEDecoder
from ollama_openapi.errors import ClientClosedError, OllamaConnectionError, OllamaError, OllamaTimeoutError

__all__ = ["AsyncTransport"]

T = TypeVar("T")


class AsyncTransport:
    """Sends calls with the pooled httpx client that `pool` gives (with asyncio: per event loop)."""

    def __init__(self, settings: ClientSettings, pool: Callable[[], httpx.AsyncClient]) -> None:
        self.settings = settings
        self.pool = pool
        self.urls = URLs()
        self.checks = ServerChecks(
            "off" if settings.is_cloud else settings.server_checks, settings.describe()
        )

    @property
    def http(self) -> httpx.AsyncClient:
        return self.pool()

    async def send(self, call: Call[Any], what: str = "response body") -> tuple[httpx.Response, Watch]:
        """Open the response (headers read, body not), retrying what may be retried; raise on errors.

        Returns the response and the `Watch` that bounds reading its body (`what`: the phase name in
        a timeout's message). The body is read by the caller, outside the retry loop: an answer whose
        body breaks is never sent again, since part of it may have reached the server's side effects
        or the caller. A transport failure is retried only if not a byte of an answer had arrived.
        """
        features = self.checks.features(call.operation.operation_id, call.json)
        if features and await self.server_release() is not None:
            self.checks.judge(features)  # warns, or raises before anything is sent
        policy = retry_policy(self.settings, call)
        attempt = 0
        while True:
            http = self.http
            if http.is_closed:
                raise ClientClosedError(
                    f"This client of {self.settings.describe()} was closed; make a new one to send requests."
                )
            watch = Watch(None, self.settings.base_url)
            try:
                request = http.build_request(
                    call.method, self.urls.get(http, call.path), **request_options(call)
                )
                watch.limit = read_limit(request)
                token = CURRENT.set(watch)
                try:
                    response = await http.send(request, stream=True)
                finally:
                    CURRENT.reset(token)
            except (httpx.HTTPError, ssl.SSLError) as exc:
                # httpcore before 1.0 lets anyio 4's ssl.SSLError of a failed handshake through as is.
                error = map_transport_error(exc, self.settings.base_url, proxy=self.settings.proxy)
                if policy.should_retry(
                    call.method,
                    error,
                    attempt=attempt,
                    idempotent=call.retry_safe,
                    answered=watch.received > 0,
                    loopback=self.settings.is_loopback,
                ):
                    if call.on_retry is not None:
                        call.on_retry(attempt + 1, error)
                    await policy.async_wait(attempt, max_wait=watch.limit)
                    attempt += 1
                    continue
                raise error from None
            if watch.limit is None:
                unwatch(response)  # nothing left to bound: the body is read straight from the socket
            if not is_failure(call, response):
                watch.begin(what)
                return response, watch
            watch.begin("response body")
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, self.settings.base_url, proxy=self.settings.proxy) from None
            finally:
                await response.aclose()
            error = error_of(response, self.settings)
            explain = self.checks.may_explain(call.operation.operation_id, error)
            if explain and await self.server_release() is not None:
                error = self.checks.explain_not_found(call.operation.operation_id, error)  # "predates ..."
            retry_after = response.headers.get("retry-after")
            if policy.should_retry(
                call.method,
                error,
                attempt=attempt,
                idempotent=call.retry_safe,
                retry_after=retry_after,
                max_wait=watch.limit,
            ):
                if call.on_retry is not None:
                    call.on_retry(attempt + 1, error)
                await policy.async_wait(attempt, retry_after, max_wait=watch.limit)
                attempt += 1
                continue
            raise error

    async def server_release(self) -> Release | None:
        """The server's release (asked once per client, whoever races for it), or None."""
        checks = self.checks
        if not checks.asked:
            async with checks.async_lock():
                if not checks.asked:
                    try:
                        checks.settle(await self.request(_version_call()))
                    except (OllamaConnectionError, OllamaTimeoutError):
                        pass  # asked again by the next call that needs it
                    except OllamaError:
                        checks.settle(None)  # not Ollama, or no readable version: no checks
        return checks.release

    async def request(self, call: Call[T]) -> T:
        """Send `call` and return its parsed answer."""
        result: T = await self._read(call)
        return result

    async def status(self, call: Call[Any]) -> int:
        """Send `call` and return the status code of its answer (the body, if any, is not parsed)."""
        status: int = await self._read(call)
        return status

    async def _read(self, call: Call[Any]) -> Any:
        # The time bound of the body is the network layer's (its Watch): each read gets the room left.
        response, _ = await self.send(call)
        limit = self.settings.max_body_bytes
        try:
            encoding = content_encoding(response)
            if fits_unread(response, limit):
                content = await response.aread()
            elif encoding in BoundedInflater.ENCODINGS:
                inflater = BoundedInflater(response, encoding, limit)
                buffer = bytearray()
                async for raw in response.aiter_raw():
                    buffer += inflater.inflate(raw, limit - len(buffer))
                content = bytes(buffer)
            else:
                # Decoded (e.g. by a decoder httpx has and we do not) piece by piece, so that a body
                # inflating without end is stopped at the limit rather than filling memory first.
                buffer = bytearray()
                async for part in response.aiter_bytes():
                    buffer += part
                    check_body_size(response, len(buffer), limit)
                content = bytes(buffer)
        except httpx.HTTPError as exc:
            raise map_transport_error(
                exc, self.settings.base_url, status_code=response.status_code, proxy=self.settings.proxy
            ) from None
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


def _version_call() -> Call[object]:
    """``GET /api/version``, answered as its JSON document, sent once (no retries)."""
    operation = spec.operation(VERSION_OPERATION)
    return Call(operation, operation.path, as_document, max_retries=0)


def _identity(value: Any) -> Any:
    return value


class _AsyncStreamBody(StreamBody):
    """A streamed call's response body as the decoder's chunk source; the request goes out on `open`."""

    __slots__ = ("transport",)

    def __init__(self, transport: AsyncTransport, call: Call[Any]) -> None:
        super().__init__(transport.settings, call)
        self.transport = transport

    async def open(self, decoder: NDJSONDecoder | SSEDecoder) -> AsyncIterable[bytes]:
        response, watch = await self.transport.send(self.call, "next line of the stream")
        self.response = response
        if isinstance(decoder, NDJSONDecoder):
            decoder.single = single_answer_test(self.call, response)
        chunks: AsyncIterable[bytes]
        stream = response.stream
        encoding = content_encoding(response)
        if encoding in BoundedInflater.ENCODINGS and not response.is_stream_consumed:
            # Inflated in bounded steps: httpx's decoder inflates a whole network read at once.
            inflater = BoundedInflater(response, encoding, limit=0)
            chunks = _ainflated(response.aiter_raw(), inflater)
        elif raw_body_readable(response) and isinstance(stream, httpx.AsyncByteStream):
            chunks = stream  # what aiter_raw() yields, without its generator layer on every chunk
        else:
            chunks = response.aiter_bytes()
        if watch.limit is None or not watch.bound:
            return chunks
        return _alaps(chunks, watch, decoder)

    async def aclose(self) -> None:
        if self.response is not None:
            await self.response.aclose()


async def _ainflated(raw: AsyncIterable[bytes], inflater: BoundedInflater) -> AsyncIterator[bytes]:
    """The inflated body, in pieces of at most `BoundedInflater.STEP` bytes."""
    async for data in raw:
        for piece in inflater.pieces(data):
            yield piece


async def _alaps(
    chunks: AsyncIterable[bytes], watch: Watch, decoder: NDJSONDecoder | SSEDecoder
) -> AsyncIterator[bytes]:
    """`chunks`; once the decoder has completed an item, the next one gets the full time limit."""
    seen = decoder.count
    async for chunk in chunks:
        yield chunk
        count = decoder.count
        if count != seen:
            seen = count
            watch.lap()
