"""Embed texts and rank them by cosine similarity to a query.

Run: ``python examples/embeddings.py`` (uses ``OLLAMA_HOST``; needs ``ollama pull all-minilm``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ollama_openapi import Client

MODEL = "all-minilm"
DOCUMENTS = [
    "The sky is blue because of Rayleigh scattering.",
    "Bananas are rich in potassium.",
    "Sunsets look red because light crosses more air.",
]
QUERY = "Why is the sky blue?"


def cosine_similarity(a: Sequence[float], b: Sequence[float]) -> float:
    """The cosine of the angle between two vectors (1.0 = same direction)."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def main(host: str | None = None) -> None:
    """Embed the query and the documents in one request, then print the documents best first."""
    with Client(host) as client:
        vectors = client.embed(MODEL, [QUERY, *DOCUMENTS]).embeddings
    query, documents = vectors[0], vectors[1:]
    print(f"{len(vectors)} vectors of {len(query)} dimensions")
    ranked = sorted(
        zip(DOCUMENTS, documents, strict=True),
        key=lambda pair: cosine_similarity(query, pair[1]),
        reverse=True,
    )
    for text, vector in ranked:
        print(f"{cosine_similarity(query, vector):+.3f}  {text}")


if __name__ == "__main__":
    main()
