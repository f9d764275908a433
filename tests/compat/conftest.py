"""Fixtures for the ``ollama_openapi.compat`` tests: a strict fake Ollama and a reference `Client`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ollama_openapi import Client
from ollama_openapi.fake import FakeOllama


@pytest.fixture
def server() -> Iterator[FakeOllama]:
    """An empty fake Ollama that rejects requests the spec does not allow and checks its own answers."""
    with FakeOllama(strict=True, validate_responses=True) as running:
        yield running
        assert running.violations == []


@pytest.fixture
def base_url(server: FakeOllama) -> str:
    """The fake's address as ollama-python spelled it: ``http://host:port/api``."""
    return f"{server.url}/api"


@pytest.fixture
def reference(server: FakeOllama) -> Iterator[Client]:
    """A plain `Client` for the same fake: pulls models and computes what the examples should print."""
    with Client(server.url) as client:
        yield client
