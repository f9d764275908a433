"""Server-Sent Events framing for the fake's ``/v1`` routes.

Ollama writes every event as ``data: <json>`` (chat completions, completions) or ``event: <name>`` plus
``data: <json>`` (Responses, Anthropic), each followed by a blank line, flushed one by one. The HTTP
layer writes each item of a `StreamResponse` followed by a newline, so an item here is an event
without the newline of its closing blank line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .protocol import StreamResponse, encode

__all__ = ["DONE_EVENT", "SSE_CONTENT_TYPE", "data_event", "named_event", "sse_response"]

SSE_CONTENT_TYPE = "text/event-stream"

DONE_EVENT = b"data: [DONE]\n"
"""The end of a complete chat completions or completions stream."""


def data_event(document: Any) -> bytes:
    """A ``data:``-only event holding `document` (Go struct order: keys as given)."""
    return b"data: " + encode(document) + b"\n"


def named_event(name: str, document: Any, *, sort_keys: bool = False) -> bytes:
    """An ``event: <name>`` event holding `document`; `sort_keys` for payloads Go builds from maps,
    which it writes with their keys sorted."""
    if sort_keys:
        data = json.dumps(document, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()
    else:
        data = encode(document)
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n"


def sse_response(events: Iterator[bytes], headers: dict[str, str] | None = None) -> StreamResponse:
    """A 200 event stream (`headers` besides ``Content-Type``)."""
    return StreamResponse(events, SSE_CONTENT_TYPE, dict(headers or {}))
