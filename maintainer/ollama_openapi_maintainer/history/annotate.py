"""From the facts of every release to the annotations written into the spec."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ollama_openapi_maintainer.audit.spec_document import _HTTP_METHODS, SpecDocument, _branches, _escape
from ollama_openapi_maintainer.history.facts import TagFacts
from ollama_openapi_maintainer.history.tags import release_name
from ollama_openapi_maintainer.yaml_lines import LineEditor, quote, strip_annotations

_SKIP = frozenset({"example", "examples", "default", "const", "enum", "description", "title"})


@dataclass
class SpecNodes:
    """The nodes of the spec that get annotations, with their owners."""

    operations: dict[str, str] = field(default_factory=dict)
    """Operation pointer -> ``METHOD /path``."""
    properties: dict[str, str] = field(default_factory=dict)
    """Property pointer -> the pointer of its owner (an operation, or ``/components/schemas/X``)."""
    enums: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    """Pointer of a schema with an enum -> (its owner: a property or a component, its string values)."""
    component_operations: dict[str, set[str]] = field(default_factory=dict)
    """Component pointer -> the operations that use it, directly or through other components."""
    bodies: set[str] = field(default_factory=set)
    """Components an operation uses directly (its request or answer body, a stream line)."""
    mentions: dict[str, list[str]] = field(default_factory=dict)
    """Component pointer -> the nodes whose description says "known values: `Name`" (enum schemas
    that list the values of a plain-string field, which no $ref reaches)."""


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """Every schema-context node under `node` with its pointer (examples and extensions skipped; the
    map under ``properties`` is not a node itself, so a property named ``properties`` stays one)."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _SKIP or str(key).startswith("x-"):
                continue
            child = f"{pointer}/{_escape(str(key))}"
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield from _walk(sub, f"{child}/{_escape(str(name))}")
            else:
                yield from _walk(value, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


_KNOWN_VALUES = re.compile(r"known values: `(\w+)`")


def spec_nodes(spec: SpecDocument) -> SpecNodes:
    """Find the operations, properties and enums of `spec`."""
    nodes = SpecNodes()
    data = spec.data
    uses: dict[str, set[str]] = {}
    """Component pointer -> component pointers it refers to."""
    for name, schema in ((data.get("components") or {}).get("schemas") or {}).items():
        owner = f"/components/schemas/{_escape(name)}"
        for pointer, node in _walk(schema, owner):
            _note(nodes, uses, owner, pointer, node)
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in _HTTP_METHODS:
            if not isinstance(item.get(method), dict):
                continue
            owner = f"/paths/{_escape(path)}/{method}"
            nodes.operations[owner] = f"{method.upper()} {path}"
            shared = item.get("parameters")
            for pointer, node in _walk(shared, f"/paths/{_escape(path)}/parameters"):
                _note(nodes, uses, owner, pointer, node)
            for pointer, node in _walk(item[method], owner):
                _note(nodes, uses, owner, pointer, node)
    # Operations reach components through other components.
    for operation in nodes.operations:
        nodes.bodies.update(uses.get(operation, set()))
    for operation in nodes.operations:
        seen: set[str] = set()
        stack = list(uses.get(operation, set()))
        while stack:
            component = stack.pop()
            if component in seen:
                continue
            seen.add(component)
            nodes.component_operations.setdefault(component, set()).add(operation)
            stack.extend(uses.get(component, set()))
    return nodes


def _note(nodes: SpecNodes, uses: dict[str, set[str]], owner: str, pointer: str, node: Any) -> None:
    if not isinstance(node, dict):
        return
    description = node.get("description")
    if isinstance(description, str):
        for name in _KNOWN_VALUES.findall(description):
            nodes.mentions.setdefault(f"/components/schemas/{name}", []).append(pointer)
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        uses.setdefault(owner, set()).add(ref[1:])
    properties = node.get("properties")
    if isinstance(properties, dict):
        for name in properties:
            nodes.properties[f"{pointer}/properties/{_escape(str(name))}"] = owner
    values = node.get("enum")
    if isinstance(values, list) and any(isinstance(v, str) for v in values):
        holder = max(
            (p for p in nodes.properties if pointer == p or pointer.startswith(p + "/")),
            key=len,
            default=owner,
        )
        nodes.enums[pointer] = (holder, [v for v in values if isinstance(v, str)])


@dataclass
class Annotations:
    """What the history found: since/removed per node, the variants' since, the enum values' since."""

    since: dict[str, str] = field(default_factory=dict)
    removed: dict[str, str] = field(default_factory=dict)
    enum_since: dict[str, dict[str, str]] = field(default_factory=dict)
    traced: set[str] = field(default_factory=set)
    """Properties whose since comes from their own Go field (the others inherit their owner's)."""


def derive(
    spec: SpecDocument, nodes: SpecNodes, tags: Sequence[str], facts: Mapping[str, TagFacts]
) -> Annotations:
    """The annotations, from the facts of `tags` (oldest first; only readable ones)."""
    result = Annotations()
    if not tags:
        return result
    newest = tags[-1]

    def span(present: Sequence[bool]) -> tuple[int | None, int | None]:
        indices = [i for i, p in enumerate(present) if p]
        if not indices:
            return None, None
        last = indices[-1]
        return indices[0], (last + 1 if last + 1 < len(tags) else None)

    operation_first: dict[str, int] = {}
    for pointer, key in nodes.operations.items():
        first, gone = span([key in facts[t].routes for t in tags])
        if first is None:
            continue
        operation_first[pointer] = first
        result.since[pointer] = release_name(tags[first])
        if gone is not None:
            result.removed[pointer] = release_name(tags[gone])

    def owner_first(owner: str) -> int | None:
        if owner in operation_first:
            return operation_first[owner]
        firsts = [
            operation_first[o] for o in nodes.component_operations.get(owner, ()) if o in operation_first
        ]
        return min(firsts) if firsts else None

    property_first: dict[str, int] = {}
    variant_first: dict[str, int] = {}
    for pointer, owner in nodes.properties.items():
        floor = owner_first(owner)
        first, gone = span([pointer in facts[t].fields for t in tags])
        start: int | None = floor
        if first is not None:
            result.traced.add(pointer)
            # A route's own body: releases before the first that has the field, back to the route's
            # first, where no Go struct stood for it (a passthrough to ollama.com, a body built
            # inline) do not refute it; the field is dated from the first of them. (A nested schema
            # with no Go struct in an old release is simply not there yet.)
            body = owner in nodes.bodies or owner in nodes.operations
            while (
                body
                and first > 0
                and (floor is None or first - 1 >= floor)
                and pointer not in facts[tags[first - 1]].known
            ):
                first -= 1
            start = max(first, floor) if floor is not None else first
            if gone is not None and pointer in facts[newest].known and pointer not in facts[newest].fields:
                result.removed[pointer] = release_name(tags[gone])
            for variant, types in _variants(spec, pointer):
                for i in range(start, len(tags)):
                    here = facts[tags[i]]
                    go = here.fields.get(pointer, [])
                    if pointer not in here.known or (
                        pointer in here.fields and (go is None or types & set(go))
                    ):
                        variant_first[variant] = min(variant_first.get(variant, i), i)
                        break
        if start is not None:
            property_first[pointer] = start
            result.since[pointer] = release_name(tags[start])
    for variant, first in variant_first.items():
        holders = [
            property_first[p] for p, _ in _variant_holders(spec, nodes, variant) if p in property_first
        ]
        if holders and first > min(holders):
            result.since[variant] = release_name(tags[first])

    def mentioned_first(component: str) -> int | None:
        holders = [
            max((p for p in property_first if node == p or node.startswith(p + "/")), key=len, default="")
            for node in nodes.mentions.get(component, [])
        ]
        firsts = [property_first[h] for h in holders if h]
        return min(firsts) if firsts else None

    for pointer, (holder, values) in nodes.enums.items():
        if holder in nodes.properties:
            floor = property_first.get(holder)
        else:
            floor = owner_first(holder)
            if floor is None:
                floor = mentioned_first(holder)
        found: dict[str, str] = {}
        for value in values:
            first = next((i for i, t in enumerate(tags) if value in facts[t].literals), None)
            start = (
                max(i for i in (first, floor) if i is not None) if (first, floor) != (None, None) else None
            )
            if start is not None:
                found[value] = release_name(tags[start])
        if found:
            result.enum_since[pointer] = found
    return result


def _variants(spec: SpecDocument, pointer: str) -> list[tuple[str, set[str]]]:
    """The oneOf/anyOf variants of the property at `pointer` (following $refs), with their JSON types;
    null variants left out."""
    node: Any = spec.data
    for part in pointer[1:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        node = node.get(key) if isinstance(node, dict) else None
    target = pointer
    resolved, _, ref_pointer = spec.resolve(node)
    if ref_pointer is not None:
        target = ref_pointer
    found: list[tuple[str, set[str]]] = []
    if not isinstance(resolved, dict):
        return found
    for keyword in ("oneOf", "anyOf"):
        for index, sub in enumerate(resolved.get(keyword) or []):
            types = {b.json_type for b in _branches(spec, sub, "") if b.json_type not in (None, "null")}
            if types:
                found.append((f"{target}/{keyword}/{index}", {t for t in types if t is not None}))
    return found


def _variant_holders(spec: SpecDocument, nodes: SpecNodes, variant: str) -> list[tuple[str, set[str]]]:
    return [(p, t) for p in nodes.properties for v, t in _variants(spec, p) if v == variant]


def write(text: str, annotations: Annotations, nodes: SpecNodes) -> str:
    """`text` (the spec) with the annotations of a previous run replaced by `annotations`."""
    editor = LineEditor(strip_annotations(text))
    for pointer, version in annotations.removed.items():
        editor.add(pointer, "x-ollama-removed", quote(version))
    for pointer, version in annotations.since.items():
        editor.add(pointer, "x-ollama-since", quote(version))
    for pointer, values in annotations.enum_since.items():
        body = ", ".join(f"{quote(v)}: {quote(s)}" for v, s in values.items())
        editor.add(pointer, "x-ollama-enum-since", "{" + body + "}")
    return editor.text()
