"""One adapter per benchmarked client, all doing the same work the same way.

Each adapter consumes what a real caller would: every streamed chunk's text (``message.content``,
``response`` or ``status``), the parsed answer of small requests, the embedding vectors. A method
that a client does not offer raises `Unsupported`. Client libraries are imported inside the
adapters, so this module imports in any virtual environment (the seed library's included).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["ADAPTERS", "CHUNK_SIZE", "MESSAGES", "Adapter", "Unsupported", "make_adapter", "model_for"]

CHUNK_SIZE = 1024 * 1024
"""Read size of the raw httpx upload (the same as ours)."""
MESSAGES = [{"role": "user", "content": "Why is the sky blue?"}]
PROMPT = "Why is the sky blue?"
TEXTS = [f"document number {index}" for index in range(64)]


class Unsupported(Exception):
    """The client has no such call."""


def model_for(count: int) -> str:
    """The model name that makes the bench server stream `count` lines."""
    return f"bench-{count}"


class Adapter:
    """The calls a benchmark makes; subclasses implement what their client offers."""

    name = ""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def stream(self, kind: str, count: int) -> int:
        """Consume a ``chat``, ``generate``, ``pull`` or ``openai_chat`` (``/v1/chat/completions``)
        stream; return the number of chunks."""
        raise Unsupported

    def show(self) -> None:
        raise Unsupported

    def version(self) -> None:
        raise Unsupported

    def embed(self) -> int:
        """Embed 64 texts; return the number of floats received."""
        raise Unsupported

    def upload(self, path: Path) -> None:
        """Hash `path`, upload it as a blob and create a model from it."""
        raise Unsupported

    async def achat_many(self, streams: int, count: int) -> int:
        """Run `streams` concurrent chat streams of `count` chunks with the async client."""
        raise Unsupported

    def close(self) -> None:
        pass


class Ours(Adapter):
    """``ollama_openapi.Client`` / ``AsyncClient``."""

    name = "ours"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        from ollama_openapi import Client

        self.client: Any = Client(base_url)

    def stream(self, kind: str, count: int) -> int:
        client = self.client
        model = model_for(count)
        chunks = 0
        size = 0
        if kind == "chat":
            for part in client.chat(model, MESSAGES, stream=True):
                size += len(part.message.content)
                chunks += 1
        elif kind == "generate":
            for part in client.generate(model, PROMPT, stream=True):
                size += len(part.response)
                chunks += 1
        elif kind == "openai_chat":
            for event in client.openai.chat_completions(model, MESSAGES, stream=True):
                size += len(event.choices[0].delta.content or "")
                chunks += 1
        else:
            for part in client.pull(model, stream=True):
                size += len(part.status)
                chunks += 1
        return chunks

    def show(self) -> None:
        assert self.client.show("bench-1").template

    def version(self) -> None:
        assert self.client.version().version

    def embed(self) -> int:
        return sum(map(len, self.client.embed("bench-1", TEXTS).embeddings))

    def upload(self, path: Path) -> None:
        self.client.create("bench-upload", files={"model.gguf": path})

    async def achat_many(self, streams: int, count: int) -> int:
        import asyncio

        from ollama_openapi import AsyncClient

        async with AsyncClient(self.base_url) as client:

            async def one() -> int:
                chunks = 0
                async for part in await client.chat(model_for(count), MESSAGES, stream=True):
                    chunks += len(part.message.content or "") >= 0
                return chunks

            return sum(await asyncio.gather(*(one() for _ in range(streams))))

    def close(self) -> None:
        self.client.close()


class Official(Adapter):
    """The official ``ollama`` package (pydantic models); it has no ``version`` call."""

    name = "official"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import ollama

        self.client: Any = ollama.Client(host=base_url)

    def stream(self, kind: str, count: int) -> int:
        if kind == "openai_chat":
            raise Unsupported  # the official client has no /v1 calls
        client = self.client
        model = model_for(count)
        chunks = 0
        size = 0
        if kind == "chat":
            for part in client.chat(model, MESSAGES, stream=True):
                size += len(part.message.content or "")
                chunks += 1
        elif kind == "generate":
            for part in client.generate(model, PROMPT, stream=True):
                size += len(part.response)
                chunks += 1
        else:
            for part in client.pull(model, stream=True):
                size += len(part.status or "")
                chunks += 1
        return chunks

    def show(self) -> None:
        assert self.client.show("bench-1").template

    def embed(self) -> int:
        return sum(map(len, self.client.embed("bench-1", TEXTS).embeddings))

    def upload(self, path: Path) -> None:
        digest = self.client.create_blob(path)
        self.client.create("bench-upload", files={"model.gguf": digest})

    async def achat_many(self, streams: int, count: int) -> int:
        import asyncio

        import ollama

        client = ollama.AsyncClient(host=self.base_url)

        async def one() -> int:
            chunks = 0
            async for part in await client.chat(model_for(count), MESSAGES, stream=True):
                chunks += len(part.message.content or "") >= 0
            return chunks

        try:
            return sum(await asyncio.gather(*(one() for _ in range(streams))))
        finally:
            await client._client.aclose()

    def close(self) -> None:
        self.client._client.close()


def _iter_events(response: Any) -> Iterator[Any]:
    """The JSON documents of a ``data:``-only Server-Sent Events body, until ``data: [DONE]``."""
    for line in response.iter_lines():
        if line.startswith("data: "):
            data = line[6:]
            if data == "[DONE]":
                return
            yield json.loads(data)


def _iter_lines(response: Any) -> Iterator[Any]:
    """The floor of NDJSON decoding: raw bytes, split on newlines, ``json.loads`` each line."""
    pending = b""
    loads = json.loads
    for chunk in response.iter_raw():
        lines = (pending + chunk if pending else chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            if line:
                yield loads(line)
    if pending.strip():
        yield loads(pending)


class RawHttpx(Adapter):
    """httpx with ``json.loads``: the floor for any httpx-based client (no models, no checks)."""

    name = "raw-httpx"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import httpx

        self.httpx = httpx
        self.client = httpx.Client(base_url=base_url, timeout=httpx.Timeout(None, connect=10.0))

    def stream(self, kind: str, count: int) -> int:
        model = model_for(count)
        chunks = 0
        size = 0
        if kind == "chat":
            body: dict[str, Any] = {"model": model, "messages": MESSAGES, "stream": True}
            with self.client.stream("POST", "/api/chat", json=body) as response:
                for part in _iter_lines(response):
                    size += len(part["message"]["content"])
                    chunks += 1
        elif kind == "generate":
            body = {"model": model, "prompt": PROMPT, "stream": True}
            with self.client.stream("POST", "/api/generate", json=body) as response:
                for part in _iter_lines(response):
                    size += len(part["response"])
                    chunks += 1
        elif kind == "openai_chat":
            body = {"model": model, "messages": MESSAGES, "stream": True}
            with self.client.stream("POST", "/v1/chat/completions", json=body) as response:
                for part in _iter_events(response):
                    size += len(part["choices"][0]["delta"].get("content") or "")
                    chunks += 1
        else:
            with self.client.stream("POST", "/api/pull", json={"model": model, "stream": True}) as response:
                for part in _iter_lines(response):
                    size += len(part["status"])
                    chunks += 1
        return chunks

    def show(self) -> None:
        assert json.loads(self.client.post("/api/show", json={"model": "bench-1"}).content)["template"]

    def version(self) -> None:
        assert json.loads(self.client.get("/api/version").content)["version"]

    def embed(self) -> int:
        response = self.client.post("/api/embed", json={"model": "bench-1", "input": TEXTS})
        return sum(map(len, json.loads(response.content)["embeddings"]))

    def upload(self, path: Path) -> None:
        digest = _digest_of(path)

        def chunks() -> Iterator[bytes]:
            with path.open("rb") as handle:
                while chunk := handle.read(CHUNK_SIZE):
                    yield chunk

        self.client.post(f"/api/blobs/{digest}", content=chunks()).raise_for_status()
        body = {"model": "bench-upload", "files": {"model.gguf": digest}, "stream": False}
        self.client.post("/api/create", json=body).raise_for_status()

    async def achat_many(self, streams: int, count: int) -> int:
        import asyncio

        httpx = self.httpx
        body = {"model": model_for(count), "messages": MESSAGES, "stream": True}
        async with httpx.AsyncClient(
            base_url=self.base_url, timeout=httpx.Timeout(None, connect=10.0)
        ) as client:

            async def one() -> int:
                chunks = 0
                pending = b""
                loads = json.loads
                async with client.stream("POST", "/api/chat", json=body) as response:
                    async for chunk in response.aiter_raw():
                        lines = (pending + chunk if pending else chunk).split(b"\n")
                        pending = lines.pop()
                        for line in lines:
                            if line:
                                chunks += len(loads(line)["message"]["content"]) >= 0
                return chunks

            return sum(await asyncio.gather(*(one() for _ in range(streams))))

    def close(self) -> None:
        self.client.close()


class Seed(Adapter):
    """The seed library, ``ollama-python`` 0.1.2 (plain dicts; no embed, version or async version check)."""

    name = "seed-0.1.2"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import ollama

        self.ollama: Any = ollama
        self.client: Any = ollama.Client(base_url)

    def stream(self, kind: str, count: int) -> int:
        if kind == "openai_chat":
            raise Unsupported  # ollama-python 0.1.2 has no /v1 calls
        client = self.client
        model = model_for(count)
        chunks = 0
        size = 0
        if kind == "chat":
            for part in client.chat(model, MESSAGES, stream=True):
                size += len(part["message"]["content"])
                chunks += 1
        elif kind == "generate":
            for part in client.generate(model, PROMPT, stream=True):
                size += len(part["response"])
                chunks += 1
        else:
            for part in client.pull(model, stream=True):
                size += len(part["status"])
                chunks += 1
        return chunks

    def show(self) -> None:
        assert self.client.show("bench-1")["template"]

    def upload(self, path: Path) -> None:
        self.client.create("bench-upload", modelfile=f"FROM {path}\n")

    async def achat_many(self, streams: int, count: int) -> int:
        import asyncio

        client = self.ollama.AsyncClient(self.base_url)

        async def one() -> int:
            chunks = 0
            async for part in await client.chat(model_for(count), MESSAGES, stream=True):
                chunks += len(part["message"]["content"]) >= 0
            return chunks

        try:
            return sum(await asyncio.gather(*(one() for _ in range(streams))))
        finally:
            await client._client.aclose()

    def close(self) -> None:
        self.client._client.close()


def _digest_of(path: Path) -> str:
    """``sha256:<hex>`` of the file, read in `CHUNK_SIZE` pieces."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
    return f"sha256:{digest.hexdigest()}"


class OpenAISDK(Adapter):
    """The official ``openai`` SDK on Ollama's ``/v1`` routes (only the OpenAI-compatible case)."""

    name = "openai-sdk"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import openai

        self.client: Any = openai.OpenAI(base_url=f"{base_url}/v1", api_key="ollama", max_retries=0)

    def stream(self, kind: str, count: int) -> int:
        if kind != "openai_chat":
            raise Unsupported
        chunks = 0
        size = 0
        events = self.client.chat.completions.create(model=model_for(count), messages=MESSAGES, stream=True)
        for event in events:
            size += len(event.choices[0].delta.content or "")
            chunks += 1
        return chunks

    def close(self) -> None:
        self.client.close()


ADAPTERS: dict[str, type[Adapter]] = {cls.name: cls for cls in (Ours, Official, RawHttpx, Seed, OpenAISDK)}


def make_adapter(name: str, base_url: str) -> Adapter:
    """The adapter called `name` (``ours``, ``official``, ``raw-httpx``, ``seed-0.1.2``, ``openai-sdk``)."""
    return ADAPTERS[name](base_url)
