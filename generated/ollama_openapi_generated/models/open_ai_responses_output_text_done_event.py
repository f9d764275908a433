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

T = TypeVar("T", bound="OpenAIResponsesOutputTextDoneEvent")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "sequence_number": "sequence_number",
    "item_id": "item_id",
    "output_index": "output_index",
    "content_index": "content_index",
    "text": "text",
    "logprobs": "logprobs",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "content_index",
        "text",
        "logprobs",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesOutputTextDoneEvent:
    """`response.output_text.done`: the message text is complete.

    Attributes:
        type_ (str): Always `response.output_text.done`. Example: response.output_text.done.
        sequence_number (int): The event's position in the stream, from 0.
        item_id (str): The message item's id.
        output_index (int): The message item's position in the output.
        content_index (int): Always 0.
        text (str): The whole text.
        logprobs (list[Any]): Always empty.
    """

    type_: str = _attrs_field(alias="type")
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    text: str
    logprobs: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        if self.logprobs is not None:
            logprobs = self.logprobs

        else:
            logprobs = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None:
            field_dict["type"] = type_
        if sequence_number is not None:
            field_dict["sequence_number"] = sequence_number
        if item_id is not None:
            field_dict["item_id"] = item_id
        if output_index is not None:
            field_dict["output_index"] = output_index
        if content_index is not None:
            field_dict["content_index"] = content_index
        if text is not None:
            field_dict["text"] = text
        if logprobs is not None:
            field_dict["logprobs"] = logprobs

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
        if require_fields or "type" in d:
            type_ = d["type"]
        else:
            type_ = ABSENT

        if require_fields or "sequence_number" in d:
            sequence_number = d["sequence_number"]
        else:
            sequence_number = ABSENT

        if require_fields or "item_id" in d:
            item_id = d["item_id"]
        else:
            item_id = ABSENT

        if require_fields or "output_index" in d:
            output_index = d["output_index"]
        else:
            output_index = ABSENT

        if require_fields or "content_index" in d:
            content_index = d["content_index"]
        else:
            content_index = ABSENT

        if require_fields or "text" in d:
            text = d["text"]
        else:
            text = ABSENT

        if require_fields or "logprobs" in d:
            logprobs: list[Any] = d["logprobs"]
        else:
            logprobs = ABSENT

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.sequence_number = sequence_number
        instance_.item_id = item_id
        instance_.output_index = output_index
        instance_.content_index = content_index
        instance_.text = text
        instance_.logprobs = logprobs
        instance_._document = d
        open_ai_responses_output_text_done_event = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_output_text_done_event.additional_properties = undeclared
        return open_ai_responses_output_text_done_event

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
            f"OpenAIResponsesOutputTextDoneEvent({fields}{extra})"
            if fields
            else f"OpenAIResponsesOutputTextDoneEvent({extra[2:]})"
        )

    @property
    def type(self) -> str:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_
