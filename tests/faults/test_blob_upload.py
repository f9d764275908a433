"""Large blob uploads run in constant memory, and a rejected upload stops `create` before it is sent.

The 1 GiB upload runs in a child process (sync and async clients, in parallel) against the fake server
in this process, so the child's peak RSS (``VmHWM``) measures the client alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from ollama_openapi.blobs import ASK_FIRST_ABOVE
from ollama_openapi.errors import BadRequestError
from ollama_openapi.fake import FakeOllama

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, json_response, response

pytestmark = [pytest.mark.anyio]

GIB = 1 << 30
PEAK_GROWTH_LIMIT = 64 * 1024 * 1024

_CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    from ollama_openapi import AsyncClient, Client
    from pathlib import Path

    def peak() -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        raise SystemExit("no VmHWM")

    url, mode, big, small = sys.argv[1:5]

    async def upload_async() -> tuple[int, str]:
        async with AsyncClient(url, timeout=120, max_retries=0) as client:
            await client.create_blob(small)  # warm-up: imports, pool, TLS context, event loop
            before = peak()
            return before, await client.create_blob(big)

    if mode == "sync":
        with Client(url, timeout=120, max_retries=0) as client:
            client.create_blob(small)
            before = peak()
            digest = client.create_blob(big)
    else:
        before, digest = asyncio.run(upload_async())
    print(json.dumps({"before": before, "after": peak(), "digest": digest}))
    """
)


@pytest.mark.timeout(300)
def test_one_gib_sparse_blob_uploads_in_constant_memory(tmp_path: Path) -> None:
    big = tmp_path / "model.gguf"
    with big.open("wb") as handle:
        handle.truncate(GIB)  # sparse: no disk space used, reads as zeros
    small = tmp_path / "small.bin"
    small.write_bytes(b"warm-up")
    with FakeOllama() as server:
        children = {
            mode: subprocess.Popen(
                [sys.executable, "-c", _CHILD, server.url, mode, str(big), str(small)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for mode in MODES
        }
        results = {}
        for mode, child in children.items():
            out, err = child.communicate(timeout=240)
            assert child.returncode == 0, err
            results[mode] = json.loads(out)
        for mode, result in results.items():
            growth = result["after"] - result["before"]
            print(f"\n{mode}: peak RSS growth uploading 1 GiB: {growth / 2**20:.1f} MiB")
            assert growth < PEAK_GROWTH_LIMIT, (mode, growth)
            digest = result["digest"]
            assert digest == results["sync"]["digest"]
            blob = server.context.state.get_blob(digest)
            assert blob is not None, "the fake did not store the blob (digest checked by the server)"
            assert blob.size == GIB


def _mismatch_server(conn: Conn, request: RawRequest) -> None:
    """Ollama's answers when the uploaded bytes do not hash to the digest in the URL."""
    if request.method == "HEAD":
        conn.send(response(404, b""))
    elif request.target.startswith("/api/blobs/"):
        conn.send(json_response(400, {"error": "digest mismatch, file must be downloaded again"}))
    else:
        conn.send(json_response(200, {"status": "success"}))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", MODES)
async def test_digest_mismatch_is_reported_before_create(
    serve: Callable[..., ScriptedServer], mode: Mode, tmp_path: Path
) -> None:
    weights = tmp_path / "weights.gguf"
    weights.write_bytes(b"GGUF" + bytes(ASK_FIRST_ABOVE))  # large enough to be asked about first
    server = serve(_mismatch_server)
    files = {"weights.gguf": weights}
    outcome = await run(
        mode,
        server.url,
        "",
        call=(lambda client: client.create("mine", files=files)),
    )
    error = outcome.raised()
    assert isinstance(error, BadRequestError)
    assert "digest mismatch" in str(error)
    targets = [(request.method, request.target.split("/")[2]) for request in server.requests]
    assert targets == [("HEAD", "blobs"), ("POST", "blobs")]  # /api/create was never sent
    assert server.requests[1].body_size == weights.stat().st_size
