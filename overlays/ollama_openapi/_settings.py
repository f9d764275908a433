"""Connection settings shared by `Client` and `AsyncClient`: host, headers, auth, timeouts, retries."""

from __future__ import annotations

import base64
import dataclasses
import functools
import os
import platform
import re
import ssl
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

from ollama_openapi._compat_check import SERVER_CHECKS_VARIABLE, ServerCheckMode, checked_mode
from ollama_openapi._http.proxy import Proxy, choose_proxy, loopback_mounts
from ollama_openapi._http.retry import RetryPolicy
from ollama_openapi._redact import redact_url
from ollama_openapi.errors import InvalidArgumentError

from ._host import is_loopback, is_ollama_cloud, parse_host, resolve_api_key
from ._version import __version__ as _VERSION
from .types import NotGiven

__all__ = ["DEFAULT_TIMEOUT", "ClientSettings", "checked_headers", "has_bearer", "resolve_timeout"]

DEFAULT_MAX_BODY_BYTES: Final = 64 * 1024 * 1024
"""The largest non-streamed answer read, once decoded (streams have a limit per line instead)."""

DEFAULT_TIMEOUT = httpx.Timeout(None, connect=10.0)
"""Give up connecting after 10 s; never cut off a slow generation (pass `timeout=` to limit it)."""


def _user_agent() -> str:
    machine = platform.machine() or "unknown"
    system = platform.system().lower() or "unknown"
    python = ".".join(map(str, sys.version_info[:3]))
    return f"ollama-openapi/{_VERSION} ({machine} {system}) Python/{python}"


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """Seconds for every phase, an ``httpx.Timeout`` as is, or None for no limit at all.

    Raises:
        InvalidArgumentError: Anything else (zero, negative, NaN, a string...).
    """
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise InvalidArgumentError(
            f"timeout must be a positive number of seconds, an httpx.Timeout or None, got {timeout!r}"
        )
    return httpx.Timeout(float(timeout))


@dataclass(frozen=True)
class ClientSettings:
    """Everything a client needs to reach the server, resolved once at construction."""

    base_url: str
    headers: dict[str, str] = field(repr=False)
    auth: httpx.BasicAuth | None = field(repr=False)
    timeout: httpx.Timeout
    retry: RetryPolicy
    has_api_key: bool = False
    secrets: tuple[str, ...] = field(default=(), repr=False)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    """The largest non-streamed answer read, once decoded (a gzip bomb stops there)."""
    server_checks: ServerCheckMode = "warn"
    """What to do when a call uses what the server's release lacks (`ollama_openapi._compat_check`)."""
    """The API key, the basic-auth password and any Authorization/Cookie value: never shown in errors."""
    proxy: Proxy | None = None
    """The proxy requests go through (named in connection errors), if any."""
    routing: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """httpx options that keep a loopback server off the environment's proxies (see ``_proxy``)."""

    @classmethod
    def build(
        cls,
        host: str | None,
        *,
        timeout: float | httpx.Timeout | NotGiven | None,
        headers: Mapping[str, str] | None,
        api_key: str | None,
        max_retries: int,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        retry_read_timeouts: bool = False,
        env: Mapping[str, str] | None = None,
        httpx_kwargs: Mapping[str, Any] | None = None,
        server_checks: object = None,
    ) -> ClientSettings:
        """Resolve `host` (else ``OLLAMA_HOST``), the API key (else ``OLLAMA_API_KEY``), the proxy (from
        `httpx_kwargs`, else the environment) and the rest."""
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidArgumentError(f"max_retries must be an integer >= 0, got {max_retries!r}")
        if not isinstance(retry_read_timeouts, bool):
            raise InvalidArgumentError(
                f"retry_read_timeouts must be True or False, got {retry_read_timeouts!r}"
            )
        environment = os.environ if env is None else env
        config = parse_host(host, env=environment)
        merged = {"User-Agent": _user_agent(), "Accept": "application/json"}
        user_headers = checked_headers(headers, "headers")
        key = resolve_api_key(api_key, environment, config.base_url)
        if key and config.auth:
            # Both would need the one Authorization header; sending either silently drops the other.
            raise InvalidArgumentError(
                "an API key and user:password@ in the host cannot be used together: "
                "both are sent in the Authorization header; keep one of them"
            )
        if key and not any(name.lower() == "authorization" for name in user_headers):
            merged["Authorization"] = f"Bearer {key}"
        merged.update(user_headers)
        proxy = choose_proxy(config.base_url, httpx_kwargs or {}, environment)
        return cls(
            base_url=config.base_url,
            headers=merged,
            auth=httpx.BasicAuth(*config.auth) if config.auth else None,
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else resolve_timeout(timeout),
            retry=RetryPolicy(max_retries=max_retries, retry_read_timeouts=retry_read_timeouts),
            has_api_key=bool(key),
            secrets=_secrets_of(merged, config.auth, key, proxy),
            max_body_bytes=_positive(max_body_bytes, "max_body_bytes"),
            proxy=proxy,
            routing=loopback_mounts(config.base_url, httpx_kwargs or {}, environment),
            server_checks=checked_mode(
                environment.get(SERVER_CHECKS_VARIABLE, "warn") if server_checks is None else server_checks
            ),
        )

    @property
    def bearer_configured(self) -> bool:
        """Whether the Authorization header the client sends is ``Bearer <token>`` (what operations
        marked ``requires-api-key`` ask for)."""
        return has_bearer(self.headers)

    def httpx_options(self, extra: Mapping[str, Any]) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client`` / ``httpx.AsyncClient``; `extra` wins."""
        options: dict[str, Any] = {
            "base_url": self.base_url,
            "headers": self.headers,
            "auth": self.auth,
            "timeout": self.timeout,
            **self.routing,
        }
        if not _TLS_OPTIONS.intersection(extra):
            # httpx builds a fresh SSL context (reading the CA bundle, ~35 ms) for every client; share one.
            options["verify"] = default_ssl_context()
        options.update(extra)
        return options

    def without_retries(self) -> ClientSettings:
        """The same settings with retrying turned off (for probes that must answer at once)."""
        return dataclasses.replace(self, retry=dataclasses.replace(self.retry, max_retries=0))

    @property
    def is_loopback(self) -> bool:
        """Whether the server is on this machine (``localhost`` or a loopback address)."""
        return is_loopback(self.base_url)

    @property
    def is_cloud(self) -> bool:
        """Whether the client talks to ollama.com's hosted API rather than to an Ollama server."""
        return is_ollama_cloud(self.base_url)

    def describe(self) -> str:
        """The server address without credentials, for reprs and messages."""
        return redact_url(self.base_url)


_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _positive(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidArgumentError(f"{name} must be a positive number of bytes, got {value!r}")
    return value


def checked_headers(headers: Mapping[str, str] | None, name: str) -> dict[str, str]:
    """`headers` as strings, refused before anything is sent when HTTP cannot carry them.

    Raises:
        InvalidArgumentError: A header name that is not an HTTP token, or a value with a line break
            or a NUL (it could smuggle another header; httpx would refuse it only when sending).
    """
    result: dict[str, str] = {}
    for key, value in (headers or {}).items():
        key, value = str(key), str(value)
        if not _HEADER_NAME.fullmatch(key):
            raise InvalidArgumentError(f"{name}: {key!r} is not a valid HTTP header name")
        if any(character in value for character in "\r\n\0"):
            raise InvalidArgumentError(f"{name}: the value of {key!r} contains a line break or NUL")
        result[key] = value
    return result


def has_bearer(headers: Mapping[str, str] | None) -> bool:
    """Whether `headers` carry an ``Authorization: Bearer <token>`` (any case); False for a non-mapping."""
    if not isinstance(headers, Mapping):
        return False
    for name, value in headers.items():
        if name.lower() == "authorization":
            scheme, _, token = str(value).strip().partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return True
    return False


def _secrets_of(
    headers: Mapping[str, str], auth: tuple[str, str] | None, key: str | None, proxy: Proxy | None
) -> tuple[str, ...]:
    found = [key] if key else []
    if proxy is not None and proxy.secret:
        found.append(proxy.secret)
    if auth:
        found.append(auth[1])
        found.append(base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode())  # as sent in the header
    for name, value in headers.items():
        if name.lower() in ("authorization", "proxy-authorization", "cookie", "x-api-key"):
            found.append(value)
            found.append(value.partition(" ")[2])  # the credential after a scheme such as Bearer
    return tuple(secret for secret in found if len(secret) >= 4)


_TLS_OPTIONS: Final = frozenset({"verify", "cert", "trust_env", "transport", "mounts"})


@functools.lru_cache(maxsize=4)
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()


def default_ssl_context() -> ssl.SSLContext:
    """The SSL context httpx would build by default (certifi, or SSL_CERT_FILE / SSL_CERT_DIR), made once.

    Cached per value of those variables, so changing them still takes effect for new clients.
    """
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
