"""``python -m ollama_openapi_maintainer.history --ollama-src CLONE [--spec openapi/ollama.yaml]``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ollama_openapi_maintainer.audit.errors import AuditError
from ollama_openapi_maintainer.audit.spec_document import load_spec_file
from ollama_openapi_maintainer.history.annotate import derive, spec_nodes, write
from ollama_openapi_maintainer.history.facts import FactsCache, collect
from ollama_openapi_maintainer.history.git_tree import GitObjects
from ollama_openapi_maintainer.history.tags import release_tags


def main(argv: Sequence[str] | None = None) -> int:
    """Annotate the spec; exit status 0, or 2 when the clone or the spec cannot be read."""
    parser = argparse.ArgumentParser(
        prog="python -m ollama_openapi_maintainer.history",
        description="Write x-ollama-since / x-ollama-removed / x-ollama-enum-since into the spec from "
        "every release tag of a clone of ollama/ollama.",
    )
    parser.add_argument(
        "--ollama-src", required=True, type=Path, help="a clone of ollama/ollama with its tags"
    )
    parser.add_argument(
        "--spec", type=Path, default=Path("openapi/ollama.yaml"), help="the YAML spec to annotate"
    )
    parser.add_argument("--cache-dir", type=Path, default=Path(".cache/spec-history"), help="facts per tag")
    parser.add_argument("--no-cache", action="store_true", help="read every tag again")
    parser.add_argument("--first", default="v0.1.0", help="the oldest tag to read (default v0.1.0)")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when the spec would change"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        text = args.spec.read_text(encoding="utf-8")
        spec = load_spec_file(args.spec)
        objects = GitObjects(args.ollama_src)
        try:
            tags = release_tags(objects.git("tag", "--list").split(), args.first)
            nodes = spec_nodes(spec)
            values = frozenset(v for _, vs in nodes.enums.values() for v in vs)
            cache = FactsCache(None if args.no_cache else args.cache_dir, spec, values)
            facts, unreadable = collect(objects, tags, spec, cache, values)
        finally:
            objects.close()
    except (AuditError, OSError) as exc:
        print(f"spec_history: {exc}", file=sys.stderr)
        return 2
    readable = [t for t in tags if t in facts]
    annotations = derive(spec, nodes, readable, facts)
    updated = write(text, annotations, nodes)
    untraced = sorted(set(nodes.properties) - annotations.traced)
    print(
        f"{len(tags)} release tags ({tags[0] if tags else '-'} .. {tags[-1] if tags else '-'}), "
        f"{len(readable)} read, {len(unreadable)} unreadable"
    )
    for item in unreadable:
        print(f"  unreadable: {item.tag}: {item.reason}")
    print(
        f"{len(nodes.operations)} operations, {len(nodes.properties)} properties "
        f"({len(nodes.properties) - len(untraced)} traced to a Go field, {len(untraced)} given their "
        f"route's release), {len(nodes.enums)} enums; {len(annotations.removed)} removed; "
        f"{time.monotonic() - started:.1f} s"
    )
    missing = [p for p in [*nodes.operations, *nodes.properties] if p not in annotations.since]
    for pointer in missing:
        print(f"  no release found for {pointer}")
    if args.check:
        return 1 if updated != text else 0
    if updated != text:
        args.spec.write_text(updated, encoding="utf-8")
        print(f"wrote {args.spec}")
    return 0
