"""`EmbeddingAPI`: ollama-python 0.1.2's embedding class, sent to the endpoint Ollama really has."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ollama_openapi.compat._arguments import compat_options
from ollama_openapi.compat._base import BaseAPI
from ollama_openapi.compat._base_url import DEFAULT_BASE_URL

if TYPE_CHECKING:
    from ollama_openapi import Client
    from ollama_openapi_generated.models import EmbeddingResponse

__all__ = ["EmbeddingAPI"]


class EmbeddingAPI(BaseAPI):
    """Embeddings with one model, as in ollama-python.

    Args:
        model: The model every request uses (kept as ``self.model``).
        base_url: The server's API root, ``http://localhost:11434/api`` by default; ``/api`` may be left off.
        client: An `ollama_openapi.Client` to use instead of making one from ``base_url``.
    """

    def __init__(self, model: str, base_url: str = DEFAULT_BASE_URL, *, client: Client | None = None) -> None:
        super().__init__(base_url, client=client)
        self.model = model

    def __repr__(self) -> str:
        return f"EmbeddingAPI(model={self.model!r}, base_url={self.base_url!r})"

    def get_embedding(self, prompt: str, options: dict[str, Any] | None = None) -> EmbeddingResponse:
        """The embedding of `prompt`: an ``EmbeddingResponse`` whose ``.embedding`` is a list of floats.

        Sent to ``POST /api/embeddings`` (ollama-python posted to ``/api/embedding``, which does not
        exist). For batches and normalised vectors use ``self.client.embed(model, [...])``.
        """
        return self._client.embeddings(self.model, prompt, options=compat_options(options))
