"""A line that arrives in many tiny chunks costs memory in proportion to its bytes, not its chunks."""

from __future__ import annotations

import json
import tracemalloc

import ollama_openapi._ndjson as ndjson
from ollama_openapi._ndjson import NDJSONDecoder

SIZE = 256 * 1024


def _parser_peak(line: bytes) -> int:
    """The memory the active JSON parser itself takes to read `line` (orjson: ~13x its size)."""
    tracemalloc.start()
    try:
        ndjson._line_loads(line)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def test_a_line_sent_byte_by_byte_costs_about_its_size(line_loader: str) -> None:
    line = json.dumps({"response": "x" * SIZE, "done": True}).encode() + b"\n"
    parser = _parser_peak(line)
    decoder = NDJSONDecoder()
    tracemalloc.start()
    try:
        items = []
        for index in range(len(line)):
            items.extend(decoder.feed(line[index : index + 1]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert items == [json.loads(line)]
    # One list entry per 1-byte chunk cost ~50x the line (a bytes object each); the buffer grows with
    # the bytes: the line, its decoded value and the buffer's slack, beside what the parser takes.
    extra = peak - parser
    assert extra < 5 * len(line), (
        f"peak {peak / len(line):.1f}x the line, the parser's {parser / len(line):.1f}x"
    )


def test_a_long_line_is_read_with_json_whatever_parser_is_installed() -> None:
    """orjson allocates ~13x a document while it reads it; past FAST_PARSE_MAX_BYTES lines go to json."""
    line = json.dumps({"response": "x" * (ndjson.FAST_PARSE_MAX_BYTES + 1), "done": True}).encode()
    assert ndjson._line_loads(line) == json.loads(line)
    assert _parser_peak(line) < 4 * len(line), f"{_parser_peak(line) / len(line):.1f}x the line"
