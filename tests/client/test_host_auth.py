"""Where requests go and what credentials they carry: OLLAMA_HOST, host=, basic auth, API keys, redaction."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ollama_openapi.errors import AuthenticationError, OllamaConnectionError, OllamaError

from .payloads import version_reply
from .scripted_server import Reply, ScriptedServer, free_port, json_reply
from .twins import make_client

pytestmark = pytest.mark.timeout(30)

SECRET_PASSWORD = "pw-Zq8xK3"
API_KEY = "key-9f3c7e1d5b"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer([version_reply()]) as running:
        yield running


# --- host -------------------------------------------------------------------------------------------


def test_default_host(kind: str) -> None:
    with make_client(kind) as api:
        assert api.base_url == "http://127.0.0.1:11434"


def test_ollama_host_is_read_when_the_client_is_created(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with ScriptedServer([version_reply("1")]) as first, ScriptedServer([version_reply("2")]) as second:
        monkeypatch.setenv("OLLAMA_HOST", f"127.0.0.1:{first.port}")
        with make_client(kind) as early:
            monkeypatch.setenv("OLLAMA_HOST", f"http://127.0.0.1:{second.port}/")
            with make_client(kind) as late:
                assert early.version().version == "1"
                assert late.version().version == "2"
        assert len(first.requests) == 1
        assert len(second.requests) == 1


def test_host_argument_wins_over_the_environment(
    kind: str, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_HOST", f"127.0.0.1:{free_port()}")
    with make_client(kind, server.url) as api:
        api.version()
    assert len(server.requests) == 1


@pytest.mark.parametrize("base", ["/ollama", "/ollama/", "/deep/proxy/path"])
def test_base_path_is_kept(kind: str, server: ScriptedServer, base: str) -> None:
    with make_client(kind, f"http://127.0.0.1:{server.port}{base}") as api:
        api.version()
        api.is_running()
    prefix = "/" + base.strip("/")
    assert [request.path for request in server.requests] == [f"{prefix}/api/version", f"{prefix}/"]


def test_user_and_password_become_basic_auth_and_are_redacted(kind: str, server: ScriptedServer) -> None:
    host = f"http://alice:{SECRET_PASSWORD}@127.0.0.1:{server.port}/ollama"
    with make_client(kind, host) as api:
        api.version()
        assert SECRET_PASSWORD not in repr(api)
        assert SECRET_PASSWORD not in str(api)
        assert SECRET_PASSWORD not in api.base_url
        assert api.base_url.endswith(f"127.0.0.1:{server.port}/ollama")
    expected = "Basic " + base64.b64encode(f"alice:{SECRET_PASSWORD}".encode()).decode()
    assert server.requests[0].headers["authorization"] == expected
    assert server.requests[0].path == "/ollama/api/version"


def test_credentials_are_redacted_from_connection_errors(kind: str) -> None:
    host = f"http://alice:{SECRET_PASSWORD}@127.0.0.1:{free_port()}"
    with make_client(kind, host, max_retries=0) as api:
        with pytest.raises(OllamaConnectionError) as caught:
            api.version()
        assert SECRET_PASSWORD not in str(caught.value)
        assert SECRET_PASSWORD not in repr(caught.value)
        assert SECRET_PASSWORD not in caught.value.host
        assert "127.0.0.1" in str(caught.value)


def test_default_headers_and_extra_headers(kind: str, server: ScriptedServer) -> None:
    with make_client(kind, server.url, headers={"X-Trace": "abc", "User-Agent": "mine/1"}) as api:
        api.version()
    headers = server.requests[0].headers
    assert headers["x-trace"] == "abc"
    assert headers["user-agent"] == "mine/1"
    assert headers["accept"] == "application/json"
    assert "authorization" not in headers


def test_user_agent_names_the_client(kind: str, server: ScriptedServer) -> None:
    with make_client(kind, server.url) as api:
        api.version()
    assert server.requests[0].headers["user-agent"].startswith("ollama-openapi/")


# --- API keys ---------------------------------------------------------------------------------------


class Recorder:
    """An httpx MockTransport that records requests and answers like ollama.com would."""

    def __init__(self, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status != 200:
            return httpx.Response(self.status, json={"error": "unauthorized"})
        return httpx.Response(200, json={"version": "cloud"})


def test_explicit_api_key_goes_anywhere(kind: str, server: ScriptedServer) -> None:
    with make_client(kind, server.url, api_key=API_KEY) as api:
        api.version()
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_environment_api_key_is_not_sent_to_a_local_server(
    kind: str, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", API_KEY)
    with make_client(kind, server.url) as api:
        api.version()
    assert "authorization" not in server.requests[0].headers


@pytest.mark.parametrize("host", ["https://ollama.com", "ollama.com", "https://api.ollama.com/"])
def test_environment_api_key_is_sent_to_ollama_cloud(
    kind: str, host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", API_KEY)
    recorder = Recorder()
    with make_client(kind, host, transport=recorder.transport) as api:
        assert api.version().version == "cloud"
    (request,) = recorder.requests
    assert request.url.scheme == "https"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    "host", ["http://ollama.com", "https://ollama.com.evil.example", "https://notollama.com"]
)
def test_environment_api_key_is_not_sent_to_lookalikes(
    kind: str, host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", API_KEY)
    recorder = Recorder()
    with make_client(kind, host, transport=recorder.transport) as api:
        api.version()
    assert "authorization" not in recorder.requests[0].headers


def test_explicit_authorization_header_wins(kind: str, server: ScriptedServer) -> None:
    with make_client(kind, server.url, api_key=API_KEY, headers={"authorization": "Bearer other"}) as api:
        api.version()
    assert server.requests[0].headers["authorization"] == "Bearer other"


def test_api_key_never_appears_in_reprs_errors_or_logs(
    kind: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", API_KEY)
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    replies = [version_reply(), json_reply({"error": "unauthorized"}, status=401), Reply(500, b"boom")]
    with (
        ScriptedServer(replies) as server,
        make_client(kind, server.url, api_key=API_KEY, max_retries=0) as api,
    ):
        texts += [repr(api), str(api), repr(getattr(api, "_settings", None)), repr(api.httpx_client.headers)]
        api.version()
        with pytest.raises(AuthenticationError) as unauthorized:
            api.version()
        with pytest.raises(OllamaError) as failed:
            api.version()
        texts += _describe(unauthorized.value) + _describe(failed.value)
    with make_client(kind, f"127.0.0.1:{free_port()}", api_key=API_KEY, max_retries=0) as offline:
        with pytest.raises(OllamaConnectionError) as refused:
            offline.version()
        texts += _describe(refused.value)
    recorder = Recorder(status=401)
    with make_client(kind, "https://ollama.com", transport=recorder.transport, max_retries=0) as cloud:
        with pytest.raises(AuthenticationError) as cloud_error:
            cloud.version()
        texts += [*_describe(cloud_error.value), repr(cloud)]
    assert recorder.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert any(record.name.startswith(("httpx", "httpcore")) for record in caplog.records)
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    leaks = [text for text in texts if API_KEY in text]
    assert leaks == []


def _describe(error: BaseException) -> list[str]:
    parts: list[Any] = [str(error), repr(error), *error.args, *vars(error).values()]
    return [str(part) for part in parts]
