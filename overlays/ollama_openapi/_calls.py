"""Turn client method arguments into requests, shared by the sync and async clients.

Each builder checks its arguments, fills the generated request model (so a field the spec renames
breaks type checking here, not at run time on a user's machine) and returns a `Call`: what to send,
and how to read the answer. Nothing here does I/O.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

import httpx

from ollama_openapi_generated.types import UNSET, Unset

from . import _spec
from ._images import ImageInput, encode_images
from ._models import model_class
from ._parsing import parser_for
from ._settings import _DEFAULT, resolve_timeout
from ._tools import ToolInput, normalize_tools
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from ollama_openapi_generated.models import Message, Options

__all__ = [
    "Call",
    "ChatParams",
    "CreateParams",
    "EmbedParams",
    "GenerateParams",
    "MessageInput",
    "OptionsInput",
    "TimeoutInput",
]

T = TypeVar("T")

TimeoutInput = float | httpx.Timeout | None
"""Seconds for every phase, an ``httpx.Timeout``, or None for no limit at all."""
MessageInput = Mapping[str, Any] | Any
"""A message as a mapping (``{"role": "user", "content": "hi"}``) or a generated ``Message``."""
OptionsInput = Mapping[str, Any] | Any
"""Model options as a mapping (``{"temperature": 0}``) or a generated ``Options``."""
FormatInput = Literal["", "json"] | Mapping[str, Any] | None
ThinkInput = bool | Literal["low", "medium", "high", "max"] | None
KeepAliveInput = float | str | None


class _CallOptions(TypedDict, total=False):
    timeout: TimeoutInput
    """Override the client's timeout for this call."""


class GenerateParams(_CallOptions, total=False):
    """Keyword arguments of ``generate`` besides model, prompt, suffix and stream."""

    system: str | None
    template: str | None
    context: Sequence[int] | None
    think: ThinkInput
    logprobs: bool | None
    top_logprobs: int | None
    raw: bool | None
    format: FormatInput
    images: Sequence[ImageInput] | None
    options: OptionsInput | None
    keep_alive: KeepAliveInput
    truncate: bool | None
    shift: bool | None


class ChatParams(_CallOptions, total=False):
    """Keyword arguments of ``chat`` besides model, messages and stream."""

    tools: Sequence[ToolInput] | None
    think: ThinkInput
    logprobs: bool | None
    top_logprobs: int | None
    format: FormatInput
    options: OptionsInput | None
    keep_alive: KeepAliveInput
    truncate: bool | None
    shift: bool | None


class EmbedParams(_CallOptions, total=False):
    """Keyword arguments of ``embed`` besides model and input."""

    truncate: bool | None
    options: OptionsInput | None
    keep_alive: KeepAliveInput
    dimensions: int | None


class CreateParams(_CallOptions, total=False):
    """Keyword arguments of ``create`` that go to the server as they are."""

    renderer: str | None
    parser: str | None
    requires: str | None
    remote_host: str | None
    draft_quantize: str | None
    draft_files: Mapping[str, str | os.PathLike[str]] | None
    """A draft model for speculative decoding: file names to digests or local paths (uploaded)."""
    info: Mapping[str, Any] | None


@dataclass(slots=True)
class Call:
    """One request to send, and how to read its answer (built per request: kept cheap to create)."""

    operation: _spec.Operation
    path: str
    json: dict[str, Any] | None = None
    content: Any = None
    """A raw body (bytes or an iterator of byte chunks) instead of JSON."""
    stream: bool = False
    timeout: TimeoutInput | Unset = UNSET
    ok_statuses: frozenset[int] = field(default_factory=frozenset)
    """Error statuses that are answers, not failures (404 for ``blob_exists``)."""
    content_length: int | None = None
    """The size of a raw body given as chunks; sent as ``Content-Length`` instead of chunked encoding."""

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def retry_safe(self) -> bool:
        return self.operation.idempotent

    @property
    def is_final(self) -> Callable[[Any], bool] | None:
        stream = self.operation.stream
        return None if stream is None else stream.is_final

    @property
    def schema(self) -> str | None:
        """The component schema of the answer: of one line for a stream, else of the whole body."""
        stream = self.operation.stream
        if stream is not None and self.stream:
            return stream.chunk_schema
        return self.operation.response_schema or (stream.chunk_schema if stream else None)

    @property
    def parse(self) -> Callable[[Any], Any]:
        """Build the generated model of the answer (of one line, for a stream) from its JSON."""
        schema = self.schema
        return _identity if schema is None else parser_for(schema)


def _identity(document: Any) -> Any:
    return document


# --- argument conversion ------------------------------------------------------------------------


def _value(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _require(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} is required and must be a non-empty string, got {value!r}")
    return value


def _from_mapping(schema: str, value: Any, what: str) -> Any:
    cls = model_class(schema)
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(f"{what} must be a mapping or a {schema}, got {type(value).__name__}")
    try:
        return cls.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentError(f"{what} is not a valid {schema}: {type(exc).__name__}: {exc}") from None


def _options(value: OptionsInput | None, what: str = "options") -> Options | Unset:
    return UNSET if value is None else _from_mapping("Options", value, what)


def _format(value: FormatInput | Any) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, str):
        return value
    return _from_mapping("JsonSchema", value, "format")


def _think(value: ThinkInput) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise InvalidArgumentError(f"think must be a bool or a level string, got {type(value).__name__}")
    think_level = model_class("ThinkLevel")
    try:
        return think_level(value)
    except ValueError:
        return value  # a level this client does not know yet; the server decides


def _keep_alive(value: KeepAliveInput) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InvalidArgumentError(f"keep_alive must be seconds or a duration like '5m', got {value!r}")
    return value


def _messages(messages: Iterable[MessageInput] | None) -> list[Message] | Unset:
    if messages is None:
        return UNSET
    if isinstance(messages, (str, bytes, Mapping)):
        raise InvalidArgumentError("messages must be a sequence of messages, not a single value")
    message_cls = model_class("Message")
    result = []
    for index, message in enumerate(messages):
        if isinstance(message, message_cls):
            result.append(message)
            continue
        if not isinstance(message, Mapping):
            raise InvalidArgumentError(f"messages[{index}] must be a mapping or a Message")
        data = dict(message)
        if data.get("images") is not None:
            data["images"] = _images(data["images"])
        result.append(_from_mapping("Message", data, f"messages[{index}]"))
    return result


def _images(images: Any) -> list[str] | Unset:
    encoded = encode_images(images)
    return UNSET if encoded is None else encoded


def _tools(tools: Sequence[ToolInput] | None) -> Any:
    try:
        normalized = normalize_tools(tools)
    except TypeError as exc:
        raise InvalidArgumentError(f"tools: {exc}") from None
    if normalized is None:
        return UNSET
    return [_from_mapping("Tool", tool, f"tools[{index}]") for index, tool in enumerate(normalized)]


def _call(operation_id: str, body: Any = None, *, stream: bool = False, **kwargs: Any) -> Call:
    operation = _spec.operation(operation_id)
    json_body = None if body is None else body.to_dict()
    return Call(operation, operation.path, json_body, stream=stream, **kwargs)


def _timeout(params: Mapping[str, Any]) -> TimeoutInput | Unset:
    return call_timeout(params.get("timeout", UNSET))


# --- one builder per operation ------------------------------------------------------------------


def generate(
    model: str, prompt: str | None, suffix: str | None, *, stream: bool, params: GenerateParams
) -> Call:
    cls = model_class("GenerateRequest")
    body = cls(
        model=_require("model", model),
        prompt=_value(prompt),
        suffix=_value(suffix),
        system=_value(params.get("system")),
        template=_value(params.get("template")),
        context=UNSET if params.get("context") is None else list(params["context"] or []),
        stream=stream,
        raw=_value(params.get("raw")),
        format_=_format(params.get("format")),
        keep_alive=_keep_alive(params.get("keep_alive")),
        images=_images(params.get("images")),
        options=_options(params.get("options")),
        think=_think(params.get("think")),
        truncate=_value(params.get("truncate")),
        shift=_value(params.get("shift")),
        logprobs=_value(params.get("logprobs")),
        top_logprobs=_value(params.get("top_logprobs")),
    )
    return _call("generate", body, stream=stream, timeout=_timeout(params))


def chat(model: str, messages: Iterable[MessageInput] | None, *, stream: bool, params: ChatParams) -> Call:
    cls = model_class("ChatRequest")
    body = cls(
        model=_require("model", model),
        messages=_messages(messages),
        stream=stream,
        format_=_format(params.get("format")),
        keep_alive=_keep_alive(params.get("keep_alive")),
        tools=_tools(params.get("tools")),
        options=_options(params.get("options")),
        think=_think(params.get("think")),
        truncate=_value(params.get("truncate")),
        shift=_value(params.get("shift")),
        logprobs=_value(params.get("logprobs")),
        top_logprobs=_value(params.get("top_logprobs")),
    )
    return _call("chat", body, stream=stream, timeout=_timeout(params))


def embed(model: str, input: str | Sequence[str], params: EmbedParams) -> Call:
    if isinstance(input, str):
        inputs: str | list[str] = input
    elif isinstance(input, Sequence) and all(isinstance(item, str) for item in input):
        inputs = list(input)
    else:
        raise InvalidArgumentError("input must be a string or a sequence of strings")
    body = model_class("EmbedRequest")(
        model=_require("model", model),
        input_=inputs,
        truncate=_value(params.get("truncate")),
        options=_options(params.get("options")),
        keep_alive=_keep_alive(params.get("keep_alive")),
        dimensions=_value(params.get("dimensions")),
    )
    return _call("embed", body, timeout=_timeout(params))


def embeddings(
    model: str, prompt: str | None, options: OptionsInput | None, keep_alive: KeepAliveInput, timeout: Any
) -> Call:
    body = model_class("EmbeddingRequest")(
        model=_require("model", model),
        prompt=_value(prompt),
        options=_options(options),
        keep_alive=_keep_alive(keep_alive),
    )
    return _call("embeddings", body, timeout=timeout)


def transfer(
    operation_id: Literal["pull", "push"], model: str, insecure: bool, stream: bool, timeout: Any
) -> Call:
    schema = "PullRequest" if operation_id == "pull" else "PushRequest"
    body = model_class(schema)(model=_require("model", model), insecure=insecure or UNSET, stream=stream)
    return _call(operation_id, body, stream=stream, timeout=timeout)


def create(
    model: str,
    *,
    stream: bool,
    quantize: str | None = None,
    from_: str | None = None,
    files: Mapping[str, str] | None = None,
    adapters: Mapping[str, str] | None = None,
    template: str | None = None,
    license: str | Sequence[str] | None = None,
    system: str | None = None,
    parameters: OptionsInput | None = None,
    messages: Iterable[MessageInput] | None = None,
    params: CreateParams,
) -> Call:
    """`files` and `adapters` must already map names to blob digests (the client uploads local files)."""
    if from_ is None and not files and not params.get("remote_host"):
        raise InvalidArgumentError("create needs from_ (an existing model), files, or remote_host")
    info = params.get("info")
    body = model_class("CreateRequest")(
        model=_require("model", model),
        stream=stream,
        quantize=_value(quantize),
        from_=_value(from_),
        files=_blob_map(files),
        adapters=_blob_map(adapters),
        template=_value(template),
        license_=UNSET if license is None else (license if isinstance(license, str) else list(license)),
        system=_value(system),
        parameters=_options(parameters, "parameters"),
        messages=_messages(messages),
        renderer=_value(params.get("renderer")),
        parser=_value(params.get("parser")),
        requires=_value(params.get("requires")),
        remote_host=_value(params.get("remote_host")),
        draft_quantize=_value(params.get("draft_quantize")),
        draft_files=_blob_map(params.get("draft_files")),
        info=UNSET if info is None else model_class("CreateRequestInfo").from_dict(info),
    )
    return _call("create", body, stream=stream, timeout=_timeout(params))


def _blob_map(files: Mapping[str, Any] | None) -> Any:
    if not files:
        return UNSET
    if not all(is_digest(value) for value in files.values()):
        raise InvalidArgumentError(
            "file maps sent to create must hold blob digests (upload local files first)"
        )
    return model_class("BlobMap").from_dict({str(name): str(value) for name, value in files.items()})


def show(model: str, verbose: bool | None, timeout: Any) -> Call:
    body = model_class("ShowRequest")(model=_require("model", model), verbose=_value(verbose))
    return _call("show", body, timeout=timeout)


def copy(source: str, destination: str, timeout: Any) -> Call:
    body = model_class("CopyRequest")(
        source=_require("source", source), destination=_require("destination", destination)
    )
    return _call("copy", body, timeout=timeout)


def delete(model: str, timeout: Any) -> Call:
    return _call("delete", model_class("DeleteRequest")(model=_require("model", model)), timeout=timeout)


def _on_cloud(call: Call, cloud: bool) -> Call:
    # ollama.com serves the same bodies at /api/web_search and /api/web_fetch (no /experimental).
    return dataclasses.replace(call, path=call.path.replace("/experimental/", "/")) if cloud else call


def web_search(query: str, max_results: int | None, timeout: Any, *, cloud: bool = False) -> Call:
    """`cloud`: the client talks to ollama.com itself rather than to an Ollama server."""
    body = model_class("WebSearchRequest")(query=_require("query", query), max_results=_value(max_results))
    return _on_cloud(_call("web_search", body, timeout=timeout), cloud)


def web_fetch(url: str, timeout: Any, *, cloud: bool = False) -> Call:
    """`cloud`: the client talks to ollama.com itself rather than to an Ollama server."""
    body = model_class("WebFetchRequest")(url=_require("url", url))
    return _on_cloud(_call("web_fetch", body, timeout=timeout), cloud)


def simple(operation_id: str, timeout: Any, ok_statuses: frozenset[int] = frozenset()) -> Call:
    """An operation without a request body (list, ps, version, status, me, signout, HEAD /...)."""
    return _call(operation_id, timeout=timeout, ok_statuses=ok_statuses)


def blob(
    operation_id: Literal["head_blob", "create_blob"],
    digest: str,
    content: Any,
    timeout: Any,
    size: int | None = None,
) -> Call:
    """HEAD or POST ``/api/blobs/{digest}``; `size` (bytes of `content`) spares chunked framing."""
    operation = _spec.operation(operation_id)
    path = operation.path.replace("{digest}", check_digest(digest))
    ok = frozenset({404}) if operation_id == "head_blob" else frozenset()
    return Call(operation, path, content=content, timeout=timeout, ok_statuses=ok, content_length=size)


def check_digest(digest: str) -> str:
    """Return `digest` if it is ``sha256:<64 hex digits>``; else raise `InvalidArgumentError`."""
    if not is_digest(digest):
        raise InvalidArgumentError(f"a blob digest must look like 'sha256:<64 hex digits>', got {digest!r}")
    return digest


def is_digest(value: object) -> bool:
    """Whether `value` is a blob digest (``sha256:<64 hex digits>``) rather than a file path."""
    import re

    return isinstance(value, str) and re.fullmatch(r"sha256[:-][0-9a-fA-F]{64}", value) is not None


def has_local_files(*maps: Mapping[str, Any] | None) -> bool:
    """Whether any value of these ``files``/``adapters`` maps is a local path (not a digest)."""
    return any(not is_digest(value) for mapping in maps if mapping for value in mapping.values())


def call_timeout(value: Any) -> TimeoutInput | Unset:
    """A method's `timeout=` argument: UNSET when not given (the client's timeout applies).

    Raises:
        InvalidArgumentError: The value is not a positive number, an ``httpx.Timeout`` or None.
    """
    if value is _DEFAULT or isinstance(value, Unset):
        return UNSET
    resolve_timeout(value)  # reject a bad value now, before anything is sent (or a stream is created)
    timeout: TimeoutInput = value
    return timeout


def success() -> Any:
    """The ``{"status": "success"}`` answer that copy and delete return, as ollama-python does."""
    return model_class("ProgressResponse")(status="success")
