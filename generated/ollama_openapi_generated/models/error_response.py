# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

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
)

T = TypeVar("T", bound="ErrorResponse")

_FIELD_NAMES: dict[str, str] = {
    "error": "error",
    "signin_url": "signin_url",
    "StatusCode": "status_code",
    "Status": "status",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "error",
    }
)


@_attrs_define(repr=False)
class ErrorResponse:
    """The body of every error answer of the native API that has one, and of a late error line in
    a stream. The handlers build it inline (`gin.H{"error": ...}`). An error that a remote-stub
    model's upstream server answered (a model created with `remote_host`) is forwarded as Go's
    `api.StatusError`, which adds `StatusCode` and `Status`.

        Attributes:
            error (str): What went wrong, in the server's words. Example: model 'llama3.2' not found.
            signin_url (str | Unset): Where to connect this server's key to an ollama.com account (401 answers only).
                Example: https://ollama.com/connect?name=myhost&key=c3NoLWVkMjU1MTk.
            status_code (int | Unset): The upstream server's HTTP status, in errors forwarded from a remote-stub model's
                server only. Example: 404.
            status (str | Unset): The upstream server's HTTP status line, e.g. `404 Not Found`, in errors forwarded from a
                remote-stub model's server only. Example: 404 Not Found.
    """

    error: str
    signin_url: str | Unset = UNSET
    status_code: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        signin_url = self.signin_url

        status_code = self.status_code

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error is not None:
            field_dict["error"] = error
        if signin_url is not UNSET:
            field_dict["signin_url"] = signin_url
        if status_code is not UNSET:
            field_dict["StatusCode"] = status_code
        if status is not UNSET:
            field_dict["Status"] = status

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
        if require_fields or "error" in d:
            error = d["error"]
        else:
            error = ABSENT

        signin_url = d.get("signin_url", UNSET)

        status_code = d.get("StatusCode", UNSET)

        status = d.get("Status", UNSET)

        instance_ = cls.__new__(cls)
        instance_.error = error
        instance_.signin_url = signin_url
        instance_.status_code = status_code
        instance_.status = status
        instance_._document = d
        error_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        error_response.additional_properties = undeclared
        return error_response

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
        return f"ErrorResponse({fields}{extra})" if fields else f"ErrorResponse({extra[2:]})"

    @property
    def StatusCode(self) -> int | Unset:
        """``status_code`` under its JSON name, as the official client names it."""
        return self.status_code

    @property
    def Status(self) -> str | Unset:
        """``status`` under its JSON name, as the official client names it."""
        return self.status
