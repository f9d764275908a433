# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anthropic_citation import AnthropicCitation
    from .anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
    from .anthropic_content_block_start_event import AnthropicContentBlockStartEvent
    from .anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
    from .anthropic_error import AnthropicError
    from .anthropic_error_response import AnthropicErrorResponse
    from .anthropic_image_block import AnthropicImageBlock
    from .anthropic_image_source import AnthropicImageSource
    from .anthropic_input_json_delta import AnthropicInputJSONDelta
    from .anthropic_message import AnthropicMessage
    from .anthropic_message_delta import AnthropicMessageDelta
    from .anthropic_message_delta_event import AnthropicMessageDeltaEvent
    from .anthropic_message_param import AnthropicMessageParam
    from .anthropic_message_start_event import AnthropicMessageStartEvent
    from .anthropic_message_stop_event import AnthropicMessageStopEvent
    from .anthropic_messages_request import AnthropicMessagesRequest
    from .anthropic_metadata import AnthropicMetadata
    from .anthropic_output_config import AnthropicOutputConfig
    from .anthropic_server_tool_use_block import AnthropicServerToolUseBlock
    from .anthropic_text_block import AnthropicTextBlock
    from .anthropic_text_delta import AnthropicTextDelta
    from .anthropic_thinking_block import AnthropicThinkingBlock
    from .anthropic_thinking_config import AnthropicThinkingConfig
    from .anthropic_thinking_delta import AnthropicThinkingDelta
    from .anthropic_tool import AnthropicTool
    from .anthropic_tool_choice import AnthropicToolChoice
    from .anthropic_tool_result_block import AnthropicToolResultBlock
    from .anthropic_tool_use_block import AnthropicToolUseBlock
    from .anthropic_usage import AnthropicUsage
    from .anthropic_web_search_result import AnthropicWebSearchResult
    from .anthropic_web_search_tool_result_block import (
        AnthropicWebSearchToolResultBlock,
    )
    from .anthropic_web_search_tool_result_error import (
        AnthropicWebSearchToolResultError,
    )
    from .blob_map import BlobMap
    from .capability import Capability
    from .chat_request import ChatRequest
    from .chat_response import ChatResponse
    from .cloud_status import CloudStatus
    from .cloud_status_source import CloudStatusSource
    from .copy_request import CopyRequest
    from .create_request import CreateRequest
    from .create_request_info import CreateRequestInfo
    from .debug_info import DebugInfo
    from .delete_request import DeleteRequest
    from .done_reason import DoneReason
    from .embed_request import EmbedRequest
    from .embed_response import EmbedResponse
    from .embedding_request import EmbeddingRequest
    from .embedding_response import EmbeddingResponse
    from .error_response import ErrorResponse
    from .generate_request import GenerateRequest
    from .generate_response import GenerateResponse
    from .json_schema import JsonSchema
    from .list_model_response import ListModelResponse
    from .list_response import ListResponse
    from .logprob import Logprob
    from .message import Message
    from .model_details import ModelDetails
    from .model_info import ModelInfo
    from .model_recommendation import ModelRecommendation
    from .model_recommendations_response import ModelRecommendationsResponse
    from .open_ai_chat_completion import OpenAIChatCompletion
    from .open_ai_chat_completion_choice import OpenAIChatCompletionChoice
    from .open_ai_chat_completion_chunk import OpenAIChatCompletionChunk
    from .open_ai_chat_completion_chunk_choice import OpenAIChatCompletionChunkChoice
    from .open_ai_chat_completion_chunk_delta import OpenAIChatCompletionChunkDelta
    from .open_ai_chat_completion_content_part_image import (
        OpenAIChatCompletionContentPartImage,
    )
    from .open_ai_chat_completion_content_part_input_audio import (
        OpenAIChatCompletionContentPartInputAudio,
    )
    from .open_ai_chat_completion_content_part_text import (
        OpenAIChatCompletionContentPartText,
    )
    from .open_ai_chat_completion_message import OpenAIChatCompletionMessage
    from .open_ai_chat_completion_message_param import OpenAIChatCompletionMessageParam
    from .open_ai_chat_completion_message_tool_call import (
        OpenAIChatCompletionMessageToolCall,
    )
    from .open_ai_chat_completion_message_tool_call_param import (
        OpenAIChatCompletionMessageToolCallParam,
    )
    from .open_ai_chat_completion_request import OpenAIChatCompletionRequest
    from .open_ai_chat_completion_tool_call_function import (
        OpenAIChatCompletionToolCallFunction,
    )
    from .open_ai_choice_logprobs import OpenAIChoiceLogprobs
    from .open_ai_completion import OpenAICompletion
    from .open_ai_completion_choice import OpenAICompletionChoice
    from .open_ai_completion_chunk import OpenAICompletionChunk
    from .open_ai_completion_request import OpenAICompletionRequest
    from .open_ai_completion_usage import OpenAICompletionUsage
    from .open_ai_embedding import OpenAIEmbedding
    from .open_ai_embedding_list import OpenAIEmbeddingList
    from .open_ai_embedding_request import OpenAIEmbeddingRequest
    from .open_ai_embedding_usage import OpenAIEmbeddingUsage
    from .open_ai_error import OpenAIError
    from .open_ai_error_response import OpenAIErrorResponse
    from .open_ai_image_url import OpenAIImageURL
    from .open_ai_input_audio import OpenAIInputAudio
    from .open_ai_model import OpenAIModel
    from .open_ai_model_list import OpenAIModelList
    from .open_ai_reasoning import OpenAIReasoning
    from .open_ai_response import OpenAIResponse
    from .open_ai_response_format import OpenAIResponseFormat
    from .open_ai_response_format_json_schema import OpenAIResponseFormatJsonSchema
    from .open_ai_response_metadata import OpenAIResponseMetadata
    from .open_ai_response_tool_choice_object import OpenAIResponseToolChoiceObject
    from .open_ai_responses_completed_event import OpenAIResponsesCompletedEvent
    from .open_ai_responses_content_part_added_event import (
        OpenAIResponsesContentPartAddedEvent,
    )
    from .open_ai_responses_content_part_done_event import (
        OpenAIResponsesContentPartDoneEvent,
    )
    from .open_ai_responses_created_event import OpenAIResponsesCreatedEvent
    from .open_ai_responses_error import OpenAIResponsesError
    from .open_ai_responses_failed_event import OpenAIResponsesFailedEvent
    from .open_ai_responses_failed_response import OpenAIResponsesFailedResponse
    from .open_ai_responses_failed_usage import OpenAIResponsesFailedUsage
    from .open_ai_responses_function_call_arguments_delta_event import (
        OpenAIResponsesFunctionCallArgumentsDeltaEvent,
    )
    from .open_ai_responses_function_call_arguments_done_event import (
        OpenAIResponsesFunctionCallArgumentsDoneEvent,
    )
    from .open_ai_responses_in_progress_event import OpenAIResponsesInProgressEvent
    from .open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails
    from .open_ai_responses_input_function_call import OpenAIResponsesInputFunctionCall
    from .open_ai_responses_input_function_call_output import (
        OpenAIResponsesInputFunctionCallOutput,
    )
    from .open_ai_responses_input_image_content import OpenAIResponsesInputImageContent
    from .open_ai_responses_input_message import OpenAIResponsesInputMessage
    from .open_ai_responses_input_reasoning import OpenAIResponsesInputReasoning
    from .open_ai_responses_input_text_content import OpenAIResponsesInputTextContent
    from .open_ai_responses_input_text_content_type import (
        OpenAIResponsesInputTextContentType,
    )
    from .open_ai_responses_input_tokens_details import (
        OpenAIResponsesInputTokensDetails,
    )
    from .open_ai_responses_input_web_search_call import (
        OpenAIResponsesInputWebSearchCall,
    )
    from .open_ai_responses_output_function_call import (
        OpenAIResponsesOutputFunctionCall,
    )
    from .open_ai_responses_output_item_added_event import (
        OpenAIResponsesOutputItemAddedEvent,
    )
    from .open_ai_responses_output_item_done_event import (
        OpenAIResponsesOutputItemDoneEvent,
    )
    from .open_ai_responses_output_message import OpenAIResponsesOutputMessage
    from .open_ai_responses_output_reasoning import OpenAIResponsesOutputReasoning
    from .open_ai_responses_output_text import OpenAIResponsesOutputText
    from .open_ai_responses_output_text_delta_event import (
        OpenAIResponsesOutputTextDeltaEvent,
    )
    from .open_ai_responses_output_text_done_event import (
        OpenAIResponsesOutputTextDoneEvent,
    )
    from .open_ai_responses_output_tokens_details import (
        OpenAIResponsesOutputTokensDetails,
    )
    from .open_ai_responses_output_web_search_call import (
        OpenAIResponsesOutputWebSearchCall,
    )
    from .open_ai_responses_reasoning import OpenAIResponsesReasoning
    from .open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput
    from .open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary
    from .open_ai_responses_reasoning_summary_text_delta_event import (
        OpenAIResponsesReasoningSummaryTextDeltaEvent,
    )
    from .open_ai_responses_reasoning_summary_text_done_event import (
        OpenAIResponsesReasoningSummaryTextDoneEvent,
    )
    from .open_ai_responses_request import OpenAIResponsesRequest
    from .open_ai_responses_response_tool import OpenAIResponsesResponseTool
    from .open_ai_responses_text import OpenAIResponsesText
    from .open_ai_responses_text_field import OpenAIResponsesTextField
    from .open_ai_responses_text_format import OpenAIResponsesTextFormat
    from .open_ai_responses_tool import OpenAIResponsesTool
    from .open_ai_responses_usage import OpenAIResponsesUsage
    from .open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction
    from .open_ai_responses_web_search_call_completed_event import (
        OpenAIResponsesWebSearchCallCompletedEvent,
    )
    from .open_ai_responses_web_search_call_in_progress_event import (
        OpenAIResponsesWebSearchCallInProgressEvent,
    )
    from .open_ai_responses_web_search_call_searching_event import (
        OpenAIResponsesWebSearchCallSearchingEvent,
    )
    from .open_ai_stream_options import OpenAIStreamOptions
    from .open_ai_transcription import OpenAITranscription
    from .open_ai_transcription_request import OpenAITranscriptionRequest
    from .options import Options
    from .process_model_response import ProcessModelResponse
    from .process_response import ProcessResponse
    from .progress_response import ProgressResponse
    from .pull_request import PullRequest
    from .push_request import PushRequest
    from .response_message import ResponseMessage
    from .response_tool_call import ResponseToolCall
    from .response_tool_call_function import ResponseToolCallFunction
    from .role import Role
    from .show_request import ShowRequest
    from .show_response import ShowResponse
    from .status_response import StatusResponse
    from .tensor import Tensor
    from .think_level import ThinkLevel
    from .token_logprob import TokenLogprob
    from .tool import Tool
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_call_function_arguments import ToolCallFunctionArguments
    from .tool_function import ToolFunction
    from .tool_function_parameters import ToolFunctionParameters
    from .tool_properties_map import ToolPropertiesMap
    from .tool_property import ToolProperty
    from .user_response import UserResponse
    from .version_response import VersionResponse
    from .web_fetch_request import WebFetchRequest
    from .web_fetch_response import WebFetchResponse
    from .web_search_request import WebSearchRequest
    from .web_search_response import WebSearchResponse
    from .web_search_result import WebSearchResult

__all__ = (
    "AnthropicCitation",
    "AnthropicContentBlockDeltaEvent",
    "AnthropicContentBlockStartEvent",
    "AnthropicContentBlockStopEvent",
    "AnthropicError",
    "AnthropicErrorResponse",
    "AnthropicImageBlock",
    "AnthropicImageSource",
    "AnthropicInputJSONDelta",
    "AnthropicMessage",
    "AnthropicMessageDelta",
    "AnthropicMessageDeltaEvent",
    "AnthropicMessageParam",
    "AnthropicMessagesRequest",
    "AnthropicMessageStartEvent",
    "AnthropicMessageStopEvent",
    "AnthropicMetadata",
    "AnthropicOutputConfig",
    "AnthropicServerToolUseBlock",
    "AnthropicTextBlock",
    "AnthropicTextDelta",
    "AnthropicThinkingBlock",
    "AnthropicThinkingConfig",
    "AnthropicThinkingDelta",
    "AnthropicTool",
    "AnthropicToolChoice",
    "AnthropicToolResultBlock",
    "AnthropicToolUseBlock",
    "AnthropicUsage",
    "AnthropicWebSearchResult",
    "AnthropicWebSearchToolResultBlock",
    "AnthropicWebSearchToolResultError",
    "BlobMap",
    "Capability",
    "ChatRequest",
    "ChatResponse",
    "CloudStatus",
    "CloudStatusSource",
    "CopyRequest",
    "CreateRequest",
    "CreateRequestInfo",
    "DebugInfo",
    "DeleteRequest",
    "DoneReason",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "EmbedRequest",
    "EmbedResponse",
    "ErrorResponse",
    "GenerateRequest",
    "GenerateResponse",
    "JsonSchema",
    "ListModelResponse",
    "ListResponse",
    "Logprob",
    "Message",
    "ModelDetails",
    "ModelInfo",
    "ModelRecommendation",
    "ModelRecommendationsResponse",
    "OpenAIChatCompletion",
    "OpenAIChatCompletionChoice",
    "OpenAIChatCompletionChunk",
    "OpenAIChatCompletionChunkChoice",
    "OpenAIChatCompletionChunkDelta",
    "OpenAIChatCompletionContentPartImage",
    "OpenAIChatCompletionContentPartInputAudio",
    "OpenAIChatCompletionContentPartText",
    "OpenAIChatCompletionMessage",
    "OpenAIChatCompletionMessageParam",
    "OpenAIChatCompletionMessageToolCall",
    "OpenAIChatCompletionMessageToolCallParam",
    "OpenAIChatCompletionRequest",
    "OpenAIChatCompletionToolCallFunction",
    "OpenAIChoiceLogprobs",
    "OpenAICompletion",
    "OpenAICompletionChoice",
    "OpenAICompletionChunk",
    "OpenAICompletionRequest",
    "OpenAICompletionUsage",
    "OpenAIEmbedding",
    "OpenAIEmbeddingList",
    "OpenAIEmbeddingRequest",
    "OpenAIEmbeddingUsage",
    "OpenAIError",
    "OpenAIErrorResponse",
    "OpenAIImageURL",
    "OpenAIInputAudio",
    "OpenAIModel",
    "OpenAIModelList",
    "OpenAIReasoning",
    "OpenAIResponse",
    "OpenAIResponseFormat",
    "OpenAIResponseFormatJsonSchema",
    "OpenAIResponseMetadata",
    "OpenAIResponsesCompletedEvent",
    "OpenAIResponsesContentPartAddedEvent",
    "OpenAIResponsesContentPartDoneEvent",
    "OpenAIResponsesCreatedEvent",
    "OpenAIResponsesError",
    "OpenAIResponsesFailedEvent",
    "OpenAIResponsesFailedResponse",
    "OpenAIResponsesFailedUsage",
    "OpenAIResponsesFunctionCallArgumentsDeltaEvent",
    "OpenAIResponsesFunctionCallArgumentsDoneEvent",
    "OpenAIResponsesIncompleteDetails",
    "OpenAIResponsesInProgressEvent",
    "OpenAIResponsesInputFunctionCall",
    "OpenAIResponsesInputFunctionCallOutput",
    "OpenAIResponsesInputImageContent",
    "OpenAIResponsesInputMessage",
    "OpenAIResponsesInputReasoning",
    "OpenAIResponsesInputTextContent",
    "OpenAIResponsesInputTextContentType",
    "OpenAIResponsesInputTokensDetails",
    "OpenAIResponsesInputWebSearchCall",
    "OpenAIResponsesOutputFunctionCall",
    "OpenAIResponsesOutputItemAddedEvent",
    "OpenAIResponsesOutputItemDoneEvent",
    "OpenAIResponsesOutputMessage",
    "OpenAIResponsesOutputReasoning",
    "OpenAIResponsesOutputText",
    "OpenAIResponsesOutputTextDeltaEvent",
    "OpenAIResponsesOutputTextDoneEvent",
    "OpenAIResponsesOutputTokensDetails",
    "OpenAIResponsesOutputWebSearchCall",
    "OpenAIResponsesReasoning",
    "OpenAIResponsesReasoningOutput",
    "OpenAIResponsesReasoningSummary",
    "OpenAIResponsesReasoningSummaryTextDeltaEvent",
    "OpenAIResponsesReasoningSummaryTextDoneEvent",
    "OpenAIResponsesRequest",
    "OpenAIResponsesResponseTool",
    "OpenAIResponsesText",
    "OpenAIResponsesTextField",
    "OpenAIResponsesTextFormat",
    "OpenAIResponsesTool",
    "OpenAIResponsesUsage",
    "OpenAIResponsesWebSearchAction",
    "OpenAIResponsesWebSearchCallCompletedEvent",
    "OpenAIResponsesWebSearchCallInProgressEvent",
    "OpenAIResponsesWebSearchCallSearchingEvent",
    "OpenAIResponseToolChoiceObject",
    "OpenAIStreamOptions",
    "OpenAITranscription",
    "OpenAITranscriptionRequest",
    "Options",
    "ProcessModelResponse",
    "ProcessResponse",
    "ProgressResponse",
    "PullRequest",
    "PushRequest",
    "ResponseMessage",
    "ResponseToolCall",
    "ResponseToolCallFunction",
    "Role",
    "ShowRequest",
    "ShowResponse",
    "StatusResponse",
    "Tensor",
    "ThinkLevel",
    "TokenLogprob",
    "Tool",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallFunctionArguments",
    "ToolFunction",
    "ToolFunctionParameters",
    "ToolPropertiesMap",
    "ToolProperty",
    "UserResponse",
    "VersionResponse",
    "WebFetchRequest",
    "WebFetchResponse",
    "WebSearchRequest",
    "WebSearchResponse",
    "WebSearchResult",
)

_MODULES = {
    "AnthropicCitation": ".anthropic_citation",
    "AnthropicContentBlockDeltaEvent": ".anthropic_content_block_delta_event",
    "AnthropicContentBlockStartEvent": ".anthropic_content_block_start_event",
    "AnthropicContentBlockStopEvent": ".anthropic_content_block_stop_event",
    "AnthropicError": ".anthropic_error",
    "AnthropicErrorResponse": ".anthropic_error_response",
    "AnthropicImageBlock": ".anthropic_image_block",
    "AnthropicImageSource": ".anthropic_image_source",
    "AnthropicInputJSONDelta": ".anthropic_input_json_delta",
    "AnthropicMessage": ".anthropic_message",
    "AnthropicMessageDelta": ".anthropic_message_delta",
    "AnthropicMessageDeltaEvent": ".anthropic_message_delta_event",
    "AnthropicMessageParam": ".anthropic_message_param",
    "AnthropicMessageStartEvent": ".anthropic_message_start_event",
    "AnthropicMessageStopEvent": ".anthropic_message_stop_event",
    "AnthropicMessagesRequest": ".anthropic_messages_request",
    "AnthropicMetadata": ".anthropic_metadata",
    "AnthropicOutputConfig": ".anthropic_output_config",
    "AnthropicServerToolUseBlock": ".anthropic_server_tool_use_block",
    "AnthropicTextBlock": ".anthropic_text_block",
    "AnthropicTextDelta": ".anthropic_text_delta",
    "AnthropicThinkingBlock": ".anthropic_thinking_block",
    "AnthropicThinkingConfig": ".anthropic_thinking_config",
    "AnthropicThinkingDelta": ".anthropic_thinking_delta",
    "AnthropicTool": ".anthropic_tool",
    "AnthropicToolChoice": ".anthropic_tool_choice",
    "AnthropicToolResultBlock": ".anthropic_tool_result_block",
    "AnthropicToolUseBlock": ".anthropic_tool_use_block",
    "AnthropicUsage": ".anthropic_usage",
    "AnthropicWebSearchResult": ".anthropic_web_search_result",
    "AnthropicWebSearchToolResultBlock": ".anthropic_web_search_tool_result_block",
    "AnthropicWebSearchToolResultError": ".anthropic_web_search_tool_result_error",
    "BlobMap": ".blob_map",
    "Capability": ".capability",
    "ChatRequest": ".chat_request",
    "ChatResponse": ".chat_response",
    "CloudStatus": ".cloud_status",
    "CloudStatusSource": ".cloud_status_source",
    "CopyRequest": ".copy_request",
    "CreateRequest": ".create_request",
    "CreateRequestInfo": ".create_request_info",
    "DebugInfo": ".debug_info",
    "DeleteRequest": ".delete_request",
    "DoneReason": ".done_reason",
    "EmbedRequest": ".embed_request",
    "EmbedResponse": ".embed_response",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingResponse": ".embedding_response",
    "ErrorResponse": ".error_response",
    "GenerateRequest": ".generate_request",
    "GenerateResponse": ".generate_response",
    "JsonSchema": ".json_schema",
    "ListModelResponse": ".list_model_response",
    "ListResponse": ".list_response",
    "Logprob": ".logprob",
    "Message": ".message",
    "ModelDetails": ".model_details",
    "ModelInfo": ".model_info",
    "ModelRecommendation": ".model_recommendation",
    "ModelRecommendationsResponse": ".model_recommendations_response",
    "OpenAIChatCompletion": ".open_ai_chat_completion",
    "OpenAIChatCompletionChoice": ".open_ai_chat_completion_choice",
    "OpenAIChatCompletionChunk": ".open_ai_chat_completion_chunk",
    "OpenAIChatCompletionChunkChoice": ".open_ai_chat_completion_chunk_choice",
    "OpenAIChatCompletionChunkDelta": ".open_ai_chat_completion_chunk_delta",
    "OpenAIChatCompletionContentPartImage": ".open_ai_chat_completion_content_part_image",
    "OpenAIChatCompletionContentPartInputAudio": ".open_ai_chat_completion_content_part_input_audio",
    "OpenAIChatCompletionContentPartText": ".open_ai_chat_completion_content_part_text",
    "OpenAIChatCompletionMessage": ".open_ai_chat_completion_message",
    "OpenAIChatCompletionMessageParam": ".open_ai_chat_completion_message_param",
    "OpenAIChatCompletionMessageToolCall": ".open_ai_chat_completion_message_tool_call",
    "OpenAIChatCompletionMessageToolCallParam": ".open_ai_chat_completion_message_tool_call_param",
    "OpenAIChatCompletionRequest": ".open_ai_chat_completion_request",
    "OpenAIChatCompletionToolCallFunction": ".open_ai_chat_completion_tool_call_function",
    "OpenAIChoiceLogprobs": ".open_ai_choice_logprobs",
    "OpenAICompletion": ".open_ai_completion",
    "OpenAICompletionChoice": ".open_ai_completion_choice",
    "OpenAICompletionChunk": ".open_ai_completion_chunk",
    "OpenAICompletionRequest": ".open_ai_completion_request",
    "OpenAICompletionUsage": ".open_ai_completion_usage",
    "OpenAIEmbedding": ".open_ai_embedding",
    "OpenAIEmbeddingList": ".open_ai_embedding_list",
    "OpenAIEmbeddingRequest": ".open_ai_embedding_request",
    "OpenAIEmbeddingUsage": ".open_ai_embedding_usage",
    "OpenAIError": ".open_ai_error",
    "OpenAIErrorResponse": ".open_ai_error_response",
    "OpenAIImageURL": ".open_ai_image_url",
    "OpenAIInputAudio": ".open_ai_input_audio",
    "OpenAIModel": ".open_ai_model",
    "OpenAIModelList": ".open_ai_model_list",
    "OpenAIReasoning": ".open_ai_reasoning",
    "OpenAIResponse": ".open_ai_response",
    "OpenAIResponseFormat": ".open_ai_response_format",
    "OpenAIResponseFormatJsonSchema": ".open_ai_response_format_json_schema",
    "OpenAIResponseMetadata": ".open_ai_response_metadata",
    "OpenAIResponseToolChoiceObject": ".open_ai_response_tool_choice_object",
    "OpenAIResponsesCompletedEvent": ".open_ai_responses_completed_event",
    "OpenAIResponsesContentPartAddedEvent": ".open_ai_responses_content_part_added_event",
    "OpenAIResponsesContentPartDoneEvent": ".open_ai_responses_content_part_done_event",
    "OpenAIResponsesCreatedEvent": ".open_ai_responses_created_event",
    "OpenAIResponsesError": ".open_ai_responses_error",
    "OpenAIResponsesFailedEvent": ".open_ai_responses_failed_event",
    "OpenAIResponsesFailedResponse": ".open_ai_responses_failed_response",
    "OpenAIResponsesFailedUsage": ".open_ai_responses_failed_usage",
    "OpenAIResponsesFunctionCallArgumentsDeltaEvent": ".open_ai_responses_function_call_arguments_delta_event",
    "OpenAIResponsesFunctionCallArgumentsDoneEvent": ".open_ai_responses_function_call_arguments_done_event",
    "OpenAIResponsesInProgressEvent": ".open_ai_responses_in_progress_event",
    "OpenAIResponsesIncompleteDetails": ".open_ai_responses_incomplete_details",
    "OpenAIResponsesInputFunctionCall": ".open_ai_responses_input_function_call",
    "OpenAIResponsesInputFunctionCallOutput": ".open_ai_responses_input_function_call_output",
    "OpenAIResponsesInputImageContent": ".open_ai_responses_input_image_content",
    "OpenAIResponsesInputMessage": ".open_ai_responses_input_message",
    "OpenAIResponsesInputReasoning": ".open_ai_responses_input_reasoning",
    "OpenAIResponsesInputTextContent": ".open_ai_responses_input_text_content",
    "OpenAIResponsesInputTextContentType": ".open_ai_responses_input_text_content_type",
    "OpenAIResponsesInputTokensDetails": ".open_ai_responses_input_tokens_details",
    "OpenAIResponsesInputWebSearchCall": ".open_ai_responses_input_web_search_call",
    "OpenAIResponsesOutputFunctionCall": ".open_ai_responses_output_function_call",
    "OpenAIResponsesOutputItemAddedEvent": ".open_ai_responses_output_item_added_event",
    "OpenAIResponsesOutputItemDoneEvent": ".open_ai_responses_output_item_done_event",
    "OpenAIResponsesOutputMessage": ".open_ai_responses_output_message",
    "OpenAIResponsesOutputReasoning": ".open_ai_responses_output_reasoning",
    "OpenAIResponsesOutputText": ".open_ai_responses_output_text",
    "OpenAIResponsesOutputTextDeltaEvent": ".open_ai_responses_output_text_delta_event",
    "OpenAIResponsesOutputTextDoneEvent": ".open_ai_responses_output_text_done_event",
    "OpenAIResponsesOutputTokensDetails": ".open_ai_responses_output_tokens_details",
    "OpenAIResponsesOutputWebSearchCall": ".open_ai_responses_output_web_search_call",
    "OpenAIResponsesReasoning": ".open_ai_responses_reasoning",
    "OpenAIResponsesReasoningOutput": ".open_ai_responses_reasoning_output",
    "OpenAIResponsesReasoningSummary": ".open_ai_responses_reasoning_summary",
    "OpenAIResponsesReasoningSummaryTextDeltaEvent": ".open_ai_responses_reasoning_summary_text_delta_event",
    "OpenAIResponsesReasoningSummaryTextDoneEvent": ".open_ai_responses_reasoning_summary_text_done_event",
    "OpenAIResponsesRequest": ".open_ai_responses_request",
    "OpenAIResponsesResponseTool": ".open_ai_responses_response_tool",
    "OpenAIResponsesText": ".open_ai_responses_text",
    "OpenAIResponsesTextField": ".open_ai_responses_text_field",
    "OpenAIResponsesTextFormat": ".open_ai_responses_text_format",
    "OpenAIResponsesTool": ".open_ai_responses_tool",
    "OpenAIResponsesUsage": ".open_ai_responses_usage",
    "OpenAIResponsesWebSearchAction": ".open_ai_responses_web_search_action",
    "OpenAIResponsesWebSearchCallCompletedEvent": ".open_ai_responses_web_search_call_completed_event",
    "OpenAIResponsesWebSearchCallInProgressEvent": ".open_ai_responses_web_search_call_in_progress_event",
    "OpenAIResponsesWebSearchCallSearchingEvent": ".open_ai_responses_web_search_call_searching_event",
    "OpenAIStreamOptions": ".open_ai_stream_options",
    "OpenAITranscription": ".open_ai_transcription",
    "OpenAITranscriptionRequest": ".open_ai_transcription_request",
    "Options": ".options",
    "ProcessModelResponse": ".process_model_response",
    "ProcessResponse": ".process_response",
    "ProgressResponse": ".progress_response",
    "PullRequest": ".pull_request",
    "PushRequest": ".push_request",
    "ResponseMessage": ".response_message",
    "ResponseToolCall": ".response_tool_call",
    "ResponseToolCallFunction": ".response_tool_call_function",
    "Role": ".role",
    "ShowRequest": ".show_request",
    "ShowResponse": ".show_response",
    "StatusResponse": ".status_response",
    "Tensor": ".tensor",
    "ThinkLevel": ".think_level",
    "TokenLogprob": ".token_logprob",
    "Tool": ".tool",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallFunctionArguments": ".tool_call_function_arguments",
    "ToolFunction": ".tool_function",
    "ToolFunctionParameters": ".tool_function_parameters",
    "ToolPropertiesMap": ".tool_properties_map",
    "ToolProperty": ".tool_property",
    "UserResponse": ".user_response",
    "VersionResponse": ".version_response",
    "WebFetchRequest": ".web_fetch_request",
    "WebFetchResponse": ".web_fetch_response",
    "WebSearchRequest": ".web_search_request",
    "WebSearchResponse": ".web_search_response",
    "WebSearchResult": ".web_search_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
