"""`create_blob(path, digest=..., progress=...)`: byte progress while uploading, none when known."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from ollama_openapi import AsyncClient, BadRequestError, Client
from ollama_openapi.blobs import CHUNK_SIZE, file_digest
from ollama_openapi.fake import FakeOllama


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "weights.gguf"
    path.write_bytes(b"GGUF" + bytes(range(256)) * (CHUNK_SIZE // 256) * 2 + b"tail")
    return path


def test_progress_reports_every_chunk_then_nothing_for_a_known_blob(big_file: Path) -> None:
    size = big_file.stat().st_size
    seen: list[tuple[int, int]] = []
    with FakeOllama(strict=True) as server, Client(server.url) as client:
        digest = client.create_blob(big_file, progress=lambda done, total: seen.append((done, total)))
        assert digest == file_digest(big_file)
        assert seen[-1] == (size, size)
        assert [done for done, _ in seen] == sorted(done for done, _ in seen)
        assert len(seen) == -(-size // CHUNK_SIZE)
        seen.clear()
        assert client.create_blob(big_file, progress=lambda done, total: seen.append((done, total))) == digest
        assert seen == []


def test_async_progress_and_a_given_digest(big_file: Path) -> None:
    size = big_file.stat().st_size
    seen: list[int] = []

    async def scenario(url: str) -> str:
        async with AsyncClient(url) as client:
            return await client.create_blob(
                big_file, digest=file_digest(big_file), progress=lambda done, total: seen.append(done)
            )

    with FakeOllama(strict=True) as server:
        assert asyncio.run(scenario(server.url)) == file_digest(big_file)
    assert seen[-1] == size


def test_a_wrong_given_digest_is_rejected_by_the_server(big_file: Path) -> None:
    with (
        FakeOllama(strict=True) as server,
        Client(server.url) as client,
        pytest.raises(BadRequestError, match="digest mismatch"),
    ):
        client.create_blob(big_file, digest="sha256:" + "0" * 64)
