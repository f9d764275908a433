"""Reading an answer (no I/O): success or failure, the parsed result, a failure part-way through a stream."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ollama_openapi._http.call import Call
from ollama_openapi._http.error_answers import response_error_from
from ollama_openapi._http.error_mapping import map_transport_error
from ollama_openapi._ndjson import NDJSONDecoder, parse_json_body
from ollama_openapi._settings import ClientSettings
from ollama_openapi._sse import SSEDecoder
from ollama_openapi.errors import OllamaError, OllamaTimeoutError, StreamError, StreamTruncatedError

__all__ = [
    "StreamBody",
    "answer",
    "error_of",
    "is_failure",
    "raw_body_readable",
    "single_answer_test",
    "stream_failure",
]


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
