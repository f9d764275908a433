"""The official ollama-python examples run with ``ollama`` resolving to ``ollama_openapi`` (issue 13).

Opt-in: set ``OLLAMA_PYTHON_EXAMPLES`` to the ``examples/`` directory of a checkout of
https://github.com/ollama/ollama-python (its code is not copied here). Each example runs twice as a
script against a fresh fake server: once with the official ``ollama`` package, once with a shim that
makes ``import ollama`` give ``ollama_openapi`` (the examples are not changed). An example that passes
with the official package must pass with ours; one that fails with the official package too (it needs
the internet, or a package that is not installed) is skipped, saying why.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from ollama_openapi.fake import FakeOllama

ENV_VAR = "OLLAMA_PYTHON_EXAMPLES"
TIMEOUT_SECONDS = 60
# Every model the examples name, installed in the fake before each run.
MODELS = (
    "all-minilm",
    "codellama:7b-code",
    "deepseek-r1",
    "gemma3",
    "gpt-oss:20b",
    "gpt-oss:120b-cloud",
    "llama3.1",
    "llama3.1:8b",
    "llama3.2",
    "llava",
    "qwen3",
    "x/z-image-turbo",
)
SHIM = "import sys\n\nimport ollama_openapi\n\nsys.modules['ollama'] = ollama_openapi\n"
# An interactive example reads lines until its input ends; that end is how such a run finishes.
END_OF_INPUT = "EOFError: EOF when reading a line"


def _examples_directory() -> Path | None:
    value = os.environ.get(ENV_VAR)
    if not value:
        return None
    directory = Path(value).expanduser()
    return directory if directory.is_dir() else None


def _example_scripts(directory: Path) -> list[Path]:
    """The examples' scripts, leaving out helper modules other examples import."""
    scripts = sorted(directory.glob("*.py"))
    sources = {path: path.read_text(encoding="utf-8") for path in scripts}

    def imported(stem: str) -> bool:
        pattern = re.compile(rf"^\s*(from|import)\s+{re.escape(stem)}\b", re.MULTILINE)
        return any(pattern.search(text) for path, text in sources.items() if path.stem != stem)

    return [path for path in scripts if not imported(path.stem)]


def _parameters() -> list[object]:
    directory = _examples_directory()
    if directory is None:
        reason = (
            f"set {ENV_VAR} to the examples/ directory of a checkout of "
            "https://github.com/ollama/ollama-python to run its examples against ollama_openapi"
        )
        return [pytest.param(None, id="no-examples", marks=pytest.mark.skip(reason=reason))]
    scripts = _example_scripts(directory)
    if not scripts:
        reason = f"{ENV_VAR}={directory} holds no example scripts (*.py)"
        return [pytest.param(None, id="no-examples", marks=pytest.mark.skip(reason=reason))]
    return [pytest.param(path, id=path.name) for path in scripts]


def _png() -> bytes:
    """A 2x2 red PNG, for the examples that ask for the path of an image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@dataclass(frozen=True)
class Run:
    """How one run of an example ended."""

    returncode: int | None  # None: killed after TIMEOUT_SECONDS
    stdout: str
    stderr: str

    @property
    def passed(self) -> bool:
        if self.returncode == 0:
            return True
        return self.returncode is not None and self.stderr.rstrip().endswith(END_OF_INPUT)

    def describe(self) -> str:
        if self.returncode is None:
            ended = f"timed out after {TIMEOUT_SECONDS} s"
        else:
            ended = f"exit {self.returncode}"
        tail = "\n".join(self.stderr.strip().splitlines()[-15:])
        return f"{ended}\n{tail}"

    def last_line(self) -> str:
        lines = self.stderr.strip().splitlines()
        return lines[-1] if lines else ("timed out" if self.returncode is None else f"exit {self.returncode}")


def _run(script: Path, *, ours: bool, work: Path) -> Run:
    """Run `script` against a fresh fake, with the official package or with ours under its name."""
    source = script.read_text(encoding="utf-8")
    image = work / "image.png"
    image.write_bytes(_png())
    # Interactive examples get an image path per line: a path for those that ask for an image, a
    # message for the chat loop, which then ends when its input does.
    stdin = f"{image}\n" * 2 if re.search(r"\binput\(", source) else ""
    environment = {key: value for key, value in os.environ.items() if key != "OLLAMA_API_KEY"}
    if ours:
        shim = work / "shim"
        shim.mkdir()
        (shim / "ollama.py").write_text(SHIM, encoding="utf-8")
        inherited = environment.get("PYTHONPATH")
        environment["PYTHONPATH"] = os.pathsep.join([str(shim), *([inherited] if inherited else [])])
    cwd = work / "cwd"  # what an example writes (generate-image saves output.png) stays in tmp
    cwd.mkdir()
    with FakeOllama(models=MODELS) as server:
        environment["OLLAMA_HOST"] = server.url
        try:
            completed = subprocess.run(
                [sys.executable, str(script)],
                cwd=cwd,
                env=environment,
                input=stdin,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as expired:
            return Run(None, _text(expired.stdout), _text(expired.stderr))
    return Run(completed.returncode, completed.stdout, completed.stderr)


def _text(output: str | bytes | None) -> str:
    if output is None:
        return ""
    return output.decode(errors="replace") if isinstance(output, bytes) else output


@pytest.mark.timeout(3 * TIMEOUT_SECONDS)
@pytest.mark.parametrize("script", _parameters())
def test_example_passing_with_the_official_package_passes_with_ours(script: Path, tmp_path: Path) -> None:
    if importlib.util.find_spec("ollama") is None:
        pytest.skip("the official ollama package is not installed (pip install ollama)")
    (tmp_path / "official").mkdir()
    (tmp_path / "ours").mkdir()
    official = _run(script, ours=False, work=tmp_path / "official")
    if not official.passed:
        pytest.skip(f"{script.name} fails with the official package too: {official.last_line()}")
    ours = _run(script, ours=True, work=tmp_path / "ours")
    if not ours.passed:
        pytest.fail(
            f"{script.name} passes with the official ollama package but fails with ollama_openapi "
            f"as ollama: {ours.describe()}",
            pytrace=False,
        )
