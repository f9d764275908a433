"""Run one client operation, sync or async, and capture what came out: a value or an exception.

Every fault test goes through :func:`run`, so that each case is checked the same way for both clients:
the outcome is a parsed answer or the client's own typed error, within a bounded time.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from ollama_openapi import AsyncClient, Client

__all__ = ["MODES", "OPERATIONS", "Mode", "Outcome", "run"]

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

_MESSAGES = [{"role": "user", "content": "hi"}]

# name -> (method name, positional arguments, keyword arguments); stream=True operations are drained.
OPERATIONS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "chat": ("chat", ("m", _MESSAGES), {}),
    "chat_stream": ("chat", ("m", _MESSAGES), {"stream": True}),
    "generate": ("generate", ("m", "hi"), {}),
    "generate_stream": ("generate", ("m", "hi"), {"stream": True}),
    "pull_stream": ("pull", ("m",), {"stream": True}),
    "show": ("show", ("m",), {}),
    "list": ("list", (), {}),
    "ps": ("ps", (), {}),
    "version": ("version", (), {}),
    "embed": ("embed", ("m", "hi"), {}),
}


# Loading the CA bundle costs ~30 ms per client; one default (verifying) context serves every test client.
_TLS_CONTEXT = ssl.create_default_context()


@dataclass
class Outcome:
    """What an operation produced: ``value`` (chunks, for streams) or ``error``, and how long it took."""

    value: Any = None
    error: BaseException | None = None
    elapsed: float = 0.0
    chunks: int = 0
    """Streamed items received before an error (or in total)."""

    def raised(self) -> BaseException:
        assert self.error is not None, f"expected an error, got {self.value!r}"
        return self.error


async def run(
    mode: Mode,
    host: str,
    operation: str,
    *,
    timeout: float | httpx.Timeout | None = 10.0,
    max_retries: int = 0,
    call: Callable[[Any], Any] | None = None,
    **client_options: Any,
) -> Outcome:
    """Create a client for ``host``, perform ``operation`` (or ``call(client)``), close the client."""
    name, args, kwargs = OPERATIONS.get(operation, ("", (), {}))
    client_options.setdefault("verify", _TLS_CONTEXT)
    started = time.monotonic()
    outcome = Outcome()
    items: list[Any] = []
    try:
        if mode == "sync":
            with Client(host, timeout=timeout, max_retries=max_retries, **client_options) as client:
                result = call(client) if call else getattr(client, name)(*args, **kwargs)
                if kwargs.get("stream"):
                    for item in result:
                        items.append(item)
                    result = items
                outcome.value = result
        else:
            aclient = AsyncClient(host, timeout=timeout, max_retries=max_retries, **client_options)
            async with aclient:
                result = await (call(aclient) if call else getattr(aclient, name)(*args, **kwargs))
                if kwargs.get("stream"):
                    async for item in result:
                        items.append(item)
                    result = items
                outcome.value = result
    except Exception as exc:  # the point: capture whatever escapes, typed or not
        outcome.error = exc
    outcome.chunks = len(items)
    outcome.elapsed = time.monotonic() - started
    return outcome
