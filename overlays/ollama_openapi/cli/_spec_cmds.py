"""The commands that read the spec this package ships and talk to no server: ``api-changes``, ``spec``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ollama_openapi._releases import Release, parse_release
from ollama_openapi.api_history import Item, changes
from ollama_openapi.cli._exit import ExitCode, UsageError
from ollama_openapi.cli._output import Output
from ollama_openapi.release_spec import spec_at
from ollama_openapi.spec import load_spec

__all__ = ["cmd_api_changes", "cmd_spec"]


def _release(text: str, what: str) -> Release:
    found = parse_release(text)
    if found is None:
        raise UsageError(f"{what} must be an Ollama release number like 0.9.0 or v0.9.0, got {text!r}")
    return found


def _describe(item: Item) -> str:
    if item.kind == "route":
        return "the route"
    side = "request" if item.side == "request" else "answer"
    kind = {"field": "field", "value": "value", "form": "form"}[item.kind]
    return f"{side} {kind} {item.name}"


def cmd_api_changes(args: argparse.Namespace, out: Output) -> int:
    """``api-changes OLD NEW``: what the releases after OLD up to NEW added and removed, by operation."""
    old, new = _release(args.old, "OLD"), _release(args.new, "NEW")
    if new < old:
        raise UsageError(f"NEW ({new}) is older than OLD ({old}): give the older release first")
    found = changes(load_spec(), old, new)
    if out.json:
        out.document(
            [
                {
                    "operation": group.operation_id,
                    "route": group.route,
                    "added": [_entry(item, item.since) for item in group.added],
                    "removed": [_entry(item, item.removed) for item in group.removed],
                }
                for group in found
            ]
        )
        return ExitCode.OK
    out.line(
        f"API changes after Ollama {old} up to {new}:"
        if found
        else f"No API changes after {old} up to {new}."
    )
    for group in found:
        out.line()
        out.line(f"{group.route} ({group.operation_id})")
        for item in group.added:
            out.line(f"  + {_describe(item)}  (added in {item.since})")
        for item in group.removed:
            out.line(f"  - {_describe(item)}  (removed in {item.removed})")
    return ExitCode.OK


def _entry(item: Item, release: Release | None) -> dict[str, str]:
    return {"side": item.side, "kind": item.kind, "name": item.name, "release": str(release)}


def cmd_spec(args: argparse.Namespace, out: Output) -> int:
    """``spec [--release X] [--output FILE]``: the OpenAPI document (of release X alone) as JSON."""
    spec = load_spec()
    document = spec if args.release is None else spec_at(spec, _release(args.release, "--release"))
    text = json.dumps(document, indent=2, ensure_ascii=False)
    if args.output is None:
        out.line(text)
    else:
        Path(args.output).write_text(text + "\n", "utf-8")
    return ExitCode.OK
