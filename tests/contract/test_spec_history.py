"""Every route and field of the spec says which Ollama release added it (make spec-history)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "ollama.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
VERSION = re.compile(r"^\d+\.\d+\.\d+(?:-rc\d+)?$")
SKIP = frozenset({"example", "examples", "default", "const", "enum", "description", "title"})


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _version(value: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", value))


def _properties(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{pointer}/properties/{name}", sub
        for key, value in node.items():
            if key not in SKIP and not str(key).startswith("x-"):
                yield from _properties(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{pointer}/{index}")


def _annotated(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]
                yield from _properties(item[method], f"{method.upper()} {path}")
    yield from _properties(spec["components"]["schemas"], "#/components/schemas")


def test_every_route_and_field_has_a_since(spec: dict[str, Any]) -> None:
    nodes = list(_annotated(spec))
    missing = [where for where, node in nodes if "x-ollama-since" not in node]
    assert missing == [], f"{len(missing)} without x-ollama-since (run make spec-history): {missing[:10]}"
    assert len(nodes) > 700


def test_annotations_are_versions_and_removal_follows_addition(spec: dict[str, Any]) -> None:
    for where, node in _annotated(spec):
        since = node["x-ollama-since"]
        assert isinstance(since, str) and VERSION.match(since), (where, since)
        removed = node.get("x-ollama-removed")
        if removed is not None:
            assert VERSION.match(removed) and _version(removed) > _version(since), (where, since, removed)


def test_enum_values_each_have_a_since(spec: dict[str, Any]) -> None:
    found = 0
    for where, node in _properties({"properties": spec["components"]["schemas"]}, ""):
        for sub_where, sub in [(where, node), *_properties(node, where)]:
            if isinstance(sub, dict) and isinstance(sub.get("enum"), list):
                since = sub.get("x-ollama-enum-since", {})
                strings = [v for v in sub["enum"] if isinstance(v, str)]
                assert sorted(since) == sorted(strings), sub_where
                found += 1
    assert found > 0
