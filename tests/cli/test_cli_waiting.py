"""What ``run`` shows while waiting, as ``ollama`` does: the spinner while the model loads and until
the first word (then erased), and the grey hint at an empty prompt (until a key is pressed); on a
pseudo-terminal, and never into a pipe."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from ollama_openapi.cli import ExitCode
from ollama_openapi.cli._spinner import FRAMES, Spinner
from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake import inference as fake_inference
from ollama_openapi.fake import running as fake_running

from .terminal import Terminal

GATE_LIMIT = 60.0
FRAME = re.compile(f"[{FRAMES}]".encode())
_SHOW_CURSOR = b"\x1b[?25h"


class Gate:
    """Holds what the fake is about to do until `open` (bounded, so a failing test still ends)."""

    def __init__(self) -> None:
        self.opened = threading.Event()

    def open(self) -> None:
        self.opened.set()


@pytest.fixture
def held_answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """The fake's chat answers send nothing until the gate opens (a model still loading)."""
    gate = Gate()
    original = fake_inference._chat_lines

    def lines(completion: Any) -> Iterator[bytes]:
        gate.opened.wait(GATE_LIMIT)
        yield from original(completion)

    monkeypatch.setattr(fake_inference, "_chat_lines", lines)
    yield gate
    gate.open()


@pytest.fixture
def held_load(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """Loading a model (an empty prompt) takes until the gate opens."""
    gate = Gate()
    original = fake_running.load_model

    def load(*args: Any, **kwargs: Any) -> Any:
        gate.opened.wait(GATE_LIMIT)
        return original(*args, **kwargs)

    monkeypatch.setattr(fake_inference, "load_model", load)  # as the generate handler calls it
    yield gate
    gate.open()


def test_the_spinner_turns_until_the_first_word_then_is_erased(
    fake: FakeOllama, terminal_env: dict[str, str], held_answer: Gate
) -> None:
    with Terminal(
        ["--host", fake.url, "run", "llama3.2", "Why is the sky blue?"], env=terminal_env
    ) as terminal:
        terminal.expect_raw(FRAME)  # nothing has arrived: the spinner turns
        held_answer.open()
        assert terminal.wait() == ExitCode.OK
    answer = terminal.text.strip()
    assert answer
    assert not FRAME.search(answer.encode())  # erased: the answer is all that shows
    last_frame = max(match.end() for match in FRAME.finditer(terminal.raw))
    assert _SHOW_CURSOR in terminal.raw[last_frame:]  # and the cursor is visible again


def test_the_spinner_turns_while_the_chat_loads_the_model(
    fake: FakeOllama, terminal_env: dict[str, str], held_load: Gate
) -> None:
    with Terminal(["--host", fake.url, "run", "llama3.2"], env=terminal_env) as terminal:
        terminal.expect_raw(FRAME)
        held_load.open()
        terminal.expect(r"(?:^|\n)>>> ")
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK
    assert not FRAME.search(terminal.text.encode())


def test_no_spinner_into_a_pipe(fake: FakeOllama) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ollama_openapi.cli", "--host", fake.url, "run", "llama3.2", "Hi"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip()
    assert not FRAME.search(result.stdout + result.stderr)
    assert b"\x1b" not in result.stderr


def test_a_spinner_that_cannot_draw_writes_nothing() -> None:
    stream = io.StringIO()
    with Spinner(stream):  # not a terminal
        pass
    assert stream.getvalue() == ""
    forced = io.StringIO()
    spinner = Spinner(forced, enabled=True).start()
    spinner.stop()
    spinner.stop()  # twice is fine
    text = forced.getvalue()
    assert text == "" or (text.startswith("\x1b[?25l") and text.endswith(" \b\x1b[?25h"))


def test_the_placeholder_shows_until_a_key_is_pressed(fake: FakeOllama, terminal_env: dict[str, str]) -> None:
    with Terminal(["--host", fake.url, "run", "llama3.2"], env=terminal_env) as terminal:
        terminal.expect(r"(?:^|\n)>>> Send a message \(/\? for help\)$")
        hint_at = terminal.raw.rindex(b"Send a message")
        terminal.line("/?")
        terminal.expect(r"/bye\s+Exit")  # the help: the key reached readline, nothing was lost
        assert b"\r\x1b[K>>> /?" in terminal.raw[hint_at:]  # the hint was erased, the prompt redrawn
        terminal.expect(r"\n>>> Send a message \(/\? for help\)$")  # back at an empty prompt
        terminal.line('"""One,')
        terminal.expect(r'\n\.\.\. Use """ to end multi-line input$')
        terminal.line('two."""')
        terminal.expect(r"\n>>> Send a message \(/\? for help\)$")
        terminal.send("\x04")  # Ctrl-D on the hint: the end, as without it
        assert terminal.wait() == ExitCode.OK


def test_no_placeholder_through_a_pipe(fake: FakeOllama) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ollama_openapi.cli", "--host", fake.url, "run", "llama3.2"],
        input=b"Hi\n/bye\n",
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip()
    assert b"Send a message" not in result.stdout + result.stderr
    assert b"\x1b" not in result.stdout + result.stderr
