"""The spec's operations as the method generator sees them, for tests that walk every field."""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ollama_openapi.spec import load_spec, resolve_refs


@dataclass(frozen=True)
class Field:
    operation_id: str
    method: str
    json_name: str
    schema: dict[str, Any]
    positional_index: int | None
    namespace: str | None = None
    example: Any = None
    """The field's value in the operation's request example, if it has one."""

    @property
    def parameter(self) -> str:
        """The Python parameter name the generator gives a JSON field."""
        name = self.json_name.lstrip("_")
        return f"{name}_" if keyword.iskeyword(name) else name


def methods() -> Iterator[tuple[str, dict[str, Any]]]:
    """(operation id, operation) of every operation that has a generated method (one in a namespace
    only once the spec declares that namespace in ``x-python-namespaces``, as the generator does)."""
    spec = load_spec()
    declared = spec.get("x-python-namespaces", {})
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            extension = operation.get("x-python", {})
            namespace = extension.get("namespace")
            if extension.get("method") and (namespace is None or namespace in declared):
                yield operation["operationId"], operation


def request_schema(operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("requestBody", {}).get("content", {})
    media = content.get("application/json") or content.get("multipart/form-data")
    return resolve_refs(media["schema"]) if media else {}


def fields() -> Iterator[Field]:
    """Every request field that must be reachable as a parameter: not deprecated (unless kept with
    ``x-python-keyword``), and not ``stream`` of a streaming operation (a parameter of its own)."""
    for operation_id, operation in methods():
        extension = operation["x-python"]
        positional = extension.get("positional", [])
        for json_name, schema in request_schema(operation).get("properties", {}).items():
            if schema.get("deprecated") and not schema.get("x-python-keyword"):
                continue
            if json_name == "stream" and ("x-ollama-streaming" in operation or "x-ollama-sse" in operation):
                continue
            index = positional.index(json_name) if json_name in positional else None
            example = request_example(operation).get(json_name)
            yield Field(
                operation_id,
                extension["method"],
                json_name,
                schema,
                index,
                extension.get("namespace"),
                example,
            )


def request_example(operation: dict[str, Any]) -> dict[str, Any]:
    media = operation.get("requestBody", {}).get("content", {}).get("application/json") or {}
    example = media.get("example")
    return example if isinstance(example, dict) else {}
