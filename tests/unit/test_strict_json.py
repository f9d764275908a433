"""Numbers Go's encoder never writes (NaN, Infinity, 1e400) are refused by every answer decoder.

Each decoder (a non-streamed body, an NDJSON stream, an SSE stream) is checked with each line
loader: the ``json`` one, orjson when it is installed, and a stand-in that refuses what orjson
refuses, so that the fallback from a fast parser to ``json`` is checked without orjson too.
"""

from __future__ import annotations

import asyncio
import json
import math
import sys
import types
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

import ollama_openapi._ndjson as ndjson  # first: it imports the readers below as it loads
import ollama_openapi._sse as sse
from ollama_openapi._async import ndjson as async_ndjson
from ollama_openapi._async.ndjson import aiter_ndjson
from ollama_openapi._ndjson import NDJSONDecoder, parse_json_body
from ollama_openapi._sse import SSEDecoder
from ollama_openapi._strict_json import NonFiniteNumberError, finite_float, holds_infinity, loads
from ollama_openapi.errors import InvalidResponseError, StreamDecodeError, StreamTruncatedError
from ollama_openapi_generated._sync import ndjson as sync_ndjson
from ollama_openapi_generated._sync.ndjson import iter_ndjson

OUT_OF_RANGE = ["1e400", "-1e400", "1E+400", "1e+400", "-1E400", "2e308", "1.8e308", "1" + "0" * 400 + ".5"]
IN_RANGE = {
    "0.5": 0.5,
    "1e-7": 1e-7,
    "3.4e38": 3.4e38,
    "1.7976931348623157e308": 1.7976931348623157e308,
    "-1.7976931348623157e+308": -1.7976931348623157e308,
    "5e-324": 5e-324,
    "1e-400": 0.0,  # below the smallest float: zero, not infinite
    "-0.0": -0.0,
    "12": 12,
}
CONSTANTS = ["NaN", "Infinity", "-Infinity"]


def _refuse(text: str) -> float:
    value = float(text)
    if text in CONSTANTS or math.isinf(value):
        raise ValueError(f"{text}: orjson raises JSONDecodeError, a ValueError")
    return value


def _orjson_like(data: bytes) -> Any:
    """Refuses what orjson refuses among numbers (NaN, Infinity, 1e400) and parses the rest."""
    return json.loads(data, parse_float=_refuse, parse_constant=_refuse)


def _use_loader(monkeypatch: pytest.MonkeyPatch, fast: Callable[[bytes], Any] | None) -> None:
    """Make the decoders use `fast` as orjson is used (None: the ``json`` line loader)."""
    line_loads = ndjson._loads_utf8 if fast is None else fast
    monkeypatch.setattr(ndjson, "_fast_loads", fast)
    for module in (ndjson, sse, sync_ndjson, async_ndjson):
        monkeypatch.setattr(module, "_line_loads", line_loads)


def _orjson_loads() -> Callable[[bytes], Any]:
    orjson = pytest.importorskip("orjson", reason="the speed extra (orjson) is not installed")
    fast: Callable[[bytes], Any] = orjson.loads
    return fast


@pytest.fixture(params=["json", "orjson-like", "orjson"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    fast = {"json": lambda: None, "orjson-like": lambda: _orjson_like, "orjson": _orjson_loads}
    _use_loader(monkeypatch, fast[request.param]())
    return str(request.param)


def _line(number: str) -> bytes:
    return b'{"model": "m", "done": true, "eval_count": 3, "total_duration": ' + number.encode() + b"}"


# --- the number rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_a_number_beyond_a_float_is_refused_and_named(number: str) -> None:
    with pytest.raises(NonFiniteNumberError, match="beyond the range of a 64-bit float") as caught:
        loads(_line(number))
    assert number[:40] in str(caught.value)
    assert len(str(caught.value)) < 200  # a 400-digit number is shortened


@pytest.mark.parametrize(("number", "value"), IN_RANGE.items())
def test_numbers_within_range_read_as_json_reads_them(number: str, value: float) -> None:
    got = loads(_line(number))["total_duration"]
    assert got == value
    assert type(got) is type(value)
    assert math.copysign(1, got) == math.copysign(1, value)


@pytest.mark.parametrize("constant", CONSTANTS)
def test_constants_are_refused(constant: str) -> None:
    with pytest.raises(NonFiniteNumberError, match=f"{constant} is not a JSON number"):
        loads(_line(constant))


def test_integers_stay_exact_up_to_python_s_digit_limit() -> None:
    big = "1" + "0" * 400  # beyond any float, but an integer reads exactly: never as infinity
    assert loads(_line(big))["total_duration"] == 10**400
    with pytest.raises(ValueError, match="digits"):  # beyond sys.get_int_max_str_digits()
        loads(_line("1" * 5000))


def test_finite_float_hook() -> None:
    assert finite_float("1.5") == 1.5
    with pytest.raises(NonFiniteNumberError):
        finite_float("-1e999")


def _dense(numbers: list[str]) -> bytes:
    """An /api/embed answer: dense enough in floats to take the parse-then-check path."""
    row = ",".join(["0.0123456"] * 300 + numbers + ["-0.0654321"] * 300)
    return ('{"model": "e", "embeddings": [[' + row + "], [" + row + ']], "total_duration": 5}').encode()


def test_a_dense_body_is_checked_after_parsing_and_reads_as_json_reads_it() -> None:
    body = _dense(["0.5", "1e-7", "3.4e38", "7", "1" + "0" * 400])
    assert body.count(b".", 0, 4096) > 128  # the dense path
    assert loads(body) == json.loads(body)


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_a_dense_body_with_a_number_beyond_a_float_is_refused_and_named(number: str) -> None:
    with pytest.raises(NonFiniteNumberError, match="beyond the range") as caught:
        loads(_dense(["0.5", number]))
    assert number[:40] in str(caught.value)


def test_a_dense_body_whose_floats_add_up_beyond_the_range_is_accepted() -> None:
    body = _dense(["1.7e308", "1.7e308"])
    assert loads(body) == json.loads(body)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"a": [1.0, 2.0], "b": {"c": [[0.5], ["x", 1e308, 1e308]]}}, False),
        ({"a": [1.0, math.inf]}, True),
        ({"a": [1.0, "x", -math.inf]}, True),
        ({"a": [1.0, 10**400, math.inf]}, True),  # a huge integer in a list of floats
        ({"a": [1.0, 10**400]}, False),
        ([{"b": -math.inf}], True),
        ([[1, 2], [3, [4.5, math.inf]]], True),
        (math.inf, True),
        ("inf", False),
        ([], False),
    ],
)
def test_holds_infinity(value: Any, expected: bool) -> None:
    assert holds_infinity(value) is expected


# --- the decoders, with each line loader ------------------------------------------------------------


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_a_non_streamed_body_is_an_invalid_response(loader: str, number: str) -> None:
    for body in (_line(number), _dense([number])):
        with pytest.raises(InvalidResponseError, match="number Go's encoder never writes") as caught:
            parse_json_body(body, status_code=200)
        assert "beyond the range of a 64-bit float" in str(caught.value)
        assert caught.value.status_code == 200


@pytest.mark.parametrize("constant", CONSTANTS)
def test_a_non_streamed_body_with_a_constant_is_an_invalid_response(loader: str, constant: str) -> None:
    with pytest.raises(InvalidResponseError, match=f"{constant} is not a JSON number"):
        parse_json_body(_line(constant), status_code=200)


def test_a_non_streamed_body_within_range_is_read(loader: str) -> None:
    for number, value in IN_RANGE.items():
        assert parse_json_body(_line(number), status_code=200)["total_duration"] == value
    body = _dense(list(IN_RANGE))
    assert parse_json_body(body, status_code=200) == json.loads(body)


def test_integers_beyond_python_s_digit_limit_are_an_invalid_response(loader: str) -> None:
    with pytest.raises(InvalidResponseError, match="digits") as caught:
        parse_json_body(_line("1" * 5000), status_code=200)
    assert caught.value.status_code == 200
    with pytest.raises(StreamDecodeError, match="digits"):
        list(iter_ndjson([_line("1" * 5000) + b"\n"]))
    assert parse_json_body(_line("9" * 400), status_code=200)["total_duration"] == int("9" * 400)


def _ndjson_sync(chunks: list[bytes]) -> list[Any]:
    return list(iter_ndjson(chunks))


def _ndjson_async(chunks: list[bytes]) -> list[Any]:
    async def source() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    async def collect() -> list[Any]:
        return [item async for item in aiter_ndjson(source())]

    return asyncio.run(collect())


def _ndjson_feed(chunks: list[bytes]) -> list[Any]:
    decoder = NDJSONDecoder()
    items = [item for chunk in chunks for item in decoder.feed(chunk)]
    return items + decoder.finish()


def _sse(chunks: list[bytes]) -> list[Any]:
    decoder = SSEDecoder()
    events = [document for chunk in chunks for document in decoder.feed(chunk)]
    return events + decoder.finish()


def _ndjson_chunkings(line: bytes) -> Iterator[list[bytes]]:
    first = b'{"done": false}\n'
    yield [first, line + b"\n"]  # one line per chunk: the fast paths
    yield [first + line[:9], line[9:] + b"\n"]  # split lines
    yield [first, line]  # the last line without its newline (a truncated body, see below)


def _sse_chunkings(data: bytes) -> Iterator[list[bytes]]:
    event = b"data: " + data + b"\n\n"
    done = b"data: [DONE]\n\n"
    yield [b'data: {"id": "c"}\n\n', event, done]  # one event per chunk: the fast path
    yield [b'data: {"id": "c"}\n\ndata: ' + data[:9], data[9:] + b"\n\n" + done]
    yield [b"event: chunk\r\ndata: " + data + b"\r\n\r\n", done]


NDJSON_READERS = {"sync": _ndjson_sync, "async": _ndjson_async, "feed": _ndjson_feed}


@pytest.mark.parametrize("reader", NDJSON_READERS)
@pytest.mark.parametrize("number", [*OUT_OF_RANGE, *CONSTANTS])
def test_an_ndjson_stream_line_is_a_decode_error(loader: str, reader: str, number: str) -> None:
    for chunks in _ndjson_chunkings(_line(number)):
        # A body that ends without its last newline was cut short: StreamTruncatedError says so, and why.
        expected = StreamTruncatedError if not chunks[-1].endswith(b"\n") else StreamDecodeError
        with pytest.raises(expected, match="number Go's encoder never writes") as caught:
            NDJSON_READERS[reader](chunks)
        assert number[:40] in str(caught.value)
        assert caught.value.received == [{"done": False}]


@pytest.mark.parametrize("reader", NDJSON_READERS)
def test_an_ndjson_stream_within_range_is_read(loader: str, reader: str) -> None:
    for number, value in IN_RANGE.items():
        for chunks in _ndjson_chunkings(_line(number)):
            items = NDJSON_READERS[reader](chunks)
            assert items[1]["total_duration"] == value


@pytest.mark.parametrize("number", [*OUT_OF_RANGE, *CONSTANTS])
def test_an_sse_event_is_a_decode_error(loader: str, number: str) -> None:
    data = b'{"id": "c", "choices": [{"logprob": ' + number.encode() + b"}]}"
    for chunks in _sse_chunkings(data):
        with pytest.raises(StreamDecodeError, match="number Go's encoder never writes") as caught:
            _sse(chunks)
        assert number[:40] in str(caught.value)


def test_an_sse_stream_within_range_is_read(loader: str) -> None:
    for number, value in IN_RANGE.items():
        data = b'{"id": "c", "choices": [{"logprob": ' + number.encode() + b"}]}"
        for chunks in _sse_chunkings(data):
            assert _sse(chunks)[-1]["choices"][0]["logprob"] == value


# --- which fast parser is used ------------------------------------------------------------------------


def _fake_orjson(monkeypatch: pytest.MonkeyPatch, loads: Callable[[bytes], Any]) -> None:
    module = types.ModuleType("orjson")
    module.loads = loads  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "orjson", module)


def test_a_fast_parser_that_reads_1e400_as_infinity_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_orjson(monkeypatch, json.loads)  # json.loads reads 1e400 as inf and NaN as nan
    assert ndjson._load_fast_loads() is None
    _fake_orjson(monkeypatch, _orjson_like)
    assert ndjson._load_fast_loads() is _orjson_like


def test_installed_orjson_refuses_what_go_never_writes() -> None:
    assert ndjson._refuses_non_finite(_orjson_loads())
