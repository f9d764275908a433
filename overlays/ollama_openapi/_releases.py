"""Ollama release numbers: reading them (``0.9.0``, ``v0.9.0``, ``0.33.0-rc2``) and ordering them.

The spec marks what each release added (``x-ollama-since``) and removed (``x-ollama-removed``) with
these numbers; a server tells its own with ``GET /api/version``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["DEVELOPMENT_BUILD", "Release", "parse_release", "release"]

_PATTERN = re.compile(r"v?(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:[-+][0-9A-Za-z.+-]*)?")


class Release(NamedTuple):
    """A release number; tuples order them (``Release(0, 9, 0) < Release(0, 10, 0)``)."""

    major: int
    minor: int
    patch: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


DEVELOPMENT_BUILD = Release(0, 0, 0)
"""What an Ollama built from source without a version reports: no release at all."""


def parse_release(text: object) -> Release | None:
    """The release `text` names (a leading ``v`` and a ``-rc1``/``+build`` suffix allowed), else None.

    A pre-release counts as its release (``0.33.0-rc2`` is ``0.33.0``): the spec records releases
    only, and a release candidate already has what its release adds.
    """
    if not isinstance(text, str):
        return None
    match = _PATTERN.fullmatch(text.strip())
    if match is None:
        return None
    major, minor, patch = (int(part) for part in match.groups())
    return Release(major, minor, patch)


def release(text: str) -> Release:
    """The release `text` names.

    Raises:
        ValueError: `text` is not a release number such as ``0.9.0`` or ``v0.9.0``.
    """
    found = parse_release(text)
    if found is None:
        raise ValueError(f"not an Ollama release number (like 0.9.0): {text!r}")
    return found
