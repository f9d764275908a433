"""The official client's ``ollama._client`` module, for code that imports its names from there."""

from __future__ import annotations

from ._async.client import AsyncClient
from ._sync.client import Client

__all__ = ["AsyncClient", "Client"]
