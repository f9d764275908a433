"""What the server receives: images as base64, Python functions as tool schemas, options and formats."""

from __future__ import annotations

import base64
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import pytest

from ollama_openapi import models
from ollama_openapi.errors import InvalidImageError

from .conftest import Fake
from .payloads import USER_HI, chat_reply, generate_reply
from .scripted_server import Recorded, ScriptedServer
from .twins import Api, make_client

pytestmark = pytest.mark.timeout(30)

# A real 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
PNG_B64 = base64.b64encode(PNG).decode()


def _image_forms(tmp_path: Path) -> list[Any]:
    file = tmp_path / "pixel.png"
    file.write_bytes(PNG)
    return [PNG, file, str(file), PNG_B64, f"data:image/png;base64,{PNG_B64}"]


def _one_request(kind: str, reply: Any, call: Any) -> Recorded:
    # The body's plumbing; the server checks (and their GET /api/version) are test_server_checks's.
    with ScriptedServer([reply]) as server, make_client(kind, server.url, server_checks="off") as api:
        call(api)
    assert len(server.requests) == 1
    return server.requests[0]


def test_generate_images_in_every_form_are_sent_as_base64(kind: str, tmp_path: Path) -> None:
    forms = _image_forms(tmp_path)
    request = _one_request(
        kind, generate_reply(), lambda api: api.generate("m", "what is this?", images=forms)
    )
    assert request.json()["images"] == [PNG_B64] * len(forms)


def test_chat_message_images_in_every_form_are_sent_as_base64(kind: str, tmp_path: Path) -> None:
    forms = _image_forms(tmp_path)
    messages = [{"role": "user", "content": "what is this?", "images": forms}]
    request = _one_request(kind, chat_reply(), lambda api: api.chat("m", messages))
    assert request.json()["messages"][0]["images"] == [PNG_B64] * len(forms)


def test_url_safe_padded_base64_is_sent_in_the_standard_alphabet(kind: str) -> None:
    image = bytes(range(256)) + b"?"  # encodes with '-', '_' and padding
    urlsafe = base64.urlsafe_b64encode(image).decode()
    request = _one_request(kind, generate_reply(), lambda api: api.generate("m", "hi", images=[urlsafe]))
    assert request.json()["images"] == [base64.b64encode(image).decode()]


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda api: api.generate("m", "what is this?", images=["invalid_base64"]), r"images\[0\]"),
        (lambda api: api.generate("m", "what is this?", images=[PNG, "YWI"]), r"images\[1\]"),
        (
            lambda api: api.chat("m", [{"role": "user", "content": "hi", "images": ["invalid_base64"]}]),
            r"messages\[0\]\.images\[0\]",
        ),
        (lambda api: api.generate("m", "hi", images=["missing.png"], stream=True), r"images\[0\]"),
    ],
)
def test_a_string_that_is_no_image_is_refused_before_sending(kind: str, call: Any, named: str) -> None:
    with (
        ScriptedServer([generate_reply()]) as server,
        make_client(kind, server.url) as api,
        pytest.raises(InvalidImageError, match=f"^{named}: ") as caught,
    ):
        call(api)
    assert isinstance(caught.value, ValueError)
    assert server.requests == []


def test_images_accepted_by_the_strict_fake(client: Api, tmp_path: Path) -> None:
    forms = _image_forms(tmp_path)
    assert client.generate("llava", "describe", images=forms).done is True
    assert client.chat("llava", [{"role": "user", "content": "describe", "images": forms}]).done is True


class Unit(str, Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


def get_weather(city: str, unit: Unit = Unit.CELSIUS, days: int = 1) -> str:
    """Get the weather forecast for a city.

    Args:
        city: The name of the city.
        unit: The temperature unit.
        days: How many days to forecast.
    """
    return f"sunny in {city}"


def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first number.
        b: The second number.
    """
    return a + b


def test_python_functions_become_tool_schemas(kind: str) -> None:
    mapping_tool = {
        "type": "function",
        "function": {"name": "noop", "description": "Do nothing.", "parameters": {"type": "object"}},
    }
    request = _one_request(
        kind, chat_reply(), lambda api: api.chat("m", USER_HI, tools=[get_weather, add, mapping_tool])
    )
    tools = request.json()["tools"]
    assert [tool["type"] for tool in tools] == ["function"] * 3
    weather = tools[0]["function"]
    assert weather["name"] == "get_weather"
    assert weather["description"] == "Get the weather forecast for a city."
    parameters = weather["parameters"]
    assert parameters["type"] == "object"
    assert parameters["required"] == ["city"]
    assert parameters["properties"]["city"] == {"type": "string", "description": "The name of the city."}
    assert parameters["properties"]["unit"]["enum"] == ["celsius", "fahrenheit"]
    assert parameters["properties"]["unit"]["description"] == "The temperature unit."
    assert parameters["properties"]["days"]["type"] == "integer"
    assert tools[1]["function"]["parameters"]["required"] == ["a", "b"]
    assert tools[1]["function"]["parameters"]["properties"]["a"]["type"] == "integer"
    assert tools[2]["function"]["name"] == "noop"


def test_tools_accepted_by_the_strict_fake(client: Api) -> None:
    messages = [{"role": "user", "content": "What is the weather in Paris? Use get_weather."}]
    answer = client.chat("qwen3", messages, tools=[get_weather, add])
    assert answer.done is True
    # Tool results go back as tool messages; that request must conform too.
    follow_up = [
        *messages,
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Paris"}}}],
        },
        {"role": "tool", "content": "sunny", "tool_name": "get_weather"},
    ]
    assert client.chat("qwen3", follow_up, tools=[get_weather]).done is True


def test_options_format_and_think_reach_the_server_as_given(kind: str) -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    think: Literal["high"] = "high"

    def call(api: Api) -> None:
        api.chat(
            "m",
            [models.Message(role="user", content="hi")],
            options={"temperature": 0.5, "num_ctx": 4096, "stop": ["\n"]},
            format=schema,
            think=think,
            keep_alive="10m",
            logprobs=True,
            top_logprobs=3,
        )

    body = _one_request(kind, chat_reply(), call).json()
    assert body["model"] == "m"
    assert body["messages"] == [{"role": "user", "content": "hi"}]
    assert body["options"] == {"temperature": 0.5, "num_ctx": 4096, "stop": ["\n"]}
    assert body["format"] == schema
    assert body["think"] == "high"
    assert body["keep_alive"] == "10m"
    assert body["logprobs"] is True
    assert body["top_logprobs"] == 3
    assert body["stream"] is False


def test_unset_arguments_are_not_sent(kind: str) -> None:
    body = _one_request(kind, generate_reply(), lambda api: api.generate("m", "hi")).json()
    assert body == {"model": "m", "prompt": "hi", "stream": False}


def test_embed_body(kind: str) -> None:
    from .scripted_server import json_reply

    reply = json_reply({"model": "m", "embeddings": [[0.1], [0.2]]})
    body = _one_request(kind, reply, lambda api: api.embed("m", ["a", "b"], dimensions=1)).json()
    assert body == {"model": "m", "input": ["a", "b"], "dimensions": 1}


def test_every_option_kind_passes_the_strict_fake(client: Api, fake: Fake) -> None:
    options = {
        "temperature": 0.1,
        "top_k": 5,
        "top_p": 0.9,
        "seed": 42,
        "num_predict": 4,
        "stop": ["###"],
        "repeat_penalty": 1.1,
        "num_ctx": 2048,
    }
    client.generate("llama3.2", "hi", options=options, system="s", raw=False, keep_alive=0, truncate=True)
    client.chat("qwen3", USER_HI, think=True, options=options, logprobs=True, top_logprobs=2)
    client.embed("all-minilm", "hi", options={"num_ctx": 256}, keep_alive=30)
