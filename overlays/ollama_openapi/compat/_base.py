"""`BaseAPI`: what the three seed classes share, an `ollama_openapi.Client` behind the seed's ``base_url``."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from ollama_openapi.compat._base_url import DEFAULT_BASE_URL, client_host, seed_base_url

if TYPE_CHECKING:
    from typing_extensions import Self

    from ollama_openapi import Client

__all__ = ["BaseAPI"]


class BaseAPI:
    """Holds the seed's public ``base_url`` and the `ollama_openapi.Client` that does the work.

    Args:
        base_url: As in ollama-python: the server's API root, ``http://localhost:11434/api`` by default
            (one trailing slash is removed). ``/api`` may be left off: both spellings reach the server
            at ``http://localhost:11434``.
        client: Use this `ollama_openapi.Client` (its address, timeout, headers and retries) instead of
            making one from ``base_url``; ``self.base_url`` then names the client's server. A client
            passed in is not closed by `close`.
    """

    def __init__(self, base_url: str = DEFAULT_BASE_URL, *, client: Client | None = None) -> None:
        from ollama_openapi import Client

        if client is None:
            self.base_url = seed_base_url(base_url)
            self._client = Client(client_host(base_url))
            self._owns_client = True
        else:
            self.base_url = f"{client.base_url}/api"
            self._client = client
            self._owns_client = False

    @property
    def client(self) -> Client:
        """The `ollama_openapi.Client` the requests go through (for anything the seed could not do)."""
        return self._client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the connection pool (only if this object made the client)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
