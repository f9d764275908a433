"""Types that appear in the public signatures of `Client` and `AsyncClient`.

The inputs are deliberately wider than the wire format: a message may be a mapping or a generated
``Message``, a tool may be a Python function, an image may be bytes or a path. The method layer
converts each to what the spec describes before anything is sent.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final, Literal, Protocol, Union

if TYPE_CHECKING:
    import httpx

    from ollama_openapi_generated.models.json_schema import JsonSchema
    from ollama_openapi_generated.models.message import Message
    from ollama_openapi_generated.models.options import Options
    from ollama_openapi_generated.models.response_message import ResponseMessage
    from ollama_openapi_generated.models.think_level import ThinkLevel
    from ollama_openapi_generated.models.tool import Tool

__all__ = [
    "NOT_GIVEN",
    "DurationInput",
    "FileInput",
    "FileMapInput",
    "FormatInput",
    "Image",
    "ImageInput",
    "MessageInput",
    "NotGiven",
    "OptionsInput",
    "SupportsRead",
    "ThinkInput",
    "TimeoutInput",
    "ToolInput",
]


class NotGiven:
    """The type of `NOT_GIVEN`: an argument the caller left out (where None means something else).

    ``timeout=None`` means "no limit"; leaving ``timeout`` out means "the client's timeout". The
    sentinel is falsy and prints as ``NOT_GIVEN``.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""An argument that was not given (see `NotGiven`)."""


class SupportsRead(Protocol):
    """A binary file object: anything with ``read() -> bytes``."""

    def read(self) -> bytes: ...


TimeoutInput = Union[float, "httpx.Timeout", None]
"""Seconds for every phase, an ``httpx.Timeout``, or None for no limit at all."""

MessageInput = Union[Mapping[str, object], "Message", "ResponseMessage"]
"""A message: a mapping (``{"role": "user", "content": "hi"}``), a generated ``Message``, or the
``ResponseMessage`` of an answer (``reply.message``, to continue the conversation). Images in a
mapping may be given as `ImageInput`."""

OptionsInput = Union[Mapping[str, object], "Options"]
"""Model options: a mapping (``{"temperature": 0}``) or a generated ``Options``."""

ToolInput = Union[Callable[..., object], Mapping[str, object], "Tool"]
"""A tool: a Python function (its type hints and docstring become the schema), a mapping in the
``{"type": "function", "function": {...}}`` shape, or a generated ``Tool``."""


class Image:
    """An image, as the official client's ``Image(value=...)``: bytes, a path, base64 or a data URL."""

    __slots__ = ("value",)

    # A plain class rather than a dataclass: `import ollama_openapi` stays free of dataclasses.
    def __init__(self, value: str | bytes | os.PathLike[str]) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Image) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Image(value={self.value!r})"


ImageInput = Union[bytes, bytearray, memoryview, "os.PathLike[str]", str, SupportsRead, Image]
"""An image: raw bytes, a path, a file object, a base64 string, a ``data:`` URL or an `Image`."""

FormatInput = Union[Literal["", "json"], Mapping[str, object], "JsonSchema", type]
"""The output format: ``"json"``, or a JSON Schema the output must match (structured outputs), or a
class whose schema is derived (a pydantic model, dataclass, TypedDict or attrs class)."""

ThinkInput = Union[bool, Literal["low", "medium", "high", "max"], "ThinkLevel", str]
"""Whether a thinking model thinks (a bool), or how hard (a level)."""

DurationInput = float | str
"""Seconds (``0`` unloads at once, negative keeps forever) or a Go duration such as ``"5m"``."""

FileMapInput = Mapping[str, Union[str, "os.PathLike[str]"]]
"""File names mapped to blob digests (``sha256:<hex>``) or to local files, which are uploaded."""

FileInput = Union[bytes, "os.PathLike[str]", str, SupportsRead]
"""A file to upload (multipart): its bytes, a path, or a binary file object."""
