"""Names and inputs of the official ``ollama`` package that code written for it uses."""

from __future__ import annotations

import base64
from pathlib import Path

import ollama
import pytest

import ollama_openapi
from ollama_openapi import Image, InvalidArgumentError, RequestError

from .payloads import chat_reply, progress
from .scripted_server import ScriptedServer, json_reply
from .twins import make_client

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAABJRU5ErkJggg=="
)


def test_the_official_exported_names_exist() -> None:
    missing = [
        name
        for name in ollama.__all__
        if not name.startswith("SystemOne") and not hasattr(ollama_openapi, name)
    ]
    assert missing == []


def test_request_error_is_the_invalid_argument_error_with_its_reason() -> None:
    assert RequestError is InvalidArgumentError
    error = RequestError("must provide a model")
    assert error.error == "must provide a model"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_image_objects_and_our_own_tool_calls_are_accepted_in_messages(kind: str, tmp_path: Path) -> None:
    picture = tmp_path / "pixel.png"
    picture.write_bytes(PNG)
    with ScriptedServer([chat_reply(), chat_reply()]) as server, make_client(kind, server.url) as api:
        api.chat(
            "m", [{"role": "user", "content": "look", "images": [Image(value=picture), Image(value=PNG)]}]
        )
        api.chat(
            "m",
            [
                {"role": "user", "content": "look"},
                {
                    "role": "assistant",
                    "content": "",
                    "tool_calls": [
                        ollama_openapi.models.ToolCall.from_dict(
                            {"function": {"name": "f", "arguments": {"a": 1}}}
                        )
                    ],
                },
            ],
        )
    sent = [request.json() for request in server.requests]
    encoded = base64.b64encode(PNG).decode()
    assert sent[0]["messages"][0]["images"] == [encoded, encoded]
    assert sent[1]["messages"][1]["tool_calls"] == [{"function": {"name": "f", "arguments": {"a": 1}}}]


def test_the_official_module_paths_resolve() -> None:
    from ollama_openapi._client import Client as OfficialPathClient
    from ollama_openapi._types import ChatResponse, Message

    assert OfficialPathClient is ollama_openapi.Client
    assert ChatResponse is ollama_openapi.ChatResponse
    assert Message is ollama_openapi.Message


def test_show_answers_have_the_official_modelinfo_name() -> None:
    show = ollama_openapi.models.ShowResponse.from_dict(
        {
            "details": {
                "parent_model": "",
                "format": "gguf",
                "family": "llama",
                "families": ["llama"],
                "parameter_size": "3B",
                "quantization_level": "Q4_K_M",
            },
            "model_info": {"general.architecture": "llama"},
            "modified_at": "2025-01-01T00:00:00Z",
        }
    )
    assert show.modelinfo is show.model_info


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_message_models_get_their_images_encoded(kind: str) -> None:
    message = ollama_openapi.Message(role="user", content="look", images=[Image(value=PNG)])
    with ScriptedServer([chat_reply()]) as server, make_client(kind, server.url) as api:
        api.chat("m", [message])
    assert server.requests[0].json()["messages"][0]["images"] == [base64.b64encode(PNG).decode()]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_request_bodies_are_the_official_clients(kind: str) -> None:
    """A field the caller leaves out is sent as the official client sends it (the spec's
    x-python-send-when-absent), so tests that match whole bodies pass with either client."""
    with (
        ScriptedServer([chat_reply(), chat_reply(), *[json_reply(progress("success"))] * 2]) as server,
        make_client(kind, server.url) as api,
    ):
        api.chat("m", [{"role": "user", "content": "hi"}])
        api.chat("m", [{"role": "user", "content": "hi"}], tools=[])
        api.pull("m")
        api.push("m", insecure=True)
    bodies = [request.json() for request in server.requests]
    assert bodies == [
        {"model": "m", "messages": [{"role": "user", "content": "hi"}], "tools": [], "stream": False},
        {"model": "m", "messages": [{"role": "user", "content": "hi"}], "tools": [], "stream": False},
        {"model": "m", "insecure": False, "stream": False},
        {"model": "m", "insecure": True, "stream": False},
    ]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_message_whose_role_is_none_is_refused_before_sending(kind: str) -> None:
    """None means "not given" in a message, as in the official client; a message needs its role."""
    with ScriptedServer([chat_reply()]) as server, make_client(kind, server.url) as api:
        with pytest.raises(InvalidArgumentError, match="messages"):
            api.chat("m", [{"role": None, "content": "hi"}])
        api.chat("m", [{"role": "user", "content": "hi", "images": None, "tool_calls": None}])
    (request,) = server.requests
    assert request.json()["messages"] == [{"role": "user", "content": "hi"}]
