# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Options")

_FIELD_NAMES: dict[str, str] = {
    "num_ctx": "num_ctx",
    "num_batch": "num_batch",
    "num_gpu": "num_gpu",
    "main_gpu": "main_gpu",
    "use_mmap": "use_mmap",
    "num_thread": "num_thread",
    "draft_num_predict": "draft_num_predict",
    "num_keep": "num_keep",
    "seed": "seed",
    "num_predict": "num_predict",
    "top_k": "top_k",
    "top_p": "top_p",
    "min_p": "min_p",
    "typical_p": "typical_p",
    "repeat_last_n": "repeat_last_n",
    "temperature": "temperature",
    "repeat_penalty": "repeat_penalty",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "stop": "stop",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)

_REQUIRED_FIELDS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class Options:
    """Model options (Modelfile `PARAMETER`s) for this request. Each key overrides the model's own
    value; keys the server does not know are ignored. The defaults named below are the server's,
    applied only when neither the request nor the Modelfile sets the key.

        Attributes:
            num_ctx (int | Unset): Context window size in tokens (load-time). Default: `OLLAMA_CONTEXT_LENGTH`, else 4096 or
                more depending on VRAM.
            num_batch (int | Unset): Prompt processing batch size (load-time). Default 512.
            num_gpu (int | Unset): Number of layers to offload to the GPU (load-time); -1 lets the server decide.
            main_gpu (int | Unset): The GPU used for small tensors when splitting across GPUs (load-time).
            use_mmap (bool | Unset): Memory-map the model file (load-time); unset lets the server decide.
            num_thread (int | Unset): CPU threads for computation (load-time); 0 lets the runtime decide.
            draft_num_predict (int | Unset): Tokens the draft model proposes per step in speculative decoding. Default 4.
            num_keep (int | Unset): Tokens of the prompt kept when the context is shifted. Default 4.
            seed (int | Unset): Random seed; the same seed and prompt give the same text. Default -1 (random).
            num_predict (int | Unset): Maximum tokens to generate; -1 means no limit. Default -1.
            top_k (int | Unset): Sample only from the k most likely tokens. Default 40.
            top_p (float | Unset): Nucleus sampling: sample from the smallest set of tokens whose probability reaches p.
                Default 0.9.
            min_p (float | Unset): Drop tokens less likely than min_p times the most likely token. Default 0.
            typical_p (float | Unset): Locally typical sampling. Default 1.0 (off).
            repeat_last_n (int | Unset): How far back to look for repetitions; 0 disables, -1 means num_ctx. Default 64.
            temperature (float | Unset): Sampling temperature; higher is more creative. Default 0.8.
            repeat_penalty (float | Unset): Penalty for repeated tokens. Default 1.0.
            presence_penalty (float | Unset): Penalty for tokens already present. Default 0.
            frequency_penalty (float | Unset): Penalty proportional to how often a token appeared. Default 0.
            stop (list[str] | Unset): Sequences that end generation when produced. Must be an array, even for one sequence.
    """

    num_ctx: int | Unset = UNSET
    num_batch: int | Unset = UNSET
    num_gpu: int | Unset = UNSET
    main_gpu: int | Unset = UNSET
    use_mmap: bool | Unset = UNSET
    num_thread: int | Unset = UNSET
    draft_num_predict: int | Unset = UNSET
    num_keep: int | Unset = UNSET
    seed: int | Unset = UNSET
    num_predict: int | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    min_p: float | Unset = UNSET
    typical_p: float | Unset = UNSET
    repeat_last_n: int | Unset = UNSET
    temperature: float | Unset = UNSET
    repeat_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    stop: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_ctx = self.num_ctx

        num_batch = self.num_batch

        num_gpu = self.num_gpu

        main_gpu = self.main_gpu

        use_mmap = self.use_mmap

        num_thread = self.num_thread

        draft_num_predict = self.draft_num_predict

        num_keep = self.num_keep

        seed = self.seed

        num_predict = self.num_predict

        top_k = self.top_k

        top_p = self.top_p

        min_p = self.min_p

        typical_p = self.typical_p

        repeat_last_n = self.repeat_last_n

        temperature = self.temperature

        repeat_penalty = self.repeat_penalty

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if num_ctx is not UNSET:
            field_dict["num_ctx"] = num_ctx
        if num_batch is not UNSET:
            field_dict["num_batch"] = num_batch
        if num_gpu is not UNSET:
            field_dict["num_gpu"] = num_gpu
        if main_gpu is not UNSET:
            field_dict["main_gpu"] = main_gpu
        if use_mmap is not UNSET:
            field_dict["use_mmap"] = use_mmap
        if num_thread is not UNSET:
            field_dict["num_thread"] = num_thread
        if draft_num_predict is not UNSET:
            field_dict["draft_num_predict"] = draft_num_predict
        if num_keep is not UNSET:
            field_dict["num_keep"] = num_keep
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_predict is not UNSET:
            field_dict["num_predict"] = num_predict
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if typical_p is not UNSET:
            field_dict["typical_p"] = typical_p
        if repeat_last_n is not UNSET:
            field_dict["repeat_last_n"] = repeat_last_n
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if repeat_penalty is not UNSET:
            field_dict["repeat_penalty"] = repeat_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if stop is not UNSET:
            field_dict["stop"] = stop

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
        num_ctx = d.get("num_ctx", UNSET)

        num_batch = d.get("num_batch", UNSET)

        num_gpu = d.get("num_gpu", UNSET)

        main_gpu = d.get("main_gpu", UNSET)

        use_mmap = d.get("use_mmap", UNSET)

        num_thread = d.get("num_thread", UNSET)

        draft_num_predict = d.get("draft_num_predict", UNSET)

        num_keep = d.get("num_keep", UNSET)

        seed = d.get("seed", UNSET)

        num_predict = d.get("num_predict", UNSET)

        top_k = d.get("top_k", UNSET)

        top_p = d.get("top_p", UNSET)

        min_p = d.get("min_p", UNSET)

        typical_p = d.get("typical_p", UNSET)

        repeat_last_n = d.get("repeat_last_n", UNSET)

        temperature = d.get("temperature", UNSET)

        repeat_penalty = d.get("repeat_penalty", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        frequency_penalty = d.get("frequency_penalty", UNSET)

        stop: list[str] | Unset = d.get("stop", UNSET)

        instance_ = cls.__new__(cls)
        instance_.num_ctx = num_ctx
        instance_.num_batch = num_batch
        instance_.num_gpu = num_gpu
        instance_.main_gpu = main_gpu
        instance_.use_mmap = use_mmap
        instance_.num_thread = num_thread
        instance_.draft_num_predict = draft_num_predict
        instance_.num_keep = num_keep
        instance_.seed = seed
        instance_.num_predict = num_predict
        instance_.top_k = top_k
        instance_.top_p = top_p
        instance_.min_p = min_p
        instance_.typical_p = typical_p
        instance_.repeat_last_n = repeat_last_n
        instance_.temperature = temperature
        instance_.repeat_penalty = repeat_penalty
        instance_.presence_penalty = presence_penalty
        instance_.frequency_penalty = frequency_penalty
        instance_.stop = stop
        options = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        options.additional_properties = undeclared
        return options

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

    def keys(self) -> list[str]:
        """The JSON names of the fields that are set, then the undeclared ones."""
        names = [key for key, name in _FIELD_NAMES.items() if not isinstance(getattr(self, name), Unset)]
        return names + list(self.additional_properties)

    def __iter__(self) -> Generator[tuple[str, Any], None, None]:
        """``(JSON name, value)`` of each field that is set, as the official client's models iterate."""
        for key in self.keys():
            yield key, self[key]

    def __len__(self) -> int:
        return len(self.keys())

    def model_dump(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The JSON document of the model (``to_dict()``), as pydantic's ``model_dump`` names it."""
        document = self.to_dict()
        return {key: value for key, value in document.items() if value is not None} if exclude_none else document

    def model_dump_json(self, *, exclude_none: bool = False) -> str:
        """The model as JSON text."""
        import json

        return json.dumps(self.model_dump(exclude_none=exclude_none), default=str)

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}"
            for name, value in ((name, getattr(self, name)) for name in _FIELD_NAMES.values())
            if not isinstance(value, Unset)
        )
        extra = f", additional_properties={self.additional_properties!r}" if self.additional_properties else ""
        return f"Options({fields}{extra})" if fields else f"Options({extra[2:]})"
