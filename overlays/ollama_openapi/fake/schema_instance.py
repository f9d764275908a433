"""Build a JSON value that validates against a (structured-output) JSON Schema.

Used for ``format`` on generate/chat and for tool-call arguments. Supports the subset models are asked
for in practice: types (incl. type lists), ``properties``/``required``, ``items``/``prefixItems``,
``enum``/``const``, ``anyOf``/``oneOf``/``allOf``, local ``$ref`` (``#/$defs/...``), numeric bounds,
string lengths and common string formats.
"""

from __future__ import annotations

import re
from typing import Any

_STRING_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "hostname": "example.com",
}
_MAX_DEPTH = 12


class SchemaInstanceBuilder:
    """Produces one deterministic instance of a schema, taking hints (numbers, words) from the prompt."""

    def __init__(self, root: dict[str, Any], hint_text: str = "") -> None:
        self.root = root
        numbers = re.findall(r"-?\d+(?:\.\d+)?", hint_text)
        self.hint_number = float(numbers[0]) if numbers else None

    def build(self) -> Any:
        """The instance of the root schema."""
        return self.instance(self.root, "value", 0)

    def _resolve(self, reference: str) -> dict[str, Any]:
        if not reference.startswith("#"):
            return {}
        node: Any = self.root
        for part in reference.lstrip("#").strip("/").split("/"):
            if not part:
                continue
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, dict) else {}

    def instance(self, schema: Any, name: str, depth: int) -> Any:
        """An instance of ``schema`` for a property called ``name``."""
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return None if schema is False else "value"
        if "$ref" in schema:
            return self.instance(
                {**self._resolve(schema["$ref"]), **{k: v for k, v in schema.items() if k != "$ref"}},
                name,
                depth + 1,
            )
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        for keyword in ("anyOf", "oneOf"):
            options = schema.get(keyword)
            if isinstance(options, list) and options:
                chosen = next(
                    (o for o in options if isinstance(o, dict) and o.get("type") != "null"), options[0]
                )
                return self.instance(chosen, name, depth + 1)
        if isinstance(schema.get("allOf"), list):
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = self._resolve(part["$ref"]) if isinstance(part, dict) and "$ref" in part else part
                if isinstance(part, dict):
                    merged.setdefault("properties", {}).update(part.get("properties", {}))
                    merged["required"] = [*merged.get("required", []), *part.get("required", [])]
                    merged.setdefault("type", part.get("type"))
            return self.instance(merged, name, depth + 1)
        return self._typed(schema, self._type_of(schema), name, depth)

    @staticmethod
    def _type_of(schema: dict[str, Any]) -> str:
        declared = schema.get("type")
        if isinstance(declared, list):
            declared = next((t for t in declared if t != "null"), "null")
        if isinstance(declared, str):
            return declared
        if "properties" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return "string"

    def _typed(self, schema: dict[str, Any], kind: str, name: str, depth: int) -> Any:
        if kind == "object":
            properties = schema.get("properties") or {}
            return {key: self.instance(sub, key, depth + 1) for key, sub in properties.items()}
        if kind == "array":
            count = max(int(schema.get("minItems", 1)), 1)
            count = min(count, int(schema.get("maxItems", count)))
            prefix = schema.get("prefixItems") or []
            items = schema.get("items", {})
            values = [
                self.instance(prefix[i] if i < len(prefix) else items, name, depth + 1) for i in range(count)
            ]
            return values
        if kind == "integer":
            return int(self._number(schema, integer=True))
        if kind == "number":
            return self._number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(schema, name)

    def _number(self, schema: dict[str, Any], integer: bool) -> float:
        value = self.hint_number if self.hint_number is not None else 42.0
        if integer:
            value = float(round(value))
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        step = 1.0 if integer else 0.5
        if isinstance(low, (int, float)) and value <= low:
            value = float(low) + (step if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
        if isinstance(high, (int, float)) and value >= high:
            value = float(high) - (step if "exclusiveMaximum" in schema and "maximum" not in schema else 0)
        multiple = schema.get("multipleOf")
        if isinstance(multiple, (int, float)) and multiple > 0:
            value = float(round(value / multiple) * multiple)
        return value

    @staticmethod
    def _string(schema: dict[str, Any], name: str) -> str:
        text = _STRING_FORMATS.get(str(schema.get("format")), name)
        minimum = int(schema.get("minLength", 0))
        maximum = schema.get("maxLength")
        if len(text) < minimum:
            text = text + "x" * (minimum - len(text))
        if isinstance(maximum, int):
            text = text[:maximum]
        return text


def instance_for(schema: dict[str, Any], hint_text: str = "") -> Any:
    """A deterministic instance of ``schema``."""
    return SchemaInstanceBuilder(schema, hint_text).build()
