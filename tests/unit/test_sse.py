"""SSEDecoder: event framing, end markers, in-band errors, truncation, and chunk boundaries anywhere."""

from __future__ import annotations

import itertools
import json
import time
import tracemalloc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ollama_openapi._sse import SSEDecoder
from ollama_openapi.errors import StreamDecodeError, StreamInBandError, StreamTruncatedError

CHUNKS = [{"id": "c1", "choices": [{"delta": {"content": word}}]} for word in ("Hel", "lo", " wörld")]
CHAT_BODY = (
    b"".join(b"data: " + json.dumps(chunk).encode() + b"\n\n" for chunk in CHUNKS) + b"data: [DONE]\n\n"
)
TYPED_BODY = (
    b'event: message_start\ndata: {"type":"message_start","message":{"id":"m"}}\n\n'
    b'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"text":"hi"}}\n\n'
    b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
)


def decode(chunks: list[bytes], **options: Any) -> list[Any]:
    decoder = SSEDecoder(**options)
    documents: list[Any] = []
    for chunk in chunks:
        documents.extend(decoder.feed(chunk))
    documents.extend(decoder.finish())
    return documents


def test_data_only_events_until_done() -> None:
    assert decode([CHAT_BODY]) == CHUNKS


def test_one_event_per_chunk_fast_path() -> None:
    events = CHAT_BODY.split(b"\n\n")[:-1]
    assert decode([event + b"\n\n" for event in events]) == CHUNKS


@given(st.lists(st.integers(min_value=1, max_value=len(CHAT_BODY) - 1), unique=True, max_size=12))
def test_chunk_boundaries_anywhere(cuts: list[int]) -> None:
    points = [0, *sorted(cuts), len(CHAT_BODY)]
    assert decode([CHAT_BODY[a:b] for a, b in itertools.pairwise(points)]) == CHUNKS


@given(st.lists(st.integers(min_value=1, max_value=200), unique=True, max_size=12))
def test_crlf_framing_split_anywhere(cuts: list[int]) -> None:
    body = CHAT_BODY.replace(b"\n", b"\r\n")
    points = [0, *sorted(cut for cut in cuts if cut < len(body)), len(body)]
    assert decode([body[a:b] for a, b in itertools.pairwise(points)]) == CHUNKS


def test_comments_multiline_data_and_fields_without_space() -> None:
    body = b': keep-alive\n\ndata:{"a":\ndata: 1}\nid: 7\n\ndata: [DONE]\n\n'
    assert decode([body]) == [{"a": 1}]


def test_typed_events_end_with_their_final_type() -> None:
    documents = decode(
        [TYPED_BODY + b'event: ping\ndata: {"type":"ping"}\n\n'],
        done=None,
        final_types=frozenset({"message_stop"}),
    )
    assert [document["type"] for document in documents] == [
        "message_start",
        "content_block_delta",
        "message_stop",
    ]


def test_a_stream_without_its_end_is_truncated_and_keeps_what_came() -> None:
    body = CHAT_BODY[: CHAT_BODY.index(b"data: [DONE]")]
    with pytest.raises(StreamTruncatedError) as caught:
        decode([body])
    assert caught.value.received == CHUNKS
    assert "[DONE]" in str(caught.value)


def test_typed_stream_without_final_event_is_truncated() -> None:
    body = TYPED_BODY[: TYPED_BODY.index(b"event: message_stop")]
    with pytest.raises(StreamTruncatedError, match="message_stop"):
        decode([body], done=None, final_types=frozenset({"message_stop"}))


def test_ollama_s_failure_chunk_then_close_is_truncated() -> None:
    # What Ollama sends when generation fails part-way: one empty-delta chunk, then it closes.
    failure = b'data: {"id":"c1","model":"","choices":[{"delta":{}}]}\n\n'
    with pytest.raises(StreamTruncatedError):
        decode([CHAT_BODY.split(b"data: [DONE]")[0] + failure])


@pytest.mark.parametrize(
    "event",
    [
        b'data: {"error": {"message": "model crashed", "type": "api_error"}}\n\n',
        b"event: error\n"
        b'data: {"type": "error", "error": {"type": "overloaded_error", "message": "model crashed"}}\n\n',
    ],
)
def test_in_band_errors(event: bytes) -> None:
    with pytest.raises(StreamInBandError, match="model crashed") as caught:
        decode([CHAT_BODY.split(b"data: [DONE]")[0], event])
    assert caught.value.received == CHUNKS


def test_garbage_data_is_a_decode_error() -> None:
    with pytest.raises(StreamDecodeError):
        decode([b"data: {not json\n\n"])


def test_an_endless_event_is_bounded() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    for _ in range(9):
        decoder.feed(b"data: " + b"x" * 100)
    with pytest.raises(StreamDecodeError, match="max_event_bytes"):
        decoder.feed(b"data: " + b"x" * 100)


def test_after_the_end_nothing_more_is_read() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(CHAT_BODY + b'data: {"late": 1}\n\n') == CHUNKS
    assert decoder.finished
    assert decoder.feed(b"data: {}\n\n") == []
    assert decoder.finish() == []


def _reference(body: bytes, **options: Any) -> list[Any]:
    """What the event stream standard says `body` holds, read whole: lines end at CRLF, LF or CR;
    a blank line ends an event; ``data`` lines join with LF; comments and other fields are ignored."""
    documents: list[Any] = []
    event, data = b"", list[bytes]()
    for line in body.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")[:-1]:
        if not line:
            if b"\n".join(data):  # an event without data, or with one empty data line, is dropped
                documents.append((event, b"\n".join(data)))
            event, data = b"", []
            continue
        name, _, value = line.partition(b":")
        value = value[1:] if value.startswith(b" ") else value
        if name == b"data":
            data.append(value)
        elif name == b"event":
            event = value
    return [json.loads(value) for _, value in documents if value != b"[DONE]"]


_MIXED = (
    b": a comment\r\n\r\n"
    b'event: delta\ndata: {"a":\rdata: [1,\r\ndata:2]}\nid: 3\nretry\n\n'
    b"data\n\n"  # a field name alone: empty data, no document
    b"event: x\ndata: \n\n"
    b'data:{"b": "caf\xc3\xa9"}\r\r'
    b":\n:\n"
    b'data: {"c": "x"}\n\n'
    b"data: [DONE]\n\n"
)


@given(st.lists(st.integers(min_value=1, max_value=len(_MIXED) - 1), unique=True, max_size=20))
def test_any_cut_of_any_framing_gives_what_the_whole_body_gives(cuts: list[int]) -> None:
    points = [0, *sorted(cuts), len(_MIXED)]
    expected = _reference(_MIXED)
    assert expected == [{"a": [1, 2]}, {"b": "café"}, {"c": "x"}]
    assert decode([_MIXED[a:b] for a, b in itertools.pairwise(points)]) == expected


def test_one_byte_reads_give_what_the_whole_body_gives() -> None:
    assert decode([_MIXED[index : index + 1] for index in range(len(_MIXED))]) == _reference(_MIXED)


def test_a_cr_at_the_end_of_a_read_ends_its_line_at_once() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"a": 1}\r\r') == [{"a": 1}]  # not held back for a possible LF
    assert decoder.feed(b'\ndata: {"b": 2}\r\n\r\n') == [{"b": 2}]  # that LF ended nothing more


def test_the_limit_counts_every_line_of_the_event() -> None:
    event = b'data: {"a":\ndata: 1}\n'  # 21 bytes before the blank line
    assert SSEDecoder(max_event_bytes=21).feed(event + b"\n") == [{"a": 1}]
    with pytest.raises(StreamDecodeError, match="max_event_bytes=20"):
        SSEDecoder(max_event_bytes=20).feed(event + b"\n")
    comments = SSEDecoder(max_event_bytes=100)
    for _ in range(9):
        comments.feed(b": " + b"z" * 8 + b"\n")  # comments without a blank line count too
    with pytest.raises(StreamDecodeError, match="max_event_bytes"):
        comments.feed(b": zz\n")
    separate = SSEDecoder(max_event_bytes=100)
    for _ in range(100):  # ...but each blank line starts the count again
        separate.feed(b": " + b"z" * 8 + b"\n\n")


def test_an_endless_line_in_one_byte_reads_stops_at_the_limit() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    for _ in range(1000):
        decoder.feed(b"x")
    with pytest.raises(StreamDecodeError, match="max_event_bytes") as caught:
        decoder.feed(b"x")
    assert caught.value.line == b"x" * 200


def test_a_large_event_in_every_read_size_is_one_document() -> None:
    text = "é" * 300_000
    body = b'event: big\ndata: {"t": "' + text.encode() + b'"}\n\ndata: [DONE]\n\n'
    for size in (1, 7, 4096, 65536, len(body)):
        chunks = [body[start : start + size] for start in range(0, len(body), size)]
        assert decode(chunks) == [{"t": text}], size


def test_a_megabyte_event_in_one_byte_reads_costs_time_and_memory_in_proportion() -> None:
    """~1 s of CPU on a loaded machine (a decoder that rescans what it holds: ~450 s), and memory
    about the event's size (its buffer and its decoded data)."""
    body = b'data: {"t": "' + b"y" * 1_000_000 + b'"}\n\ndata: [DONE]\n\n'
    reads = [body[index : index + 1] for index in range(len(body))]
    decoder = SSEDecoder()
    started = time.process_time()
    documents = [document for read in reads for document in decoder.feed(read)]
    cpu = time.process_time() - started
    assert documents == [{"t": "y" * 1_000_000}]
    assert decoder.finished
    assert cpu < 15, f"{cpu:.1f} s of CPU"
    tracemalloc.start()
    try:
        decoder = SSEDecoder()
        for read in itertools.islice(reads, 300_000):  # tracing slows each read: a part is enough
            decoder.feed(read)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 300_000, f"peak {peak / 1e6:.1f} MB"
