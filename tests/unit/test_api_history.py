"""Reading release annotations: release numbers, since/removed lookups, changes between releases and
the spec of one release, on a small spec written here (so the expected results are known)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from ollama_openapi._releases import Release, parse_release, release
from ollama_openapi.api_history import changes, find_item, floor, items_by_operation
from ollama_openapi.release_spec import spec_at

SMALL_SPEC: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "release_history_spec.json").read_text("utf-8")
)
"""A spec of three routes whose annotations cover each kind: fields, nested fields, enum values,
a later form of a field, a removed field, a later route, a removed route."""


def test_release_numbers_read_and_order() -> None:
    assert parse_release("v0.9.0") == Release(0, 9, 0)
    assert parse_release("0.33.0-rc2") == Release(0, 33, 0)
    assert parse_release("0.10.0") > parse_release("0.9.9")  # type: ignore[operator]
    for text in ("", "0.9", "latest", "v1.2.3.4", None, 9):
        assert parse_release(text) is None
    with pytest.raises(ValueError, match="release number"):
        release("nine")
    assert str(Release(0, 9, 0)) == "0.9.0"


def test_find_item_reads_routes_fields_and_nested_paths() -> None:
    assert find_item(SMALL_SPEC, "talk").since == Release(0, 1, 0)
    assert find_item(SMALL_SPEC, "talk", "speed").since == Release(0, 2, 0)
    assert find_item(SMALL_SPEC, "talk", "size").removed == Release(0, 4, 0)
    assert find_item(SMALL_SPEC, "talk", "lines[].accent").since == Release(0, 5, 0)
    assert find_item(SMALL_SPEC, "talk", "echo").side == "answer"
    assert find_item(SMALL_SPEC, "gone").removed == Release(0, 4, 0)
    with pytest.raises(KeyError):
        find_item(SMALL_SPEC, "talk", "nothing")
    with pytest.raises(KeyError):
        find_item(SMALL_SPEC, "nothing")
    assert floor(SMALL_SPEC) == Release(0, 1, 0)


def test_values_and_forms_are_items() -> None:
    names = {(item.kind, item.name): item for item in items_by_operation(SMALL_SPEC)["talk"]}
    assert names[("value", 'mood="wild"')].since == Release(0, 6, 0)
    assert names[("form", "shape as Shape")].since == Release(0, 4, 0)


def test_changes_between_releases() -> None:
    found = {group.operation_id: group for group in changes(SMALL_SPEC, Release(0, 2, 0), Release(0, 5, 0))}
    assert set(found) == {"talk", "later", "gone"}
    talk = found["talk"]
    assert [(item.kind, item.name) for item in talk.added] == [
        ("field", "mood"),
        ("value", 'mood="calm"'),
        ("value", 'mood="loud"'),
        ("field", "echo"),
        ("form", "shape as Shape"),
        ("field", "lines[].accent"),
    ]
    assert [item.name for item in talk.removed] == ["size"]
    assert [item.kind for item in found["later"].added] == ["route"]
    assert [item.kind for item in found["gone"].removed] == ["route"]
    assert changes(SMALL_SPEC, Release(0, 6, 0), Release(0, 9, 0)) == []


def test_spec_of_one_release_keeps_only_what_it_has() -> None:
    original = copy.deepcopy(SMALL_SPEC)
    old = spec_at(SMALL_SPEC, Release(0, 1, 0))
    assert original == SMALL_SPEC  # not changed in place
    validate(old)
    assert set(old["paths"]) == {"/api/talk", "/api/gone"}
    talk = old["components"]["schemas"]["TalkRequest"]
    assert set(talk["properties"]) == {"text", "shape", "lines"}
    assert talk["required"] == ["text"]
    assert len(talk["properties"]["shape"]["anyOf"]) == 1
    assert set(old["components"]["schemas"]["Line"]["properties"]) == {"words"}
    assert "Mood" not in old["components"]["schemas"]
    assert "Shape" not in old["components"]["schemas"]
    assert old["info"]["version"] == "0.1.0"

    new = spec_at(SMALL_SPEC, Release(0, 5, 0))
    validate(new)
    assert set(new["paths"]) == {"/api/talk", "/api/later"}
    assert "Old" not in new["components"]["schemas"]
    assert new["components"]["schemas"]["Mood"]["enum"] == ["calm", "loud"]
    assert "size" not in new["components"]["schemas"]["TalkRequest"]["properties"]
