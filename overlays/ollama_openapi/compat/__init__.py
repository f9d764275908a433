"""Drop-in replacements for ollama-python 0.1.2 (``ollama_python.endpoints``), correct against today's Ollama.

Change one import line::

    from ollama_python.endpoints import GenerateAPI, ModelManagementAPI, EmbeddingAPI   # before
    from ollama_openapi.compat import GenerateAPI, ModelManagementAPI, EmbeddingAPI

and code written for ollama-python keeps its class names, method names, parameters and defaults, and
the attributes it reads (``.response``, ``.message.content``, ``.models``, ``.status``, ``.embedding``,
...), while the requests are the ones a real Ollama server understands: the chat message is one object,
metrics and ``context`` are optional, embeddings go to ``/api/embeddings``, ``delete`` uses DELETE, blobs
go to ``/api/blobs/<digest>`` with their bytes, and ``create`` turns a Modelfile into today's structured
request (uploading local model files). Everything runs on `ollama_openapi.Client`, so errors are its typed
`ollama_openapi.errors.OllamaError` subclasses rather than ``requests.HTTPError``.

The Modelfile parser used by ``create`` is public too: `parse_modelfile`, `read_modelfile`, `Modelfile`.
`ModelDetails` (the generated class plus the seed's ``.format``) and `BlobStatus` (the ``int`` that
``check_blob_exists`` returns) are exported for ``isinstance`` checks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ollama_openapi.compat._modelfile import Modelfile, parse_modelfile, read_modelfile
from ollama_openapi.compat._modelfile_errors import ModelfileError, ModelfileWarning

if TYPE_CHECKING:
    from ollama_openapi.compat._embedding import EmbeddingAPI
    from ollama_openapi.compat._generate import GenerateAPI
    from ollama_openapi.compat._models_api import ModelManagementAPI
    from ollama_openapi.compat._responses import BlobStatus, ModelDetails

__all__ = [
    "BlobStatus",
    "EmbeddingAPI",
    "GenerateAPI",
    "ModelDetails",
    "ModelManagementAPI",
    "Modelfile",
    "ModelfileError",
    "ModelfileWarning",
    "parse_modelfile",
    "read_modelfile",
]

# Lazy, so that the Modelfile parser (used by the CLI) does not import httpx and the generated models.
_LAZY = {
    "EmbeddingAPI": "._embedding",
    "GenerateAPI": "._generate",
    "ModelManagementAPI": "._models_api",
    "BlobStatus": "._responses",
    "ModelDetails": "._responses",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'ollama_openapi.compat' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value
