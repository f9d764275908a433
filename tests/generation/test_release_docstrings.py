"""Every generated keyword's documentation (what ``help()`` shows) says the first Ollama release that
understands it, as the spec's ``x-ollama-since`` says, and the release that removed it, where one did."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator

import pytest

from ollama_openapi import AsyncClient, Client

from .spec_walk import fields, methods


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Client, AsyncClient]]:
    with Client("http://127.0.0.1:9") as sync:  # nothing is sent
        yield sync, AsyncClient("http://127.0.0.1:9")


def _method_doc(client: Client | AsyncClient, namespace: str | None, name: str) -> str:
    owner = client if namespace is None else getattr(client, namespace)
    return inspect.getdoc(getattr(owner, name)) or ""


def _argument_doc(doc: str, parameter: str) -> str:
    """The text documenting `parameter` in the ``Args:`` section, on one line."""
    match = re.search(rf"^    {re.escape(parameter)}: (.*?)(?=^    \w+: |^\S|\Z)", doc, re.M | re.S)
    assert match is not None, f"{parameter} is not documented"
    return " ".join(match.group(1).split())


def test_each_annotated_keyword_names_its_releases(clients: tuple[Client, AsyncClient]) -> None:
    checked = 0
    for field in fields():
        since = field.schema.get("x-ollama-since")
        removed = field.schema.get("x-ollama-removed")
        if not since and not removed:
            continue
        for client in clients:
            text = _argument_doc(_method_doc(client, field.namespace, field.method), field.parameter)
            if since:
                assert f"Ollama {since} and later" in text, (field.method, field.parameter, text)
            if removed:
                assert f"removed in {removed}" in text, (field.method, field.parameter, text)
            checked += 1
    if not checked:
        pytest.skip("the spec marks no field of a generated method with its release")


def test_each_annotated_route_names_its_release(clients: tuple[Client, AsyncClient]) -> None:
    checked = 0
    for operation_id, operation in methods():
        since = operation.get("x-ollama-since")
        if not since:
            continue
        extension = operation["x-python"]
        for client in clients:
            doc = _method_doc(client, extension.get("namespace"), extension["method"])
            assert f"Ollama {since} and later." in " ".join(doc.split()), operation_id
            checked += 1
    if not checked:
        pytest.skip("the spec marks no route of a generated method with its release")
