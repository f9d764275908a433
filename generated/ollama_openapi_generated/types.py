# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
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
