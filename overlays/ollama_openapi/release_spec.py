"""The OpenAPI document of one Ollama release, cut from the spec by its release annotations.

``ollama-openapi spec --release 0.9.0`` writes it: the routes, fields, enum values and forms that
release has (``x-ollama-since`` at or before it, ``x-ollama-removed`` after it), nothing else, for
tools that want the API of the server they talk to (Postman, Bruno, scanners, other generators).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from ._releases import Release
from .api_history import ENUM_REMOVED, ENUM_SINCE, REMOVED, SINCE, annotation, available, operations_of

__all__ = ["spec_at"]

_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains", "propertyNames")
_COMPONENTS = "#/components/schemas/"


def _present(node: object, release: Release) -> bool:
    return available(annotation(node), annotation(node, REMOVED), release)


def spec_at(spec: Mapping[str, Any], release: Release) -> dict[str, Any]:
    """A copy of `spec` with only what `release` has; schemas nothing refers to any more are left out.

    ``info.version`` names the release. `spec` itself is not changed.
    """
    document: dict[str, Any] = copy.deepcopy(dict(spec))
    document.setdefault("info", {})["version"] = str(release)
    paths = document.get("paths") or {}
    for path, method, operation in list(operations_of(document)):
        entry = paths[path]
        if not _present(operation, release):
            del entry[method.lower()]
            continue
        parameters = operation.get("parameters")
        if isinstance(parameters, list):
            parameters[:] = [item for item in parameters if _present(item, release)]
        for schema in _inline_schemas(operation):
            _prune(schema, release)
    for path in [path for path, entry in paths.items() if not any(key in entry for key in _METHODS)]:
        del paths[path]
    schemas = (document.get("components") or {}).get("schemas") or {}
    for schema in schemas.values():
        _prune(schema, release)
    _drop_unreferenced(document)
    return document


_METHODS = ("get", "head", "post", "put", "patch", "delete", "options", "trace")


def _inline_schemas(operation: Mapping[str, Any]) -> Iterator[Any]:
    holders = [operation.get("requestBody") or {}]
    holders += [
        answer for answer in (operation.get("responses") or {}).values() if isinstance(answer, Mapping)
    ]
    for holder in holders:
        for media in (holder.get("content") or {}).values():
            if isinstance(media, Mapping) and "schema" in media:
                yield media["schema"]
    for parameter in operation.get("parameters") or ():
        if isinstance(parameter, Mapping) and "schema" in parameter:
            yield parameter["schema"]


def _prune(node: object, release: Release) -> None:
    """Remove from schema `node`, in place, the properties, variants and values `release` lacks."""
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        for name in [name for name, child in properties.items() if not _present(child, release)]:
            del properties[name]
            if isinstance(node.get("required"), list):
                node["required"] = [field for field in node["required"] if field != name]
        if node.get("required") == []:
            del node["required"]
        for child in properties.values():
            _prune(child, release)
    for key in _SCHEMA_LISTS:
        variants = node.get(key)
        if isinstance(variants, list):
            kept = [variant for variant in variants if _present(variant, release)]
            if kept:
                node[key] = kept
            else:  # no form of it existed yet: nothing matches
                del node[key]
                node["not"] = {}
            for variant in kept:
                _prune(variant, release)
    for key in _SCHEMA_VALUES:
        _prune(node.get(key), release)
    _prune_enum(node, release)


def _prune_enum(node: dict[str, Any], release: Release) -> None:
    added, gone = node.get(ENUM_SINCE), node.get(ENUM_REMOVED)
    values = node.get("enum")
    if not isinstance(values, list) or not (isinstance(added, Mapping) or isinstance(gone, Mapping)):
        return
    added = added if isinstance(added, Mapping) else {}
    gone = gone if isinstance(gone, Mapping) else {}
    node["enum"] = [
        value
        for value in values
        if not isinstance(value, str)
        or _present({SINCE: added.get(value), REMOVED: gone.get(value)}, release)
    ]
    for key, mapping in ((ENUM_SINCE, added), (ENUM_REMOVED, gone)):
        if key in node:
            node[key] = {value: text for value, text in mapping.items() if value in node["enum"]}


def _references(node: object) -> Iterator[str]:
    """Every component schema name `node` refers to (``$ref`` and the spec's own extensions alike)."""
    if isinstance(node, str):
        if node.startswith(_COMPONENTS):
            yield node[len(_COMPONENTS) :].split("/", 1)[0]
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _drop_unreferenced(document: dict[str, Any]) -> None:
    components = document.get("components") or {}
    schemas = components.get("schemas")
    if not isinstance(schemas, dict):
        return
    roots = {key: value for key, value in document.items() if key != "components"}
    roots["components"] = {key: value for key, value in components.items() if key != "schemas"}
    wanted: list[str] = list(_references(roots))
    kept: set[str] = set()
    while wanted:
        name = wanted.pop()
        if name in kept or name not in schemas:
            continue
        kept.add(name)
        wanted.extend(_references(schemas[name]))
    for name in [name for name in schemas if name not in kept]:
        del schemas[name]
