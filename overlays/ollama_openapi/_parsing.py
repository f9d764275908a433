"""Decoded JSON to generated models, lenient where real servers deviate from the spec.

The fast path is the generated ``from_dict`` alone. Only when it fails are the known deviations
repaired and the parse tried again: Go's ``null`` for empty slices and maps (a null array reads as
``[]``, a null required member as its zero value, as Go's decoder leaves it, and any other null as
an absent field) and tool-call arguments sent as a JSON string. What still does not fit becomes
`InvalidResponseError`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from . import spec as _spec
from .errors import InvalidResponseError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["events_parser", "parser_for", "text_or"]

_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)


def _make_parser(model: type[M]) -> Callable[[Any], M]:
    """A function that builds a generated `model` (named as its component schema) from decoded JSON."""
    schema = model.__name__
    from_dict = model.from_dict

    def parse(document: Any) -> M:
        try:
            return from_dict(document)
        except _PARSE_ERRORS as error:
            return _parse_repaired(schema, from_dict, document, error)

    return parse


if TYPE_CHECKING:
    # functools.cache would hide the signature from type checkers (any arguments, an Any result).
    def parser_for(model: type[M]) -> Callable[[Any], M]: ...
else:
    parser_for = functools.cache(_make_parser)


def _parse_repaired(schema: str, from_dict: Callable[[Any], M], document: Any, error: Exception) -> M:
    repaired = _string_tool_arguments(_without_nulls(document, {"$ref": f"#/components/schemas/{schema}"}))
    if repaired is not document:
        try:
            return from_dict(repaired)
        except _PARSE_ERRORS:
            pass
    raise InvalidResponseError(
        f"Ollama's answer does not match the {schema} schema "
        f"({type(error).__name__}: {error}): {str(document)[:200]}",
        status_code=200,
        body=str(document),
    ) from None


def _is_array(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _without_nulls(document: Any, schema: Any) -> Any:
    """`document` with its ``null`` members read as Go means them (the same object if there are none).

    A null array becomes ``[]`` (Go's nil slice), a null required member its zero value (unless the
    spec's ``x-python-essential`` names it: it stays null, and the parse fails), and any other null
    member is removed, recursively, following `schema` where it describes the members.
    """
    resolved = _spec.resolve_refs(schema)
    if isinstance(document, dict):
        properties = resolved.get("properties") or {}
        extra = resolved.get("additionalProperties")
        required = resolved.get("required") or ()
        essential = resolved.get("x-python-essential") or ()
        cleaned: dict[str, Any] = {}
        for key, value in document.items():
            member = _spec.resolve_refs(properties.get(key, extra if isinstance(extra, dict) else {}))
            if value is None:
                if _is_array(member):
                    cleaned[key] = []
                elif key in essential:
                    cleaned[key] = None  # no answer without it (a chat reply's message): the parse fails
                elif key in required:
                    cleaned[key] = _zero(member)
                continue
            cleaned[key] = _without_nulls(value, member)
        changed = len(cleaned) != len(document) or any(cleaned[key] is not document[key] for key in cleaned)
        return cleaned if changed else document
    if isinstance(document, list):
        items = [_without_nulls(item, resolved.get("items")) for item in document]
        return items if any(new is not old for new, old in zip(items, document, strict=True)) else document
    return document


def _zero(schema: Any) -> Any:
    """The JSON of the Go zero value a `schema` describes (what Go reads a ``null`` into)."""
    resolved = _spec.resolve_refs(schema)
    for option in resolved.get("anyOf") or ():
        if _spec.resolve_refs(option).get("type") != "null":
            return _zero(option)
    kinds = resolved.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    if kind == "array":
        return []
    if kind == "object" or "properties" in resolved:
        properties = resolved.get("properties") or {}
        return {name: _zero(properties.get(name, {})) for name in resolved.get("required") or ()}
    if kind == "string":
        return "0001-01-01T00:00:00Z" if resolved.get("format") == "date-time" else ""
    return {"boolean": False, "integer": 0, "number": 0.0}.get(str(kind))


def _string_tool_arguments(document: Any) -> Any:
    """Tool-call arguments sent as a JSON string (as OpenAI-style servers do) decoded to an object."""
    if not isinstance(document, dict):
        return document
    message = document.get("message")
    calls = message.get("tool_calls") if isinstance(message, dict) else document.get("tool_calls")
    if not isinstance(calls, list):
        return document
    fixed_calls = []
    changed = False
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        arguments = function.get("arguments") if isinstance(function, dict) else None
        if isinstance(function, dict) and isinstance(arguments, str):
            try:
                decoded = json.loads(arguments) if arguments.strip() else {}
            except ValueError:
                decoded = None
            if isinstance(decoded, dict):
                call = {**call, "function": {**function, "arguments": decoded}}
                changed = True
        fixed_calls.append(call)
    if not changed:
        return document
    if isinstance(message, dict) and "tool_calls" in message:
        return {**document, "message": {**message, "tool_calls": fixed_calls}}
    return {**document, "tool_calls": fixed_calls}


def events_parser(models: Mapping[str, type[Any]]) -> Callable[[Any], Any]:
    """Parse a typed event with the model its ``"type"`` names; an unknown type stays a plain dict."""
    parsers = {event: parser_for(model) for event, model in models.items()}

    def parse(document: Any) -> Any:
        kind = document.get("type") if isinstance(document, dict) else None
        parser = parsers.get(kind) if isinstance(kind, str) else None
        return document if parser is None else parser(document)

    return parse


def text_or(parse: Callable[[Any], M]) -> Callable[[Any], M | str]:
    """`parse`, except that a plain-text answer (already a string) is returned as it is."""

    def parse_or_text(document: Any) -> M | str:
        return document if isinstance(document, str) else parse(document)

    return parse_or_text
