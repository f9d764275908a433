"""Options anywhere after the command, as ``ollama`` takes them: ``run MODEL --verbose PROMPT``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ollama_openapi.cli import ExitCode, main

from .conftest import Cli


@pytest.mark.parametrize(
    "argv",
    [
        ("run", "llama3.2", "--verbose", "hi", "there"),
        ("run", "--verbose", "llama3.2", "hi", "there"),
        ("run", "llama3.2", "hi", "--verbose", "there"),
        ("run", "llama3.2", "hi", "there", "--verbose"),
    ],
)
def test_flags_may_come_between_model_and_prompt(
    cli: Cli, sent: list[dict[str, Any]], argv: tuple[str, ...]
) -> None:
    result = cli(*argv)
    assert result.code == ExitCode.OK, result.err
    assert sent[0]["model"] == "llama3.2"
    assert sent[0]["messages"] == [{"role": "user", "content": "hi there"}]
    assert "eval rate:" in result.err


def test_options_with_values_between_model_and_prompt(cli: Cli, sent: list[dict[str, Any]]) -> None:
    result = cli(
        "run",
        "llama3.2",
        "--format",
        "json",
        "-o",
        "temperature=0",
        "--system",
        "Be brief.",
        "--option",
        "seed=7",
        "Name a colour.",
        "--keepalive",
        "1m",
    )
    assert result.code == ExitCode.OK, result.err
    json.loads(result.out)  # --format json reached the fake
    call = sent[0]
    assert call["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Name a colour."},
    ]
    assert call["options"] == {"temperature": 0, "seed": 7}
    assert call["format"] == "json"
    assert call["keep_alive"] == "1m"


def test_global_options_after_the_command_and_between_arguments(cli: Cli) -> None:
    chunks = cli("run", "llama3.2", "--json", "hi").ndjson()
    assert chunks[-1]["done"] is True


def test_run_without_arguments_says_model_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "usage: ollama-openapi run" in err
    assert err.rstrip().endswith("error: the following arguments are required: MODEL")
    assert "PROMPT" not in err.splitlines()[-1]


def test_an_unknown_option_of_run_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "llama3.2", "--bogus", "hi"]) == ExitCode.USAGE
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_show_flags_after_the_model_and_before_it(cli: Cli) -> None:
    assert cli("show", "--template", "llama3.2").out == cli("show", "llama3.2", "--template").out
