# @generated from overlays/ollama_openapi/_async/structured.py by scripts/unasync.py: do not edit; run `make generate`.
"""`Structured` (``client.structured``): chat, generate and ``/v1`` chat completions whose answer
is read as a Python type; `ParsedStream`: such an answer streamed, read at its end.

The rules (which types, which schema, which errors) are `ollama_openapi.structured`'s.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from ollama_openapi.errors import StructuredOutputError
from ollama_openapi.structured import OutputType, Parsed, answer_text, chunk_text, output_type
from ollama_openapi_generated._sync.streams import Stream

if TYPE_CHECKING:
    import httpx

    from ollama_openapi.types import MessageInput
    from ollama_openapi_generated._sync.operations import Operations
    from ollama_openapi_generated.models.chat_response import ChatResponse
    from ollama_openapi_generated.models.generate_response import GenerateResponse
    from ollama_openapi_generated.models.open_ai_chat_completion import OpenAIChatCompletion
    from ollama_openapi_generated.models.open_ai_chat_completion_chunk import OpenAIChatCompletionChunk

__all__ = ["ParsedStream", "Structured"]

T = TypeVar("T")
C = TypeVar("C")


class ParsedStream(Generic[C, T]):
    """A structured answer, streamed: the chunks as ``stream=True`` gives them; `parsed` once the
    stream has been read to its end (the text of all chunks read as the type).

    Iterating raises `StructuredOutputError` after the last chunk if the text does not fit the type.
    """

    __slots__ = ("_error", "_finished", "_iterator", "_output", "_parsed", "_parts", "_stream")

    def __init__(self, stream: Stream[C], output: OutputType[T]) -> None:
        self._stream = stream
        self._output = output
        self._parts: list[str] = []
        self._parsed: T | None = None
        self._finished = False
        self._error: StructuredOutputError | None = None
        self._iterator = self._chunks()

    def _chunks(self) -> Generator[C, None, None]:
        with self._stream:
            for chunk in self._stream:
                self._parts.append(chunk_text(chunk))  # type: ignore[arg-type]
                yield chunk
        try:
            self._parsed = self._output.read(self.text)
        except StructuredOutputError as exc:
            self._error = exc
            raise
        finally:
            self._finished = True

    @property
    def text(self) -> str:
        """The answer's text read so far."""
        return "".join(self._parts)

    @property
    def done(self) -> bool:
        """True once the stream was read to its end (`parsed` is then set, or raises the error)."""
        return self._finished

    @property
    def parsed(self) -> T:
        """The whole answer read as the type.

        Raises:
            StructuredOutputError: The stream has not been read to its end, or its text does not fit.
        """
        if self._error is not None:
            raise self._error
        if not self._finished:
            raise StructuredOutputError(
                "the stream has not been read to its end yet", text=self.text, target=self._output.name
            )
        return self._parsed  # type: ignore[return-value]  # set (possibly to None) once finished

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response once the request was sent; None before that."""
        return self._stream.response

    def __iter__(self) -> Iterator[C]:
        return self._iterator

    def __next__(self) -> C:
        return self._iterator.__next__()

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self._stream.close()

    def __enter__(self) -> ParsedStream[C, T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class Structured:
    """Calls whose answer is read as a Python type (``client.structured``): ``format=`` (or
    ``response_format=``) names the type, the result's ``.parsed`` is an instance of it.

    The type may be a pydantic model (if installed), a dataclass, a TypedDict, an attrs class, or a
    JSON Schema mapping (then ``.parsed`` is the decoded JSON); see `ollama_openapi.structured`.
    Every other keyword is the plain method's (``options=``, ``think=``, ``keep_alive=``, ...).
    """

    __slots__ = ("_client",)

    def __init__(self, client: Operations) -> None:
        self._client = client

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        format: type[T],
        stream: Literal[False] = False,
        **options: Any,
    ) -> Parsed[ChatResponse, T]: ...

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        format: type[T],
        stream: Literal[True],
        **options: Any,
    ) -> ParsedStream[ChatResponse, T]: ...

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        format: Mapping[str, object],
        stream: Literal[False] = False,
        **options: Any,
    ) -> Parsed[ChatResponse, Any]: ...

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        format: Mapping[str, object],
        stream: Literal[True],
        **options: Any,
    ) -> ParsedStream[ChatResponse, Any]: ...

    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        format: type[T] | Mapping[str, object],
        stream: bool = False,
        **options: Any,
    ) -> Parsed[ChatResponse, Any] | ParsedStream[ChatResponse, Any]:
        """`Client.chat` asking for `format` (a class or a JSON Schema): the answer's
        ``.parsed`` is the message's content read as it (with ``stream=True``: a stream whose
        ``.parsed`` is set once it has been read to its end).

        Raises:
            StructuredOutputError: The answer is not JSON or does not fit the type.
        """
        output = output_type(format)
        if stream:
            chunks = self._client.chat(model, messages, format=output.schema, stream=True, **options)
            return ParsedStream(chunks, output)
        response = self._client.chat(model, messages, format=output.schema, **options)
        text = answer_text(response)
        return Parsed(response, output.read(text), text)

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T],
        stream: Literal[False] = False,
        **options: Any,
    ) -> Parsed[GenerateResponse, T]: ...

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T],
        stream: Literal[True],
        **options: Any,
    ) -> ParsedStream[GenerateResponse, T]: ...

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: Mapping[str, object],
        stream: Literal[False] = False,
        **options: Any,
    ) -> Parsed[GenerateResponse, Any]: ...

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: Mapping[str, object],
        stream: Literal[True],
        **options: Any,
    ) -> ParsedStream[GenerateResponse, Any]: ...

    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T] | Mapping[str, object],
        stream: bool = False,
        **options: Any,
    ) -> Parsed[GenerateResponse, Any] | ParsedStream[GenerateResponse, Any]:
        """`Client.generate` asking for `format`: the answer's ``.parsed`` is the generated text
        read as it (see `chat`).

        Raises:
            StructuredOutputError: The answer is not JSON or does not fit the type.
        """
        output = output_type(format)
        if stream:
            chunks = self._client.generate(model, prompt, format=output.schema, stream=True, **options)
            return ParsedStream(chunks, output)
        response = self._client.generate(model, prompt, format=output.schema, **options)
        text = answer_text(response)
        return Parsed(response, output.read(text), text)

    @overload
    def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object]],
        *,
        response_format: type[T],
        stream: Literal[False] = False,
        **options: Any,
    ) -> Parsed[OpenAIChatCompletion, T]: ...

    @overload
    def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object]],
        *,
        response_format: type[T],
        stream: Literal[True],
        **options: Any,
    ) -> ParsedStream[OpenAIChatCompletionChunk, T]: ...

    @overload
    def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object]],
        *,
        response_format: Mapping[str, object],
        stream: Literal[False] = False,
        **options: Any,
    ) -> Parsed[OpenAIChatCompletion, Any]: ...

    @overload
    def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object]],
        *,
        response_format: Mapping[str, object],
        stream: Literal[True],
        **options: Any,
    ) -> ParsedStream[OpenAIChatCompletionChunk, Any]: ...

    def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object]],
        *,
        response_format: type[T] | Mapping[str, object],
        stream: bool = False,
        **options: Any,
    ) -> Parsed[OpenAIChatCompletion, Any] | ParsedStream[OpenAIChatCompletionChunk, Any]:
        """``client.openai.chat_completions`` asking for `response_format` (a class or a JSON Schema,
        sent as ``{"type": "json_schema", "json_schema": {"name", "schema"}}``): ``.parsed`` is the
        first choice's content read as it (see `chat`).

        Raises:
            StructuredOutputError: The answer is not JSON or does not fit the type.
        """
        output = output_type(response_format, "response_format")
        openai = self._client.openai
        wanted = output.response_format()
        if stream:
            chunks = openai.chat_completions(model, messages, response_format=wanted, stream=True, **options)
            return ParsedStream(chunks, output)
        response = openai.chat_completions(model, messages, response_format=wanted, **options)
        text = answer_text(response)
        return Parsed(response, output.read(text), text)
