"""The fake's ``/v1`` routes on the wire, as Ollama serves them: SSE framing and terminators, event
order, key order, usage chunks, error shapes and status mapping, the quirks, and late errors lost."""

from __future__ import annotations

import base64
import json
import re
import struct
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ollama_openapi.fake import FakeOllama

HI = [{"role": "user", "content": "Say hello."}]


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A strict fake that also validates each answer (and SSE event) it sends against the spec."""
    with FakeOllama(
        models=("llama3.2", "qwen3", "all-minilm"), strict=True, validate_responses=True
    ) as server:
        yield server
        assert server.violations == []


@pytest.fixture
def http(fake: FakeOllama) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url, timeout=10) as client:
        yield client


@pytest.fixture
def loose() -> Iterator[httpx.Client]:
    """A client of a fake that takes requests breaking the spec (to show Ollama's own answer to them)
    and validates its answers."""
    with FakeOllama(models=("llama3.2", "qwen3", "all-minilm"), validate_responses=True) as server:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            yield client
        assert server.violations == []


def events(body: bytes) -> list[tuple[str | None, str]]:
    """(event name, data) of each event, checking that every event ends with a blank line."""
    assert body.endswith(b"\n\n")
    parsed = []
    for block in body.decode().split("\n\n")[:-1]:
        lines = block.split("\n")
        name = lines[0].removeprefix("event: ") if lines[0].startswith("event: ") else None
        data = [line for line in lines if line.startswith("data: ")]
        assert len(data) == 1, block
        assert len(lines) == (2 if name else 1), block
        parsed.append((name, data[0].removeprefix("data: ")))
    return parsed


def all_keys_sorted(value: Any) -> bool:
    if isinstance(value, dict):
        return list(value) == sorted(value) and all(all_keys_sorted(item) for item in value.values())
    if isinstance(value, list):
        return all(all_keys_sorted(item) for item in value)
    return True


# Framing --------------------------------------------------------------------------------------------


def test_chat_completion_stream_ends_with_done_after_finish_and_usage(http: httpx.Client) -> None:
    body = {"model": "qwen3", "messages": HI, "stream": True, "stream_options": {"include_usage": True}}
    answer = http.post("/v1/chat/completions", json=body)
    assert answer.headers["content-type"] == "text/event-stream"
    assert "cache-control" not in answer.headers
    frames = events(answer.content)
    assert all(name is None for name, _ in frames)
    assert frames[-1][1] == "[DONE]"
    chunks = [json.loads(data) for _, data in frames[:-1]]
    assert all(
        list(chunk)[:6] == ["id", "object", "created", "model", "system_fingerprint", "choices"]
        for chunk in chunks
    )
    assert len({(chunk["id"], chunk["created"]) for chunk in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {
        "role": "assistant",
        "content": "",
        "reasoning": chunks[0]["choices"][0]["delta"]["reasoning"],
    }
    finish, usage = chunks[-2], chunks[-1]
    assert finish["choices"] == [{"index": 0, "delta": {}, "finish_reason": "stop"}]
    assert "usage" not in finish
    assert usage["choices"] == []
    assert set(usage["usage"]) == {"prompt_tokens", "completion_tokens", "total_tokens"}


def test_completions_stream_carries_zero_usage_on_every_chunk(http: httpx.Client) -> None:
    body = {
        "model": "llama3.2",
        "prompt": "Once",
        "max_tokens": 3,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    frames = events(http.post("/v1/completions", json=body).content)
    assert frames[-1][1] == "[DONE]"
    chunks = [json.loads(data) for _, data in frames[:-1]]
    assert list(chunks[0]) == ["id", "object", "created", "choices", "model", "system_fingerprint", "usage"]
    assert [chunk["choices"][0]["finish_reason"] for chunk in chunks[:-1]] == [None, None, None, "length"]
    assert all(
        chunk["usage"] == {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        for chunk in chunks[:-1]
    )
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["completion_tokens"] == 3


def test_responses_stream_events_are_named_numbered_and_key_sorted(http: httpx.Client) -> None:
    answer = http.post("/v1/responses", json={"model": "qwen3", "input": "Hi", "stream": True})
    assert answer.headers["cache-control"] == "no-cache"
    frames = events(answer.content)
    payloads = [json.loads(data) for _, data in frames]
    assert [name for name, _ in frames] == [payload["type"] for payload in payloads]
    assert [payload["sequence_number"] for payload in payloads] == list(range(len(payloads)))
    assert all(all_keys_sorted(payload) for payload in payloads)
    names = [name for name, _ in frames]
    assert names[:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.reasoning_summary_text.delta",
    ]
    assert names[-5:] == [
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    completed = payloads[-1]["response"]
    assert [item["type"] for item in completed["output"]] == ["reasoning", "message"]
    assert completed["status"] == "completed"
    assert payloads[0]["response"]["usage"] is None


def test_anthropic_stream_event_order(http: httpx.Client) -> None:
    body = {"model": "qwen3", "max_tokens": 1024, "messages": HI, "stream": True}
    answer = http.post("/v1/messages", json=body)
    assert answer.headers["cache-control"] == "no-cache"
    frames = events(answer.content)
    names = [name for name, _ in frames]
    payloads = [json.loads(data) for _, data in frames]
    assert [payload["type"] for payload in payloads] == names
    assert all(next(iter(payload)) == "type" for payload in payloads)
    collapsed = [name for index, name in enumerate(names) if index == 0 or name != names[index - 1]]
    assert collapsed == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    start = payloads[0]["message"]
    assert start["content"] == []
    assert "stop_reason" not in start
    assert start["usage"]["output_tokens"] == 0
    blocks = [payload["content_block"] for payload in payloads if payload["type"] == "content_block_start"]
    assert blocks == [{"type": "thinking", "thinking": ""}, {"type": "text", "text": ""}]
    assert payloads[-2]["delta"] == {"stop_reason": "end_turn"}


def test_stream_absent_means_false(http: httpx.Client) -> None:
    for path, body in [
        ("/v1/chat/completions", {"model": "llama3.2", "messages": HI}),
        ("/v1/completions", {"model": "llama3.2", "prompt": "Hi"}),
        ("/v1/responses", {"model": "llama3.2", "input": "Hi"}),
        ("/v1/messages", {"model": "llama3.2", "max_tokens": 64, "messages": HI}),
    ]:
        answer = http.post(path, json=body)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("application/json"), path


# Late errors ----------------------------------------------------------------------------------------


def test_a_late_error_is_lost_on_every_stream(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_streams_after = 2
    chat = events(
        http.post("/v1/chat/completions", json={"model": "llama3.2", "messages": HI, "stream": True}).content
    )
    last = json.loads(chat[-1][1])
    assert (last["model"], last["choices"]) == (
        "",
        [{"index": 0, "delta": {"content": ""}, "finish_reason": None}],
    )
    assert len(chat) == 3  # two chunks, Ollama's empty one, no finish chunk, no [DONE]

    completion = events(
        http.post("/v1/completions", json={"model": "llama3.2", "prompt": "Hi", "stream": True}).content
    )
    assert json.loads(completion[-1][1])["model"] == ""
    assert all(data != "[DONE]" for _, data in completion)

    responses = events(
        http.post("/v1/responses", json={"model": "llama3.2", "input": "Hi", "stream": True}).content
    )
    assert "response.completed" not in [name for name, _ in responses]

    body = {"model": "llama3.2", "max_tokens": 64, "messages": HI, "stream": True}
    messages = events(http.post("/v1/messages", json=body).content)
    assert [name for name, _ in messages][-1] == "content_block_delta"

    form: Any = {"model": (None, "llama3.2"), "file": ("a.wav", b"RIFF")}
    transcription = http.post("/v1/audio/transcriptions", files=form)
    assert (transcription.status_code, transcription.content) == (200, b"")


def test_an_error_before_the_stream_started_has_its_status(fake: FakeOllama, http: httpx.Client) -> None:
    fake.fail_streams_after = 0
    answer = http.post("/v1/chat/completions", json={"model": "llama3.2", "messages": HI, "stream": True})
    assert answer.status_code == 500
    assert answer.json()["error"]["type"] == "api_error"
    answer = http.post("/v1/messages", json={"model": "llama3.2", "max_tokens": 64, "messages": HI})
    assert answer.status_code == 500
    assert answer.json()["error"]["type"] == "api_error"


# Errors ---------------------------------------------------------------------------------------------

OPENAI_ERRORS = [
    ("/v1/chat/completions", {"model": "nope", "messages": HI}, 404, "model 'nope' not found"),
    ("/v1/chat/completions", {"model": "llama3.2", "messages": []}, 400, "[] is too short - 'messages'"),
    ("/v1/chat/completions", {"model": "", "messages": HI}, 400, "model is required"),
    (
        "/v1/chat/completions",
        {"model": "qwen3", "messages": HI, "reasoning_effort": "High"},
        400,
        "invalid reasoning value",
    ),
    (
        "/v1/chat/completions",
        {"model": "llama3.2", "messages": HI, "reasoning_effort": "low"},
        400,
        "does not support thinking",
    ),
    ("/v1/completions", {"model": "", "prompt": "Hi"}, 404, "model '' not found"),
    (
        "/v1/completions",
        {"model": "llama3.2", "prompt": "Hi", "stop": ["a", 1]},
        400,
        "invalid type for 'stop' field: float64",
    ),
    (
        "/v1/embeddings",
        {"model": "all-minilm", "input": "a", "encoding_format": "int8"},
        400,
        "Invalid value for 'encoding_format' = int8",
    ),
    ("/v1/embeddings", {"model": "all-minilm", "input": []}, 400, "invalid input"),
    (
        "/v1/responses",
        {"model": "llama3.2", "input": [{"type": "item_reference"}]},
        400,
        'input[0]: unknown input item type: "item_reference"',
    ),
    ("/v1/responses", {"model": "nope", "input": "Hi"}, 404, "model 'nope' not found"),
]


@pytest.mark.parametrize(("path", "body", "status", "message"), OPENAI_ERRORS)
def test_openai_error_shape(loose: httpx.Client, path: str, body: Any, status: int, message: str) -> None:
    answer = loose.post(path, json=body)
    assert answer.status_code == status
    error = answer.json()["error"]
    assert list(error) == ["message", "type", "param", "code"]
    assert message in error["message"]
    assert error["type"] == {400: "invalid_request_error", 404: "not_found_error"}[status]
    assert (error["param"], error["code"]) == (None, None)


ANTHROPIC_ERRORS = [
    ({"model": "nope", "max_tokens": 8, "messages": HI}, 404, "not_found_error", "model 'nope' not found"),
    ({"model": "", "max_tokens": 8, "messages": HI}, 400, "invalid_request_error", "model is required"),
    (
        {"model": "llama3.2", "messages": HI},
        400,
        "invalid_request_error",
        "max_tokens is required and must be positive",
    ),
    (
        {"model": "llama3.2", "max_tokens": 8, "messages": []},
        400,
        "invalid_request_error",
        "messages is required",
    ),
]


@pytest.mark.parametrize(("body", "status", "kind", "message"), ANTHROPIC_ERRORS)
def test_anthropic_error_shape(loose: httpx.Client, body: Any, status: int, kind: str, message: str) -> None:
    answer = loose.post("/v1/messages", json=body)
    assert answer.status_code == status
    document = answer.json()
    assert list(document) == ["type", "error", "request_id"]
    assert document["type"] == "error"
    assert document["error"] == {"type": kind, "message": message}
    assert re.fullmatch(r"req_[0-9a-f]{24}", document["request_id"])


# Quirks ---------------------------------------------------------------------------------------------


def test_models(http: httpx.Client) -> None:
    with FakeOllama() as empty:
        assert httpx.get(f"{empty.url}/v1/models").json() == {"object": "list", "data": None}
    assert http.get("/v1/models/llama3.2").json()["id"] == "llama3.2"
    assert http.get("/v1/models/llama3.2:latest").json()["id"] == "llama3.2:latest"
    missing = http.get("/v1/models/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "model 'nope:latest' not found"
    slash = http.get("/v1/models/user/model")
    assert (slash.status_code, slash.text) == (404, "404 page not found")


def test_embeddings_base64_is_little_endian_float32(http: httpx.Client) -> None:
    floats = http.post("/v1/embeddings", json={"model": "all-minilm", "input": ["a"]}).json()
    encoded = http.post(
        "/v1/embeddings", json={"model": "all-minilm", "input": "a", "encoding_format": "BASE64"}
    ).json()
    data = base64.b64decode(encoded["data"][0]["embedding"])
    vector = floats["data"][0]["embedding"]
    assert struct.unpack(f"<{len(vector)}f", data) == pytest.approx(vector, abs=1e-6)
    assert floats["usage"]["prompt_tokens"] == floats["usage"]["total_tokens"]
    shorter = http.post("/v1/embeddings", json={"model": "all-minilm", "input": "a", "dimensions": 8}).json()
    assert len(shorter["data"][0]["embedding"]) == 8


@pytest.mark.parametrize("effort", ["none", "minimal", "low", "medium", "high", "max", "xhigh", "ultra"])
def test_every_reasoning_effort_is_accepted(http: httpx.Client, effort: str) -> None:
    answer = http.post(
        "/v1/chat/completions", json={"model": "qwen3", "messages": HI, "reasoning_effort": effort}
    )
    assert answer.status_code == 200
    assert ("reasoning" in answer.json()["choices"][0]["message"]) == (effort != "none")


def test_anthropic_thinking_on_a_model_without_it_is_dropped(http: httpx.Client) -> None:
    body = {
        "model": "llama3.2",
        "max_tokens": 64,
        "messages": HI,
        "thinking": {"type": "enabled", "budget_tokens": 32},
    }
    answer = http.post("/v1/messages", json=body)
    assert answer.status_code == 200
    assert [block["type"] for block in answer.json()["content"]] == ["text"]


def test_transcriptions(http: httpx.Client) -> None:
    form: Any = {"model": (None, "llama3.2"), "file": ("a.wav", b"RIFF"), "response_format": (None, "text")}
    plain = http.post("/v1/audio/transcriptions", files=form)
    assert plain.headers["content-type"].startswith("text/plain")
    as_json = http.post(
        "/v1/audio/transcriptions", files={"model": (None, "llama3.2"), "file": ("a.wav", b"RIFF")}
    )
    assert as_json.json() == {"text": plain.text}
    no_file = http.post("/v1/audio/transcriptions", files={"model": (None, "llama3.2")})
    assert no_file.json()["error"]["message"] == "file is required: http: no such file"
    not_a_form = http.post(
        "/v1/audio/transcriptions", content=b"{}", headers={"content-type": "application/json"}
    )
    assert not_a_form.status_code == 400
    assert not_a_form.json()["error"]["message"].startswith("failed to parse multipart form")
