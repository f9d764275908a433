"""The official openai SDK, unchanged, runs whole scenarios against the server's OpenAI-compatible routes."""

from __future__ import annotations

import base64
import json
import struct
from typing import Any

import jsonschema
import openai
import pytest

from .conftest import CHAT_MODEL, EMBED_MODEL, MISSING_MODEL, THINKING_MODEL, Peer

pytestmark = pytest.mark.timeout(600)

USER_HI: Any = [{"role": "user", "content": "Say hello in five words."}]
WEATHER_TOOL: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "The city"}},
            "required": ["city"],
        },
    },
}
CITY_SCHEMA: Any = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
    "required": ["city", "population"],
}


def test_models_list_and_retrieve(openai_client: openai.OpenAI) -> None:
    listed = [model.id for model in openai_client.models.list()]
    assert any(identifier.startswith(f"{CHAT_MODEL}:") for identifier in listed)
    assert all(model.object == "model" for model in openai_client.models.list().data)
    model = openai_client.models.retrieve(CHAT_MODEL)
    assert (model.id, model.object, model.owned_by) == (CHAT_MODEL, "model", "library")
    assert model.created > 0


def test_chat_completion(openai_client: openai.OpenAI) -> None:
    completion = openai_client.chat.completions.create(model=CHAT_MODEL, messages=USER_HI)
    assert completion.object == "chat.completion"
    assert completion.id.startswith("chatcmpl-")
    assert completion.system_fingerprint == "fp_ollama"
    choice = completion.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content
    assert choice.finish_reason == "stop"
    assert completion.usage is not None
    assert (
        completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    )
    assert completion.usage.completion_tokens > 0


def test_chat_completion_stream_with_usage(openai_client: openai.OpenAI) -> None:
    chunks = list(
        openai_client.chat.completions.create(
            model=CHAT_MODEL,
            messages=USER_HI,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert len({chunk.id for chunk in chunks}) == 1
    assert len({chunk.created for chunk in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text
    *content, finish, usage_chunk = chunks
    assert all(chunk.usage is None for chunk in [*content, finish])
    assert finish.choices[0].finish_reason == "stop"
    assert finish.choices[0].delta.content is None
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None
    assert usage_chunk.usage.completion_tokens > 0


def test_chat_completion_stream_without_usage(openai_client: openai.OpenAI) -> None:
    chunks = list(openai_client.chat.completions.create(model=CHAT_MODEL, messages=USER_HI, stream=True))
    assert all(chunk.usage is None and chunk.choices for chunk in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_chat_completion_json_schema(openai_client: openai.OpenAI) -> None:
    completion = openai_client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "Name a city and its population, as JSON."}],
        response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": CITY_SCHEMA}},
        temperature=0,
    )
    content = completion.choices[0].message.content
    assert content is not None
    jsonschema.validate(json.loads(content), CITY_SCHEMA)


def test_chat_completion_with_tools(openai_client: openai.OpenAI, peer: Peer) -> None:
    question: Any = {"role": "user", "content": "What is the weather in Paris? Use the get_weather tool."}
    completion = openai_client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[question],
        tools=[WEATHER_TOOL],
        temperature=0,
    )
    choice = completion.choices[0]
    if peer.live and not choice.message.tool_calls:
        pytest.skip(f"live: {CHAT_MODEL} answered without calling the tool")
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert call.type == "function"
    assert call.id
    assert call.function.name == "get_weather"
    assert "paris" in json.loads(call.function.arguments)["city"].lower()

    # The tool's answer goes back; the model then answers in text.
    follow_up = openai_client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            question,
            choice.message.model_dump(exclude_none=True),  # type: ignore[list-item]
            {"role": "tool", "tool_call_id": call.id, "content": "18 degrees and sunny"},
        ],
        tools=[WEATHER_TOOL],
    )
    assert follow_up.choices[0].finish_reason == "stop"
    assert follow_up.choices[0].message.content


def test_chat_completion_streamed_tool_call(openai_client: openai.OpenAI, peer: Peer) -> None:
    chunks = list(
        openai_client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "What is the weather in Paris? Use the get_weather tool."}],
            tools=[WEATHER_TOOL],
            stream=True,
            temperature=0,
        )
    )
    calls = [call for chunk in chunks if chunk.choices for call in chunk.choices[0].delta.tool_calls or []]
    if peer.live and not calls:
        pytest.skip(f"live: {CHAT_MODEL} answered without calling the tool")
    assert calls[0].function is not None
    assert calls[0].function.name == "get_weather"
    assert json.loads(calls[0].function.arguments or "")  # whole arguments, never partial
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_chat_completion_with_reasoning(openai_client: openai.OpenAI) -> None:
    thought = openai_client.chat.completions.create(
        model=THINKING_MODEL,
        messages=USER_HI,
        reasoning_effort="low",
    )
    assert thought.choices[0].message.model_extra is not None
    assert thought.choices[0].message.model_extra.get("reasoning")
    assert thought.choices[0].message.content

    streamed = list(
        openai_client.chat.completions.create(
            model=THINKING_MODEL,
            messages=USER_HI,
            reasoning_effort="high",
            stream=True,
        )
    )
    reasoning = "".join((chunk.choices[0].delta.model_extra or {}).get("reasoning", "") for chunk in streamed)
    assert reasoning

    # "none" turns thinking off; values outside Ollama's list are the SDK's BadRequestError.
    plain = openai_client.chat.completions.create(
        model=THINKING_MODEL,
        messages=USER_HI,
        reasoning_effort="none",
    )
    assert not (plain.choices[0].message.model_extra or {}).get("reasoning")
    with pytest.raises(openai.BadRequestError) as caught:
        openai_client.chat.completions.create(
            model=THINKING_MODEL,
            messages=USER_HI,
            extra_body={"reasoning_effort": "extreme"},
        )
    assert "invalid reasoning value" in str(caught.value)
    with pytest.raises(openai.BadRequestError, match="does not support thinking"):
        openai_client.chat.completions.create(
            model=CHAT_MODEL,
            messages=USER_HI,
            reasoning_effort="high",
        )


def test_completions(openai_client: openai.OpenAI) -> None:
    completion = openai_client.completions.create(model=CHAT_MODEL, prompt="Once upon a time", max_tokens=8)
    assert completion.object == "text_completion"
    assert completion.choices[0].text
    assert completion.choices[0].finish_reason in ("stop", "length")
    assert completion.usage is not None
    assert completion.usage.completion_tokens > 0


def test_completions_stream(openai_client: openai.OpenAI) -> None:
    chunks = list(
        openai_client.completions.create(
            model=CHAT_MODEL,
            prompt="Once upon a time",
            max_tokens=8,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    *content, usage_chunk = chunks
    assert "".join(chunk.choices[0].text for chunk in content)
    assert content[-1].choices[0].finish_reason == "length"
    assert all(chunk.choices[0].finish_reason is None for chunk in content[:-1])
    # With include_usage every chunk carries zeros, and one more chunk the real counts.
    assert all(chunk.usage is not None and chunk.usage.total_tokens == 0 for chunk in content)
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None
    assert usage_chunk.usage.completion_tokens > 0


def test_embeddings_as_floats_and_base64(openai_client: openai.OpenAI) -> None:
    texts = ["The sky is blue.", "Grass is green."]
    as_floats = openai_client.embeddings.create(model=EMBED_MODEL, input=texts, encoding_format="float")
    assert [item.index for item in as_floats.data] == [0, 1]
    vector = as_floats.data[0].embedding
    assert len(vector) > 10
    assert abs(sum(value * value for value in vector) - 1) < 1e-3
    assert as_floats.usage.prompt_tokens == as_floats.usage.total_tokens > 0

    # The SDK asks for base64 by default and decodes it itself.
    by_default = openai_client.embeddings.create(model=EMBED_MODEL, input=texts)
    assert by_default.data[0].embedding == pytest.approx(vector, abs=1e-6)

    raw = openai_client.embeddings.create(model=EMBED_MODEL, input=texts[0], encoding_format="base64")
    encoded: Any = raw.data[0].embedding
    assert isinstance(encoded, str)
    data = base64.b64decode(encoded)
    decoded = struct.unpack(f"<{len(data) // 4}f", data)
    assert decoded == pytest.approx(vector, abs=1e-6)


def test_responses(openai_client: openai.OpenAI) -> None:
    response = openai_client.responses.create(
        model=CHAT_MODEL, input="Say hello in five words.", instructions="Be brief."
    )
    assert response.status == "completed"
    assert response.id.startswith("resp_")
    assert response.instructions == "Be brief."
    assert response.output_text
    assert response.output[-1].type == "message"
    assert response.usage is not None
    assert response.usage.output_tokens > 0


def test_responses_stream(openai_client: openai.OpenAI) -> None:
    events = list(openai_client.responses.create(model=THINKING_MODEL, input="Say hello.", stream=True))
    kinds = [event.type for event in events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] == "response.completed"
    assert [event.sequence_number for event in events] == list(range(len(events)))
    assert "response.reasoning_summary_text.delta" in kinds
    assert "response.output_text.delta" in kinds
    text = "".join(event.delta for event in events if event.type == "response.output_text.delta")
    final = events[-1]
    assert final.type == "response.completed"
    assert final.response.output_text == text
    assert [item.type for item in final.response.output] == ["reasoning", "message"]

    # The SDK's own stream helper assembles the same response.
    with openai_client.responses.stream(model=CHAT_MODEL, input="Say hello.") as stream:
        for _ in stream:
            pass
        assembled = stream.get_final_response()
    assert assembled.status == "completed"
    assert assembled.output_text


def test_responses_function_call(openai_client: openai.OpenAI, peer: Peer) -> None:
    tool: Any = {"type": "function", **WEATHER_TOOL["function"]}
    response = openai_client.responses.create(
        model=CHAT_MODEL, input="What is the weather in Paris? Use the get_weather tool.", tools=[tool]
    )
    calls = [item for item in response.output if item.type == "function_call"]
    if peer.live and not calls:
        pytest.skip(f"live: {CHAT_MODEL} answered without calling the tool")
    assert calls[0].name == "get_weather"
    assert "paris" in json.loads(calls[0].arguments)["city"].lower()


def test_missing_model_is_the_sdks_not_found_error(openai_client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        openai_client.chat.completions.create(model=MISSING_MODEL, messages=USER_HI)
    assert caught.value.status_code == 404
    assert f"model '{MISSING_MODEL}' not found" in caught.value.message
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["type"] == "not_found_error"
    with pytest.raises(openai.NotFoundError):
        openai_client.chat.completions.create(model=MISSING_MODEL, messages=USER_HI, stream=True)
    with pytest.raises(openai.NotFoundError):
        openai_client.completions.create(model=MISSING_MODEL, prompt="Hi")
    with pytest.raises(openai.NotFoundError):
        openai_client.models.retrieve(MISSING_MODEL)
    with pytest.raises(openai.NotFoundError):
        openai_client.responses.create(model=MISSING_MODEL, input="Hi")
