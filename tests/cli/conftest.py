"""Fixtures for the CLI tests: a strict fake Ollama and `cli(...)`, which runs ``main`` in-process."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from ollama_openapi.cli import main
from ollama_openapi.fake import FakeOllama

MODELS = ("llama3.2", "all-minilm")


@dataclass(frozen=True)
class Result:
    """What one CLI run returned and printed."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        """Stdout as one JSON document."""
        return json.loads(self.out)

    def ndjson(self) -> list[Any]:
        """Stdout as NDJSON, one document per line."""
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


Cli = Callable[..., Result]


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A strict fake with two models; the test fails if the CLI sent a request that breaks the spec."""
    with FakeOllama(models=MODELS, strict=True, validate_responses=True) as server:
        yield server
    assert server.violations == []


@pytest.fixture
def cli(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``ollama-openapi --host <fake> ARGS...`` in-process and capture its output."""

    def run(*argv: str) -> Result:
        capsys.readouterr()  # drop anything printed before
        code = main(["--host", fake.url, *argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
