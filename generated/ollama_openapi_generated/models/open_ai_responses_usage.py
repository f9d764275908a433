# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIResponsesUsage")

_FIELD_NAMES: dict[str, str] = {
    "input_tokens": "input_tokens",
    "output_tokens": "output_tokens",
    "total_tokens": "total_tokens",
    "input_tokens_details": "input_tokens_details",
    "output_tokens_details": "output_tokens_details",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "input_tokens_details",
        "output_tokens_details",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesUsage:
    """Token counts of a response.

    Attributes:
        input_tokens (int): Tokens in the prompt.
        output_tokens (int): Tokens generated, reasoning included.
        total_tokens (int): The sum of both.
        input_tokens_details (OpenAIResponsesInputTokensDetails): Details of the input tokens.
        output_tokens_details (OpenAIResponsesOutputTokensDetails): Details of the output tokens.
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: OpenAIResponsesInputTokensDetails
    output_tokens_details: OpenAIResponsesOutputTokensDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        if self.input_tokens_details is not None:
            input_tokens_details = self.input_tokens_details.to_dict()
        else:
            input_tokens_details = ABSENT

        if self.output_tokens_details is not None:
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if input_tokens is not None:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not None:
            field_dict["output_tokens"] = output_tokens
        if total_tokens is not None:
            field_dict["total_tokens"] = total_tokens
        if input_tokens_details is not None:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens_details is not None:
            field_dict["output_tokens_details"] = output_tokens_details

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
        if require_fields or "input_tokens" in d:
            input_tokens = d["input_tokens"]
        else:
            input_tokens = ABSENT

        if require_fields or "output_tokens" in d:
            output_tokens = d["output_tokens"]
        else:
            output_tokens = ABSENT

        if require_fields or "total_tokens" in d:
            total_tokens = d["total_tokens"]
        else:
            total_tokens = ABSENT

        if require_fields or "input_tokens_details" in d:
            input_tokens_details = OpenAIResponsesInputTokensDetails.from_dict(
                d["input_tokens_details"], require_fields
            )
        else:
            input_tokens_details = ABSENT

        if require_fields or "output_tokens_details" in d:
            output_tokens_details = OpenAIResponsesOutputTokensDetails.from_dict(
                d["output_tokens_details"], require_fields
            )
        else:
            output_tokens_details = ABSENT

        instance_ = cls.__new__(cls)
        instance_.input_tokens = input_tokens
        instance_.output_tokens = output_tokens
        instance_.total_tokens = total_tokens
        instance_.input_tokens_details = input_tokens_details
        instance_.output_tokens_details = output_tokens_details
        instance_._document = d
        open_ai_responses_usage = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_usage.additional_properties = undeclared
        return open_ai_responses_usage

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
        return f"OpenAIResponsesUsage({fields}{extra})" if fields else f"OpenAIResponsesUsage({extra[2:]})"


from ..models.open_ai_responses_input_tokens_details import (
    OpenAIResponsesInputTokensDetails,
)
from ..models.open_ai_responses_output_tokens_details import (
    OpenAIResponsesOutputTokensDetails,
)
