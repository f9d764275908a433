"""Run one test body against both clients: `Client` directly, `AsyncClient` through a blocking bridge.

`AsyncBridge` owns a private event loop and runs every coroutine of a real `AsyncClient` on it, turning
async stream iterators into blocking ones (each ``next`` awaits ``__anext__``; closing the iterator
awaits ``aclose``). So a test written once exercises the async code path for real: the same httpx
AsyncClient, the same pool, the same awaits, only driven from synchronous test code.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any

from ollama_openapi import AsyncClient, Client
from ollama_openapi._http.retry import RetryPolicy

__all__ = ["Api", "AsyncBridge", "make_client", "set_retry"]


class AsyncBridge:
    """A blocking facade over an `AsyncClient`, method for method."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self.inner: AsyncClient = self._loop.run_until_complete(_construct(args, kwargs))

    def __repr__(self) -> str:
        return repr(self.inner)

    def run(self, awaitable: Any) -> Any:
        """Run a coroutine on the bridge's loop."""
        return self._loop.run_until_complete(awaitable)

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.inner, name)
        if getattr(attribute, "_client", None) is self.inner:
            return _Namespace(self, attribute)  # client.openai, client.anthropic
        return _blocking(self, attribute)

    def close(self) -> None:
        """Close the async client and the loop."""
        if self._loop.is_closed():
            return
        self.run(self.inner.aclose())
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    def __enter__(self) -> AsyncBridge:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _blocking(bridge: AsyncBridge, attribute: Any) -> Any:
    """`attribute` as the bridge shows it: a coroutine function becomes a blocking one."""
    if not inspect.iscoroutinefunction(attribute):
        if inspect.ismethod(attribute):
            return _iterating(bridge, attribute)  # a method returning an async iterator (stream_tools)
        return attribute

    @functools.wraps(attribute)
    def call(*args: Any, **kwargs: Any) -> Any:
        result = bridge.run(attribute(*args, **kwargs))
        if isinstance(result, AsyncIterator):
            return _BlockingIterator(bridge, result)
        return result

    return call


def _iterating(bridge: AsyncBridge, method: Any) -> Any:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        return _BlockingIterator(bridge, result) if isinstance(result, AsyncIterator) else result

    return call


class _Namespace:
    """A namespace of the async client (``client.openai``) with blocking methods."""

    def __init__(self, bridge: AsyncBridge, inner: Any) -> None:
        self._bridge = bridge
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return _blocking(self._bridge, getattr(self._inner, name))


async def _construct(args: tuple[Any, ...], kwargs: dict[str, Any]) -> AsyncClient:
    return AsyncClient(*args, **kwargs)


class _BlockingIterator(Iterator[Any]):
    def __init__(self, bridge: AsyncBridge, inner: AsyncIterator[Any]) -> None:
        self._bridge = bridge
        self._inner = inner
        self._closed = False

    def __next__(self) -> Any:
        if self._closed:
            raise StopIteration
        try:
            return self._bridge.run(self._inner.__anext__())
        except StopAsyncIteration:
            self._closed = True
            raise StopIteration from None
        except BaseException:
            self._closed = True  # an async generator that raised is finished
            raise

    def __getattr__(self, name: str) -> Any:
        # What the async stream has besides iterating (.response, .lines, a parsed stream's .parsed).
        return getattr(self._inner, name)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            aclose: Callable[[], Any] | None = getattr(self._inner, "aclose", None)
            if aclose is not None:
                self._bridge.run(aclose())

    def __del__(self) -> None:
        # Mirror a generator: dropping the iterator (e.g. `break` out of a for loop) closes it.
        loop = self._bridge._loop
        if not self._closed and not loop.is_closed() and not loop.is_running():
            self.close()


Api = Any
"""`Client` or `AsyncBridge` (both answer the same calls)."""


def make_client(kind: str, *args: Any, **kwargs: Any) -> Api:
    """A `Client` (``kind="sync"``) or an `AsyncBridge` (``kind="async"``)."""
    if kind == "sync":
        return Client(*args, **kwargs)
    return AsyncBridge(*args, **kwargs)


def set_retry(client: Api, **policy: Any) -> None:
    """Replace the retry policy of a client (keeps ``max_retries`` unless given), e.g. a tiny base_delay."""
    import dataclasses

    target = client.inner if isinstance(client, AsyncBridge) else client
    assert isinstance(target, (Client, AsyncClient))
    settings = target._settings
    merged = {"max_retries": settings.retry.max_retries, **policy}
    new_settings = dataclasses.replace(settings, retry=RetryPolicy(**merged))
    target._settings = new_settings
    target._transport.settings = new_settings
