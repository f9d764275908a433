"""Incremental NDJSON decoding for Ollama's streamed responses, independent of the HTTP library.

Ollama streams one JSON object per ``\\n``-terminated line. The decoder splits raw byte chunks on
``b"\\n"`` (a byte that never occurs inside a multi-byte UTF-8 sequence, so characters split across
chunks are reassembled untouched) and hands each line to ``json.loads`` as bytes, skipping the
decode-to-text step. Blank lines and ``\\r\\n`` endings are tolerated. ``orjson`` is used when it is
installed; any line it rejects is re-parsed by ``json``, so the same lines are accepted either way
(orjson reads an integer beyond 64 bits as a float, ``json`` exactly). Either way, numbers Go's
encoder cannot write (``NaN``, ``Infinity``, ``1e400``) are refused: see `_strict_json`.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import (
    Callable,
)
from typing import Any, Final

from ollama_openapi._strict_json import STRICT_DECODER, NonFiniteNumberError
from ollama_openapi._strict_json import loads as strict_loads
from ollama_openapi.errors import (
    InvalidResponseError,
    StreamDecodeError,
    StreamInBandError,
    StreamTruncatedError,
)

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "NDJSONDecoder",
    "is_done",
    "is_success",
    "parse_json_body",
]

DEFAULT_MAX_LINE_BYTES: Final = 64 * 1024 * 1024
_PREVIEW_BYTES: Final = 200
_NEWLINE: Final = b"\n"


def _load_fast_loads() -> Callable[[bytes], Any] | None:
    try:
        import orjson  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    loads: Callable[[bytes], Any] = orjson.loads
    return loads if _refuses_non_finite(loads) else None


def _refuses_non_finite(loads: Callable[[bytes], Any]) -> bool:
    """Whether a fast parser refuses what Go's encoder never writes, as orjson does (the decoders
    rely on it: what it accepts is not checked again); one that does not is not used."""
    for probe in (b"1e400", b"-1e400", b"NaN", b"Infinity"):
        try:
            loads(probe)
        except ValueError:  # orjson.JSONDecodeError is a ValueError
            continue
        return False
    return True


_fast_loads: Callable[[bytes], Any] | None = _load_fast_loads()


# typeshed describes make_scanner as a class taking itself; it takes a JSONDecoder. Its hooks refuse
# NaN, Infinity and numbers beyond a 64-bit float, and run only for those and for floats.
_scan_once: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(STRICT_DECODER)  # type: ignore[arg-type]
_JSON_WHITESPACE: Final = " \t\n\r"


def _loads_utf8(line: bytes) -> Any:
    # What json.loads does, minus the costs that matter on a short line (about 40% of it): detecting
    # the encoding of bytes, and two regular-expression passes for surrounding whitespace. Anything
    # unusual (leading whitespace, trailing data, bad UTF-8) raises ValueError, and callers then ask
    # json.loads itself, so values and error messages stay exactly json's.
    text = line.decode("utf-8")
    try:
        value, end = _scan_once(text, 0)
    except StopIteration:
        raise ValueError("no JSON value at the start of the line") from None
    if end != len(text) and text[end:].strip(_JSON_WHITESPACE):
        raise ValueError("data after the JSON value")
    return value


FAST_PARSE_MAX_BYTES: Final = 4 * 1024 * 1024
"""orjson allocates about 13 times the size of a document while it reads it (json: a few times);
documents longer than this are read with json, so that a 64 MiB line cannot cost gigabytes."""


def _bounded_fast_line_loads(fast: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
    def loads(line: bytes) -> Any:
        return fast(line) if len(line) <= FAST_PARSE_MAX_BYTES else _loads_utf8(line)

    return loads


_line_loads: Callable[[bytes], Any] = (
    _loads_utf8 if _fast_loads is None else _bounded_fast_line_loads(_fast_loads)
)


def _loads_exact(data: bytes) -> Any:
    """``json.loads`` semantics (minus non-finite numbers), using the fast parser first when available
    (for documents up to `FAST_PARSE_MAX_BYTES`)."""
    if _fast_loads is not None and len(data) <= FAST_PARSE_MAX_BYTES:
        try:
            return _fast_loads(data)
        except (ValueError, TypeError, RecursionError):
            pass  # orjson rejects some inputs json accepts (huge integers, lone surrogates), and 1e400
    return strict_loads(data)


def _identity(value: Any) -> Any:
    return value


def is_done(item: Any) -> bool:
    """The final-chunk test of generate and chat streams: ``"done": true``."""
    return type(item) is dict and item.get("done") is True


def is_success(item: Any) -> bool:
    """The final-chunk test of pull, push and create streams: ``"status": "success"``."""
    return isinstance(item, dict) and item.get("status") == "success"


def _in_band_message(error: Any) -> str:
    if isinstance(error, str):
        return error
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])
    return json.dumps(error, ensure_ascii=False)


class NDJSONDecoder:
    """Turns byte chunks into decoded JSON values, one per line.

    Feed it every chunk with :meth:`feed`, then call :meth:`finish` at the end of the body. The values
    decoded so far are kept in :attr:`received` and attached to every :class:`StreamError` it raises.
    With a ``final`` predicate, decoding stops after the first item it accepts and :attr:`finished`
    becomes True; anything after that item is ignored. A ``single`` predicate accepts a body that
    holds exactly one item, which it accepts, as complete without a final item (the one-object
    answers some streaming requests get, e.g. loading a model); it may be set once the answer's
    headers say that such a body can come.

    Raises:
        StreamInBandError: A line is an object with a non-empty ``"error"`` (its ``"status"`` becomes
            ``status_code``).
        StreamDecodeError: A line is not JSON (or holds NaN, Infinity or a number such as 1e400,
            beyond a 64-bit float), or is longer than ``max_line_bytes``.
        StreamTruncatedError: From :meth:`finish`, when the body ends in the middle of a line, or
            (with ``final``) before the final item, unless ``single`` accepts it as a one-object answer.
    """

    __slots__ = ("_lines", "_pending", "_pending_size", "final", "finished", "max_line_bytes", "single")

    def __init__(
        self,
        *,
        final: Callable[[Any], bool] | None = None,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        single: Callable[[Any], bool] | None = None,
    ) -> None:
        if max_line_bytes <= 0:
            raise ValueError(f"max_line_bytes must be positive, got {max_line_bytes}")
        self.final = final
        self.single = single
        self.max_line_bytes = max_line_bytes
        self.finished = False
        # The raw bytes of every decoded line: bytes are not tracked by the garbage collector, so a
        # long stream keeps no growing graph of dicts alive; `received` decodes them when asked.
        self._lines: list[bytes] = []
        # The incomplete line so far, in one growing buffer: its memory follows the line's bytes,
        # not the number of chunks it came in (a line sent byte by byte stays about its size).
        self._pending = bytearray()
        self._pending_size = 0

    @property
    def received(self) -> list[Any]:
        """The values decoded so far (decoded again from their lines: meant for error reports)."""
        return [_loads_exact(line) for line in self._lines]

    @property
    def count(self) -> int:
        """How many values were decoded so far."""
        return len(self._lines)

    def feed(self, chunk: bytes) -> list[Any]:
        """Decode the complete lines that ``chunk`` finishes; keep the incomplete rest for later."""
        if self.finished:
            return []
        lines: list[bytes]
        if not self._pending and chunk.find(_NEWLINE) == len(chunk) - 1:
            # Ollama flushes one line per write, so a chunk is usually exactly one complete line:
            # parse it in place (json accepts the trailing newline) without splitting or copying.
            lines = [chunk]
        else:
            lines = self._split(chunk)
        if len(chunk) > self.max_line_bytes:
            self._check_lengths(lines)
        # The hot path (one call per streamed chunk): keep it free of method calls and allocations.
        loads = _line_loads
        lines_seen = self._lines
        final = self.final
        decoded = []
        for line in lines:
            try:
                item = loads(line)
            except (ValueError, TypeError, RecursionError):
                item = self._decode_slow(line)
                if item is _BLANK:
                    continue
            if type(item) is dict and "error" in item:
                self._raise_in_band(item)
            lines_seen.append(line)
            decoded.append(item)
            if final is not None and final(item):
                self.finished = True
                self._pending.clear()
                self._pending_size = 0
                break
        return decoded

    def _split(self, chunk: bytes) -> list[bytes]:
        """The complete lines that ``chunk`` finishes (joined with buffered data); buffers the rest."""
        lines = chunk.split(_NEWLINE)
        incomplete = lines.pop()
        if self._pending:
            if not lines:
                self._buffer(incomplete)
                return []
            self._pending += lines[0]
            lines[0] = bytes(self._pending)
            self._pending.clear()
            self._pending_size = 0
            if len(lines[0]) > self.max_line_bytes:
                raise self._too_long(lines[0][:_PREVIEW_BYTES])
        if incomplete:
            self._buffer(incomplete)
        return lines

    def finish(self) -> list[Any]:
        """Decode a last line that lacks its trailing newline; call once when the body has ended.

        Raises:
            StreamTruncatedError: The body ended mid-line, or (with ``final``) before the final item.
        """
        if self.finished:
            return []
        if not self._pending:
            self._check_finished()
            return []
        line = bytes(self._pending)
        self._pending.clear()
        self._pending_size = 0
        try:
            item = self._decode(line)
        except StreamDecodeError as exc:
            raise StreamTruncatedError(
                f"The stream from Ollama ended in the middle of a line ({len(line)} bytes received): "
                f"{exc.error}",
                received=self.received,
            ) from None
        if item is not _BLANK and self.final is not None and self.final(item):
            self.finished = True
        self._check_finished()
        return [] if item is _BLANK else [item]

    def _check_finished(self) -> None:
        if self.final is not None and not self.finished:
            single = self.single
            if single is not None and len(self._lines) == 1 and single(_loads_exact(self._lines[0])):
                self.finished = True  # a one-object answer: complete by itself
                return
            raise StreamTruncatedError(
                f"The stream from Ollama ended before its final chunk ({self.count} items received).",
                received=self.received,
            )

    def _buffer(self, part: bytes) -> None:
        self._pending += part
        self._pending_size += len(part)
        if self._pending_size > self.max_line_bytes:
            preview = bytes(self._pending[:_PREVIEW_BYTES])
            self._pending.clear()
            self._pending_size = 0
            raise self._too_long(preview)

    def _check_lengths(self, lines: list[bytes]) -> None:
        for line in lines:
            if len(line) > self.max_line_bytes:
                raise self._too_long(line[:_PREVIEW_BYTES])

    def _too_long(self, preview: bytes) -> StreamDecodeError:
        return StreamDecodeError(
            f"A line of the stream is longer than max_line_bytes={self.max_line_bytes}",
            received=self.received,
            line=preview,
        )

    def _decode(self, line: bytes) -> Any:
        try:
            item = _line_loads(line)
        except (ValueError, TypeError, RecursionError):
            item = self._decode_slow(line)
            if item is _BLANK:
                return _BLANK
        if type(item) is dict and "error" in item:
            self._raise_in_band(item)
        self._lines.append(line)
        return item

    def _raise_in_band(self, item: dict[str, Any]) -> None:
        error = item["error"]
        if error is None or error == "":
            return
        status = item.get("status")
        raise StreamInBandError(
            _in_band_message(error),
            received=self.received,
            status_code=status if type(status) is int else None,
        )

    def _decode_slow(self, line: bytes) -> Any:
        """Parse a line the fast path rejected: blank, or JSON only ``json`` accepts, or invalid."""
        if not line.strip():
            return _BLANK
        try:
            return strict_loads(line)
        except (ValueError, RecursionError) as exc:
            preview = line.rstrip(b"\r\n")[:_PREVIEW_BYTES]
            raise StreamDecodeError(
                f"{_refusal('a line', exc)}: {preview!r}",
                received=self.received,
                line=preview,
            ) from None


_BLANK: Final[Any] = object()


def _refusal(what: str, exc: ValueError | RecursionError) -> str:
    """Why `what` (a line, a response) is refused, for the message of the error that says so."""
    if isinstance(exc, NonFiniteNumberError):
        return f"Ollama sent {what} with a number Go's encoder never writes ({exc})"
    return f"Ollama sent {what} that is not valid JSON ({type(exc).__name__}: {exc})"


def parse_json_body(content: bytes, *, status_code: int) -> Any:
    """Decode a complete (non-streamed) 2xx JSON body.

    Raises:
        InvalidResponseError: The body is empty, is not JSON, or holds a number Go's encoder never
            writes (``NaN``, ``Infinity``, one beyond a 64-bit float such as ``1e400``).
    """
    if not content.strip():
        raise InvalidResponseError(
            "Ollama sent an empty response where JSON was expected", status_code=status_code, body=""
        )
    try:
        return _loads_exact(content)
    except (ValueError, RecursionError) as exc:
        text = content.decode("utf-8", errors="replace")
        preview = text[:_PREVIEW_BYTES]
        raise InvalidResponseError(
            f"{_refusal('a response', exc)}: {preview!r}",
            status_code=status_code,
            body=text,
        ) from None
