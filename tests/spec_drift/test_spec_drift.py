"""spec_drift on the recorded responses (clean), on doctored copies (drift found), and live (the fake)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from ollama_openapi.fake import FakeOllama
from ollama_openapi.spec_drift import DriftChecker, check_recorded, main

RECORDED = Path(__file__).resolve().parent.parent / "data" / "recorded"
COUNT = len(json.loads((RECORDED / "manifest.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def checker() -> DriftChecker:
    return DriftChecker()


@pytest.fixture
def copy_of_recorded(tmp_path: Path) -> Path:
    target = tmp_path / "recorded"
    shutil.copytree(RECORDED, target)
    return target


def _entry(folder: Path, endpoint: str, suffix: str) -> Path:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    name: str = next(e["file"] for e in manifest if e["endpoint"] == endpoint and e["file"].endswith(suffix))
    return folder / name


def _edit_json(path: Path, change: Any) -> None:
    document = json.loads(path.read_bytes())
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_the_recorded_responses_show_no_drift(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--recorded", str(RECORDED)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"checked {COUNT} responses: 0 unknown fields, 0 spec violations"]


def test_an_injected_unknown_field_is_reported(
    copy_of_recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show = _entry(copy_of_recorded, "api_show", ".json")
    _edit_json(show, lambda doc: doc["details"].update(brand_new_field=1))
    tags = _entry(copy_of_recorded, "api_tags", ".json")
    _edit_json(tags, lambda doc: [model.update(pinned=True) for model in doc["models"]])
    assert main(["--recorded", str(copy_of_recorded)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"unknown field: POST /api/show $.details.brand_new_field [{show.name}]" in lines
    assert f"unknown field: GET /api/tags $.models[0].pinned [{tags.name}]" in lines
    assert lines[-1] == f"checked {COUNT} responses: 2 unknown fields, 0 spec violations"  # once per response


def test_an_unknown_field_in_a_stream_names_its_line(copy_of_recorded: Path) -> None:
    stream = _entry(copy_of_recorded, "api_chat", ".ndjson")
    lines = stream.read_bytes().splitlines()
    second = json.loads(lines[1])
    second["message"]["sparkle"] = "new"
    lines[1] = json.dumps(second).encode()
    stream.write_bytes(b"\n".join(lines) + b"\n")
    _, findings = check_recorded(copy_of_recorded)
    assert [(f.kind, f.source, f.path, f.message) for f in findings] == [
        ("unknown field", stream.name, "$.message.sparkle", "(line 2)")
    ]


def test_a_type_mismatch_is_a_spec_violation(
    copy_of_recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    version = _entry(copy_of_recorded, "api_version", ".json")
    _edit_json(version, lambda doc: doc.update(version=17))
    assert main(["--recorded", str(copy_of_recorded), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["checked"] == COUNT
    [finding] = report["findings"]
    assert finding["kind"] == "spec violation"
    assert finding["source"] == version.name
    assert "$.version" in finding["message"]
    assert "not of type 'string'" in finding["message"]


def test_free_form_maps_are_not_drift(checker: DriftChecker) -> None:
    show = {"model_info": {"brand.new.key": 1}, "details": {"family": "llama"}}
    assert checker.unknown_fields_for("ShowResponse", show) == []
    arguments = {
        "message": {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"function": {"name": "f", "arguments": {"any": 1}}}],
        }
    }
    assert checker.unknown_fields_for("ChatResponse", arguments) == []
    assert checker.unknown_fields_for(
        "ChatResponse", {"message": {"role": "user", "content": "", "mood": 1}}
    ) == ["$.message.mood"]


def test_any_of_follows_the_branch_that_fits(checker: DriftChecker) -> None:
    schema = {
        "anyOf": [
            {"type": "object", "properties": {"a": {"type": "object", "properties": {"x": {}}}}},
            {"type": "object", "properties": {"error": {"type": "string"}}},
            {"type": "string"},
        ]
    }
    assert checker.unknown_fields(schema, {"a": {"x": 1, "y": 2}}) == ["$.a.y"]
    assert checker.unknown_fields(schema, {"error": "boom"}) == []
    assert checker.unknown_fields(schema, "text") == []
    assert checker.unknown_fields(schema, {"odd key": 1}) == ['$["odd key"]']


def test_live_mode_against_the_fake_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOllama(models=["all-minilm", "llama3.2"]) as server:
        assert main(["--host", server.url]) == 0
    assert capsys.readouterr().out.startswith("checked 6 responses: 0 unknown fields, 0 spec violations")


def test_an_unreachable_host_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOllama() as server:
        url = server.url
    assert main(["--host", url]) == 2
    assert "no Ollama answers" in capsys.readouterr().err
