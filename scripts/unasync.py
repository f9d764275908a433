"""Derive the synchronous I/O layer (``_sync/``) from the asynchronous one (``_async/``).

Usage: unasync.py [--check]

The asynchronous modules are the only source: each is rewritten token by token (``async def`` to
``def``, ``await x`` to ``x``, ``AsyncStream`` to ``Stream``, ...), formatted with ruff and written to
``_sync/`` under the same name. With ``--check`` nothing is written; the exit status is 1 when a
``_sync`` module differs from what its ``_async`` source gives (``make check-generated`` runs it).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlays" / "ollama_openapi"
SOURCE = PACKAGE / "_async"
TARGET = PACKAGE / "_sync"
MODULES = (
    "ndjson.py",
    "sse.py",
    "streams.py",
    "network.py",
    "transport.py",
    "core.py",
    "operations.py",
    "namespaces.py",
    "client.py",
)
"""What is derived; ``pool.py`` is not: one httpx client per event loop has no synchronous twin."""

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
    "aiter_ndjson": "iter_ndjson",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aiter_file": "iter_file",
    "aread": "read",
    "aclose": "close",
    "_ainflated": "_inflated",
    "_alaps": "_laps",
    "async_wait": "wait",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "_async": "_sync",
    "asynchronous": "synchronous",
}
PATTERNS = [
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


def convert(source: str, name: str) -> str:
    text = "".join(line for line in source.splitlines(keepends=True) if ASYNC_ONLY not in line)
    for pattern, replacement in PATTERNS:
        if replacement is None:
            text = pattern.sub(lambda match: WORDS[match.group(1)], text)
        else:
            text = pattern.sub(replacement, text)
    header = f"# Derived from _async/{name} by scripts/unasync.py: do not edit (run `make generate`).\n"
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


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for name in MODULES:
        target = TARGET / name
        expected = formatted(convert((SOURCE / name).read_text("utf-8"), name), target)
        current = target.read_text("utf-8") if target.exists() else None
        if current == expected:
            continue
        if check:
            stale.append(name)
        else:
            target.write_text(expected, "utf-8")
    if stale:
        print(f"_sync/ is stale ({', '.join(stale)}): run 'make generate' and commit the result")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
