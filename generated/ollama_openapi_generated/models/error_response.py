from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

_FIELD_NAMES: dict[str, str] = {
    "error": "error",
    "signin_url": "signin_url",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class ErrorResponse:
    """The body of every error answer of the native API, and of a late error line in a stream.

    Attributes:
        error (str): What went wrong, in the server's words. Example: model 'llama3.2' not found.
        signin_url (str | Unset): Where to connect this server's key to an ollama.com account (401 answers only).
            Example: https://ollama.com/connect?name=myhost&key=c3NoLWVkMjU1MTk.
    """

    error: str
    signin_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        signin_url = self.signin_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if signin_url is not UNSET:
            field_dict["signin_url"] = signin_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        signin_url = d.get("signin_url", UNSET)

        instance_ = cls.__new__(cls)
        instance_.error = error
        instance_.signin_url = signin_url
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
