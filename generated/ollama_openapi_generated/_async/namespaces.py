# @generated from openapi/ollama.yaml by scripts/generate_methods.py (templates/methods/operations.py.jinja): do not edit; run `make generate`.
"""The operations of the compatible APIs (``client.openai``, ``client.anthropic``) of `AsyncClient`.

A module of its own, imported when a namespace is first used, so that a client that never uses
them never imports their models.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NoReturn, overload

from ollama_openapi import _convert as convert
from ollama_openapi._async.core import AsyncClientCore
from ollama_openapi._async.streams import AsyncStream
from ollama_openapi._parsing import events_parser, parser_for, text_or
from ollama_openapi.types import (
    NOT_GIVEN,
    FileInput,
    NotGiven,
    TimeoutInput,
    ToolInput,
)
from ollama_openapi_generated import models
from ollama_openapi_generated.models.anthropic_content_block_delta_event import (
    AnthropicContentBlockDeltaEvent,
)
from ollama_openapi_generated.models.anthropic_content_block_start_event import (
    AnthropicContentBlockStartEvent,
)
from ollama_openapi_generated.models.anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
from ollama_openapi_generated.models.anthropic_message import AnthropicMessage
from ollama_openapi_generated.models.anthropic_message_delta_event import AnthropicMessageDeltaEvent
from ollama_openapi_generated.models.anthropic_message_param import AnthropicMessageParam
from ollama_openapi_generated.models.anthropic_message_start_event import AnthropicMessageStartEvent
from ollama_openapi_generated.models.anthropic_message_stop_event import AnthropicMessageStopEvent
from ollama_openapi_generated.models.anthropic_metadata import AnthropicMetadata
from ollama_openapi_generated.models.anthropic_output_config import AnthropicOutputConfig
from ollama_openapi_generated.models.anthropic_text_block import AnthropicTextBlock
from ollama_openapi_generated.models.anthropic_thinking_config import AnthropicThinkingConfig
from ollama_openapi_generated.models.anthropic_tool import AnthropicTool
from ollama_openapi_generated.models.anthropic_tool_choice import AnthropicToolChoice
from ollama_openapi_generated.models.open_ai_chat_completion import OpenAIChatCompletion
from ollama_openapi_generated.models.open_ai_chat_completion_chunk import OpenAIChatCompletionChunk
from ollama_openapi_generated.models.open_ai_chat_completion_message_param import (
    OpenAIChatCompletionMessageParam,
)
from ollama_openapi_generated.models.open_ai_completion import OpenAICompletion
from ollama_openapi_generated.models.open_ai_completion_chunk import OpenAICompletionChunk
from ollama_openapi_generated.models.open_ai_embedding_list import OpenAIEmbeddingList
from ollama_openapi_generated.models.open_ai_model import OpenAIModel
from ollama_openapi_generated.models.open_ai_model_list import OpenAIModelList
from ollama_openapi_generated.models.open_ai_reasoning import OpenAIReasoning
from ollama_openapi_generated.models.open_ai_response import OpenAIResponse
from ollama_openapi_generated.models.open_ai_response_format import OpenAIResponseFormat
from ollama_openapi_generated.models.open_ai_responses_completed_event import OpenAIResponsesCompletedEvent
from ollama_openapi_generated.models.open_ai_responses_content_part_added_event import (
    OpenAIResponsesContentPartAddedEvent,
)
from ollama_openapi_generated.models.open_ai_responses_content_part_done_event import (
    OpenAIResponsesContentPartDoneEvent,
)
from ollama_openapi_generated.models.open_ai_responses_created_event import OpenAIResponsesCreatedEvent
from ollama_openapi_generated.models.open_ai_responses_failed_event import OpenAIResponsesFailedEvent
from ollama_openapi_generated.models.open_ai_responses_function_call_arguments_delta_event import (
    OpenAIResponsesFunctionCallArgumentsDeltaEvent,
)
from ollama_openapi_generated.models.open_ai_responses_function_call_arguments_done_event import (
    OpenAIResponsesFunctionCallArgumentsDoneEvent,
)
from ollama_openapi_generated.models.open_ai_responses_in_progress_event import OpenAIResponsesInProgressEvent
from ollama_openapi_generated.models.open_ai_responses_input_function_call import (
    OpenAIResponsesInputFunctionCall,
)
from ollama_openapi_generated.models.open_ai_responses_input_function_call_output import (
    OpenAIResponsesInputFunctionCallOutput,
)
from ollama_openapi_generated.models.open_ai_responses_input_message import OpenAIResponsesInputMessage
from ollama_openapi_generated.models.open_ai_responses_input_reasoning import OpenAIResponsesInputReasoning
from ollama_openapi_generated.models.open_ai_responses_input_web_search_call import (
    OpenAIResponsesInputWebSearchCall,
)
from ollama_openapi_generated.models.open_ai_responses_output_item_added_event import (
    OpenAIResponsesOutputItemAddedEvent,
)
from ollama_openapi_generated.models.open_ai_responses_output_item_done_event import (
    OpenAIResponsesOutputItemDoneEvent,
)
from ollama_openapi_generated.models.open_ai_responses_output_text_delta_event import (
    OpenAIResponsesOutputTextDeltaEvent,
)
from ollama_openapi_generated.models.open_ai_responses_output_text_done_event import (
    OpenAIResponsesOutputTextDoneEvent,
)
from ollama_openapi_generated.models.open_ai_responses_reasoning import OpenAIResponsesReasoning
from ollama_openapi_generated.models.open_ai_responses_reasoning_summary_text_delta_event import (
    OpenAIResponsesReasoningSummaryTextDeltaEvent,
)
from ollama_openapi_generated.models.open_ai_responses_reasoning_summary_text_done_event import (
    OpenAIResponsesReasoningSummaryTextDoneEvent,
)
from ollama_openapi_generated.models.open_ai_responses_text import OpenAIResponsesText
from ollama_openapi_generated.models.open_ai_responses_tool import OpenAIResponsesTool
from ollama_openapi_generated.models.open_ai_responses_web_search_call_completed_event import (
    OpenAIResponsesWebSearchCallCompletedEvent,
)
from ollama_openapi_generated.models.open_ai_responses_web_search_call_in_progress_event import (
    OpenAIResponsesWebSearchCallInProgressEvent,
)
from ollama_openapi_generated.models.open_ai_responses_web_search_call_searching_event import (
    OpenAIResponsesWebSearchCallSearchingEvent,
)
from ollama_openapi_generated.models.open_ai_stream_options import OpenAIStreamOptions
from ollama_openapi_generated.models.open_ai_transcription import OpenAITranscription

__all__ = [
    "AnthropicStreamEvent",
    "AsyncAnthropic",
    "AsyncOpenAI",
    "OpenAIResponseStreamEvent",
]

_COMMON_ARGS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")

OpenAIResponseStreamEvent = (
    OpenAIResponsesCompletedEvent
    | OpenAIResponsesContentPartAddedEvent
    | OpenAIResponsesContentPartDoneEvent
    | OpenAIResponsesCreatedEvent
    | OpenAIResponsesFailedEvent
    | OpenAIResponsesFunctionCallArgumentsDeltaEvent
    | OpenAIResponsesFunctionCallArgumentsDoneEvent
    | OpenAIResponsesInProgressEvent
    | OpenAIResponsesOutputItemAddedEvent
    | OpenAIResponsesOutputItemDoneEvent
    | OpenAIResponsesOutputTextDeltaEvent
    | OpenAIResponsesOutputTextDoneEvent
    | OpenAIResponsesReasoningSummaryTextDeltaEvent
    | OpenAIResponsesReasoningSummaryTextDoneEvent
    | OpenAIResponsesWebSearchCallCompletedEvent
    | OpenAIResponsesWebSearchCallInProgressEvent
    | OpenAIResponsesWebSearchCallSearchingEvent
    | dict[str, object]
)
"""One event of the openai_responses stream (an event type this client does not know yet arrives as
a plain dict)."""
_OPENAIRESPONSESTREAMEVENT_PARSE = events_parser(
    {
        "response.created": OpenAIResponsesCreatedEvent,
        "response.in_progress": OpenAIResponsesInProgressEvent,
        "response.output_item.added": OpenAIResponsesOutputItemAddedEvent,
        "response.output_item.done": OpenAIResponsesOutputItemDoneEvent,
        "response.content_part.added": OpenAIResponsesContentPartAddedEvent,
        "response.content_part.done": OpenAIResponsesContentPartDoneEvent,
        "response.output_text.delta": OpenAIResponsesOutputTextDeltaEvent,
        "response.output_text.done": OpenAIResponsesOutputTextDoneEvent,
        "response.reasoning_summary_text.delta": OpenAIResponsesReasoningSummaryTextDeltaEvent,
        "response.reasoning_summary_text.done": OpenAIResponsesReasoningSummaryTextDoneEvent,
        "response.function_call_arguments.delta": OpenAIResponsesFunctionCallArgumentsDeltaEvent,
        "response.function_call_arguments.done": OpenAIResponsesFunctionCallArgumentsDoneEvent,
        "response.web_search_call.in_progress": OpenAIResponsesWebSearchCallInProgressEvent,
        "response.web_search_call.searching": OpenAIResponsesWebSearchCallSearchingEvent,
        "response.web_search_call.completed": OpenAIResponsesWebSearchCallCompletedEvent,
        "response.completed": OpenAIResponsesCompletedEvent,
        "response.failed": OpenAIResponsesFailedEvent,
    }
)

AnthropicStreamEvent = (
    AnthropicContentBlockDeltaEvent
    | AnthropicContentBlockStartEvent
    | AnthropicContentBlockStopEvent
    | AnthropicMessageDeltaEvent
    | AnthropicMessageStartEvent
    | AnthropicMessageStopEvent
    | dict[str, object]
)
"""One event of the anthropic_messages stream (an event type this client does not know yet arrives
as a plain dict)."""
_ANTHROPICSTREAMEVENT_PARSE = events_parser(
    {
        "message_start": AnthropicMessageStartEvent,
        "content_block_start": AnthropicContentBlockStartEvent,
        "content_block_delta": AnthropicContentBlockDeltaEvent,
        "content_block_stop": AnthropicContentBlockStopEvent,
        "message_delta": AnthropicMessageDeltaEvent,
        "message_stop": AnthropicMessageStopEvent,
    }
)


class AsyncOpenAI:
    """Ollama's OpenAI-compatible API (`/v1/...`): what the openai SDKs call, answered in OpenAI's
    shapes, with Server-Sent Events streams that end with `data: [DONE]` or a final event.

    Reached as ``client.openai``; the methods take the same extra keywords as the client's.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    @overload
    async def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | OpenAIChatCompletionMessageParam],
        *,
        stream: Literal[False] = False,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: Mapping[str, object] | OpenAIResponseFormat | None = None,
        tools: Sequence[ToolInput] | None = None,
        reasoning: Mapping[str, object] | OpenAIReasoning | None = None,
        reasoning_effort: str | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> OpenAIChatCompletion: ...

    @overload
    async def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | OpenAIChatCompletionMessageParam],
        *,
        stream: Literal[True],
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: Mapping[str, object] | OpenAIResponseFormat | None = None,
        tools: Sequence[ToolInput] | None = None,
        reasoning: Mapping[str, object] | OpenAIReasoning | None = None,
        reasoning_effort: str | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[OpenAIChatCompletionChunk]: ...

    @overload
    async def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | OpenAIChatCompletionMessageParam],
        *,
        stream: bool,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: Mapping[str, object] | OpenAIResponseFormat | None = None,
        tools: Sequence[ToolInput] | None = None,
        reasoning: Mapping[str, object] | OpenAIReasoning | None = None,
        reasoning_effort: str | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> OpenAIChatCompletion | AsyncStream[OpenAIChatCompletionChunk]: ...

    async def chat_completions(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | OpenAIChatCompletionMessageParam],
        *,
        stream: bool = False,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: Mapping[str, object] | OpenAIResponseFormat | None = None,
        tools: Sequence[ToolInput] | None = None,
        reasoning: Mapping[str, object] | OpenAIReasoning | None = None,
        reasoning_effort: str | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAIChatCompletion | AsyncStream[OpenAIChatCompletionChunk]:
        """Generate the next chat message (OpenAI Chat Completions).

        OpenAI's Chat Completions API, translated to `/api/chat`.

        Ollama 0.1.24 and later.

        Args:
            model: The model name. Empty is a 400 `model is required`; an unknown model a 404.
                Ollama 0.1.24 and later.
            messages: The conversation so far; must not be empty (a 400). Ollama 0.1.24 and later.
            stream_options: Options of a streamed answer. Ollama 0.5.2 and later.
            max_tokens: Maximum tokens to generate (the native `num_predict`). Ollama 0.1.24 and
                later.
            seed: Random seed, for reproducible output. Ollama 0.1.24 and later.
            stop: One stop sequence, or a list of them; generation ends when one is produced. Ollama
                0.1.24 and later.
            temperature: Sampling temperature. Absent means 1.0 (not the Modelfile's value). Ollama
                0.1.24 and later.
            frequency_penalty: Penalty proportional to how often a token appeared. Absent means the
                model's value. Ollama 0.1.24 and later.
            presence_penalty: Penalty for tokens already present. Absent means the model's value.
                Ollama 0.3.10 and later.
            top_p: Nucleus sampling threshold. Absent means 1.0 (not the Modelfile's value). Ollama
                0.1.24 and later.
            response_format: The output format: `type` `json_object` (any JSON) or `json_schema`
                (the JSON Schema in `json_schema.schema`); `text` or any other type means free text.
                Ollama 0.1.24 and later.
            tools: Functions the model may call (models with the `tools` capability, else a 400), in
                the native `Tool` shape, which is OpenAI's. `function.strict` and JSON Schema
                keywords a `ToolProperty` lacks are dropped before the model sees them. Ollama 0.2.6
                and later.
            reasoning: Reasoning settings. When this object is present it decides, even without
                `effort`, and `reasoning_effort` is ignored. Ollama 0.11.0 and later.
            reasoning_effort: How hard a thinking model thinks: `none` (no thinking), `minimal` (as
                `low`), `low`, `medium`, `high`, `max`, `xhigh` or `ultra` (both as `max`).
                Case-sensitive; any other value is a 400, and so is a level other than `none` for a
                model without the `thinking` capability. Ignored when `reasoning` is given. Absent
                means the model's default (thinking models think). Ollama 0.11.5 and later.
            logprobs: Return the log probability of each generated token in `choices[].logprobs`.
                Ollama 0.12.11 and later.
            top_logprobs: With `logprobs`, also return this many most likely alternatives per token
                (0 to 20). Ollama 0.12.11 and later.
            debug_render_only: Debugging aid: return the rendered prompt in `_debug_info` without
                running the model (non-streamed; a streamed request gets one empty chunk and no
                `[DONE]`). Ollama 0.12.0 and later.
            stream: Return an `AsyncStream` of the answer's events instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `OpenAIChatCompletion`, the whole answer; with ``stream=True``, an
            `AsyncStream[OpenAIChatCompletionChunk]` of its events as they arrive; a stream that
            stops before its final event raises `StreamTruncatedError`.

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
                "chat_completions",
                unexpected,
                (
                    "model",
                    "messages",
                    "stream_options",
                    "max_tokens",
                    "seed",
                    "stop",
                    "temperature",
                    "frequency_penalty",
                    "presence_penalty",
                    "top_p",
                    "response_format",
                    "tools",
                    "reasoning",
                    "reasoning_effort",
                    "logprobs",
                    "top_logprobs",
                    "debug_render_only",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = convert.request(
            models.OpenAIChatCompletionRequest,
            {
                "model": convert.required(convert.string(model, "model"), "model"),
                "messages": convert.required(convert.json_value(messages, "messages"), "messages"),
                "stream_options": convert.model(models.OpenAIStreamOptions, stream_options, "stream_options"),
                "max_tokens": convert.integer(max_tokens, "max_tokens"),
                "seed": convert.integer(seed, "seed"),
                "stop": convert.string_or_strings(stop, "stop"),
                "temperature": convert.number(temperature, "temperature"),
                "frequency_penalty": convert.number(frequency_penalty, "frequency_penalty"),
                "presence_penalty": convert.number(presence_penalty, "presence_penalty"),
                "top_p": convert.number(top_p, "top_p"),
                "response_format": convert.model(
                    models.OpenAIResponseFormat, response_format, "response_format"
                ),
                "tools": convert.tools(tools, "tools"),
                "reasoning": convert.model(models.OpenAIReasoning, reasoning, "reasoning"),
                "reasoning_effort": convert.string(reasoning_effort, "reasoning_effort"),
                "logprobs": convert.boolean(logprobs, "logprobs"),
                "top_logprobs": convert.integer(top_logprobs, "top_logprobs"),
                "_debug_render_only": convert.boolean(debug_render_only, "debug_render_only"),
                "stream": stream,
            },
            "chat_completions",
        )

        if stream:
            return self._client._stream(
                self._client._call(
                    "openai_chat_completions",
                    request.to_dict(),
                    parser_for(models.OpenAIChatCompletionChunk),
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return await self._client._request(
            self._client._call(
                "openai_chat_completions",
                request.to_dict(),
                parser_for(models.OpenAIChatCompletion),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    async def completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        stream: Literal[False] = False,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> OpenAICompletion: ...

    @overload
    async def completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        stream: Literal[True],
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[OpenAICompletionChunk]: ...

    @overload
    async def completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        stream: bool,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> OpenAICompletion | AsyncStream[OpenAICompletionChunk]: ...

    async def completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        stream: bool = False,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: Mapping[str, object] | OpenAIStreamOptions | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAICompletion | AsyncStream[OpenAICompletionChunk]:
        """Complete a prompt (OpenAI legacy Completions).

        OpenAI's legacy Completions API, translated to `/api/generate`.

        Ollama 0.1.49-rc14 and later.

        Args:
            model: The model name; empty or unknown is a 404. Ollama 0.1.49-rc14 and later.
            prompt: The prompt, a single string (a list of strings or tokens is a 400). Empty only
                loads the model. Ollama 0.1.49-rc14 and later.
            frequency_penalty: Penalty proportional to how often a token appeared. Absent means 0
                (not the model's value). Ollama 0.1.49-rc14 and later.
            max_tokens: Maximum tokens to generate (the native `num_predict`). Ollama 0.1.49-rc14
                and later.
            presence_penalty: Penalty for tokens already present. Absent means 0 (not the model's
                value). Ollama 0.1.49-rc14 and later.
            seed: Random seed, for reproducible output. Ollama 0.1.49-rc14 and later.
            stop: One stop sequence, or a list of them (a non-string item is a 400). Ollama
                0.1.49-rc14 and later.
            stream_options: Options of a streamed answer. Ollama 0.5.2 and later.
            temperature: Sampling temperature. Absent means 1.0 (not the Modelfile's value). Ollama
                0.1.49-rc14 and later.
            top_p: Nucleus sampling threshold. Absent or 0 means 1.0. Ollama 0.1.49-rc14 and later.
            suffix: Text after the insertion point, for fill-in-the-middle (models with the `insert`
                capability, else a 400). Ollama 0.2.6 and later.
            logprobs: Accepted (more than 20 is a 400), but no log probabilities are returned.
                Ollama 0.12.11 and later.
            debug_render_only: Debugging aid; skips the model. The rendered prompt is not returned
                on this route. Ollama 0.12.0 and later.
            stream: Return an `AsyncStream` of the answer's events instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `OpenAICompletion`, the whole answer; with ``stream=True``, an
            `AsyncStream[OpenAICompletionChunk]` of its events as they arrive; a stream that stops
            before its final event raises `StreamTruncatedError`.

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
                "completions",
                unexpected,
                (
                    "model",
                    "prompt",
                    "frequency_penalty",
                    "max_tokens",
                    "presence_penalty",
                    "seed",
                    "stop",
                    "stream_options",
                    "temperature",
                    "top_p",
                    "suffix",
                    "logprobs",
                    "debug_render_only",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = models.OpenAICompletionRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            prompt=convert.string(prompt, "prompt"),
            frequency_penalty=convert.number(frequency_penalty, "frequency_penalty"),
            max_tokens=convert.integer(max_tokens, "max_tokens"),
            presence_penalty=convert.number(presence_penalty, "presence_penalty"),
            seed=convert.integer(seed, "seed"),
            stop=convert.string_or_strings(stop, "stop"),
            stream_options=convert.model(models.OpenAIStreamOptions, stream_options, "stream_options"),
            temperature=convert.number(temperature, "temperature"),
            top_p=convert.number(top_p, "top_p"),
            suffix=convert.string(suffix, "suffix"),
            logprobs=convert.integer(logprobs, "logprobs"),
            field_debug_render_only=convert.boolean(debug_render_only, "debug_render_only"),
            stream=stream,
        )

        if stream:
            return self._client._stream(
                self._client._call(
                    "openai_completions",
                    request.to_dict(),
                    parser_for(models.OpenAICompletionChunk),
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return await self._client._request(
            self._client._call(
                "openai_completions",
                request.to_dict(),
                parser_for(models.OpenAICompletion),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    async def embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        dimensions: int | None = None,
        encoding_format: str | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAIEmbeddingList:
        """Embed one or more texts (OpenAI Embeddings).

        OpenAI's Embeddings API, translated to `/api/embed`: one L2-normalised vector per input, as
        numbers or (`encoding_format: base64`) as base64 of little-endian float32 bytes.

        Ollama 0.2.6 and later.

        Args:
            model: The model name; empty or unknown is a 404. Ollama 0.2.6 and later.
            input: One text or a list of texts. A list of token ids, an empty list or null is a 400;
                an empty string embeds the empty string. Long inputs are truncated to the context
                window. Ollama 0.2.6 and later.
            dimensions: Truncate each vector to this many dimensions and normalise it again; 0,
                negative or too large values are ignored. Ollama 0.11.11 and later.
            encoding_format: `float` (the default: arrays of numbers) or `base64` (little-endian
                float32 bytes), case-insensitive; anything else is a 400. Ollama 0.12.7 and later.

        Returns:
            `OpenAIEmbeddingList`: the embeddings, in the order of the inputs.

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
                    "input",
                    "dimensions",
                    "encoding_format",
                    *_COMMON_ARGS,
                ),
            )
        request = models.OpenAIEmbeddingRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            input=convert.required(convert.string_or_strings(input, "input"), "input"),
            dimensions=convert.integer(dimensions, "dimensions"),
            encoding_format=convert.string(encoding_format, "encoding_format"),
        )

        return await self._client._request(
            self._client._call(
                "openai_embeddings",
                request.to_dict(),
                parser_for(models.OpenAIEmbeddingList),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    async def list_models(
        self,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAIModelList:
        """List local models (OpenAI Models).

        The local models in OpenAI's list shape, built from `/api/tags`.

        Ollama 0.1.49-rc14 and later.

        Returns:
            `OpenAIModelList`: the models.

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
            raise convert.unexpected_keywords("list_models", unexpected, (*_COMMON_ARGS,))

        return await self._client._request(
            self._client._call(
                "openai_list_models",
                None,
                parser_for(models.OpenAIModelList),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    async def retrieve_model(
        self,
        model: str,
        *,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAIModel:
        """Describe one model (OpenAI Models).

        One model in OpenAI's shape, built from `/api/show`.

        Ollama 0.1.49-rc14 and later.

        Args:
            model: The model name, e.g. `llama3.2` or `llama3.2:3b`. One path segment: names with a
                `/` (`user/model`, `hf.co/...`) cannot be addressed (the server answers its
                plain-text `404 page not found`), not even as `%2F`.

        Returns:
            `OpenAIModel`: the model.

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
            ServerError: HTTP 500: the server failed.
            BadGatewayError: HTTP 502: a proxy (or Ollama's cloud proxy) could not reach the
                upstream server.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "retrieve_model",
                unexpected,
                (
                    "model",
                    *_COMMON_ARGS,
                ),
            )
        model = convert.required(convert.string(model, "model"), "model")

        return await self._client._request(
            self._client._call(
                "openai_retrieve_model",
                None,
                parser_for(models.OpenAIModel),
                path_params={
                    "model": model,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    @overload
    async def responses(
        self,
        model: str,
        input: str
        | Sequence[
            Mapping[str, object]
            | OpenAIResponsesInputMessage
            | OpenAIResponsesInputFunctionCall
            | OpenAIResponsesInputFunctionCallOutput
            | OpenAIResponsesInputReasoning
            | OpenAIResponsesInputWebSearchCall
        ]
        | None = None,
        *,
        stream: Literal[False] = False,
        background: bool | None = None,
        conversation: object | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: Mapping[str, object] | OpenAIResponsesReasoning | None = None,
        temperature: float | None = None,
        text: Mapping[str, object] | OpenAIResponsesText | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[Mapping[str, object] | OpenAIResponsesTool] | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> OpenAIResponse: ...

    @overload
    async def responses(
        self,
        model: str,
        input: str
        | Sequence[
            Mapping[str, object]
            | OpenAIResponsesInputMessage
            | OpenAIResponsesInputFunctionCall
            | OpenAIResponsesInputFunctionCallOutput
            | OpenAIResponsesInputReasoning
            | OpenAIResponsesInputWebSearchCall
        ]
        | None = None,
        *,
        stream: Literal[True],
        background: bool | None = None,
        conversation: object | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: Mapping[str, object] | OpenAIResponsesReasoning | None = None,
        temperature: float | None = None,
        text: Mapping[str, object] | OpenAIResponsesText | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[Mapping[str, object] | OpenAIResponsesTool] | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[OpenAIResponseStreamEvent]: ...

    @overload
    async def responses(
        self,
        model: str,
        input: str
        | Sequence[
            Mapping[str, object]
            | OpenAIResponsesInputMessage
            | OpenAIResponsesInputFunctionCall
            | OpenAIResponsesInputFunctionCallOutput
            | OpenAIResponsesInputReasoning
            | OpenAIResponsesInputWebSearchCall
        ]
        | None = None,
        *,
        stream: bool,
        background: bool | None = None,
        conversation: object | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: Mapping[str, object] | OpenAIResponsesReasoning | None = None,
        temperature: float | None = None,
        text: Mapping[str, object] | OpenAIResponsesText | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[Mapping[str, object] | OpenAIResponsesTool] | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> OpenAIResponse | AsyncStream[OpenAIResponseStreamEvent]: ...

    async def responses(
        self,
        model: str,
        input: str
        | Sequence[
            Mapping[str, object]
            | OpenAIResponsesInputMessage
            | OpenAIResponsesInputFunctionCall
            | OpenAIResponsesInputFunctionCallOutput
            | OpenAIResponsesInputReasoning
            | OpenAIResponsesInputWebSearchCall
        ]
        | None = None,
        *,
        stream: bool = False,
        background: bool | None = None,
        conversation: object | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: Mapping[str, object] | OpenAIResponsesReasoning | None = None,
        temperature: float | None = None,
        text: Mapping[str, object] | OpenAIResponsesText | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[Mapping[str, object] | OpenAIResponsesTool] | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAIResponse | AsyncStream[OpenAIResponseStreamEvent]:
        """Generate a response (OpenAI Responses, stateless).

        OpenAI's Responses API, translated to `/api/chat`.

        Ollama 0.13.3 and later.

        Args:
            model: The model name. Empty is a 400 `model is required`; an unknown model a 404.
                Ollama 0.13.3 and later.
            input: The conversation: a string (one user message) or a list of items (messages,
                function calls and their outputs, reasoning, web search calls). Any other item type
                is a 400. Ollama 0.13.3 and later.
            background: Not supported; only repeated in the answer. Ollama 0.13.3 and later.
            conversation: Ignored (Ollama keeps no conversations); any JSON value. Ollama 0.13.3 and
                later.
            include: Ignored. Ollama 0.13.3 and later.
            instructions: A system message put before the input; repeated in the answer. Ollama
                0.13.3 and later.
            max_output_tokens: Maximum tokens to generate (the native `num_predict`); repeated in
                the answer. Ollama 0.13.3 and later.
            reasoning: Reasoning settings. Ollama 0.13.3 and later.
            temperature: Sampling temperature. Absent means 1.0 (not the Modelfile's value). Ollama
                0.13.3 and later.
            text: Text output settings. Ollama 0.13.3 and later.
            top_p: Nucleus sampling threshold. Absent means the model's value (the answer says 1).
                Ollama 0.13.3 and later.
            truncation: Ignored; repeated in the answer (`disabled` when absent). Ollama 0.13.3 and
                later.
            tools: Tools the model may call: functions, `namespace` groups of functions, and the
                built-in `web_search` (run by Ollama through ollama.com, at most 3 searches per
                request). Ollama 0.13.3 and later.
            stream: Return an `AsyncStream` of the answer's events instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `OpenAIResponse`, the whole answer; with ``stream=True``, an
            `AsyncStream[OpenAIResponseStreamEvent]` of its events as they arrive; a stream that
            stops before its final event raises `StreamTruncatedError`.

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
                "responses",
                unexpected,
                (
                    "model",
                    "input",
                    "background",
                    "conversation",
                    "include",
                    "instructions",
                    "max_output_tokens",
                    "reasoning",
                    "temperature",
                    "text",
                    "top_p",
                    "truncation",
                    "tools",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = convert.request(
            models.OpenAIResponsesRequest,
            {
                "model": convert.required(convert.string(model, "model"), "model"),
                "input": convert.json_value(input, "input"),
                "background": convert.boolean(background, "background"),
                "conversation": convert.json_value(conversation, "conversation"),
                "include": convert.json_value(include, "include"),
                "instructions": convert.string(instructions, "instructions"),
                "max_output_tokens": convert.integer(max_output_tokens, "max_output_tokens"),
                "reasoning": convert.model(models.OpenAIResponsesReasoning, reasoning, "reasoning"),
                "temperature": convert.number(temperature, "temperature"),
                "text": convert.model(models.OpenAIResponsesText, text, "text"),
                "top_p": convert.number(top_p, "top_p"),
                "truncation": convert.string(truncation, "truncation"),
                "tools": convert.json_value(tools, "tools"),
                "stream": stream,
            },
            "responses",
        )

        if stream:
            return self._client._stream(
                self._client._call(
                    "openai_responses",
                    request.to_dict(),
                    _OPENAIRESPONSESTREAMEVENT_PARSE,
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return await self._client._request(
            self._client._call(
                "openai_responses",
                request.to_dict(),
                parser_for(models.OpenAIResponse),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    async def transcriptions(
        self,
        model: str,
        file: FileInput,
        *,
        response_format: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> OpenAITranscription | str:
        """Transcribe audio (OpenAI Audio Transcriptions).

        OpenAI's transcription API, done by a chat model that takes audio: the file is sent to the
        model with an instruction to write down the spoken words, at temperature 0.

        Ollama 0.20.0 and later.

        Args:
            model: A model that takes audio; missing is a 400. Ollama 0.20.0 and later.
            file: The audio file (any format the model reads; not inspected). Missing or empty is a
                400. Ollama 0.20.0 and later.
            response_format: `text` answers plain text; anything else (`json`, `verbose_json`,
                `srt`, `vtt`) answers `{"text": ...}`. Ollama 0.20.0 and later.
            language: The spoken language, added to the model's instruction. Ollama 0.20.0 and
                later.
            prompt: Context for the model (names, spelling), added to its instruction. Ollama 0.20.0
                and later.

        Returns:
            `OpenAITranscription`, or the text as a `str` when the server answers plain text.

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
            ServiceUnavailableError: HTTP 503: the server is busy (too many queued requests) or
                unavailable; retry later.
            InvalidResponseError: The answer is not what the spec describes (or too large).
            OllamaConnectionError: The server cannot be reached (refused, DNS, TLS, hang-up).
            OllamaTimeoutError: The server did not answer within ``timeout``.
        """
        if unexpected:
            raise convert.unexpected_keywords(
                "transcriptions",
                unexpected,
                (
                    "model",
                    "file",
                    "response_format",
                    "language",
                    "prompt",
                    *_COMMON_ARGS,
                ),
            )
        request = models.OpenAITranscriptionRequest(
            model=convert.required(convert.string(model, "model"), "model"),
            file=convert.required(convert.file(file, "file"), "file"),
            response_format=convert.string(response_format, "response_format"),
            language=convert.string(language, "language"),
            prompt=convert.string(prompt, "prompt"),
        )

        return await self._client._request(
            self._client._call(
                "openai_transcriptions",
                None,
                text_or(parser_for(models.OpenAITranscription)),
                files=request.to_multipart(),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )


class AsyncAnthropic:
    """Ollama's Anthropic-compatible API (`/v1/messages`): what the anthropic SDKs call, answered in
    Anthropic's shapes, with typed Server-Sent Events ending with `message_stop`.

    Reached as ``client.anthropic``; the methods take the same extra keywords as the client's.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    @overload
    async def messages(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | AnthropicMessageParam],
        max_tokens: int,
        *,
        stream: Literal[False] = False,
        system: str | Sequence[Mapping[str, object] | AnthropicTextBlock] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[Mapping[str, object] | AnthropicTool] | None = None,
        tool_choice: Mapping[str, object] | AnthropicToolChoice | None = None,
        thinking: Mapping[str, object] | AnthropicThinkingConfig | None = None,
        metadata: Mapping[str, object] | AnthropicMetadata | None = None,
        output_config: Mapping[str, object] | AnthropicOutputConfig | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> AnthropicMessage: ...

    @overload
    async def messages(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | AnthropicMessageParam],
        max_tokens: int,
        *,
        stream: Literal[True],
        system: str | Sequence[Mapping[str, object] | AnthropicTextBlock] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[Mapping[str, object] | AnthropicTool] | None = None,
        tool_choice: Mapping[str, object] | AnthropicToolChoice | None = None,
        thinking: Mapping[str, object] | AnthropicThinkingConfig | None = None,
        metadata: Mapping[str, object] | AnthropicMetadata | None = None,
        output_config: Mapping[str, object] | AnthropicOutputConfig | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[AnthropicStreamEvent]: ...

    @overload
    async def messages(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | AnthropicMessageParam],
        max_tokens: int,
        *,
        stream: bool,
        system: str | Sequence[Mapping[str, object] | AnthropicTextBlock] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[Mapping[str, object] | AnthropicTool] | None = None,
        tool_choice: Mapping[str, object] | AnthropicToolChoice | None = None,
        thinking: Mapping[str, object] | AnthropicThinkingConfig | None = None,
        metadata: Mapping[str, object] | AnthropicMetadata | None = None,
        output_config: Mapping[str, object] | AnthropicOutputConfig | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> AnthropicMessage | AsyncStream[AnthropicStreamEvent]: ...

    async def messages(
        self,
        model: str,
        messages: Sequence[Mapping[str, object] | AnthropicMessageParam],
        max_tokens: int,
        *,
        stream: bool = False,
        system: str | Sequence[Mapping[str, object] | AnthropicTextBlock] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[Mapping[str, object] | AnthropicTool] | None = None,
        tool_choice: Mapping[str, object] | AnthropicToolChoice | None = None,
        thinking: Mapping[str, object] | AnthropicThinkingConfig | None = None,
        metadata: Mapping[str, object] | AnthropicMetadata | None = None,
        output_config: Mapping[str, object] | AnthropicOutputConfig | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, object] | NotGiven = NOT_GIVEN,
        **unexpected: NoReturn,
    ) -> AnthropicMessage | AsyncStream[AnthropicStreamEvent]:
        """Generate the next message (Anthropic Messages).

        Anthropic's Messages API, translated to `/api/chat`.

        Ollama 0.14.0 and later.

        Args:
            model: The model name; empty is a 400, an unknown model a 404. Ollama 0.14.0 and later.
            messages: The conversation so far; must not be empty (a 400). Ollama 0.14.0 and later.
            max_tokens: Maximum tokens to generate (the native `num_predict`); missing, 0 or
                negative is a 400. Ollama 0.14.0 and later.
            system: The system prompt: a string, or text blocks joined without a separator (other
                block types are ignored). Ollama 0.14.0 and later.
            temperature: Sampling temperature. Absent means the model's value. Ollama 0.14.0 and
                later.
            top_p: Nucleus sampling threshold. Absent means the model's value. Ollama 0.14.0 and
                later.
            top_k: Sample only from the k most likely tokens. Absent means the model's value. Ollama
                0.14.0 and later.
            stop_sequences: Sequences that end generation (the answer then says `end_turn`, not
                `stop_sequence`). Ollama 0.14.0 and later.
            tools: Tools the model may call (models with the `tools` capability, else a 400). Ollama
                0.14.0 and later.
            tool_choice: How the model should use tools; accepted and ignored. Ollama 0.14.0 and
                later.
            thinking: Extended thinking: `enabled` turns it on, `disabled` off; other types
                (`adaptive`) leave the model's default. Asking a model without the `thinking`
                capability to think is not an error: it answers without thinking. Ollama 0.14.0 and
                later.
            metadata: Request metadata; accepted and ignored. Ollama 0.14.0 and later.
            output_config: Output settings. Ollama 0.23.4 and later.
            stream: Return an `AsyncStream` of the answer's events instead of the whole answer;
                nothing is sent before the first one is read.

        Returns:
            `AnthropicMessage`, the whole answer; with ``stream=True``, an
            `AsyncStream[AnthropicStreamEvent]` of its events as they arrive; a stream that stops
            before its final event raises `StreamTruncatedError`.

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
                "messages",
                unexpected,
                (
                    "model",
                    "messages",
                    "max_tokens",
                    "system",
                    "temperature",
                    "top_p",
                    "top_k",
                    "stop_sequences",
                    "tools",
                    "tool_choice",
                    "thinking",
                    "metadata",
                    "output_config",
                    "stream",
                    *_COMMON_ARGS,
                ),
            )
        request = convert.request(
            models.AnthropicMessagesRequest,
            {
                "model": convert.required(convert.string(model, "model"), "model"),
                "messages": convert.required(convert.json_value(messages, "messages"), "messages"),
                "max_tokens": convert.required(convert.integer(max_tokens, "max_tokens"), "max_tokens"),
                "system": convert.json_value(system, "system"),
                "temperature": convert.number(temperature, "temperature"),
                "top_p": convert.number(top_p, "top_p"),
                "top_k": convert.integer(top_k, "top_k"),
                "stop_sequences": convert.strings(stop_sequences, "stop_sequences"),
                "tools": convert.json_value(tools, "tools"),
                "tool_choice": convert.model(models.AnthropicToolChoice, tool_choice, "tool_choice"),
                "thinking": convert.model(models.AnthropicThinkingConfig, thinking, "thinking"),
                "metadata": convert.model(models.AnthropicMetadata, metadata, "metadata"),
                "output_config": convert.model(models.AnthropicOutputConfig, output_config, "output_config"),
                "stream": stream,
            },
            "messages",
        )

        if stream:
            return self._client._stream(
                self._client._call(
                    "anthropic_messages",
                    request.to_dict(),
                    _ANTHROPICSTREAMEVENT_PARSE,
                    stream=True,
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                )
            )
        return await self._client._request(
            self._client._call(
                "anthropic_messages",
                request.to_dict(),
                parser_for(models.AnthropicMessage),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )
