"""Fixtures for the CLI tests: a strict fake Ollama, `cli(...)` (``main`` in-process), spies, and
ways to hold the fake's streams (for Ctrl-C) and to run the CLI on a pseudo-terminal."""

from __future__ import annotations

import copy
import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ollama_openapi import Client
from ollama_openapi.cli import main
from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake import inference as fake_inference
from ollama_openapi.fake import model_handlers as fake_model_handlers

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


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The arguments of every `Client.chat` call (messages copied as they were at the call)."""
    calls: list[dict[str, Any]] = []
    original = Client.chat

    def spy(self: Client, model: str = "", messages: Any = None, **kwargs: Any) -> Any:
        calls.append({"model": model, "messages": copy.deepcopy(messages), **kwargs})
        return original(self, model, messages, **kwargs)

    monkeypatch.setattr(Client, "chat", spy)
    return calls


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a program run on a pty: a terminal type, and a home of its own."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("OLLAMA", "COLUMNS"))}
    env.update(
        TERM="xterm",
        HOME=str(tmp_path / "home"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        LANG="C.UTF-8",
        PYTHONIOENCODING="utf-8",
    )
    return env


class Pause:
    """Holds a stream of the fake after a few lines, until `release` (or a bounded wait)."""

    def __init__(self) -> None:
        self.released = threading.Event()

    def wrap(self, lines: Iterator[bytes], after: int) -> Iterator[bytes]:
        for index, line in enumerate(lines):
            yield line
            if index + 1 == after and not self.released.is_set():
                self.released.wait(PAUSE_LIMIT)

    def release(self) -> None:
        self.released.set()


PAUSE_LIMIT = 20.0


@pytest.fixture
def paused_chat(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    """The fake's chat answers stop after three chunks until released (for Ctrl-C during an answer)."""
    pause = Pause()
    original = fake_inference._chat_lines

    def lines(completion: Any) -> Iterator[bytes]:
        return pause.wrap(original(completion), after=3)

    monkeypatch.setattr(fake_inference, "_chat_lines", lines)
    yield pause
    pause.release()


@pytest.fixture
def paused_pull(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    """The fake's pulls stop after their first layer progress until released."""
    pause = Pause()
    original = fake_model_handlers.pull_lines

    def lines(*args: Any) -> Iterator[bytes]:
        return pause.wrap(original(*args), after=2)

    monkeypatch.setattr(fake_model_handlers, "pull_lines", lines)
    yield pause
    pause.release()


@pytest.fixture
def chat_requests(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The body of every chat request the fake received (also from a CLI in another process)."""
    received: list[dict[str, Any]] = []
    original = fake_inference._messages

    def spy(body: Any) -> list[dict[str, Any]]:
        received.append(copy.deepcopy(body.data))
        messages: list[dict[str, Any]] = original(body)
        return messages

    monkeypatch.setattr(fake_inference, "_messages", spy)
    return received
