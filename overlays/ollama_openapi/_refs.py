"""Following local ``$ref``s in an OpenAPI document (any document: no I/O, no shipped spec)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["resolve"]


def resolve(node: Any, document: Mapping[str, Any]) -> dict[str, Any]:
    """`node` with its chain of local ``$ref`` followed (``{}`` for a foreign or cyclic reference)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        reference = node["$ref"]
        if reference in seen or not reference.startswith("#/"):
            return {}
        seen.add(reference)
        target: Any = document
        for part in reference[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node if isinstance(node, dict) else {}
