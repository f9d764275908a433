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
    """Every property schema under the schema `node` (a property named "properties" included)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SKIP or str(key).startswith("x-"):
                continue
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield f"{pointer}/properties/{name}", sub
                    yield from _properties(sub, f"{pointer}/properties/{name}")
            else:
                yield from _properties(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{pointer}/{index}")


def _schemas(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """Every schema node under `node`, `node` included."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SKIP or str(key).startswith("x-"):
                continue
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield from _schemas(sub, f"{pointer}/properties/{name}")
            else:
                yield from _schemas(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{pointer}/{index}")


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
        assert isinstance(since, str), where
        assert VERSION.match(since), (where, since)
        removed = node.get("x-ollama-removed")
        if removed is not None:
            assert VERSION.match(removed), (where, removed)
            assert _version(removed) > _version(since), (where, since, removed)


def test_enum_values_each_have_a_since(spec: dict[str, Any]) -> None:
    found = 0
    for name, schema in spec["components"]["schemas"].items():
        for where, node in _schemas(schema, f"#/components/schemas/{name}"):
            if isinstance(node, dict) and isinstance(node.get("enum"), list):
                strings = sorted(v for v in node["enum"] if isinstance(v, str))
                since = node.get("x-ollama-enum-since", {})
                assert sorted(since) == strings, where
                assert all(VERSION.match(v) for v in since.values()), where
                found += 1
    assert found > 0
