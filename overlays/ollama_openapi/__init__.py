"""ollama_openapi: a complete, typed client for the Ollama REST API.

The models and low-level endpoint functions are generated from ``openapi/ollama.yaml`` into the
package ``ollama_openapi_generated``; this package adds what a generator cannot write.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["GeneratedClient", "__version__", "models"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import ollama_openapi` does not import every generated module.
    if name == "models":
        return importlib.import_module("ollama_openapi.models")
    if name == "GeneratedClient":
        return importlib.import_module("ollama_openapi_generated").Client
    raise AttributeError(f"module 'ollama_openapi' has no attribute {name!r}")
