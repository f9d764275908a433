"""web_search / web_fetch go to the server's experimental routes, or to ollama.com's own API."""

from __future__ import annotations

import httpx

from ollama_openapi import Client
from ollama_openapi.fake import FakeOllama


def _recording_client(host: str, seen: list[httpx.Request]) -> Client:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("web_search"):
            return httpx.Response(200, json={"results": [{"title": "Ollama", "url": "https://ollama.com/"}]})
        return httpx.Response(200, json={"title": "Ollama", "content": "hi", "links": []})

    return Client(host, api_key="test-key-123", transport=httpx.MockTransport(answer))


def test_against_ollama_com_the_hosted_paths_are_used() -> None:
    seen: list[httpx.Request] = []
    with _recording_client("https://ollama.com", seen) as client:
        assert client.web_search("what is ollama?")["results"][0].title == "Ollama"
        assert client.web_fetch("ollama.com").title == "Ollama"
    assert [request.url.path for request in seen] == ["/api/web_search", "/api/web_fetch"]
    assert all(request.headers["authorization"] == "Bearer test-key-123" for request in seen)


def test_against_a_server_the_experimental_routes_are_used() -> None:
    seen: list[httpx.Request] = []
    with _recording_client("http://127.0.0.1:11434", seen) as client:
        client.web_search("what is ollama?", max_results=2)
        client.web_fetch("ollama.com")
    assert [request.url.path for request in seen] == [
        "/api/experimental/web_search",
        "/api/experimental/web_fetch",
    ]


def test_the_fake_answers_web_search_when_signed_in() -> None:
    with FakeOllama(strict=True, signed_in=True) as server, Client(server.url) as client:
        assert client.web_search("ollama", max_results=2).results
