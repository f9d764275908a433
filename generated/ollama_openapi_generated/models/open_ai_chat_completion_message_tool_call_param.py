from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenAIChatCompletionMessageToolCallParam")

_FIELD_NAMES: dict[str, str] = {
    "function": "function",
    "id": "id",
    "index": "index",
    "type": "type_",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class OpenAIChatCompletionMessageToolCallParam:
    """A tool call of an earlier assistant turn.

    Attributes:
        function (OpenAIChatCompletionToolCallFunction): The function called, and its arguments.
        id (str | Unset): The call's id, quoted by the `tool` message that answers it.
        index (int | Unset): Ignored.
        type_ (str | Unset): Ignored; `function`. Example: function.
    """

    function: OpenAIChatCompletionToolCallFunction
    id: str | Unset = UNSET
    index: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        id = self.id

        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        function = OpenAIChatCompletionToolCallFunction.from_dict(d["function"])

        id = d.get("id", UNSET)

        index = d.get("index", UNSET)

        type_ = d.get("type", UNSET)

        instance_ = cls.__new__(cls)
        instance_.function = function
        instance_.id = id
        instance_.index = index
        instance_.type_ = type_
        open_ai_chat_completion_message_tool_call_param = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_chat_completion_message_tool_call_param.additional_properties = undeclared
        return open_ai_chat_completion_message_tool_call_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name (``response["message"]``), else a field the spec does not declare."""
        name = _FIELD_NAMES.get(key)
        if name is None:
            return self.additional_properties[key]
        value = getattr(self, name)
        if isinstance(value, Unset):
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        name = _FIELD_NAMES.get(key)
        if name is None:
            self.additional_properties[key] = value
        else:
            setattr(self, name, value)

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = _FIELD_NAMES.get(key)
        if name is None:
            return key in self.additional_properties
        return not isinstance(getattr(self, name), Unset)

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]`` when present, else ``default``."""
        try:
            return self[key]
        except KeyError:
            return default


from ..models.open_ai_chat_completion_tool_call_function import (
    OpenAIChatCompletionToolCallFunction,
)
