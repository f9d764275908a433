"""Tests for the retry policy (pure decisions and delays)."""

from __future__ import annotations

import asyncio
import email.utils
import logging

import pytest

from ollama_openapi._http.error_answers import response_error_from
from ollama_openapi._http.retry import RetryPolicy, parse_retry_after
from ollama_openapi.errors import OllamaConnectionError, OllamaTimeoutError, StreamTruncatedError

NOW = 1_700_000_000.0


def _policy(**overrides: object) -> RetryPolicy:
    settings: dict[str, object] = {"random": lambda: 0.5, "clock": lambda: NOW}
    settings.update(overrides)
    return RetryPolicy(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "DELETE", "PUT", "OPTIONS"])
def test_retryable_status_for_safe_methods(method: str, status: int) -> None:
    assert _policy().should_retry(method, status)


@pytest.mark.parametrize("status", [200, 400, 401, 403, 404, 500, 501, 499])
def test_other_statuses_not_retried(status: int) -> None:
    assert not _policy().should_retry("GET", status)


def test_post_retried_only_when_marked_idempotent() -> None:
    policy = _policy()
    assert not policy.should_retry("POST", 503)
    assert policy.should_retry("POST", 503, idempotent=True)


def test_response_error_instances() -> None:
    policy = _policy()
    busy = response_error_from(503, b'{"error":"server busy"}', None)
    missing = response_error_from(404, b'{"error":"model \'x\' not found"}', None)
    assert policy.should_retry("GET", busy)
    assert not policy.should_retry("POST", busy)
    assert not policy.should_retry("GET", missing)


def test_attempt_limit() -> None:
    policy = _policy(max_retries=2)
    assert policy.should_retry("GET", 503, attempt=0)
    assert policy.should_retry("GET", 503, attempt=1)
    assert not policy.should_retry("GET", 503, attempt=2)
    assert not _policy(max_retries=0).should_retry("GET", 503)


@pytest.mark.parametrize("kind", ["refused", "dns", "connect"])
def test_unsent_connection_failures_retried_for_any_method(kind: str) -> None:
    error = OllamaConnectionError("down", kind=kind)
    assert _policy().should_retry("POST", error)


@pytest.mark.parametrize("kind", ["closed", "read", "write", "protocol", "other"])
def test_sent_connection_failures_need_idempotency(kind: str) -> None:
    error = OllamaConnectionError("broke", kind=kind)
    assert not _policy().should_retry("POST", error)
    assert _policy().should_retry("POST", error, idempotent=True)
    assert _policy().should_retry("GET", error)


@pytest.mark.parametrize("kind", ["tls", "url"])
def test_configuration_errors_never_retried(kind: str) -> None:
    assert not _policy().should_retry("GET", OllamaConnectionError("bad", kind=kind))


def test_timeouts() -> None:
    policy = _policy()
    assert policy.should_retry("POST", OllamaTimeoutError("t", kind="connect"))
    assert policy.should_retry("POST", OllamaTimeoutError("t", kind="pool"))
    assert not policy.should_retry("POST", OllamaTimeoutError("t", kind="read"))
    assert policy.should_retry("POST", OllamaTimeoutError("t", kind="read"), idempotent=True)
    assert policy.should_retry("GET", OllamaTimeoutError("t", kind=None))


@pytest.mark.parametrize(
    "error",
    [OllamaConnectionError("cut", kind="closed"), OllamaTimeoutError("t", kind="read")],
    ids=["hang-up", "timeout"],
)
def test_failures_after_part_of_an_answer_are_never_retried(error: Exception) -> None:
    policy = _policy()
    assert policy.should_retry("GET", error)
    assert not policy.should_retry("GET", error, answered=True)
    assert not policy.should_retry("POST", error, idempotent=True, answered=True)
    assert policy.should_retry("GET", 503, answered=True)  # a complete error answer: still retried


def test_other_outcomes_not_retried() -> None:
    policy = _policy()
    assert not policy.should_retry("GET", StreamTruncatedError("cut"), idempotent=True)
    assert not policy.should_retry("GET", ValueError("x"))
    assert not policy.should_retry("GET", True)


def test_full_jitter_backoff() -> None:
    policy = _policy(base_delay=0.5, max_delay=8.0, random=lambda: 0.5)
    assert [policy.delay(attempt) for attempt in range(7)] == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert _policy(random=lambda: 0.0).delay(3) == 0.0


def test_equal_and_no_jitter() -> None:
    assert _policy(jitter="equal", random=lambda: 0.0).delay(2) == 1.0
    assert _policy(jitter="equal", random=lambda: 0.999).delay(2) == pytest.approx(1.999)
    assert [_policy(jitter="none").delay(attempt) for attempt in range(6)] == [0.5, 1, 2, 4, 8, 8]


def test_waits_are_bounded_by_the_call_s_timeout() -> None:
    policy = _policy(jitter="none")
    assert [policy.delay(attempt, max_wait=1.5) for attempt in range(5)] == [0.5, 1, 1.5, 1.5, 1.5]
    assert policy.delay(0, "1", max_wait=0.25) == 0.25
    assert policy.delay(4, max_wait=None) == 8


def test_huge_attempt_does_not_overflow() -> None:
    assert _policy(jitter="none").delay(10_000) == 8.0


def test_retry_after_seconds_wins() -> None:
    policy = _policy()
    assert policy.delay(0, "3") == 3.0
    assert policy.delay(5, " 1.5 ") == 1.5
    assert policy.delay(0, "0") == 0.0
    assert policy.delay(0, "-4") == 0.0


def test_retry_after_capped() -> None:
    assert _policy(max_retry_after=60.0).delay(0, "3600") == 60.0


def test_retry_after_http_date() -> None:
    date = email.utils.formatdate(NOW + 7, usegmt=True)
    assert _policy().delay(0, date) == pytest.approx(7.0)
    past = email.utils.formatdate(NOW - 100, usegmt=True)
    assert _policy().delay(0, past) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "inf", "Mon, 99 Foo 2024"])
def test_unparseable_retry_after_falls_back_to_backoff(value: str | None) -> None:
    assert _policy(jitter="none").delay(1, value) == 1.0


def test_parse_retry_after() -> None:
    assert parse_retry_after("10", now=NOW) == 10.0
    assert parse_retry_after(email.utils.formatdate(NOW + 30), now=NOW) == pytest.approx(30.0)
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:50 -0000", now=NOW) == pytest.approx(30.0)
    assert parse_retry_after("garbage") is None


def test_wait_uses_injected_sleep() -> None:
    slept: list[float] = []
    policy = _policy(jitter="none", sleep=slept.append)
    assert policy.wait(1) == 1.0
    assert policy.wait(0, "0") == 0.0
    assert slept == [1.0]


def test_async_wait_uses_injected_sleep() -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    policy = _policy(jitter="none", async_sleep=fake_sleep)
    assert asyncio.run(policy.async_wait(2, None)) == 2.0
    assert slept == [2.0]


@pytest.mark.parametrize(
    "settings",
    [
        {"max_retries": -1},
        {"base_delay": -0.1},
        {"max_delay": float("nan")},
        {"max_retry_after": -1},
        {"jitter": "decorrelated"},
    ],
)
def test_invalid_settings(settings: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="must be"):
        RetryPolicy(**settings)  # type: ignore[arg-type]


def test_policy_is_frozen_and_comparable() -> None:
    assert RetryPolicy() == RetryPolicy()
    with pytest.raises(AttributeError):
        RetryPolicy().max_retries = 5  # type: ignore[misc]


def test_retries_and_waits_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="ollama_openapi")
    policy = _policy(jitter="none", sleep=lambda _: None, max_retries=2)
    busy = response_error_from(503, b'{"error":"busy"}', None, headers={"Authorization": "Bearer sk-x"})
    refused = OllamaConnectionError("down", host="http://u:pw@h:1", kind="refused")

    assert policy.should_retry("get", busy, attempt=0)
    policy.wait(0, "3")
    assert policy.should_retry("POST", refused, attempt=1)
    policy.wait(1)
    assert not policy.should_retry("GET", busy, attempt=2)
    assert not policy.should_retry("GET", 404)  # not retryable at all: nothing to log

    records = [record for record in caplog.records if record.name == "ollama_openapi"]
    assert all(record.levelno == logging.DEBUG for record in records)
    assert [record.getMessage() for record in records] == [
        "Retrying GET request after HTTP 503 (ServiceUnavailableError) (retry 1 of 2)",
        "Waiting 3.000 s before retry 1 (Retry-After: '3')",
        "Retrying POST request after OllamaConnectionError (refused) (retry 2 of 2)",
        "Waiting 1.000 s before retry 2",
        "Not retrying GET request after HTTP 503 (ServiceUnavailableError): all 2 retries used",
    ]
    for secret_or_body in ("sk-x", "pw", "busy"):
        assert secret_or_body not in caplog.text


def test_async_waits_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    async def no_sleep(_: float) -> None:
        return None

    caplog.set_level(logging.DEBUG, logger="ollama_openapi")
    policy = _policy(jitter="none", async_sleep=no_sleep)
    asyncio.run(policy.async_wait(0))
    assert [record.getMessage() for record in caplog.records] == ["Waiting 0.500 s before retry 1"]
