"""Settings and collection for the whole suite.

Clients made without ``server_checks=`` take ``OLLAMA_OPENAPI_SERVER_CHECKS``: the suite turns the
checks off by default, so that the many tests that count a call's requests (or script a server's
answers in order) see the call's request only, not the one ``GET /api/version`` a checking client
adds. tests/client/test_server_checks.py and the README example test the checks with explicit modes
and without the variable. Set it before running pytest to run the suite with the checks on.

Tests marked ``live`` run only when a real Ollama answers at ``OLLAMA_HOST``. Without one they are
deselected, and the run says so in one line (instead of one skip per test); ``make test-live`` runs
them (``-m live``) against the Ollama ``OLLAMA_HOST`` names.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("OLLAMA_OPENAPI_SERVER_CHECKS", "off")

_LIVE_REASON = pytest.StashKey[str]()


def _live_unavailable() -> str | None:
    """Why the live tests cannot run here, or None when an Ollama answers at ``OLLAMA_HOST``."""
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        return "OLLAMA_HOST is not set"
    from ollama_openapi import Client
    from ollama_openapi.errors import OllamaError

    try:
        with Client(host, timeout=2.0, max_retries=0) as probe:
            if probe.is_running():
                return None
            return f"no Ollama answers at {probe.base_url} (OLLAMA_HOST)"
    except OllamaError as error:  # an OLLAMA_HOST that is not an address
        return f"OLLAMA_HOST is not usable: {error}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    live = [item for item in items if item.get_closest_marker("live") is not None]
    if not live:
        return
    reason = _live_unavailable()
    if reason is None:
        return
    config.stash[_LIVE_REASON] = f"{len(live)} live tests deselected: {reason} (see `make test-live`)"
    kept = [item for item in items if item.get_closest_marker("live") is None]
    config.hook.pytest_deselected(items=live)
    items[:] = kept


def pytest_report_collectionfinish(config: pytest.Config) -> str | None:
    return config.stash.get(_LIVE_REASON, None)


def use_line_loader(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make the JSON decoders use orjson (``"orjson"``, skipped when it is not installed) or the
    ``json`` fallback (``"json"``), whichever is installed."""
    import ollama_openapi._ndjson as ndjson  # first: it imports the readers below as it loads
    import ollama_openapi._sse as sse
    from ollama_openapi._async import ndjson as async_ndjson
    from ollama_openapi_generated._sync import ndjson as sync_ndjson

    fast = None
    if name == "orjson":
        fast = pytest.importorskip("orjson", reason="the speed extra (orjson) is not installed").loads
    monkeypatch.setattr(ndjson, "_fast_loads", fast)
    for module in (ndjson, sse, sync_ndjson, async_ndjson):
        monkeypatch.setattr(module, "_line_loads", ndjson._loads_utf8 if fast is None else fast)


@pytest.fixture(params=["json", "orjson"])
def line_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with each JSON parser the decoders may use: ``json`` and orjson (the speed extra)."""
    name = str(request.param)
    use_line_loader(monkeypatch, name)
    return name
