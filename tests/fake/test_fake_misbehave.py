"""The fake misbehaving on purpose, on the wire: paced generation, model loads, queued error answers and
stalls, streams that end in an in-band error or a cut connection; and the command line's flags for them.

Timing checks are lower bounds only (a paced answer cannot come sooner than its pace allows); nothing
asserts that the fake is fast.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from ollama_openapi.fake import ErrorReply, FakeOllama, Fault, Stall
from ollama_openapi.fake.__main__ import parse_arguments
from ollama_openapi.fake.faults import spec_message
from ollama_openapi.fake.stream_failure import RUNNER_FAILURE
from ollama_openapi.spec_validation import SpecValidator

pytestmark = pytest.mark.timeout(60)
REPOSITORY = Path(__file__).resolve().parents[2]

MODEL = "llama3.2"
HI = [{"role": "user", "content": "Hi"}]
CHAT = {"model": MODEL, "messages": HI}


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A fake with one chat model that checks every answer it sends against the spec."""
    with FakeOllama(models=[MODEL], validate_responses=True) as server:
        yield server
        assert server.violations == []


@pytest.fixture
def http(fake: FakeOllama) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url, timeout=10) as client:
        yield client


def raw_exchange(url: str, path: str, body: dict[str, Any], *, timeout: float = 10) -> bytes:
    """POST `body` to `path` on a fresh connection and read every byte until the server closes it."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    data = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=timeout) as connection:
        connection.sendall(head.encode() + data)
        received = b""
        while piece := connection.recv(65536):
            received += piece
    return received


def chunks_of(raw: bytes) -> tuple[bytes, list[bytes], bool]:
    """The head of a chunked answer, its chunks' data, and whether it ended with the last chunk."""
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    chunks: list[bytes] = []
    while body:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            return head, chunks, body == b"\r\n"
        chunks.append(body[:size])
        body = body[size + 2 :]
    return head, chunks, False


# Pacing ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [True, False])
def test_generation_is_paced_streamed_or_not(fake: FakeOllama, http: httpx.Client, stream: bool) -> None:
    fake.tokens_per_second = 20
    request = {"model": MODEL, "prompt": "Hi", "stream": stream, "options": {"num_predict": 10}}
    started = time.monotonic()
    answer = http.post("/api/generate", json=request)
    elapsed = time.monotonic() - started
    final = json.loads(answer.text.splitlines()[-1])
    assert final["eval_count"] == 10
    assert elapsed >= 0.4  # 10 tokens at 20 a second: 0.5 s
    assert final["eval_duration"] >= 0.4e9
    if stream:
        assert len(answer.text.splitlines()) == 11


def test_streamed_tokens_arrive_spaced_out(fake: FakeOllama, http: httpx.Client) -> None:
    fake.tokens_per_second = 10
    arrivals = []
    body = {**CHAT, "options": {"num_predict": 4}}
    with http.stream("POST", "/api/chat", json=body) as answer:
        for _line in answer.iter_lines():
            arrivals.append(time.monotonic())
    assert len(arrivals) == 5
    assert arrivals[3] - arrivals[0] >= 0.25  # three intervals of 0.1 s between the 1st and 4th token


def test_pacing_reaches_the_v1_routes(fake: FakeOllama, http: httpx.Client) -> None:
    fake.tokens_per_second = 20
    started = time.monotonic()
    answer = http.post("/v1/chat/completions", json={"model": MODEL, "messages": HI, "max_tokens": 10})
    assert answer.json()["usage"]["completion_tokens"] == 10
    assert time.monotonic() - started >= 0.4


# Model loading -----------------------------------------------------------------------------------------


def test_the_first_request_waits_for_the_load(fake: FakeOllama, http: httpx.Client) -> None:
    fake.load_time = 0.3
    assert http.get("/api/ps").json()["models"] == []
    started = time.monotonic()
    first = http.post("/api/chat", json={**CHAT, "stream": False}).json()
    assert time.monotonic() - started >= 0.3
    assert first["load_duration"] >= 0.3e9
    assert first["total_duration"] >= first["load_duration"]
    assert [model["name"] for model in http.get("/api/ps").json()["models"]] == ["llama3.2:latest"]
    second = http.post("/api/chat", json={**CHAT, "stream": False}).json()
    assert second["load_duration"] < 0.3e9  # loaded already


def test_an_unloaded_model_loads_again(fake: FakeOllama, http: httpx.Client) -> None:
    fake.load_time = 0.2
    unloading = http.post(
        "/api/generate", json={"model": MODEL, "prompt": "Hi", "stream": False, "keep_alive": 0}
    )
    assert unloading.json()["load_duration"] >= 0.2e9
    assert http.get("/api/ps").json()["models"] == []
    again = http.post("/api/generate", json={"model": MODEL, "prompt": "Hi", "stream": False}).json()
    assert again["load_duration"] >= 0.2e9


def test_requests_during_a_load_wait_for_that_one_load(fake: FakeOllama) -> None:
    fake.load_time = 0.6
    loads: list[int] = []

    def ask() -> None:
        answer = httpx.post(f"{fake.url}/api/chat", json={**CHAT, "stream": False}, timeout=10)
        loads.append(answer.json()["load_duration"])

    first = threading.Thread(target=ask)
    first.start()
    time.sleep(0.2)
    ask()
    first.join()
    assert max(loads) >= 0.6e9
    assert min(loads) < 0.6e9  # the later request joined the load in progress


def test_embeddings_report_the_load(fake: FakeOllama, http: httpx.Client) -> None:
    fake.load_time = 0.2
    fake.add_model("all-minilm")
    answer = http.post("/api/embed", json={"model": "all-minilm", "input": "a"}).json()
    assert answer["load_duration"] >= 0.2e9
    assert answer["total_duration"] >= answer["load_duration"]


# Error answers ----------------------------------------------------------------------------------------


def test_an_error_answer_with_retry_after_then_the_real_one(fake: FakeOllama, http: httpx.Client) -> None:
    reply = fake.fail_next(503, retry_after=2)
    assert fake.pending_faults() == [reply]
    busy = http.post("/api/chat", json=CHAT)
    assert busy.status_code == 503
    assert busy.headers["retry-after"] == "2"
    assert busy.headers["content-type"] == "application/json; charset=utf-8"
    assert busy.json() == {"error": "server busy, please try again.  maximum pending requests exceeded"}
    assert fake.pending_faults() == []
    assert http.post("/api/chat", json=CHAT).status_code == 200  # same connection, body was read


def test_count_and_path_choose_the_requests(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_next(429, count=2, path="/api/chat")
    assert http.get("/api/tags").status_code == 200
    assert http.post("/api/chat", json=CHAT).status_code == 429
    assert fake.pending_faults() == [ErrorReply(429, count=1, path="/api/chat")]
    limited = http.post("/api/chat", json=CHAT)
    assert (limited.status_code, limited.json()) == (429, {"error": "too many requests"})
    assert "retry-after" not in limited.headers
    assert http.post("/api/chat", json=CHAT).status_code == 200


def test_401_carries_signin_url_on_every_route(fake: FakeOllama, http: httpx.Client) -> None:
    signin_url = http.post("/api/me").json()["signin_url"]
    for path in ("/api/chat", "/v1/chat/completions", "/v1/messages"):
        fake.fail_next(401)
        answer = http.post(path, json=CHAT)
        assert answer.status_code == 401
        assert answer.json() == {"error": "unauthorized", "signin_url": signin_url}


BUSY = "server busy, please try again.  maximum pending requests exceeded"  # Ollama's own words


def test_the_v1_routes_answer_in_their_own_shape(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_next(503, count=2, retry_after=1)
    openai = http.post("/v1/chat/completions", json=CHAT)
    assert openai.json() == {"error": {"message": BUSY, "type": "api_error", "param": None, "code": None}}
    anthropic = http.post("/v1/messages", json=CHAT)
    assert anthropic.headers["retry-after"] == "1"
    assert anthropic.json()["error"] == {"type": "overloaded_error", "message": BUSY}
    assert anthropic.json()["type"] == "error"


def test_chosen_message_or_body(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_next(500, message="llama runner process has terminated: exit status 2")
    fake.fail_next(418, body={"anything": ["at", "all"]})
    fake.fail_next(599)
    assert http.get("/api/tags").json() == {"error": "llama runner process has terminated: exit status 2"}
    teapot = http.get("/api/tags")
    assert (teapot.status_code, teapot.json()) == (418, {"anything": ["at", "all"]})
    assert http.get("/api/tags").json() == {"error": "error"}  # a status without a reason phrase


def test_default_messages_are_the_spec_examples(spec: dict[str, Any]) -> None:
    names = {
        401: "ApiKeyRequired",
        403: "Forbidden",
        429: "TooManyRequests",
        500: "InternalServerError",
        502: "BadGateway",
        503: "ServiceUnavailable",
    }
    for status, name in names.items():
        example = spec["components"]["responses"][name]["content"]["application/json"]["example"]
        assert spec_message(status) == example["error"], name
    assert spec_message(503) == BUSY
    assert spec_message(418) is None  # no such answer in the spec: the reason phrase is sent


@pytest.mark.parametrize("status", [401, 429, 500, 502, 503])
def test_error_answers_match_the_spec(spec: dict[str, Any], status: int) -> None:
    validator = SpecValidator(spec)
    checked = 0
    with FakeOllama() as server, httpx.Client(base_url=server.url) as client:
        for path in ("/api/chat", "/api/generate", "/api/pull", "/v1/chat/completions", "/v1/messages"):
            server.fail_next(status, retry_after=1)
            answer = client.post(path, json=CHAT)
            problems = validator.response_errors(
                "POST", path, status, answer.headers["content-type"], answer.content
            )
            if problems == [f"POST {path}: status {status} is not declared"]:
                continue  # the spec does not say this route answers it: nothing to compare with
            assert problems == [], path
            checked += 1
    assert checked >= 2


def test_faults_given_to_the_constructor_are_served_in_order() -> None:
    faults: list[Fault] = [ErrorReply(500), Stall(0.3), ErrorReply(404, path="/api/show")]
    with FakeOllama(models=[MODEL], faults=faults) as server, httpx.Client(base_url=server.url) as client:
        assert client.get("/api/tags").status_code == 500
        started = time.monotonic()
        assert client.get("/api/tags").status_code == 200
        assert time.monotonic() - started >= 0.3
        assert client.get("/api/tags").status_code == 200
        assert client.post("/api/show", json={"model": MODEL}).status_code == 404
        server.fail_next(503)
        server.clear_faults()
        assert client.get("/api/tags").status_code == 200


def test_bad_faults_are_refused() -> None:
    with pytest.raises(ValueError, match="400 to 599"):
        ErrorReply(200)
    with pytest.raises(ValueError, match="count"):
        ErrorReply(503, count=0)
    with pytest.raises(ValueError, match="retry_after"):
        ErrorReply(503, retry_after=-1)
    with pytest.raises(ValueError, match="seconds"):
        Stall(-1)
    with pytest.raises(TypeError, match="ErrorReply and Stall"):
        FakeOllama(faults=[503])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="tokens_per_second"):
        FakeOllama(tokens_per_second=0)
    with pytest.raises(ValueError, match="load_time"):
        FakeOllama(load_time=-1)
    with pytest.raises(ValueError, match="stream_failure"):
        FakeOllama(stream_failure="explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fail_streams_after"):
        FakeOllama(fail_streams_after=-1)


# Stalls -----------------------------------------------------------------------------------------------


def read_answer(connection: socket.socket) -> bytes:
    """One whole HTTP answer with a Content-Length, however many segments it arrives in."""
    received = b""
    while b"\r\n\r\n" not in received:
        piece = connection.recv(65536)
        assert piece, f"the connection closed before the end of the headers: {received!r}"
        received += piece
    head, _, body = received.partition(b"\r\n\r\n")
    lengths = [line for line in head.lower().split(b"\r\n") if line.startswith(b"content-length:")]
    assert lengths, f"no Content-Length in {head!r}"
    length = int(lengths[0].split(b":", 1)[1])
    while len(body) < length:
        piece = connection.recv(65536)
        assert piece, f"the connection closed {length - len(body)} bytes before the end of the body"
        body += piece
    return head + b"\r\n\r\n" + body


def test_a_stall_sends_nothing_then_answers(fake: FakeOllama) -> None:
    # The stall is long beside the 0.3 s of silence checked, so a busy machine cannot make it end first.
    fake.stall_next(2.0)
    host, port = fake.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        started = time.monotonic()
        connection.sendall(f"GET /api/version HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        connection.settimeout(0.3)
        with pytest.raises(TimeoutError):
            connection.recv(1)  # nothing, not even the status line
        connection.settimeout(10)
        answer = read_answer(connection)
        assert time.monotonic() - started >= 2.0
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert answer.endswith(b'{"version":"0.33.0"}')


@pytest.mark.parametrize(("path", "body"), [("/api/chat", CHAT), ("/api/show", {"model": MODEL})])
def test_a_stall_after_the_headers(fake: FakeOllama, http: httpx.Client, path: str, body: Any) -> None:
    fake.stall_next(2.0, after_headers=True, path=path)
    started = time.monotonic()
    with http.stream("POST", path, json=body) as answer:
        headers_at = time.monotonic()
        assert answer.status_code == 200
        first = next(answer.iter_bytes())
        body_at = time.monotonic()
    assert first
    # The body waited for the stall after the headers had come (1 s of it allows for a busy machine
    # reading the headers late).
    assert body_at - headers_at >= 1.0
    assert body_at - started >= 2.0


def test_stopping_ends_stalls_and_paced_streams_at_once() -> None:
    server = FakeOllama(models=[MODEL], tokens_per_second=1).start()
    server.stall_next(60, path="/api/tags")
    outcomes: list[BaseException | int] = []

    def stalled() -> None:
        try:
            outcomes.append(httpx.get(f"{server.url}/api/tags", timeout=30).status_code)
        except httpx.HTTPError as error:
            outcomes.append(error)

    waiting = threading.Thread(target=stalled)
    waiting.start()
    with httpx.Client(base_url=server.url, timeout=30) as client:
        body = {"model": MODEL, "prompt": "x", "options": {"num_predict": 1000}}
        with client.stream("POST", "/api/generate", json=body) as answer:
            lines = answer.iter_lines()
            next(lines)
            stopper = threading.Thread(target=server.stop)
            stopper.start()
            stopper.join(10)
            assert not stopper.is_alive()
            with pytest.raises(httpx.TransportError):
                for _ in lines:
                    pass
    waiting.join(10)
    assert not waiting.is_alive()
    assert len(outcomes) == 1


# Streams that fail part-way ---------------------------------------------------------------------------

NATIVE_STREAMS = [
    ("/api/chat", CHAT),
    ("/api/generate", {"model": MODEL, "prompt": "Hi"}),
    ("/api/pull", {"model": MODEL}),
    ("/api/push", {"model": MODEL}),
    ("/api/create", {"model": "mine", "from": MODEL}),
]


@pytest.mark.parametrize(("path", "body"), NATIVE_STREAMS)
def test_a_native_stream_ends_with_an_in_band_error(
    fake: FakeOllama, http: httpx.Client, path: str, body: Any
) -> None:
    fake.fail_streams_after = 2
    answer = http.post(path, json=body)  # read to its end: the chunked body is complete
    assert answer.status_code == 200
    lines = answer.content.splitlines()
    assert len(lines) == 3
    assert all("error" not in json.loads(line) for line in lines[:2])
    assert json.loads(lines[2]) == {"error": RUNNER_FAILURE}


def test_the_in_band_error_says_what_it_is_told(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_streams_after = 1
    fake.stream_error = "CUDA error: out of memory"
    assert (
        http.post("/api/chat", json=CHAT).content.splitlines()[-1] == b'{"error":"CUDA error: out of memory"}'
    )


def test_a_stream_failing_before_its_first_line_is_an_http_error(
    fake: FakeOllama, http: httpx.Client
) -> None:
    fake.fail_streams_after = 0
    answer = http.post("/api/pull", json={"model": MODEL})
    assert (answer.status_code, answer.json()) == (500, {"error": RUNNER_FAILURE})


def test_an_answer_not_streamed_fails_when_its_stream_would(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_streams_after = 2
    failed = http.post("/api/chat", json={**CHAT, "stream": False})
    assert (failed.status_code, failed.json()) == (500, {"error": RUNNER_FAILURE})
    assert http.post("/api/pull", json={"model": MODEL, "stream": False}).status_code == 500
    fake.fail_streams_after = 1000  # longer than any of these answers: nothing fails
    assert http.post("/api/chat", json={**CHAT, "stream": False}).json()["done"] is True
    assert http.post("/api/pull", json={"model": MODEL, "stream": False}).json() == {"status": "success"}
    streamed = http.post("/api/chat", json=CHAT).content.splitlines()
    assert json.loads(streamed[-1])["done"] is True


@pytest.mark.parametrize(
    ("path", "body"), [*NATIVE_STREAMS[:3], ("/v1/chat/completions", {**CHAT, "stream": True})]
)
def test_a_cut_stream_stops_mid_body(fake: FakeOllama, path: str, body: Any) -> None:
    fake.fail_streams_after = 3
    fake.stream_failure = "cut"
    head, chunks, complete = chunks_of(raw_exchange(fake.url, path, body))
    assert head.startswith(b"HTTP/1.1 200 OK")
    assert not complete  # no last chunk: the connection closed in the middle of the body
    assert len(chunks) == 3
    if path.startswith("/v1/"):
        assert all(chunk.startswith(b"data: {") for chunk in chunks)
    else:
        assert all("error" not in json.loads(chunk) for chunk in chunks)


@pytest.mark.parametrize("stream", [True, False])
def test_a_cut_before_anything_was_sent_is_a_silent_hang_up(fake: FakeOllama, stream: bool) -> None:
    fake.stream_failure = "cut"
    fake.fail_streams_after = 0 if stream else 2
    assert raw_exchange(fake.url, "/api/chat", {**CHAT, "stream": stream}) == b""
    assert raw_exchange(fake.url, "/v1/chat/completions", {**CHAT, "stream": stream}) == b""


# The command line ---------------------------------------------------------------------------------------


@contextmanager
def serving(*flags: str) -> Iterator[str]:
    """Run the command line with `flags` on a free port; its URL while it runs; it must exit cleanly."""
    environment = {"PYTHONPATH": f"{REPOSITORY / 'overlays'}:{REPOSITORY / 'generated'}"}
    command = [sys.executable, "-m", "ollama_openapi.fake", "--port", "0", "--model", "llama3.2", *flags]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        yield url
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_error_answers_stalls_pacing_loads_and_in_band_errors() -> None:
    flags = (
        "--fail-next=503,retry-after=2,path=/api/tags",
        "--stall=0.3,path=/api/version",
        "--fail-next=401,path=/api/show,message=no, not you",
        "--tokens-per-second=20",
        "--load-time=0.2",
        "--fail-streams-after=2",
        "--stream-error=boom",
    )
    with serving(*flags) as url, httpx.Client(base_url=url, timeout=10) as client:
        busy = client.get("/api/tags")
        assert (busy.status_code, busy.headers["retry-after"]) == (503, "2")
        assert busy.json() == {"error": "server busy, please try again.  maximum pending requests exceeded"}
        assert client.get("/api/tags").status_code == 200

        started = time.monotonic()
        assert client.get("/api/version").status_code == 200
        assert time.monotonic() - started >= 0.3

        refused = client.post("/api/show", json={"model": "llama3.2"})
        assert refused.status_code == 401
        assert refused.json()["error"] == "no, not you"
        assert refused.json()["signin_url"].startswith("https://ollama.com/connect?name=")

        started = time.monotonic()
        lines = client.post(
            "/api/chat", json={"model": "llama3.2", "messages": [{"role": "user", "content": "x"}]}
        )
        elapsed = time.monotonic() - started
        assert [json.loads(line).get("error") for line in lines.content.splitlines()] == [None, None, "boom"]
        assert elapsed >= 0.3  # a 0.2 s load, then three tokens due 0.05 s apart


def test_a_cut_stream() -> None:
    with serving("--fail-streams-after=1", "--stream-failure=cut") as url:
        body = {"model": "llama3.2", "prompt": "x"}
        head, chunks, complete = chunks_of(raw_exchange(url, "/api/generate", body))
        assert head.startswith(b"HTTP/1.1 200 OK")
        assert (len(chunks), complete) == (1, False)


def test_flags_become_faults_in_order() -> None:
    arguments = parse_arguments(
        [
            "--stall",
            "1",
            "--fail-next",
            "429,count=2,retry-after=0.5,message=a, b",
            "--stall",
            "2,after-headers",
        ]
    )
    assert arguments.faults == [
        Stall(1.0),
        ErrorReply(429, count=2, retry_after=0.5, message="a, b"),
        Stall(2.0, after_headers=True),
    ]
    assert parse_arguments([]).faults == []


@pytest.mark.parametrize(
    ("flags", "complaint"),
    [
        (["--fail-next", "200"], "an error status is 400 to 599"),
        (["--fail-next", "busy"], "invalid literal"),
        (["--fail-next", "503,sometimes"], "unknown --fail-next option: sometimes"),
        (["--stall", "1,after-headers=yes"], "after-headers takes no value"),
        (["--stall", ",count=2"], "--stall needs a value first"),
        (["--tokens-per-second", "0"], "must be > 0"),
        (["--load-time", "-1"], "must be >= 0"),
        (["--fail-streams-after", "-1"], "must be >= 0"),
        (["--stream-failure", "explode"], "invalid choice"),
    ],
)
def test_bad_flags_are_usage_errors(
    flags: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_arguments(flags)
    assert exited.value.code == 2
    assert complaint in capsys.readouterr().err
