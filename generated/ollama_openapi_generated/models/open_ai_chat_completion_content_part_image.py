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
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIChatCompletionContentPartImage")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "image_url": "image_url",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "image_url",
    }
)


@_attrs_define(repr=False)
class OpenAIChatCompletionContentPartImage:
    """An image part, for vision models.

    Attributes:
        type_ (Literal['image_url']): Always `image_url`.
        image_url (OpenAIImageURL | str): The image as an object with `url`, or the URL itself.
    """

    type_: Literal["image_url"] = _attrs_field(alias="type")
    image_url: OpenAIImageURL | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        if self.image_url is not None:
            image_url: dict[str, Any] | str
            if isinstance(self.image_url, OpenAIImageURL):
                image_url = self.image_url.to_dict()
            else:
                image_url = self.image_url
        else:
            image_url = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None:
            field_dict["type"] = type_
        if image_url is not None:
            field_dict["image_url"] = image_url

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
            type_ = cast(Literal["image_url"], d["type"])
            if type_ != "image_url":
                raise ValueError(f"type must match const 'image_url', got '{type_}'")
        else:
            type_ = ABSENT

        if require_fields or "image_url" in d:

            def _parse_image_url(data: object) -> OpenAIImageURL | str:
                try:
                    if not (isinstance(data, dict) and OpenAIImageURL.has_required_fields(data)):
                        raise TypeError()
                    image_url_type_0 = OpenAIImageURL.from_dict(data, require_fields)

                    return image_url_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, dict):
                    return OpenAIImageURL.from_dict(data, require_fields)
                return cast(OpenAIImageURL | str, data)

            image_url = _parse_image_url(d["image_url"])
        else:
            image_url = ABSENT

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.image_url = image_url
        instance_._document = d
        open_ai_chat_completion_content_part_image = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_chat_completion_content_part_image.additional_properties = undeclared
        return open_ai_chat_completion_content_part_image

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
            f"OpenAIChatCompletionContentPartImage({fields}{extra})"
            if fields
            else f"OpenAIChatCompletionContentPartImage({extra[2:]})"
        )

    @property
    def type(self) -> Literal["image_url"]:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.open_ai_image_url import OpenAIImageURL
