# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIResponsesOutputFunctionCall")

_FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "type": "type_",
    "status": "status",
    "call_id": "call_id",
    "name": "name",
    "arguments": "arguments",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "call_id",
        "name",
        "arguments",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesOutputFunctionCall:
    """A function the model calls (its arguments complete, never partial).

    Attributes:
        id (str): The item id (`fc_...`). Example: fc_resp_99_0.
        type_ (str): Always `function_call`. Example: function_call.
        status (str): `completed`, or `in_progress` in `response.output_item.added`.
        call_id (str): The call's id (`call_` and 8 characters), to quote in the `function_call_output`. Example:
            call_k3j9x0ab.
        name (str): The function name.
        arguments (str): The arguments, a JSON object encoded in a string (`""` in `response.output_item.added`).
    """

    id: str
    type_: str = _attrs_field(alias="type")
    status: str
    call_id: str
    name: str
    arguments: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if type_ is not None:
            field_dict["type"] = type_
        if status is not None:
            field_dict["status"] = status
        if call_id is not None:
            field_dict["call_id"] = call_id
        if name is not None:
            field_dict["name"] = name
        if arguments is not None:
            field_dict["arguments"] = arguments

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
        if require_fields or "id" in d:
            id = d["id"]
        else:
            id = ABSENT

        if require_fields or "type" in d:
            type_ = d["type"]
        else:
            type_ = ABSENT

        if require_fields or "status" in d:
            status = d["status"]
        else:
            status = ABSENT

        if require_fields or "call_id" in d:
            call_id = d["call_id"]
        else:
            call_id = ABSENT

        if require_fields or "name" in d:
            name = d["name"]
        else:
            name = ABSENT

        if require_fields or "arguments" in d:
            arguments = d["arguments"]
        else:
            arguments = ABSENT

        instance_ = cls.__new__(cls)
        instance_.id = id
        instance_.type_ = type_
        instance_.status = status
        instance_.call_id = call_id
        instance_.name = name
        instance_.arguments = arguments
        instance_._document = d
        open_ai_responses_output_function_call = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_output_function_call.additional_properties = undeclared
        return open_ai_responses_output_function_call

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
        return (
            f"OpenAIResponsesOutputFunctionCall({fields}{extra})"
            if fields
            else f"OpenAIResponsesOutputFunctionCall({extra[2:]})"
        )

    @property
    def type(self) -> str:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_
