"""The network layer's reach into httpx and httpcore internals holds with the installed releases.

`ollama_openapi._async.network.watch_network` swaps the network backend of httpx's own connection
pool (``transport._pool._network_backend``, private attributes) for one that counts the answer's
bytes and bounds each read by the room its phase has left. Where the attributes are missing it leaves
the pool alone, and the time bounds quietly fall back to httpx's per-read timeout. These tests fail
loudly instead, naming the releases, so that `make test-deps` catches a release that moved them.
"""

from __future__ import annotations

import importlib.metadata

import httpcore
import httpx
import pytest

from ollama_openapi._async.network import AsyncWatchedBackend
from ollama_openapi._sync.network import WatchedBackend
from ollama_openapi.errors import OllamaTimeoutError

from .payloads import version_reply
from .scripted_server import Reply, ScriptedServer
from .twins import AsyncBridge, make_client

pytestmark = pytest.mark.timeout(60)

RELEASES = ", ".join(
    f"{name} {importlib.metadata.version(name)}" for name in ("httpx", "httpcore", "h11", "anyio")
)


def test_the_watched_backend_is_installed_in_httpx_s_pool(kind: str) -> None:
    with ScriptedServer([version_reply()]) as server, make_client(kind, server.url, timeout=5) as api:
        api.version()  # an async client makes the httpx client of its loop on first use
        http = api.inner.httpx_client if isinstance(api, AsyncBridge) else api.httpx_client
        transport = http._transport
        expected = httpx.HTTPTransport if kind == "sync" else httpx.AsyncHTTPTransport
        assert isinstance(transport, expected), f"{RELEASES}: httpx's transport is {type(transport)}"
        pool = getattr(transport, "_pool", None)
        pool_class = httpcore.ConnectionPool if kind == "sync" else httpcore.AsyncConnectionPool
        assert isinstance(pool, pool_class), f"{RELEASES}: no httpcore pool at transport._pool ({pool!r})"
        backend = getattr(pool, "_network_backend", None)
        watched = WatchedBackend if kind == "sync" else AsyncWatchedBackend
        assert isinstance(backend, watched), (
            f"{RELEASES}: the pool's network backend is {backend!r}, not the watched one: "
            "the time bounds would fall back to httpx's per-read timeout"
        )


def test_a_trickling_answer_is_cut_off_by_the_bound_not_the_per_read_timeout(kind: str) -> None:
    # One byte every 0.05 s: every read succeeds within httpx's 0.5 s per-read timeout, so only the
    # watched streams (which count the time spent waiting) can end the call; without them it would
    # take 4 s and succeed.
    body = b'{"version": "' + b"9" * 60 + b'"}'
    trickle = Reply(200, [body[index : index + 1] for index in range(len(body))], pause=0.05)
    with ScriptedServer([trickle]) as server, make_client(kind, server.url, max_retries=0) as api:
        try:
            answer = api.version(timeout=0.5)
        except OllamaTimeoutError:
            return
    pytest.fail(f"{RELEASES}: a trickling answer was read whole ({answer.version[:20]}...): no time bound")
