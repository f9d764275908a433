# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIResponse")

_FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "object": "object_",
    "created_at": "created_at",
    "completed_at": "completed_at",
    "status": "status",
    "incomplete_details": "incomplete_details",
    "model": "model",
    "previous_response_id": "previous_response_id",
    "instructions": "instructions",
    "output": "output",
    "error": "error",
    "tools": "tools",
    "tool_choice": "tool_choice",
    "truncation": "truncation",
    "parallel_tool_calls": "parallel_tool_calls",
    "text": "text",
    "top_p": "top_p",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "top_logprobs": "top_logprobs",
    "temperature": "temperature",
    "reasoning": "reasoning",
    "usage": "usage",
    "max_output_tokens": "max_output_tokens",
    "max_tool_calls": "max_tool_calls",
    "store": "store",
    "background": "background",
    "service_tier": "service_tier",
    "metadata": "metadata",
    "safety_identifier": "safety_identifier",
    "prompt_cache_key": "prompt_cache_key",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created_at",
        "completed_at",
        "status",
        "incomplete_details",
        "model",
        "previous_response_id",
        "instructions",
        "output",
        "error",
        "tools",
        "tool_choice",
        "truncation",
        "parallel_tool_calls",
        "text",
        "top_p",
        "presence_penalty",
        "frequency_penalty",
        "top_logprobs",
        "temperature",
        "reasoning",
        "usage",
        "max_output_tokens",
        "max_tool_calls",
        "store",
        "background",
        "service_tier",
        "metadata",
        "safety_identifier",
        "prompt_cache_key",
    }
)


@_attrs_define(repr=False)
class OpenAIResponse:
    """The answer of `/v1/responses`, also inside the `response.created`, `response.in_progress`
    and `response.completed` events (there with `status` `in_progress`, empty `output`, null
    `usage` and `completed_at` until `response.completed`). Most fields repeat the request or
    are constants: Ollama stores nothing and has no background mode.

        Attributes:
            id (str): A random id, `resp_` and a number (not unique). Example: resp_402311.
            object_ (str): Always `response`. Example: response.
            created_at (int): When the answer (or, streamed, this event) was produced, in Unix seconds.
            completed_at (int | None): When the answer was completed, in Unix seconds; null in the events before
                `response.completed`.
            status (str): `completed` (also when `max_output_tokens` cut the answer short), or `in_progress` in the first
                events.
            incomplete_details (None | OpenAIResponsesIncompleteDetails): Always null (Ollama never reports an incomplete
                answer).
            model (str): The model as named in the request.
            previous_response_id (None | str): Always null (stateless).
            instructions (None | str): The request's `instructions`, or null.
            output (list[OpenAIResponsesOutputFunctionCall | OpenAIResponsesOutputMessage | OpenAIResponsesOutputReasoning |
                OpenAIResponsesOutputWebSearchCall]): The items produced, in order: a reasoning item (if the model thought),
                then either the
                function calls (any text is then dropped) or one message. The built-in web search puts
                its `web_search_call` items, with the reasoning and text from before each search, first.
                Empty in the streamed events before `response.completed`.
            error (None | OpenAIResponsesError): Always null in an answer (a streamed failure is a `response.failed` event).
            tools (list[OpenAIResponsesResponseTool]): The request's tools, repeated (empty when none).
            tool_choice (OpenAIResponseToolChoiceObject | str): Always `auto` (Ollama does not support `tool_choice`).
            truncation (str): The request's `truncation`, or `disabled`.
            parallel_tool_calls (bool): Always true.
            text (OpenAIResponsesTextField): The text output settings in force.
            top_p (float): The request's `top_p`, or 1.
            presence_penalty (float): Always 0.
            frequency_penalty (float): Always 0.
            top_logprobs (int): Always 0.
            temperature (float): The request's `temperature`, or 1.
            reasoning (None | OpenAIResponsesReasoningOutput): The request's reasoning `effort` and `summary`, or null when
                it set neither.
            usage (None | OpenAIResponsesUsage): Token counts; null in the events before `response.completed`.
            max_output_tokens (int | None): The request's `max_output_tokens`, or null.
            max_tool_calls (int | None): Always null.
            store (bool): Always false (nothing is stored).
            background (bool): The request's `background`, repeated.
            service_tier (str): Always `default`. Example: default.
            metadata (OpenAIResponseMetadata): Always empty.
            safety_identifier (None | str): Always null.
            prompt_cache_key (None | str): Always null.
    """

    id: str
    object_: str = _attrs_field(alias="object")
    created_at: int
    completed_at: int | None
    status: str
    incomplete_details: None | OpenAIResponsesIncompleteDetails
    model: str
    previous_response_id: None | str
    instructions: None | str
    output: list[
        OpenAIResponsesOutputFunctionCall
        | OpenAIResponsesOutputMessage
        | OpenAIResponsesOutputReasoning
        | OpenAIResponsesOutputWebSearchCall
    ]
    error: None | OpenAIResponsesError
    tools: list[OpenAIResponsesResponseTool]
    tool_choice: OpenAIResponseToolChoiceObject | str
    truncation: str
    parallel_tool_calls: bool
    text: OpenAIResponsesTextField
    top_p: float
    presence_penalty: float
    frequency_penalty: float
    top_logprobs: int
    temperature: float
    reasoning: None | OpenAIResponsesReasoningOutput
    usage: None | OpenAIResponsesUsage
    max_output_tokens: int | None
    max_tool_calls: int | None
    store: bool
    background: bool
    service_tier: str
    metadata: OpenAIResponseMetadata
    safety_identifier: None | str
    prompt_cache_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        if self.completed_at is not None:
            completed_at: int | None
            completed_at = self.completed_at
        else:
            completed_at = ABSENT

        status = self.status

        if self.incomplete_details is not None:
            incomplete_details: dict[str, Any] | None
            if isinstance(self.incomplete_details, OpenAIResponsesIncompleteDetails):
                incomplete_details = self.incomplete_details.to_dict()
            else:
                incomplete_details = self.incomplete_details
        else:
            incomplete_details = ABSENT

        model = self.model

        if self.previous_response_id is not None:
            previous_response_id: None | str
            previous_response_id = self.previous_response_id
        else:
            previous_response_id = ABSENT

        if self.instructions is not None:
            instructions: None | str
            instructions = self.instructions
        else:
            instructions = ABSENT

        if self.output is not None:
            output = []
            for output_item_data in self.output:
                output_item: dict[str, Any]
                if isinstance(output_item_data, OpenAIResponsesOutputFunctionCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OpenAIResponsesOutputMessage):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OpenAIResponsesOutputReasoning):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data.to_dict()

                output.append(output_item)

        else:
            output = ABSENT

        if self.error is not None:
            error: dict[str, Any] | None
            if isinstance(self.error, OpenAIResponsesError):
                error = self.error.to_dict()
            else:
                error = self.error
        else:
            error = ABSENT

        if self.tools is not None:
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        else:
            tools = ABSENT

        if self.tool_choice is not None:
            tool_choice: dict[str, Any] | str
            if isinstance(self.tool_choice, OpenAIResponseToolChoiceObject):
                tool_choice = OpenAIResponseToolChoiceObject.to_dict(self.tool_choice)
            else:
                tool_choice = self.tool_choice
        else:
            tool_choice = ABSENT

        truncation = self.truncation

        parallel_tool_calls = self.parallel_tool_calls

        if self.text is not None:
            text = self.text.to_dict()
        else:
            text = ABSENT

        top_p = self.top_p

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        top_logprobs = self.top_logprobs

        temperature = self.temperature

        if self.reasoning is not None:
            reasoning: dict[str, Any] | None
            if isinstance(self.reasoning, OpenAIResponsesReasoningOutput):
                reasoning = self.reasoning.to_dict()
            else:
                reasoning = self.reasoning
        else:
            reasoning = ABSENT

        if self.usage is not None:
            usage: dict[str, Any] | None
            if isinstance(self.usage, OpenAIResponsesUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
        else:
            usage = ABSENT

        if self.max_output_tokens is not None:
            max_output_tokens: int | None
            max_output_tokens = self.max_output_tokens
        else:
            max_output_tokens = ABSENT

        if self.max_tool_calls is not None:
            max_tool_calls: int | None
            max_tool_calls = self.max_tool_calls
        else:
            max_tool_calls = ABSENT

        store = self.store

        background = self.background

        service_tier = self.service_tier

        if self.metadata is not None:
            metadata = OpenAIResponseMetadata.to_dict(self.metadata)
        else:
            metadata = ABSENT

        if self.safety_identifier is not None:
            safety_identifier: None | str
            safety_identifier = self.safety_identifier
        else:
            safety_identifier = ABSENT

        if self.prompt_cache_key is not None:
            prompt_cache_key: None | str
            prompt_cache_key = self.prompt_cache_key
        else:
            prompt_cache_key = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if object_ is not None:
            field_dict["object"] = object_
        if created_at is not None:
            field_dict["created_at"] = created_at
        field_dict["completed_at"] = completed_at
        if status is not None:
            field_dict["status"] = status
        field_dict["incomplete_details"] = incomplete_details
        if model is not None:
            field_dict["model"] = model
        field_dict["previous_response_id"] = previous_response_id
        field_dict["instructions"] = instructions
        if output is not None:
            field_dict["output"] = output
        field_dict["error"] = error
        if tools is not None:
            field_dict["tools"] = tools
        if tool_choice is not None:
            field_dict["tool_choice"] = tool_choice
        if truncation is not None:
            field_dict["truncation"] = truncation
        if parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if text is not None:
            field_dict["text"] = text
        if top_p is not None:
            field_dict["top_p"] = top_p
        if presence_penalty is not None:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not None:
            field_dict["frequency_penalty"] = frequency_penalty
        if top_logprobs is not None:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not None:
            field_dict["temperature"] = temperature
        field_dict["reasoning"] = reasoning
        field_dict["usage"] = usage
        field_dict["max_output_tokens"] = max_output_tokens
        field_dict["max_tool_calls"] = max_tool_calls
        if store is not None:
            field_dict["store"] = store
        if background is not None:
            field_dict["background"] = background
        if service_tier is not None:
            field_dict["service_tier"] = service_tier
        if metadata is not None:
            field_dict["metadata"] = metadata
        field_dict["safety_identifier"] = safety_identifier
        field_dict["prompt_cache_key"] = prompt_cache_key

        return field_dict

    @staticmethod
    def has_required_fields(document: Mapping[str, Any]) -> bool:
        """Whether `document` has every field the spec requires of this model (how a union picks its variant)."""
        return _REQUIRED_FIELDS.issubset(document)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], require_fields: bool = False) -> T:
        """The model read from its JSON document.

        A field the spec requires but `src_dict` lacks reads None, as the official client's models read
        it (except the spec's `x-python-essential` ones); with `require_fields` (used for the caller's
        own arguments) the absence of any required field raises `KeyError`.
        """
        d = src_dict
        if require_fields or "id" in d:
            id = d["id"]
        else:
            id = ABSENT

        if require_fields or "object" in d:
            object_ = d["object"]
        else:
            object_ = ABSENT

        if require_fields or "created_at" in d:
            created_at = d["created_at"]
        else:
            created_at = ABSENT

        if require_fields or "completed_at" in d:

            def _parse_completed_at(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            completed_at = _parse_completed_at(d["completed_at"])
        else:
            completed_at = ABSENT

        if require_fields or "status" in d:
            status = d["status"]
        else:
            status = ABSENT

        if require_fields or "incomplete_details" in d:

            def _parse_incomplete_details(data: object) -> None | OpenAIResponsesIncompleteDetails:
                if data is None:
                    return data
                try:
                    if not (isinstance(data, dict) and OpenAIResponsesIncompleteDetails.has_required_fields(data)):
                        raise TypeError()
                    incomplete_details_type_0 = OpenAIResponsesIncompleteDetails.from_dict(data, require_fields)

                    return incomplete_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, dict):
                    return OpenAIResponsesIncompleteDetails.from_dict(data, require_fields)
                return cast(None | OpenAIResponsesIncompleteDetails, data)

            incomplete_details = _parse_incomplete_details(d["incomplete_details"])
        else:
            incomplete_details = ABSENT

        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "previous_response_id" in d:

            def _parse_previous_response_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            previous_response_id = _parse_previous_response_id(d["previous_response_id"])
        else:
            previous_response_id = ABSENT

        if require_fields or "instructions" in d:

            def _parse_instructions(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            instructions = _parse_instructions(d["instructions"])
        else:
            instructions = ABSENT

        if require_fields or "output" in d:
            output = []
            _output = d["output"]
            for output_item_data in _output:

                def _parse_output_item(
                    data: object,
                ) -> (
                    OpenAIResponsesOutputFunctionCall
                    | OpenAIResponsesOutputMessage
                    | OpenAIResponsesOutputReasoning
                    | OpenAIResponsesOutputWebSearchCall
                ):
                    try:
                        if not (isinstance(data, dict) and OpenAIResponsesOutputFunctionCall.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_output_item_type_0 = (
                            OpenAIResponsesOutputFunctionCall.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_responses_output_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not (isinstance(data, dict) and OpenAIResponsesOutputMessage.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_output_item_type_1 = OpenAIResponsesOutputMessage.from_dict(
                            data, require_fields
                        )

                        return componentsschemas_open_ai_responses_output_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not (isinstance(data, dict) and OpenAIResponsesOutputReasoning.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_output_item_type_2 = (
                            OpenAIResponsesOutputReasoning.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_responses_output_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not (isinstance(data, dict) and OpenAIResponsesOutputWebSearchCall.has_required_fields(data)):
                        raise TypeError()
                    componentsschemas_open_ai_responses_output_item_type_3 = (
                        OpenAIResponsesOutputWebSearchCall.from_dict(data, require_fields)
                    )

                    return componentsschemas_open_ai_responses_output_item_type_3

                output_item = _parse_output_item(output_item_data)

                output.append(output_item)
        else:
            output = ABSENT

        if require_fields or "error" in d:

            def _parse_error(data: object) -> None | OpenAIResponsesError:
                if data is None:
                    return data
                try:
                    if not (isinstance(data, dict) and OpenAIResponsesError.has_required_fields(data)):
                        raise TypeError()
                    error_type_0 = OpenAIResponsesError.from_dict(data, require_fields)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, dict):
                    return OpenAIResponsesError.from_dict(data, require_fields)
                return cast(None | OpenAIResponsesError, data)

            error = _parse_error(d["error"])
        else:
            error = ABSENT

        if require_fields or "tools" in d:
            tools = []
            _tools = d["tools"]
            for tools_item_data in _tools:
                tools_item = OpenAIResponsesResponseTool.from_dict(tools_item_data, require_fields)

                tools.append(tools_item)
        else:
            tools = ABSENT

        if require_fields or "tool_choice" in d:

            def _parse_tool_choice(data: object) -> OpenAIResponseToolChoiceObject | str:
                try:
                    if not (isinstance(data, dict) and OpenAIResponseToolChoiceObject.has_required_fields(data)):
                        raise TypeError()
                    tool_choice_open_ai_response_tool_choice_object = OpenAIResponseToolChoiceObject.from_dict(
                        data, require_fields
                    )

                    return tool_choice_open_ai_response_tool_choice_object
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, dict):
                    return OpenAIResponseToolChoiceObject.from_dict(data, require_fields)
                return cast(OpenAIResponseToolChoiceObject | str, data)

            tool_choice = _parse_tool_choice(d["tool_choice"])
        else:
            tool_choice = ABSENT

        if require_fields or "truncation" in d:
            truncation = d["truncation"]
        else:
            truncation = ABSENT

        if require_fields or "parallel_tool_calls" in d:
            parallel_tool_calls = d["parallel_tool_calls"]
        else:
            parallel_tool_calls = ABSENT

        if require_fields or "text" in d:
            text = OpenAIResponsesTextField.from_dict(d["text"], require_fields)
        else:
            text = ABSENT

        if require_fields or "top_p" in d:
            top_p = d["top_p"]
        else:
            top_p = ABSENT

        if require_fields or "presence_penalty" in d:
            presence_penalty = d["presence_penalty"]
        else:
            presence_penalty = ABSENT

        if require_fields or "frequency_penalty" in d:
            frequency_penalty = d["frequency_penalty"]
        else:
            frequency_penalty = ABSENT

        if require_fields or "top_logprobs" in d:
            top_logprobs = d["top_logprobs"]
        else:
            top_logprobs = ABSENT

        if require_fields or "temperature" in d:
            temperature = d["temperature"]
        else:
            temperature = ABSENT

        if require_fields or "reasoning" in d:

            def _parse_reasoning(data: object) -> None | OpenAIResponsesReasoningOutput:
                if data is None:
                    return data
                try:
                    if not (isinstance(data, dict) and OpenAIResponsesReasoningOutput.has_required_fields(data)):
                        raise TypeError()
                    reasoning_type_0 = OpenAIResponsesReasoningOutput.from_dict(data, require_fields)

                    return reasoning_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, dict):
                    return OpenAIResponsesReasoningOutput.from_dict(data, require_fields)
                return cast(None | OpenAIResponsesReasoningOutput, data)

            reasoning = _parse_reasoning(d["reasoning"])
        else:
            reasoning = ABSENT

        if require_fields or "usage" in d:

            def _parse_usage(data: object) -> None | OpenAIResponsesUsage:
                if data is None:
                    return data
                try:
                    if not (isinstance(data, dict) and OpenAIResponsesUsage.has_required_fields(data)):
                        raise TypeError()
                    usage_type_0 = OpenAIResponsesUsage.from_dict(data, require_fields)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, dict):
                    return OpenAIResponsesUsage.from_dict(data, require_fields)
                return cast(None | OpenAIResponsesUsage, data)

            usage = _parse_usage(d["usage"])
        else:
            usage = ABSENT

        if require_fields or "max_output_tokens" in d:

            def _parse_max_output_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_output_tokens = _parse_max_output_tokens(d["max_output_tokens"])
        else:
            max_output_tokens = ABSENT

        if require_fields or "max_tool_calls" in d:

            def _parse_max_tool_calls(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_tool_calls = _parse_max_tool_calls(d["max_tool_calls"])
        else:
            max_tool_calls = ABSENT

        if require_fields or "store" in d:
            store = d["store"]
        else:
            store = ABSENT

        if require_fields or "background" in d:
            background = d["background"]
        else:
            background = ABSENT

        if require_fields or "service_tier" in d:
            service_tier = d["service_tier"]
        else:
            service_tier = ABSENT

        if require_fields or "metadata" in d:
            metadata = OpenAIResponseMetadata.from_dict(d["metadata"], require_fields)
        else:
            metadata = ABSENT

        if require_fields or "safety_identifier" in d:

            def _parse_safety_identifier(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            safety_identifier = _parse_safety_identifier(d["safety_identifier"])
        else:
            safety_identifier = ABSENT

        if require_fields or "prompt_cache_key" in d:

            def _parse_prompt_cache_key(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            prompt_cache_key = _parse_prompt_cache_key(d["prompt_cache_key"])
        else:
            prompt_cache_key = ABSENT

        instance_ = cls.__new__(cls)
        instance_.id = id
        instance_.object_ = object_
        instance_.created_at = created_at
        instance_.completed_at = completed_at
        instance_.status = status
        instance_.incomplete_details = incomplete_details
        instance_.model = model
        instance_.previous_response_id = previous_response_id
        instance_.instructions = instructions
        instance_.output = output
        instance_.error = error
        instance_.tools = tools
        instance_.tool_choice = tool_choice
        instance_.truncation = truncation
        instance_.parallel_tool_calls = parallel_tool_calls
        instance_.text = text
        instance_.top_p = top_p
        instance_.presence_penalty = presence_penalty
        instance_.frequency_penalty = frequency_penalty
        instance_.top_logprobs = top_logprobs
        instance_.temperature = temperature
        instance_.reasoning = reasoning
        instance_.usage = usage
        instance_.max_output_tokens = max_output_tokens
        instance_.max_tool_calls = max_tool_calls
        instance_.store = store
        instance_.background = background
        instance_.service_tier = service_tier
        instance_.metadata = metadata
        instance_.safety_identifier = safety_identifier
        instance_.prompt_cache_key = prompt_cache_key
        instance_._document = d
        open_ai_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_response.additional_properties = undeclared
        return open_ai_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name (``response["message"]``), else a field the spec does not declare;
        ``KeyError`` for one the answer left out, as the official client's models."""
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            return self.additional_properties[key]
        value = getattr(self, name)
        if value is None and (self._document is None or key not in self._document):
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            self.additional_properties[key] = value
        else:
            setattr(self, name, value)

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        """Whether the field is there: set, or sent as null (as the official client's models answer)."""
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            return key in self.additional_properties
        return getattr(self, name) is not None or (self._document is not None and key in self._document)

    def get(self, key: str, default: Any = None) -> Any:
        """A declared field's value (None when absent, as the official client's models read it), else an
        undeclared field's, else ``default``."""
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            return self.additional_properties.get(key, None if key in _OFFICIAL_ONLY else default)
        return getattr(self, name)

    def __iter__(self) -> Generator[tuple[str, Any], None, None]:
        """``(name, value)`` of every declared field (None when absent), then of the undeclared ones, as the
        official client's models iterate (so ``dict(model)`` keeps the None-valued keys)."""
        for key, name in _READ_NAMES:
            yield key, getattr(self, name)
        extra = self.additional_properties
        for key in _OFFICIAL_ONLY:
            yield key, extra.get(key)
        yield from (
            (item for item in extra.items() if item[0] not in _OFFICIAL_ONLY) if _OFFICIAL_ONLY else extra.items()
        )

    def model_dump(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The fields as ``dict(model)`` has them, nested models dumped too (pydantic's ``model_dump``)."""
        return dump_fields(self, exclude_none)

    def model_dump_json(self, *, exclude_none: bool = False) -> str:
        """``model_dump()`` as JSON text (date-times in RFC 3339, as pydantic writes them)."""
        return dump_json(self.model_dump(exclude_none=exclude_none))

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}"
            for name, value in ((name, getattr(self, name)) for name in _FIELD_NAMES.values())
            if not isinstance(value, Unset)
        )
        extra = f", additional_properties={self.additional_properties!r}" if self.additional_properties else ""
        return f"OpenAIResponse({fields}{extra})" if fields else f"OpenAIResponse({extra[2:]})"

    @property
    def object(self) -> str:
        """``object_`` under its JSON name, as the official client names it."""
        return self.object_


from ..models.open_ai_response_metadata import OpenAIResponseMetadata
from ..models.open_ai_response_tool_choice_object import OpenAIResponseToolChoiceObject
from ..models.open_ai_responses_error import OpenAIResponsesError
from ..models.open_ai_responses_incomplete_details import (
    OpenAIResponsesIncompleteDetails,
)
from ..models.open_ai_responses_output_function_call import (
    OpenAIResponsesOutputFunctionCall,
)
from ..models.open_ai_responses_output_message import OpenAIResponsesOutputMessage
from ..models.open_ai_responses_output_reasoning import OpenAIResponsesOutputReasoning
from ..models.open_ai_responses_output_web_search_call import (
    OpenAIResponsesOutputWebSearchCall,
)
from ..models.open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput
from ..models.open_ai_responses_response_tool import OpenAIResponsesResponseTool
from ..models.open_ai_responses_text_field import OpenAIResponsesTextField
from ..models.open_ai_responses_usage import OpenAIResponsesUsage
