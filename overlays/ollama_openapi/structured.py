"""Structured output: the JSON Schema of a Python type for ``format=``, and the answer read back as it.

A *target* is what ``format=`` (or ``response_format=`` on ``/v1``) may name:

- a pydantic model (when pydantic is installed: it is not a dependency): the schema is its
  ``model_json_schema()`` and the answer is read with ``model_validate_json``;
- a dataclass, a TypedDict, an attrs class, or any other annotation tools accept (``list[Item]``,
  ``Literal[...]``, ...): the schema is derived by the same rules as tool parameters (`_tools`), and the
  answer is read back by them (`_from_json`): nested classes built, dates parsed, unknown or missing
  fields refused;
- a JSON Schema mapping: sent as it is; the answer is the decoded JSON, unchecked.

An answer that is not JSON, or does not fit, raises `StructuredOutputError` with the raw text and the
reason, never the validation library's own exception.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._from_json import Mismatch, from_json
from ._tools import schema_for
from .errors import InvalidArgumentError, StructuredOutputError

if TYPE_CHECKING:
    from ollama_openapi_generated.models.chat_response import ChatResponse
    from ollama_openapi_generated.models.generate_response import GenerateResponse
    from ollama_openapi_generated.models.open_ai_chat_completion import OpenAIChatCompletion
    from ollama_openapi_generated.models.open_ai_chat_completion_chunk import OpenAIChatCompletionChunk

__all__ = [
    "OutputType",
    "Parsed",
    "ParsedChatResponse",
    "ParsedCompletion",
    "ParsedGenerateResponse",
    "answer_text",
    "chunk_text",
    "output_type",
    "schema_of",
]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Parsed(Generic[R, T]):
    """A structured answer: the server's `response` as usual, and its text read as the type asked for."""

    response: R
    """The answer model (``ChatResponse``, ``GenerateResponse`` or ``OpenAIChatCompletion``)."""
    parsed: T
    """The answer's text read as the type given in ``format=`` / ``response_format=``."""
    text: str
    """The answer's raw text (the JSON the model wrote)."""


if TYPE_CHECKING:
    from typing import TypeAlias

    ParsedChatResponse: TypeAlias = Parsed["ChatResponse", T]
    ParsedGenerateResponse: TypeAlias = Parsed["GenerateResponse", T]
    ParsedCompletion: TypeAlias = Parsed["OpenAIChatCompletion", T]
else:
    ParsedChatResponse = ParsedGenerateResponse = ParsedCompletion = Parsed


def _is_pydantic_model(target: object) -> bool:
    return (
        isinstance(target, type)
        and callable(getattr(target, "model_json_schema", None))
        and callable(getattr(target, "model_validate_json", None))
    )


def _name_of(target: object) -> str:
    return getattr(target, "__name__", None) or repr(target)


class OutputType(Generic[T]):
    """How to ask for a type (`schema`) and read an answer as it (`read`)."""

    __slots__ = ("_read", "name", "schema")

    def __init__(self, schema: dict[str, Any], name: str, read: Callable[[str], T]) -> None:
        self.schema = schema
        self.name = name
        self._read = read

    def read(self, text: str) -> T:
        """The answer `text` as the type.

        Raises:
            StructuredOutputError: The text is not JSON, or does not fit the type.
        """
        return self._read(text)

    def response_format(self) -> dict[str, Any]:
        """The ``response_format`` of ``/v1/chat/completions`` asking for this type."""
        return {"type": "json_schema", "json_schema": {"name": self.name, "schema": self.schema}}


def _decoded(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise StructuredOutputError(f"not JSON: {exc}", text=text, target=name) from None


def output_type(target: Any, where: str = "format") -> OutputType[Any]:
    """The `OutputType` of a target (see the module docstring).

    Raises:
        InvalidArgumentError: The target is none of those, or a type without a JSON Schema.
    """
    if isinstance(target, Mapping):
        schema = dict(target)
        name = str(schema.get("title") or "object")
        return OutputType(schema, name, lambda text: _decoded(text, name))
    if isinstance(target, (str, bytes)) or target is None:
        raise InvalidArgumentError(f"{where} must be a class or a JSON Schema mapping, got {target!r}")
    name = _name_of(target)
    if _is_pydantic_model(target):
        model: Any = target

        def read_pydantic(text: str) -> Any:
            try:
                return model.model_validate_json(text)
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                raise StructuredOutputError(str(exc), text=text, target=name) from None

        try:
            schema = dict(model.model_json_schema())
        except Exception as exc:  # pydantic's PydanticUserError and kin: a model without a JSON Schema
            raise InvalidArgumentError(f"{where} {name}: pydantic gives no JSON Schema ({exc})") from None
        return OutputType(schema, name, read_pydantic)
    try:
        schema = schema_for(target, f"{where} {name}")
    except TypeError as exc:
        raise InvalidArgumentError(str(exc)) from None

    def read(text: str) -> Any:
        try:
            return from_json(target, _decoded(text, name))
        except Mismatch as exc:
            raise StructuredOutputError(str(exc), text=text, target=name) from None

    return OutputType(schema, name, read)


def schema_of(target: Any, where: str = "format") -> dict[str, Any]:
    """The JSON Schema sent for a target (a class or a schema mapping); see the module docstring.

    Raises:
        InvalidArgumentError: The target has no JSON Schema.
    """
    return output_type(target, where).schema


def answer_text(response: ChatResponse | GenerateResponse | OpenAIChatCompletion) -> str:
    """The text of a whole answer: the message's content, the generated text, or the first choice's."""
    message = getattr(response, "message", None)
    if message is not None:
        return str(message.content or "")
    choices = getattr(response, "choices", None)
    if choices is not None:
        return str(choices[0].message.content or "") if choices else ""
    return str(getattr(response, "response", "") or "")


def chunk_text(chunk: ChatResponse | GenerateResponse | OpenAIChatCompletionChunk) -> str:
    """The text one streamed chunk adds (``/v1`` chunks: the first choice's delta)."""
    message = getattr(chunk, "message", None)
    if message is not None:
        return str(message.content or "")
    choices = getattr(chunk, "choices", None)
    if choices is not None:
        content = choices[0].delta.content if choices else None
        return content if isinstance(content, str) else ""
    return str(getattr(chunk, "response", "") or "")
