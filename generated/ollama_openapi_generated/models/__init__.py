"""Contains all the data models used in inputs/outputs"""

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
from .anthropic_web_search_tool_result_block import AnthropicWebSearchToolResultBlock
from .anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError
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
from .open_ai_responses_input_tokens_details import OpenAIResponsesInputTokensDetails
from .open_ai_responses_input_web_search_call import OpenAIResponsesInputWebSearchCall
from .open_ai_responses_output_function_call import OpenAIResponsesOutputFunctionCall
from .open_ai_responses_output_item_added_event import (
    OpenAIResponsesOutputItemAddedEvent,
)
from .open_ai_responses_output_item_done_event import OpenAIResponsesOutputItemDoneEvent
from .open_ai_responses_output_message import OpenAIResponsesOutputMessage
from .open_ai_responses_output_reasoning import OpenAIResponsesOutputReasoning
from .open_ai_responses_output_text import OpenAIResponsesOutputText
from .open_ai_responses_output_text_delta_event import (
    OpenAIResponsesOutputTextDeltaEvent,
)
from .open_ai_responses_output_text_done_event import OpenAIResponsesOutputTextDoneEvent
from .open_ai_responses_output_tokens_details import OpenAIResponsesOutputTokensDetails
from .open_ai_responses_output_web_search_call import OpenAIResponsesOutputWebSearchCall
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
