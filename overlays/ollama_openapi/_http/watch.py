"""What the network layer measures for one request: bytes received and time spent waiting (no I/O).

httpx applies its read timeout to each socket read, so a server that trickles bytes (one header byte a
second, one byte of a line a second) never trips it, and wall-clock deadlines judge the client's own
parsing as if it were the server's slowness. A `Watch` instead counts, per phase of one request (the
response headers, a non-streamed body, each line of a stream), the seconds spent *waiting for the
server* inside socket reads; the network streams of ``_async/network.py`` (and its ``_sync`` twin)
add to it and shorten each read's timeout to the room left. The bytes it counts tell the retry logic
whether any part of an answer arrived.

The transport makes a `Watch` for each attempt and sets it as `CURRENT` while the request is sent;
the network stream that writes the request takes it up, and keeps it until the connection carries
another request.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Final

from ollama_openapi._redact import redact_url
from ollama_openapi.errors import OllamaTimeoutError

__all__ = ["CURRENT", "Watch"]

CURRENT: Final[ContextVar[Watch | None]] = ContextVar("ollama_openapi_watch", default=None)
"""The `Watch` of the request being sent in this context (set by the transport around ``send``)."""


class Watch:
    """The bytes one request's answer brought and the time spent waiting for it, phase by phase.

    With a read timeout of `limit` seconds, each phase may spend at most `limit` seconds waiting for
    the server in total: a read gets only the room left, and a phase that ran out while data kept
    arriving ends with `OllamaTimeoutError` ("too slowly"). Without a limit only bytes are counted.
    """

    __slots__ = ("bound", "host", "limit", "phase_received", "received", "waited", "what")

    def __init__(self, limit: float | None, host: str) -> None:
        self.limit = limit
        self.host = host
        self.what = "response headers"
        self.received = 0
        """Bytes read from the network for this request (status line, headers and body)."""
        self.phase_received = 0
        self.waited = 0.0
        """Seconds spent in socket reads during the current phase."""
        self.bound = False
        """Whether a network stream took this watch up (False: a transport that is not httpx's own)."""

    def begin(self, what: str) -> None:
        """Start a phase (`what`: "response body", "next line of the stream"...) with the full limit."""
        self.what = what
        self.lap()

    def lap(self) -> None:
        """An item (a stream line) completed: the next one has the full limit again."""
        self.waited = 0.0
        self.phase_received = self.received

    def room(self, timeout: float | None) -> float | None:
        """The timeout for the next socket read: httpx's own, or the room left in this phase if smaller.

        Raises:
            OllamaTimeoutError: No room is left (the phase already waited its limit).
        """
        limit = self.limit
        if limit is None:
            return timeout
        room = limit - self.waited
        if room <= 0:
            raise self.too_slow()
        return room if timeout is None or room < timeout else timeout

    @property
    def trickled(self) -> bool:
        """Whether bytes arrived in this phase (its time ran out on a trickle, not on silence)."""
        return self.received > self.phase_received

    def too_slow(self) -> OllamaTimeoutError:
        """The error for a phase that used up its limit while data kept arriving."""
        host = redact_url(self.host)
        return OllamaTimeoutError(
            f"Timed out waiting for Ollama's response at {host} (read timeout: {self.limit:g} s): "
            f"data kept arriving, but too slowly to complete the {self.what} in time. Raise the "
            "limit with the client's timeout= option if this is expected.",
            host=host,
            kind="read",
            timeout=self.limit,
        )
