"""Fixtures for the framework scenarios: langchain-ollama and llama-index on either ``ollama`` package.

The frameworks import ``Client``, ``AsyncClient``, ``Message`` and ``Options`` from ``ollama`` when their
modules load. The ``frameworks`` fixture loads them afresh with ``ollama`` resolving to the package under
test: ``ollama_openapi`` through :func:`ollama_openapi.as_ollama.redirected` (one ``sys.modules`` entry,
nothing patched), or the official package, which every scenario must also pass (so that a scenario that
fails on ours is one the official client passes). ``FRAMEWORKS_OLLAMA=ours`` (or ``official``) runs one.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from ollama_openapi.as_ollama import redirected
from ollama_openapi.fake import FakeOllama

CHAT_MODEL = "llama3.2"
THINKING_MODEL = "qwen3"
EMBED_MODEL = "all-minilm"

# The framework modules that import `ollama` (and everything below them), loaded afresh per package.
_FRAMEWORK_PACKAGES = ("langchain_ollama", "llama_index.llms.ollama", "llama_index.embeddings.ollama")
_PACKAGES = [name for name in ("ours", "official") if os.environ.get("FRAMEWORKS_OLLAMA", name) == name]


@dataclass(frozen=True)
class Frameworks:
    """The framework modules, loaded with ``ollama`` resolving to ``package``, and the fake's address."""

    package: str
    url: str
    langchain: ModuleType
    llama_llms: ModuleType
    llama_embeddings: ModuleType

    def chat(self, **options: Any) -> Any:
        """langchain's ``ChatOllama`` for the fake."""
        options.setdefault("model", CHAT_MODEL)
        return self.langchain.ChatOllama(base_url=self.url, **options)

    def llama(self, **options: Any) -> Any:
        """llama-index's ``Ollama`` LLM for the fake."""
        options.setdefault("model", CHAT_MODEL)
        return self.llama_llms.Ollama(base_url=self.url, request_timeout=60.0, **options)


def _forget_frameworks() -> None:
    for name in list(sys.modules):
        if any(name == package or name.startswith(package + ".") for package in _FRAMEWORK_PACKAGES):
            del sys.modules[name]


def _load_frameworks() -> tuple[ModuleType, ModuleType, ModuleType]:
    _forget_frameworks()
    return (
        importlib.import_module("langchain_ollama"),
        importlib.import_module("llama_index.llms.ollama"),
        importlib.import_module("llama_index.embeddings.ollama"),
    )


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOllama]:
    """The fake, strict about requests and checking its answers against the spec."""
    with FakeOllama(
        models=(CHAT_MODEL, THINKING_MODEL, EMBED_MODEL), strict=True, validate_responses=True
    ) as server:
        yield server
        assert server.violations == [], "requests or answers that do not match the spec"


@pytest.fixture(scope="module", params=_PACKAGES)
def frameworks(request: pytest.FixtureRequest, fake: FakeOllama) -> Iterator[Frameworks]:
    """langchain-ollama and llama-index loaded with ``ollama`` resolving to ours or the official package."""
    package: str = request.param
    if package == "ours":
        context: contextlib.AbstractContextManager[Any] = redirected()
    else:
        if getattr(sys.modules.get("ollama"), "__name__", "ollama") != "ollama":
            del sys.modules["ollama"]
        context = contextlib.nullcontext()
    with context as redirected_to:
        modules = _load_frameworks()
        expected: Any = redirected_to if package == "ours" else importlib.import_module("ollama")
    loaded = Frameworks(package, fake.url, *modules)
    assert loaded.langchain.chat_models.Client is expected.Client
    assert loaded.llama_llms.base.AsyncClient is expected.AsyncClient
    assert loaded.llama_embeddings.base.Client is expected.Client
    yield loaded
    _forget_frameworks()
