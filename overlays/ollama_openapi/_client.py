"""The official client's ``ollama._client`` module, for code that imports its names from there."""

from __future__ import annotations

from ollama_openapi_generated._sync.client import Client

from ._async.client import AsyncClient

__all__ = ["AsyncClient", "Client"]
