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
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="EmbedResponse")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "embeddings": "embeddings",
    "total_duration": "total_duration",
    "load_duration": "load_duration",
    "prompt_eval_count": "prompt_eval_count",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = (
    "created_at",
    "done",
    "done_reason",
    "prompt_eval_duration",
    "eval_count",
    "eval_duration",
)

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
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

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
        instance_._document = d
        embed_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        embed_response.additional_properties = undeclared
        return embed_response

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
        return f"EmbedResponse({fields}{extra})" if fields else f"EmbedResponse({extra[2:]})"

    @property
    def created_at(self) -> Any:
        """Declared by the official client's model, never sent in this answer by Ollama: None, unless sent."""
        return self.additional_properties.get("created_at")

    @property
    def done(self) -> Any:
        """Declared by the official client's model, never sent in this answer by Ollama: None, unless sent."""
        return self.additional_properties.get("done")

    @property
    def done_reason(self) -> Any:
        """Declared by the official client's model, never sent in this answer by Ollama: None, unless sent."""
        return self.additional_properties.get("done_reason")

    @property
    def prompt_eval_duration(self) -> Any:
        """Declared by the official client's model, never sent in this answer by Ollama: None, unless sent."""
        return self.additional_properties.get("prompt_eval_duration")

    @property
    def eval_count(self) -> Any:
        """Declared by the official client's model, never sent in this answer by Ollama: None, unless sent."""
        return self.additional_properties.get("eval_count")

    @property
    def eval_duration(self) -> Any:
        """Declared by the official client's model, never sent in this answer by Ollama: None, unless sent."""
        return self.additional_properties.get("eval_duration")
