"""Decoded JSON to Python values of an annotation, checked by the rules `_tools` derives schemas with.

`_tools` says which annotations have a JSON Schema (and which schema); this module reads a decoded
JSON value back as that annotation: ``str``/``int``/``float``/``bool`` (an integer is a float; a
boolean is not a number), ``None``, ``Literal``, ``Enum`` (by value), unions and ``Optional``,
``list``/``set``/``frozenset``/``tuple`` and the abstract collections, ``dict[str, X]``, dataclasses,
TypedDicts and attrs classes (built from their fields; missing required fields and unknown keys are
errors), ``datetime``/``date``/``time`` (ISO 8601), ``UUID``, ``Path``, ``Decimal``, and ``Any``.
A value that does not fit raises `Mismatch`, whose message names where (``$.items[2].name``).
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import decimal
import enum
import pathlib
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

import attrs

from ._tools import ARRAY_ORIGINS, OBJECT_ORIGINS, UNION_ORIGINS, class_hints

__all__ = ["Mismatch", "from_json"]


class Mismatch(ValueError):
    """A decoded JSON value that does not fit the annotation; the message says where and why."""


_NUMBERS: Final = (int, float)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _fail(where: str, wanted: str, value: Any) -> Mismatch:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return Mismatch(f"{where}: expected {wanted}, got {_kind(value)} ({shown})")


def _primitive(annotation: type, value: Any, where: str) -> Any:
    if annotation is bool:
        if isinstance(value, bool):
            return value
        raise _fail(where, "a boolean", value)
    if isinstance(value, bool):
        raise _fail(where, {str: "a string", int: "an integer"}.get(annotation, "a number"), value)
    if annotation is str:
        if isinstance(value, str):
            return value
        raise _fail(where, "a string", value)
    if annotation is int:
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return int(value)
        raise _fail(where, "an integer", value)
    if isinstance(value, _NUMBERS):  # float
        return float(value)
    raise _fail(where, "a number", value)


def _parsed_string(parse: Callable[[str], Any], wanted: str, value: Any, where: str) -> Any:
    if not isinstance(value, str):
        raise _fail(where, wanted, value)
    try:
        return parse(value)
    except (ValueError, ArithmeticError):
        raise _fail(where, wanted, value) from None


_STRING_TYPES: Final[Mapping[Any, tuple[Callable[[str], Any], str]]] = {
    datetime.datetime: (datetime.datetime.fromisoformat, "an ISO 8601 date-time"),
    datetime.date: (datetime.date.fromisoformat, "an ISO 8601 date"),
    datetime.time: (datetime.time.fromisoformat, "an ISO 8601 time"),
    uuid.UUID: (uuid.UUID, "a UUID"),
    pathlib.Path: (pathlib.Path, "a path string"),
    pathlib.PurePath: (pathlib.PurePath, "a path string"),
}


def _fields(cls: type, where: str) -> tuple[dict[str, Any], set[str]] | None:
    """The fields (name: annotation) of a dataclass, TypedDict or attrs class, and the required ones."""
    if typing.is_typeddict(cls):
        hints = class_hints(cls, where)
        return hints, set(getattr(cls, "__required_keys__", hints))
    if dataclasses.is_dataclass(cls):
        hints = class_hints(cls, where)
        fields = [field for field in dataclasses.fields(cls) if field.init]
        required = {
            field.name
            for field in fields
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        }
        return {field.name: hints[field.name] for field in fields}, required
    if attrs.has(cls):
        hints = class_hints(cls, where)
        attributes = [attribute for attribute in attrs.fields(cls) if attribute.init]
        names = {attribute.name: attribute.alias or attribute.name for attribute in attributes}
        required = {names[a.name] for a in attributes if a.default is attrs.NOTHING}
        return {names[a.name]: hints.get(a.name, Any) for a in attributes}, required
    return None


def _object(cls: type, value: Any, where: str) -> Any:
    found = _fields(cls, where)
    if found is None:
        raise Mismatch(f"{where}: cannot read a {cls.__name__} from JSON (no dataclass, TypedDict or attrs)")
    hints, required = found
    if not isinstance(value, dict):
        raise _fail(where, f"an object ({cls.__name__})", value)
    unknown = [key for key in value if key not in hints]
    if unknown:
        raise Mismatch(f"{where}: unknown field {unknown[0]!r} for {cls.__name__}")
    missing = [name for name in hints if name in required and name not in value]
    if missing:
        raise Mismatch(f"{where}: missing required field {missing[0]!r} of {cls.__name__}")
    values = {name: from_json(hints[name], item, f"{where}.{name}") for name, item in value.items()}
    if typing.is_typeddict(cls):
        return values
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:  # a validator of the class refused the values
        raise Mismatch(f"{where}: {cls.__name__} refused the values: {exc}") from None


def _array(origin: Any, args: tuple[Any, ...], value: Any, where: str) -> Any:
    if not isinstance(value, list):
        raise _fail(where, "an array", value)
    if origin is tuple and args and args[-1] is not Ellipsis and args != ((),):
        if len(args) != len(value):
            raise Mismatch(f"{where}: expected an array of {len(args)} items, got {len(value)}")
        pairs = enumerate(zip(args, value, strict=True))
        return tuple(from_json(arg, item, f"{where}[{index}]") for index, (arg, item) in pairs)
    item_type = args[0] if args else Any
    items = [from_json(item_type, item, f"{where}[{index}]") for index, item in enumerate(value)]
    if origin in (set, frozenset, collections.abc.Set, collections.abc.MutableSet):
        return frozenset(items) if origin is frozenset else set(items)
    return tuple(items) if origin is tuple else items


def _union(args: tuple[Any, ...], value: Any, where: str) -> Any:
    if value is None and type(None) in args:
        return None
    problems = []
    for member in args:
        if member is type(None):
            continue
        try:
            return from_json(member, value, where)
        except Mismatch as exc:
            problems.append(str(exc))
    raise Mismatch(problems[0] if len(problems) == 1 else f"{where}: fits none of: " + "; ".join(problems))


def from_json(annotation: Any, value: Any, where: str = "$") -> Any:
    """`value` (decoded JSON) as `annotation` says, converted (nested classes built, dates parsed).

    Raises:
        Mismatch: The value does not fit; the message says where (``$.field[index]``) and why.
    """
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return from_json(args[0], value, where)
    if annotation is Any or annotation is object:
        return value
    if annotation is None or annotation is type(None):
        if value is None:
            return None
        raise _fail(where, "null", value)
    if annotation in (str, int, float, bool):
        return _primitive(annotation, value, where)
    if annotation is decimal.Decimal:
        if isinstance(value, _NUMBERS) and not isinstance(value, bool):
            return decimal.Decimal(str(value))
        return _parsed_string(decimal.Decimal, "a number", value, where)
    if annotation in _STRING_TYPES:
        parse, wanted = _STRING_TYPES[annotation]
        return _parsed_string(parse, wanted, value, where)
    if origin is Literal:
        for arg in args:
            plain = arg.value if isinstance(arg, enum.Enum) else arg
            if value == plain and type(value) is type(plain):
                return arg
        raise _fail(where, "one of " + ", ".join(repr(arg) for arg in args), value)
    if origin in UNION_ORIGINS:
        return _union(args, value, where)
    if annotation in ARRAY_ORIGINS or origin in ARRAY_ORIGINS:
        return _array(origin or annotation, args, value, where)
    if annotation in OBJECT_ORIGINS or origin in OBJECT_ORIGINS:
        if not isinstance(value, dict):
            raise _fail(where, "an object", value)
        item_type = args[1] if len(args) == 2 else Any
        return {key: from_json(item_type, item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        for member in annotation:
            if member.value == value and type(member.value) is type(value):
                return member
        raise _fail(where, "one of " + ", ".join(repr(member.value) for member in annotation), value)
    if isinstance(annotation, type):
        return _object(annotation, value, where)
    raise Mismatch(f"{where}: cannot read {annotation!r} from JSON")
