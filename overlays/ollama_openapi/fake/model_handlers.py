"""Model management endpoints: pull, push, create, copy, delete, tags."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Generator, Iterator
from typing import Any

from .catalog import ModelProfile, profile_for
from .clock import format_timestamp
from .context import FakeContext, require_name
from .errors import ApiError
from .names import ModelName
from .protocol import Body, EmptyResponse, JsonResponse, Request, Response, encode, stream_or_single
from .registry import (
    MEDIA_ADAPTER,
    MEDIA_LICENSE,
    MEDIA_MESSAGES,
    MEDIA_MODEL,
    MEDIA_PARAMS,
    MEDIA_SYSTEM,
    MEDIA_TEMPLATE,
    BlobInfo,
    Layer,
    ModelRecord,
    content_layer,
    pulled_model,
)
from .stream_failure import failing

_PROGRESS_STEPS = 4
_QUANTIZATIONS = {"q4_k_m": "Q4_K_M", "q4_k_s": "Q4_K_S", "q8_0": "Q8_0"}


def _status(status: str, **fields: Any) -> bytes:
    return encode({"status": status, **fields})


def _transfer_lines(status: str, layer: Layer) -> Iterator[bytes]:
    """Progress lines for one layer: big layers report growing ``completed``, small ones finish at once."""
    steps = _PROGRESS_STEPS if layer.size > 1_000_000 else 1
    for step in range(1, steps + 1):
        yield _status(status, digest=layer.digest, total=layer.size, completed=layer.size * step // steps)


def _pull_progress(
    context: FakeContext, name: ModelName, raw_name: str
) -> Generator[bytes, None, ModelRecord]:
    """The pull progress stream up to ``writing manifest``, after which it installs the model; returns
    the model installed (the one already there, if a concurrent pull was first)."""
    yield _status("pulling manifest")
    if context.config.pull_fails(raw_name):
        raise ApiError(500, "pull model manifest: file does not exist")
    record = pulled_model(name)
    for layer in record.layers:
        yield from _transfer_lines(f"pulling {layer.digest.removeprefix('sha256:')[:12]}", layer)
    yield _status("verifying sha256 digest")
    yield _status("writing manifest")
    return context.state.put_model_if_absent(record)


def pull_lines(context: FakeContext, name: ModelName, raw_name: str) -> Iterator[bytes]:
    """The pull progress stream; installs the model after ``writing manifest``, before ``success``."""
    yield from _pull_progress(context, name, raw_name)
    yield _status("success")


def pull(context: FakeContext, request: Request) -> Response:
    """``POST /api/pull``."""
    body = Body.parse(request.body, "PullRequest")
    raw_name = body.string("model") or body.string("name")
    body.boolean("insecure")
    body.string("username"), body.string("password")
    stream = body.boolean("stream", True)
    name = require_name(raw_name)
    lines = failing(pull_lines(context, name, raw_name), context.config.failing_streams())
    return stream_or_single(lines, stream)


def _push_lines(record: ModelRecord | None, name: ModelName) -> Iterator[bytes]:
    yield _status("retrieving manifest")
    if record is None:
        # Ollama reads the manifest only once streaming has begun: a late error (a 500 unstreamed).
        yield _status("couldn't retrieve manifest")
        manifest = f"/root/.ollama/models/manifests/{name.host}/{name.namespace}/{name.model}/{name.tag}"
        raise ApiError(500, f"open {manifest}: no such file or directory")
    for layer in record.layers:
        yield _status("starting upload", digest=layer.digest, total=layer.size)
        yield from _transfer_lines(f"pushing {layer.digest.removeprefix('sha256:')[:12]}", layer)
    yield _status("pushing manifest")
    yield _status("success")


def push(context: FakeContext, request: Request) -> Response:
    """``POST /api/push``."""
    body = Body.parse(request.body, "PushRequest")
    raw_name = body.string("model") or body.string("name")
    body.boolean("insecure")
    stream = body.boolean("stream", True)
    if not raw_name:
        raise ApiError(400, "model is required")
    name = require_name(raw_name)
    lines = failing(_push_lines(context.state.get_model(name), name), context.config.failing_streams())
    return stream_or_single(lines, stream)


def copy(context: FakeContext, request: Request) -> Response:
    """``POST /api/copy``: 200 with an empty body."""
    body = Body.parse(request.body, "CopyRequest")
    source_text, destination_text = body.string("source"), body.string("destination")
    source = require_name(source_text, f'source "{source_text}" is invalid')
    destination = require_name(destination_text, f'destination "{destination_text}" is invalid')
    if not context.state.copy_model(source, destination):
        raise ApiError(404, f'model "{source_text}" not found')
    return EmptyResponse(200)


def delete(context: FakeContext, request: Request) -> Response:
    """``DELETE /api/delete``: 200 with an empty body."""
    body = Body.parse(request.body, "DeleteRequest")
    raw_name = body.string("model") or body.string("name")
    name = require_name(raw_name, f'name "{raw_name}" is invalid')
    if not context.state.delete_model(name):
        raise ApiError(404, f"model '{raw_name}' not found")
    return EmptyResponse(200)


def tags(context: FakeContext, request: Request) -> Response:
    """``GET``/``HEAD /api/tags``."""
    models = [
        {
            "name": record.name.display,
            "model": record.name.display,
            "modified_at": format_timestamp(record.modified_at_ns),
            "size": record.size,
            "digest": record.digest,
            "details": record.details(),
        }
        for record in context.state.list_models()
    ]
    return JsonResponse(200, {"models": models})


# Create ----------------------------------------------------------------------------------------------


def _blob_digest(digest: str) -> str:
    """The blob a digest names: Ollama's blob file ``sha256-<hex>``, the hex digits as written (the
    fake keys it ``sha256:<hex>``); anything but ``sha256[:-]`` and 64 hex digits is a 400."""
    if not isinstance(digest, str) or not _is_digest(digest):
        raise ApiError(400, "invalid digest format")
    return "sha256:" + digest[7:]


def _is_digest(text: str) -> bool:
    head, hexdigits = text[:7], text[7:]
    return (
        head in ("sha256:", "sha256-")
        and len(hexdigits) == 64
        and all(c in "0123456789abcdefABCDEF" for c in hexdigits)
    )


def _go_type(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "float64"
    if isinstance(value, dict):
        return "map[string]interface {}"
    return "[]interface {}"


def _licenses(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ApiError(400, f"unknown license type: {_go_type(value)}")


class _CreatePlan:
    """Everything a create request asks for, validated before any line is streamed."""

    def __init__(self, context: FakeContext, body: Body) -> None:
        self.context = context
        raw_name = body.string("model") or body.string("name")
        self.name = require_name(raw_name)
        self.source_text = body.string("from")
        self.files = body.string_map("files")
        self.adapters = body.string_map("adapters")
        if not self.source_text and not self.files:
            raise ApiError(400, "neither 'from' or 'files' was specified")
        for path in [*self.files, *self.adapters]:
            if path.startswith(("/", "\\")) or ".." in path.replace("\\", "/").split("/"):
                raise ApiError(400, "file path must be relative")
        self.file_digests = {path: _blob_digest(digest) for path, digest in self.files.items()}
        self.adapter_digests = [_blob_digest(digest) for digest in self.adapters.values()]
        if len(self.adapter_digests) > 1:
            raise ApiError(400, "only one adapter is currently supported")
        self.template = body.string("template")
        self.system = body.string("system")
        self.licenses = _licenses(body.get("license"))
        self.parameters = body.mapping("parameters")
        self.messages = body.array("messages", "[]api.Message")
        quantize = body.string("quantize") or body.string("quantization")
        self.quantize = ""
        if quantize:
            if quantize.lower() not in _QUANTIZATIONS:
                raise ApiError(400, f"unsupported quantization type {quantize}")
            self.quantize = _QUANTIZATIONS[quantize.lower()]
        self.source = require_name(self.source_text) if self.source_text else None
        if self.files:
            self.file_kind = self._file_kind()

    def _file_kind(self) -> str:
        if any(path.endswith(".safetensors") for path in self.file_digests):
            return "safetensors"
        for path, digest in self.file_digests.items():
            blob = self.context.state.get_blob(digest)
            if blob is None:
                continue
            if blob.magic == b"GGUF":
                return "gguf"
            if path.endswith(".gguf"):
                raise ApiError(400, "supplied file was not in GGUF format")
        if any(path.endswith(".gguf") for path in self.file_digests):
            return "gguf"
        raise ApiError(400, "unknown type")


def _missing_blob(digest: str) -> ApiError:
    return ApiError(
        500, f"open /root/.ollama/models/blobs/{digest.replace(':', '-')}: no such file or directory"
    )


def _create_lines(plan: _CreatePlan) -> Iterator[bytes]:
    state = plan.context.state
    base: ModelRecord | None = None
    if plan.source is not None:
        base = state.get_model(plan.source)
        if base is None:
            # Like Ollama, creating FROM a model that is not present pulls it first; the model pulled
            # is the base, even if a concurrent delete removes it again at once.
            base = yield from _pull_progress(plan.context, plan.source, plan.source_text)
    profile: ModelProfile = base.profile if base is not None else profile_for(plan.name)
    kept: list[Layer] = []
    new: list[Layer] = []
    if plan.files:
        for digest in plan.file_digests.values():
            if not state.has_blob(digest):
                raise _missing_blob(digest)
        if plan.file_kind == "safetensors":
            yield _status("converting model")
            size = sum(blob.size for d in plan.file_digests.values() if (blob := state.get_blob(d)))
            converted = content_layer(MEDIA_MODEL, {"converted": sorted(plan.file_digests.values())})
            new.append(Layer(converted.digest, max(size, 1), MEDIA_MODEL))
        else:
            yield _status("parsing GGUF")
            for digest in plan.file_digests.values():
                blob = state.get_blob(digest)
                kept.append(Layer(digest, blob.size if blob else 0, MEDIA_MODEL))
    elif base is not None:
        replaced = {
            MEDIA_TEMPLATE: bool(plan.template),
            MEDIA_SYSTEM: bool(plan.system),
            MEDIA_LICENSE: bool(plan.licenses),
            MEDIA_MESSAGES: bool(plan.messages),
            MEDIA_PARAMS: bool(plan.parameters),
        }
        kept = [layer for layer in base.layers if not replaced.get(layer.media_type, False)]
    if plan.quantize:
        if profile.quantization_level not in ("F16", "F32", "BF16"):
            raise ApiError(400, "quantization is only supported for F16 and F32 models")
        weights = next((layer for layer in kept if layer.media_type == MEDIA_MODEL), None)
        total = weights.size if weights else 1
        status = f"quantizing {profile.quantization_level} model to {plan.quantize}"
        yield _status(status, digest="0", total=total, completed=total // 2)
        yield _status(status, digest="0", total=total, completed=total)
        yield _status("verifying conversion")
        kept = [layer for layer in kept if layer.media_type != MEDIA_MODEL]
        new.append(content_layer(MEDIA_MODEL, {"quantized": plan.quantize, "from": total}))
        profile = ModelProfile(**{**profile.__dict__, "quantization_level": plan.quantize})
    for digest in plan.adapter_digests:
        blob = state.get_blob(digest)
        if blob is None:
            raise _missing_blob(digest)
        kept.append(Layer(digest, blob.size, MEDIA_ADAPTER))
    parameters = {**(base.parameters if base else {}), **plan.parameters}
    for media_type, content in (
        (MEDIA_TEMPLATE, plan.template),
        (MEDIA_SYSTEM, plan.system),
        (MEDIA_PARAMS, plan.parameters),
        (MEDIA_MESSAGES, plan.messages),
        (MEDIA_LICENSE, list(plan.licenses)),
    ):
        if content:
            new.append(content_layer(media_type, content))
    for layer in kept:
        yield _status(f"using existing layer {layer.digest}")
    for layer in new:
        yield _status(f"creating new layer {layer.digest}")
    yield _status("writing manifest")
    state.put_model(
        ModelRecord(
            name=plan.name,
            profile=profile,
            layers=tuple(kept + new),
            template=plan.template or (base.template if base else profile.template),
            system=plan.system or (base.system if base else ""),
            parameters=parameters,
            license=plan.licenses or (base.license if base else ()),
            messages=tuple(plan.messages) or (base.messages if base else ()),
            parent_model=base.name.display if base else "",
        )
    )
    yield _status("success")


def create(context: FakeContext, request: Request) -> Response:
    """``POST /api/create`` from an existing model (``from``) or uploaded blobs (``files``)."""
    body = Body.parse(request.body, "CreateRequest")
    stream = body.boolean("stream", True)
    plan = _CreatePlan(context, body)
    return stream_or_single(failing(_create_lines(plan), context.config.failing_streams()), stream)


# Blobs -----------------------------------------------------------------------------------------------


def head_blob(context: FakeContext, request: Request) -> Response:
    """``HEAD /api/blobs/{digest}``: whether the blob file of that name exists (hex case as given)."""
    given = request.path_params["digest"]
    if not context.state.has_blob(_blob_digest(given)):
        raise ApiError(404, f"blob {json.dumps(given)} not found")
    return EmptyResponse(200)


def upload_blob(context: FakeContext, request: Request) -> Response:
    """``POST /api/blobs/{digest}``: hashes the body while reading it, never keeping its content.

    As Ollama: a blob file of that name already there is a 200 (the body unread); otherwise the
    bytes are stored under their own ``sha256:<lower-case hex>``, and the answer is a 201 only when
    that is the digest as written: ``sha256-<hex>`` or upper-case hex is a 400 ``digest mismatch``.
    """
    given = request.path_params["digest"]
    if context.state.has_blob(_blob_digest(given)):
        return EmptyResponse(200)
    hasher = hashlib.sha256()
    size = 0
    magic = b""
    for chunk in request.body_chunks:
        if len(magic) < 4:
            magic = (magic + chunk[:4])[:4]
        hasher.update(chunk)
        size += len(chunk)
    actual = "sha256:" + hasher.hexdigest()
    context.state.put_blob(actual, BlobInfo(size=size, magic=magic))
    if actual != given:
        quoted = json.dumps(given, ensure_ascii=False)
        raise ApiError(400, f'digest mismatch, expected {quoted}, got "{actual}"')
    return EmptyResponse(201)
