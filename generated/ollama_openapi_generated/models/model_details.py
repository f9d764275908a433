from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetails")

_FIELD_NAMES: dict[str, str] = {
    "parent_model": "parent_model",
    "format": "format_",
    "family": "family",
    "families": "families",
    "parameter_size": "parameter_size",
    "quantization_level": "quantization_level",
    "context_length": "context_length",
    "embedding_length": "embedding_length",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class ModelDetails:
    """The model's format, family, size and quantization.

    Attributes:
        parent_model (str | Unset): The model this one was created from, if any.
        format_ (str | Unset): The file format, e.g. `gguf` or `safetensors`.
        family (str | Unset): The architecture family, e.g. `llama`.
        families (list[str] | None | Unset): All families of the model (null for some models).
        parameter_size (str | Unset): The parameter count, e.g. `3.2B`.
        quantization_level (str | Unset): The quantization, e.g. `Q4_K_M`.
        context_length (int | Unset): The context length the model was trained with.
        embedding_length (int | Unset): The embedding length.
    """

    parent_model: str | Unset = UNSET
    format_: str | Unset = UNSET
    family: str | Unset = UNSET
    families: list[str] | None | Unset = UNSET
    parameter_size: str | Unset = UNSET
    quantization_level: str | Unset = UNSET
    context_length: int | Unset = UNSET
    embedding_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_model = self.parent_model

        format_ = self.format_

        family = self.family

        families: list[str] | None | Unset
        if isinstance(self.families, Unset):
            families = UNSET
        elif isinstance(self.families, list):
            families = self.families

        else:
            families = self.families

        parameter_size = self.parameter_size

        quantization_level = self.quantization_level

        context_length = self.context_length

        embedding_length = self.embedding_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_model is not UNSET:
            field_dict["parent_model"] = parent_model
        if format_ is not UNSET:
            field_dict["format"] = format_
        if family is not UNSET:
            field_dict["family"] = family
        if families is not UNSET:
            field_dict["families"] = families
        if parameter_size is not UNSET:
            field_dict["parameter_size"] = parameter_size
        if quantization_level is not UNSET:
            field_dict["quantization_level"] = quantization_level
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if embedding_length is not UNSET:
            field_dict["embedding_length"] = embedding_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        parent_model = d.get("parent_model", UNSET)

        format_ = d.get("format", UNSET)

        family = d.get("family", UNSET)

        def _parse_families(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                families_type_0: list[str] = data

                return families_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        families = _parse_families(d.get("families", UNSET))

        parameter_size = d.get("parameter_size", UNSET)

        quantization_level = d.get("quantization_level", UNSET)

        context_length = d.get("context_length", UNSET)

        embedding_length = d.get("embedding_length", UNSET)

        instance_ = cls.__new__(cls)
        instance_.parent_model = parent_model
        instance_.format_ = format_
        instance_.family = family
        instance_.families = families
        instance_.parameter_size = parameter_size
        instance_.quantization_level = quantization_level
        instance_.context_length = context_length
        instance_.embedding_length = embedding_length
        model_details = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        model_details.additional_properties = undeclared
        return model_details

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
