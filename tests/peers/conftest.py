"""Fixtures for the peer scenarios: the official openai and anthropic SDKs against a server.

Each scenario runs against the fake (strict, and validating every answer, SSE events one by one, against
the spec) and, with ``make test-live``, against a real Ollama at ``OLLAMA_HOST`` when one answers there
(skipped, saying why, otherwise). The live models can be chosen with ``OLLAMA_LIVE_MODEL`` (chat with
tools), ``OLLAMA_LIVE_THINKING_MODEL`` and ``OLLAMA_LIVE_EMBED_MODEL``; they are pulled first.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import anthropic
import httpx
import openai
import pytest

from ollama_openapi.fake import FakeOllama

CHAT_MODEL = os.environ.get("OLLAMA_LIVE_MODEL", "llama3.2")
THINKING_MODEL = os.environ.get("OLLAMA_LIVE_THINKING_MODEL", "qwen3")
EMBED_MODEL = os.environ.get("OLLAMA_LIVE_EMBED_MODEL", "all-minilm")
MISSING_MODEL = "ollama-openapi-peers-missing"


@dataclass(frozen=True)
class Peer:
    """The server the SDKs talk to."""

    url: str
    fake: FakeOllama | None

    @property
    def live(self) -> bool:
        """Whether this is a real Ollama (whose answers vary with the model)."""
        return self.fake is None


def _live_peer() -> Peer:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        pytest.skip("live: OLLAMA_HOST is not set; point it at a running Ollama and run `make test-live`")
    url = host if "://" in host else f"http://{host}"
    try:
        httpx.get(f"{url}/api/version", timeout=3).raise_for_status()
    except httpx.HTTPError as error:
        pytest.skip(f"live: no Ollama answers at {url} (OLLAMA_HOST): {error}")
    for model in (CHAT_MODEL, THINKING_MODEL, EMBED_MODEL):
        pulled = httpx.post(f"{url}/api/pull", json={"model": model, "stream": False}, timeout=3600)
        if pulled.status_code != 200:
            pytest.skip(f"live: could not pull {model}: {pulled.text}")
    return Peer(url, None)


@pytest.fixture(scope="module", params=["fake", pytest.param("live", marks=pytest.mark.live)])
def peer(request: pytest.FixtureRequest) -> Iterator[Peer]:
    """The fake (checked against the spec in both directions) or a live Ollama."""
    if request.param == "live":
        yield _live_peer()
        return
    models = (CHAT_MODEL, THINKING_MODEL, EMBED_MODEL)
    with FakeOllama(models=models, strict=True, validate_responses=True) as fake:
        yield Peer(fake.url, fake)
        assert fake.violations == [], "requests or answers that do not match the spec"


@pytest.fixture
def openai_client(peer: Peer) -> Iterator[openai.OpenAI]:
    """The official openai SDK pointed at the server's ``/v1``."""
    with openai.OpenAI(base_url=f"{peer.url}/v1", api_key="ollama", max_retries=0, timeout=600) as client:
        yield client


@pytest.fixture
def anthropic_client(peer: Peer) -> Iterator[anthropic.Anthropic]:
    """The official anthropic SDK pointed at the server (it adds ``/v1/messages`` itself)."""
    with anthropic.Anthropic(base_url=peer.url, api_key="ollama", max_retries=0, timeout=600) as client:
        yield client
