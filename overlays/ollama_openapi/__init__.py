"""ollama_openapi: a complete, typed client for the Ollama REST API.

``Client`` and ``AsyncClient`` speak to one Ollama server; their methods take and return the models
generated from ``openapi/ollama.yaml`` (``ollama_openapi.models``). Every failure is an
``ollama_openapi.errors.OllamaError``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ollama_openapi_generated import functions as _functions

from ._version import __version__
from .errors import (
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    InvalidArgumentError,
    InvalidResponseError,
    ModelNotFoundError,
    NotFoundError,
    OllamaCompatibilityWarning,
    OllamaConnectionError,
    OllamaError,
    OllamaTimeoutError,
    RequestError,
    ResponseError,
    ServerError,
    StreamError,
    UnsupportedByServerError,
)
from .types import NOT_GIVEN, Image, NotGiven

if TYPE_CHECKING:
    from ollama_openapi_generated._sync.client import Client
    from ollama_openapi_generated._sync.streams import Stream
    from ollama_openapi_generated.functions import *  # noqa: F403  (chat, generate, ...: see below)

    from ._async.client import AsyncClient
    from ._async.streams import AsyncStream

__all__ = [
    "NOT_GIVEN",
    "AsyncClient",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "InvalidArgumentError",
    "InvalidResponseError",
    "ModelNotFoundError",
    "NotFoundError",
    "NotGiven",
    "OllamaCompatibilityWarning",
    "OllamaConnectionError",
    "OllamaError",
    "OllamaTimeoutError",
    "ResponseError",
    "ServerError",
    "Stream",
    "StreamError",
    "UnsupportedByServerError",
    "__version__",
    "models",  # noqa: F405  (a submodule, imported on first use)
]

# The model names the official package exports, for code written against it (the official
# EmbeddingsResponse is our EmbeddingResponse).
_OFFICIAL_MODELS = {
    "ChatResponse": "chat_response",
    "EmbedResponse": "embed_response",
    "EmbeddingResponse": "embedding_response",
    "EmbeddingsResponse": "embedding_response",
    "GenerateResponse": "generate_response",
    "ListResponse": "list_response",
    "Message": "message",
    "Options": "options",
    "ProcessResponse": "process_response",
    "ProgressResponse": "progress_response",
    "ShowResponse": "show_response",
    "StatusResponse": "status_response",
    "Tool": "tool",
    "WebFetchResponse": "web_fetch_response",
    "WebSearchResponse": "web_search_response",
}
__all__ += ["Image", "RequestError", *_OFFICIAL_MODELS]

_LAZY = {
    **{
        name: (f"ollama_openapi_generated.models.{module}", name.replace("Embeddings", "Embedding"))
        for name, module in _OFFICIAL_MODELS.items()
    },
    "Client": ("ollama_openapi_generated._sync.client", "Client"),
    "AsyncClient": ("ollama_openapi._async.client", "AsyncClient"),
    "Stream": ("ollama_openapi_generated._sync.streams", "Stream"),
    "AsyncStream": ("ollama_openapi._async.streams", "AsyncStream"),
    "models": (".models", None),
}


__all__ += _functions.__all__
"""The client's methods are also module-level functions on a default client: ``ollama_openapi.chat(...)``."""


def __getattr__(name: str) -> Any:
    # Lazy, so that `import ollama_openapi` does not import httpx and every generated module.
    if name in _functions.__all__:
        value = globals()[name] = getattr(_functions, name)
        return value
    if name not in _LAZY:
        raise AttributeError(f"module 'ollama_openapi' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name, __name__)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value
