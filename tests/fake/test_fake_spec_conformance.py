"""Everything the fake sends matches the OpenAPI spec; strict mode rejects what the spec does not allow."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest

from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.validation import SpecValidator

pytestmark = pytest.mark.timeout(60)

TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def broad_scenario(client: httpx.Client) -> None:
    """Every endpoint, successes and the errors a conforming request can run into."""
    user = [{"role": "user", "content": "What is the weather in Paris?"}]
    calls: list[tuple[str, str, dict[str, Any] | None]] = [
        ("GET", "/", None),
        ("HEAD", "/", None),
        ("GET", "/api/version", None),
        ("HEAD", "/api/version", None),
        ("GET", "/api/status", None),
        ("GET", "/api/experimental/model-recommendations", None),
        ("POST", "/api/pull", {"model": "llama3.2"}),
        ("POST", "/api/pull", {"model": "qwen3", "stream": False}),
        ("POST", "/api/pull", {"model": "all-minilm"}),
        ("POST", "/api/pull", {"model": "x/does-not-exist"}),
        ("POST", "/api/pull", {"model": "does-not-exist", "stream": False}),
        ("POST", "/api/pull", {"model": "bad name"}),
        ("GET", "/api/tags", None),
        ("HEAD", "/api/tags", None),
        ("POST", "/api/show", {"model": "llama3.2"}),
        ("POST", "/api/show", {"model": "qwen3", "verbose": True}),
        ("POST", "/api/show", {"model": "ghost"}),
        ("POST", "/api/generate", {"model": "llama3.2", "prompt": "hi"}),
        (
            "POST",
            "/api/generate",
            {
                "model": "llama3.2",
                "prompt": "hi",
                "stream": False,
                "logprobs": True,
                "top_logprobs": 2,
                "options": {"num_predict": 5, "stop": ["x"]},
            },
        ),
        ("POST", "/api/generate", {"model": "qwen3", "prompt": "hi", "think": "high"}),
        ("POST", "/api/generate", {"model": "qwen3", "prompt": "hi", "format": "json", "stream": False}),
        ("POST", "/api/generate", {"model": "llama3.2", "prompt": "hi", "raw": True, "keep_alive": "10m"}),
        ("POST", "/api/generate", {"model": "llama3.2"}),
        ("POST", "/api/generate", {"model": "llama3.2", "keep_alive": 0}),
        ("POST", "/api/generate", {"model": "llama3.2", "prompt": "hi", "think": True}),
        ("POST", "/api/generate", {"model": "ghost", "prompt": "hi"}),
        ("POST", "/api/generate", {"model": "all-minilm", "prompt": "hi"}),
        ("POST", "/api/chat", {"model": "llama3.2", "messages": user}),
        ("POST", "/api/chat", {"model": "llama3.2", "messages": user, "tools": [TOOL]}),
        ("POST", "/api/chat", {"model": "llama3.2", "messages": user, "tools": [TOOL], "stream": False}),
        ("POST", "/api/chat", {"model": "qwen3", "messages": user, "think": True, "logprobs": True}),
        (
            "POST",
            "/api/chat",
            {
                "model": "qwen3",
                "messages": user,
                "stream": False,
                "format": {"type": "object", "properties": {"a": {"type": "integer"}}},
            },
        ),
        ("POST", "/api/chat", {"model": "qwen3", "messages": []}),
        ("POST", "/api/chat", {"model": "qwen3", "messages": [], "keep_alive": 0}),
        ("POST", "/api/embed", {"model": "all-minilm", "input": ["a", "b"], "dimensions": 32}),
        ("POST", "/api/embed", {"model": "all-minilm", "input": "a"}),
        ("POST", "/api/embed", {"model": "all-minilm", "input": None}),
        ("POST", "/api/embeddings", {"model": "all-minilm", "prompt": "a"}),
        ("POST", "/api/generate", {"model": "llama3.2", "prompt": "hi", "_debug_render_only": True}),
        ("POST", "/api/chat", {"model": "qwen3", "messages": user, "_debug_render_only": True}),
        ("POST", "/api/chat", {"model": "qwen3", "messages": None}),
        ("GET", "/api/ps", None),
        (
            "POST",
            "/api/create",
            {
                "model": "mario",
                "from": "llama3.2",
                "system": "You are Mario",
                "parameters": {"temperature": 0.5},
                "license": "MIT",
            },
        ),
        ("POST", "/api/create", {"model": "mario2", "from": "mario", "stream": False}),
        ("POST", "/api/create", {"model": "nothing"}),
        ("POST", "/api/copy", {"source": "mario", "destination": "luigi"}),
        ("POST", "/api/copy", {"source": "ghost", "destination": "luigi"}),
        ("DELETE", "/api/delete", {"model": "luigi"}),
        ("DELETE", "/api/delete", {"model": "luigi"}),
        ("POST", "/api/push", {"model": "mario"}),
        ("POST", "/api/push", {"model": "ghost"}),
        ("POST", "/api/me", None),
        ("POST", "/api/signout", None),
        ("DELETE", "/api/user/keys/abc", None),
        ("POST", "/api/experimental/web_search", {"query": "ollama"}),
        ("POST", "/api/experimental/web_fetch", {"url": "https://ollama.com"}),
    ]
    for method, path, body in calls:
        response = (
            client.request(method, path, json=body) if body is not None else client.request(method, path)
        )
        assert response.status_code < 600
    data = b"GGUF" + b"\0" * 64
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    client.head(f"/api/blobs/{digest}")
    client.post(f"/api/blobs/{digest}", content=data)
    client.post(f"/api/blobs/{digest}", content=data)
    client.post(f"/api/blobs/sha256:{'0' * 64}", content=data)
    client.post("/api/blobs/sha256:bad", content=data)
    client.post(f"/api/blobs/sha256-{'1' * 64}", content=data)
    client.head(f"/api/blobs/sha256:{'A' * 64}")
    client.get("/api/tags", headers={"Host": "evil.example"})
    client.options("/api/chat", headers={"Origin": "http://localhost:3000"})
    client.post("/api/create", json={"model": "from-file", "files": {"model.gguf": digest}})
    client.post("/api/generate", content=b"")
    client.post("/api/generate", content=b"{oops")


def test_every_response_matches_the_spec(spec: dict[str, Any]) -> None:
    with FakeOllama(strict=True, validate_responses=True, spec=spec) as server:
        with httpx.Client(base_url=server.url, timeout=20) as client:
            broad_scenario(client)
            server.signed_in = True
            for path, body in (
                ("/api/me", None),
                ("/api/experimental/web_search", {"query": "x", "max_results": 3}),
                ("/api/experimental/web_fetch", {"url": "https://ollama.com"}),
                ("/api/signout", None),
            ):
                client.post(path, json=body) if body else client.post(path)
        assert server.violations == []


def test_strict_mode_rejects_and_records_non_conforming_requests(spec: dict[str, Any]) -> None:
    with (
        FakeOllama(strict=True, models=["llama3.2"], spec=spec) as server,
        httpx.Client(base_url=server.url) as client,
    ):
        response = client.post(
            "/api/generate", json={"model": "llama3.2", "prompt": "x", "options": {"stop": "a"}}
        )
        assert response.status_code == 400
        assert response.json()["error"].startswith("request does not match the spec: $.options.stop: ")
        assert len(server.violations) == 1
        assert "$.options.stop" in server.violations[0]
        ok = client.post(
            "/api/generate", json={"model": "llama3.2", "prompt": "x", "unknown_field": 1, "stream": False}
        )
        assert ok.status_code in (200, 400)


def test_lenient_mode_ignores_what_strict_mode_rejects() -> None:
    with FakeOllama(models=["llama3.2"]) as server:
        response = httpx.post(
            f"{server.url}/api/generate",
            json={"model": "llama3.2", "prompt": "x", "stream": False, "unknown_field": 1},
        )
        assert response.status_code == 200
        assert server.violations == []


def test_response_validation_detects_a_wrong_document(spec: dict[str, Any]) -> None:
    validator = SpecValidator(spec)
    good = b'{"version":"0.33.0"}'
    assert validator.check_response("GET", "/api/version", 200, "application/json", good) is None
    problem = validator.check_response("GET", "/api/version", 200, "application/json", b'{"version":3}')
    assert problem is not None
    assert problem.startswith("$.version")
    chunk = b'{"model":"m","created_at":"2025-01-01T00:00:00Z","response":"x","done":"no"}'
    assert validator.check_response("POST", "/api/generate", 200, "application/x-ndjson", chunk) is not None
    assert validator.check_response("POST", "/api/nowhere", 200, "application/json", good) is not None
