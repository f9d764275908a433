"""Which tags of Ollama are releases, in release order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_TAG: Final = re.compile(r"^v(\d+)\.(\d+)\.(\d+)(?:-rc(\d+))?$")


def version_key(tag: str) -> tuple[int, int, int, int]:
    """Sort key of a release tag: ``v0.9.0-rc1`` < ``v0.9.0`` < ``v0.9.1``."""
    match = _TAG.match(tag)
    if match is None:
        raise ValueError(f"not a release tag: {tag}")
    major, minor, patch, rc = match.groups()
    return int(major), int(minor), int(patch), int(rc) if rc is not None else 1_000_000


def release_tags(tags: Iterable[str], first: str = "v0.1.0") -> list[str]:
    """The release tags from `first` on, oldest first: every final release, and for a version that has
    no final release yet its newest release candidate (``-rc`` tags are otherwise left out)."""
    finals: dict[tuple[int, int, int], str] = {}
    candidates: dict[tuple[int, int, int], str] = {}
    for tag in tags:
        if _TAG.match(tag) is None:
            continue
        key = version_key(tag)
        if key < version_key(first):
            continue
        version = key[:3]
        if key[3] == 1_000_000:
            finals[version] = tag
        elif version not in candidates or key > version_key(candidates[version]):
            candidates[version] = tag
    chosen = {**candidates, **finals}
    return [chosen[v] for v in sorted(chosen)]


def release_name(tag: str) -> str:
    """The version as the annotations write it: ``v0.9.0`` -> ``0.9.0``."""
    return tag[1:] if tag.startswith("v") else tag
