# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

import datetime
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
    parse_datetime,
)

T = TypeVar("T", bound="ShowResponse")

_FIELD_NAMES: dict[str, str] = {
    "details": "details",
    "modified_at": "modified_at",
    "license": "license_",
    "modelfile": "modelfile",
    "parameters": "parameters",
    "template": "template",
    "system": "system",
    "renderer": "renderer",
    "parser": "parser",
    "messages": "messages",
    "remote_model": "remote_model",
    "remote_host": "remote_host",
    "model_info": "model_info",
    "projector_info": "projector_info",
    "tensors": "tensors",
    "capabilities": "capabilities",
    "requires": "requires",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES: tuple[tuple[str, str], ...] = (
    ("details", "details"),
    ("modified_at", "modified_at"),
    ("license", "license_"),
    ("modelfile", "modelfile"),
    ("parameters", "parameters"),
    ("template", "template"),
    ("system", "system"),
    ("renderer", "renderer"),
    ("parser", "parser"),
    ("messages", "messages"),
    ("remote_model", "remote_model"),
    ("remote_host", "remote_host"),
    ("modelinfo", "model_info"),
    ("projector_info", "projector_info"),
    ("tensors", "tensors"),
    ("capabilities", "capabilities"),
    ("requires", "requires"),
)
_LOOKUP_NAMES: dict[str, str] = {
    **_FIELD_NAMES,
    "modelinfo": "model_info",
}
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "details",
        "modified_at",
    }
)


@_attrs_define(repr=False)
class ShowResponse:
    """A model's details.

    Attributes:
        details (ModelDetails): The model's format, family, size and quantization.
        modified_at (datetime.datetime): When the model was last changed.
        license_ (str | Unset): The license text(s).
        modelfile (str | Unset): A Modelfile that recreates the model.
        parameters (str | Unset): The model's parameters, one `name value` per line.
        template (str | Unset): The prompt template.
        system (str | Unset): The system message.
        renderer (str | Unset): The built-in prompt renderer.
        parser (str | Unset): The built-in output parser.
        messages (list[ResponseMessage] | Unset): The conversation the model starts with.
        remote_model (str | Unset): The upstream model, for a remote stub.
        remote_host (str | Unset): The upstream server, for a remote stub.
        model_info (ModelInfo | None | Unset): GGUF metadata, e.g. `general.architecture`, `llama.context_length`. Its
            arrays
            (`tokenizer.ggml.tokens`...) are null unless `verbose`. Ollama v0.33 always sends it (`{}`
            for a remote stub), but ollama.com's answer for a `:cloud` model, which the server passes
            through, and older servers' answers for remote stubs leave it out, so it is not required.
        projector_info (ModelInfo | Unset): Key-value metadata read from the model file.
        tensors (list[Tensor] | Unset): Every tensor of the model, for a GGUF model always (`verbose` or not); for a
            safetensors model only with `verbose`; none for a remote stub.
        capabilities (list[str] | Unset): What the model can do.
        requires (str | Unset): The minimum Ollama version that can run the model.
    """

    details: ModelDetails
    modified_at: datetime.datetime
    license_: str | Unset = _attrs_field(default=UNSET, alias="license")
    modelfile: str | Unset = UNSET
    parameters: str | Unset = UNSET
    template: str | Unset = UNSET
    system: str | Unset = UNSET
    renderer: str | Unset = UNSET
    parser: str | Unset = UNSET
    messages: list[ResponseMessage] | Unset = UNSET
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    model_info: ModelInfo | None | Unset = UNSET
    projector_info: ModelInfo | Unset = UNSET
    tensors: list[Tensor] | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    requires: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        if self.details is not None:
            details = self.details.to_dict()
        else:
            details = ABSENT

        if self.modified_at is not None:
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = ABSENT

        license_ = self.license_

        modelfile = self.modelfile

        parameters = self.parameters

        template = self.template

        system = self.system

        renderer = self.renderer

        parser = self.parser

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        remote_model = self.remote_model

        remote_host = self.remote_host

        model_info: dict[str, Any] | None | Unset
        if isinstance(self.model_info, Unset):
            model_info = UNSET
        elif isinstance(self.model_info, ModelInfo):
            model_info = ModelInfo.to_dict(self.model_info)
        else:
            model_info = self.model_info

        projector_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projector_info, Unset):
            projector_info = ModelInfo.to_dict(self.projector_info)

        tensors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tensors, Unset):
            tensors = []
            for tensors_item_data in self.tensors:
                tensors_item = tensors_item_data.to_dict()
                tensors.append(tensors_item)

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        requires = self.requires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if details is not None:
            field_dict["details"] = details
        if modified_at is not None:
            field_dict["modified_at"] = modified_at
        if license_ is not UNSET:
            field_dict["license"] = license_
        if modelfile is not UNSET:
            field_dict["modelfile"] = modelfile
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if template is not UNSET:
            field_dict["template"] = template
        if system is not UNSET:
            field_dict["system"] = system
        if renderer is not UNSET:
            field_dict["renderer"] = renderer
        if parser is not UNSET:
            field_dict["parser"] = parser
        if messages is not UNSET:
            field_dict["messages"] = messages
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if model_info is not UNSET:
            field_dict["model_info"] = model_info
        if projector_info is not UNSET:
            field_dict["projector_info"] = projector_info
        if tensors is not UNSET:
            field_dict["tensors"] = tensors
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if requires is not UNSET:
            field_dict["requires"] = requires

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
        if require_fields or "details" in d:
            details = ModelDetails.from_dict(d["details"], require_fields)
        else:
            details = ABSENT

        if require_fields or "modified_at" in d:
            modified_at = parse_datetime(d["modified_at"])
        else:
            modified_at = ABSENT

        license_ = d.get("license", UNSET)

        modelfile = d.get("modelfile", UNSET)

        parameters = d.get("parameters", UNSET)

        template = d.get("template", UNSET)

        system = d.get("system", UNSET)

        renderer = d.get("renderer", UNSET)

        parser = d.get("parser", UNSET)

        _messages = d.get("messages", UNSET)
        messages: list[ResponseMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ResponseMessage.from_dict(messages_item_data, require_fields)

                messages.append(messages_item)

        remote_model = d.get("remote_model", UNSET)

        remote_host = d.get("remote_host", UNSET)

        def _parse_model_info(data: object) -> ModelInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, dict) and ModelInfo.has_required_fields(data)):
                    raise TypeError()
                model_info_type_0 = ModelInfo.from_dict(data, require_fields)

                return model_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, dict):
                return ModelInfo.from_dict(data, require_fields)
            return cast(ModelInfo | None | Unset, data)

        model_info = _parse_model_info(d.get("model_info", UNSET))

        _projector_info = d.get("projector_info", UNSET)
        projector_info: ModelInfo | Unset
        if isinstance(_projector_info, Unset):
            projector_info = UNSET
        else:
            projector_info = ModelInfo.from_dict(_projector_info, require_fields)

        _tensors = d.get("tensors", UNSET)
        tensors: list[Tensor] | Unset = UNSET
        if _tensors is not UNSET:
            tensors = []
            for tensors_item_data in _tensors:
                tensors_item = Tensor.from_dict(tensors_item_data, require_fields)

                tensors.append(tensors_item)

        capabilities: list[str] | Unset = d.get("capabilities", UNSET)

        requires = d.get("requires", UNSET)

        instance_ = cls.__new__(cls)
        instance_.details = details
        instance_.modified_at = modified_at
        instance_.license_ = license_
        instance_.modelfile = modelfile
        instance_.parameters = parameters
        instance_.template = template
        instance_.system = system
        instance_.renderer = renderer
        instance_.parser = parser
        instance_.messages = messages
        instance_.remote_model = remote_model
        instance_.remote_host = remote_host
        instance_.model_info = model_info
        instance_.projector_info = projector_info
        instance_.tensors = tensors
        instance_.capabilities = capabilities
        instance_.requires = requires
        instance_._document = d
        show_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        show_response.additional_properties = undeclared
        return show_response

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
        return f"ShowResponse({fields}{extra})" if fields else f"ShowResponse({extra[2:]})"

    @property
    def modelinfo(self) -> Any:
        """``model_info``, under the name the official client gives it."""
        return self.model_info

    @property
    def license(self) -> str | Unset:
        """``license_`` under its JSON name, as the official client names it."""
        return self.license_


from ..models.model_details import ModelDetails
from ..models.model_info import ModelInfo
from ..models.response_message import ResponseMessage
from ..models.tensor import Tensor
