# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

_FIELD_NAMES: dict[str, str] = {
    "error": "error",
    "signin_url": "signin_url",
    "StatusCode": "status_code",
    "Status": "status",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

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
        error_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        error_response.additional_properties = undeclared
        return error_response

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

    def keys(self) -> list[str]:
        """The JSON names of the fields that are set, then the undeclared ones."""
        names = [key for key, name in _FIELD_NAMES.items() if not isinstance(getattr(self, name), Unset)]
        return names + list(self.additional_properties)

    def __iter__(self) -> Generator[tuple[str, Any], None, None]:
        """``(JSON name, value)`` of each field that is set, as the official client's models iterate."""
        for key in self.keys():
            yield key, self[key]

    def __len__(self) -> int:
        return len(self.keys())

    def model_dump(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The JSON document of the model (``to_dict()``), as pydantic's ``model_dump`` names it."""
        document = self.to_dict()
        return {key: value for key, value in document.items() if value is not None} if exclude_none else document

    def model_dump_json(self, *, exclude_none: bool = False) -> str:
        """The model as JSON text."""
        import json

        return json.dumps(self.model_dump(exclude_none=exclude_none), default=str)

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
