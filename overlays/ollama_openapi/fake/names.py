"""Model names parsed, validated and normalised the way Ollama's ``types/model`` package does.

``llama3.2`` is short for ``registry.ollama.ai/library/llama3.2:latest``; listings show the shortest
form that is unambiguous (``llama3.2:latest``, ``user/model:tag`` or the full ``host/ns/model:tag``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_HOST = "registry.ollama.ai"
DEFAULT_NAMESPACE = "library"
DEFAULT_TAG = "latest"

_HOST_PATTERN = re.compile(r"[a-zA-Z0-9_][a-zA-Z0-9_.:-]{0,349}")
_NAMESPACE_PATTERN = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_-]{0,79}")
_MODEL_PATTERN = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.-]{0,79}")
_TAG_PATTERN = re.compile(r"[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,79}")


@dataclass(frozen=True)
class ModelName:
    """A fully qualified model name."""

    host: str
    namespace: str
    model: str
    tag: str

    @property
    def key(self) -> str:
        """Case-insensitive identity used by the registry (Ollama compares names case-insensitively)."""
        return f"{self.host}/{self.namespace}/{self.model}:{self.tag}".lower()

    @property
    def full(self) -> str:
        """``host/namespace/model:tag``."""
        return f"{self.host}/{self.namespace}/{self.model}:{self.tag}"

    @property
    def display(self) -> str:
        """The shortest unambiguous spelling, as ``/api/tags`` shows it."""
        if self.host == DEFAULT_HOST:
            if self.namespace == DEFAULT_NAMESPACE:
                return f"{self.model}:{self.tag}"
            return f"{self.namespace}/{self.model}:{self.tag}"
        return self.full


def _split_last(text: str, separator: str) -> tuple[str, str, bool]:
    before, found, after = text.rpartition(separator)
    if not found:
        return "", text, False
    return before, after, True


def parse_model_name(text: str) -> ModelName | None:
    """Parse and validate ``text``; returns ``None`` when Ollama would call it an invalid model name."""
    rest = text.split("@", 1)[0]
    tag = ""
    if rest.rfind(":") > rest.rfind("/"):
        rest, tag, _ = _split_last(rest, ":")
    host = namespace = ""
    rest, model, found = _split_last(rest, "/")
    if found:
        rest, namespace, found = _split_last(rest, "/")
        if found:
            host = rest.split("://", 1)[-1]
    name = ModelName(
        host=host or DEFAULT_HOST,
        namespace=namespace or DEFAULT_NAMESPACE,
        model=model,
        tag=tag or DEFAULT_TAG,
    )
    checks = (
        (_HOST_PATTERN, name.host),
        (_NAMESPACE_PATTERN, name.namespace),
        (_MODEL_PATTERN, name.model),
        (_TAG_PATTERN, name.tag),
    )
    if all(pattern.fullmatch(part) for pattern, part in checks):
        return name
    return None
