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
    ABSENT,
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

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
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "parent_model",
        "format",
        "family",
        "families",
        "parameter_size",
        "quantization_level",
    }
)


@_attrs_define(repr=False)
class ModelDetails:
    """The model's format, family, size and quantization.

    Attributes:
        parent_model (str): The model this one was created from, if any.
        format_ (str): The file format, e.g. `gguf` or `safetensors`.
        family (str): The architecture family, e.g. `llama`.
        families (list[str] | None): All families of the model (null for some models).
        parameter_size (str): The parameter count, e.g. `3.2B`.
        quantization_level (str): The quantization, e.g. `Q4_K_M`.
        context_length (int | Unset): The context length the model was trained with.
        embedding_length (int | Unset): The embedding length.
    """

    parent_model: str
    format_: str = _attrs_field(alias="format")
    family: str
    families: list[str] | None
    parameter_size: str
    quantization_level: str
    context_length: int | Unset = UNSET
    embedding_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        parent_model = self.parent_model

        format_ = self.format_

        family = self.family

        if self.families is not None:
            families: list[str] | None
            if isinstance(self.families, list):
                families = self.families

            else:
                families = self.families
        else:
            families = ABSENT

        parameter_size = self.parameter_size

        quantization_level = self.quantization_level

        context_length = self.context_length

        embedding_length = self.embedding_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parent_model is not None:
            field_dict["parent_model"] = parent_model
        if format_ is not None:
            field_dict["format"] = format_
        if family is not None:
            field_dict["family"] = family
        field_dict["families"] = families
        if parameter_size is not None:
            field_dict["parameter_size"] = parameter_size
        if quantization_level is not None:
            field_dict["quantization_level"] = quantization_level
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if embedding_length is not UNSET:
            field_dict["embedding_length"] = embedding_length

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
        if require_fields or "parent_model" in d:
            parent_model = d["parent_model"]
        else:
            parent_model = ABSENT

        if require_fields or "format" in d:
            format_ = d["format"]
        else:
            format_ = ABSENT

        if require_fields or "family" in d:
            family = d["family"]
        else:
            family = ABSENT

        if require_fields or "families" in d:

            def _parse_families(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    families_type_0: list[str] = data

                    return families_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            families = _parse_families(d["families"])
        else:
            families = ABSENT

        if require_fields or "parameter_size" in d:
            parameter_size = d["parameter_size"]
        else:
            parameter_size = ABSENT

        if require_fields or "quantization_level" in d:
            quantization_level = d["quantization_level"]
        else:
            quantization_level = ABSENT

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
        instance_._document = d
        model_details = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        model_details.additional_properties = undeclared
        return model_details

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
        return f"ModelDetails({fields}{extra})" if fields else f"ModelDetails({extra[2:]})"

    @property
    def format(self) -> str:
        """``format_`` under its JSON name, as the official client names it."""
        return self.format_
