# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, UNSET, Unset

T = TypeVar("T", bound="OpenAICompletionChunk")

_FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "object": "object_",
    "created": "created",
    "choices": "choices",
    "model": "model",
    "system_fingerprint": "system_fingerprint",
    "usage": "usage",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created",
        "choices",
        "model",
        "system_fingerprint",
    }
)


@_attrs_define(repr=False)
class OpenAICompletionChunk:
    """One `data:` event of a `/v1/completions` stream. The last content chunk carries the
    `finish_reason`; with `stream_options.include_usage` every chunk has a `usage` of zeros and
    one more chunk follows with empty `choices` and the real `usage`; then `data: [DONE]`.

        Attributes:
            id (str): The same `cmpl-...` id in every chunk of a stream.
            object_ (str): Always `text_completion`. Example: text_completion.
            created (int): When this chunk was produced, in Unix seconds.
            choices (list[OpenAICompletionChoice]): One choice; empty in the usage chunk.
            model (str): The model as named in the request; `""` in the chunk Ollama sends after a late error, before the
                stream stops.
            system_fingerprint (str): Always `fp_ollama`. Example: fp_ollama.
            usage (OpenAICompletionUsage | Unset): Token counts of a chat completion or completion.
    """

    id: str
    object_: str
    created: int
    choices: list[OpenAICompletionChoice]
    model: str
    system_fingerprint: str
    usage: OpenAICompletionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        if self.choices is not None:
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        else:
            choices = ABSENT

        model = self.model

        system_fingerprint = self.system_fingerprint

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if object_ is not None:
            field_dict["object"] = object_
        if created is not None:
            field_dict["created"] = created
        if choices is not None:
            field_dict["choices"] = choices
        if model is not None:
            field_dict["model"] = model
        if system_fingerprint is not None:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
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

        if require_fields or "choices" in d:
            choices = []
            _choices = d["choices"]
            for choices_item_data in _choices:
                choices_item = OpenAICompletionChoice.from_dict(choices_item_data, require_fields)

                choices.append(choices_item)
        else:
            choices = ABSENT

        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "system_fingerprint" in d:
            system_fingerprint = d["system_fingerprint"]
        else:
            system_fingerprint = ABSENT

        _usage = d.get("usage", UNSET)
        usage: OpenAICompletionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = OpenAICompletionUsage.from_dict(_usage, require_fields)

        instance_ = cls.__new__(cls)
        instance_.id = id
        instance_.object_ = object_
        instance_.created = created
        instance_.choices = choices
        instance_.model = model
        instance_.system_fingerprint = system_fingerprint
        instance_.usage = usage
        open_ai_completion_chunk = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_completion_chunk.additional_properties = undeclared
        return open_ai_completion_chunk

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
        return f"OpenAICompletionChunk({fields}{extra})" if fields else f"OpenAICompletionChunk({extra[2:]})"

    @property
    def object(self) -> str:
        """``object_`` under its JSON name, as the official client names it."""
        return self.object_


from ..models.open_ai_completion_choice import OpenAICompletionChoice
from ..models.open_ai_completion_usage import OpenAICompletionUsage
