"""Read the OpenAPI spec that ships inside the generated package.

The spec is the single source of truth: which operations stream, what chunk type each streams, what
marks the end of a complete stream and which POSTs are safe to retry all come from here, so the
overlays never keep a second list of those facts.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ._refs import resolve

__all__ = [
    "PRESENT",
    "Operation",
    "SSEInfo",
    "StreamInfo",
    "load_spec",
    "operation",
    "operations",
    "removed",
    "resolve_refs",
    "since",
]

_HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete", "options")


PRESENT: Any = object()
"""The value of a `StreamInfo.single` condition that only asks for the property to be there."""


@dataclass(frozen=True)
class StreamInfo:
    """How an NDJSON-streaming operation streams (its `x-ollama-streaming` extension)."""

    chunk_schema: str
    """Name of the component schema of one line, e.g. ``ChatResponse``."""
    final_property: str
    """The property whose value marks the last line of a complete stream, e.g. ``done``."""
    final_value: Any
    """The value of `final_property` on that last line, e.g. ``True``."""
    single: tuple[tuple[str, Any], ...] = ()
    """The answers that are one ``application/json`` object whatever ``stream`` says (loading a
    model, ``_debug_render_only``): ``(property, value)`` conditions on that object, `PRESENT` as the
    value for "the property is there" (``x-ollama-streaming.single``)."""

    def is_final(self, chunk: Any) -> bool:
        """True when the decoded line `chunk` is the last line of a complete stream."""
        return isinstance(chunk, dict) and chunk.get(self.final_property) == self.final_value

    def is_single(self, chunk: Any) -> bool:
        """True when `chunk` is one of the one-object answers, complete by itself."""
        if not isinstance(chunk, dict):
            return False
        for name, value in self.single:
            found = chunk.get(name)
            if found is not None and (value is PRESENT or found == value):
                return True
        return False


@dataclass(frozen=True)
class SSEInfo:
    """How a Server-Sent Events operation streams (its `x-ollama-sse` extension)."""

    done: bytes | None
    """The ``data`` that ends a complete stream (``[DONE]``), for data-only streams."""
    final_types: frozenset[str]
    """The event types that end a complete stream, for streams of typed events."""


def _sse_info(extension: dict[str, Any]) -> SSEInfo:
    end = extension.get("end")
    ends = [end] if isinstance(end, str) else list(end or [])
    if extension.get("convention") == "data-done":
        return SSEInfo(done=str(ends[0]).encode() if ends else b"[DONE]", final_types=frozenset())
    return SSEInfo(done=None, final_types=frozenset(map(str, ends)))


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the client needs to call it."""

    operation_id: str
    method: str
    path: str
    tag: str
    request_schema: str | None
    """Component schema name of the JSON request body, if the body is JSON."""
    response_schema: str | None
    """Component schema name of the JSON body of the 200/201 answer, if any."""
    stream: StreamInfo | None
    text_answer: bool
    """The success answer may also be plain text (``text/plain``), read as a string."""
    sse: SSEInfo | None
    """Set for operations that stream Server-Sent Events (the ``/v1`` routes)."""
    idempotent: bool
    """Safe to send again after a failure (GET/HEAD/DELETE, or a POST marked `x-ollama-idempotent`)."""
    deprecated: bool
    genai_operation: str | None = None
    """The ``gen_ai.operation.name`` of an operation that runs a model (``x-genai-operation``):
    ``chat``, ``text_completion`` or ``embeddings``; None for the others (not traced)."""


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """Return the whole OpenAPI document as a dict (parsed once, then cached; do not mutate it)."""
    text = resources.files("ollama_openapi_generated").joinpath("openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _schema_name(media: dict[str, Any] | None) -> str | None:
    if not media:
        return None
    ref = media.get("schema", {}).get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _build_operation(path: str, method: str, op: dict[str, Any]) -> Operation:
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    responses = op.get("responses", {})
    success = responses.get("200") or responses.get("201") or {}
    stream_ext = op.get("x-ollama-streaming")
    stream = None
    if stream_ext is not None:
        stream = StreamInfo(
            chunk_schema=stream_ext["chunk"].rsplit("/", 1)[-1],
            final_property=stream_ext["final"]["property"],
            final_value=stream_ext["final"]["equals"],
            single=tuple(
                (str(rule["property"]), rule.get("equals", PRESENT)) for rule in stream_ext.get("single", ())
            ),
        )
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        tag=(op.get("tags") or ["default"])[0],
        request_schema=_schema_name(body),
        response_schema=_schema_name(success.get("content", {}).get("application/json")),
        stream=stream,
        text_answer="text/plain" in success.get("content", {})
        and _schema_name(success.get("content", {}).get("application/json")) is not None,
        sse=_sse_info(op["x-ollama-sse"]) if "x-ollama-sse" in op else None,
        idempotent=method in ("get", "head", "delete", "put", "options")
        or bool(op.get("x-ollama-idempotent")),
        deprecated=bool(op.get("deprecated")),
        genai_operation=op.get("x-genai-operation"),
    )


@functools.lru_cache(maxsize=1)
def _operations_by_id() -> dict[str, Operation]:
    result: dict[str, Operation] = {}
    for path, item in load_spec()["paths"].items():
        for method in _HTTP_METHODS:
            if method in item:
                built = _build_operation(path, method, item[method])
                result[built.operation_id] = built
    return result


def operations() -> list[Operation]:
    """Every operation of the spec, in the order the spec lists them."""
    return list(_operations_by_id().values())


def operation(operation_id: str) -> Operation:
    """The operation with this `operationId`; `KeyError` if the spec has none."""
    return _operations_by_id()[operation_id]


def resolve_refs(node: Any, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """`node` with its chain of local ``$ref`` followed (``{}`` for a foreign or cyclic reference).

    Works for schemas and for response objects alike; `spec` defaults to the shipped spec.
    """
    return resolve(node, load_spec() if spec is None else spec)


def since(operation_id: str, field: str | None = None) -> str | None:
    """The first Ollama release with operation `operation_id`, or with its `field`, e.g.
    ``since("chat", "think") == "0.9.0"`` (None when the spec does not say).

    `field` is a request field, else an answer field; a nested one is a path:
    ``"messages[].images"``, ``"message.thinking"``, ``"options.num_ctx"``.

    Raises:
        KeyError: The spec has no such operation or field.
    """
    from .api_history import find_item

    found = find_item(load_spec(), operation_id, field).since
    return None if found is None else str(found)


def removed(operation_id: str, field: str | None = None) -> str | None:
    """The first Ollama release without operation `operation_id` or its `field` (None: still there);
    arguments as for `since`."""
    from .api_history import find_item

    found = find_item(load_spec(), operation_id, field).removed
    return None if found is None else str(found)
