"""Local files as blobs: streaming SHA-256 digests and chunked readers for constant-memory uploads."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

from .errors import InvalidArgumentError

__all__ = [
    "ASK_FIRST_ABOVE",
    "CHUNK_SIZE",
    "UploadProgress",
    "aiter_file",
    "bytes_digest",
    "file_digest",
    "iter_file",
    "local_file",
]

CHUNK_SIZE = 1024 * 1024

ASK_FIRST_ABOVE = 64 * 1024
"""``create_blob`` asks whether the server has a blob (``HEAD``) only when it is larger than this
many bytes. Sending a smaller one costs about what the extra round trip does, and Ollama keeps the
connection (Go's HTTP server drains up to 256 KiB of a body its handler left unread); a server
that has the blob answers the upload with 200."""

_DIGEST = re.compile(r"sha256[:-][0-9a-fA-F]{64}")


def is_digest(value: object) -> bool:
    """Whether `value` is a blob digest (``sha256:<64 hex digits>``) rather than a file path."""
    return isinstance(value, str) and _DIGEST.fullmatch(value) is not None


def local_file(path: str | os.PathLike[str]) -> Path:
    """`path` as a `Path` to an existing regular file (``~`` expanded); else `InvalidArgumentError`."""
    resolved = Path(path).expanduser()
    if not resolved.is_file():
        raise InvalidArgumentError(f"no such file: {str(resolved)!r}")
    return resolved


def file_digest(path: Path) -> str:
    """``sha256:<hex>`` of the file, read in chunks (constant memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
    return f"sha256:{digest.hexdigest()}"


def bytes_digest(data: bytes) -> str:
    """``sha256:<hex>`` of `data`."""
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


UploadProgress = Callable[[int, int], object]
"""Called as ``progress(bytes_read, total_bytes)`` after each chunk of an upload is read from disk."""


def iter_file(path: Path, progress: UploadProgress | None = None) -> Iterator[bytes]:
    """The file's bytes in chunks, for a streaming upload."""
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            yield chunk


async def aiter_file(path: Path, progress: UploadProgress | None = None) -> AsyncIterator[bytes]:
    """The file's bytes in chunks, read in a worker thread so the event loop never blocks on disk."""
    import asyncio  # here, so that the synchronous client never imports it

    total = path.stat().st_size
    done = 0
    handle = await asyncio.to_thread(path.open, "rb")
    try:
        while chunk := await asyncio.to_thread(handle.read, CHUNK_SIZE):
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            yield chunk
    finally:
        await asyncio.to_thread(handle.close)
