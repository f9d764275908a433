# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import (
    Any,
    TypeVar,
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

T = TypeVar("T", bound="ResponseMessage")

_FIELD_NAMES: dict[str, str] = {
    "role": "role",
    "content": "content",
    "thinking": "thinking",
    "images": "images",
    "tool_calls": "tool_calls",
    "tool_name": "tool_name",
    "tool_call_id": "tool_call_id",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
    }
)


@_attrs_define(repr=False)
class ResponseMessage:
    """One message as the server sends it: the `message` of a chat answer, and each of the
    `messages` of `/api/show`. The fields of `Message`; `role` and `content` are always there
    (`content` is empty when the model only thinks or calls tools, and on a `done` chunk).

        Attributes:
            role (str): Who wrote the message: `system`, `user`, `assistant` or `tool` (known values: `Role`).
            content (str): The text of the message (in a stream, the text of this chunk).
            thinking (str | Unset): Reasoning text of a thinking model.
            images (list[str] | Unset): Base64-encoded images.
            tool_calls (list[ResponseToolCall] | Unset): Tools the assistant asks to call.
            tool_name (str | Unset): In a `tool` message, the name of the tool whose result this is.
            tool_call_id (str | Unset): In a `tool` message, the `id` of the tool call this answers.
    """

    role: str
    content: str
    thinking: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    tool_calls: list[ResponseToolCall] | Unset = UNSET
    tool_name: str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = self.content

        thinking = self.thinking

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        tool_name = self.tool_name

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not None:
            field_dict["role"] = role
        if content is not None:
            field_dict["content"] = content
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if images is not UNSET:
            field_dict["images"] = images
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
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
        role = d["role"]

        if require_fields or "content" in d:
            content = d["content"]
        else:
            content = ABSENT

        thinking = d.get("thinking", UNSET)

        images: list[str] | Unset = d.get("images", UNSET)

        _tool_calls = d.get("tool_calls", UNSET)
        tool_calls: list[ResponseToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ResponseToolCall.from_dict(tool_calls_item_data, require_fields)

                tool_calls.append(tool_calls_item)

        tool_name = d.get("tool_name", UNSET)

        tool_call_id = d.get("tool_call_id", UNSET)

        instance_ = cls.__new__(cls)
        instance_.role = role
        instance_.content = content
        instance_.thinking = thinking
        instance_.images = images
        instance_.tool_calls = tool_calls
        instance_.tool_name = tool_name
        instance_.tool_call_id = tool_call_id
        instance_._document = d
        response_message = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        response_message.additional_properties = undeclared
        return response_message

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
        return f"ResponseMessage({fields}{extra})" if fields else f"ResponseMessage({extra[2:]})"


from ..models.response_tool_call import ResponseToolCall
