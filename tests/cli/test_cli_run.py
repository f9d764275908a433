"""run (one answer, or a chat reading stdin), stop and embed."""

from __future__ import annotations

import io
import json
import re
import sys
from typing import Any

import pytest

from ollama_openapi.cli import ExitCode
from ollama_openapi.cli._chat import go_duration
from ollama_openapi.fake import FakeOllama

from .conftest import Cli, Pause
from .terminal import Screen, Terminal


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


def test_run_pulls_a_missing_model_first_with_the_pull_progress(cli: Cli, sent: list[dict[str, Any]]) -> None:
    result = cli("run", "qwen3", "hi")
    assert result.code == ExitCode.OK, result.err
    assert result.out.strip()
    progress = result.err.split("Thinking...")[0].splitlines()
    assert progress == cli("pull", "qwen3").err.splitlines()  # the same display as pull
    assert progress[0] == "pulling manifest"
    assert progress[-1] == "success"
    assert len(sent) == 1


def test_run_of_a_model_no_registry_has_exits_3(cli: Cli, sent: list[dict[str, Any]]) -> None:
    result = cli("run", "does-not-exist", "hi")
    assert result.code == ExitCode.MODEL_NOT_FOUND
    assert result.err.splitlines() == [
        "pulling manifest",
        "ollama-openapi: error: pull model manifest: file does not exist",
    ]
    assert sent == []


def test_run_of_an_embedding_model_prints_the_embedding(cli: Cli) -> None:
    result = cli("run", "all-minilm", "The sky is blue.")
    assert result.code == ExitCode.OK
    assert json.loads(result.out) == json.loads(cli("embed", "all-minilm", "The sky is blue.").out)
    without_text = cli("run", "all-minilm")
    assert without_text.code == ExitCode.USAGE
    assert "embedding models require input text" in without_text.err


def test_verbose_prints_the_statistics_ollama_prints(cli: Cli) -> None:
    result = cli("run", "llama3.2", "--verbose", "hi")
    assert result.code == ExitCode.OK
    answer_end, stats = result.err.split("\n", 1)[0], result.err.splitlines()[1:]
    assert answer_end == ""  # a blank line between the answer and the statistics, as ollama
    labels = [line.split(":", 1)[0] for line in stats]
    assert labels == [
        "total duration",
        "load duration",
        "prompt eval count",
        "prompt eval duration",
        "prompt eval rate",
        "eval count",
        "eval duration",
        "eval rate",
    ]
    assert all(line[22:23] != " " and line[:22].endswith(" ") for line in stats)  # values in column 23
    values = dict(line.split(": ", 1) for line in stats)
    duration = re.compile(r"^(\d+h)?(\d+m)?\d+(\.\d+)?(ns|µs|ms|s)$")
    for label in ("total duration", "load duration", "prompt eval duration", "eval duration"):
        assert duration.match(values[label].strip()), values[label]
    assert re.match(r"^\s*\d+ token\(s\)$", values["eval count"])
    assert re.match(r"^\s*\d+\.\d\d tokens/s$", values["eval rate"])
    assert re.match(r"^\s*\d+\.\d\d tokens/s$", values["prompt eval rate"])


@pytest.mark.parametrize(
    ("nanoseconds", "text"),
    [
        (0, "0s"),
        (999, "999ns"),
        (1_500, "1.5µs"),
        (78_476, "78.476µs"),
        (1_100_000, "1.1ms"),
        (2_173_963, "2.173963ms"),
        (1_000_000_000, "1s"),
        (4_271_234_567, "4.271234567s"),
        (61_000_000_000, "1m1s"),
        (3_600_000_000_000, "1h0m0s"),
        (3_723_500_000_000, "1h2m3.5s"),
    ],
)
def test_durations_are_written_as_go_writes_them(nanoseconds: int, text: str) -> None:
    assert go_duration(nanoseconds) == text


def test_stop_unloads_a_running_model(cli: Cli, fake: FakeOllama) -> None:
    assert cli("run", "llama3.2", "hi").code == ExitCode.OK
    assert [entry["name"] for entry in cli("ps", "--json").json()["models"]] == ["llama3.2:latest"]
    result = cli("stop", "llama3.2")
    assert (result.code, result.out, result.err) == (ExitCode.OK, "", "")
    assert cli("ps", "--json").json()["models"] == []
    document = cli("stop", "llama3.2", "--json").json()
    assert document["done_reason"] == "unload"
    missing = cli("stop", "nope")
    assert missing.code == ExitCode.MODEL_NOT_FOUND
    assert missing.err == 'ollama-openapi: error: couldn\'t find model "nope" to stop\n'


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


class _StoppedStream:
    """A chat stream that yields `chunks`, then meets Ctrl-C; records that it was closed."""

    def __init__(self, chunks: list[Any]) -> None:
        self._chunks = chunks
        self.closed = False
        self.lines: list[bytes] = []

    def __iter__(self) -> Any:
        yield from self._chunks
        raise KeyboardInterrupt

    def close(self) -> None:
        self.closed = True


def test_ctrl_c_during_an_answer_closes_the_stream_and_keeps_the_question(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ollama_openapi import Client
    from ollama_openapi.cli._chat import ChatSettings, Conversation
    from ollama_openapi.cli._output import Output
    from ollama_openapi.models import ChatResponse

    chunk = ChatResponse.from_dict(
        {
            "model": "m",
            "created_at": "2025-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": "Once"},
            "done": False,
        }
    )
    stream = _StoppedStream([chunk])
    monkeypatch.setattr(Client, "chat", lambda *args, **kwargs: stream)
    with Client("http://127.0.0.1:9") as client:
        conversation = Conversation(
            client, ChatSettings(model="m", system="Be brief."), Output(), interactive=True
        )
        assert conversation.ask("Tell me a story.") is False
    assert stream.closed
    assert conversation.messages == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Tell me a story."},
    ]
    assert capsys.readouterr().out == "Once\n"  # the cut answer's line is ended


def test_ctrl_c_during_a_one_shot_answer_exits_130(
    fake: FakeOllama, terminal_env: dict[str, str], paused_chat: Pause
) -> None:
    with Terminal(
        ["--host", fake.url, "run", "llama3.2", "Tell me a long story."], env=terminal_env
    ) as terminal:
        terminal.expect(r"\S+")  # the answer has begun, then stalls
        terminal.interrupt()
        assert terminal.wait() == ExitCode.INTERRUPTED
        screen = Screen(80).feed(terminal.raw.decode())
    assert (screen.row, screen.column) == (1, 0)  # the cut answer's line is ended, nothing more
    assert "Traceback" not in terminal.text
