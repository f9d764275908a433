"""Real-world answers that differ from the spec: they are parsed, and nothing the server sent is lost.

Unknown fields land in ``additional_properties``, unknown enum values stay plain strings, nulls are
accepted where they carry no information, tool-call arguments sent as a JSON string are decoded, and
timestamps with any number of fractional digits parse. Anything that truly cannot be a model becomes
`InvalidResponseError`, never a raw KeyError/TypeError.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest

from ollama_openapi.errors import InvalidResponseError
from ollama_openapi_generated.models import DoneReason, Role

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, json_response, ndjson
from .test_stream_faults import chat_chunk

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]


def answer_json(document: Any) -> Callable[[Conn, RawRequest], None]:
    """Answer ``document`` as JSON; as one NDJSON line when the request asked for a stream."""

    def script(conn: Conn, request: RawRequest) -> None:
        body = json.loads(request.body or b"{}")
        if body.get("stream", True) and request.target in ("/api/chat", "/api/generate"):
            conn.send(chunked_head() + chunk(ndjson(document)) + chunk(b""))
        else:
            conn.send(json_response(200, document))

    return script


async def parsed(serve: Callable[..., ScriptedServer], mode: Mode, operation: str, document: Any) -> Any:
    server = serve(answer_json(document))
    outcome = await run(mode, server.url, operation)
    assert outcome.error is None, repr(outcome.error)
    return outcome.value[-1] if operation.endswith("_stream") else outcome.value


@pytest.mark.parametrize("operation", ["chat", "chat_stream"])
@pytest.mark.parametrize("mode", MODES)
async def test_unknown_fields_and_enum_values_are_kept(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    document = chat_chunk(
        "hi",
        done=True,
        done_reason="content_filter",
        brand_new={"nested": [1, 2]},
        future_counter=7,
    )
    document["message"].update(role="critic", mood="cheerful")
    response = await parsed(serve, mode, operation, document)
    assert response.additional_properties == {"brand_new": {"nested": [1, 2]}, "future_counter": 7}
    assert response.message.additional_properties == {"mood": "cheerful"}
    assert response.message.role == "critic"
    assert not isinstance(response.message.role, Role)
    assert response.done_reason == "content_filter"
    assert not isinstance(response.done_reason, DoneReason)
    assert response["brand_new"] == {"nested": [1, 2]}  # subscript access sees them too
    round_trip = response.to_dict()
    assert round_trip["brand_new"] == {"nested": [1, 2]}
    assert round_trip["message"]["role"] == "critic"
    assert round_trip["done_reason"] == "content_filter"


@pytest.mark.parametrize("operation", ["chat", "chat_stream"])
@pytest.mark.parametrize("mode", MODES)
async def test_known_values_equal_the_enum_constants(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    response = await parsed(serve, mode, operation, chat_chunk("hi", done=True))
    assert response.message.role == Role.ASSISTANT
    assert response.done_reason == DoneReason.STOP


NULLABLE_CHAT = {
    "model": "m",
    "created_at": "2025-01-01T00:00:00Z",
    "message": {
        "role": "assistant",
        "content": None,
        "thinking": None,
        "images": None,
        "tool_calls": None,
    },
    "done": True,
    "done_reason": None,
    "total_duration": None,
    "eval_count": None,
    "logprobs": None,
}


@pytest.mark.parametrize("operation", ["chat", "chat_stream"])
@pytest.mark.parametrize("mode", MODES)
async def test_nulls_where_the_spec_has_values(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str
) -> None:
    response = await parsed(serve, mode, operation, NULLABLE_CHAT)
    assert response.done is True
    # A null reads as None, as an absent field does (the official client's models read it so too).
    assert response.message.role == "assistant"
    assert response.message.content is None
    assert response.message.images is None
    assert response.total_duration is None


@pytest.mark.parametrize("mode", MODES)
async def test_nulls_in_list_and_show(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    listing = {
        "models": [
            {
                "name": "m:latest",
                "model": "m:latest",
                "size": 1,
                "digest": "abc",
                "modified_at": "2025-01-01T00:00:00Z",
                "details": None,
                "capabilities": None,
            }
        ]
    }
    result = await parsed(serve, mode, "list", listing)
    assert result.models[0].name == "m:latest"
    # A null where Go has a struct or a string reads as Go would decode it: the zero value.
    assert result.models[0].details.family == ""
    assert result.models[0].details.families == []
    show = await parsed(
        serve,
        mode,
        "show",
        {"license": None, "details": None, "capabilities": None, "model_info": None, "modified_at": None},
    )
    assert show.details.format_ == ""
    assert show.model_info is None
    assert show.modified_at.year == 1


@pytest.mark.parametrize("mode", MODES)
async def test_models_null_in_list(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    """Older servers answer ``{"models": null}`` when nothing is installed."""
    result = await parsed(serve, mode, "list", {"models": None})
    assert not result.models


@pytest.mark.parametrize("arguments", ['{"city": "Paris", "days": 3}', '  {"city":"Paris","days":3}\n'])
@pytest.mark.parametrize("operation", ["chat", "chat_stream"])
@pytest.mark.parametrize("mode", MODES)
async def test_tool_call_arguments_as_json_string(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str, arguments: str
) -> None:
    document = chat_chunk("", done=True)
    document["message"]["tool_calls"] = [{"function": {"name": "weather", "arguments": arguments}}]
    response = await parsed(serve, mode, operation, document)
    call = response.message.tool_calls[0]
    assert call.function.name == "weather"
    assert call.function.arguments.to_dict() == {"city": "Paris", "days": 3}


@pytest.mark.parametrize("mode", MODES)
async def test_tool_call_arguments_that_are_not_json(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    document = chat_chunk("", done=True)
    document["message"]["tool_calls"] = [{"function": {"name": "weather", "arguments": "city=Paris"}}]
    server = serve(answer_json(document))
    error = (await run(mode, server.url, "chat")).raised()
    assert isinstance(error, InvalidResponseError)
    assert "ChatResponse" in str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_show_without_model_info(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    """Cloud models answer ``show`` without ``model_info`` (ollama-python #607 still fails on it)."""
    document = {
        "modelfile": "FROM gpt-oss:120b-cloud",
        "template": "{{ .Prompt }}",
        "details": {
            "parent_model": "",
            "format": "",
            "family": "gptoss",
            "families": None,
            "parameter_size": "116.8B",
            "quantization_level": "",
        },
        "capabilities": ["completion", "tools", "thinking"],
        "modified_at": "2025-09-23T17:04:21.146979355-07:00",
        "remote_model": "gpt-oss:120b",
        "remote_host": "https://ollama.com:443",
    }
    show = await parsed(serve, mode, "show", document)
    assert show.model_info is None
    assert show.remote_model == "gpt-oss:120b"
    assert show.details.family == "gptoss"


FRACTIONS = ["", ".1", ".12", ".123", ".1234", ".12345", ".123456", ".1234567", ".12345678", ".123456789"]
DETAILS = {
    "parent_model": "",
    "format": "gguf",
    "family": "llama",
    "families": None,
    "parameter_size": "1B",
    "quantization_level": "Q4_0",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("zone", ["Z", "-07:00", "+05:30"])
async def test_timestamps_with_zero_to_nine_fractional_digits(
    serve: Callable[..., ScriptedServer], mode: Mode, zone: str
) -> None:
    models = [
        {
            "name": f"m{index}",
            "model": f"m{index}",
            "size": 1,
            "digest": "d",
            "modified_at": f"2024-06-04T14:38:31{fraction}{zone}",
            "details": DETAILS,
        }
        for index, fraction in enumerate(FRACTIONS)
    ]
    result = await parsed(serve, mode, "list", {"models": models})
    offset = {"Z": 0, "-07:00": -7 * 60, "+05:30": 5 * 60 + 30}[zone]
    for index, fraction in enumerate(FRACTIONS):
        stamp = result.models[index].modified_at
        assert isinstance(stamp, datetime.datetime)
        assert stamp.utcoffset() == datetime.timedelta(minutes=offset)
        assert stamp.replace(microsecond=0, tzinfo=None) == datetime.datetime(2024, 6, 4, 14, 38, 31)
        assert stamp.microsecond == int((fraction[1:] + "000000")[:6])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("operation", "document"),
    [
        ("chat", {"model": "m"}),
        ("chat", {"model": "m", "created_at": "x", "message": "not an object", "done": True}),
        ("chat", [1, 2, 3]),
        ("chat", "a string"),
        ("chat", None),
        ("list", {"models": [{"name": 1}, "not an object"]}),
        ("list", {}),
        ("list", {"models": "none"}),
        ("version", 42),
        ("ps", {"models": [{"expires_at": "not a date"}]}),
    ],
)
async def test_shapes_that_cannot_be_models(
    serve: Callable[..., ScriptedServer], mode: Mode, operation: str, document: Any
) -> None:
    server = serve(answer_json(document))
    error = (await run(mode, server.url, operation)).raised()
    assert isinstance(error, InvalidResponseError), repr(error)
    assert error.status_code == 200


@pytest.mark.parametrize("mode", MODES)
async def test_answers_missing_required_fields_parse_with_none(
    serve: Callable[..., ScriptedServer], mode: Mode
) -> None:
    """An answer from a test double or a proxy that leaves out fields Ollama always sends parses, with
    None there, as the official client's models read it; the fields it does not know are kept."""
    generated = await parsed(serve, mode, "generate", {"model": "m", "response": "hi", "extra": 1})
    assert (generated.model, generated.response) == ("m", "hi")
    assert (generated.created_at, generated.done) == (None, None)
    assert generated["extra"] == 1
    assert "created_at" not in generated
    assert generated.to_dict() == {"model": "m", "response": "hi", "extra": 1}  # what was absent stays out
    chat = await parsed(serve, mode, "chat", {"message": {"role": "assistant", "content": "x"}})
    assert (chat.message.content, chat.model, chat.done) == ("x", None, None)
    version = await parsed(serve, mode, "version", {})
    assert version.version is None
    listing = await parsed(serve, mode, "list", {"models": [{"name": "m:latest"}]})
    first = listing.models[0]
    assert (first.name, first.size, first.modified_at) == ("m:latest", None, None)


@pytest.mark.parametrize("mode", MODES)
async def test_a_null_essential_field_is_no_answer(serve: Callable[..., ScriptedServer], mode: Mode) -> None:
    """A chat reply whose message is null is refused (as the official client's pydantic models do),
    where a null required field that is not essential reads as Go's zero value."""
    server = serve(answer_json({"model": "m", "created_at": None, "message": None, "done": True}))
    error = (await run(mode, server.url, "chat")).raised()
    assert isinstance(error, InvalidResponseError), repr(error)
