"""The contract suite: a server's answers match the spec and parse through the client.

It runs against the fake server (in strict mode, so every request the client sends is checked against
the spec too) and, with ``make test-live``, against a real Ollama at ``OLLAMA_HOST`` when one answers
there. Without one the live half is skipped, saying why.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from ollama_openapi import Client, ModelNotFoundError
from ollama_openapi.fake import FakeOllama
from ollama_openapi.spec import operation
from ollama_openapi.spec_validation import SpecValidator

pytestmark = pytest.mark.timeout(300)

CHAT_MODEL = os.environ.get("OLLAMA_LIVE_MODEL", "llama3.2")
EMBED_MODEL = os.environ.get("OLLAMA_LIVE_EMBED_MODEL", "all-minilm")
MISSING_MODEL = "ollama-openapi-contract-missing:latest"


@dataclass
class ServerUnderTest:
    """A server the suite talks to, and what it answered."""

    url: str
    fake: FakeOllama | None
    answers: list[tuple[str, str, int, str, bytes]] = field(default_factory=list)


def _live_server() -> ServerUnderTest:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        pytest.skip("live: OLLAMA_HOST is not set; point it at a running Ollama and run `make test-live`")
    with Client(host, timeout=3.0, max_retries=0) as probe:
        if not probe.is_running():
            pytest.skip(f"live: no Ollama answers at {probe.base_url} (OLLAMA_HOST)")
        return ServerUnderTest(probe.base_url, None)


@pytest.fixture(scope="module", params=["fake", pytest.param("live", marks=pytest.mark.live)])
def server(request: pytest.FixtureRequest) -> Iterator[ServerUnderTest]:
    if request.param == "live":
        yield _live_server()
        return
    with FakeOllama(strict=True) as fake:
        yield ServerUnderTest(fake.url, fake)
        assert fake.violations == [], "the client sent requests that do not match the spec"


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator()


@pytest.fixture(scope="module")
def raw(server: ServerUnderTest) -> Iterator[httpx.Client]:
    """A plain httpx client that records every answer for validation."""

    def record(response: httpx.Response) -> None:
        response.read()
        request = response.request
        server.answers.append(
            (
                request.method,
                request.url.path,
                response.status_code,
                response.headers.get("content-type", ""),
                response.content,
            )
        )

    with httpx.Client(base_url=server.url, timeout=300, event_hooks={"response": [record]}) as client:
        yield client


@pytest.fixture(scope="module")
def client(server: ServerUnderTest) -> Iterator[Client]:
    with Client(server.url, timeout=300) as ollama:
        yield ollama


@pytest.fixture(scope="module")
def pulled(client: Client) -> None:
    for model in (CHAT_MODEL, EMBED_MODEL):
        statuses = [part.status for part in client.pull(model, stream=True)]
        assert statuses[-1] == "success"


def _assert_valid(server: ServerUnderTest, validator: SpecValidator) -> None:
    problems = []
    for method, path, status, content_type, body in server.answers:
        stream = content_type.startswith("application/x-ndjson") or body.count(b"\n") > 1
        media = "application/x-ndjson" if stream and status == 200 else content_type
        for problem in validator.response_errors(method, path, status, media, body):
            problems.append(f"{method} {path} {status}: {problem}")
    server.answers.clear()
    assert problems == []


def test_server_basics_match_the_spec(
    server: ServerUnderTest, raw: httpx.Client, validator: SpecValidator
) -> None:
    assert raw.get("/").text == "Ollama is running"
    raw.head("/")
    raw.get("/api/version")
    raw.head("/api/version")
    raw.get("/api/tags")
    raw.get("/api/ps")
    _assert_valid(server, validator)


@pytest.mark.usefixtures("pulled")
def test_model_management_answers_match_the_spec(
    server: ServerUnderTest, raw: httpx.Client, validator: SpecValidator
) -> None:
    raw.post("/api/pull", json={"model": CHAT_MODEL, "stream": False})
    raw.post("/api/show", json={"model": CHAT_MODEL})
    raw.post("/api/show", json={"model": MISSING_MODEL})
    raw.post("/api/copy", json={"source": CHAT_MODEL, "destination": "ollama-openapi-contract-copy"})
    raw.request("DELETE", "/api/delete", json={"model": "ollama-openapi-contract-copy"})
    raw.request("DELETE", "/api/delete", json={"model": "ollama-openapi-contract-copy"})
    raw.post(
        "/api/create",
        json={"model": "ollama-openapi-contract-made", "from": CHAT_MODEL, "system": "Be brief."},
    )
    raw.request("DELETE", "/api/delete", json={"model": "ollama-openapi-contract-made"})
    _assert_valid(server, validator)


@pytest.mark.usefixtures("pulled")
def test_generation_answers_match_the_spec(
    server: ServerUnderTest, raw: httpx.Client, validator: SpecValidator
) -> None:
    options = {"num_predict": 8, "temperature": 0}
    raw.post("/api/generate", json={"model": CHAT_MODEL, "prompt": "Say hi.", "options": options})
    raw.post(
        "/api/generate", json={"model": CHAT_MODEL, "prompt": "Say hi.", "options": options, "stream": False}
    )
    messages = [{"role": "user", "content": "Say hi."}]
    raw.post("/api/chat", json={"model": CHAT_MODEL, "messages": messages, "options": options})
    raw.post(
        "/api/chat", json={"model": CHAT_MODEL, "messages": messages, "options": options, "stream": False}
    )
    raw.post("/api/chat", json={"model": MISSING_MODEL, "messages": messages})
    raw.post("/api/embed", json={"model": EMBED_MODEL, "input": ["a", "b"]})
    raw.post("/api/embeddings", json={"model": EMBED_MODEL, "prompt": "a"})
    raw.get("/api/ps")
    _assert_valid(server, validator)


@pytest.mark.usefixtures("pulled")
def test_the_client_parses_every_answer(client: Client) -> None:
    options = {"num_predict": 8, "temperature": 0}
    chunks = list(client.generate(CHAT_MODEL, "Say hi.", stream=True, options=options))
    assert chunks[-1].done
    assert all(not chunk.done for chunk in chunks[:-1])
    reply = client.chat(CHAT_MODEL, [{"role": "user", "content": "Say hi."}], options=options)
    assert reply.done
    assert isinstance(reply.message.content, str)
    assert any(model.name.startswith(CHAT_MODEL) for model in client.list().models)
    assert client.show(CHAT_MODEL).details is not None
    embedded = client.embed(EMBED_MODEL, ["a", "b"])
    assert len(embedded.embeddings) == 2
    assert client.version().version
    with pytest.raises(ModelNotFoundError):
        client.chat(MISSING_MODEL, [{"role": "user", "content": "hi"}])


def test_streaming_operations_are_known_from_the_spec() -> None:
    for name in ("generate", "chat", "pull", "push", "create"):
        assert operation(name).stream is not None
