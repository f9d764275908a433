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

from ..models.think_level import ThinkLevel
from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="GenerateRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "prompt": "prompt",
    "suffix": "suffix",
    "system": "system",
    "template": "template",
    "context": "context",
    "stream": "stream",
    "raw": "raw",
    "format": "format_",
    "keep_alive": "keep_alive",
    "images": "images",
    "options": "options",
    "think": "think",
    "truncate": "truncate",
    "shift": "shift",
    "_debug_render_only": "field_debug_render_only",
    "logprobs": "logprobs",
    "top_logprobs": "top_logprobs",
    "width": "width",
    "height": "height",
    "steps": "steps",
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
class GenerateRequest:
    """A request to `/api/generate`.

    Attributes:
        model (str): The model name, e.g. `llama3.2` or `llama3.2:3b`. Example: llama3.2.
        prompt (str | Unset): The prompt. Empty only loads the model.
        suffix (str | Unset): Text after the insertion point, for fill-in-the-middle (models with the `insert`
            capability).
        system (str | Unset): A system message that replaces the Modelfile's.
        template (str | Unset): A prompt template (Go template syntax) that replaces the Modelfile's.
        context (list[int] | Unset): The `context` of a previous response, to continue it. Deprecated; use `/api/chat`.
        stream (bool | Unset): Stream the response as NDJSON. Absent means true.
        raw (bool | Unset): Send the prompt as is, without the template; no `context` is returned. Cannot be combined
            with template, system or context.
        format_ (JsonSchema | None | str | Unset): The output format: the string `json` for any JSON value, or a JSON
            Schema object the output
            must match (structured outputs). Empty or null means free text.
        keep_alive (float | None | str | Unset): How long a model stays loaded after the request: a number of seconds
            (`0` unloads at once, a
            negative number keeps it loaded forever) or a Go duration string such as `5m`, `1h30m` or
            `-1m`, as `time.ParseDuration` reads it (an optional sign, `+5m`; units `ns`, `us`, `µs`
            (U+00B5) or `μs` (U+03BC), `ms`, `s`, `m`, `h`; a unit-less `0`). Absent or null means the
            server default (`OLLAMA_KEEP_ALIVE`, 5 minutes).
        images (list[str] | Unset): Base64-encoded images for multimodal models.
        options (None | Options | Unset): Model options for this request.
        think (bool | ThinkLevel | Unset): Whether and how hard a thinking model thinks: `true`/`false`, or a level
            (`low`, `medium`,
            `high`, `max`). Absent means the server decides (on for models with the `thinking`
            capability). A truthy value for a model without that capability is a 400.
        truncate (bool | Unset): Truncate the prompt to fit the context window. Absent means true.
        shift (bool | Unset): Shift the context window when it fills up instead of stopping. Absent means true.
        field_debug_render_only (bool | Unset): Debugging aid; return the rendered prompt in `_debug_info` without
            running the model.
        logprobs (bool | Unset): Return the log probability of each generated token.
        top_logprobs (int | Unset): With `logprobs`, also return this many most likely alternatives per token (0 to 20).
        width (int | Unset): Width of a generated image in pixels (at most 4096), for image generation models.
            Deprecated: Ollama 0.14.3 to 0.32.5 only (experimental, removed in 0.32.6); newer servers ignore it.
        height (int | Unset): Height of a generated image in pixels (at most 4096), for image generation models.
            Deprecated: Ollama 0.14.3 to 0.32.5 only (experimental, removed in 0.32.6); newer servers ignore it.
        steps (int | Unset): Number of diffusion steps, for image generation models. Deprecated: Ollama 0.14.3 to 0.32.5
            only (experimental, removed in 0.32.6); newer servers ignore it.
    """

    model: str
    prompt: str | Unset = UNSET
    suffix: str | Unset = UNSET
    system: str | Unset = UNSET
    template: str | Unset = UNSET
    context: list[int] | Unset = UNSET
    stream: bool | Unset = UNSET
    raw: bool | Unset = UNSET
    format_: JsonSchema | None | str | Unset = _attrs_field(default=UNSET, alias="format")
    keep_alive: float | None | str | Unset = UNSET
    images: list[str] | Unset = UNSET
    options: None | Options | Unset = UNSET
    think: bool | ThinkLevel | Unset = UNSET
    truncate: bool | Unset = UNSET
    shift: bool | Unset = UNSET
    field_debug_render_only: bool | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        suffix = self.suffix

        system = self.system

        template = self.template

        context: list[int] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context

        stream = self.stream

        raw = self.raw

        format_: dict[str, Any] | None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, JsonSchema):
            format_ = JsonSchema.to_dict(self.format_)
        else:
            format_ = self.format_

        keep_alive: float | None | str | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, Options):
            options = self.options.to_dict()
        else:
            options = self.options

        think: bool | str | Unset
        if isinstance(self.think, Unset):
            think = UNSET
        elif isinstance(self.think, ThinkLevel):
            think = self.think.value
        else:
            think = self.think

        truncate = self.truncate

        shift = self.shift

        field_debug_render_only = self.field_debug_render_only

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        width = self.width

        height = self.height

        steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if system is not UNSET:
            field_dict["system"] = system
        if template is not UNSET:
            field_dict["template"] = template
        if context is not UNSET:
            field_dict["context"] = context
        if stream is not UNSET:
            field_dict["stream"] = stream
        if raw is not UNSET:
            field_dict["raw"] = raw
        if format_ is not UNSET:
            field_dict["format"] = format_
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        if images is not UNSET:
            field_dict["images"] = images
        if options is not UNSET:
            field_dict["options"] = options
        if think is not UNSET:
            field_dict["think"] = think
        if truncate is not UNSET:
            field_dict["truncate"] = truncate
        if shift is not UNSET:
            field_dict["shift"] = shift
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if steps is not UNSET:
            field_dict["steps"] = steps

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

        prompt = d.get("prompt", UNSET)

        suffix = d.get("suffix", UNSET)

        system = d.get("system", UNSET)

        template = d.get("template", UNSET)

        context: list[int] | Unset = d.get("context", UNSET)

        stream = d.get("stream", UNSET)

        raw = d.get("raw", UNSET)

        def _parse_format_(data: object) -> JsonSchema | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, dict) and JsonSchema.has_required_fields(data)):
                    raise TypeError()
                componentsschemas_format_type_0 = JsonSchema.from_dict(data, require_fields)

                return componentsschemas_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, dict):
                return JsonSchema.from_dict(data, require_fields)
            return cast(JsonSchema | None | str | Unset, data)

        format_ = _parse_format_(d.get("format", UNSET))

        def _parse_keep_alive(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        keep_alive = _parse_keep_alive(d.get("keep_alive", UNSET))

        images: list[str] | Unset = d.get("images", UNSET)

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

        def _parse_think(data: object) -> bool | ThinkLevel | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_think_value_type_1 = ThinkLevel(data)

                return componentsschemas_think_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ThinkLevel | Unset, data)

        think = _parse_think(d.get("think", UNSET))

        truncate = d.get("truncate", UNSET)

        shift = d.get("shift", UNSET)

        field_debug_render_only = d.get("_debug_render_only", UNSET)

        logprobs = d.get("logprobs", UNSET)

        top_logprobs = d.get("top_logprobs", UNSET)

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        steps = d.get("steps", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.prompt = prompt
        instance_.suffix = suffix
        instance_.system = system
        instance_.template = template
        instance_.context = context
        instance_.stream = stream
        instance_.raw = raw
        instance_.format_ = format_
        instance_.keep_alive = keep_alive
        instance_.images = images
        instance_.options = options
        instance_.think = think
        instance_.truncate = truncate
        instance_.shift = shift
        instance_.field_debug_render_only = field_debug_render_only
        instance_.logprobs = logprobs
        instance_.top_logprobs = top_logprobs
        instance_.width = width
        instance_.height = height
        instance_.steps = steps
        instance_._document = d
        generate_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        generate_request.additional_properties = undeclared
        return generate_request

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
        return f"GenerateRequest({fields}{extra})" if fields else f"GenerateRequest({extra[2:]})"

    @property
    def format(self) -> JsonSchema | None | str | Unset:
        """``format_`` under its JSON name, as the official client names it."""
        return self.format_


from ..models.json_schema import JsonSchema
from ..models.options import Options
