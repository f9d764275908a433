"""Usage errors, help, an unreachable server, OLLAMA_HOST, error wording in command-line terms,
and ``python -m ollama_openapi.cli``."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ollama_openapi import __version__
from ollama_openapi.cli import ExitCode, main
from ollama_openapi.cli._exit import cli_wording
from ollama_openapi.fake import FakeOllama

from .stub_server import Answer, StubServer


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_unreachable_server_exits_4_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    code = main(["--host", f"127.0.0.1:{_closed_port()}", "list"])
    captured = capsys.readouterr()
    assert code == 4
    assert captured.out == ""
    assert captured.err.startswith("ollama-openapi: error: Could not connect to Ollama at http://127.0.0.1:")
    assert captured.err.count("\n") == 1
    assert time.monotonic() - started < 30


def test_version_prints_the_client_version_even_when_the_server_is_down(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["version", "--host", f"127.0.0.1:{_closed_port()}"])
    captured = capsys.readouterr()
    assert code == ExitCode.UNREACHABLE
    assert captured.out == f"ollama-openapi version {__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["show"],
        ["rm"],
        ["embed", "all-minilm"],
        ["cp", "a"],
        ["list", "--nope"],
        ["embed", "m", "x", "--dimensions", "many"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "usage: ollama-openapi" in captured.err
    assert captured.out == ""


def test_help_documents_commands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == ExitCode.OK
    text = capsys.readouterr().out
    for command in ("list", "ps", "show", "pull", "push", "create", "cp", "rm", "run", "embed", "version"):
        assert command in text
    assert "exit codes:" in text
    for code in ExitCode:
        assert f"\n  {int(code)} " in text
    assert main(["pull", "--help"]) == ExitCode.OK
    assert "--no-progress" in capsys.readouterr().out


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == ExitCode.OK
    assert capsys.readouterr().out == f"ollama-openapi {__version__}\n"


def test_ollama_host_is_used_without_host(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeOllama(models=["llama3.2"]) as server:
        monkeypatch.setenv("OLLAMA_HOST", server.url)
        assert main(["list", "--json"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["models"][0]["name"] == "llama3.2:latest"


def test_python_dash_m_smoke() -> None:
    with FakeOllama(models=["llama3.2"]) as server:
        completed = subprocess.run(
            [sys.executable, "-m", "ollama_openapi.cli", "--host", server.url, "--json", "list"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert completed.returncode == 0, completed.stderr
        assert json.loads(completed.stdout)["models"][0]["name"] == "llama3.2:latest"
        missing = subprocess.run(
            [sys.executable, "-m", "ollama_openapi.cli", "--host", server.url, "show", "nope"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert missing.returncode == ExitCode.MODEL_NOT_FOUND
    assert missing.stderr == "ollama-openapi: error: model 'nope' not found\n"


def test_exit_codes_are_stable() -> None:
    assert {code.name: int(code) for code in ExitCode} == {
        "OK": 0,
        "ERROR": 1,
        "USAGE": 2,
        "MODEL_NOT_FOUND": 3,
        "UNREACHABLE": 4,
        "INTERRUPTED": 130,
    }


@pytest.mark.parametrize(
    ("host", "problem"),
    [
        ("ftp://example.com", "unsupported scheme 'ftp'"),
        ("localhost:99999", "invalid port '99999'"),
        ("http://[::1", "Invalid IPv6 URL"),
    ],
)
def test_an_invalid_host_is_reported_in_command_line_terms(
    host: str, problem: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--host", host, "list"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.startswith(f"ollama-openapi: error: invalid --host / OLLAMA_HOST value {host!r}: ")
    assert problem in err
    assert "host=" not in err
    monkeypatch.setenv("OLLAMA_HOST", host)
    assert main(["list"]) == ExitCode.USAGE
    assert "invalid --host / OLLAMA_HOST value" in capsys.readouterr().err


def test_an_unreachable_server_is_reported_in_command_line_terms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", f"127.0.0.1:{_closed_port()}", "ps"]) == ExitCode.UNREACHABLE
    err = capsys.readouterr().err
    assert "If it runs elsewhere, pass --host or set OLLAMA_HOST." in err
    assert "host=" not in err
    assert "client" not in err


def test_a_redirect_is_reported_in_command_line_terms(capsys: pytest.CaptureFixture[str]) -> None:
    moved = Answer(b"", status=301, headers={"Location": "http://elsewhere:11434/api/tags"})
    with StubServer({("GET", "/api/tags"): moved}) as stub:
        assert main(["--host", stub.url, "list"]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert "with --host or OLLAMA_HOST" in err
    assert "host=" not in err


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Could not connect to Ollama at http://h:1: refused (x). Is the Ollama server running (start "
            "it with `ollama serve` or the desktop app)? If it runs elsewhere, set OLLAMA_HOST or pass "
            "host= to the client.",
            "If it runs elsewhere, pass --host or set OLLAMA_HOST.",
        ),
        ("Cannot send a request to h: bad (x). Check OLLAMA_HOST or host=.", "Check --host / OLLAMA_HOST."),
        (
            "Timed out connecting to Ollama at h (connect timeout: 10 s). Raise the limit with the "
            "client's timeout= option if this is expected.",
            "Timed out connecting to Ollama at h (connect timeout: 10 s).",
        ),
        (
            "Could not connect: TLS. Check the certificate settings (verify=) and whether the server "
            "speaks https.",
            "Check the server's certificate and whether the server speaks https.",
        ),
    ],
)
def test_library_wording_becomes_command_line_wording(message: str, expected: str) -> None:
    text = cli_wording(message)
    assert text.endswith(expected)
    assert not re.search(r"\b(host|timeout|verify)=", text)


def test_a_modelfile_from_a_missing_file_names_the_file_before_any_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for value in ("./missing.gguf", "missing.gguf", "../elsewhere/weights.safetensors", "~/nope/model.gguf"):
        (tmp_path / "Modelfile").write_text(f"FROM {value}\nPARAMETER temperature 0\n", encoding="utf-8")
        with StubServer({}) as stub:
            code = main(["--host", stub.url, "create", "x", "-f", str(tmp_path / "Modelfile")])
        err = capsys.readouterr().err
        assert code == ExitCode.USAGE
        assert err.startswith(f"ollama-openapi: error: FROM {value!r}: no such file or directory (")
        assert "invalid model name" not in err
        assert stub.requests == []


def test_no_arguments_prints_the_help_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == ExitCode.OK  # as `ollama` without a command
    captured = capsys.readouterr()
    assert captured.out.startswith("usage: ollama-openapi")
    assert "exit codes:" in captured.out
    assert captured.err == ""


def test_no_arguments_through_a_pipe_prints_the_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ollama_openapi.cli"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert "usage: ollama-openapi" in result.stdout


_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body>\n<h1>Not Found</h1>\n"
    b"<p>The requested URL was not found on this server.</p>\n"
    + b"<p>padding</p>\n" * 200
    + b"</body></html>\n"
)


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", ""])
def test_an_html_error_page_is_summarized_in_one_line(
    content_type: str, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    with StubServer({("GET", "/api/tags"): Answer(_PAGE, status=404, headers=headers)}) as stub:
        code = main(["--host", stub.url, "list"])
    err = capsys.readouterr().err
    assert code == ExitCode.ERROR
    assert err == (
        f"ollama-openapi: error: the server at {stub.url} answered 404 with an HTML page: "
        "is OLLAMA_HOST (or --host) pointing at Ollama?\n"
    )
