"""Tests for the incremental NDJSON decoder (sync and async)."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ollama_openapi._ndjson as ndjson
from ollama_openapi._async.ndjson import aiter_ndjson
from ollama_openapi._ndjson import NDJSONDecoder, is_done, is_success, parse_json_body
from ollama_openapi.errors import (
    InvalidResponseError,
    StreamDecodeError,
    StreamInBandError,
    StreamTruncatedError,
)
from ollama_openapi_generated._sync.ndjson import iter_ndjson, iterate

MULTIBYTE_ITEMS: list[Any] = [
    {"response": "héllo wörld", "done": False},
    {"response": "日本語のテキスト", "done": False},
    {"response": "emoji 🦙🚀 and ελληνικά ünïcödé", "done": False},
    {"response": "", "done": True, "eval_count": 3},
]
MULTIBYTE_BODY = b"".join(json.dumps(item, ensure_ascii=False).encode() + b"\n" for item in MULTIBYTE_ITEMS)


async def _agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk


def _collect_async(chunks: Iterable[bytes], **kwargs: Any) -> list[Any]:
    async def run() -> list[Any]:
        return [item async for item in aiter_ndjson(_agen(chunks), **kwargs)]

    return asyncio.run(run())


def _collect_sync(chunks: Iterable[bytes], **kwargs: Any) -> list[Any]:
    return list(iter_ndjson(chunks, **kwargs))


COLLECTORS: list[Callable[..., list[Any]]] = [_collect_sync, _collect_async]
collectors = pytest.mark.parametrize("collect", COLLECTORS, ids=["sync", "async"])


def _split_at(data: bytes, *positions: int) -> list[bytes]:
    bounds = [0, *positions, len(data)]
    return [data[start:end] for start, end in itertools.pairwise(bounds)]


def test_sample_really_is_multibyte() -> None:
    assert len(MULTIBYTE_BODY) > len(MULTIBYTE_BODY.decode())


@collectors
def test_every_single_split_position(collect: Callable[..., list[Any]]) -> None:
    for position in range(len(MULTIBYTE_BODY) + 1):
        assert collect(_split_at(MULTIBYTE_BODY, position)) == MULTIBYTE_ITEMS, position


def test_every_pair_of_split_positions() -> None:
    size = len(MULTIBYTE_BODY)
    for first in range(0, size + 1, 3):
        for second in range(first, size + 1, 5):
            assert _collect_sync(_split_at(MULTIBYTE_BODY, first, second)) == MULTIBYTE_ITEMS


@collectors
def test_one_byte_chunks(collect: Callable[..., list[Any]]) -> None:
    chunks = [MULTIBYTE_BODY[index : index + 1] for index in range(len(MULTIBYTE_BODY))]
    assert collect(chunks) == MULTIBYTE_ITEMS


@collectors
def test_whole_body_in_one_chunk(collect: Callable[..., list[Any]]) -> None:
    assert collect([MULTIBYTE_BODY], final=is_done) == MULTIBYTE_ITEMS


@collectors
def test_crlf_and_blank_lines(collect: Callable[..., list[Any]]) -> None:
    body = b'\n\r\n{"a": 1}\r\n\r\n   \n{"b": 2}\r\n\t\n'
    assert collect([body]) == [{"a": 1}, {"b": 2}]


@collectors
def test_final_line_without_newline(collect: Callable[..., list[Any]]) -> None:
    assert collect([b'{"a": 1}\n{"done": ', b"true}"], final=is_done) == [{"a": 1}, {"done": True}]


@collectors
def test_empty_chunks_and_empty_body(collect: Callable[..., list[Any]]) -> None:
    assert collect([b"", b'{"a"', b"", b": 1}\n", b""]) == [{"a": 1}]
    assert collect([]) == []
    assert collect([b""]) == []


@collectors
def test_non_object_values_pass_through(collect: Callable[..., list[Any]]) -> None:
    assert collect([b'[1,2]\n"s"\nnull\n3.5\n']) == [[1, 2], "s", None, 3.5]


@collectors
def test_ten_megabyte_line(collect: Callable[..., list[Any]]) -> None:
    text = "x" * (10 * 1024 * 1024)
    body = json.dumps({"response": text, "done": True}).encode() + b"\n"
    chunks = [body[index : index + 65536] for index in range(0, len(body), 65536)]
    [item] = collect(chunks, final=is_done)
    assert item["response"] == text


def test_large_line_is_not_quadratic() -> None:
    # 32 MB arriving in 4 KiB chunks: joining on every chunk would copy ~128 GB and time out.
    body = b'{"r": "' + b"y" * (32 * 1024 * 1024) + b'"}\n'
    chunks = (body[index : index + 4096] for index in range(0, len(body), 4096))
    [item] = _collect_sync(chunks)
    assert len(item["r"]) == 32 * 1024 * 1024


@collectors
def test_line_too_long(collect: Callable[..., list[Any]]) -> None:
    with pytest.raises(StreamDecodeError, match="max_line_bytes=16") as caught:
        collect([b'{"a": 1}\n', b'{"long": "', b'abcdefghijklmnop"}\n'], max_line_bytes=16)
    assert caught.value.received == [{"a": 1}]


def test_line_too_long_in_single_chunk() -> None:
    with pytest.raises(StreamDecodeError):
        _collect_sync([b'{"a": "0123456789012345678901234567890"}\n'], max_line_bytes=16)


def test_invalid_max_line_bytes() -> None:
    with pytest.raises(ValueError, match="positive"):
        NDJSONDecoder(max_line_bytes=0)


@collectors
def test_malformed_line(collect: Callable[..., list[Any]]) -> None:
    body = b'{"a": 1}\n{"b": 2}\n<html>502 Bad Gateway</html>\n{"c": 3}\n'
    with pytest.raises(StreamDecodeError) as caught:
        collect([body])
    error = caught.value
    assert error.received == [{"a": 1}, {"b": 2}]
    assert error.line.startswith(b"<html>")
    assert "not valid JSON" in str(error)


@collectors
def test_invalid_utf8_line(collect: Callable[..., list[Any]]) -> None:
    with pytest.raises(StreamDecodeError):
        collect([b'{"a": "\xff\xfe"}\n'])


def test_deeply_nested_line() -> None:
    with pytest.raises(StreamDecodeError):
        _collect_sync([b"[" * 200_000 + b"\n"])


@collectors
def test_in_band_error(collect: Callable[..., list[Any]]) -> None:
    body = b'{"status": "pulling manifest"}\n{"error": "pull model manifest: file does not exist"}\n'
    with pytest.raises(StreamInBandError) as caught:
        collect([body], final=is_success)
    error = caught.value
    assert error.error == "pull model manifest: file does not exist"
    assert error.status_code is None
    assert error.received == [{"status": "pulling manifest"}]


def test_in_band_error_with_status() -> None:
    with pytest.raises(StreamInBandError) as caught:
        _collect_sync([b'{"error": "busy", "status": 503}\n'])
    assert caught.value.status_code == 503
    assert str(caught.value) == "busy (status code: 503)"


def test_in_band_error_nested_and_odd_shapes() -> None:
    with pytest.raises(StreamInBandError, match=r"^nested$"):
        _collect_sync([b'{"error": {"message": "nested"}}\n'])
    with pytest.raises(StreamInBandError, match=r"\[1\]"):
        _collect_sync([b'{"error": [1], "status": "500"}\n'])


def test_empty_error_field_is_not_an_error() -> None:
    assert _collect_sync([b'{"error": null, "a": 1}\n{"error": ""}\n']) == [
        {"error": None, "a": 1},
        {"error": ""},
    ]


@collectors
def test_truncated_before_final(collect: Callable[..., list[Any]]) -> None:
    body = b'{"response": "a", "done": false}\n{"response": "b", "done": false}\n'
    with pytest.raises(StreamTruncatedError) as caught:
        collect([body], final=is_done)
    assert [item["response"] for item in caught.value.received] == ["a", "b"]
    assert "2 items" in str(caught.value)


@collectors
def test_truncated_mid_line(collect: Callable[..., list[Any]]) -> None:
    with pytest.raises(StreamTruncatedError) as caught:
        collect([b'{"response": "a", "done": false}\n{"response": "b", "do'])
    assert caught.value.received == [{"response": "a", "done": False}]
    assert "middle of a line" in str(caught.value)


@collectors
def test_stops_after_final_item(collect: Callable[..., list[Any]]) -> None:
    body = b'{"done": false}\n{"done": true}\n{"garbage after final"\n'
    assert collect([body], final=is_done) == [{"done": False}, {"done": True}]


def test_stops_without_consuming_more_chunks() -> None:
    consumed: list[int] = []

    def chunks() -> Iterator[bytes]:
        for index, chunk in enumerate([b'{"status": "x"}\n', b'{"status": "success"}\n', b"never"]):
            consumed.append(index)
            yield chunk

    assert _collect_sync(chunks(), final=is_success) == [{"status": "x"}, {"status": "success"}]
    assert consumed == [0, 1]


def test_final_predicates() -> None:
    assert is_done({"done": True})
    assert not is_done({"done": "true"})
    assert not is_done([True])
    assert is_success({"status": "success"})
    assert not is_success({"status": "pulling"})
    assert not is_success(None)


def test_decoder_received_tracks_items() -> None:
    decoder = NDJSONDecoder()
    assert decoder.feed(b'{"a": 1}\n{"b"') == [{"a": 1}]
    assert decoder.feed(b": 2}") == []
    assert decoder.finish() == [{"b": 2}]
    assert decoder.received == [{"a": 1}, {"b": 2}]
    assert decoder.finish() == []


def test_big_integers_match_stdlib_and_non_finite_constants_are_refused() -> None:
    assert _collect_sync([b'{"big": 123456789012345678901234567890}\n'])[0]["big"] == (
        123456789012345678901234567890
    )
    for constant in (b"NaN", b"Infinity", b"-Infinity"):
        with pytest.raises(StreamDecodeError, match="number Go's encoder never writes"):
            _collect_sync([b'{"eval_count": ' + constant + b"}\n"])
        with pytest.raises(InvalidResponseError):
            parse_json_body(b'{"total_duration": ' + constant + b"}", status_code=200)


def test_fast_loader_falls_back_to_stdlib(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []

    def picky_loads(data: bytes) -> Any:
        calls.append(data)
        if b"\\u" in data:
            raise ValueError("fast parser rejects escapes")
        return json.loads(data)

    monkeypatch.setattr(ndjson, "_fast_loads", picky_loads)
    monkeypatch.setattr(ndjson, "_line_loads", picky_loads)
    items = _collect_sync([b'{"a": 1}\n{"b": "\\u00e9"}\n\n'])
    assert items[0] == {"a": 1}
    assert items[1]["b"] == "\u00e9"  # parsed by the stdlib fallback
    assert len(calls) == 3
    with pytest.raises(StreamDecodeError):
        _collect_sync([b"{oops}\n"])
    assert parse_json_body(b'{"x": "\\u00e9"}', status_code=200)["x"] == "\u00e9"


def test_parse_json_body() -> None:
    assert parse_json_body(b'{"models": []}\n', status_code=200) == {"models": []}
    assert parse_json_body(b"null", status_code=200) is None


@pytest.mark.parametrize("content", [b"", b"  \n"])
def test_parse_json_body_empty(content: bytes) -> None:
    with pytest.raises(InvalidResponseError, match="empty") as caught:
        parse_json_body(content, status_code=200)
    assert caught.value.status_code == 200


def test_parse_json_body_not_json() -> None:
    with pytest.raises(InvalidResponseError) as caught:
        parse_json_body(b"<html>ok</html>", status_code=201)
    assert caught.value.body == "<html>ok</html>"
    assert caught.value.status_code == 201


# One complete line per chunk is what Ollama usually sends; the generators take a dedicated fast path.


def _one_line_chunks(body: bytes) -> list[bytes]:
    return [line + b"\n" for line in body.split(b"\n")[:-1]]


@collectors
def test_fast_path_items_blank_and_crlf(collect: Callable[..., list[Any]]) -> None:
    chunks = [b'{"a": 1}\n', b"\n", b"\r\n", b"", b'{"b": 2}\r\n', b'{"done": true}\n', b'{"after": 1}\n']
    assert collect(chunks, final=is_done) == [{"a": 1}, {"b": 2}, {"done": True}]


@collectors
def test_fast_path_in_band_error(collect: Callable[..., list[Any]]) -> None:
    chunks = _one_line_chunks(b'{"status": "pulling"}\n{"error": "boom", "status": 500}\n')
    with pytest.raises(StreamInBandError) as caught:
        collect(chunks, final=is_success)
    assert caught.value.received == [{"status": "pulling"}]
    assert caught.value.status_code == 500


@collectors
def test_fast_path_malformed_line(collect: Callable[..., list[Any]]) -> None:
    with pytest.raises(StreamDecodeError) as caught:
        collect([b'{"a": 1}\n', b"not json\n"])
    assert caught.value.received == [{"a": 1}]


@collectors
def test_fast_path_line_too_long(collect: Callable[..., list[Any]]) -> None:
    with pytest.raises(StreamDecodeError, match="max_line_bytes"):
        collect([b'{"a": 1}\n', b'{"a": "0123456789abcdef"}\n'], max_line_bytes=16)


@collectors
def test_fast_path_then_split_lines(collect: Callable[..., list[Any]]) -> None:
    chunks = [b'{"a": 1}\n', b'{"b"', b': 2}\n{"c": 3}\n', b'{"d": 4}\n']
    assert collect(chunks) == [{"a": 1}, {"b": 2}, {"c": 3}, {"d": 4}]


@collectors
def test_fast_path_truncated(collect: Callable[..., list[Any]]) -> None:
    with pytest.raises(StreamTruncatedError) as caught:
        collect(_one_line_chunks(b'{"done": false}\n{"done": false}\n'), final=is_done)
    assert len(caught.value.received) == 2


def test_over_httpx_streaming_response() -> None:
    import httpx

    lines = [{"response": f"tok{index} ✓", "done": False} for index in range(50)] + [{"done": True}]
    body = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for start in range(0, len(body), 7):  # odd chunk size: splits lines and characters
                yield body[start : start + 7]

    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Body()))
    with (
        httpx.Client(transport=transport) as client,
        client.stream("POST", "http://ollama/api/generate") as response,
    ):
        assert list(iter_ndjson(response.iter_raw(), final=is_done)) == lines


# --- the line loader must agree with json.loads ------------------------------------------------

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
_SPACE = st.text(alphabet=" \t\r\n\x0b\x0c\u00a0\u2028", max_size=3)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name}: Go's encoder never writes it, so the client refuses it")


def _stdlib(line: bytes) -> tuple[str, Any]:
    try:
        return "value", json.loads(line, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return "error", None


@given(value=_JSON_VALUES, before=_SPACE, after=_SPACE, ascii_only=st.booleans())
@settings(max_examples=300, deadline=None)
def test_line_loader_agrees_with_json_loads(value: Any, before: str, after: str, ascii_only: bool) -> None:
    line = (before + json.dumps(value, ensure_ascii=ascii_only) + after).encode()
    outcome, expected = _stdlib(line)
    try:
        got = ndjson._loads_utf8(line)
    except ValueError:
        # It may refuse what json accepts only in unusual forms (callers then ask json itself).
        assert outcome == "error" or (before.strip(" \t\r\n") == "" and before != ""), line
        return
    assert outcome == "value", f"accepted what json.loads rejects: {line!r}"
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"\n",
        b" {}",
        b"{} x",
        b"{}{}",
        b"{}\x0b",
        b"\xef\xbb\xbf{}",
        b"\xff",
        b"[1,]",
        b"nul",
        b'"\\ud800"',
    ],
)
def test_line_loader_edge_cases(line: bytes) -> None:
    outcome, expected = _stdlib(line)
    try:
        got = ndjson._loads_utf8(line)
    except ValueError:
        return
    assert outcome == "value"
    assert got == expected


@collectors
def test_stream_values_match_json_for_odd_but_valid_lines(collect: Callable[..., list[Any]]) -> None:
    lines = [
        b' {"a": 1}\n',
        b'{"b": 2} \t\n',
        b"\xef\xbb\xbf{}\n",
        b'"\\ud800"\n',
        b"1" * 50 + b"\n",
    ]
    got = collect(lines)
    assert len(got) == len(lines)
    assert json.dumps(got[:3]) == json.dumps([json.loads(line) for line in lines[:3]])
    assert got[3:] == [json.loads(line) for line in lines[3:]]


class _Source:
    """A chunk source that records how it was used."""

    def __init__(self, chunks: list[bytes], fail_with: Exception | None = None) -> None:
        self.chunks = chunks
        self.fail_with = fail_with
        self.events: list[str] = []

    def open(self, decoder: NDJSONDecoder) -> Iterator[bytes]:
        self.events.append("open")
        yield from self.chunks
        if self.fail_with is not None:
            raise self.fail_with

    def failure(self, error: Exception, decoder: NDJSONDecoder) -> Exception | None:
        self.events.append(f"failure {type(error).__name__}")
        if not isinstance(error, OSError):
            return None
        return StreamTruncatedError(f"mapped after {decoder.count}", received=decoder.received)

    def close(self) -> None:
        self.events.append("close")


def test_source_is_opened_lazily_and_closed_once() -> None:
    source = _Source([b'{"done": false}\n', b'{"done": true}\n', b'{"never": 1}\n'])
    items = iterate(NDJSONDecoder(final=is_done), source, lambda item: ("parsed", item))
    assert source.events == []
    assert next(items) == ("parsed", {"done": False})
    assert source.events == ["open"]
    assert list(items) == [("parsed", {"done": True})]
    assert source.events == ["open", "close"]


def test_source_closed_when_consumer_stops_early() -> None:
    source = _Source([b'{"done": false}\n'] * 3 + [b'{"done": true}\n'])
    items = iterate(NDJSONDecoder(final=is_done), source)
    next(items)
    items.close()
    assert source.events == ["open", "close"]


def test_source_failures_are_mapped_and_others_pass_through() -> None:
    source = _Source([b'{"done": false}\n'], fail_with=OSError("reset"))
    with pytest.raises(StreamTruncatedError, match="mapped after 1") as caught:
        list(iterate(NDJSONDecoder(final=is_done), source))
    assert caught.value.received == [{"done": False}]
    assert source.events == ["open", "failure OSError", "close"]

    other = _Source([b'{"done": false}\n'], fail_with=KeyError("x"))
    with pytest.raises(KeyError):
        list(iterate(NDJSONDecoder(final=is_done), other))
    assert other.events == ["open", "failure KeyError", "close"]
