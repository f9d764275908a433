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
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class ToolProperty:
    """One parameter of a tool, as a JSON Schema.

    Attributes:
        any_of (list[ToolProperty] | Unset): Alternative schemas for the parameter, each a `ToolProperty`.
        type_ (list[str] | str | Unset): The JSON type, or a list of types.
        items (Any | Unset): The schema of array items.
        description (str | Unset): What the parameter means, for the model.
        enum (list[Any] | Unset): The allowed values.
        properties (None | ToolPropertiesMap | Unset): For object parameters, their properties by name (each a
            `ToolProperty`), in order.
        required (list[str] | Unset): For object parameters, the required property names.
    """

    any_of: list[ToolProperty] | Unset = UNSET
    type_: list[str] | str | Unset = _attrs_field(default=UNSET, alias="type")
    items: Any | Unset = UNSET
    description: str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    properties: None | ToolPropertiesMap | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

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

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, ToolPropertiesMap):
            properties = ToolPropertiesMap.to_dict(self.properties)
        else:
            properties = self.properties

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        _any_of = d.get("anyOf", UNSET)
        any_of: list[ToolProperty] | Unset = UNSET
        if _any_of is not UNSET:
            any_of = []
            for any_of_item_data in _any_of:
                any_of_item = ToolProperty.from_dict(any_of_item_data, require_fields)

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

        def _parse_properties(data: object) -> None | ToolPropertiesMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, dict) and ToolPropertiesMap.has_required_fields(data)):
                    raise TypeError()
                properties_type_0 = ToolPropertiesMap.from_dict(data, require_fields)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, dict):
                return ToolPropertiesMap.from_dict(data, require_fields)
            return cast(None | ToolPropertiesMap | Unset, data)

        properties = _parse_properties(d.get("properties", UNSET))

        required: list[str] | Unset = d.get("required", UNSET)

        instance_ = cls.__new__(cls)
        instance_.any_of = any_of
        instance_.type_ = type_
        instance_.items = items
        instance_.description = description
        instance_.enum = enum
        instance_.properties = properties
        instance_.required = required
        instance_._document = d
        tool_property = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        tool_property.additional_properties = undeclared
        return tool_property

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
        return f"ToolProperty({fields}{extra})" if fields else f"ToolProperty({extra[2:]})"

    @property
    def anyOf(self) -> list[ToolProperty] | Unset:
        """``any_of`` under its JSON name, as the official client names it."""
        return self.any_of

    @property
    def type(self) -> list[str] | str | Unset:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.tool_properties_map import ToolPropertiesMap
