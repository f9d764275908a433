from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tensor")

_FIELD_NAMES: dict[str, str] = {
    "name": "name",
    "type": "type_",
    "shape": "shape",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class Tensor:
    """One tensor of the model.

    Attributes:
        name (str | Unset): The tensor name.
        type_ (str | Unset): Its data type, e.g. `Q4_K` or `F32`.
        shape (list[int] | Unset): Its dimensions.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    shape: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        shape: list[int] | Unset = UNSET
        if not isinstance(self.shape, Unset):
            shape = self.shape

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if shape is not UNSET:
            field_dict["shape"] = shape

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        type_ = d.get("type", UNSET)

        shape: list[int] | Unset = d.get("shape", UNSET)

        instance_ = cls.__new__(cls)
        instance_.name = name
        instance_.type_ = type_
        instance_.shape = shape
        tensor = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        tensor.additional_properties = undeclared
        return tensor

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
