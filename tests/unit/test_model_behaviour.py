"""Generated models read like the official client's: by JSON name, as mappings, dumped, printed short."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ollama_openapi.models import ChatResponse, ModelDetails, ShowResponse

CHAT: dict[str, Any] = {
    "model": "llama3.2",
    "created_at": "2025-01-01T00:00:00Z",
    "message": {
        "role": "assistant",
        "content": "",
        "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}}],
    },
    "done": True,
    "new_field_from_tomorrow": 1,
}


def get_weather(city: str, days: int) -> str:
    return f"{city} {days}"


def test_tool_call_arguments_are_a_real_dict() -> None:
    arguments = ChatResponse.from_dict(CHAT).message.tool_calls[0].function.arguments  # type: ignore[index]
    assert isinstance(arguments, dict)
    assert json.dumps(arguments) == '{"city": "Paris", "days": 2}'
    assert get_weather(**arguments) == "Paris 2"
    assert dict(arguments) == {"city": "Paris", "days": 2}
    assert list(arguments) == ["city", "days"]
    assert len(arguments) == 2
    assert arguments.get("missing", "x") == "x"
    assert dict(arguments.items()) == {"city": "Paris", "days": 2}


def test_a_response_is_a_dict_by_json_names_and_iterates_as_pairs() -> None:
    response = ChatResponse.from_dict(CHAT)
    as_dict = dict(response)
    # Every declared field, None when the answer left it out (as the official models read), then the rest.
    assert {key for key, value in as_dict.items() if value is not None} == {
        "model",
        "created_at",
        "message",
        "done",
        "new_field_from_tomorrow",
    }
    assert as_dict["done_reason"] is None
    assert as_dict["model"] == "llama3.2"
    assert as_dict["created_at"] == "2025-01-01T00:00:00Z"
    assert ("done", True) in list(response)
    assert "done" in response
    assert "done_reason" not in response  # absent in the answer
    assert response.get("done_reason") is None
    assert response["new_field_from_tomorrow"] == 1


def test_model_dump_and_json() -> None:
    response = ChatResponse.from_dict(CHAT)
    assert response.model_dump()["message"]["tool_calls"][0]["function"]["arguments"] == {
        "city": "Paris",
        "days": 2,
    }
    assert json.loads(response.model_dump_json())["model"] == "llama3.2"


def test_json_names_python_allows_are_attributes_too() -> None:
    details = ModelDetails.from_dict(
        {
            "parent_model": "",
            "format": "gguf",
            "family": "llama",
            "families": ["llama"],
            "parameter_size": "3.2B",
            "quantization_level": "Q4_K_M",
        }
    )
    assert details.format == details.format_ == "gguf"
    show = ShowResponse.from_dict({"license": "MIT", "modified_at": "2025-01-01T00:00:00Z"} | _SHOW_REQUIRED)
    assert show.license == "MIT"


def test_reprs_leave_out_absent_fields() -> None:
    text = repr(ChatResponse.from_dict(CHAT))
    assert "UNSET" not in text
    assert "done_reason" not in text
    assert text.startswith("ChatResponse(model='llama3.2'")


_SHOW_REQUIRED: dict[str, Any] = {
    "details": {
        "parent_model": "",
        "format": "gguf",
        "family": "llama",
        "families": ["llama"],
        "parameter_size": "3.2B",
        "quantization_level": "Q4_K_M",
    },
    "model_info": {},
}


def test_absent_optional_fields_read_none() -> None:
    reply = ChatResponse.from_dict(CHAT)
    assert reply.done_reason is None
    assert reply.message.thinking is None
    assert "done_reason" not in reply
    assert reply.get("done_reason") is None
    assert "done_reason" not in reply.to_dict()


def test_answers_lacking_required_fields_read_none_unless_essential() -> None:
    # Typed as Ollama sends them (required fields are never None there); a test double's answer may lack them.
    reply: Any = ChatResponse.from_dict({"message": {"role": "assistant", "content": "hi"}})
    assert (reply.model, reply.created_at, reply.done, reply.message.content) == (None, None, None, "hi")
    with pytest.raises(KeyError, match="message"):
        ChatResponse.from_dict({"model": "m", "done": True})  # no message: no answer (x-python-essential)


def test_arguments_are_read_with_every_required_field() -> None:
    assert ChatResponse.has_required_fields(CHAT)
    assert not ChatResponse.has_required_fields({"message": {}})
    with pytest.raises(KeyError, match="model"):
        ChatResponse.from_dict({"message": CHAT["message"]}, require_fields=True)


def test_a_union_with_one_model_reads_an_incomplete_object_as_that_model() -> None:
    from ollama_openapi.models import OpenAIResponse, OpenAIResponsesUsage

    document = {
        "id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "m",
        "output": [], "usage": {"input_tokens": 3, "output_tokens": 1, "total_tokens": 4},
    }  # fmt: skip
    usage = OpenAIResponse.from_dict(document).usage
    assert isinstance(usage, OpenAIResponsesUsage)
    assert (usage.input_tokens, usage.total_tokens) == (3, 4)


def test_what_an_answer_lacked_stays_out_of_to_dict() -> None:
    reply = ChatResponse.from_dict({"message": {"role": "assistant"}, "done": True})
    assert reply.to_dict() == {"message": {"role": "assistant"}, "done": True}
