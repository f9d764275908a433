"""Upload a Modelfile's local files as blobs, reporting progress as ``ProgressResponse``-like dicts.

The digest is computed first (so that the progress bars can be labelled with it), then
`Client.create_blob` uploads what the server lacks and reports the bytes sent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ollama_openapi.blobs import file_digest, local_file

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
    status = f"copying {file.name}"
    total = file.stat().st_size
    report({"status": status, "digest": digest, "total": total, "completed": 0})
    reported = -1

    def progress(done: int, size: int) -> None:
        nonlocal reported
        step = done * _PERCENT_STEPS // size if size else _PERCENT_STEPS
        if step > reported:
            reported = step
            report({"status": status, "digest": digest, "total": size, "completed": done})

    client.create_blob(file, digest=digest, progress=progress)
