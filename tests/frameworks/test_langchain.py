"""langchain-ollama, unchanged, runs whole scenarios against the fake with ``ollama`` resolving to
ollama-openapi (and, as the control, to the official package)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

pytest.importorskip(
    "langchain_ollama", reason="the frameworks run in .venv-frameworks: `make test-frameworks`"
)
from langchain_core.load import dumps, loads
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
    messages_from_dict,
    messages_to_dict,
)
from langchain_core.tools import tool
from pydantic import BaseModel, Field

from .conftest import EMBED_MODEL, THINKING_MODEL, Frameworks

pytestmark = pytest.mark.timeout(300)


def _get_weather(city: str) -> str:
    """The current weather in a city."""
    return f"Sunny and 21 degrees in {city}."


def _add_numbers(a: int, b: int) -> int:
    """Add two whole numbers."""
    return a + b


# langchain tools (named after the functions, as @tool names them).
get_weather: Any = tool("get_weather")(_get_weather)
add_numbers: Any = tool("add_numbers")(_add_numbers)


class City(BaseModel):
    """A city and how many people live there."""

    name: str = Field(description="The city's name")
    population: int = Field(description="How many people live there")


def _json_round_trip(value: Any) -> Any:
    return json.loads(json.dumps(value))


def test_invoke(frameworks: Frameworks) -> None:
    reply = frameworks.chat().invoke("Say hello in five words.")
    assert isinstance(reply, AIMessage)
    assert isinstance(reply.content, str)
    assert reply.content
    metadata = reply.response_metadata
    assert metadata["model_name"] == "llama3.2"
    assert metadata["done"] is True
    assert metadata["done_reason"] == "stop"
    assert isinstance(metadata["created_at"], str)
    assert _json_round_trip(metadata) == metadata
    assert reply.usage_metadata is not None
    assert reply.usage_metadata["output_tokens"] == metadata["eval_count"] > 0
    assert reply.usage_metadata["input_tokens"] == metadata["prompt_eval_count"] > 0


def test_stream_matches_invoke(frameworks: Frameworks) -> None:
    llm = frameworks.chat(seed=7)
    chunks = list(llm.stream("Tell me about the sea."))
    assert len(chunks) > 2
    whole = chunks[0]
    for chunk in chunks[1:]:
        whole = whole + chunk
    assert whole.content == llm.invoke("Tell me about the sea.").content
    assert whole.response_metadata["done"] is True
    assert whole.usage_metadata is not None
    assert whole.usage_metadata["output_tokens"] > 0


def test_async_invoke_and_stream(frameworks: Frameworks) -> None:
    llm = frameworks.chat()

    async def run() -> tuple[Any, list[Any]]:
        reply = await llm.ainvoke("Say hello in five words.")
        chunks = [chunk async for chunk in llm.astream("Say hello in five words.")]
        return reply, chunks

    reply, chunks = asyncio.run(run())
    assert "".join(str(chunk.content) for chunk in chunks) == reply.content
    assert reply.response_metadata["done_reason"] == "stop"


def test_batch(frameworks: Frameworks) -> None:
    replies = frameworks.chat().batch(["One.", "Two.", "Three."])
    assert [type(reply) for reply in replies] == [AIMessage] * 3
    assert all(reply.content for reply in replies)


def test_bind_tools_calls_the_tool(frameworks: Frameworks) -> None:
    reply = frameworks.chat().bind_tools([get_weather]).invoke("What is the weather in Tokyo?")
    assert reply.tool_calls == [
        {
            "name": "get_weather",
            "args": {"city": "Tokyo"},
            "id": reply.tool_calls[0]["id"],
            "type": "tool_call",
        }
    ]
    assert reply.tool_calls[0]["id"]


def test_tool_round_trip(frameworks: Frameworks) -> None:
    llm = frameworks.chat().bind_tools([get_weather])
    history: list[BaseMessage] = [HumanMessage("What is the weather in Paris?")]
    asked = llm.invoke(history)
    history.append(asked)
    for call in asked.tool_calls:
        history.append(get_weather.invoke(call))
    assert isinstance(history[-1], ToolMessage)
    assert history[-1].content == "Sunny and 21 degrees in Paris."
    answer = llm.invoke(history)
    assert answer.tool_calls == []
    assert isinstance(answer.content, str)
    assert answer.content
    # The request carried the tool call and its result back, as Ollama expects them.
    assert len(history) == 3


def test_agent_loop(frameworks: Frameworks) -> None:
    tools = {t.name: t for t in (get_weather, add_numbers)}
    llm = frameworks.chat().bind_tools(list(tools.values()))
    history: list[BaseMessage] = [
        SystemMessage("You answer with the tools."),
        HumanMessage("Use add_numbers to add 3 and 4."),
    ]
    for _ in range(5):
        reply = llm.invoke(history)
        history.append(reply)
        if not reply.tool_calls:
            break
        history.extend(tools[call["name"]].invoke(call) for call in reply.tool_calls)
    assert [type(m).__name__ for m in history] == [
        "SystemMessage",
        "HumanMessage",
        "AIMessage",
        "ToolMessage",
        "AIMessage",
    ]
    arguments = history[2].tool_calls[0]["args"]
    assert set(arguments) == {"a", "b"}
    assert all(isinstance(value, int) for value in arguments.values())
    assert history[3].content == str(arguments["a"] + arguments["b"])


def test_async_tool_call(frameworks: Frameworks) -> None:
    llm = frameworks.chat().bind_tools([get_weather])
    reply = asyncio.run(llm.ainvoke("What is the weather in Oslo?"))
    assert reply.tool_calls[0]["args"] == {"city": "Oslo"}


def test_streamed_tool_call(frameworks: Frameworks) -> None:
    llm = frameworks.chat().bind_tools([get_weather])
    chunks = list(llm.stream("What is the weather in Lima?"))
    whole = chunks[0]
    for chunk in chunks[1:]:
        whole = whole + chunk
    assert [call["args"] for call in whole.tool_calls] == [{"city": "Lima"}]


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_structured_output(frameworks: Frameworks, method: str) -> None:
    structured = frameworks.chat().with_structured_output(City, method=method, include_raw=True)
    result = structured.invoke("Name a City and its population.")
    assert result["parsing_error"] is None
    assert isinstance(result["raw"], AIMessage)
    city = result["parsed"]
    assert isinstance(city, City)
    assert city.name
    assert isinstance(city.population, int)


def test_json_mode(frameworks: Frameworks) -> None:
    # The fake writes some JSON object for format "json" (a model would follow the prompt's keys), so
    # the answer is JSON that is not a City: langchain parses the JSON and reports the City mismatch.
    structured = frameworks.chat().with_structured_output(City, method="json_mode", include_raw=True)
    result = structured.invoke("A City as JSON, please.")
    assert result["raw"].response_metadata["done"] is True
    assert isinstance(json.loads(result["raw"].content), dict)


def test_structured_output_from_typed_dict_schema(frameworks: Frameworks) -> None:
    schema = City.model_json_schema()
    parsed = frameworks.chat().with_structured_output(schema, method="json_schema").invoke("A city, please.")
    assert set(parsed) == {"name", "population"}


def test_reasoning(frameworks: Frameworks) -> None:
    llm = frameworks.chat(model=THINKING_MODEL, reasoning=True)
    reply = llm.invoke("How many r are in strawberry?")
    assert reply.content
    assert reply.additional_kwargs["reasoning_content"]
    chunks = list(llm.stream("How many r are in strawberry?"))
    thoughts = "".join(chunk.additional_kwargs.get("reasoning_content", "") for chunk in chunks)
    assert thoughts == reply.additional_kwargs["reasoning_content"]


def test_ollama_llm(frameworks: Frameworks) -> None:
    llm = frameworks.langchain.OllamaLLM(model="llama3.2", base_url=frameworks.url, temperature=0.2)
    text = llm.invoke("Write a haiku.")
    assert isinstance(text, str)
    assert text
    assert "".join(llm.stream("Write a haiku.")) == text
    assert asyncio.run(llm.ainvoke("Write a haiku.")) == text
    result = llm.generate(["Write a haiku."])
    info = result.generations[0][0].generation_info
    assert info is not None
    assert info["done"] is True
    assert _json_round_trip(info) == info


def test_ollama_llm_reasoning(frameworks: Frameworks) -> None:
    llm = frameworks.langchain.OllamaLLM(model=THINKING_MODEL, base_url=frameworks.url, reasoning=True)
    result = llm.generate(["Why is the sky blue?"])
    generation = result.generations[0][0]
    assert generation.text
    assert generation.generation_info is not None
    assert generation.generation_info["thinking"]


def test_embeddings(frameworks: Frameworks) -> None:
    embeddings = frameworks.langchain.OllamaEmbeddings(model=EMBED_MODEL, base_url=frameworks.url)
    documents = embeddings.embed_documents(["first text", "second text"])
    query = embeddings.embed_query("first text")
    assert len(documents) == 2
    assert all(isinstance(value, float) for value in query)
    assert documents[0] == query != documents[1]

    async def run() -> tuple[list[float], list[list[float]]]:
        return await embeddings.aembed_query("first text"), await embeddings.aembed_documents(["second text"])

    assert asyncio.run(run()) == (query, documents[1:])


def test_history_serialized_and_loaded_back(frameworks: Frameworks) -> None:
    llm = frameworks.chat(model=THINKING_MODEL, reasoning=True).bind_tools([get_weather])
    history: list[BaseMessage] = [HumanMessage("What is the weather in Rome?")]
    history.append(llm.invoke(history))
    history.extend(get_weather.invoke(call) for call in history[-1].tool_calls)
    history.append(llm.invoke(history))
    history.extend(llm.stream("Thanks, and in Madrid?"))

    as_json = json.dumps(messages_to_dict(history))
    assert messages_from_dict(json.loads(as_json)) == history
    assert loads(dumps(history)) == history
    # The conversation goes on from the loaded history.
    reloaded = loads(dumps(history))
    assert llm.invoke([*reloaded, HumanMessage("And the weather in Tokyo?")]).tool_calls[0]["args"] == {
        "city": "Tokyo"
    }
