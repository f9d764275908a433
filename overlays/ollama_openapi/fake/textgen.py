"""Deterministic "model output": words, token ids, log-probabilities and embeddings derived from the input.

Same input, same output: every sequence is seeded from a SHA-256 of the request's meaningful text, so tests
can rely on the fake's answers being stable while still varying with the prompt.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import zlib
from collections.abc import Iterator
from typing import Any

_WORDS = [
    "the",
    "sky",
    "light",
    "blue",
    "sun",
    "air",
    "molecules",
    "scatter",
    "shorter",
    "wavelengths",
    "more",
    "than",
    "red",
    "because",
    "of",
    "rayleigh",
    "scattering",
    "which",
    "makes",
    "atmosphere",
    "appear",
    "bright",
    "during",
    "day",
    "and",
    "golden",
    "at",
    "sunset",
    "when",
    "path",
    "through",
    "is",
    "longer",
    "so",
    "colors",
    "shift",
    "toward",
    "warm",
    "tones",
    "while",
    "clouds",
    "stay",
    "white",
    "since",
    "droplets",
    "scatter",
    "all",
    "visible",
    "equally",
    "ocean",
    "reflects",
    "this",
    "hue",
    "too",
    "answer",
    "depends",
    "on",
    "angle",
    "time",
    "season",
    "weather",
    "dust",
    "water",
    "vapor",
    "model",
    "llama",
    "simple",
    "question",
    "good",
    "idea",
    "think",
    "about",
    "it",
    "carefully",
    "here",
    "is",
    "short",
    "explanation",
]
_SENTENCE_END = (".", ".", ".", "!", ",")
_PROMPT_TOKEN = re.compile(r"\w+|[^\w\s]")


def seed_of(*parts: object) -> int:
    """A 64-bit seed from any printable parts."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def natural_length(seed: int) -> int:
    """How many tokens an answer has when ``num_predict`` does not bound it: 20 to 40."""
    return 20 + seed % 21


def words(seed: int, count: int) -> Iterator[str]:
    """``count`` tokens of sentence-like text: the first without a leading space, the rest with one."""
    rng = random.Random(seed)
    choose = rng.choice
    capitalize = True
    until_end = rng.randint(6, 14)
    for index in range(count):
        word = choose(_WORDS)
        if capitalize:
            word = word.capitalize()
            capitalize = False
        until_end -= 1
        if until_end == 0 and index < count - 1:
            punctuation = choose(_SENTENCE_END)
            word += punctuation
            capitalize = punctuation != ","
            until_end = rng.randint(6, 14)
        elif index == count - 1:
            word += "."
        yield word if index == 0 else " " + word


def split_text(text: str, piece: int = 4) -> list[str]:
    """Split an already complete text (e.g. JSON output) into token-sized pieces."""
    return [text[start : start + piece] for start in range(0, len(text), piece)] or [""]


def prompt_token_count(text: str) -> int:
    """A rough token count of input text (words and punctuation), plus template overhead."""
    return len(_PROMPT_TOKEN.findall(text)) + 10


def token_ids(text: str) -> list[int]:
    """Deterministic token ids for ``context``."""
    return [zlib.crc32(token.encode()) % 128000 for token in _PROMPT_TOKEN.findall(text)]


def logprob_entry(token: str, seed: int, top: int) -> dict[str, Any]:
    """A ``Logprob`` for ``token`` with ``top`` alternatives (the chosen token first, most likely)."""
    rng = random.Random(seed ^ zlib.crc32(token.encode()))
    logprob = -round(rng.uniform(0.0005, 1.5), 6)
    entry: dict[str, Any] = {"token": token, "logprob": logprob, "bytes": list(token.encode())}
    if top > 0:
        alternatives = [{"token": token, "logprob": logprob, "bytes": list(token.encode())}]
        current = logprob
        for _ in range(top - 1):
            current -= round(rng.uniform(0.1, 2.0), 6)
            word = " " + rng.choice(_WORDS)
            alternatives.append({"token": word, "logprob": round(current, 6), "bytes": list(word.encode())})
        entry["top_logprobs"] = alternatives
    return entry


def unit_vector(text: str, model: str, dimensions: int) -> list[float]:
    """A deterministic L2-normalised vector for ``text`` (similar texts are not close; it is a fake)."""
    rng = random.Random(seed_of("embed", model, text))
    values = [rng.gauss(0.0, 1.0) for _ in range(dimensions)]
    return normalise(values)


def normalise(values: list[float]) -> list[float]:
    """Scale to unit length (rounded to float32-like precision, as Ollama returns float32)."""
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    return [round(value / norm, 8) for value in values]
