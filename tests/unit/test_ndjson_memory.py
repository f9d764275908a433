"""A line that arrives in many tiny chunks costs memory in proportion to its bytes, not its chunks."""

from __future__ import annotations

import json
import tracemalloc

from ollama_openapi._ndjson import NDJSONDecoder

SIZE = 256 * 1024


def test_a_line_sent_byte_by_byte_costs_about_its_size() -> None:
    line = json.dumps({"response": "x" * SIZE, "done": True}).encode() + b"\n"
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
    # the bytes: the line, its decoded value and the buffer's slack.
    assert peak < 6 * len(line), f"peak {peak / len(line):.1f}x the line"
