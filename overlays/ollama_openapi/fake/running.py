"""Loading models into (pretend) memory: ``keep_alive`` handling and ``GET /api/ps``."""

from __future__ import annotations

import time
from typing import Any

from .clock import format_timestamp, now_ns
from .context import FakeContext
from .durations import DEFAULT_KEEP_ALIVE_NS, keep_alive_ns
from .protocol import Body, JsonResponse, Request, Response
from .registry import ModelRecord
from .stream_failure import ConnectionCut

DEFAULT_CONTEXT_LENGTH = 4096


def requested_keep_alive(body: Body) -> int | None:
    """Keep-alive in ns from the request (default 5 minutes); ``None`` means forever.

    Raises a 400 ``ApiError`` on bad input.
    """
    if not body.has("keep_alive"):
        return DEFAULT_KEEP_ALIVE_NS
    return keep_alive_ns(body.get("keep_alive"))


def load_model(
    context: FakeContext, record: ModelRecord, keep_alive: int | None, options: dict[str, Any]
) -> int:
    """Mark ``record`` loaded for ``keep_alive`` (``0`` unloads it); the nanoseconds waited for it to load.

    A model that is not loaded takes the configured ``load_time`` to load (the requests that come
    meanwhile wait for the same load); a loaded one answers at once. Raises :class:`ConnectionCut`
    when the server stops during the load.
    """
    if keep_alive == 0:
        context.state.unload(record.name)
        return 0
    waited = 0
    load_time = context.config.load_time
    if load_time > 0:
        began = time.monotonic()
        if not context.sleeper.sleep_until(context.state.ready_at(record.name, load_time, began)):
            raise ConnectionCut  # the server stopped during the load
        waited = int((time.monotonic() - began) * 1e9)
    start = now_ns()
    expires = start + keep_alive if keep_alive is not None else start + 2**63 - 1
    num_ctx = options.get("num_ctx")
    context_length = (
        int(num_ctx)
        if isinstance(num_ctx, (int, float)) and not isinstance(num_ctx, bool) and num_ctx > 0
        else DEFAULT_CONTEXT_LENGTH
    )
    context.state.load(record, expires, min(context_length, record.profile.context_length))
    return waited


def ps(context: FakeContext, request: Request) -> Response:
    """``GET /api/ps``."""
    models = []
    for loaded in context.state.running():
        record = loaded.record
        models.append(
            {
                "name": record.name.display,
                "model": record.name.display,
                "size": record.size,
                "digest": record.digest,
                "details": {**record.details(), "parent_model": ""},
                "expires_at": format_timestamp(loaded.expires_at_ns),
                "size_vram": record.size,
                "context_length": loaded.context_length,
            }
        )
    return JsonResponse(200, {"models": models})
