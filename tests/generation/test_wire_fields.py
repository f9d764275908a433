"""Every request field of every generated method reaches the request body, sync and async.

Walks the spec (nothing listed by hand): for each field the generator must expose, the method is
called with a sample value for it (positionally where ``x-python.positional`` puts it) and the JSON
body the server receives is checked. Removing a field from the method layer fails its case here.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi.spec import load_spec, resolve_refs

from .spec_walk import Field, fields, methods, request_schema

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
DIGEST = "sha256:" + "ab" * 32
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
MESSAGE = {"role": "user", "content": "hi"}
AUDIO = b"RIFF....WAVEfmt fake audio bytes"
SCHEMA_SAMPLES: dict[str, tuple[object, object]] = {
    "Duration": ("5m", "5m"),
    "Format": ({"type": "object", "properties": {"a": {"type": "string"}}}, None),
    "ThinkValue": ("high", "high"),
    "BlobMap": ({"model.gguf": DIGEST}, None),
    "Options": ({"temperature": 0.25, "stop": ["\n"]}, None),
}
SCALAR_SAMPLES: dict[str, object] = {"boolean": True, "integer": 3, "number": 0.5}


def _ref(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    for option in schema.get("anyOf", []):
        if "$ref" in option:
            return str(option["$ref"]).rsplit("/", 1)[-1]
    return None


def sample(field: Field) -> tuple[object, object]:
    """An argument for `field`, and what the request body must hold for it (the value of the
    operation's request example where it has one)."""
    if field.example is not None and field.json_name not in ("images", "files", "adapters", "draft_files"):
        return field.example, field.example
    schema = field.schema
    options = [option for option in schema.get("anyOf", []) if option.get("type") != "null"]
    if len(options) == 1 and len(schema["anyOf"]) == 2 and "$ref" not in options[0]:
        schema = options[0]  # nullable as Go's client sends it (`messages`): the value's own schema
    name = _ref(schema)
    if name in SCHEMA_SAMPLES:
        argument, expected = SCHEMA_SAMPLES[name]
        return argument, argument if expected is None else expected
    resolved = resolve_refs(schema)
    if isinstance(resolved.get("type"), list):  # e.g. ["array", "null"]
        resolved = {**resolved, "type": next(kind for kind in resolved["type"] if kind != "null")}
    if not resolved.get("type") and not resolved.get("anyOf"):  # any JSON value
        return "any-json-value", "any-json-value"
    kinds = {option.get("type") for option in schema.get("anyOf", [])}
    if {"string", "array"} <= kinds:
        return ["first", "second"], ["first", "second"]
    kind = resolved.get("type")
    if kind == "string" and resolved.get("format") == "binary":
        return AUDIO, AUDIO
    if kind == "array":
        items = resolved.get("items", {})
        item = _ref(items)
        if item == "Message":
            return [MESSAGE], [MESSAGE]
        if item == "Tool":
            return [TOOL], [TOOL]
        if items.get("contentEncoding") == "base64":
            return [PNG], [base64.b64encode(PNG).decode()]
        if _ref(items) or items.get("anyOf"):
            return [_minimal(items)], [_minimal(items)]
        listed: list[object] = [1, 2] if items.get("type") == "integer" else ["a", "b"]
        return listed, listed
    if kind == "object":
        return {"model_family": "llama"}, {"model_family": "llama"}
    if kind == "string":
        text = f"{field.json_name}-value"
        return text, text
    scalar = SCALAR_SAMPLES[str(kind)]
    return scalar, scalar


def _minimal(schema: dict[str, Any]) -> object:
    """The smallest value of `schema` (its required members, with simple values)."""
    resolved = resolve_refs(schema)
    options: list[dict[str, Any]] = resolved.get("anyOf") or resolved.get("oneOf") or []
    if options:
        return _minimal(options[0])
    kind = resolved.get("type")
    if kind == "object" or "properties" in resolved:
        properties = resolved.get("properties", {})
        return {name: _minimal(properties.get(name, {})) for name in resolved.get("required", [])}
    if kind == "array":
        return []
    examples = resolved.get("examples")
    if kind == "string":
        return examples[0] if examples else "x"
    return {"integer": 1, "number": 0.5, "boolean": True}.get(str(kind), "x")


def _answer(operation_id: str) -> httpx.Response:
    """The spec's own example answer of the operation (an empty 200 when it has no body)."""
    for item in load_spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = operation["responses"]["200"].get("content", {}).get("application/json")
                if media is None:
                    return httpx.Response(200)
                return httpx.Response(200, json=media["example"])
    raise AssertionError(operation_id)


def _arguments(field: Field) -> tuple[list[object], dict[str, object]]:
    operation = dict(methods())[field.operation_id]
    positional: list[str] = operation["x-python"].get("positional", [])
    samples = {other.json_name: other for other in fields() if other.operation_id == field.operation_id}
    required = [name for name in positional[:1]]
    schema_required = set(_required(operation))
    required += [name for name in positional[1:] if name in schema_required]
    upto = field.positional_index + 1 if field.positional_index is not None else len(required)
    args = [sample(samples[name])[0] for name in positional[: max(upto, len(required))]]
    kwargs: dict[str, object] = {}
    if field.positional_index is None:
        kwargs[field.parameter] = sample(field)[0]
    needs_one = operation["x-python"].get("requires-one-of", [])
    if needs_one and field.json_name not in needs_one:
        # The request needs one of these fields besides the one under test: send it unchecked.
        kwargs["extra_body"] = {needs_one[0]: "base-model"}
    return args, kwargs


def _required(operation: dict[str, Any]) -> list[str]:
    return list(request_schema(operation).get("required", []))


def _method(client: object, field: Field) -> Any:
    owner = getattr(client, field.namespace) if field.namespace else client
    return getattr(owner, field.method)


def _capture(operation_id: str) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(operation_id)

    return seen, handler


def assert_sent(request: httpx.Request, field: Field) -> None:
    expected = sample(field)[1]
    if request.headers["content-type"].startswith("multipart/form-data"):
        part = f'name="{field.json_name}"'.encode()
        assert part in request.content
        value = expected if isinstance(expected, bytes) else str(expected).encode()
        assert value in request.content.split(part, 1)[1]
        return
    assert json.loads(request.content)[field.json_name] == expected


FIELDS = list(fields())
KEY = "wire-test-key"
"""Given to every client: the operations marked ``x-python.requires-api-key`` are sent only with one.
(The clients have ``server_checks="off"``: one request each, the body's; tests/client/test_server_checks
covers the checks.)"""


def test_the_walk_finds_the_fields() -> None:
    assert len(FIELDS) > 60
    assert {field.method for field in FIELDS} >= {"chat", "generate", "create", "show", "embed"}


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: f"{field.method}-{field.json_name}")
def test_field_reaches_the_request_body_sync(field: Field) -> None:
    args, kwargs = _arguments(field)
    seen, handler = _capture(field.operation_id)
    with Client(
        "http://ollama.test", transport=httpx.MockTransport(handler), api_key=KEY, server_checks="off"
    ) as client:
        _method(client, field)(*args, **kwargs)
    assert len(seen) == 1
    assert_sent(seen[0], field)


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: f"{field.method}-{field.json_name}")
def test_field_reaches_the_request_body_async(field: Field) -> None:
    args, kwargs = _arguments(field)
    seen, handler = _capture(field.operation_id)

    async def run() -> None:
        async with AsyncClient(
            "http://ollama.test", transport=httpx.MockTransport(handler), api_key=KEY, server_checks="off"
        ) as client:
            await _method(client, field)(*args, **kwargs)

    asyncio.run(run())
    assert len(seen) == 1
    assert_sent(seen[0], field)
