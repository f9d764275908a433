"""llama-index's Ollama LLM and embeddings, unchanged, run whole scenarios against the fake with
``ollama`` resolving to ollama-openapi (and, as the control, to the official package)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

pytest.importorskip(
    "llama_index.llms.ollama", reason="the frameworks run in .venv-frameworks: `make test-frameworks`"
)
from llama_index.core.base.llms.types import ChatMessage, ChatResponse, MessageRole
from llama_index.core.program import FunctionCallingProgram
from llama_index.core.prompts import PromptTemplate
from llama_index.core.tools import FunctionTool
from pydantic import BaseModel, Field

from .conftest import EMBED_MODEL, THINKING_MODEL, Frameworks

pytestmark = pytest.mark.timeout(300)


def get_weather(city: str) -> str:
    """The current weather in a city."""
    return f"Sunny and 21 degrees in {city}."


WEATHER = FunctionTool.from_defaults(fn=get_weather)


class City(BaseModel):
    """A city and how many people live there."""

    name: str = Field(description="The city's name")
    population: int = Field(description="How many people live there")


def test_complete_and_chat(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    completion = llm.complete("Say hello in five words.")
    assert completion.text
    assert completion.raw["done"] is True
    assert completion.raw["done_reason"] == "stop"
    reply = llm.chat([ChatMessage(role="user", content="Say hello in five words.")])
    assert reply.message.role == MessageRole.ASSISTANT
    assert reply.message.content == completion.text
    assert reply.raw["usage"]["completion_tokens"] == reply.raw["eval_count"] > 0
    assert isinstance(reply.raw["created_at"], str)


def test_metadata_reads_the_context_window(frameworks: Frameworks) -> None:
    metadata = frameworks.llama().metadata
    assert metadata.context_window > 0
    assert metadata.model_name == "llama3.2"


def test_stream(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    messages = [ChatMessage(role="user", content="Tell me about the sea.")]
    chunks = list(llm.stream_chat(messages))
    assert len(chunks) > 2
    assert chunks[-1].message.content == "".join(chunk.delta or "" for chunk in chunks)
    assert chunks[-1].message.content == llm.chat(messages).message.content
    assert "".join(chunk.delta or "" for chunk in llm.stream_complete("Tell me about the sea.")) == (
        chunks[-1].message.content
    )


def test_async(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    messages = [ChatMessage(role="user", content="Say hello in five words.")]

    async def run() -> tuple[Any, list[Any], Any]:
        reply = await llm.achat(messages)
        chunks = [chunk async for chunk in await llm.astream_chat(messages)]
        completion = await llm.acomplete("Say hello in five words.")
        return reply, chunks, completion

    reply, chunks, completion = asyncio.run(run())
    assert reply.message.content == chunks[-1].message.content == completion.text


def test_chat_with_tools(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    reply = llm.chat_with_tools([WEATHER], user_msg="What is the weather in Tokyo?")
    calls = llm.get_tool_calls_from_response(reply, error_on_no_tool_call=True)
    assert [(call.tool_name, call.tool_kwargs) for call in calls] == [("get_weather", {"city": "Tokyo"})]


def test_tool_round_trip(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    history = [ChatMessage(role="user", content="What is the weather in Paris?")]
    reply = llm.chat_with_tools([WEATHER], chat_history=history)
    history.append(reply.message)
    for call in llm.get_tool_calls_from_response(reply):
        output = WEATHER.call(**call.tool_kwargs)
        history.append(
            ChatMessage(role="tool", content=str(output), additional_kwargs={"tool_call_id": call.tool_id})
        )
    assert history[-1].content == "Sunny and 21 degrees in Paris."
    answer = llm.chat_with_tools([WEATHER], chat_history=history)
    assert answer.message.content
    assert llm.get_tool_calls_from_response(answer, error_on_no_tool_call=False) == []


def test_streamed_and_async_tool_calls(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    chunks = list(llm.stream_chat_with_tools([WEATHER], user_msg="What is the weather in Lima?"))
    calls = llm.get_tool_calls_from_response(chunks[-1])
    assert [call.tool_kwargs for call in calls] == [{"city": "Lima"}]
    reply = asyncio.run(llm.achat_with_tools([WEATHER], user_msg="What is the weather in Oslo?"))
    assert [call.tool_kwargs for call in llm.get_tool_calls_from_response(reply)] == [{"city": "Oslo"}]


def test_predict_and_call(frameworks: Frameworks) -> None:
    result = frameworks.llama().predict_and_call([WEATHER], "What is the weather in Rome?")
    assert result.response == "Sunny and 21 degrees in Rome."
    assert result.sources[0].raw_input["kwargs"] == {"city": "Rome"}


def test_agent_loop(frameworks: Frameworks) -> None:
    from llama_index.core.agent.workflow import FunctionAgent

    agent = FunctionAgent(tools=[WEATHER], llm=frameworks.llama(), system_prompt="Answer with the tools.")

    async def run() -> Any:
        return await agent.run(user_msg="What is the weather in Berlin?")

    result = asyncio.run(run())
    assert [(call.tool_name, call.tool_kwargs) for call in result.tool_calls] == [
        ("get_weather", {"city": "Berlin"})
    ]
    assert result.tool_calls[0].tool_output.content == "Sunny and 21 degrees in Berlin."
    assert str(result.response.content)


def test_structured_predict_json_schema(frameworks: Frameworks) -> None:
    llm = frameworks.llama()
    city = llm.structured_predict(City, PromptTemplate("Name a city like {hint}."), hint="Paris")
    assert isinstance(city, City)
    assert city.name
    assert isinstance(city.population, int)
    structured = llm.as_structured_llm(City).chat([ChatMessage(role="user", content="Name a city.")])
    assert isinstance(structured.raw, City)
    assert json.loads(structured.message.content) == structured.raw.model_dump()


def test_structured_output_by_function_calling(frameworks: Frameworks) -> None:
    program = FunctionCallingProgram.from_defaults(
        output_cls=City, prompt_template_str="Describe the city of {name}.", llm=frameworks.llama()
    )
    city = program(name="Lyon")
    assert isinstance(city, City)
    assert city.name == "Lyon"
    assert isinstance(city.population, int)


def test_reasoning(frameworks: Frameworks) -> None:
    llm = frameworks.llama(model=THINKING_MODEL, thinking=True)
    reply = llm.chat([ChatMessage(role="user", content="How many r are in strawberry?")])
    assert reply.message.content
    thoughts = reply.message.additional_kwargs.get("thinking") or "".join(
        getattr(block, "content", "") or ""
        for block in reply.message.blocks
        if block.block_type == "thinking"
    )
    assert thoughts
    streamed = list(llm.stream_chat([ChatMessage(role="user", content="How many r are in strawberry?")]))
    assert "".join(chunk.additional_kwargs.get("thinking_delta") or "" for chunk in streamed) == thoughts


def test_embeddings(frameworks: Frameworks) -> None:
    embedding = frameworks.llama_embeddings.OllamaEmbedding(model_name=EMBED_MODEL, base_url=frameworks.url)
    text = embedding.get_text_embedding("first text")
    assert all(isinstance(value, float) for value in text)
    assert embedding.get_text_embedding_batch(["first text", "second text"])[0] == text
    query = embedding.get_query_embedding("first text")
    assert len(query) == len(text)

    async def run() -> tuple[list[float], list[float]]:
        return await embedding.aget_query_embedding("first text"), await embedding.aget_text_embedding(
            "first text"
        )

    assert asyncio.run(run()) == (query, text)


def test_history_serialized_and_loaded_back(frameworks: Frameworks) -> None:
    llm = frameworks.llama(model=THINKING_MODEL, thinking=True)
    history = [ChatMessage(role="user", content="What is the weather in Rome?")]
    reply = llm.chat_with_tools([WEATHER], chat_history=history)
    history.append(reply.message)
    for call in llm.get_tool_calls_from_response(reply):
        history.append(ChatMessage(role="tool", content=WEATHER.call(**call.tool_kwargs).content))
    final = llm.chat(history)
    history.append(final.message)

    stored = json.dumps([message.model_dump(mode="json") for message in history])
    loaded = [ChatMessage.model_validate(item) for item in json.loads(stored)]
    assert loaded == history
    # The whole answer, the raw Ollama reply included, serializes as llama-index stores it.
    assert ChatResponse.model_validate_json(final.model_dump_json()).message == final.message
    # The conversation goes on from the loaded history.
    again = llm.chat_with_tools(
        [WEATHER], chat_history=[*loaded, ChatMessage(role="user", content="And the weather in Tokyo?")]
    )
    assert [call.tool_kwargs for call in llm.get_tool_calls_from_response(again)] == [{"city": "Tokyo"}]
