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
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="CreateRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "stream": "stream",
    "quantize": "quantize",
    "draft_quantize": "draft_quantize",
    "from": "from_",
    "remote_host": "remote_host",
    "files": "files",
    "draft_files": "draft_files",
    "adapters": "adapters",
    "template": "template",
    "license": "license_",
    "system": "system",
    "parameters": "parameters",
    "messages": "messages",
    "renderer": "renderer",
    "parser": "parser",
    "requires": "requires",
    "info": "info",
    "name": "name",
    "quantization": "quantization",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class CreateRequest:
    """A request to `/api/create`. Give `from` (an existing model), or `files` (uploaded blobs), or
    `remote_host`; the other fields replace what the base model has.

        Attributes:
            model (str | Unset): The name of the model to create. Example: mario.
            stream (bool | Unset): Stream progress as NDJSON. Absent means true.
            quantize (str | Unset): Quantize the created model, e.g. `q4_K_M`, `q4_K_S`, `q8_0`.
            draft_quantize (str | Unset): Quantize the draft model given in `draft_files`.
            from_ (str | Unset): An existing model to build on (a name, or a `...:cloud` remote model).
            remote_host (str | Unset): The URL of an upstream Ollama server; with `from`, creates a stub that forwards to
                the model `from` there. Read only together with `from`: alone it is a 400.
            files (BlobMap | Unset): File names (relative paths) mapped to the digests (`sha256:<hex>`) of uploaded blobs.
            draft_files (BlobMap | Unset): File names (relative paths) mapped to the digests (`sha256:<hex>`) of uploaded
                blobs.
            adapters (BlobMap | Unset): File names (relative paths) mapped to the digests (`sha256:<hex>`) of uploaded
                blobs.
            template (str | Unset): The prompt template (Go template syntax).
            license_ (list[str] | str | Unset): One license text or a list of them.
            system (str | Unset): The system message.
            parameters (Options | Unset): Model options (Modelfile `PARAMETER`s) for this request. Each key overrides the
                model's own
                value; keys the server does not know are ignored, and so are null values (None: not set). The defaults named
                below are the server's,
                applied only when neither the request nor the Modelfile sets the key.
            messages (list[Message] | Unset): A conversation that starts every chat with this model.
            renderer (str | Unset): The built-in prompt renderer to use instead of a template.
            parser (str | Unset): The built-in output parser (thinking, tool calls) to use.
            requires (str | Unset): The minimum Ollama version that can run the model.
            info (CreateRequestInfo | Unset): Metadata overrides: `capabilities` (list), `model_family`, `base_name`,
                `quantization_level`, `parameter_size`, `context_length`, `embedding_length`.
            name (str | Unset): Old name of `model`.
            quantization (str | Unset): Old name of `quantize`.
    """

    model: str | Unset = UNSET
    stream: bool | Unset = UNSET
    quantize: str | Unset = UNSET
    draft_quantize: str | Unset = UNSET
    from_: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    files: BlobMap | Unset = UNSET
    draft_files: BlobMap | Unset = UNSET
    adapters: BlobMap | Unset = UNSET
    template: str | Unset = UNSET
    license_: list[str] | str | Unset = _attrs_field(default=UNSET, alias="license")
    system: str | Unset = UNSET
    parameters: Options | Unset = UNSET
    messages: list[Message] | Unset = UNSET
    renderer: str | Unset = UNSET
    parser: str | Unset = UNSET
    requires: str | Unset = UNSET
    info: CreateRequestInfo | Unset = UNSET
    name: str | Unset = UNSET
    quantization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        stream = self.stream

        quantize = self.quantize

        draft_quantize = self.draft_quantize

        from_ = self.from_

        remote_host = self.remote_host

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = BlobMap.to_dict(self.files)

        draft_files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_files, Unset):
            draft_files = BlobMap.to_dict(self.draft_files)

        adapters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adapters, Unset):
            adapters = BlobMap.to_dict(self.adapters)

        template = self.template

        license_: list[str] | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        elif isinstance(self.license_, list):
            license_ = self.license_

        else:
            license_ = self.license_

        system = self.system

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        renderer = self.renderer

        parser = self.parser

        requires = self.requires

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = CreateRequestInfo.to_dict(self.info)

        name = self.name

        quantization = self.quantization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not UNSET:
            field_dict["model"] = model
        if stream is not UNSET:
            field_dict["stream"] = stream
        if quantize is not UNSET:
            field_dict["quantize"] = quantize
        if draft_quantize is not UNSET:
            field_dict["draft_quantize"] = draft_quantize
        if from_ is not UNSET:
            field_dict["from"] = from_
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if files is not UNSET:
            field_dict["files"] = files
        if draft_files is not UNSET:
            field_dict["draft_files"] = draft_files
        if adapters is not UNSET:
            field_dict["adapters"] = adapters
        if template is not UNSET:
            field_dict["template"] = template
        if license_ is not UNSET:
            field_dict["license"] = license_
        if system is not UNSET:
            field_dict["system"] = system
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if messages is not UNSET:
            field_dict["messages"] = messages
        if renderer is not UNSET:
            field_dict["renderer"] = renderer
        if parser is not UNSET:
            field_dict["parser"] = parser
        if requires is not UNSET:
            field_dict["requires"] = requires
        if info is not UNSET:
            field_dict["info"] = info
        if name is not UNSET:
            field_dict["name"] = name
        if quantization is not UNSET:
            field_dict["quantization"] = quantization

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
        model = d.get("model", UNSET)

        stream = d.get("stream", UNSET)

        quantize = d.get("quantize", UNSET)

        draft_quantize = d.get("draft_quantize", UNSET)

        from_ = d.get("from", UNSET)

        remote_host = d.get("remote_host", UNSET)

        _files = d.get("files", UNSET)
        files: BlobMap | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = BlobMap.from_dict(_files, require_fields)

        _draft_files = d.get("draft_files", UNSET)
        draft_files: BlobMap | Unset
        if isinstance(_draft_files, Unset):
            draft_files = UNSET
        else:
            draft_files = BlobMap.from_dict(_draft_files, require_fields)

        _adapters = d.get("adapters", UNSET)
        adapters: BlobMap | Unset
        if isinstance(_adapters, Unset):
            adapters = UNSET
        else:
            adapters = BlobMap.from_dict(_adapters, require_fields)

        template = d.get("template", UNSET)

        def _parse_license_(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                license_type_1: list[str] = data

                return license_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        license_ = _parse_license_(d.get("license", UNSET))

        system = d.get("system", UNSET)

        _parameters = d.get("parameters", UNSET)
        parameters: Options | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = Options.from_dict(_parameters, require_fields)

        _messages = d.get("messages", UNSET)
        messages: list[Message] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = Message.from_dict(messages_item_data, require_fields)

                messages.append(messages_item)

        renderer = d.get("renderer", UNSET)

        parser = d.get("parser", UNSET)

        requires = d.get("requires", UNSET)

        _info = d.get("info", UNSET)
        info: CreateRequestInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = CreateRequestInfo.from_dict(_info, require_fields)

        name = d.get("name", UNSET)

        quantization = d.get("quantization", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.stream = stream
        instance_.quantize = quantize
        instance_.draft_quantize = draft_quantize
        instance_.from_ = from_
        instance_.remote_host = remote_host
        instance_.files = files
        instance_.draft_files = draft_files
        instance_.adapters = adapters
        instance_.template = template
        instance_.license_ = license_
        instance_.system = system
        instance_.parameters = parameters
        instance_.messages = messages
        instance_.renderer = renderer
        instance_.parser = parser
        instance_.requires = requires
        instance_.info = info
        instance_.name = name
        instance_.quantization = quantization
        instance_._document = d
        create_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        create_request.additional_properties = undeclared
        return create_request

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
        return f"CreateRequest({fields}{extra})" if fields else f"CreateRequest({extra[2:]})"

    @property
    def license(self) -> list[str] | str | Unset:
        """``license_`` under its JSON name, as the official client names it."""
        return self.license_


from ..models.blob_map import BlobMap
from ..models.create_request_info import CreateRequestInfo
from ..models.message import Message
from ..models.options import Options
