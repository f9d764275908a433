"""``POST /v1/responses``: OpenAI's Responses API, stateless, translated to and from the fake's native
chat handler as Ollama does.

Streamed, every event payload is built from maps in Ollama, so its keys arrive sorted at every level.
The built-in ``web_search`` tool is accepted but never offered to the fake's models (the fake does not
search), so the ``web_search_call`` events and ``response.failed`` do not occur here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from . import inference
from .compat import (
    arguments_json,
    call_native,
    converted_errors,
    image_from_url,
    native_budget,
    native_chunks,
    native_document,
    now_seconds,
    openai_error,
    parse_body,
    random_number,
    think_from_effort,
)
from .context import FakeContext
from .errors import ApiError
from .protocol import Body, JsonResponse, Request, Response
from .sse import named_event, sse_response

__all__ = ["responses"]

_STREAM_HEADERS = {"Cache-Control": "no-cache", "Connection": "keep-alive"}


# Request ------------------------------------------------------------------------------------------


def _content(value: Any, index: int, field: str) -> tuple[str, list[str]]:
    """The text (parts joined without separator) and images of a message content or call output."""
    if isinstance(value, str):
        return value, []
    if not isinstance(value, list):
        raise ApiError(400, f"input[{index}]: {field} must be a string or array")
    texts: list[str] = []
    images: list[str] = []
    for position, part in enumerate(value):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in ("input_text", "output_text"):
            texts.append(str(part.get("text") or ""))
        elif kind == "input_image":
            url = part.get("image_url")
            if isinstance(url, str) and url:
                images.append(image_from_url(url))
        elif kind == "input_file":
            raise ApiError(400, "file inputs are not currently supported")
        else:
            label = "output" if field == "output" else "content"
            raise ApiError(400, f"input[{index}]: {label}[{position}]: unknown content type: {kind}")
    return "".join(texts), images


def _input_messages(value: Any) -> list[dict[str, Any]]:
    """The native messages of ``input`` (a string or a list of items)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [{"role": "user", "content": value}] if value else []
    if not isinstance(value, list):
        raise ApiError(400, "input must be a string or array")
    messages: list[dict[str, Any]] = []
    thinking = ""
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise ApiError(400, f"input[{index}]: input item missing required 'type' field")
        kind = item.get("type")
        if kind is None and "role" in item:
            kind = "message"
        if kind == "message":
            content, images = _content(item.get("content") or "", index, "content")
            message: dict[str, Any] = {"role": str(item.get("role") or ""), "content": content}
            if images:
                message["images"] = images
            if thinking and message["role"] == "assistant":
                message["thinking"], thinking = thinking, ""
            messages.append(message)
        elif kind == "function_call":
            text = str(item.get("arguments") or "")
            try:
                arguments = json.loads(text) if text else {}
            except ValueError as error:
                raise ApiError(400, f"failed to parse function call arguments: {error}") from None
            call = {
                "id": str(item.get("call_id") or ""),
                "function": {"name": str(item.get("name") or ""), "arguments": arguments},
            }
            if messages and messages[-1]["role"] == "assistant":
                messages[-1].setdefault("tool_calls", []).append(call)
            else:
                messages.append({"role": "assistant", "content": "", "tool_calls": [call]})
            if thinking:
                messages[-1]["thinking"], thinking = thinking, ""
        elif kind == "function_call_output":
            content, images = _content(item.get("output") or "", index, "output")
            message = {"role": "tool", "content": content, "tool_call_id": str(item.get("call_id") or "")}
            if images:
                message["images"] = images
            messages.append(message)
        elif kind == "reasoning":
            thinking = str(item.get("encrypted_content") or "")
        elif kind == "web_search_call":
            continue
        elif kind is None:
            raise ApiError(400, f"input[{index}]: input item missing required 'type' field")
        else:
            raise ApiError(400, f"input[{index}]: unknown input item type: {json.dumps(kind)}")
    if thinking:
        messages.append({"role": "assistant", "content": "", "thinking": thinking})
    return messages


def _native_tools(tools: list[Any], prefix: str = "") -> list[dict[str, Any]]:
    native: list[dict[str, Any]] = []
    for tool in tools:
        if not isinstance(tool, dict):
            continue
        kind, name = tool.get("type") or "function", str(tool.get("name") or "")
        if kind == "web_search":
            continue
        if kind == "namespace":
            native.extend(_native_tools(tool.get("tools") or [], f"{prefix}{name}."))
            continue
        parameters = tool.get("parameters")
        if parameters is not None and not isinstance(parameters, dict):
            raise ApiError(400, "failed to unmarshal tool parameters: not an object")
        function: dict[str, Any] = {"name": prefix + name}
        if tool.get("description") is not None:
            function["description"] = tool["description"]
        if parameters is not None:
            function["parameters"] = parameters
        native.append({"type": "function" if kind == "namespace" else kind, "function": function})
    return native


class _Echo:
    """The request fields a response repeats."""

    def __init__(self, body: Body) -> None:
        self.model = body.string("model")
        self.instructions = body.string("instructions")
        self.max_output_tokens = body.integer("max_output_tokens") if body.has("max_output_tokens") else None
        self.temperature = body.get("temperature")
        self.top_p = body.get("top_p")
        self.truncation = body.get("truncation")
        self.background = body.boolean("background")
        self.tools = body.array("tools", "[]openai.ResponsesTool")
        self.reasoning = body.mapping("reasoning", "openai.ResponsesReasoning")
        text = body.mapping("text", "openai.ResponsesText")
        self.format = text.get("format") if isinstance(text.get("format"), dict) else None

    def response(self, identifier: str, *, streamed: bool) -> dict[str, Any]:
        """The response object without its timing, status, output and usage."""
        return {
            "id": identifier,
            "object": "response",
            "created_at": now_seconds(),
            "completed_at": None,
            "status": "in_progress",
            "incomplete_details": None,
            "model": self.model,
            "previous_response_id": None,
            "instructions": self.instructions or None,
            "output": [],
            "error": None,
            "tools": [_tool_echo(tool, streamed) for tool in self.tools if isinstance(tool, dict)],
            "tool_choice": "auto",
            "truncation": self.truncation if isinstance(self.truncation, str) else "disabled",
            "parallel_tool_calls": True,
            "text": {"format": self._format(streamed)},
            "top_p": self.top_p if isinstance(self.top_p, (int, float)) else 1,
            "presence_penalty": 0,
            "frequency_penalty": 0,
            "top_logprobs": 0,
            "temperature": self.temperature if isinstance(self.temperature, (int, float)) else 1,
            "reasoning": self._reasoning(streamed),
            "usage": None,
            "max_output_tokens": self.max_output_tokens,
            "max_tool_calls": None,
            "store": False,
            "background": self.background,
            "service_tier": "default",
            "metadata": {},
            "safety_identifier": None,
            "prompt_cache_key": None,
        }

    def _format(self, streamed: bool) -> dict[str, Any]:
        if self.format is None:
            return {"type": "text"}
        if not streamed:
            return dict(self.format)
        rebuilt: dict[str, Any] = {"type": self.format.get("type") or ""}
        rebuilt.update(
            {
                key: self.format[key]
                for key in ("name", "schema", "strict")
                if self.format.get(key) is not None
            }
        )
        return rebuilt

    def _reasoning(self, streamed: bool) -> dict[str, Any] | None:
        effort, summary = self.reasoning.get("effort") or None, self.reasoning.get("summary") or None
        if effort is None and summary is None:
            return None
        if streamed:
            return {"effort": effort, "summary": summary}
        return {key: value for key, value in (("effort", effort), ("summary", summary)) if value is not None}


def _sorted(value: Any) -> Any:
    """A JSON value with the keys of every object sorted (how Go writes a ``map[string]any``)."""
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def _tool_echo(tool: dict[str, Any], streamed: bool) -> dict[str, Any]:
    parameters = tool.get("parameters")
    echo: dict[str, Any] = {
        "type": tool.get("type") or "",
        "name": tool.get("name") or "",
        "description": tool.get("description"),
        "strict": tool.get("strict"),
        "parameters": _sorted(parameters) if isinstance(parameters, dict) else None,
    }
    if not streamed and tool.get("tools"):
        echo["tools"] = [_tool_echo(member, streamed) for member in tool["tools"] if isinstance(member, dict)]
    return echo


def _native_request(body: Body) -> dict[str, Any]:
    messages = _input_messages(body.get("input"))
    instructions = body.string("instructions")
    if instructions:
        messages.insert(0, {"role": "system", "content": instructions})
    options: dict[str, Any] = {}
    temperature = body.get("temperature")
    options["temperature"] = temperature if isinstance(temperature, (int, float)) else 1.0
    if isinstance(body.get("top_p"), (int, float)):
        options["top_p"] = body.get("top_p")
    if body.has("max_output_tokens") and native_budget(body.integer("max_output_tokens")) is not None:
        options["num_predict"] = body.integer("max_output_tokens")
    native: dict[str, Any] = {
        "model": body.string("model"),
        "messages": messages,
        "stream": body.boolean("stream"),
        "options": options,
    }
    tools = _native_tools(body.array("tools", "[]openai.ResponsesTool"))
    if tools:
        native["tools"] = tools
    think = think_from_effort(str(body.mapping("reasoning", "openai.ResponsesReasoning").get("effort") or ""))
    if think is not None:
        native["think"] = think
    text_format = body.mapping("text", "openai.ResponsesText").get("format")
    if (
        isinstance(text_format, dict)
        and text_format.get("type") == "json_schema"
        and text_format.get("schema") is not None
    ):
        native["format"] = text_format["schema"]
    return native


def _usage(chunk: dict[str, Any]) -> dict[str, Any]:
    prompt, completion = int(chunk.get("prompt_eval_count") or 0), int(chunk.get("eval_count") or 0)
    return {
        "input_tokens": prompt,
        "output_tokens": completion,
        "total_tokens": prompt + completion,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 0},
    }


def _text_part(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


# Handler ------------------------------------------------------------------------------------------


def responses(context: FakeContext, request: Request) -> Response:
    """``POST /v1/responses``."""
    try:
        body = parse_body(request, "openai.ResponsesRequest")
        echo = _Echo(body)
        native = _native_request(body)
        response = call_native(inference.chat, context, "/api/chat", native)
        identifier = f"resp_{random_number(999999)}"
        if native["stream"]:
            events = _events(native_chunks(response), echo, identifier)
            return sse_response(converted_errors(events, openai_error), _STREAM_HEADERS)
        document = native_document(response)
    except ApiError as error:
        raise openai_error(error) from None
    return JsonResponse(200, _whole_response(document, echo, identifier))


def _whole_response(document: dict[str, Any], echo: _Echo, identifier: str) -> dict[str, Any]:
    message = document.get("message") or {}
    output: list[dict[str, Any]] = []
    thinking = message.get("thinking") or ""
    if thinking:
        output.append(
            {
                "id": f"rs_{identifier}",
                "type": "reasoning",
                "summary": [{"type": "summary_text", "text": thinking}],
                "encrypted_content": thinking,
            }
        )
    calls = message.get("tool_calls") or []
    for position, call in enumerate(calls):
        output.append(
            {
                "id": f"fc_{identifier}_{position}",
                "type": "function_call",
                "status": "completed",
                "call_id": call.get("id") or "",
                "name": (call.get("function") or {}).get("name") or "",
                "arguments": arguments_json(call),
            }
        )
    if not calls:
        output.append(
            {
                "id": f"msg_{random_number(999999)}",
                "type": "message",
                "status": "completed",
                "role": "assistant",
                "content": [_text_part(message.get("content") or "")],
            }
        )
    answer = echo.response(identifier, streamed=False)
    answer.update(completed_at=now_seconds(), status="completed", output=output, usage=_usage(document))
    return answer


class _Events:
    """Numbers the events of one stream and remembers the finished output items."""

    def __init__(self, echo: _Echo, identifier: str) -> None:
        self.echo = echo
        self.identifier = identifier
        self.sequence = 0
        self.output_index = 0
        self.done_items: list[dict[str, Any]] = []

    def event(self, kind: str, **payload: Any) -> bytes:
        payload.update(type=kind, sequence_number=self.sequence)
        self.sequence += 1
        return named_event(kind, payload, sort_keys=True)

    def response_event(self, kind: str, **changes: Any) -> bytes:
        response = self.echo.response(self.identifier, streamed=True)
        response.update(changes)
        return self.event(kind, response=response)

    def item_done(self, item: dict[str, Any]) -> bytes:
        self.done_items.append(item)
        event = self.event("response.output_item.done", output_index=self.output_index, item=item)
        self.output_index += 1
        return event


def _events(chunks: Iterator[dict[str, Any]], echo: _Echo, identifier: str) -> Iterator[bytes]:
    """Ollama's Responses stream converter: native chat chunks as typed events."""
    stream = _Events(echo, identifier)
    started = False
    reasoning_id, reasoning = "", ""
    message_id, text, text_started = f"msg_{random_number(999999)}", "", False
    tool_streamed = False

    def close_reasoning() -> Iterator[bytes]:
        nonlocal reasoning_id
        if reasoning_id:
            yield stream.event(
                "response.reasoning_summary_text.done",
                item_id=reasoning_id,
                output_index=stream.output_index,
                summary_index=0,
                text=reasoning,
            )
            item: dict[str, Any] = {
                "id": reasoning_id,
                "type": "reasoning",
                "summary": [{"type": "summary_text", "text": reasoning}],
                "encrypted_content": reasoning,
            }
            yield stream.item_done(item)
            reasoning_id = ""

    for chunk in chunks:
        if "error" in chunk:
            return  # a late error produces no event: the stream just stops
        if not started:
            started = True
            yield stream.response_event("response.created")
            yield stream.response_event("response.in_progress")
        message = chunk.get("message") or {}
        thinking, content = message.get("thinking") or "", message.get("content") or ""
        calls = message.get("tool_calls") or []
        if thinking:
            if not reasoning_id and not reasoning:
                reasoning_id = f"rs_{random_number(999999)}"
                item: dict[str, Any] = {"id": reasoning_id, "type": "reasoning", "summary": []}
                yield stream.event("response.output_item.added", output_index=stream.output_index, item=item)
            reasoning += thinking
            if reasoning_id:
                yield stream.event(
                    "response.reasoning_summary_text.delta",
                    item_id=reasoning_id,
                    output_index=stream.output_index,
                    summary_index=0,
                    delta=thinking,
                )
        for position, call in enumerate(calls):
            yield from close_reasoning()
            tool_streamed = True
            item_id = f"fc_{random_number(999999)}_{position}"
            name = (call.get("function") or {}).get("name") or ""
            arguments = arguments_json(call)
            item = {
                "id": item_id,
                "type": "function_call",
                "status": "in_progress",
                "call_id": call.get("id") or "",
                "name": name,
                "arguments": "",
            }
            yield stream.event("response.output_item.added", output_index=stream.output_index, item=item)
            common: dict[str, Any] = {"item_id": item_id, "output_index": stream.output_index}
            yield stream.event("response.function_call_arguments.delta", delta=arguments, **common)
            yield stream.event("response.function_call_arguments.done", arguments=arguments, **common)
            yield stream.item_done({**item, "status": "completed", "arguments": arguments})
        if content and not calls and not tool_streamed:
            yield from close_reasoning()
            common = {"item_id": message_id, "output_index": stream.output_index, "content_index": 0}
            if not text_started:
                text_started = True
                item = {
                    "id": message_id,
                    "type": "message",
                    "status": "in_progress",
                    "role": "assistant",
                    "content": [],
                }
                yield stream.event("response.output_item.added", output_index=stream.output_index, item=item)
                yield stream.event("response.content_part.added", part=_text_part(""), **common)
            text += content
            yield stream.event("response.output_text.delta", delta=content, logprobs=[], **common)
        if chunk.get("done"):
            yield from close_reasoning()
            if text_started:
                common = {"item_id": message_id, "output_index": stream.output_index, "content_index": 0}
                yield stream.event("response.output_text.done", text=text, logprobs=[], **common)
                yield stream.event("response.content_part.done", part=_text_part(text), **common)
                item = {
                    "id": message_id,
                    "type": "message",
                    "status": "completed",
                    "role": "assistant",
                    "content": [_text_part(text)],
                }
                yield stream.item_done(item)
            yield stream.response_event(
                "response.completed",
                completed_at=now_seconds(),
                status="completed",
                output=stream.done_items,
                usage=_usage(chunk),
            )
            return
