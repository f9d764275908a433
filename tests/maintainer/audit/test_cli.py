"""``python -m ollama_openapi.spec_audit``: output and exit status on the invented widgets service."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ollama_openapi_maintainer.audit import main

WIDGETS = Path(__file__).resolve().parents[2] / "data" / "go" / "widgets"
REPO = Path(__file__).resolve().parents[3]


def test_exit_0_when_the_spec_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--ollama-src", str(WIDGETS), "--spec", str(WIDGETS / "openapi.yaml")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.splitlines()[-1] == (
        "no differences; 4 routes, 4 schemas, 11 fields compared; 1 ignored by x-spec-audit-ignore"
    )


def test_show_ignored_lists_what_the_spec_silences(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--ollama-src", str(WIDGETS), "--spec", str(WIDGETS / "openapi.yaml"), "--show-ignored"])
    out = capsys.readouterr().out
    assert "ListWidgetsResponse.widgets: Go may send null" in out
    assert "(ignored: the handler always builds a non-nil slice)" in out


def test_exit_1_and_yaml_line_numbers_on_a_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = (WIDGETS / "openapi.yaml").read_text(encoding="utf-8").replace("required: [id, price, made]", "")
    (tmp_path / "openapi.yaml").write_text(spec, encoding="utf-8")
    code = main(["--ollama-src", str(WIDGETS), "--spec", str(tmp_path / "openapi.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    spec_line = next(n for n, line in enumerate(spec.splitlines(), 1) if line.strip().startswith("id:"))
    assert (
        "api/types.go:19: Widget.id: Go always sends it (no omitempty) but the spec does not require it"
        in out
    )
    assert f"[spec: {tmp_path / 'openapi.yaml'}:{spec_line}]" in out
    assert out.splitlines()[-1].startswith("3 differences (3 required)")


def test_a_json_spec_gives_json_pointers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = yaml.safe_load((WIDGETS / "openapi.yaml").read_text(encoding="utf-8"))
    del document["components"]["schemas"]["Widget"]["properties"]["label"]
    (tmp_path / "spec.json").write_text(json.dumps(document), encoding="utf-8")
    code = main(["--ollama-src", str(WIDGETS), "--spec", str(tmp_path / "spec.json")])
    out = capsys.readouterr().out
    assert code == 1
    assert f"[spec: {tmp_path / 'spec.json'}#/components/schemas/Widget]" in out


def test_include_v1_compares_the_v1_routes(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--ollama-src", str(WIDGETS), "--spec", str(WIDGETS / "openapi.yaml"), "--include-v1"])
    out = capsys.readouterr().out
    assert code == 1
    assert "server/routes.go:10: GET /v1/widgets: registered in GenerateRoutes, missing from the spec" in out


def test_exit_2_when_the_source_is_not_an_ollama_checkout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--ollama-src", str(tmp_path), "--spec", str(WIDGETS / "openapi.yaml")])
    assert code == 2
    assert "is not a checkout of ollama/ollama" in capsys.readouterr().err


def test_exit_2_when_the_spec_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--ollama-src", str(WIDGETS), "--spec", str(tmp_path / "missing.yaml")])
    assert code == 2
    assert "cannot read the spec" in capsys.readouterr().err


def test_default_spec_is_the_shipped_one(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--ollama-src", str(WIDGETS)])
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"Ollama source: {WIDGETS}; spec: ollama_openapi_generated/openapi.json"
    # The shipped spec describes Ollama, not the widgets service: every route differs.
    assert "route (" in out


def test_runs_as_a_module() -> None:
    spec = str(WIDGETS / "openapi.yaml")
    cmd = [
        sys.executable,
        "-m",
        "ollama_openapi_maintainer.audit",
        "--ollama-src",
        str(WIDGETS),
        "--spec",
        spec,
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO / "maintainer")}
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_target_without_ollama_src_says_how_to_call_it() -> None:
    done = subprocess.run(
        ["make", "--no-print-directory", "spec-audit", "OLLAMA_SRC="],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "make spec-audit OLLAMA_SRC=" in done.stderr
