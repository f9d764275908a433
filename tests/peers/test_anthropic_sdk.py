"""The official anthropic SDK, unchanged, runs whole scenarios against the server's ``/v1/messages``."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest

from .conftest import CHAT_MODEL, MISSING_MODEL, THINKING_MODEL, Peer

pytestmark = pytest.mark.timeout(600)

USER_HI: Any = [{"role": "user", "content": "Say hello in five words."}]
WEATHER_TOOL: Any = {
    "name": "get_weather",
    "description": "The current weather in a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string", "description": "The city"}},
        "required": ["city"],
    },
}
WEATHER_QUESTION: Any = {"role": "user", "content": "What is the weather in Paris? Use the get_weather tool."}


def test_message(anthropic_client: anthropic.Anthropic) -> None:
    message = anthropic_client.messages.create(
        model=CHAT_MODEL, max_tokens=256, system="You are terse.", messages=USER_HI
    )
    assert message.type == "message"
    assert message.role == "assistant"
    assert message.id.startswith("msg_")
    assert len(message.id) == 28
    assert [block.type for block in message.content] == ["text"]
    assert message.content[0].type == "text"
    assert message.content[0].text
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0
    assert message.usage.output_tokens > 0


def test_message_cut_by_max_tokens(anthropic_client: anthropic.Anthropic) -> None:
    message = anthropic_client.messages.create(model=CHAT_MODEL, max_tokens=3, messages=USER_HI)
    assert message.stop_reason == "max_tokens"
    assert message.usage.output_tokens <= 3


def test_message_stream(anthropic_client: anthropic.Anthropic) -> None:
    events = list(
        anthropic_client.messages.create(model=CHAT_MODEL, max_tokens=256, messages=USER_HI, stream=True)
    )
    kinds = [event.type for event in events]
    assert kinds[0] == "message_start"
    assert kinds[1] == "content_block_start"
    assert set(kinds[2:-3]) == {"content_block_delta"}
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    text = "".join(
        event.delta.text
        for event in events
        if event.type == "content_block_delta" and event.delta.type == "text_delta"
    )
    assert text
    ending = events[-2]
    assert ending.type == "message_delta"
    assert ending.delta.stop_reason == "end_turn"
    assert ending.usage.output_tokens > 0

    # The SDK's stream helper assembles the same message.
    with anthropic_client.messages.stream(model=CHAT_MODEL, max_tokens=256, messages=USER_HI) as stream:
        streamed_text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert streamed_text
    assert final.content[0].type == "text"
    assert final.content[0].text == streamed_text
    assert final.stop_reason == "end_turn"


def test_message_with_tools(anthropic_client: anthropic.Anthropic, peer: Peer) -> None:
    message = anthropic_client.messages.create(
        model=CHAT_MODEL, max_tokens=256, messages=[WEATHER_QUESTION], tools=[WEATHER_TOOL]
    )
    calls = [block for block in message.content if block.type == "tool_use"]
    if peer.live and not calls:
        pytest.skip(f"live: {CHAT_MODEL} answered without calling the tool")
    assert message.stop_reason == "tool_use"
    call = calls[0]
    assert call.name == "get_weather"
    assert call.id
    assert "paris" in str(call.input["city"]).lower()

    answer = anthropic_client.messages.create(
        model=CHAT_MODEL,
        max_tokens=256,
        tools=[WEATHER_TOOL],
        messages=[
            WEATHER_QUESTION,
            {"role": "assistant", "content": message.content},
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "18C, sunny"}],
            },
        ],
    )
    assert answer.stop_reason == "end_turn"
    assert answer.content[-1].type == "text"


def test_message_stream_with_tools(anthropic_client: anthropic.Anthropic, peer: Peer) -> None:
    with anthropic_client.messages.stream(
        model=CHAT_MODEL, max_tokens=256, messages=[WEATHER_QUESTION], tools=[WEATHER_TOOL]
    ) as stream:
        events = list(stream)
        final = stream.get_final_message()
    calls = [block for block in final.content if block.type == "tool_use"]
    if peer.live and not calls:
        pytest.skip(f"live: {CHAT_MODEL} answered without calling the tool")
    deltas = [
        event
        for event in events
        if event.type == "content_block_delta" and event.delta.type == "input_json_delta"
    ]
    assert len(deltas) == 1  # the whole input in one delta
    assert final.stop_reason == "tool_use"
    assert calls[0].name == "get_weather"
    assert "paris" in str(calls[0].input["city"]).lower()


def test_message_with_thinking(anthropic_client: anthropic.Anthropic) -> None:
    thinking: Any = {"type": "enabled", "budget_tokens": 1024}
    message = anthropic_client.messages.create(
        model=THINKING_MODEL, max_tokens=2048, messages=USER_HI, thinking=thinking
    )
    kinds = [block.type for block in message.content]
    assert kinds == ["thinking", "text"]
    assert message.content[0].type == "thinking"
    assert message.content[0].thinking

    with anthropic_client.messages.stream(
        model=THINKING_MODEL, max_tokens=2048, messages=USER_HI, thinking=thinking
    ) as stream:
        events = list(stream)
        final = stream.get_final_message()
    delta_kinds = [event.delta.type for event in events if event.type == "content_block_delta"]
    assert "thinking_delta" in delta_kinds
    assert "text_delta" in delta_kinds
    assert delta_kinds.index("thinking_delta") < delta_kinds.index("text_delta")
    assert [block.type for block in final.content] == ["thinking", "text"]

    disabled = anthropic_client.messages.create(
        model=THINKING_MODEL, max_tokens=2048, messages=USER_HI, thinking={"type": "disabled"}
    )
    assert [block.type for block in disabled.content] == ["text"]


def test_thinking_on_a_model_without_it_is_dropped_not_refused(anthropic_client: anthropic.Anthropic) -> None:
    message = anthropic_client.messages.create(
        model=CHAT_MODEL,
        max_tokens=256,
        messages=USER_HI,
        thinking={"type": "enabled", "budget_tokens": 1024},
    )
    assert [block.type for block in message.content] == ["text"]


def test_missing_model_is_the_sdks_not_found_error(anthropic_client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as caught:
        anthropic_client.messages.create(model=MISSING_MODEL, max_tokens=16, messages=USER_HI)
    assert caught.value.status_code == 404
    body: Any = caught.value.body
    assert body["type"] == "error"
    assert body["error"]["type"] == "not_found_error"
    assert f"model '{MISSING_MODEL}' not found" in body["error"]["message"]
    assert body["request_id"].startswith("req_")
    with (
        pytest.raises(anthropic.NotFoundError),
        anthropic_client.messages.stream(model=MISSING_MODEL, max_tokens=16, messages=USER_HI) as stream,
    ):
        stream.until_done()


def test_invalid_request_is_the_sdks_bad_request_error(anthropic_client: anthropic.Anthropic) -> None:
    image: Any = {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.png"}}
    with pytest.raises(anthropic.BadRequestError, match="Only base64 images are supported"):
        anthropic_client.messages.create(
            model=CHAT_MODEL, max_tokens=16, messages=[{"role": "user", "content": [image]}]
        )
