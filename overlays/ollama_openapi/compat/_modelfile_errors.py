"""Errors and warnings raised while reading a Modelfile."""

from __future__ import annotations


class ModelfileError(ValueError):
    """A Modelfile that cannot be parsed or turned into a create request.

    ``line`` is the 1-based line number the problem was found on, or ``None`` when the problem
    concerns the Modelfile as a whole (for example a missing ``FROM``).
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.line = line
        self.reason = message
        super().__init__(f"line {line}: {message}" if line is not None else message)


class ModelfileWarning(UserWarning):
    """Something in a Modelfile that Ollama accepts but ignores (e.g. a deprecated PARAMETER)."""
