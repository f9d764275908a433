# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, UNSET, Unset

T = TypeVar("T", bound="EmbedResponse")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "embeddings": "embeddings",
    "total_duration": "total_duration",
    "load_duration": "load_duration",
    "prompt_eval_count": "prompt_eval_count",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "embeddings",
    }
)


@_attrs_define(repr=False)
class EmbedResponse:
    """The answer of `/api/embed`.

    Attributes:
        model (str): The model that answered.
        embeddings (list[list[float]]): One L2-normalised vector per input (an empty list when there is no input; never
            null, although Go's type could be).
        total_duration (int | Unset): Time spent on the whole request, in nanoseconds.
        load_duration (int | Unset): Time spent loading the model, in nanoseconds.
        prompt_eval_count (int | Unset): Number of tokens in the inputs.
    """

    model: str
    embeddings: list[list[float]]
    total_duration: int | Unset = UNSET
    load_duration: int | Unset = UNSET
    prompt_eval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        if self.embeddings is not None:
            embeddings = []
            for embeddings_item_data in self.embeddings:
                embeddings_item = embeddings_item_data

                embeddings.append(embeddings_item)

        else:
            embeddings = ABSENT

        total_duration = self.total_duration

        load_duration = self.load_duration

        prompt_eval_count = self.prompt_eval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if embeddings is not None:
            field_dict["embeddings"] = embeddings
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if load_duration is not UNSET:
            field_dict["load_duration"] = load_duration
        if prompt_eval_count is not UNSET:
            field_dict["prompt_eval_count"] = prompt_eval_count

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
        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        embeddings = []
        _embeddings = d["embeddings"]
        for embeddings_item_data in _embeddings:
            embeddings_item: list[float] = embeddings_item_data

            embeddings.append(embeddings_item)

        total_duration = d.get("total_duration", UNSET)

        load_duration = d.get("load_duration", UNSET)

        prompt_eval_count = d.get("prompt_eval_count", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.embeddings = embeddings
        instance_.total_duration = total_duration
        instance_.load_duration = load_duration
        instance_.prompt_eval_count = prompt_eval_count
        embed_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        embed_response.additional_properties = undeclared
        return embed_response

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
        return f"EmbedResponse({fields}{extra})" if fields else f"EmbedResponse({extra[2:]})"
