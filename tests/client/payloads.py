"""Answer documents for scripted servers: minimal but valid against the spec's response schemas."""

from __future__ import annotations

from typing import Any

from .scripted_server import Reply, json_reply, ndjson

CREATED_AT = "2025-01-01T00:00:00Z"
USER_HI = [{"role": "user", "content": "hi"}]


def chat_chunk(content: str, done: bool = False, **extra: Any) -> dict[str, Any]:
    """One line of a chat stream (or a whole non-streamed chat answer)."""
    message = {"role": "assistant", "content": content}
    return {"model": "m", "created_at": CREATED_AT, "message": message, "done": done, **extra}


def generate_chunk(text: str, done: bool = False) -> dict[str, Any]:
    """One line of a generate stream."""
    return {"model": "m", "created_at": CREATED_AT, "response": text, "done": done}


def progress(status: str, **extra: Any) -> dict[str, Any]:
    """One line of a pull/push/create stream."""
    return {"status": status, **extra}


def chat_reply(content: str = "ok") -> Reply:
    """A non-streamed chat answer."""
    return json_reply(chat_chunk(content, done=True))


def generate_reply(text: str = "ok") -> Reply:
    """A non-streamed generate answer."""
    return json_reply(generate_chunk(text, done=True))


def version_reply(version: str = "0.9.0") -> Reply:
    """A /api/version answer."""
    return json_reply({"version": version})


def chat_stream(*contents: str, **reply: Any) -> Reply:
    """A chunked chat stream of `contents`, then the final ``done`` line."""
    lines = ndjson(*(chat_chunk(text) for text in contents), chat_chunk("", done=True))
    return Reply(200, lines, content_type="application/x-ndjson", framing="chunked", **reply)
