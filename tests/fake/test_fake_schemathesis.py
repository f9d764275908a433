"""Schemathesis generates requests from the spec and checks that the fake's answers conform to it.

Only conformance checks run: the status code, content type, headers and body of every answer must be
what the spec declares. Checks that assume the spec captures every server-side rule (that any
schema-valid request succeeds, or that any schema-violating one is rejected) do not apply to Ollama,
which answers a schema-valid chat for a missing model with a 404 and ignores unknown fields.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from ollama_openapi.fake import FakeOllama
from ollama_openapi.spec import load_spec

pytestmark = pytest.mark.timeout(120)

schema = schemathesis.openapi.from_dict(copy.deepcopy(load_spec()))
# Ollama answers documented 5xx (e.g. an option of the wrong type) exactly like the fake; a crash of
# the fake still fails, as a connection error.
EXCLUDED: list[Any] = [positive_data_acceptance, negative_data_rejection, not_a_server_error]


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with FakeOllama(models=["llama3.2", "all-minilm"]) as server:
        yield server.url


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_fake_conforms_to_the_spec(case: schemathesis.Case[Any], fake_url: str) -> None:
    case.call_and_validate(base_url=fake_url, excluded_checks=EXCLUDED)
