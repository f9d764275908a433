"""Property-based fuzzing of response parsing: documents built from the spec, and mutations of them.

Strategies are built from the spec's component schemas (``ollama_openapi.spec.load_spec()``): every
property, ``$ref``, ``anyOf``, enum, array and date-time is followed. Mutations then swap types, drop
keys, insert nulls and unknown keys, or cut the JSON text short. Each document is served through an
``httpx.MockTransport`` to both clients, streamed and not, and the property is:

* a document that conforms to the schema parses, and unknown keys survive in ``additional_properties``;
* any other body ends in a parsed model or an `OllamaError`: never a raw exception, never a hang.

Default run: ``FUZZ_EXAMPLES`` (40) examples per test, 960 documents through both clients; with
``OLLAMA_OPENAPI_HEAVY=1`` 2,000 examples per test (48,000 documents).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi.errors import OllamaError
from ollama_openapi.spec import load_spec

from .heavy import scale

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is needed for the fuzz tests")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

pytestmark = pytest.mark.timeout(scale(120, 3600))

FUZZ_EXAMPLES = scale(40, 2_000)
SETTINGS = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    database=None,
)

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]

# operation -> (client method call, response schema, streamed?)
TARGETS: dict[str, tuple[str, str, bool]] = {
    "chat": ("chat", "ChatResponse", False),
    "chat_stream": ("chat", "ChatResponse", True),
    "generate": ("generate", "GenerateResponse", False),
    "generate_stream": ("generate", "GenerateResponse", True),
    "show": ("show", "ShowResponse", False),
    "list": ("list", "ListResponse", False),
    "ps": ("ps", "ProcessResponse", False),
    "embed": ("embed", "EmbedResponse", False),
    "version": ("version", "VersionResponse", False),
    "pull_stream": ("pull", "ProgressResponse", True),
}

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
_JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**40), 2**40), _TEXT)
_ANY_JSON = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=6,
)
_TIMESTAMPS = st.builds(
    lambda day, second, digits, zone: f"2024-06-{day:02d}T14:38:{second:02d}{digits}{zone}",
    st.integers(1, 28),
    st.integers(0, 59),
    st.sampled_from(["", ".1", ".123", ".123456", ".123456789"]),
    st.sampled_from(["Z", "-07:00", "+05:30"]),
)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Documents that conform to ``schema`` (an OpenAPI 3.1 / JSON Schema subset)."""
    schema = _resolve(schema)
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf") or schema["oneOf"]
        return st.one_of([from_schema(option, depth) for option in options])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": item}, depth) for item in kind])
    if kind == "string":
        if schema.get("format") == "date-time":
            return _TIMESTAMPS
        return _TEXT
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**40)), 2**40)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        if depth > 3:
            return st.just([])
        return st.lists(from_schema(schema.get("items", {}), depth + 1), max_size=3)
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    return _ANY_JSON


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    if depth > 3:
        optional: dict[str, st.SearchStrategy[Any]] = {}
    else:
        optional = {
            name: from_schema(sub, depth + 1) for name, sub in properties.items() if name not in required
        }
    fixed = st.fixed_dictionaries(
        {name: from_schema(properties[name], depth + 1) for name in required if name in properties},
        optional=optional,
    )
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) or extra is True:
        values = from_schema(extra, depth + 1) if isinstance(extra, dict) else _ANY_JSON
        return st.builds(
            lambda base, more: {**more, **base}, fixed, st.dictionaries(_TEXT, values, max_size=2)
        )
    return fixed


def _final(document: dict[str, Any], schema_name: str) -> dict[str, Any]:
    """Make a stream chunk the final one, as a complete stream needs."""
    if schema_name == "ProgressResponse":
        return {**document, "status": "success"}
    return {**document, "done": True}


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> Any:
    """One structural mutation somewhere in ``document``."""
    paths: list[tuple[Any, ...]] = []

    def collect(node: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                collect(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                collect(value, (*path, index))

    collect(document, ())
    path = draw(st.sampled_from(paths))
    how = draw(st.sampled_from(["swap", "null", "drop", "extra", "wrap"]))
    replacement = draw(_ANY_JSON)

    def rebuild(node: Any, rest: tuple[Any, ...]) -> Any:
        if not rest:
            if how == "swap":
                return replacement
            if how == "null":
                return None
            if how == "extra" and isinstance(node, dict):
                return {**node, "x_unknown_field": replacement}
            if how == "wrap":
                return [node]
            return node
        head, *tail = rest
        if isinstance(node, dict):
            if how == "drop" and not tail:
                return {key: value for key, value in node.items() if key != head}
            return {**node, head: rebuild(node[head], tuple(tail))}
        copy = list(node)
        if how == "drop" and not tail:
            del copy[head]
            return copy
        copy[head] = rebuild(node[head], tuple(tail))
        return copy

    return rebuild(document, path)


def _body(document: Any, streamed: bool, schema_name: str) -> bytes:
    if not streamed:
        return json.dumps(document).encode()
    first = json.dumps(document).encode()
    last = json.dumps(_final(document, schema_name) if isinstance(document, dict) else document).encode()
    return first + b"\n" + last + b"\n"


def _call(client: Any, operation: str) -> Any:
    method, _schema, streamed = TARGETS[operation]
    arguments: dict[str, tuple[Any, ...]] = {
        "chat": ("m", [{"role": "user", "content": "hi"}]),
        "generate": ("m", "hi"),
        "show": ("m",),
        "embed": ("m", "hi"),
        "pull": ("m",),
    }
    kwargs = {"stream": True} if streamed else {}
    return getattr(client, method)(*arguments.get(method, ()), **kwargs)


def outcome_of(operation: str, body: bytes, status: int = 200) -> list[tuple[str, Any]]:
    """What both clients make of ``body``: ("ok", items) or ("error", exception), sync then async."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/x-ndjson"})

    streamed = TARGETS[operation][2]
    results: list[tuple[str, Any]] = []
    try:
        with Client("http://fuzz", transport=httpx.MockTransport(handler), max_retries=0) as client:
            result = _call(client, operation)
            results.append(("ok", list(result) if streamed else [result]))
    except OllamaError as exc:
        results.append(("error", exc))

    async def run_async() -> None:
        transport = httpx.MockTransport(handler)
        try:
            async with AsyncClient("http://fuzz", transport=transport, max_retries=0) as aclient:
                result = await _call(aclient, operation)
                items = [item async for item in result] if streamed else [result]
                results.append(("ok", items))
        except OllamaError as exc:
            results.append(("error", exc))

    asyncio.run(run_async())
    return results


def _conforming(operation: str) -> st.SearchStrategy[Any]:
    return from_schema({"$ref": f"#/components/schemas/{TARGETS[operation][1]}"})


@pytest.mark.parametrize("operation", sorted(TARGETS))
def test_conforming_documents_parse(operation: str) -> None:
    schema_name, streamed = TARGETS[operation][1:]

    @SETTINGS
    @given(document=_conforming(operation), extra=_JSON_SCALARS)
    def check(document: dict[str, Any], extra: Any) -> None:
        document = {**document, "x_future_field": extra}
        for kind, value in outcome_of(operation, _body(document, streamed, schema_name)):
            assert kind == "ok", f"{value!r} for {document!r}"
            assert value[-1].additional_properties.get("x_future_field", "missing") == extra

    check()


@pytest.mark.parametrize("operation", sorted(TARGETS))
def test_mutated_documents_parse_or_raise_ollama_errors(operation: str) -> None:
    schema_name, streamed = TARGETS[operation][1:]

    @SETTINGS
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        document = data.draw(mutated(data.draw(_conforming(operation))))
        outcome_of(operation, _body(document, streamed, schema_name))  # raises anything but OllamaError

    check()


@pytest.mark.parametrize("operation", ["chat", "chat_stream", "show", "pull_stream"])
def test_truncated_and_garbled_bodies(operation: str) -> None:
    schema_name, streamed = TARGETS[operation][1:]

    @SETTINGS
    @given(data=st.data(), status=st.sampled_from([200, 200, 200, 400, 404, 500, 502, 520]))
    def check(data: st.DataObject, status: int) -> None:
        body = _body(data.draw(_conforming(operation)), streamed, schema_name)
        cut = data.draw(st.integers(0, len(body)))
        noise = data.draw(st.binary(max_size=8))
        mangled = body[:cut] + noise
        for kind, value in outcome_of(operation, mangled, status):
            if status != 200:
                assert kind == "error"
                assert getattr(value, "status_code", None) == status
            if kind == "ok" and streamed:
                assert value, "a stream parsed to nothing must be an error"

    check()
