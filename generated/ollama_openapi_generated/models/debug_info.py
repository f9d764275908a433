from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DebugInfo")

_FIELD_NAMES: dict[str, str] = {
    "rendered_template": "rendered_template",
    "image_count": "image_count",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class DebugInfo:
    """The rendered prompt, returned instead of a generation when `_debug_render_only` is set.

    Attributes:
        rendered_template (str | Unset): The prompt after applying the template.
        image_count (int | Unset): Number of images in the prompt.
    """

    rendered_template: str | Unset = UNSET
    image_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rendered_template = self.rendered_template

        image_count = self.image_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rendered_template is not UNSET:
            field_dict["rendered_template"] = rendered_template
        if image_count is not UNSET:
            field_dict["image_count"] = image_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rendered_template = d.get("rendered_template", UNSET)

        image_count = d.get("image_count", UNSET)

        instance_ = cls.__new__(cls)
        instance_.rendered_template = rendered_template
        instance_.image_count = image_count
        debug_info = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        debug_info.additional_properties = undeclared
        return debug_info

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
