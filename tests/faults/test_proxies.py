"""Proxies in our words: the environment is honoured as httpx does, loopback never goes through a
proxy, a proxy httpx cannot use is refused when the client is made, and a proxy that cannot be
reached is named (password redacted) instead of blaming Ollama."""

from __future__ import annotations

import importlib.util
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi._http.proxy import choose_proxy
from ollama_openapi.errors import InvalidArgumentError, OllamaConnectionError

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, json_response, unused_port

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]

_VARIABLES = [f"{scheme}_proxy{suffix}" for scheme in ("http", "https", "all", "no") for suffix in ("", "_x")]
"""Placeholders: the fixture clears both cases of every proxy variable."""

REMOTE = "http://ollama.invalid:11434"
"""A server that is not on this machine (never resolved: every request goes to a loopback proxy)."""


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for scheme in ("http", "https", "all", "no"):
        monkeypatch.delenv(f"{scheme}_proxy", raising=False)
        monkeypatch.delenv(f"{scheme.upper()}_PROXY", raising=False)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)


def _version(conn: Conn, request: RawRequest) -> None:
    conn.send(json_response(200, {"version": request.target}))


def _make(mode: Mode, host: str, **options: object) -> None:
    if mode == "sync":
        Client(host, **options).close()  # type: ignore[arg-type]
    else:
        AsyncClient(host, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "https_proxy", "ALL_PROXY"])
@pytest.mark.parametrize(
    "value",
    [
        "http://user:hunter22@proxy:notaport",
        "http://user:hunter22@[not-an-address:3128",
        "user:hunter22@:3128",
    ],
)
def test_a_malformed_proxy_url_is_refused_when_the_client_is_made(
    monkeypatch: pytest.MonkeyPatch, mode: Mode, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(InvalidArgumentError) as caught:
        _make(mode, REMOTE)
    message = str(caught.value)
    assert variable in message
    assert "trust_env=False" in message
    assert "hunter22" not in message
    # The loopback server is never proxied, but the client is made with the environment it has:
    # the mistake is reported there too rather than when a remote host is first used.
    with pytest.raises(InvalidArgumentError, match=variable):
        _make(mode, "http://127.0.0.1:11434")


@pytest.mark.parametrize("mode", MODES)
def test_an_unknown_proxy_scheme_is_refused(monkeypatch: pytest.MonkeyPatch, mode: Mode) -> None:
    monkeypatch.setenv("ALL_PROXY", "ftp://proxy.example:21")
    with pytest.raises(InvalidArgumentError, match="ALL_PROXY"):
        _make(mode, REMOTE)
    with pytest.raises(InvalidArgumentError, match="proxy="):
        _make(mode, REMOTE, proxy="gopher://proxy.example:70")


@pytest.mark.skipif(
    importlib.util.find_spec("socksio") is not None, reason="socksio is installed: SOCKS proxies work"
)
@pytest.mark.parametrize("mode", MODES)
def test_a_socks_proxy_without_socksio_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, mode: Mode
) -> None:
    monkeypatch.setenv("ALL_PROXY", "socks5://me:hunter22@127.0.0.1:1080")
    with pytest.raises(InvalidArgumentError) as caught:
        _make(mode, REMOTE)
    message = str(caught.value)
    assert "ALL_PROXY" in message
    assert "pip install 'httpx[socks]'" in message
    assert "hunter22" not in message
    with pytest.raises(InvalidArgumentError, match="proxy="):
        _make(mode, REMOTE, proxy="socks5h://127.0.0.1:1080", trust_env=False)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_a_loopback_server_is_never_proxied(
    serve: Callable[..., ScriptedServer],
    monkeypatch: pytest.MonkeyPatch,
    mode: Mode,
    variable: str,
    host: str,
) -> None:
    server = serve(_version)
    monkeypatch.setenv(variable, f"http://127.0.0.1:{unused_port()}")  # a dead proxy
    outcome = await run(mode, f"http://{host}:{server.port}", "version")
    assert outcome.error is None, repr(outcome.error)
    assert outcome.value.version == "/api/version"  # asked directly, in origin form


@pytest.mark.parametrize("mode", MODES)
async def test_an_explicit_proxy_or_trust_env_false_overrides(
    serve: Callable[..., ScriptedServer], monkeypatch: pytest.MonkeyPatch, mode: Mode
) -> None:
    proxy = serve(_version)
    server = serve(_version)
    # Loopback, proxied on request (httpx before 0.26 takes proxies= instead of proxy=).
    option = "proxy" if "proxy" in inspect.signature(httpx.Client).parameters else "proxies"
    routing: dict[str, Any] = {option: proxy.url}
    through = await run(mode, server.url, "version", **routing)
    assert through.error is None, repr(through.error)
    assert through.value.version == f"{server.url}/api/version"  # the proxy got the absolute form
    assert [request.target for request in proxy.requests] == [f"{server.url}/api/version"]
    assert server.requests == []
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    remote = await run(mode, REMOTE, "version")
    assert remote.error is None, repr(remote.error)
    assert remote.value.version == f"{REMOTE}/api/version"  # the environment's proxy, honoured
    ignored = await run(mode, server.url, "version", trust_env=False)
    assert ignored.error is None
    assert ignored.value.version == "/api/version"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_an_unreachable_proxy_is_named_with_its_password_redacted(
    monkeypatch: pytest.MonkeyPatch, mode: Mode, variable: str
) -> None:
    port = unused_port()
    monkeypatch.setenv(variable, f"http://me:hunter22@127.0.0.1:{port}")
    error = (await run(mode, REMOTE, "version")).raised()
    assert isinstance(error, OllamaConnectionError), repr(error)
    message = str(error)
    assert f"could not reach the proxy at http://***@127.0.0.1:{port} from {variable}" in message
    assert "hunter22" not in message
    assert "ollama serve" not in message  # not "is Ollama running?": Ollama was never reached
    assert "hunter22" not in repr(error.__dict__)


def test_no_proxy_is_read_as_httpx_reads_it() -> None:
    env = {"HTTP_PROXY": "http://upper:3128", "http_proxy": "proxy:3128", "ALL_PROXY": "http://all:1"}
    chosen = choose_proxy("http://ollama.example:11434", {}, env)
    assert chosen is not None
    assert (chosen.url, chosen.source) == ("http://proxy:3128", "http_proxy")
    https = choose_proxy("https://ollama.example", {}, env)
    assert https is not None
    assert https.source == "ALL_PROXY"
    for no_proxy, bypassed in [
        ("*", True),
        ("example", True),  # as httpx: a name matches itself and its subdomains
        ("xample", False),
        ("ollama.example", True),
        (".example", True),
        (".ollama.example", False),
        ("other.example, ollama.example:11434", True),
        (" other.example , ollama.example ", True),
    ]:
        result = choose_proxy("http://ollama.example:11434", {}, {**env, "NO_PROXY": no_proxy})
        assert (result is None) is bypassed, no_proxy
    assert choose_proxy("http://[::1]:11434", {}, env) is None
    assert choose_proxy("http://127.8.9.10:11434", {}, env) is None
    assert choose_proxy("http://ollama.example", {"trust_env": False}, env) is None
    assert choose_proxy("http://ollama.example", {"transport": httpx.HTTPTransport()}, env) is None
    explicit = choose_proxy("http://127.0.0.1", {"proxy": "http://u:p4ss@p:1"}, env)
    assert explicit is not None
    assert (explicit.url, explicit.source, explicit.secret) == (
        "http://***@p:1",
        "proxy=",
        "p4ss",
    )
    assert (
        choose_proxy("http://ollama.example", {}, {"HTTP_PROXY": "http://x:1", "REQUEST_METHOD": "GET"})
        is None
    )


def test_the_repr_and_settings_never_show_the_proxy_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://me:hunter22@127.0.0.1:9")
    with Client("https://ollama.example") as client:
        assert "hunter22" not in repr(client)
        assert "hunter22" not in json.dumps(repr(client._settings))
