"""`make help` lists every target of the Makefile with its one-line description."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _phony_targets() -> list[str]:
    text = (ROOT / "Makefile").read_text("utf-8")
    match = re.search(r"^\.PHONY:(.*)$", text, re.MULTILINE)
    assert match, "the Makefile declares its targets in .PHONY"
    return match.group(1).split()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_help_lists_every_target_with_a_description() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    described = {}
    for line in result.stdout.splitlines():
        name, _, description = line.strip().partition(" ")
        described[name] = description.strip()
    targets = _phony_targets()
    assert "help" in targets
    assert "test" in targets
    for target in targets:
        assert described.get(target), f"`make help` has no description for {target!r}: add a ## line above it"
    assert "$$" not in result.stdout
