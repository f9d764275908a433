"""Every script in ``examples/`` runs against the strict fake server and prints what it promises."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from ollama_openapi.fake import FakeOllama

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
SCRIPTS = sorted(path.stem for path in EXAMPLES.glob("*.py"))
MODELS = ("llama3.2", "llava", "all-minilm")


def load(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A strict fake with the examples' models; no request or response may break the spec."""
    with FakeOllama(models=MODELS, strict=True, validate_responses=True) as server:
        yield server
    assert server.violations == []


def run(name: str, fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> list[str]:
    load(name).main(fake.url)
    return capsys.readouterr().out.splitlines()


def test_every_example_is_tested() -> None:
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    assert set(SCRIPTS) <= tested
    assert len(SCRIPTS) == 7


def test_chat_streaming(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    text, summary = run("chat_streaming", fake, capsys)
    assert len(text.split()) > 5
    assert re.fullmatch(r"\[done: (stop|length), \d+ tokens generated\]", summary)


def test_tools(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    call, answer = run("tools", fake, capsys)
    result = {"city": "Paris", "temperature_c": 21, "sky": "sunny"}
    assert call == f'tool call: get_weather({{"city": "Paris"}}) -> {json.dumps(result)}'
    assert answer.startswith("answer: ")
    assert len(answer) > len("answer: ")  # after the tool message the model answers in text


def test_tools_functions_work() -> None:
    module = load("tools")
    assert module.add_numbers(2, 3) == 5
    assert set(module.TOOLS) == {"get_weather", "add_numbers"}


def test_structured_output(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    lines = run("structured_output", fake, capsys)
    assert [line.split(":")[0] for line in lines] == ["name", "capital", "languages"]
    assert all(line.split(": ", 1)[1] for line in lines)


def test_images(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    size, answer = run("images", fake, capsys)
    assert re.fullmatch(r"image: \d+ bytes of PNG", size)
    assert answer.startswith("answer: ")
    assert len(answer.split()) > 2


def test_images_png_is_valid() -> None:
    png = load("images").red_square_png(4)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (4, 4)
    idat = png.index(b"IDAT")
    (length,) = struct.unpack(">I", png[idat - 4 : idat])
    assert zlib.decompress(png[idat + 4 : idat + 4 + length]) == (b"\x00" + b"\xff\x00\x00" * 4) * 4


def test_embeddings(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    header, *ranked = run("embeddings", fake, capsys)
    assert header == "4 vectors of 384 dimensions"
    module = load("embeddings")
    assert sorted(line.split("  ", 1)[1] for line in ranked) == sorted(module.DOCUMENTS)
    scores = [float(line.split()[0]) for line in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(-1.0 <= score <= 1.0 for score in scores)


def test_embeddings_cosine_similarity() -> None:
    cosine = load("embeddings").cosine_similarity
    assert cosine([1.0, 0.0], [2.0, 0.0]) == pytest.approx(1.0)
    assert cosine([1.0, 0.0], [0.0, 3.0]) == pytest.approx(0.0)
    assert cosine([1.0, 1.0], [-1.0, -1.0]) == pytest.approx(-1.0)
    assert cosine([0.0, 0.0], [1.0, 1.0]) == 0.0


def test_create_from_gguf(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    load("create_from_gguf").main(fake.url)
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "create: success",
        "system: You are a tiny model.",
        "parameters: temperature 0.2",
        "deleted example-tiny",
    ]
    assert "parsing GGUF" in captured.err  # the progress, drawn on stderr
    assert captured.err.endswith("success\n")
    names = [record.name.display for record in fake.context.state.list_models()]
    assert "example-tiny:latest" not in names


def test_compat_ollama_python(fake: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    lines = run("compat_ollama_python", fake, capsys)
    assert lines[0].startswith("Generated Completion for 'Why is the sky blue?': ")
    assert len(lines[0]) > len("Generated Completion for 'Why is the sky blue?': ")
    assert lines[1].startswith("Chat: ")
    assert lines[2] == "Local Models:"
    assert sorted(line.strip() for line in lines[3:]) == sorted(f"{model}:latest" for model in MODELS)


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_runs_as_a_program(name: str, fake: FakeOllama) -> None:
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py")],
        env={**os.environ, "OLLAMA_HOST": fake.url},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip()
