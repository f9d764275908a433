# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

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

T = TypeVar("T", bound="OpenAIResponsesInputFunctionCallOutput")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "call_id": "call_id",
    "output": "output",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesInputFunctionCallOutput:
    """The result of a function call, for the model.

    Attributes:
        type_ (Literal['function_call_output']): Always `function_call_output`.
        call_id (str | Unset): The `call_id` of the call this answers.
        output (list[OpenAIResponsesInputImageContent | OpenAIResponsesInputTextContent] | str | Unset): The result: a
            string, or a list of text and image parts (texts joined without a separator).
    """

    type_: Literal["function_call_output"] = _attrs_field(alias="type")
    call_id: str | Unset = UNSET
    output: list[OpenAIResponsesInputImageContent | OpenAIResponsesInputTextContent] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output: list[dict[str, Any]] | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, OpenAIResponsesInputTextContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None:
            field_dict["type"] = type_
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if output is not UNSET:
            field_dict["output"] = output

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
            type_ = cast(Literal["function_call_output"], d["type"])
            if type_ != "function_call_output":
                raise ValueError(f"type must match const 'function_call_output', got '{type_}'")
        else:
            type_ = ABSENT

        call_id = d.get("call_id", UNSET)

        def _parse_output(
            data: object,
        ) -> list[OpenAIResponsesInputImageContent | OpenAIResponsesInputTextContent] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> OpenAIResponsesInputImageContent | OpenAIResponsesInputTextContent:
                        try:
                            if not (
                                isinstance(data, dict) and OpenAIResponsesInputTextContent.has_required_fields(data)
                            ):
                                raise TypeError()
                            componentsschemas_open_ai_responses_input_content_type_0 = (
                                OpenAIResponsesInputTextContent.from_dict(data, require_fields)
                            )

                            return componentsschemas_open_ai_responses_input_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not (isinstance(data, dict) and OpenAIResponsesInputImageContent.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_input_content_type_1 = (
                            OpenAIResponsesInputImageContent.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_responses_input_content_type_1

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OpenAIResponsesInputImageContent | OpenAIResponsesInputTextContent] | str | Unset, data)

        output = _parse_output(d.get("output", UNSET))

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.call_id = call_id
        instance_.output = output
        instance_._document = d
        open_ai_responses_input_function_call_output = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_input_function_call_output.additional_properties = undeclared
        return open_ai_responses_input_function_call_output

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
            f"OpenAIResponsesInputFunctionCallOutput({fields}{extra})"
            if fields
            else f"OpenAIResponsesInputFunctionCallOutput({extra[2:]})"
        )

    @property
    def type(self) -> Literal["function_call_output"]:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.open_ai_responses_input_image_content import (
    OpenAIResponsesInputImageContent,
)
from ..models.open_ai_responses_input_text_content import (
    OpenAIResponsesInputTextContent,
)
