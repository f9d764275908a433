"""What Ollama's router does before any handler: CORS (gin-contrib/cors v1.7) and the ``Host`` check.

Both run on every request that reaches gin's handler chain, unknown paths (404) and unregistered
methods (405) included, but not on a trailing-slash redirect, which gin answers before them.
Their refusals are empty 403s; their answers to ``OPTIONS`` are empty 204s.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping

from .protocol import EmptyResponse

__all__ = ["PREFLIGHT_HEADERS", "Gate", "allowed_host", "origin_allowed"]

_LOCAL_NAMES = ("localhost", "127.0.0.1", "0.0.0.0")
_EXACT_ORIGINS = frozenset(f"{scheme}://{name}" for name in _LOCAL_NAMES for scheme in ("http", "https"))
_ORIGIN_PREFIXES = (
    *(f"{scheme}://{name}:" for name in _LOCAL_NAMES for scheme in ("http", "https")),
    "app://",
    "file://",
    "tauri://",
    "vscode-webview://",
    "vscode-file://",
)
"""Ollama's default ``AllowedOrigins`` (``OLLAMA_ORIGINS`` unset): the local hosts on any port (the
``:*`` wildcards) and the desktop and editor schemes (``app://*``...)."""

_ALLOW_HEADERS = (
    "Authorization",
    "Content-Type",
    "User-Agent",
    "Accept",
    "X-Requested-With",
    "Openai-Beta",
    "X-Stainless-Arch",
    "X-Stainless-Async",
    "X-Stainless-Custom-Poll-Interval",
    "X-Stainless-Helper-Method",
    "X-Stainless-Lang",
    "X-Stainless-Os",
    "X-Stainless-Package-Version",
    "X-Stainless-Poll-Helper",
    "X-Stainless-Retry-Count",
    "X-Stainless-Runtime",
    "X-Stainless-Runtime-Version",
    "X-Stainless-Timeout",
)
PREFLIGHT_HEADERS: Mapping[str, str] = {
    "Access-Control-Allow-Methods": "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS",
    "Access-Control-Allow-Headers": ",".join(_ALLOW_HEADERS),
    "Access-Control-Max-Age": "43200",
    "Vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
}
"""The headers of Ollama's answer to a CORS preflight (besides ``Access-Control-Allow-Origin``)."""


def origin_allowed(origin: str) -> bool:
    """Whether Ollama's default CORS configuration accepts `origin`."""
    return origin in _EXACT_ORIGINS or origin.startswith(_ORIGIN_PREFIXES)


def allowed_host(host: str) -> bool:
    """Ollama's ``allowedHost``: a local host name (``localhost``, this machine's name, ``*.local``...)."""
    host = host.lower()
    if host in ("", "localhost") or host == socket.gethostname().lower():
        return True
    return host.endswith((".localhost", ".local", ".internal"))


def _host_name(host_header: str) -> str:
    """The host of a ``Host`` header without its port (Go's ``net.SplitHostPort``, else the header)."""
    if host_header.startswith("["):
        end = host_header.find("]")
        if end > 0 and host_header[end + 1 : end + 2] == ":":
            return host_header[1:end]
        return host_header
    if host_header.count(":") == 1:
        return host_header.split(":", 1)[0]
    return host_header


def _local_address(host: str) -> bool | None:
    """For an IP address: whether Ollama accepts it as local (None when `host` is no address)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    return address.is_loopback or address.is_private or address.is_unspecified


class Gate:
    """The middleware of one server: CORS always, the ``Host`` check when it listens on loopback."""

    def __init__(self, listen_host: str) -> None:
        try:
            self.check_host = ipaddress.ip_address(listen_host).is_loopback
        except ValueError:
            self.check_host = listen_host.lower() == "localhost"

    def __call__(
        self, method: str, headers: Mapping[str, str]
    ) -> tuple[EmptyResponse | None, dict[str, str]]:
        """The answer the middleware gives instead of the route (None to go on), and the headers it
        adds to the route's answer. `headers` are the request's, with lower-case names."""
        added: dict[str, str] = {}
        host_header = headers.get("host", "")
        origin = headers.get("origin", "")
        if origin and origin not in (f"http://{host_header}", f"https://{host_header}"):
            if not origin_allowed(origin):
                return EmptyResponse(403), {}
            if method == "OPTIONS":
                return EmptyResponse(204, {**PREFLIGHT_HEADERS, "Access-Control-Allow-Origin": origin}), {}
            added = {"Vary": "Origin", "Access-Control-Allow-Origin": origin}
        if self.check_host:
            host = _host_name(host_header)
            local = _local_address(host)
            if local is None and allowed_host(host):
                if method == "OPTIONS":
                    return EmptyResponse(204, added), {}
            elif not local:
                return EmptyResponse(403, added), {}
        return None, added
