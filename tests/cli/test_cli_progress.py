"""Progress of pull/push/create drawn as ollama draws it: percentages also for small finished
layers, lines that fit the terminal's width, and a tidy terminal after Ctrl-C."""

from __future__ import annotations

import io
import os
import sys

import pytest

from ollama_openapi.cli import ExitCode, main
from ollama_openapi.cli._progress import TerminalBars, _Bar, human_bytes
from ollama_openapi.fake import FakeOllama

from .conftest import Pause
from .terminal import Screen, Terminal

BIG = "sha256:" + "e" * 64
SMALL = "sha256:" + "6" * 64


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _bars(columns: int, rows: int = 24) -> tuple[io.StringIO, TerminalBars, _Clock]:
    file, clock = io.StringIO(), _Clock()
    return file, TerminalBars(file, clock=clock, size=lambda: os.terminal_size((columns, rows))), clock


def _pull(bars: TerminalBars, clock: _Clock, *, finish: bool = True) -> None:
    bars.status("pulling manifest")
    for done in (1_178_749_999, 2_357_499_999, 3_536_249_999, 4_714_999_999)[: 4 if finish else 2]:
        clock.now += 3
        bars.layer(BIG, "pulling eeeeeeeeeeee", done, 4_714_999_999)
    if finish:
        bars.layer(SMALL, "pulling 666666666666", 181, 181)
        for status in ("verifying sha256 digest", "writing manifest", "success"):
            bars.status(status)


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 B"),
        (181, "181 B"),
        (1000, "1 KB"),
        (1500, "1.5 KB"),
        (12_345_678, "12 MB"),
        (4_714_999_999, "4.7 GB"),
    ],
)
def test_sizes_are_written_as_ollama_writes_them(size: int, text: str) -> None:
    assert human_bytes(size) == text


def test_a_small_finished_layer_shows_its_percentage_and_size() -> None:
    bar = _Bar("pulling 666666666666:", 181, 0)
    bar.update(181, 181, 1.0)
    line = bar.render(78)
    assert line.startswith("pulling 666666666666: 100% ▕████")
    assert line.endswith("▏  181 B")


@pytest.mark.parametrize("width", [12, 20, 30, 40, 45, 50, 58, 60, 78, 120, 200])
@pytest.mark.parametrize("label", ["pulling eeeeeeeeeeee:", "copying a-very-long-file-name-of-weights.gguf:"])
def test_every_line_fits_its_width(width: int, label: str) -> None:
    bar = _Bar(label, 4_714_999_999, 0)
    bar.update(1_000_000_000, 4_714_999_999, 1.0)
    bar.update(2_000_000_000, 4_714_999_999, 11.0)
    assert len(bar.render(width)) <= width
    wide = bar.render(200)
    assert "100 MB/s" in wide  # speed
    assert wide.endswith("27s")  # and time left, when there is room for them
    assert "%" in bar.render(max(width, len(label) + 5))


def test_bars_at_60_columns_do_not_wrap_and_keep_every_line() -> None:
    file, bars, clock = _bars(60)
    _pull(bars, clock)
    bars.close()
    screen = Screen(60).feed(file.getvalue())
    assert not screen.wrapped
    lines = screen.lines
    assert lines[0] == "pulling manifest"
    assert lines[1].startswith("pulling eeeeeeeeeeee: 100% ▕")
    assert lines[1].endswith("▏ 4.7 GB")
    assert lines[2].startswith("pulling 666666666666: 100% ▕")
    assert lines[2].endswith("▏  181 B")
    assert lines[3:] == ["verifying sha256 digest", "writing manifest", "success", ""]
    assert (screen.row, screen.column) == (6, 0)
    assert file.getvalue().endswith("\x1b[?25h")  # the cursor is shown again


def test_ctrl_c_leaves_the_last_state_and_a_fresh_line() -> None:
    file, bars, clock = _bars(80)
    _pull(bars, clock, finish=False)
    file.write("^C")  # what the terminal echoes when Ctrl-C is pressed
    bars.close(interrupted=True)
    screen = Screen(80).feed(file.getvalue())
    assert screen.lines[0] == "pulling manifest"
    assert screen.lines[1].startswith("pulling eeeeeeeeeeee:  49% ▕")
    assert "^C" not in "".join(screen.lines)
    assert screen.lines[2:] == [""]
    assert (screen.row, screen.column) == (2, 0)


def test_more_layers_than_rows_scroll_without_repeating_lines() -> None:
    file, bars, _ = _bars(80, rows=6)
    for index in range(10):
        bars.layer(f"sha256:{index:064d}", f"pulling {index:012d}", 50, 100)
    for index in range(10):
        bars.layer(f"sha256:{index:064d}", f"pulling {index:012d}", 100, 100)
    bars.close()
    lines = [line for line in Screen(80).feed(file.getvalue()).lines if line]
    assert [line.split(":")[0] for line in lines] == [f"pulling {index:012d}" for index in range(10)]
    assert all(" 100% " in line for line in lines[-4:])  # what the 6 rows still show is redrawn


class _TerminalText(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_pull_on_a_terminal_draws_bars_and_plain_lines_with_term_dumb(
    fake: FakeOllama, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    terminal = _TerminalText()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--host", fake.url, "pull", "qwen3"]) == ExitCode.OK
    screen = Screen(70).feed(terminal.getvalue())
    assert "\x1b[" in terminal.getvalue()
    assert not screen.wrapped
    assert screen.lines[-2] == "success"
    assert sum(" 100% ▕" in line for line in screen.lines) == 3
    monkeypatch.setenv("TERM", "dumb")
    terminal = _TerminalText()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--host", fake.url, "pull", "qwen3"]) == ExitCode.OK
    assert "\x1b[" not in terminal.getvalue()
    assert "pulling 64631f1262e4: 100% (181 B)\n" in terminal.getvalue()


def test_pull_on_a_60_column_terminal(fake: FakeOllama, terminal_env: dict[str, str]) -> None:
    with Terminal(["--host", fake.url, "pull", "qwen3"], env=terminal_env, columns=60) as terminal:
        assert terminal.wait() == ExitCode.OK
        screen = Screen(60).feed(terminal.raw.decode())
    assert not screen.wrapped
    lines = [line for line in screen.lines if line]
    assert lines[0] == "pulling manifest"
    assert [line[:26] for line in lines[1:4]] == [
        "pulling eff81017afff: 100%",
        "pulling 64631f1262e4: 100%",
        "pulling d4be9355c004: 100%",
    ]
    assert lines[4:] == ["verifying sha256 digest", "writing manifest", "success"]


def test_ctrl_c_during_a_pull_leaves_no_stray_line(
    fake: FakeOllama, terminal_env: dict[str, str], paused_pull: Pause
) -> None:
    with Terminal(["--host", fake.url, "pull", "qwen3"], env=terminal_env, columns=60) as terminal:
        terminal.expect(r"pulling eff81017afff:\s+24%")
        terminal.interrupt()
        assert terminal.wait() == ExitCode.INTERRUPTED
        screen = Screen(60).feed(terminal.raw.decode())
    assert screen.lines[0] == "pulling manifest"
    assert screen.lines[1].startswith("pulling eff81017afff:  24% ▕")
    assert screen.lines[2:] == [""]  # the cursor on a fresh line, nothing below
    assert (screen.row, screen.column) == (2, 0)
    assert "^C" not in "".join(screen.lines)
    assert "Traceback" not in terminal.text
