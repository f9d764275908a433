"""Contains all the data models used in inputs/outputs"""

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
from .options import Options
from .process_model_response import ProcessModelResponse
from .process_response import ProcessResponse
from .progress_response import ProgressResponse
from .pull_request import PullRequest
from .push_request import PushRequest
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
from .tool_property_properties import ToolPropertyProperties
from .tool_property_variant import ToolPropertyVariant
from .user_response import UserResponse
from .version_response import VersionResponse
from .web_fetch_request import WebFetchRequest
from .web_fetch_response import WebFetchResponse
from .web_search_request import WebSearchRequest
from .web_search_response import WebSearchResponse
from .web_search_result import WebSearchResult

__all__ = (
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
    "Options",
    "ProcessModelResponse",
    "ProcessResponse",
    "ProgressResponse",
    "PullRequest",
    "PushRequest",
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
    "ToolPropertyProperties",
    "ToolPropertyVariant",
    "UserResponse",
    "VersionResponse",
    "WebFetchRequest",
    "WebFetchResponse",
    "WebSearchRequest",
    "WebSearchResponse",
    "WebSearchResult",
)
