"""Structured output: ``format=`` a class sends its derived schema; ``client.structured`` reads the
answer back as that class (sync and async, chat, generate, ``/v1`` chat completions, streamed), and an
answer that does not fit is a `StructuredOutputError` carrying the raw text."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from typing import Any, Literal, TypedDict, cast

import attrs
import httpx
import pydantic
import pytest

from ollama_openapi import errors
from ollama_openapi.structured import output_type, schema_of

from .conftest import Fake
from .twins import Api, make_client

pytestmark = pytest.mark.timeout(60)

ASK = [{"role": "user", "content": "Describe a city"}]


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@dataclasses.dataclass
class Street:
    name: str
    length_km: float


@dataclasses.dataclass
class City:
    name: str
    population: int
    size: Size
    streets: list[Street]
    founded: datetime.date | None = None


class CityDict(TypedDict):
    name: str
    population: int


@attrs.define
class CityAttrs:
    name: str
    population: int
    kind: Literal["town", "city"] = "city"


class CityModel(pydantic.BaseModel):
    name: str
    population: int


def _recording(kind: str, url: str) -> tuple[Api, list[dict[str, Any]]]:
    """A client whose every JSON request body is recorded as sent."""
    bodies: list[dict[str, Any]] = []

    def record(request: httpx.Request) -> None:
        if request.content:
            bodies.append(json.loads(request.content))

    async def arecord(request: httpx.Request) -> None:
        record(request)

    hooks = {"request": [record if kind == "sync" else arecord]}
    return make_client(kind, url, event_hooks=hooks), bodies


def test_dataclass_schema_follows_the_tool_rules() -> None:
    schema = schema_of(City)
    assert schema["required"] == ["name", "population", "size", "streets"]
    assert schema["properties"]["size"] == {"type": "string", "enum": ["small", "large"]}
    assert schema["properties"]["streets"]["items"]["properties"]["length_km"] == {"type": "number"}
    assert schema["properties"]["founded"]["type"] == ["string", "null"]
    assert schema_of(CityAttrs)["properties"]["kind"] == {"type": "string", "enum": ["town", "city"]}
    assert schema_of(CityAttrs)["required"] == ["name", "population"]
    assert schema_of(CityDict)["required"] == ["name", "population"]
    assert schema_of(CityModel) == CityModel.model_json_schema()


@pytest.mark.parametrize("target", [City, CityDict, CityAttrs, CityModel])
def test_format_class_is_sent_as_its_schema(kind: str, fake: Fake, target: type) -> None:
    api, bodies = _recording(kind, fake.url)
    with api:
        api.chat("llama3.2", ASK, format=target)
        api.generate("llama3.2", "Describe a city", format=target)
    assert [body["format"] for body in bodies] == [schema_of(target)] * 2


def test_structured_chat_reads_the_class(client: Api) -> None:
    result = client.structured.chat("llama3.2", ASK, format=City, options={"temperature": 0})
    city = result.parsed
    assert isinstance(city, City)
    assert isinstance(city.size, Size)
    assert all(isinstance(street, Street) for street in city.streets)
    assert result.text == result.response.message.content
    assert json.loads(result.text)["population"] == city.population


@pytest.mark.parametrize("target", [CityDict, CityAttrs, CityModel])
def test_structured_generate_reads_each_kind(client: Api, target: type) -> None:
    result = client.structured.generate("llama3.2", "Describe a city", format=target)
    expected = json.loads(result.response.response)
    if target is CityDict:
        assert result.parsed == expected
    else:
        assert isinstance(result.parsed, target)
        parsed = cast("Any", result.parsed)
        assert (parsed.name, parsed.population) == (expected["name"], expected["population"])


def test_schema_mapping_gives_the_decoded_json(client: Api) -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    result = client.structured.chat("llama3.2", ASK, format=schema)
    assert result.parsed == json.loads(result.response.message.content)
    assert isinstance(result.parsed["n"], int)


def test_structured_stream_parses_at_the_end(client: Api) -> None:
    stream = client.structured.chat("llama3.2", ASK, format=City, stream=True)
    with pytest.raises(errors.StructuredOutputError, match="not been read to its end"):
        _ = stream.parsed
    chunks = list(stream)
    assert len(chunks) > 1
    assert chunks[-1].done
    assert isinstance(stream.parsed, City)
    assert stream.text == "".join(chunk.message.content for chunk in chunks)
    assert stream.parsed.name == json.loads(stream.text)["name"]


def test_structured_generate_stream(client: Api) -> None:
    stream = client.structured.generate("llama3.2", "Describe a city", format=CityModel, stream=True)
    text = "".join(chunk.response for chunk in stream)
    assert stream.parsed == CityModel.model_validate_json(text)


def test_openai_response_format(kind: str, fake: Fake) -> None:
    api, bodies = _recording(kind, fake.url)
    with api:
        result = api.structured.chat_completions("llama3.2", ASK, response_format=CityModel)
        assert isinstance(result.parsed, CityModel)
        assert result.text == result.response.choices[0].message.content
        stream = api.structured.chat_completions("llama3.2", ASK, response_format=City, stream=True)
        chunks = list(stream)
        assert chunks
        assert isinstance(stream.parsed, City)
    wanted = {"type": "json_schema", "json_schema": {"name": "CityModel", "schema": schema_of(CityModel)}}
    assert bodies[0]["response_format"] == wanted
    assert bodies[1]["response_format"]["json_schema"]["schema"] == schema_of(City)


def test_answer_that_does_not_fit_is_a_typed_error(client: Api) -> None:
    # The server is asked for another shape (extra_body wins), so the answer cannot be a City.
    other = {"type": "object", "properties": {"colour": {"type": "string"}}, "required": ["colour"]}
    with pytest.raises(errors.StructuredOutputError) as caught:
        client.structured.chat("llama3.2", ASK, format=City, extra_body={"format": other})
    error = caught.value
    assert isinstance(error, errors.OllamaError)
    assert json.loads(error.text) == {"colour": json.loads(error.text)["colour"]}
    assert "unknown field 'colour'" in error.error
    assert error.target == "City"
    with pytest.raises(errors.StructuredOutputError) as caught_model:
        client.structured.generate("llama3.2", "x", format=CityModel, extra_body={"format": other})
    assert "population" in caught_model.value.error  # pydantic's message, not its exception
    assert not isinstance(caught_model.value, pydantic.ValidationError)


def test_free_text_answer_is_not_json(client: Api) -> None:
    with pytest.raises(errors.StructuredOutputError, match="not JSON") as caught:
        client.structured.chat("llama3.2", ASK, format=City, extra_body={"format": ""})
    assert caught.value.text


def test_stream_that_does_not_fit_raises_at_its_end(client: Api) -> None:
    other = {"type": "object", "properties": {"colour": {"type": "string"}}, "required": ["colour"]}
    stream = client.structured.chat("llama3.2", ASK, format=City, stream=True, extra_body={"format": other})
    seen = []
    with pytest.raises(errors.StructuredOutputError):
        seen.extend(stream)
    assert seen
    assert seen[-1].done
    with pytest.raises(errors.StructuredOutputError, match="colour"):
        _ = stream.parsed


def test_unusable_targets_fail_before_sending(client: Api, fake: Fake) -> None:
    class Opaque:
        pass

    with pytest.raises(errors.InvalidArgumentError, match="no JSON Schema equivalent"):
        client.structured.chat("llama3.2", ASK, format=Opaque)
    with pytest.raises(errors.InvalidArgumentError):
        client.chat("llama3.2", ASK, format=Opaque)
    assert fake.requests_to("POST", "/api/chat") == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"name": "a", "population": "many", "size": "small", "streets": []}', "$.population"),
        ('{"name": "a", "population": 1, "size": "huge", "streets": []}', "one of 'small', 'large'"),
        (
            '{"name": "a", "population": 1, "size": "small", "streets": [{"name": 1, "length_km": 1}]}',
            "$.streets[0].name",
        ),
        ('{"name": "a", "population": true, "size": "small", "streets": []}', "an integer"),
        ('{"name": "a", "population": 1, "size": "small"}', "missing required field 'streets'"),
        ('{"name": "a", "population": 1, "size": "small", "streets": [], "founded": "x"}', "ISO 8601"),
    ],
)
def test_validation_messages_say_where(text: str, problem: str) -> None:
    with pytest.raises(errors.StructuredOutputError) as caught:
        output_type(City).read(text)
    assert problem in caught.value.error
    assert caught.value.text == text


def test_nested_values_are_converted() -> None:
    city = output_type(City).read(
        '{"name": "a", "population": 3.0, "size": "large", "streets": [{"name": "b", "length_km": 2}],'
        ' "founded": "1850-04-01"}'
    )
    assert city == City("a", 3, Size.LARGE, [Street("b", 2.0)], datetime.date(1850, 4, 1))
