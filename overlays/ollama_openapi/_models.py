"""Access to the generated models by schema name, importing each module only when first used.

``ollama_openapi_generated.models`` imports all of its modules at once; importing single modules
keeps ``import ollama_openapi`` and the first call fast.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

__all__ = ["model_class"]


def _module_name(schema: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()


@functools.cache
def model_class(schema: str) -> Any:
    """The generated attrs class of the component schema named `schema`, e.g. ``ChatResponse``."""
    module = importlib.import_module(f"ollama_openapi_generated.models.{_module_name(schema)}")
    return getattr(module, schema)
