"""One exception hierarchy: every failure the client meets becomes a typed `OllamaError`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from ollama_openapi.errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    InvalidArgumentError,
    InvalidResponseError,
    ModelNotFoundError,
    OllamaConnectionError,
    OllamaError,
    OllamaTimeoutError,
    ResponseError,
    ServerError,
    StreamDecodeError,
    StreamError,
    StreamInBandError,
    StreamTruncatedError,
)

from .conftest import Fake
from .payloads import USER_HI, chat_chunk, progress
from .scripted_server import Reply, ScriptedServer, free_port, json_reply, ndjson
from .twins import Api, make_client

pytestmark = pytest.mark.timeout(30)

NDJSON = "application/x-ndjson"


def _serve(kind: str, *replies: Reply, **client_options: Any) -> tuple[ScriptedServer, Api]:
    server = ScriptedServer(list(replies)).__enter__()
    client_options.setdefault("max_retries", 0)
    return server, make_client(kind, server.url, **client_options)


@pytest.fixture
def scripted(kind: str) -> Any:
    """``scripted(*replies)`` -> a client for a server answering `replies`; both stopped after the test."""
    opened: list[tuple[ScriptedServer, Api]] = []

    def start(*replies: Reply, **client_options: Any) -> Api:
        pair = _serve(kind, *replies, **client_options)
        opened.append(pair)
        return pair[1]

    yield start
    for server, api in opened:
        api.close()
        server.stop()


# --- HTTP error statuses ----------------------------------------------------------------------------


def test_model_not_found(scripted: Any) -> None:
    api = scripted(json_reply({"error": "model 'llama9' not found"}, status=404))
    with pytest.raises(ModelNotFoundError) as caught:
        api.chat("llama9", USER_HI)
    assert caught.value.model == "llama9"
    assert caught.value.status_code == 404
    assert "llama9" in str(caught.value)


def test_model_not_found_from_the_fake_for_every_model_call(client: Api) -> None:
    calls: list[Callable[[], object]] = [
        lambda: client.generate("nope", "hi"),
        lambda: client.chat("nope", USER_HI),
        lambda: client.embed("nope", "hi"),
        lambda: client.show("nope"),
        lambda: client.copy("nope", "other"),
    ]
    for call in calls:
        with pytest.raises(ModelNotFoundError):
            call()


def test_streamed_call_with_missing_model_raises_before_the_first_item(client: Api) -> None:
    iterator = client.chat("nope", USER_HI, stream=True)
    with pytest.raises(ModelNotFoundError):
        next(iterator)


def test_unauthorized_carries_signin_url(scripted: Any) -> None:
    body = {"error": "unauthorized", "signin_url": "https://ollama.com/connect?name=x&key=y"}
    api = scripted(json_reply(body, status=401))
    with pytest.raises(AuthenticationError) as caught:
        api.chat("gpt-oss:120b-cloud", USER_HI)
    assert caught.value.signin_url == body["signin_url"]
    assert body["signin_url"] in str(caught.value)


def test_html_502_from_a_proxy_keeps_its_text(scripted: Any) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx says no</h1></body></html>"
    api = scripted(Reply(502, page, content_type="text/html"))
    with pytest.raises(BadGatewayError) as caught:
        api.version()
    assert isinstance(caught.value, ServerError)
    assert caught.value.status_code == 502
    assert caught.value.body == page.decode()
    assert "nginx says no" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "expected"), [(499, ResponseError), (520, ServerError), (418, ResponseError)]
)
def test_non_standard_statuses(scripted: Any, status: int, expected: type[ResponseError]) -> None:
    api = scripted(Reply(status, b"weird proxy says " + str(status).encode(), content_type="text/plain"))
    with pytest.raises(expected) as caught:
        api.chat("m", USER_HI)
    assert caught.value.status_code == status
    assert f"weird proxy says {status}" in str(caught.value)


def test_empty_error_body_uses_the_reason_phrase(scripted: Any) -> None:
    api = scripted(Reply(400, b"", content_type=None))
    with pytest.raises(BadRequestError) as caught:
        api.version()
    assert "Bad Request" in str(caught.value)


def test_error_on_a_streaming_call_is_a_response_error_not_a_stream_error(scripted: Any) -> None:
    api = scripted(json_reply({"error": "model is required"}, status=400))
    with pytest.raises(BadRequestError):
        list(api.pull("m", stream=True))


# --- invalid 2xx bodies -----------------------------------------------------------------------------


def test_empty_200_where_json_was_expected(scripted: Any) -> None:
    api = scripted(Reply(200, b""), Reply(200, b"", framing="chunked"))
    with pytest.raises(InvalidResponseError):
        api.version()
    with pytest.raises(InvalidResponseError):
        api.chat("m", USER_HI)


def test_200_that_is_not_json(scripted: Any) -> None:
    api = scripted(Reply(200, b"<html>captive portal</html>", content_type="text/html"))
    with pytest.raises(InvalidResponseError) as caught:
        api.list()
    assert "captive portal" in caught.value.body


def test_200_json_of_the_wrong_shape(scripted: Any) -> None:
    api = scripted(json_reply({"unexpected": True}))
    with pytest.raises(InvalidResponseError):
        api.chat("m", USER_HI)


# --- broken streams ---------------------------------------------------------------------------------


def _stream(lines: list[bytes], **options: Any) -> Reply:
    return Reply(200, lines, content_type=NDJSON, framing="chunked", **options)


def test_in_band_error_line(scripted: Any) -> None:
    api = scripted(_stream(ndjson(chat_chunk("a"), {"error": "out of memory"})))
    received: list[Any] = []

    def consume() -> None:
        received.extend(api.chat("m", USER_HI, stream=True))

    with pytest.raises(StreamInBandError) as caught:
        consume()
    assert "out of memory" in str(caught.value)
    assert [chunk.message.content for chunk in received] == ["a"]
    assert caught.value.received == [chat_chunk("a")]


def test_in_band_error_during_pull(scripted: Any) -> None:
    api = scripted(_stream(ndjson(progress("pulling manifest"), {"error": "file does not exist"})))
    with pytest.raises(StreamInBandError) as caught:
        list(api.pull("m", stream=True))
    assert "file does not exist" in str(caught.value)
    assert caught.value.received == [progress("pulling manifest")]


def test_ndjson_answer_to_a_non_streamed_call_is_typed(scripted: Any) -> None:
    # A server that ignores stream=false: still an OllamaError, and the server's words are kept.
    api = scripted(_stream(ndjson(progress("pulling manifest"), {"error": "file does not exist"})))
    with pytest.raises(OllamaError) as caught:
        api.pull("m")
    assert "file does not exist" in str(caught.value)


def test_malformed_line(scripted: Any) -> None:
    api = scripted(_stream([*ndjson(chat_chunk("a")), b"{not json\n", *ndjson(chat_chunk("", done=True))]))
    with pytest.raises(StreamDecodeError) as caught:
        list(api.chat("m", USER_HI, stream=True))
    assert caught.value.received == [chat_chunk("a")]
    assert caught.value.line.startswith(b"{not json")


def test_truncated_body(scripted: Any) -> None:
    # The connection closes in the middle of a line, without the terminating chunk.
    line = json.dumps(chat_chunk("b")).encode()
    api = scripted(_stream([*ndjson(chat_chunk("a")), line[:10]], truncate=True))
    with pytest.raises(StreamTruncatedError) as caught:
        list(api.chat("m", USER_HI, stream=True))
    assert caught.value.received == [chat_chunk("a")]
    assert isinstance(caught.value, StreamError)


def test_connection_dropped_between_lines(scripted: Any) -> None:
    api = scripted(_stream(ndjson(progress("pulling manifest"), progress("downloading")), truncate=True))
    with pytest.raises(StreamTruncatedError) as caught:
        list(api.pull("m", stream=True))
    assert [item["status"] for item in caught.value.received] == ["pulling manifest", "downloading"]


@pytest.mark.parametrize("method", ["chat", "pull"])
def test_stream_that_ends_cleanly_before_done(scripted: Any, method: str) -> None:
    first = chat_chunk("a") if method == "chat" else progress("pulling manifest")
    api = scripted(_stream(ndjson(first)))
    args: tuple[Any, ...] = ("m", USER_HI) if method == "chat" else ("m",)
    with pytest.raises(StreamTruncatedError) as caught:
        list(getattr(api, method)(*args, stream=True))
    assert caught.value.received == [first]


def test_non_streamed_generate_that_ends_before_done(scripted: Any) -> None:
    # A complete JSON body without done=true is a normal answer for stream=false: no error.
    api = scripted(
        json_reply({"model": "m", "created_at": "2025-01-01T00:00:00Z", "response": "x", "done": False})
    )
    assert api.generate("m", "hi").response == "x"


# --- connection failures and timeouts ---------------------------------------------------------------


def test_connection_refused_says_where_and_how_to_fix(kind: str) -> None:
    host = f"127.0.0.1:{free_port()}"
    with make_client(kind, host, max_retries=0) as api:
        with pytest.raises(OllamaConnectionError) as caught:
            api.version()
        assert isinstance(caught.value, ConnectionError)
        message = str(caught.value)
        assert f"http://{host}" in message
        assert "OLLAMA_HOST" in message
        assert "ollama serve" in message
        with pytest.raises(OllamaConnectionError) as streamed:
            next(api.chat("m", USER_HI, stream=True))
        assert f"http://{host}" in str(streamed.value)


def test_read_timeout_is_typed(scripted: Any) -> None:
    api = scripted(Reply(200, b'{"version":"1"}', stall=5, framing="close"), timeout=0.2)
    with pytest.raises(OllamaTimeoutError) as caught:
        api.version()
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.kind == "read"


def test_everything_raised_is_an_ollama_error(scripted: Any) -> None:
    # A grab bag of misbehaviour, sent to a client with retries off: nothing raw escapes.
    replies = [
        Reply(200, b"", drop=True),
        Reply(200, b"\xff\xfe garbage", content_type="application/json"),
        Reply(302, b"", headers={"Location": "http://127.0.0.1:1/elsewhere"}),
        Reply(200, b"[1, 2, 3]"),
    ]
    api = scripted(*replies)
    for _ in replies:
        with pytest.raises(OllamaError):
            api.version()


# --- invalid arguments never reach the server -------------------------------------------------------


INVALID_CALLS: list[tuple[str, Callable[[Api], object]]] = [
    ('chat("", USER_HI)', lambda c: c.chat("", USER_HI)),
    ('chat("   ", USER_HI)', lambda c: c.chat("   ", USER_HI)),
    ('generate("", "hi")', lambda c: c.generate("", "hi")),
    ('embed("", "hi")', lambda c: c.embed("", "hi")),
    ('embed("all-minilm", [1, 2])', lambda c: c.embed("all-minilm", [1, 2])),
    ('chat("llama3.2", "hello")', lambda c: c.chat("llama3.2", "hello")),
    (
        'chat("llama3.2", {"role": "user", "content": "hi"})',
        lambda c: c.chat("llama3.2", {"role": "user", "content": "hi"}),
    ),
    ('chat("llama3.2", [42])', lambda c: c.chat("llama3.2", [42])),
    (
        'chat("llama3.2", [{"role": "user", "content": "hi", "images": [12]}])',
        lambda c: c.chat("llama3.2", [{"role": "user", "content": "hi", "images": [12]}]),
    ),
    (
        'chat("llama3.2", USER_HI, options=[("temperature", 1)])',
        lambda c: c.chat("llama3.2", USER_HI, options=[("temperature", 1)]),
    ),
    ('chat("llama3.2", USER_HI, keep_alive=[5])', lambda c: c.chat("llama3.2", USER_HI, keep_alive=[5])),
    ('blob_exists("not-a-digest")', lambda c: c.blob_exists("not-a-digest")),
    ('blob_exists("sha256:1234")', lambda c: c.blob_exists("sha256:1234")),
    ('create_blob("/definitely/not/here.gguf")', lambda c: c.create_blob("/definitely/not/here.gguf")),
    ('create("new")', lambda c: c.create("new")),
    ('show("")', lambda c: c.show("")),
    ('copy("llama3.2", "")', lambda c: c.copy("llama3.2", "")),
    ('delete("")', lambda c: c.delete("")),
    ('pull("")', lambda c: c.pull("")),
    ('push("")', lambda c: c.push("")),
    ('web_search("")', lambda c: c.web_search("")),
    ('web_fetch("")', lambda c: c.web_fetch("")),
]


@pytest.mark.parametrize(("call", "attempt"), INVALID_CALLS, ids=[call for call, _ in INVALID_CALLS])
def test_invalid_arguments_raise_before_sending(
    client: Api, fake: Fake, call: str, attempt: Callable[[Api], object]
) -> None:
    with pytest.raises(InvalidArgumentError):
        attempt(client)
    assert fake.log_lines == []


def test_create_needs_from_or_files_which_extra_body_may_give(client: Api, fake: Fake) -> None:
    with pytest.raises(InvalidArgumentError, match=r"create\(\) needs from_ or files"):
        client.create("empty", files={})
    # Ollama reads remote_host only together with from: alone it is a 400, refused before sending.
    with pytest.raises(InvalidArgumentError, match=r"create\(\) needs from_ or files"):
        client.create("stub", remote_host="http://other:11434")
    assert fake.log_lines == []
    assert client.create("c1", from_="gemma3").status == "success"
    assert client.create("c2", extra_body={"from": "gemma3"}).status == "success"
    assert len(fake.requests_to("POST", "/api/create")) == 2


def test_invalid_argument_is_a_value_error(kind: str) -> None:
    with make_client(kind, f"127.0.0.1:{free_port()}") as api, pytest.raises(ValueError, match="model"):
        api.chat("", USER_HI)
