"""Every code block of README.md runs as pasted, against the fake server.

Python blocks run in a fresh interpreter with ``OLLAMA_HOST`` pointing at a fake of their own; a
block followed by a ``text`` block must print exactly that. The pytest example runs under pytest.
Each ``console`` line runs in a shell against one fake; the ``sh`` block that starts the fake is
started as pasted (on the port ``OLLAMA_HOST`` names) and answered. Blocks that install software
are not run, and say so.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from ollama_openapi import Client
from ollama_openapi.fake import FakeOllama

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
TIMEOUT = 120

pytestmark = pytest.mark.timeout(300)


@dataclass
class Block:
    language: str
    code: str
    line: int
    output: str | None = None
    """The ``text`` block that follows, if any: what the block prints."""

    @property
    def name(self) -> str:
        return f"README.md:{self.line}:{self.language}"


def _blocks() -> list[Block]:
    text = README.read_text("utf-8")
    found: list[Block] = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", text, re.MULTILINE | re.DOTALL):
        line = text.count("\n", 0, match.start()) + 1
        language, code = match.group(1), match.group(2)
        if language == "text" and found and found[-1].language == "python" and found[-1].output is None:
            found[-1].output = code
            continue
        found.append(Block(language, code, line))
    return found


BLOCKS = _blocks()
NOT_RUN = {
    "pip install": "installs the package from a path or URL that differs per reader (and needs the network)",
}


def _environment(host: str, home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("OLLAMA_", "PYTEST_"))}
    env.update(
        OLLAMA_HOST=host,
        OLLAMA_NOHISTORY="1",
        HOME=str(home),
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        TERM="dumb",
    )
    return env


def test_the_readme_has_blocks_of_every_kind() -> None:
    languages = [block.language for block in BLOCKS]
    assert languages.count("python") >= 10
    assert {"sh", "console", "python"} <= set(languages)
    assert all(block.language in ("python", "sh", "console") for block in BLOCKS), languages
    assert sum(block.output is not None for block in BLOCKS) >= 4


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.language == "python"], ids=lambda b: b.name)
def test_python_block_runs_as_pasted(block: Block, tmp_path: Path) -> None:
    with FakeOllama() as server:
        env = _environment(server.url, tmp_path)
        if "import pytest" in block.code:
            (tmp_path / "test_readme_example.py").write_text(block.code, "utf-8")
            command = [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--strict-markers",
                "test_readme_example.py",
            ]
        else:
            command = [sys.executable, "-c", block.code]
        result = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    assert result.returncode == 0, f"{block.name} failed:\n{result.stdout}\n{result.stderr}"
    if "import pytest" in block.code:
        tests = block.code.count("\ndef test_")
        assert tests >= 3
        assert f"{tests} passed" in result.stdout, result.stdout
    if block.output is not None:
        assert result.stdout.strip() == block.output.strip(), f"{block.name} printed other text"


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.language == "console"], ids=lambda b: b.name)
def test_console_block_runs_against_the_fake(block: Block, tmp_path: Path) -> None:
    commands = [line[2:] for line in block.code.splitlines() if line.startswith("$ ")]
    assert commands, f"{block.name}: no `$ ` lines"
    with FakeOllama() as server:
        env = _environment(server.url, tmp_path)
        for command in commands:
            if "| jq" in command and shutil.which("jq") is None:
                command = command.split("| jq", 1)[0]  # the reader's jq, not installed here
            result = subprocess.run(
                command,
                shell=True,
                cwd=tmp_path,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
            assert result.returncode == 0, (
                f"{block.name}: `{command}` failed:\n{result.stdout}\n{result.stderr}"
            )


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.language == "sh"], ids=lambda b: b.name)
def test_shell_block_runs_as_pasted(block: Block, tmp_path: Path) -> None:
    for marker, reason in NOT_RUN.items():
        if marker in block.code:
            pytest.skip(f"{block.name} is not run: {reason}")
    command = block.code.strip()
    assert command == "python -m ollama_openapi.fake", f"{block.name}: a shell block this test does not know"
    with FakeOllama() as probe:  # a free port for the pasted command, through OLLAMA_HOST
        port = probe.url.rsplit(":", 1)[1]
    env = _environment(f"127.0.0.1:{port}", tmp_path)
    # As the reader's shell would run it: `python` found on PATH (this environment's first).
    server = subprocess.Popen(shlex.split(command), env=env, stdout=subprocess.PIPE, text=True)
    try:
        first_line: list[str] = []
        stdout = server.stdout
        assert stdout is not None
        reader = threading.Thread(target=lambda: first_line.append(stdout.readline()))
        reader.start()
        reader.join(TIMEOUT)
        assert first_line, f"{block.name}: the server printed nothing in {TIMEOUT} s"
        assert first_line[0].strip() == f"http://127.0.0.1:{port}"
        with Client(f"http://127.0.0.1:{port}") as client:
            assert client.is_running()
            client.pull("llama3.2")
            assert client.chat("llama3.2", [{"role": "user", "content": "Hi"}]).message.content
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C
        assert server.wait(TIMEOUT) == 0
