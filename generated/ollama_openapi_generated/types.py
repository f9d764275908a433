# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from types import NoneType
from typing import IO, Any, BinaryIO, Generic, TypeVar

from attrs import define

Unset = NoneType  # type: ignore[nonetype-type]
UNSET: Unset = None
ABSENT: Any = None
"""What a field the spec marks required reads when an answer leaves it out (as the official client's
models read it): None. Typed `Any` so that the field keeps its declared type for the answers Ollama sends."""


def status_of(code: int) -> HTTPStatus | int:
    """The `HTTPStatus` for `code`, or the plain number for a status outside the IANA registry."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 timestamp, e.g. Ollama's `2024-06-04T14:38:31.837530395-07:00`.

    `datetime.fromisoformat` is about fifty times faster than dateutil's `isoparse` and, from Python
    3.11 on, accepts `Z` and any number of fractional digits (truncated to microseconds); older
    Pythons and unusual forms fall back to `isoparse`.
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        # Imported on first need (it costs ~7 ms at import): on 3.11+ Ollama's timestamps never get here.
        from dateutil.parser import isoparse

        return isoparse(value)


def dump_value(value: Any, exclude_none: bool) -> Any:
    """A value as pydantic's ``model_dump`` gives it: models dumped, a mapping's None entries kept."""
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(exclude_none=exclude_none)
    if isinstance(value, list):
        return [dump_value(item, exclude_none) for item in value]
    if isinstance(value, dict):
        return {key: dump_value(item, exclude_none) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value


def dump_fields(model: Any, exclude_none: bool) -> dict[str, Any]:
    """``model_dump()`` of a model: its ``(name, value)`` pairs (a mapping's items), nested models dumped,
    None-valued fields left out with ``exclude_none``."""
    pairs = model.items() if isinstance(model, Mapping) else model
    return {key: dump_value(value, exclude_none) for key, value in pairs if not (exclude_none and value is None)}


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dump_json(document: dict[str, Any]) -> str:
    """``model_dump_json()``: compact JSON, date-times in RFC 3339 (``Z`` for UTC), as pydantic writes them."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, default=_json_default)


class _PydanticSerializer:
    """``__pydantic_serializer__`` of the models: pydantic serializes an object that has one, so that a model
    held in a pydantic model's ``Any`` field (llama-index keeps the reply in ``ChatResponse.raw``) dumps as
    the official client's pydantic models do. Built from pydantic-core on first use: pydantic is the
    caller's, never a dependency of this package."""

    _serializer: Any = None

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if _PydanticSerializer._serializer is None:
            try:
                from pydantic_core import SchemaSerializer, core_schema  # type: ignore[import-not-found,unused-ignore]
            except ImportError:  # only pydantic asks, so this is hasattr's answer without it
                raise AttributeError("__pydantic_serializer__") from None
            dump = core_schema.plain_serializer_function_ser_schema(lambda model: model.model_dump())
            _PydanticSerializer._serializer = SchemaSerializer(core_schema.any_schema(serialization=dump))
        return _PydanticSerializer._serializer


PYDANTIC_SERIALIZER: Any = _PydanticSerializer()


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["ABSENT", "UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
