"""Measure one client in this process and print the samples as one JSON document on stdout.

``python -m bench.worker --client ours --base-url http://127.0.0.1:PORT --cases stream_chat,show``

Each case is warmed up (connection open, modules imported, caches filled), then timed `--reps`
times; the parent takes the best of those samples per process and the median over processes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .clients import Adapter, Unsupported, make_adapter

__all__ = ["CASES", "main", "run_case"]

STREAM_CHUNKS = 20_000
SMALL_CALLS = 2_000
EMBED_CALLS = 30
ASYNC_STREAMS = 50
ASYNC_CHUNKS = 1_000


def _timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall-clock seconds, CPU seconds of this process (user + system), and the action's result.

    CPU time is what the client itself costs; it hardly moves when other processes load the machine,
    whereas wall-clock time also counts waiting for the server and for a free CPU.
    """
    cpu_start = time.process_time()
    start = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - start
    return elapsed, time.process_time() - cpu_start, result


def _stream_case(kind: str) -> Callable[[Adapter, int], dict[str, Any]]:
    def run(adapter: Adapter, reps: int) -> dict[str, Any]:
        adapter.stream(kind, 500)  # warm-up
        samples, cpu = [], []
        for _ in range(reps):
            elapsed, cpu_time, chunks = _timed(lambda: adapter.stream(kind, STREAM_CHUNKS))
            if chunks != STREAM_CHUNKS:
                raise AssertionError(f"{kind}: got {chunks} chunks, expected {STREAM_CHUNKS}")
            samples.append(elapsed / STREAM_CHUNKS * 1e6)
            cpu.append(cpu_time / STREAM_CHUNKS * 1e6)
        return {"unit": "us/chunk", "samples": samples, "cpu_samples": cpu, "lower_is_better": True}

    return run


def _calls_case(name: str, calls: int, warmup: int, unit_scale: float, unit: str) -> Callable[..., Any]:
    def run(adapter: Adapter, reps: int) -> dict[str, Any]:
        call: Callable[[], Any] = getattr(adapter, name)
        for _ in range(warmup):
            call()
        samples, cpu = [], []
        for _ in range(reps):

            def loop() -> None:
                for _ in range(calls):
                    call()

            elapsed, cpu_time, _ = _timed(loop)
            samples.append(elapsed / calls * unit_scale)
            cpu.append(cpu_time / calls * unit_scale)
        return {"unit": unit, "samples": samples, "cpu_samples": cpu, "lower_is_better": True}

    return run


def _async_case(adapter: Adapter, reps: int) -> dict[str, Any]:
    asyncio.run(adapter.achat_many(5, 100))  # warm-up
    samples, cpu = [], []
    expected = ASYNC_STREAMS * ASYNC_CHUNKS
    for _ in range(reps):
        elapsed, cpu_time, chunks = _timed(
            lambda: asyncio.run(adapter.achat_many(ASYNC_STREAMS, ASYNC_CHUNKS))
        )
        if chunks != expected:
            raise AssertionError(f"async chat: got {chunks} chunks, expected {expected}")
        samples.append(chunks / elapsed)
        cpu.append(chunks / cpu_time)
    return {"unit": "chunks/s", "samples": samples, "cpu_samples": cpu, "lower_is_better": False}


def _rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class _RssSampler(threading.Thread):
    """Samples this process's resident set every few milliseconds; keeps the peak."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = _rss_kib()
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.005):
            self.peak = max(self.peak, _rss_kib())


def _upload_case(adapter: Adapter, reps: int, upload_file: Path, warm_file: Path) -> dict[str, Any]:
    adapter.upload(warm_file)  # warm-up: imports, connection, code paths
    size = upload_file.stat().st_size
    rss_before = _rss_kib()
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sampler = _RssSampler()
    sampler.start()
    elapsed, cpu_time, _ = _timed(lambda: adapter.upload(upload_file))
    sampler.stopped.set()
    sampler.join()
    maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = max(sampler.peak, maxrss_after if maxrss_after > maxrss_before else 0)
    return {
        "unit": "MiB/s",
        "samples": [size / elapsed / 2**20],
        "cpu_samples": [size / cpu_time / 2**20],
        "lower_is_better": False,
        "rss_growth_mib": (peak - rss_before) / 1024,
        "rss_before_mib": rss_before / 1024,
        "seconds": elapsed,
    }


CASES: dict[str, Callable[..., dict[str, Any]]] = {
    "stream_chat": _stream_case("chat"),
    "stream_generate": _stream_case("generate"),
    "stream_pull": _stream_case("pull"),
    "stream_openai_chat": _stream_case("openai_chat"),
    "show": _calls_case("show", SMALL_CALLS, 50, 1e6, "us/call"),
    "version": _calls_case("version", SMALL_CALLS, 50, 1e6, "us/call"),
    "embed": _calls_case("embed", EMBED_CALLS, 3, 1e3, "ms/call"),
    "async_chat": _async_case,
}


def run_case(adapter: Adapter, case: str, reps: int, upload: tuple[Path, Path] | None) -> dict[str, Any]:
    """Run one case; an unsupported call or a failure becomes ``{"error": ...}``."""
    try:
        if case == "upload":
            if upload is None:
                raise ValueError("the upload case needs --upload-file and --warm-file")
            return _upload_case(adapter, reps, *upload)
        return CASES[case](adapter, reps)
    except Unsupported:
        return {"error": "not offered by this client", "unsupported": True}
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=4)}


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description="Benchmark one client")
    parser.add_argument("--client", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--cases", required=True, help="comma-separated case names")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU")
    parser.add_argument("--upload-file", type=Path)
    parser.add_argument("--warm-file", type=Path)
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    upload = (args.upload_file, args.warm_file) if args.upload_file and args.warm_file else None
    adapter = make_adapter(args.client, args.base_url)
    results = {}
    try:
        for case in args.cases.split(","):
            results[case] = run_case(adapter, case, args.reps, upload)
    finally:
        adapter.close()
    versions = {"python": sys.version.split()[0]}
    for module in ("httpx", "ollama", "pydantic", "attrs"):
        imported = sys.modules.get(module)
        if imported is not None:
            versions[module] = str(getattr(imported, "__version__", "?"))
    json.dump({"client": args.client, "results": results, "versions": versions}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
