"""Where our client's time goes, per streamed chunk and per small request, and what would save it.

``python -m bench.profile`` starts the bench server, then measures (CPU time of this process, the
median of interleaved repetitions, so that load from other processes shifts every row alike):

1. per-chunk cost of a chat stream, layer by layer: httpx alone, + NDJSON decoding, + ``from_dict``,
   and the whole client; and the pieces of ``ChatResponse.from_dict`` measured offline on the same
   20,000 lines (``json.loads``, ``parse_datetime``, ``Message.from_dict``, the imports inside
   ``from_dict``);
2. 50 concurrent async chat streams, ours against raw httpx;
3. the small-request path (``version``, ``show``) against raw httpx, and our offline share of it;
4. a 256 MiB upload, ours against raw httpx variants;
5. cProfile listings of a chat stream and of ``version`` calls, written to
   ``bench/results/profile-*.txt``.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from ollama_openapi import Client
from ollama_openapi._ndjson import _line_loads, is_done
from ollama_openapi._parsing import parser_for
from ollama_openapi_generated._sync.ndjson import iter_ndjson
from ollama_openapi_generated.models.chat_response import ChatResponse
from ollama_openapi_generated.models.message import Message
from ollama_openapi_generated.models.show_response import ShowResponse
from ollama_openapi_generated.types import parse_datetime

from . import payloads
from .clients import MESSAGES, model_for
from .run import BenchServer

__all__ = ["main"]

CHUNKS = 20_000
REPS = 7
RESULTS = Path(__file__).resolve().parent / "results"


def _cpu_us(action: Callable[[], Any], units: int) -> float:
    start = time.process_time()
    action()
    return (time.process_time() - start) / units * 1e6


def _interleaved(actions: dict[str, Callable[[], Any]], units: int, reps: int = REPS) -> dict[str, float]:
    """Least CPU microseconds per unit of each action, the actions taking turns `reps` times.

    The minimum, not the median: on a loaded machine contention only ever adds time, so the
    least of several interleaved tries is the steadiest estimate of what the code itself costs.
    """
    for action in actions.values():
        action()  # warm-up
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(reps):
        for name, action in actions.items():
            samples[name].append(_cpu_us(action, units))
    return {name: min(values) for name, values in samples.items()}


def _print_rows(title: str, rows: dict[str, float], unit: str, base: str | None = None) -> list[str]:
    lines = [title]
    for name, value in rows.items():
        share = f"  ({value / rows[base]:.2f}x {base})" if base and base in rows and name != base else ""
        lines.append(f"  {name:<58}{value:9.2f} {unit}{share}")
    print("\n".join(lines), flush=True)
    return lines


def stream_layers(base_url: str) -> list[str]:
    """Per-chunk CPU cost of a chat stream, adding one layer at a time."""
    http = httpx.Client(base_url=base_url, timeout=httpx.Timeout(None, connect=10.0))
    client = Client(base_url)
    body = {"model": model_for(CHUNKS), "messages": MESSAGES, "stream": True}

    def httpx_only() -> None:
        with http.stream("POST", "/api/chat", json=body) as response:
            for _ in response.iter_raw():
                pass

    def raw_floor() -> None:
        with http.stream("POST", "/api/chat", json=body) as response:
            pending = b""
            for chunk in response.iter_raw():
                lines = (pending + chunk if pending else chunk).split(b"\n")
                pending = lines.pop()
                for line in lines:
                    if line:
                        json.loads(line)

    def httpx_decoder() -> None:
        with http.stream("POST", "/api/chat", json=body) as response:
            for _ in iter_ndjson(response.iter_raw(), final=is_done):
                pass

    def httpx_decoder_models() -> None:
        parse = parser_for(ChatResponse)
        with http.stream("POST", "/api/chat", json=body) as response:
            for item in iter_ndjson(response.iter_raw(), final=is_done):
                parse(item)

    def ours() -> None:
        for _ in client.chat(model_for(CHUNKS), MESSAGES, stream=True):
            pass

    rows = _interleaved(
        {
            "httpx iter_raw only (no parsing)": httpx_only,
            "raw floor: + split lines + json.loads": raw_floor,
            "iter_raw + our NDJSON decoder instead of split/loads": httpx_decoder,
            "+ parser_for(ChatResponse) (attrs from_dict)": httpx_decoder_models,
            "ours: Client.chat(stream=True), everything": ours,
        },
        CHUNKS,
    )
    http.close()
    client.close()
    return _print_rows(
        "chat stream, CPU us per chunk (network, 20,000 chunks)",
        rows,
        "us",
        "httpx iter_raw only (no parsing)",
    )


def from_dict_pieces() -> list[str]:
    """Offline: the pieces of turning one chat line into a `ChatResponse`."""
    lines = payloads.ndjson_lines("chat", CHUNKS)
    documents = [json.loads(line) for line in lines]
    stamps = [document["created_at"] for document in documents]
    messages = [document["message"] for document in documents]
    parse = parser_for(ChatResponse)

    def each(function: Callable[[Any], Any], values: list[Any]) -> Callable[[], None]:
        # Results are dropped as they come, as a stream's consumer would: a list of 20,000 live
        # objects would make the garbage collector's passes part of the measurement.
        def run() -> None:
            for value in values:
                function(value)

        return run

    rows = _interleaved(
        {
            "json.loads(line)": each(json.loads, list(lines)),
            "our line loader (json's scanner on decoded text)": each(_line_loads, list(lines)),
            "parse_datetime(created_at)": each(parse_datetime, stamps),
            "Message.from_dict(message)": each(Message.from_dict, messages),
            "ChatResponse.from_dict(document), all of it": each(ChatResponse.from_dict, documents),
            "parser_for(ChatResponse)(document) (lenient wrapper)": each(parse, documents),
        },
        CHUNKS,
    )
    return _print_rows("offline, CPU us per chat line", rows, "us")


def async_streams(base_url: str) -> list[str]:
    """50 concurrent chat streams of 1,000 chunks: raw httpx and ours."""
    import asyncio

    from ollama_openapi import AsyncClient

    streams, count = 50, 1_000
    body = {"model": model_for(count), "messages": MESSAGES, "stream": True}

    async def gather(one: Callable[[Any], Any], http: Any) -> None:
        await asyncio.gather(*(one(http) for _ in range(streams)))

    async def raw_one(http: httpx.AsyncClient) -> None:
        async with http.stream("POST", "/api/chat", json=body) as response:
            pending = b""
            async for chunk in response.aiter_raw():
                lines = (pending + chunk if pending else chunk).split(b"\n")
                pending = lines.pop()
                for line in lines:
                    if line:
                        json.loads(line)

    async def ours_one(client: AsyncClient) -> None:
        async for _ in await client.chat(model_for(count), MESSAGES, stream=True):
            pass

    def raw() -> None:
        async def run() -> None:
            async with httpx.AsyncClient(
                base_url=base_url, timeout=httpx.Timeout(None, connect=10.0)
            ) as http:
                await gather(raw_one, http)

        asyncio.run(run())

    def ours() -> None:
        async def run() -> None:
            async with AsyncClient(base_url) as client:
                await gather(ours_one, client)

        asyncio.run(run())

    rows = _interleaved(
        {
            "raw httpx AsyncClient floor": raw,
            "ours: AsyncClient.chat(stream=True)": ours,
        },
        streams * count,
        reps=5,
    )
    return _print_rows(
        "50 concurrent chat streams, CPU us per chunk", rows, "us", "raw httpx AsyncClient floor"
    )


def uploads(base_url: str) -> list[str]:
    """A 256 MiB sparse file: our create_blob against raw httpx uploads (sha256 included in all)."""
    import hashlib
    import tempfile

    from ollama_openapi.blobs import iter_file

    size = 256 << 20
    client = Client(base_url)
    http = client.httpx_client

    def digest_of(path: Path) -> str:
        digest = hashlib.sha256()
        for chunk in iter_file(path):
            digest.update(chunk)
        return f"sha256:{digest.hexdigest()}"

    with tempfile.TemporaryDirectory(dir=RESULTS) as scratch:
        path = Path(scratch) / "blob.bin"
        with path.open("wb") as handle:
            handle.truncate(size)

        def raw_chunked() -> None:
            http.post(f"/api/blobs/{digest_of(path)}", content=iter_file(path)).raise_for_status()

        def raw_length() -> None:
            headers = {"Content-Length": str(size)}
            http.post(
                f"/api/blobs/{digest_of(path)}", content=iter_file(path), headers=headers
            ).raise_for_status()

        def raw_file_object() -> None:
            digest = digest_of(path)
            with path.open("rb") as handle:
                http.post(f"/api/blobs/{digest}", content=handle).raise_for_status()

        rows = _interleaved(
            {
                "raw httpx: sha256 + chunked upload (1 MiB chunks)": raw_chunked,
                "ours: create_blob (sha256 + HEAD + chunked upload)": lambda: client.create_blob(path),
                "raw httpx: sha256 + upload with Content-Length": raw_length,
                "raw httpx: sha256 + upload of the file object": raw_file_object,
                "sha256 alone": lambda: digest_of(path),
            },
            size >> 20,
            reps=3,
        )
    client.close()
    return _print_rows(
        "256 MiB upload, CPU us per MiB", rows, "us", "raw httpx: sha256 + chunked upload (1 MiB chunks)"
    )


def small_requests(base_url: str) -> list[str]:
    """``version`` and ``show``: ours against raw httpx, plus the offline cost of our own layers."""
    calls = 500
    http = httpx.Client(base_url=base_url, timeout=httpx.Timeout(None, connect=10.0))
    client = Client(base_url)
    show_document = json.loads(payloads.show_body())

    def repeat(action: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            for _ in range(calls):
                action()

        return run

    rows = _interleaved(
        {
            "raw httpx: get('/api/version') + json.loads": repeat(
                lambda: json.loads(http.get("/api/version").content)
            ),
            "ours: version()": repeat(client.version),
            "raw httpx: post('/api/show') + json.loads": repeat(
                lambda: json.loads(http.post("/api/show", json={"model": "bench-1"}).content)
            ),
            "ours: show()": repeat(lambda: client.show("bench-1")),
            "offline: parser_for(ShowResponse)(document)": repeat(
                lambda: parser_for(ShowResponse)(show_document)
            ),
            "offline: json.loads(show body)": repeat(lambda: json.loads(payloads.show_body())),
        },
        calls,
    )
    http.close()
    client.close()
    return _print_rows("small requests, CPU us per call", rows, "us")


def profiles(base_url: str) -> list[str]:
    """cProfile listings of our stream and version paths, saved under bench/results/."""
    client = Client(base_url)
    written = []
    for name, action in (
        (
            "profile-chat-stream.txt",
            lambda: sum(1 for _ in client.chat(model_for(CHUNKS), MESSAGES, stream=True)),
        ),
        ("profile-version.txt", lambda: [client.version() for _ in range(2_000)]),
    ):
        action()
        profiler = cProfile.Profile()
        profiler.enable()
        action()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(30)
        (RESULTS / name).write_text(out.getvalue())
        written.append(str(RESULTS / name))
    client.close()
    print("cProfile listings: " + ", ".join(written))
    return [f"cProfile listings: {', '.join(written)}"]


def main() -> None:
    """Run every profile; the text is also written to bench/results/profile.txt."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    available = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    server = BenchServer(available[-1] if len(available) >= 2 else None)
    if len(available) >= 2:
        os.sched_setaffinity(0, {available[0]})
    lines = [f"load average before: {os.getloadavg()[0]:.2f}"]
    try:
        for section in (stream_layers, async_streams, small_requests, uploads, profiles):
            lines += [*section(server.base_url), ""]
        lines += from_dict_pieces()
    finally:
        server.stop()
    lines.append(f"load average after: {os.getloadavg()[0]:.2f}")
    (RESULTS / "profile.txt").write_text("\n".join(lines) + "\n")
    print(f"wrote {RESULTS / 'profile.txt'}", file=sys.stderr)


if __name__ == "__main__":
    main()
