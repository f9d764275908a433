"""A client used in a process forked from the one that made it: parent and child call at once, and
every answer is its own (before, both wrote on the inherited pooled connection and read each other's
answers). The child gets a fresh pool; the parent keeps using its connection.

The server echoes each request's ``X-Marker`` header as the version, so an answer that went to the
wrong call, or a garbled one, shows.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from ollama_openapi import AsyncClient, Client

from .scripted import Conn, RawRequest, ScriptedServer, head

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() exists on POSIX systems only"),
]

CALLS = 25


def _echo(conn: Conn, request: RawRequest | None) -> None:
    """Answer every request on the connection with its marker (keep-alive, a little apart)."""
    while request is not None:
        body = json.dumps({"version": request.headers.get("x-marker", "")}).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        # The head and the body in two writes: a reader that takes another's answer also splits it.
        conn.send(head(200, headers))
        conn.wait(0.001)
        conn.send(body)
        request = conn.next_request()


def _wrong(answers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(asked, got) for asked, got in answers if asked != got]


def _forked(work: Callable[[str], list[tuple[str, str]]]) -> tuple[list[Any], list[Any]]:
    """Fork; parent and child run `work` at once; (what went wrong in the parent, in the child)."""
    results_read, results_write = os.pipe()
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, then leave without running pytest's exit code
        code = 0
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # not pytest-timeout's handler: just end
        signal.alarm(45)
        try:
            os.read(go_read, 1)
            report: list[Any] = work("child")
        except BaseException as exc:  # anything at all: reported to the parent
            report = [("child failed", repr(exc))]
        try:
            os.write(results_write, json.dumps(report).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(results_write)
    os.write(go_write, b"x")  # both start now
    try:
        parent = work("parent")
    finally:
        chunks = []
        while data := os.read(results_read, 65536):
            chunks.append(data)
        _, status = os.waitpid(pid, 0)
        for descriptor in (results_read, go_read, go_write):
            os.close(descriptor)
    assert os.waitstatus_to_exitcode(status) == 0
    return parent, json.loads(b"".join(chunks) or b"[]")


def test_a_sync_client_in_a_forked_child_uses_its_own_connections(
    serve: Callable[..., ScriptedServer],
) -> None:
    server = serve(_echo)
    with Client(server.url, max_retries=0, timeout=20) as client:
        assert client.version(extra_headers={"X-Marker": "before"}).version == "before"

        def work(tag: str) -> list[tuple[str, str]]:
            answers = []
            for index in range(CALLS):
                marker = f"{tag}-{index}"
                answers.append((marker, client.version(extra_headers={"X-Marker": marker}).version))
            return _wrong(answers)

        parent, child = _forked(work)
        assert parent == []
        assert child == []
        # The parent kept its connection; the child opened one of its own.
        assert server.connections == 2
        assert client.version(extra_headers={"X-Marker": "after"}).version == "after"
    assert server.connections == 2


def test_an_async_client_in_a_forked_child_uses_its_own_connections_and_loop_state(
    serve: Callable[..., ScriptedServer],
) -> None:
    """The child goes on with the loop object it inherited (not running at the fork): the client must
    not take that for the parent's loop and reuse the parent's connections."""
    server = serve(_echo)
    loop = asyncio.new_event_loop()
    client = AsyncClient(server.url, max_retries=0, timeout=20)

    def run(coroutine: Awaitable[Any]) -> Any:
        return loop.run_until_complete(coroutine)

    async def calls(tag: str) -> list[tuple[str, str]]:
        answers = []
        for index in range(CALLS):
            marker = f"{tag}-{index}"
            answers.append((marker, (await client.version(extra_headers={"X-Marker": marker})).version))
        return _wrong(answers)

    try:
        assert run(client.version(extra_headers={"X-Marker": "before"})).version == "before"
        parent, child = _forked(lambda tag: run(calls(tag)))
        assert parent == []
        assert child == []
        assert server.connections == 2
        assert run(client.version(extra_headers={"X-Marker": "after"})).version == "after"
        run(client.aclose())
    finally:
        loop.close()
    assert server.connections == 2
