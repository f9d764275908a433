"""The auditor's command line (``python -m ollama_openapi_maintainer.audit --ollama-src DIR``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ollama_openapi_maintainer.audit.errors import AuditError
from ollama_openapi_maintainer.audit.native import audit
from ollama_openapi_maintainer.audit.report import _IGNORE_KEY
from ollama_openapi_maintainer.audit.spec_document import SpecDocument, load_spec_file


def _shipped_spec() -> SpecDocument:
    from ollama_openapi.spec import load_spec

    return SpecDocument(load_spec(), "ollama_openapi_generated/openapi.json")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status (0 no difference, 1 differences, 2 error)."""
    parser = argparse.ArgumentParser(
        prog="python -m ollama_openapi_maintainer.audit",
        description="Print every difference between the OpenAPI spec and Ollama's Go source.",
    )
    parser.add_argument(
        "--ollama-src", required=True, type=Path, help="a checkout of github.com/ollama/ollama"
    )
    parser.add_argument(
        "--spec", type=Path, help="the spec to check, JSON or YAML (default: the shipped one)"
    )
    parser.add_argument("--include-v1", action="store_true", help="also compare the /v1 (OpenAI) routes")
    parser.add_argument("--show-ignored", action="store_true", help=f"also list what {_IGNORE_KEY} silences")
    args = parser.parse_args(argv)
    try:
        spec = load_spec_file(args.spec) if args.spec is not None else _shipped_spec()
        result = audit(args.ollama_src, spec, include_v1=args.include_v1)
    except (AuditError, OSError) as exc:
        print(f"spec_audit: {exc}", file=sys.stderr)
        return 2
    print(f"Ollama source: {args.ollama_src}; spec: {spec.label}")
    print(result.report(show_ignored=args.show_ignored))
    return 1 if result.differences else 0
