# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OpenAIResponseToolChoiceObject")

_REQUIRED_FIELDS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class OpenAIResponseToolChoiceObject:
    """ """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        d = dict(src_dict)
        instance_ = cls.__new__(cls)
        open_ai_response_tool_choice_object = instance_

        undeclared = d
        open_ai_response_tool_choice_object.additional_properties = undeclared
        return open_ai_response_tool_choice_object

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Generator[str, None, None]:
        yield from self.additional_properties

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> list[str]:
        return list(self.additional_properties)

    def values(self) -> list[Any]:
        return list(self.additional_properties.values())

    def items(self) -> list[tuple[str, Any]]:
        return list(self.additional_properties.items())

    def get(self, key: str, default: Any = None) -> Any:
        return self.additional_properties.get(key, default)

    def model_dump(self) -> dict[str, Any]:
        """The JSON document of the model (``to_dict()``)."""
        return self.to_dict()

    def __repr__(self) -> str:
        return f"OpenAIResponseToolChoiceObject({self.additional_properties!r})"
