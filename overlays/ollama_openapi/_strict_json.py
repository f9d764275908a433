"""JSON decoding that refuses the numbers Go's encoder cannot write, shared by every answer decoder.

Go's ``encoding/json`` writes finite numbers only: a body with ``NaN`` or ``Infinity``, or with a
number beyond a 64-bit float's range such as ``1e400`` (which ``json`` and ``float`` would read as
``inf``), is not Ollama's, and is refused with `NonFiniteNumberError` (a ``ValueError``). Integers are
never refused for their size: ``json`` keeps them exact up to the digits Python converts
(``sys.get_int_max_str_digits()``; a longer one is a ``ValueError`` too), orjson reads one beyond 64
bits as a float; neither reads one as ``inf``.

The checks cost nothing where no float is decoded: the ``json`` C scanner calls a ``parse_float``
hook only for numbers with a fraction or an exponent. Bodies dense with floats (embeddings) are
parsed at C speed instead and then checked in one pass (`holds_infinity`). Which of the two reads a
body is a matter of speed only: both refuse the same numbers.
"""

from __future__ import annotations

import json
from typing import Any, Final, NoReturn

__all__ = [
    "STRICT_DECODER",
    "NonFiniteNumberError",
    "finite_float",
    "holds_infinity",
    "loads",
    "reject_constant",
]

_PREVIEW_CHARS: Final = 40
_SAMPLE_BYTES: Final = 4096
_DENSE_DOTS: Final = _SAMPLE_BYTES // 32
"""More decimal points than this in a body's first bytes: a body of floats (an embedding answer)."""


class NonFiniteNumberError(ValueError):
    """A number Go's encoder never writes: ``NaN``, ``Infinity``, or one beyond a 64-bit float."""


def reject_constant(name: str) -> NoReturn:
    """The ``parse_constant`` hook: ``NaN``, ``Infinity`` and ``-Infinity`` are refused."""
    raise NonFiniteNumberError(f"{name} is not a JSON number")


def finite_float(text: str) -> float:
    """The ``parse_float`` hook: the float ``text`` stands for, refused if it is beyond the range."""
    value = float(text)
    if value - value:  # inf - inf is nan (true); any finite value gives 0.0 (false)
        raise NonFiniteNumberError(_out_of_range(text))
    return value


def _out_of_range(text: str) -> str:
    shown = text if len(text) <= _PREVIEW_CHARS else f"{text[:_PREVIEW_CHARS]}... ({len(text)} characters)"
    return f"{shown} is beyond the range of a 64-bit float: it would read as infinity"


STRICT_DECODER: Final = json.JSONDecoder(parse_constant=reject_constant, parse_float=finite_float)
"""A decoder with both hooks (for ``json.scanner.make_scanner`` and `loads`)."""
_CONSTANTS_DECODER: Final = json.JSONDecoder(parse_constant=reject_constant)


def loads(data: bytes) -> Any:
    """``json.loads(data)``, refusing what Go's encoder cannot write (see the module docstring).

    Raises:
        NonFiniteNumberError: ``NaN``, ``Infinity`` or a number beyond a 64-bit float.
        ValueError: Anything else ``json.loads`` refuses (a ``json.JSONDecodeError`` when not JSON).
        RecursionError: Nesting deeper than ``json`` follows.
    """
    # What json.loads does with bytes, with a decoder built once instead of once per call.
    text = data.decode(json.detect_encoding(data), "surrogatepass")
    if data.count(b".", 0, _SAMPLE_BYTES) > _DENSE_DOTS:
        # A hook call per float would make an embedding answer several times slower to decode.
        value = _CONSTANTS_DECODER.decode(text)
        if not holds_infinity(value):
            return value
    return STRICT_DECODER.decode(text)  # raises, naming the number, when there is one


def holds_infinity(value: Any) -> bool:
    """Whether a decoded JSON `value` holds an infinite float anywhere (NaN is refused earlier).

    A list that starts with a float is summed in C: an infinity among its items makes the sum
    infinite or NaN (so does a sum of finite floats past the range: the items are then looked at).
    """
    pending = [value]
    pop = pending.pop
    extend = pending.extend
    while pending:
        item = pop()
        kind = type(item)
        if kind is dict:
            extend(item.values())
        elif kind is list:
            if not (item and type(item[0]) is float):
                extend(item)
                continue
            try:
                total = sum(item, 0.0)
            except (TypeError, OverflowError):  # not all numbers, or an integer beyond a float
                extend(item)
                continue
            if total - total and any(type(number) is float and number - number for number in item):
                return True
        elif kind is float and item - item:
            return True
    return False
