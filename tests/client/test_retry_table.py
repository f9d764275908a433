"""The README's retry table, row by row, on the wire: what is retried, and how many requests go out.

Each row counts what the server saw (requests read, or connections for failures before a request) and
what the client put on the wire (httpx's ``request`` event hook runs once per attempt, also for an
attempt that never connected). Waits are recorded instead of slept where the row retries.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ollama_openapi._settings import ClientSettings
from ollama_openapi.errors import (
    GatewayTimeoutError,
    OllamaConnectionError,
    OllamaTimeoutError,
    RateLimitError,
)
from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.http_server import FakeRequestHandler

from .payloads import version_reply
from .scripted_server import Reply, ScriptedServer, free_port, json_reply
from .twins import Api, make_client, set_retry

pytestmark = pytest.mark.timeout(60)

GENERATED = json_reply({"model": "m", "response": "hi", "done": True})


class Attempts:
    """Counts the requests a client puts on the wire (its httpx ``request`` event hook) and its waits."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.count = 0
        self.waits: list[float] = []

    def _seen(self, _: httpx.Request) -> None:
        self.count += 1

    async def _aseen(self, request: httpx.Request) -> None:
        self._seen(request)

    def hooks(self) -> dict[str, list[Callable[[httpx.Request], Any]]]:
        return {"request": [self._seen if self.kind == "sync" else self._aseen]}

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


@contextlib.contextmanager
def client_for(kind: str, url: str, **options: Any) -> Iterator[tuple[Api, Attempts]]:
    """A client of `kind` whose attempts are counted and whose backoff waits are recorded, not slept."""
    attempts = Attempts(kind)
    with make_client(kind, url, event_hooks=attempts.hooks(), **options) as api:
        set_retry(
            api,
            sleep=attempts.sleep,
            async_sleep=attempts.async_sleep,
            retry_read_timeouts=options.get("retry_read_timeouts", False),
        )
        yield api, attempts


# --- refused connection -----------------------------------------------------------------------------


def test_a_refused_connection_to_this_machine_is_not_retried(kind: str) -> None:
    # Nothing listens on the port: waiting will not change that. The official client reports at once too.
    with (
        client_for(kind, f"127.0.0.1:{free_port()}") as (api, attempts),
        pytest.raises(OllamaConnectionError) as caught,
    ):
        api.version()
    assert caught.value.kind == "refused"
    assert (attempts.count, attempts.waits) == (1, [])


def test_a_refused_connection_to_another_machine_is_retried(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another machine (a restarting server behind a load balancer) may listen again in a moment. The
    # connection is really refused on loopback; the client is told the host is not this machine.
    monkeypatch.setattr(ClientSettings, "is_loopback", property(lambda _: False))
    with (
        client_for(kind, f"127.0.0.1:{free_port()}") as (api, attempts),
        pytest.raises(OllamaConnectionError) as caught,
    ):
        api.signout()  # even a request that is not safe to repeat: it never left
    assert caught.value.kind == "refused"
    assert attempts.count == 3
    assert len(attempts.waits) == 2


# --- DNS ----------------------------------------------------------------------------------------------


def test_a_name_that_does_not_resolve_is_not_retried(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The system resolver has its own retries; the answer will not change within a second.
    lookups: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("ollama.invalid", b"ollama.invalid"):  # anyio passes the name IDNA-encoded
            lookups.append(str(host))
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with (
        client_for(kind, "http://ollama.invalid:11434") as (api, attempts),
        pytest.raises(OllamaConnectionError) as caught,
    ):
        api.version()
    assert caught.value.kind == "dns"
    assert (attempts.count, len(lookups), attempts.waits) == (1, 1, [])


# --- TLS ----------------------------------------------------------------------------------------------


def test_a_failed_tls_handshake_is_not_retried(kind: str) -> None:
    # https:// to a server that speaks plain HTTP: a configuration problem that repeating cannot fix.
    with (
        plain_http_server() as (url, connections),
        client_for(kind, url.replace("http://", "https://")) as (api, attempts),
        pytest.raises(OllamaConnectionError) as caught,
    ):
        api.version()
    assert caught.value.kind == "tls"
    assert (attempts.count, attempts.waits) == (1, [])
    assert len(connections) == 1


@contextlib.contextmanager
def plain_http_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """A listener that answers every connection with a plain HTTP 400 at once, then waits for the
    client to hang up (what a TLS client reads is not TLS: its handshake fails, every time)."""
    listener = socket.create_server(("127.0.0.1", 0))
    connections: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connections.append(conn)
            with contextlib.suppress(OSError):
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", connections
    finally:
        stop.set()
        thread.join(10)
        listener.close()
        for conn in connections:
            conn.close()


# --- connect timeout ----------------------------------------------------------------------------------


@contextlib.contextmanager
def unanswered_port() -> Iterator[int]:
    """A loopback port whose accept queue is full: a new connection is never accepted (connect times out)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    waiting: list[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port: int = listener.getsockname()[1]
        for _ in range(64):  # fill the queue until a connection is no longer taken
            probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            waiting.append(probe)
            probe.settimeout(0.5)  # a loopback connect with room in the queue completes in the call
            try:
                probe.connect(("127.0.0.1", port))
            except TimeoutError:
                break
        yield port
    finally:
        for probe in waiting:
            probe.close()
        listener.close()


def test_a_connect_timeout_is_retried(kind: str) -> None:
    # Nothing was sent: repeating cannot run anything twice. Each attempt waits the connect timeout.
    timeout = httpx.Timeout(None, connect=0.2)
    with (
        unanswered_port() as port,
        client_for(kind, f"127.0.0.1:{port}", timeout=timeout) as (api, attempts),
        pytest.raises(OllamaTimeoutError) as caught,
    ):
        api.signout()  # even a request that is not safe to repeat
    assert caught.value.kind == "connect"
    assert attempts.count == 3
    assert len(attempts.waits) == 2


# --- read timeout -------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", ["version", "generate", "signout"])
def test_a_read_timeout_is_not_retried(kind: str, operation: str) -> None:
    # The request was sent whole: the server has it and may be working on it (a generation would run twice).
    with ScriptedServer([Reply(200, b"{}", hold=30)]) as server:
        with (
            client_for(kind, server.url, timeout=0.3) as (api, attempts),
            pytest.raises(OllamaTimeoutError) as caught,
        ):
            _call(api, operation)
        assert caught.value.kind == "read"
        assert len(server.requests) == 1
        assert (attempts.count, attempts.waits) == (1, [])


@pytest.mark.parametrize(("operation", "sent"), [("version", 3), ("generate", 3), ("signout", 1)])
def test_a_read_timeout_is_retried_on_request_when_safe_to_repeat(
    kind: str, operation: str, sent: int
) -> None:
    # retry_read_timeouts=True: reads and the POSTs the spec marks x-ollama-idempotent; never the others.
    with ScriptedServer([Reply(200, b"{}", hold=30)]) as server:
        with (
            client_for(kind, server.url, timeout=0.3, retry_read_timeouts=True) as (api, attempts),
            pytest.raises(OllamaTimeoutError),
        ):
            _call(api, operation)
        assert server.wait_for_requests(sent)
        assert len(server.requests) == sent
        assert attempts.count == sent


def _call(api: Api, operation: str) -> None:
    if operation == "generate":
        api.generate("m", "hi")
    else:
        getattr(api, operation)()


def test_a_slow_generation_with_timeout_1_sends_one_request_and_fails_in_about_1_s(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    parse_request = FakeRequestHandler.parse_request

    def counting(handler: FakeRequestHandler) -> bool:
        ok = parse_request(handler)
        read.append(handler.path)
        return ok

    monkeypatch.setattr(FakeRequestHandler, "parse_request", counting)
    with (
        FakeOllama(models=["llama3.2"], tokens_per_second=5) as fake,
        make_client(kind, fake.url, timeout=1) as api,
    ):
        started = time.monotonic()
        with pytest.raises(OllamaTimeoutError) as caught:
            api.generate("llama3.2", "hi", options={"num_predict": 20})  # 4 s of tokens
        elapsed = time.monotonic() - started
    assert read == ["/api/generate"]  # before, the client sent it three times (the fake ran it thrice)
    assert caught.value.kind == "read"
    assert 0.9 <= elapsed < 10  # about 1 s; generous for a loaded machine (it was 4 s with retries)


# --- error answers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 502, 503])
def test_a_refusal_answer_is_retried_when_safe_to_repeat(kind: str, status: int) -> None:
    replies = [json_reply({"error": "busy"}, status=status), GENERATED]
    with ScriptedServer(replies) as server, client_for(kind, server.url) as (api, attempts):
        assert api.generate("m", "hi").response == "hi"
        assert len(server.requests) == 2
        assert len(attempts.waits) == 1
    with ScriptedServer(replies) as server, client_for(kind, server.url) as (api, attempts):
        with pytest.raises(Exception, match="busy"):
            api.signout()  # not safe to repeat
        assert len(server.requests) == 1


def test_a_retry_after_is_honoured_and_kept_in_seconds(kind: str) -> None:
    replies = [json_reply({"error": "slow down"}, status=429, headers={"Retry-After": "2"})]
    with ScriptedServer(replies) as server, client_for(kind, server.url) as (api, attempts):
        with pytest.raises(RateLimitError) as caught:
            api.version()
        assert len(server.requests) == 3
    assert attempts.waits == [2.0, 2.0]
    assert caught.value.retry_after == 2.0


def test_a_gateway_timeout_is_not_retried_unless_read_timeouts_are(kind: str) -> None:
    # 504: a proxy stopped waiting for the server, which may still be working on the request.
    replies = [json_reply({"error": "gateway timeout"}, status=504), GENERATED]
    with ScriptedServer(replies) as server, client_for(kind, server.url) as (api, _):
        with pytest.raises(GatewayTimeoutError):
            api.generate("m", "hi")
        assert len(server.requests) == 1
    with (
        ScriptedServer(replies) as server,
        client_for(kind, server.url, retry_read_timeouts=True) as (api, _),
    ):
        assert api.generate("m", "hi").response == "hi"
        assert len(server.requests) == 2


# --- a connection cut before any byte of the answer --------------------------------------------------


def test_a_cut_before_any_byte_is_retried_when_safe_to_repeat(kind: str) -> None:
    with (
        ScriptedServer([Reply(drop=True), GENERATED]) as server,
        client_for(kind, server.url) as (api, attempts),
    ):
        assert api.generate("m", "hi").response == "hi"
        assert len(server.requests) == 2
        assert len(attempts.waits) == 1
    with (
        ScriptedServer([Reply(drop=True), Reply(200, b"null")]) as server,
        client_for(kind, server.url) as (api, attempts),
    ):
        with pytest.raises(OllamaConnectionError):
            api.signout()
        assert len(server.requests) == 1


def test_per_call_max_retries_still_applies(kind: str) -> None:
    replies = [Reply(503), Reply(503), version_reply()]
    with ScriptedServer(replies) as server, client_for(kind, server.url) as (api, _):
        with pytest.raises(Exception, match="Service Unavailable"):
            api.version(max_retries=0)
        assert len(server.requests) == 1
        assert api.version(max_retries=1).version
        assert len(server.requests) == 3
