"""The time bounds hold on the wire with the installed httpx and httpcore releases.

The network layer swaps the network backend of httpx's own connection pool (private attributes,
``_http/httpx_internals.py``; ``tests/unit/test_httpx_internals.py`` checks they are reached) for one
that counts the time spent waiting for the answer's bytes. Were the swap to fail silently, the bounds
would fall back to httpx's per-read timeout: this test fails loudly then, naming the releases, so
that `make test-deps` catches a release that moved what the layer reaches.
"""

from __future__ import annotations

import importlib.metadata

import pytest

from ollama_openapi.errors import OllamaTimeoutError

from .scripted_server import Reply, ScriptedServer
from .twins import make_client

pytestmark = pytest.mark.timeout(60)

RELEASES = ", ".join(
    f"{name} {importlib.metadata.version(name)}" for name in ("httpx", "httpcore", "h11", "anyio")
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
