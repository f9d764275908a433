"""A pytest plugin with a ``fake_ollama`` fixture (register via the ``pytest11`` entry point or
``pytest_plugins = ["ollama_openapi.fake.pytest_plugin"]``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import FakeOllama


@pytest.fixture
def fake_ollama() -> Iterator[FakeOllama]:
    """A running, empty :class:`FakeOllama` on a free loopback port, stopped after the test."""
    with FakeOllama() as server:
        yield server
