"""Return types are exact: checked by mypy (``assert_type``) and by running the same calls for real.

``mypy overlays tests`` fails if an overload stops returning the precise type (e.g. a union, or a
stream where a model is expected); pytest then checks that the runtime values agree. Streaming calls
return `Stream` / `AsyncStream` objects, not bare generators.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from typing_extensions import assert_type

from ollama_openapi import AsyncClient, AsyncStream, Client, Stream
from ollama_openapi.models import (
    ChatResponse,
    EmbeddingResponse,
    EmbedResponse,
    GenerateResponse,
    ListResponse,
    ModelRecommendationsResponse,
    ProcessResponse,
    ProgressResponse,
    ShowResponse,
    StatusResponse,
    VersionResponse,
)

from .conftest import Fake

pytestmark = pytest.mark.timeout(60)

HI = [{"role": "user", "content": "hi"}]


def test_sync_return_types(fake: Fake, tmp_path: Path) -> None:
    with Client(fake.url) as client:
        chat = client.chat("llama3.2", HI)
        assert_type(chat, ChatResponse)
        assert isinstance(chat, ChatResponse)
        chat_stream = client.chat("llama3.2", HI, stream=True)
        assert_type(chat_stream, Stream[ChatResponse])
        assert isinstance(chat_stream, Stream)
        assert all(isinstance(chunk, ChatResponse) for chunk in chat_stream)

        generated = client.generate("llama3.2", "hi")
        assert_type(generated, GenerateResponse)
        generate_stream = client.generate("llama3.2", "hi", stream=True)
        assert_type(generate_stream, Stream[GenerateResponse])
        assert isinstance(generate_stream, Stream)
        assert all(isinstance(chunk, GenerateResponse) for chunk in generate_stream)

        pulled = client.pull("gemma3")
        assert_type(pulled, ProgressResponse)
        pull_stream = client.pull("gemma3", stream=True)
        assert_type(pull_stream, Stream[ProgressResponse])
        assert isinstance(pull_stream, Stream)
        assert all(isinstance(update, ProgressResponse) for update in pull_stream)
        push_stream = client.push("gemma3", stream=True)
        assert_type(push_stream, Stream[ProgressResponse])
        assert isinstance(push_stream, Stream)
        assert_type(client.push("gemma3"), ProgressResponse)
        assert_type(client.create("c1", from_="gemma3"), ProgressResponse)
        create_stream = client.create("c2", from_="gemma3", stream=True)
        assert_type(create_stream, Stream[ProgressResponse])
        assert isinstance(create_stream, Stream)
        assert list(create_stream)[-1].status == "success"

        assert_type(client.embed("all-minilm", "x"), EmbedResponse)
        assert_type(client.embeddings("all-minilm", "x"), EmbeddingResponse)
        assert_type(client.list(), ListResponse)
        assert_type(client.show("gemma3"), ShowResponse)
        assert_type(client.ps(), ProcessResponse)
        assert_type(client.version(), VersionResponse)
        assert_type(client.status(), StatusResponse)
        assert_type(client.model_recommendations(), ModelRecommendationsResponse)
        assert_type(client.copy("gemma3", "g2"), ProgressResponse)
        assert_type(client.delete("g2"), ProgressResponse)
        assert_type(client.is_running(), bool)
        blob = tmp_path / "b.bin"
        blob.write_bytes(b"blob")
        digest = client.create_blob(blob)
        assert_type(digest, str)
        assert_type(client.blob_exists(digest), bool)


@pytest.mark.anyio
async def test_async_return_types(fake: Fake) -> None:
    async with AsyncClient(fake.url) as client:
        chat = await client.chat("llama3.2", HI)
        assert_type(chat, ChatResponse)
        assert isinstance(chat, ChatResponse)
        chat_stream = await client.chat("llama3.2", HI, stream=True)
        assert_type(chat_stream, AsyncStream[ChatResponse])
        assert isinstance(chat_stream, AsyncStream)
        assert isinstance(chat_stream, AsyncIterator)
        chunks = [chunk async for chunk in chat_stream]
        assert all(isinstance(chunk, ChatResponse) for chunk in chunks)

        assert_type(await client.generate("llama3.2", "hi"), GenerateResponse)
        generate_stream = await client.generate("llama3.2", "hi", stream=True)
        assert_type(generate_stream, AsyncStream[GenerateResponse])
        assert isinstance(generate_stream, AsyncStream)
        assert [chunk async for chunk in generate_stream][-1].done is True

        assert_type(await client.pull("gemma3"), ProgressResponse)
        pull_stream = await client.pull("gemma3", stream=True)
        assert_type(pull_stream, AsyncStream[ProgressResponse])
        assert isinstance(pull_stream, AsyncStream)
        assert [update async for update in pull_stream][-1].status == "success"
        assert_type(await client.push("gemma3", stream=True), AsyncStream[ProgressResponse])
        assert_type(await client.create("c1", from_="gemma3"), ProgressResponse)
        assert_type(await client.create("c2", from_="gemma3", stream=True), AsyncStream[ProgressResponse])

        assert_type(await client.embed("all-minilm", "x"), EmbedResponse)
        assert_type(await client.list(), ListResponse)
        assert_type(await client.version(), VersionResponse)
        assert_type(await client.is_running(), bool)


def test_stream_flag_known_only_at_run_time_gives_the_union(fake: Fake) -> None:
    # A `bool` (not a literal) selects neither exact overload: the result is the union.
    flag: bool = len(HI) == 1
    with Client(fake.url) as client:
        result = client.chat("llama3.2", HI, stream=flag)
        assert_type(result, ChatResponse | Stream[ChatResponse])
        assert isinstance(result, Stream)
        assert isinstance(result, Iterator)  # usable with next() and anything that takes an iterator
        assert_type(
            client.generate("llama3.2", "hi", stream=not flag),
            GenerateResponse | Stream[GenerateResponse],
        )
        assert_type(client.pull("gemma3", stream=flag), ProgressResponse | Stream[ProgressResponse])
        assert_type(client.push("llama3.2", stream=flag), ProgressResponse | Stream[ProgressResponse])
        created = client.create("c", from_="llama3.2", stream=flag)
        assert_type(created, ProgressResponse | Stream[ProgressResponse])
        for value in (result, created):
            assert isinstance(value, Stream)
            list(value)


@pytest.mark.anyio
async def test_async_stream_flag_known_only_at_run_time_gives_the_union(fake: Fake) -> None:
    flag: bool = len(HI) == 0
    async with AsyncClient(fake.url) as client:
        result = await client.chat("llama3.2", HI, stream=flag)
        assert_type(result, ChatResponse | AsyncStream[ChatResponse])
        assert isinstance(result, ChatResponse)
        pulled = await client.pull("gemma3", stream=flag)
        assert_type(pulled, ProgressResponse | AsyncStream[ProgressResponse])
        assert isinstance(pulled, ProgressResponse)
