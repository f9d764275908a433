from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressResponse")

_FIELD_NAMES: dict[str, str] = {
    "status": "status",
    "digest": "digest",
    "total": "total",
    "completed": "completed",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class ProgressResponse:
    """One progress line of pull, push or create (or the final status when not streaming).

    Attributes:
        status (str): What the server is doing, e.g. `pulling manifest`, `pulling <digest>`, `writing manifest`;
            `success` ends a complete stream.
        digest (str | Unset): The layer being transferred.
        total (int | Unset): Size of that layer in bytes.
        completed (int | Unset): Bytes of that layer transferred so far.
    """

    status: str
    digest: str | Unset = UNSET
    total: int | Unset = UNSET
    completed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        digest = self.digest

        total = self.total

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if digest is not UNSET:
            field_dict["digest"] = digest
        if total is not UNSET:
            field_dict["total"] = total
        if completed is not UNSET:
            field_dict["completed"] = completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = d["status"]

        digest = d.get("digest", UNSET)

        total = d.get("total", UNSET)

        completed = d.get("completed", UNSET)

        instance_ = cls.__new__(cls)
        instance_.status = status
        instance_.digest = digest
        instance_.total = total
        instance_.completed = completed
        progress_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        progress_response.additional_properties = undeclared
        return progress_response

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
