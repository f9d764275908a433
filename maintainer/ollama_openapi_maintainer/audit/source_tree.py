"""Where the auditor reads Ollama's Go source from: a directory, or (for the history) a git tag."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class SourceTree(Protocol):
    """The files of one Ollama tree, by path relative to its root (``server/routes.go``)."""

    @property
    def label(self) -> str:
        """How messages name the tree (a directory, or ``v0.9.0``)."""

    def read(self, path: str) -> str | None:
        """The text of the file at `path`, or None when the tree has no such file."""

    def go_files(self, directory: str) -> list[str]:
        """The paths of the non-test ``.go`` files directly in `directory` (empty when there is none)."""


class DirectoryTree:
    """A checkout on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def label(self) -> str:
        """The directory."""
        return str(self.root)

    def read(self, path: str) -> str | None:
        """The text of ``root/path``, or None when it is not a file."""
        target = self.root / path
        return target.read_text(encoding="utf-8", errors="replace") if target.is_file() else None

    def go_files(self, directory: str) -> list[str]:
        """The non-test ``.go`` files of ``root/directory``, sorted."""
        folder = self.root / directory
        if not folder.is_dir():
            return []
        return sorted(f"{directory}/{p.name}" for p in folder.glob("*.go") if not p.name.endswith("_test.go"))
