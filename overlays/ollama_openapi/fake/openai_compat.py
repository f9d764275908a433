"""The OpenAI-compatible routes (all but ``/v1/responses``): chat completions, completions, embeddings,
models, and audio transcriptions, translated to and from the fake's native handlers as Ollama does.
"""

from __future__ import annotations

import base64
import functools
import struct
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from . import embeddings as native_embeddings
from . import inference
from .compat import (
    arguments_json,
    call_native,
    converted_errors,
    find_model,
    go_kind,
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
from .names import parse_model_name
from .protocol import Body, EmptyResponse, JsonResponse, Request, Response, TextResponse
from .sse import DONE_EVENT, data_event, sse_response
from .textgen import seed_of, words

__all__ = [
    "chat_completions",
    "completions",
    "embeddings",
    "list_models",
    "openai_tool_calls",
    "retrieve_model",
    "transcript",
    "transcriptions",
]

FINGERPRINT = "fp_ollama"

Endpoint = Callable[[FakeContext, Request], Response]


def _openai_errors(handler: Endpoint) -> Endpoint:
    """Answer every error of `handler` in OpenAI's shape."""

    @functools.wraps(handler)
    def wrapped(context: FakeContext, request: Request) -> Response:
        try:
            return handler(context, request)
        except ApiError as error:
            raise openai_error(error) from None

    return wrapped


def _usage(chunk: dict[str, Any]) -> dict[str, int]:
    prompt = int(chunk.get("prompt_eval_count") or 0)
    completion = int(chunk.get("eval_count") or 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _include_usage(body: Body) -> bool:
    options = body.mapping("stream_options", "openai.StreamOptions")
    return options.get("include_usage") is True


def _stop_list(value: Any, strict: bool) -> list[str] | None:
    """``stop`` as a list: a string, or the strings of an array (`strict`: a non-string item is a 400)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        if strict:
            for item in value:
                if not isinstance(item, str):
                    raise ApiError(400, f"invalid type for 'stop' field: {go_kind(item)}")
        return [item for item in value if isinstance(item, str)]
    return None


def _number(body: Body, key: str) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        kind = {bool: "bool", str: "string", list: "array", dict: "object"}.get(type(value), "value")
        raise ApiError(
            400, f"json: cannot unmarshal {kind} into Go struct field {body.type_name}.{key} of type float64"
        )
    return float(value)


# Chat completions ---------------------------------------------------------------------------------


def _content_messages(role: str, content: Any) -> list[dict[str, Any]]:
    """The native messages of one OpenAI message's content: each text and image part is its own."""
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    if content is None:
        return [{"role": role, "content": ""}]
    if not isinstance(content, list):
        raise ApiError(400, f"invalid message content type: {go_kind(content)}")
    messages: list[dict[str, Any]] = []
    for part in content:
        part_type = part.get("type") if isinstance(part, dict) else None
        if part_type == "text" and isinstance(part.get("text"), str):
            messages.append({"role": role, "content": part["text"]})
        elif part_type == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            if not isinstance(url, str):
                raise ApiError(400, "invalid message format")
            messages.append({"role": role, "content": "", "images": [image_from_url(url)]})
        elif part_type == "input_audio":
            audio = part.get("input_audio")
            if not isinstance(audio, dict):
                raise ApiError(400, "invalid input_audio format")
            data = audio.get("data")
            if not isinstance(data, str):
                raise ApiError(400, "invalid input_audio format: missing data")
            try:
                base64.b64decode(data, validate=True)
            except ValueError as error:
                raise ApiError(400, f"invalid input_audio base64 data: {error}") from None
            messages.append({"role": role, "content": "", "images": [data]})
        else:
            raise ApiError(400, "invalid message format")
    return messages


def _chat_messages(raw: list[Any]) -> list[dict[str, Any]]:
    if not raw:
        raise ApiError(400, "[] is too short - 'messages'")
    messages: list[dict[str, Any]] = []
    for message in raw:
        if not isinstance(message, dict):
            raise ApiError(400, "invalid message format")
        role = str(message.get("role") or "")
        content = message.get("content")
        if content is None and not message.get("tool_calls"):
            raise ApiError(400, "invalid message content type: <nil>")
        produced = _content_messages(role, content)
        if not produced:
            continue  # an empty list of parts gives no message at all
        last = produced[-1]
        if isinstance(message.get("reasoning"), str) and message["reasoning"]:
            last["thinking"] = message["reasoning"]
        calls = []
        for call in message.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if not isinstance(function, dict):
                raise ApiError(400, "invalid tool call arguments")
            try:
                arguments = Body.parse(str(function.get("arguments") or "").encode(), "arguments").data
            except ApiError:
                raise ApiError(400, "invalid tool call arguments") from None
            calls.append(
                {
                    "id": call.get("id") or "",
                    "function": {"name": function.get("name") or "", "arguments": arguments},
                }
            )
        if calls:
            last["tool_calls"] = calls
        if role == "tool":
            name = message.get("name") or _tool_name(messages, message.get("tool_call_id"))
            if name:
                last["tool_name"] = name
            if message.get("tool_call_id"):
                last["tool_call_id"] = message["tool_call_id"]
        messages.extend(produced)
    return messages


def _tool_name(messages: list[dict[str, Any]], call_id: Any) -> str:
    """The name of the latest earlier assistant tool call with this id."""
    for message in reversed(messages):
        for call in message.get("tool_calls") or []:
            if call.get("id") == call_id:
                return str(call["function"]["name"])
    return ""


def _format_of(response_format: dict[str, Any]) -> Any:
    kind = str(response_format.get("type") or "").strip().lower()
    if kind == "json_object":
        return "json"
    if kind == "json_schema":
        schema = (response_format.get("json_schema") or {}).get("schema")
        return schema if schema is not None else None
    return None


def _think_of(body: Body) -> bool | str | None:
    if "reasoning" in body.data and body.get("reasoning") is not None:
        return think_from_effort(str(body.mapping("reasoning", "openai.Reasoning").get("effort") or ""))
    return think_from_effort(body.string("reasoning_effort"))


def _native_chat_request(body: Body) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if body.has("max_tokens") and native_budget(body.integer("max_tokens")) is not None:
        options["num_predict"] = body.integer("max_tokens")
    if body.has("seed"):
        options["seed"] = body.integer("seed")
    stop = _stop_list(body.get("stop"), strict=False)
    if stop is not None:
        options["stop"] = stop
    for key in ("frequency_penalty", "presence_penalty"):
        value = _number(body, key)
        if value is not None:
            options[key] = value
    temperature, top_p = _number(body, "temperature"), _number(body, "top_p")
    options["temperature"] = 1.0 if temperature is None else temperature
    options["top_p"] = 1.0 if top_p is None else top_p
    native: dict[str, Any] = {
        "model": body.string("model"),
        "messages": _chat_messages(body.array("messages", "[]openai.Message")),
        "stream": body.boolean("stream"),
        "options": options,
    }
    response_format = body.mapping("response_format", "openai.ResponseFormat")
    if response_format and _format_of(response_format) is not None:
        native["format"] = _format_of(response_format)
    tools = body.array("tools", "[]api.Tool")
    if tools:
        native["tools"] = tools
    think = _think_of(body)
    if think is not None:
        native["think"] = think
    if body.boolean("logprobs"):
        native["logprobs"] = True
    if body.has("top_logprobs"):
        native["top_logprobs"] = body.integer("top_logprobs")
    if body.boolean("_debug_render_only"):
        native["_debug_render_only"] = True
    return native


def openai_tool_calls(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Native tool calls in OpenAI's shape, with their arguments as JSON text."""
    return [
        {
            "id": call.get("id") or "",
            "index": (call.get("function") or {}).get("index", position),
            "type": "function",
            "function": {
                "name": (call.get("function") or {}).get("name") or "",
                "arguments": arguments_json(call),
            },
        }
        for position, call in enumerate(calls)
    ]


@_openai_errors
def chat_completions(context: FakeContext, request: Request) -> Response:
    """``POST /v1/chat/completions``."""
    body = parse_body(request, "openai.ChatCompletionRequest")
    native = _native_chat_request(body)
    response = call_native(inference.chat, context, "/api/chat", native)
    if native["stream"]:
        chunks = _chat_chunks(native_chunks(response), _include_usage(body))
        return sse_response(converted_errors(chunks, openai_error))
    document = native_document(response)
    message = document.get("message") or {}
    reply: dict[str, Any] = {"role": message.get("role", ""), "content": message.get("content", "")}
    if message.get("thinking"):
        reply["reasoning"] = message["thinking"]
    if message.get("tool_calls"):
        reply["tool_calls"] = openai_tool_calls(message["tool_calls"])
    finish = document.get("done_reason") or None
    if finish == "stop" and message.get("tool_calls"):
        finish = "tool_calls"
    choice: dict[str, Any] = {"index": 0, "message": reply, "finish_reason": finish}
    if document.get("logprobs"):
        choice["logprobs"] = {"content": document["logprobs"]}
    answer: dict[str, Any] = {
        "id": f"chatcmpl-{random_number(999)}",
        "object": "chat.completion",
        "created": now_seconds(),
        "model": document.get("model", native["model"]),
        "system_fingerprint": FINGERPRINT,
        "choices": [choice],
        "usage": _usage(document),
    }
    if "_debug_info" in document:
        answer["_debug_info"] = document["_debug_info"]
    return JsonResponse(200, answer)


def _chat_chunks(chunks: Iterator[dict[str, Any]], include_usage: bool) -> Iterator[bytes]:
    """Ollama's ``ChatWriter``: native chat chunks as ``chat.completion.chunk`` events."""
    identifier = f"chatcmpl-{random_number(999)}"
    created = 0
    first = True
    tool_called = False

    def event(model: str, choices: list[Any], usage: dict[str, int] | None = None) -> bytes:
        document: dict[str, Any] = {
            "id": identifier,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": FINGERPRINT,
            "choices": choices,
        }
        if usage is not None:
            document["usage"] = usage
        return data_event(document)

    def choice(delta: dict[str, Any], logprobs: Any = None) -> list[Any]:
        entry: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": None}
        if logprobs:
            entry["logprobs"] = {"content": logprobs}
        return [entry]

    for chunk in chunks:
        if not created:
            created = now_seconds()  # pinned for the whole stream
        model = str(chunk.get("model") or "")
        message = chunk.get("message") or {}
        thinking, content = message.get("thinking") or "", message.get("content") or ""
        calls = message.get("tool_calls") or []
        done = bool(chunk.get("done"))
        # The final native chunk says nothing new, unless it is the only one (a role chunk then).
        if not done or first or thinking or content or calls:
            role = {"role": "assistant"} if first else {}
            first = False
            if thinking and (content or calls):
                yield event(model, choice({**role, "reasoning": thinking}, chunk.get("logprobs")))
                delta: dict[str, Any] = {"content": content}
                if calls:
                    delta["tool_calls"] = openai_tool_calls(calls)
                yield event(model, choice(delta))
            else:
                delta = {**role, "content": content}
                if thinking:
                    delta["reasoning"] = thinking
                if calls:
                    delta["tool_calls"] = openai_tool_calls(calls)
                yield event(model, choice(delta, chunk.get("logprobs")))
            tool_called = tool_called or bool(calls)
        if done:
            finish = chunk.get("done_reason") or "stop"
            if finish == "stop" and tool_called:
                finish = "tool_calls"
            yield event(model, [{"index": 0, "delta": {}, "finish_reason": finish}])
            if include_usage:
                yield event(model, [], _usage(chunk))
            yield DONE_EVENT
            return


# Completions --------------------------------------------------------------------------------------


@_openai_errors
def completions(context: FakeContext, request: Request) -> Response:
    """``POST /v1/completions``."""
    body = parse_body(request, "CompletionRequest")
    options: dict[str, Any] = {
        "frequency_penalty": _number(body, "frequency_penalty") or 0.0,
        "presence_penalty": _number(body, "presence_penalty") or 0.0,
    }
    if body.has("max_tokens") and native_budget(body.integer("max_tokens")) is not None:
        options["num_predict"] = body.integer("max_tokens")
    if body.has("seed"):
        options["seed"] = body.integer("seed")
    stop = _stop_list(body.get("stop"), strict=True)
    if stop is not None:
        options["stop"] = stop
    temperature = _number(body, "temperature")
    options["temperature"] = 1.0 if temperature is None else temperature
    options["top_p"] = _number(body, "top_p") or 1.0
    native: dict[str, Any] = {
        "model": body.string("model"),
        "prompt": body.string("prompt"),
        "stream": body.boolean("stream"),
        "options": options,
    }
    if body.string("suffix"):
        native["suffix"] = body.string("suffix")
    logprobs = body.integer("logprobs")
    if logprobs > 0:
        native["logprobs"], native["top_logprobs"] = True, logprobs
    if body.boolean("_debug_render_only"):
        native["_debug_render_only"] = True
    response = call_native(inference.generate, context, "/api/generate", native)
    if native["stream"]:
        chunks = _completion_chunks(native_chunks(response), _include_usage(body))
        return sse_response(converted_errors(chunks, openai_error))
    document = native_document(response)
    return JsonResponse(
        200,
        {
            "id": f"cmpl-{random_number(999)}",
            "object": "text_completion",
            "created": now_seconds(),
            "model": document.get("model", native["model"]),
            "system_fingerprint": FINGERPRINT,
            "choices": [
                {
                    "text": document.get("response", ""),
                    "index": 0,
                    "finish_reason": document.get("done_reason") or None,
                }
            ],
            "usage": _usage(document),
        },
    )


def _completion_chunks(chunks: Iterator[dict[str, Any]], include_usage: bool) -> Iterator[bytes]:
    """Ollama's ``CompleteWriter``: one ``text_completion`` event per native generate chunk."""
    identifier = f"cmpl-{random_number(999)}"
    zero = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    for chunk in chunks:
        done = bool(chunk.get("done"))
        created = now_seconds()
        document: dict[str, Any] = {
            "id": identifier,
            "object": "text_completion",
            "created": created,
            "choices": [
                {
                    "text": chunk.get("response") or "",
                    "index": 0,
                    "finish_reason": (chunk.get("done_reason") or None) if done else None,
                }
            ],
            "model": str(chunk.get("model") or ""),
            "system_fingerprint": FINGERPRINT,
        }
        if include_usage:
            document["usage"] = zero
        yield data_event(document)
        if done and "_debug_info" not in chunk:
            if include_usage:
                yield data_event({**document, "choices": [], "usage": _usage(chunk)})
            yield DONE_EVENT
            return


# Embeddings ---------------------------------------------------------------------------------------


def _embedding_inputs(value: Any) -> list[Any]:
    if value is None or value == []:
        raise ApiError(400, "invalid input")
    if value == "":
        return [""]
    return value if isinstance(value, list) else [value]


def _base64_floats(vector: list[float]) -> str:
    """A vector as the base64 of its little-endian float32 bytes (OpenAI's ``encoding_format=base64``)."""
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()


@_openai_errors
def embeddings(context: FakeContext, request: Request) -> Response:
    """``POST /v1/embeddings``."""
    body = parse_body(request, "openai.EmbedRequest")
    model = body.string("model")
    encoding = body.string("encoding_format").lower()
    if encoding not in ("", "float", "base64"):
        raise ApiError(
            400,
            f"Invalid value for 'encoding_format' = {body.string('encoding_format')}. "
            "Supported values: ['float', 'base64'].",
        )
    inputs = _embedding_inputs(body.get("input"))
    native: dict[str, Any] = {"model": model, "input": inputs}
    dimensions = body.integer("dimensions")
    record = find_model(context, model)
    if dimensions > 0 and (record is None or dimensions < record.profile.embedding_length):
        native["dimensions"] = dimensions
    document = native_document(call_native(native_embeddings.embed, context, "/api/embed", native))
    vectors = document.get("embeddings") or []
    data = [
        {
            "object": "embedding",
            "embedding": _base64_floats(vector) if encoding == "base64" else vector,
            "index": index,
        }
        for index, vector in enumerate(vectors)
    ]
    tokens = int(document.get("prompt_eval_count") or 0)
    return JsonResponse(
        200,
        {
            "object": "list",
            "data": data or None,
            "model": model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        },
    )


# Models -------------------------------------------------------------------------------------------


def _model(identifier: str, namespace: str, modified_at_ns: int) -> dict[str, Any]:
    return {
        "id": identifier,
        "object": "model",
        "created": modified_at_ns // 1_000_000_000,
        "owned_by": namespace,
    }


@_openai_errors
def list_models(context: FakeContext, request: Request) -> Response:
    """``GET /v1/models``: ``data`` is null, not empty, without models."""
    models = [
        _model(record.name.display, record.name.namespace, record.modified_at_ns)
        for record in context.state.list_models()
    ]
    return JsonResponse(200, {"object": "list", "data": models or None})


@_openai_errors
def retrieve_model(context: FakeContext, request: Request) -> Response:
    """``GET /v1/models/{model}``: ``id`` repeats the path as given."""
    given = request.path_params["model"]
    parsed = parse_model_name(given)
    if parsed is None:
        raise ApiError(400, "invalid model name")
    record = context.state.get_model(parsed)
    if record is None:
        raise ApiError(404, f"model '{parsed.display}' not found")
    return JsonResponse(200, _model(given, record.name.namespace, record.modified_at_ns))


# Audio transcriptions -----------------------------------------------------------------------------


def _form(request: Request) -> dict[str, tuple[bytes, bool]]:
    """The fields of a multipart form: name -> (value, whether it was a file part)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise ApiError(400, "failed to parse multipart form: request Content-Type isn't multipart/form-data")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + request.body
    )
    if not message.is_multipart():
        raise ApiError(400, "failed to parse multipart form: no multipart boundary param in Content-Type")
    fields: dict[str, tuple[bytes, bool]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or name in fields:
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        fields[name] = (data, part.get_param("filename", header="content-disposition") is not None)
    return fields


def _text(fields: dict[str, tuple[bytes, bool]], name: str) -> str:
    value, is_file = fields.get(name, (b"", False))
    return "" if is_file else value.decode("utf-8", "replace")


def transcript(audio: bytes, language: str, prompt: str) -> str:
    """The fake's deterministic transcript of `audio`: sentence-like words seeded from its bytes."""
    seed = seed_of("transcribe", audio, language, prompt)
    return "".join(words(seed, 6 + seed % 10)).strip()


@_openai_errors
def transcriptions(context: FakeContext, request: Request) -> Response:
    """``POST /v1/audio/transcriptions``: a chat model writes down the audio (multipart form)."""
    fields = _form(request)
    model = _text(fields, "model")
    if not model:
        raise ApiError(400, "model is required")
    audio, is_file = fields.get("file", (b"", False))
    if not is_file:
        raise ApiError(400, "file is required: http: no such file")
    if not audio:
        raise ApiError(400, "audio file is empty")
    language, prompt = _text(fields, "language"), _text(fields, "prompt")
    parsed = parse_model_name(model)
    if parsed is None:
        raise ApiError(400, "invalid model name")
    record = context.state.get_model(parsed)
    if record is None:
        raise ApiError(404, f"model '{model}' not found")
    if "completion" not in record.capabilities:
        raise ApiError(400, f'"{model}" does not support chat')
    failure = context.config.failing_streams()
    if failure is not None:
        if failure.after == 0 or failure.mode == "cut":
            raise failure.exception()
        return EmptyResponse(200)  # the aggregated text is never written
    text = transcript(audio, language, prompt)
    if _text(fields, "response_format") == "text":
        return TextResponse(200, text)
    return JsonResponse(200, {"text": text})
