"""The spec itself: valid OpenAPI 3.1, complete against Ollama's inventory, examples that validate."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from ollama_openapi import spec as _spec
from ollama_openapi.spec_validation import SpecValidator

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "ollama.yaml"
INVENTORY = json.loads((ROOT / "tests" / "data" / "ollama_inventory.json").read_text("utf-8"))
ERROR_STATUSES = {"400", "401", "403", "404", "429", "499", "500", "502", "503"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def validator(spec: dict[str, Any]) -> SpecValidator:
    return SpecValidator(spec)


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_shipped_json_copy_matches_the_yaml(spec: dict[str, Any]) -> None:
    assert _spec.load_spec() == spec, "generated/…/openapi.json is stale: run `make generate`"


def test_every_operation_is_one_route_with_its_own_id() -> None:
    # Which routes Ollama has is `make spec-audit`'s question (against its Go source); here, that the
    # spec names each of its operations once.
    operations = _spec.operations()
    assert len({(op.method, op.path) for op in operations}) == len(operations)
    assert len({op.operation_id for op in operations}) == len(operations)


def _is_compat(op: _spec.Operation) -> bool:
    return op.path.startswith("/v1/")


NATIVE = [op for op in _spec.operations() if not _is_compat(op)]
COMPAT = [op for op in _spec.operations() if _is_compat(op)]


@pytest.mark.parametrize("op", NATIVE, ids=lambda op: op.operation_id)
def test_every_operation_documents_its_errors(op: _spec.Operation) -> None:
    raw = _spec.load_spec()["paths"][op.path][op.method.lower()]
    responses = raw["responses"]
    # Every route can answer the middleware's empty 403 (Host, Origin) and gin's empty panic 500; a
    # handler that reads a body answers a bad one with 400.
    missing = {"403", "500"} - set(responses)
    if "requestBody" in raw:
        missing |= {"400"} - set(responses)
    assert not missing, f"{op.operation_id} lacks error responses {sorted(missing)}"
    # gin answers 405 only for a method the path does not register: never for an operation.
    assert "405" not in responses
    for status, response in responses.items():
        assert status < "300" or status in ERROR_STATUSES, f"{op.operation_id}: {status}"
        content = _spec.resolve_refs(response).get("content")
        if status in ERROR_STATUSES and content and op.method != "HEAD":
            assert content == {"application/json": content["application/json"]}
            assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}


def test_operations_without_a_cloud_or_model_path_declare_no_such_errors() -> None:
    """Simple GET routes answer only what their handler can: no 400, 404 or 502."""
    for path in ("/", "/api/version", "/api/status", "/api/ps", "/api/experimental/model-recommendations"):
        for method, operation in _spec.load_spec()["paths"][path].items():
            unreachable = {"400", "404", "405", "502"} & set(operation["responses"])
            assert not unreachable, f"{method.upper()} {path}: {sorted(unreachable)}"


@pytest.mark.parametrize("op", [op for op in _spec.operations() if op.stream], ids=lambda op: op.operation_id)
def test_one_object_answers_name_properties_of_the_chunk(spec: dict[str, Any], op: _spec.Operation) -> None:
    assert op.stream is not None
    chunk = spec["components"]["schemas"][op.stream.chunk_schema]["properties"]
    for name, value in op.stream.single:
        assert name in chunk
        if value is not _spec.PRESENT:
            assert value in chunk[name].get("examples", [value])
    if op.stream.chunk_schema in ("GenerateResponse", "ChatResponse"):
        loaded = {"done": True, "done_reason": "load"}
        assert op.stream.is_single(loaded)
        assert op.stream.is_final(loaded)
        rendered = {"done": False, "_debug_info": {"rendered_template": "hi"}}
        assert op.stream.is_single(rendered)
        assert not op.stream.is_final(rendered)
        assert not op.stream.is_single({"done": False, "response": "hi"})
    else:
        assert op.stream.single == ()


IGNORE_KEYS = {"field", "type", "nullable", "required", "schema"}


def test_deliberate_differences_from_go_say_why(spec: dict[str, Any]) -> None:
    """Each `x-spec-audit-ignore` gives a reason per kind, on a property whose description explains it."""
    found = 0
    for name, schema in spec["components"]["schemas"].items():
        for pointer, node in _schema_nodes(schema, f"/components/schemas/{name}"):
            ignore = node.get("x-spec-audit-ignore")
            if ignore is None:
                continue
            found += 1
            assert isinstance(ignore, dict), pointer
            assert ignore, pointer
            assert set(ignore) <= IGNORE_KEYS, pointer
            assert all(isinstance(reason, str) and reason.strip() for reason in ignore.values()), pointer
            assert node.get("description"), f"{pointer}: say in the description why the spec differs"
    assert found >= 10


def test_schemas_named_unlike_their_go_type_name_it(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["ErrorResponse"]["x-go-type"] == "gin.H"
    assert schemas["VersionResponse"]["x-go-type"] == "gin.H"
    for name in ("ResponseMessage", "ResponseToolCall", "ResponseToolCallFunction"):
        assert schemas[name]["x-go-type"] == "api." + name.removeprefix("Response")
        request_twin = schemas[name.removeprefix("Response")]
        assert set(schemas[name]["properties"]) == set(request_twin["properties"])


@pytest.mark.parametrize("op", [op for op in _spec.operations() if op.stream], ids=lambda op: op.operation_id)
def test_streaming_operations_declare_ndjson_and_json(op: _spec.Operation) -> None:
    assert op.stream is not None
    content = _spec.load_spec()["paths"][op.path]["post"]["responses"]["200"]["content"]
    chunk_ref = {"$ref": f"#/components/schemas/{op.stream.chunk_schema}"}
    line_ref = {"$ref": f"#/components/schemas/{op.stream.chunk_schema}Line"}
    assert content["application/json"]["schema"] == chunk_ref
    assert content["application/x-ndjson"]["schema"] == line_ref
    line = _spec.load_spec()["components"]["schemas"][f"{op.stream.chunk_schema}Line"]
    assert line["anyOf"] == [chunk_ref, {"$ref": "#/components/schemas/ErrorResponse"}]
    final_property = _spec.load_spec()["components"]["schemas"][op.stream.chunk_schema]["properties"]
    assert op.stream.final_property in final_property


COMPAT_ERROR_STATUSES = {"400", "401", "403", "404", "429", "500", "502", "503"}
COMPAT_ERROR_SCHEMAS = {"openai": "OpenAIErrorResponse", "anthropic": "AnthropicErrorResponse"}
"""The error body of each family of compatible routes, by tag."""


@pytest.mark.parametrize("op", COMPAT, ids=lambda op: op.operation_id)
def test_compatible_operations_document_their_errors(spec: dict[str, Any], op: _spec.Operation) -> None:
    """Errors in the family's shape, or (the responses named ...OrNative) also the native one."""
    raw = spec["paths"][op.path][op.method.lower()]
    responses = raw["responses"]
    required = {"403", "500"} | ({"400"} if "requestBody" in raw else set())
    assert not required - set(responses), f"{op.operation_id} lacks {sorted(required - set(responses))}"
    # gin's 405 (a method the path does not register) is the router's answer, not the operation's.
    assert set(responses) - {"200"} <= COMPAT_ERROR_STATUSES
    own = _ref(COMPAT_ERROR_SCHEMAS[op.tag])
    for status, response in responses.items():
        if status == "200":
            continue
        assert "$ref" in response, f"{op.operation_id} {status}: use a component response"
        content = _spec.resolve_refs(response, spec)["content"]
        assert set(content) == {"application/json"}
        schema = content["application/json"]["schema"]
        if response["$ref"].endswith("OrNative"):
            assert schema == {"anyOf": [own, _ref("ErrorResponse")]}, f"{op.operation_id} {status}"
        else:
            assert schema == own, f"{op.operation_id} {status}"


SSE_OPERATIONS = [op for op in _spec.operations() if op.sse is not None]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _ref_name(pointer: str) -> str:
    assert pointer.startswith("#/components/schemas/"), pointer
    return pointer.rsplit("/", 1)[-1]


def test_the_compatible_streams_are_found() -> None:
    ids = {op.operation_id for op in SSE_OPERATIONS}
    assert ids == {"openai_chat_completions", "openai_completions", "openai_responses", "anthropic_messages"}


@pytest.mark.parametrize("op", SSE_OPERATIONS, ids=lambda op: op.operation_id)
def test_sse_operations_declare_their_events_and_their_end(spec: dict[str, Any], op: _spec.Operation) -> None:
    """`x-ollama-sse` (info.description): the convention, the schema of each event's data, what ends it."""
    raw = spec["paths"][op.path][op.method.lower()]
    sse = raw["x-ollama-sse"]
    schemas = spec["components"]["schemas"]
    content = raw["responses"]["200"]["content"]
    assert set(content) == {"application/json", "text/event-stream"}
    assert "x-ollama-streaming" not in raw
    stream = schemas[op.request_schema or ""]["properties"]["stream"]
    assert stream["type"] == "boolean"
    assert "default" not in stream
    assert "false" in stream["description"]
    assert op.sse is not None
    if sse["convention"] == "data-done":
        assert set(sse) == {"convention", "chunk", "end"}
        assert sse["end"] == "[DONE]"
        assert op.sse.done == b"[DONE]"
        assert content["text/event-stream"]["schema"] == {"$ref": sse["chunk"]}
        assert _ref_name(sse["chunk"]) in schemas
        return
    assert sse["convention"] == "typed-events"
    assert set(sse) == {"convention", "events", "end"}
    assert sse["end"], "a typed-events stream names the event(s) that end it"
    assert set(sse["end"]) <= set(sse["events"])
    assert op.sse.done is None
    assert op.sse.final_types == frozenset(sse["end"])
    union = schemas[_ref_name(content["text/event-stream"]["schema"]["$ref"])]
    assert union["anyOf"] == [{"$ref": ref} for ref in sse["events"].values()]
    for event, pointer in sse["events"].items():
        event_schema = schemas[_ref_name(pointer)]
        assert "type" in event_schema["required"], event
        assert event_schema["properties"]["type"]["example"] == event, "the data's type is the event name"


@pytest.mark.parametrize("op", COMPAT, ids=lambda op: op.operation_id)
def test_compatible_operations_name_their_family(spec: dict[str, Any], op: _spec.Operation) -> None:
    raw = spec["paths"][op.path][op.method.lower()]
    family = op.tag
    assert family in COMPAT_ERROR_SCHEMAS
    assert op.operation_id.startswith(f"{family}_")
    assert raw["x-python"]["namespace"] == family
    assert raw["x-python"]["method"]
    if op.method == "POST":
        assert raw.get("x-ollama-idempotent") is True, "the /v1 handlers store nothing"
    for pointer in _refs(raw):
        name = pointer.rsplit("/", 1)[-1]
        if pointer.startswith("#/components/schemas/") and name != "ErrorResponse":
            assert name.startswith(("OpenAI", "Anthropic")), f"{op.operation_id} uses {name}"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _compat_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return {
        name: schema
        for name, schema in spec["components"]["schemas"].items()
        if name.startswith(("OpenAI", "Anthropic"))
    }


def test_compatible_schemas_reuse_the_native_ones_ollama_reuses(spec: dict[str, Any]) -> None:
    used = {ref.rsplit("/", 1)[-1] for ref in _refs(_compat_schemas(spec))}
    native_used = {name for name in used if not name.startswith(("OpenAI", "Anthropic"))}
    assert native_used == {"Tool", "Logprob", "DebugInfo", "JsonSchema", "ToolCallFunctionArguments"}


def _request_union_variants(spec: dict[str, Any]) -> set[str]:
    """The variants of the /v1 request unions (content blocks, parts, input items), chosen by `type`."""
    unions = (
        "AnthropicContentBlockParam",
        "OpenAIResponsesInputItem",
        "OpenAIResponsesInputContent",
        "OpenAIChatCompletionContentPart",
    )
    schemas = spec["components"]["schemas"]
    return {ref["$ref"].rsplit("/", 1)[-1] for name in unions for ref in schemas[name]["anyOf"]}


def test_compatible_schemas_declare_no_server_defaults_and_no_closed_enums(spec: dict[str, Any]) -> None:
    """Future values parse; the one exception is the `type` of each variant of a request union, whose
    `const` makes a type Go refuses with a 400 (unknown or missing) match no variant."""
    variants = _request_union_variants(spec)
    allowed = {f"/components/schemas/{name}/properties/type" for name in variants}
    closed = [
        pointer
        for name, schema in _compat_schemas(spec).items()
        for pointer, node in _schema_nodes(schema, f"/components/schemas/{name}")
        if ("enum" in node or "const" in node or "default" in node) and pointer not in allowed
    ]
    assert closed == []
    typed = [
        name
        for name in variants
        if "const" in (p := spec["components"]["schemas"][name]["properties"]["type"]) or "enum" in p
    ]
    assert sorted(typed) == sorted(variants)


def _schema_fields(spec: dict[str, Any], name: str) -> set[str]:
    return set(spec["components"]["schemas"][name].get("properties", {}))


@pytest.mark.parametrize("schema", sorted(INVENTORY["schemas"]))
def test_every_inventory_field_is_in_the_spec(spec: dict[str, Any], schema: str) -> None:
    assert schema in spec["components"]["schemas"], f"schema {schema} is missing"
    missing = set(INVENTORY["schemas"][schema]) - _schema_fields(spec, schema)
    assert not missing, f"{schema} lacks {sorted(missing)}"


def test_inventory_is_complete(spec: dict[str, Any]) -> None:
    covered = sum(
        len(set(fields) & _schema_fields(spec, name)) for name, fields in INVENTORY["schemas"].items()
    )
    assert covered == INVENTORY["total_fields"] == 263


def test_every_schema_property_has_a_description(spec: dict[str, Any]) -> None:
    undocumented = [
        f"{name}.{prop}"
        for name, schema in spec["components"]["schemas"].items()
        for prop, definition in schema.get("properties", {}).items()
        if "description" not in definition and "$ref" not in definition
    ]
    assert not undocumented


def test_every_operation_has_a_summary_and_description(spec: dict[str, Any]) -> None:
    for op in _spec.operations():
        raw = spec["paths"][op.path][op.method.lower()]
        assert raw.get("summary"), op.operation_id
        assert raw.get("description"), op.operation_id


def _examples(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """Yield (pointer of a schema, where the example sits, example) for every example in the spec."""
    if isinstance(node, dict):
        if "schema" in node and "example" in node:
            yield f"{pointer}/schema", pointer, node["example"]
        if "type" in node or "$ref" in node or "anyOf" in node:
            if "example" in node and "schema" not in node:
                yield pointer, pointer, node["example"]
            for index, example in enumerate(
                node.get("examples", []) if isinstance(node.get("examples"), list) else []
            ):
                yield pointer, f"{pointer}/examples/{index}", example
        for key, value in node.items():
            escaped = str(key).replace("~", "~0").replace("/", "~1")
            yield from _examples(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{pointer}/{index}")


EXAMPLES = list(_examples(yaml.safe_load(SPEC_PATH.read_text("utf-8")), ""))


def test_every_body_has_an_example(spec: dict[str, Any]) -> None:
    without = []
    for op in _spec.operations():
        raw = spec["paths"][op.path][op.method.lower()]
        bodies = [("request", raw.get("requestBody", {}).get("content", {}))]
        bodies += [(status, r.get("content", {})) for status, r in raw["responses"].items() if status < "300"]
        for where, content in bodies:
            for media, entry in content.items():
                if media != "application/octet-stream" and "example" not in entry:
                    without.append(f"{op.operation_id} {where} {media}")
    assert not without
    assert len(EXAMPLES) > 60


@pytest.mark.parametrize(("schema_pointer", "where", "example"), EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_every_example_validates_against_its_schema(
    validator: SpecValidator, schema_pointer: str, where: str, example: Any
) -> None:
    if schema_pointer.endswith("text~1plain/schema") or "octet-stream" in schema_pointer:
        assert isinstance(example, str)
        return
    assert validator.errors_for_pointer(schema_pointer, example) == []


SCHEMA_KEYWORDS = {
    "type", "format", "description", "title", "properties", "required", "items", "anyOf", "oneOf", "allOf",
    "enum", "const", "additionalProperties", "pattern", "minimum", "maximum", "example", "examples",
    "deprecated", "contentEncoding", "$ref", "default", "nullable",
    "x-python-keyword",  # keep a deprecated request field as a method keyword (see info.description)
    "x-go-type",  # the Go type a schema stands for, for `make spec-audit` (see info.description)
    "x-spec-audit-ignore",  # a deliberate difference from Go, with the reason (see info.description)
    "x-python-essential",  # required fields whose absence fails the parse (see info.description)
    "x-python-send-when-absent",  # what a method sends for a field the caller left out (info.description)
    "x-go-variant-of",  # the Go struct one variant of a union is written with (see info.description)
    "x-ollama-since", "x-ollama-removed",  # the releases that added / removed it (make spec-history)
    "x-ollama-enum-since",  # the release that added each enum value (make spec-history)
    "x-python-keep-text",  # a date-time kept as the text Ollama sent (see info.description)
    "x-python-official-name",  # the official client's name of a field (see info.description)
    "x-python-official-fields",  # official fields Ollama never sends in an answer (info.description)
    "x-python-official-nested",  # the official client's nested class names (see info.description)
}  # fmt: skip


def test_essential_fields_are_required_fields(spec: dict[str, Any]) -> None:
    """`x-python-essential` names required properties: the others already read None when absent."""
    loose = {
        name: sorted(set(schema["x-python-essential"]) - set(schema.get("required", [])))
        for name, schema in spec["components"]["schemas"].items()
        if "x-python-essential" in schema
    }
    assert loose
    assert all(not fields for fields in loose.values()), loose


def _schema_nodes(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(node, dict):
        return
    yield pointer, node
    for key in ("items", "additionalProperties"):
        yield from _schema_nodes(node.get(key), f"{pointer}/{key}")
    for key in ("anyOf", "oneOf", "allOf"):
        for index, child in enumerate(node.get(key, [])):
            yield from _schema_nodes(child, f"{pointer}/{key}/{index}")
    for name, child in node.get("properties", {}).items():
        yield from _schema_nodes(child, f"{pointer}/properties/{name}")


def test_schemas_use_only_known_keywords(spec: dict[str, Any]) -> None:
    """Catches YAML slips such as an unquoted comma in a flow mapping, which adds a stray key."""
    unknown = [
        f"{pointer}: {sorted(set(node) - SCHEMA_KEYWORDS)}"
        for name, schema in spec["components"]["schemas"].items()
        for pointer, node in _schema_nodes(schema, f"/components/schemas/{name}")
        if set(node) - SCHEMA_KEYWORDS
    ]
    assert unknown == []


DEPRECATED_FIELDS = {
    "GenerateRequest": {"context", "width", "height", "steps"},
    "GenerateResponse": {"image", "completed", "total"},
    "Options": {
        "numa",
        "low_vram",
        "f16_kv",
        "logits_all",
        "vocab_only",
        "use_mlock",
        "embedding_only",
        "tfs_z",
        "mirostat",
        "mirostat_tau",
        "mirostat_eta",
        "penalize_newline",
    },
    "CreateRequest": {"name", "quantization"},
    "DeleteRequest": {"name"},
    "ShowRequest": {"name", "template"},
    "PullRequest": {"name", "username", "password"},
    "PushRequest": {"name", "username", "password"},
}


@pytest.mark.parametrize("schema", sorted(DEPRECATED_FIELDS))
def test_deprecated_fields_are_marked(spec: dict[str, Any], schema: str) -> None:
    properties = spec["components"]["schemas"][schema]["properties"]
    marked = {name for name, definition in properties.items() if definition.get("deprecated")}
    assert marked == DEPRECATED_FIELDS[schema]
