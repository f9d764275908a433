from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="OpenAIChatCompletionContentPartImage")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "image_url": "image_url",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)


@_attrs_define
class OpenAIChatCompletionContentPartImage:
    """An image part, for vision models.

    Attributes:
        type_ (str): Always `image_url`. Example: image_url.
        image_url (OpenAIImageURL | str): The image as an object with `url`, or the URL itself.
    """

    type_: str
    image_url: OpenAIImageURL | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url: dict[str, Any] | str
        if isinstance(self.image_url, OpenAIImageURL):
            image_url = self.image_url.to_dict()
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        def _parse_image_url(data: object) -> OpenAIImageURL | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_url_type_0 = OpenAIImageURL.from_dict(data)

                return image_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenAIImageURL | str, data)

        image_url = _parse_image_url(d["image_url"])

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.image_url = image_url
        open_ai_chat_completion_content_part_image = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_chat_completion_content_part_image.additional_properties = undeclared
        return open_ai_chat_completion_content_part_image

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


from ..models.open_ai_image_url import OpenAIImageURL
