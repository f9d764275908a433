# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import (
    Any,
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

T = TypeVar("T", bound="EmbedRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "input": "input_",
    "keep_alive": "keep_alive",
    "truncate": "truncate",
    "dimensions": "dimensions",
    "options": "options",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "model",
    }
)


@_attrs_define(repr=False)
class EmbedRequest:
    """A request to `/api/embed`.

    Attributes:
        model (str): The embedding model name. Example: all-minilm.
        input_ (list[str] | None | str | Unset): One text or a list of texts to embed. Absent, null (what Go's client
            sends when it is
            unset) or empty only loads the model: the answer has no embeddings.
        keep_alive (float | None | str | Unset): How long a model stays loaded after the request: a number of seconds
            (`0` unloads at once, a
            negative number keeps it loaded forever) or a Go duration string such as `5m`, `1h30m` or
            `-1m`, as `time.ParseDuration` reads it (an optional sign, `+5m`; units `ns`, `us`, `µs`
            (U+00B5) or `μs` (U+03BC), `ms`, `s`, `m`, `h`; a unit-less `0`). Absent or null means the
            server default (`OLLAMA_KEEP_ALIVE`, 5 minutes).
        truncate (bool | Unset): Truncate inputs longer than the context window; false makes them a 400. Absent means
            true.
        dimensions (int | Unset): Truncate each embedding to this many dimensions (and normalise it again).
        options (None | Options | Unset): Model options for this request.
    """

    model: str
    input_: list[str] | None | str | Unset = _attrs_field(default=UNSET, alias="input")
    keep_alive: float | None | str | Unset = UNSET
    truncate: bool | Unset = UNSET
    dimensions: int | Unset = UNSET
    options: None | Options | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[str] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        keep_alive: float | None | str | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        truncate = self.truncate

        dimensions = self.dimensions

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, Options):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        if truncate is not UNSET:
            field_dict["truncate"] = truncate
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if options is not UNSET:
            field_dict["options"] = options

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

        def _parse_input_(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1: list[str] = data

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        input_ = _parse_input_(d.get("input", UNSET))

        def _parse_keep_alive(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        keep_alive = _parse_keep_alive(d.get("keep_alive", UNSET))

        truncate = d.get("truncate", UNSET)

        dimensions = d.get("dimensions", UNSET)

        def _parse_options(data: object) -> None | Options | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, dict) and Options.has_required_fields(data)):
                    raise TypeError()
                options_type_0 = Options.from_dict(data, require_fields)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, dict):
                return Options.from_dict(data, require_fields)
            return cast(None | Options | Unset, data)

        options = _parse_options(d.get("options", UNSET))

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.input_ = input_
        instance_.keep_alive = keep_alive
        instance_.truncate = truncate
        instance_.dimensions = dimensions
        instance_.options = options
        instance_._document = d
        embed_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        embed_request.additional_properties = undeclared
        return embed_request

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
        return f"EmbedRequest({fields}{extra})" if fields else f"EmbedRequest({extra[2:]})"

    @property
    def input(self) -> list[str] | None | str | Unset:
        """``input_`` under its JSON name, as the official client names it."""
        return self.input_


from ..models.options import Options
