"""`create` with local files: hashed, uploaded only when missing, streamed from disk, digests kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ollama_openapi.blobs import ASK_FIRST_ABOVE

from .conftest import Fake
from .payloads import progress
from .scripted_server import Recorded, Reply, ScriptedServer, ndjson
from .twins import Api, make_client, set_retry

pytestmark = pytest.mark.timeout(60)


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@pytest.fixture
def weights(tmp_path: Path) -> Path:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"GGUF" + bytes(range(256)) * 4096)  # 1 MiB + 4 bytes: more than one read chunk
    return path


@pytest.fixture
def adapter(tmp_path: Path) -> Path:
    path = tmp_path / "adapter.gguf"
    path.write_bytes(b"GGUF" + b"lora" * 100)
    return path


def _wire(fake: Fake, since: int = 0) -> list[str]:
    """The fake's requests from log line `since` on, as ``METHOD path status``."""
    wire = []
    for line in fake.log_lines[since:]:
        _, request, answer = line.split('"', 2)
        wire.append(f"{request.rsplit(' ', 1)[0]} {answer.split()[0]}")
    return wire


def test_create_uploads_missing_files_once(client: Api, fake: Fake, weights: Path, adapter: Path) -> None:
    big, small = _digest(weights.read_bytes()), _digest(adapter.read_bytes())
    first = client.create("first", files={"model.gguf": weights}, adapters={"adapter.gguf": adapter})
    assert first.status == "success"
    assert _wire(fake) == [
        f"HEAD /api/blobs/{big} 404",
        f"POST /api/blobs/{big} 201",
        f"POST /api/blobs/{small} 201",  # 64 KiB or less: sent without asking first
        "POST /api/create 200",
    ]

    # Same files again: the server has them; the large one is not sent again, the small one is
    # answered 200 (already there) without being stored twice.
    before = len(fake.log_lines)
    second = client.create("second", files={"model.gguf": str(weights)}, adapters={"adapter.gguf": adapter})
    assert second.status == "success"
    assert _wire(fake, before) == [
        f"HEAD /api/blobs/{big} 200",
        f"POST /api/blobs/{small} 200",
        "POST /api/create 200",
    ]
    assert {"first:latest", "second:latest"} <= set(fake.model_names())


def test_blob_requests_precede_create_and_name_the_digest(client: Api, fake: Fake, weights: Path) -> None:
    digest = _digest(weights.read_bytes())
    client.create("mine", files={"model.gguf": weights})
    paths = [line.split('"')[1] for line in fake.log_lines]
    assert paths == [
        f"HEAD /api/blobs/{digest} HTTP/1.1",
        f"POST /api/blobs/{digest} HTTP/1.1",
        "POST /api/create HTTP/1.1",
    ]


def test_digest_strings_pass_through(client: Api, fake: Fake, weights: Path) -> None:
    digest = client.create_blob(weights)
    before = len(fake.log_lines)
    assert client.create("by-digest", files={"model.gguf": digest}).status == "success"
    assert [line.split('"')[1] for line in fake.log_lines[before:]] == ["POST /api/create HTTP/1.1"]


def _uploads(received: list[Recorded]) -> list[Recorded]:
    return [item for item in received if item.method == "POST" and item.path.startswith("/api/blobs/")]


def _blob_server(received: list[Recorded], *, fail_first_upload: bool = False) -> ScriptedServer:
    def answer(request: Recorded) -> Reply:
        received.append(request)
        if request.method == "HEAD":
            return Reply(404, b'{"error":"not found"}')
        if request.path.startswith("/api/blobs/"):
            uploads = [
                item for item in received if item.method == "POST" and item.path.startswith("/api/blobs")
            ]
            if fail_first_upload and len(uploads) == 1:
                return Reply(503, b'{"error":"busy"}')
            return Reply(201, b"", content_type=None)
        if request.json().get("stream") is False:
            return Reply(200, ndjson(progress("success"))[0])
        lines = ndjson(progress("using existing layer"), progress("success"))
        return Reply(200, lines, content_type="application/x-ndjson", framing="chunked")

    return ScriptedServer(answer)


def test_upload_streams_the_file_and_create_names_its_digest(kind: str, weights: Path) -> None:
    data = weights.read_bytes()
    received: list[Recorded] = []
    with _blob_server(received) as server, make_client(kind, server.url) as api:
        result = api.create("mine", files={"model.gguf": weights}, quantize="q4_K_M")
    assert result.status == "success"
    head, upload, create = received
    assert head.method == "HEAD"
    assert head.path == f"/api/blobs/{_digest(data)}"
    assert upload.path == f"/api/blobs/{_digest(data)}"
    # Streamed from disk with its size announced (no chunked framing); constant memory is proven by
    # tests/faults/test_blob_upload.py on a 1 GiB file.
    assert upload.headers["content-length"] == str(len(data))
    assert "transfer-encoding" not in upload.headers
    assert upload.headers["content-type"] == "application/octet-stream"
    assert upload.body == data
    assert create.json() == {
        "model": "mine",
        "files": {"model.gguf": _digest(data)},
        "quantize": "q4_K_M",
        "stream": False,
    }


def test_a_retried_upload_resends_the_whole_file(kind: str, weights: Path) -> None:
    received: list[Recorded] = []
    with _blob_server(received, fail_first_upload=True) as server, make_client(kind, server.url) as api:
        set_retry(api, base_delay=0.001)
        api.create("mine", files={"model.gguf": weights})
    uploads = _uploads(received)
    assert len(uploads) == 2
    assert uploads[1].body == weights.read_bytes()


def test_create_blob_skips_known_blobs(client: Api, fake: Fake, weights: Path) -> None:
    digest = client.create_blob(weights)
    assert digest == _digest(weights.read_bytes())
    assert client.create_blob(weights) == digest
    assert _wire(fake) == [
        f"HEAD /api/blobs/{digest} 404",
        f"POST /api/blobs/{digest} 201",
        f"HEAD /api/blobs/{digest} 200",
    ]
    assert client.blob_exists(digest) is True
    assert client.blob_exists(_digest(b"something else")) is False


@pytest.mark.parametrize("size", [0, 1, ASK_FIRST_ABOVE])
def test_a_small_blob_is_sent_without_asking_first(
    client: Api, fake: Fake, tmp_path: Path, size: int
) -> None:
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    path = tmp_path / "small.bin"
    path.write_bytes(data)
    digest = _digest(data)
    # As the official client: one POST, the digest back; the server answers 200 when it has the blob.
    assert client.create_blob(path) == digest
    assert client.create_blob(data) == digest
    assert _wire(fake) == [f"POST /api/blobs/{digest} 201", f"POST /api/blobs/{digest} 200"]
    assert client.with_raw_response.create_blob(path).status_code == 200


def _probe_failing_server(received: list[Recorded], status: int) -> ScriptedServer:
    """Answers HEAD on a blob with `status` (a proxy or server that cannot say), uploads with 201."""

    def answer(request: Recorded) -> Reply:
        received.append(request)
        if request.method == "HEAD":
            return Reply(status, b"", content_type=None)
        return Reply(201, b"", content_type=None)

    return ScriptedServer(answer)


@pytest.mark.parametrize("status", [400, 403, 405, 500, 501])
def test_a_head_that_cannot_answer_does_not_stop_the_upload(kind: str, weights: Path, status: int) -> None:
    data = weights.read_bytes()
    received: list[Recorded] = []
    with _probe_failing_server(received, status) as server, make_client(kind, server.url) as api:
        assert api.create_blob(weights) == _digest(data)
    assert [(item.method, item.path) for item in received] == [
        ("HEAD", f"/api/blobs/{_digest(data)}"),
        ("POST", f"/api/blobs/{_digest(data)}"),
    ]
    assert received[1].body == data


def test_streamed_create_after_upload(kind: str, weights: Path) -> None:
    received: list[Recorded] = []
    with _blob_server(received) as server, make_client(kind, server.url) as api:
        statuses = [update.status for update in api.create("mine", files={"m.gguf": weights}, stream=True)]
    assert statuses == ["using existing layer", "success"]
    assert [item.method for item in received] == ["HEAD", "POST", "POST"]
    assert received[2].json()["stream"] is True
