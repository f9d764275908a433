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

T = TypeVar("T", bound="AnthropicMessagesRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "max_tokens": "max_tokens",
    "messages": "messages",
    "system": "system",
    "stream": "stream",
    "temperature": "temperature",
    "top_p": "top_p",
    "top_k": "top_k",
    "stop_sequences": "stop_sequences",
    "tools": "tools",
    "tool_choice": "tool_choice",
    "thinking": "thinking",
    "metadata": "metadata",
    "output_config": "output_config",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "max_tokens",
        "messages",
    }
)


@_attrs_define(repr=False)
class AnthropicMessagesRequest:
    """A request to `/v1/messages`. Ignored: `service_tier`, `container`, `mcp_servers`,
    `context_management`, `cache_control` anywhere, and beta features.

        Attributes:
            model (str): The model name; empty is a 400, an unknown model a 404. Example: qwen3.
            max_tokens (int): Maximum tokens to generate (the native `num_predict`); missing, 0 or negative is a 400.
            messages (list[AnthropicMessageParam]): The conversation so far; must not be empty (a 400).
            system (list[AnthropicTextBlock] | str | Unset): The system prompt: a string, or text blocks joined without a
                separator (other block types are ignored).
            stream (bool | Unset): Stream the answer as Server-Sent Events. Absent means false.
            temperature (float | Unset): Sampling temperature. Absent means the model's value.
            top_p (float | Unset): Nucleus sampling threshold. Absent means the model's value.
            top_k (int | Unset): Sample only from the k most likely tokens. Absent means the model's value.
            stop_sequences (list[str] | Unset): Sequences that end generation (the answer then says `end_turn`, not
                `stop_sequence`).
            tools (list[AnthropicTool] | Unset): Tools the model may call (models with the `tools` capability, else a 400).
            tool_choice (AnthropicToolChoice | Unset): How the model should use tools; accepted and ignored.
            thinking (AnthropicThinkingConfig | Unset): Extended thinking: `enabled` turns it on, `disabled` off; other
                types (`adaptive`) leave the
                model's default. Asking a model without the `thinking` capability to think is not an error:
                it answers without thinking.
            metadata (AnthropicMetadata | Unset): Request metadata; accepted and ignored.
            output_config (AnthropicOutputConfig | Unset): Output settings.
    """

    model: str
    max_tokens: int
    messages: list[AnthropicMessageParam]
    system: list[AnthropicTextBlock] | str | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    top_k: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    tools: list[AnthropicTool] | Unset = UNSET
    tool_choice: AnthropicToolChoice | Unset = UNSET
    thinking: AnthropicThinkingConfig | Unset = UNSET
    metadata: AnthropicMetadata | Unset = UNSET
    output_config: AnthropicOutputConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        max_tokens = self.max_tokens

        if self.messages is not None:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        else:
            messages = ABSENT

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        stream = self.stream

        temperature = self.temperature

        top_p = self.top_p

        top_k = self.top_k

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_choice, Unset):
            tool_choice = self.tool_choice.to_dict()

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        output_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_config, Unset):
            output_config = self.output_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if max_tokens is not None:
            field_dict["max_tokens"] = max_tokens
        if messages is not None:
            field_dict["messages"] = messages
        if system is not UNSET:
            field_dict["system"] = system
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_config is not UNSET:
            field_dict["output_config"] = output_config

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

        if require_fields or "max_tokens" in d:
            max_tokens = d["max_tokens"]
        else:
            max_tokens = ABSENT

        if require_fields or "messages" in d:
            messages = []
            _messages = d["messages"]
            for messages_item_data in _messages:
                messages_item = AnthropicMessageParam.from_dict(messages_item_data, require_fields)

                messages.append(messages_item)
        else:
            messages = ABSENT

        def _parse_system(data: object) -> list[AnthropicTextBlock] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = AnthropicTextBlock.from_dict(system_type_1_item_data, require_fields)

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnthropicTextBlock] | str | Unset, data)

        system = _parse_system(d.get("system", UNSET))

        stream = d.get("stream", UNSET)

        temperature = d.get("temperature", UNSET)

        top_p = d.get("top_p", UNSET)

        top_k = d.get("top_k", UNSET)

        stop_sequences: list[str] | Unset = d.get("stop_sequences", UNSET)

        _tools = d.get("tools", UNSET)
        tools: list[AnthropicTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = AnthropicTool.from_dict(tools_item_data, require_fields)

                tools.append(tools_item)

        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice: AnthropicToolChoice | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = AnthropicToolChoice.from_dict(_tool_choice, require_fields)

        _thinking = d.get("thinking", UNSET)
        thinking: AnthropicThinkingConfig | Unset
        if isinstance(_thinking, Unset):
            thinking = UNSET
        else:
            thinking = AnthropicThinkingConfig.from_dict(_thinking, require_fields)

        _metadata = d.get("metadata", UNSET)
        metadata: AnthropicMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AnthropicMetadata.from_dict(_metadata, require_fields)

        _output_config = d.get("output_config", UNSET)
        output_config: AnthropicOutputConfig | Unset
        if isinstance(_output_config, Unset):
            output_config = UNSET
        else:
            output_config = AnthropicOutputConfig.from_dict(_output_config, require_fields)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.max_tokens = max_tokens
        instance_.messages = messages
        instance_.system = system
        instance_.stream = stream
        instance_.temperature = temperature
        instance_.top_p = top_p
        instance_.top_k = top_k
        instance_.stop_sequences = stop_sequences
        instance_.tools = tools
        instance_.tool_choice = tool_choice
        instance_.thinking = thinking
        instance_.metadata = metadata
        instance_.output_config = output_config
        instance_._document = d
        anthropic_messages_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        anthropic_messages_request.additional_properties = undeclared
        return anthropic_messages_request

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
        return f"AnthropicMessagesRequest({fields}{extra})" if fields else f"AnthropicMessagesRequest({extra[2:]})"


from ..models.anthropic_message_param import AnthropicMessageParam
from ..models.anthropic_metadata import AnthropicMetadata
from ..models.anthropic_output_config import AnthropicOutputConfig
from ..models.anthropic_text_block import AnthropicTextBlock
from ..models.anthropic_thinking_config import AnthropicThinkingConfig
from ..models.anthropic_tool import AnthropicTool
from ..models.anthropic_tool_choice import AnthropicToolChoice
