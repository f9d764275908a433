"""web_search / web_fetch go to the server's experimental routes, or to ollama.com's own API.

Sent to ollama.com both need an API key, as in the official client: without one they raise
`MissingApiKeyError` (a `ValueError` whose message starts as the official one) before anything is
sent. A local Ollama signs the forwarded call with its own key, so none is needed there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ollama_openapi import Client
from ollama_openapi.errors import InvalidArgumentError, MissingApiKeyError
from ollama_openapi.fake import FakeOllama

from .twins import Api, make_client

LOCAL = "http://127.0.0.1:11434"
CALLS: list[tuple[str, Callable[..., Any]]] = [
    ("web search", lambda api, **extra: api.web_search("what is ollama?", **extra)),
    ("web fetch", lambda api, **extra: api.web_fetch("ollama.com", **extra)),
]


def _answer(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("web_search"):
            return httpx.Response(200, json={"results": [{"title": "Ollama", "url": "https://ollama.com/"}]})
        return httpx.Response(200, json={"title": "Ollama", "content": "hi", "links": []})

    return httpx.MockTransport(answer)


def _recording_client(host: str, seen: list[httpx.Request], kind: str = "sync", **options: Any) -> Api:
    return make_client(kind, host, transport=_answer(seen), **options)


@pytest.fixture(autouse=True)
def _no_key_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)


def test_against_ollama_com_the_hosted_paths_are_used() -> None:
    seen: list[httpx.Request] = []
    with _recording_client("https://ollama.com", seen, api_key="test-key-123") as client:
        assert client.web_search("what is ollama?")["results"][0].title == "Ollama"
        assert client.web_fetch("ollama.com").title == "Ollama"
    assert [request.url.path for request in seen] == ["/api/web_search", "/api/web_fetch"]
    assert all(request.headers["authorization"] == "Bearer test-key-123" for request in seen)


def test_against_a_server_the_experimental_routes_are_used() -> None:
    seen: list[httpx.Request] = []
    with _recording_client(LOCAL, seen, api_key="test-key-123") as client:
        client.web_search("what is ollama?", max_results=2)
        client.web_fetch("ollama.com")
    assert [request.url.path for request in seen] == [
        "/api/experimental/web_search",
        "/api/experimental/web_fetch",
    ]


@pytest.mark.parametrize(("operation", "call"), CALLS, ids=[name for name, _ in CALLS])
def test_without_a_key_nothing_is_sent_to_ollama_com(
    kind: str, operation: str, call: Callable[..., Any]
) -> None:
    seen: list[httpx.Request] = []
    with (
        _recording_client("https://ollama.com", seen, kind) as api,
        pytest.raises(MissingApiKeyError) as caught,
    ):
        call(api)
    assert seen == []
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, InvalidArgumentError)
    assert error.operation == operation
    # What code written for the official client matches on, then how to give a key.
    assert str(error).startswith(f"Authorization header with Bearer token is required for {operation}")
    assert "OLLAMA_API_KEY" in str(error)
    assert "api_key=" in str(error)


@pytest.mark.parametrize(("operation", "call"), CALLS, ids=[name for name, _ in CALLS])
def test_without_a_key_a_local_server_is_asked(kind: str, operation: str, call: Callable[..., Any]) -> None:
    """A signed-in local Ollama forwards the call with its own key (one that is not answers 401)."""
    seen: list[httpx.Request] = []
    with _recording_client(LOCAL, seen, kind) as api:
        call(api)
    (request,) = seen
    assert request.url.path == "/api/experimental/" + operation.replace(" ", "_")
    assert "authorization" not in request.headers


def test_a_basic_authorization_header_is_no_api_key() -> None:
    seen: list[httpx.Request] = []
    with _recording_client("https://ollama.com", seen, headers={"Authorization": "Basic dTpw"}) as client:
        with pytest.raises(MissingApiKeyError):
            client.web_search("ollama")
        with pytest.raises(MissingApiKeyError):
            client.web_fetch("ollama.com", extra_headers={"Authorization": "Bearer "})
        with pytest.raises(MissingApiKeyError):
            client.web_fetch("ollama.com", extra_headers=["Authorization", "Bearer k"])
    assert seen == []


@pytest.mark.parametrize(("operation", "call"), CALLS, ids=[name for name, _ in CALLS])
@pytest.mark.parametrize(
    "given",
    [
        {"api_key": "k-123"},
        {"headers": {"Authorization": "Bearer k-123"}},
        {"headers": {"authorization": "bearer k-123"}},
        {"extra_headers": {"Authorization": "Bearer k-123"}},
    ],
    ids=["api_key", "headers", "lowercase-headers", "extra_headers"],
)
def test_with_a_key_the_call_carries_it(
    kind: str, operation: str, call: Callable[..., Any], given: dict[str, Any]
) -> None:
    seen: list[httpx.Request] = []
    per_call = {"extra_headers": given["extra_headers"]} if "extra_headers" in given else {}
    options = {name: value for name, value in given.items() if name != "extra_headers"}
    with _recording_client("https://ollama.com", seen, kind, **options) as api:
        call(api, **per_call)
    (request,) = seen
    assert request.url.path == "/api/" + operation.replace(" ", "_")
    assert request.headers["authorization"].lower() == "bearer k-123"


@pytest.mark.parametrize("host", ["https://ollama.com", LOCAL])
def test_a_key_from_the_environment_is_enough(monkeypatch: pytest.MonkeyPatch, kind: str, host: str) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", "env-key-123")
    seen: list[httpx.Request] = []
    with _recording_client(host, seen, kind) as api:
        api.web_search("ollama")
        api.web_fetch("ollama.com")
    assert len(seen) == 2
    if host == LOCAL:
        # OLLAMA_API_KEY goes to ollama.com only; a local server signs the forwarded call itself.
        assert all("authorization" not in request.headers for request in seen)
    else:
        assert all(request.headers["authorization"] == "Bearer env-key-123" for request in seen)


def test_the_fake_answers_web_search_when_signed_in() -> None:
    with FakeOllama(strict=True, signed_in=True) as server, Client(server.url, api_key="k-123") as client:
        assert client.web_search("ollama", max_results=2).results


def test_a_key_overridden_by_a_basic_header_is_no_api_key() -> None:
    """What counts is the Authorization header the client sends, not the api_key= it was given."""
    seen: list[httpx.Request] = []
    options: dict[str, Any] = {"api_key": "k-123", "headers": {"Authorization": "Basic dTpw"}}
    with (
        _recording_client("https://ollama.com", seen, **options) as client,
        pytest.raises(MissingApiKeyError),
    ):
        client.web_search("ollama")
    assert seen == []
