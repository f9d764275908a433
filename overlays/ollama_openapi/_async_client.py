"""`AsyncClient`: the asynchronous Ollama client, method for method the twin of `Client`."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from . import _calls
from ._blobs import UploadProgress, aiter_file, file_digest, local_file
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
from ._loop_clients import LoopClients
from ._settings import _DEFAULT
from ._transport import AsyncTransport
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

__all__ = ["AsyncClient"]


class AsyncClient(ClientBase):
    """An asynchronous client for one Ollama server, with a pooled connection.

    Use it as ``async with AsyncClient() as client:``; a streaming call is awaited once and then
    iterated: ``async for part in await client.chat(..., stream=True)``.

    Construction: see `ClientBase.__init__` (host, timeout, headers, api_key, max_retries, httpx
    options).

    Every method raises only `ollama_openapi.errors.OllamaError` subclasses (and `TypeError` for
    wrongly typed arguments): `ResponseError` subclasses for error answers, `StreamError` for broken
    streams, `OllamaConnectionError` / `OllamaTimeoutError` when the server cannot be reached in time.
    """

    def _connect(self, options: dict[str, Any]) -> None:
        self._clients = LoopClients(lambda: httpx.AsyncClient(**options))
        self._transport = AsyncTransport(self._settings, self._clients)

    @property
    def httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (for hooks or raw requests).

        One client can serve several event loops in turn (``asyncio.run`` called more than once):
        each loop gets its own connection pool, made like this one with its hooks and headers.
        """
        return self._clients.current

    async def aclose(self) -> None:
        """Close the connection pool of the running event loop."""
        await self._clients().aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    # --- generation -----------------------------------------------------------------------------

    @overload
    async def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: Literal[False] = False,
        **params: Unpack[GenerateParams],
    ) -> GenerateResponse: ...

    @overload
    async def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: Literal[True],
        **params: Unpack[GenerateParams],
    ) -> AsyncGenerator[GenerateResponse, None]: ...

    @overload
    async def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: bool,
        **params: Unpack[GenerateParams],
    ) -> GenerateResponse | AsyncGenerator[GenerateResponse, None]: ...

    async def generate(
        self,
        model: str = "",
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        stream: bool = False,
        **params: Unpack[GenerateParams],
    ) -> GenerateResponse | AsyncGenerator[GenerateResponse, None]:
        """Generate a completion of `prompt`; with ``stream=True``, an iterator of chunks (lazy).

        Keyword arguments: system, template, context, think, logprobs, top_logprobs, raw, format
        (``"json"`` or a JSON Schema dict), images (bytes, paths, base64 or data URLs), options,
        keep_alive, truncate, shift, timeout.
        """
        result: GenerateResponse | AsyncGenerator[GenerateResponse, None] = await self._run(
            _calls.generate(model, prompt, suffix, stream=stream, params=params)
        )
        return result

    async def load(
        self, model: str, *, keep_alive: float | str | None = None, timeout: Any = _DEFAULT
    ) -> GenerateResponse:
        """Load `model` into memory without generating anything (the answer's ``done_reason`` is
        ``"load"``); `keep_alive` says how long it stays (seconds or a duration like ``"1h"``)."""
        return await self.generate(model, keep_alive=keep_alive, timeout=timeout)

    async def unload(self, model: str, *, timeout: Any = _DEFAULT) -> GenerateResponse:
        """Free the memory `model` holds on the server now, as ``ollama stop`` does (the answer's
        ``done_reason`` is ``"unload"``)."""
        return await self.generate(model, keep_alive=0, timeout=timeout)

    @overload
    async def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: Literal[False] = False,
        **params: Unpack[ChatParams],
    ) -> ChatResponse: ...

    @overload
    async def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: Literal[True],
        **params: Unpack[ChatParams],
    ) -> AsyncGenerator[ChatResponse, None]: ...

    @overload
    async def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: bool,
        **params: Unpack[ChatParams],
    ) -> ChatResponse | AsyncGenerator[ChatResponse, None]: ...

    async def chat(
        self,
        model: str = "",
        messages: Iterable[MessageInput] | None = None,
        *,
        stream: bool = False,
        **params: Unpack[ChatParams],
    ) -> ChatResponse | AsyncGenerator[ChatResponse, None]:
        """Generate the next message of a conversation; with ``stream=True``, an iterator of chunks.

        Messages and tools may be mappings or generated models; tools may also be Python functions
        (their type hints and docstring become the tool's schema). Other keyword arguments: think,
        logprobs, top_logprobs, format, options, keep_alive, truncate, shift, timeout.
        """
        result: ChatResponse | AsyncGenerator[ChatResponse, None] = await self._run(
            _calls.chat(model, messages, stream=stream, params=params)
        )
        return result

    async def embed(
        self, model: str = "", input: str | Sequence[str] = "", **params: Unpack[EmbedParams]
    ) -> EmbedResponse:
        """Embed one text or a list of texts (L2-normalised vectors, one per input)."""
        result: EmbedResponse = await self._transport.request(_calls.embed(model, input, params))
        return result

    async def embeddings(
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
        result: EmbeddingResponse = await self._transport.request(call)
        return result

    # --- models ---------------------------------------------------------------------------------

    @overload
    async def pull(
        self, model: str, *, insecure: bool = False, stream: Literal[False] = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse: ...

    @overload
    async def pull(
        self, model: str, *, insecure: bool = False, stream: Literal[True], timeout: Any = _DEFAULT
    ) -> AsyncGenerator[ProgressResponse, None]: ...

    @overload
    async def pull(
        self, model: str, *, insecure: bool = False, stream: bool, timeout: Any = _DEFAULT
    ) -> ProgressResponse | AsyncGenerator[ProgressResponse, None]: ...

    async def pull(
        self, model: str, *, insecure: bool = False, stream: bool = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse | AsyncGenerator[ProgressResponse, None]:
        """Download a model; with ``stream=True``, an iterator of progress updates ending in ``success``."""
        result: ProgressResponse | AsyncGenerator[ProgressResponse, None] = await self._run(
            _calls.transfer("pull", model, insecure, stream, call_timeout(timeout))
        )
        return result

    @overload
    async def push(
        self, model: str, *, insecure: bool = False, stream: Literal[False] = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse: ...

    @overload
    async def push(
        self, model: str, *, insecure: bool = False, stream: Literal[True], timeout: Any = _DEFAULT
    ) -> AsyncGenerator[ProgressResponse, None]: ...

    @overload
    async def push(
        self, model: str, *, insecure: bool = False, stream: bool, timeout: Any = _DEFAULT
    ) -> ProgressResponse | AsyncGenerator[ProgressResponse, None]: ...

    async def push(
        self, model: str, *, insecure: bool = False, stream: bool = False, timeout: Any = _DEFAULT
    ) -> ProgressResponse | AsyncGenerator[ProgressResponse, None]:
        """Upload a model to a registry; with ``stream=True``, an iterator of progress updates."""
        result: ProgressResponse | AsyncGenerator[ProgressResponse, None] = await self._run(
            _calls.transfer("push", model, insecure, stream, call_timeout(timeout))
        )
        return result

    @overload
    async def create(
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
    async def create(
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
    ) -> AsyncGenerator[ProgressResponse, None]: ...

    @overload
    async def create(
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
    ) -> ProgressResponse | AsyncGenerator[ProgressResponse, None]: ...

    async def create(
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
    ) -> ProgressResponse | AsyncGenerator[ProgressResponse, None]:
        """Create a model from an existing one (`from_`) or from files.

        `files` and `adapters` map file names to blob digests (``sha256:...``) or to local paths:
        local files are hashed, skipped when the server already has them, else uploaded streaming
        from disk, before the create request is sent. With ``stream=True`` nothing is uploaded or
        sent before the first item is read.
        """

        async def build() -> _calls.Call:
            return _calls.create(
                model,
                stream=stream,
                quantize=quantize,
                from_=from_,
                files=await self._upload_all(files),
                adapters=await self._upload_all(adapters),
                template=template,
                license=license,
                system=system,
                parameters=parameters,
                messages=messages,
                params={**params, "draft_files": await self._upload_all(params.get("draft_files"))},
            )

        if stream and has_local_files(files, adapters, params.get("draft_files")):
            return self._transport.lazy_stream(build)
        result: ProgressResponse | AsyncGenerator[ProgressResponse, None] = await self._run(await build())
        return result

    async def create_blob(
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
        digest = check_digest(digest) if digest is not None else await asyncio.to_thread(file_digest, file)
        if not await self.blob_exists(digest, timeout=timeout):
            await self._transport.request(
                _calls.blob(
                    "create_blob",
                    digest,
                    lambda: aiter_file(file, progress),
                    call_timeout(timeout),
                    file.stat().st_size,
                )
            )
        return digest

    async def blob_exists(self, digest: str, *, timeout: Any = _DEFAULT) -> bool:
        """Whether the server has the blob ``sha256:<hex>``."""
        status = await self._transport.request(_calls.blob("head_blob", digest, None, call_timeout(timeout)))
        return bool(status == 200)

    async def delete(self, model: str, *, timeout: Any = _DEFAULT) -> ProgressResponse:
        """Delete a model; returns ``status == "success"`` (errors raise, e.g. `NotFoundError`)."""
        await self._transport.request(_calls.delete(model, call_timeout(timeout)))
        result: ProgressResponse = success()
        return result

    async def copy(self, source: str, destination: str, *, timeout: Any = _DEFAULT) -> ProgressResponse:
        """Copy a model; returns ``status == "success"`` (errors raise)."""
        await self._transport.request(_calls.copy(source, destination, call_timeout(timeout)))
        result: ProgressResponse = success()
        return result

    async def list(self, *, timeout: Any = _DEFAULT) -> ListResponse:
        """The local models."""
        result: ListResponse = await self._transport.request(
            _calls.simple("list_models", call_timeout(timeout))
        )
        return result

    async def show(self, model: str, *, verbose: bool | None = None, timeout: Any = _DEFAULT) -> ShowResponse:
        """A model's details, parameters, template, capabilities and metadata."""
        result: ShowResponse = await self._transport.request(
            _calls.show(model, verbose, call_timeout(timeout))
        )
        return result

    async def ps(self, *, timeout: Any = _DEFAULT) -> ProcessResponse:
        """The models loaded in memory."""
        result: ProcessResponse = await self._transport.request(_calls.simple("ps", call_timeout(timeout)))
        return result

    # --- server and account ---------------------------------------------------------------------

    async def version(self, *, timeout: Any = _DEFAULT) -> VersionResponse:
        """The server version."""
        result: VersionResponse = await self._transport.request(
            _calls.simple("get_version", call_timeout(timeout))
        )
        return result

    async def status(self, *, timeout: Any = _DEFAULT) -> StatusResponse:
        """Whether cloud features are enabled on the server."""
        result: StatusResponse = await self._transport.request(
            _calls.simple("get_status", call_timeout(timeout))
        )
        return result

    async def is_running(self, *, timeout: Any = _DEFAULT) -> bool:
        """True when an Ollama server answers at the client's address; False when nothing answers.

        A probe answers at once: a refused connection is not retried.
        """
        probe = AsyncTransport(self._transport.settings.without_retries(), self._clients)
        try:
            status = await probe.request(_calls.simple("head_root", call_timeout(timeout)))
        except (OllamaConnectionError, OllamaTimeoutError, ResponseError):
            return False  # nothing answers, or something that is not Ollama
        return bool(status == 200)

    async def whoami(self, *, timeout: Any = _DEFAULT) -> UserResponse:
        """The ollama.com account the server is signed in with.

        Raises `AuthenticationError`, with ``signin_url``, when it is not signed in.
        """
        result: UserResponse = await self._transport.request(_calls.simple("whoami", call_timeout(timeout)))
        return result

    async def signout(self, *, timeout: Any = _DEFAULT) -> None:
        """Sign the server out of ollama.com."""
        await self._transport.request(_calls.simple("signout", call_timeout(timeout)))

    async def web_search(
        self, query: str, max_results: int = 3, *, timeout: Any = _DEFAULT
    ) -> WebSearchResponse:
        """Search the web through ollama.com (via the server, which signs the request)."""
        result: WebSearchResponse = await self._transport.request(
            _calls.web_search(query, max_results, call_timeout(timeout), cloud=self._settings.is_cloud)
        )
        return result

    async def web_fetch(self, url: str, *, timeout: Any = _DEFAULT) -> WebFetchResponse:
        """Fetch a web page's text and links through ollama.com."""
        result: WebFetchResponse = await self._transport.request(
            _calls.web_fetch(url, call_timeout(timeout), cloud=self._settings.is_cloud)
        )
        return result

    async def model_recommendations(self, *, timeout: Any = _DEFAULT) -> ModelRecommendationsResponse:
        """Models Ollama recommends for this machine (experimental)."""
        call = _calls.simple("model_recommendations", call_timeout(timeout))
        result: ModelRecommendationsResponse = await self._transport.request(call)
        return result

    # --- helpers --------------------------------------------------------------------------------

    async def _run(self, call: _calls.Call) -> Any:
        if call.stream:
            return self._transport.stream(call)  # lazy: nothing is sent before the first item
        return await self._transport.request(call)

    async def _upload_all(self, files: Mapping[str, str | os.PathLike[str]] | None) -> dict[str, str] | None:
        if files is None:
            return None
        return {
            name: str(value) if is_digest(value) else await self.create_blob(value)
            for name, value in files.items()
        }
