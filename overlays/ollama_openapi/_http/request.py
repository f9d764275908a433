"""What a `Call` becomes on the wire: httpx request options, absolute URLs, the retry policy (no I/O)."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx

from ollama_openapi._http.call import Call
from ollama_openapi._http.retry import RetryPolicy
from ollama_openapi._settings import ClientSettings, resolve_timeout
from ollama_openapi.types import NotGiven

__all__ = ["URLs", "read_limit", "request_options", "retry_policy"]


def request_options(call: Call[Any]) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.build_request`` for `call` (a new body for each attempt)."""
    options: dict[str, Any] = {}
    headers: dict[str, str] | None = None
    if call.json is not None:
        options["json"] = call.json
    elif call.files is not None:
        for _, value in call.files:
            payload = value[1] if isinstance(value, tuple) and len(value) > 1 else None
            seek = getattr(payload, "seek", None)
            if callable(seek):
                seek(0)  # a retried upload sends the file again from its start
        options["files"] = call.files
    elif call.content is not None:
        # A callable makes a fresh body for every attempt, so that retried uploads resend it all.
        options["content"] = call.content() if callable(call.content) else call.content
        headers = {"Content-Type": "application/octet-stream"}
        if call.content_length is not None:
            headers["Content-Length"] = str(call.content_length)
    if call.headers:
        headers = {**headers, **call.headers} if headers else dict(call.headers)
    if headers is not None:
        options["headers"] = headers
    if call.params:
        options["params"] = call.params
    if not isinstance(call.timeout, NotGiven):
        options["timeout"] = resolve_timeout(call.timeout)
    return options


def read_limit(request: httpx.Request) -> float | None:
    """The read timeout a request carries, in seconds (None: no limit)."""
    timeouts = request.extensions.get("timeout")
    read = timeouts.get("read") if isinstance(timeouts, dict) else None
    return float(read) if isinstance(read, (int, float)) else None


def retry_policy(settings: ClientSettings, call: Call[Any]) -> RetryPolicy:
    """The client's retry policy, or the call's own number of retries."""
    policy = settings.retry
    if call.max_retries is None or call.max_retries == policy.max_retries:
        return policy
    return dataclasses.replace(policy, max_retries=call.max_retries)


class URLs:
    """Absolute request URLs by path, built once.

    httpx parses a relative URL twice on every request to join it to the base URL (more than half
    of ``build_request``'s cost); an absolute ``httpx.URL`` is taken as it is.
    """

    __slots__ = ("_base", "_urls")

    _LIMIT = 64  # paths with digests or key names vary: keep the cache small

    def __init__(self) -> None:
        self._base: httpx.URL | None = None
        self._urls: dict[str, httpx.URL] = {}

    def get(self, http: httpx.Client | httpx.AsyncClient, path: str) -> httpx.URL:
        base = http.base_url
        if base is not self._base:  # the httpx client's base_url was replaced
            self._base = base
            self._urls.clear()
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= self._LIMIT:
                self._urls.clear()
            url = self._urls[path] = http.build_request("GET", path).url
        return url
