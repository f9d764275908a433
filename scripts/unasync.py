"""Derive the synchronous client (``_sync/`` of the generated package) from the asynchronous one.

Usage: unasync.py GENERATED_PACKAGE_DIR

The asynchronous modules are the only source: the hand-written I/O layer
(``overlays/ollama_openapi/_async/``) and the generated methods (``GENERATED_PACKAGE_DIR/_async/``).
Each is rewritten token by token (``async def`` to ``def``, ``await x`` to ``x``, ``AsyncStream`` to
``Stream``, ``ollama_openapi._async.core`` to ``ollama_openapi_generated._sync.core``, ...), formatted
with ruff and written to ``GENERATED_PACKAGE_DIR/_sync/`` under the same name: the whole directory,
nothing in it written by hand. ``make check-generated`` compares the result line by line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = ROOT / "overlays" / "ollama_openapi" / "_async"

# Whole words (identifiers) and their synchronous names.
WORDS = {
    "AsyncChunkSource": "ChunkSource",
    "AsyncEventSource": "EventSource",
    "aiterate_events": "iterate_events",
    "_AsyncChunks": "_Chunks",
    "AsyncClientCore": "ClientCore",
    "AsyncClient": "Client",
    "AsyncOperations": "Operations",
    "AsyncPool": "Pool",
    "AsyncRawResponses": "RawResponses",
    "AsyncStream": "Stream",
    "AsyncTransport": "Transport",
    "_AsyncStreamBody": "_StreamBody",
    "AsyncIterable": "Iterable",
    "AsyncIterator": "Iterator",
    "AsyncGenerator": "Generator",
    "AsyncByteStream": "SyncByteStream",
    "StopAsyncIteration": "StopIteration",
    "aiterate": "iterate",
    "arun_tools": "run_tools",
    "astream_tools": "stream_tools",
    "arun_calls": "run_calls",
    "aiter_ndjson": "iter_ndjson",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aiter_file": "iter_file",
    "aread": "read",
    "aclose": "close",
    "_ainflated": "_inflated",
    "_alaps": "_laps",
    "async_wait": "wait",
    "async_lock": "lock",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "_async": "_sync",
    "asynchronous": "synchronous",
}
PATTERNS = [
    # The derived modules live in the generated package, beside the generated methods.
    (re.compile(r"\bollama_openapi\._async\b"), "ollama_openapi_generated._sync"),
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    # Documentation about event loops has no synchronous meaning: "(With asyncio: ...)" paragraphs
    # of docstrings, and "(with asyncio: ...)" or ": ..." asides in a sentence, are dropped.
    (re.compile(r"\n\n( *)\(With asyncio: [^)]*\)\n"), r"\n"),
    (re.compile(r" ?\(with asyncio: [^)]*\)"), ""),
    # AsyncGenerator[T, None] has no return type parameter; Generator[T, None, None] does.
    (re.compile(r"\bAsyncGenerator\[([^\[\]]+(?:\[[^\[\]]*\])?), None\]"), r"Generator[\1, None, None]"),
    (re.compile(r"\b([Aa])n asynchronous\b"), r"\1 synchronous"),
    (re.compile(r"\ban (`?Async)"), r"a \1"),
    (re.compile(r"\bAwaitable\[([^\[\]]+(?:\[[^\[\]]*\])?)\]"), r"\1"),
    (re.compile(r"\b(" + "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True)) + r")\b"), None),
    # Any other AsyncName (a generated namespace class such as AsyncOpenAI) is Name.
    (re.compile(r"\bAsync(?=[A-Z])"), ""),
]


ASYNC_ONLY = "# async only"
"""Marks a line that has no synchronous counterpart (dropped)."""


def convert(source: str, origin: str) -> str:
    text = "".join(line for line in source.splitlines(keepends=True) if ASYNC_ONLY not in line)
    for pattern, replacement in PATTERNS:
        if replacement is None:
            text = pattern.sub(lambda match: WORDS[match.group(1)], text)
        else:
            text = pattern.sub(replacement, text)
    header = f"# @generated from {origin} by scripts/unasync.py: do not edit; run `make generate`.\n"
    return header + text


def formatted(text: str, path: Path) -> str:
    ruff = str(Path(sys.executable).parent / "ruff")
    config = ["--config", str(ROOT / "pyproject.toml"), "--stdin-filename", str(path)]
    for command in (
        ["check", "--fix-only", "--unsafe-fixes", "--select", "I,F401,UP,RUF022", "--quiet"],
        ["format", "--quiet"],
    ):
        text = subprocess.run(
            [ruff, *command, *config, "-"], input=text, capture_output=True, text=True, check=True
        ).stdout
    return text


def sources(package: Path) -> list[tuple[Path, str]]:
    """The asynchronous modules and how each names its origin (relative to the project)."""
    found = [
        (path, f"overlays/ollama_openapi/_async/{path.name}")
        for path in HAND_WRITTEN.glob("*.py")
        if path.name != "__init__.py"  # the generated _async/__init__.py is the source of _sync's
    ]
    found += [
        (path, f"generated/{package.name}/_async/{path.name}") for path in (package / "_async").glob("*.py")
    ]
    return sorted(found, key=lambda item: item[1])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    package = Path(sys.argv[1]).resolve()
    target = package / "_sync"
    target.mkdir(exist_ok=True)
    derived = {}
    for path, origin in sources(package):
        if path.name in derived:
            raise SystemExit(f"unasync: two sources for _sync/{path.name}")
        derived[path.name] = formatted(convert(path.read_text("utf-8"), origin), target / path.name)
    for stale in set(p.name for p in target.glob("*.py")) - set(derived):
        (target / stale).unlink()
    for name, text in derived.items():
        (target / name).write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
