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

from ..types import ABSENT, UNSET, Unset

T = TypeVar("T", bound="OpenAIResponsesInputWebSearchCall")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "id": "id",
    "status": "status",
    "action": "action",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
    }
)


@_attrs_define(repr=False)
class OpenAIResponsesInputWebSearchCall:
    """A web search of an earlier turn; ignored (history only).

    Attributes:
        type_ (Literal['web_search_call']): Always `web_search_call`.
        id (str | Unset): The item id.
        status (str | Unset): The search's status.
        action (OpenAIResponsesWebSearchAction | Unset): What a web search did.
    """

    type_: Literal["web_search_call"]
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    action: OpenAIResponsesWebSearchAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action

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
            type_ = cast(Literal["web_search_call"], d["type"])
            if type_ != "web_search_call":
                raise ValueError(f"type must match const 'web_search_call', got '{type_}'")
        else:
            type_ = ABSENT

        id = d.get("id", UNSET)

        status = d.get("status", UNSET)

        _action = d.get("action", UNSET)
        action: OpenAIResponsesWebSearchAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OpenAIResponsesWebSearchAction.from_dict(_action, require_fields)

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.id = id
        instance_.status = status
        instance_.action = action
        open_ai_responses_input_web_search_call = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_responses_input_web_search_call.additional_properties = undeclared
        return open_ai_responses_input_web_search_call

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
            f"OpenAIResponsesInputWebSearchCall({fields}{extra})"
            if fields
            else f"OpenAIResponsesInputWebSearchCall({extra[2:]})"
        )

    @property
    def type(self) -> Literal["web_search_call"]:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction
