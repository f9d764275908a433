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

T = TypeVar("T", bound="OpenAIResponsesFailedResponse")

_FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "object": "object_",
    "status": "status",
    "model": "model",
    "output": "output",
    "error": "error",
    "usage": "usage",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "status",
        "model",
        "output",
        "error",
        "usage",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesFailedResponse:
    """The short response object of a `response.failed` event.

    Attributes:
        id (str): The response id.
        object_ (str): Always `response`. Example: response.
        status (str): Always `failed`. Example: failed.
        model (str): The model as named in the request.
        output (list[OpenAIResponsesOutputFunctionCall | OpenAIResponsesOutputMessage | OpenAIResponsesOutputReasoning |
            OpenAIResponsesOutputWebSearchCall]): Always empty.
        error (OpenAIResponsesError): Why a response failed.
        usage (OpenAIResponsesFailedUsage): Token counts of a failed response.
    """

    id: str
    object_: str = _attrs_field(alias="object")
    status: str
    model: str
    output: list[
        OpenAIResponsesOutputFunctionCall
        | OpenAIResponsesOutputMessage
        | OpenAIResponsesOutputReasoning
        | OpenAIResponsesOutputWebSearchCall
    ]
    error: OpenAIResponsesError
    usage: OpenAIResponsesFailedUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status

        model = self.model

        if self.output is not None:
            output = []
            for output_item_data in self.output:
                output_item: dict[str, Any]
                if isinstance(output_item_data, OpenAIResponsesOutputFunctionCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OpenAIResponsesOutputMessage):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OpenAIResponsesOutputReasoning):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data.to_dict()

                output.append(output_item)

        else:
            output = ABSENT

        if self.error is not None:
            error = self.error.to_dict()
        else:
            error = ABSENT

        if self.usage is not None:
            usage = self.usage.to_dict()
        else:
            usage = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if object_ is not None:
            field_dict["object"] = object_
        if status is not None:
            field_dict["status"] = status
        if model is not None:
            field_dict["model"] = model
        if output is not None:
            field_dict["output"] = output
        if error is not None:
            field_dict["error"] = error
        if usage is not None:
            field_dict["usage"] = usage

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

        if require_fields or "object" in d:
            object_ = d["object"]
        else:
            object_ = ABSENT

        if require_fields or "status" in d:
            status = d["status"]
        else:
            status = ABSENT

        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "output" in d:
            output = []
            _output = d["output"]
            for output_item_data in _output:

                def _parse_output_item(
                    data: object,
                ) -> (
                    OpenAIResponsesOutputFunctionCall
                    | OpenAIResponsesOutputMessage
                    | OpenAIResponsesOutputReasoning
                    | OpenAIResponsesOutputWebSearchCall
                ):
                    try:
                        if not (isinstance(data, dict) and OpenAIResponsesOutputFunctionCall.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_output_item_type_0 = (
                            OpenAIResponsesOutputFunctionCall.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_responses_output_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not (isinstance(data, dict) and OpenAIResponsesOutputMessage.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_output_item_type_1 = OpenAIResponsesOutputMessage.from_dict(
                            data, require_fields
                        )

                        return componentsschemas_open_ai_responses_output_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not (isinstance(data, dict) and OpenAIResponsesOutputReasoning.has_required_fields(data)):
                            raise TypeError()
                        componentsschemas_open_ai_responses_output_item_type_2 = (
                            OpenAIResponsesOutputReasoning.from_dict(data, require_fields)
                        )

                        return componentsschemas_open_ai_responses_output_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not (isinstance(data, dict) and OpenAIResponsesOutputWebSearchCall.has_required_fields(data)):
                        raise TypeError()
                    componentsschemas_open_ai_responses_output_item_type_3 = (
                        OpenAIResponsesOutputWebSearchCall.from_dict(data, require_fields)
                    )

                    return componentsschemas_open_ai_responses_output_item_type_3

                output_item = _parse_output_item(output_item_data)

                output.append(output_item)
        else:
            output = ABSENT

        if require_fields or "error" in d:
            error = OpenAIResponsesError.from_dict(d["error"], require_fields)
        else:
            error = ABSENT

        if require_fields or "usage" in d:
            usage = OpenAIResponsesFailedUsage.from_dict(d["usage"], require_fields)
        else:
            usage = ABSENT

        instance_ = cls.__new__(cls)
        instance_.id = id
        instance_.object_ = object_
        instance_.status = status
        instance_.model = model
        instance_.output = output
        instance_.error = error
        instance_.usage = usage
        instance_._document = d
        open_ai_responses_failed_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_failed_response.additional_properties = undeclared
        return open_ai_responses_failed_response

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
            f"OpenAIResponsesFailedResponse({fields}{extra})"
            if fields
            else f"OpenAIResponsesFailedResponse({extra[2:]})"
        )

    @property
    def object(self) -> str:
        """``object_`` under its JSON name, as the official client names it."""
        return self.object_


from ..models.open_ai_responses_error import OpenAIResponsesError
from ..models.open_ai_responses_failed_usage import OpenAIResponsesFailedUsage
from ..models.open_ai_responses_output_function_call import (
    OpenAIResponsesOutputFunctionCall,
)
from ..models.open_ai_responses_output_message import OpenAIResponsesOutputMessage
from ..models.open_ai_responses_output_reasoning import OpenAIResponsesOutputReasoning
from ..models.open_ai_responses_output_web_search_call import (
    OpenAIResponsesOutputWebSearchCall,
)
