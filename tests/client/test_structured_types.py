"""mypy proves the types of structured output: each ``reveal_type`` line of
``data/structured_reveal.py.txt`` must reveal the type its comment names (``.parsed`` is the class
given in ``format=``, sync and async, streamed or not; the tool loop's run and steps)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = Path(__file__).parent / "data" / "structured_reveal.py.txt"
NOTE = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')
PREFIXES = re.compile(r"\b(?:snippet|ollama_openapi[\w.]*|ollama_openapi_generated[\w.]*)\.(?=[A-Z])")

pytestmark = pytest.mark.timeout(300)

pytest.importorskip("mypy", reason="mypy is a dev tool of `make test` (the Python 3.10 run has none)")


def test_mypy_reveals_the_parsed_types(tmp_path: Path) -> None:
    source = SNIPPET.read_text("utf-8")
    expected = {
        number: line.rsplit("  # ", 1)[1]
        for number, line in enumerate(source.splitlines(), start=1)
        if "reveal_type(" in line
    }
    assert len(expected) >= 15
    (tmp_path / "snippet.py").write_text(source, "utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(tmp_path / "snippet.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=280,
    )
    revealed = {}
    for line in result.stdout.splitlines():
        match = NOTE.match(line)
        if match:
            revealed[int(match["line"])] = PREFIXES.sub("", match["type"])
    assert "error:" not in result.stdout, result.stdout
    assert revealed == expected
