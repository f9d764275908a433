# @generated from generated/ollama_openapi_generated/_async/operations.py by scripts/unasync.py: do not edit; run `make generate`.
# @generated from openapi/ollama.yaml by scripts/generate_methods.py (templates/methods/operations.py.jinja): do not edit; run `make generate`.
"""The operations of the Ollama API as methods of `Client`, one per operation of the spec."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, NoReturn, overload

from ollama_openapi_generated import models

if TYPE_CHECKING:
    from ollama_openapi_generated.models.chat_response import ChatResponse
    from ollama_openapi_generated.models.create_request_info import CreateRequestInfo
    from ollama_openapi_generated.models.embed_response import EmbedResponse
    from ollama_openapi_generated.models.embedding_response import EmbeddingResponse
    from ollama_openapi_generated.models.generate_response import GenerateResponse
    from ollama_openapi_generated.models.list_response import ListResponse
    from ollama_openapi_generated.models.model_recommendations_response import ModelRecommendationsResponse
    from ollama_openapi_generated.models.process_response import ProcessResponse
    from ollama_openapi_generated.models.progress_response import ProgressResponse
    from ollama_openapi_generated.models.show_response import ShowResponse
    from ollama_openapi_generated.models.status_response import StatusResponse
    from ollama_openapi_generated.models.user_response import UserResponse
    from ollama_openapi_generated.models.version_response import VersionResponse
    from ollama_openapi_generated.models.web_fetch_response import WebFetchResponse
    from ollama_openapi_generated.models.web_search_response import WebSearchResponse

from ollama_openapi import _convert as convert
from ollama_openapi._http.call import Call
from ollama_openapi._parsing import parser_for
from ollama_openapi.types import (
    NOT_GIVEN,
    DurationInput,
    FileMapInput,
    FormatInput,
    ImageInput,
    MessageInput,
    NotGiven,
    OptionsInput,
    ThinkInput,
    TimeoutInput,
    ToolInput,
)
from ollama_openapi_generated._sync.core import ClientCore
from ollama_openapi_generated._sync.streams import Stream

if TYPE_CHECKING:
    from ollama_openapi_generated._sync.namespaces import Anthropic, OpenAI

__all__ = [
    "Operations",
]

_COMMON_ARGS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")


class Operations(ClientCore):
    """The methods generated from the spec's operations (`Client` adds the hand-written helpers).

    Every method also takes, as keywords: ``timeout`` (seconds, an ``httpx.Timeout`` or None for no
    limit; the client's when left out), ``max_retries`` (the client's when left out),
    ``extra_headers``, ``extra_query`` and ``extra_body`` (merged into the request last, to send
    what this client does not know yet).
    """

    @functools.cached_property
    def openai(self) -> OpenAI:
        """Ollama's OpenAI-compatible API (`/v1/...`): what the openai SDKs call, answered in OpenAI's
        shapes, with Server-Sent Events streams that end with `data: [DONE]` or a final event."""
        from .namespaces import OpenAI

        return OpenAI(self)

    @functools.cached_property
    def anthropic(self) -> Anthropic:
        """Ollama's Anthropic-compatible API (`/v1/messages`): what the anthropic SDKs call, answered
        in Anthropic's shapes, with typed Server-Sent Events ending with `message_stop`."""
        from .namespaces import Anthropic

        return Anthropic(self)

    def version(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> VersionResponse:
        """Get the server version.

        Returns the version of the running Ollama server.

        Ollama 0.1.14 and later.

        Returns:
            `VersionResponse`: the server version.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("version", unexpected, (*_COMMON_ARGS,))

        return self._request(
            self._call(
                "get_version",
                None,
                parser_for(models.VersionResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def status(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> StatusResponse:
        """Get the server status.

        Reports whether ollama.com cloud models are enabled on this server and why.

        Ollama 0.16.2 and later.

        Returns:
            `StatusResponse`: the server status.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("status", unexpected, (*_COMMON_ARGS,))

        return self._request(
            self._call(
                "get_status",
                None,
                parser_for(models.StatusResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: Literal[False] = False,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        images: Sequence[ImageInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        width: int | None = None,
        height: int | None = None,
        steps: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse: ...

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: Literal[True],
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        images: Sequence[ImageInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        width: int | None = None,
        height: int | None = None,
        steps: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> Stream[GenerateResponse]: ...

    @overload
    def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: bool,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        images: Sequence[ImageInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        width: int | None = None,
        height: int | None = None,
        steps: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse | Stream[GenerateResponse]: ...

    def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: bool = False,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        images: Sequence[ImageInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        width: int | None = None,
        height: int | None = None,
        steps: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> GenerateResponse | Stream[GenerateResponse]:
        """Generate a completion.

        Generates a response for a prompt with the given model.

        Ollama 0.1.0 and later.

        Args:
            model: The model name, e.g. `llama3.2` or `llama3.2:3b`. Ollama 0.1.0 and later.
            prompt: The prompt. Empty only loads the model. Ollama 0.1.0 and later.
            suffix: Text after the insertion point, for fill-in-the-middle (models with the `insert`
                capability). Ollama 0.2.6 and later.
            system: A system message that replaces the Modelfile's. Ollama 0.1.0 and later.
            template: A prompt template (Go template syntax) that replaces the Modelfile's. Ollama
                0.1.0 and later.
            context: The `context` of a previous response, to continue it. Deprecated; use
                `/api/chat`. Ollama 0.1.0 and later.
            raw: Send the prompt as is, without the template; no `context` is returned. Cannot be
                combined with template, system or context. Ollama 0.1.9 and later.
            format: The output format: the string `json` for any JSON value, or a JSON Schema object
                the output must match (structured outputs). Empty or null means free text. Ollama
                0.1.9 and later. As JsonSchema: Ollama 0.5.0 and later.
            keep_alive: How long a model stays loaded after the request: a number of seconds (`0`
                unloads at once, a negative number keeps it loaded forever) or a Go duration string
                such as `5m`, `1h30m` or `-1m`, as `time.ParseDuration` reads it (an optional sign,
                `+5m`; units `ns`, `us`, `µs` (U+00B5) or `μs` (U+03BC), `ms`, `s`, `m`, `h`; a
                unit-less `0`). Absent or null means the server default (`OLLAMA_KEEP_ALIVE`, 5
                minutes). Ollama 0.1.23 and later.
            images: Base64-encoded images for multimodal models. Ollama 0.1.15 and later.
            options: Model options for this request. Ollama 0.1.0 and later.
            think: Whether and how hard a thinking model thinks: `true`/`false`, or a level (`low`,
                `medium`, `high`, `max`). Absent means the server decides (on for models with the
                `thinking` capability). A truthy value for a model without that capability is a 400.
                Ollama 0.9.0 and later. As ThinkLevel: Ollama 0.11.0 and later. "max": Ollama
                0.21.3-rc0 and later.
            truncate: Truncate the prompt to fit the context window. Absent means true. Ollama
                0.12.6 and later.
            shift: Shift the context window when it fills up instead of stopping. Absent means true.
                Ollama 0.12.6 and later.
            debug_render_only: Debugging aid; return the rendered prompt in `_debug_info` without
                running the model. Ollama 0.11.5 and later.
            logprobs: Return the log probability of each generated token. Ollama 0.12.11 and later.
            top_logprobs: With `logprobs`, also return this many most likely alternatives per token
                (0 to 20). Ollama 0.12.11 and later.
            width: Width of a generated image in pixels (at most 4096), for image generation models.
                Deprecated: Ollama 0.14.3 to 0.32.5 only (experimental, removed in 0.32.6); newer
                servers ignore it. Ollama 0.14.3 and later, removed in 0.32.6.
            height: Height of a generated image in pixels (at most 4096), for image generation
                models. Deprecated: Ollama 0.14.3 to 0.32.5 only (experimental, removed in 0.32.6);
                newer servers ignore it. Ollama 0.14.3 and later, removed in 0.32.6.
            steps: Number of diffusion steps, for image generation models. Deprecated: Ollama 0.14.3
                to 0.32.5 only (experimental, removed in 0.32.6); newer servers ignore it. Ollama
                0.14.3 and later, removed in 0.32.6.
            stream: Return a `Stream` of the answer's chunks instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `GenerateResponse`, the whole answer; with ``stream=True``, an
            `Stream[GenerateResponse]` of its chunks as they arrive, the last one with the
            totals.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            ServiceUnavailableError: HTTP 503: the server is busy (too many queued requests) or
                unavailable; retry later.
            StreamError: While a stream is read: it broke off before its end
                (`StreamTruncatedError`), carried an error (`StreamInBandError`) or a line that is
                not JSON (`StreamDecodeError`); ``.received`` keeps what arrived.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "generate",
                unexpected,
                (
                    "model",
                    "prompt",
                    "suffix",
                    "system",
                    "template",
                    "context",
                    "raw",
                    "format",
                    "keep_alive",
                    "images",
                    "options",
                    "think",
                    "truncate",
                    "shift",
                    "debug_render_only",
                    "logprobs",
                    "top_logprobs",
                    "width",
                    "height",
                    "steps",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = models.GenerateRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            prompt=convert.string(prompt, "prompt"),
            suffix=convert.string(suffix, "suffix"),
            system=convert.string(system, "system"),
            template=convert.string(template, "template"),
            context=convert.integers(context, "context"),
            raw=convert.boolean(raw, "raw"),
            format=convert.format_value(format, "format"),
            keep_alive=convert.duration(keep_alive, "keep_alive"),
            images=convert.images(images, "images"),
            options=convert.options(options, "options"),
            think=convert.think(think, "think"),
            truncate=convert.boolean(truncate, "truncate"),
            shift=convert.boolean(shift, "shift"),
            field_debug_render_only=convert.boolean(debug_render_only, "debug_render_only"),
            logprobs=convert.boolean(logprobs, "logprobs"),
            top_logprobs=convert.integer(top_logprobs, "top_logprobs"),
            width=convert.integer(width, "width"),
            height=convert.integer(height, "height"),
            steps=convert.integer(steps, "steps"),
            stream=stream,
        )

        if stream:
            return self._stream(
                self._call(
                    "generate",
                    request.to_dict(),
                    parser_for(models.GenerateResponse),
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return self._request(
            self._call(
                "generate",
                request.to_dict(),
                parser_for(models.GenerateResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: Literal[False] = False,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: Literal[True],
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatResponse]: ...

    @overload
    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: bool,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponse]: ...

    def chat(
        self,
        model: str,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: bool = False,
        format: FormatInput | None = None,
        keep_alive: DurationInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        options: OptionsInput | None = None,
        think: ThinkInput | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ChatResponse | Stream[ChatResponse]:
        """Generate the next chat message.

        Generates the next message of a conversation.

        Ollama 0.1.14 and later.

        Args:
            model: The model name. Ollama 0.1.14 and later.
            messages: The conversation so far. Empty (or null, which Go's client sends when it is
                unset) only loads the model. Ollama 0.1.14 and later.
            format: The output format: the string `json` for any JSON value, or a JSON Schema object
                the output must match (structured outputs). Empty or null means free text. Ollama
                0.1.14 and later. As JsonSchema: Ollama 0.5.0 and later.
            keep_alive: How long a model stays loaded after the request: a number of seconds (`0`
                unloads at once, a negative number keeps it loaded forever) or a Go duration string
                such as `5m`, `1h30m` or `-1m`, as `time.ParseDuration` reads it (an optional sign,
                `+5m`; units `ns`, `us`, `µs` (U+00B5) or `μs` (U+03BC), `ms`, `s`, `m`, `h`; a
                unit-less `0`). Absent or null means the server default (`OLLAMA_KEEP_ALIVE`, 5
                minutes). Ollama 0.1.23 and later.
            tools: Tools the model may call (models with the `tools` capability). Ollama 0.2.6 and
                later.
            options: Model options for this request. Ollama 0.1.14 and later.
            think: Whether and how hard a thinking model thinks: `true`/`false`, or a level (`low`,
                `medium`, `high`, `max`). Absent means the server decides (on for models with the
                `thinking` capability). A truthy value for a model without that capability is a 400.
                Ollama 0.9.0 and later. As ThinkLevel: Ollama 0.11.0 and later. "max": Ollama
                0.21.3-rc0 and later.
            truncate: Drop the oldest messages to fit the context window. Absent means true. Ollama
                0.12.6 and later.
            shift: Shift the context window when it fills up instead of stopping. Absent means true.
                Ollama 0.12.6 and later.
            debug_render_only: Debugging aid; return the rendered prompt in `_debug_info` without
                running the model. Ollama 0.11.5 and later.
            logprobs: Return the log probability of each generated token. Ollama 0.12.11 and later.
            top_logprobs: With `logprobs`, also return this many most likely alternatives per token
                (0 to 20). Ollama 0.12.11 and later.
            stream: Return a `Stream` of the answer's chunks instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `ChatResponse`, the whole answer; with ``stream=True``, a `Stream[ChatResponse]`
            of its chunks as they arrive, the last one with the totals.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            ServiceUnavailableError: HTTP 503: the server is busy (too many queued requests) or
                unavailable; retry later.
            StreamError: While a stream is read: it broke off before its end
                (`StreamTruncatedError`), carried an error (`StreamInBandError`) or a line that is
                not JSON (`StreamDecodeError`); ``.received`` keeps what arrived.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "chat",
                unexpected,
                (
                    "model",
                    "messages",
                    "format",
                    "keep_alive",
                    "tools",
                    "options",
                    "think",
                    "truncate",
                    "shift",
                    "debug_render_only",
                    "logprobs",
                    "top_logprobs",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = models.ChatRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            messages=convert.absent_as(convert.messages(messages, "messages"), []),
            format=convert.format_value(format, "format"),
            keep_alive=convert.duration(keep_alive, "keep_alive"),
            tools=convert.absent_as(convert.tools(tools, "tools"), []),
            options=convert.options(options, "options"),
            think=convert.think(think, "think"),
            truncate=convert.boolean(truncate, "truncate"),
            shift=convert.boolean(shift, "shift"),
            field_debug_render_only=convert.boolean(debug_render_only, "debug_render_only"),
            logprobs=convert.boolean(logprobs, "logprobs"),
            top_logprobs=convert.integer(top_logprobs, "top_logprobs"),
            stream=stream,
        )

        if stream:
            return self._stream(
                self._call(
                    "chat",
                    request.to_dict(),
                    parser_for(models.ChatResponse),
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return self._request(
            self._call(
                "chat",
                request.to_dict(),
                parser_for(models.ChatResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def embed(
        self,
        model: str,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        options: OptionsInput | None = None,
        keep_alive: DurationInput | None = None,
        dimensions: int | None = None,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> EmbedResponse:
        """Embed one or more texts.

        Returns one L2-normalised embedding per input text.

        Ollama 0.2.6 and later.

        Args:
            model: The embedding model name. Ollama 0.2.6 and later.
            input: One text or a list of texts to embed. Absent, null (what Go's client sends when
                it is unset) or empty only loads the model: the answer has no embeddings. Ollama
                0.2.6 and later.
            truncate: Truncate inputs longer than the context window; false makes them a 400. Absent
                means true. Ollama 0.2.6 and later.
            options: Model options for this request. Ollama 0.2.6 and later.
            keep_alive: How long a model stays loaded after the request: a number of seconds (`0`
                unloads at once, a negative number keeps it loaded forever) or a Go duration string
                such as `5m`, `1h30m` or `-1m`, as `time.ParseDuration` reads it (an optional sign,
                `+5m`; units `ns`, `us`, `µs` (U+00B5) or `μs` (U+03BC), `ms`, `s`, `m`, `h`; a
                unit-less `0`). Absent or null means the server default (`OLLAMA_KEEP_ALIVE`, 5
                minutes). Ollama 0.2.6 and later.
            dimensions: Truncate each embedding to this many dimensions (and normalise it again).
                Ollama 0.11.11 and later.

        Returns:
            `EmbedResponse`: the embeddings, in the order of the inputs.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            ServiceUnavailableError: HTTP 503: the server is busy (too many queued requests) or
                unavailable; retry later.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "embed",
                unexpected,
                (
                    "model",
                    "input",
                    "truncate",
                    "options",
                    "keep_alive",
                    "dimensions",
                    *_COMMON_ARGS,
                ),
            )
        request = models.EmbedRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            input=convert.string_or_strings(input, "input"),
            truncate=convert.boolean(truncate, "truncate"),
            options=convert.options(options, "options"),
            keep_alive=convert.duration(keep_alive, "keep_alive"),
            dimensions=convert.integer(dimensions, "dimensions"),
        )

        return self._request(
            self._call(
                "embed",
                request.to_dict(),
                parser_for(models.EmbedResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def embeddings(
        self,
        model: str,
        prompt: str | None = None,
        options: OptionsInput | None = None,
        keep_alive: DurationInput | None = None,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> EmbeddingResponse:
        """Embed one text (legacy).

        The legacy embedding endpoint, superseded by `/api/embed`.

        Ollama 0.1.0 and later.

        Args:
            model: The embedding model name. Ollama 0.1.0 and later.
            prompt: The text to embed. Empty only loads the model. Ollama 0.1.0 and later.
            options: Model options for this request. Ollama 0.1.0 and later.
            keep_alive: How long a model stays loaded after the request: a number of seconds (`0`
                unloads at once, a negative number keeps it loaded forever) or a Go duration string
                such as `5m`, `1h30m` or `-1m`, as `time.ParseDuration` reads it (an optional sign,
                `+5m`; units `ns`, `us`, `µs` (U+00B5) or `μs` (U+03BC), `ms`, `s`, `m`, `h`; a
                unit-less `0`). Absent or null means the server default (`OLLAMA_KEEP_ALIVE`, 5
                minutes). Ollama 0.1.23 and later.

        Returns:
            `EmbeddingResponse`: the embedding.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            ServiceUnavailableError: HTTP 503: the server is busy (too many queued requests) or
                unavailable; retry later.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "embeddings",
                unexpected,
                (
                    "model",
                    "prompt",
                    "options",
                    "keep_alive",
                    *_COMMON_ARGS,
                ),
            )
        request = models.EmbeddingRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            prompt=convert.string(prompt, "prompt"),
            options=convert.options(options, "options"),
            keep_alive=convert.duration(keep_alive, "keep_alive"),
        )

        return self._request(
            self._call(
                "embeddings",
                request.to_dict(),
                parser_for(models.EmbeddingResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    def pull(
        self,
        model: str,
        *,
        stream: Literal[False] = False,
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse: ...

    @overload
    def pull(
        self,
        model: str,
        *,
        stream: Literal[True],
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]: ...

    @overload
    def pull(
        self,
        model: str,
        *,
        stream: bool,
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse | Stream[ProgressResponse]: ...

    def pull(
        self,
        model: str,
        *,
        stream: bool = False,
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ProgressResponse | Stream[ProgressResponse]:
        """Download a model from a registry.

        Downloads a model, resuming interrupted downloads.

        Ollama 0.1.0 and later.

        Args:
            model: The model to download, e.g. `llama3.2` or `namespace/model:tag`. Ollama 0.1.21
                and later.
            insecure: Allow plain HTTP and unverified TLS to the registry; for development
                registries only. Ollama 0.1.0 and later.
            stream: Return a `Stream` of the answer's chunks instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `ProgressResponse`, the whole answer; with ``stream=True``, an
            `Stream[ProgressResponse]` of its chunks as they arrive, the last one with the
            totals.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            StreamError: While a stream is read: it broke off before its end
                (`StreamTruncatedError`), carried an error (`StreamInBandError`) or a line that is
                not JSON (`StreamDecodeError`); ``.received`` keeps what arrived.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "pull",
                unexpected,
                (
                    "model",
                    "insecure",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = models.PullRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            insecure=convert.absent_as(convert.boolean(insecure, "insecure"), False),
            stream=stream,
        )

        if stream:
            return self._stream(
                self._call(
                    "pull",
                    request.to_dict(),
                    parser_for(models.ProgressResponse),
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return self._request(
            self._call(
                "pull",
                request.to_dict(),
                parser_for(models.ProgressResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    def push(
        self,
        model: str,
        *,
        stream: Literal[False] = False,
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse: ...

    @overload
    def push(
        self,
        model: str,
        *,
        stream: Literal[True],
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]: ...

    @overload
    def push(
        self,
        model: str,
        *,
        stream: bool,
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse | Stream[ProgressResponse]: ...

    def push(
        self,
        model: str,
        *,
        stream: bool = False,
        insecure: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ProgressResponse | Stream[ProgressResponse]:
        """Upload a model to a registry.

        Uploads a local model to a registry (`namespace/model:tag`).

        Ollama 0.1.0 and later.

        Args:
            model: The model to upload, as `namespace/model:tag`. Ollama 0.1.21 and later.
            insecure: Allow plain HTTP and unverified TLS to the registry; for development
                registries only. Ollama 0.1.0 and later.
            stream: Return a `Stream` of the answer's chunks instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `ProgressResponse`, the whole answer; with ``stream=True``, an
            `Stream[ProgressResponse]` of its chunks as they arrive, the last one with the
            totals.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            StreamError: While a stream is read: it broke off before its end
                (`StreamTruncatedError`), carried an error (`StreamInBandError`) or a line that is
                not JSON (`StreamDecodeError`); ``.received`` keeps what arrived.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "push",
                unexpected,
                (
                    "model",
                    "insecure",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = models.PushRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            insecure=convert.absent_as(convert.boolean(insecure, "insecure"), False),
            stream=stream,
        )

        if stream:
            return self._stream(
                self._call(
                    "push",
                    request.to_dict(),
                    parser_for(models.ProgressResponse),
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return self._request(
            self._call(
                "push",
                request.to_dict(),
                parser_for(models.ProgressResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileMapInput | None = None,
        adapters: FileMapInput | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: Literal[False] = False,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        draft_files: FileMapInput | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: Mapping[str, object] | CreateRequestInfo | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse: ...

    @overload
    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileMapInput | None = None,
        adapters: FileMapInput | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: Literal[True],
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        draft_files: FileMapInput | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: Mapping[str, object] | CreateRequestInfo | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]: ...

    @overload
    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileMapInput | None = None,
        adapters: FileMapInput | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: bool,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        draft_files: FileMapInput | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: Mapping[str, object] | CreateRequestInfo | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse | Stream[ProgressResponse]: ...

    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileMapInput | None = None,
        adapters: FileMapInput | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Sequence[MessageInput] | None = None,
        *,
        stream: bool = False,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        draft_files: FileMapInput | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: Mapping[str, object] | CreateRequestInfo | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ProgressResponse | Stream[ProgressResponse]:
        """Create a model.

        Creates a model from an existing model (`from`), or from uploaded blobs (`files`, see
        `/api/blobs/{digest}`); with `from` and `remote_host`, a stub that forwards to the model
        `from` on that server.

        Ollama 0.1.0 and later.

        Args:
            model: The name of the model to create. Ollama 0.1.21 and later.
            quantize: Quantize the created model, e.g. `q4_K_M`, `q4_K_S`, `q8_0`. Ollama 0.1.35 and
                later.
            from_: An existing model to build on (a name, or a `...:cloud` remote model). Ollama
                0.5.5 and later.
            files: File names (relative paths) mapped to the digests (`sha256:<hex>`) of uploaded
                blobs. Ollama 0.5.5 and later.
            adapters: File names (relative paths) mapped to the digests (`sha256:<hex>`) of uploaded
                blobs. Ollama 0.5.5 and later.
            template: The prompt template (Go template syntax). Ollama 0.5.5 and later.
            license: One license text or a list of them. Ollama 0.5.5 and later.
            system: The system message. Ollama 0.5.5 and later.
            parameters: Model options (Modelfile `PARAMETER`s) for this request. Each key overrides
                the model's own value; keys the server does not know are ignored, and so are null
                values (None: not set). The defaults named below are the server's, applied only when
                neither the request nor the Modelfile sets the key. Ollama 0.5.5 and later.
            messages: A conversation that starts every chat with this model. Ollama 0.5.5 and later.
            draft_quantize: Quantize the draft model given in `draft_files`. Ollama 0.30.0 and
                later.
            remote_host: The URL of an upstream Ollama server; with `from`, creates a stub that
                forwards to the model `from` there. Read only together with `from`: alone it is a
                400. Ollama 0.12.0 and later.
            draft_files: File names (relative paths) mapped to the digests (`sha256:<hex>`) of
                uploaded blobs. Ollama 0.30.0 and later.
            renderer: The built-in prompt renderer to use instead of a template. Ollama 0.12.0 and
                later.
            parser: The built-in output parser (thinking, tool calls) to use. Ollama 0.12.0 and
                later.
            requires: The minimum Ollama version that can run the model. Ollama 0.14.0 and later.
            info: Metadata overrides: `capabilities` (list), `model_family`, `base_name`,
                `quantization_level`, `parameter_size`, `context_length`, `embedding_length`. Ollama
                0.12.0 and later.
            stream: Return a `Stream` of the answer's chunks instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `ProgressResponse`, the whole answer; with ``stream=True``, an
            `Stream[ProgressResponse]` of its chunks as they arrive, the last one with the
            totals.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            StreamError: While a stream is read: it broke off before its end
                (`StreamTruncatedError`), carried an error (`StreamInBandError`) or a line that is
                not JSON (`StreamDecodeError`); ``.received`` keeps what arrived.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "create",
                unexpected,
                (
                    "model",
                    "quantize",
                    "from_",
                    "files",
                    "adapters",
                    "template",
                    "license",
                    "system",
                    "parameters",
                    "messages",
                    "draft_quantize",
                    "remote_host",
                    "draft_files",
                    "renderer",
                    "parser",
                    "requires",
                    "info",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        if (
            not from_
            and not files
            and not convert.sets_any(
                extra_body,
                (
                    "from",
                    "files",
                ),
            )
        ):
            raise convert.needs_one_of(
                "create",
                (
                    "from_",
                    "files",
                ),
            )

        def build() -> Call[ProgressResponse]:
            request = models.CreateRequest(
                model=convert.required(convert.string(model, "model"), "model"),
                quantize=convert.string(quantize, "quantize"),
                from_=convert.string(from_, "from_"),
                files=convert.blob_map(self._upload_files(files, "files"), "files"),
                adapters=convert.blob_map(self._upload_files(adapters, "adapters"), "adapters"),
                template=convert.string(template, "template"),
                license=convert.string_or_strings(license, "license"),
                system=convert.string(system, "system"),
                parameters=convert.options(parameters, "parameters"),
                messages=convert.messages(messages, "messages"),
                draft_quantize=convert.string(draft_quantize, "draft_quantize"),
                remote_host=convert.string(remote_host, "remote_host"),
                draft_files=convert.blob_map(self._upload_files(draft_files, "draft_files"), "draft_files"),
                renderer=convert.string(renderer, "renderer"),
                parser=convert.string(parser, "parser"),
                requires=convert.string(requires, "requires"),
                info=convert.model(models.CreateRequestInfo, info, "info"),
                stream=stream,
            )
            return self._call(
                "create",
                request.to_dict(),
                parser_for(models.ProgressResponse),
                stream=stream,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        if stream:
            return self._lazy_stream(build)
        return self._request(build())

    def list(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ListResponse:
        """List local models.

        Lists the models available on the server, newest first.

        Ollama 0.1.0 and later.

        Returns:
            `ListResponse`: the local models.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("list", unexpected, (*_COMMON_ARGS,))

        return self._request(
            self._call(
                "list_models",
                None,
                parser_for(models.ListResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def show(
        self,
        model: str,
        *,
        system: str | None = None,
        verbose: bool | None = None,
        options: OptionsInput | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ShowResponse:
        """Show a model's details.

        Returns a model's Modelfile, parameters, template, license, details, capabilities,
        `model_info` (GGUF metadata) and, for a GGUF model, `tensors` (whether `verbose` or not).

        Ollama 0.1.0 and later.

        Args:
            model: The model to show. Ollama 0.1.18 and later.
            system: A system message to show in place of the model's. Ollama 0.1.18 and later.
            verbose: Fill the arrays of `model_info` and `projector_info` read from the model file
                (null otherwise, e.g. `tokenizer.ggml.tokens`); for a safetensors model, also list
                its `tensors`. Ollama 0.1.45 and later.
            options: Options merged into the shown `modelfile` only (`parameters` shows the model's
                own). Ollama 0.1.18 and later.

        Returns:
            `ShowResponse`: the model's details.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "show",
                unexpected,
                (
                    "model",
                    "system",
                    "verbose",
                    "options",
                    *_COMMON_ARGS,
                ),
            )
        request = models.ShowRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            system=convert.string(system, "system"),
            verbose=convert.boolean(verbose, "verbose"),
            options=convert.options(options, "options"),
        )

        return self._request(
            self._call(
                "show",
                request.to_dict(),
                parser_for(models.ShowResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def copy(
        self,
        source: str,
        destination: str,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ProgressResponse:
        """Copy a model.

        Creates `destination` as a copy of the local model `source`.

        Ollama 0.1.0 and later.

        Args:
            source: The existing model. Ollama 0.1.0 and later.
            destination: The name of the copy. Ollama 0.1.0 and later.

        Returns:
            `ProgressResponse` with ``status`` ``"success"`` (the server answers no document).

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "copy",
                unexpected,
                (
                    "source",
                    "destination",
                    *_COMMON_ARGS,
                ),
            )
        request = models.CopyRequest(
            source=convert.required(convert.string(source, "source"), "source"),
            destination=convert.required(convert.string(destination, "destination"), "destination"),
        )

        call: Call[None] = self._call(
            "copy",
            request.to_dict(),
            None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        self._status(call)
        return models.ProgressResponse.from_dict({"status": "success"})

    def delete(
        self,
        model: str,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ProgressResponse:
        """Delete a model.

        Deletes a local model and the blobs no other model uses.

        Ollama 0.1.0 and later.

        Args:
            model: The model to delete. Ollama 0.1.21 and later.

        Returns:
            `ProgressResponse` with ``status`` ``"success"`` (the server answers no document).

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            NotFoundError: HTTP 404: the model, blob or route does not exist. `ModelNotFoundError`,
                a subclass, when the model does not exist; ``model`` is its name when the message
                contains it. Pull it first.
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "delete",
                unexpected,
                (
                    "model",
                    *_COMMON_ARGS,
                ),
            )
        request = models.DeleteRequest(
            model=convert.required(convert.string(model, "model"), "model"),
        )

        call: Call[None] = self._call(
            "delete",
            request.to_dict(),
            None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        self._status(call)
        return models.ProgressResponse.from_dict({"status": "success"})

    def ps(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ProcessResponse:
        """List running models.

        Lists the models loaded in memory, the one that stays loaded longest first.

        Ollama 0.1.38 and later.

        Returns:
            `ProcessResponse`: the loaded models.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("ps", unexpected, (*_COMMON_ARGS,))

        return self._request(
            self._call(
                "ps",
                None,
                parser_for(models.ProcessResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def whoami(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> UserResponse:
        """Get the signed-in ollama.com account.

        Returns the ollama.com account this server is signed in with.

        Ollama 0.12.0 and later.

        Returns:
            `UserResponse`: the account.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            ServiceUnavailableError: HTTP 503: the server is busy (too many queued requests) or
                unavailable; retry later.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("whoami", unexpected, (*_COMMON_ARGS,))

        return self._request(
            self._call(
                "whoami",
                None,
                parser_for(models.UserResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def signout(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> None:
        """Sign the server out of ollama.com.

        Disconnects the server's key from its ollama.com account.

        Ollama 0.12.1 and later.

        Returns:
            None.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("signout", unexpected, (*_COMMON_ARGS,))

        call: Call[None] = self._call(
            "signout",
            None,
            None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        self._status(call)

    def web_search(
        self,
        query: str,
        max_results: int | None = None,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> WebSearchResponse:
        """Search the web through ollama.com.

        Forwards the search to ollama.com, signed with the server's key, and returns its answer as
        it comes, whatever its status (the errors declared are the usual ones).

        Ollama 0.17.8-rc4 and later.

        Args:
            query: What to search for. Ollama 0.17.8-rc4 and later.
            max_results: How many results to return (ollama.com: default 5, at most 10; the client
                sends 3 when it is left out, as the official client does). Ollama 0.17.8-rc4 and
                later.

        Returns:
            `WebSearchResponse`: the search results.

        Raises:
            MissingApiKeyError: The client has no API key (``api_key=``, ``OLLAMA_API_KEY`` or an
                ``Authorization: Bearer`` header); raised before anything is sent.
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "web_search",
                unexpected,
                (
                    "query",
                    "max_results",
                    *_COMMON_ARGS,
                ),
            )
        request = models.WebSearchRequest(
            query=convert.required(convert.string(query, "query"), "query"),
            max_results=convert.absent_as(convert.integer(max_results, "max_results"), 3),
        )

        return self._request(
            self._call(
                "web_search",
                request.to_dict(),
                parser_for(models.WebSearchResponse),
                cloud_path="/api/web_search",
                requires_api_key=True,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def web_fetch(
        self,
        url: str,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> WebFetchResponse:
        """Fetch a web page through ollama.com.

        Forwards the fetch to ollama.com, signed with the server's key, and returns the page's text
        and links as ollama.com answers them, whatever its status (the errors declared are the usual
        ones).

        Ollama 0.17.8-rc4 and later.

        Args:
            url: The page URL (the scheme may be omitted). Ollama 0.17.8-rc4 and later.

        Returns:
            `WebFetchResponse`: the page.

        Raises:
            MissingApiKeyError: The client has no API key (``api_key=``, ``OLLAMA_API_KEY`` or an
                ``Authorization: Bearer`` header); raised before anything is sent.
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            BadRequestError: HTTP 400: the request was invalid (bad JSON, unknown option type,
                unsupported feature...).
            AuthenticationError: HTTP 401: not signed in / bad API key; ``signin_url`` tells where
                to sign in when Ollama sent one.
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            RateLimitError: HTTP 429: too many requests (ollama.com); ``retry_after`` says when to
                try again if sent.
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "web_fetch",
                unexpected,
                (
                    "url",
                    *_COMMON_ARGS,
                ),
            )
        request = models.WebFetchRequest(
            url=convert.required(convert.string(url, "url"), "url"),
        )

        return self._request(
            self._call(
                "web_fetch",
                request.to_dict(),
                parser_for(models.WebFetchResponse),
                cloud_path="/api/web_fetch",
                requires_api_key=True,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def model_recommendations(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> ModelRecommendationsResponse:
        """Get recommended models.

        Returns the models Ollama recommends for this machine, local and cloud.

        Ollama 0.22.1 and later.

        Returns:
            `ModelRecommendationsResponse`: the recommendations.

        Raises:
            InvalidArgumentError: An argument cannot be sent (raised before sending).
            PermissionDeniedError: HTTP 403: forbidden (cloud disabled, or the Host header was
                rejected by the server).
            ServerError: HTTP 500: the server failed.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords("model_recommendations", unexpected, (*_COMMON_ARGS,))

        return self._request(
            self._call(
                "model_recommendations",
                None,
                parser_for(models.ModelRecommendationsResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )
