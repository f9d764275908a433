"""`python -m bench`: run every benchmark, print a table, write bench/results/{results.json,ratios.png}.

The bench server runs in its own process pinned to one CPU, each client in its own worker process
pinned to the other. A run measures every client once (in a rotating order); each worker reports the
best of its repetitions, the report gives the median of those over runs, and ratios are computed
within each run before taking their median, so that load from other processes on the machine
shifts both sides of a ratio alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import IO, Any

from . import importtime, report
from .seed_env import SEED_PACKAGES, ensure_seed_env
from .server_checks import row as server_checks_row

__all__ = ["main"]

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
CASES = [
    "stream_chat",
    "stream_generate",
    "stream_pull",
    "stream_openai_chat",
    "show",
    "version",
    "embed",
    "async_chat",
]
CLIENTS = ["ours", "official", "raw-httpx", "seed-0.1.2", "openai-sdk"]
UPLOAD_BYTES = 1 << 30


def _cpus() -> tuple[int | None, int | None]:
    """(server CPU, client CPU): two different CPUs when there are two, else no pinning."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    available = sorted(os.sched_getaffinity(0))
    return (available[-1], available[0]) if len(available) >= 2 else (None, None)


class BenchServer:
    """The bench server as a child process; it exits when our end of its stdin closes."""

    def __init__(self, cpu: int | None) -> None:
        command = [sys.executable, "-m", "bench.server", "--port", "0"]
        if cpu is not None:
            command += ["--cpu", str(cpu)]
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        stdout: IO[str] | None = self.process.stdout
        line = stdout.readline() if stdout is not None else ""
        if not line.startswith("PORT "):
            self.process.kill()
            raise RuntimeError(f"the bench server did not start: {line!r}")
        self.port = int(line.split()[1])
        self.base_url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _worker(
    python: str, client: str, server: BenchServer, cases: list[str], args: list[str]
) -> dict[str, Any]:
    command = [python, "-m", "bench.worker", "--client", client, "--base-url", server.base_url]
    command += ["--cases", ",".join(cases), *args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        error = (done.stderr.strip().splitlines() or ["worker failed"])[-1]
        return {"results": {case: {"error": error} for case in cases}}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _versions(seed_python: str | None) -> dict[str, str]:
    versions = {"python": platform.python_version(), "machine": f"{platform.machine()} {platform.system()}"}
    for name in ("httpx", "ollama", "pydantic", "attrs", "ollama-openapi", "matplotlib"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    if seed_python:
        versions["seed venv"] = " ".join(SEED_PACKAGES)
    return versions


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; returns 0 (failed targets are reported, not an error)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of every client (default 5)")
    parser.add_argument("--reps", type=int, default=3, help="timed repetitions per worker (the best counts)")
    parser.add_argument("--upload-runs", type=int, default=3, help="1 GiB uploads per client (0: skip)")
    parser.add_argument("--import-runs", type=int, default=7, help="fresh interpreters per import")
    parser.add_argument("--clients", default=",".join(CLIENTS))
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--no-seed", action="store_true", help="skip the seed library (no venv)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    options.out.mkdir(parents=True, exist_ok=True)
    clients = options.clients.split(",")
    cases = [case for case in options.cases.split(",") if case]
    pythons = {client: sys.executable for client in clients}
    notes: list[str] = []
    seed_python = None
    if "seed-0.1.2" in clients:
        if options.no_seed:
            seed_python, reason = None, "--no-seed"
        else:
            _say("preparing the seed library's venv (bench/.venv-seed) ...")
            seed_python, reason = ensure_seed_env(BENCH_DIR / ".venv-seed")
        if seed_python is None:
            notes.append(f"seed-0.1.2 skipped: {reason}")
            clients.remove("seed-0.1.2")
        else:
            pythons["seed-0.1.2"] = seed_python
    server_cpu, client_cpu = _cpus()
    pin = ["--cpu", str(client_cpu)] if client_cpu is not None else []
    server = BenchServer(server_cpu)
    try:
        _say(f"bench server on {server.base_url} (server CPU {server_cpu}, clients CPU {client_cpu})")
        check = subprocess.run(
            [sys.executable, "-m", "bench.server_check", "--port", str(server.port), *pin],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        server_check = json.loads(check.stdout)
        _say(
            "server alone: {:,.0f} chunks/s on one stream, {:,.0f} chunks/s on 50, "
            "upload {:,.0f} MiB/s".format(
                server_check["stream_chunks_per_s"],
                server_check["async_chunks_per_s"],
                server_check["upload_mib_per_s"] or 0,
            )
        )
        checked = subprocess.run(
            [sys.executable, "-m", "bench.server_checks", "--base-url", server.base_url, *pin],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        server_checks = json.loads(checked.stdout)
        _say(server_checks_row(server_checks))
        runs: list[dict[str, dict[str, Any]]] = []
        versions_seen: dict[str, Any] = {}
        for run in range(options.runs if cases else 0):
            order = clients[run % len(clients) :] + clients[: run % len(clients)]
            measured: dict[str, dict[str, Any]] = {}
            for client in order:
                _say(f"run {run + 1}/{options.runs}: {client}")
                result = _worker(pythons[client], client, server, cases, ["--reps", str(options.reps), *pin])
                measured[client] = result["results"]
                versions_seen[client] = result.get("versions")
            runs.append(measured)
        if options.upload_runs:
            with tempfile.TemporaryDirectory(dir=options.out) as scratch:
                big, warm = Path(scratch) / "blob-1gib.bin", Path(scratch) / "blob-warm.bin"
                with big.open("wb") as handle:
                    handle.truncate(UPLOAD_BYTES)  # sparse: costs no disk
                with warm.open("wb") as handle:
                    handle.truncate(1 << 20)
                files = ["--upload-file", str(big), "--warm-file", str(warm), *pin]
                for run in range(options.upload_runs):
                    order = clients[run % len(clients) :] + clients[: run % len(clients)]
                    for client in order:
                        _say(f"upload {run + 1}/{options.upload_runs}: {client}")
                        result = _worker(pythons[client], client, server, ["upload"], files)
                        if run < len(runs):
                            runs[run].setdefault(client, {}).update(result["results"])
                        else:
                            runs.append({client: result["results"]})
    finally:
        server.stop()
    imports: dict[str, dict[str, Any]] = {}
    if options.import_runs:
        for client in clients:
            _say(f"import time: {client}")
            imports[client] = {
                statement: importtime.measure_import(pythons[client], statement, options.import_runs, ROOT)
                for statement in importtime.IMPORT_STATEMENTS[client]
            }
        raw, top = importtime.importtime_top(sys.executable, "from ollama_openapi import Client", ROOT)
        (options.out / "importtime-ours.txt").write_text(raw)
    else:
        top = []
    cases_summary = report.aggregate(runs)
    rows = report.verdicts(cases_summary, imports)
    table = report.format_table(cases_summary, imports, clients, rows)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    subtitle = (
        f"medians of {options.runs} runs (best of {options.reps} reps), {time.strftime('%Y-%m-%d %H:%M')}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load[0]:.2f}"
        if load
        else f"medians of {options.runs} runs"
    )
    chart_problem = report.draw_chart(cases_summary, imports, clients, options.out / "ratios.png", subtitle)
    if chart_problem:
        notes.append(chart_problem)
    document = {
        "settings": vars(options) | {"out": str(options.out)},
        "environment": {
            "versions": _versions(seed_python),
            "worker_versions": versions_seen,
            "load_average": load,
        },
        "server_check": server_check,
        "server_checks": server_checks,
        "cases": cases_summary,
        "imports": imports,
        "import_top_ours": top,
        "targets": rows,
        "runs": runs,
        "notes": notes,
        "seconds": time.perf_counter() - started,
    }
    (options.out / "results.json").write_text(json.dumps(document, indent=2, default=str))
    (options.out / "results.txt").write_text(table + "\n")
    print(table)
    print(server_checks_row(server_checks))
    for note in notes:
        print(f"note: {note}")
    print(
        f"\nwrote {options.out / 'results.json'}, {options.out / 'ratios.png'} in {document['seconds']:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
