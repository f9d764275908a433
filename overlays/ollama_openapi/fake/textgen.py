"""Deterministic "model output": words, token ids, log-probabilities and embeddings derived from the input.

Same input, same output: every sequence is seeded from a SHA-256 of the request's meaningful text, so tests
can rely on the fake's answers being stable while still varying with the prompt.
"""

from __future__ import annotations

import functools
import hashlib
import math
import random
import re
import zlib
from collections.abc import Iterator
from typing import Any

_SENTENCES = (
    "This answer comes from a fake Ollama server.",
    "It is made up from the prompt, so the same prompt always gets the same words.",
    "Here is a short answer to your question.",
    "The details depend on the situation.",
    "In most cases the simplest explanation is the right one.",
    "A good first step is to look at the question from a few angles.",
    "There are a few things worth keeping in mind.",
    "The context matters more than it seems.",
    "Small changes can have a large effect.",
    "It helps to check the result against an example.",
    "That is the gist of it.",
    "Let me know if you want more detail.",
    "A real model would say something more useful here.",
    "The answer is shorter than it could be, on purpose.",
    "Tests can rely on this text staying the same.",
    "Each sentence ends where you would expect it to.",
)
_SENTENCE_END = (".", "!", "?")
"""Marks the end of a sentence: the next word is capitalised (as it is in `_SENTENCES`)."""
_VOCABULARY = sorted({word.strip(".,!?").lower() for sentence in _SENTENCES for word in sentence.split()})
"""Words for the alternatives of ``top_logprobs``."""
_PROMPT_TOKEN = re.compile(r"\w+|[^\w\s]")


def seed_of(*parts: object) -> int:
    """A 64-bit seed from any printable parts."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def natural_length(seed: int) -> int:
    """How many tokens an answer has when ``num_predict`` does not bound it: whole sentences of
    `words` (for the same seed), at least 20 tokens."""
    total = 0
    for sentence in _sentence_order(seed):
        total += len(sentence.split())
        if total >= 20:
            break
    return total


def _sentence_order(seed: int) -> list[str]:
    order = list(_SENTENCES)
    random.Random(seed).shuffle(order)
    return order


def words(seed: int, count: int) -> Iterator[str]:
    """``count`` tokens of plain English text, whole sentences picked by ``seed``: the first token
    without a leading space, the rest with one; the last one ends with a period."""
    order = _sentence_order(seed)
    produced = 0
    while produced < count:
        for sentence in order:
            for word in sentence.split():
                if produced == count:
                    return
                if produced == count - 1 and not word.endswith(_SENTENCE_END):
                    word = word.rstrip(",") + "."
                yield word if produced == 0 else " " + word
                produced += 1


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
            word = " " + rng.choice(_VOCABULARY)
            alternatives.append({"token": word, "logprob": round(current, 6), "bytes": list(word.encode())})
        entry["top_logprobs"] = alternatives
    return entry


_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an and are as at be by for from has have in is it its of on or so that the this to was were "
        "what which who why with how do does did not when they them their you we i he she",
    )
)
_NOISE = 0.15
"""The weight of a text's own random direction beside its words (so that no two texts are equal)."""


def _stem(word: str) -> str:
    """A crude stem, so that "cat" and "cats" count as one word."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=4096)
def _word_direction(word: str, model: str, dimensions: int) -> tuple[float, ...]:
    """The fixed random direction `word` adds to a text's vector."""
    rng = random.Random(seed_of("embed-word", model, word))
    return tuple(rng.gauss(0.0, 1.0) for _ in range(dimensions))


def unit_vector(text: str, model: str, dimensions: int) -> list[float]:
    """A deterministic L2-normalised vector for ``text`` whose similarity follows the words: a
    hashed bag of words (each content word adds a fixed random direction of its own, seeded by the
    word and the model), plus a little of a direction of the text's own. Texts that share words are
    close ("cats purr" to "cats meow"), texts that share none are nearly orthogonal ("stock
    market")."""
    values = [0.0] * dimensions
    content = [_stem(word) for word in _WORD.findall(text.lower()) if word not in _STOP_WORDS]
    for word in content:
        for index, value in enumerate(_word_direction(word, model, dimensions)):
            values[index] += value
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    weight = 1.0 if content else 0.0
    rng = random.Random(seed_of("embed", model, text))
    noise = [rng.gauss(0.0, 1.0) for _ in range(dimensions)]
    noise_norm = math.sqrt(sum(value * value for value in noise)) or 1.0
    mixed = [
        weight * value / norm + (_NOISE if content else 1.0) * extra / noise_norm
        for value, extra in zip(values, noise, strict=True)
    ]
    return normalise(mixed)


def normalise(values: list[float]) -> list[float]:
    """Scale to unit length (rounded to float32-like precision, as Ollama returns float32)."""
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    return [round(value / norm, 8) for value in values]
