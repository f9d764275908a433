"""The tool-calling loop of `AsyncClient` (``run_tools``, ``stream_tools``); see
`ollama_openapi.tool_runner` for the rules."""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import TYPE_CHECKING, Any

from ollama_openapi.errors import InvalidArgumentError
from ollama_openapi.tool_runner import (
    ModelText,
    RunFinished,
    ToolBox,
    ToolRun,
    ToolStep,
    as_message,
    tool_message,
)

if TYPE_CHECKING:
    from ollama_openapi.types import MessageInput
    from ollama_openapi_generated._async.operations import AsyncOperations
    from ollama_openapi_generated.models.chat_response import ChatResponse
    from ollama_openapi_generated.models.response_tool_call import ResponseToolCall

__all__ = ["arun_tools", "astream_tools"]


def _start(
    client: AsyncOperations,
    messages: Sequence[MessageInput],
    tools: Sequence[Callable[..., Any]],
    max_rounds: int,
) -> tuple[ToolBox, list[dict[str, Any]]]:
    if isinstance(max_rounds, bool) or not isinstance(max_rounds, int) or max_rounds < 1:
        raise InvalidArgumentError(f"max_rounds must be an integer >= 1, got {max_rounds!r}")
    if isinstance(messages, (str, bytes)):
        raise InvalidArgumentError("messages must be a list of messages, not a string")
    box = ToolBox(tools, allow_async=inspect.iscoroutinefunction(client.chat))
    return box, [as_message(message) for message in messages]


def _answer(response: ChatResponse, content: str, thinking: str) -> dict[str, Any]:
    """The assistant message of an answer, as sent back in the next round."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if thinking:
        message["thinking"] = thinking
    calls = response.message.tool_calls
    if calls:
        message["tool_calls"] = [call.to_dict() for call in calls]
    return message


async def arun_tools(
    client: AsyncOperations,
    model: str,
    messages: Sequence[MessageInput],
    tools: Sequence[Callable[..., Any]],
    *,
    max_rounds: int,
    raise_tool_errors: bool,
    chat_options: dict[str, Any],
) -> ToolRun:
    """Chat, run the calls, append the results, until an answer calls no tool or the rounds run out."""
    box, transcript = _start(client, messages, tools, max_rounds)
    responses: list[ChatResponse] = []
    while True:
        response = await client.chat(model, transcript, tools=box.schemas, **chat_options)
        responses.append(response)
        message = response.message
        transcript.append(_answer(response, message.content, message.thinking or ""))
        calls = message.tool_calls or []
        if not calls:
            return ToolRun(transcript, responses, "answer")
        if len(responses) >= max_rounds:
            return ToolRun(transcript, responses, "max_rounds")
        results = await box.arun_calls(calls, raise_errors=raise_tool_errors)
        transcript.extend(tool_message(result) for result in results)


async def astream_tools(
    client: AsyncOperations,
    model: str,
    messages: Sequence[MessageInput],
    tools: Sequence[Callable[..., Any]],
    *,
    max_rounds: int,
    raise_tool_errors: bool,
    chat_options: dict[str, Any],
) -> AsyncGenerator[ToolStep, None]:
    """`arun_tools`, streamed: the model's text as it comes, each call, each result, then the run."""
    box, transcript = _start(client, messages, tools, max_rounds)
    responses: list[ChatResponse] = []
    while True:
        content: list[str] = []
        thinking: list[str] = []
        calls: list[ResponseToolCall] = []
        last: ChatResponse | None = None
        async with await client.chat(
            model, transcript, tools=box.schemas, stream=True, **chat_options
        ) as stream:
            async for chunk in stream:
                last = chunk
                message = chunk.message
                text, thought = message.content or "", message.thinking or ""
                if text or thought:
                    content.append(text)
                    thinking.append(thought)
                    yield ModelText(text, thought)
                calls.extend(message.tool_calls or [])
        assert last is not None  # a complete stream has its final chunk
        responses.append(last)
        answer = _answer(last, "".join(content), "".join(thinking))
        if calls:
            answer["tool_calls"] = [call.to_dict() for call in calls]
        transcript.append(answer)
        if not calls:
            yield RunFinished(ToolRun(transcript, responses, "answer"))
            return
        if len(responses) >= max_rounds:
            yield RunFinished(ToolRun(transcript, responses, "max_rounds"))
            return
        for call in calls:
            yield box.prepare(call).step
        results = await box.arun_calls(calls, raise_errors=raise_tool_errors)
        for result in results:
            yield result
        transcript.extend(tool_message(result) for result in results)
