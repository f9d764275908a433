"""Incremental Server-Sent Events decoding for the ``/v1`` streams, independent of the HTTP library.

An event is a block of ``field: value`` lines ended by a blank line; its ``data`` lines hold one JSON
document. Ollama's OpenAI routes send ``data:``-only events and end a complete stream with
``data: [DONE]``; the Responses and Anthropic routes name each event (``event: message_stop``) and
end with a final event type. A stream that ends before its end marker raises
`StreamTruncatedError`: that is how Ollama reports an error after the stream has started (it stops).
"""

from __future__ import annotations

import json
from typing import Any, Final

from ._ndjson import DEFAULT_MAX_LINE_BYTES, _line_loads, _loads_exact, _refusal
from ._strict_json import loads as strict_loads
from .errors import StreamDecodeError, StreamInBandError, StreamTruncatedError

__all__ = ["DONE", "SSEDecoder"]

DONE: Final = b"[DONE]"
_PREVIEW_BYTES: Final = 200


class SSEDecoder:
    """Turns byte chunks into the decoded JSON documents of complete events.

    Args:
        done: The ``data`` that ends a complete stream without being an event itself (``[DONE]``),
            or None when the stream ends with a final event type instead.
        final_types: Event types (the ``event:`` field, else the document's ``"type"``) that end a
            complete stream; the event is delivered, then decoding stops.
        max_event_bytes: Longest accepted event; a longer one raises `StreamDecodeError`.

    Raises:
        StreamInBandError: An event reports an error (``{"error": ...}`` or ``"type": "error"``).
        StreamDecodeError: An event's data is not JSON (or holds NaN, Infinity or a number such as
            1e400, beyond a 64-bit float), or it is too long.
        StreamTruncatedError: From `finish`, when the body ends before its end marker.
    """

    __slots__ = ("_carriage", "_data", "_pending", "done", "final_types", "finished", "max_event_bytes")

    def __init__(
        self,
        *,
        done: bytes | None = DONE,
        final_types: frozenset[str] = frozenset(),
        max_event_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        if max_event_bytes <= 0:
            raise ValueError(f"max_event_bytes must be positive, got {max_event_bytes}")
        self.done = done
        self.final_types = final_types
        self.max_event_bytes = max_event_bytes
        self.finished = False
        self._pending = b""
        self._carriage = False
        self._data: list[bytes] = []
        """The raw data of every delivered event (bytes keep no object graph alive), for `received`."""

    @property
    def count(self) -> int:
        """How many events were delivered so far."""
        return len(self._data)

    @property
    def received(self) -> list[Any]:
        """The documents delivered so far (decoded again from their data: meant for error reports)."""
        return [_loads_exact(data) for data in self._data]

    def feed(self, chunk: bytes) -> list[Any]:
        """The documents of the events that `chunk` completes; keeps the incomplete rest for later."""
        if self.finished:
            return []
        if (
            not self._pending
            and chunk.startswith(b"data: ")
            and chunk.endswith(b"\n\n")
            and chunk.find(b"\n") == len(chunk) - 2
            and b"\r" not in chunk
        ):
            # Ollama flushes one data-only event per write: decode it in place.
            return self._deliver(b"", chunk[6:-2])
        if self._carriage:
            chunk = b"\r" + chunk
            self._carriage = False
        if b"\r" in chunk:
            if chunk.endswith(b"\r"):
                # A CR at the end may be the first half of a CRLF: wait for the next chunk.
                chunk = chunk[:-1]
                self._carriage = True
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        buffer = self._pending + chunk if self._pending else chunk
        documents: list[Any] = []
        start = 0
        while not self.finished:
            end = buffer.find(b"\n\n", start)
            if end < 0:
                break
            event, data = _fields(buffer[start:end])
            start = end + 2
            if data is not None:
                documents.extend(self._deliver(event, data))
        self._pending = b"" if self.finished else buffer[start:]
        if len(self._pending) > self.max_event_bytes:
            preview = self._pending[:_PREVIEW_BYTES]
            self._pending = b""
            raise StreamDecodeError(
                f"An event of the stream is longer than max_event_bytes={self.max_event_bytes}",
                received=self.received,
                line=preview,
            )
        return documents

    def finish(self) -> list[Any]:
        """Deliver a last event that lacks its blank line; call once when the body has ended.

        Raises:
            StreamTruncatedError: The body ended before the stream's end marker.
        """
        documents: list[Any] = []
        if not self.finished and self._pending.strip():
            event, data = _fields(self._pending.rstrip(b"\n"))
            self._pending = b""
            if data is not None:
                documents = self._deliver(event, data)
        if not self.finished:
            marker = (
                f"data: {self.done.decode()}"
                if self.done is not None
                else " or ".join(sorted(self.final_types))
            )
            raise StreamTruncatedError(
                f"The stream from Ollama ended before its end ({marker}) after {self.count} events: "
                "Ollama stops a /v1 stream this way when it fails part-way.",
                received=self.received,
            )
        return documents

    def _deliver(self, event: bytes, data: bytes) -> list[Any]:
        if data == self.done:
            self.finished = True
            return []
        document = self._decode(data)
        kind = event.decode("utf-8", "replace") if event else _type_of(document)
        if type(document) is dict and (document.get("error") or kind == "error"):
            raise StreamInBandError(_error_message(document), received=self.received)
        self._data.append(data)
        if kind in self.final_types:
            self.finished = True
        return [document]

    def _decode(self, data: bytes) -> Any:
        try:
            return _line_loads(data)
        except (ValueError, TypeError, RecursionError):
            try:
                return strict_loads(data)  # what the fast parser refused: NaN, 1e400, or not JSON
            except (ValueError, RecursionError) as exc:
                preview = data[:_PREVIEW_BYTES]
                raise StreamDecodeError(
                    f"{_refusal('an event', exc)}: {preview!r}",
                    received=self.received,
                    line=preview,
                ) from None


def _fields(block: bytes) -> tuple[bytes, bytes | None]:
    """The event type and the data of one event block (None: no data, nothing to deliver)."""
    event = b""
    data: list[bytes] = []
    for line in block.split(b"\n"):
        if not line or line.startswith(b":"):
            continue  # a comment (a keep-alive)
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            data.append(value)
        elif name == b"event":
            event = value
    return event, (b"\n".join(data) if data else None)


def _type_of(document: Any) -> str:
    kind = document.get("type") if type(document) is dict else None
    return kind if isinstance(kind, str) else ""


def _error_message(document: dict[str, Any]) -> str:
    error = document.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])
    if isinstance(error, str):
        return error
    return json.dumps(document, ensure_ascii=False)[:1000]
