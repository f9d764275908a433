"""--json passes the server's JSON through unchanged: nanosecond timestamps, unknown fields, numbers
as written; one document for plain answers, the NDJSON lines as sent for streams."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ollama_openapi.cli import ExitCode, main

from .conftest import Cli
from .stub_server import Answer, StubServer

DETAILS = (
    b'{"parent_model":"","format":"gguf","family":"llama","families":["llama"],"parameter_size":"3.2B",'
    b'"quantization_level":"Q4_K_M","x_detail":[1,2]}'
)
TAGS = (
    b'{"models":[{"name":"m:latest","model":"m:latest","modified_at":"2025-01-02T03:04:05.123456789-07:00",'
    b'"size":1e3,"digest":"ab","details":' + DETAILS + b',"x_future":{"ratio":1.50}}]}'
)
PS = (
    b'{"models": [{"name": "m:latest", "model": "m:latest", "size": 10, "digest": "ab", "details": '
    + DETAILS
    + b', "expires_at": "2025-01-02T03:04:05.269832634Z", "size_vram": 10, "x_future": true}]}'
)
SHOW = (
    b'{"capabilities":["completion"],"details":' + DETAILS + b',"model_info":{"general.x":0.10},'
    b'"modified_at":"2025-01-02T03:04:05.000000001Z","x_future":0.10}'
)
EMBED = b'{"model":"m","embeddings":[[0.10,-2e-05]],"total_duration":12,"x_future":"kept"}'
UNLOAD = (
    b'{"model":"m","created_at":"2025-01-02T03:04:05.999999999Z","response":"","done":true,'
    b'"done_reason":"unload","x_future":1}'
)
CHAT = [
    b'{"model":"m","created_at":"2025-01-02T03:04:05.123456789Z","message":{"role":"assistant",'
    b'"content":"Hi"},"done":false,"x_future":{"a":[1.50]}}',
    b'{"model":"m","created_at":"2025-01-02T03:04:05.223456789Z",  "message":{"role":"assistant",'
    b'"content":""},"done":true,"done_reason":"stop","eval_count":1,"eval_duration":10,"x_rate":1.0}',
]
CREATE = [
    b'{"status":"using existing layer sha256:ab","x_future":[]}',
    b'{"status":"writing manifest"}',
    b'{"status":"success","x_done":1.0}',
]
PULL = [
    b'{"status":"pulling manifest","x_future":1}',
    b'{"status":"pulling ab","digest":"sha256:ab","total":10,"completed":10,"x_speed":2.50}',
    b'{"status":"success"}',
]


@pytest.fixture
def stub() -> Iterator[StubServer]:
    routes = {
        ("GET", "/api/tags"): Answer(TAGS),
        ("GET", "/api/ps"): Answer(PS),
        ("POST", "/api/show"): Answer(SHOW),
        ("POST", "/api/embed"): Answer(EMBED),
        ("POST", "/api/generate"): Answer(UNLOAD),
        ("POST", "/api/chat"): Answer(CHAT),
        ("POST", "/api/pull"): Answer(PULL),
        ("POST", "/api/create"): Answer(CREATE),
    }
    with StubServer(routes) as server:
        yield server


def _run(stub: StubServer, capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> bytes:
    capsysbinary.readouterr()
    assert main(["--host", stub.url, "--json", *argv]) == ExitCode.OK
    return capsysbinary.readouterr().out


@pytest.mark.parametrize(
    ("argv", "document"),
    [
        (("list",), TAGS),
        (("ps",), PS),
        (("show", "m"), SHOW),
        (("embed", "m", "text"), EMBED),
        (("stop", "m"), UNLOAD),
    ],
)
def test_documents_are_printed_as_the_server_sent_them(
    stub: StubServer, capsysbinary: pytest.CaptureFixture[bytes], argv: tuple[str, ...], document: bytes
) -> None:
    assert _run(stub, capsysbinary, *argv) == document + b"\n"


def test_streams_print_each_line_as_the_server_sent_it(
    stub: StubServer, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _run(stub, capsysbinary, "run", "m", "hi") == b"".join(line + b"\n" for line in CHAT)
    assert _run(stub, capsysbinary, "pull", "m") == b"".join(line + b"\n" for line in PULL)


def test_create_prints_the_server_lines(
    stub: StubServer, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    (tmp_path / "Modelfile").write_text("FROM m\nSYSTEM hi\n", encoding="utf-8")
    out = _run(stub, capsysbinary, "create", "mine", "-f", str(tmp_path / "Modelfile"))
    assert out == b"".join(line + b"\n" for line in CREATE)


_TIMESTAMP = re.compile(r'"(?:created_at|expires_at)":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(\d{1,9}))?Z)"')


def test_the_fakes_nanosecond_timestamps_survive(cli: Cli) -> None:
    chunks = cli("run", "llama3.2", "hi", "--json").out
    loaded = cli("ps", "--json").out
    found = _TIMESTAMP.findall(chunks + loaded)
    assert len(found) > 3
    assert any(len(fraction) > 6 for _, fraction in found)  # what a datetime cannot hold
    assert "+00:00" not in chunks + loaded
