from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolProperty")

_FIELD_NAMES: dict[str, str] = {
    "anyOf": "any_of",
    "type": "type_",
    "items": "items",
    "description": "description",
    "enum": "enum",
    "properties": "properties",
    "required": "required",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class ToolProperty:
    """One parameter of a tool, as a JSON Schema.

    Attributes:
        any_of (list[ToolPropertyVariant] | Unset): Alternative schemas for the parameter.
        type_ (list[str] | str | Unset): The JSON type, or a list of types.
        items (Any | Unset): The schema of array items.
        description (str | Unset): What the parameter means, for the model.
        enum (list[Any] | Unset): The allowed values.
        properties (ToolPropertyProperties | Unset): For object parameters, their properties (each a ToolProperty).
        required (list[str] | Unset): For object parameters, the required property names.
    """

    any_of: list[ToolPropertyVariant] | Unset = UNSET
    type_: list[str] | str | Unset = UNSET
    items: Any | Unset = UNSET
    description: str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    properties: ToolPropertyProperties | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.any_of, Unset):
            any_of = []
            for any_of_item_data in self.any_of:
                any_of_item = any_of_item_data.to_dict()
                any_of.append(any_of_item)

        type_: list[str] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, list):
            type_ = self.type_

        else:
            type_ = self.type_

        items = self.items

        description = self.description

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if any_of is not UNSET:
            field_dict["anyOf"] = any_of
        if type_ is not UNSET:
            field_dict["type"] = type_
        if items is not UNSET:
            field_dict["items"] = items
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _any_of = d.get("anyOf", UNSET)
        any_of: list[ToolPropertyVariant] | Unset = UNSET
        if _any_of is not UNSET:
            any_of = []
            for any_of_item_data in _any_of:
                any_of_item = ToolPropertyVariant.from_dict(any_of_item_data)

                any_of.append(any_of_item)

        def _parse_type_(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                type_type_1: list[str] = data

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        type_ = _parse_type_(d.get("type", UNSET))

        items = d.get("items", UNSET)

        description = d.get("description", UNSET)

        enum: list[Any] | Unset = d.get("enum", UNSET)

        _properties = d.get("properties", UNSET)
        properties: ToolPropertyProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ToolPropertyProperties.from_dict(_properties)

        required: list[str] | Unset = d.get("required", UNSET)

        instance_ = cls.__new__(cls)
        instance_.any_of = any_of
        instance_.type_ = type_
        instance_.items = items
        instance_.description = description
        instance_.enum = enum
        instance_.properties = properties
        instance_.required = required
        tool_property = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        tool_property.additional_properties = undeclared
        return tool_property

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


from ..models.tool_property_properties import ToolPropertyProperties
from ..models.tool_property_variant import ToolPropertyVariant
