"""Reading a ``Retry-After`` header: seconds, or an HTTP date turned into seconds from now."""

from __future__ import annotations

import datetime
import email.utils
import math
import time

__all__ = ["parse_retry_after"]


def parse_retry_after(value: str | float | None, *, now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or HTTP date), or None.

    A date in the past is 0.0; anything that is neither a finite number nor an HTTP date is None.

    Args:
        value: The header value (a number is taken as seconds).
        now: The current Unix time, for HTTP dates; ``time.time()`` when None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        text = value.strip()
        if not text:
            return None
        try:
            seconds = float(text)
        except ValueError:
            try:
                moment = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
            if moment.tzinfo is None:  # HTTP dates are GMT; "-0000" yields a naive datetime
                moment = moment.replace(tzinfo=datetime.timezone.utc)
            seconds = moment.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)
