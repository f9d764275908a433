"""`create(..., files={...: Path}, stream=True)` uploads nothing before the first item is read."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ollama_openapi import AsyncClient, Client
from ollama_openapi.fake import FakeOllama


def _gguf(tmp_path: Path) -> Path:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"GGUF" + bytes(range(256)) * 4)
    return path


def test_sync_create_stream_uploads_on_first_item(tmp_path: Path) -> None:
    path = _gguf(tmp_path)
    with FakeOllama(strict=True) as server, Client(server.url) as client:
        stream = client.create("made", files={"model.gguf": path}, stream=True)
        assert not client.blob_exists(client_digest(path))
        statuses = [part.status for part in stream]
        assert statuses[-1] == "success"
        assert client.blob_exists(client_digest(path))
        assert "made:latest" in server.model_names()


def test_async_create_stream_uploads_on_first_item(tmp_path: Path) -> None:
    path = _gguf(tmp_path)

    async def scenario(url: str) -> list[str]:
        async with AsyncClient(url) as client:
            stream = await client.create("made", files={"model.gguf": path}, stream=True)
            assert not await client.blob_exists(client_digest(path))
            return [part.status async for part in stream]

    with FakeOllama(strict=True) as server:
        statuses = asyncio.run(scenario(server.url))
        assert statuses[-1] == "success"
        assert "made:latest" in server.model_names()


def client_digest(path: Path) -> str:
    from ollama_openapi.blobs import file_digest

    return file_digest(path)


def test_is_running_is_false_for_a_server_that_is_not_ollama() -> None:
    import http.server
    import threading

    class NotOllama(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            self.send_response(404)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotOllama)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with Client(f"http://127.0.0.1:{server.server_address[1]}") as client:
            assert client.is_running() is False
    finally:
        server.shutdown()
        server.server_close()
