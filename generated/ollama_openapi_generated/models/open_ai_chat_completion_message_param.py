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
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIChatCompletionMessageParam")

_FIELD_NAMES: dict[str, str] = {
    "role": "role",
    "content": "content",
    "reasoning": "reasoning",
    "tool_calls": "tool_calls",
    "name": "name",
    "tool_call_id": "tool_call_id",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class OpenAIChatCompletionMessageParam:
    """One message of the conversation sent to `/v1/chat/completions`.

    Attributes:
        role (str | Unset): Who wrote the message: `system`, `user`, `assistant` or `tool`; `developer` is passed
            to the model as is.
        content (list[OpenAIChatCompletionContentPartImage | OpenAIChatCompletionContentPartInputAudio |
            OpenAIChatCompletionContentPartText] | None | str | Unset): The text, or a list of parts (text, images as base64
            `data:` URLs, audio). Null or
            absent only in an assistant message with `tool_calls` (else a 400). Each part becomes a
            native message of its own.
        reasoning (str | Unset): The reasoning of an earlier assistant turn (the native `thinking`).
        tool_calls (list[OpenAIChatCompletionMessageToolCallParam] | Unset): The tools an earlier assistant turn called.
        name (str | Unset): In a `tool` message, the name of the tool whose result this is.
        tool_call_id (str | Unset): In a `tool` message, the `id` of the call this answers; without `name`, the tool
            name
            is taken from the assistant call with this id.
    """

    role: str | Unset = UNSET
    content: (
        list[
            OpenAIChatCompletionContentPartImage
            | OpenAIChatCompletionContentPartInputAudio
            | OpenAIChatCompletionContentPartText
        ]
        | None
        | str
        | Unset
    ) = UNSET
    reasoning: str | Unset = UNSET
    tool_calls: list[OpenAIChatCompletionMessageToolCallParam] | Unset = UNSET
    name: str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, OpenAIChatCompletionContentPartText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, OpenAIChatCompletionContentPartImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        reasoning = self.reasoning

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        name = self.name

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if name is not UNSET:
            field_dict["name"] = name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

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
        role = d.get("role", UNSET)

        def _parse_content(
            data: object,
        ) -> (
            list[
                OpenAIChatCompletionContentPartImage
                | OpenAIChatCompletionContentPartInputAudio
                | OpenAIChatCompletionContentPartText
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        OpenAIChatCompletionContentPartImage
                        | OpenAIChatCompletionContentPartInputAudio
                        | OpenAIChatCompletionContentPartText
                    ):
                        try:
                            if not (
                                isinstance(data, dict) and OpenAIChatCompletionContentPartText.has_required_fields(data)
                            ):
                                raise TypeError()
                            componentsschemas_open_ai_chat_completion_content_part_type_0 = (
                                OpenAIChatCompletionContentPartText.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_chat_completion_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not (
                                isinstance(data, dict)
                                and OpenAIChatCompletionContentPartImage.has_required_fields(data)
                            ):
                                raise TypeError()
                            componentsschemas_open_ai_chat_completion_content_part_type_1 = (
                                OpenAIChatCompletionContentPartImage.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_chat_completion_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not (
                            isinstance(data, dict)
                            and OpenAIChatCompletionContentPartInputAudio.has_required_fields(data)
                        ):
                            raise TypeError()
                        componentsschemas_open_ai_chat_completion_content_part_type_2 = (
                            OpenAIChatCompletionContentPartInputAudio.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_chat_completion_content_part_type_2

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    OpenAIChatCompletionContentPartImage
                    | OpenAIChatCompletionContentPartInputAudio
                    | OpenAIChatCompletionContentPartText
                ]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.get("content", UNSET))

        reasoning = d.get("reasoning", UNSET)

        _tool_calls = d.get("tool_calls", UNSET)
        tool_calls: list[OpenAIChatCompletionMessageToolCallParam] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = OpenAIChatCompletionMessageToolCallParam.from_dict(
                    tool_calls_item_data, require_fields
                )

                tool_calls.append(tool_calls_item)

        name = d.get("name", UNSET)

        tool_call_id = d.get("tool_call_id", UNSET)

        instance_ = cls.__new__(cls)
        instance_.role = role
        instance_.content = content
        instance_.reasoning = reasoning
        instance_.tool_calls = tool_calls
        instance_.name = name
        instance_.tool_call_id = tool_call_id
        instance_._document = d
        open_ai_chat_completion_message_param = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_chat_completion_message_param.additional_properties = undeclared
        return open_ai_chat_completion_message_param

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
        return (
            f"OpenAIChatCompletionMessageParam({fields}{extra})"
            if fields
            else f"OpenAIChatCompletionMessageParam({extra[2:]})"
        )


from ..models.open_ai_chat_completion_content_part_image import (
    OpenAIChatCompletionContentPartImage,
)
from ..models.open_ai_chat_completion_content_part_input_audio import (
    OpenAIChatCompletionContentPartInputAudio,
)
from ..models.open_ai_chat_completion_content_part_text import (
    OpenAIChatCompletionContentPartText,
)
from ..models.open_ai_chat_completion_message_tool_call_param import (
    OpenAIChatCompletionMessageToolCallParam,
)
