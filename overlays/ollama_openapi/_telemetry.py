"""The one place the client core asks whether to trace a call (`observe`).

Off and free unless the ``otel`` extra (``opentelemetry-api``) is installed *and* a tracer or meter
provider is set (globally, or with `ollama_openapi.otel.configure`): then `observe` returns an
`ollama_openapi.otel.Observation` for each call of an operation that runs a model (the spec's
``x-genai-operation``), and None otherwise. Without the extra, `observe` costs one attribute read
and one comparison per call; streams are not wrapped, so their chunks cost nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._http.call import Call
    from ._settings import ClientSettings
    from .otel import Observation

__all__ = ["observe"]

_OFF: Any = object()
_start: Any = None
"""`ollama_openapi.otel.start` once loaded; `_OFF` when opentelemetry-api is not installed."""


def observe(call: Call[Any], settings: ClientSettings) -> Observation | None:
    """The observation of `call` (not started), or None when it is not traced."""
    operation = call.operation.genai_operation
    if operation is None or _start is _OFF:
        return None
    start = _start if _start is not None else _load()
    if start is _OFF:
        return None
    result: Observation | None = start(operation, call, settings)
    return result


def _load() -> Any:
    global _start
    try:
        from .otel import start
    except ImportError:  # the otel extra is not installed
        _start = _OFF
    else:
        _start = start
    return _start
