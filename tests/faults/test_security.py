"""Secrets stay secret: API keys and basic-auth passwords never show in reprs, errors or logs.

Also: a key from ``OLLAMA_API_KEY`` goes to ollama.com over https only, TLS certificates are verified by
default, and ``user:pass@`` in ``OLLAMA_HOST`` is sent as basic auth.
"""

from __future__ import annotations

import base64
import io
import logging
import shutil
import ssl
import subprocess
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi.errors import OllamaConnectionError, OllamaError

from .harness import MODES, Mode, run
from .scripted import (
    Conn,
    RawRequest,
    ScriptedServer,
    chunk,
    chunked_head,
    json_response,
    ndjson,
    response,
    unused_port,
)
from .test_stream_faults import FIRST, LAST

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]

KEY = "sk-test-7f3c9a1e5b2d4c6e8f0a1b2c3d4e5f60"
USER, PASSWORD = "alice", "pa55-w0rd-Zq9"
BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
SECRETS = (KEY, PASSWORD, BASIC)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"secret {secret[:6]}... leaked in: {text[:500]}"


def _router(conn: Conn, request: RawRequest) -> None:
    """/api/chat streams; /api/tags answers 401; /api/ps redirects; /api/version echoes nothing secret."""
    if request.target == "/api/chat":
        conn.send(chunked_head() + chunk(FIRST) + chunk(LAST) + chunk(b""))
    elif request.target == "/api/tags":
        conn.send(json_response(401, {"error": "unauthorized", "signin_url": "https://ollama.com/connect"}))
    elif request.target == "/api/ps":
        # The server's own credentials in a Location header: redacted in errors (httpcore's DEBUG log of
        # response headers shows them, but they are the server's, not the client's, to keep).
        conn.send(response(307, b"", location="https://bob:hunter2-server@elsewhere.example/api/ps"))
    else:
        conn.send(json_response(200, {"version": "0.12.0"}))


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    """Every log record of every logger (httpx and httpcore included) at DEBUG, as text."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    saved = root.level, {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in saved[1]:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)


async def _scenario(mode: Mode, port: int) -> list[BaseException]:
    """Success, 401, redirect and refused connection, with a key and with basic-auth credentials."""
    errors: list[BaseException] = []
    plain, with_password = f"http://127.0.0.1:{port}", f"http://{USER}:{PASSWORD}@127.0.0.1:{port}"
    for host, key in ((plain, KEY), (with_password, None)):
        for operation in ("chat_stream", "list", "ps", "version"):
            outcome = await run(mode, host, operation, api_key=key)
            if outcome.error is not None:
                errors.append(outcome.error)
    refused = f"http://{USER}:{PASSWORD}@127.0.0.1:{unused_port()}"
    errors.append((await run(mode, refused, "chat", api_key=KEY)).raised())
    return errors


@pytest.mark.parametrize("mode", MODES)
async def test_no_secret_in_logs_errors_or_reprs(
    serve: Callable[..., ScriptedServer], captured_logs: io.StringIO, mode: Mode
) -> None:
    server = serve(_router)
    errors = await _scenario(mode, server.port)
    assert len(errors) == 5  # 401 and redirect twice, refused
    for error in errors:
        assert isinstance(error, OllamaError)
        assert "hunter2-server" not in str(error) + repr(error)
        assert_clean(str(error))
        assert_clean(repr(error))
        assert_clean("".join(traceback.format_exception(error)))
        assert_clean(repr(error.__dict__))
    # Both credentials really were sent, so their absence from the log means something.
    sent = [request.headers.get("authorization") for request in server.requests]
    assert sent == [f"Bearer {KEY}"] * 4 + [f"Basic {BASIC}"] * 4
    log = captured_logs.getvalue()
    assert "httpcore" in log
    assert "HTTP Request" in log
    assert_clean(log)


def test_client_reprs_hide_credentials() -> None:
    for client in (
        Client(f"http://{USER}:{PASSWORD}@127.0.0.1:1"),
        AsyncClient(f"http://{USER}:{PASSWORD}@127.0.0.1:1"),
        Client("http://127.0.0.1:1", api_key=KEY),
        AsyncClient("http://127.0.0.1:1", api_key=KEY),
    ):
        settings: Any = client._settings
        for text in (repr(client), str(client), client.base_url, repr(settings), str(vars(client))):
            assert_clean(text)
        assert repr(client).endswith("(base_url='http://127.0.0.1:1')")


def _captured_headers(host: str, api_key: str | None = None) -> httpx.Headers:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"version": "1"})

    with Client(host, api_key=api_key, transport=httpx.MockTransport(handler), max_retries=0) as client:
        client.version()
    return seen[0].headers


@pytest.mark.parametrize(
    ("host", "sent"),
    [
        ("https://ollama.com", True),
        ("ollama.com", True),
        ("https://api.ollama.com", True),
        ("https://OLLAMA.COM:443/", True),
        ("http://ollama.com", False),
        ("https://ollama.com.evil.example", False),
        ("https://evilollama.com", False),
        ("http://127.0.0.1:11434", False),
        ("https://my-proxy.example/ollama.com", False),
    ],
)
def test_environment_key_goes_to_ollama_com_only(
    monkeypatch: pytest.MonkeyPatch, host: str, sent: bool
) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", KEY)
    headers = _captured_headers(host)
    assert (headers.get("authorization") == f"Bearer {KEY}") is sent
    if not sent:
        assert "authorization" not in headers


def test_explicit_key_goes_where_the_client_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)
    assert _captured_headers("http://127.0.0.1:11434", api_key=KEY)["authorization"] == f"Bearer {KEY}"


def test_credentials_in_ollama_host_become_basic_auth(
    monkeypatch: pytest.MonkeyPatch, serve: Callable[..., ScriptedServer]
) -> None:
    server = serve(lambda conn, request: conn.send(json_response(200, {"version": "1"})))
    monkeypatch.setenv("OLLAMA_HOST", f"http://{USER}:{PASSWORD}@127.0.0.1:{server.port}")
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)
    with Client(max_retries=0) as client:
        assert client.version().version == "1"
        assert_clean(repr(client))
    assert server.requests[0].headers["authorization"] == f"Basic {BASIC}"
    monkeypatch.setenv("OLLAMA_HOST", f"http://{USER}:{PASSWORD}@127.0.0.1:{unused_port()}")
    with Client(max_retries=0) as client, pytest.raises(OllamaConnectionError) as caught:
        client.version()
    assert_clean(str(caught.value) + repr(caught.value))
    assert "http://127.0.0.1:" in str(caught.value)


def test_tls_verification_is_on_by_default() -> None:
    for client in (Client("https://ollama.example"), AsyncClient("https://ollama.example")):
        transport: Any = client.httpx_client._transport
        context: ssl.SSLContext = transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a self-signed certificate")
    folder: Path = tmp_path_factory.mktemp("tls")
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(folder / "key.pem"),
            "-out",
            str(folder / "cert.pem"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


@pytest.mark.parametrize("mode", MODES)
async def test_self_signed_certificate_is_rejected(
    serve: Callable[..., ScriptedServer], self_signed: ssl.SSLContext, mode: Mode
) -> None:
    server = serve(lambda conn, request: conn.send(json_response(200, {"version": "1"})), tls=self_signed)
    host = f"https://127.0.0.1:{server.port}"
    outcome = await run(mode, host, "version", api_key=KEY, verify=ssl.create_default_context())
    error = outcome.raised()
    assert isinstance(error, OllamaConnectionError)
    assert error.kind == "tls"
    assert "certificate" in str(error).lower()
    assert not server.requests  # nothing, and so no key, was sent
    trusting = await run(mode, host, "version", verify=False)  # the same server works when trusted
    assert trusting.error is None, repr(trusting.error)


def test_ndjson_helper_used() -> None:
    """Keep the scripted helpers honest: the stream fixture data is NDJSON."""
    assert ndjson({"a": 1}) == b'{"a": 1}\n'
