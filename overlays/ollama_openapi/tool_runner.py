"""The tool-calling loop's pieces that do no I/O: the tool box (schemas, argument checks, calling), the
steps a streamed run yields, and the result of a run.

``client.run_tools(model, messages, tools)`` repeats: chat with the tools' schemas; if the answer calls
tools, run each call and append its result as a ``tool`` message; until an answer calls none or
``max_rounds`` chats were sent. Tools are functions, bound methods or (with `AsyncClient`) async
functions; their schemas are derived as for ``tools=`` (`_tools`), and each call's arguments are read
against the parameters' annotations (`_from_json`) before the function runs. A call of an unknown
tool, arguments that do not fit, and an exception raised by the tool become an ``Error: ...`` result
the model reads (with ``raise_tool_errors=True`` the tool's exception propagates instead).
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._from_json import Mismatch, from_json
from ._tools import _hints_of as hints_of
from ._tools import tool_from_function
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from ollama_openapi_generated.models.chat_response import ChatResponse
    from ollama_openapi_generated.models.response_tool_call import ResponseToolCall

__all__ = [
    "ModelText",
    "RunFinished",
    "ToolBox",
    "ToolCallStep",
    "ToolResultStep",
    "ToolRun",
    "ToolStep",
]


@dataclass(frozen=True, slots=True)
class ModelText:
    """A piece of the model's answer text (one streamed chunk), or of its thinking."""

    text: str
    thinking: str = ""


@dataclass(frozen=True, slots=True)
class ToolCallStep:
    """The model called a tool (before it runs)."""

    name: str
    arguments: dict[str, Any]
    id: str | None


@dataclass(frozen=True, slots=True)
class ToolResultStep:
    """A tool's result, as sent back to the model in a ``tool`` message."""

    name: str
    id: str | None
    content: str
    is_error: bool
    """True when the result reports an error (unknown tool, bad arguments, the tool raised)."""


@dataclass(frozen=True, slots=True)
class ToolRun:
    """The outcome of a tool-calling loop."""

    messages: list[dict[str, Any]]
    """The transcript: the messages given, then every assistant answer and ``tool`` result."""
    responses: list[ChatResponse]
    """The answer of each round (for a streamed run, the final chunk of each round)."""
    stop_reason: Literal["answer", "max_rounds"]
    """``answer``: the last answer called no tool; ``max_rounds``: it still did, and the rounds ran out
    (its calls were not run)."""

    @property
    def rounds(self) -> int:
        """How many chat requests the loop sent."""
        return len(self.responses)

    @property
    def final(self) -> ChatResponse:
        """The last answer."""
        return self.responses[-1]

    @property
    def content(self) -> str:
        """The text of the last answer."""
        return str(self.messages[-1].get("content") or "")


@dataclass(frozen=True, slots=True)
class RunFinished:
    """The last step of a streamed run, with the whole run."""

    run: ToolRun


ToolStep = ModelText | ToolCallStep | ToolResultStep | RunFinished
"""What a streamed run (``client.stream_tools``) yields."""


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if attrs.has(type(value)):
        return attrs.asdict(value)
    if callable(getattr(value, "model_dump", None)):
        return value.model_dump(mode="json")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    isoformat = getattr(value, "isoformat", None)
    return isoformat() if callable(isoformat) else str(value)


def result_text(value: Any) -> str:
    """A tool's return value as the text of its ``tool`` message: a string as is, else JSON."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, default=_jsonable, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


@dataclass(slots=True)
class _Tool:
    function: Callable[..., Any]
    schema: dict[str, Any]
    hints: dict[str, Any]
    required: frozenset[str]
    is_async: bool


@dataclass(slots=True)
class _Prepared:
    """One call, checked: the tool and its converted arguments, or the error result to send."""

    step: ToolCallStep
    tool: _Tool | None = None
    arguments: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def _is_async(function: Callable[..., Any]) -> bool:
    target = getattr(function, "func", function)  # functools.partial
    return inspect.iscoroutinefunction(target) or inspect.iscoroutinefunction(
        getattr(target, "__call__", None)  # noqa: B004  (an object whose __call__ is async)
    )


class ToolBox:
    """Tools by name: their schemas, and running the model's calls of them."""

    def __init__(self, tools: Sequence[Callable[..., Any]], *, allow_async: bool) -> None:
        if callable(tools):
            tools = [tools]
        self._tools: dict[str, _Tool] = {}
        for function in tools:
            if not callable(function) or isinstance(function, Mapping):
                raise InvalidArgumentError(
                    f"run_tools needs functions to call, got {type(function).__name__}"
                )
            try:
                schema = tool_from_function(function)
            except TypeError as exc:
                raise InvalidArgumentError(f"tools: {exc}") from None
            name = schema["function"]["name"]
            if name in self._tools:
                raise InvalidArgumentError(f"tools: two tools are named {name!r}")
            is_async = _is_async(function)
            if is_async and not allow_async:
                raise InvalidArgumentError(
                    f"tool {name!r} is an async function: run it with AsyncClient.run_tools"
                )
            parameters = schema["function"]["parameters"]
            hints = hints_of(function, name, list(parameters["properties"]))
            required = frozenset(parameters.get("required", ()))
            self._tools[name] = _Tool(function, schema, hints, required, is_async)

    @property
    def schemas(self) -> list[dict[str, Any]]:
        """The tool definitions sent with each chat."""
        return [tool.schema for tool in self._tools.values()]

    def prepare(self, call: ResponseToolCall) -> _Prepared:
        """`call` checked against its tool: unknown tools and arguments that do not fit are errors."""
        name = call.function.name
        raw = call.function.arguments
        arguments: dict[str, Any] = raw.to_dict() if hasattr(raw, "to_dict") else dict(raw or {})
        call_id = call.id if isinstance(call.id, str) else None
        prepared = _Prepared(ToolCallStep(name, arguments, call_id))
        tool = self._tools.get(name)
        if tool is None:
            known = ", ".join(sorted(self._tools)) or "none"
            prepared.error = f"Error: there is no tool named {name!r} (the tools are: {known})"
            return prepared
        problems = []
        unknown = [key for key in arguments if key not in tool.schema["function"]["parameters"]["properties"]]
        if unknown:
            problems.append(f"unknown argument {unknown[0]!r}")
        missing = sorted(tool.required - set(arguments))
        if missing:
            problems.append(f"missing required argument {missing[0]!r}")
        converted: dict[str, Any] = {}
        for key, value in arguments.items():
            if key in unknown:
                continue
            try:
                converted[key] = from_json(tool.hints.get(key, Any), value, key)
            except Mismatch as exc:
                problems.append(str(exc))
        if problems:
            prepared.error = f"Error: invalid arguments for tool {name!r}: " + "; ".join(problems)
            return prepared
        prepared.tool = tool
        prepared.arguments = converted
        return prepared

    def run_calls(self, calls: Sequence[ResponseToolCall], *, raise_errors: bool) -> list[ToolResultStep]:
        """Run each call in turn (a synchronous client: no async tools here)."""
        results = []
        for prepared in map(self.prepare, calls):
            if prepared.tool is None:
                results.append(_result(prepared, None))
                continue
            try:
                value = prepared.tool.function(**prepared.arguments)
            except Exception as exc:
                if raise_errors:
                    raise
                results.append(_result(prepared, exc))
            else:
                results.append(_result(prepared, value, ok=True))
        return results

    async def arun_calls(
        self, calls: Sequence[ResponseToolCall], *, raise_errors: bool
    ) -> list[ToolResultStep]:
        """Run the calls, the async tools concurrently; results in the order of the calls."""
        prepared_calls = [self.prepare(call) for call in calls]

        async def run(prepared: _Prepared) -> ToolResultStep:
            if prepared.tool is None:
                return _result(prepared, None)
            try:
                value = prepared.tool.function(**prepared.arguments)
                if inspect.isawaitable(value):
                    value = await value
            except Exception as exc:
                if raise_errors:
                    raise
                return _result(prepared, exc)
            return _result(prepared, value, ok=True)

        tasks = [asyncio.ensure_future(run(prepared)) for prepared in prepared_calls]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            # A tool raised (raise_tool_errors) or the run was cancelled: stop the others too.
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise


def _result(prepared: _Prepared, value: Any, *, ok: bool = False) -> ToolResultStep:
    step = prepared.step
    if ok:
        return ToolResultStep(step.name, step.id, result_text(value), False)
    if isinstance(value, Exception):
        return ToolResultStep(step.name, step.id, f"Error: {type(value).__name__}: {value}", True)
    return ToolResultStep(step.name, step.id, prepared.error or "Error", True)


def tool_message(result: ToolResultStep) -> dict[str, Any]:
    """The ``tool`` message carrying a result."""
    message: dict[str, Any] = {"role": "tool", "content": result.content, "tool_name": result.name}
    if result.id is not None:
        message["tool_call_id"] = result.id
    return message


def as_message(message: Any) -> dict[str, Any]:
    """A message given to the loop (a mapping, or a model with ``model_dump``/``to_dict``) as a dict."""
    if isinstance(message, Mapping):
        return dict(message)
    if callable(getattr(message, "model_dump", None)):
        dumped: dict[str, Any] = message.model_dump(exclude_none=True)
        return dumped
    if callable(getattr(message, "to_dict", None)):
        converted: dict[str, Any] = message.to_dict()
        return converted
    raise InvalidArgumentError(f"messages must be mappings, got {type(message).__name__}")
