"""Ollama's files at one tag, read from a git directory without a work tree."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from ollama_openapi_maintainer.audit.errors import AuditError

READ_DIRS = ("api", "openai", "anthropic", "middleware", "server", "envconfig", "llm")
"""The folders the history reads (the auditor's; server/, envconfig/ and llm/ for enum values' first
use)."""


class GitObjects:
    """One ``git cat-file --batch`` process: blobs by id, many per second."""

    def __init__(self, git_dir: Path) -> None:
        self.git_dir = git_dir
        self._process = subprocess.Popen(
            ["git", "-C", str(git_dir), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def git(self, *args: str) -> str:
        """The output of one git command on the directory (AuditError when it fails)."""
        done = subprocess.run(
            ["git", "-C", str(self.git_dir), *args], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise AuditError(f"git {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def blob(self, object_id: str) -> str | None:
        """The text of a blob, or None when the repository lacks it (a partial clone)."""
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(object_id.encode() + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) < 3 or header[1] != b"blob":
            return None
        size = int(header[2])
        data = stdout.read(size + 1)[:size]
        return data.decode("utf-8", errors="replace")

    def close(self) -> None:
        """End the cat-file process."""
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)


@dataclass
class GitTree:
    """The files of `READ_DIRS` at one tag (a `SourceTree`)."""

    objects: GitObjects
    tag: str
    blobs: dict[str, str]
    """Path -> blob id of every file the history may read."""

    @property
    def label(self) -> str:
        """The tag."""
        return self.tag

    @classmethod
    def at(cls, objects: GitObjects, tag: str) -> GitTree:
        """The tree of `tag` (AuditError when git cannot list it)."""
        listing = objects.git("ls-tree", "-r", "--full-tree", tag, "--", *READ_DIRS)
        blobs: dict[str, str] = {}
        for line in listing.splitlines():
            meta, _, path = line.partition("\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == "blob":
                blobs[path] = parts[2]
        return cls(objects, tag, blobs)

    def read(self, path: str) -> str | None:
        """The file's text; AuditError when the tree lists it but the repository lacks its blob."""
        object_id = self.blobs.get(path)
        if object_id is None:
            return None
        text = self.objects.blob(object_id)
        if text is None:
            raise AuditError(f"{self.tag}:{path}: blob {object_id} is missing from the repository")
        return text

    def go_files(self, directory: str) -> list[str]:
        """The non-test .go files directly in `directory`."""
        prefix = directory.rstrip("/") + "/"
        return sorted(
            p
            for p in self.blobs
            if p.startswith(prefix)
            and "/" not in p[len(prefix) :]
            and p.endswith(".go")
            and not p.endswith("_test.go")
        )

    def key(self, paths: list[str]) -> str:
        """A cache key of the files at `paths` (their blob ids)."""
        return ",".join(f"{p}={self.blobs.get(p, '')}" for p in sorted(paths))
