"""Upload a Modelfile's local files as blobs, reporting progress as ``ProgressResponse``-like dicts.

`Client.create_blob` uploads without telling how far it got, so for multi-gigabyte GGUF files the
CLI sends the same request itself (``HEAD`` then ``POST /api/blobs/<digest>`` through the client's
transport, with its error mapping and retries) while counting the bytes read from disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ollama_openapi import _calls
from ollama_openapi._blobs import CHUNK_SIZE, file_digest, local_file
from ollama_openapi_generated.types import UNSET

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["ProgressCallback", "upload_files"]

ProgressCallback = Callable[[dict[str, Any]], None]
_PERCENT_STEPS = 100


def upload_files(client: Client, paths: list[Path], report: ProgressCallback) -> dict[Path, str]:
    """Upload each file the server does not have yet; return the ``sha256:`` digest of each path."""
    digests: dict[Path, str] = {}
    for path in paths:
        file = local_file(path)
        report({"status": f"hashing {file.name}"})
        digest = file_digest(file)
        if client.blob_exists(digest):
            report({"status": f"using existing blob {digest.removeprefix('sha256:')[:12]} for {file.name}"})
        else:
            _upload(client, file, digest, report)
        digests[path] = digest
    return digests


def _upload(client: Client, file: Path, digest: str, report: ProgressCallback) -> None:
    total = file.stat().st_size
    status = f"copying {file.name}"

    def chunks() -> Iterator[bytes]:
        done = 0
        reported = -1
        report({"status": status, "digest": digest, "total": total, "completed": 0})
        with file.open("rb") as handle:
            while chunk := handle.read(CHUNK_SIZE):
                done += len(chunk)
                step = done * _PERCENT_STEPS // total if total else _PERCENT_STEPS
                if step > reported:
                    reported = step
                    report({"status": status, "digest": digest, "total": total, "completed": done})
                yield chunk

    client._transport.request(_calls.blob("create_blob", digest, chunks, UNSET))
