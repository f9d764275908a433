# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from ..types import (
    dump_json,
    dump_value,
)

T = TypeVar("T", bound="ToolPropertiesMap")

_REQUIRED_FIELDS: frozenset[str] = frozenset()


class ToolPropertiesMap(dict[str, "ToolProperty"]):
    """Tool parameters by name, in order.

    A plain `dict` (`isinstance(value, dict)`, `json.dumps(value)`), as the official client holds it.
    """

    @property
    def additional_properties(self) -> dict[str, ToolProperty]:
        """The entries: the mapping itself (the name the generated models give undeclared keys)."""
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (``ToolPropertiesMap.to_dict(mapping)`` also takes a plain mapping)."""
        return {key: value.to_dict() if hasattr(value, "to_dict") else value for key, value in self.items()}

    @staticmethod
    def has_required_fields(document: Mapping[str, Any]) -> bool:
        """Always true: the mapping declares no field."""
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], require_fields: bool = False) -> T:
        """The mapping read from its JSON document."""
        tool_properties_map = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = ToolProperty.from_dict(prop_dict, require_fields)

            tool_properties_map[prop_name] = additional_property
        return tool_properties_map

    def model_dump(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The entries as a plain dict, nested models dumped; None entries are kept even with
        ``exclude_none``, which (as in pydantic) leaves out fields of models only."""
        return {key: dump_value(value, exclude_none) for key, value in self.items()}

    def model_dump_json(self, *, exclude_none: bool = False) -> str:
        """``model_dump()`` as JSON text."""
        return dump_json(self.model_dump(exclude_none=exclude_none))


from ..models.tool_property import ToolProperty
