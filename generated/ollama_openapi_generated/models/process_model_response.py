from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ProcessModelResponse")

_FIELD_NAMES: dict[str, str] = {
    "name": "name",
    "size": "size",
    "digest": "digest",
    "model": "model",
    "details": "details",
    "expires_at": "expires_at",
    "size_vram": "size_vram",
    "context_length": "context_length",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class ProcessModelResponse:
    """One loaded model.

    Attributes:
        name (str): The model name with its tag.
        size (int): Memory used, in bytes.
        digest (str): The manifest digest (hex).
        model (str | Unset): The same as `name`.
        details (ModelDetails | Unset): The model's format, family, size and quantization.
        expires_at (datetime.datetime | Unset): When the model will be unloaded (far in the future when kept forever).
        size_vram (int | Unset): The part of `size` in GPU memory, in bytes.
        context_length (int | Unset): The context length it was loaded with.
    """

    name: str
    size: int
    digest: str
    model: str | Unset = UNSET
    details: ModelDetails | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    size_vram: int | Unset = UNSET
    context_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        digest = self.digest

        model = self.model

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        size_vram = self.size_vram

        context_length = self.context_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
                "digest": digest,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if details is not UNSET:
            field_dict["details"] = details
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if size_vram is not UNSET:
            field_dict["size_vram"] = size_vram
        if context_length is not UNSET:
            field_dict["context_length"] = context_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        size = d["size"]

        digest = d["digest"]

        model = d.get("model", UNSET)

        _details = d.get("details", UNSET)
        details: ModelDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ModelDetails.from_dict(_details)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        size_vram = d.get("size_vram", UNSET)

        context_length = d.get("context_length", UNSET)

        instance_ = cls.__new__(cls)
        instance_.name = name
        instance_.size = size
        instance_.digest = digest
        instance_.model = model
        instance_.details = details
        instance_.expires_at = expires_at
        instance_.size_vram = size_vram
        instance_.context_length = context_length
        process_model_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        process_model_response.additional_properties = undeclared
        return process_model_response

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


from ..models.model_details import ModelDetails
