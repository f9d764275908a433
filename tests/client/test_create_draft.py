"""`create(..., draft_files={...})`: a draft model's local files are uploaded and named by digest."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from ollama_openapi import Client
from ollama_openapi.blobs import file_digest
from ollama_openapi.cli import main
from ollama_openapi.fake import FakeOllama


def _gguf(path: Path, fill: bytes) -> Path:
    path.write_bytes(b"GGUF" + fill * 64)
    return path


def test_draft_files_are_uploaded_and_sent(tmp_path: Path) -> None:
    weights = _gguf(tmp_path / "m.gguf", b"\0")
    draft = _gguf(tmp_path / "draft.gguf", b"\1")
    bodies: list[dict[str, object]] = []

    def keep(request: httpx.Request) -> None:
        if request.url.path == "/api/create":
            bodies.append(json.loads(request.content))

    with FakeOllama(strict=True) as server, Client(server.url, event_hooks={"request": [keep]}) as client:
        result = client.create("with-draft", files={"m.gguf": weights}, draft_files={"draft.gguf": draft})
        assert result.status == "success"
        assert client.blob_exists(file_digest(draft))
        assert server.violations == []
    assert bodies[0]["draft_files"] == {"draft.gguf": file_digest(draft)}
    assert bodies[0]["files"] == {"m.gguf": file_digest(weights)}


def test_the_cli_creates_from_a_modelfile_with_a_draft(tmp_path: Path) -> None:
    _gguf(tmp_path / "m.gguf", b"\0")
    _gguf(tmp_path / "draft.gguf", b"\1")
    modelfile = tmp_path / "Modelfile"
    modelfile.write_text("FROM ./m.gguf\nDRAFT ./draft.gguf\nSYSTEM Be brief.\n")
    with FakeOllama(strict=True) as server:
        assert main(["--host", server.url, "create", "drafted", "-f", str(modelfile)]) == 0
        assert "drafted:latest" in server.model_names()
        assert server.violations == []
