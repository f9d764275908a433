"""SSEDecoder: event framing, end markers, in-band errors, truncation, and chunk boundaries anywhere."""

from __future__ import annotations

import itertools
import json
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
