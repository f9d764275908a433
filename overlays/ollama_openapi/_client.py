"""`Client`: the synchronous Ollama client."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from . import _calls
from ._blobs import UploadProgress, file_digest, iter_file, local_file
from ._calls import (
    ChatParams,
    CreateParams,
    EmbedParams,
    GenerateParams,
    MessageInput,
    OptionsInput,
    call_timeout,
    check_digest,
    has_local_files,
    is_digest,
    success,
)
from ._client_base import ClientBase
from ._settings import _DEFAULT
from ._transport import SyncTransport
from .errors import OllamaConnectionError, OllamaTimeoutError, ResponseError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ollama_openapi_generated.models import (
        ChatResponse,
        EmbeddingResponse,
        EmbedResponse,
        GenerateResponse,
        ListResponse,
        ModelRecommendationsResponse,
        ProcessResponse,
        ProgressResponse,
        ShowResponse,
        StatusResponse,
        UserResponse,
        VersionResponse,
        WebFetchResponse,
        WebSearchResponse,
    )

__all__ = ["Client"]


class Client(ClientBase):
    """A synchronous client for one Ollama server, with a pooled connection.

    Construction: see `ClientBase.__init__` (host, timeout, headers, api_key, max_retries, httpx
    options).

    Every method raises only `ollama_openapi.errors.OllamaError` subclasses (and `TypeError` for
    wrongly typed arguments): `ResponseError` subclasses for error answers, `StreamError` for broken
    streams, `OllamaConnectionError` / `OllamaTimeoutError` when the server cannot be reached in time.
    """

    def _connect(self, options: dict[str, Any]) -> None:
        self._transport = SyncTransport(self._settings, httpx.Client(**options))

    @property
    def httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (for hooks or raw requests)."""
        return self._transport.http

    def close(self) -> None:
        """Close the connection pool."""
        self._transport.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- generation -----------------------------------------------------------------------------

    @overload
    def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: Literal[False] = False,
        **params: Unpack[GenerateParams],
    ) -> GenerateResponse: ...

    @overload
    def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: Literal[True],
        **params: Unpack[GenerateParams],
    ) -> Generator[GenerateResponse, None, None]: ...

    @overload
    def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: bool,
        **params: Unpack[GenerateParams],
    ) -> GenerateResponse | Generator[GenerateResponse, None, None]: ...

    def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: bool = False,
        **params: Unpack[GenerateParams],
    ) -> GenerateResponse | Generator[GenerateResponse, None, None]:
        """Generate a completion of `prompt`; with ``stream=True``, an iterator of chunks (lazy).

        Keyword arguments: system, template, context, think, logprobs, top_logprobs, raw, format
        (``"json"`` or a JSON Schema dict), images (bytes, paths, base64 or data URLs), options,
        keep_alive, truncate, shift, timeout.
        """
        result: GenerateResponse | Generator[GenerateResponse, None, None] = self._run(
            _calls.generate(model, prompt, suffix, stream=stream, params=params)
        )
        return result

    def load(
        self, model: str, *, keep_alive: float | str | None = None, timeout: Any = _DEFAULT
    ) -> GenerateResponse:
        """Load `model` into memory without generating anything (the answer's ``done_reason`` is
        ``"load"``); `keep_alive` says how long it stays (seconds or a duration like ``"1h"``)."""
        return self.generate(model, keep_alive=keep_alive, timeout=timeout)

    def unload(self, model: str, *, timeout: Any = _DEFAULT) -> GenerateResponse:
        """Free the memory `model` holds on the server now, as ``ollama stop`` does (the answer's
        ``done_reason`` is ``"unload"``)."""
        return self.generate(model, keep_alive=0, timeout=timeout)

    @overload
    def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: Literal[False] = False,
        **params: Unpack[ChatParams],
    ) -> ChatResponse: ...

    @overload
    def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: Literal[True],
        **params: Unpack[ChatParams],
    ) -> Generator[ChatResponse, None, None]: ...

    @overload
    def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: bool,
        **params: Unpack[ChatParams],
    ) -> ChatResponse | Generator[ChatResponse, None, None]: ...

    def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: bool = False,
        **params: Unpack[ChatParams],
    ) -> ChatResponse | Generator[ChatResponse, None, None]:
        """Generate the next message of a conversation; with ``stream=True``, an iterator of chunks.

        Messages and tools may be mappings or generated models; tools may also be Python functions
        (their type hints and docstring become the tool's schema). Other keyword arguments: think,
        logprobs, top_logprobs, format, options, keep_alive, truncate, shift, timeout.
        """
        result: ChatResponse | Generator[ChatResponse, None, None] = self._run(
            _calls.chat(model, messages, stream=stream, params=params)
        )
        return result

    def embed(
        self, model: str = "", input: str | Sequence[str] = "", **params: Unpack[EmbedParams]
    ) -> EmbedResponse:
        """Embed one text or a list of texts (L2-normalised vectors, one per input)."""
        result: EmbedResponse = self._transport.request(_calls.embed(model, input, params))
        return result

    def embeddings(
        self,
        model: str = "",
        prompt: str | None = None,
        options: OptionsInput | None = None,
        keep_alive: float | str | None = None,
        *,
        timeout: float | httpx.Timeout | None = _DEFAULT,
    ) -> EmbeddingResponse:
        """Embed one text with the legacy endpoint (prefer `embed`)."""
        call = _calls.embeddings(model, prompt, options, keep_alive, call_timeout(timeout))
        result: EmbeddingResponse = self._transport.request(call)
        return result

    # --- models ---------------------------------------------------------------------------------

    @overload
    def pull(
        self, model: str, *, insecure: bool = False, stream: Literal[False] = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse: ...

    @overload
    def pull(
        self, model: str, *, insecure: bool = False, stream: Literal[True], timeout: Any = _DEFAULT
    ) -> Generator[ProgressResponse, None, None]: ...

    @overload
    def pull(
        self, model: str, *, insecure: bool = False, stream: bool, timeout: Any = _DEFAULT
    ) -> ProgressResponse | Generator[ProgressResponse, None, None]: ...

    def pull(
        self, model: str, *, insecure: bool = False, stream: bool = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse | Generator[ProgressResponse, None, None]:
        """Download a model; with ``stream=True``, an iterator of progress updates ending in ``success``."""
        result: ProgressResponse | Generator[ProgressResponse, None, None] = self._run(
            _calls.transfer("pull", model, insecure, stream, call_timeout(timeout))
        )
        return result

    @overload
    def push(
        self, model: str, *, insecure: bool = False, stream: Literal[False] = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse: ...

    @overload
    def push(
        self, model: str, *, insecure: bool = False, stream: Literal[True], timeout: Any = _DEFAULT
    ) -> Generator[ProgressResponse, None, None]: ...

    @overload
    def push(
        self, model: str, *, insecure: bool = False, stream: bool, timeout: Any = _DEFAULT
    ) -> ProgressResponse | Generator[ProgressResponse, None, None]: ...

    def push(
        self, model: str, *, insecure: bool = False, stream: bool = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse | Generator[ProgressResponse, None, None]:
        """Upload a model to a registry; with ``stream=True``, an iterator of progress updates."""
        result: ProgressResponse | Generator[ProgressResponse, None, None] = self._run(
            _calls.transfer("push", model, insecure, stream, call_timeout(timeout))
        )
        return result

    @overload
    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: Mapping[str, str | os.PathLike[str]] | None = None,
        adapters: Mapping[str, str | os.PathLike[str]] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: Literal[False] = False,
        **params: Unpack[CreateParams],
    ) -> ProgressResponse: ...

    @overload
    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: Mapping[str, str | os.PathLike[str]] | None = None,
        adapters: Mapping[str, str | os.PathLike[str]] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: Literal[True],
        **params: Unpack[CreateParams],
    ) -> Generator[ProgressResponse, None, None]: ...

    @overload
    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: Mapping[str, str | os.PathLike[str]] | None = None,
        adapters: Mapping[str, str | os.PathLike[str]] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: bool,
        **params: Unpack[CreateParams],
    ) -> ProgressResponse | Generator[ProgressResponse, None, None]: ...

    def create(
        self,
        model: str,
        quantize: str | None = None,
        from_: str | None = None,
        files: Mapping[str, str | os.PathLike[str]] | None = None,
        adapters: Mapping[str, str | os.PathLike[str]] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: OptionsInput | None = None,
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: bool = False,
        **params: Unpack[CreateParams],
    ) -> ProgressResponse | Generator[ProgressResponse, None, None]:
        """Create a model from an existing one (`from_`) or from files.

        `files` and `adapters` map file names to blob digests (``sha256:...``) or to local paths:
        local files are hashed, skipped when the server already has them, else uploaded streaming
        from disk, before the create request is sent. With ``stream=True`` nothing is uploaded or
        sent before the first item is read.
        """

        def build() -> _calls.Call:
            return _calls.create(
                model,
                stream=stream,
                quantize=quantize,
                from_=from_,
                files=self._upload_all(files),
                adapters=self._upload_all(adapters),
                template=template,
                license=license,
                system=system,
                parameters=parameters,
                messages=messages,
                params={**params, "draft_files": self._upload_all(params.get("draft_files"))},
            )

        if stream and has_local_files(files, adapters, params.get("draft_files")):
            return self._transport.lazy_stream(build)
        result: ProgressResponse | Generator[ProgressResponse, None, None] = self._run(build())
        return result

    def create_blob(
        self,
        path: str | os.PathLike[str],
        *,
        digest: str | None = None,
        progress: UploadProgress | None = None,
        timeout: Any = _DEFAULT,
    ) -> str:
        """Upload a local file as a blob (unless the server has it) and return its ``sha256:`` digest.

        The file is hashed and sent in chunks (constant memory); pass `digest` if you computed it
        already (the server checks it). `progress`, if given, is called as
        ``progress(bytes_sent, total_bytes)`` while uploading; never when the server has the blob.
        """
        file = local_file(path)
        digest = check_digest(digest) if digest is not None else file_digest(file)
        if not self.blob_exists(digest, timeout=timeout):
            self._transport.request(
                _calls.blob(
                    "create_blob",
                    digest,
                    lambda: iter_file(file, progress),
                    call_timeout(timeout),
                    file.stat().st_size,
                )
            )
        return digest

    def blob_exists(self, digest: str, *, timeout: Any = _DEFAULT) -> bool:
        """Whether the server has the blob ``sha256:<hex>``."""
        status = self._transport.request(_calls.blob("head_blob", digest, None, call_timeout(timeout)))
        return bool(status == 200)

    def delete(self, model: str, *, timeout: Any = _DEFAULT) -> ProgressResponse:
        """Delete a model; returns ``status == "success"`` (errors raise, e.g. `NotFoundError`)."""
        self._transport.request(_calls.delete(model, call_timeout(timeout)))
        result: ProgressResponse = success()
        return result

    def copy(self, source: str, destination: str, *, timeout: Any = _DEFAULT) -> ProgressResponse:
        """Copy a model; returns ``status == "success"`` (errors raise)."""
        self._transport.request(_calls.copy(source, destination, call_timeout(timeout)))
        result: ProgressResponse = success()
        return result

    def list(self, *, timeout: Any = _DEFAULT) -> ListResponse:
        """The local models."""
        result: ListResponse = self._transport.request(_calls.simple("list_models", call_timeout(timeout)))
        return result

    def show(self, model: str, *, verbose: bool | None = None, timeout: Any = _DEFAULT) -> ShowResponse:
        """A model's details, parameters, template, capabilities and metadata."""
        result: ShowResponse = self._transport.request(_calls.show(model, verbose, call_timeout(timeout)))
        return result

    def ps(self, *, timeout: Any = _DEFAULT) -> ProcessResponse:
        """The models loaded in memory."""
        result: ProcessResponse = self._transport.request(_calls.simple("ps", call_timeout(timeout)))
        return result

    # --- server and account ---------------------------------------------------------------------

    def version(self, *, timeout: Any = _DEFAULT) -> VersionResponse:
        """The server version."""
        result: VersionResponse = self._transport.request(_calls.simple("get_version", call_timeout(timeout)))
        return result

    def status(self, *, timeout: Any = _DEFAULT) -> StatusResponse:
        """Whether cloud features are enabled on the server."""
        result: StatusResponse = self._transport.request(_calls.simple("get_status", call_timeout(timeout)))
        return result

    def is_running(self, *, timeout: Any = _DEFAULT) -> bool:
        """True when an Ollama server answers at the client's address; False when nothing answers.

        A probe answers at once: a refused connection is not retried.
        """
        probe = SyncTransport(self._transport.settings.without_retries(), self._transport.http)
        try:
            status = probe.request(_calls.simple("head_root", call_timeout(timeout)))
        except (OllamaConnectionError, OllamaTimeoutError, ResponseError):
            return False  # nothing answers, or something that is not Ollama
        return bool(status == 200)

    def whoami(self, *, timeout: Any = _DEFAULT) -> UserResponse:
        """The ollama.com account the server is signed in with.

        Raises `AuthenticationError`, with ``signin_url``, when it is not signed in.
        """
        result: UserResponse = self._transport.request(_calls.simple("whoami", call_timeout(timeout)))
        return result

    def signout(self, *, timeout: Any = _DEFAULT) -> None:
        """Sign the server out of ollama.com."""
        self._transport.request(_calls.simple("signout", call_timeout(timeout)))

    def web_search(self, query: str, max_results: int = 3, *, timeout: Any = _DEFAULT) -> WebSearchResponse:
        """Search the web through ollama.com (via the server, which signs the request)."""
        result: WebSearchResponse = self._transport.request(
            _calls.web_search(query, max_results, call_timeout(timeout), cloud=self._settings.is_cloud)
        )
        return result

    def web_fetch(self, url: str, *, timeout: Any = _DEFAULT) -> WebFetchResponse:
        """Fetch a web page's text and links through ollama.com."""
        result: WebFetchResponse = self._transport.request(
            _calls.web_fetch(url, call_timeout(timeout), cloud=self._settings.is_cloud)
        )
        return result

    def model_recommendations(self, *, timeout: Any = _DEFAULT) -> ModelRecommendationsResponse:
        """Models Ollama recommends for this machine (experimental)."""
        call = _calls.simple("model_recommendations", call_timeout(timeout))
        result: ModelRecommendationsResponse = self._transport.request(call)
        return result

    # --- helpers --------------------------------------------------------------------------------

    def _run(self, call: _calls.Call) -> Any:
        if call.stream:
            return self._transport.stream(call)
        return self._transport.request(call)

    def _upload_all(self, files: Mapping[str, str | os.PathLike[str]] | None) -> dict[str, str] | None:
        if files is None:
            return None
        return {
            name: str(value) if is_digest(value) else self.create_blob(value) for name, value in files.items()
        }
