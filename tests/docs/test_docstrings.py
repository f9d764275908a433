"""The documentation users read: `help(Client)` speaks of the synchronous client, every generated
method says what it returns and raises in Python terms, and docs/api.md covers every method."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi.spec import load_spec
from ollama_openapi_generated import functions as module_functions

ROOT = Path(__file__).resolve().parents[2]
WIRE_WORDS = ("api.StatusError", "NDJSON", "StatusCode", "application/json", "gin's")


def _operation_methods() -> list[tuple[str | None, str]]:
    found = []
    for item in load_spec()["paths"].values():
        for operation in item.values():
            extension = operation.get("x-python", {}) if isinstance(operation, dict) else {}
            if extension.get("method"):
                found.append((extension.get("namespace"), extension["method"]))
    return found


def _method(namespace: str | None, name: str, client_class: type[Client] | type[AsyncClient]) -> object:
    client = client_class("http://127.0.0.1:9")  # never used to send anything
    owner = getattr(client, namespace) if namespace else client
    return getattr(type(owner), name)


def test_help_client_describes_the_synchronous_client() -> None:
    doc = inspect.getdoc(Client) or ""
    assert doc.startswith("A synchronous client")
    assert "for part in client.chat(" in doc
    for async_word in ("await", "async ", "Async", "event loop", "An synchronous"):
        assert async_word not in doc, async_word
    assert "await client.chat(" in (inspect.getdoc(AsyncClient) or "")


@pytest.mark.parametrize(("namespace", "name"), _operation_methods())
def test_every_generated_method_documents_returns_and_raises(namespace: str | None, name: str) -> None:
    for client_class, stream_name in ((Client, "`Stream"), (AsyncClient, "`AsyncStream")):
        doc = inspect.getdoc(_method(namespace, name, client_class)) or ""
        returns = doc.split("Returns:", 1)[1].split("Raises:", 1)[0] if "Returns:" in doc else ""
        raises = doc.split("Raises:", 1)[1] if "Raises:" in doc else ""
        assert returns.strip(), f"{name}: no Returns section"
        assert "OllamaConnectionError:" in raises, name
        assert "OllamaTimeoutError:" in raises, name
        for word in WIRE_WORDS:
            assert word not in doc, f"{client_class.__name__}.{name} says {word!r}"
        if "stream:" in doc:
            assert stream_name in returns, (name, returns)
        if client_class is Client:
            assert "AsyncStream" not in doc, name
            assert "await" not in doc, name


def test_docs_api_md_lists_every_method_and_function() -> None:
    text = (ROOT / "docs" / "api.md").read_text("utf-8")
    for namespace, name in _operation_methods():
        owner = f"client.{namespace}" if namespace else "client"
        assert re.search(rf"^{re.escape(owner)}\.{name}\(", text, re.MULTILINE), f"{owner}.{name}"
    for name in ("load", "unload", "create_blob", "blob_exists", "is_running", "close", "with_raw_response"):
        assert f"### `{name}`" in text, name
    for name in module_functions.__all__:
        assert f"`{name}`" in text.split("## Module functions", 1)[1], name
    assert "- `OllamaError`" in text
    assert "`ModelNotFoundError`" in text
