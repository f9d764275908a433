"""Which proxy a client's requests go through, checked when the client is made.

The proxy environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, lower case
first) is honoured as httpx honours it, except that a loopback server (``localhost``, ``127.0.0.0/8``,
``::1``) is never reached through a proxy, as in Go's HTTP stack and so in the ``ollama`` CLI.
``trust_env=False`` ignores the environment; an explicit ``proxy=`` is used as given (loopback too);
``mounts=`` or ``transport=`` leave every decision to httpx. A proxy URL httpx cannot use, or a SOCKS
proxy without the ``socksio`` package, is an `InvalidArgumentError` naming where it came from.
"""

from __future__ import annotations

import importlib.util
import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

import httpx

from ollama_openapi._redact import redact_url
from ollama_openapi.errors import InvalidArgumentError

__all__ = ["Proxy", "choose_proxy", "is_loopback", "loopback_mounts"]

_SCHEMES: Final = ("http", "https", "all")
"""The proxy variables httpx reads (others, such as FTP_PROXY, are not for HTTP)."""


@dataclass(frozen=True)
class Proxy:
    """The proxy the client's requests to its server go through."""

    url: str
    """Its address, credentials removed."""
    source: str
    """Where it was set: the environment variable's name, or ``proxy=``."""
    secret: str = field(default="", repr=False)
    """Its password, if any (kept out of every message)."""

    def describe(self) -> str:
        """``the proxy at <url> from <source>``, for messages."""
        return f"the proxy at {self.url} from {self.source}"


def _user_routed(options: Mapping[str, Any]) -> bool:
    """Whether the user chose the routing (httpx then decides everything as usual); ``proxies=`` is
    what httpx before 0.26 took instead of ``proxy=``."""
    return any(options.get(name) is not None for name in ("mounts", "transport", "proxies"))


def _environment(env: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """scheme -> (value, the variable it came from), read like ``urllib.request.getproxies`` (which
    httpx uses): lower case wins, and HTTP_PROXY is ignored in a CGI request."""
    found: dict[str, tuple[str, str]] = {}
    for scheme in (*_SCHEMES, "no"):
        for name in (f"{scheme.upper()}_PROXY", f"{scheme}_proxy"):  # the later one wins
            value = env.get(name)
            if value is None or (name == "HTTP_PROXY" and "REQUEST_METHOD" in env):
                continue
            found[scheme] = (value, name)
    return {scheme: item for scheme, item in found.items() if item[0]}


def _checked(url: str | httpx.Proxy, source: str) -> Proxy:
    """`url` as httpx would take it, or the error that says what to fix."""
    full = str(url.url) if isinstance(url, httpx.Proxy) else url if "://" in url else f"http://{url}"
    shown = redact_url(full)
    undo = "unset it or pass trust_env=False" if source != "proxy=" else "change proxy="
    try:
        parsed = url if isinstance(url, httpx.Proxy) else httpx.Proxy(full)
        host = parsed.url.host
        urlsplit(full).port  # noqa: B018 (what httpx lets through: a bracket left open, a bad port)
        if not host or any(character.isspace() for character in host):
            raise ValueError("no host name in it")
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise InvalidArgumentError(
            f"{source} is not a proxy URL httpx can use ({shown!r}: {_scrubbed(exc, full)}); "
            f"fix it (e.g. http://proxy.example:3128), or {undo}"
        ) from None
    if parsed.url.scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
        raise InvalidArgumentError(
            f"{source} names a SOCKS proxy ({shown}), which needs the socksio package: "
            f"pip install 'httpx[socks]' (or {undo})"
        )
    password = parsed.auth[1] if parsed.auth else ""
    return Proxy(url=shown, source=source, secret=password)


def _scrubbed(exc: BaseException, url: str) -> str:
    text = str(exc)
    credentials = url.partition("://")[2].rpartition("@")[0]
    return text.replace(credentials, "***") if credentials else text


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address, IPv6 with or without brackets) is this machine's."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def choose_proxy(base_url: str, options: Mapping[str, Any], env: Mapping[str, str]) -> Proxy | None:
    """The proxy requests to `base_url` go through, every proxy in play checked on the way.

    Raises:
        InvalidArgumentError: A proxy URL (from ``proxy=`` or the environment) httpx cannot use, or a
            SOCKS proxy without ``socksio``.
    """
    explicit = options.get("proxy")
    if explicit is not None:
        return _checked(explicit if isinstance(explicit, httpx.Proxy) else str(explicit), "proxy=")
    if _user_routed(options) or options.get("trust_env", True) is False:
        return None
    proxies = _environment(env)
    chosen = {scheme: _checked(url, source) for scheme, (url, source) in proxies.items() if scheme != "no"}
    target = urlsplit(base_url)
    host = (target.hostname or "").lower()
    if not chosen or is_loopback(host) or _bypassed(host, proxies.get("no", ("", ""))[0]):
        return None
    return chosen.get(target.scheme) or chosen.get("all")


def _bypassed(host: str, no_proxy: str) -> bool:
    """Whether NO_PROXY keeps `host` off the proxy, read as httpx reads it: ``*`` for every host,
    ``.example.com`` for its subdomains, ``example.com`` for it and its subdomains, an address as is."""
    for item in no_proxy.split(","):
        entry = item.strip().lower()
        if "://" in entry:
            entry = urlsplit(entry).hostname or ""
        elif entry.count(":") == 1:
            entry = entry.partition(":")[0]  # host:port (httpx then matches the host on that port)
        entry = entry.strip("[]")
        if entry == "*":
            return True
        if not entry:
            continue
        if entry.startswith("."):
            if host.endswith(entry):
                return True
        elif host == entry or host.endswith("." + entry):
            return True
    return False


def loopback_mounts(base_url: str, options: Mapping[str, Any], env: Mapping[str, str]) -> dict[str, Any]:
    """httpx options that keep a loopback server off any proxy the environment sets (none needed when
    the user chose the routing, turned the environment off, or no proxy variable is set)."""
    if options.get("proxy") is not None or _user_routed(options) or options.get("trust_env", True) is False:
        return {}
    host = urlsplit(base_url).hostname or ""
    if not is_loopback(host) or not any(scheme != "no" for scheme in _environment(env)):
        return {}
    pattern = f"all://[{host}]" if ":" in host else f"all://{host}"
    return {"mounts": {pattern: None}}
