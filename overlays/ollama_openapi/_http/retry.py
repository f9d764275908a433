"""When to repeat a failed request and how long to wait first (pure logic; no I/O).

What is retried:

* HTTP 408, 429, 502, 503 and 504 (Ollama answers 503 when its queue is full; ollama.com sends 429);
* connection failures and timeouts, but only before any byte of an answer arrived (a server that
  sent part of a status line, or of its headers, has seen the request: it is not sent again).

Only requests that are safe to repeat are retried: GET, HEAD, OPTIONS, PUT, DELETE and TRACE, and
POSTs the caller marks ``idempotent=True``. The exception is a failure that happened before the
request reached the server (connection refused, DNS failure, connect or pool timeout): repeating it
cannot run anything twice, so it is retried for every method.

The wait is exponential backoff with jitter (``base_delay * 2**attempt`` capped at ``max_delay``), or
the server's ``Retry-After`` (seconds or an HTTP date) capped at ``max_retry_after``; with a timeout,
no wait is longer than the call's read timeout.

Each retry decision and each wait is logged at DEBUG on the ``ollama_openapi`` logger (the method,
the retry number, the status or error class, the seconds waited; never a URL, header or body).
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import random as random_module
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Final, Literal

from ollama_openapi.errors import OllamaConnectionError, OllamaTimeoutError, ResponseError

__all__ = ["IDEMPOTENT_METHODS", "RETRYABLE_STATUS_CODES", "RetryPolicy", "parse_retry_after"]

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRYABLE_STATUS_CODES: Final = frozenset({408, 429, 502, 503, 504})

Jitter = Literal["full", "equal", "none"]

_log = logging.getLogger("ollama_openapi")


def _reason(outcome: int | BaseException) -> str:
    """What failed, for the log: a status code, or an error class and kind (never a message)."""
    if isinstance(outcome, int):
        return f"HTTP {outcome}"
    if isinstance(outcome, ResponseError):
        return f"HTTP {outcome.status_code} ({type(outcome).__name__})"
    if isinstance(outcome, (OllamaConnectionError, OllamaTimeoutError)) and outcome.kind:
        return f"{type(outcome).__name__} ({outcome.kind})"
    return type(outcome).__name__


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or HTTP date), or None.

    Args:
        value: The header value.
        now: The current Unix time, for HTTP dates; ``time.time()`` when None.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:  # HTTP dates are GMT; "-0000" yields a naive datetime
            moment = moment.replace(tzinfo=datetime.timezone.utc)
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / infinity
        return None
    return max(0.0, seconds)


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported when an async client first waits, not by `from ollama_openapi import Client`.
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to repeat failed requests.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        base_delay: Backoff before the first retry, in seconds; doubles with every attempt.
        max_delay: Longest backoff, in seconds.
        max_retry_after: Longest wait honoured from a ``Retry-After`` header, in seconds.
        jitter: ``"full"`` waits a random time up to the backoff, ``"equal"`` half the backoff plus a
            random half, ``"none"`` exactly the backoff.
        retry_status_codes: HTTP statuses worth retrying.
        random: Returns a float in [0, 1); injectable for tests.
        clock: Returns the Unix time; injectable for tests (used for ``Retry-After`` dates).
        sleep: Blocks for a number of seconds (sync clients).
        async_sleep: Awaits for a number of seconds (async clients).
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Jitter = "full"
    retry_status_codes: frozenset[int] = RETRYABLE_STATUS_CODES
    random: Callable[[], float] = field(default=random_module.random, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        for name in ("base_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not value >= 0:  # also rejects NaN
                raise ValueError(f"{name} must be >= 0, got {value}")
        if self.jitter not in ("full", "equal", "none"):
            raise ValueError(f"jitter must be 'full', 'equal' or 'none', got {self.jitter!r}")

    def should_retry(
        self,
        method: str,
        outcome: int | BaseException,
        *,
        attempt: int = 0,
        idempotent: bool = False,
        retry_after: str | None = None,
        max_wait: float | None = None,
        answered: bool = False,
    ) -> bool:
        """Whether a request that ended with ``outcome`` should be sent again.

        A ``Retry-After`` the server asks for that is longer than `max_retry_after`, or than
        `max_wait` (the call's own time limit), is not waited for: the error is raised at once, with
        its ``retry_after`` for the caller to decide.

        Args:
            method: The HTTP method of the request.
            outcome: The response status code, or the exception the request raised
                (an :class:`~ollama_openapi.errors.OllamaError`; raw exceptions are never retried).
            attempt: How many retries were already made (0 after the first failure).
            idempotent: True for a POST that is safe to repeat (show, embed, copy, blob upload, or a
                generation whose response has not reached the caller yet).
            retry_after: The ``Retry-After`` header of the failed answer, if any.
            max_wait: The longest wait the call allows (its read timeout), if it has one.
            answered: Whether any byte of an answer had arrived when the request failed: a failure
                (an exception) after that is never retried, since the server acted on the request.
        """
        if not self._retryable(method, outcome, idempotent):
            return False
        if answered and isinstance(outcome, BaseException) and not isinstance(outcome, ResponseError):
            _log.debug("Not retrying %s request: part of an answer had arrived", method.upper())
            return False
        server_wait = parse_retry_after(retry_after, now=self.clock())
        if server_wait is not None:
            limit = self.max_retry_after if max_wait is None else min(self.max_retry_after, max_wait)
            if server_wait > limit:
                _log.debug(
                    "Not retrying: the server asks to wait %.1f s, more than the %.1f s allowed",
                    server_wait,
                    limit,
                )
                return False
        if attempt >= self.max_retries:
            if self.max_retries:
                _log.debug(
                    "Not retrying %s request after %s: all %d retries used",
                    method.upper(),
                    _reason(outcome),
                    self.max_retries,
                )
            return False
        _log.debug(
            "Retrying %s request after %s (retry %d of %d)",
            method.upper(),
            _reason(outcome),
            attempt + 1,
            self.max_retries,
        )
        return True

    def _retryable(self, method: str, outcome: int | BaseException, idempotent: bool) -> bool:
        safe_to_repeat = idempotent or method.upper() in IDEMPOTENT_METHODS
        if isinstance(outcome, bool):
            return False
        if isinstance(outcome, int):
            return safe_to_repeat and outcome in self.retry_status_codes
        if isinstance(outcome, ResponseError):
            return safe_to_repeat and outcome.status_code in self.retry_status_codes
        if isinstance(outcome, OllamaConnectionError):
            if outcome.kind in ("tls", "url"):
                return False  # a configuration problem: repeating cannot fix it
            return safe_to_repeat or not outcome.request_sent
        if isinstance(outcome, OllamaTimeoutError):
            return safe_to_repeat or not outcome.request_sent
        return False

    def delay(self, attempt: int, retry_after: str | None = None, max_wait: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (0 for the first retry).

        Args:
            attempt: How many retries were already made.
            retry_after: The ``Retry-After`` header of the failed response, if any; when it parses it
                wins over the backoff, capped at ``max_retry_after``.
            max_wait: The longest wait the call allows (its read timeout), if it has one.
        """
        seconds = self._delay(attempt, retry_after)
        return seconds if max_wait is None else min(seconds, max_wait)

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        server_wait = parse_retry_after(retry_after, now=self.clock())
        if server_wait is not None:
            return min(server_wait, self.max_retry_after)  # should_retry refused longer waits
        backoff = min(self.max_delay, self.base_delay * 2.0 ** min(max(attempt, 0), 62))
        if self.jitter == "full":
            return backoff * self.random()
        if self.jitter == "equal":
            return backoff / 2 + backoff / 2 * self.random()
        return backoff

    def wait(self, attempt: int, retry_after: str | None = None, max_wait: float | None = None) -> float:
        """Sleep for :meth:`delay` with the injected ``sleep``; returns the seconds slept."""
        seconds = self.delay(attempt, retry_after, max_wait)
        _log_wait(seconds, attempt, retry_after)
        if seconds > 0:
            self.sleep(seconds)
        return seconds

    async def async_wait(
        self, attempt: int, retry_after: str | None = None, max_wait: float | None = None
    ) -> float:
        """Await :meth:`delay` with the injected ``async_sleep``; returns the seconds waited."""
        seconds = self.delay(attempt, retry_after, max_wait)
        _log_wait(seconds, attempt, retry_after)
        if seconds > 0:
            await self.async_sleep(seconds)
        return seconds


def _log_wait(seconds: float, attempt: int, retry_after: str | None) -> None:
    if retry_after is None:
        _log.debug("Waiting %.3f s before retry %d", seconds, attempt + 1)
    else:
        _log.debug("Waiting %.3f s before retry %d (Retry-After: %.200r)", seconds, attempt + 1, retry_after)
