"""A tour of the client: ``python -m ollama_openapi.demo`` (what ``make demo`` runs).

Uses the Ollama at ``OLLAMA_HOST`` (or the default local address) when one answers there; otherwise
starts the fake Ollama server shipped in ``ollama_openapi.fake``. Then it does what users do most:
pull a model with progress, list models, chat streaming token by token, generate, and embed.
Set ``OLLAMA_DEMO_MODEL`` / ``OLLAMA_DEMO_EMBED_MODEL`` to choose the models on a real server.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from . import Client, OllamaError
from .progress import render_progress
from .spec import operations

__all__ = ["main"]


@contextlib.contextmanager
def _server(out: TextIO) -> Iterator[str | None]:
    """Yield the host to use: None for OLLAMA_HOST (a real Ollama answers there), else a fake's URL."""
    with Client(timeout=2.0, max_retries=0) as probe:
        if probe.is_running():
            print(f"Using the Ollama server at {probe.base_url} (OLLAMA_HOST).", file=out)
            yield None
            return
        where = probe.base_url
    from .fake import FakeOllama

    with FakeOllama() as fake:
        print(f"No Ollama answers at {where}; using the fake Ollama server at {fake.url}.", file=out)
        print(
            "Its answers are made-up sentences (the same prompt always gets the same text), and its "
            "embeddings are close when texts share words: the calls are real, the model is not.",
            file=out,
        )
        yield fake.url


def _coverage(out: TextIO) -> None:
    ops = operations()
    compatible = sum(op.path.startswith("/v1/") for op in ops)
    streaming = ", ".join(op.operation_id for op in ops if op.stream or op.sse)
    print(
        f"The spec describes {len(ops)} operations ({len(ops) - compatible} native, {compatible}"
        f" OpenAI/Anthropic-compatible); streaming: {streaming}.",
        file=out,
    )


def run(out: TextIO = sys.stdout) -> None:
    """Run the tour, printing to `out`."""
    model = os.environ.get("OLLAMA_DEMO_MODEL", "llama3.2")
    embed_model = os.environ.get("OLLAMA_DEMO_EMBED_MODEL", "all-minilm")
    _coverage(out)
    with _server(out) as host, Client(host) as client:
        print(f"Server version: {client.version().version}", file=out)
        if host is None:
            installed = {entry.model for entry in client.list().models}
            missing = [name for name in (model, embed_model) if not {name, f"{name}:latest"} & installed]
            if missing:
                print(
                    f"This demo pulls {', '.join(missing)} into that Ollama (llama3.2 is about 2 GB, "
                    "all-minilm about 46 MB; set OLLAMA_DEMO_MODEL / OLLAMA_DEMO_EMBED_MODEL to use "
                    "others).",
                    file=out,
                )

        print(f"\n$ pull {model}", file=out)
        render_progress(client.pull(model, stream=True), file=out)
        client.pull(embed_model)

        print("\n$ list", file=out)
        for entry in client.list().models:
            family = entry.details.family if entry.details else ""
            print(f"  {entry.name:<28} {entry.size / 1e9:6.2f} GB  {family}", file=out)

        print(f"\n$ chat {model} (streamed token by token)", file=out)
        messages = [{"role": "user", "content": "Why is the sky blue? Answer in one sentence."}]
        stream = client.chat(model, messages, stream=True, options={"num_predict": 40})
        for count, part in enumerate(stream, start=1):
            print(part.message.content, end="", flush=True, file=out)
            if part.done:
                summary = f"{count} chunks, done_reason={part.done_reason}, eval_count={part.eval_count}"
                print(f"\n  [{summary}]", file=out)

        print(f"\n$ generate {model}", file=out)
        answer = client.generate(model, "Name three colours.", options={"num_predict": 20})
        print(f"  {answer.response.strip()}", file=out)

        print(f"\n$ embed {embed_model}", file=out)
        texts = ["Cats purr when happy.", "Cats meow when hungry.", "The stock market fell."]
        vectors = client.embed(embed_model, texts).embeddings
        for text, vector in zip(texts[1:], vectors[1:], strict=True):
            print(f"  similarity({texts[0]!r}, {text!r}) = {_cosine(vectors[0], vector):.3f}", file=out)
        print(f"  ({len(vectors)} vectors of {len(vectors[0])} dimensions)", file=out)


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)) or 1.0)


def main() -> int:
    """Entry point; returns the exit status."""
    try:
        run()
    except OllamaError as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
