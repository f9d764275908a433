"""Build Ollama tool definitions from plain Python functions (type hints + docstring).

Compared with ``ollama._utils.convert_function_to_tool`` this keeps ``enum`` values (``Literal``,
``enum.Enum``), array ``items``, nested objects (dataclasses, TypedDicts, attrs classes), defaults (a
parameter with a default is not required, and the default is shown), ``Annotated[X, "description"]``,
and reads Google (``Args:``), NumPy (``Parameters``) and reST (``:param x:``) docstrings. Annotations
that have no JSON Schema equivalent raise a ``TypeError`` naming the parameter instead of being
silently turned into strings.

The same rules derive the schema of a structured output's class (``format=``, see `structured`), and
`_from_json` reads JSON back by them (tool arguments, structured answers).
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import decimal
import enum
import functools
import inspect
import pathlib
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal, Protocol, Union

import attrs

from .types import NotGiven

__all__ = [
    "ARRAY_ORIGINS",
    "OBJECT_ORIGINS",
    "UNION_ORIGINS",
    "class_hints",
    "normalize_tools",
    "parse_docstring",
    "schema_for",
    "tool_from_function",
]

_PRIMITIVES: Final[Mapping[Any, str]] = {str: "string", bool: "boolean", int: "integer", float: "number"}
_STRING_FORMATS: Final[Mapping[Any, dict[str, str]]] = {
    datetime.datetime: {"type": "string", "format": "date-time"},
    datetime.date: {"type": "string", "format": "date"},
    datetime.time: {"type": "string", "format": "time"},
    uuid.UUID: {"type": "string", "format": "uuid"},
    pathlib.Path: {"type": "string"},
    pathlib.PurePath: {"type": "string"},
    decimal.Decimal: {"type": "number"},
}
ARRAY_ORIGINS: Final = frozenset(
    {
        list,
        set,
        frozenset,
        tuple,
        collections.abc.Sequence,
        collections.abc.MutableSequence,
        collections.abc.Set,
        collections.abc.MutableSet,
        collections.abc.Iterable,
        collections.abc.Collection,
    }
)
OBJECT_ORIGINS: Final = frozenset({dict, collections.abc.Mapping, collections.abc.MutableMapping})
UNION_ORIGINS: Final[frozenset[Any]] = frozenset({Union, types.UnionType})

# ---------------------------------------------------------------------------------------------------
# Docstrings
# ---------------------------------------------------------------------------------------------------

_GOOGLE_ARGS: Final = re.compile(
    r"^(args|arguments|parameters|params|keyword args|keyword arguments|kwargs|other parameters)\s*:\s*$",
    re.I,
)
_GOOGLE_OTHER: Final = re.compile(
    r"^(returns?|yields?|raises?|examples?|notes?|attributes|see also|warnings?|todo|references|methods)"
    r"\s*:\s*$",
    re.I,
)
_GOOGLE_ENTRY: Final = re.compile(r"^\*{0,2}(?P<name>\w+)\s*(?:\((?P<type>[^)]*)\))?\s*:\s*(?P<text>.*)$")
_NUMPY_UNDERLINE: Final = re.compile(r"^\s*-{3,}\s*$")
_NUMPY_ARGS: Final = re.compile(r"^(parameters|params|other parameters|keyword arguments)$", re.I)
# In NumPy style the text after "name :" is the type; the description is on the indented lines below.
_NUMPY_ENTRY: Final = re.compile(r"^\*{0,2}(?P<name>\w+)\s*(?::.*)?$")
_REST_PARAM: Final = re.compile(
    r"^:(?:param|parameter|arg|argument|key|keyword)\s+(?:[^:]*?\s+)?\*{0,2}(?P<name>\w+)\s*:\s*(?P<text>.*)$"
)
_REST_FIELD: Final = re.compile(r"^:\w+[^:]*:")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(parts: list[str]) -> str:
    """Join wrapped lines into one text; blank lines separate paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for part in parts:
        if part.strip():
            paragraphs[-1].append(part.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join(" ".join(words) for words in paragraphs if words)


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """Split a docstring into (description, {parameter name: description}).

    Understands Google ``Args:`` sections (``name (type): text`` with indented continuation lines),
    NumPy ``Parameters`` sections and reST ``:param [type] name: text`` fields. The description is the
    text before the first section or field.
    """
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    description: list[str] = []
    params: dict[str, list[str]] = {}
    section = "description"
    entry_indent: int | None = None
    current: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _indent(line) == 0 and stripped:
            if _NUMPY_UNDERLINE.match(following):
                section = "numpy" if _NUMPY_ARGS.match(stripped) else "other"
                entry_indent, current, index = None, None, index + 2
                continue
            if _GOOGLE_ARGS.match(stripped) or _GOOGLE_OTHER.match(stripped):
                section = "args" if _GOOGLE_ARGS.match(stripped) else "other"
                entry_indent, current = None, None
                index += 1
                continue
            rest_param = _REST_PARAM.match(stripped)
            if rest_param:
                section, current = "rest", rest_param.group("name")
                params[current] = [rest_param.group("text")]
                index += 1
                continue
            if _REST_FIELD.match(stripped):
                section, current = "rest", None
                index += 1
                continue
        if section == "description":
            description.append(line)
        elif section in ("args", "numpy") and stripped:
            if entry_indent is None:
                entry_indent = _indent(line)
            entry = (_GOOGLE_ENTRY if section == "args" else _NUMPY_ENTRY).match(stripped)
            if _indent(line) <= entry_indent and entry:
                current = entry.group("name")
                text = entry.groupdict().get("text") or ""
                params[current] = [text]
            elif current is not None:
                params[current].append(stripped)
        elif section == "rest" and current is not None and stripped and _indent(line) > 0:
            params[current].append(stripped)
        index += 1
    return _join(description), {name: _join(parts) for name, parts in params.items()}


# ---------------------------------------------------------------------------------------------------
# Type hints -> JSON Schema
# ---------------------------------------------------------------------------------------------------


def _json_type_of_value(value: Any, where: str) -> str:
    if value is None:
        return "null"
    for python_type, json_type in _PRIMITIVES.items():
        if type(value) is python_type:
            return json_type
    raise TypeError(f"{where}: enum value {value!r} is not a string, number, boolean or None")


def _enum_schema(values: list[Any], where: str) -> dict[str, Any]:
    json_types = list(dict.fromkeys(_json_type_of_value(value, where) for value in values))
    if json_types == ["integer", "number"] or json_types == ["number", "integer"]:
        json_types = ["number"]
    return {"type": json_types[0] if len(json_types) == 1 else json_types, "enum": values}


def _with_null(schema: dict[str, Any]) -> dict[str, Any]:
    """Allow ``null`` in addition to what ``schema`` accepts."""
    if not schema:
        return schema
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    result = dict(schema)
    current = result.get("type")
    if isinstance(current, str) and current != "null":
        result["type"] = [current, "null"]
    elif isinstance(current, list) and "null" not in current:
        result["type"] = [*current, "null"]
    if "enum" in result and None not in result["enum"]:
        result["enum"] = [*result["enum"], None]
    return result


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`_with_null` for parameters whose default is None (omitting them means None)."""
    result = dict(schema)
    current = result.get("type")
    if isinstance(current, list) and "null" in current:
        remaining = [name for name in current if name != "null"]
        result["type"] = remaining[0] if len(remaining) == 1 else remaining
    if "enum" in result:
        result["enum"] = [value for value in result["enum"] if value is not None]
    if "anyOf" in result:
        options = [option for option in result["anyOf"] if option != {"type": "null"}]
        result = dict(options[0]) if len(options) == 1 else {**result, "anyOf": options}
    return result


def _union_schema(args: tuple[Any, ...], where: str, seen: frozenset[Any]) -> dict[str, Any]:
    members = [arg for arg in args if arg is not type(None)]
    nullable = len(members) < len(args)
    if len(members) == 1:
        schema = _schema(members[0], where, seen)
    else:
        options = [_schema(member, where, seen) for member in members]
        if all(set(option) == {"type"} and isinstance(option["type"], str) for option in options):
            schema = {"type": list(dict.fromkeys(option["type"] for option in options))}
        else:
            schema = {"anyOf": options}
    return _with_null(schema) if nullable else schema


def _array_schema(origin: Any, args: tuple[Any, ...], where: str, seen: frozenset[Any]) -> dict[str, Any]:
    if origin is tuple and args and args[-1] is not Ellipsis:
        if args == ((),):  # tuple[()]
            return {"type": "array"}
        items = _union_schema(tuple(dict.fromkeys(args)), where, seen) if len(set(args)) > 1 else None
        return {"type": "array", "items": items or _schema(args[0], where, seen)}
    if not args or args[0] is Any:
        return {"type": "array"}
    return {"type": "array", "items": _schema(args[0], where, seen)}


def _object_schema(args: tuple[Any, ...], where: str, seen: frozenset[Any]) -> dict[str, Any]:
    if len(args) == 2 and args[1] is not Any:
        return {"type": "object", "additionalProperties": _schema(args[1], where, seen)}
    return {"type": "object"}


def _fields_schema(
    hints: Mapping[str, Any], required: Sequence[str], where: str, seen: frozenset[Any]
) -> dict[str, Any]:
    properties = {name: _schema(hint, f"{where}, field {name!r}", seen) for name, hint in hints.items()}
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def class_hints(cls: type, where: str) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception as exc:  # NameError for undefined forward references
        raise TypeError(f"{where}: cannot resolve the type hints of {cls.__name__} ({exc})") from None


def _class_schema(cls: type, where: str, seen: frozenset[Any]) -> dict[str, Any] | None:
    """Nested object schemas for dataclasses, TypedDicts and attrs classes; None for other classes."""
    if cls in seen:
        raise TypeError(f"{where}: recursive type {cls.__name__} cannot be described as a tool parameter")
    seen = seen | {cls}
    if typing.is_typeddict(cls):
        hints = class_hints(cls, where)
        required_keys = getattr(cls, "__required_keys__", frozenset(hints))
        return _fields_schema(hints, [name for name in hints if name in required_keys], where, seen)
    if dataclasses.is_dataclass(cls):
        hints = class_hints(cls, where)
        fields = [field for field in dataclasses.fields(cls) if field.init]
        required = [
            field.name
            for field in fields
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        ]
        return _fields_schema({field.name: hints[field.name] for field in fields}, required, where, seen)
    if attrs.has(cls):
        hints = class_hints(cls, where)
        attributes = [attribute for attribute in attrs.fields(cls) if attribute.init]
        names = {attribute.name: attribute.alias or attribute.name for attribute in attributes}
        required = [names[a.name] for a in attributes if a.default is attrs.NOTHING]
        return _fields_schema(
            {names[a.name]: hints.get(a.name, Any) for a in attributes}, required, where, seen
        )
    return None


def _schema(annotation: Any, where: str, seen: frozenset[Any] = frozenset()) -> dict[str, Any]:
    """The JSON Schema of one annotation; ``where`` names the parameter in error messages."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        schema = _schema(args[0], where, seen)
        notes = [item for item in annotation.__metadata__ if isinstance(item, str)]
        if notes and "description" not in schema:
            schema = {**schema, "description": notes[0]}
        return schema
    if annotation is Any or annotation is object:
        return {}
    if annotation is None or annotation is type(None):
        return {"type": "null"}
    if annotation in _PRIMITIVES:
        return {"type": _PRIMITIVES[annotation]}
    if annotation in _STRING_FORMATS:
        return dict(_STRING_FORMATS[annotation])
    if origin is Literal:
        return _enum_schema([arg.value if isinstance(arg, enum.Enum) else arg for arg in args], where)
    if origin in UNION_ORIGINS:
        return _union_schema(args, where, seen)
    if annotation in ARRAY_ORIGINS or origin in ARRAY_ORIGINS:
        return _array_schema(origin or annotation, args, where, seen)
    if annotation in OBJECT_ORIGINS or origin in OBJECT_ORIGINS:
        return _object_schema(args, where, seen)
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return _enum_schema([member.value for member in annotation], where)
        nested = _class_schema(annotation, where, seen)
        if nested is not None:
            return nested
    raise TypeError(
        f"{where}: the annotation {annotation!r} has no JSON Schema equivalent; use str, int, float, bool, "
        "Literal, an Enum, list[...], dict[str, ...], a dataclass or TypedDict, or Optional of these"
    )


def schema_for(annotation: Any, where: str) -> dict[str, Any]:
    """The JSON Schema of a type annotation by the rules tools use (a dataclass, TypedDict or attrs
    class is an object of its fields; see the module docstring); ``where`` names it in errors.

    Raises:
        TypeError: The annotation has no JSON Schema equivalent.
    """
    return _schema(annotation, where)


# ---------------------------------------------------------------------------------------------------
# Functions -> tools
# ---------------------------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    """The default as JSON, or None when it has no plain JSON form (then it is not shown)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, (list, tuple)) and all(type(item) in (str, int, float, bool) for item in value):
        return list(value)
    return None


def _unannotated_schema(default: Any) -> dict[str, Any]:
    if default is not inspect.Parameter.empty and type(default) in _PRIMITIVES:
        return {"type": _PRIMITIVES[type(default)]}
    return {"type": "string"}


def _hints_of(fn: Callable[..., Any], name: str, parameters: list[str]) -> dict[str, Any]:
    """The resolved annotations of `parameters` only (string annotations included): an annotation the
    tool does not use, such as a name imported only for type checkers, is never evaluated."""
    target: Any = fn.func if isinstance(fn, functools.partial) else fn
    if not (inspect.isfunction(target) or inspect.ismethod(target)) and callable(target):
        target = type(target).__call__  # a callable object: its hints live on the class's __call__
    target = inspect.unwrap(getattr(target, "__func__", target))
    annotations = getattr(target, "__annotations__", {})
    wanted = {key: value for key, value in annotations.items() if key in parameters}
    holder = type("_Annotations", (), {"__annotations__": wanted, "__module__": target.__module__})
    try:
        return typing.get_type_hints(holder, include_extras=True)
    except Exception as exc:  # NameError for undefined forward references, and others from odd objects
        raise TypeError(f"tool {name!r}: cannot resolve its type hints ({exc})") from None


def _name_of(fn: Callable[..., Any]) -> str:
    target = fn.func if isinstance(fn, functools.partial) else fn
    name = getattr(target, "__name__", None) or type(target).__name__
    if not isinstance(name, str) or not name or name == "<lambda>":
        raise TypeError(f"cannot build a tool from {fn!r}: it has no usable name (lambdas have none)")
    return name


def tool_from_function(fn: Callable[..., Any]) -> dict[str, Any]:
    """Describe ``fn`` as an Ollama tool: ``{"type": "function", "function": {...}}``.

    The function name is the tool name, the docstring's description is the tool description, and each
    parameter becomes a property typed from its annotation and described from the docstring (or from
    ``Annotated[X, "description"]``). Parameters without defaults are ``required``. ``*args`` and
    ``**kwargs`` are ignored.

    Raises:
        TypeError: ``fn`` is not callable, has no name, or a parameter's annotation has no JSON Schema
            equivalent (the message names the parameter).
    """
    if not callable(fn):
        raise TypeError(f"a tool must be a function or a mapping, not {type(fn).__name__}")
    name = _name_of(fn)
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"tool {name!r}: cannot read its signature ({exc})") from None
    included = [
        parameter
        for parameter in signature.parameters.values()
        if parameter.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        and not isinstance(parameter.default, NotGiven)  # a client's own options (timeout=...)
    ]
    hints = _hints_of(fn, name, [parameter.name for parameter in included])
    target = fn.func if isinstance(fn, functools.partial) else fn
    description, param_docs = parse_docstring(inspect.getdoc(target))

    properties: dict[str, Any] = {}
    required: list[str] = []
    for parameter in included:
        where = f"parameter {parameter.name!r} of tool {name!r}"
        if parameter.name in hints:
            schema = _schema(hints[parameter.name], where)
        else:
            schema = _unannotated_schema(parameter.default)
        if parameter.default is inspect.Parameter.empty:
            required.append(parameter.name)
        else:
            if parameter.default is None:
                schema = _without_null(schema)
            default = _json_default(parameter.default)
            if default is not None:
                schema = {**schema, "default": default}
        if param_docs.get(parameter.name):
            schema = {**schema, "description": param_docs[parameter.name]}
        properties[parameter.name] = schema

    parameters: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        parameters["required"] = required
    function: dict[str, Any] = {"name": name}
    if description:
        function["description"] = description
    function["parameters"] = parameters
    return {"type": "function", "function": function}


class _SupportsModelDump(Protocol):
    def model_dump(self, *, exclude_none: bool = ..., by_alias: bool = ...) -> dict[str, Any]: ...


class _SupportsToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


ToolInput = Callable[..., Any] | Mapping[str, Any] | _SupportsModelDump | _SupportsToDict


def _tool_from_mapping(tool: Mapping[str, Any]) -> dict[str, Any]:
    result = dict(tool)
    if "function" not in result and "name" in result and "parameters" in result:
        result = {"type": "function", "function": result}  # a bare function definition
    result = {"type": "function", **result}
    function = result.get("function")
    if not isinstance(function, Mapping) or not isinstance(function.get("name"), str) or not function["name"]:
        raise TypeError(f"a tool mapping needs a 'function' with a non-empty 'name', got {dict(tool)!r}")
    return result


def normalize_tools(tools: Sequence[ToolInput] | ToolInput | None) -> list[dict[str, Any]] | None:
    """Turn a ``tools=`` argument into the list of tool dicts Ollama expects (None stays None).

    Each tool may be a function (see :func:`tool_from_function`), a mapping in Ollama's tool format
    (or a bare ``{"name", "description", "parameters"}`` function definition), or a model object with
    ``to_dict()`` (generated models) or ``model_dump()`` (the official ``ollama.Tool``). A single tool
    is accepted in place of a list.

    Raises:
        TypeError: A tool of an unsupported kind, or a function that cannot be described.
    """
    if tools is None:
        return None
    if (
        isinstance(tools, Mapping)
        or callable(tools)
        or hasattr(tools, "model_dump")
        or hasattr(tools, "to_dict")
    ):
        tools = [tools]
    if isinstance(tools, (str, bytes)):
        raise TypeError("tools must be functions or mappings, not a string")
    normalized: list[dict[str, Any]] = []
    for tool in typing.cast("Sequence[Any]", tools):
        if isinstance(tool, Mapping):
            normalized.append(_tool_from_mapping(tool))
        elif hasattr(tool, "model_dump"):
            normalized.append(_tool_from_mapping(tool.model_dump(exclude_none=True, by_alias=True)))
        elif hasattr(tool, "to_dict"):
            normalized.append(_tool_from_mapping(tool.to_dict()))
        elif callable(tool):
            normalized.append(tool_from_function(tool))
        else:
            raise TypeError(f"a tool must be a function or a mapping, not {type(tool).__name__}")
    return normalized
