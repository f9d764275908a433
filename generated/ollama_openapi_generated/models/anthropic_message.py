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

T = TypeVar("T", bound="AnthropicMessage")

_FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "type": "type_",
    "role": "role",
    "model": "model",
    "content": "content",
    "usage": "usage",
    "stop_reason": "stop_reason",
    "stop_sequence": "stop_sequence",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "role",
        "model",
        "content",
        "usage",
    }
)


@_attrs_define(repr=False)
class AnthropicMessage:
    """The answer of `/v1/messages`, also inside `message_start` (there with empty `content`, no
    `stop_reason`, and an estimated `usage.input_tokens`).

        Attributes:
            id (str): `msg_` and 24 random hex digits. Example: msg_9f1c2e0a7b3d4c5e6f708192.
            type_ (str): Always `message`. Example: message.
            role (str): Always `assistant`. Example: assistant.
            model (str): The model as named in the request.
            content (list[AnthropicServerToolUseBlock | AnthropicTextBlock | AnthropicThinkingBlock | AnthropicToolUseBlock
                | AnthropicWebSearchToolResultBlock] | None): In order: a thinking block (if the model thought), a text block
                (if it wrote text), one
                tool_use block per call, and the built-in search's blocks before those; null when the
                model produced nothing.
            usage (AnthropicUsage): Token counts. No cache or server tool counts.
            stop_reason (str | Unset): `end_turn` (also when a stop sequence was hit), `max_tokens`, `tool_use`, or
                `stop_sequence` (another reason from the server); absent (not null) when the server gave
                no reason, and in `message_start`.
            stop_sequence (str | Unset): Never sent by Ollama.
    """

    id: str
    type_: str = _attrs_field(alias="type")
    role: str
    model: str
    content: (
        list[
            AnthropicServerToolUseBlock
            | AnthropicTextBlock
            | AnthropicThinkingBlock
            | AnthropicToolUseBlock
            | AnthropicWebSearchToolResultBlock
        ]
        | None
    )
    usage: AnthropicUsage
    stop_reason: str | Unset = UNSET
    stop_sequence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        model = self.model

        if self.content is not None:
            content: list[dict[str, Any]] | None
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item: dict[str, Any]
                    if isinstance(content_type_0_item_data, AnthropicTextBlock):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, AnthropicThinkingBlock):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, AnthropicToolUseBlock):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, AnthropicServerToolUseBlock):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    else:
                        content_type_0_item = content_type_0_item_data.to_dict()

                    content.append(content_type_0_item)

            else:
                content = self.content
        else:
            content = ABSENT

        if self.usage is not None:
            usage = self.usage.to_dict()
        else:
            usage = ABSENT

        stop_reason = self.stop_reason

        stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if type_ is not None:
            field_dict["type"] = type_
        if role is not None:
            field_dict["role"] = role
        if model is not None:
            field_dict["model"] = model
        field_dict["content"] = content
        if usage is not None:
            field_dict["usage"] = usage
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

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

        if require_fields or "type" in d:
            type_ = d["type"]
        else:
            type_ = ABSENT

        if require_fields or "role" in d:
            role = d["role"]
        else:
            role = ABSENT

        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "content" in d:

            def _parse_content(
                data: object,
            ) -> (
                list[
                    AnthropicServerToolUseBlock
                    | AnthropicTextBlock
                    | AnthropicThinkingBlock
                    | AnthropicToolUseBlock
                    | AnthropicWebSearchToolResultBlock
                ]
                | None
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:

                        def _parse_content_type_0_item(
                            data: object,
                        ) -> (
                            AnthropicServerToolUseBlock
                            | AnthropicTextBlock
                            | AnthropicThinkingBlock
                            | AnthropicToolUseBlock
                            | AnthropicWebSearchToolResultBlock
                        ):
                            try:
                                if not (isinstance(data, dict) and AnthropicTextBlock.has_required_fields(data)):
                                    raise TypeError()
                                componentsschemas_anthropic_content_block_type_0 = AnthropicTextBlock.from_dict(
                                    data, require_fields
                                )

                                return componentsschemas_anthropic_content_block_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not (isinstance(data, dict) and AnthropicThinkingBlock.has_required_fields(data)):
                                    raise TypeError()
                                componentsschemas_anthropic_content_block_type_1 = AnthropicThinkingBlock.from_dict(
                                    data, require_fields
                                )

                                return componentsschemas_anthropic_content_block_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not (isinstance(data, dict) and AnthropicToolUseBlock.has_required_fields(data)):
                                    raise TypeError()
                                componentsschemas_anthropic_content_block_type_2 = AnthropicToolUseBlock.from_dict(
                                    data, require_fields
                                )

                                return componentsschemas_anthropic_content_block_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not (
                                    isinstance(data, dict) and AnthropicServerToolUseBlock.has_required_fields(data)
                                ):
                                    raise TypeError()
                                componentsschemas_anthropic_content_block_type_3 = (
                                    AnthropicServerToolUseBlock.from_dict(data, require_fields)
                                )

                                return componentsschemas_anthropic_content_block_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not (
                                isinstance(data, dict) and AnthropicWebSearchToolResultBlock.has_required_fields(data)
                            ):
                                raise TypeError()
                            componentsschemas_anthropic_content_block_type_4 = (
                                AnthropicWebSearchToolResultBlock.from_dict(data, require_fields)
                            )

                            return componentsschemas_anthropic_content_block_type_4

                        content_type_0_item = _parse_content_type_0_item(content_type_0_item_data)

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    list[
                        AnthropicServerToolUseBlock
                        | AnthropicTextBlock
                        | AnthropicThinkingBlock
                        | AnthropicToolUseBlock
                        | AnthropicWebSearchToolResultBlock
                    ]
                    | None,
                    data,
                )

            content = _parse_content(d["content"])
        else:
            content = ABSENT

        if require_fields or "usage" in d:
            usage = AnthropicUsage.from_dict(d["usage"], require_fields)
        else:
            usage = ABSENT

        stop_reason = d.get("stop_reason", UNSET)

        stop_sequence = d.get("stop_sequence", UNSET)

        instance_ = cls.__new__(cls)
        instance_.id = id
        instance_.type_ = type_
        instance_.role = role
        instance_.model = model
        instance_.content = content
        instance_.usage = usage
        instance_.stop_reason = stop_reason
        instance_.stop_sequence = stop_sequence
        instance_._document = d
        anthropic_message = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        anthropic_message.additional_properties = undeclared
        return anthropic_message

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
        return f"AnthropicMessage({fields}{extra})" if fields else f"AnthropicMessage({extra[2:]})"

    @property
    def type(self) -> str:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock
from ..models.anthropic_text_block import AnthropicTextBlock
from ..models.anthropic_thinking_block import AnthropicThinkingBlock
from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
from ..models.anthropic_usage import AnthropicUsage
from ..models.anthropic_web_search_tool_result_block import (
    AnthropicWebSearchToolResultBlock,
)
