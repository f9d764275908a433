"""Send a `Call` over httpx: retries, error mapping, JSON answers and NDJSON streams.

`SyncTransport` and `AsyncTransport` are twins; everything that does not do I/O lives in the shared
helpers at the top so that the two differ only in ``await``.
"""

from __future__ import annotations

import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
)
from typing import Any

import httpx

from ollama_openapi_generated.types import Unset

from ._calls import Call
from ._ndjson import NDJSONDecoder, parse_json_body
from ._settings import ClientSettings, resolve_timeout
from .errors import (
    OllamaError,
    OllamaTimeoutError,
    StreamError,
    StreamTruncatedError,
    map_transport_error,
    redact_url,
    response_error_from,
)

__all__ = ["AsyncTransport", "SyncTransport"]


def _request_options(call: Call) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if call.json is not None:
        options["json"] = call.json
    elif call.content is not None:
        # A callable makes a fresh body for every attempt, so that retried uploads resend it all.
        options["content"] = call.content() if callable(call.content) else call.content
        headers = {"Content-Type": "application/octet-stream"}
        if call.content_length is not None:
            headers["Content-Length"] = str(call.content_length)
        options["headers"] = headers
    if not isinstance(call.timeout, Unset):
        options["timeout"] = resolve_timeout(call.timeout)
    return options


def _is_failure(call: Call, response: httpx.Response) -> bool:
    status = response.status_code
    return not 200 <= status < 300 and status not in call.ok_statuses


def _error_of(response: httpx.Response) -> OllamaError:
    headers = response.headers
    return response_error_from(
        response.status_code,
        response.content,
        headers.get("content-type"),
        retry_after=headers.get("retry-after"),
        location=headers.get("location"),
    )


def _raw_body_readable(response: httpx.Response) -> bool:
    """Whether the body can be read as the transport's raw bytes (skipping httpx's decoder stack).

    Not when it is content-encoded, nor when httpx already holds it in memory (an answer from
    ``httpx.MockTransport``), which leaves no raw stream to read.
    """
    if response.is_stream_consumed:
        return False
    return response.headers.get("content-encoding", "identity").lower() in ("", "identity")


def _answer(call: Call, response: httpx.Response, content: bytes) -> Any:
    """What a non-streamed call returns for a successful `response` with body `content`."""
    if response.status_code in call.ok_statuses:
        return response.status_code
    if not content and response.request.method == "HEAD":
        return response.status_code
    if call.operation.response_schema is None and not call.stream and call.operation.stream is None:
        return response.status_code  # an answer without a body (copy, delete, blobs)
    document = parse_json_body(content, status_code=response.status_code)
    return call.parse(document)


def _stream_failure(exc: httpx.HTTPError, base_url: str, received: list[Any]) -> OllamaError:
    """A transport failure part-way through a stream: a timeout stays a timeout, a break a truncation."""
    error = map_transport_error(exc, base_url, received=received)
    if isinstance(error, (StreamError, OllamaTimeoutError)):
        return error
    message = f"The stream broke after {len(received)} items: {error}"
    return StreamTruncatedError(message, received=list(received))


class _URLs:
    """Absolute request URLs by path, built once.

    httpx parses a relative URL twice on every request to join it to the base URL (more than half
    of ``build_request``'s cost); an absolute ``httpx.URL`` is taken as it is.
    """

    __slots__ = ("_base", "_urls")

    _LIMIT = 64  # paths with digests or key names vary: keep the cache small

    def __init__(self) -> None:
        self._base: httpx.URL | None = None
        self._urls: dict[str, httpx.URL] = {}

    def get(self, http: httpx.Client | httpx.AsyncClient, path: str) -> httpx.URL:
        base = http.base_url
        if base is not self._base:  # the httpx client's base_url was replaced
            self._base = base
            self._urls.clear()
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= self._LIMIT:
                self._urls.clear()
            url = self._urls[path] = http.build_request("GET", path).url
        return url


class _Deadline:
    """Bounds a body that trickles in: the ``read`` timeout also limits the time to complete one item.

    httpx applies the read timeout to each socket read, so a server that sends one byte a second never
    trips it. With a read timeout of T seconds, a non-streamed body must arrive in full within T seconds
    of the response headers, and each line of a stream within T seconds of the previous line (or the
    headers). Without a read timeout (the default) nothing is limited, so a slow model is never cut off.
    """

    __slots__ = ("host", "last", "limit", "what")

    def __init__(self, response: httpx.Response, base_url: str, what: str) -> None:
        timeouts = response.request.extensions.get("timeout")
        read = timeouts.get("read") if isinstance(timeouts, dict) else None
        self.limit: float | None = float(read) if isinstance(read, (int, float)) else None
        self.host = base_url
        self.what = what
        self.last = time.monotonic()

    def watch(self, chunks: Iterable[bytes], decoder: NDJSONDecoder) -> Iterator[bytes]:
        """`chunks`, checking at each arrival whether the decoder completed an item in time."""
        seen = decoder.count
        for chunk in chunks:
            count = decoder.count
            self.progress(count != seen)
            seen = count
            yield chunk

    async def awatch(self, chunks: AsyncIterable[bytes], decoder: NDJSONDecoder) -> AsyncIterator[bytes]:
        """The asynchronous twin of `watch`."""
        seen = decoder.count
        async for chunk in chunks:
            count = decoder.count
            self.progress(count != seen)
            seen = count
            yield chunk

    def progress(self, produced: bool) -> None:
        """Record that a chunk arrived (``produced``: it completed at least one item); raise when late."""
        now = time.monotonic()
        if produced:
            self.last = now
        elif self.limit is not None and now - self.last > self.limit:
            raise OllamaTimeoutError(
                f"Timed out waiting for Ollama's response at {redact_url(self.host)} (read timeout: "
                f"{self.limit:g} s): data kept arriving, but too slowly to complete the "
                f"{self.what} in time. Raise the limit with the client's "
                "timeout= option if this is expected.",
                host=redact_url(self.host),
                kind="read",
                timeout=self.limit,
            )


class SyncTransport:
    """Sends calls with a pooled ``httpx.Client``."""

    def __init__(self, settings: ClientSettings, httpx_client: httpx.Client) -> None:
        self.settings = settings
        self.http = httpx_client
        self.urls = _URLs()

    def _send(self, call: Call) -> httpx.Response:
        """Open the response (headers read, body not), retrying what may be retried; raise on errors.

        The body is read by the caller, outside the retry loop: an answer whose body breaks is never
        sent again, since part of it may have reached the server's side effects or the caller.
        """
        policy = self.settings.retry
        attempt = 0
        while True:
            try:
                http = self.http
                request = http.build_request(
                    call.method, self.urls.get(http, call.path), **_request_options(call)
                )
                response = http.send(request, stream=True)
            except httpx.HTTPError as exc:
                error = map_transport_error(exc, self.settings.base_url)
                if policy.should_retry(call.method, error, attempt=attempt, idempotent=call.retry_safe):
                    policy.wait(attempt)
                    attempt += 1
                    continue
                raise error from None
            if not _is_failure(call, response):
                return response
            try:
                response.read()
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, self.settings.base_url) from None
            finally:
                response.close()
            error = _error_of(response)
            if policy.should_retry(call.method, error, attempt=attempt, idempotent=call.retry_safe):
                policy.wait(attempt, response.headers.get("retry-after"))
                attempt += 1
                continue
            raise error

    def request(self, call: Call) -> Any:
        """Send `call` and return its parsed answer (a model, or the status code for bodiless answers)."""
        response = self._send(call)
        deadline = _Deadline(response, self.settings.base_url, "response body")
        try:
            if deadline.limit is None:
                content = response.read()
            else:
                parts: list[bytes] = []
                for part in response.iter_bytes():
                    parts.append(part)
                    deadline.progress(False)
                content = b"".join(parts)
        except httpx.HTTPError as exc:
            raise map_transport_error(exc, self.settings.base_url) from None
        finally:
            response.close()
        return _answer(call, response, content)

    def lazy_stream(self, build: Callable[[], Call]) -> Generator[Any, None, None]:
        """Like `stream`, but building the call (uploads included) waits for the first item."""
        yield from self.stream(build())

    def stream(self, call: Call) -> Generator[Any, None, None]:
        """Lazily send `call` and yield one parsed model per NDJSON line until the final one."""
        return NDJSONDecoder(final=call.is_final).iterate(_StreamBody(self, call), call.parse)


class AsyncTransport:
    """Sends calls with a pooled ``httpx.AsyncClient``: the one `clients` gives for the running loop."""

    def __init__(self, settings: ClientSettings, clients: Callable[[], httpx.AsyncClient]) -> None:
        self.settings = settings
        self.clients = clients
        self.urls = _URLs()

    @property
    def http(self) -> httpx.AsyncClient:
        return self.clients()

    async def _send(self, call: Call) -> httpx.Response:
        policy = self.settings.retry
        attempt = 0
        while True:
            try:
                http = self.http
                request = http.build_request(
                    call.method, self.urls.get(http, call.path), **_request_options(call)
                )
                response = await http.send(request, stream=True)
            except httpx.HTTPError as exc:
                error = map_transport_error(exc, self.settings.base_url)
                if policy.should_retry(call.method, error, attempt=attempt, idempotent=call.retry_safe):
                    await policy.async_wait(attempt)
                    attempt += 1
                    continue
                raise error from None
            if not _is_failure(call, response):
                return response
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, self.settings.base_url) from None
            finally:
                await response.aclose()
            error = _error_of(response)
            if policy.should_retry(call.method, error, attempt=attempt, idempotent=call.retry_safe):
                await policy.async_wait(attempt, response.headers.get("retry-after"))
                attempt += 1
                continue
            raise error

    async def request(self, call: Call) -> Any:
        response = await self._send(call)
        deadline = _Deadline(response, self.settings.base_url, "response body")
        try:
            if deadline.limit is None:
                content = await response.aread()
            else:
                parts: list[bytes] = []
                async for part in response.aiter_bytes():
                    parts.append(part)
                    deadline.progress(False)
                content = b"".join(parts)
        except httpx.HTTPError as exc:
            raise map_transport_error(exc, self.settings.base_url) from None
        finally:
            await response.aclose()
        return _answer(call, response, content)

    async def lazy_stream(self, build: Callable[[], Awaitable[Call]]) -> AsyncGenerator[Any, None]:
        """Like `stream`, but building the call (uploads included) waits for the first item."""
        async for item in self.stream(await build()):
            yield item

    def stream(self, call: Call) -> AsyncGenerator[Any, None]:
        """Lazily send `call` and yield one parsed model per NDJSON line until the final one."""
        return NDJSONDecoder(final=call.is_final).aiterate(_AsyncStreamBody(self, call), call.parse)


class _Body:
    """What the sync and async response bodies of a stream share."""

    __slots__ = ("call", "response", "settings")

    def __init__(self, settings: ClientSettings, call: Call) -> None:
        self.settings = settings
        self.call = call
        self.response: httpx.Response | None = None

    def failure(self, error: Exception, decoder: NDJSONDecoder) -> Exception | None:
        """A transport failure while reading, as an `OllamaError`; anything else passes through."""
        if not isinstance(error, httpx.HTTPError):
            return None
        if self.response is not None:
            try:
                error.request  # noqa: B018 - raises RuntimeError when httpx attached none
            except RuntimeError:
                # iter_raw() would have attached it; the timeout the request carried is reported.
                error.request = self.response.request
        return _stream_failure(error, self.settings.base_url, decoder.received)


class _StreamBody(_Body):
    """A streamed call's response body as the decoder's chunk source; the request goes out on `open`."""

    __slots__ = ("send",)

    def __init__(self, transport: SyncTransport, call: Call) -> None:
        super().__init__(transport.settings, call)
        self.send = transport._send

    def open(self, decoder: NDJSONDecoder) -> Iterable[bytes]:
        self.response = response = self.send(self.call)
        chunks: Iterable[bytes]
        stream = response.stream
        if _raw_body_readable(response) and isinstance(stream, httpx.SyncByteStream):
            chunks = stream  # what iter_raw() yields, without its generator layer on every chunk
        else:
            chunks = response.iter_bytes()
        deadline = _Deadline(response, self.settings.base_url, "next line of the stream")
        return chunks if deadline.limit is None else deadline.watch(chunks, decoder)

    def close(self) -> None:
        if self.response is not None:
            self.response.close()


class _AsyncStreamBody(_Body):
    """The asynchronous twin of `_StreamBody`."""

    __slots__ = ("send",)

    def __init__(self, transport: AsyncTransport, call: Call) -> None:
        super().__init__(transport.settings, call)
        self.send = transport._send

    async def open(self, decoder: NDJSONDecoder) -> AsyncIterable[bytes]:
        self.response = response = await self.send(self.call)
        chunks: AsyncIterable[bytes]
        stream = response.stream
        if _raw_body_readable(response) and isinstance(stream, httpx.AsyncByteStream):
            chunks = stream
        else:
            chunks = response.aiter_bytes()
        deadline = _Deadline(response, self.settings.base_url, "next line of the stream")
        return chunks if deadline.limit is None else deadline.awatch(chunks, decoder)

    async def aclose(self) -> None:
        if self.response is not None:
            await self.response.aclose()
