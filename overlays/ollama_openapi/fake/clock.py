"""Timestamps formatted like Go's ``time.Time`` JSON encoding (RFC 3339 with nanoseconds)."""

from __future__ import annotations

import time

_NS_PER_SECOND = 1_000_000_000
# Go's time.Duration cannot exceed this; keep_alive < 0 means "forever" = now + max duration.
MAX_DURATION_NS = 2**63 - 1

_cached_second = -1
_cached_prefix = ""


def rfc3339_nano(ns: int) -> str:
    """Format a Unix time in nanoseconds as ``2025-01-02T03:04:05.123456789Z``.

    Go trims trailing zeros of the fraction; we do too so the output matches byte for byte in spirit.
    """
    global _cached_second, _cached_prefix
    seconds, fraction = divmod(ns, _NS_PER_SECOND)
    if seconds != _cached_second:
        # Per-chunk formatting is hot in streams; the date part changes only once a second.
        prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
        _cached_second, _cached_prefix = seconds, prefix
    else:
        prefix = _cached_prefix
    if not fraction:
        return prefix + "Z"
    return f"{prefix}.{fraction:09d}".rstrip("0") + "Z"


def now_ns() -> int:
    """Current Unix time in nanoseconds."""
    return time.time_ns()


def now_rfc3339() -> str:
    """Current time as RFC 3339 with nanoseconds."""
    return rfc3339_nano(time.time_ns())


def far_future_ns(start_ns: int) -> int:
    """``start_ns`` plus Go's largest duration: what Ollama reports for models kept alive forever."""
    return start_ns + MAX_DURATION_NS


def format_timestamp(ns: int) -> str:
    """Format any timestamp, including ones beyond year 9999's reach of ``time.gmtime`` on some platforms."""
    try:
        return rfc3339_nano(ns)
    except (OverflowError, OSError, ValueError):
        return "2318-01-01T00:00:00Z"
