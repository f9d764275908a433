"""Fixtures for the fake Ollama server tests: every test talks to a real server over loopback sockets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.pytest_plugin import fake_ollama

__all__ = ["fake_ollama"]

PRELOADED = ("llama3.2", "qwen3", "all-minilm")
SPEC_YAML = Path(__file__).resolve().parents[2] / "openapi" / "ollama.yaml"


@pytest.fixture
def server() -> Iterator[FakeOllama]:
    """A running fake with a chat model, a thinking model and an embedding model installed."""
    with FakeOllama(models=PRELOADED) as running:
        yield running


@pytest.fixture
def client(server: FakeOllama) -> Iterator[httpx.Client]:
    """An httpx client for ``server``."""
    with httpx.Client(base_url=server.url, timeout=10) as http:
        yield http


def load_spec_document() -> dict[str, Any] | None:
    """The project's OpenAPI document (shipped JSON copy first, then the YAML source), or ``None``."""
    try:
        from ollama_openapi.spec import load_spec

        return load_spec()
    except (ImportError, OSError):
        pass
    if SPEC_YAML.exists():
        import yaml

        document: dict[str, Any] = yaml.safe_load(SPEC_YAML.read_text("utf-8"))
        return document
    return None


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document; tests needing it are skipped while it does not exist."""
    document = load_spec_document()
    if document is None:
        pytest.skip("openapi/ollama.yaml is not available")
    return document
