"""README's Python examples run as pasted: the scripts against the fake server at OLLAMA_HOST, the
example test suite with pytest."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from ollama_openapi.fake import FakeOllama

README = Path(__file__).resolve().parents[2] / "README.md"
SECTIONS = (
    "## Quickstart",
    "### The OpenAI- and Anthropic-compatible routes (`/v1`)",
    "### Which Ollama does this need?",
    "#### Structured output (`client.structured`)",
    "#### A tool-calling loop (`client.run_tools`)",
    "#### OpenTelemetry traces and metrics (the `otel` extra)",
)
TEST_SECTION = "### Misbehaving on purpose"

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.timeout(120)


def _first_python_block(section: str) -> str:
    text = README.read_text("utf-8")
    start = text.index(section + "\n")
    match = re.search(r"```python\n(.*?)```", text[start:], re.S)
    assert match is not None, f"no Python example under {section!r}"
    return match.group(1)


def _without_suite_settings(environment: Mapping[str, str]) -> dict[str, str]:
    return {name: value for name, value in environment.items() if name != "OLLAMA_OPENAPI_SERVER_CHECKS"}


@pytest.mark.parametrize("section", SECTIONS)
def test_readme_example_runs_as_pasted(section: str, tmp_path: Path) -> None:
    code = _first_python_block(section)
    with FakeOllama() as server:  # empty, like a fresh Ollama: the example pulls what it uses
        result = subprocess.run(
            [sys.executable, "-c", code],
            # As pasted by a user: without the suite's OLLAMA_OPENAPI_SERVER_CHECKS=off (tests/conftest.py).
            env={**_without_suite_settings(os.environ), "OLLAMA_HOST": server.url},
            capture_output=True,
            text=True,
            timeout=100,
            cwd=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_readme_example_test_suite_passes(pytester: pytest.Pytester) -> None:
    code = _first_python_block(TEST_SECTION)
    tests = code.count("\ndef test_")
    assert tests >= 3
    pytester.makepyfile(test_readme_example=code)
    result = pytester.runpytest("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=tests)
