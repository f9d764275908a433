"""What `Client` and `AsyncClient` share: settings resolved at construction, address, repr."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._compat_check import ServerCheckMode
from ._settings import DEFAULT_MAX_BODY_BYTES, ClientSettings
from .types import NOT_GIVEN, NotGiven

__all__ = ["ClientBase"]


class ClientBase:
    """The construction and identity of a client; the subclasses add the methods and the transport."""

    def __init__(
        self,
        host: str | None = None,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        api_key: str | None = None,
        max_retries: int = 2,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        retry_read_timeouts: bool = False,
        server_checks: ServerCheckMode | None = None,
        **httpx_kwargs: Any,
    ) -> None:
        """Resolve where and how to talk to Ollama, and open a connection pool.

        Args:
            host: Where Ollama listens, e.g. ``localhost:11434`` or
                ``https://user:pass@example.com/ollama``; defaults to ``OLLAMA_HOST``, else
                ``http://127.0.0.1:11434``. Parsed like the official client, plus: scheme in any case,
                ``user:pass@`` sent as basic auth, ``0.0.0.0`` means this machine.
            timeout: Seconds for every phase, an ``httpx.Timeout``, or None for no limit. By default
                only connecting is limited (10 s), so a slow generation is never cut off. With a read
                timeout T, the response headers, a non-streamed body and each stream line may each
                spend at most T seconds waiting for the server (bytes trickling in do not reset it).
            headers: Extra headers for every request (they win over the defaults).
            api_key: Sent as ``Authorization: Bearer`` wherever the client points. Without it,
                ``OLLAMA_API_KEY`` is used, but only for https://ollama.com.
            max_retries: Retries of failures that cannot have run the request twice (exponential
                backoff with jitter, honouring ``Retry-After``): a refused connection to another
                machine, a connect timeout, 408/429/502/503 answers, a connection cut before any byte
                of an answer (the last three only for requests that are safe to repeat); 0 turns
                retrying off. A read timeout is not retried: the server may still be working.
            retry_read_timeouts: Also retry read timeouts and 504 answers of requests that are safe to
                repeat (reads, and the POSTs the spec marks ``x-ollama-idempotent``, generations
                included: the server may then run a generation twice).
            max_body_bytes: The largest non-streamed answer read, once decoded (64 MiB by default):
                a larger one, such as a compressed body that inflates without end, is an
                `InvalidResponseError`. Streams limit each line instead (64 MiB).
            server_checks: What to do when a call uses a field, value or route that the server's
                Ollama release lacks (the spec's ``x-ollama-since`` / ``x-ollama-removed``): ``"warn"``
                (an `OllamaCompatibilityWarning` once per field), ``"error"``
                (`UnsupportedByServerError` before sending) or ``"off"``; None (the default) takes
                ``OLLAMA_OPENAPI_SERVER_CHECKS``, else ``"warn"``. The server's version is
                asked once (``GET /api/version``), by the first call that uses something newer than
                its route; a version that cannot be read or a development build means no checks.
            **httpx_kwargs: Passed to the httpx client (``verify``, ``proxy``, ``transport``, ...).
                The proxy environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) is
                honoured as httpx does, except that a loopback host is never proxied (as in the
                ``ollama`` CLI); ``trust_env=False`` ignores it, ``proxy=`` overrides it.
        """
        self._settings = ClientSettings.build(
            host,
            timeout=timeout,
            headers=headers,
            api_key=api_key,
            max_retries=max_retries,
            max_body_bytes=max_body_bytes,
            retry_read_timeouts=retry_read_timeouts,
            httpx_kwargs=httpx_kwargs,
            server_checks=server_checks,
        )
        self._connect(self._settings.httpx_options(httpx_kwargs))

    def _connect(self, options: dict[str, Any]) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """The server address, without credentials."""
        return self._settings.describe()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
