"""Keeping credentials out of errors and logs: redacted headers and URLs, scrubbed free text.

Used by the exception classes (their headers, an echoed secret in a stream error) and by the code
that builds errors from answers and transport failures; stdlib only, imports nothing of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

__all__ = ["redact_headers", "redact_url", "scrub", "scrub_value", "url_secrets"]


_REDACTED: Final = "[redacted]"
_CREDENTIAL_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)


def redact_headers(headers: Mapping[str, str] | None, secrets: Iterable[str] = ()) -> dict[str, str]:
    """Return ``headers`` as a dict with lower-case names and no credentials.

    The values of credential headers (``Authorization``, ``Proxy-Authorization``, ``Cookie``,
    ``Set-Cookie``, ``X-API-Key``) and any value containing one of ``secrets`` become
    ``"[redacted]"``; ``user:pass@`` and secret query values in URLs (a ``Location``) become ``***``.
    """
    if not headers:
        return {}
    needles = [secret for secret in secrets if secret]
    redacted: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        if key in _CREDENTIAL_HEADERS or any(needle in value for needle in needles):
            redacted[key] = _REDACTED
        else:
            redacted[key] = _SECRET_QUERY.sub(r"\1***", _USERINFO.sub(r"\g<scheme>***@", value))
    return redacted


_USERINFO: Final = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/@\s?#]*@")
_BEARER: Final = re.compile(r"(?i)(bearer\s+)[^\s'\"]+")
_SECRET_QUERY: Final = re.compile(
    r"(?i)([?&](?:key|api_key|apikey|token|access_token|signature|password)=)[^&#\s'\"]*"
)


def redact_url(url: str) -> str:
    """Return ``url`` without credentials: ``user:pass@`` becomes ``***@``, secret query values ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return scrub(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = _SECRET_QUERY.sub(r"\1***", "?" + parts.query)[1:] if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def scrub(text: str, *secrets: str) -> str:
    """Remove anything credential-like from free text (an exception message that may quote a URL)."""
    text = _USERINFO.sub(r"\g<scheme>***@", text)
    text = _BEARER.sub(r"\1***", text)
    text = _SECRET_QUERY.sub(r"\1***", text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def url_secrets(url: str) -> tuple[str, ...]:
    """The user name and password in `url` (longer than two characters), to scrub from messages."""
    try:
        parts = urlsplit(url)
        return tuple(value for value in (parts.username, parts.password) if value and len(value) > 2)
    except ValueError:
        return ()


def scrub_value(value: Any, secrets: tuple[str, ...]) -> Any:
    """`value` (decoded JSON) with `secrets` scrubbed from every string in it."""
    if isinstance(value, str):
        return scrub(value, *secrets)
    if isinstance(value, list):
        return [scrub_value(item, secrets) for item in value]
    if isinstance(value, dict):
        return {key: scrub_value(item, secrets) for key, item in value.items()}
    return value
