"""``python -m bench.decoders``: the stream decoders alone on one large item, cut into reads of a size.

A Server-Sent Event (the ``/v1`` streams) and an NDJSON line (the native streams) of ``--size`` bytes
are fed to `SSEDecoder` and `NDJSONDecoder` in reads of 1 byte, 64 KiB and 1 MiB. A decoder that keeps
its place costs about the same per byte whatever the read size (1-byte reads pay a call per byte);
one that rescans what it holds costs the item's size per read. CPU time is the best of ``--reps``
runs; the peak of Python memory is measured in a separate traced run. Results are printed and written
to ``bench/results/decoders.json``.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ollama_openapi._ndjson import NDJSONDecoder
from ollama_openapi._sse import SSEDecoder

__all__ = ["main", "measure"]

MiB = 1024 * 1024
READS = {"1 B": 1, "64 KiB": 64 * 1024, "1 MiB": MiB}
OUT = Path(__file__).resolve().parent / "results" / "decoders.json"


def _item(form: str, size: int) -> bytes:
    if form == "sse":
        return b'data: {"choices": [{"delta": {"content": "' + b"x" * size + b'"}}]}\n\ndata: [DONE]\n\n'
    return b'{"message": {"content": "' + b"x" * size + b'"}, "done": true}\n'


def _decoder(form: str) -> SSEDecoder | NDJSONDecoder:
    return SSEDecoder() if form == "sse" else NDJSONDecoder(final=lambda item: True)


def _feed(form: str, reads: list[bytes]) -> float:
    decoder = _decoder(form)
    feed: Callable[[bytes], list[Any]] = decoder.feed
    started = time.process_time()
    delivered = 0
    for read in reads:
        delivered += len(feed(read))
    elapsed = time.process_time() - started
    if delivered != 1:
        raise RuntimeError(f"{form}: {delivered} items decoded, expected 1")
    return elapsed


def _peak(form: str, reads: list[bytes]) -> float:
    decoder = _decoder(form)
    tracemalloc.start()
    try:
        for read in reads:
            decoder.feed(read)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / MiB


def measure(form: str, size: int, read: int, reps: int, traced: bool) -> dict[str, Any]:
    """CPU seconds (best of `reps`), MB/s and (`traced`) peak MiB of decoding one item of `size`."""
    item = _item(form, size)
    reads = [item[start : start + read] for start in range(0, len(item), read)]
    best = min(_feed(form, reads) for _ in range(reps))
    row: dict[str, Any] = {
        "format": form,
        "item_bytes": size,
        "read_bytes": read,
        "cpu_s": round(best, 3),
        "mb_per_s": round(size / 1e6 / best, 1) if best else None,
    }
    if traced:
        row["peak_mib"] = round(_peak(form, reads), 1)
    return row


def main(argv: list[str] | None = None) -> int:
    """Measure both decoders at every read size; print a table and write the JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.decoders", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000_000, help="item bytes (default 50 MB)")
    parser.add_argument(
        "--byte-size", type=int, default=5_000_000, help="item bytes for 1-byte reads (default 5 MB)"
    )
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    options = parser.parse_args(argv)
    rows = []
    print("| format | item | reads | CPU s | MB/s | peak MiB (traced) |")
    print("|---|---|---|---|---|---|")
    for form in ("sse", "ndjson"):
        for label, read in READS.items():
            size = options.byte_size if read == 1 else options.size
            row = measure(form, size, read, 1 if read == 1 else options.reps, traced=read != 1)
            rows.append(row)
            print(
                f"| {form} | {size / 1e6:g} MB | {label} | {row['cpu_s']} | {row['mb_per_s']} "
                f"| {row.get('peak_mib', 'n/a')} |",
                flush=True,
            )
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
