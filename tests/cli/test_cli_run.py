"""run (one answer, or a chat reading stdin) and embed."""

from __future__ import annotations

import copy
import io
import json
import sys
from typing import Any

import pytest

from ollama_openapi import Client
from ollama_openapi.cli import ExitCode

from .conftest import Cli


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


def test_run_with_a_prompt_streams_one_answer(cli: Cli, sent: list[dict[str, Any]]) -> None:
    result = cli("run", "llama3.2", "Why", "is", "the", "sky", "blue?")
    assert result.code == ExitCode.OK
    assert result.out.strip()
    assert result.out.endswith("\n")
    assert result.err == ""
    assert sent[0]["messages"] == [{"role": "user", "content": "Why is the sky blue?"}]
    assert sent[0]["stream"] is True


def test_run_json_is_the_ndjson_of_the_chunks(cli: Cli) -> None:
    chunks = cli("run", "llama3.2", "hi", "--json").ndjson()
    assert len(chunks) > 1
    assert chunks[-1]["done"] is True
    assert all(chunk["model"] == "llama3.2" for chunk in chunks)
    text = "".join(chunk["message"]["content"] for chunk in chunks)
    plain = cli("run", "llama3.2", "hi").out
    assert plain == text + "\n"  # the fake answers the same prompt the same way


def test_run_options_system_format(cli: Cli, sent: list[dict[str, Any]]) -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    result = cli(
        "run",
        "llama3.2",
        "Where?",
        "--system",
        "Be brief.",
        "-o",
        "temperature=0",
        "--option",
        'stop=["x"]',
        "--format",
        json.dumps(schema),
        "--verbose",
    )
    assert result.code == ExitCode.OK
    assert isinstance(json.loads(result.out)["city"], str)
    assert "eval rate:" in result.err
    call = sent[0]
    assert call["messages"][0] == {"role": "system", "content": "Be brief."}
    assert call["options"] == {"temperature": 0, "stop": ["x"]}
    assert call["format"] == schema


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("-o", "temperature"), "KEY=VALUE"),
        (("--format", "[1]"), "JSON Schema"),
    ],
)
def test_run_bad_options_exit_2(cli: Cli, argv: tuple[str, ...], message: str) -> None:
    result = cli("run", "llama3.2", "hi", *argv)
    assert result.code == ExitCode.USAGE
    assert message in result.err


def test_interactive_run_keeps_history_until_bye(
    cli: Cli, sent: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("first\n\n/?\nsecond\n/clear\nthird\n/bye\nnever\n"))
    result = cli("run", "llama3.2")
    assert result.code == ExitCode.OK
    assert [[m["role"] for m in call["messages"]] for call in sent] == [
        ["user"],
        ["user", "assistant", "user"],
        ["user"],
    ]
    first_answer = sent[1]["messages"][1]["content"]
    assert first_answer
    assert result.out.startswith(first_answer)
    assert sent[1]["messages"][2]["content"] == "second"
    assert sent[2]["messages"][0]["content"] == "third"
    assert ">>>" not in result.out  # stdin is not a terminal: no prompt
    assert "/bye" in result.err  # the /? help
    assert "Cleared" in result.err


def test_interactive_run_ends_at_eof(
    cli: Cli, sent: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("one\ntwo"))
    result = cli("run", "llama3.2", "--json")
    assert result.code == ExitCode.OK
    assert len(sent) == 2
    assert sum(1 for chunk in result.ndjson() if chunk["done"]) == 2


def test_run_missing_model_exits_3(cli: Cli) -> None:
    result = cli("run", "nope", "hi")
    assert result.code == ExitCode.MODEL_NOT_FOUND
    assert result.err == "ollama-openapi: error: model 'nope' not found\n"


def test_run_with_an_embedding_model_is_a_server_error(cli: Cli) -> None:
    result = cli("run", "all-minilm", "hi")
    assert result.code == ExitCode.ERROR
    assert result.err.startswith("ollama-openapi: error: ")
    assert "(HTTP 400)" in result.err
    assert result.err.count("\n") == 1


def test_embed_prints_one_vector_per_text(cli: Cli) -> None:
    result = cli("embed", "all-minilm", "The sky is blue.", "Bananas are yellow.")
    assert result.code == ExitCode.OK
    vectors = [json.loads(line) for line in result.out.splitlines()]
    assert len(vectors) == 2
    assert len(vectors[0]) == len(vectors[1]) > 8
    document = cli("embed", "--json", "all-minilm", "The sky is blue.").json()
    assert document["embeddings"][0] == vectors[0]
    short = cli("embed", "all-minilm", "x", "--dimensions", "8").out
    assert len(json.loads(short)) == 8
