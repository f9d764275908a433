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

T = TypeVar("T", bound="OpenAICompletion")

_FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "object": "object_",
    "created": "created",
    "model": "model",
    "system_fingerprint": "system_fingerprint",
    "choices": "choices",
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
        "created",
        "model",
        "system_fingerprint",
        "choices",
        "usage",
    }
)


@_attrs_define(repr=False)
class OpenAICompletion:
    """The answer of `/v1/completions` when not streaming.

    Attributes:
        id (str): A random id, `cmpl-` and a number below 1000 (not unique). Example: cmpl-512.
        object_ (str): Always `text_completion`. Example: text_completion.
        created (int): When the answer was produced, in Unix seconds.
        model (str): The model as named in the request.
        system_fingerprint (str): Always `fp_ollama`. Example: fp_ollama.
        choices (list[OpenAICompletionChoice]): Exactly one choice.
        usage (OpenAICompletionUsage): Token counts of a chat completion or completion.
    """

    id: str
    object_: str = _attrs_field(alias="object")
    created: int
    model: str
    system_fingerprint: str
    choices: list[OpenAICompletionChoice]
    usage: OpenAICompletionUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        system_fingerprint = self.system_fingerprint

        if self.choices is not None:
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        else:
            choices = ABSENT

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
        if created is not None:
            field_dict["created"] = created
        if model is not None:
            field_dict["model"] = model
        if system_fingerprint is not None:
            field_dict["system_fingerprint"] = system_fingerprint
        if choices is not None:
            field_dict["choices"] = choices
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

        if require_fields or "created" in d:
            created = d["created"]
        else:
            created = ABSENT

        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "system_fingerprint" in d:
            system_fingerprint = d["system_fingerprint"]
        else:
            system_fingerprint = ABSENT

        if require_fields or "choices" in d:
            choices = []
            _choices = d["choices"]
            for choices_item_data in _choices:
                choices_item = OpenAICompletionChoice.from_dict(choices_item_data, require_fields)

                choices.append(choices_item)
        else:
            choices = ABSENT

        if require_fields or "usage" in d:
            usage = OpenAICompletionUsage.from_dict(d["usage"], require_fields)
        else:
            usage = ABSENT

        instance_ = cls.__new__(cls)
        instance_.id = id
        instance_.object_ = object_
        instance_.created = created
        instance_.model = model
        instance_.system_fingerprint = system_fingerprint
        instance_.choices = choices
        instance_.usage = usage
        instance_._document = d
        open_ai_completion = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_completion.additional_properties = undeclared
        return open_ai_completion

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
        return f"OpenAICompletion({fields}{extra})" if fields else f"OpenAICompletion({extra[2:]})"

    @property
    def object(self) -> str:
        """``object_`` under its JSON name, as the official client names it."""
        return self.object_


from ..models.open_ai_completion_choice import OpenAICompletionChoice
from ..models.open_ai_completion_usage import OpenAICompletionUsage
