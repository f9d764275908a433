"""Numbers Go's encoder never writes, through a real socket: a typed error on every path, sync and async.

``1e400`` (beyond a 64-bit float: ``json`` would read it as ``inf``), ``NaN`` and ``Infinity`` in a
non-streamed answer are an `InvalidResponseError`; in a streamed line or ``/v1`` event a
`StreamDecodeError`. Floats within range still read as they are written. Each case runs with the
``json`` line loader and, when the speed extra is installed, with orjson.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import ollama_openapi._ndjson as ndjson  # first: it imports the readers below as it loads
import ollama_openapi._sse as sse
from ollama_openapi._async import ndjson as async_ndjson
from ollama_openapi.errors import InvalidResponseError, StreamDecodeError
from ollama_openapi_generated._sync import ndjson as sync_ndjson

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, response

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]

REFUSED = ["1e400", "-1e400", "1E+400", "1" + "0" * 400 + ".0", "NaN", "-Infinity"]
IN_RANGE = {"0.5": 0.5, "1e-7": 1e-7, "3.4e38": 3.4e38, "-1.7976931348623157e308": -1.7976931348623157e308}
_MESSAGES = [{"role": "user", "content": "hi"}]
_CHAT = b'{"model":"m","created_at":"2025-01-01T00:00:00Z","message":{"role":"assistant","content":"%s"},'
_OPENAI = (
    b'{"id":"c","object":"chat.completion.chunk","created":1763632800,"model":"m","system_fingerprint":"f",'
    b'"x_ratio":%s,'
)


@pytest.fixture(params=["json", "orjson"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Decode with the ``json`` line loader, or with orjson (skipped when it is not installed)."""
    fast: Callable[[bytes], Any] | None = None
    if request.param == "orjson":
        fast = pytest.importorskip("orjson", reason="the speed extra (orjson) is not installed").loads
    monkeypatch.setattr(ndjson, "_fast_loads", fast)
    for module in (ndjson, sse, sync_ndjson, async_ndjson):
        monkeypatch.setattr(module, "_line_loads", ndjson._loads_utf8 if fast is None else fast)
    return str(request.param)


def _chat_body(number: str) -> bytes:
    return _CHAT % b"" + b'"done":true,"done_reason":"stop","x_ratio":' + number.encode() + b"}"


def _embed_body(number: str) -> bytes:
    # Dense in floats (the parse-then-check path of a body without orjson), the number in the middle.
    row = ",".join(["0.0123456"] * 300 + [number] + ["-0.0654321"] * 300)
    return b'{"model":"m","embeddings":[[' + row.encode() + b']],"total_duration":5}'


def _openai_body(number: str) -> bytes:
    head = b'{"id":"c","object":"chat.completion","created":1763632800,"model":"m","system_fingerprint":"f",'
    choices = b'"choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],'
    usage = b'"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}'
    return head + b'"x_ratio":' + number.encode() + b"," + choices + usage


def _ndjson_stream(number: str) -> bytes:
    first = _CHAT % b"Hel" + b'"done":false}\n'
    return chunked_head() + chunk(first) + chunk(_chat_body(number) + b"\n") + chunk(b"")


def _sse_stream(number: str) -> bytes:
    first = _OPENAI % b"0" + b'"choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":null}]}'
    last = _OPENAI % number.encode() + b'"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}'
    events = [b"data: " + first + b"\n\n", b"data: " + last + b"\n\n", b"data: [DONE]\n\n"]
    body = b"".join(chunk(event) for event in events)
    return chunked_head(content_type="text/event-stream") + body + chunk(b"")


# name -> (the answer to send for a number, how to call, the error it must raise)
CASES: dict[str, tuple[Callable[[str], bytes], str, type[Exception]]] = {
    "chat": (lambda number: response(200, _chat_body(number)), "chat", InvalidResponseError),
    "embed": (lambda number: response(200, _embed_body(number)), "embed", InvalidResponseError),
    "v1_chat": (lambda number: response(200, _openai_body(number)), "v1_chat", InvalidResponseError),
    "chat_stream": (_ndjson_stream, "chat_stream", StreamDecodeError),
    "v1_chat_stream": (_sse_stream, "v1_chat_stream", StreamDecodeError),
}


def _v1_call(mode: Mode, stream: bool) -> Callable[[Any], Any]:
    if not stream:
        return lambda client: client.openai.chat_completions("m", _MESSAGES)
    if mode == "sync":
        return lambda client: list(client.openai.chat_completions("m", _MESSAGES, stream=True))

    async def drain(client: Any) -> list[Any]:
        return [event async for event in await client.openai.chat_completions("m", _MESSAGES, stream=True)]

    return drain


async def _answer(serve: Callable[..., ScriptedServer], mode: Mode, case: str, number: str) -> Any:
    build, operation, _ = CASES[case]
    body = build(number)

    def script(conn: Conn, request: RawRequest) -> None:
        conn.send(body)

    server = serve(script)
    if operation.startswith("v1_"):
        return await run(mode, server.url, "", call=_v1_call(mode, operation.endswith("_stream")))
    return await run(mode, server.url, operation)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("number", REFUSED)
async def test_a_number_go_never_writes_is_a_typed_error(
    serve: Callable[..., ScriptedServer], loader: str, mode: Mode, case: str, number: str
) -> None:
    outcome = await _answer(serve, mode, case, number)
    error = outcome.raised()
    assert type(error) is CASES[case][2], repr(error)
    assert "number Go's encoder never writes" in str(error)
    assert number[:40] in str(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES)
async def test_floats_within_range_read_as_written(
    serve: Callable[..., ScriptedServer], loader: str, mode: Mode, case: str
) -> None:
    for number, value in IN_RANGE.items():
        outcome = await _answer(serve, mode, case, number)
        assert outcome.error is None, repr(outcome.error)
        if case == "embed":
            assert outcome.value.embeddings[0][300] == value
            assert outcome.value.embeddings[0] == json.loads(_embed_body(number))["embeddings"][0]
        else:
            answer = outcome.value[-1] if case.endswith("_stream") else outcome.value
            assert answer["x_ratio"] == value
