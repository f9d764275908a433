"""`Terminal`: runs ``ollama-openapi`` on a pseudo-terminal, as a person in a shell would.

The command runs in its own session with the pty as its controlling terminal, so Ctrl-C (``\\x03``)
reaches it as SIGINT through the terminal driver, and ``readline`` sees a real terminal of the
given size. `expect` waits (bounded) for text in the output, with ANSI escape sequences removed.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping, Sequence
from types import TracebackType

# The child makes the pty its controlling terminal (it leads a new session), then runs the CLI.
_BOOT = (
    "import fcntl, runpy, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "sys.argv[0] = 'ollama-openapi'; runpy.run_module('ollama_openapi.cli', run_name='__main__')"
)
_ANSI = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
TIMEOUT = 30.0

UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"


def _backspaced(line: str) -> str:
    """`line` as shown once its backspaces moved the cursor back and later characters overwrote."""
    if "\b" not in line:
        return line
    cells: list[str] = []
    cursor = 0
    for char in line:
        if char == "\b":
            cursor = max(0, cursor - 1)
            continue
        if cursor < len(cells):
            cells[cursor] = char
        else:
            cells.append(char)
        cursor += 1
    return "".join(cells)


class Terminal:
    """One ``ollama-openapi ARGS...`` process on a pty of `columns` x `rows`."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        columns: int = 80,
        rows: int = 24,
    ) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOT, *argv],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=dict(env),
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self._master = master
        self.raw = b""  # everything the program wrote, as written
        self._seen = 0  # where the next expect starts, in the text without escapes

    @property
    def text(self) -> str:
        """The output so far without ANSI escape sequences, with ``\\r\\n`` read as ``\\n`` and
        backspaces applied as a terminal does (the cursor steps back; what follows overwrites)."""
        text = _ANSI.sub(b"", self.raw).decode("utf-8", "replace").replace("\r\n", "\n")
        return "\n".join(_backspaced(line) for line in text.split("\n")) if "\b" in text else text

    def _read(self, timeout: float) -> bool:
        """Read what is available within `timeout` seconds; False once the program has ended."""
        ready, _, _ = select.select([self._master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self._master, 65536)
        except OSError:  # EIO: the program ended and closed the terminal
            return False
        self.raw += data
        return bool(data)

    def expect(self, pattern: str, timeout: float = TIMEOUT) -> re.Match[str]:
        """Wait until `pattern` (a regular expression) appears after the last match; return it."""
        compiled = re.compile(pattern)
        deadline = time.monotonic() + timeout
        alive = True
        while True:
            match = compiled.search(self.text, self._seen)
            if match is not None:
                self._seen = match.end()
                return match
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not alive:
                raise AssertionError(f"{pattern!r} not seen; the output after the last match:\n{self.rest()}")
            alive = self._read(min(remaining, 0.2))

    def expect_raw(self, pattern: re.Pattern[bytes], timeout: float = TIMEOUT) -> re.Match[bytes]:
        """Wait until `pattern` appears in the bytes written so far, escapes and all; return it."""
        deadline = time.monotonic() + timeout
        alive = True
        while True:
            match = pattern.search(self.raw)
            if match is not None:
                return match
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not alive:
                raise AssertionError(f"{pattern.pattern!r} not written; the output so far:\n{self.raw!r}")
            alive = self._read(min(remaining, 0.2))

    def rest(self) -> str:
        """The output after the last match."""
        return self.text[self._seen :]

    def send(self, text: str) -> None:
        """Type `text` (``\\r`` is Enter, as a terminal sends it)."""
        os.write(self._master, text.encode())

    def line(self, text: str) -> None:
        """Type `text` and press Enter."""
        self.send(text + "\r")

    def interrupt(self, until: str | None = None, *, attempts: int = 5, patience: float = 3.0) -> None:
        """Press Ctrl-C until `until` appears, or (without `until`) until the program ends.

        A SIGINT that arrives just before a program blocks in ``select`` or ``recv`` (CPython's
        readline, sockets) is only acted on after the next input, so Ctrl-C is pressed again
        when nothing happens for `patience` seconds (at most `attempts` times).
        """
        for attempt in range(attempts):
            time.sleep(0.1)
            self.send(CTRL_C)
            wait = patience if attempt < attempts - 1 else TIMEOUT
            if until is not None:
                try:
                    self.expect(until, timeout=wait)
                except AssertionError:
                    if wait == TIMEOUT or self.process.poll() is not None:
                        raise
                    continue
                return
            deadline = time.monotonic() + wait
            alive = True
            while alive and time.monotonic() < deadline:
                alive = self._read(0.1)
            if not alive:  # the program closed the terminal: it ended
                return
        raise AssertionError(f"Ctrl-C pressed {attempts} times, in vain; the output since:\n{self.rest()}")

    def wait(self, timeout: float = TIMEOUT) -> int:
        """Read until the program ends; its exit code."""
        deadline = time.monotonic() + timeout
        while self._read(0.2) and time.monotonic() < deadline:
            pass
        return self.process.wait(timeout=max(deadline - time.monotonic(), 1))

    def close(self) -> None:
        """End the program if it still runs, and release the terminal."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=TIMEOUT)
        os.close(self._master)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


_SCREEN_TOKENS = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b[^\[]|\r|\n|[^\x1b\r\n]")


class Screen:
    """Just enough of a VT100 to replay what the progress display writes: the lines it leaves.

    Understands ``\\r``, ``\\n`` (to the start of the next line, as a tty's ONLCR makes it),
    cursor up (``ESC[nA``), to column (``ESC[nG``), erase in line (``ESC[K``, ``ESC[2K``), and
    wraps at `columns` as terminals do; other sequences are ignored. `wrapped` tells whether any
    line was too long for the width.
    """

    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.rows: list[list[str]] = [[]]
        self.row = 0
        self.column = 0
        self.wrapped = False

    def feed(self, text: str) -> Screen:
        for match in _SCREEN_TOKENS.finditer(text):
            token = match.group(0)
            if match.group(2) is not None:
                self._control(match.group(1), match.group(2))
            elif token == "\r":
                self.column = 0
            elif token == "\n":  # a terminal's output is cooked: a line feed also returns (ONLCR)
                self._down()
                self.column = 0
            elif not token.startswith("\x1b"):
                self._put(token)
        return self

    @property
    def lines(self) -> list[str]:
        """The screen's lines, trailing blanks removed."""
        return ["".join(cells).rstrip() for cells in self.rows]

    def _control(self, argument: str, command: str) -> None:
        count = int(argument) if argument.isdigit() else 1
        line = self.rows[self.row]
        if command == "A":
            self.row = max(self.row - count, 0)
        elif command == "G":
            self.column = count - 1
        elif command == "K":
            if argument == "2":
                line.clear()
            else:
                del line[self.column :]

    def _down(self) -> None:
        self.row += 1
        if self.row == len(self.rows):
            self.rows.append([])

    def _put(self, char: str) -> None:
        if self.column >= self.columns:  # the cursor waits at the margin until the next character
            self.wrapped = True
            self._down()
            self.column = 0
        line = self.rows[self.row]
        line.extend(" " * (self.column - len(line)))
        if self.column < len(line):
            line[self.column] = char
        else:
            line.append(char)
        self.column += 1
