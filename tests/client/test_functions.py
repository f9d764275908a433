"""Module-level functions (``ollama_openapi.chat(...)``) on a default client made on first use."""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Iterator

import pytest

import ollama_openapi
from ollama_openapi import Client, Stream, _default
from ollama_openapi.fake import FakeOllama
from ollama_openapi_generated import functions

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def fresh_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(_default, "_client", None)
    yield
    if _default._client is not None:
        _default._client.close()


def test_every_public_client_method_is_a_function() -> None:
    public = {name for name in dir(Client) if not name.startswith("_") and callable(getattr(Client, name))}
    # Lifecycle and the hand-written loops over chat are methods only.
    hand_written = {"close", "load", "unload", "run_tools", "stream_tools"}
    assert set(functions.__all__) == public - hand_written
    assert set(functions.__all__) <= set(ollama_openapi.__all__)


def test_signatures_are_the_methods_without_self() -> None:
    method = inspect.signature(Client.chat)
    function = inspect.signature(ollama_openapi.chat)
    assert list(function.parameters) == list(method.parameters)[1:]
    assert "think" in function.parameters
    assert ollama_openapi.chat.__doc__ == Client.chat.__doc__


def test_importing_makes_no_client_and_no_connection() -> None:
    code = (
        "import sys\n"
        "from ollama_openapi import chat, generate, list\n"
        "from ollama_openapi import _default\n"
        "assert _default._client is None\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "ok"


def test_the_default_client_reads_ollama_host_on_first_call(
    fresh_default: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeOllama(models=["llama3.2"]) as server:
        monkeypatch.setenv("OLLAMA_HOST", server.url)
        reply = ollama_openapi.chat("llama3.2", [{"role": "user", "content": "hi"}])
        assert reply.done is True
        assert _default.default_client().base_url == server.url
        stream = ollama_openapi.generate("llama3.2", "hi", stream=True)
        assert isinstance(stream, Stream)
        assert [part.done for part in stream][-1] is True
        assert [model.model for model in ollama_openapi.list().models] == ["llama3.2:latest"]
        assert _default.default_client() is _default.default_client()
