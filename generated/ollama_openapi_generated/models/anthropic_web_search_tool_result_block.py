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

T = TypeVar("T", bound="AnthropicWebSearchToolResultBlock")

_FIELD_NAMES: dict[str, str] = {
    "type": "type_",
    "tool_use_id": "tool_use_id",
    "content": "content",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "tool_use_id",
        "content",
    }
)


@_attrs_define(repr=False)
class AnthropicWebSearchToolResultBlock:
    """The results of a built-in web search, or why it failed.

    Attributes:
        type_ (Literal['web_search_tool_result']): Always `web_search_tool_result`.
        tool_use_id (str): The `id` of the `server_tool_use` block it answers.
        content (AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]): The results, or an error object.
    """

    type_: Literal["web_search_tool_result"] = _attrs_field(alias="type")
    tool_use_id: str
    content: AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_use_id = self.tool_use_id

        if self.content is not None:
            content: dict[str, Any] | list[dict[str, Any]]
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = self.content.to_dict()

        else:
            content = ABSENT

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None:
            field_dict["type"] = type_
        if tool_use_id is not None:
            field_dict["tool_use_id"] = tool_use_id
        if content is not None:
            field_dict["content"] = content

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
            type_ = cast(Literal["web_search_tool_result"], d["type"])
            if type_ != "web_search_tool_result":
                raise ValueError(f"type must match const 'web_search_tool_result', got '{type_}'")
        else:
            type_ = ABSENT

        if require_fields or "tool_use_id" in d:
            tool_use_id = d["tool_use_id"]
        else:
            tool_use_id = ABSENT

        if require_fields or "content" in d:

            def _parse_content(data: object) -> AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = AnthropicWebSearchResult.from_dict(
                            content_type_0_item_data, require_fields
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, dict) and AnthropicWebSearchToolResultError.has_required_fields(data)):
                    raise TypeError()
                content_type_1 = AnthropicWebSearchToolResultError.from_dict(data, require_fields)

                return content_type_1

            content = _parse_content(d["content"])
        else:
            content = ABSENT

        instance_ = cls.__new__(cls)
        instance_.type_ = type_
        instance_.tool_use_id = tool_use_id
        instance_.content = content
        instance_._document = d
        anthropic_web_search_tool_result_block = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        anthropic_web_search_tool_result_block.additional_properties = undeclared
        return anthropic_web_search_tool_result_block

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
            f"AnthropicWebSearchToolResultBlock({fields}{extra})"
            if fields
            else f"AnthropicWebSearchToolResultBlock({extra[2:]})"
        )

    @property
    def type(self) -> Literal["web_search_tool_result"]:
        """``type_`` under its JSON name, as the official client names it."""
        return self.type_


from ..models.anthropic_web_search_result import AnthropicWebSearchResult
from ..models.anthropic_web_search_tool_result_error import (
    AnthropicWebSearchToolResultError,
)
