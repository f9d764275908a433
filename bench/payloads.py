"""Deterministic, realistic response bodies for the benchmark server.

Streams copy the shape of real Ollama lines (the recordings under ``tests/data/recorded``): Go
timestamps with nanoseconds, short tokens, a final line with durations. Everything is built once and
cached, so the server only writes prebuilt bytes.
"""

from __future__ import annotations

import functools
import json
import random
from pathlib import Path

__all__ = [
    "EMBED_DIMENSIONS",
    "EMBED_VECTORS",
    "MODEL",
    "chunked",
    "embed_body",
    "ndjson_lines",
    "show_body",
    "version_body",
]

MODEL = "llama3.2:1b"
EMBED_VECTORS = 64
EMBED_DIMENSIONS = 1024
_TOKENS = [" the", " model", " is", " a", " large", " language", ",", " and", " it", " answers", ".", "\n"]
_RECORDED = Path(__file__).resolve().parent.parent / "tests" / "data" / "recorded"


def _timestamp(index: int) -> str:
    # Ollama's Go time.RFC3339Nano: nine fractional digits (trailing zeros trimmed), UTC "Z".
    seconds, rest = divmod(index * 4_871_357, 1_000_000_000)
    minutes, seconds = divmod(seconds, 60)
    fraction = f"{rest:09d}".rstrip("0")
    return f"2025-08-20T13:{48 + minutes % 10:02d}:{seconds:02d}{'.' if fraction else ''}{fraction}Z"


def _dumps(document: object) -> bytes:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def _chat_line(index: int, done: bool) -> dict[str, object]:
    line: dict[str, object] = {
        "model": MODEL,
        "created_at": _timestamp(index),
        "message": {"role": "assistant", "content": "" if done else _TOKENS[index % len(_TOKENS)]},
        "done": done,
    }
    if done:
        line.update(_final_stats(index))
    return line


def _generate_line(index: int, done: bool) -> dict[str, object]:
    line: dict[str, object] = {
        "model": MODEL,
        "created_at": _timestamp(index),
        "response": "" if done else _TOKENS[index % len(_TOKENS)],
        "done": done,
    }
    if done:
        line.update(_final_stats(index))
        line["context"] = list(range(128_000, 128_512))
    return line


def _final_stats(count: int) -> dict[str, object]:
    return {
        "done_reason": "stop",
        "total_duration": 313_801_125 + count,
        "load_duration": 41_717_917,
        "prompt_eval_count": 15,
        "prompt_eval_duration": 27_758_541,
        "eval_count": count,
        "eval_duration": 243_926_334 + count,
    }


def _pull_line(index: int, done: bool) -> dict[str, object]:
    if done:
        return {"status": "success"}
    digest = "sha256:26bd607a51eb1f3a0d3beac444b977e03fa745def499add60c996c08c8c2ddcd"
    return {
        "status": "pulling 26bd607a51eb",
        "digest": digest,
        "total": 408_734_816,
        "completed": index * 20_437,
    }


_LINE_BUILDERS = {"chat": _chat_line, "generate": _generate_line, "pull": _pull_line}


@functools.cache
def ndjson_lines(kind: str, count: int) -> tuple[bytes, ...]:
    """`count` newline-terminated lines of a ``chat``, ``generate`` or ``pull`` stream; the last is final."""
    build = _LINE_BUILDERS[kind]
    return tuple(_dumps(build(index, index == count - 1)) + b"\n" for index in range(count))


@functools.cache
def chunked(kind: str, count: int) -> bytes:
    """The stream as an HTTP/1.1 chunked body: one line per chunk, then the last-chunk marker."""
    parts = [b"%x\r\n%s\r\n" % (len(line), line) for line in ndjson_lines(kind, count)]
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


def _openai_chunk(index: int, done: bool) -> dict[str, object]:
    delta: dict[str, object] = {} if done else {"role": "assistant", "content": _TOKENS[index % len(_TOKENS)]}
    return {
        "id": "chatcmpl-123",
        "object": "chat.completion.chunk",
        "created": 1763632800,
        "model": MODEL,
        "system_fingerprint": "fp_ollama",
        "choices": [{"index": 0, "delta": delta, "finish_reason": "stop" if done else None}],
    }


@functools.cache
def sse_chunked(count: int) -> bytes:
    """A ``/v1/chat/completions`` stream of `count` chunks as Ollama frames it (one ``data:`` event
    per HTTP chunk, then ``data: [DONE]``), as an HTTP/1.1 chunked body."""
    chunks = [_openai_chunk(index, index == count - 1) for index in range(count)]
    events = [b"data: " + _dumps(chunk) + b"\n\n" for chunk in chunks]
    events.append(b"data: [DONE]\n\n")
    return b"".join(b"%x\r\n%s\r\n" % (len(event), event) for event in events) + b"0\r\n\r\n"


@functools.cache
def show_body() -> bytes:
    """A real ``/api/show`` answer (non-verbose: license, modelfile, template, details, model_info)."""
    return (_RECORDED / "api_show__crewai__3.json").read_bytes()


def version_body() -> bytes:
    """A ``/api/version`` answer."""
    return b'{"version":"0.12.6"}'


@functools.cache
def embed_body() -> bytes:
    """An ``/api/embed`` answer with 64 vectors of 1,024 floats, printed as Go prints float32 values."""
    rng = random.Random(7)
    vectors = [
        [float(f"{rng.gauss(0.0, 0.03):.8g}") for _ in range(EMBED_DIMENSIONS)] for _ in range(EMBED_VECTORS)
    ]
    return _dumps(
        {
            "model": "nomic-embed-text",
            "embeddings": vectors,
            "total_duration": 14_143_917,
            "load_duration": 1_019_500,
            "prompt_eval_count": 8 * EMBED_VECTORS,
        }
    )
