"""Streams that fail part-way on purpose (``FakeOllama(fail_streams_after=...)``), both families alike.

The failure is injected where the fake's native answers are produced (generation, pull, push, create), so
the ``/v1`` routes, which translate native chunks as Ollama's compatibility layer does, fail the same way:

* ``"error"``: the runner fails. A native stream ends with an ``{"error": ...}`` line in its 200 answer,
  as Ollama writes a late error; the ``/v1`` writers lose it (the stream just stops); an answer not yet
  started is an HTTP 500.
* ``"cut"``: the server goes away. The connection is closed then and there, in the middle of the chunked
  body (or before any answer), on every route.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, get_args

from .errors import ApiError

__all__ = ["RUNNER_FAILURE", "STREAM_FAILURE_MODES", "ConnectionCut", "StreamFailure", "StreamFailureMode"]

StreamFailureMode = Literal["error", "cut"]
STREAM_FAILURE_MODES: tuple[StreamFailureMode, ...] = get_args(StreamFailureMode)

RUNNER_FAILURE = "an error was encountered while running the model: unexpected EOF"
"""What a runner that crashes mid-generation reports: the default in-band error message."""


class ConnectionCut(Exception):
    """Raised by an answer being produced: the HTTP layer closes the connection without another byte."""


@dataclass(frozen=True)
class StreamFailure:
    """How every stream fails: after `after` lines (NDJSON lines of the native answer), in `mode`.

    Attributes:
        after: Lines sent before the failure; ``0`` fails before anything is sent.
        mode: ``"error"`` (an in-band error line; HTTP 500 when nothing was sent) or ``"cut"``.
        message: The error's message in ``"error"`` mode.
    """

    after: int
    mode: StreamFailureMode = "error"
    message: str = RUNNER_FAILURE

    def __post_init__(self) -> None:
        if self.after < 0:
            raise ValueError(f"fail_streams_after must be >= 0, got {self.after}")
        if self.mode not in STREAM_FAILURE_MODES:
            raise ValueError(f"stream_failure must be one of {STREAM_FAILURE_MODES}, got {self.mode!r}")

    def exception(self) -> Exception:
        """What the answer raises where it fails."""
        return ConnectionCut() if self.mode == "cut" else ApiError(500, self.message)

    def apply(self, lines: Iterator[bytes]) -> Iterator[bytes]:
        """`lines`, of which at most `after` are yielded: where one more would come, the failure is
        raised instead (a stream of `after` lines or fewer is left complete)."""
        try:
            for produced, line in enumerate(lines):
                if produced >= self.after:
                    raise self.exception()
                yield line
        finally:
            close = getattr(lines, "close", None)
            if close is not None:
                close()

    def check_unstreamed(self, lines: int) -> None:
        """For an answer sent as one document: fail as its stream of `lines` lines would have."""
        if lines > self.after:
            raise self.exception()


def failing(lines: Iterator[bytes], failure: StreamFailure | None) -> Iterator[bytes]:
    """`lines` failing as `failure` says (unchanged when it is ``None``)."""
    return lines if failure is None else failure.apply(lines)
