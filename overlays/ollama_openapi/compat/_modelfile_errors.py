"""Errors and warnings raised while reading a Modelfile (defined in :mod:`ollama_openapi.errors`)."""

from __future__ import annotations

from ollama_openapi.errors import ModelfileError, ModelfileWarning

__all__ = ["ModelfileError", "ModelfileWarning"]
