"""What each Ollama release added and removed, read from the spec's release annotations.

The spec marks every operation and every request and answer property with ``x-ollama-since`` (the
first release that has it) and, where it is gone, ``x-ollama-removed`` (the first release without
it); an enum lists when each value came with ``x-ollama-enum-since`` (and ``x-ollama-enum-removed``),
and a form a field accepted later (``format`` as a JSON schema) carries ``x-ollama-since`` on its
``anyOf``/``oneOf`` variant. This module reads them from any spec document, generically: it knows no
field, route or release by name.

``ollama_openapi.spec.since("chat", "think")`` answers for the spec this package ships;
``ollama-openapi api-changes`` prints `changes` between two releases.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._refs import resolve
from ._releases import Release, parse_release

__all__ = [
    "ENUM_REMOVED",
    "ENUM_SINCE",
    "REMOVED",
    "SINCE",
    "Item",
    "OperationChanges",
    "available",
    "changes",
    "find_item",
    "floor",
    "operation_items",
    "schema_items",
]

SINCE = "x-ollama-since"
REMOVED = "x-ollama-removed"
ENUM_SINCE = "x-ollama-enum-since"
ENUM_REMOVED = "x-ollama-enum-removed"

_HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete", "options")

Side = Literal["route", "request", "answer"]
Kind = Literal["route", "field", "value", "form"]


@dataclass(frozen=True)
class Item:
    """One thing a release can add or remove: a route, a field, an enum value or a form of a field."""

    operation_id: str
    route: str
    """``METHOD /path``."""
    side: Side
    kind: Kind
    name: str
    """The route itself; a field's path (``messages[].thinking``, ``options.num_ctx``); a value
    (``think="max"``); a form (``format as JsonSchema``)."""
    since: Release | None
    removed: Release | None

    def present_in(self, release: Release) -> bool:
        """Whether `release` has it (a missing ``since`` means: in every release)."""
        return available(self.since, self.removed, release)


def available(since: Release | None, removed: Release | None, release: Release) -> bool:
    """Whether something added in `since` and removed in `removed` (None: never) is in `release`."""
    return (since is None or since <= release) and (removed is None or release < removed)


def annotation(node: object, key: str = SINCE) -> Release | None:
    """The release an annotation of `node` names (None when absent or unreadable)."""
    return parse_release(node.get(key)) if isinstance(node, Mapping) else None


def form_name(node: Mapping[str, Any]) -> str:
    """A short name for one variant of an ``anyOf``/``oneOf``: its schema's name, title or type."""
    ref = node.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    if isinstance(node.get("title"), str):
        return str(node["title"])
    kind = node.get("type")
    if isinstance(kind, list):
        return " or ".join(map(str, kind))
    return str(kind) if kind else "another form"


def _child(label: str, name: str) -> str:
    return f"{label}.{name}" if label else name


def schema_items(spec: Mapping[str, Any], node: object, label: str = "") -> Iterator[tuple[Kind, str, Any]]:
    """Every property, enum value and variant reachable from schema `node`: ``(kind, name, node)``,
    where ``node`` holds the annotations (for a value: ``(release added, release removed)``).

    Follows local ``$ref``s (each once per branch, so recursive schemas end) through properties,
    ``items``, ``additionalProperties``, ``anyOf``, ``oneOf`` and ``allOf``.
    """
    yield from _walk(spec, node, label, frozenset())


def _walk(
    spec: Mapping[str, Any], node: object, label: str, refs: frozenset[str]
) -> Iterator[tuple[Kind, str, Any]]:
    if not isinstance(node, Mapping):
        return
    reference = node.get("$ref")
    target: Mapping[str, Any] = node
    if isinstance(reference, str):
        if reference in refs:
            return
        refs = refs | {reference}
        target = resolve(node, spec)
    added = target.get(ENUM_SINCE)
    gone = target.get(ENUM_REMOVED)
    for value in target.get("enum") or ():
        if isinstance(value, str):
            since = parse_release(added.get(value)) if isinstance(added, Mapping) else None
            removed = parse_release(gone.get(value)) if isinstance(gone, Mapping) else None
            yield "value", f"{label}={value!r}".replace("'", '"'), (since, removed)
    properties = target.get("properties")
    if isinstance(properties, Mapping):
        for name, child in properties.items():
            path = _child(label, str(name))
            yield "field", path, child
            yield from _walk(spec, child, path, refs)
    items = target.get("items")
    if isinstance(items, Mapping):
        yield from _walk(spec, items, f"{label}[]", refs)
    extra = target.get("additionalProperties")
    if isinstance(extra, Mapping):
        yield from _walk(spec, extra, _child(label, "*"), refs)
    for key in ("anyOf", "oneOf", "allOf"):
        for variant in target.get(key) or ():
            if isinstance(variant, Mapping) and key != "allOf" and (SINCE in variant or REMOVED in variant):
                yield "form", f"{label} as {form_name(variant)}", variant
            yield from _walk(spec, variant, label, refs)


def _request_schemas(operation: Mapping[str, Any]) -> list[Any]:
    content = (operation.get("requestBody") or {}).get("content") or {}
    return [media.get("schema") for media in content.values() if isinstance(media, Mapping)]


def _answer_schemas(operation: Mapping[str, Any]) -> list[Any]:
    found: list[Any] = []
    for status, answer in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(answer, Mapping):
            for media in (answer.get("content") or {}).values():
                if isinstance(media, Mapping):
                    found.append(media.get("schema"))
    streaming = operation.get("x-ollama-streaming") or {}
    sse = operation.get("x-ollama-sse") or {}
    for reference in [streaming.get("chunk"), sse.get("chunk"), *(sse.get("events") or {}).values()]:
        if isinstance(reference, str):
            found.append({"$ref": reference})
    return found


def operations_of(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """``(path, METHOD, operation)`` for every operation of `spec`, in its order."""
    for path, entry in (spec.get("paths") or {}).items():
        if isinstance(entry, Mapping):
            for method in _HTTP_METHODS:
                operation = entry.get(method)
                if isinstance(operation, Mapping):
                    yield str(path), method.upper(), operation


def operation_items(
    spec: Mapping[str, Any], path: str, method: str, operation: Mapping[str, Any]
) -> list[Item]:
    """The route, and every field, value and form of its request and success answers, once each."""
    operation_id = str(operation.get("operationId", f"{method} {path}"))
    route = f"{method} {path}"
    items = [
        Item(
            operation_id,
            route,
            "route",
            "route",
            route,
            annotation(operation),
            annotation(operation, REMOVED),
        )
    ]
    seen: set[tuple[str, str, str]] = set()
    sides: list[tuple[Side, list[Any]]] = [
        ("request", _request_schemas(operation)),
        ("answer", _answer_schemas(operation)),
    ]
    for parameter in operation.get("parameters") or ():
        if isinstance(parameter, Mapping) and "name" in parameter:
            holder = (
                parameter if (SINCE in parameter or REMOVED in parameter) else parameter.get("schema", {})
            )
            items.append(
                Item(
                    operation_id,
                    route,
                    "request",
                    "field",
                    str(parameter["name"]),
                    annotation(holder),
                    annotation(holder, REMOVED),
                )
            )
    for side, schemas in sides:
        for schema in schemas:
            for kind, name, node in schema_items(spec, schema):
                if (side, kind, name) in seen:
                    continue
                seen.add((side, kind, name))
                if kind == "value":
                    since, removed = node
                else:
                    since, removed = annotation(node), annotation(node, REMOVED)
                items.append(Item(operation_id, route, side, kind, name, since, removed))
    return items


_CACHE: dict[int, tuple[Mapping[str, Any], dict[str, list[Item]]]] = {}


def items_by_operation(spec: Mapping[str, Any]) -> dict[str, list[Item]]:
    """`operation_items` of every operation, by ``operationId`` (remembered per spec document: do
    not change a document after asking)."""
    cached = _CACHE.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    result = {
        str(operation.get("operationId")): operation_items(spec, path, method, operation)
        for path, method, operation in operations_of(spec)
    }
    if len(_CACHE) >= 8:
        _CACHE.clear()
    _CACHE[id(spec)] = (spec, result)
    return result


def find_item(spec: Mapping[str, Any], operation_id: str, field: str | None = None) -> Item:
    """The route `operation_id` (`field` None), or its field (request first, then answer).

    `field` is a path as `Item.name` writes it: ``think``, ``messages[].images``, ``message.thinking``.

    Raises:
        KeyError: The spec has no such operation, or the operation no such field.
    """
    found = items_by_operation(spec).get(operation_id)
    if found is None:
        raise KeyError(f"the spec has no operation {operation_id!r}")
    if field is None:
        return found[0]
    for side in ("request", "answer"):
        for item in found:
            if item.side == side and item.name == field and item.kind == "field":
                return item
    raise KeyError(f"{operation_id} has no field {field!r}")


def floor(spec: Mapping[str, Any]) -> Release | None:
    """The oldest release the spec's routes name: what every call can count on."""
    releases = [items[0].since for items in items_by_operation(spec).values() if items[0].since is not None]
    return min(releases) if releases else None


@dataclass(frozen=True)
class OperationChanges:
    """What one operation gained and lost between two releases."""

    operation_id: str
    route: str
    added: tuple[Item, ...]
    removed: tuple[Item, ...]


def _within(release: Release | None, old: Release, new: Release) -> bool:
    return release is not None and old < release <= new


def changes(spec: Mapping[str, Any], old: Release, new: Release) -> list[OperationChanges]:
    """Routes, fields, values and forms added or removed after `old` up to and including `new`,
    by operation in the spec's order (operations without changes left out).

    A field that came with its route is not listed apart from the route.
    """
    result: list[OperationChanges] = []
    for operation_id, items in items_by_operation(spec).items():
        route = items[0]
        added = [
            item
            for item in items
            if _within(item.since, old, new)
            and (item is route or not (_within(route.since, old, new) and item.since == route.since))
        ]
        removed = [item for item in items if _within(item.removed, old, new)]
        if added or removed:
            added.sort(key=lambda item: item.since or new)
            removed.sort(key=lambda item: item.removed or new)
            result.append(OperationChanges(operation_id, route.route, tuple(added), tuple(removed)))
    return result
