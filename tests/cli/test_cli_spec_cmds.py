"""``ollama-openapi api-changes`` and ``ollama-openapi spec --release``: read the shipped spec (or, for
exact output, a small spec of this file), talk to no server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from ollama_openapi.api_history import items_by_operation
from ollama_openapi.cli import _spec_cmds, main
from ollama_openapi.spec import load_spec

SMALL_SPEC: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "release_history_spec.json").read_text("utf-8")
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--host", "http://127.0.0.1:9", *argv])  # nothing listens there: no server is asked
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def small_spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(_spec_cmds, "load_spec", lambda: SMALL_SPEC)
    return SMALL_SPEC


def test_api_changes_lists_additions_and_removals_by_operation(
    capsys: pytest.CaptureFixture[str], small_spec: dict[str, Any]
) -> None:
    code, out, _ = _run(capsys, "api-changes", "v0.2.0", "v0.5.0")
    assert code == 0
    assert out == (
        "API changes after Ollama 0.2.0 up to 0.5.0:\n"
        "\n"
        "POST /api/talk (talk)\n"
        "  + request field mood  (added in 0.3.0)\n"
        '  + request value mood="calm"  (added in 0.3.0)\n'
        '  + request value mood="loud"  (added in 0.3.0)\n'
        "  + answer field echo  (added in 0.3.0)\n"
        "  + request form shape as Shape  (added in 0.4.0)\n"
        "  + request field lines[].accent  (added in 0.5.0)\n"
        "  - request field size  (removed in 0.4.0)\n"
        "\n"
        "GET /api/later (later)\n"
        "  + the route  (added in 0.5.0)\n"
        "\n"
        "GET /api/gone (gone)\n"
        "  - the route  (removed in 0.4.0)\n"
    )


def test_api_changes_as_json(capsys: pytest.CaptureFixture[str], small_spec: dict[str, Any]) -> None:
    code, out, _ = _run(capsys, "api-changes", "0.4.0", "0.6.0", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "operation": "talk",
            "route": "POST /api/talk",
            "added": [
                {"side": "request", "kind": "field", "name": "lines[].accent", "release": "0.5.0"},
                {"side": "request", "kind": "value", "name": 'mood="wild"', "release": "0.6.0"},
            ],
            "removed": [],
        },
        {
            "operation": "later",
            "route": "GET /api/later",
            "added": [{"side": "route", "kind": "route", "name": "GET /api/later", "release": "0.5.0"}],
            "removed": [],
        },
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("api-changes", "0.9", "0.10.0"), "OLD must be an Ollama release number"),
        (("api-changes", "0.10.0", "0.9.0"), "NEW (0.9.0) is older than OLD (0.10.0)"),
        (("spec", "--release", "latest"), "--release must be an Ollama release number"),
    ],
)
def test_bad_release_numbers_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert message in err
    assert out == ""


def _releases_of_the_spec() -> list[str]:
    """The oldest release, each release a route came in, and one past the newest."""
    found = sorted(
        {item.since for items in items_by_operation(load_spec()).values() for item in items if item.since}
    )
    if not found:
        pytest.skip("the spec marks no release")
    newest = found[-1]
    return [str(found[0]), str(found[len(found) // 2]), str(newest), f"{newest.major}.{newest.minor + 1}.0"]


def test_spec_of_a_release_is_valid_openapi_with_only_what_it_has(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec = load_spec()
    for release in _releases_of_the_spec():
        target = tmp_path / f"{release}.json"
        code, out, _ = _run(capsys, "spec", "--release", release, "--output", str(target))
        assert (code, out) == (0, "")
        document = json.loads(target.read_text("utf-8"))
        validate(document)
        assert document["info"]["version"] == release
        from ollama_openapi._releases import release as parse

        for items in items_by_operation(spec).values():
            route = items[0]
            method, path = route.route.split(" ", 1)
            listed = method.lower() in document["paths"].get(path, {})
            assert listed == route.present_in(parse(release)), (release, route.route)


def test_spec_without_a_release_is_the_whole_spec(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "spec")
    assert code == 0
    assert json.loads(out) == load_spec()
