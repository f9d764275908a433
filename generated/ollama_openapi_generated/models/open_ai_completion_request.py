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

T = TypeVar("T", bound="OpenAICompletionRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "prompt": "prompt",
    "frequency_penalty": "frequency_penalty",
    "max_tokens": "max_tokens",
    "presence_penalty": "presence_penalty",
    "seed": "seed",
    "stop": "stop",
    "stream": "stream",
    "stream_options": "stream_options",
    "temperature": "temperature",
    "top_p": "top_p",
    "suffix": "suffix",
    "logprobs": "logprobs",
    "_debug_render_only": "field_debug_render_only",
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
class OpenAICompletionRequest:
    """A request to `/v1/completions`. Ignored: `best_of`, `echo`, `logit_bias`, `n`, `user`.
    Thinking cannot be controlled; a thinking model's thinking is dropped from the answer.

        Attributes:
            model (str): The model name; empty or unknown is a 404. Example: llama3.2.
            prompt (str | Unset): The prompt, a single string (a list of strings or tokens is a 400). Empty only loads the
                model.
            frequency_penalty (float | Unset): Penalty proportional to how often a token appeared. Absent means 0 (not the
                model's value).
            max_tokens (int | Unset): Maximum tokens to generate (the native `num_predict`).
            presence_penalty (float | Unset): Penalty for tokens already present. Absent means 0 (not the model's value).
            seed (int | Unset): Random seed, for reproducible output.
            stop (list[str] | str | Unset): One stop sequence, or a list of them (a non-string item is a 400).
            stream (bool | Unset): Stream the answer as Server-Sent Events. Absent means false.
            stream_options (OpenAIStreamOptions | Unset): Options of a streamed answer.
            temperature (float | Unset): Sampling temperature. Absent means 1.0 (not the Modelfile's value).
            top_p (float | Unset): Nucleus sampling threshold. Absent or 0 means 1.0.
            suffix (str | Unset): Text after the insertion point, for fill-in-the-middle (models with the `insert`
                capability, else a 400).
            logprobs (int | Unset): Accepted (more than 20 is a 400), but no log probabilities are returned.
            field_debug_render_only (bool | Unset): Debugging aid; skips the model. The rendered prompt is not returned on
                this route.
    """

    model: str
    prompt: str | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: OpenAIStreamOptions | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    suffix: str | Unset = UNSET
    logprobs: int | Unset = UNSET
    field_debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        frequency_penalty = self.frequency_penalty

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        seed = self.seed

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        temperature = self.temperature

        top_p = self.top_p

        suffix = self.suffix

        logprobs = self.logprobs

        field_debug_render_only = self.field_debug_render_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only

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

        frequency_penalty = d.get("frequency_penalty", UNSET)

        max_tokens = d.get("max_tokens", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        seed = d.get("seed", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1: list[str] = data

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.get("stop", UNSET))

        stream = d.get("stream", UNSET)

        _stream_options = d.get("stream_options", UNSET)
        stream_options: OpenAIStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = OpenAIStreamOptions.from_dict(_stream_options, require_fields)

        temperature = d.get("temperature", UNSET)

        top_p = d.get("top_p", UNSET)

        suffix = d.get("suffix", UNSET)

        logprobs = d.get("logprobs", UNSET)

        field_debug_render_only = d.get("_debug_render_only", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.prompt = prompt
        instance_.frequency_penalty = frequency_penalty
        instance_.max_tokens = max_tokens
        instance_.presence_penalty = presence_penalty
        instance_.seed = seed
        instance_.stop = stop
        instance_.stream = stream
        instance_.stream_options = stream_options
        instance_.temperature = temperature
        instance_.top_p = top_p
        instance_.suffix = suffix
        instance_.logprobs = logprobs
        instance_.field_debug_render_only = field_debug_render_only
        instance_._document = d
        open_ai_completion_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_completion_request.additional_properties = undeclared
        return open_ai_completion_request

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
        return f"OpenAICompletionRequest({fields}{extra})" if fields else f"OpenAICompletionRequest({extra[2:]})"


from ..models.open_ai_stream_options import OpenAIStreamOptions
