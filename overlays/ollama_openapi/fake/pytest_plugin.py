"""A pytest plugin with a ``fake_ollama`` fixture (register via the ``pytest11`` entry point or
``pytest_plugins = ["ollama_openapi.fake.pytest_plugin"]``).

The ``fake_ollama`` marker configures the fixture's server with :class:`FakeOllama`'s keyword arguments;
markers on the module, the class and the test add up, the closest winning::

    pytestmark = pytest.mark.fake_ollama(models=["llama3.2"])

    @pytest.mark.fake_ollama(tokens_per_second=20, faults=[ErrorReply(503, retry_after=1)])
    def test_slow_and_busy(fake_ollama: FakeOllama) -> None: ...

A test can also change the running server: ``fake_ollama.fail_next(429)``, ``fake_ollama.load_time = 2``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .server import FakeOllama

MARKER = "fake_ollama"


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker (so that ``--strict-markers`` accepts it)."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): start the fake_ollama fixture's server with FakeOllama(**options)",
    )


def server_options(node: pytest.Item) -> dict[str, Any]:
    """The keyword arguments the ``fake_ollama`` markers of `node` give, the closest marker winning."""
    options: dict[str, Any] = {}
    for marker in reversed(list(node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER} takes keyword arguments only (FakeOllama's), got {marker.args!r}"
            )
        options.update(marker.kwargs)
    return options


@pytest.fixture
def fake_ollama(request: pytest.FixtureRequest) -> Iterator[FakeOllama]:
    """A running :class:`FakeOllama` on a free loopback port, stopped after the test: empty, unless the
    ``fake_ollama`` marker passes it options (``@pytest.mark.fake_ollama(models=["llama3.2"])``)."""
    node = request.node
    options = server_options(node) if isinstance(node, pytest.Item) else {}
    with FakeOllama(**options) as server:
        yield server
