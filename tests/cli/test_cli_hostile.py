"""A terminal no server can hijack: every string a server sends reaches the screen with its control
characters shown (``\\x1b``), through a pipe and on a pseudo-terminal, for every command that prints
server data; ``run --raw`` writes the model's output as it comes; ``--json`` stays byte-exact.

The server is a stub whose every string carries a title change, a screen clear, an OSC 52 clipboard
write, a colour and an 8-bit CSI (U+009B).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .stub_server import Answer, StubServer
from .terminal import Terminal

pytestmark = pytest.mark.timeout(120)

EVIL = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\x1b[31mred\x9b1;1H"
SHOWN = "\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07\\x1b[31mred\\x9b1;1H"
"""What EVIL looks like once made visible."""
OUR_OWN = (b"\x1b[?25l", b"\x1b[?25h", b"\x1b[K", b"\x1b[A")
"""The escape sequences the progress bars draw with (ours, not the server's)."""

_DETAILS = {
    "format": "gguf",
    "family": f"llama{EVIL}",
    "families": ["llama"],
    "parameter_size": f"3B{EVIL}",
    "quantization_level": f"Q4{EVIL}",
}
_MODEL = {
    "name": f"evil{EVIL}:latest",
    "model": f"evil{EVIL}:latest",
    "modified_at": "2025-01-01T00:00:00Z",
    "size": 2_000_000_000,
    "digest": f"sha256:{EVIL}",
    "details": _DETAILS,
}
_SHOW = {
    "license": f"MIT{EVIL}\nsecond line",
    "modelfile": f"FROM evil\nSYSTEM {EVIL}",
    "parameters": f'stop "{EVIL}"',
    "template": f"{{{{ .Prompt }}}}{EVIL}",
    "system": f"be good{EVIL}",
    "details": _DETAILS,
    "model_info": {"general.architecture": f"llama{EVIL}", "llama.context_length": 4096},
    "capabilities": ["completion", f"tools{EVIL}"],
    "modified_at": "2025-01-01T00:00:00Z",
}
_PROGRESS = [
    json.dumps({"status": f"pulling manifest{EVIL}"}).encode(),
    json.dumps(
        {"status": f"pulling {EVIL}", "digest": f"sha256:{EVIL}", "total": 100, "completed": 100}
    ).encode(),
    json.dumps({"status": f"writing{EVIL}"}).encode(),
    json.dumps({"status": "success"}).encode(),
]
_ANSWER = [
    json.dumps(
        {
            "model": "evil",
            "created_at": "2025-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": f"hello{EVIL}\n", "thinking": f"hmm{EVIL}"},
            "done": False,
        }
    ).encode(),
    json.dumps(
        {
            "model": "evil",
            "created_at": "2025-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": "bye"},
            "done": True,
            "done_reason": "stop",
        }
    ).encode(),
]
ROUTES = {
    ("GET", "/api/tags"): Answer(json.dumps({"models": [_MODEL]}).encode()),
    ("GET", "/api/ps"): Answer(
        json.dumps(
            {"models": [{**_MODEL, "expires_at": "2025-01-01T00:05:00Z", "size_vram": 2_000_000_000}]}
        ).encode()
    ),
    ("POST", "/api/show"): Answer(json.dumps(_SHOW).encode()),
    ("POST", "/api/pull"): Answer(_PROGRESS),
    ("POST", "/api/push"): Answer(_PROGRESS),
    ("POST", "/api/create"): Answer(_PROGRESS),
    ("POST", "/api/chat"): Answer(_ANSWER),
    ("GET", "/api/version"): Answer(json.dumps({"version": f"0.9{EVIL}"}).encode()),
    ("POST", "/api/copy"): Answer(json.dumps({"error": f"copy refused{EVIL}"}).encode(), status=500),
    ("DELETE", "/api/delete"): Answer(
        f"<html><body><h1>502 Bad Gateway{EVIL}</h1></body></html>".encode(),
        status=502,
        headers={"Content-Type": "text/html"},
    ),
}

# Every command that prints what the server sent (the names of the case: the arguments).
COMMANDS: dict[str, list[str]] = {
    "list": ["list"],
    "ps": ["ps"],
    "show": ["show", "evil"],
    "show --license": ["show", "evil", "--license"],
    "show --modelfile": ["show", "evil", "--modelfile"],
    "show --parameters": ["show", "evil", "--parameters"],
    "show --template": ["show", "evil", "--template"],
    "show --system": ["show", "evil", "--system"],
    "pull": ["pull", "evil"],
    "push": ["push", "evil"],
    "create": ["create", "evil", "-f", "{modelfile}"],
    "run": ["run", "evil", "--think", "hi"],
    "version": ["version"],
    "cp (error message)": ["cp", "evil", "other"],
    "rm (HTML error page)": ["rm", "evil"],
}


@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    with StubServer(ROUTES) as server:
        yield server


def _argv(case: str, stub: StubServer, tmp_path: Path) -> list[str]:
    modelfile = tmp_path / "Modelfile"
    modelfile.write_text("FROM llama3.2\n")
    return ["--host", stub.url, *(arg.format(modelfile=modelfile) for arg in COMMANDS[case])]


def _environment(tmp_path: Path) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith(("OLLAMA", "COLUMNS"))}
    env.update(
        TERM="xterm",
        HOME=str(tmp_path / "home"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        LANG="C.UTF-8",
        PYTHONIOENCODING="utf-8",
    )
    return env


def _assert_nothing_obeyed(written: bytes, case: str) -> None:
    """No control byte of the server's in what reached the screen, and its text there, made visible."""
    for own in OUR_OWN:
        written = written.replace(own, b"")
    text = written.decode("utf-8")
    for control in ("\x1b", "\x07", "\x9b"):
        assert control not in text, f"{case}: {control!r} reached the terminal: {text!r}"
    if "HTML" in case:  # an HTML page is summarized, not printed
        assert "answered 502 with an HTML page" in text, text
        return
    assert SHOWN.split("\\x1b[2J")[0] in text, f"{case}: the server's text is not shown: {text!r}"


@pytest.mark.parametrize("case", COMMANDS)
def test_through_a_pipe(stub: StubServer, tmp_path: Path, case: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ollama_openapi.cli", *_argv(case, stub, tmp_path)],
        capture_output=True,
        env=_environment(tmp_path),
        timeout=60,
        check=False,
    )
    _assert_nothing_obeyed(done.stdout + done.stderr, case)


@pytest.mark.parametrize("case", COMMANDS)
def test_on_a_terminal(stub: StubServer, tmp_path: Path, case: str) -> None:
    with Terminal(_argv(case, stub, tmp_path), env=_environment(tmp_path), columns=400) as terminal:
        terminal.wait()
        written = terminal.raw
    _assert_nothing_obeyed(written.replace(b"\r\n", b"\n"), case)


def test_run_raw_writes_the_model_s_output_as_it_comes(stub: StubServer, tmp_path: Path) -> None:
    argv = ["--host", stub.url, "run", "evil", "--raw", "hi"]
    done = subprocess.run(
        [sys.executable, "-m", "ollama_openapi.cli", *argv],
        capture_output=True,
        env=_environment(tmp_path),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == f"hello{EVIL}\nbye\n"


@pytest.mark.parametrize(
    ("argv", "route"),
    [
        (["list"], ("GET", "/api/tags")),
        (["ps"], ("GET", "/api/ps")),
        (["show", "evil"], ("POST", "/api/show")),
    ],
)
def test_json_output_stays_byte_exact(
    stub: StubServer, tmp_path: Path, argv: list[str], route: tuple[str, str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ollama_openapi.cli", "--host", stub.url, *argv, "--json"],
        capture_output=True,
        env=_environment(tmp_path),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    body: Any = ROUTES[route].body
    assert done.stdout == body + b"\n"
