"""Typing of Modelfile ``PARAMETER`` values by option key, as Ollama's ``api.FormatParams`` does."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

#: The 20 option keys Ollama accepts today, with the Python type each value is converted to.
#: ``list`` means the key may repeat and every value is appended (only ``stop``).
OPTION_TYPES: Final[Mapping[str, type]] = {
    "num_ctx": int,
    "num_batch": int,
    "num_gpu": int,
    "main_gpu": int,
    "use_mmap": bool,
    "num_thread": int,
    "draft_num_predict": int,
    "num_keep": int,
    "seed": int,
    "num_predict": int,
    "top_k": int,
    "top_p": float,
    "min_p": float,
    "typical_p": float,
    "repeat_last_n": int,
    "temperature": float,
    "repeat_penalty": float,
    "presence_penalty": float,
    "frequency_penalty": float,
    "stop": list,
}

#: Keys Ollama still recognises in a Modelfile but drops with a warning.
DEPRECATED_PARAMETERS: Final[frozenset[str]] = frozenset(
    {
        "penalize_newline",
        "low_vram",
        "f16_kv",
        "logits_all",
        "vocab_only",
        "use_mlock",
        "mirostat",
        "mirostat_tau",
        "mirostat_eta",
    }
)

_INT_PATTERN: Final = re.compile(r"[+-]?\d+")
_FLOAT_PATTERN: Final = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_TRUE_WORDS: Final = frozenset({"1", "t", "true"})
_FALSE_WORDS: Final = frozenset({"0", "f", "false"})
# Ollama stores ints as Go int64.
_INT64_MIN: Final = -(2**63)
_INT64_MAX: Final = 2**63 - 1


def convert_parameter(name: str, raw_value: str) -> int | float | bool | str:
    """Convert one ``PARAMETER name value`` to the JSON type Ollama expects for ``name``.

    ``name`` must be a key of :data:`OPTION_TYPES`. For the list-valued ``stop`` the single string
    is returned; the caller accumulates repeated stops. Raises ``ValueError`` with a readable
    message when the value does not fit the key's type.
    """
    expected = OPTION_TYPES[name]
    text = raw_value.strip()
    if expected is int:
        if not _INT_PATTERN.fullmatch(text):
            raise ValueError(f"parameter {name!r} needs an integer, got {raw_value!r}")
        number = int(text)
        if not _INT64_MIN <= number <= _INT64_MAX:
            raise ValueError(f"parameter {name!r} is out of the 64-bit integer range: {raw_value!r}")
        return number
    if expected is float:
        if not _FLOAT_PATTERN.fullmatch(text):
            raise ValueError(f"parameter {name!r} needs a number, got {raw_value!r}")
        return float(text)
    if expected is bool:
        word = text.lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise ValueError(f"parameter {name!r} needs true or false, got {raw_value!r}")
    return raw_value
