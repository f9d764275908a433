"""BoundedInflater reads deflate with or without the zlib wrapper, as httpx's decoder does."""

from __future__ import annotations

import zlib

import httpx
import pytest

from ollama_openapi._http.inflate import BoundedInflater
from ollama_openapi.errors import InvalidResponseError

LINES = b'{"status":"pulling"}\n' * 5000


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize("body", [zlib.compress(LINES), _raw_deflate(LINES)], ids=["zlib", "raw"])
def test_deflate_streams_and_bodies_inflate_with_or_without_the_wrapper(body: bytes) -> None:
    response = httpx.Response(200)
    inflater = BoundedInflater(response, "deflate", 1 << 20)
    pieces = [
        piece for start in range(0, len(body), 100) for piece in inflater.pieces(body[start : start + 100])
    ]
    assert b"".join(pieces) == LINES
    assert max(map(len, pieces)) <= BoundedInflater.STEP
    assert BoundedInflater(response, "deflate", 1 << 20).inflate(body, 1 << 20) == LINES


def test_gzip_is_never_read_as_raw_deflate() -> None:
    with pytest.raises(InvalidResponseError, match="Content-Encoding is broken"):
        list(BoundedInflater(httpx.Response(200), "gzip", 1 << 20).pieces(_raw_deflate(LINES)))
