"""The fake's state: installed models, blobs and loaded (running) models, all thread-safe."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from .catalog import ModelProfile, bits_per_weight, parameter_count, profile_for
from .clock import now_ns
from .names import ModelName

MEDIA_MODEL = "application/vnd.ollama.image.model"
MEDIA_TEMPLATE = "application/vnd.ollama.image.template"
MEDIA_SYSTEM = "application/vnd.ollama.image.system"
MEDIA_PARAMS = "application/vnd.ollama.image.params"
MEDIA_LICENSE = "application/vnd.ollama.image.license"
MEDIA_MESSAGES = "application/vnd.ollama.image.messages"
MEDIA_ADAPTER = "application/vnd.ollama.image.adapter"


def sha256_digest(data: bytes) -> str:
    """``sha256:<hex>`` of ``data``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Layer:
    """One manifest layer."""

    digest: str
    size: int
    media_type: str


def content_layer(media_type: str, content: Any) -> Layer:
    """A small layer whose bytes are ``content`` (text as-is, anything else as JSON)."""
    data = content.encode() if isinstance(content, str) else json.dumps(content, sort_keys=True).encode()
    return Layer(sha256_digest(data), len(data), media_type)


@dataclass(frozen=True)
class ModelRecord:
    """An installed model."""

    name: ModelName
    profile: ModelProfile
    layers: tuple[Layer, ...]
    template: str
    system: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    license: tuple[str, ...] = ()
    messages: tuple[dict[str, Any], ...] = ()
    parent_model: str = ""
    modified_at_ns: int = field(default_factory=now_ns)

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Capabilities reported by ``show``/``tags`` and enforced by inference handlers."""
        return self.profile.capabilities

    @property
    def size(self) -> int:
        """Total size of the layers in bytes."""
        return sum(layer.size for layer in self.layers)

    @property
    def digest(self) -> str:
        """Manifest digest (hex, no ``sha256:`` prefix, as ``/api/tags`` shows it)."""
        manifest = "".join(layer.digest for layer in self.layers)
        return hashlib.sha256(manifest.encode()).hexdigest()

    def details(self) -> dict[str, Any]:
        """The ``ModelDetails`` object."""
        return {
            "parent_model": self.parent_model,
            "format": "gguf",
            "family": self.profile.family,
            "families": list(self.profile.all_families),
            "parameter_size": self.profile.parameter_size,
            "quantization_level": self.profile.quantization_level,
        }

    def renamed(self, name: ModelName) -> ModelRecord:
        """A copy of this model under another name (``/api/copy``)."""
        return replace(self, name=name, modified_at_ns=now_ns())


def pulled_model(name: ModelName) -> ModelRecord:
    """The record a successful pull of ``name`` installs, with deterministic, plausible layers."""
    profile = profile_for(name)
    weights = int(parameter_count(profile.parameter_size) * bits_per_weight(profile.quantization_level) / 8)
    seed = hashlib.sha256(name.key.encode()).digest()
    layers = [Layer(sha256_digest(seed + b"model"), weights, MEDIA_MODEL)]
    layers.append(content_layer(MEDIA_TEMPLATE, profile.template))
    if profile.license:
        layers.append(content_layer(MEDIA_LICENSE, profile.license))
    parameters: dict[str, Any] = {"stop": list(profile.stops)} if profile.stops else {}
    if parameters:
        layers.append(content_layer(MEDIA_PARAMS, parameters))
    return ModelRecord(
        name=name,
        profile=profile,
        layers=tuple(layers),
        template=profile.template,
        parameters=parameters,
        license=(profile.license,) if profile.license else (),
    )


@dataclass
class BlobInfo:
    """What the fake remembers of an uploaded blob: never its content, only size and magic bytes."""

    size: int
    magic: bytes = b""


@dataclass
class LoadedModel:
    """A model the fake pretends is in memory (``/api/ps``)."""

    record: ModelRecord
    expires_at_ns: int
    context_length: int


class State:
    """All mutable state of one fake server, guarded by one lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._models: dict[str, ModelRecord] = {}
        self._blobs: dict[str, BlobInfo] = {}
        self._loaded: dict[str, LoadedModel] = {}
        self._loading: dict[str, float] = {}

    # Models -------------------------------------------------------------------------------------------
    def get_model(self, name: ModelName) -> ModelRecord | None:
        """The installed model called ``name`` or ``None``."""
        with self._lock:
            return self._models.get(name.key)

    def put_model(self, record: ModelRecord) -> None:
        """Install (or replace) a model and register its layers as blobs."""
        with self._lock:
            self._install(record)

    def _install(self, record: ModelRecord) -> None:
        self._models[record.name.key] = record
        for layer in record.layers:
            self._blobs.setdefault(layer.digest, BlobInfo(layer.size))

    def put_model_if_absent(self, record: ModelRecord) -> ModelRecord:
        """Install `record` unless a model of that name exists; the installed one either way (one step,
        so that a concurrent pull or delete cannot interleave)."""
        with self._lock:
            existing = self._models.get(record.name.key)
            if existing is not None:
                return existing
            self._install(record)
            return record

    def copy_model(self, source: ModelName, destination: ModelName) -> bool:
        """Install a copy of `source` as `destination` in one step; ``False`` when `source` is missing
        (a concurrent delete of `source` cannot resurrect it under the new name half-way)."""
        with self._lock:
            record = self._models.get(source.key)
            if record is None:
                return False
            self._install(record.renamed(destination))
            return True

    def delete_model(self, name: ModelName) -> bool:
        """Remove a model; ``False`` when it did not exist."""
        with self._lock:
            self._loaded.pop(name.key, None)
            return self._models.pop(name.key, None) is not None

    def list_models(self) -> list[ModelRecord]:
        """Installed models, most recently modified first (as Ollama lists them)."""
        with self._lock:
            records = list(self._models.values())
        return sorted(records, key=lambda record: record.modified_at_ns, reverse=True)

    # Blobs --------------------------------------------------------------------------------------------
    def has_blob(self, digest: str) -> bool:
        """Whether a blob with this ``sha256:<hex>`` digest is stored."""
        with self._lock:
            return digest in self._blobs

    def get_blob(self, digest: str) -> BlobInfo | None:
        """Size and magic of a stored blob."""
        with self._lock:
            return self._blobs.get(digest)

    def put_blob(self, digest: str, info: BlobInfo) -> bool:
        """Store a blob; ``True`` when it is new."""
        with self._lock:
            if digest in self._blobs:
                return False
            self._blobs[digest] = info
            return True

    # Running models -----------------------------------------------------------------------------------
    def load(self, record: ModelRecord, expires_at_ns: int, context_length: int) -> None:
        """Mark a model as loaded until ``expires_at_ns``, unless it was deleted meanwhile (a request
        that found it before the delete does not bring it back to ``/api/ps``)."""
        key = record.name.key
        with self._lock:
            self._loading.pop(key, None)
            if key in self._models:
                self._loaded[key] = LoadedModel(record, expires_at_ns, context_length)

    def ready_at(self, name: ModelName, load_seconds: float, now: float) -> float:
        """When the model can answer a request made at `now` (``time.monotonic()``): at once when it is
        loaded, when the load in progress ends, or `load_seconds` from now for a load that starts now.
        One step, so that the requests arriving during a load all wait for that one load."""
        key = name.key
        with self._lock:
            loaded = self._loaded.get(key)
            if loaded is not None and loaded.expires_at_ns > now_ns():
                return now
            ready = self._loading.get(key)
            if ready is None or ready <= now:
                ready = self._loading[key] = now + load_seconds
            return ready

    def unload(self, name: ModelName) -> None:
        """Forget that a model is loaded."""
        with self._lock:
            self._loaded.pop(name.key, None)

    def running(self) -> list[LoadedModel]:
        """Loaded models that have not expired, longest remaining lifetime first."""
        now = now_ns()
        with self._lock:
            for key in [key for key, item in self._loaded.items() if item.expires_at_ns <= now]:
                del self._loaded[key]
            loaded = list(self._loaded.values())
        return sorted(loaded, key=lambda item: item.expires_at_ns, reverse=True)
