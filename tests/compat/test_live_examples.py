"""The seed document's examples against a real Ollama at ``OLLAMA_HOST`` (skipped when none answers).

Run with ``OLLAMA_HOST=http://localhost:11434 pytest tests/compat -m live``. The model is
``OLLAMA_LIVE_MODEL`` (default ``llama3.2``; the examples' ``llama3.1`` is replaced by it) and
``OLLAMA_LIVE_EMBED_MODEL`` for embeddings. Models this test creates are deleted again; nothing is pushed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest

from ollama_openapi import Client
from ollama_openapi.errors import NotFoundError

from . import seed_examples as ex

pytestmark = [pytest.mark.live, pytest.mark.timeout(900)]

MODEL = os.environ.get("OLLAMA_LIVE_MODEL", "llama3.2")
EMBED_MODEL = os.environ.get("OLLAMA_LIVE_EMBED_MODEL", "all-minilm")
CREATED = "ollama-openapi-compat-live"
COPIED = "ollama-openapi-compat-live-copy"


@pytest.fixture(scope="module")
def live_base_url() -> Iterator[str]:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        pytest.skip("live: OLLAMA_HOST is not set; point it at a running Ollama")
    with Client(host, timeout=5.0, max_retries=0) as probe:
        if not probe.is_running():
            pytest.skip(f"live: no Ollama answers at {probe.base_url} (OLLAMA_HOST)")
        yield f"{probe.base_url}/api"
        for name in (CREATED, COPIED):
            with contextlib.suppress(NotFoundError):
                probe.delete(name)


def run(source: str, base_url: str, placeholders: dict[str, str] | None = None) -> dict[str, object]:
    """Run an example with ``llama3.1`` replaced by the live model (and the given placeholders)."""
    values = {'"llama3.1"': f'"{MODEL}"'} if '"llama3.1"' in source else {}
    return ex.run_example(source, base_url, {**values, **(placeholders or {})})


def test_pull_then_generate_and_chat(live_base_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(ex.PULL, live_base_url, {"模型名称": MODEL})
    assert capsys.readouterr().out == "success\n"
    run(ex.GENERATE, live_base_url)
    assert capsys.readouterr().out.strip()
    run(ex.GENERATE_STREAM, live_base_url)
    assert len(capsys.readouterr().out.splitlines()) > 1
    namespace = run(ex.CHAT, live_base_url)
    assert namespace["result"].message.content  # type: ignore[attr-defined]
    run(ex.CHAT_STREAM, live_base_url)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 1
    assert all(line.startswith("Message(role=") for line in lines)
    run(ex.SECTION_3_2, live_base_url)
    output = capsys.readouterr().out
    assert "An error occurred" not in output
    assert f"name='{MODEL}" in output


def test_embedding(live_base_url: str) -> None:
    with Client(live_base_url.removesuffix("/api")) as client:
        client.pull(EMBED_MODEL)
    namespace = run(ex.EMBEDDING, live_base_url, {f'"{MODEL}"': f'"{EMBED_MODEL}"'})
    assert namespace["result"].embedding  # type: ignore[attr-defined]


def test_model_management(live_base_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    modelfile = f"FROM {MODEL}\\nSYSTEM You are a test."
    run(ex.CREATE_STREAM, live_base_url, {"test_model": CREATED, "模型文件路径": modelfile})
    assert capsys.readouterr().out.splitlines()[-1] == "success"
    run(ex.SHOW, live_base_url, {"模型名称": CREATED})
    assert capsys.readouterr().out.startswith("ModelDetails(")
    namespace = run(ex.COPY, live_base_url, {"原模型名称": CREATED, "复制的目标模型名称": COPIED})
    assert namespace["result"] == 200
    run(ex.LIST, live_base_url)
    assert COPIED in capsys.readouterr().out
    run(ex.DELETE, live_base_url, {"要删除的模型名称": COPIED})
    run(ex.LIST, live_base_url)
    assert COPIED not in capsys.readouterr().out
