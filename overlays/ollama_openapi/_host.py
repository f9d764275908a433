"""Where the client connects: ``host=`` / ``OLLAMA_HOST`` parsing and API-key scoping.

:func:`parse_host` returns the same base URL as the official ``ollama`` package for every input it
documents (bare host, ``:port``, ``host:port``, scheme, IPv6 in brackets, base path), and goes further:

* the scheme is case-insensitive; schemes other than http/https raise :class:`InvalidHostError`;
* ``user:pass@`` is returned as basic-auth credentials (percent-decoded) instead of being dropped;
* surrounding whitespace and quotes are ignored, as Ollama's own server does with the variable;
* the bind-all addresses ``0.0.0.0`` and ``::`` (what a server's OLLAMA_HOST often says) become
  ``127.0.0.1`` and ``::1``, which a client can actually connect to;
* a bare ``ollama.com`` means ``https://ollama.com:443``, as in Ollama's Go client;
* an invalid or zero port raises :class:`InvalidHostPortError` naming the value.

Query strings and fragments are ignored, as in the official client.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import unquote, urlsplit

from ollama_openapi.errors import InvalidHostError, InvalidHostPortError

__all__ = [
    "DEFAULT_BASE_URL",
    "HostConfig",
    "InvalidHostError",
    "InvalidHostPortError",
    "is_ollama_cloud",
    "parse_host",
    "resolve_api_key",
]

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 11434
DEFAULT_BASE_URL: Final = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}"
HOST_ENV_VAR: Final = "OLLAMA_HOST"
API_KEY_ENV_VAR: Final = "OLLAMA_API_KEY"

_SCHEME_DEFAULT_PORTS: Final[Mapping[str, int]] = {"http": 80, "https": 443}
_CLOUD_HOST: Final = "ollama.com"
# RFC 3986 reg-name characters (unreserved, sub-delims, percent escapes).
_REG_NAME: Final = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=%]*")
_QUOTES: Final = "\"'"


@dataclass(frozen=True)
class HostConfig:
    """A parsed server address.

    Attributes:
        base_url: ``scheme://host:port[/path]`` with an explicit port and no trailing slash; pass it to
            httpx as ``base_url`` so that ``/api/chat`` is appended to any base path.
        auth: ``(username, password)`` taken from ``user:pass@`` in the address, for HTTP basic auth.
    """

    base_url: str
    auth: tuple[str, str] | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        auth = "None" if self.auth is None else f"({self.auth[0]!r}, '***')"
        return f"HostConfig(base_url={self.base_url!r}, auth={auth})"


def _clean(value: str | None) -> str:
    """Trim whitespace and one pair of surrounding quotes, as Ollama does with its environment."""
    if not value:
        return ""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in _QUOTES:
        value = value[1:-1].strip()
    return value


def _parse_port(text: str, original: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) <= 5) or not 1 <= int(text) <= 65535:
        raise InvalidHostPortError(
            f"invalid port {text!r}, expected a number from 1 to 65535",
            value=original,
        )
    return int(text)


def _split_host_port(hostinfo: str, original: str) -> tuple[str, int | None]:
    """Split ``host[:port]``, ``[v6][:port]`` or a bare IPv6 address into (host, port)."""
    if hostinfo.startswith("["):
        close = hostinfo.find("]")
        if close < 0:
            raise InvalidHostError("unclosed '['", value=original)
        host, rest = hostinfo[1:close], hostinfo[close + 1 :]
        if rest and not rest.startswith(":"):
            raise InvalidHostError(f"unexpected {rest!r} after ']'", value=original)
        return host, _parse_port(rest[1:], original)
    if hostinfo.count(":") > 1:
        # A bare IPv6 address such as ::1 (Ollama's server accepts it without brackets too).
        return hostinfo, None
    host, _, port = hostinfo.partition(":")
    return host, _parse_port(port, original)


def _normalise_host(host: str, original: str) -> str:
    if not host:
        return DEFAULT_HOST
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if not _REG_NAME.fullmatch(host) or ":" in host:
            raise InvalidHostError(f"invalid host name {host!r}", value=original) from None
        return host.lower()
    if address.is_unspecified:
        # A server binds to 0.0.0.0 / ::, but a client must connect to a real address.
        return DEFAULT_HOST if address.version == 4 else "[::1]"
    return f"[{host.lower()}]" if address.version == 6 else host


def parse_host(host: str | None, *, env: Mapping[str, str] | None = None) -> HostConfig:
    """Turn ``host=`` (or, when it is None or empty, ``$OLLAMA_HOST``) into a :class:`HostConfig`.

    Args:
        host: ``"example.com"``, ``":11435"``, ``"https://user:pw@example.com/ollama"``, ``"[::1]:8080"``...
        env: The environment to read ``OLLAMA_HOST`` from; ``os.environ`` at call time when None.

    Raises:
        InvalidHostError: An unsupported scheme or a malformed host (InvalidHostPortError for the port).

    Examples:
        >>> parse_host("example.com").base_url
        'http://example.com:11434'
        >>> parse_host("https://example.com/path/").base_url
        'https://example.com:443/path'
        >>> parse_host(None, env={"OLLAMA_HOST": "0.0.0.0"}).base_url
        'http://127.0.0.1:11434'
    """
    original = _clean(host)
    if not original:
        original = _clean((os.environ if env is None else env).get(HOST_ENV_VAR))
    if not original:
        return HostConfig(DEFAULT_BASE_URL)

    scheme, separator, rest = original.partition("://")
    if separator:
        scheme = scheme.lower()
        if scheme not in _SCHEME_DEFAULT_PORTS:
            raise InvalidHostError(
                f"unsupported scheme {scheme!r}, use http:// or https://",
                value=original,
            )
        default_port = _SCHEME_DEFAULT_PORTS[scheme]
    else:
        scheme, rest, default_port = "http", original, DEFAULT_PORT

    # urlsplit only separates netloc/path/query/fragment here; host and port are parsed below.
    try:
        parts = urlsplit(f"//{rest}")
    except ValueError as exc:
        raise InvalidHostError(str(exc), value=original) from None
    userinfo, at, hostinfo = parts.netloc.rpartition("@")
    host_name, port = _split_host_port(hostinfo, original)
    host_text = _normalise_host(host_name, original)
    if not separator and host_text == _CLOUD_HOST and port is None:
        scheme, default_port = "https", 443

    auth: tuple[str, str] | None = None
    if at:
        username, _, password = userinfo.partition(":")
        auth = (unquote(username), unquote(password))

    base_url = f"{scheme}://{host_text}:{port or default_port}"
    path = parts.path.strip("/")
    if path:
        base_url += f"/{path}"
    return HostConfig(base_url, auth)


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def is_ollama_cloud(url: str) -> bool:
    """True when ``url`` is https on ``ollama.com`` or one of its subdomains (Ollama's hosted API)."""
    if not url.lower().startswith("https://"):
        return False
    hostname = _hostname(url)
    return hostname is not None and (hostname == _CLOUD_HOST or hostname.endswith("." + _CLOUD_HOST))


def resolve_api_key(explicit: str | None, env: Mapping[str, str] | None, base_url: str) -> str | None:
    """Choose the API key to send as ``Authorization: Bearer`` to ``base_url``, or None.

    An explicit key is sent wherever the user points the client. A key found only in the
    ``OLLAMA_API_KEY`` environment variable is sent only to Ollama's cloud (https on ollama.com or a
    subdomain), so a key meant for ollama.com never leaks to a local or third-party server.

    Args:
        explicit: The ``api_key=`` argument.
        env: The environment; ``os.environ`` at call time when None.
        base_url: Where the request goes (a base URL or an absolute request URL).
    """
    key = _clean(explicit)
    if key:
        return key
    from_env = _clean((os.environ if env is None else env).get(API_KEY_ENV_VAR))
    if from_env and is_ollama_cloud(base_url):
        return from_env
    return None
