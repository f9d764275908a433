# @generated from overlays/ollama_openapi/_async/core.py by scripts/unasync.py: do not edit; run `make generate`.
"""`ClientCore`: a `Client`'s connection, and what its generated methods call."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import httpx

from ollama_openapi import spec as _spec
from ollama_openapi._client_base import ClientBase
from ollama_openapi._convert import digest as check_digest
from ollama_openapi._http.call import Call, call_timeout
from ollama_openapi._http.pools import Pool
from ollama_openapi._raw import RawResponse, capturing, stop_capturing
from ollama_openapi._settings import checked_headers, has_bearer
from ollama_openapi._telemetry import observe
from ollama_openapi.blobs import (
    ASK_FIRST_ABOVE,
    UploadProgress,
    bytes_digest,
    file_digest,
    is_digest,
    iter_file,
    local_file,
)
from ollama_openapi.errors import (
    InvalidArgumentError,
    MissingApiKeyError,
    OllamaConnectionError,
    OllamaTimeoutError,
    ResponseError,
)
from ollama_openapi.types import NOT_GIVEN, NotGiven
from ollama_openapi_generated._sync.streams import Stream
from ollama_openapi_generated._sync.transport import Transport

if TYPE_CHECKING:
    from typing_extensions import Self

    from ollama_openapi.otel import Observation
    from ollama_openapi.types import FileMapInput, TimeoutInput

__all__ = ["ClientCore"]

T = TypeVar("T")


class ClientCore(ClientBase):
    """The connection pool, the call plumbing and the hand-written blob and probe helpers.

    The generated operation methods (``operations.py``) build a `Call` with `_call` and send it with
    `_request`, `_status`, `_stream` or `_lazy_stream`.
    """

    def _connect(self, options: dict[str, Any]) -> None:
        self._pool = Pool(options)
        self._transport = Transport(self._settings, self._pool)

    @property
    def httpx_client(self) -> httpx.Client:
        """The underlying httpx client (for event hooks or raw requests)."""
        return self._pool.current

    def close(self) -> None:
        """Close the connection pool.

        Calls made after this raise `ClientClosedError`.
        """
        self._pool().close()

    @property
    def with_raw_response(self) -> RawResponses:
        """The same methods, answering with a `RawResponse`: the usual result in ``.parsed``, and
        the HTTP status code and headers of the (last) answer. Streams have ``.response`` instead.

        Example: ``client.with_raw_response.copy("a", "b").status_code``.
        """
        return RawResponses(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- what the generated methods call -------------------------------------------------------

    def _call(
        self,
        operation_id: str,
        body: dict[str, Any] | None,
        parse: Callable[[Any], T] | None,
        *,
        stream: bool = False,
        files: list[Any] | None = None,
        path_params: Mapping[str, str] | None = None,
        cloud_path: str | None = None,
        requires_api_key: bool = False,
        timeout: TimeoutInput | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | NotGiven,
        extra_query: Mapping[str, str] | NotGiven,
        extra_body: Mapping[str, object] | NotGiven,
    ) -> Call[T]:
        """The `Call` of operation `operation_id` with JSON `body` (or multipart `files`), whose answer
        (each item of it, for a stream) `parse` reads (None: no body to read; send it with `_status`).

        `requires_api_key` (the spec's ``x-python.requires-api-key``): when the client talks to
        ollama.com, `MissingApiKeyError` unless the client or `extra_headers` has an API key (a local
        Ollama signs these requests with its own key, and answers 401 when it is not signed in)."""
        operation = _spec.operation(operation_id)
        if (
            requires_api_key
            and self._settings.is_cloud
            and not self._settings.bearer_configured
            and not has_bearer(extra_headers or None)
        ):
            raise MissingApiKeyError(operation_id.replace("_", " "))
        if extra_body:
            if not isinstance(extra_body, Mapping):
                raise InvalidArgumentError(f"extra_body must be a mapping, got {type(extra_body).__name__}")
            body = {**(body or {}), **extra_body}
        path = cloud_path if cloud_path is not None and self._settings.is_cloud else operation.path
        for name, value in (path_params or {}).items():
            path = path.replace(f"{{{name}}}", quote(value, safe=""))
        return Call(
            operation,
            path,
            parse,
            body,
            stream=stream,
            timeout=call_timeout(timeout),
            headers=checked_headers(extra_headers, "extra_headers") if extra_headers else None,
            params=_string_map(extra_query, "extra_query"),
            max_retries=_retries(max_retries),
            files=files,
        )

    def _request(self, call: Call[T]) -> T:
        observation = observe(call, self._settings)
        if observation is None:
            return self._transport.request(call)
        with observation:
            observation.activate()
            return observation.answer(self._transport.request(call))

    def _status(self, call: Call[Any]) -> int:
        return self._transport.status(call)

    def _stream(self, call: Call[T]) -> Stream[T]:
        stream = self._transport.stream(call)
        observation = observe(call, self._settings)
        if observation is None:
            return stream
        return Stream(_observed(stream, observation), stream, stream._lines)

    def _lazy_stream(self, build: Callable[[], Call[T]]) -> Stream[T]:
        """A stream whose call is built (files uploaded first) when its first chunk is read."""
        source = _LazySource()

        def chunks() -> Generator[T, None, None]:
            source.stream = self._transport.stream(build())
            yield from source.stream

        return Stream(chunks(), source)

    def _upload_files(self, files: FileMapInput | None, name: str) -> dict[str, str] | None:
        """`files` with each local file replaced by its blob's digest (uploaded unless the server has it)."""
        if files is None:
            return None
        if not isinstance(files, Mapping):
            raise InvalidArgumentError(
                f"{name} must map file names to digests or paths, got {type(files).__name__}"
            )
        uploaded: dict[str, str] = {}
        for file_name, value in files.items():
            uploaded[str(file_name)] = str(value) if is_digest(value) else self.create_blob(value)
        return uploaded

    # --- hand-written helpers ------------------------------------------------------------------

    def create_blob(
        self,
        path: str | os.PathLike[str] | bytes,
        *,
        digest: str | None = None,
        progress: UploadProgress | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
    ) -> str:
        """Upload a local file (or bytes) as a blob, unless the server has it, and return its digest.

        A file is hashed and sent in chunks (constant memory); pass `digest` (``sha256:<hex>``) if
        you computed it already (the server checks it). A blob larger than 64 KiB is uploaded only
        if ``HEAD /api/blobs/<digest>`` does not say the server has it (any answer but 200 means
        upload); a smaller one is sent at once, as the official client sends every blob, and a
        server that has it answers 200 without reading it. `progress`, if given, is called as
        ``progress(bytes_sent, total_bytes)`` while a file is uploaded; never when the HEAD says the
        server has the blob. ``with_raw_response.create_blob(...)`` tells which: 200 (there
        already) or 201.
        """
        content: object
        if isinstance(path, (bytes, bytearray, memoryview)):
            content = data = bytes(path)
            size = len(data)
            digest = check_digest(digest, "digest") if digest is not None else bytes_digest(data)
        else:
            file = local_file(path)
            content = lambda: iter_file(file, progress)  # noqa: E731  (a fresh reader for every retry)
            size = file.stat().st_size
            digest = check_digest(digest, "digest") if digest is not None else file_digest(file)
        if size <= ASK_FIRST_ABOVE or not self._probably_has(digest, timeout):
            call = self._blob_call("create_blob", digest, timeout)
            call.content = content
            call.content_length = size
            self._transport.status(call)
        return digest

    def _probably_has(self, digest: str, timeout: TimeoutInput | NotGiven) -> bool:
        """Whether to skip an upload: the server says it has the blob. A server that cannot answer
        the question (an error other than 404) gets the upload, which settles it."""
        try:
            return self.blob_exists(digest, timeout=timeout)
        except ResponseError:
            return False

    def blob_exists(self, digest: str, *, timeout: TimeoutInput | NotGiven = NOT_GIVEN) -> bool:
        """Whether the server has the blob ``sha256:<hex>``."""
        status = self._transport.status(self._blob_call("head_blob", digest, timeout))
        return status == 200

    def _blob_call(self, operation_id: str, digest: str, timeout: TimeoutInput | NotGiven) -> Call[None]:
        operation = _spec.operation(operation_id)
        path = operation.path.replace("{digest}", check_digest(digest, "digest"))
        ok = frozenset({404}) if operation.method == "HEAD" else frozenset()
        return Call(operation, path, timeout=call_timeout(timeout), ok_statuses=ok)

    def is_running(self, *, timeout: TimeoutInput | NotGiven = NOT_GIVEN) -> bool:
        """True when an Ollama server answers at the client's address; False when nothing answers.

        A probe answers at once: a refused connection is not retried.
        """
        probe = Transport(self._settings.without_retries(), self._pool)
        operation = _spec.operation("head_root")
        try:
            status = probe.status(Call(operation, operation.path, timeout=call_timeout(timeout)))
        except (OllamaConnectionError, OllamaTimeoutError, ResponseError):
            return False  # nothing answers, or something that is not Ollama
        return status == 200


class RawResponses:
    """A client's methods, returning `RawResponse` objects (see `with_raw_response`)."""

    __slots__ = ("_client",)

    def __init__(self, client: ClientCore) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method = getattr(self._client, name)
        if not callable(method) or name.startswith("_"):
            raise AttributeError(f"{type(self._client).__name__} has no method {name!r}")

        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            if kwargs.get("stream"):
                raise InvalidArgumentError("a stream has its response as .response: call the method itself")
            responses, token = capturing()
            try:
                parsed = method(*args, **kwargs)
            finally:
                stop_capturing(token)
            return RawResponse(parsed, responses[-1])

        return call


class _LazySource:
    """The response of a stream that is made when its first chunk is read."""

    __slots__ = ("stream",)

    def __init__(self) -> None:
        self.stream: Stream[Any] | None = None

    @property
    def response(self) -> httpx.Response | None:
        return None if self.stream is None else self.stream.response


def _observed(stream: Stream[T], observation: Observation) -> Generator[T, None, None]:
    """`stream`'s chunks, traced: the span starts with the first read and ends with the stream."""
    with observation:
        try:
            for chunk in stream:
                observation.chunk(chunk)
                yield chunk
        finally:
            stream.close()


def _string_map(value: Mapping[str, str] | NotGiven, name: str) -> dict[str, str] | None:
    if not value:
        return None
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(f"{name} must be a mapping of strings, got {type(value).__name__}")
    return {str(key): str(item) for key, item in value.items()}


def _retries(value: int | NotGiven) -> int | None:
    if isinstance(value, NotGiven):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"max_retries must be an integer >= 0, got {value!r}")
    return value
