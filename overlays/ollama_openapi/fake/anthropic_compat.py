"""``POST /v1/messages``: Anthropic's Messages API, translated to and from the fake's native chat handler
as Ollama does.

Differences from ``/v1/chat/completions`` that Ollama has too: errors in Anthropic's shape, thinking
asked of a model without the capability is dropped rather than refused, and a stream's events are
typed (``message_start`` ... ``message_stop``). Built-in web search tools are accepted but never offered
to the fake's models.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Iterator
from typing import Any

from . import inference
from .compat import (
    anthropic_error,
    arguments_json,
    call_native,
    converted_errors,
    find_model,
    native_budget,
    native_chunks,
    native_document,
    native_tool_call_arguments,
    parse_body,
)
from .context import FakeContext
from .errors import ApiError
from .protocol import Body, JsonResponse, Request, Response
from .sse import named_event, sse_response

__all__ = ["messages"]

_STREAM_HEADERS = {"Cache-Control": "no-cache", "Connection": "keep-alive"}
_EFFORTS = {"low": "low", "medium": "medium", "high": "high", "max": "max", "xhigh": "high"}


# Request ------------------------------------------------------------------------------------------


def _system(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            str(block.get("text") or "")
            for block in value
            if isinstance(block, dict) and block.get("type") == "text"
        )
    return ""


def _image(source: Any) -> str:
    if not isinstance(source, dict):
        raise ApiError(400, "invalid image source")
    kind = source.get("type")
    if kind != "base64":
        raise ApiError(400, f"invalid image source type: {kind}. Only base64 images are supported.")
    data = str(source.get("data") or "")
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ApiError(400, f"invalid base64 image data: {error}") from None
    return data


def _tool_result_content(content: Any) -> tuple[str, list[str]]:
    if isinstance(content, str):
        return content, []
    texts: list[str] = []
    images: list[str] = []
    for block in content if isinstance(content, list) else []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text":
            texts.append(str(block.get("text") or ""))
        elif block.get("type") == "image":
            if not isinstance(block.get("source"), dict):
                raise ApiError(400, "invalid tool_result image source")
            images.append(_image(block["source"]))
    return "".join(texts), images


def _convert_message(message: Any) -> list[dict[str, Any]]:
    """The native messages of one Anthropic message: its tool results first, then the message."""
    if not isinstance(message, dict):
        raise ApiError(400, "invalid message format")
    role = str(message.get("role") or "").lower()
    content = message.get("content")
    if isinstance(content, str) or content is None:
        return [{"role": role, "content": content or ""}]
    if not isinstance(content, list):
        raise ApiError(400, "invalid message content")
    texts: list[str] = []
    images: list[str] = []
    calls: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    thinking = ""
    for block in content:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            texts.append(str(block.get("text") or ""))
        elif kind == "image":
            images.append(_image(block.get("source")))
        elif kind in ("tool_use", "server_tool_use"):
            if not block.get("id"):
                raise ApiError(400, "tool_use block missing required 'id' field")
            if not block.get("name"):
                raise ApiError(400, "tool_use block missing required 'name' field")
            arguments = block.get("input") if isinstance(block.get("input"), dict) else {}
            calls.append({"id": block["id"], "function": {"name": block["name"], "arguments": arguments}})
        elif kind == "tool_result":
            text, result_images = _tool_result_content(block.get("content"))
            result: dict[str, Any] = {
                "role": "tool",
                "content": text,
                "tool_call_id": str(block.get("tool_use_id") or ""),
            }
            if result_images:
                result["images"] = result_images
            results.append(result)
        elif kind == "thinking":
            thinking = str(block.get("thinking") or "")
    native: list[dict[str, Any]] = list(results)
    if texts or images or calls or thinking or not results:
        converted: dict[str, Any] = {"role": role, "content": "".join(texts)}
        if images:
            converted["images"] = images
        if thinking:
            converted["thinking"] = thinking
        if calls:
            converted["tool_calls"] = calls
        native.append(converted)
    return native


def _tools(tools: list[Any]) -> list[dict[str, Any]]:
    native: list[dict[str, Any]] = []
    for tool in tools:
        if not isinstance(tool, dict) or str(tool.get("type") or "").startswith("web_search"):
            continue
        function: dict[str, Any] = {"name": str(tool.get("name") or "")}
        if tool.get("description"):
            function["description"] = tool["description"]
        schema = tool.get("input_schema")
        if schema is not None:
            if not isinstance(schema, dict):
                raise ApiError(400, f'invalid input_schema for tool "{function["name"]}": not an object')
            function["parameters"] = schema
        native.append({"type": "function", "function": function})
    return native


def _think(body: Body) -> bool | str | None:
    thinking = body.mapping("thinking", "anthropic.ThinkingConfig")
    if thinking.get("type") == "enabled":
        return True
    if thinking.get("type") == "disabled":
        return False
    effort = str(body.mapping("output_config", "anthropic.OutputConfig").get("effort") or "").strip().lower()
    return _EFFORTS.get(effort)


def _native_request(context: FakeContext, body: Body) -> dict[str, Any]:
    model = body.string("model")
    if not model:
        raise ApiError(400, "model is required")
    if body.integer("max_tokens") <= 0:
        raise ApiError(400, "max_tokens is required and must be positive")
    raw_messages = body.array("messages", "[]anthropic.MessageParam")
    if not raw_messages:
        raise ApiError(400, "messages is required")
    messages: list[dict[str, Any]] = []
    system = _system(body.get("system"))
    if system:
        messages.append({"role": "system", "content": system})
    for message in raw_messages:
        messages.extend(_convert_message(message))
    options: dict[str, Any] = {}
    budget = native_budget(body.integer("max_tokens"))
    if budget is not None:
        options["num_predict"] = budget
    for key in ("temperature", "top_p", "top_k"):
        if body.has(key):
            options[key] = body.get(key)
    stops = body.string_list("stop_sequences")
    if stops:
        options["stop"] = stops
    native: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "stream": body.boolean("stream"),
        "options": options,
    }
    tools = _tools(body.array("tools", "[]anthropic.Tool"))
    if tools:
        native["tools"] = tools
    think = _think(body)
    record = find_model(context, model)
    if think and record is not None and "thinking" not in record.capabilities:
        think = None  # Ollama relaxes thinking on this route: served without it, not refused
    if think is not None:
        native["think"] = think
    return native


def _input_estimate(native: dict[str, Any]) -> int:
    """``message_start``'s input token estimate: a quarter of the prompt's characters."""
    size = sum(
        len(str(message.get("role") or "")) + len(str(message.get("content") or ""))
        for message in native["messages"]
    )
    size += sum(len(json.dumps(tool)) for tool in native.get("tools", []))
    return max(1, size // 4)


# Answer -------------------------------------------------------------------------------------------


def _stop_reason(chunk: dict[str, Any], tool_called: bool) -> str | None:
    if tool_called:
        return "tool_use"
    reason = chunk.get("done_reason") or ""
    return {"stop": "end_turn", "length": "max_tokens", "": None}.get(reason, "stop_sequence")


def _message_id() -> str:
    return "msg_" + secrets.token_hex(12)


def _tool_use(call: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "tool_use",
        "id": call.get("id") or "",
        "name": (call.get("function") or {}).get("name") or "",
        "input": native_tool_call_arguments(call),
    }


def messages(context: FakeContext, request: Request) -> Response:
    """``POST /v1/messages``."""
    try:
        body = parse_body(request, "anthropic.MessagesRequest")
        native = _native_request(context, body)
        response = call_native(inference.chat, context, "/api/chat", native)
        if native["stream"]:
            events = _events(native_chunks(response), native["model"], _input_estimate(native))
            return sse_response(converted_errors(events, anthropic_error), _STREAM_HEADERS)
        document = native_document(response)
    except ApiError as error:
        raise anthropic_error(error) from None
    message = document.get("message") or {}
    content: list[dict[str, Any]] = []
    if message.get("thinking"):
        content.append({"type": "thinking", "thinking": message["thinking"]})
    if message.get("content"):
        content.append({"type": "text", "text": message["content"]})
    calls = message.get("tool_calls") or []
    content.extend(_tool_use(call) for call in calls)
    answer: dict[str, Any] = {
        "id": _message_id(),
        "type": "message",
        "role": "assistant",
        "model": native["model"],
        "content": content or None,
    }
    stop_reason = _stop_reason(document, bool(calls))
    if stop_reason is not None:
        answer["stop_reason"] = stop_reason
    answer["usage"] = {
        "input_tokens": int(document.get("prompt_eval_count") or 0),
        "output_tokens": int(document.get("eval_count") or 0),
    }
    return JsonResponse(200, answer)


def _events(chunks: Iterator[dict[str, Any]], model: str, estimate: int) -> Iterator[bytes]:
    """Ollama's Anthropic stream converter: native chat chunks as typed events."""
    index = 0
    open_block = ""  # "thinking", "text" or ""
    started = False
    tool_called = False
    seen_calls: set[str] = set()

    def event(kind: str, **payload: Any) -> bytes:
        return named_event(kind, {"type": kind, **payload})

    def close() -> Iterator[bytes]:
        nonlocal index, open_block
        if open_block:
            yield event("content_block_stop", index=index)
            index += 1
            open_block = ""

    def open_(kind: str, block: dict[str, Any]) -> Iterator[bytes]:
        nonlocal open_block
        yield from close()
        yield event("content_block_start", index=index, content_block=block)
        open_block = kind

    for chunk in chunks:
        if "error" in chunk:
            return  # a late error produces no event: the stream just stops
        if not started:
            started = True
            start = {
                "id": _message_id(),
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [],
                "usage": {"input_tokens": estimate, "output_tokens": 0},
            }
            yield event("message_start", message=start)
        message = chunk.get("message") or {}
        thinking, content = message.get("thinking") or "", message.get("content") or ""
        if thinking:
            if open_block != "thinking":
                yield from open_("thinking", {"type": "thinking", "thinking": ""})
            yield event(
                "content_block_delta", index=index, delta={"type": "thinking_delta", "thinking": thinking}
            )
        if content:
            if open_block != "text":
                yield from open_("text", {"type": "text", "text": ""})
            yield event("content_block_delta", index=index, delta={"type": "text_delta", "text": content})
        for call in message.get("tool_calls") or []:
            identifier = call.get("id") or ""
            if identifier in seen_calls:
                continue
            seen_calls.add(identifier)
            tool_called = True
            yield from open_("tool_use", {**_tool_use(call), "input": {}})
            delta = {"type": "input_json_delta", "partial_json": arguments_json(call)}
            yield event("content_block_delta", index=index, delta=delta)
            yield from close()
        if chunk.get("done"):
            yield from close()
            ending: dict[str, Any] = {}
            stop_reason = _stop_reason(chunk, tool_called)
            if stop_reason is not None:
                ending["stop_reason"] = stop_reason
            usage = {
                "input_tokens": int(chunk.get("prompt_eval_count") or 0),
                "output_tokens": int(chunk.get("eval_count") or 0),
            }
            yield event("message_delta", delta=ending, usage=usage)
            yield event("message_stop")
            return
