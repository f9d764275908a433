"""What one Ollama release has, as far as the spec is concerned: its routes, the spec properties its
Go types have (and the JSON types they take), and which of the spec's enum values its code names."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ollama_openapi_maintainer.audit.errors import AuditError
from ollama_openapi_maintainer.audit.native import run_auditor
from ollama_openapi_maintainer.audit.spec_document import SpecDocument
from ollama_openapi_maintainer.history.git_tree import READ_DIRS, GitObjects, GitTree

FACTS_VERSION = 5
"""Bumped when what `TagFacts` holds, or how it is computed, changes (old cache entries are ignored)."""


@dataclass(frozen=True)
class TagFacts:
    """The facts of one tag."""

    routes: frozenset[str]
    """``METHOD /path`` of every route registered."""
    fields: dict[str, list[str] | None]
    """Spec property pointer -> the JSON types of its Go field (sorted; None: any value)."""
    literals: frozenset[str]
    """The spec's enum values that occur as Go string literals in the files read."""
    known: frozenset[str]
    """Spec properties whose schema this tag's Go code has a struct for: absent from `fields`, such
    a property is known to be missing; otherwise nothing is known of it at this tag."""

    def to_json(self) -> dict[str, object]:
        """A JSON-able form for the cache."""
        return {
            "routes": sorted(self.routes),
            "fields": self.fields,
            "literals": sorted(self.literals),
            "known": sorted(self.known),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> TagFacts:
        """The facts back from `to_json`."""
        routes = data["routes"]
        fields = data["fields"]
        literals = data["literals"]
        known = data["known"]
        if not isinstance(routes, list) or not isinstance(literals, list) or not isinstance(known, list):
            raise ValueError("not a facts entry")
        if not isinstance(fields, dict):
            raise ValueError("not a facts entry")
        return cls(frozenset(routes), fields, frozenset(literals), frozenset(known))


def tag_facts(tree: GitTree, spec: SpecDocument, enum_values: frozenset[str]) -> TagFacts:
    """Run the auditor over the tree of one tag (AuditError when the tag cannot be read)."""
    routes, auditor = run_auditor(tree, spec, include_v1=True, strict=False)
    fields = {
        pointer: sorted(types) if types is not None else None for pointer, types in auditor.matched.items()
    }
    found: set[str] = set()
    wanted = {f'"{value}"': value for value in enum_values}
    for directory in READ_DIRS:
        for path in tree.go_files(directory):
            text = tree.read(path) or ""
            found.update(value for literal, value in wanted.items() if literal in text)
    routes_found = frozenset(f"{r.method} {r.path}" for r in routes)
    return TagFacts(routes_found, fields, frozenset(found), frozenset(auditor.known) | frozenset(fields))


_PROSE = frozenset({"description", "summary", "title", "example", "examples"})
_AUDITED_EXTENSIONS = frozenset({"x-go-type", "x-go-variant-of"})
"""The only extensions the facts depend on (others, and prose, can change without a new run)."""


def _without_prose(node: object) -> object:
    """The spec without what cannot change the facts (prose, examples, other extensions)."""
    if isinstance(node, dict):
        return {
            k: _without_prose(v)
            for k, v in node.items()
            if k not in _PROSE and (not str(k).startswith("x-") or k in _AUDITED_EXTENSIONS)
        }
    if isinstance(node, list):
        return [_without_prose(v) for v in node]
    return node


class FactsCache:
    """Facts per tag on disk, keyed by the spec (prose and annotations aside), the tag's files and the
    version of this code: a second run over unchanged input reads no Go file."""

    def __init__(self, directory: Path | None, spec: SpecDocument, enum_values: frozenset[str]) -> None:
        self.directory = directory
        shape = json.dumps(_without_prose(spec.data), sort_keys=True)
        digest = hashlib.sha256(f"{FACTS_VERSION}\n{sorted(enum_values)}\n{shape}".encode())
        self.spec_key = digest.hexdigest()[:16]

    def _path(self, tree: GitTree) -> Path | None:
        if self.directory is None:
            return None
        files = hashlib.sha256(tree.key(list(tree.blobs)).encode()).hexdigest()[:16]
        return self.directory / f"{tree.tag}-{self.spec_key}-{files}.json"

    def get(self, tree: GitTree) -> TagFacts | None:
        """The cached facts of `tree`, if any."""
        path = self._path(tree)
        if path is None or not path.is_file():
            return None
        try:
            return TagFacts.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, KeyError):
            return None

    def put(self, tree: GitTree, facts: TagFacts) -> None:
        """Remember the facts of `tree`."""
        path = self._path(tree)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(facts.to_json()), encoding="utf-8")


@dataclass(frozen=True)
class Unreadable:
    """A tag the history could not read, and why."""

    tag: str
    reason: str


def collect(
    objects: GitObjects, tags: list[str], spec: SpecDocument, cache: FactsCache, enum_values: frozenset[str]
) -> tuple[dict[str, TagFacts], list[Unreadable]]:
    """The facts of every readable tag (in `tags`' order) and the tags that could not be read."""
    facts: dict[str, TagFacts] = {}
    unreadable: list[Unreadable] = []
    for tag in tags:
        try:
            tree = GitTree.at(objects, tag)
            cached = cache.get(tree)
            if cached is None:
                cached = tag_facts(tree, spec, enum_values)
                cache.put(tree, cached)
        except AuditError as exc:
            unreadable.append(Unreadable(tag, str(exc)))
            continue
        facts[tag] = cached
    return facts, unreadable
