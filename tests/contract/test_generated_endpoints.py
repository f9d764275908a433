"""The generated layer: every spec operation has its four endpoint functions, and odd statuses work."""

from __future__ import annotations

import asyncio
import importlib
from http import HTTPStatus

import httpx
import pytest

from ollama_openapi import _spec
from ollama_openapi_generated import Client as GeneratedClient
from ollama_openapi_generated.api.generation import chat
from ollama_openapi_generated.api.server import get_version
from ollama_openapi_generated.models import ChatRequest, ErrorResponse

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize("op", _spec.operations(), ids=lambda op: op.operation_id)
def test_every_operation_has_its_endpoint_functions(op: _spec.Operation) -> None:
    module = importlib.import_module(f"ollama_openapi_generated.api.{op.tag}.{op.operation_id}")
    assert [name for name in FUNCTIONS if not callable(getattr(module, name, None))] == []


def _client(status: int, body: bytes) -> GeneratedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    client = GeneratedClient(base_url="http://ollama.test")
    client.set_httpx_client(
        httpx.Client(base_url="http://ollama.test", transport=httpx.MockTransport(answer))
    )
    return client


def test_a_status_outside_the_registry_does_not_crash_the_generated_functions() -> None:
    response = get_version.sync_detailed(client=_client(499, b'{"error":"request canceled"}'))
    assert response.status_code == 499
    assert not isinstance(response.status_code, HTTPStatus)
    assert response.parsed is None


def test_documented_errors_parse_as_error_responses() -> None:
    body = ChatRequest(model="nope", stream=False)
    response = chat.sync_detailed(client=_client(404, b'{"error":"model \'nope\' not found"}'), body=body)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "model 'nope' not found"


def test_the_async_functions_work_too() -> None:
    async def scenario() -> object:
        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"version": "0.33.0"})

        client = GeneratedClient(base_url="http://ollama.test")
        transport = httpx.MockTransport(answer)
        client.set_async_httpx_client(httpx.AsyncClient(base_url="http://ollama.test", transport=transport))
        return await get_version.asyncio(client=client)

    parsed = asyncio.run(scenario())
    assert getattr(parsed, "version", None) == "0.33.0"
