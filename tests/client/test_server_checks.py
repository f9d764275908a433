"""The client tells users what their server cannot do (``server_checks``), on the wire, sync and async.

The field, its release and the route come from the spec's release annotations (never written here),
so these tests follow the spec as the history tool rewrites it.
"""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections.abc import Callable

import pytest

from ollama_openapi import (
    AsyncClient,
    Client,
    InvalidArgumentError,
    NotFoundError,
    OllamaCompatibilityWarning,
    UnsupportedByServerError,
)
from ollama_openapi._compat_check import SERVER_CHECKS_VARIABLE
from ollama_openapi._releases import Release
from ollama_openapi.api_history import Item, floor, items_by_operation
from ollama_openapi.fake import FakeOllama
from ollama_openapi.spec import load_spec

from .scripted_server import Recorded, Reply, ScriptedServer, json_reply
from .twins import make_client

CHAT_ANSWER = {
    "model": "llama3.2",
    "created_at": "2024-01-01T00:00:00Z",
    "message": {"role": "assistant", "content": "hi"},
    "done": True,
}
MESSAGES = [{"role": "user", "content": "hi"}]


def _newer_request_field(operation_id: str, *, removed: bool = False) -> Item:
    """A top-level request field of `operation_id` added after its route (or, `removed`, gone since)."""
    items = items_by_operation(load_spec())[operation_id]
    route = items[0]
    for item in items:
        if item.side != "request" or item.kind != "field" or "." in item.name or "[]" in item.name:
            continue
        if removed and item.removed is not None:
            return item
        if not removed and item.since is not None and (route.since is None or item.since > route.since):
            return item
    pytest.skip(f"the spec marks no {'removed' if removed else 'newer'} request field of {operation_id}")


def _before(release: Release) -> Release:
    """A release number just below `release`."""
    if release.patch:
        return Release(release.major, release.minor, release.patch - 1)
    if release.minor:
        return Release(release.major, release.minor - 1, 99)
    return Release(release.major - 1, 99, 99)


def _ollama(version: object) -> Callable[[Recorded], Reply]:
    """A server that answers ``/api/version`` with `version` (a JSON document, or a Reply) and chats."""

    def answer(request: Recorded) -> Reply:
        if request.path == "/api/version":
            return version if isinstance(version, Reply) else json_reply(version)
        return json_reply(CHAT_ANSWER)

    return answer


def _paths(server: ScriptedServer) -> list[str]:
    return [f"{request.method} {request.path}" for request in server.requests]


@pytest.fixture
def newer() -> Item:
    return _newer_request_field("chat")


def test_warns_once_per_field_and_still_sends(kind: str, newer: Item) -> None:
    assert newer.since is not None
    server_release = _before(newer.since)
    with (
        ScriptedServer(_ollama({"version": str(server_release)})) as server,
        make_client(kind, server.url, server_checks="warn") as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})

    found = [warning for warning in caught if issubclass(warning.category, OllamaCompatibilityWarning)]
    assert len(found) == 1
    message = str(found[0].message)
    assert newer.name in message
    assert str(newer.since) in message
    assert str(server_release) in message
    assert issubclass(OllamaCompatibilityWarning, UserWarning)
    assert "ollama_openapi" not in found[0].filename  # points at the caller, not the package
    assert "asyncio" not in found[0].filename
    assert _paths(server) == ["GET /api/version", "POST /api/chat", "POST /api/chat"]
    assert all(request.json()[newer.name] is True for request in server.requests[1:])


def test_error_mode_refuses_before_sending(kind: str, newer: Item) -> None:
    assert newer.since is not None
    server_release = _before(newer.since)
    with (
        ScriptedServer(_ollama({"version": str(server_release)})) as server,
        make_client(kind, server.url, server_checks="error") as client,
    ):
        with pytest.raises(UnsupportedByServerError) as raised:
            client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})
        with pytest.raises(UnsupportedByServerError):
            client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})
        client.chat("llama3.2", MESSAGES)  # what the server has is sent as usual

    error = raised.value
    assert isinstance(error, InvalidArgumentError)
    assert (error.feature, error.since, error.server_version) == (
        newer.name,
        str(newer.since),
        str(server_release),
    )
    assert _paths(server) == ["GET /api/version", "POST /api/chat"]
    assert newer.name not in server.requests[1].json()


def test_off_sends_nothing_extra(kind: str, newer: Item) -> None:
    assert newer.since is not None
    with (
        ScriptedServer(_ollama({"version": str(_before(newer.since))})) as server,
        make_client(kind, server.url, server_checks="off") as client,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("error")
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})

    assert _paths(server) == ["POST /api/chat"]


def test_no_version_request_when_nothing_newer_is_used(kind: str, newer: Item) -> None:
    with (
        ScriptedServer(_ollama({"version": "0.1.0"})) as server,
        make_client(kind, server.url, server_checks="warn") as client,
    ):
        client.chat("llama3.2", MESSAGES)
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: None})  # absent, in effect

    assert _paths(server) == ["POST /api/chat", "POST /api/chat"]


def test_new_enough_server_gets_no_warning(kind: str, newer: Item) -> None:
    assert newer.since is not None
    with (
        ScriptedServer(_ollama({"version": f"v{newer.since}-rc1"})) as server,
        make_client(kind, server.url, server_checks="error") as client,
    ):
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})

    assert _paths(server) == ["GET /api/version", "POST /api/chat", "POST /api/chat"]


@pytest.mark.parametrize(
    "version",
    [
        {"version": "0.0.0"},  # a development build
        {"version": "main"},
        {"nothing": 1},
        Reply(404, b"404 page not found", content_type="text/plain"),  # not Ollama
        Reply(200, b"<html>a proxy</html>", content_type="text/html"),
    ],
    ids=["dev-build", "not-a-release", "no-version", "404", "html"],
)
def test_unreadable_version_means_no_check(kind: str, newer: Item, version: object) -> None:
    with (
        ScriptedServer(_ollama(version)) as server,
        make_client(kind, server.url, server_checks="error") as client,
    ):
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})
        client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})

    assert _paths(server) == ["GET /api/version", "POST /api/chat", "POST /api/chat"]


def test_removed_field_warns_on_a_newer_server(kind: str) -> None:
    gone = _newer_request_field("generate", removed=True)
    assert gone.removed is not None
    answer = {"model": "llama3.2", "created_at": "2024-01-01T00:00:00Z", "response": "", "done": True}

    def script(request: Recorded) -> Reply:
        return json_reply({"version": str(gone.removed)} if request.path == "/api/version" else answer)

    warned = pytest.warns(OllamaCompatibilityWarning, match=f"removed in Ollama {gone.removed}")
    with (
        ScriptedServer(script) as server,
        make_client(kind, server.url, server_checks="warn") as client,
        warned,
    ):
        client.generate("llama3.2", "hi", extra_body={gone.name: 64})

    assert _paths(server) == ["GET /api/version", "POST /api/generate"]


def test_404_of_a_route_the_server_predates_says_so(kind: str) -> None:
    spec = load_spec()
    route = items_by_operation(spec)["embed"][0]
    if route.since is None or route.since == floor(spec):
        pytest.skip("the spec does not mark /api/embed newer than the oldest route")
    server_release = _before(route.since)
    fake = FakeOllama(version=str(server_release), models=["all-minilm"])
    with (
        fake,
        make_client(kind, fake.url, server_checks="warn") as client,
        pytest.raises(NotFoundError) as raised,
    ):
        client.embed("all-minilm", "hello")
    assert (
        raised.value.error == f"this Ollama ({server_release}) predates {route.route}, added in {route.since}"
    )
    assert raised.value.status_code == 404


def _racing_server(version: str) -> tuple[ScriptedServer, threading.Event]:
    """A server whose ``/api/version`` answer waits until the test lets it go."""
    release = threading.Event()

    def answer(request: Recorded) -> Reply:
        if request.path == "/api/version":
            release.wait(30)
            return json_reply({"version": version})
        return json_reply(CHAT_ANSWER)

    return ScriptedServer(answer), release


def test_one_version_request_under_20_racing_threads(newer: Item) -> None:
    assert newer.since is not None
    server, release = _racing_server(str(_before(newer.since)))
    barrier = threading.Barrier(20)
    errors: list[BaseException] = []
    with server, Client(server.url, server_checks="warn") as client:

        def call() -> None:
            try:
                barrier.wait(30)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    client.chat("llama3.2", MESSAGES, extra_body={newer.name: True})
            except BaseException as error:  # reported below
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(20)]
        for thread in threads:
            thread.start()
        assert server.wait_for_requests(1, timeout=30)
        release.set()
        for thread in threads:
            thread.join(60)
    assert errors == []
    assert _paths(server).count("GET /api/version") == 1
    assert _paths(server).count("POST /api/chat") == 20


def test_one_version_request_under_20_racing_tasks(newer: Item) -> None:
    assert newer.since is not None
    server, release = _racing_server(str(_before(newer.since)))

    async def race() -> None:
        async with AsyncClient(server.url, server_checks="warn") as client:
            calls = [client.chat("llama3.2", MESSAGES, extra_body={newer.name: True}) for _ in range(20)]
            gathered = asyncio.gather(*calls)
            await asyncio.to_thread(server.wait_for_requests, 1, 30)
            release.set()
            await gathered

    with server, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        asyncio.run(race())
    assert _paths(server).count("GET /api/version") == 1
    assert _paths(server).count("POST /api/chat") == 20


def test_server_checks_takes_three_modes_default_warn_or_the_environments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(InvalidArgumentError, match="server_checks"):
        Client(server_checks="loud")  # type: ignore[arg-type]
    monkeypatch.delenv(SERVER_CHECKS_VARIABLE, raising=False)
    with Client() as client:
        assert client._transport.checks.mode == "warn"
    for mode in ("warn", "error", "off"):
        monkeypatch.setenv(SERVER_CHECKS_VARIABLE, mode)
        with Client() as client, Client(server_checks="warn") as explicit:
            assert (client._transport.checks.mode, explicit._transport.checks.mode) == (mode, "warn")
    monkeypatch.setenv(SERVER_CHECKS_VARIABLE, "loud")
    with pytest.raises(InvalidArgumentError, match=SERVER_CHECKS_VARIABLE):
        Client()
