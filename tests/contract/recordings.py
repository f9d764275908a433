"""Load the recorded real Ollama responses in ``tests/data/recorded`` (see its SOURCES.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RECORDED_DIR = Path(__file__).resolve().parent.parent / "data" / "recorded"


@dataclass(frozen=True)
class Recording:
    """One recorded response body, with its request body when the recording has one."""

    file: str
    endpoint: str
    http_status: int
    content_type: str | None
    request_file: str | None

    @property
    def path(self) -> str:
        """The URL path, e.g. ``/api/chat`` for endpoint ``api_chat``."""
        return "/" + self.endpoint.replace("_", "/", 1)

    @property
    def method(self) -> str:
        """The HTTP method of the endpoint."""
        return {"/api/tags": "GET", "/api/ps": "GET", "/api/version": "GET"}.get(self.path, "POST")

    @property
    def is_stream(self) -> bool:
        return self.file.endswith(".ndjson")

    def body(self) -> bytes:
        return (RECORDED_DIR / self.file).read_bytes()

    def documents(self) -> list[Any]:
        """The JSON documents of the body: one, or one per NDJSON line."""
        if self.is_stream:
            return [json.loads(line) for line in self.body().splitlines() if line.strip()]
        return [json.loads(self.body())]

    def request(self) -> Any:
        assert self.request_file is not None
        return json.loads((RECORDED_DIR / self.request_file).read_bytes())


def load_recordings() -> list[Recording]:
    """Every recording listed in the manifest, in manifest order."""
    manifest = json.loads((RECORDED_DIR / "manifest.json").read_text(encoding="utf-8"))
    return [
        Recording(
            file=entry["file"],
            endpoint=entry["endpoint"],
            http_status=entry["http_status"],
            content_type=entry["content_type"],
            request_file=entry.get("request_file"),
        )
        for entry in manifest
    ]
