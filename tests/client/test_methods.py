"""Every public method of `Client` and `AsyncClient` against the strict fake (a request-contract test too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ollama_openapi import AsyncClient, Client, models
from ollama_openapi.errors import AuthenticationError, ClientClosedError, ModelNotFoundError, NotFoundError

from .conftest import Fake
from .twins import Api, make_client

PUBLIC_METHODS = {
    "generate", "chat", "embed", "embeddings", "pull", "push", "create", "create_blob", "delete", "copy",
    "list", "show", "ps", "version", "blob_exists", "status", "is_running", "web_search", "web_fetch",
    "whoami", "signout", "model_recommendations", "load", "unload", "close",
}  # fmt: skip


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_both_clients_have_every_method(cls: type[object]) -> None:
    missing = {name for name in PUBLIC_METHODS if not callable(getattr(cls, name, None))}
    assert missing == set()


def test_generate_and_chat(client: Api) -> None:
    generated = client.generate("llama3.2", "Why is the sky blue?", options={"temperature": 0, "seed": 1})
    assert isinstance(generated, models.GenerateResponse)
    assert generated.done is True
    assert generated.response
    assert generated["response"] == generated.response

    answer = client.chat(
        "llama3.2", [{"role": "user", "content": "hello"}], options={"num_predict": 8}, keep_alive="1m"
    )
    assert isinstance(answer, models.ChatResponse)
    assert answer.message.role == "assistant"
    assert answer.message.content
    assert answer["message"]["content"] == answer.message.content


def test_chat_accepts_generated_models_and_json_format(client: Api) -> None:
    message = models.Message(role="user", content="give me json")
    answer = client.chat("llama3.2", [message], format="json", think=False)
    assert answer.done is True
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
    generated = client.generate("llama3.2", "json please", format=schema)
    assert generated.done is True


def test_embed_and_embeddings(client: Api) -> None:
    one = client.embed("all-minilm", "hello")
    assert isinstance(one, models.EmbedResponse)
    assert len(one.embeddings) == 1
    two = client.embed("all-minilm", ["a", "b"], truncate=True)
    assert len(two.embeddings) == 2
    assert len(two.embeddings[0]) == len(one.embeddings[0])
    legacy = client.embeddings("all-minilm", "hello")
    assert isinstance(legacy, models.EmbeddingResponse)
    assert legacy.embedding is not None  # null only when the model gives no vector
    assert len(legacy.embedding) > 0


def test_model_management(client: Api, fake: Fake) -> None:
    pulled = client.pull("gemma3")
    assert isinstance(pulled, models.ProgressResponse)
    assert pulled.status == "success"
    names = {entry.model for entry in client.list().models}
    assert "gemma3:latest" in names
    shown = client.show("gemma3", verbose=True)
    assert isinstance(shown, models.ShowResponse)
    assert shown["details"]["family"]
    assert client.copy("gemma3", "gemma3-copy").status == "success"
    assert "gemma3-copy:latest" in fake.model_names()
    pushed = client.push("gemma3-copy", insecure=True)
    assert pushed.status == "success"
    created = client.create("gemma3-custom", from_="gemma3", system="Be brief.", parameters={"top_k": 10})
    assert created.status == "success"
    assert "gemma3-custom:latest" in fake.model_names()
    assert client.delete("gemma3-copy").status == "success"
    assert "gemma3-copy:latest" not in fake.model_names()
    with pytest.raises(NotFoundError):
        client.delete("gemma3-copy")


def test_ps_after_a_generation(client: Api) -> None:
    client.generate("llama3.2", "hi")
    running = client.ps()
    assert isinstance(running, models.ProcessResponse)
    assert [entry.model for entry in running.models] == ["llama3.2:latest"]


def test_load_then_unload(client: Api) -> None:
    loaded = client.load("llama3.2", keep_alive="1h")
    assert isinstance(loaded, models.GenerateResponse)
    assert (loaded.done, loaded.done_reason, loaded.response) == (True, "load", "")
    assert [entry.model for entry in client.ps().models] == ["llama3.2:latest"]
    unloaded = client.unload("llama3.2")
    assert (unloaded.done, unloaded.done_reason) == (True, "unload")
    assert client.ps().models == []
    with pytest.raises(ModelNotFoundError):
        client.unload("no-such-model")


def test_one_object_answers_to_streamed_calls_are_streams_of_one_chunk(client: Api) -> None:
    # Ollama answers these with one application/json object even to a streaming request.
    loaded = list(client.generate("llama3.2", stream=True))
    assert [(chunk.done, chunk.done_reason) for chunk in loaded] == [(True, "load")]
    unloaded = list(client.chat("llama3.2", [], keep_alive=0, stream=True))
    assert [(chunk.done, chunk.done_reason) for chunk in unloaded] == [(True, "unload")]
    rendered = list(client.generate("llama3.2", "hi", debug_render_only=True, stream=True))
    assert len(rendered) == 1
    assert rendered[0].done is False
    assert "hi" in rendered[0].field_debug_info.rendered_template
    chatted = list(
        client.chat("llama3.2", [{"role": "user", "content": "hi"}], debug_render_only=True, stream=True)
    )
    assert len(chatted) == 1
    assert chatted[0].message.content == ""


def test_server_methods(client: Api) -> None:
    assert client.version().version == "0.33.0"
    assert isinstance(client.status(), models.StatusResponse)
    assert client.is_running() is True
    recommendations = client.model_recommendations()
    assert isinstance(recommendations, models.ModelRecommendationsResponse)
    assert recommendations.recommendations


def test_account_and_web_methods(client: Api, fake: Fake) -> None:
    with pytest.raises(AuthenticationError) as caught:
        client.whoami()
    assert caught.value.signin_url
    assert caught.value.signin_url.startswith("https://ollama.com/connect")
    fake.signed_in = True
    assert client.whoami().email == "fake@example.com"
    key = {"Authorization": "Bearer k-123"}  # asked for by the client; the server signs with its own
    results = client.web_search("ollama", max_results=2, extra_headers=key)
    assert isinstance(results, models.WebSearchResponse)
    assert len(results["results"]) == 2
    page = client.web_fetch("https://example.com", extra_headers=key)
    assert isinstance(page, models.WebFetchResponse)
    assert page.content
    assert client.signout() is None
    assert fake.signed_in is False


def test_blob_methods(client: Api, fake: Fake, tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"GGUF" + bytes(range(256)) * 10)
    import hashlib

    expected = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    assert client.blob_exists(expected) is False
    assert client.create_blob(path) == expected
    assert client.blob_exists(expected) is True
    assert len(fake.requests_to("POST", "/api/blobs/")) == 1


def test_missing_model_is_model_not_found(client: Api) -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        client.chat("no-such-model", [{"role": "user", "content": "hi"}])
    assert caught.value.status_code == 404
    assert caught.value.model is not None
    assert "no-such-model" in caught.value.model


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_is_running_false_when_nothing_listens(kind: str) -> None:
    from .scripted_server import free_port

    with make_client(kind, f"127.0.0.1:{free_port()}", max_retries=0) as api:
        assert api.is_running() is False


def test_context_managers_close_the_pool(fake: Fake) -> None:
    with Client(fake.url) as sync_client:
        sync_client.version()
    assert sync_client.httpx_client.is_closed

    import asyncio

    async def main() -> AsyncClient:
        async with AsyncClient(fake.url) as async_client:
            await async_client.version()
        return async_client

    closed = asyncio.run(main())
    assert closed.httpx_client.is_closed


def test_a_closed_client_refuses_calls(fake: Fake) -> None:
    client = Client(fake.url)
    client.version()
    client.close()
    assert client.httpx_client.is_closed
    with pytest.raises(ClientClosedError):
        client.version()


def test_async_close_is_aclose(fake: Fake) -> None:
    import asyncio

    assert AsyncClient.close is AsyncClient.aclose  # the official AsyncClient's name, and ours

    async def main(close: str) -> None:
        client = AsyncClient(fake.url)
        await client.version()
        await getattr(client, close)()
        assert client.httpx_client.is_closed
        with pytest.raises(ClientClosedError):
            await client.version()

    for close in ("close", "aclose"):
        asyncio.run(main(close))
