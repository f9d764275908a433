"""`AsyncClient`: the asynchronous Ollama client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ollama_openapi.types import NOT_GIVEN, NotGiven
from ollama_openapi_generated._async.operations import AsyncOperations

if TYPE_CHECKING:
    from ollama_openapi.types import DurationInput, TimeoutInput
    from ollama_openapi_generated.models.generate_response import GenerateResponse

__all__ = ["AsyncClient"]


class AsyncClient(AsyncOperations):
    """An asynchronous client for one Ollama server, with a pooled connection.

    Construction: ``AsyncClient(host=None, *, timeout=..., headers=None, api_key=None, max_retries=2,
    **httpx_options)`` (see `ClientBase.__init__`). Use it as ``async with AsyncClient() as client:``.
    A streaming call returns an `AsyncStream` once awaited: ``async for part in await
    client.chat(..., stream=True)``. One client may serve several event loops in turn.

    Every method raises only `ollama_openapi.errors.OllamaError` subclasses (and `TypeError` for
    unknown keyword arguments): `ResponseError` subclasses for error answers, `StreamError` for
    broken streams, `OllamaConnectionError` / `OllamaTimeoutError` when the server cannot be reached
    in time, `InvalidArgumentError` for arguments that cannot be sent, `ClientClosedError` after
    `aclose()`.
    """

    async def load(
        self,
        model: str,
        *,
        keep_alive: DurationInput | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse:
        """Load `model` into memory without generating anything (the answer's ``done_reason`` is
        ``"load"``); `keep_alive` says how long it stays (seconds or a duration like ``"1h"``)."""
        return await self.generate(model, keep_alive=keep_alive, timeout=timeout)

    async def unload(self, model: str, *, timeout: TimeoutInput | NotGiven = NOT_GIVEN) -> GenerateResponse:
        """Free the memory `model` holds on the server now, as ``ollama stop`` does (the answer's
        ``done_reason`` is ``"unload"``)."""
        return await self.generate(model, keep_alive=0, timeout=timeout)
