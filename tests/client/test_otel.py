"""OpenTelemetry: spans and histograms by the GenAI semantic conventions, recorded with the SDK's
in-memory exporter and reader (sync and async, whole and streamed answers, native and ``/v1`` routes),
and nothing at all without a provider or without the ``otel`` extra."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from ollama_openapi import _telemetry, errors, otel
from ollama_openapi._http.call import Call
from ollama_openapi._settings import ClientSettings
from ollama_openapi.spec import operation

from .conftest import Fake
from .twins import Api, make_client, set_retry

pytestmark = pytest.mark.timeout(60)

HI = [{"role": "user", "content": "Why is the sky blue?"}]


class Recorder:
    """The SDK's in-memory span exporter and metric reader, plugged in with `otel.configure`."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.tracer_provider = tracer_provider
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def only_span(self) -> ReadableSpan:
        [span] = self.spans()
        return span

    def points(self, name: str) -> list[tuple[dict[str, Any], int, float]]:
        data = self.reader.get_metrics_data()
        found: list[tuple[dict[str, Any], int, float]] = []
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == name:
                        points: list[Any] = list(metric.data.data_points)
                        found.extend(
                            (dict(point.attributes or {}), point.count, point.sum) for point in points
                        )
        return found


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    recorder = Recorder()
    otel.configure(tracer_provider=recorder.tracer_provider, meter_provider=recorder.meter_provider)
    yield recorder
    otel.configure()


def _common(span: ReadableSpan, fake: Fake, operation_name: str, model: str = "llama3.2") -> dict[str, Any]:
    attributes = dict(span.attributes or {})
    assert span.name == f"{operation_name} {model}"
    assert span.kind is SpanKind.CLIENT
    assert attributes["gen_ai.operation.name"] == operation_name
    assert attributes["gen_ai.provider.name"] == "ollama"
    assert attributes["gen_ai.request.model"] == model
    assert (attributes["server.address"], attributes["server.port"]) == ("127.0.0.1", fake.port)
    return attributes


def test_chat_span_and_metrics(client: Api, fake: Fake, recorder: Recorder) -> None:
    reply = client.chat(
        "llama3.2", HI, options={"temperature": 0.5, "num_predict": 7, "seed": 1, "stop": ["x"]}
    )
    attributes = _common(recorder.only_span(), fake, "chat")
    assert attributes["gen_ai.request.temperature"] == 0.5
    assert attributes["gen_ai.request.max_tokens"] == 7
    assert attributes["gen_ai.request.seed"] == 1
    assert attributes["gen_ai.request.stop_sequences"] == ("x",)
    assert attributes["gen_ai.response.model"] == reply.model
    assert attributes["gen_ai.response.finish_reasons"] == (reply.done_reason,)
    assert attributes["gen_ai.usage.input_tokens"] == reply.prompt_eval_count
    assert attributes["gen_ai.usage.output_tokens"] == reply.eval_count == 7
    assert not any(key.endswith("messages") for key in attributes)  # no content unless opted in
    [(duration_attributes, count, seconds)] = recorder.points("gen_ai.client.operation.duration")
    assert count == 1
    assert seconds > 0
    assert duration_attributes["gen_ai.response.model"] == reply.model
    tokens = {
        attrs["gen_ai.token.type"]: total for attrs, _, total in recorder.points("gen_ai.client.token.usage")
    }
    assert tokens == {"input": reply.prompt_eval_count, "output": reply.eval_count}


def test_stream_span_ends_with_the_stream(client: Api, fake: Fake, recorder: Recorder) -> None:
    stream = client.generate("llama3.2", "Why is the sky blue?", stream=True)
    assert recorder.spans() == []  # nothing sent, nothing started
    chunks = list(stream)
    attributes = _common(recorder.only_span(), fake, "text_completion")
    assert attributes["gen_ai.usage.output_tokens"] == chunks[-1].eval_count
    assert attributes["gen_ai.response.finish_reasons"] == (chunks[-1].done_reason,)


def test_stream_closed_early_ends_its_span(client: Api, fake: Fake, recorder: Recorder) -> None:
    stream = client.chat("llama3.2", HI, stream=True)
    next(iter(stream))
    assert recorder.spans() == []  # still open
    stream.close()
    span = recorder.only_span()
    assert span.status.status_code is StatusCode.UNSET
    assert "gen_ai.usage.output_tokens" not in (span.attributes or {})  # the final chunk never came


def test_v1_routes(client: Api, fake: Fake, recorder: Recorder) -> None:
    completion = client.openai.chat_completions("llama3.2", HI, max_tokens=5, temperature=0.2)
    chunks = list(
        client.openai.chat_completions("llama3.2", HI, stream=True, stream_options={"include_usage": True})
    )
    client.openai.embeddings("all-minilm", "hello")
    message = client.anthropic.messages("llama3.2", HI, max_tokens=5)
    whole, streamed, embedded, anthropic = recorder.spans()
    attributes = _common(whole, fake, "chat")
    assert attributes["gen_ai.request.max_tokens"] == 5
    assert attributes["gen_ai.request.temperature"] == 0.2
    assert attributes["gen_ai.response.id"] == completion.id
    assert attributes["gen_ai.response.finish_reasons"] == ("length",)
    assert attributes["gen_ai.usage.output_tokens"] == completion.usage.completion_tokens
    streamed_attributes = _common(streamed, fake, "chat")
    assert streamed_attributes["gen_ai.usage.output_tokens"] == chunks[-1].usage.completion_tokens
    assert streamed_attributes["gen_ai.response.finish_reasons"] == ("stop",)
    _common(embedded, fake, "embeddings", "all-minilm")
    anthropic_attributes = _common(anthropic, fake, "chat")
    assert anthropic_attributes["gen_ai.response.finish_reasons"] == (message.stop_reason,)
    assert anthropic_attributes["gen_ai.usage.input_tokens"] == message.usage.input_tokens


def test_embed_and_other_operations(client: Api, fake: Fake, recorder: Recorder) -> None:
    reply = client.embed("all-minilm", ["a", "b"], dimensions=4)
    client.list()
    client.version()
    attributes = _common(recorder.only_span(), fake, "embeddings", "all-minilm")  # list, version: no span
    assert attributes["gen_ai.embeddings.dimension.count"] == 4
    assert attributes["gen_ai.usage.input_tokens"] == reply.prompt_eval_count


def test_errors_and_retries(client: Api, fake: Fake, recorder: Recorder) -> None:
    set_retry(client, base_delay=0.001)
    fake.fail_next(503, count=1)
    client.chat("llama3.2", HI)
    with pytest.raises(errors.ModelNotFoundError):
        client.chat("no-such-model", HI)
    retried, failed = recorder.spans()
    [event] = retried.events
    assert event.name == "retry"
    assert dict(event.attributes or {}) == {"retry.attempt": 1, "error.type": "ServiceUnavailableError"}
    assert retried.status.status_code is StatusCode.UNSET
    assert failed.status.status_code is StatusCode.ERROR
    assert (failed.attributes or {})["error.type"] == "ModelNotFoundError"
    durations = {
        attrs.get("error.type"): count
        for attrs, count, _ in recorder.points("gen_ai.client.operation.duration")
    }
    assert durations == {None: 1, "ModelNotFoundError": 1}


def test_stream_error_is_recorded(client: Api, fake: Fake, recorder: Recorder) -> None:
    fake.fail_streams_after = 2
    with pytest.raises(errors.StreamError):
        list(client.chat("llama3.2", HI, stream=True))
    span = recorder.only_span()
    assert span.status.status_code is StatusCode.ERROR
    assert str((span.attributes or {})["error.type"]).startswith("Stream")


def test_content_only_when_opted_in(
    client: Api, fake: Fake, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(otel.CAPTURE_CONTENT_VARIABLE, "true")
    reply = client.chat("llama3.2", HI)
    text = "".join(chunk.response for chunk in client.generate("llama3.2", "Tell me", stream=True))
    chat_span, generate_span = recorder.spans()
    chat_attributes = chat_span.attributes or {}
    assert json.loads(str(chat_attributes["gen_ai.input.messages"])) == [
        {"role": "user", "parts": [{"type": "text", "content": HI[0]["content"]}]}
    ]
    [output] = json.loads(str(chat_attributes["gen_ai.output.messages"]))
    assert output["parts"] == [{"type": "text", "content": reply.message.content}]
    [streamed] = json.loads(str((generate_span.attributes or {})["gen_ai.output.messages"]))
    assert streamed["parts"][0]["content"] == text


def test_off_without_a_provider(kind: str, fake: Fake) -> None:
    # The API's global providers are the default proxies here: nothing is observed, streams are bare.
    call: Call[Any] = Call(operation("chat"), "/api/chat", json={"model": "llama3.2"})
    settings = ClientSettings.build(fake.url, timeout=None, headers=None, api_key=None, max_retries=0)
    assert _telemetry.observe(call, settings) is None
    with make_client(kind, fake.url) as api:
        stream = api.chat("llama3.2", HI, stream=True)
        inner = getattr(stream, "_inner", stream)
        assert type(inner._iterator).__name__ in ("generator", "async_generator")
        assert inner._iterator.__name__ != "_observed"
        list(stream)


def test_off_without_the_extra(fake: Fake, monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    monkeypatch.setitem(sys.modules, "ollama_openapi.otel", None)  # as if opentelemetry-api were missing
    monkeypatch.setattr(_telemetry, "_start", None)
    with make_client("sync", fake.url) as api:
        api.chat("llama3.2", HI)
        assert _telemetry._start is _telemetry._OFF
    assert recorder.spans() == []


def test_responses_and_anthropic_streams(client: Api, fake: Fake, recorder: Recorder) -> None:
    reply = client.openai.responses("llama3.2", input="Why is the sky blue?", max_output_tokens=9)
    events = list(client.anthropic.messages("llama3.2", HI, max_tokens=6, stream=True))
    responses_span, anthropic_span = recorder.spans()
    attributes = _common(responses_span, fake, "chat")
    assert attributes["gen_ai.request.max_tokens"] == 9
    assert attributes["gen_ai.response.id"] == reply.id
    assert (attributes["gen_ai.usage.input_tokens"], attributes["gen_ai.usage.output_tokens"]) == (
        reply.usage.input_tokens,
        reply.usage.output_tokens,
    )
    anthropic_attributes = _common(anthropic_span, fake, "chat")
    assert anthropic_attributes["gen_ai.usage.output_tokens"] == 6
    assert anthropic_attributes["gen_ai.response.finish_reasons"] == ("max_tokens",)
    assert type(events[-1]).__name__ == "AnthropicMessageStopEvent"


def test_anthropic_content_when_opted_in(client: Api, recorder: Recorder) -> None:
    otel.configure(
        tracer_provider=recorder.tracer_provider, meter_provider=recorder.meter_provider, capture_content=True
    )
    message = client.anthropic.messages("llama3.2", HI, max_tokens=6)
    [output] = json.loads(str((recorder.only_span().attributes or {})["gen_ai.output.messages"]))
    assert output["parts"][0]["content"] == message.content[0].text
