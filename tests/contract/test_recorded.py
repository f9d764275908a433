"""Every response recorded from a real Ollama validates against the spec and parses losslessly.

One test per recording, named after its file, so a failure names the recording.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import ollama_openapi_generated.models as generated_models
from ollama_openapi import spec as _spec
from ollama_openapi.spec_validation import SpecValidator
from ollama_openapi_generated.types import parse_datetime

from .recordings import Recording, load_recordings

RECORDINGS = load_recordings()
WITH_REQUEST = [r for r in RECORDINGS if r.request_file]
SUCCESSFUL = [r for r in RECORDINGS if r.http_status < 300]


def _ids(recording: Recording) -> str:
    return recording.file


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator()


def test_the_manifest_lists_every_recording() -> None:
    assert len(RECORDINGS) == 107
    assert all(r.documents() for r in RECORDINGS)


@pytest.mark.parametrize("recording", RECORDINGS, ids=_ids)
def test_recorded_response_matches_the_spec(validator: SpecValidator, recording: Recording) -> None:
    # A stream is judged as NDJSON whatever its label: ollama.com was recorded sending a stream as
    # `application/json` (api_chat__langchaingo__15), which is why clients must go by `stream`.
    content_type = "application/x-ndjson" if recording.is_stream else recording.content_type
    content_type = content_type or "application/json"
    errors = validator.response_errors(
        recording.method, recording.path, recording.http_status, content_type, recording.body()
    )
    assert errors == []


@pytest.mark.parametrize("recording", WITH_REQUEST, ids=_ids)
def test_recorded_request_matches_the_spec(validator: SpecValidator, recording: Recording) -> None:
    assert validator.request_errors(recording.method, recording.path, recording.request()) == []


def _response_schema(recording: Recording) -> str:
    operation = next(
        op for op in _spec.operations() if op.path == recording.path and op.method == recording.method
    )
    if operation.stream is not None:
        return operation.stream.chunk_schema
    assert operation.response_schema is not None
    return operation.response_schema


def _same(original: Any, round_tripped: Any, where: str) -> None:
    """Assert equality, except that timestamps may lose precision below a microsecond."""
    if isinstance(original, dict):
        assert isinstance(round_tripped, dict), where
        assert set(round_tripped) == set(original), f"{where}: keys differ"
        for key, value in original.items():
            _same(value, round_tripped[key], f"{where}.{key}")
    elif isinstance(original, list):
        assert isinstance(round_tripped, list), where
        assert len(round_tripped) == len(original), where
        for index, (a, b) in enumerate(zip(original, round_tripped, strict=True)):
            _same(a, b, f"{where}[{index}]")
    elif isinstance(original, str) and original != round_tripped and isinstance(round_tripped, str):
        assert _as_time(original) == _as_time(round_tripped), f"{where}: {original!r} != {round_tripped!r}"
    else:
        assert type(original) is type(round_tripped), where
        assert original == round_tripped, where


def _as_time(text: str) -> datetime.datetime:
    return parse_datetime(text)


@pytest.mark.parametrize("recording", SUCCESSFUL, ids=_ids)
def test_recorded_response_round_trips_through_the_models(recording: Recording) -> None:
    model = getattr(generated_models, _response_schema(recording))
    for index, document in enumerate(recording.documents()):
        if "error" in document:
            continue  # a late in-band error line; covered by the schema test
        parsed = model.from_dict(document)
        _same(document, parsed.to_dict(), f"{recording.file}#{index}")
