"""The interactive ``run MODEL``, driven through a pseudo-terminal as a person would drive it:
line editing and history, \"\"\" blocks, the / commands, Ctrl-C and Ctrl-D, errors."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ollama_openapi.cli import ExitCode
from ollama_openapi.fake import FakeOllama

from .conftest import Cli, Pause
from .terminal import CTRL_D, UP, Terminal

LEFT = "\x1b[D"
CTRL_A = "\x01"
HINT = r"(?:Send a message \(/\? for help\))?"  # the placeholder, until a key is pressed
ALT_HINT = r'(?:Use """ to end multi-line input)?'
PROMPT_AT_END = rf"(?:^|\n)>>> {HINT}$"


def _start(fake: FakeOllama, env: dict[str, str], *argv: str) -> Terminal:
    terminal = Terminal(["--host", fake.url, "run", *argv], env=env)
    terminal.expect(PROMPT_AT_END)
    return terminal


def _say(terminal: Terminal, line: str) -> str:
    """Type `line`, press Enter, and return what was printed until the next prompt."""
    terminal.line(line)
    terminal.expect(re.escape(line))
    return terminal.expect(rf"\n([\s\S]*?)\n?>>> {HINT}$").group(1)


def _messages(request: dict[str, Any]) -> list[tuple[str, str]]:
    return [(message["role"], message["content"]) for message in request["messages"]]


def test_line_editing_and_history_kept_across_sessions(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]]
) -> None:
    with _start(fake, terminal_env, "llama3.2") as terminal:
        terminal.send("hello wrld" + LEFT * 3 + "o")  # move into the line and insert
        terminal.send(CTRL_A + "Hey, ")  # to the start of the line
        terminal.send("\r")
        terminal.expect(rf"\n>>> {HINT}$")
        assert _messages(chat_requests[-1]) == [("user", "Hey, hello world")]
        terminal.send(UP)  # the last line comes back, and is sent again
        terminal.expect("Hey, hello world")
        terminal.send("\r")
        terminal.expect(rf"\n>>> {HINT}$")
        assert [content for _, content in _messages(chat_requests[-1])][::2] == ["Hey, hello world"] * 2
        _say(terminal, "/set nohistory")
        _say(terminal, "Not for the history")
        _say(terminal, "/set history")
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK
    history = Path(terminal_env["XDG_STATE_HOME"]) / "ollama-openapi" / "history"
    kept = history.read_text(encoding="utf-8").splitlines()
    assert kept[-4:] == ["Hey, hello world", "Hey, hello world", "/set nohistory", "/bye"]
    with _start(fake, terminal_env, "llama3.2") as terminal:
        terminal.send(UP + UP + UP)  # the history of the earlier session
        terminal.expect("Hey, hello world")
        terminal.send("\r")
        terminal.expect(rf"\n>>> {HINT}$")
        terminal.send(CTRL_D)
        assert terminal.wait() == ExitCode.OK
    assert _messages(chat_requests[-1]) == [("user", "Hey, hello world")]


def test_multi_line_messages_between_triple_quotes(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]]
) -> None:
    with _start(fake, terminal_env, "llama3.2") as terminal:
        terminal.line('"""First line,')
        terminal.expect(rf"\n\.\.\. {ALT_HINT}$")
        terminal.line("  second line,")
        terminal.expect(rf"\n\.\.\. {ALT_HINT}$")
        terminal.line('last line."""')
        terminal.expect(rf"\n>>> {HINT}$")
        assert _messages(chat_requests[-1]) == [("user", "First line,\n  second line,\nlast line.")]
        _say(terminal, '"""On one line"""')
        assert _messages(chat_requests[-1])[-1] == ("user", "On one line")
        terminal.line('"""Started')
        terminal.expect(rf"\n\.\.\. {ALT_HINT}$")
        terminal.interrupt(rf"Use Ctrl \+ d or /bye to exit\.\n>>> {HINT}$")  # abandons the block
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK
    assert len(chat_requests) == 2


def test_set_show_clear_and_help(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]]
) -> None:
    with _start(fake, terminal_env, "llama3.2") as terminal:
        assert '"""' in _say(terminal, "/?")
        assert "Ctrl + c" in _say(terminal, "/? shortcuts")
        assert "/set parameter" in _say(terminal, "/? set")
        assert "No system message was specified for this model." in _say(terminal, "/show system")
        assert "Set parameter 'temperature' to '0.5'" in _say(terminal, "/set parameter temperature 0.5")
        assert "Set parameter 'stop' to 'END, STOP'" in _say(terminal, "/set parameter stop END STOP")
        assert "Couldn't set parameter" in _say(terminal, "/set parameter bogus 1")
        assert "Set system message." in _say(terminal, "/set system You are terse.")
        assert "Set 'verbose' mode." in _say(terminal, "/set verbose")
        answer = _say(terminal, "Why is the sky blue?")
        assert "prompt eval count:" in answer
        assert "eval rate:" in answer
        request = chat_requests[-1]
        assert request["options"] == {"temperature": 0.5, "stop": ["END", "STOP"]}
        assert _messages(request) == [("system", "You are terse."), ("user", "Why is the sky blue?")]
        assert "Set 'quiet' mode." in _say(terminal, "/set quiet")
        assert "Set format to 'json' mode." in _say(terminal, "/set format json")
        _say(terminal, "A city?")
        assert chat_requests[-1]["format"] == "json"
        assert len(chat_requests[-1]["messages"]) == 4  # the conversation goes on
        assert "Disabled format." in _say(terminal, "/set noformat")
        shown = _say(terminal, "/show parameters")
        assert "Model defined parameters:" in shown
        assert re.search(r"User defined parameters:\n  temperature\s+0\.5\n  stop\s+\[END STOP\]", shown)
        assert "You are terse." in _say(terminal, "/show system")
        assert "architecture" in _say(terminal, "/show info")
        assert "{{" in _say(terminal, "/show template")
        assert "LICENSE" in _say(terminal, "/show license")
        assert "FROM " in _say(terminal, "/show modelfile")
        assert "Unknown command '/show nothing'" in _say(terminal, "/show nothing")
        assert "Unknown command '/set nothing'" in _say(terminal, "/set nothing")
        assert "Unknown command '/nothing'" in _say(terminal, "/nothing")
        assert "Cleared session context" in _say(terminal, "/clear")
        _say(terminal, "Again")
        assert _messages(chat_requests[-1]) == [("system", "You are terse."), ("user", "Again")]
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK


def test_an_error_is_printed_and_the_chat_goes_on(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]]
) -> None:
    with _start(fake, terminal_env, "llama3.2") as terminal:
        assert "Set 'think' mode." in _say(terminal, "/set think")
        assert 'error: "llama3.2" does not support thinking (HTTP 400)' in _say(terminal, "Hello?")
        assert "Set 'nothink' mode." in _say(terminal, "/set nothink")
        _say(terminal, "Hello again?")
        assert _messages(chat_requests[-1]) == [("user", "Hello again?")]  # the failed one is dropped
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK


def test_load_and_save(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]], cli: Cli
) -> None:
    fake.add_model("qwen3")
    with _start(fake, terminal_env, "llama3.2", "--system", "Be kind.") as terminal:
        assert "Couldn't find model 'nope'" in _say(terminal, "/load nope")
        _say(terminal, "Hi")
        assert chat_requests[-1]["model"] == "llama3.2"
        _say(terminal, "/set parameter temperature 0")
        assert "Created new model 'kind'" in _say(terminal, "/save kind")
        assert "error: The model name 'not:a:name' is invalid" in _say(terminal, "/save not:a:name")
        assert "Loading model 'qwen3'" in _say(terminal, "/load qwen3")
        _say(terminal, "Who are you?")
        assert chat_requests[-1]["model"] == "qwen3"
        assert _messages(chat_requests[-1]) == [("system", "Be kind."), ("user", "Who are you?")]
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK
    assert cli("show", "kind", "--system").out == "Be kind.\n"
    assert "temperature" in cli("show", "kind", "--parameters").out
    saved = cli("show", "kind", "--json").json()["messages"]
    assert [message["role"] for message in saved] == ["system", "user", "assistant"]
    with _start(fake, terminal_env, "kind") as terminal:  # a saved conversation is shown first
        assert terminal.text.startswith(f">>> Hi\n{saved[2]['content']}\n\n>>> ")
        terminal.send(CTRL_D)
        assert terminal.wait() == ExitCode.OK


def test_ctrl_c_stops_the_answer_and_keeps_the_conversation(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]], paused_chat: Pause
) -> None:
    with _start(fake, terminal_env, "llama3.2") as terminal:
        terminal.line("Tell me a long story.")
        terminal.expect(r"Tell me a long story\.\n\S+")  # the answer has begun, then stalls
        terminal.interrupt(rf"\n>>> {HINT}$")
        paused_chat.release()
        _say(terminal, "A shorter one?")
        # As ollama: the question stays, the interrupted answer does not.
        assert _messages(chat_requests[-1]) == [("user", "Tell me a long story."), ("user", "A shorter one?")]
        terminal.interrupt(rf"\nUse Ctrl \+ d or /bye to exit\.\n>>> {HINT}$")  # at an empty prompt: a hint
        terminal.send("half a line")
        terminal.expect("half a line")
        terminal.interrupt(rf"\nUse Ctrl \+ d or /bye to exit\.\n>>> {HINT}$")
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK
    assert len(chat_requests) == 2


def test_a_missing_model_is_pulled_before_the_prompt(
    fake: FakeOllama, terminal_env: dict[str, str], chat_requests: list[dict[str, Any]]
) -> None:
    with Terminal(["--host", fake.url, "run", "qwen3"], env=terminal_env) as terminal:
        terminal.expect(r"pulling manifest[\s\S]*pulling eff81017afff: 100%[\s\S]*success")
        terminal.expect(PROMPT_AT_END)
        assert chat_requests == []
        terminal.send(CTRL_D)
        assert terminal.wait() == ExitCode.OK
    with Terminal(["--host", fake.url, "run", "does-not-exist"], env=terminal_env) as terminal:
        assert terminal.wait() == ExitCode.MODEL_NOT_FOUND
        assert "ollama-openapi: error: pull model manifest: file does not exist" in terminal.text
        assert ">>>" not in terminal.text


def test_a_model_removed_during_the_chat_is_an_error_at_the_prompt(
    fake: FakeOllama, terminal_env: dict[str, str], cli: Cli
) -> None:
    with _start(fake, terminal_env, "llama3.2") as terminal:
        assert cli("rm", "llama3.2").code == ExitCode.OK
        assert "error: model 'llama3.2' not found" in _say(terminal, "Still there?")
        terminal.line("/bye")
        assert terminal.wait() == ExitCode.OK
