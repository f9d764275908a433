"""One AsyncClient used under several event loops in turn (asyncio.run called more than once)."""

from __future__ import annotations

import asyncio
import warnings

import httpx

from ollama_openapi import AsyncClient
from ollama_openapi.errors import ModelNotFoundError

from .conftest import Fake

MESSAGES = [{"role": "user", "content": "Why is the sky blue?"}]


def test_one_client_serves_successive_asyncio_runs(fake: Fake) -> None:
    client = AsyncClient(fake.url)

    async def work() -> tuple[str, int]:
        version = (await client.version()).version
        chunks = [part async for part in await client.chat("llama3.2", MESSAGES, stream=True)]
        return str(version), len(chunks)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the pools of loops that are gone
        results = [asyncio.run(work()) for _ in range(3)]
        asyncio.run(client.aclose())
    assert len({version for version, _ in results}) == 1
    assert all(count > 1 for _, count in results)


def test_errors_stay_typed_under_a_new_loop(fake: Fake) -> None:
    client = AsyncClient(fake.url)

    async def missing() -> str:
        try:
            await client.show("no-such-model")
        except ModelNotFoundError as error:
            return error.error
        return "no error"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        first, second = asyncio.run(missing()), asyncio.run(missing())
    assert "not found" in first
    assert first == second


def test_a_new_loop_keeps_what_the_user_set_on_the_httpx_client(fake: Fake) -> None:
    client = AsyncClient(fake.url)
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.headers.get("x-trace", ""))

    client.httpx_client.event_hooks["request"].append(hook)
    client.httpx_client.headers["x-trace"] = "kept"

    async def version() -> None:
        await client.version()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        asyncio.run(version())
        first_pool = client.httpx_client
        asyncio.run(version())
    assert client.httpx_client is not first_pool
    assert seen == ["kept", "kept"]


def test_the_same_loop_keeps_one_pool(fake: Fake) -> None:
    async def run() -> bool:
        async with AsyncClient(fake.url) as client:
            await client.version()
            pool = client.httpx_client
            await client.version()
            return client.httpx_client is pool

    assert asyncio.run(run())


def test_pools_of_closed_loops_are_forgotten(fake: Fake) -> None:
    client = AsyncClient(fake.url)

    async def version() -> None:
        await client.version()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        for _ in range(5):
            asyncio.run(version())
    assert len(client._pool._by_loop) == 1  # only the last loop's, until another loop comes
