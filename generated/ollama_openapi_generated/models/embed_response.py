from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbedResponse")

_FIELD_NAMES: dict[str, str] = {
    "embeddings": "embeddings",
    "model": "model",
    "total_duration": "total_duration",
    "load_duration": "load_duration",
    "prompt_eval_count": "prompt_eval_count",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class EmbedResponse:
    """The answer of `/api/embed`.

    Attributes:
        embeddings (list[list[float]]): One L2-normalised vector per input.
        model (str | Unset): The model that answered.
        total_duration (int | Unset): Time spent on the whole request, in nanoseconds.
        load_duration (int | Unset): Time spent loading the model, in nanoseconds.
        prompt_eval_count (int | Unset): Number of tokens in the inputs.
    """

    embeddings: list[list[float]]
    model: str | Unset = UNSET
    total_duration: int | Unset = UNSET
    load_duration: int | Unset = UNSET
    prompt_eval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embeddings = []
        for embeddings_item_data in self.embeddings:
            embeddings_item = embeddings_item_data

            embeddings.append(embeddings_item)

        model = self.model

        total_duration = self.total_duration

        load_duration = self.load_duration

        prompt_eval_count = self.prompt_eval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embeddings": embeddings,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if load_duration is not UNSET:
            field_dict["load_duration"] = load_duration
        if prompt_eval_count is not UNSET:
            field_dict["prompt_eval_count"] = prompt_eval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        embeddings = []
        _embeddings = d["embeddings"]
        for embeddings_item_data in _embeddings:
            embeddings_item: list[float] = embeddings_item_data

            embeddings.append(embeddings_item)

        model = d.get("model", UNSET)

        total_duration = d.get("total_duration", UNSET)

        load_duration = d.get("load_duration", UNSET)

        prompt_eval_count = d.get("prompt_eval_count", UNSET)

        instance_ = cls.__new__(cls)
        instance_.embeddings = embeddings
        instance_.model = model
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
