"""Timeouts (connect-only by default, per-call override) and retries (what, when, how long)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ollama_openapi._settings import ClientSettings
from ollama_openapi.errors import (
    InvalidArgumentError,
    OllamaConnectionError,
    OllamaTimeoutError,
    ResponseError,
    ServiceUnavailableError,
    StreamTruncatedError,
)

from .payloads import USER_HI, chat_chunk, chat_reply, chat_stream, version_reply
from .scripted_server import Reply, ScriptedServer, free_port, json_reply, ndjson
from .twins import Api, make_client, set_retry

pytestmark = pytest.mark.timeout(30)

NDJSON = "application/x-ndjson"


class Waits:
    """Records the backoff waits a client asks for (sync and async), without sleeping."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.seconds.append(seconds)

    def policy(self, **options: Any) -> dict[str, Any]:
        return {"sleep": self.sleep, "async_sleep": self.async_sleep, **options}


@contextlib.contextmanager
def serve(kind: str, *replies: Reply, **options: Any) -> Iterator[tuple[ScriptedServer, Api]]:
    """A scripted server answering `replies` and a client of `kind` for it."""
    with ScriptedServer(replies) as server, make_client(kind, server.url, **options) as api:
        yield server, api


# --- timeouts ---------------------------------------------------------------------------------------


def test_default_timeout_limits_only_connecting(kind: str) -> None:
    seen: list[dict[str, Any]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"version": "1"})

    with make_client(kind, "127.0.0.1:11434", transport=httpx.MockTransport(handle)) as api:
        api.version()
        api.version(timeout=2.5)
        api.version(timeout=None)
    assert seen[0] == {"connect": 10.0, "read": None, "write": None, "pool": None}
    assert seen[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert seen[2] == {"connect": None, "read": None, "write": None, "pool": None}


def test_per_call_timeout_fires_on_time_for_a_stalled_stream(kind: str) -> None:
    stalled = Reply(200, ndjson(chat_chunk("a")), content_type=NDJSON, framing="chunked", stall=10)
    with ScriptedServer([stalled]) as server, make_client(kind, server.url) as api:
        iterator = api.chat("m", USER_HI, stream=True, timeout=0.3)
        assert next(iterator).message.content == "a"
        started = time.monotonic()
        with pytest.raises(OllamaTimeoutError) as caught:
            next(iterator)
        elapsed = time.monotonic() - started
    assert 0.2 <= elapsed < 3
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.kind == "read"
    assert caught.value.timeout == pytest.approx(0.3)
    assert "127.0.0.1" in str(caught.value)


def test_per_call_timeout_fires_when_the_body_stalls_after_headers(kind: str) -> None:
    stalled = Reply(200, [b'{"version": "1"}'], pause=10)
    with ScriptedServer([stalled]) as server, make_client(kind, server.url, max_retries=0) as api:
        started = time.monotonic()
        with pytest.raises(OllamaTimeoutError):
            api.version(timeout=httpx.Timeout(5, read=0.3))
        assert time.monotonic() - started < 3


def test_per_call_timeout_overrides_a_shorter_client_timeout(kind: str) -> None:
    slow = Reply(200, [b'{"version": "slow"}'], pause=0.5)
    with ScriptedServer([slow]) as server, make_client(kind, server.url, timeout=0.1, max_retries=0) as api:
        with pytest.raises(OllamaTimeoutError):
            api.version()
        assert api.version(timeout=5).version == "slow"


def test_client_timeout_applies_to_every_call(kind: str) -> None:
    slow = Reply(200, [chat_reply().pieces[0]], pause=10)
    with ScriptedServer([slow]) as server, make_client(kind, server.url, timeout=0.2, max_retries=0) as api:
        started = time.monotonic()
        with pytest.raises(OllamaTimeoutError):
            api.chat("m", USER_HI)
        assert time.monotonic() - started < 3


# --- what is retried --------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503])
def test_retryable_statuses_are_retried(kind: str, status: int) -> None:
    replies = [json_reply({"error": "busy"}, status=status), version_reply("after")]
    with ScriptedServer(replies) as server, make_client(kind, server.url) as api:
        set_retry(api, base_delay=0.001)
        assert api.version().version == "after"
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 404, 500, 520])
def test_other_statuses_are_not_retried(kind: str, status: int) -> None:
    replies = [json_reply({"error": "no"}, status=status), version_reply()]
    with ScriptedServer(replies) as server, make_client(kind, server.url) as api:
        set_retry(api, base_delay=0.001)
        with pytest.raises(ResponseError) as caught:
            api.version()
        assert caught.value.status_code == status
    assert len(server.requests) == 1


def test_a_dropped_connection_is_retried(kind: str) -> None:
    with (
        ScriptedServer([Reply(drop=True), chat_reply("second")]) as server,
        make_client(kind, server.url) as api,
    ):
        set_retry(api, base_delay=0.001)
        assert api.chat("m", USER_HI).message.content == "second"
    assert len(server.requests) == 2
    assert server.connections == 2


def test_connection_refused_is_retried_with_backoff(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Refused by another machine (this one, as the client is told): retried. See test_retry_table.py.
    monkeypatch.setattr(ClientSettings, "is_loopback", property(lambda _: False))
    waits = Waits()
    with make_client(kind, f"127.0.0.1:{free_port()}", max_retries=3) as api:
        set_retry(api, **waits.policy(base_delay=0.01, jitter="none"))
        with pytest.raises(OllamaConnectionError):
            api.version()
    assert waits.seconds == [0.01, 0.02, 0.04]


def test_backoff_is_exponential_with_jitter(kind: str) -> None:
    waits = Waits()
    replies = [Reply(503), Reply(503), Reply(503), version_reply()]
    with ScriptedServer(replies) as server, make_client(kind, server.url, max_retries=3) as api:
        set_retry(api, **waits.policy(base_delay=0.1, random=lambda: 0.5))
        api.version()
    assert waits.seconds == pytest.approx([0.05, 0.1, 0.2])
    assert len(server.requests) == 4


def test_retry_after_wins_over_backoff(kind: str) -> None:
    waits = Waits()
    replies = [
        Reply(429, headers={"Retry-After": "0.25"}),
        Reply(503, headers={"Retry-After": "0"}),
        version_reply(),
    ]
    with ScriptedServer(replies) as server, make_client(kind, server.url) as api:
        set_retry(api, **waits.policy(base_delay=30))
        api.version()
    assert waits.seconds == [0.25]  # Retry-After: 0 means "now": no wait at all
    assert len(server.requests) == 3


def test_retry_after_really_waits(kind: str) -> None:
    replies = [Reply(503, headers={"Retry-After": "0.3"}), version_reply()]
    with ScriptedServer(replies) as server, make_client(kind, server.url) as api:
        started = time.monotonic()
        api.version()
        elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 3


def test_retries_give_up_after_max_retries(kind: str) -> None:
    with (
        ScriptedServer([Reply(503, b'{"error":"queue full"}')]) as server,
        make_client(kind, server.url) as api,
    ):
        set_retry(api, base_delay=0.001)
        with pytest.raises(ServiceUnavailableError) as caught:
            api.version()
    assert "queue full" in str(caught.value)
    assert len(server.requests) == 3  # max_retries=2 by default


def test_max_retries_zero_turns_retrying_off(kind: str) -> None:
    with (
        ScriptedServer([Reply(503), version_reply()]) as server,
        make_client(kind, server.url, max_retries=0) as api,
        pytest.raises(ServiceUnavailableError),
    ):
        api.version()
    assert len(server.requests) == 1


# --- when retrying is not safe ----------------------------------------------------------------------


def test_a_stream_is_retried_before_its_first_byte(kind: str) -> None:
    with ScriptedServer([Reply(503), chat_stream("x")]) as server, make_client(kind, server.url) as api:
        set_retry(api, base_delay=0.001)
        assert [chunk.message.content for chunk in api.chat("m", USER_HI, stream=True)] == ["x", ""]
    assert len(server.requests) == 2


def test_a_stream_is_not_retried_after_bytes_reached_the_caller(kind: str) -> None:
    broken = Reply(200, ndjson(chat_chunk("a")), content_type=NDJSON, framing="chunked", truncate=True)
    with ScriptedServer([broken, chat_stream("never")]) as server, make_client(kind, server.url) as api:
        set_retry(api, base_delay=0.001)
        received = []
        with pytest.raises(StreamTruncatedError):
            received.extend(api.chat("m", USER_HI, stream=True))
        assert [chunk.message.content for chunk in received] == ["a"]
    assert len(server.requests) == 1


def test_unsafe_requests_are_not_retried(kind: str) -> None:
    # POST /api/signout is not marked idempotent in the spec: a 503 or a dropped connection ends it.
    with ScriptedServer([Reply(503), Reply(200, b"null")]) as server, make_client(kind, server.url) as api:
        set_retry(api, base_delay=0.001)
        with pytest.raises(ServiceUnavailableError):
            api.signout()
    assert len(server.requests) == 1
    with (
        ScriptedServer([Reply(drop=True), Reply(200, b"null")]) as server,
        make_client(kind, server.url) as api,
    ):
        set_retry(api, base_delay=0.001)
        with pytest.raises(OllamaConnectionError):
            api.signout()
    assert len(server.requests) == 1


def test_unsafe_requests_are_retried_when_they_never_left(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ClientSettings, "is_loopback", property(lambda _: False))
    waits = Waits()
    with make_client(kind, f"127.0.0.1:{free_port()}", max_retries=1) as api:
        set_retry(api, **waits.policy(base_delay=0.001))
        with pytest.raises(OllamaConnectionError):
            api.signout()
    assert len(waits.seconds) == 1  # refused before sending: repeating cannot sign out twice


def test_is_running_probe_does_not_retry(kind: str) -> None:
    waits = Waits()
    with make_client(kind, f"127.0.0.1:{free_port()}") as api:
        set_retry(api, **waits.policy(base_delay=5))
        assert api.is_running() is False
    assert waits.seconds == []


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), "5", True])
def test_invalid_timeouts_are_invalid_arguments(kind: str, timeout: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        make_client(kind, "127.0.0.1:11434", timeout=timeout)
    with ScriptedServer([version_reply()]) as server, make_client(kind, server.url) as api:
        with pytest.raises(InvalidArgumentError):
            api.version(timeout=timeout)
        with pytest.raises(InvalidArgumentError):
            api.chat("m", USER_HI, stream=True, timeout=timeout)  # at the call, not at the first item
    assert server.requests == []


@pytest.mark.parametrize("max_retries", [-1, 1.5, "2", None])
def test_invalid_max_retries_is_an_invalid_argument(kind: str, max_retries: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        make_client(kind, "127.0.0.1:11434", max_retries=max_retries)
