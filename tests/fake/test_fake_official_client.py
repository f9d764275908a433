"""Peer test: the official ``ollama`` Python client runs a whole scenario against the fake."""

from __future__ import annotations

import asyncio
import json

import ollama
import pytest

from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(60)


def test_official_client_scenario(fake_ollama: FakeOllama) -> None:
    client = ollama.Client(host=fake_ollama.url)

    progress = list(client.pull("llama3.2", stream=True))
    assert progress[0].status == "pulling manifest"
    assert progress[-1].status == "success"
    assert any(part.completed for part in progress)
    assert client.pull("qwen3").status == "success"
    assert client.pull("all-minilm").status == "success"

    listed = client.list()
    assert {model.model for model in listed.models} == {
        "llama3.2:latest",
        "qwen3:latest",
        "all-minilm:latest",
    }
    assert all(model.size and model.details and model.details.family for model in listed.models)

    shown = client.show("llama3.2")
    assert shown.details is not None
    assert shown.details.parameter_size == "3.2B"
    assert shown.capabilities == ["completion", "tools"]
    assert shown.modelinfo

    generated = client.generate(model="llama3.2", prompt="Why is the sky blue?")
    assert generated.done
    assert generated.response
    assert generated.eval_count
    streamed = list(client.generate(model="llama3.2", prompt="Why is the sky blue?", stream=True))
    assert "".join(part.response or "" for part in streamed) == generated.response
    assert streamed[-1].done
    assert streamed[-1].done_reason == "stop"

    messages = [{"role": "user", "content": "Why is the sky blue?"}]
    chat = client.chat(model="llama3.2", messages=messages)
    assert chat.message.role == "assistant"
    assert chat.message.content
    chat_stream = list(client.chat(model="llama3.2", messages=messages, stream=True))
    assert "".join(part.message.content or "" for part in chat_stream) == chat.message.content

    thought = client.chat(model="qwen3", messages=messages, think=True)
    assert thought.message.thinking
    assert thought.message.content
    structured = client.generate(model="llama3.2", prompt="Answer in JSON", format="json")
    assert isinstance(json.loads(structured.response or ""), dict)

    embedded = client.embed(model="all-minilm", input=["first", "second"])
    assert len(embedded.embeddings) == 2
    assert len(embedded.embeddings[0]) == 384
    legacy = client.embeddings(model="all-minilm", prompt="first")
    assert len(legacy.embedding) == 384

    created = list(client.create(model="mario", from_="llama3.2", system="You are Mario.", stream=True))
    assert created[-1].status == "success"
    assert "You are Mario." in (client.show("mario").modelfile or "")
    assert client.copy("mario", "luigi").status == "success"
    assert client.delete("luigi").status == "success"

    running = client.ps()
    assert {model.model for model in running.models} >= {"llama3.2:latest", "qwen3:latest"}
    assert all(model.expires_at and model.size_vram for model in running.models)

    with pytest.raises(ollama.ResponseError) as missing:
        client.chat(model="not-pulled", messages=messages)
    assert missing.value.status_code == 404
    assert missing.value.error == "model 'not-pulled' not found"
    with pytest.raises(ollama.ResponseError) as unsupported:
        client.chat(model="llama3.2", messages=messages, think=True)
    assert unsupported.value.status_code == 400


def test_official_async_client_streams_chat() -> None:
    async def scenario(url: str) -> str:
        client = ollama.AsyncClient(host=url)
        pieces = []
        stream = await client.chat(
            model="llama3.2", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        async for part in stream:
            pieces.append(part.message.content or "")
            if part.done:
                assert part.done_reason == "stop"
                assert part.eval_count
        return "".join(pieces)

    with FakeOllama(models=["llama3.2"]) as server:
        text = asyncio.run(scenario(server.url))
        expected = ollama.Client(host=server.url).chat(
            model="llama3.2", messages=[{"role": "user", "content": "hi"}]
        )
        assert text == expected.message.content


def test_official_client_sees_in_stream_pull_errors(fake_ollama: FakeOllama) -> None:
    client = ollama.Client(host=fake_ollama.url)
    with pytest.raises(ollama.ResponseError) as failure:
        list(client.pull("library/does-not-exist", stream=True))
    assert failure.value.error == "pull model manifest: file does not exist"
