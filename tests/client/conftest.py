"""Fixtures for the client contract tests: a strict fake Ollama and both clients, sync and async."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ollama_openapi.fake import FakeOllama

from .twins import Api, make_client

MODELS = ("llama3.2", "qwen3", "all-minilm", "llava")


class Fake(FakeOllama):
    """A strict `FakeOllama` that also keeps its access log (one line per request)."""

    def __init__(self) -> None:
        self.log_lines: list[str] = []
        super().__init__(models=MODELS, strict=True, log=self.log_lines.append)

    def requests_to(self, method: str, path_prefix: str = "") -> list[str]:
        """Access-log lines of requests with this method whose path starts with `path_prefix`."""
        marker = f'"{method} {path_prefix}'
        return [line for line in self.log_lines if marker in line]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def fake() -> Iterator[Fake]:
    """A running strict fake; the test fails if any request the client sent broke the spec."""
    server = Fake()
    with server:
        yield server
    assert server.violations == []


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Which client a test runs with."""
    value: str = request.param
    return value


@pytest.fixture
def client(kind: str, fake: Fake) -> Iterator[Api]:
    """`Client` or (bridged) `AsyncClient` pointed at the strict fake."""
    with make_client(kind, fake.url) as api:
        yield api
