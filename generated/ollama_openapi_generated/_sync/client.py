# @generated from overlays/ollama_openapi/_async/client.py by scripts/unasync.py: do not edit; run `make generate`.
"""`Client`: the synchronous Ollama client."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ollama_openapi.types import NOT_GIVEN, NotGiven
from ollama_openapi_generated._sync.operations import Operations

if TYPE_CHECKING:
    from ollama_openapi.tool_runner import ToolRun, ToolStep
    from ollama_openapi.types import DurationInput, MessageInput, OptionsInput, ThinkInput, TimeoutInput
    from ollama_openapi_generated._sync.structured import Structured
    from ollama_openapi_generated.models.generate_response import GenerateResponse

__all__ = ["Client"]


class Client(Operations):
    """A synchronous client for one Ollama server, with a pooled connection.

    Construction: ``Client(host=None, *, timeout=..., headers=None, api_key=None, max_retries=2,
    **httpx_options)`` (see `ClientBase.__init__`). Use it as ``with Client() as client:``.
    A call returns the answer as a generated model: ``reply = client.chat(model, messages)``.
    With ``stream=True`` it returns a `Stream` of the chunks:
    ``for part in client.chat(model, messages, stream=True):``.

    Every method raises only `ollama_openapi.errors.OllamaError` subclasses (and `TypeError` for
    unknown keyword arguments): `ResponseError` subclasses for error answers, `StreamError` for
    broken streams, `OllamaConnectionError` / `OllamaTimeoutError` when the server cannot be reached
    in time, `InvalidArgumentError` for arguments that cannot be sent, `ClientClosedError` after
    `close()`.
    """

    @functools.cached_property
    def structured(self) -> Structured:
        """Chat, generate and ``/v1`` chat completions whose answer is read as a Python type:
        ``(client.structured.chat(model, messages, format=Person)).parsed`` is a ``Person``
        (a pydantic model, dataclass, TypedDict or attrs class; see `ollama_openapi.structured`)."""
        from ollama_openapi_generated._sync.structured import Structured

        return Structured(self)

    def run_tools(
        self,
        model: str,
        messages: Sequence[MessageInput],
        tools: Sequence[Callable[..., Any]],
        *,
        max_rounds: int = 10,
        raise_tool_errors: bool = False,
        think: ThinkInput | None = None,
        options: OptionsInput | None = None,
        keep_alive: DurationInput | None = None,
        **chat_options: Any,
    ) -> ToolRun:
        """Chat with `tools` until the model answers without calling one: each answer's calls are
        run and their results appended as
        ``tool`` messages, for at most `max_rounds` chats.

        Args:
            model: The model name.
            messages: The conversation so far (not changed: the transcript is a new list).
            tools: Functions or bound methods; their
                schemas are derived from their signatures and docstrings, as for ``tools=``.
            max_rounds: The most chat requests sent; when the last one still calls tools, they are
                not run and the run's ``stop_reason`` is ``"max_rounds"``.
            raise_tool_errors: Let an exception raised by a tool propagate, instead of sending the
                model an ``Error: ...`` result. Unknown tools and arguments that do not fit the
                parameters' annotations are always reported to the model, never run.
            think: As for `chat`, sent in every round; so are `options` and `keep_alive`.
            **chat_options: Other keywords of `chat` (``timeout=``, ``format=``, ...).

        Returns:
            A `ToolRun`: ``.content`` (the final text), ``.messages`` (the transcript),
            ``.responses`` (each round's answer), ``.stop_reason``.
        """
        from ollama_openapi_generated._sync.tool_runner import run_tools

        return run_tools(
            self,
            model,
            messages,
            tools,
            max_rounds=max_rounds,
            raise_tool_errors=raise_tool_errors,
            chat_options={"think": think, "options": options, "keep_alive": keep_alive, **chat_options},
        )

    def stream_tools(
        self,
        model: str,
        messages: Sequence[MessageInput],
        tools: Sequence[Callable[..., Any]],
        *,
        max_rounds: int = 10,
        raise_tool_errors: bool = False,
        think: ThinkInput | None = None,
        options: OptionsInput | None = None,
        keep_alive: DurationInput | None = None,
        **chat_options: Any,
    ) -> Iterator[ToolStep]:
        """`run_tools`, streamed: yields the model's text as it comes (`ModelText`), each call
        before it runs (`ToolCallStep`), each result (`ToolResultStep`), and last `RunFinished`
        with the whole `ToolRun`. Nothing is sent before the first step is read."""
        from ollama_openapi_generated._sync.tool_runner import stream_tools

        return stream_tools(
            self,
            model,
            messages,
            tools,
            max_rounds=max_rounds,
            raise_tool_errors=raise_tool_errors,
            chat_options={"think": think, "options": options, "keep_alive": keep_alive, **chat_options},
        )

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
