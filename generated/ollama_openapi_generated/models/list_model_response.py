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

T = TypeVar("T", bound="ListModelResponse")

_FIELD_NAMES: dict[str, str] = {
    "name": "name",
    "model": "model",
    "modified_at": "modified_at",
    "size": "size",
    "digest": "digest",
    "details": "details",
    "remote_model": "remote_model",
    "remote_host": "remote_host",
    "capabilities": "capabilities",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "model",
        "modified_at",
        "size",
        "digest",
        "details",
    }
)


@_attrs_define(repr=False)
class ListModelResponse:
    """One local model.

    Attributes:
        name (str): The model name with its tag, e.g. `llama3.2:latest`.
        model (str): The same as `name`.
        modified_at (datetime.datetime): When the model was last changed.
        size (int): Size on disk in bytes.
        digest (str): The manifest digest (hex).
        details (ModelDetails): The model's format, family, size and quantization.
        remote_model (str | Unset): The upstream model, for a remote stub.
        remote_host (str | Unset): The upstream server, for a remote stub.
        capabilities (list[str] | Unset): What the model can do.
    """

    name: str
    model: str
    modified_at: datetime.datetime
    size: int
    digest: str
    details: ModelDetails
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model = self.model

        if self.modified_at is not None:
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = ABSENT

        size = self.size

        digest = self.digest

        if self.details is not None:
            details = self.details.to_dict()
        else:
            details = ABSENT

        remote_model = self.remote_model

        remote_host = self.remote_host

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None:
            field_dict["name"] = name
        if model is not None:
            field_dict["model"] = model
        if modified_at is not None:
            field_dict["modified_at"] = modified_at
        if size is not None:
            field_dict["size"] = size
        if digest is not None:
            field_dict["digest"] = digest
        if details is not None:
            field_dict["details"] = details
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

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

        if require_fields or "modified_at" in d:
            modified_at = parse_datetime(d["modified_at"])
        else:
            modified_at = ABSENT

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

        remote_model = d.get("remote_model", UNSET)

        remote_host = d.get("remote_host", UNSET)

        capabilities: list[str] | Unset = d.get("capabilities", UNSET)

        instance_ = cls.__new__(cls)
        instance_.name = name
        instance_.model = model
        instance_.modified_at = modified_at
        instance_.size = size
        instance_.digest = digest
        instance_.details = details
        instance_.remote_model = remote_model
        instance_.remote_host = remote_host
        instance_.capabilities = capabilities
        instance_._document = d
        list_model_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        list_model_response.additional_properties = undeclared
        return list_model_response

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
        return f"ListModelResponse({fields}{extra})" if fields else f"ListModelResponse({extra[2:]})"


from ..models.model_details import ModelDetails
