from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AnthropicToolUseBlock")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "id": "id",
    "name": "name",
    "input": "input_",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class AnthropicToolUseBlock:
    """A tool the model calls (in a request, a call of an earlier assistant turn).

    Attributes:
        type_ (str): Always `tool_use`. Example: tool_use.
        id (str): The call's id (`call_` and 8 characters in answers), quoted by the `tool_result` that answers it.
            Missing in a request is a 400. Example: call_k3j9x0ab.
        name (str): The tool name; missing in a request is a 400.
        input_ (ToolCallFunctionArguments): The arguments, as a JSON object (not a string, unlike OpenAI), in the order
            the model wrote them.
    """

    type_: str
    id: str
    name: str
    input_: ToolCallFunctionArguments
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        id = d["id"]

        name = d["name"]

        input_ = ToolCallFunctionArguments.from_dict(d["input"])

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.id = id
        instance_.name = name
        instance_.input_ = input_
        anthropic_tool_use_block = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        anthropic_tool_use_block.additional_properties = undeclared
        return anthropic_tool_use_block

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


from ..models.tool_call_function_arguments import ToolCallFunctionArguments
