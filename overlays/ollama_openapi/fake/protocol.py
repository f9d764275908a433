"""Request and response values exchanged between the HTTP layer and the endpoint handlers.

Handlers are plain functions ``(Request) -> Response``; they never touch sockets. Request bodies are
decoded with Go ``encoding/json``-like strictness so type errors produce the messages Ollama sends.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
NDJSON_CONTENT_TYPE = "application/x-ndjson"
TEXT_CONTENT_TYPE = "text/plain; charset=utf-8"
ROUTER_TEXT_CONTENT_TYPE = "text/plain"
"""What gin labels its own 404 and 405 bodies with (no charset, unlike ``c.String``)."""


@dataclass
class Request:
    """One HTTP request as handlers see it."""

    method: str
    path: str
    path_params: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    # Only for raw-body routes (blob upload): yields the body in chunks, read lazily from the socket.
    body_chunks: Iterable[bytes] = field(default_factory=tuple)


@dataclass
class JsonResponse:
    """A single JSON document (``body`` of ``None`` is sent as ``null``)."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class StreamResponse:
    """A streamed 200 answer: each item is written followed by one newline. For NDJSON an item is one
    encoded JSON document; for Server-Sent Events (`content_type` ``text/event-stream``) one event
    without the blank line that ends it.

    The iterator may raise ``ApiError``: before the first line it becomes a normal error response,
    afterwards an ``{"error": ...}`` line in the 200 stream (Ollama's behaviour).
    """

    lines: Iterator[bytes]
    content_type: str = NDJSON_CONTENT_TYPE
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class TextResponse:
    """A text body (``text/plain`` unless `content_type` says otherwise)."""

    status: int
    text: str
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = TEXT_CONTENT_TYPE


@dataclass
class EmptyResponse:
    """A response without body (``Content-Length: 0``), with `headers` besides."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)


Response = JsonResponse | StreamResponse | TextResponse | EmptyResponse
Handler = Callable[[Request], Response]


def encode(document: Any) -> bytes:
    """Compact JSON as Go's ``json.Marshal`` writes it (no spaces, UTF-8, ``<>&`` kept readable)."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def stream_or_single(lines: Iterator[bytes], stream: bool) -> Response:
    """Stream ``lines`` or, for ``stream: false``, answer only the last one (errors become HTTP errors)."""
    if stream:
        return StreamResponse(lines)
    last = b"null"
    for line in lines:
        last = line
    return JsonResponse(200, json.loads(last))


# Request body decoding ------------------------------------------------------------------------------

_GO_TYPES = {str: "string", bool: "bool", list: "array", dict: "object", type(None): "null"}


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return _GO_TYPES.get(type(value), "value")


def _go_json_error(text: str, error: json.JSONDecodeError) -> str:
    if error.pos >= len(text.rstrip()):
        return "unexpected EOF"
    character = text[error.pos]
    if error.msg.startswith("Expecting value"):
        return f"invalid character '{character}' looking for beginning of value"
    if error.msg.startswith("Extra data"):
        return f"invalid character '{character}' after top-level value"
    if error.msg.startswith("Expecting property name"):
        return f"invalid character '{character}' looking for beginning of object key string"
    if error.msg.startswith("Expecting ':'"):
        return f"invalid character '{character}' after object key"
    return f"invalid character '{character}' after object key:value pair"


class Body:
    """A decoded JSON request object with typed accessors that fail like Go's JSON binding."""

    def __init__(self, data: dict[str, Any], type_name: str) -> None:
        self.data = data
        self.type_name = type_name

    @classmethod
    def parse(cls, raw: bytes, type_name: str) -> Body:
        """Decode ``raw``; empty -> 400 ``missing request body``; bad JSON -> 400 with Go's message."""
        text = raw.decode("utf-8", errors="replace")
        if not text.strip():
            raise ApiError(400, "missing request body")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise ApiError(400, _go_json_error(text, error)) from None
        if value is None:
            return cls({}, type_name)
        if not isinstance(value, dict):
            raise ApiError(
                400, f"json: cannot unmarshal {_json_kind(value)} into Go value of type api.{type_name}"
            )
        return cls(value, type_name)

    def _type_error(self, key: str, value: Any, go_type: str) -> ApiError:
        kind = _json_kind(value)
        if kind == "number" and go_type in ("int", "int64"):
            kind = f"number {value}"
        return ApiError(
            400,
            f"json: cannot unmarshal {kind} into Go struct field {self.type_name}.{key} of type {go_type}",
        )

    def get(self, key: str) -> Any:
        """The raw value (``None`` when absent or null)."""
        return self.data.get(key)

    def has(self, key: str) -> bool:
        """Whether ``key`` is present and not null."""
        return self.data.get(key) is not None

    def string(self, key: str, default: str = "") -> str:
        """A ``string`` field."""
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self._type_error(key, value, "string")
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        """A ``bool`` field."""
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._type_error(key, value, "bool")
        return value

    def integer(self, key: str, default: int = 0) -> int:
        """An ``int`` field (fractions are rejected like Go does)."""
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._type_error(key, value, "int")
        if isinstance(value, float) and not value.is_integer():
            raise self._type_error(key, value, "int")
        return int(value)

    def mapping(self, key: str, go_type: str = "map[string]interface {}") -> dict[str, Any]:
        """An object field (``{}`` when absent)."""
        value = self.data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self._type_error(key, value, go_type)
        return value

    def array(self, key: str, go_type: str) -> list[Any]:
        """An array field (``[]`` when absent)."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._type_error(key, value, go_type)
        return value

    def string_list(self, key: str, go_type: str = "[]string") -> list[str]:
        """An array of strings."""
        values = self.array(key, go_type)
        for value in values:
            if not isinstance(value, str):
                raise self._type_error(key, value, "string")
        return values

    def string_map(self, key: str) -> dict[str, str]:
        """A ``map[string]string`` field."""
        values = self.mapping(key, "map[string]string")
        for value in values.values():
            if not isinstance(value, str):
                raise self._type_error(key, value, "string")
        return values


# Options ---------------------------------------------------------------------------------------------

_INT_OPTIONS = frozenset(
    {
        "num_ctx",
        "num_batch",
        "num_gpu",
        "main_gpu",
        "num_thread",
        "draft_num_predict",
        "num_keep",
        "seed",
        "num_predict",
        "top_k",
        "repeat_last_n",
    }
)
_FLOAT_OPTIONS = frozenset(
    {"top_p", "min_p", "typical_p", "temperature", "repeat_penalty", "presence_penalty", "frequency_penalty"}
)
_BOOL_OPTIONS = frozenset({"use_mmap"})


def check_options(options: dict[str, Any]) -> None:
    """Type-check ``options`` like ``api.Options.FromMap``; Ollama surfaces these errors as HTTP 500.

    Unknown keys are ignored (Ollama only logs a warning).
    """
    for key, value in options.items():
        if value is None:
            continue
        if key in _INT_OPTIONS or key in _FLOAT_OPTIONS:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                kind = "integer" if key in _INT_OPTIONS else "float32"
                raise ApiError(500, f'option "{key}" must be of type {kind}')
        elif key in _BOOL_OPTIONS:
            if not isinstance(value, bool):
                raise ApiError(500, f'option "{key}" must be of type boolean')
        elif key == "stop":
            if not isinstance(value, list):
                raise ApiError(500, 'option "stop" must be of type array')
            if not all(isinstance(item, str) for item in value):
                raise ApiError(500, 'option "stop" must be of an array of strings')
