# @generated from overlays/ollama_openapi/_async/client.py by scripts/unasync.py: do not edit; run `make generate`.
"""`Client`: the synchronous Ollama client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ollama_openapi.types import NOT_GIVEN, NotGiven
from ollama_openapi_generated._sync.operations import Operations

if TYPE_CHECKING:
    from ollama_openapi.types import DurationInput, TimeoutInput
    from ollama_openapi_generated.models.generate_response import GenerateResponse

__all__ = ["Client"]


class Client(Operations):
    """An synchronous client for one Ollama server, with a pooled connection.

    Construction: ``Client(host=None, *, timeout=..., headers=None, api_key=None, max_retries=2,
    **httpx_options)`` (see `ClientBase.__init__`). Use it as ``with Client() as client:``.
    A streaming call returns a `Stream` once awaited: ``for part in await
    client.chat(..., stream=True)``. One client may serve several event loops in turn.

    Every method raises only `ollama_openapi.errors.OllamaError` subclasses (and `TypeError` for
    unknown keyword arguments): `ResponseError` subclasses for error answers, `StreamError` for
    broken streams, `OllamaConnectionError` / `OllamaTimeoutError` when the server cannot be reached
    in time, `InvalidArgumentError` for arguments that cannot be sent, `ClientClosedError` after
    `close()`.
    """

    def load(
        self,
        model: str,
        *,
        keep_alive: DurationInput | None = None,
        timeout: TimeoutInput | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse:
        """Load `model` into memory without generating anything (the answer's ``done_reason`` is
        ``"load"``); `keep_alive` says how long it stays (seconds or a duration like ``"1h"``)."""
        return self.generate(model, keep_alive=keep_alive, timeout=timeout)

    def unload(self, model: str, *, timeout: TimeoutInput | NotGiven = NOT_GIVEN) -> GenerateResponse:
        """Free the memory `model` holds on the server now, as ``ollama stop`` does (the answer's
        ``done_reason`` is ``"unload"``)."""
        return self.generate(model, keep_alive=0, timeout=timeout)
