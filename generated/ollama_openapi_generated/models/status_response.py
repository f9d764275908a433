from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusResponse")

_FIELD_NAMES: dict[str, str] = {
    "cloud": "cloud",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class StatusResponse:
    """The server status.

    Attributes:
        cloud (CloudStatus | Unset): Whether ollama.com cloud features are enabled.
    """

    cloud: CloudStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud, Unset):
            cloud = self.cloud.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud is not UNSET:
            field_dict["cloud"] = cloud

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _cloud = d.get("cloud", UNSET)
        cloud: CloudStatus | Unset
        if isinstance(_cloud, Unset):
            cloud = UNSET
        else:
            cloud = CloudStatus.from_dict(_cloud)

        instance_ = cls.__new__(cls)
        instance_.cloud = cloud
        status_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        status_response.additional_properties = undeclared
        return status_response

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


from ..models.cloud_status import CloudStatus
