"""``POST /api/generate`` and ``POST /api/chat``."""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from .clock import now_rfc3339
from .completion import Completion, CompletionPlan, TimestampBytes, token_json
from .context import FakeContext, require_name
from .durations import DEFAULT_KEEP_ALIVE_NS
from .errors import ApiError, model_not_found
from .protocol import Body, JsonResponse, Request, Response, StreamResponse, check_options, encode
from .registry import ModelRecord
from .running import load_model, requested_keep_alive
from .stream_failure import failing
from .textgen import seed_of
from .tool_calls import plan_tool_calls

_THINK_LEVELS = ("high", "medium", "low", "max")
_BASE64_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


def parse_think(value: Any) -> bool | str | None:
    """``think`` as Ollama's ``ThinkValue`` accepts it (``None`` when absent)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value in _THINK_LEVELS:
            return value
        raise ApiError(
            400,
            f"invalid think value: {json.dumps(value)} "
            '(must be "high", "medium", "low", "max", true, or false)',
        )
    raise ApiError(400, 'think must be a boolean or string ("high", "medium", "low", "max", true, or false)')


def check_images(images: list[Any], field_path: str) -> None:
    """Images must be base64 strings (Go decodes them into bytes while binding)."""
    for image in images:
        if not isinstance(image, str):
            raise ApiError(
                400, f"json: cannot unmarshal {type(image).__name__} into Go struct field {field_path}"
            )
        bad = next((i for i, c in enumerate(image) if c not in _BASE64_ALPHABET), None)
        if bad is None:
            try:
                binascii.a2b_base64(image.encode())
            except binascii.Error:
                bad = len(image)
        if bad is not None:
            raise ApiError(400, f"illegal base64 data at input byte {bad}")


def check_format(value: Any) -> Any:
    """``format``: ``None`` (unset), ``"json"`` or a schema object; anything else fails like the runner."""
    if value is None or value == "":
        return None
    if value == "json" or isinstance(value, dict):
        return value
    raise ApiError(
        500, f'invalid format: {encode(value).decode()}; expected "json" or a valid JSON Schema object'
    )


class _Common:
    """Fields and checks shared by generate and chat."""

    def __init__(self, context: FakeContext, body: Body, endpoint: str) -> None:
        self.context = context
        self.model_text = body.string("model")
        self.stream = body.boolean("stream", True)
        self.options = body.mapping("options")
        self.think = parse_think(body.get("think"))
        self.keep_alive = requested_keep_alive(body)
        self.logprobs = body.boolean("logprobs")
        self.top_logprobs = body.integer("top_logprobs")
        self.format_value = body.get("format")
        body.boolean("truncate", True), body.boolean("shift", True)
        self.debug_render_only = body.boolean("_debug_render_only")
        self.endpoint = endpoint
        self.load_ns = 0

    def resolve(self, not_found_when_empty: bool) -> ModelRecord:
        if not self.model_text and not not_found_when_empty:
            raise ApiError(400, "model is required")
        name = require_name(self.model_text) if self.model_text else None
        if not 0 <= self.top_logprobs <= 20:
            raise ApiError(400, "top_logprobs must be between 0 and 20")
        record = self.context.state.get_model(name) if name else None
        if record is None:
            raise model_not_found(self.model_text)
        return record

    def check_capabilities(self, record: ModelRecord, needs: list[str]) -> bool:
        """Raise Ollama's 400s for missing capabilities; returns whether the answer includes thinking."""
        capabilities = record.capabilities
        if "completion" not in capabilities:
            raise ApiError(400, f'"{self.model_text}" does not support {self.endpoint}')
        for capability in needs:
            if capability not in capabilities:
                raise ApiError(400, f'"{self.model_text}" does not support {capability}')
        wants_thinking = bool(self.think) if self.think is not None else "thinking" in capabilities
        if self.think and "thinking" not in capabilities:
            raise ApiError(400, f'"{self.model_text}" does not support thinking')
        return wants_thinking and "thinking" in capabilities

    def plan(self, record: ModelRecord, seed_text: str, prompt_text: str, thinking: bool) -> CompletionPlan:
        stops = self.options.get("stop") or []
        num_predict = self.options.get("num_predict")
        seed_option = self.options.get("seed")
        num_ctx = self.options.get("num_ctx")
        return CompletionPlan(
            model=self.model_text,
            seed=seed_of(record.name.key, seed_text, seed_option if seed_option not in (None, -1) else ""),
            prompt_text=prompt_text,
            num_predict=int(num_predict) if isinstance(num_predict, (int, float)) else None,
            stops=[stop for stop in stops if isinstance(stop, str)],
            thinking=thinking,
            format_value=check_format(self.format_value),
            logprobs=self.logprobs or self.top_logprobs > 0,
            top_logprobs=self.top_logprobs,
            context_length=int(num_ctx) if isinstance(num_ctx, (int, float)) and num_ctx > 0 else 4096,
        )

    def load_only(self, record: ModelRecord, message_key: str) -> Response:
        """Empty prompt/messages: load (or with keep_alive 0 unload) and answer one JSON document."""
        load_model(self.context, record, self.keep_alive, self.options)
        document: dict[str, Any] = {"model": self.model_text, "created_at": now_rfc3339()}
        if message_key == "message":
            document["message"] = {"role": "assistant", "content": ""}
        else:
            document["response"] = ""
        document["done"] = True
        document["done_reason"] = "unload" if self.keep_alive == 0 else "load"
        return JsonResponse(200, document)

    def render_only(self, record: ModelRecord, rendered: str, images: int, message_key: str) -> Response:
        """``_debug_render_only``: the rendered prompt instead of a generation, as one JSON document
        whatever ``stream`` says (Ollama answers it with ``c.JSON``), with ``done: false``."""
        self.start(record)
        self.release(record)
        document: dict[str, Any] = {"model": self.model_text, "created_at": now_rfc3339()}
        if message_key == "message":
            document["message"] = {"role": "", "content": ""}
        else:
            document["response"] = ""
        document["done"] = False
        debug: dict[str, Any] = {"rendered_template": rendered}
        if images:
            debug["image_count"] = images
        document["_debug_info"] = debug
        return JsonResponse(200, document)

    def start(self, record: ModelRecord) -> None:
        """Load the model; with ``keep_alive: 0`` it stays loaded only while answering."""
        keep_alive = DEFAULT_KEEP_ALIVE_NS if self.keep_alive == 0 else self.keep_alive
        self.load_ns = load_model(self.context, record, keep_alive, self.options)

    def completion(self, plan: CompletionPlan) -> Completion:
        """The completion of `plan`, at the configured speed, after the load :meth:`start` waited for."""
        return Completion(plan, pacer=self.context.pacer(), load_ns=self.load_ns)

    def release(self, record: ModelRecord) -> None:
        """After answering: ``keep_alive: 0`` unloads the model."""
        if self.keep_alive == 0:
            self.context.state.unload(record.name)

    def then_release(self, lines: Iterator[bytes], record: ModelRecord) -> Iterator[bytes]:
        """``lines`` followed by :meth:`release` (also when they fail)."""
        try:
            yield from lines
        finally:
            self.release(record)

    def respond(
        self,
        record: ModelRecord,
        completion: Completion,
        lines: Callable[[Completion], Iterator[bytes]],
        aggregate: Callable[[Completion], dict[str, Any]],
    ) -> Response:
        """Stream the completion's lines, or answer its aggregate as one document; then release.

        With ``fail_streams_after`` set, a stream fails after that many lines, and an aggregate fails
        when its stream would have (a line per counted token and the final one).
        """
        failure = self.context.config.failing_streams()
        if self.stream:
            return StreamResponse(self.then_release(failing(lines(completion), failure), record))
        try:
            document = aggregate(completion)
            if failure is not None:
                failure.check_unstreamed(completion.eval_count + 1)
        finally:
            self.release(record)
        return JsonResponse(200, document)


# Prompt rendering (``_debug_render_only``) ----------------------------------------------------------------

_IF_BLOCK = re.compile(r"\{\{-? ?if \.(\w+) ?-?\}\}(.*?)\{\{-? ?end ?-?\}\}", re.DOTALL)
_FIELD = re.compile(r"\{\{-? ?\.(\w+) ?-?\}\}")
_RESPONSE = re.compile(r"\{\{-? ?\.Response ?-?\}\}")


def render_template(template: str, system: str, prompt: str, response: str | None = None) -> str:
    """A prompt template of the fake's models (``{{ if .X }}...{{ end }}`` and ``{{ .X }}`` only)
    filled in; without a `response` it stops where the answer would begin, as Ollama renders a prompt."""
    if response is None:
        cut = _RESPONSE.search(template)
        template = template[: cut.start()] if cut else template
    values = {"System": system, "Prompt": prompt, "Response": response or ""}
    text = _IF_BLOCK.sub(lambda match: match.group(2) if values.get(match.group(1)) else "", template)
    return _FIELD.sub(lambda match: values.get(match.group(1), ""), text)


def render_chat(record: ModelRecord, messages: list[dict[str, Any]]) -> str:
    """The messages rendered with the model's template, one system/user/assistant turn at a time."""
    system = record.system
    turns: list[tuple[str, str, str | None]] = []
    prompt = ""
    for message in [*record.messages, *messages]:
        role, content = str(message.get("role") or "").lower(), str(message.get("content") or "")
        if role == "system":
            system = content
        elif role == "assistant":
            turns.append((system, prompt, content))
            system = prompt = ""
        else:
            prompt = f"{prompt}\n\n{content}" if prompt else content
    if prompt or not turns:
        turns.append((system, prompt, None))
    return "".join(render_template(record.template, *turn) for turn in turns)


# Generate --------------------------------------------------------------------------------------------


def generate(context: FakeContext, request: Request) -> Response:
    """``POST /api/generate``."""
    body = Body.parse(request.body, "GenerateRequest")
    common = _Common(context, body, "generate")
    prompt = body.string("prompt")
    suffix, system, template = body.string("suffix"), body.string("system"), body.string("template")
    raw = body.boolean("raw")
    images = body.array("images", "[]api.ImageData")
    prior_context = body.array("context", "[]int")
    check_images(images, "GenerateRequest.images of type api.ImageData")
    record = common.resolve(not_found_when_empty=True)
    if raw and (template or system or prior_context):
        raise ApiError(400, "raw mode does not support template, system, or context")
    needs = (["insert"] if suffix else []) + (["vision"] if images else [])
    thinking = common.check_capabilities(record, needs)
    check_options(common.options)
    if not prompt and not images:
        return common.load_only(record, "response")
    if common.debug_render_only:
        rendered = (
            prompt if raw else render_template(template or record.template, system or record.system, prompt)
        )
        return common.render_only(record, rendered, len(images), "response")
    common.start(record)
    plan = common.plan(
        record, f"{system}\x1e{template}\x1e{prompt}\x1e{suffix}", f"{system} {prompt} {suffix}", thinking
    )
    plan.with_context = not raw
    plan.prompt_text += " x" * (len(prior_context) + 768 * len(images))
    return common.respond(record, common.completion(plan), _generate_lines, _aggregate_generate)


def _generate_lines(completion: Completion) -> Iterator[bytes]:
    plan = completion.plan
    prefix = b'{"model":' + token_json(plan.model) + b',"created_at":"'
    now = TimestampBytes.now
    count = completion.count
    for token in completion.thinking_tokens:
        count(token)
        yield b"".join((prefix, now(), b'","response":"","thinking":', token_json(token), b',"done":false}'))
    if plan.logprobs:
        for token in completion.content_tokens():
            count(token)
            chunk = {
                "model": plan.model,
                "created_at": now().decode(),
                "response": token,
                "done": False,
                "logprobs": [completion.logprob(token)],
            }
            yield encode(chunk)
    else:
        middle = b'","response":'
        suffix = b',"done":false}'
        for token in completion.content_tokens():
            count(token)
            yield b"".join((prefix, now(), middle, token_json(token), suffix))
    yield encode(_final_generate(completion, ""))


def _final_generate(completion: Completion, response: str) -> dict[str, Any]:
    document: dict[str, Any] = {
        "model": completion.plan.model,
        "created_at": now_rfc3339(),
        "response": response,
    }
    return {
        **document,
        "done": True,
        "done_reason": completion.done_reason,
        **_context_of(completion),
        **completion.metrics(),
    }


def _context_of(completion: Completion) -> dict[str, Any]:
    return {"context": completion.context()} if completion.plan.with_context else {}


def _aggregate_generate(completion: Completion) -> dict[str, Any]:
    thinking = "".join(completion.thinking_tokens)
    for token in completion.thinking_tokens:
        completion.count(token)
    pieces: list[str] = []
    logprobs: list[dict[str, Any]] = []
    for token in completion.content_tokens():
        completion.count(token)
        pieces.append(token)
        if completion.plan.logprobs:
            logprobs.append(completion.logprob(token))
    document = _final_generate(completion, "".join(pieces))
    if thinking:
        document = _insert_after(document, "response", "thinking", thinking)
    if completion.plan.logprobs:
        document["logprobs"] = logprobs
    return document


def _insert_after(document: dict[str, Any], anchor: str, key: str, value: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for existing, item in document.items():
        result[existing] = item
        if existing == anchor:
            result[key] = value
    return result


# Chat ------------------------------------------------------------------------------------------------


def _messages(body: Body) -> list[dict[str, Any]]:
    messages = body.array("messages", "[]api.Message")
    for message in messages:
        if not isinstance(message, dict):
            raise ApiError(
                400, "json: cannot unmarshal into Go struct field ChatRequest.messages of type api.Message"
            )
        for key in ("role", "content", "thinking", "tool_name", "tool_call_id"):
            value = message.get(key)
            if value is not None and not isinstance(value, str):
                kind = (
                    "number"
                    if isinstance(value, (int, float)) and not isinstance(value, bool)
                    else (
                        "bool"
                        if isinstance(value, bool)
                        else "array"
                        if isinstance(value, list)
                        else "object"
                    )
                )
                raise ApiError(
                    400,
                    f"json: cannot unmarshal {kind} into Go struct field "
                    f"ChatRequest.messages.{key} of type string",
                )
        images = message.get("images") or []
        if not isinstance(images, list):
            raise ApiError(400, "json: cannot unmarshal into Go struct field ChatRequest.messages.images")
        check_images(images, "ChatRequest.messages.images of type api.ImageData")
    return messages


def chat(context: FakeContext, request: Request) -> Response:
    """``POST /api/chat``."""
    body = Body.parse(request.body, "ChatRequest")
    common = _Common(context, body, "chat")
    messages = _messages(body)
    tools = body.array("tools", "api.Tools")
    record = common.resolve(not_found_when_empty=False)
    needs = (["tools"] if tools else []) + (["vision"] if any(m.get("images") for m in messages) else [])
    thinking = common.check_capabilities(record, needs)
    check_options(common.options)
    if not messages:
        return common.load_only(record, "message")
    if common.debug_render_only:
        images = sum(len(message.get("images") or []) for message in messages)
        return common.render_only(record, render_chat(record, messages), images, "message")
    common.start(record)
    text = " ".join(str(message.get("content") or "") for message in messages)
    plan = common.plan(record, json.dumps(messages, sort_keys=True), text, thinking)
    plan.with_context = False
    plan.tool_calls = plan_tool_calls(tools, messages)
    return common.respond(record, common.completion(plan), _chat_lines, _aggregate_chat)


def _chat_lines(completion: Completion) -> Iterator[bytes]:
    plan = completion.plan
    prefix = b'{"model":' + token_json(plan.model) + b',"created_at":"'
    now = TimestampBytes.now
    count = completion.count
    for token in completion.thinking_tokens:
        count(token)
        yield b"".join(
            (
                prefix,
                now(),
                b'","message":{"role":"assistant","content":"","thinking":',
                token_json(token),
                b'},"done":false}',
            )
        )
    if plan.tool_calls:
        count("<tool_call>")
        yield encode(
            {
                "model": plan.model,
                "created_at": now().decode(),
                "message": {"role": "assistant", "content": "", "tool_calls": plan.tool_calls},
                "done": False,
            }
        )
    if plan.logprobs:
        for token in completion.content_tokens():
            count(token)
            yield encode(
                {
                    "model": plan.model,
                    "created_at": now().decode(),
                    "message": {"role": "assistant", "content": token},
                    "done": False,
                    "logprobs": [completion.logprob(token)],
                }
            )
    else:
        middle = b'","message":{"role":"assistant","content":'
        suffix = b'},"done":false}'
        for token in completion.content_tokens():
            count(token)
            yield b"".join((prefix, now(), middle, token_json(token), suffix))
    yield encode(_final_chat(completion, {"role": "assistant", "content": ""}))


def _final_chat(completion: Completion, message: dict[str, Any]) -> dict[str, Any]:
    return {
        "model": completion.plan.model,
        "created_at": now_rfc3339(),
        "message": message,
        "done": True,
        "done_reason": completion.done_reason,
        **completion.metrics(),
    }


def _aggregate_chat(completion: Completion) -> dict[str, Any]:
    for token in completion.thinking_tokens:
        completion.count(token)
    pieces: list[str] = []
    logprobs: list[dict[str, Any]] = []
    for token in completion.content_tokens():
        completion.count(token)
        pieces.append(token)
        if completion.plan.logprobs:
            logprobs.append(completion.logprob(token))
    message: dict[str, Any] = {"role": "assistant", "content": "".join(pieces)}
    if completion.thinking_tokens:
        message["thinking"] = "".join(completion.thinking_tokens)
    if completion.plan.tool_calls:
        completion.count("<tool_call>")
        message["tool_calls"] = completion.plan.tool_calls
    document = _final_chat(completion, message)
    if completion.plan.logprobs:
        document["logprobs"] = logprobs
    return document
