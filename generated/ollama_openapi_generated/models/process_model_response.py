# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
    parse_datetime,
)

T = TypeVar("T", bound="ProcessModelResponse")

_FIELD_NAMES: dict[str, str] = {
    "name": "name",
    "model": "model",
    "size": "size",
    "digest": "digest",
    "details": "details",
    "expires_at": "expires_at",
    "size_vram": "size_vram",
    "context_length": "context_length",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "model",
        "size",
        "digest",
        "details",
        "expires_at",
        "size_vram",
    }
)


@_attrs_define(repr=False)
class ProcessModelResponse:
    """One loaded model.

    Attributes:
        name (str): The model name with its tag.
        model (str): The same as `name`.
        size (int): Memory used, in bytes.
        digest (str): The manifest digest (hex).
        details (ModelDetails): The model's format, family, size and quantization.
        expires_at (datetime.datetime): When the model will be unloaded (far in the future when kept forever).
        size_vram (int): The part of `size` in GPU memory, in bytes.
        context_length (int | Unset): The context length it was loaded with. Sent on every model since Ollama 0.9.7;
            older servers and ollama.com leave it out, so it is not required.
    """

    name: str
    model: str
    size: int
    digest: str
    details: ModelDetails
    expires_at: datetime.datetime
    size_vram: int
    context_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model = self.model

        size = self.size

        digest = self.digest

        if self.details is not None:
            details = self.details.to_dict()
        else:
            details = ABSENT

        if self.expires_at is not None:
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = ABSENT

        size_vram = self.size_vram

        context_length = self.context_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None:
            field_dict["name"] = name
        if model is not None:
            field_dict["model"] = model
        if size is not None:
            field_dict["size"] = size
        if digest is not None:
            field_dict["digest"] = digest
        if details is not None:
            field_dict["details"] = details
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        if size_vram is not None:
            field_dict["size_vram"] = size_vram
        if context_length is not UNSET:
            field_dict["context_length"] = context_length

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
        if require_fields or "name" in d:
            name = d["name"]
        else:
            name = ABSENT

        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "size" in d:
            size = d["size"]
        else:
            size = ABSENT

        if require_fields or "digest" in d:
            digest = d["digest"]
        else:
            digest = ABSENT

        if require_fields or "details" in d:
            details = ModelDetails.from_dict(d["details"], require_fields)
        else:
            details = ABSENT

        if require_fields or "expires_at" in d:
            expires_at = parse_datetime(d["expires_at"])
        else:
            expires_at = ABSENT

        if require_fields or "size_vram" in d:
            size_vram = d["size_vram"]
        else:
            size_vram = ABSENT

        context_length = d.get("context_length", UNSET)

        instance_ = cls.__new__(cls)
        instance_.name = name
        instance_.model = model
        instance_.size = size
        instance_.digest = digest
        instance_.details = details
        instance_.expires_at = expires_at
        instance_.size_vram = size_vram
        instance_.context_length = context_length
        instance_._document = d
        process_model_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        process_model_response.additional_properties = undeclared
        return process_model_response

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
        return f"ProcessModelResponse({fields}{extra})" if fields else f"ProcessModelResponse({extra[2:]})"


from ..models.model_details import ModelDetails
