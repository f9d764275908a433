"""`Observation`: the span and the measurements of one call, by the GenAI semantic conventions."""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, TypeVar
from urllib.parse import urlsplit

# The `otel` extra: without it installed, mypy sees these names as Any.
from opentelemetry import context as otel_context  # type: ignore[import-not-found,unused-ignore]
from opentelemetry import trace  # type: ignore[import-not-found,unused-ignore]
from opentelemetry.metrics import Histogram  # type: ignore[import-not-found,unused-ignore]
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer  # type: ignore[import-not-found,unused-ignore]

if TYPE_CHECKING:
    from .._http.call import Call

__all__ = ["Instruments", "Observation"]

R = TypeVar("R")

PROVIDER: Final = "ollama"

# Request fields (top level, or in the native ``options``) that have a GenAI attribute.
_REQUEST_ATTRIBUTES: Final[Mapping[str, str]] = {
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "top_k": "gen_ai.request.top_k",
    "seed": "gen_ai.request.seed",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "num_predict": "gen_ai.request.max_tokens",
    "max_tokens": "gen_ai.request.max_tokens",
    "max_output_tokens": "gen_ai.request.max_tokens",
    "stop": "gen_ai.request.stop_sequences",
    "stop_sequences": "gen_ai.request.stop_sequences",
    "dimensions": "gen_ai.embeddings.dimension.count",
}
# Where answers keep their token counts: Ollama's own names, then OpenAI's and Anthropic's usage.
_TAIL: Final = 3
"""A stream's chunks read at its end (with its first): where every route puts the model, the finish
reason and the usage (Ollama's final line; /v1's finish and usage chunks; Anthropic's message_delta)."""
_INPUT_COUNTS: Final = ("prompt_eval_count", "prompt_tokens", "input_tokens")
_OUTPUT_COUNTS: Final = ("eval_count", "completion_tokens", "output_tokens")


@dataclass(frozen=True, slots=True)
class Instruments:
    """The tracer and histograms in use (each None when its provider is not set)."""

    tracer: Tracer | None
    duration: Histogram | None
    tokens: Histogram | None


def _attribute_value(value: Any) -> Any:
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return list(value)
    return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text_parts(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "content": content}] if content else []
    if isinstance(content, list):  # OpenAI's or Anthropic's content parts
        return [
            {"type": "text", "content": part["text"]}
            for part in content
            if isinstance(part, Mapping) and isinstance(part.get("text"), str)
        ]
    return []


def _input_messages(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    messages = body.get("messages")
    if isinstance(messages, list):
        return [
            {"role": str(message.get("role", "user")), "parts": _text_parts(message.get("content"))}
            for message in messages
            if isinstance(message, Mapping)
        ]
    for key in ("prompt", "input"):
        value = body.get(key)
        if isinstance(value, str):
            return [{"role": "user", "parts": _text_parts(value)}]
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return [{"role": "user", "parts": _text_parts(item)} for item in value]
    return []


class Observation:
    """One call's span and measurements: entered when the request starts, fed the answer (or each
    chunk of a stream), exited when the call or the stream ends, however it ends."""

    __slots__ = (
        "_attributes",
        "_capture",
        "_ended",
        "_finish_reasons",
        "_first",
        "_input_tokens",
        "_instruments",
        "_output",
        "_output_tokens",
        "_response_id",
        "_response_model",
        "_span",
        "_started",
        "_tail",
        "_token",
        "operation",
    )

    def __init__(
        self,
        instruments: Instruments,
        operation: str,
        call: Call[Any],
        base_url: str,
        *,
        capture_content: bool,
    ) -> None:
        self._instruments = instruments
        self.operation = operation
        self._capture = capture_content
        body: Mapping[str, Any] = call.json or {}
        model = body.get("model")
        parts = urlsplit(base_url)
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": operation,
            "gen_ai.provider.name": PROVIDER,
            "server.address": parts.hostname or "",
            "server.port": parts.port or (443 if parts.scheme == "https" else 80),
        }
        if isinstance(model, str):
            attributes["gen_ai.request.model"] = model
        for source in (body, body.get("options")):
            if isinstance(source, Mapping):
                for key, name in _REQUEST_ATTRIBUTES.items():
                    value = _attribute_value(source.get(key))
                    if value is not None:
                        attributes[name] = (
                            [value] if name.endswith("stop_sequences") and isinstance(value, str) else value
                        )
        output_format = body.get("format") or body.get("response_format")
        if output_format:
            wants_json = not isinstance(output_format, Mapping) or output_format.get("type") != "text"
            attributes["gen_ai.output.type"] = "json" if wants_json else "text"
        if capture_content:
            messages = _input_messages(body)
            if messages:
                attributes["gen_ai.input.messages"] = json.dumps(messages, ensure_ascii=False)
        self._attributes = attributes
        self._span: Span | None = None
        self._token: Any = None  # the attached context's token (a contextvars.Token)
        self._started = 0.0
        self._ended = False
        self._response_model: str | None = None
        self._response_id: str | None = None
        self._finish_reasons: list[str] = []
        self._input_tokens: int | None = None
        self._output_tokens: int | None = None
        self._output: list[str] = []
        self._first: Any = None
        self._tail: deque[Any] = deque(maxlen=_TAIL)
        call.on_retry = self.retry

    # --- the call's life -------------------------------------------------------------------------

    def __enter__(self) -> Observation:
        self._started = time.perf_counter()
        tracer = self._instruments.tracer
        if tracer is not None:
            model = self._attributes.get("gen_ai.request.model")
            name = f"{self.operation} {model}" if model else self.operation
            self._span = tracer.start_span(name, kind=SpanKind.CLIENT, attributes=self._attributes)
        return self

    def activate(self) -> None:
        """Make the span the current one (for a call that runs in one piece: not a stream)."""
        if self._span is not None:
            self._token = otel_context.attach(trace.set_span_in_context(self._span))

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._token is not None:
            otel_context.detach(self._token)
            self._token = None
        failed = exc if isinstance(exc, Exception) else None  # GeneratorExit: a stream closed early
        self._end(failed)

    def retry(self, attempt: int, error: Exception) -> None:
        """A retry is about to wait: a ``retry`` event on the span."""
        if self._span is not None:
            self._span.add_event("retry", {"retry.attempt": attempt, "error.type": type(error).__qualname__})

    def answer(self, result: R) -> R:
        """Read a whole answer (returned unchanged)."""
        self._absorb(result)
        return result

    def chunk(self, chunk: Any) -> None:
        """Take one chunk of a stream: kept (the first and the last few, read at the end) unless
        content is captured, which needs every chunk's text now."""
        if self._capture:
            self._absorb(chunk)
            return
        if self._first is None:
            self._first = chunk
        self._tail.append(chunk)

    # --- reading answers ---------------------------------------------------------------------------

    def _absorb(self, item: Any) -> None:
        if item is None or isinstance(item, (str, bytes, int)):
            return
        for source in (item, getattr(item, "message", None), getattr(item, "response", None)):
            if source is None or isinstance(source, (str, bytes)):
                continue
            model = getattr(source, "model", None)
            if isinstance(model, str) and model:
                self._response_model = model
            response_id = getattr(source, "id", None)
            if isinstance(response_id, str) and response_id:
                self._response_id = response_id
            for name in ("done_reason", "stop_reason"):
                reason = getattr(source, name, None)
                if isinstance(reason, str) and reason:
                    self._finish_reasons = [reason]
            self._counts(source)
            self._counts(getattr(source, "usage", None))
        delta = getattr(item, "delta", None)  # Anthropic's message_delta event
        if delta is not None and not isinstance(delta, str):
            reason = getattr(delta, "stop_reason", None)
            if isinstance(reason, str) and reason:
                self._finish_reasons = [reason]
        choices = getattr(item, "choices", None)
        if isinstance(choices, list):
            reasons = [c.finish_reason for c in choices if isinstance(getattr(c, "finish_reason", None), str)]
            if reasons:
                self._finish_reasons = reasons
            if self._capture and choices:
                first = choices[0]
                text = getattr(
                    getattr(first, "message", None) or getattr(first, "delta", None), "content", None
                )
                if isinstance(text, str):
                    self._output.append(text)
        elif self._capture:
            self._capture_text(item)

    def _counts(self, source: Any) -> None:
        if source is None:
            return
        for name in _INPUT_COUNTS:
            value = _int(getattr(source, name, None))
            if value is not None:
                self._input_tokens = value
        for name in _OUTPUT_COUNTS:
            value = _int(getattr(source, name, None))
            if value is not None:
                self._output_tokens = value

    def _capture_text(self, item: Any) -> None:
        blocks = getattr(item, "content", None)  # an Anthropic message: a list of content blocks
        if isinstance(blocks, list):
            self._output.extend(
                text for block in blocks if isinstance(text := getattr(block, "text", None), str)
            )
            return
        message = getattr(item, "message", None)
        text = getattr(message, "content", None) if message is not None else getattr(item, "response", None)
        if text is None:
            delta = getattr(item, "delta", None)
            text = getattr(delta, "text", None) or getattr(item, "delta", None)
        if isinstance(text, str):
            self._output.append(text)

    # --- the end -----------------------------------------------------------------------------------

    def _end(self, error: Exception | None) -> None:
        if self._ended:
            return
        self._ended = True
        if self._first is not None:
            for item in (self._first, *self._tail):
                self._absorb(item)
        metric_attributes: dict[str, Any] = {
            key: self._attributes[key]
            for key in (
                "gen_ai.operation.name",
                "gen_ai.provider.name",
                "gen_ai.request.model",
                "server.address",
                "server.port",
            )
            if key in self._attributes
        }
        if self._response_model is not None:
            metric_attributes["gen_ai.response.model"] = self._response_model
        error_type = type(error).__qualname__ if error is not None else None
        span = self._span
        if span is not None:
            if self._response_model is not None:
                span.set_attribute("gen_ai.response.model", self._response_model)
            if self._response_id is not None:
                span.set_attribute("gen_ai.response.id", self._response_id)
            if self._finish_reasons:
                span.set_attribute("gen_ai.response.finish_reasons", self._finish_reasons)
            if self._input_tokens is not None:
                span.set_attribute("gen_ai.usage.input_tokens", self._input_tokens)
            if self._output_tokens is not None:
                span.set_attribute("gen_ai.usage.output_tokens", self._output_tokens)
            if self._capture and self._output:
                output = [
                    {
                        "role": "assistant",
                        "parts": [{"type": "text", "content": "".join(self._output)}],
                        "finish_reason": self._finish_reasons[0] if self._finish_reasons else "",
                    }
                ]
                span.set_attribute("gen_ai.output.messages", json.dumps(output, ensure_ascii=False))
            if error is not None:
                span.set_attribute("error.type", error_type or "")
                span.record_exception(error)
                span.set_status(Status(StatusCode.ERROR, str(error)))
            span.end()
        if error_type is not None:
            metric_attributes["error.type"] = error_type
        if self._instruments.duration is not None:
            self._instruments.duration.record(time.perf_counter() - self._started, metric_attributes)
        tokens = self._instruments.tokens
        if tokens is not None and error is None:
            if self._input_tokens is not None:
                tokens.record(self._input_tokens, {**metric_attributes, "gen_ai.token.type": "input"})
            if self._output_tokens is not None:
                tokens.record(self._output_tokens, {**metric_attributes, "gen_ai.token.type": "output"})
