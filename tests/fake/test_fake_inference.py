"""Generate, chat, embeddings and ps on the fake: streaming shape, determinism, options and errors."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import jsonschema
import pytest

pytestmark = pytest.mark.timeout(30)

RFC3339_NANO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$")
METRICS = (
    "total_duration",
    "load_duration",
    "prompt_eval_count",
    "prompt_eval_duration",
    "eval_count",
    "eval_duration",
)
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the weather in a given city",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "The city"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer"},
            },
            "required": ["city", "unit"],
        },
    },
}


def ndjson(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def test_generate_streams_one_token_per_chunk(client: httpx.Client) -> None:
    response = client.post("/api/generate", json={"model": "llama3.2", "prompt": "Why is the sky blue?"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    chunks = ndjson(response)
    assert 20 <= len(chunks) - 1 <= 40
    assert all(chunk["done"] is False and chunk["model"] == "llama3.2" for chunk in chunks[:-1])
    assert all(RFC3339_NANO_UTC.match(chunk["created_at"]) for chunk in chunks)
    final = chunks[-1]
    assert final["done"] is True
    assert final["done_reason"] == "stop"
    assert final["response"] == ""
    assert all(isinstance(final[key], int) and final[key] > 0 for key in METRICS)
    assert final["eval_count"] == len(chunks) - 1
    assert final["total_duration"] >= final["load_duration"] + final["eval_duration"]
    assert isinstance(final["context"], list)
    assert all(isinstance(item, int) for item in final["context"])


def test_generate_is_deterministic_and_matches_stream_false(client: httpx.Client) -> None:
    request: dict[str, Any] = {"model": "llama3.2", "prompt": "Tell me a story"}
    streamed = "".join(chunk["response"] for chunk in ndjson(client.post("/api/generate", json=request)))
    single = client.post("/api/generate", json={**request, "stream": False})
    assert single.headers["content-type"] == "application/json; charset=utf-8"
    body = single.json()
    assert body["response"] == streamed
    assert body["done"] is True
    assert "context" in body
    other = client.post("/api/generate", json={**request, "prompt": "Something else", "stream": False}).json()
    assert other["response"] != streamed


def test_num_predict_bounds_the_answer_and_stop_cuts_it(client: httpx.Client) -> None:
    limited = client.post(
        "/api/generate",
        json={"model": "llama3.2", "prompt": "x", "stream": False, "options": {"num_predict": 7}},
    ).json()
    assert limited["eval_count"] == 7
    assert limited["done_reason"] == "length"
    full = client.post("/api/generate", json={"model": "llama3.2", "prompt": "x", "stream": False}).json()
    word = full["response"].split()[3]
    stopped = client.post(
        "/api/generate",
        json={"model": "llama3.2", "prompt": "x", "stream": False, "options": {"stop": [word]}},
    ).json()
    assert word not in stopped["response"]
    assert full["response"].startswith(stopped["response"])
    assert stopped["done_reason"] == "stop"


def test_raw_mode_has_no_context_and_rejects_templates(client: httpx.Client) -> None:
    raw = client.post(
        "/api/generate",
        json={"model": "llama3.2", "prompt": "[INST] hi [/INST]", "raw": True, "stream": False},
    ).json()
    assert "context" not in raw
    assert raw["response"]
    bad = client.post("/api/generate", json={"model": "llama3.2", "prompt": "x", "raw": True, "system": "s"})
    assert (bad.status_code, bad.json()) == (
        400,
        {"error": "raw mode does not support template, system, or context"},
    )


def test_thinking_comes_first_on_thinking_models(client: httpx.Client) -> None:
    chunks = ndjson(
        client.post(
            "/api/chat",
            json={"model": "qwen3", "messages": [{"role": "user", "content": "hi"}], "think": True},
        )
    )
    kinds = ["thinking" if chunk["message"].get("thinking") else "content" for chunk in chunks[:-1]]
    assert kinds[0] == "thinking"
    assert "content" in kinds
    assert kinds == sorted(kinds, key=lambda kind: kind != "thinking")
    single = client.post(
        "/api/generate", json={"model": "qwen3", "prompt": "hi", "think": "high", "stream": False}
    ).json()
    assert single["thinking"]
    assert single["response"]
    off = client.post(
        "/api/generate", json={"model": "qwen3", "prompt": "hi", "think": False, "stream": False}
    ).json()
    assert "thinking" not in off
    default = client.post("/api/generate", json={"model": "qwen3", "prompt": "hi", "stream": False}).json()
    assert default["thinking"]


def test_think_errors(client: httpx.Client) -> None:
    unsupported = client.post("/api/generate", json={"model": "llama3.2", "prompt": "hi", "think": True})
    assert (unsupported.status_code, unsupported.json()) == (
        400,
        {"error": '"llama3.2" does not support thinking'},
    )
    invalid = client.post("/api/chat", json={"model": "qwen3", "messages": [], "think": "extreme"})
    assert invalid.status_code == 400
    assert invalid.json() == {
        "error": 'invalid think value: "extreme" (must be "high", "medium", "low", "max", true, or false)'
    }


def test_format_json_and_schema_give_valid_json(client: httpx.Client) -> None:
    json_mode = client.post(
        "/api/generate",
        json={"model": "llama3.2", "prompt": "sky colors as JSON", "format": "json", "stream": False},
    ).json()
    assert isinstance(json.loads(json_mode["response"]), dict)
    schema = {
        "type": "object",
        "properties": {
            "age": {"type": "integer", "minimum": 0},
            "available": {"type": "boolean"},
            "name": {"type": "string", "minLength": 3},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "minItems": 2},
            "address": {"$ref": "#/$defs/address"},
        },
        "required": ["age", "available"],
        "$defs": {
            "address": {"type": "object", "properties": {"zip": {"type": "string"}}, "required": ["zip"]}
        },
    }
    chunks = ndjson(
        client.post(
            "/api/chat",
            json={
                "model": "llama3.2",
                "format": schema,
                "messages": [
                    {"role": "user", "content": "Ollama is 22 years old and busy saving the world."}
                ],
            },
        )
    )
    content = json.loads("".join(chunk["message"]["content"] for chunk in chunks))
    jsonschema.validate(content, schema)
    assert content["age"] == 22
    bad = client.post("/api/generate", json={"model": "llama3.2", "prompt": "x", "format": "xml"})
    assert bad.status_code == 500
    assert bad.json()["error"].startswith('invalid format: "xml"')


def test_tool_calls_follow_the_documented_rule(client: httpx.Client) -> None:
    request: dict[str, Any] = {
        "model": "llama3.2",
        "tools": [WEATHER_TOOL],
        "stream": False,
        "messages": [{"role": "user", "content": "What is the weather in Tokyo?"}],
    }
    message = client.post("/api/chat", json=request).json()["message"]
    assert message["content"] == ""
    [call] = message["tool_calls"]
    assert re.fullmatch(r"call_[a-z0-9]{8}", call["id"])
    assert call["function"] == {
        "index": 0,
        "name": "get_weather",
        "arguments": {"city": "Tokyo", "unit": "celsius"},
    }
    streamed = ndjson(client.post("/api/chat", json={**request, "stream": True}))
    assert [chunk["message"].get("tool_calls") for chunk in streamed[:-1]] == [[call]]
    unrelated = client.post(
        "/api/chat", json={**request, "messages": [{"role": "user", "content": "Tell me a joke"}]}
    ).json()["message"]
    assert "tool_calls" not in unrelated
    assert unrelated["content"]
    after_tool = client.post(
        "/api/chat",
        json={
            **request,
            "messages": [
                *request["messages"],
                {"role": "assistant", "content": "", "tool_calls": [call]},
                {"role": "tool", "content": "11 degrees", "tool_name": "get_weather"},
            ],
        },
    ).json()["message"]
    assert "tool_calls" not in after_tool
    assert after_tool["content"]


def test_tools_need_the_tools_capability(client: httpx.Client) -> None:
    client.post("/api/pull", json={"model": "llama3", "stream": False})
    response = client.post(
        "/api/chat",
        json={
            "model": "llama3",
            "tools": [WEATHER_TOOL],
            "messages": [{"role": "user", "content": "weather?"}],
        },
    )
    assert (response.status_code, response.json()) == (400, {"error": '"llama3" does not support tools'})


def test_logprobs_per_token(client: httpx.Client) -> None:
    chunks = ndjson(
        client.post(
            "/api/generate", json={"model": "llama3.2", "prompt": "x", "logprobs": True, "top_logprobs": 3}
        )
    )
    for chunk in chunks[:-1]:
        [entry] = chunk["logprobs"]
        assert entry["token"] == chunk["response"]
        assert entry["logprob"] <= 0
        assert entry["bytes"] == list(chunk["response"].encode())
        assert len(entry["top_logprobs"]) == 3
    single = client.post(
        "/api/chat",
        json={
            "model": "llama3.2",
            "messages": [{"role": "user", "content": "x"}],
            "logprobs": True,
            "stream": False,
        },
    ).json()
    assert "".join(entry["token"] for entry in single["logprobs"]) == single["message"]["content"]
    out_of_range = client.post("/api/generate", json={"model": "llama3.2", "prompt": "x", "top_logprobs": 21})
    assert out_of_range.json() == {"error": "top_logprobs must be between 0 and 20"}


def test_empty_prompt_loads_and_keep_alive_zero_unloads(client: httpx.Client) -> None:
    assert client.get("/api/ps").json() == {"models": []}
    loaded = client.post("/api/generate", json={"model": "llama3.2"})
    assert loaded.headers["content-type"] == "application/json; charset=utf-8"
    assert loaded.json()["done_reason"] == "load"
    assert loaded.json()["response"] == ""
    [running] = client.get("/api/ps").json()["models"]
    assert running["name"] == "llama3.2:latest"
    assert running["size_vram"] == running["size"]
    assert running["context_length"] == 4096
    unloaded = client.post("/api/chat", json={"model": "llama3.2", "messages": [], "keep_alive": 0}).json()
    assert unloaded["done_reason"] == "unload"
    assert unloaded["message"] == {"role": "assistant", "content": ""}
    assert client.get("/api/ps").json() == {"models": []}


def test_keep_alive_sets_expires_at(client: httpx.Client) -> None:
    client.post("/api/generate", json={"model": "llama3.2", "keep_alive": "1h30m"})
    client.post("/api/generate", json={"model": "qwen3", "keep_alive": -1})
    client.post("/api/embed", json={"model": "all-minilm", "input": "x", "keep_alive": 60})
    models = client.get("/api/ps").json()["models"]
    assert [model["name"] for model in models] == ["qwen3:latest", "llama3.2:latest", "all-minilm:latest"]
    assert models[0]["expires_at"].startswith("23")  # "forever" is now + Go's largest duration
    bad = client.post("/api/generate", json={"model": "llama3.2", "keep_alive": "10"})
    assert (bad.status_code, bad.json()) == (400, {"error": 'time: missing unit in duration "10"'})
    gone = client.post(
        "/api/generate", json={"model": "llama3.2", "prompt": "x", "keep_alive": 0, "stream": False}
    )
    assert gone.status_code == 200
    assert "llama3.2:latest" not in [model["name"] for model in client.get("/api/ps").json()["models"]]


def test_inference_errors(client: httpx.Client) -> None:
    missing = client.post("/api/generate", json={"model": "ghost", "prompt": "x"})
    assert (missing.status_code, missing.json()) == (404, {"error": "model 'ghost' not found"})
    chat_missing = client.post("/api/chat", json={"model": "ghost", "messages": []})
    assert (chat_missing.status_code, chat_missing.json()) == (404, {"error": "model 'ghost' not found"})
    no_model = client.post("/api/chat", json={"messages": []})
    assert (no_model.status_code, no_model.json()) == (400, {"error": "model is required"})
    stop_string = client.post(
        "/api/generate", json={"model": "llama3.2", "prompt": "x", "options": {"stop": "a"}}
    )
    assert (stop_string.status_code, stop_string.json()) == (
        500,
        {"error": 'option "stop" must be of type array'},
    )
    embedding_model = client.post("/api/generate", json={"model": "all-minilm", "prompt": "x"})
    assert embedding_model.json() == {"error": '"all-minilm" does not support generate'}
    wrong_type = client.post("/api/generate", json={"model": "llama3.2", "prompt": 5})
    assert wrong_type.status_code == 400
    assert wrong_type.json() == {
        "error": "json: cannot unmarshal number into Go struct field GenerateRequest.prompt of type string"
    }


def test_embed_returns_deterministic_unit_vectors(client: httpx.Client) -> None:
    body = client.post(
        "/api/embed", json={"model": "all-minilm", "input": ["Why is the sky blue?", "grass"]}
    ).json()
    first, second = body["embeddings"]
    assert len(first) == 384
    assert first != second
    assert abs(sum(value * value for value in first) - 1) < 1e-5
    assert body["model"] == "all-minilm"
    assert body["prompt_eval_count"] > 0
    assert body["total_duration"] > 0
    again = client.post("/api/embed", json={"model": "all-minilm", "input": "Why is the sky blue?"}).json()
    assert again["embeddings"] == [first]
    reduced = client.post("/api/embed", json={"model": "all-minilm", "input": "x", "dimensions": 64}).json()
    assert len(reduced["embeddings"][0]) == 64
    assert abs(sum(value * value for value in reduced["embeddings"][0]) - 1) < 1e-5
    empty = client.post("/api/embed", json={"model": "all-minilm", "input": []}).json()
    assert empty == {"model": "all-minilm", "embeddings": []}
    invalid = client.post("/api/embed", json={"model": "all-minilm", "input": [1, 2]})
    assert (invalid.status_code, invalid.json()) == (400, {"error": "invalid input type"})


def test_legacy_embeddings(client: httpx.Client) -> None:
    vector = client.post("/api/embeddings", json={"model": "all-minilm", "prompt": "Hello"}).json()[
        "embedding"
    ]
    assert len(vector) == 384
    assert abs(sum(value * value for value in vector) - 1) > 1e-3
    assert client.post("/api/embeddings", json={"model": "all-minilm", "prompt": ""}).json() == {
        "embedding": []
    }
    missing = client.post("/api/embeddings", json={"model": "ghost", "prompt": "x"})
    assert missing.status_code == 404
