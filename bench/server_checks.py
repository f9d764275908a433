"""What ``server_checks`` costs: the requests it adds and the time per call, with and without it.

``python -m bench.server_checks --base-url http://127.0.0.1:PORT`` prints one JSON document. A fresh
`Client` per mode makes the same non-streamed chat calls, each using a field newer than the route
(taken from the spec's release annotations), against the bench server; an httpx event hook counts
the requests by path. Expected: one ``GET /api/version`` per client in the checking modes, none with
``"off"``, and the same time per call after the first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import Counter
from typing import Any

from ollama_openapi import NOT_GIVEN, Client, NotGiven
from ollama_openapi._http.call import Call
from ollama_openapi.api_history import items_by_operation
from ollama_openapi.spec import load_spec

from .clients import model_for

__all__ = ["measure"]

CALLS = 2_000
MESSAGES = [{"role": "user", "content": "hi"}]


def _newer_chat_field() -> str | None:
    """A top-level chat request field added after the chat route (None when the spec says none)."""
    items = items_by_operation(load_spec())["chat"]
    route = items[0]
    for item in items:
        top_level = "." not in item.name and "[]" not in item.name
        newer = item.since is not None and (route.since is None or item.since > route.since)
        if item.side == "request" and item.kind == "field" and top_level and newer:
            return item.name
    return None


def _one_mode(base_url: str, mode: str, field: str | None, calls: int, reps: int) -> dict[str, Any]:
    seen: Counter[str] = Counter()

    def count(request: Any) -> None:
        seen[f"{request.method} {request.url.path}"] += 1

    extra: dict[str, object] | NotGiven = {field: True} if field else NOT_GIVEN
    with Client(base_url, server_checks=mode, event_hooks={"request": [count]}) as client:  # type: ignore[arg-type]
        start = time.perf_counter()
        client.chat(model_for(1), MESSAGES, extra_body=extra)
        first = time.perf_counter() - start
        wall, cpu = [], []
        for _ in range(reps):
            cpu_start, start = time.process_time(), time.perf_counter()
            for _ in range(calls):
                client.chat(model_for(1), MESSAGES, extra_body=extra)
            wall.append((time.perf_counter() - start) / calls * 1e6)
            cpu.append((time.process_time() - cpu_start) / calls * 1e6)
    return {
        "first_call_us": first * 1e6,
        "per_call_us": min(wall),
        "per_call_cpu_us": min(cpu),
        "per_call_us_median": statistics.median(wall),
        "calls": 1 + calls * reps,
        "requests": dict(seen),
    }


def _check_cost(base_url: str, field: str | None, calls: int = 100_000) -> float:
    """Microseconds the check itself adds to one call once the version is known (CPU only)."""
    with Client(base_url) as client:
        body = {"model": model_for(1), "messages": MESSAGES, **({field: True} if field else {})}
        call: Call[None] = client._call("chat", body, None, **_NO_OPTIONS)
        transport = client._transport
        transport.server_release()  # the one /api/version of this client
        checks = transport.checks
        start = time.process_time()
        for _ in range(calls):
            features = checks.features(call.operation.operation_id, call.json)
            if features and transport.server_release() is not None:
                checks.judge(features)
        return (time.process_time() - start) / calls * 1e6


_NO_OPTIONS: dict[str, Any] = {
    "timeout": NOT_GIVEN,
    "max_retries": NOT_GIVEN,
    "extra_headers": NOT_GIVEN,
    "extra_query": NOT_GIVEN,
    "extra_body": NOT_GIVEN,
}


def measure(base_url: str, calls: int = CALLS, reps: int = 3) -> dict[str, Any]:
    """Both modes, in turn (``off`` first, then ``warn``, then ``off`` again to see the noise)."""
    field = _newer_chat_field()
    result: dict[str, Any] = {"field": field}
    with Client(base_url) as warm_up:  # imports and first-use caches, outside the measures
        warm_up.chat(model_for(1), MESSAGES, extra_body={field: True} if field else NOT_GIVEN)
    for label, mode in (("off", "off"), ("warn", "warn"), ("off_again", "off")):
        result[label] = _one_mode(base_url, mode, field, calls, reps)
    off = min(result["off"]["per_call_us"], result["off_again"]["per_call_us"])
    result["extra_per_call_us"] = result["warn"]["per_call_us"] - off
    result["check_cpu_us"] = _check_cost(base_url, field)
    result["version_requests_per_client"] = result["warn"]["requests"].get("GET /api/version", 0)
    return result


def row(result: dict[str, Any]) -> str:
    """The report's line: requests added per client, and the time per call with and without checks."""
    warn, off = result["warn"], result["off_again"]
    return (
        f"server_checks (a call using {result['field']}): "
        f"{result['version_requests_per_client']} GET /api/version per client, then none "
        f"({warn['calls']} calls); the check {result['check_cpu_us']:.1f} us CPU per call; "
        f"per call warn {warn['per_call_us']:.0f} us / off {off['per_call_us']:.0f} us wall"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.server_checks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--calls", type=int, default=CALLS)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--cpu", type=int, help="pin this process to one CPU")
    options = parser.parse_args()
    if options.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {options.cpu})
    print(json.dumps(measure(options.base_url, options.calls, options.reps)))


if __name__ == "__main__":
    main()
