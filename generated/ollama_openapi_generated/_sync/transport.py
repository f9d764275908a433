# @generated from overlays/ollama_openapi/_async/transport.py by scripts/unasync.py: do not edit; run `make generate`.
"""`Transport`: send a `Call` over httpx with retries, and read its JSON answer or NDJSON stream."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import httpx

from ollama_openapi import spec
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
from ollama_openapi_generated._sync.ndjson import iterate
from ollama_openapi_generated._sync.network import unwatch
from ollama_openapi_generated._sync.sse import iterate_events
from ollama_openapi_generated._sync.streams import Stream

__all__ = ["Transport"]

T = TypeVar("T")


class Transport:
    """Sends calls with the pooled httpx client that `pool` gives."""

    def __init__(self, settings: ClientSettings, pool: Callable[[], httpx.Client]) -> None:
        self.settings = settings
        self.pool = pool
        self.urls = URLs()
        self.checks = ServerChecks(
            "off" if settings.is_cloud else settings.server_checks, settings.describe()
        )

    @property
    def http(self) -> httpx.Client:
        return self.pool()

    def send(self, call: Call[Any], what: str = "response body") -> tuple[httpx.Response, Watch]:
        """Open the response (headers read, body not), retrying what may be retried; raise on errors.

        Returns the response and the `Watch` that bounds reading its body (`what`: the phase name in
        a timeout's message). The body is read by the caller, outside the retry loop: an answer whose
        body breaks is never sent again, since part of it may have reached the server's side effects
        or the caller. A transport failure is retried only if not a byte of an answer had arrived.
        """
        features = self.checks.features(call.operation.operation_id, call.json)
        if features and self.server_release() is not None:
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
                    response = http.send(request, stream=True)
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
                    policy.wait(attempt, max_wait=watch.limit)
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
                response.read()
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, self.settings.base_url, proxy=self.settings.proxy) from None
            finally:
                response.close()
            error = error_of(response, self.settings)
            explain = self.checks.may_explain(call.operation.operation_id, error)
            if explain and self.server_release() is not None:
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
                policy.wait(attempt, retry_after, max_wait=watch.limit)
                attempt += 1
                continue
            raise error

    def server_release(self) -> Release | None:
        """The server's release (asked once per client, whoever races for it), or None."""
        checks = self.checks
        if not checks.asked:
            with checks.lock():
                if not checks.asked:
                    try:
                        checks.settle(self.request(_version_call()))
                    except (OllamaConnectionError, OllamaTimeoutError):
                        pass  # asked again by the next call that needs it
                    except OllamaError:
                        checks.settle(None)  # not Ollama, or no readable version: no checks
        return checks.release

    def request(self, call: Call[T]) -> T:
        """Send `call` and return its parsed answer."""
        result: T = self._read(call)
        return result

    def status(self, call: Call[Any]) -> int:
        """Send `call` and return the status code of its answer (the body, if any, is not parsed)."""
        status: int = self._read(call)
        return status

    def _read(self, call: Call[Any]) -> Any:
        # The time bound of the body is the network layer's (its Watch): each read gets the room left.
        response, _ = self.send(call)
        limit = self.settings.max_body_bytes
        try:
            encoding = content_encoding(response)
            if fits_unread(response, limit):
                content = response.read()
            elif encoding in BoundedInflater.ENCODINGS:
                inflater = BoundedInflater(response, encoding, limit)
                buffer = bytearray()
                for raw in response.iter_raw():
                    buffer += inflater.inflate(raw, limit - len(buffer))
                content = bytes(buffer)
            else:
                # Decoded (e.g. by a decoder httpx has and we do not) piece by piece, so that a body
                # inflating without end is stopped at the limit rather than filling memory first.
                buffer = bytearray()
                for part in response.iter_bytes():
                    buffer += part
                    check_body_size(response, len(buffer), limit)
                content = bytes(buffer)
        except httpx.HTTPError as exc:
            raise map_transport_error(
                exc, self.settings.base_url, status_code=response.status_code, proxy=self.settings.proxy
            ) from None
        finally:
            response.close()
        record(response)
        return answer(call, response, content)

    def stream(self, call: Call[T]) -> Stream[T]:
        """Lazily send `call`: a stream of one parsed model per NDJSON line (or per event, for the
        Server-Sent Events of the ``/v1`` routes), until the final one."""
        body = _StreamBody(self, call)
        parse: Callable[[Any], T] = call.parse if call.parse is not None else _identity
        sse = call.operation.sse
        if sse is not None:
            events = SSEDecoder(done=sse.done, final_types=sse.final_types)
            return Stream(iterate_events(events, body, parse), body, events._data)
        decoder = NDJSONDecoder(final=call.is_final)
        return Stream(iterate(decoder, body, parse), body, decoder._lines)


def _version_call() -> Call[object]:
    """``GET /api/version``, answered as its JSON document, sent once (no retries)."""
    operation = spec.operation(VERSION_OPERATION)
    return Call(operation, operation.path, as_document, max_retries=0)


def _identity(value: Any) -> Any:
    return value


class _StreamBody(StreamBody):
    """A streamed call's response body as the decoder's chunk source; the request goes out on `open`."""

    __slots__ = ("transport",)

    def __init__(self, transport: Transport, call: Call[Any]) -> None:
        super().__init__(transport.settings, call)
        self.transport = transport

    def open(self, decoder: NDJSONDecoder | SSEDecoder) -> Iterable[bytes]:
        response, watch = self.transport.send(self.call, "next line of the stream")
        self.response = response
        if isinstance(decoder, NDJSONDecoder):
            decoder.single = single_answer_test(self.call, response)
        chunks: Iterable[bytes]
        stream = response.stream
        encoding = content_encoding(response)
        if encoding in BoundedInflater.ENCODINGS and not response.is_stream_consumed:
            # Inflated in bounded steps: httpx's decoder inflates a whole network read at once.
            inflater = BoundedInflater(response, encoding, limit=0)
            chunks = _inflated(response.iter_raw(), inflater)
        elif raw_body_readable(response) and isinstance(stream, httpx.SyncByteStream):
            chunks = stream  # what iter_raw() yields, without its generator layer on every chunk
        else:
            chunks = response.iter_bytes()
        if watch.limit is None or not watch.bound:
            return chunks
        return _laps(chunks, watch, decoder)

    def close(self) -> None:
        if self.response is not None:
            self.response.close()


def _inflated(raw: Iterable[bytes], inflater: BoundedInflater) -> Iterator[bytes]:
    """The inflated body, in pieces of at most `BoundedInflater.STEP` bytes."""
    for data in raw:
        yield from inflater.pieces(data)


def _laps(chunks: Iterable[bytes], watch: Watch, decoder: NDJSONDecoder | SSEDecoder) -> Iterator[bytes]:
    """`chunks`; once the decoder has completed an item, the next one gets the full time limit."""
    seen = decoder.count
    for chunk in chunks:
        yield chunk
        count = decoder.count
        if count != seen:
            seen = count
            watch.lap()
