"""The official client's ``ollama._types`` module, for code that imports its names from there.

``from ollama._types import ChatResponse`` keeps working with ``ollama_openapi`` as ``ollama``; the
names are the package's own (``from ollama_openapi import ChatResponse`` is the public spelling).
"""

from __future__ import annotations

from typing import Any

import ollama_openapi

__all__ = list(ollama_openapi.__all__)


def __getattr__(name: str) -> Any:
    return getattr(ollama_openapi, name)
