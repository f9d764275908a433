"""What the transports (``_async/transport.py`` and its derived ``_sync`` twin) share: no I/O here.

Request options from a `Call`, error answers, bounded decompression, and reading answers (the time
bounds of each phase are the network layer's: ``_watch.py``).
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Callable, Iterator
from typing import Any, Final

import httpx

from ._call import Call
from ._ndjson import NDJSONDecoder, parse_json_body
from ._retry import RetryPolicy
from ._settings import ClientSettings, resolve_timeout
from ._sse import SSEDecoder
from .errors import (
    InvalidResponseError,
    OllamaError,
    OllamaTimeoutError,
    StreamError,
    StreamTruncatedError,
    map_transport_error,
    response_error_from,
)
from .types import NotGiven

__all__ = [
    "BoundedInflater",
    "StreamBody",
    "URLs",
    "answer",
    "check_body_size",
    "content_encoding",
    "error_of",
    "fits_unread",
    "is_failure",
    "raw_body_readable",
    "read_limit",
    "request_options",
    "retry_policy",
    "single_answer_test",
]


def request_options(call: Call[Any]) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.build_request`` for `call` (a new body for each attempt)."""
    options: dict[str, Any] = {}
    headers: dict[str, str] | None = None
    if call.json is not None:
        options["json"] = call.json
    elif call.files is not None:
        for _, value in call.files:
            payload = value[1] if isinstance(value, tuple) and len(value) > 1 else None
            seek = getattr(payload, "seek", None)
            if callable(seek):
                seek(0)  # a retried upload sends the file again from its start
        options["files"] = call.files
    elif call.content is not None:
        # A callable makes a fresh body for every attempt, so that retried uploads resend it all.
        options["content"] = call.content() if callable(call.content) else call.content
        headers = {"Content-Type": "application/octet-stream"}
        if call.content_length is not None:
            headers["Content-Length"] = str(call.content_length)
    if call.headers:
        headers = {**headers, **call.headers} if headers else dict(call.headers)
    if headers is not None:
        options["headers"] = headers
    if call.params:
        options["params"] = call.params
    if not isinstance(call.timeout, NotGiven):
        options["timeout"] = resolve_timeout(call.timeout)
    return options


def fits_unread(response: httpx.Response, limit: int) -> bool:
    """Whether the body can be read in one go: not content-encoded, with a length within `limit`."""
    headers = response.headers
    if headers.get("content-encoding", "identity").lower() not in ("", "identity"):
        return False
    length = headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= limit


class BoundedInflater:
    """gzip or deflate decoding that never produces more than it is allowed at once.

    httpx's own decoder inflates a whole network read at once, up to ~1000x its size. `inflate`
    (a non-streamed body) inflates at most the room left under the body's limit, so a body that
    inflates without end costs no more memory than the limit; `pieces` (a stream, whose limit is per
    line) hands the output on in pieces of at most `STEP` bytes.
    """

    __slots__ = ("_inflater", "_limit", "_raw_deflate_possible", "_response")

    ENCODINGS: Final = frozenset({"gzip", "deflate", "x-gzip"})
    STEP: Final = 64 * 1024

    def __init__(self, response: httpx.Response, encoding: str, limit: int) -> None:
        self._response = response
        self._limit = limit
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        # Some servers send "deflate" without the zlib wrapper; as httpx does, the first bytes tell.
        self._raw_deflate_possible = "gzip" not in encoding

    def _decompress(self, data: bytes, max_length: int) -> bytes:
        try:
            out = self._inflater.decompress(data, max_length)
        except zlib.error:
            if not self._raw_deflate_possible:
                raise
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._inflater.decompress(data, max_length)
        self._raw_deflate_possible = False  # the first bytes decided it
        return out

    def inflate(self, data: bytes, room: int) -> bytes:
        """The bytes `data` inflates to; `InvalidResponseError` beyond `room` bytes or when corrupt."""
        try:
            out = self._decompress(data, room + 1)
        except zlib.error as exc:
            raise self._broken(exc) from None
        if len(out) > room or self._inflater.unconsumed_tail:
            raise too_large(self._response, self._limit)
        return out

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """What `data` inflates to, in pieces of at most `STEP` bytes; `InvalidResponseError` when corrupt."""
        step = self.STEP
        try:
            out = self._decompress(data, step)
            inflater = self._inflater
            while out:
                yield out
                if len(out) < step and not inflater.unconsumed_tail:
                    return
                out = inflater.decompress(inflater.unconsumed_tail, step)
        except zlib.error as exc:
            raise self._broken(exc) from None

    def _broken(self, exc: zlib.error) -> InvalidResponseError:
        return InvalidResponseError(
            f"Could not decode the response body (its Content-Encoding is broken): {exc}",
            status_code=self._response.status_code,
            body="",
        )


def content_encoding(response: httpx.Response) -> str:
    """The answer's ``Content-Encoding``, lower-cased ("" without one)."""
    encoding: str = response.headers.get("content-encoding", "")
    return encoding.strip().lower()


def check_body_size(response: httpx.Response, size: int, limit: int) -> None:
    """Raise `InvalidResponseError` when a body read so far (decoded) is larger than `limit`."""
    if size > limit:
        raise too_large(response, limit)


def too_large(response: httpx.Response, limit: int) -> InvalidResponseError:
    """The error for an answer larger than `limit` bytes once decoded."""
    return InvalidResponseError(
        f"Ollama's answer is larger than max_body_bytes={limit} once decoded; it was not read "
        "further (raise the limit with the client's max_body_bytes= if this is expected).",
        status_code=response.status_code,
        body="",
    )


def read_limit(request: httpx.Request) -> float | None:
    """The read timeout a request carries, in seconds (None: no limit)."""
    timeouts = request.extensions.get("timeout")
    read = timeouts.get("read") if isinstance(timeouts, dict) else None
    return float(read) if isinstance(read, (int, float)) else None


def retry_policy(settings: ClientSettings, call: Call[Any]) -> RetryPolicy:
    """The client's retry policy, or the call's own number of retries."""
    policy = settings.retry
    if call.max_retries is None or call.max_retries == policy.max_retries:
        return policy
    return dataclasses.replace(policy, max_retries=call.max_retries)


def is_failure(call: Call[Any], response: httpx.Response) -> bool:
    status = response.status_code
    return not 200 <= status < 300 and status not in call.ok_statuses


def error_of(response: httpx.Response, settings: ClientSettings) -> OllamaError:
    """The error for a failed answer; the client's credentials are scrubbed from it, whatever echoes them."""
    headers = response.headers
    return response_error_from(
        response.status_code,
        response.content,
        headers.get("content-type"),
        retry_after=headers.get("retry-after"),
        location=headers.get("location"),
        headers=headers,
        secrets=settings.secrets,
    )


def raw_body_readable(response: httpx.Response) -> bool:
    """Whether the body can be read as the transport's raw bytes (skipping httpx's decoder stack).

    Not when it is content-encoded, nor when httpx already holds it in memory (an answer from
    ``httpx.MockTransport``), which leaves no raw stream to read.
    """
    if response.is_stream_consumed:
        return False
    return response.headers.get("content-encoding", "identity").lower() in ("", "identity")


def answer(call: Call[Any], response: httpx.Response, content: bytes) -> Any:
    """What a non-streamed call returns for a successful `response` with body `content`: the parsed
    model, or the status code for an answer without a body to read (copy, delete, blobs, HEAD)."""
    if call.parse is None or response.status_code in call.ok_statuses:
        return response.status_code
    if not content and response.request.method == "HEAD":
        return response.status_code
    if call.operation.text_answer and response.headers.get("content-type", "").startswith("text/plain"):
        return call.parse(content.decode("utf-8", "replace"))  # e.g. a transcript asked for as text
    document = parse_json_body(content, status_code=response.status_code)
    return call.parse(document)


def single_answer_test(call: Call[Any], response: httpx.Response) -> Callable[[Any], bool] | None:
    """For a streamed call answered as ``application/json``: the test of the one-object answers its
    operation declares (``x-ollama-streaming.single``: loading a model, ``_debug_render_only``),
    which are complete streams of one chunk. None for any other answer (an NDJSON stream, even one
    labelled ``application/json``, must still end with its final chunk)."""
    stream = call.operation.stream
    if stream is None or not stream.single:
        return None
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return stream.is_single if media == "application/json" else None


def stream_failure(
    exc: httpx.HTTPError, base_url: str, received: list[Any], status_code: int | None = None
) -> OllamaError:
    """A transport failure part-way through a stream: a timeout stays a timeout, a break a truncation."""
    error = map_transport_error(exc, base_url, received=received, status_code=status_code)
    if isinstance(error, (StreamError, OllamaTimeoutError)):
        return error
    message = f"The stream broke after {len(received)} items: {error}"
    return StreamTruncatedError(message, received=list(received))


class URLs:
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


class StreamBody:
    """What the sync and async response bodies of a stream share (the transports add the I/O)."""

    __slots__ = ("call", "response", "settings")

    def __init__(self, settings: ClientSettings, call: Call[Any]) -> None:
        self.settings = settings
        self.call = call
        self.response: httpx.Response | None = None

    def failure(self, error: Exception, decoder: NDJSONDecoder | SSEDecoder) -> Exception | None:
        """A transport failure while reading, as an `OllamaError`; anything else passes through (a
        stream error without the client's credentials, should the server have echoed them)."""
        if isinstance(error, StreamError):
            error.scrub(self.settings.secrets)
            return None
        if not isinstance(error, httpx.HTTPError):
            return None
        if self.response is not None:
            try:
                error.request  # noqa: B018 - raises RuntimeError when httpx attached none
            except RuntimeError:
                # iter_raw() would have attached it; the timeout the request carried is reported.
                error.request = self.response.request
        status = None if self.response is None else self.response.status_code
        return stream_failure(error, self.settings.base_url, decoder.received, status)
