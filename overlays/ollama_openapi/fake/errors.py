"""The error type every fake handler raises to produce an Ollama-style error response."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An HTTP error answered as Ollama does: ``{"error": message}`` plus optional extra fields."""

    def __init__(self, status: int, message: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        """The JSON body Ollama sends for this error."""
        return {"error": self.message, **self.extra}


def model_not_found(name: str) -> ApiError:
    """The 404 Ollama's inference and show handlers send for a model that is not present."""
    return ApiError(404, f"model '{name}' not found")
