from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AnthropicMessageDeltaEvent")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "delta": "delta",
    "usage": "usage",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class AnthropicMessageDeltaEvent:
    """`message_delta`: the stop reason and the final token counts, just before `message_stop`.

    Attributes:
        type_ (str): Always `message_delta`. Example: message_delta.
        delta (AnthropicMessageDelta): How the message ended.
        usage (AnthropicUsage): Token counts. No cache or server tool counts.
    """

    type_: str
    delta: AnthropicMessageDelta
    usage: AnthropicUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delta = self.delta.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "delta": delta,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        delta = AnthropicMessageDelta.from_dict(d["delta"])

        usage = AnthropicUsage.from_dict(d["usage"])

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.delta = delta
        instance_.usage = usage
        anthropic_message_delta_event = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        anthropic_message_delta_event.additional_properties = undeclared
        return anthropic_message_delta_event

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


from ..models.anthropic_message_delta import AnthropicMessageDelta
from ..models.anthropic_usage import AnthropicUsage
