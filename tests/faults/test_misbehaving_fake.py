"""The client against the fake misbehaving on purpose (``FakeOllama``'s fault options): retries that wait
what ``Retry-After`` asks, typed errors for error answers, in-band errors, cut streams, stalls and slow
loads, with both clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi.errors import (
    AuthenticationError,
    OllamaConnectionError,
    OllamaTimeoutError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    StreamInBandError,
    StreamTruncatedError,
)
from ollama_openapi.fake import ErrorReply, FakeOllama
from ollama_openapi.fake.stream_failure import RUNNER_FAILURE

from .harness import MODES, Mode, run

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A fake with the model the harness's operations use."""
    with FakeOllama(models=["m"]) as server:
        yield server


@pytest.mark.parametrize("mode", MODES)
async def test_a_retry_waits_as_long_as_retry_after_asks(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_next(503, retry_after=1)
    outcome = await run(mode, fake.url, "chat", max_retries=2)
    assert outcome.error is None
    assert outcome.value.message.content
    assert fake.pending_faults() == []  # the 503 was answered, then the retry served
    assert outcome.elapsed >= 0.95  # the client's own backoff alone is at most 0.5 s for the first retry


@pytest.mark.parametrize("mode", MODES)
async def test_retries_give_up_with_the_last_answer(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_next(503, count=3, retry_after=0.1)
    error = (await run(mode, fake.url, "chat_stream", max_retries=2)).raised()
    assert isinstance(error, ServiceUnavailableError)
    assert (error.status_code, error.retry_after) == (503, 0.1)
    assert fake.pending_faults() == []  # three attempts


@pytest.mark.parametrize("mode", MODES)
async def test_a_retry_after_beyond_the_limit_is_raised_at_once(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_next(429, count=3, retry_after=120)
    error = (await run(mode, fake.url, "show", max_retries=2)).raised()
    assert isinstance(error, RateLimitError)
    assert (error.status_code, error.error, error.retry_after) == (429, "too many requests", 120.0)
    assert fake.pending_faults() == [ErrorReply(429, count=2, retry_after=120)]  # not retried


@pytest.mark.parametrize("mode", MODES)
async def test_401_gives_the_signin_url(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_next(401, path="/api/chat")
    error = (await run(mode, fake.url, "chat", max_retries=2)).raised()
    assert isinstance(error, AuthenticationError)
    assert error.signin_url == fake.context.config.signin_url()
    assert error.signin_url is not None
    assert error.signin_url.startswith("https://ollama.com/connect?name=")


@pytest.mark.parametrize("mode", MODES)
async def test_a_500_is_not_retried(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_next(500, count=2)
    error = (await run(mode, fake.url, "generate", max_retries=2)).raised()
    assert type(error) is ServerError
    assert error.error == "the model failed to generate a response"
    assert fake.pending_faults() == [ErrorReply(500, count=1)]


@pytest.mark.parametrize("operation", ["chat_stream", "generate_stream", "pull_stream"])
@pytest.mark.parametrize("mode", MODES)
async def test_an_in_band_error_raises_with_what_arrived(
    fake: FakeOllama, mode: Mode, operation: str
) -> None:
    fake.fail_streams_after = 3
    error = (await run(mode, fake.url, operation, max_retries=2)).raised()
    assert isinstance(error, StreamInBandError)
    assert RUNNER_FAILURE in str(error)
    assert len(error.received) == 3


@pytest.mark.parametrize("operation", ["chat_stream", "pull_stream"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_cut_stream_is_truncated(fake: FakeOllama, mode: Mode, operation: str) -> None:
    fake.fail_streams_after = 3
    fake.stream_failure = "cut"
    error = (await run(mode, fake.url, operation, max_retries=2)).raised()
    assert isinstance(error, StreamTruncatedError)
    assert "broke in the middle of the stream" in str(error)
    assert len(error.received) == 3


def _v1_stream(client: Client | AsyncClient) -> Any:
    """A ``/v1/chat/completions`` stream read to its end (a coroutine for the async client)."""
    messages = [{"role": "user", "content": "hi"}]
    if isinstance(client, AsyncClient):

        async def drain() -> list[Any]:
            return [chunk async for chunk in await client.openai.chat_completions("m", messages, stream=True)]

        return drain()
    return list(client.openai.chat_completions("m", messages, stream=True))


@pytest.mark.parametrize("mode", MODES)
async def test_a_cut_v1_stream_is_truncated(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_streams_after = 2
    fake.stream_failure = "cut"
    error = (await run(mode, fake.url, "", call=_v1_stream)).raised()
    assert isinstance(error, StreamTruncatedError)
    assert len(error.received) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_a_hang_up_instead_of_an_answer(fake: FakeOllama, mode: Mode) -> None:
    fake.fail_streams_after = 0
    fake.stream_failure = "cut"
    error = (await run(mode, fake.url, "chat", max_retries=0)).raised()
    assert isinstance(error, OllamaConnectionError)


@pytest.mark.parametrize("mode", MODES)
async def test_a_stall_runs_into_the_timeout(fake: FakeOllama, mode: Mode) -> None:
    fake.stall_next(30)
    error = (await run(mode, fake.url, "chat", timeout=0.3, max_retries=0)).raised()
    assert isinstance(error, OllamaTimeoutError)


@pytest.mark.parametrize("mode", MODES)
async def test_a_stall_after_the_headers_runs_into_the_timeout(fake: FakeOllama, mode: Mode) -> None:
    fake.stall_next(30, after_headers=True)
    outcome = await run(mode, fake.url, "chat_stream", timeout=0.3, max_retries=2)
    assert isinstance(outcome.raised(), OllamaTimeoutError)
    assert outcome.chunks == 0
    assert fake.pending_faults() == []  # an answer had started: not retried


@pytest.mark.parametrize("mode", MODES)
async def test_a_slow_load_runs_into_the_timeout(fake: FakeOllama, mode: Mode) -> None:
    fake.load_time = 30
    error = (await run(mode, fake.url, "generate", timeout=0.3, max_retries=0)).raised()
    assert isinstance(error, OllamaTimeoutError)
    assert "the model may still be loading" in str(error)
