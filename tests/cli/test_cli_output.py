"""The formatting helpers of the CLI: relative times and tables."""

from __future__ import annotations

import datetime

import pytest

from ollama_openapi.cli._output import format_table, relative_time

NOW = datetime.datetime(2025, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (datetime.timedelta(seconds=-0.5), "Just now"),
        (datetime.timedelta(seconds=0.5), "Less than a second"),
        (datetime.timedelta(seconds=-1), "1 second ago"),
        (datetime.timedelta(minutes=-3, seconds=-5), "3 minutes ago"),
        (datetime.timedelta(minutes=4, seconds=59), "4 minutes from now"),
        (datetime.timedelta(days=-2), "2 days ago"),
        (datetime.timedelta(days=-15), "2 weeks ago"),
        (datetime.timedelta(days=-400), "1 year ago"),
        (datetime.timedelta(days=365 * 200), "Forever"),
    ],
)
def test_relative_time(delta: datetime.timedelta, expected: str) -> None:
    assert relative_time(NOW + delta, now=NOW) == expected


def test_relative_time_of_nothing_and_of_naive_times() -> None:
    assert relative_time(None) == ""
    naive = datetime.datetime(2025, 1, 1, 11, 0)
    assert relative_time(naive, now=NOW) == "1 hour ago"


def test_format_table_aligns_columns() -> None:
    assert format_table(("A", "BB"), [("xxx", "y"), ("z", "")]) == ["A      BB", "xxx    y", "z"]
