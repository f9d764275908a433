"""OpenTelemetry traces and metrics of the calls that run a model (the ``otel`` extra).

Install ``ollama-openapi[otel]`` (``opentelemetry-api`` only) and set a tracer provider and/or a meter
provider (``opentelemetry.trace.set_tracer_provider(...)``, or `configure` for this client alone):
every call of an operation the spec marks with ``x-genai-operation`` (chat, generate, embed,
embeddings and their ``/v1`` twins, responses, Anthropic messages) then gets one span named and
attributed by the GenAI semantic conventions, and records the ``gen_ai.client.operation.duration``
and ``gen_ai.client.token.usage`` histograms. A streamed call's span starts with its first read and
ends when the stream ends or is closed. Retries are span events (``retry``). No message content is
recorded unless ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` is ``true`` (or
``configure(capture_content=True)``): then ``gen_ai.input.messages`` and ``gen_ai.output.messages``.

Without a provider (the API's default proxies) nothing is recorded and streams are not wrapped.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# The `otel` extra: without it installed, mypy sees these names as Any.
from opentelemetry import metrics, trace  # type: ignore[import-not-found,unused-ignore]
from opentelemetry.metrics import Histogram, MeterProvider, NoOpMeterProvider  # type: ignore[import-not-found,unused-ignore]
from opentelemetry.trace import NoOpTracerProvider, ProxyTracerProvider, Tracer, TracerProvider  # type: ignore[import-not-found,unused-ignore]

from .._version import __version__
from ._observation import Instruments, Observation

if TYPE_CHECKING:
    from .._http.call import Call
    from .._settings import ClientSettings

__all__ = ["CAPTURE_CONTENT_VARIABLE", "Observation", "configure", "start"]

CAPTURE_CONTENT_VARIABLE = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
"""The GenAI conventions' switch for recording message content (off unless ``true``)."""

_SCOPE = "ollama_openapi"
_SCHEMA_URL = "https://opentelemetry.io/schemas/1.37.0"
_DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)
_TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864)
_CONTENT_ON = frozenset({"true", "1", "yes", "span_only", "span_and_event"})

_tracer_provider: TracerProvider | None = None
_meter_provider: MeterProvider | None = None
_capture_content: bool | None = None
_cache: dict[tuple[int, int], tuple[object, object, Instruments | None]] = {}
"""Instruments by the providers' identities; the providers are kept so that the identities stay theirs."""


def configure(
    *,
    tracer_provider: TracerProvider | None = None,
    meter_provider: MeterProvider | None = None,
    capture_content: bool | None = None,
) -> None:
    """Trace this client's calls with these providers instead of the global ones (None: the global
    one), and record message content or not (None: as ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``
    says). Calling it again replaces every setting."""
    global _tracer_provider, _meter_provider, _capture_content
    _tracer_provider, _meter_provider, _capture_content = tracer_provider, meter_provider, capture_content
    _cache.clear()


def _capturing() -> bool:
    if _capture_content is not None:
        return _capture_content
    return os.environ.get(CAPTURE_CONTENT_VARIABLE, "").strip().lower() in _CONTENT_ON


def _instruments() -> Instruments | None:
    tracer_provider = _tracer_provider or trace.get_tracer_provider()
    meter_provider = _meter_provider or metrics.get_meter_provider()
    key = (id(tracer_provider), id(meter_provider))
    cached = _cache.get(key)
    if cached is not None:
        return cached[2]
    tracer: Tracer | None = None
    if not isinstance(tracer_provider, (ProxyTracerProvider, NoOpTracerProvider)):
        tracer = tracer_provider.get_tracer(_SCOPE, __version__, schema_url=_SCHEMA_URL)
    duration: Histogram | None = None
    tokens: Histogram | None = None
    if (
        not isinstance(meter_provider, NoOpMeterProvider)
        and type(meter_provider).__name__ != "_ProxyMeterProvider"
    ):
        meter = meter_provider.get_meter(_SCOPE, __version__, schema_url=_SCHEMA_URL)
        duration = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration",
            explicit_bucket_boundaries_advisory=list(_DURATION_BUCKETS),
        )
        tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used",
            explicit_bucket_boundaries_advisory=list(_TOKEN_BUCKETS),
        )
    instruments = None if tracer is None and duration is None else Instruments(tracer, duration, tokens)
    _cache[key] = (tracer_provider, meter_provider, instruments)
    return instruments


def start(operation: str, call: Call[Any], settings: ClientSettings) -> Observation | None:
    """The observation of one call (started by entering it), or None when no provider is set."""
    instruments = _instruments()
    if instruments is None:
        return None
    return Observation(instruments, operation, call, settings.base_url, capture_content=_capturing())
