"""Bounded gzip/deflate decoding and body-size limits for answers (no I/O)."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Final

import httpx

from ollama_openapi.errors import InvalidResponseError

__all__ = ["BoundedInflater", "check_body_size", "content_encoding", "fits_unread", "too_large"]


def fits_unread(response: httpx.Response, limit: int) -> bool:
    """Whether the body can be read in one go: not content-encoded, with a length within `limit`."""
    headers = response.headers
    if headers.get("content-encoding", "identity").lower() not in ("", "identity"):
        return False
    length = headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= limit


class BoundedInflater:
    """gzip or deflate decoding that never produces more than it is allowed at once.

    httpx's own decoder inflates a whole network read at once, up to ~1000x its size. `inflate`
    (a non-streamed body) inflates at most the room left under the body's limit, so a body that
    inflates without end costs no more memory than the limit; `pieces` (a stream, whose limit is per
    line) hands the output on in pieces of at most `STEP` bytes.
    """

    __slots__ = ("_inflater", "_limit", "_raw_deflate_possible", "_response")

    ENCODINGS: Final = frozenset({"gzip", "deflate", "x-gzip"})
    STEP: Final = 64 * 1024

    def __init__(self, response: httpx.Response, encoding: str, limit: int) -> None:
        self._response = response
        self._limit = limit
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        # Some servers send "deflate" without the zlib wrapper; as httpx does, the first bytes tell.
        self._raw_deflate_possible = "gzip" not in encoding

    def _decompress(self, data: bytes, max_length: int) -> bytes:
        try:
            out = self._inflater.decompress(data, max_length)
        except zlib.error:
            if not self._raw_deflate_possible:
                raise
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._inflater.decompress(data, max_length)
        self._raw_deflate_possible = False  # the first bytes decided it
        return out

    def inflate(self, data: bytes, room: int) -> bytes:
        """The bytes `data` inflates to; `InvalidResponseError` beyond `room` bytes or when corrupt."""
        try:
            out = self._decompress(data, room + 1)
        except zlib.error as exc:
            raise self._broken(exc) from None
        if len(out) > room or self._inflater.unconsumed_tail:
            raise too_large(self._response, self._limit)
        return out

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """What `data` inflates to, in pieces of at most `STEP` bytes; `InvalidResponseError` when corrupt."""
        step = self.STEP
        try:
            out = self._decompress(data, step)
            inflater = self._inflater
            while out:
                yield out
                if len(out) < step and not inflater.unconsumed_tail:
                    return
                out = inflater.decompress(inflater.unconsumed_tail, step)
        except zlib.error as exc:
            raise self._broken(exc) from None

    def _broken(self, exc: zlib.error) -> InvalidResponseError:
        return InvalidResponseError(
            f"Could not decode the response body (its Content-Encoding is broken): {exc}",
            status_code=self._response.status_code,
            body="",
        )


def content_encoding(response: httpx.Response) -> str:
    """The answer's ``Content-Encoding``, lower-cased ("" without one)."""
    encoding: str = response.headers.get("content-encoding", "")
    return encoding.strip().lower()


def check_body_size(response: httpx.Response, size: int, limit: int) -> None:
    """Raise `InvalidResponseError` when a body read so far (decoded) is larger than `limit`."""
    if size > limit:
        raise too_large(response, limit)


def too_large(response: httpx.Response, limit: int) -> InvalidResponseError:
    """The error for an answer larger than `limit` bytes once decoded."""
    return InvalidResponseError(
        f"Ollama's answer is larger than max_body_bytes={limit} once decoded; it was not read "
        "further (raise the limit with the client's max_body_bytes= if this is expected).",
        status_code=response.status_code,
        body="",
    )
