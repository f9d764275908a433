"""Our client's ``/v1`` methods (``client.openai.*``, ``client.anthropic.messages``), sync and async,
against the strict fake, which also checks every answer it sends (each SSE event) against the spec.
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest

from ollama_openapi import BadRequestError, InvalidResponseError, ModelNotFoundError, OllamaError
from ollama_openapi.errors import StreamTruncatedError
from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.openai_compat import transcript
from ollama_openapi.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicMessage,
    AnthropicMessageDeltaEvent,
    AnthropicMessageStartEvent,
    AnthropicMessageStopEvent,
    AnthropicTextBlock,
    AnthropicThinkingBlock,
    AnthropicToolUseBlock,
    OpenAIChatCompletion,
    OpenAIChatCompletionChunk,
    OpenAICompletion,
    OpenAICompletionChunk,
    OpenAIEmbeddingList,
    OpenAIModel,
    OpenAIModelList,
    OpenAIResponse,
    OpenAIResponsesCompletedEvent,
    OpenAIResponsesCreatedEvent,
    OpenAIResponsesOutputFunctionCall,
    OpenAIResponsesOutputMessage,
    OpenAIResponsesOutputTextDeltaEvent,
    OpenAITranscription,
)

from .conftest import Fake
from .twins import Api, make_client

HI: Any = [{"role": "user", "content": "Say hello."}]
WEATHER: Any = [{"role": "user", "content": "What is the weather in Paris?"}]
WEATHER_TOOL: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture
def fake() -> Iterator[Fake]:
    """The strict fake, also validating its own answers; no request or answer may break the spec."""
    server = Fake()
    server.validate_responses = True
    with server:
        yield server
    assert server.violations == []


# Models ---------------------------------------------------------------------------------------------


def test_list_and_retrieve_models(client: Api) -> None:
    listed = client.openai.list_models()
    assert isinstance(listed, OpenAIModelList)
    assert listed.data is not None
    assert {model.id for model in listed.data} >= {"llama3.2:latest", "qwen3:latest"}
    model = client.openai.retrieve_model("llama3.2")
    assert isinstance(model, OpenAIModel)
    assert (model.id, model.object_, model.owned_by) == ("llama3.2", "model", "library")


def test_no_model_installed_lists_null(kind: str) -> None:
    with FakeOllama(strict=True, validate_responses=True) as empty, make_client(kind, empty.url) as api:
        assert api.openai.list_models().data is None
        assert empty.violations == []


# Chat completions -----------------------------------------------------------------------------------


def test_chat_completion(client: Api) -> None:
    reply = client.openai.chat_completions("qwen3", HI, reasoning_effort="low")
    assert isinstance(reply, OpenAIChatCompletion)
    assert reply.id.startswith("chatcmpl-")
    choice = reply.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    assert choice.message.content
    assert choice.message.reasoning
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_chat_completion_stream(client: Api) -> None:
    chunks = list(
        client.openai.chat_completions("qwen3", HI, stream=True, stream_options={"include_usage": True})
    )
    assert all(isinstance(chunk, OpenAIChatCompletionChunk) for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    reasoning = "".join(chunk.choices[0].delta.reasoning or "" for chunk in chunks if chunk.choices)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert reasoning
    assert text
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens > 0


def test_chat_completion_tools_and_json_schema(client: Api) -> None:
    reply = client.openai.chat_completions("llama3.2", WEATHER, tools=[WEATHER_TOOL])
    assert reply.choices[0].finish_reason == "tool_calls"
    call = reply.choices[0].message.tool_calls[0]
    assert (call.type_, call.function.name) == ("function", "get_weather")
    assert json.loads(call.function.arguments) == {"city": "Paris"}

    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    formatted = client.openai.chat_completions(
        "llama3.2",
        HI,
        response_format={"type": "json_schema", "json_schema": {"name": "c", "schema": schema}},
    )
    assert "city" in json.loads(formatted.choices[0].message.content)


# Completions ----------------------------------------------------------------------------------------


def test_completion(client: Api) -> None:
    reply = client.openai.completions("llama3.2", "Once upon a time", max_tokens=5)
    assert isinstance(reply, OpenAICompletion)
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage.completion_tokens == 5
    chunks = list(
        client.openai.completions(
            "llama3.2", "Once upon a time", max_tokens=5, stream=True, stream_options={"include_usage": True}
        )
    )
    assert all(isinstance(chunk, OpenAICompletionChunk) for chunk in chunks)
    assert [chunk.choices[0].finish_reason for chunk in chunks[:-1]] == [None] * 5 + ["length"]
    assert all(chunk.usage.total_tokens == 0 for chunk in chunks[:-1])
    assert chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == 5


# Embeddings -----------------------------------------------------------------------------------------


def test_embeddings_as_floats_and_base64(client: Api) -> None:
    floats = client.openai.embeddings("all-minilm", ["a", "b"])
    assert isinstance(floats, OpenAIEmbeddingList)
    assert floats.data is not None
    assert [item.index for item in floats.data] == [0, 1]
    vector = floats.data[0].embedding
    assert len(vector) == 384
    encoded = client.openai.embeddings("all-minilm", "a", encoding_format="base64")
    assert encoded.data is not None
    data = base64.b64decode(encoded.data[0].embedding)
    assert struct.unpack("<384f", data) == pytest.approx(vector, abs=1e-6)


# Responses ------------------------------------------------------------------------------------------


def test_responses(client: Api) -> None:
    reply = client.openai.responses("llama3.2", "Say hello.", instructions="Be brief.")
    assert isinstance(reply, OpenAIResponse)
    assert reply.status == "completed"
    assert reply.instructions == "Be brief."
    message = reply.output[-1]
    assert isinstance(message, OpenAIResponsesOutputMessage)
    assert message.content[0].text

    called = client.openai.responses(
        "llama3.2", "What is the weather in Paris?", tools=[{"type": "function", **WEATHER_TOOL["function"]}]
    )
    assert isinstance(called.output[0], OpenAIResponsesOutputFunctionCall)
    assert json.loads(called.output[0].arguments) == {"city": "Paris"}


def test_responses_stream(client: Api) -> None:
    events = list(client.openai.responses("llama3.2", "Say hello.", stream=True))
    assert isinstance(events[0], OpenAIResponsesCreatedEvent)
    assert isinstance(events[-1], OpenAIResponsesCompletedEvent)
    assert [event.sequence_number for event in events] == list(range(len(events)))
    text = "".join(event.delta for event in events if isinstance(event, OpenAIResponsesOutputTextDeltaEvent))
    final = events[-1].response.output[-1]
    assert isinstance(final, OpenAIResponsesOutputMessage)
    assert final.content[0].text == text


# Anthropic messages ---------------------------------------------------------------------------------


def test_messages(client: Api) -> None:
    reply = client.anthropic.messages("qwen3", HI, 1024, thinking={"type": "enabled", "budget_tokens": 512})
    assert isinstance(reply, AnthropicMessage)
    assert reply.content is not None
    assert [type(block) for block in reply.content] == [AnthropicThinkingBlock, AnthropicTextBlock]
    assert reply.stop_reason == "end_turn"
    # A model without thinking answers without it: dropped, not a 400 as on the OpenAI routes.
    plain = client.anthropic.messages(
        "llama3.2", HI, 1024, thinking={"type": "enabled", "budget_tokens": 512}
    )
    assert [type(block) for block in plain.content] == [AnthropicTextBlock]
    tools = [{"name": "get_weather", "input_schema": WEATHER_TOOL["function"]["parameters"]}]
    called = client.anthropic.messages("llama3.2", WEATHER, 1024, tools=tools)
    assert called.stop_reason == "tool_use"
    assert isinstance(called.content[0], AnthropicToolUseBlock)
    assert called.content[0].input_.to_dict() == {"city": "Paris"}


def test_messages_stream(client: Api) -> None:
    events = list(client.anthropic.messages("qwen3", HI, 1024, stream=True))
    assert isinstance(events[0], AnthropicMessageStartEvent)
    assert isinstance(events[-2], AnthropicMessageDeltaEvent)
    assert isinstance(events[-1], AnthropicMessageStopEvent)
    deltas = [event.delta.type_ for event in events if isinstance(event, AnthropicContentBlockDeltaEvent)]
    assert deltas[0] == "thinking_delta"
    assert deltas[-1] == "text_delta"
    assert events[-2].delta.stop_reason == "end_turn"


# Transcriptions -------------------------------------------------------------------------------------


def test_transcription_uploads_the_file(client: Api, fake: Fake, tmp_path: Path) -> None:
    audio = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(64))
    reply = client.openai.transcriptions("llama3.2", audio)
    assert isinstance(reply, OpenAITranscription)
    assert reply.text == transcript(audio, "", "")
    path = tmp_path / "hello.wav"
    path.write_bytes(audio)
    in_english = client.openai.transcriptions("llama3.2", path, language="English", prompt="A greeting.")
    assert in_english.text == transcript(audio, "English", "A greeting.")
    with pytest.raises(BadRequestError, match="audio file is empty"):
        client.openai.transcriptions("llama3.2", b"")
    with pytest.raises(ModelNotFoundError):
        client.openai.transcriptions("missing-model", audio)


def test_transcription_as_plain_text(client: Api) -> None:
    reply = client.openai.transcriptions("llama3.2", b"RIFF", response_format="text")
    assert reply == transcript(b"RIFF", "", "")  # the spec's text/plain answer, as a string


# Errors ---------------------------------------------------------------------------------------------


def test_missing_model_is_model_not_found_on_both_shapes(client: Api) -> None:
    with pytest.raises(ModelNotFoundError) as openai_shape:
        client.openai.chat_completions("missing-model", HI)
    assert openai_shape.value.status_code == 404
    assert openai_shape.value.error == "model 'missing-model' not found"
    with pytest.raises(ModelNotFoundError) as anthropic_shape:
        client.anthropic.messages("missing-model", HI, 16)
    assert anthropic_shape.value.error == "model 'missing-model' not found"
    with pytest.raises(ModelNotFoundError):
        list(client.openai.chat_completions("missing-model", HI, stream=True))
    with pytest.raises(ModelNotFoundError):
        list(client.anthropic.messages("missing-model", HI, 16, stream=True))
    with pytest.raises(ModelNotFoundError):
        client.openai.retrieve_model("missing-model")


def test_invalid_requests_are_bad_request_errors(client: Api) -> None:
    with pytest.raises(BadRequestError, match="invalid reasoning value"):
        client.openai.chat_completions("qwen3", HI, reasoning_effort="extreme")
    with pytest.raises(BadRequestError, match="does not support thinking"):
        client.openai.chat_completions("llama3.2", HI, reasoning_effort="high")
    with pytest.raises(BadRequestError, match="encoding_format"):
        client.openai.embeddings("all-minilm", "a", encoding_format="int8")


# A late error: lost by Ollama, caught by us ---------------------------------------------------------


def test_a_stream_that_fails_part_way_raises_where_the_sdks_just_stop(client: Api, fake: Fake) -> None:
    fake.fail_streams_after = 3

    # The official SDKs iterate to the end without a word: three chunks and Ollama's empty one.
    with openai.OpenAI(base_url=f"{fake.url}/v1", api_key="ollama", max_retries=0) as sdk:
        sdk_chunks = list(sdk.chat.completions.create(model="llama3.2", messages=HI, stream=True))
    assert len(sdk_chunks) == 4
    assert sdk_chunks[-1].model == ""
    with anthropic.Anthropic(base_url=fake.url, api_key="ollama", max_retries=0) as sdk_anthropic:
        sdk_events = list(
            sdk_anthropic.messages.create(model="llama3.2", max_tokens=64, messages=HI, stream=True)
        )
    assert sdk_events[-1].type == "content_block_delta"  # no message_delta, no message_stop

    # Ours raises, keeping what arrived.
    with pytest.raises(StreamTruncatedError) as caught:
        list(client.openai.chat_completions("llama3.2", HI, stream=True))
    assert len(caught.value.received) == 4
    assert caught.value.received[-1]["model"] == ""
    with pytest.raises(StreamTruncatedError) as caught_anthropic:
        list(client.anthropic.messages("llama3.2", HI, 64, stream=True))
    assert [event["type"] for event in caught_anthropic.value.received][-1] == "content_block_delta"


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.openai.completions("llama3.2", "Once", stream=True),
        lambda api: api.openai.responses("llama3.2", "Once", stream=True),
    ],
    ids=["completions", "responses"],
)
def test_every_truncated_v1_stream_raises(client: Api, fake: Fake, call: Any) -> None:
    fake.fail_streams_after = 2
    with pytest.raises(StreamTruncatedError):
        list(call(client))


def test_a_failure_before_anything_was_sent_is_an_error_answer(client: Api, fake: Fake) -> None:
    fake.fail_streams_after = 0
    with pytest.raises(OllamaError) as caught:
        list(client.openai.chat_completions("llama3.2", HI, stream=True))
    assert getattr(caught.value, "status_code", None) == 500
    # A transcription that fails once generation started is an empty 200: still a typed error.
    fake.fail_streams_after = 2
    with pytest.raises(InvalidResponseError):
        client.openai.transcriptions("llama3.2", b"RIFF")
