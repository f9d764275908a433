"""Turn what users pass to a method into the values of the generated request models.

The generated method layer picks a converter by the schema of each request field (see
``scripts/generate_methods.py``): one function per kind of schema, never one per operation. Every
converter takes the value and the argument's name, returns the model's value (``UNSET`` for None,
meaning "not sent"), and raises `InvalidArgumentError` naming the argument for anything it cannot
send. Nothing here does I/O.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast, overload

from ollama_openapi_generated import models
from ollama_openapi_generated.types import UNSET, File, Unset

from .blobs import is_digest
from .errors import InvalidArgumentError

# The models are reached through the lazily importing models package (and images and tools are
# imported when first given), so that importing the client stays cheap.
if TYPE_CHECKING:
    from typing_extensions import Self

    from ollama_openapi_generated.models.blob_map import BlobMap
    from ollama_openapi_generated.models.json_schema import JsonSchema
    from ollama_openapi_generated.models.message import Message
    from ollama_openapi_generated.models.options import Options
    from ollama_openapi_generated.models.think_level import ThinkLevel
    from ollama_openapi_generated.models.tool import Tool

    from .types import (
        DurationInput,
        FileInput,
        FormatInput,
        MessageInput,
        NotGiven,
        OptionsInput,
        ThinkInput,
        ToolInput,
    )

__all__ = [
    "absent_as",
    "blob_map",
    "boolean",
    "digest",
    "duration",
    "file",
    "format_value",
    "images",
    "integer",
    "integers",
    "is_digest",
    "json_value",
    "messages",
    "model",
    "needs_one_of",
    "number",
    "options",
    "request",
    "required",
    "sets_any",
    "string",
    "string_or_strings",
    "strings",
    "think",
    "tools",
    "unexpected_keywords",
]

T = TypeVar("T")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], require_fields: bool = False) -> Self: ...


M = TypeVar("M", bound=_FromDict)


def _kind(value: object) -> str:
    return type(value).__name__


@overload
def required(value: str | Unset, name: str) -> str: ...


@overload
def required(value: str | list[str] | Unset, name: str) -> str | list[str]: ...


@overload
def required(value: T | Unset, name: str) -> T: ...


def required(value: T | Unset, name: str) -> T:
    """`value`, which the request cannot do without: not None, not empty."""
    if isinstance(value, Unset) or (isinstance(value, str) and not value.strip()):
        raise InvalidArgumentError(f"{name} is required and must not be empty")
    return value


def _checked(value: T | None, name: str, valid: bool, expected: str) -> T | Unset:
    if value is None:
        return UNSET
    if not valid:
        raise InvalidArgumentError(f"{name} must be {expected}, got {_kind(value)}")
    return value


def string(value: str | None, name: str) -> str | Unset:
    return _checked(value, name, isinstance(value, str), "a string")


def boolean(value: bool | None, name: str) -> bool | Unset:
    return _checked(value, name, isinstance(value, bool), "True or False")


def integer(value: int | None, name: str) -> int | Unset:
    return _checked(value, name, isinstance(value, int) and not isinstance(value, bool), "an integer")


def number(value: float | None, name: str) -> float | Unset:
    valid = isinstance(value, (int, float)) and not isinstance(value, bool)
    return _checked(value, name, valid, "a number")


def _sequence(value: object, name: str) -> Sequence[object]:
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        raise InvalidArgumentError(f"{name} must be a list, got {_kind(value)}")
    return value if isinstance(value, Sequence) else list(value)


def strings(value: Iterable[str] | None, name: str) -> list[str] | Unset:
    if value is None:
        return UNSET
    items = _sequence(value, name)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise InvalidArgumentError(f"{name}[{index}] must be a string, got {_kind(item)}")
    return cast("list[str]", list(items))


def integers(value: Iterable[int] | None, name: str) -> list[int] | Unset:
    if value is None:
        return UNSET
    items = _sequence(value, name)
    for index, item in enumerate(items):
        if isinstance(item, bool) or not isinstance(item, int):
            raise InvalidArgumentError(f"{name}[{index}] must be an integer, got {_kind(item)}")
    return cast("list[int]", list(items))


def string_or_strings(value: str | Iterable[str] | None, name: str) -> str | list[str] | Unset:
    """One string, or a list of strings (embed's ``input``, create's ``license``)."""
    if value is None or isinstance(value, str):
        return string(value, name)
    return strings(value, name)


def model(cls: type[M], value: Mapping[str, object] | M | None, name: str) -> M | Unset:
    """A generated model, from an instance of it or from a mapping of its JSON fields."""
    if value is None:
        return UNSET
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(f"{name} must be a mapping or a {cls.__name__}, got {_kind(value)}")
    try:
        return cls.from_dict(value, require_fields=True)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentError(
            f"{name} is not a valid {cls.__name__}: {type(exc).__name__}: {exc}"
        ) from None


def options(value: OptionsInput | None, name: str) -> Options | Unset:
    return model(models.Options, value, name)


def format_value(value: FormatInput | None, name: str) -> JsonSchema | str | Unset:
    """``"json"`` (or ``""``) as is; a JSON Schema as a mapping or a ``JsonSchema``; a class (pydantic
    model, dataclass, TypedDict, attrs class) as its schema (see `ollama_openapi.structured`)."""
    if isinstance(value, str):
        return value
    if value is not None and not isinstance(value, (Mapping, models.JsonSchema)):
        from .structured import schema_of

        value = schema_of(value, name)
    return model(models.JsonSchema, value, name)


def think(value: ThinkInput | None, name: str) -> bool | ThinkLevel | Unset:
    if value is None:
        return UNSET
    think_level = models.ThinkLevel
    if isinstance(value, (bool, think_level)):
        return value
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a bool or a level string, got {_kind(value)}")
    try:
        return think_level(value)
    except ValueError:
        # A level this client does not know yet: the model serialises it as it is, the server decides.
        return cast("ThinkLevel", value)


def duration(value: DurationInput | None, name: str) -> float | str | Unset:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InvalidArgumentError(f"{name} must be seconds or a duration like '5m', got {value!r}")
    return value


def images(value: Iterable[object] | None, name: str) -> list[str] | Unset:
    """Images as bytes, paths, file objects, base64 or data URLs, to base64 strings."""
    from ._images import encode_images

    encoded = encode_images(cast("Any", value), name)
    return UNSET if encoded is None else encoded


def messages(value: Iterable[MessageInput] | None, name: str) -> list[Message] | Unset:
    if value is None:
        return UNSET
    result: list[Message] = []
    for index, message in enumerate(_sequence(value, name)):
        where = f"{name}[{index}]"
        if isinstance(message, models.Message):
            message = message.to_dict()  # read again, so that its images get encoded like a mapping's
        if isinstance(message, models.ResponseMessage):
            message = message.to_dict()  # an answer's message, sent back as part of the conversation
        if not isinstance(message, Mapping):
            raise InvalidArgumentError(f"{where} must be a mapping or a Message, got {_kind(message)}")
        # None means "not given", as in the official client: a message whose role is None lacks one.
        data = {key: _plain(value) for key, value in message.items() if value is not None}
        if data.get("images") is not None:
            data["images"] = images(cast("Iterable[object]", data["images"]), f"{where}.images")
        converted = model(models.Message, data, where)
        if not isinstance(converted, Unset):
            result.append(converted)
    return result


def absent_as(value: T | None, absent: T) -> T:
    """`value`, or what the official client sends when the caller leaves the field out (the spec's
    ``x-python-send-when-absent``: ``tools: []``, ``insecure: false``)."""
    return absent if value is None else value


def _plain(value: object) -> object:
    """`value` with generated models (our own answers, e.g. ``ToolCall`` objects put into a message
    dict) turned back into plain JSON values, so that they can be read into a request model."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def json_value(value: object, name: str) -> object:
    """A value the spec describes as a union of shapes, taken as JSON (models given back as dicts);
    the request model's own parsing then checks it (see `request`)."""
    if value is None:
        return UNSET
    return _plain(value)


def request(cls: type[M], fields: Mapping[str, object], method: str) -> M:
    """The request model `cls` read from its JSON fields (UNSET ones left out).

    Raises:
        InvalidArgumentError: The fields do not make a valid `cls` (the message names the method).
    """
    document = {key: _plain(value) for key, value in fields.items() if not isinstance(value, Unset)}
    try:
        return cls.from_dict(document, require_fields=True)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentError(
            f"{method}(): the arguments do not make a valid request ({type(exc).__name__}: {exc})"
        ) from None


def tools(value: Iterable[ToolInput] | None, name: str) -> list[Tool] | Unset:
    """Tools as mappings, generated ``Tool`` models or Python functions (their schema is derived)."""
    try:
        from ._tools import normalize_tools

        normalized = normalize_tools(cast("Any", value))
    except TypeError as exc:
        raise InvalidArgumentError(f"{name}: {exc}") from None
    if normalized is None:
        return UNSET
    result: list[Tool] = []
    for index, tool in enumerate(normalized):
        converted = model(models.Tool, tool, f"{name}[{index}]")
        if not isinstance(converted, Unset):
            result.append(converted)
    return result


def blob_map(value: Mapping[str, str] | None, name: str) -> BlobMap | Unset:
    """File names mapped to blob digests (the client uploads local files before this)."""
    if not value:
        return UNSET
    for file_name, digest in value.items():
        if not is_digest(digest):
            raise InvalidArgumentError(
                f"{name}[{file_name!r}] must be a blob digest 'sha256:<64 hex digits>' or a local file, "
                f"got {digest!r}"
            )
    return models.BlobMap.from_dict({str(file_name): str(digest) for file_name, digest in value.items()})


def unexpected_keywords(method: str, given: Mapping[str, object], valid: Sequence[str]) -> TypeError:
    """The error for keyword arguments a method does not take, naming the ones it does."""
    names = ", ".join(sorted(given))
    return TypeError(
        f"{method}() got unexpected keyword argument(s) {names}; it takes: {', '.join(valid)}. "
        "Send a field this client does not know yet with extra_body={...}."
    )


def digest(value: str, name: str) -> str:
    """`value` if it is a blob digest ``sha256:<64 hex digits>``."""
    if not is_digest(value):
        raise InvalidArgumentError(f"{name} must look like 'sha256:<64 hex digits>', got {value!r}")
    return value


def file(value: FileInput | None, name: str) -> File | Unset:
    """A file to upload: bytes, a path (read now, so a missing file fails before sending) or a file object."""
    if value is None:
        return UNSET
    if isinstance(value, (bytes, bytearray, memoryview)):
        return File(payload=io.BytesIO(bytes(value)), file_name=name)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidArgumentError(f"{name}: cannot read {str(path)!r}: {exc.strerror or exc}") from None
        return File(payload=io.BytesIO(data), file_name=path.name)
    read = getattr(value, "read", None)
    if not callable(read):
        raise InvalidArgumentError(
            f"{name} must be bytes, a path or a binary file object, got {_kind(value)}"
        )
    file_name = getattr(value, "name", None)
    return File(
        payload=cast("Any", value), file_name=Path(file_name).name if isinstance(file_name, str) else name
    )


def needs_one_of(method: str, names: Sequence[str]) -> InvalidArgumentError:
    """The error for a request that needs at least one of these arguments (the server would refuse it)."""
    listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
    return InvalidArgumentError(f"{method}() needs {listed}")


def sets_any(extra_body: Mapping[str, object] | NotGiven, fields: Sequence[str]) -> bool:
    """Whether `extra_body` sends one of these fields itself."""
    if not extra_body:
        return False
    return any(extra_body.get(field) for field in fields)
