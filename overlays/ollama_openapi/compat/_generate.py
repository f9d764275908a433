"""`GenerateAPI`: ollama-python 0.1.2's completion and chat class, on `ollama_openapi.Client`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from ollama_openapi.compat._arguments import check_format, compat_messages, compat_options
from ollama_openapi.compat._base import BaseAPI
from ollama_openapi.compat._base_url import DEFAULT_BASE_URL

if TYPE_CHECKING:
    from ollama_openapi import Client
    from ollama_openapi.types import ImageInput
    from ollama_openapi_generated.models import ChatResponse, GenerateResponse

__all__ = ["GenerateAPI"]


class GenerateAPI(BaseAPI):
    """Completions (``/api/generate``) and chat (``/api/chat``) with one model, as in ollama-python.

    Args:
        model: The model every request uses (kept as ``self.model``).
        base_url: The server's API root, ``http://localhost:11434/api`` by default; ``/api`` may be left off.
        client: An `ollama_openapi.Client` to use instead of making one from ``base_url``.

    Errors are those of `ollama_openapi.Client`: `ollama_openapi.errors.ResponseError` subclasses for
    error answers (e.g. `ModelNotFoundError` when the model is not pulled), `OllamaConnectionError` when
    the server cannot be reached, and `InvalidArgumentError` (a ``ValueError``) for bad arguments.
    """

    def __init__(self, model: str, base_url: str = DEFAULT_BASE_URL, *, client: Client | None = None) -> None:
        super().__init__(base_url, client=client)
        self.model = model

    def __repr__(self) -> str:
        return f"GenerateAPI(model={self.model!r}, base_url={self.base_url!r})"

    @overload
    def generate(
        self,
        prompt: str,
        images: Sequence[ImageInput] | None = None,
        options: dict[str, Any] | None = None,
        system: str | None = None,
        stream: Literal[False] = False,
        format: str | dict[str, Any] | None = None,
        template: str | None = None,
        context: list[int] | None = None,
        raw: bool = False,
    ) -> GenerateResponse: ...

    @overload
    def generate(
        self,
        prompt: str,
        images: Sequence[ImageInput] | None = None,
        options: dict[str, Any] | None = None,
        system: str | None = None,
        *,
        stream: Literal[True],
        format: str | dict[str, Any] | None = None,
        template: str | None = None,
        context: list[int] | None = None,
        raw: bool = False,
    ) -> Iterator[GenerateResponse]: ...

    def generate(
        self,
        prompt: str,
        images: Sequence[ImageInput] | None = None,
        options: dict[str, Any] | None = None,
        system: str | None = None,
        stream: bool = False,
        format: str | dict[str, Any] | None = None,
        template: str | None = None,
        context: list[int] | None = None,
        raw: bool = False,
    ) -> GenerateResponse | Iterator[GenerateResponse]:
        """Complete `prompt`; with ``stream=True``, a lazy iterator of chunks (nothing is sent before it).

        Returns a ``GenerateResponse``: ``.response`` is the text; ``.context``, the timings and the token
        counts are present when the server sends them (``None`` otherwise: raw mode has no context).
        ``images`` may be base64 strings, bytes, paths or binary files; ``format`` is ``"json"`` or a JSON
        schema dict; ``options`` are checked as ollama-python did (unknown keys raise ``ValueError``).
        """
        params: dict[str, Any] = {
            "images": images or None,
            "options": compat_options(options),
            "system": system,
            "format": check_format(format),
            "template": template,
            "context": context,
            "raw": True if raw else None,
        }
        if stream:
            chunks: Iterator[GenerateResponse] = self._client.generate(
                self.model, prompt, stream=True, **params
            )
            return chunks
        response: GenerateResponse = self._client.generate(self.model, prompt, **params)
        return response

    @overload
    def generate_chat_completion(
        self,
        messages: Sequence[Mapping[str, Any]],
        format: str | dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
        template: str | None = None,
        stream: Literal[False] = False,
    ) -> ChatResponse: ...

    @overload
    def generate_chat_completion(
        self,
        messages: Sequence[Mapping[str, Any]],
        format: str | dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
        template: str | None = None,
        *,
        stream: Literal[True],
    ) -> Iterator[ChatResponse]: ...

    def generate_chat_completion(
        self,
        messages: Sequence[Mapping[str, Any]],
        format: str | dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
        template: str | None = None,
        stream: bool = False,
    ) -> ChatResponse | Iterator[ChatResponse]:
        """The assistant's next message; with ``stream=True``, a lazy iterator of chunks.

        Returns a ``ChatResponse`` whose ``.message`` is the one message the server sends (``.role``,
        ``.content``, ``.thinking``, ``.tool_calls``); ollama-python declared a list here and could not
        read real answers. Messages are dicts with ``role`` (system, user, assistant or tool) and
        ``content``, optionally ``images`` (or ``image``) as base64 strings, bytes, paths or files.
        ``template`` is accepted for compatibility and not sent: ``/api/chat`` has no such field.
        """
        del template  # Ollama's chat endpoint never read it (ollama-python sent it anyway).
        checked = compat_messages(messages)
        params: dict[str, Any] = {"format": check_format(format), "options": compat_options(options)}
        if stream:
            chunks: Iterator[ChatResponse] = self._client.chat(self.model, checked, stream=True, **params)
            return chunks
        response: ChatResponse = self._client.chat(self.model, checked, **params)
        return response
