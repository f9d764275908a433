"""Let ``import ollama`` give ``ollama_openapi``, for libraries written against the official package.

LangChain's ``langchain-ollama`` and LlamaIndex's ``llama-index-llms-ollama`` /
``llama-index-embeddings-ollama`` import ``Client``, ``AsyncClient``, ``Message`` and ``Options`` from
``ollama``. Call :func:`install` before importing them, and they run on this package (nothing else is
patched: the redirect is one ``sys.modules`` entry)::

    import ollama_openapi.as_ollama

    ollama_openapi.as_ollama.install()

    from langchain_ollama import ChatOllama  # its `from ollama import Client` is ollama_openapi's

Modules that imported the official package before :func:`install` keep what they imported.
:func:`redirected` does the same for a ``with`` block and puts back what was there before.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import ollama_openapi

_NAME = "ollama"


def install() -> None:
    """Make ``import ollama`` (and ``from ollama import ...``) give ``ollama_openapi`` from now on."""
    sys.modules[_NAME] = ollama_openapi


@contextmanager
def redirected() -> Iterator[ModuleType]:
    """``import ollama`` gives ``ollama_openapi`` inside the block; what ``ollama`` was is put back after."""
    before = sys.modules.get(_NAME)
    install()
    try:
        yield ollama_openapi
    finally:
        if before is None:
            sys.modules.pop(_NAME, None)
        else:
            sys.modules[_NAME] = before
