"""`make demo` against a real Ollama says what it will pull, and how large, before pulling."""

from __future__ import annotations

import io

import pytest

from ollama_openapi import demo
from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(60)


def test_the_demo_says_what_it_pulls_before_pulling(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeOllama() as server:  # answers at OLLAMA_HOST: the demo takes it for a real Ollama
        monkeypatch.setenv("OLLAMA_HOST", server.url)
        out = io.StringIO()
        demo.run(out)
    text = out.getvalue()
    notice = text.index("This demo pulls llama3.2, all-minilm")
    assert "about 2 GB" in text
    assert notice < text.index("$ pull llama3.2")


def test_no_notice_when_the_models_are_there(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeOllama(models=["llama3.2", "all-minilm"]) as server:
        monkeypatch.setenv("OLLAMA_HOST", server.url)
        out = io.StringIO()
        demo.run(out)
    assert "This demo pulls" not in out.getvalue()
