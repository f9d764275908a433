"""The default client behind the module-level functions (``ollama_openapi.chat(...)``)."""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ollama_openapi_generated._sync.client import Client

__all__ = ["default_client", "function"]

_lock = threading.Lock()
_client: Client | None = None


def default_client() -> Client:
    """The shared default `Client`, made on first use from ``OLLAMA_HOST`` (and the environment)."""
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                from ollama_openapi_generated._sync.client import Client

                _client = Client()
    return _client


def function(name: str) -> Callable[..., Any]:
    """Method `name` of `Client` as a function that calls it on the default client."""
    from ollama_openapi_generated._sync.client import Client

    method = getattr(Client, name)

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(default_client(), name)(*args, **kwargs)

    del call.__wrapped__  # the signature below, without `self`, is the one to show
    signature = inspect.signature(method)
    call.__signature__ = signature.replace(parameters=list(signature.parameters.values())[1:])  # type: ignore[attr-defined]
    call.__qualname__ = name
    return call
