"""The fake plays any Ollama release, from the spec's release annotations: routes the release lacks
answer the router's 404, request fields it lacks are ignored, answers leave out the fields it lacks.

The routes, fields and releases come from the shipped spec, never from this file.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import ollama
import pytest

from ollama_openapi import Client
from ollama_openapi._releases import Release, parse_release
from ollama_openapi.api_history import Item, floor, items_by_operation
from ollama_openapi.fake import FakeOllama
from ollama_openapi.spec import load_spec, since

pytestmark = pytest.mark.timeout(60)

REPOSITORY = Path(__file__).resolve().parents[2]
MESSAGES = [{"role": "user", "content": "Why is the sky blue?"}]


def _before(release: Release) -> str:
    """A release number just below `release`."""
    if release.patch:
        return str(Release(release.major, release.minor, release.patch - 1))
    if release.minor:
        return str(Release(release.major, release.minor - 1, 99))
    return str(Release(release.major - 1, 99, 99))


def _newer_route() -> Item:
    """A POST route of the native API newer than the oldest route and than ``/api/version`` (so that
    a release without it still says its version)."""
    spec = load_spec()
    routes = items_by_operation(spec)
    oldest = max(filter(None, (floor(spec), routes["get_version"][0].since)), default=None)
    for items in routes.values():
        route = items[0]
        newer = route.since is not None and oldest is not None and route.since > oldest
        if newer and route.route.startswith("POST /api/"):
            return route
    pytest.skip("the spec marks no native route newer than the oldest")


def _since(operation_id: str, field: str) -> Release:
    found = parse_release(since(operation_id, field))
    if found is None:
        pytest.skip(f"the spec does not say when {operation_id} got {field}")
    return found


def _answer_fields(operation_id: str) -> list[Item]:
    """The answer fields of `operation_id` added after its route."""
    items = items_by_operation(load_spec())[operation_id]
    route = items[0].since
    return [
        item
        for item in items
        if item.side == "answer"
        and item.kind == "field"
        and item.since is not None
        and (route is None or item.since > route)
    ]


def _has(document: Any, path: str) -> bool:
    """Whether `document` has the field at `path` (``message.thinking``, ``messages[].images``)."""
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        values = document.get(head[:-2]) if isinstance(document, dict) else None
        return isinstance(values, list) and any(_has(value, rest) for value in values)
    if not isinstance(document, dict) or head not in document:
        return False
    return _has(document[head], rest) if rest else True


def test_a_route_the_release_lacks_answers_the_routers_404() -> None:
    route = _newer_route()
    assert route.since is not None
    method, path = route.route.split(" ", 1)
    with FakeOllama(version=_before(route.since), models=["all-minilm"]) as fake:
        answer = httpx.request(method, fake.url + path, json={"model": "all-minilm", "input": "x"})
        assert httpx.get(f"{fake.url}/api/version").json() == {"version": _before(route.since)}
    assert answer.status_code == 404
    assert answer.text == "404 page not found"
    assert answer.headers["content-type"] == "text/plain"
    with FakeOllama(version=str(route.since), models=["all-minilm"]) as fake:
        answer = httpx.request(method, fake.url + path, json={"model": "all-minilm", "input": "x"})
    assert answer.status_code != 404


def test_request_fields_the_release_lacks_are_ignored() -> None:
    think = _since("chat", "think")
    body = {"model": "llama3.2", "messages": MESSAGES, "think": True, "stream": False}
    with FakeOllama(models=["llama3.2"]) as newest:
        refused = httpx.post(f"{newest.url}/api/chat", json=body)
    assert refused.status_code == 400  # llama3.2 does not think: a release with think refuses
    with FakeOllama(version=_before(think), models=["llama3.2"], strict=True) as old:
        answered = httpx.post(f"{old.url}/api/chat", json=body)
        assert old.violations == []
    assert answered.status_code == 200  # a release without think never reads it
    assert answered.json()["message"]["content"]


@pytest.mark.parametrize("stream", [False, True])
def test_answers_leave_out_the_fields_the_release_lacks(stream: bool) -> None:
    fields = _answer_fields("chat")
    if not fields:
        pytest.skip("the spec marks no answer field of chat")
    oldest = min(item.since for item in fields if item.since is not None)
    body = {"model": "qwen3", "messages": MESSAGES, "stream": stream}

    def documents(fake: FakeOllama) -> list[Any]:
        answer = httpx.post(f"{fake.url}/api/chat", json=body)
        assert answer.status_code == 200
        return [json.loads(line) for line in answer.text.splitlines() if line.strip()]

    with FakeOllama(models=["qwen3"]) as newest:
        new = documents(newest)
    shown = {item.name for item in fields if any(_has(document, item.name) for document in new)}
    assert shown  # the newest release sends some of them (a thinking model thinks)
    with FakeOllama(version=_before(oldest), models=["qwen3"], validate_responses=True) as old:
        found = documents(old)
        assert old.violations == []
    assert not any(_has(document, name) for document in found for name in shown)
    assert found[-1]["done"] is True


@pytest.mark.fake_ollama(version="0.0.0", models=["qwen3"])
def test_a_development_build_plays_the_newest_release(fake_ollama: FakeOllama) -> None:
    route = _newer_route()
    method, path = route.route.split(" ", 1)
    answer = httpx.request(method, fake_ollama.url + path, json={"model": "qwen3", "input": "x"})
    assert answer.status_code != 404
    assert httpx.get(f"{fake_ollama.url}/api/version").json() == {"version": "0.0.0"}


_VERSION_ROUTE = items_by_operation(load_spec())["get_version"][0].since


@pytest.mark.skipif(_VERSION_ROUTE is None, reason="the spec does not say when /api/version came")
@pytest.mark.fake_ollama(version=str(_VERSION_ROUTE), models=["all-minilm"])
def test_the_pytest_marker_plays_a_release(fake_ollama: FakeOllama) -> None:
    assert httpx.get(f"{fake_ollama.url}/api/version").json() == {"version": str(_VERSION_ROUTE)}
    route = _newer_route()
    method, path = route.route.split(" ", 1)
    assert httpx.request(method, fake_ollama.url + path, json={}).status_code == 404


def test_a_release_before_the_version_route_answers_it_with_the_routers_404() -> None:
    if _VERSION_ROUTE is None or floor(load_spec()) == _VERSION_ROUTE:
        pytest.skip("the spec has no release older than /api/version")
    with FakeOllama(version=_before(_VERSION_ROUTE), models=["llama3.2"]) as fake:
        answer = httpx.get(f"{fake.url}/api/version")
        assert answer.status_code == 404
        assert answer.text == "404 page not found"
        with Client(fake.url, server_checks="error") as client:  # no version to read: no checks
            assert client.generate("llama3.2", "hi").done is True


def test_command_line_plays_a_release() -> None:
    route = _newer_route()
    assert route.since is not None
    old = _before(route.since)
    environment = {"PYTHONPATH": f"{REPOSITORY / 'overlays'}:{REPOSITORY / 'generated'}"}
    command = [sys.executable, "-m", "ollama_openapi.fake", "--port", "0", "--ollama-version", old]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert httpx.get(f"{url}/api/version").json() == {"version": old}
        method, path = route.route.split(" ", 1)
        assert httpx.request(method, url + path, json={}).status_code == 404
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_official_client_accepts_an_old_release() -> None:
    think = _since("chat", "think")
    embed = items_by_operation(load_spec())["embed"][0]
    old = _before(min(think, embed.since or think))
    with FakeOllama(version=old, models=["qwen3", "all-minilm"]) as fake:
        client = ollama.Client(host=fake.url)
        answer = client.chat(model="qwen3", messages=MESSAGES, think=True)
        assert answer.message.content
        assert answer.message.thinking is None  # the release neither reads think nor sends thinking
        parts = list(client.chat(model="qwen3", messages=MESSAGES, think=True, stream=True))
        assert parts[-1].done
        assert all(part.message.thinking is None for part in parts)
        if embed.since is not None and embed.since > parse_release(old):  # type: ignore[operator]
            with pytest.raises(ollama.ResponseError) as raised:
                client.embed(model="all-minilm", input="hello")
            assert raised.value.status_code == 404
        assert client.embeddings(model="all-minilm", prompt="hello").embedding
        assert httpx.get(f"{fake.url}/api/version").json() == {"version": old}
