"""pull, push and create: progress on stderr, NDJSON with --json, uploads of local files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ollama_openapi.cli import ExitCode

from .conftest import Cli

GGUF = b"GGUF" + bytes(range(256)) * 64


def _names(cli: Cli) -> list[str]:
    return [entry["name"] for entry in cli("list", "--json").json()["models"]]


def test_pull_draws_plain_progress_on_stderr_when_it_is_not_a_terminal(cli: Cli) -> None:
    result = cli("pull", "qwen3")
    assert result.code == ExitCode.OK
    assert result.out == ""
    lines = result.err.splitlines()
    assert lines[0] == "pulling manifest"
    assert any(line.startswith("pulling ") and "100%" in line for line in lines)
    assert lines[-3:] == ["verifying sha256 digest", "writing manifest", "success"]
    assert "qwen3:latest" in _names(cli)


def test_pull_no_progress_prints_only_the_final_status(cli: Cli) -> None:
    result = cli("pull", "qwen3", "--no-progress")
    assert (result.code, result.out, result.err) == (ExitCode.OK, "success\n", "")


def test_pull_json_is_ndjson(cli: Cli) -> None:
    result = cli("--json", "pull", "qwen3")
    chunks = result.ndjson()
    assert chunks[0] == {"status": "pulling manifest"}
    assert chunks[-1] == {"status": "success"}
    assert any(chunk.get("completed") == chunk.get("total") for chunk in chunks if "digest" in chunk)
    assert result.err == ""


def test_pull_of_a_model_the_registry_lacks_exits_3(cli: Cli) -> None:
    result = cli("pull", "does-not-exist", "--no-progress")
    assert result.code == ExitCode.MODEL_NOT_FOUND
    assert result.err == "ollama-openapi: error: pull model manifest: file does not exist\n"


def test_push_streams_progress(cli: Cli) -> None:
    result = cli("push", "llama3.2", "--json")
    chunks = result.ndjson()
    assert chunks[0] == {"status": "retrieving manifest"}
    assert chunks[-1] == {"status": "success"}
    assert cli("push", "nope").code == ExitCode.MODEL_NOT_FOUND


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    (tmp_path / "tiny.gguf").write_bytes(GGUF)
    (tmp_path / "Modelfile").write_text(
        'FROM ./tiny.gguf\nPARAMETER temperature 0.5\nSYSTEM "You are terse."\n', encoding="utf-8"
    )
    return tmp_path


def test_create_uploads_the_local_file_then_creates(cli: Cli, model_dir: Path) -> None:
    result = cli("create", "tiny", "-f", str(model_dir / "Modelfile"))
    assert result.code == ExitCode.OK, result.err
    assert "hashing tiny.gguf" in result.err
    assert "copying tiny.gguf" in result.err
    assert result.err.endswith("success\n")
    assert "tiny:latest" in _names(cli)
    assert "temperature" in cli("show", "tiny", "--parameters").out
    assert cli("show", "tiny", "--system").out == "You are terse.\n"
    again = cli("create", "tiny2", "-f", str(model_dir / "Modelfile"))
    assert again.code == ExitCode.OK
    assert "using existing blob" in again.err
    assert "copying" not in again.err


def test_create_json_lists_uploads_and_server_progress(cli: Cli, model_dir: Path) -> None:
    chunks = cli("--json", "create", "tiny", "--file", str(model_dir / "Modelfile")).ndjson()
    uploads = [chunk for chunk in chunks if chunk.get("status") == "copying tiny.gguf"]
    assert uploads[-1]["completed"] == uploads[-1]["total"] == len(GGUF)
    assert uploads[-1]["digest"].startswith("sha256:")
    assert chunks[-1] == {"status": "success"}


def test_create_from_a_model_with_an_adapter(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "lora.gguf").write_bytes(GGUF)
    (tmp_path / "Modelfile").write_text("FROM llama3.2\nADAPTER lora.gguf\n", encoding="utf-8")
    result = cli("create", "tuned", "-f", str(tmp_path / "Modelfile"), "--no-progress")
    assert (result.code, result.out) == (ExitCode.OK, "success\n")
    assert "tuned:latest" in _names(cli)


def test_create_usage_errors_exit_2(cli: Cli, tmp_path: Path) -> None:
    missing = cli("create", "x", "-f", str(tmp_path / "nope"))
    assert missing.code == ExitCode.USAGE
    assert "no such Modelfile" in missing.err
    (tmp_path / "Modelfile").write_text("FROM llama3.2\nBOGUS x\n", encoding="utf-8")
    bad = cli("create", "x", "-f", str(tmp_path / "Modelfile"))
    assert bad.code == ExitCode.USAGE
    assert bad.err.startswith("ollama-openapi: error: line 2")
    (tmp_path / "Modelfile").write_text(
        "FROM ./missing-adapter.gguf\nADAPTER ./nope.gguf\n", encoding="utf-8"
    )
    assert cli("create", "x", "-f", str(tmp_path / "Modelfile")).code == ExitCode.USAGE
