# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, Unset

T = TypeVar("T", bound="OpenAIError")

_FIELD_NAMES: dict[str, str] = {
    "message": "message",
    "type": "type_",
    "param": "param",
    "code": "code",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "message",
        "type",
        "param",
        "code",
    }
)


@_attrs_define(repr=False)
class OpenAIError:
    """What went wrong.

    Attributes:
        message (str): What went wrong, in the server's words (the native error text). Example: model 'llama9' not
            found.
        type_ (str): The kind of error, from the HTTP status: `invalid_request_error` (400), `not_found_error` (404),
            `api_error` (any other).
        param (None | str): The request parameter at fault; always null from Ollama.
        code (None | str): A machine-readable error code; always null from Ollama.
    """

    message: str
    type_: str
    param: None | str
    code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        if self.param is not None:
            param: None | str
            param = self.param
        else:
            param = ABSENT

        if self.code is not None:
            code: None | str
            code = self.code
        else:
            code = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not None:
            field_dict["message"] = message
        if type_ is not None:
            field_dict["type"] = type_
        field_dict["param"] = param
        field_dict["code"] = code

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
        if require_fields or "message" in d:
            message = d["message"]
        else:
            message = ABSENT

        if require_fields or "type" in d:
            type_ = d["type"]
        else:
            type_ = ABSENT

        if require_fields or "param" in d:

            def _parse_param(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            param = _parse_param(d["param"])
        else:
            param = ABSENT

        if require_fields or "code" in d:

            def _parse_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            code = _parse_code(d["code"])
        else:
            code = ABSENT

        instance_ = cls.__new__(cls)
        instance_.message = message
        instance_.type_ = type_
        instance_.param = param
        instance_.code = code
        open_ai_error = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_error.additional_properties = undeclared
        return open_ai_error

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
        return f"OpenAIError({fields}{extra})" if fields else f"OpenAIError({extra[2:]})"

    @property
    def type(self) -> str:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_
