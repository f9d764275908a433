"""Bytes nobody asked for never answer the next request: a connection that holds any after a complete
answer (a second answer to one request, in the same write or a moment later) is not reused.

The server answers every request with its number and, after the first answer on a connection, sends
an unasked answer marked "unasked" and keeps the connection open for more requests: a client that
reused the connection would read that as the answer to its next call.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable
from typing import Any

import pytest

from ollama_openapi import AsyncClient, Client

from .harness import MODES, Mode
from .scripted import Conn, RawRequest, ScriptedServer, head

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]


def _answer(version: str) -> bytes:
    """A complete keep-alive answer to ``/api/version``."""
    body = json.dumps({"version": version}).encode()
    return head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]) + body


class _TwoAnswers:
    """The script: the first answer on a connection is followed by an unasked one, at once (`gap`
    None: in the same write) or `gap` seconds later; `sent` is set once the unasked answer is out."""

    def __init__(self, gap: float | None) -> None:
        self.gap = gap
        self.sent = threading.Event()
        self._numbers = itertools.count(1)

    def __call__(self, conn: Conn, request: RawRequest) -> None:
        own = _answer(f"answer-{next(self._numbers)}")
        if self.gap is None:
            conn.send(own + _answer("unasked"))
        else:
            conn.send(own)
            conn.wait(self.gap)
            conn.send(_answer("unasked"))
        self.sent.set()
        while conn.next_request() is not None:  # further requests on this connection: answered
            conn.send(_answer(f"answer-{next(self._numbers)}"))


async def _versions(mode: Mode, url: str, script: _TwoAnswers, calls: int) -> list[str]:
    """`calls` version calls on one client, each after the previous unasked answer went out."""
    versions: list[str] = []
    if mode == "sync":
        with Client(url, max_retries=0) as client:
            for _ in range(calls):
                versions.append(client.version().version)
                assert script.sent.wait(10)
                script.sent.clear()
        return versions
    async with AsyncClient(url, max_retries=0) as aclient:
        for _ in range(calls):
            versions.append((await aclient.version()).version)
            assert script.sent.wait(10)
            script.sent.clear()
    return versions


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("gap", [None, 0.05], ids=["same write", "50 ms later"])
async def test_a_connection_holding_unasked_bytes_is_not_reused(
    serve: Callable[..., ScriptedServer], mode: Mode, gap: float | None
) -> None:
    script = _TwoAnswers(gap)
    server = serve(script)
    versions = await _versions(mode, server.url, script, 3)
    assert versions == ["answer-1", "answer-2", "answer-3"]
    assert server.connections == 3  # each call on a fresh connection
    assert [request.target for request in server.requests] == ["/api/version"] * 3


@pytest.mark.parametrize("mode", MODES)
async def test_a_clean_connection_is_still_reused(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    def script(conn: Conn, request: RawRequest) -> None:
        number = itertools.count(1)
        conn.send(_answer(f"answer-{next(number)}"))
        while conn.next_request() is not None:
            conn.send(_answer(f"answer-{next(number)}"))

    server = serve(script)
    calls: Any
    if mode == "sync":
        with Client(server.url) as client:
            calls = [client.version().version for _ in range(3)]
    else:
        async with AsyncClient(server.url) as aclient:
            calls = [(await aclient.version()).version for _ in range(3)]
    assert calls == ["answer-1", "answer-2", "answer-3"]
    assert server.connections == 1
