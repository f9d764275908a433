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
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIResponsesRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "background": "background",
    "conversation": "conversation",
    "include": "include",
    "input": "input_",
    "instructions": "instructions",
    "max_output_tokens": "max_output_tokens",
    "reasoning": "reasoning",
    "temperature": "temperature",
    "text": "text",
    "top_p": "top_p",
    "truncation": "truncation",
    "tools": "tools",
    "stream": "stream",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "model",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesRequest:
    """A request to `/v1/responses`. Stateless: `previous_response_id` and `conversation` are
    ignored, as are `tool_choice`, `parallel_tool_calls`, `store`, `metadata`, `user`, `prompt`,
    `service_tier`, `top_logprobs`, `max_tool_calls`, `stream_options`, `prompt_cache_key` and
    `safety_identifier`.

        Attributes:
            model (str): The model name. Empty is a 400 `model is required`; an unknown model a 404. Example: qwen3.
            background (bool | Unset): Not supported; only repeated in the answer.
            conversation (Any | Unset): Ignored (Ollama keeps no conversations); any JSON value.
            include (list[str] | None | Unset): Ignored.
            input_ (list[OpenAIResponsesInputFunctionCall | OpenAIResponsesInputFunctionCallOutput |
                OpenAIResponsesInputMessage | OpenAIResponsesInputReasoning | OpenAIResponsesInputWebSearchCall] | str | Unset):
                The conversation: a string (one user message) or a list of items (messages, function
                calls and their outputs, reasoning, web search calls). Any other item type is a 400.
            instructions (str | Unset): A system message put before the input; repeated in the answer.
            max_output_tokens (int | Unset): Maximum tokens to generate (the native `num_predict`); repeated in the answer.
            reasoning (OpenAIResponsesReasoning | Unset): Reasoning settings.
            temperature (float | Unset): Sampling temperature. Absent means 1.0 (not the Modelfile's value).
            text (OpenAIResponsesText | Unset): Text output settings.
            top_p (float | Unset): Nucleus sampling threshold. Absent means the model's value (the answer says 1).
            truncation (str | Unset): Ignored; repeated in the answer (`disabled` when absent).
            tools (list[OpenAIResponsesTool] | Unset): Tools the model may call: functions, `namespace` groups of functions,
                and the built-in
                `web_search` (run by Ollama through ollama.com, at most 3 searches per request).
            stream (bool | Unset): Stream the answer as Server-Sent Events. Absent or null means false.
    """

    model: str
    background: bool | Unset = UNSET
    conversation: Any | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    input_: (
        list[
            OpenAIResponsesInputFunctionCall
            | OpenAIResponsesInputFunctionCallOutput
            | OpenAIResponsesInputMessage
            | OpenAIResponsesInputReasoning
            | OpenAIResponsesInputWebSearchCall
        ]
        | str
        | Unset
    ) = _attrs_field(default=UNSET, alias="input")
    instructions: str | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    reasoning: OpenAIResponsesReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    text: OpenAIResponsesText | Unset = UNSET
    top_p: float | Unset = UNSET
    truncation: str | Unset = UNSET
    tools: list[OpenAIResponsesTool] | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        background = self.background

        conversation = self.conversation

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if isinstance(input_type_1_item_data, OpenAIResponsesInputMessage):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, OpenAIResponsesInputFunctionCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, OpenAIResponsesInputFunctionCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, OpenAIResponsesInputReasoning):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions = self.instructions

        max_output_tokens = self.max_output_tokens

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        temperature = self.temperature

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        top_p = self.top_p

        truncation = self.truncation

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if background is not UNSET:
            field_dict["background"] = background
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if include is not UNSET:
            field_dict["include"] = include
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if tools is not UNSET:
            field_dict["tools"] = tools
        if stream is not UNSET:
            field_dict["stream"] = stream

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
        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        background = d.get("background", UNSET)

        conversation = d.get("conversation", UNSET)

        def _parse_include(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0: list[str] = data

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        include = _parse_include(d.get("include", UNSET))

        def _parse_input_(
            data: object,
        ) -> (
            list[
                OpenAIResponsesInputFunctionCall
                | OpenAIResponsesInputFunctionCallOutput
                | OpenAIResponsesInputMessage
                | OpenAIResponsesInputReasoning
                | OpenAIResponsesInputWebSearchCall
            ]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
                        data: object,
                    ) -> (
                        OpenAIResponsesInputFunctionCall
                        | OpenAIResponsesInputFunctionCallOutput
                        | OpenAIResponsesInputMessage
                        | OpenAIResponsesInputReasoning
                        | OpenAIResponsesInputWebSearchCall
                    ):
                        try:
                            if not (isinstance(data, dict) and OpenAIResponsesInputMessage.has_required_fields(data)):
                                raise TypeError()
                            componentsschemas_open_ai_responses_input_item_type_0 = (
                                OpenAIResponsesInputMessage.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_responses_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not (
                                isinstance(data, dict) and OpenAIResponsesInputFunctionCall.has_required_fields(data)
                            ):
                                raise TypeError()
                            componentsschemas_open_ai_responses_input_item_type_1 = (
                                OpenAIResponsesInputFunctionCall.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_responses_input_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not (
                                isinstance(data, dict)
                                and OpenAIResponsesInputFunctionCallOutput.has_required_fields(data)
                            ):
                                raise TypeError()
                            componentsschemas_open_ai_responses_input_item_type_2 = (
                                OpenAIResponsesInputFunctionCallOutput.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_responses_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not (isinstance(data, dict) and OpenAIResponsesInputReasoning.has_required_fields(data)):
                                raise TypeError()
                            componentsschemas_open_ai_responses_input_item_type_3 = (
                                OpenAIResponsesInputReasoning.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_responses_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not (isinstance(data, dict) and OpenAIResponsesInputWebSearchCall.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_input_item_type_4 = (
                            OpenAIResponsesInputWebSearchCall.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_responses_input_item_type_4

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    OpenAIResponsesInputFunctionCall
                    | OpenAIResponsesInputFunctionCallOutput
                    | OpenAIResponsesInputMessage
                    | OpenAIResponsesInputReasoning
                    | OpenAIResponsesInputWebSearchCall
                ]
                | str
                | Unset,
                data,
            )

        input_ = _parse_input_(d.get("input", UNSET))

        instructions = d.get("instructions", UNSET)

        max_output_tokens = d.get("max_output_tokens", UNSET)

        _reasoning = d.get("reasoning", UNSET)
        reasoning: OpenAIResponsesReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = OpenAIResponsesReasoning.from_dict(_reasoning, require_fields)

        temperature = d.get("temperature", UNSET)

        _text = d.get("text", UNSET)
        text: OpenAIResponsesText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = OpenAIResponsesText.from_dict(_text, require_fields)

        top_p = d.get("top_p", UNSET)

        truncation = d.get("truncation", UNSET)

        _tools = d.get("tools", UNSET)
        tools: list[OpenAIResponsesTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = OpenAIResponsesTool.from_dict(tools_item_data, require_fields)

                tools.append(tools_item)

        stream = d.get("stream", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.background = background
        instance_.conversation = conversation
        instance_.include = include
        instance_.input_ = input_
        instance_.instructions = instructions
        instance_.max_output_tokens = max_output_tokens
        instance_.reasoning = reasoning
        instance_.temperature = temperature
        instance_.text = text
        instance_.top_p = top_p
        instance_.truncation = truncation
        instance_.tools = tools
        instance_.stream = stream
        instance_._document = d
        open_ai_responses_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_request.additional_properties = undeclared
        return open_ai_responses_request

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
        return f"OpenAIResponsesRequest({fields}{extra})" if fields else f"OpenAIResponsesRequest({extra[2:]})"

    @property
    def input(
        self,
    ) -> (
        list[
            OpenAIResponsesInputFunctionCall
            | OpenAIResponsesInputFunctionCallOutput
            | OpenAIResponsesInputMessage
            | OpenAIResponsesInputReasoning
            | OpenAIResponsesInputWebSearchCall
        ]
        | str
        | Unset
    ):
        """``input_`` under its JSON name, as the official client names it."""
        return self.input_


from ..models.open_ai_responses_input_function_call import (
    OpenAIResponsesInputFunctionCall,
)
from ..models.open_ai_responses_input_function_call_output import (
    OpenAIResponsesInputFunctionCallOutput,
)
from ..models.open_ai_responses_input_message import OpenAIResponsesInputMessage
from ..models.open_ai_responses_input_reasoning import OpenAIResponsesInputReasoning
from ..models.open_ai_responses_input_web_search_call import (
    OpenAIResponsesInputWebSearchCall,
)
from ..models.open_ai_responses_reasoning import OpenAIResponsesReasoning
from ..models.open_ai_responses_text import OpenAIResponsesText
from ..models.open_ai_responses_tool import OpenAIResponsesTool
