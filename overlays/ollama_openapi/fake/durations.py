"""Parsing of ``keep_alive`` the way Ollama's ``api.Duration`` unmarshals it."""

from __future__ import annotations

import math
import re

from .clock import MAX_DURATION_NS
from .errors import ApiError

_UNIT_NS = {
    "ns": 1,
    "us": 1_000,
    "µs": 1_000,
    "μs": 1_000,
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
}
_COMPONENT = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")

DEFAULT_KEEP_ALIVE_NS = 5 * 60 * 1_000_000_000


def parse_go_duration(text: str) -> int:
    """Parse a Go duration string (``"5m"``, ``"1h30m"``, ``"-1m"``, ``"0"``) into nanoseconds.

    Raises ``ValueError`` with Go's ``time.ParseDuration`` message on bad input.
    """
    original = text
    sign = 1
    if text[:1] in ("+", "-"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    if text == "0":
        return 0
    if not text:
        raise ValueError(f'time: invalid duration "{original}"')
    total = 0.0
    position = 0
    while position < len(text):
        match = _COMPONENT.match(text, position)
        if match is None:
            if re.match(r"(\d+(?:\.\d*)?|\.\d+)$", text[position:]):
                raise ValueError(f'time: missing unit in duration "{original}"')
            raise ValueError(f'time: invalid duration "{original}"')
        total += float(match.group(1)) * _UNIT_NS[match.group(2)]
        position = match.end()
    return sign * int(total)


def keep_alive_ns(value: object) -> int | None:
    """Nanoseconds to keep a model loaded: ``None`` = forever; raises a 400 ``ApiError`` on bad input.

    Numbers are seconds; negative numbers or durations mean forever, ``0`` unloads immediately.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ApiError(400, f"Unsupported type: '{_go_type_name(value)}'")
    if isinstance(value, str):
        try:
            duration = parse_go_duration(value)
        except ValueError as error:
            raise ApiError(400, str(error)) from None
    else:
        if math.isnan(value) or math.isinf(value):
            raise ApiError(400, "Unsupported type: 'float64'")
        if value < 0 or value * 1_000_000_000 >= MAX_DURATION_NS:
            return None  # negative, or too long to represent: kept loaded forever
        duration = int(value * 1_000_000_000)
    if duration < 0 or duration >= MAX_DURATION_NS:
        return None
    return duration


def _go_type_name(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, list):
        return "[]interface {}"
    if isinstance(value, dict):
        return "map[string]interface {}"
    return "float64"
