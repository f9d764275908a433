"""The seed library's ``base_url`` (``http://host:11434/api``) and the server address a `Client` needs.

ollama-python 0.1.2 joined ``base_url`` and the endpoint name (``f"{base_url}/generate"``) after
removing one trailing slash, so ``base_url`` had to end in ``/api``. Its own README left ``/api`` off,
which a real server answers with 404. Here both spellings reach the same server: the `Client` is given
the address without ``/api`` and adds the API paths itself, so nothing ends up at ``/api/api``.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DEFAULT_BASE_URL", "client_host", "seed_base_url"]

DEFAULT_BASE_URL: Final = "http://localhost:11434/api"
_API_SEGMENT: Final = "/api"


def seed_base_url(base_url: str) -> str:
    """``base_url`` as the seed stored it: exactly one trailing slash removed, nothing else changed."""
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    return base_url[:-1] if base_url.endswith("/") else base_url


def client_host(base_url: str) -> str:
    """The server address for `ollama_openapi.Client`: ``base_url`` without trailing slashes and ``/api``.

    ``http://localhost:11434/api``, ``http://localhost:11434/api/`` and ``http://localhost:11434`` all
    give ``http://localhost:11434``; a base path before ``/api`` (``https://proxy/ollama/api``) is kept.
    ``/api`` is removed only as the last path segment, never from the host name (``http://api``).
    """
    url = seed_base_url(base_url).strip().rstrip("/")
    scheme, separator, rest = url.partition("://")
    if not separator:
        scheme, rest = "", url
    authority, slash, path = rest.partition("/")
    path = slash + path
    if path.lower().endswith(_API_SEGMENT):
        path = path[: -len(_API_SEGMENT)].rstrip("/")
    return f"{scheme}{separator}{authority}{path}"
