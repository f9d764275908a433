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
_KEEP_BUFFER_BYTES: Final = 64 * 1024


class SSEDecoder:
    """Turns byte chunks into the decoded JSON documents of complete events, in one pass.

    Every byte is looked at once: the decoder keeps where it is (the incomplete line so far, and the
    fields of the event so far) rather than joining what it holds with each new chunk and scanning
    again, so an event of N bytes costs O(N) however its bytes are cut into reads, and it holds about
    the event's own bytes. Every line of an event block counts against `max_event_bytes` (comments
    too): an event, or a run of lines without the blank line that ends an event, stops there.

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

    __slots__ = (
        "_carriage",
        "_data",
        "_event",
        "_event_data",
        "_has_data",
        "_line",
        "_size",
        "done",
        "final_types",
        "finished",
        "max_event_bytes",
    )

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
        self._data: list[bytes] = []
        """The raw data of every delivered event (bytes keep no object graph alive), for `received`."""
        self._line = bytearray()
        """The incomplete line so far (only what earlier chunks left; one growing buffer)."""
        self._carriage = False
        """The last chunk ended with a CR: a LF starting the next one belongs to it."""
        self._size = 0
        """Bytes of the complete lines of the current event block so far (with their line ends)."""
        self._event = b""
        self._event_data = bytearray()
        self._has_data = False

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
        if self.finished or not chunk:
            return []
        if b"\n" not in chunk and b"\r" not in chunk and not self._carriage:
            # No line ends here: more of the current line (a large event arriving in small reads).
            line = self._line
            line += chunk
            if self._size + len(line) > self.max_event_bytes:
                raise self._too_long(line)
            return []
        if (
            not self._size
            and not self._line
            and not self._carriage
            and chunk.startswith(b"data: ")
            and chunk.find(b"\n") == len(chunk) - 2
            and chunk.endswith(b"\n\n")
            and len(chunk) - 1 <= self.max_event_bytes
            and b"\r" not in chunk
        ):
            # Ollama flushes one data-only event per write: decode it in place.
            return self._deliver(b"", chunk[6:-2])
        if self._carriage:
            self._carriage = False
            if chunk.startswith(b"\n"):
                chunk = chunk[1:]  # the second half of a CRLF cut between two reads
        if b"\r" in chunk:
            self._carriage = chunk.endswith(b"\r")
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        documents: list[Any] = []
        line = self._line
        start = 0
        while not self.finished:
            end = chunk.find(b"\n", start)
            if end < 0:
                break
            if line:  # the end of a line earlier chunks began
                line += memoryview(chunk)[start:end]
                self._line_of(line, len(line))
                line = self._line  # `_line_of` may have taken the buffer over
                line.clear()
            elif end == start:
                documents.extend(self._dispatch())
            else:
                self._line_of(chunk, end, start)
            start = end + 1
        if self.finished:
            self._reset()
        elif start < len(chunk):
            line += memoryview(chunk)[start:] if start else chunk
            if self._size + len(line) > self.max_event_bytes:
                raise self._too_long(line)
        return documents

    def finish(self) -> list[Any]:
        """Deliver a last event that lacks its blank line; call once when the body has ended.

        Raises:
            StreamTruncatedError: The body ended before the stream's end marker.
        """
        documents: list[Any] = []
        if not self.finished:
            if self._line:
                self._line_of(self._line, len(self._line))
            documents = self._dispatch()
            self._reset()
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

    def _line_of(self, source: bytes | bytearray, end: int, start: int = 0) -> None:
        """Take in the field of the non-empty line ``source[start:end]`` (without its line end)."""
        self._size += end - start + 1
        if self._size > self.max_event_bytes:
            raise self._too_long(source[start : min(end, start + _PREVIEW_BYTES)])
        colon = source.find(b":", start, end)
        if colon == start:
            return  # a comment (a keep-alive)
        if colon < 0:
            colon = value = end  # a field name alone: its value is empty
        else:
            value = colon + 2 if source[colon + 1 : colon + 2] == b" " else colon + 1
        name_size = colon - start
        if name_size == 4 and source.startswith(b"data", start):
            if self._has_data:
                self._event_data += b"\n"
                self._event_data += memoryview(source)[value:end]
            elif isinstance(source, bytearray) and source is self._line and not self._event_data:
                # The first data line of the event, in the line buffer: take the buffer over
                # rather than copying what may be most of a large event.
                del source[:value]
                self._line, self._event_data = self._event_data, source
            else:
                self._event_data += memoryview(source)[value:end]
            self._has_data = True
        elif name_size == 5 and source.startswith(b"event", start):
            self._event = bytes(source[value:end])

    def _dispatch(self) -> list[Any]:
        """The document of the event a blank line (or the body's end) completes, if it has data."""
        self._size = 0
        if not self._event_data:  # no data, or only an empty data line: nothing to deliver
            self._event = b""
            self._has_data = False
            return []
        data = bytes(self._event_data)
        event = self._event
        self._event = b""
        self._has_data = False
        if len(self._event_data) > _KEEP_BUFFER_BYTES:
            self._event_data = bytearray()  # give a large event's memory back
        else:
            self._event_data.clear()
        return self._deliver(event, data)

    def _reset(self) -> None:
        self._line = bytearray()
        self._event_data = bytearray()
        self._event = b""
        self._has_data = False
        self._size = 0
        self._carriage = False

    def _too_long(self, preview: bytes | bytearray) -> StreamDecodeError:
        if self._has_data:
            preview = self._event_data
        preview = bytes(preview[:_PREVIEW_BYTES])
        self._reset()
        return StreamDecodeError(
            f"An event of the stream is longer than max_event_bytes={self.max_event_bytes}",
            received=self.received,
            line=preview,
        )

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
