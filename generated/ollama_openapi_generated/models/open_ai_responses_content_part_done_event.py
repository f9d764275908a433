# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, Unset

T = TypeVar("T", bound="OpenAIResponsesContentPartDoneEvent")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "sequence_number": "sequence_number",
    "item_id": "item_id",
    "output_index": "output_index",
    "content_index": "content_index",
    "part": "part",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "content_index",
        "part",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesContentPartDoneEvent:
    """`response.content_part.done`: a message's text part is complete.

    Attributes:
        type_ (str): Always `response.content_part.done`. Example: response.content_part.done.
        sequence_number (int): The event's position in the stream, from 0.
        item_id (str): The message item's id.
        output_index (int): The message item's position in the output.
        content_index (int): Always 0.
        part (OpenAIResponsesOutputText): A text part of an output message.
    """

    type_: str
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: OpenAIResponsesOutputText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        if self.part is not None:
            part = self.part.to_dict()
        else:
            part = ABSENT

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
        if part is not None:
            field_dict["part"] = part

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

        if require_fields or "part" in d:
            part = OpenAIResponsesOutputText.from_dict(d["part"], require_fields)
        else:
            part = ABSENT

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.sequence_number = sequence_number
        instance_.item_id = item_id
        instance_.output_index = output_index
        instance_.content_index = content_index
        instance_.part = part
        open_ai_responses_content_part_done_event = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_content_part_done_event.additional_properties = undeclared
        return open_ai_responses_content_part_done_event

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
        return (
            f"OpenAIResponsesContentPartDoneEvent({fields}{extra})"
            if fields
            else f"OpenAIResponsesContentPartDoneEvent({extra[2:]})"
        )

    @property
    def type(self) -> str:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.open_ai_responses_output_text import OpenAIResponsesOutputText
