"""Import time of the clients, each statement timed inside a fresh interpreter.

The timer starts after the interpreter is up, so interpreter start-up is not counted, and a warm-up
run first writes every ``.pyc``. ``python -X importtime`` output of our package is saved alongside.
"""

from __future__ import annotations

import statistics
import subprocess
from pathlib import Path
from typing import Any

__all__ = ["IMPORT_STATEMENTS", "importtime_top", "measure_import"]

IMPORT_STATEMENTS: dict[str, list[str]] = {
    "ours": [
        "import ollama_openapi",
        "from ollama_openapi import Client",
        "from ollama_openapi import Client; Client()",
    ],
    "official": ["import ollama", "from ollama import Client"],
    "raw-httpx": ["import httpx"],
    "seed-0.1.2": ["import ollama", "from ollama import Client"],
    "openai-sdk": ["import openai"],
}

_TIMER = (
    "import time as _t; _s = _t.perf_counter()\n{statement}\nprint(repr((_t.perf_counter() - _s) * 1000))"
)


def measure_import(python: str, statement: str, runs: int, cwd: Path) -> dict[str, Any]:
    """Milliseconds of `statement` in `runs` fresh interpreters (after one warm-up)."""
    code = _TIMER.format(statement=statement)
    samples = []
    for index in range(runs + 1):
        done = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=cwd, check=False)
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
        if index:  # the first run only warms the .pyc cache
            samples.append(float(done.stdout.strip().splitlines()[-1]))
    return {"unit": "ms", "samples": samples, "median": statistics.median(samples), "lower_is_better": True}


def importtime_top(python: str, statement: str, cwd: Path, limit: int = 15) -> tuple[str, list[str]]:
    """The raw ``-X importtime`` report and its `limit` slowest modules (by self time)."""
    done = subprocess.run(
        [python, "-X", "importtime", "-c", statement], capture_output=True, text=True, cwd=cwd, check=False
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[len("import time:") :].split("|", 2))
        rows.append((int(self_us), int(cumulative_us), name))
    rows.sort(reverse=True)
    top = [
        f"{self_us / 1000:7.2f} ms self {cum / 1000:7.2f} ms cumulative  {name}"
        for self_us, cum, name in rows
    ]
    return done.stderr, top[:limit]
