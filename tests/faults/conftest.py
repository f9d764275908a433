"""Fixtures of the fault tests: an asyncio backend for anyio tests and a scripted-server factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .scripted import Script, ScriptedServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def serve() -> Iterator[Callable[..., ScriptedServer]]:
    """Start a :class:`ScriptedServer` for a script; every server started is stopped after the test."""
    servers: list[ScriptedServer] = []

    def start(script: Script, **options: Any) -> ScriptedServer:
        server = ScriptedServer(script, **options).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()
    errors = [error for server in servers for error in server.script_errors]
    assert not errors, f"a scripted server failed: {errors!r}"
