"""The OpenAPI document as the auditor reads it: line numbers, ``$ref``s, branches, roles."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ollama_openapi_maintainer.audit.errors import AuditError

_HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# ---------------------------------------------------------------------------------------------------
# The spec


@dataclass
class SpecDocument:
    """An OpenAPI document, its label for messages, and the line of each JSON pointer when known."""

    data: dict[str, Any]
    label: str
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, pointer: str) -> str:
        """``file:line`` of the node at `pointer` when known, else ``file#pointer``."""
        line = self.lines.get(pointer)
        return f"{self.label}:{line}" if line is not None else f"{self.label}#{pointer}"

    def resolve(self, node: Any) -> tuple[Any, str | None, str | None]:
        """`node` with its local ``$ref`` chain followed: (node, last component name, its pointer)."""
        component: str | None = None
        pointer: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return {}, component, pointer
            seen.add(ref)
            target: Any = self.data
            for part in ref[2:].split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                target = target.get(key) if isinstance(target, dict) else None
            if ref.startswith("#/components/schemas/"):
                component = ref.rsplit("/", 1)[-1]
            pointer = ref[1:]
            node = target
        return node, component, pointer


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def load_spec_file(path: Path) -> SpecDocument:
    """Read a JSON or YAML spec (YAML needs PyYAML; it then gives line numbers)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AuditError(f"cannot read the spec {path}: {exc}") from exc
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise AuditError(f"{path}: not JSON: {exc}") from exc
        return SpecDocument(data, str(path))
    try:
        import yaml
    except ImportError as exc:
        raise AuditError(f"reading the YAML spec {path} needs PyYAML (or give the JSON spec)") from exc
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise AuditError(f"{path}: not YAML: {exc}") from exc
    lines: dict[str, int] = {}

    def walk(current: Any, pointer: str) -> None:
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                child = f"{pointer}/{_escape(str(key.value))}"
                lines[child] = key.start_mark.line + 1
                walk(value, child)
        elif isinstance(current, yaml.SequenceNode):
            for index, value in enumerate(current.value):
                child = f"{pointer}/{index}"
                lines[child] = value.start_mark.line + 1
                walk(value, child)

    walk(node, "")
    if not isinstance(data, dict):
        raise AuditError(f"{path}: not an OpenAPI document")
    return SpecDocument(data, str(path), lines)


@dataclass(frozen=True)
class _Branch:
    node: Any
    component: str | None
    pointer: str
    json_type: str | None
    """The JSON type of this branch; None for any value."""


def _branches(spec: SpecDocument, schema: Any, pointer: str, component: str | None = None) -> list[_Branch]:
    """The alternatives a schema allows, ``$ref``, ``anyOf``, ``oneOf`` and type lists flattened."""
    if isinstance(schema, bool):
        return [_Branch({}, component, pointer, None)] if schema else []
    if not isinstance(schema, dict):
        return [_Branch({}, component, pointer, None)]
    if "$ref" in schema:
        node, name, target = spec.resolve(schema)
        return _branches(spec, node, target or pointer, name or component)
    result: list[_Branch] = []
    for keyword in ("anyOf", "oneOf"):
        if isinstance(schema.get(keyword), list):
            for index, sub in enumerate(schema[keyword]):
                result.extend(_branches(spec, sub, f"{pointer}/{keyword}/{index}", component))
    if result:
        return result
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        return _branches(spec, all_of[0], f"{pointer}/allOf/0", component)
    declared = schema.get("type")
    types: list[str]
    if isinstance(declared, list):
        types = [str(t) for t in declared]
    elif isinstance(declared, str):
        types = [declared]
    elif "properties" in schema or "additionalProperties" in schema or isinstance(all_of, list):
        types = ["object"]
    elif "items" in schema:
        types = ["array"]
    elif "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        types = sorted({_json_type_of(v) for v in values})
    else:
        types = []
    if schema.get("nullable") is True and "null" not in types:
        types.append("null")
    if not types:
        return [_Branch(schema, component, pointer, None)]
    return [_Branch(schema, component, pointer, t) for t in types]


def _json_type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _object_view(
    spec: SpecDocument, schema: Any, pointer: str
) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    """Properties (schema, pointer) and required names of an object schema, allOf parts merged."""
    properties: dict[str, tuple[Any, str]] = {}
    required: set[str] = set()
    node, _, target = spec.resolve(schema)
    pointer = target or pointer
    if not isinstance(node, dict):
        return properties, required
    for index, part in enumerate(node.get("allOf") or []):
        sub_properties, sub_required = _object_view(spec, part, f"{pointer}/allOf/{index}")
        properties.update(sub_properties)
        required |= sub_required
    for name, sub in (node.get("properties") or {}).items():
        properties[name] = (sub, f"{pointer}/properties/{_escape(name)}")
    required |= {str(r) for r in node.get("required") or []}
    return properties, required


def _has_properties(spec: SpecDocument, node: Any) -> bool:
    return bool(isinstance(node, dict) and _object_view(spec, node, "")[0])


def _schema_roles(
    spec: SpecDocument, wanted: Callable[[str], bool] = lambda path: True
) -> dict[str, set[str]]:
    """For each component schema: ``request`` and/or ``response``, by where the operations of the
    `wanted` paths use it."""
    roles: dict[str, set[str]] = {}

    def walk(node: Any, role: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, role)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            resolved, component, _ = spec.resolve({"$ref": ref})
            if component is not None:
                if role in roles.setdefault(component, set()):
                    return
                roles[component].add(role)
            walk(resolved, role)
            return
        for key, value in node.items():
            if key not in ("example", "examples", "default", "const", "enum") and not key.startswith("x-"):
                walk(value, role)

    for path, item in (spec.data.get("paths") or {}).items():
        if not isinstance(item, dict) or not wanted(path):
            continue
        walk(item.get("parameters"), "request")
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                walk(operation.get("parameters"), "request")
                walk(operation.get("requestBody"), "request")
                walk(operation.get("responses"), "response")
    return roles
