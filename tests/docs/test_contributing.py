"""CONTRIBUTING.md names files and folders that exist (the guarantees' tests, the layout)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_test_path_named_in_contributing_exists() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    named = set(re.findall(r"`(tests/[\w/]+(?:\.py)?/?)`", text))
    assert len(named) > 20
    # A row may name further files of the folder its first path is in: `test_x.py` after `tests/a/...`.
    for row in text.splitlines():
        paths = re.findall(r"`(tests/[\w/]+)/[\w]+\.py`", row)
        for name in re.findall(r"`(test_\w+\.py)`", row):
            named.add(f"{paths[0]}/{name}" if paths else name)
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert missing == []
