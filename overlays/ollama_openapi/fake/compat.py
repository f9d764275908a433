"""What the fake's ``/v1`` routes share.

Ollama serves ``/v1`` by translating: a middleware turns the OpenAI or Anthropic request into a native
one, the native handler answers, and a writer turns each native chunk (or the one native body) into
the foreign shape. The fake does the same with its own native handlers, so models, text, thinking,
tool calls, embeddings and native errors are the ones ``/api`` gives. This module holds the pieces
every translation needs: calling a native handler, reading its answer as chunks (and losing a late
error as Ollama does), the two foreign error shapes, reasoning efforts and image data URLs.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import secrets
import time
from collections.abc import Callable, Iterator
from typing import Any

from .context import FakeContext
from .errors import ApiError
from .names import parse_model_name
from .protocol import Body, JsonResponse, Request, Response, StreamResponse, encode
from .registry import ModelRecord

NativeEndpoint = Callable[[FakeContext, Request], Response]

# Error shapes -------------------------------------------------------------------------------------


class OpenAIApiError(ApiError):
    """An error of the OpenAI-compatible routes: ``{"error": {"message", "type", "param", "code"}}``."""

    def body(self) -> dict[str, Any]:
        """OpenAI's shape; ``type`` follows the status (400, 404, anything else)."""
        kind = {400: "invalid_request_error", 404: "not_found_error"}.get(self.status, "api_error")
        return {"error": {"message": self.message, "type": kind, "param": None, "code": None}}


_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    429: "rate_limit_error",
    503: "overloaded_error",
    529: "overloaded_error",
}


class AnthropicApiError(ApiError):
    """An error of ``/v1/messages``: ``{"type": "error", "error": {"type", "message"}, "request_id"}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.request_id = "req_" + secrets.token_hex(12)

    def body(self) -> dict[str, Any]:
        """Anthropic's shape; ``error.type`` follows the status."""
        kind = _ANTHROPIC_TYPES.get(self.status, "api_error")
        return {
            "type": "error",
            "error": {"type": kind, "message": self.message},
            "request_id": self.request_id,
        }


def openai_error(error: ApiError) -> OpenAIApiError:
    """A native error as the OpenAI writers convert it (same status and message; extra fields such as
    ``signin_url`` are dropped)."""
    return error if isinstance(error, OpenAIApiError) else OpenAIApiError(error.status, error.message)


def anthropic_error(error: ApiError) -> AnthropicApiError:
    """A native error as the Anthropic writer converts it."""
    return error if isinstance(error, AnthropicApiError) else AnthropicApiError(error.status, error.message)


def converted_errors(events: Iterator[bytes], convert: Callable[[ApiError], ApiError]) -> Iterator[bytes]:
    """`events`, with an error raised before the first event converted (it becomes the HTTP answer)."""
    try:
        first = next(events)
    except StopIteration:
        return
    except ApiError as error:
        raise convert(error) from None
    yield first
    yield from events


# Calling the native handlers ----------------------------------------------------------------------


def parse_body(request: Request, type_name: str) -> Body:
    """The JSON body of a ``/v1`` request, failing like Go's decoder (an empty body is ``EOF``)."""
    if not request.body.strip():
        raise ApiError(400, "EOF")
    return Body.parse(request.body, type_name)


def call_native(endpoint: NativeEndpoint, context: FakeContext, path: str, body: dict[str, Any]) -> Response:
    """Answer the native request `body` with the fake's own handler for `path`."""
    headers = {"content-type": "application/json"}
    return endpoint(context, Request("POST", path, {}, headers, encode(body)))


def native_document(response: Response) -> dict[str, Any]:
    """The one JSON body of a non-streamed native answer (a failure injected with ``fail_streams_after``
    is the native handler's: an ``ApiError`` 500, or a cut connection)."""
    if isinstance(response, StreamResponse):
        chunks = [json.loads(line) for line in response.lines]
        document: Any = chunks[-1] if chunks else {}
    elif isinstance(response, JsonResponse):
        document = response.body
    else:
        raise ApiError(500, "unexpected native answer")
    if not isinstance(document, dict):
        raise ApiError(500, "unexpected native answer")
    return document


def native_chunks(response: Response) -> Iterator[dict[str, Any]]:
    """A native answer as decoded chunks (a one-document answer is one chunk).

    An error once a chunk has been produced is delivered as the chunk ``{"error": message}`` and ends
    the chunks: that is what Ollama's compat writers receive, and they do not tell it from an empty
    chunk. An error before the first chunk is raised. ``fail_streams_after`` injects such an error in
    the native lines (or a ``ConnectionCut``, which passes through).
    """
    lines: Iterator[bytes] | None = None
    if isinstance(response, StreamResponse):
        lines = response.lines
        chunks: Iterator[Any] = (json.loads(line) for line in lines)
    elif isinstance(response, JsonResponse):
        chunks = iter([response.body])
    else:
        chunks = iter(())
    produced = 0
    try:
        for chunk in chunks:
            if isinstance(chunk, dict) and "error" in chunk and produced:
                yield {"error": str(chunk["error"])}
                return
            yield chunk
            produced += 1
    except ApiError as error:
        if not produced:
            raise
        yield {"error": error.message}
    finally:
        close = getattr(lines, "close", None)
        if close is not None:
            close()


def find_model(context: FakeContext, name: str) -> ModelRecord | None:
    """The installed model `name` refers to, if any."""
    parsed = parse_model_name(name) if name else None
    return context.state.get_model(parsed) if parsed is not None else None


# Shared conversions -------------------------------------------------------------------------------

LONGEST_FREE_ANSWER = 64
"""More tokens than a fake model says unprompted (thinking included); see `native_budget`."""


def native_budget(max_tokens: int) -> int | None:
    """The native ``num_predict`` for a foreign token limit, or None to leave it out.

    The fake's native ``num_predict`` asks for exactly that many tokens, while the foreign limits are
    caps that real models rarely reach (Anthropic even requires one). A cap no fake answer reaches is
    therefore left out, so the answer ends naturally (``stop``) as a real model's would.
    """
    return max_tokens if max_tokens < LONGEST_FREE_ANSWER else None


_EFFORTS: dict[str, bool | str] = {
    "none": False,
    "minimal": "low",
    "low": "low",
    "medium": "medium",
    "high": "high",
    "max": "max",
    "xhigh": "max",
    "ultra": "max",
}


def think_from_effort(effort: str) -> bool | str | None:
    """The native ``think`` for an OpenAI reasoning effort (``None``: the model's default)."""
    if not effort:
        return None
    if effort not in _EFFORTS:
        raise ApiError(
            400,
            f"invalid reasoning value: {json.dumps(effort)} "
            '(must be "minimal", "low", "medium", "high", "xhigh", "ultra", "max", or "none")',
        )
    return _EFFORTS[effort]


_IMAGE_PREFIXES = (
    "data:image/jpeg;base64,",
    "data:image/jpg;base64,",
    "data:image/png;base64,",
    "data:image/webp;base64,",
    "data:;base64,",
)


def image_from_url(url: str) -> str:
    """The base64 data of an image given as a ``data:`` URL (the only kind Ollama accepts)."""
    if url.startswith(("http://", "https://")):
        raise ApiError(400, "image URLs are not currently supported, please use base64 encoded data instead")
    prefix = next((prefix for prefix in _IMAGE_PREFIXES if url.startswith(prefix)), None)
    if prefix is None:
        raise ApiError(400, "invalid image input")
    data = url[len(prefix) :]
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, "invalid image input") from None
    return data


def native_tool_call_arguments(call: dict[str, Any]) -> dict[str, Any]:
    """The arguments object of a native tool call."""
    function = call.get("function") or {}
    arguments = function.get("arguments")
    return arguments if isinstance(arguments, dict) else {}


def arguments_json(call: dict[str, Any]) -> str:
    """A native tool call's arguments as the JSON text the foreign shapes carry (compact, in order)."""
    return encode(native_tool_call_arguments(call)).decode()


def go_kind(value: Any) -> str:
    """The Go type a decoded JSON value has in an ``interface{}`` (as Ollama's messages name it)."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "float64"
    if isinstance(value, str):
        return "string"
    return "[]interface {}" if isinstance(value, list) else "map[string]interface {}"


def now_seconds() -> int:
    """The current Unix time in seconds."""
    return int(time.time())


def random_number(below: int) -> int:
    """A random number for Ollama's (not unique) ids such as ``chatcmpl-417``."""
    return random.randrange(below)
