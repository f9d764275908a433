"""Scratch prototypes of faster hot paths, measured by `bench.profile`; not used by the client.

`fast_message` / `fast_chat_response` are what the ``model.py.jinja`` template could generate for
``from_dict``, with the same results as the generated code (same classes, same fields, unknown keys
in ``additional_properties``, unknown enum values kept as strings, missing required keys raising
``KeyError``):

- no imports inside ``from_dict`` (each ``from ..models.x import X`` in a function costs ~1 us a call;
  resolve them once, e.g. into a module global on first use);
- no nested ``_parse_x`` function per call, and enums looked up in ``_value2member_map_`` instead of
  ``Enum(value)`` inside try/except;
- no ``dict(src_dict)`` copy plus one ``pop`` per field: ``get`` each field and build
  ``additional_properties`` only when the line has keys the schema does not declare.

`stream_lines` is the transport loop with the one-line-per-chunk fast path inlined (as ``iter_ndjson``
already does) and the model builder bound once, instead of ``NDJSONDecoder.feed`` + ``Call.parse``
per chunk.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import httpx

from ollama_openapi._ndjson import NDJSONDecoder, is_done
from ollama_openapi_generated.models.chat_response import ChatResponse
from ollama_openapi_generated.models.done_reason import DoneReason
from ollama_openapi_generated.models.message import Message
from ollama_openapi_generated.models.role import Role
from ollama_openapi_generated.types import UNSET, parse_datetime

__all__ = ["astream_lines", "fast_chat_response", "fast_message", "stream_lines"]

_MESSAGE_KEYS = frozenset(
    ("role", "content", "thinking", "images", "tool_calls", "tool_name", "tool_call_id")
)
_CHAT_KEYS = frozenset(
    (
        "model",
        "created_at",
        "message",
        "done",
        "remote_model",
        "remote_host",
        "done_reason",
        "_debug_info",
        "logprobs",
        "total_duration",
        "load_duration",
        "prompt_eval_count",
        "prompt_eval_duration",
        "eval_count",
        "eval_duration",
    )
)
_ROLES: dict[Any, Any] = Role._value2member_map_
_DONE_REASONS: dict[Any, Any] = DoneReason._value2member_map_


def _extras(src: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    if src.keys() <= known:
        return {}
    return {key: value for key, value in src.items() if key not in known}


def fast_message(src: Mapping[str, Any]) -> Message:
    """`Message.from_dict` without the per-call overheads (tool calls fall back to the generated code)."""
    if "tool_calls" in src:
        return Message.from_dict(src)
    role = src["role"]
    get = src.get
    message = Message(
        role=_ROLES.get(role, role) if type(role) is str else role,
        content=get("content", UNSET),
        thinking=get("thinking", UNSET),
        images=get("images", UNSET),
        tool_name=get("tool_name", UNSET),
        tool_call_id=get("tool_call_id", UNSET),
    )
    message.additional_properties = _extras(src, _MESSAGE_KEYS)
    return message


def fast_chat_response(src: Mapping[str, Any]) -> ChatResponse:
    """`ChatResponse.from_dict` without the per-call overheads (rare fields fall back to generated code)."""
    if "logprobs" in src or "_debug_info" in src:
        return ChatResponse.from_dict(src)
    get = src.get
    done_reason = get("done_reason", UNSET)
    if type(done_reason) is str:
        done_reason = _DONE_REASONS.get(done_reason, done_reason)
    response = ChatResponse(
        model=src["model"],
        created_at=parse_datetime(src["created_at"]),
        message=fast_message(src["message"]),
        done=src["done"],
        remote_model=get("remote_model", UNSET),
        remote_host=get("remote_host", UNSET),
        done_reason=done_reason,
        total_duration=get("total_duration", UNSET),
        load_duration=get("load_duration", UNSET),
        prompt_eval_count=get("prompt_eval_count", UNSET),
        prompt_eval_duration=get("prompt_eval_duration", UNSET),
        eval_count=get("eval_count", UNSET),
        eval_duration=get("eval_duration", UNSET),
    )
    response.additional_properties = _extras(src, _CHAT_KEYS)
    return response


def stream_lines(
    http: httpx.Client, path: str, body: dict[str, Any], build: Callable[[Any], Any]
) -> Iterator[Any]:
    """POST `body` and yield ``build(line)`` per NDJSON line until ``"done": true``."""
    with http.stream("POST", path, json=body) as response:
        decoder = NDJSONDecoder(final=is_done)
        loads = json.loads
        newline = b"\n"
        for chunk in response.iter_raw():
            if not decoder._pending and chunk.find(newline) == len(chunk) - 1:
                item = loads(chunk)
                if type(item) is dict and "error" in item:
                    decoder._raise_in_band(item)
                yield build(item)
                if item.get("done") is True:
                    return
                continue
            for item in decoder.feed(chunk):
                yield build(item)
            if decoder.finished:
                return
        for item in decoder.finish():
            yield build(item)


async def astream_lines(
    http: httpx.AsyncClient, path: str, body: dict[str, Any], build: Callable[[Any], Any]
) -> AsyncIterator[Any]:
    """The asynchronous twin of `stream_lines`."""
    async with http.stream("POST", path, json=body) as response:
        decoder = NDJSONDecoder(final=is_done)
        loads = json.loads
        newline = b"\n"
        async for chunk in response.aiter_raw():
            if not decoder._pending and chunk.find(newline) == len(chunk) - 1:
                item = loads(chunk)
                if type(item) is dict and "error" in item:
                    decoder._raise_in_band(item)
                yield build(item)
                if item.get("done") is True:
                    return
                continue
            for item in decoder.feed(chunk):
                yield build(item)
            if decoder.finished:
                return
        for item in decoder.finish():
            yield build(item)
