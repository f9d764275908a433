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
    "numa": "numa",
    "low_vram": "low_vram",
    "f16_kv": "f16_kv",
    "logits_all": "logits_all",
    "vocab_only": "vocab_only",
    "use_mlock": "use_mlock",
    "embedding_only": "embedding_only",
    "tfs_z": "tfs_z",
    "mirostat": "mirostat",
    "mirostat_tau": "mirostat_tau",
    "mirostat_eta": "mirostat_eta",
    "penalize_newline": "penalize_newline",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class Options:
    """Model options (Modelfile `PARAMETER`s) for this request. Each key overrides the model's own
    value; keys the server does not know are ignored, and so are null values (None: not set). The defaults named below
    are the server's,
    applied only when neither the request nor the Modelfile sets the key.

        Attributes:
            num_ctx (int | None | Unset): Context window size in tokens (load-time). Default: `OLLAMA_CONTEXT_LENGTH`, else
                4096 or more depending on VRAM.
            num_batch (int | None | Unset): Prompt processing batch size (load-time). Default 512.
            num_gpu (int | None | Unset): Number of layers to offload to the GPU (load-time); -1 lets the server decide.
            main_gpu (int | None | Unset): The GPU used for small tensors when splitting across GPUs (load-time).
            use_mmap (bool | None | Unset): Memory-map the model file (load-time); unset lets the server decide.
            num_thread (int | None | Unset): CPU threads for computation (load-time); 0 lets the runtime decide.
            draft_num_predict (int | None | Unset): Tokens the draft model proposes per step in speculative decoding.
                Default 4.
            num_keep (int | None | Unset): Tokens of the prompt kept when the context is shifted. Default 4.
            seed (int | None | Unset): Random seed; the same seed and prompt give the same text. Default -1 (random).
            num_predict (int | None | Unset): Maximum tokens to generate; -1 means no limit. Default -1.
            top_k (int | None | Unset): Sample only from the k most likely tokens. Default 40.
            top_p (float | None | Unset): Nucleus sampling: sample from the smallest set of tokens whose probability reaches
                p. Default 0.9.
            min_p (float | None | Unset): Drop tokens less likely than min_p times the most likely token. Default 0.
            typical_p (float | None | Unset): Locally typical sampling. Default 1.0 (off).
            repeat_last_n (int | None | Unset): How far back to look for repetitions; 0 disables, -1 means num_ctx. Default
                64.
            temperature (float | None | Unset): Sampling temperature; higher is more creative. Default 0.8.
            repeat_penalty (float | None | Unset): Penalty for repeated tokens. Default 1.0.
            presence_penalty (float | None | Unset): Penalty for tokens already present. Default 0.
            frequency_penalty (float | None | Unset): Penalty proportional to how often a token appeared. Default 0.
            stop (list[str] | None | Unset): Sequences that end generation when produced. Must be an array, even for one
                sequence.
            numa (bool | None | Unset): Use NUMA (load-time). Deprecated: removed in Ollama 0.3.4; newer servers ignore it.
                Accepted because the official client takes it.
            low_vram (bool | None | Unset): Reduce VRAM use (load-time). Deprecated: removed in Ollama 0.7.0; newer servers
                ignore it. Accepted because the official client takes it.
            f16_kv (bool | None | Unset): Use 16-bit floats for the key/value cache (load-time). Deprecated: removed in
                Ollama 0.7.0; newer servers ignore it. Accepted because the official client takes it.
            logits_all (bool | None | Unset): Return logits for all tokens (load-time). Deprecated: removed in Ollama 0.7.0;
                newer servers ignore it. Accepted because the official client takes it.
            vocab_only (bool | None | Unset): Load only the vocabulary (load-time). Deprecated: removed in Ollama 0.7.0;
                newer servers ignore it. Accepted because the official client takes it.
            use_mlock (bool | None | Unset): Lock the model in memory (load-time). Deprecated: removed in Ollama 0.7.0;
                newer servers ignore it. Accepted because the official client takes it.
            embedding_only (bool | None | Unset): Load the model for embeddings only (load-time). Deprecated: removed in
                Ollama 0.1.28; newer servers ignore it. Accepted because the official client takes it.
            tfs_z (float | None | Unset): Tail free sampling. Deprecated: removed in Ollama 0.5.2; newer servers ignore it.
                Accepted because the official client takes it.
            mirostat (int | None | Unset): Mirostat sampling: 0 off, 1 Mirostat, 2 Mirostat 2.0. Deprecated: removed in
                Ollama 0.7.0; newer servers ignore it. Accepted because the official client takes it.
            mirostat_tau (float | None | Unset): Mirostat target entropy. Deprecated: removed in Ollama 0.7.0; newer servers
                ignore it. Accepted because the official client takes it.
            mirostat_eta (float | None | Unset): Mirostat learning rate. Deprecated: removed in Ollama 0.7.0; newer servers
                ignore it. Accepted because the official client takes it.
            penalize_newline (bool | None | Unset): Penalize newline tokens. Deprecated: removed in Ollama 0.5.5; newer
                servers ignore it. Accepted because the official client takes it.
    """

    num_ctx: int | None | Unset = UNSET
    num_batch: int | None | Unset = UNSET
    num_gpu: int | None | Unset = UNSET
    main_gpu: int | None | Unset = UNSET
    use_mmap: bool | None | Unset = UNSET
    num_thread: int | None | Unset = UNSET
    draft_num_predict: int | None | Unset = UNSET
    num_keep: int | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    num_predict: int | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    min_p: float | None | Unset = UNSET
    typical_p: float | None | Unset = UNSET
    repeat_last_n: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    repeat_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    stop: list[str] | None | Unset = UNSET
    numa: bool | None | Unset = UNSET
    low_vram: bool | None | Unset = UNSET
    f16_kv: bool | None | Unset = UNSET
    logits_all: bool | None | Unset = UNSET
    vocab_only: bool | None | Unset = UNSET
    use_mlock: bool | None | Unset = UNSET
    embedding_only: bool | None | Unset = UNSET
    tfs_z: float | None | Unset = UNSET
    mirostat: int | None | Unset = UNSET
    mirostat_tau: float | None | Unset = UNSET
    mirostat_eta: float | None | Unset = UNSET
    penalize_newline: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        num_ctx: int | None | Unset
        if isinstance(self.num_ctx, Unset):
            num_ctx = UNSET
        else:
            num_ctx = self.num_ctx

        num_batch: int | None | Unset
        if isinstance(self.num_batch, Unset):
            num_batch = UNSET
        else:
            num_batch = self.num_batch

        num_gpu: int | None | Unset
        if isinstance(self.num_gpu, Unset):
            num_gpu = UNSET
        else:
            num_gpu = self.num_gpu

        main_gpu: int | None | Unset
        if isinstance(self.main_gpu, Unset):
            main_gpu = UNSET
        else:
            main_gpu = self.main_gpu

        use_mmap: bool | None | Unset
        if isinstance(self.use_mmap, Unset):
            use_mmap = UNSET
        else:
            use_mmap = self.use_mmap

        num_thread: int | None | Unset
        if isinstance(self.num_thread, Unset):
            num_thread = UNSET
        else:
            num_thread = self.num_thread

        draft_num_predict: int | None | Unset
        if isinstance(self.draft_num_predict, Unset):
            draft_num_predict = UNSET
        else:
            draft_num_predict = self.draft_num_predict

        num_keep: int | None | Unset
        if isinstance(self.num_keep, Unset):
            num_keep = UNSET
        else:
            num_keep = self.num_keep

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        num_predict: int | None | Unset
        if isinstance(self.num_predict, Unset):
            num_predict = UNSET
        else:
            num_predict = self.num_predict

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        min_p: float | None | Unset
        if isinstance(self.min_p, Unset):
            min_p = UNSET
        else:
            min_p = self.min_p

        typical_p: float | None | Unset
        if isinstance(self.typical_p, Unset):
            typical_p = UNSET
        else:
            typical_p = self.typical_p

        repeat_last_n: int | None | Unset
        if isinstance(self.repeat_last_n, Unset):
            repeat_last_n = UNSET
        else:
            repeat_last_n = self.repeat_last_n

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        repeat_penalty: float | None | Unset
        if isinstance(self.repeat_penalty, Unset):
            repeat_penalty = UNSET
        else:
            repeat_penalty = self.repeat_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        stop: list[str] | None | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        numa: bool | None | Unset
        if isinstance(self.numa, Unset):
            numa = UNSET
        else:
            numa = self.numa

        low_vram: bool | None | Unset
        if isinstance(self.low_vram, Unset):
            low_vram = UNSET
        else:
            low_vram = self.low_vram

        f16_kv: bool | None | Unset
        if isinstance(self.f16_kv, Unset):
            f16_kv = UNSET
        else:
            f16_kv = self.f16_kv

        logits_all: bool | None | Unset
        if isinstance(self.logits_all, Unset):
            logits_all = UNSET
        else:
            logits_all = self.logits_all

        vocab_only: bool | None | Unset
        if isinstance(self.vocab_only, Unset):
            vocab_only = UNSET
        else:
            vocab_only = self.vocab_only

        use_mlock: bool | None | Unset
        if isinstance(self.use_mlock, Unset):
            use_mlock = UNSET
        else:
            use_mlock = self.use_mlock

        embedding_only: bool | None | Unset
        if isinstance(self.embedding_only, Unset):
            embedding_only = UNSET
        else:
            embedding_only = self.embedding_only

        tfs_z: float | None | Unset
        if isinstance(self.tfs_z, Unset):
            tfs_z = UNSET
        else:
            tfs_z = self.tfs_z

        mirostat: int | None | Unset
        if isinstance(self.mirostat, Unset):
            mirostat = UNSET
        else:
            mirostat = self.mirostat

        mirostat_tau: float | None | Unset
        if isinstance(self.mirostat_tau, Unset):
            mirostat_tau = UNSET
        else:
            mirostat_tau = self.mirostat_tau

        mirostat_eta: float | None | Unset
        if isinstance(self.mirostat_eta, Unset):
            mirostat_eta = UNSET
        else:
            mirostat_eta = self.mirostat_eta

        penalize_newline: bool | None | Unset
        if isinstance(self.penalize_newline, Unset):
            penalize_newline = UNSET
        else:
            penalize_newline = self.penalize_newline

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
        if numa is not UNSET:
            field_dict["numa"] = numa
        if low_vram is not UNSET:
            field_dict["low_vram"] = low_vram
        if f16_kv is not UNSET:
            field_dict["f16_kv"] = f16_kv
        if logits_all is not UNSET:
            field_dict["logits_all"] = logits_all
        if vocab_only is not UNSET:
            field_dict["vocab_only"] = vocab_only
        if use_mlock is not UNSET:
            field_dict["use_mlock"] = use_mlock
        if embedding_only is not UNSET:
            field_dict["embedding_only"] = embedding_only
        if tfs_z is not UNSET:
            field_dict["tfs_z"] = tfs_z
        if mirostat is not UNSET:
            field_dict["mirostat"] = mirostat
        if mirostat_tau is not UNSET:
            field_dict["mirostat_tau"] = mirostat_tau
        if mirostat_eta is not UNSET:
            field_dict["mirostat_eta"] = mirostat_eta
        if penalize_newline is not UNSET:
            field_dict["penalize_newline"] = penalize_newline

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

        def _parse_num_ctx(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_ctx = _parse_num_ctx(d.get("num_ctx", UNSET))

        def _parse_num_batch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_batch = _parse_num_batch(d.get("num_batch", UNSET))

        def _parse_num_gpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_gpu = _parse_num_gpu(d.get("num_gpu", UNSET))

        def _parse_main_gpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        main_gpu = _parse_main_gpu(d.get("main_gpu", UNSET))

        def _parse_use_mmap(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_mmap = _parse_use_mmap(d.get("use_mmap", UNSET))

        def _parse_num_thread(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_thread = _parse_num_thread(d.get("num_thread", UNSET))

        def _parse_draft_num_predict(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        draft_num_predict = _parse_draft_num_predict(d.get("draft_num_predict", UNSET))

        def _parse_num_keep(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_keep = _parse_num_keep(d.get("num_keep", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.get("seed", UNSET))

        def _parse_num_predict(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_predict = _parse_num_predict(d.get("num_predict", UNSET))

        def _parse_top_k(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_k = _parse_top_k(d.get("top_k", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        def _parse_min_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_p = _parse_min_p(d.get("min_p", UNSET))

        def _parse_typical_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        typical_p = _parse_typical_p(d.get("typical_p", UNSET))

        def _parse_repeat_last_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repeat_last_n = _parse_repeat_last_n(d.get("repeat_last_n", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_repeat_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        repeat_penalty = _parse_repeat_penalty(d.get("repeat_penalty", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.get("presence_penalty", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.get("frequency_penalty", UNSET))

        def _parse_stop(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_0: list[str] = data

                return stop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        stop = _parse_stop(d.get("stop", UNSET))

        def _parse_numa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        numa = _parse_numa(d.get("numa", UNSET))

        def _parse_low_vram(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        low_vram = _parse_low_vram(d.get("low_vram", UNSET))

        def _parse_f16_kv(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        f16_kv = _parse_f16_kv(d.get("f16_kv", UNSET))

        def _parse_logits_all(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logits_all = _parse_logits_all(d.get("logits_all", UNSET))

        def _parse_vocab_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vocab_only = _parse_vocab_only(d.get("vocab_only", UNSET))

        def _parse_use_mlock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_mlock = _parse_use_mlock(d.get("use_mlock", UNSET))

        def _parse_embedding_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        embedding_only = _parse_embedding_only(d.get("embedding_only", UNSET))

        def _parse_tfs_z(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tfs_z = _parse_tfs_z(d.get("tfs_z", UNSET))

        def _parse_mirostat(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mirostat = _parse_mirostat(d.get("mirostat", UNSET))

        def _parse_mirostat_tau(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mirostat_tau = _parse_mirostat_tau(d.get("mirostat_tau", UNSET))

        def _parse_mirostat_eta(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mirostat_eta = _parse_mirostat_eta(d.get("mirostat_eta", UNSET))

        def _parse_penalize_newline(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        penalize_newline = _parse_penalize_newline(d.get("penalize_newline", UNSET))

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
        instance_.numa = numa
        instance_.low_vram = low_vram
        instance_.f16_kv = f16_kv
        instance_.logits_all = logits_all
        instance_.vocab_only = vocab_only
        instance_.use_mlock = use_mlock
        instance_.embedding_only = embedding_only
        instance_.tfs_z = tfs_z
        instance_.mirostat = mirostat
        instance_.mirostat_tau = mirostat_tau
        instance_.mirostat_eta = mirostat_eta
        instance_.penalize_newline = penalize_newline
        instance_._document = d
        options = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        options.additional_properties = undeclared
        return options

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
        return f"Options({fields}{extra})" if fields else f"Options({extra[2:]})"
