"""The /v1 bodies of Ollama's own Go tests against the spec: what Go accepts validates, what Go refuses
with a 400 does not, wherever a schema can say why.

tests/data/v1_go_bodies.json holds the JSON literals of the _test.go files of Ollama's openai/,
anthropic/ and middleware/ packages at v0.33.0-rc2, each with the schema it is a body of and Go's
verdict (written by ``python -m ollama_openapi_maintainer.v1_bodies``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ollama_openapi.spec_validation import SpecValidator

DATA = Path(__file__).resolve().parents[1] / "data" / "v1_go_bodies.json"
BODIES: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))

# Bodies Go refuses for a reason no JSON schema states, each with that reason.
REFUSED_BEYOND_SCHEMA: dict[str, str] = {}


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator()


def _id(body: dict[str, Any]) -> str:
    return str(body["from"])


def test_the_data_covers_every_v1_request_family() -> None:
    schemas = {b["schema"] for b in BODIES}
    assert {
        "OpenAIChatCompletionRequest",
        "OpenAICompletionRequest",
        "OpenAIEmbeddingRequest",
        "OpenAIResponsesRequest",
        "AnthropicMessagesRequest",
    } <= schemas
    assert sum(b["go"] == "refuses" for b in BODIES) >= 5


@pytest.mark.parametrize("body", [b for b in BODIES if b["go"] == "accepts"], ids=_id)
def test_what_go_accepts_validates(validator: SpecValidator, body: dict[str, Any]) -> None:
    assert validator.errors_for_schema(body["schema"], body["body"]) == []


@pytest.mark.parametrize("body", [b for b in BODIES if b["go"] == "refuses"], ids=_id)
def test_what_go_refuses_does_not_validate(validator: SpecValidator, body: dict[str, Any]) -> None:
    if body["from"] in REFUSED_BEYOND_SCHEMA:
        pytest.skip(f"no schema can say it: {REFUSED_BEYOND_SCHEMA[body['from']]}")
    assert validator.errors_for_schema(body["schema"], body["body"]) != []
