"""The grey hint after an empty prompt (``>>> Send a message (/? for help)``), as ``ollama`` shows it.

`show_until_key` draws the prompt and the hint, waits (without reading anything) until a key is
pressed, and erases them; ``readline`` then draws the prompt again and reads the key itself, so
line editing, history and Ctrl-D behave as without the hint. Only on a terminal that can draw it
(POSIX, not ``TERM=dumb``).
"""

from __future__ import annotations

import contextlib
import os
import select
from typing import TextIO

from ollama_openapi.cli._output import is_terminal

__all__ = ["ALT_PLACEHOLDER", "PLACEHOLDER", "show_until_key"]

PLACEHOLDER = "Send a message (/? for help)"
ALT_PLACEHOLDER = 'Use """ to end multi-line input'
"""The hint of the continuation prompt, inside a ``\"\"\"`` block."""
_DIM = "\x1b[90m"
_RESET = "\x1b[0m"
_ERASE_LINE = "\r\x1b[K"


def show_until_key(stdin: TextIO, stdout: TextIO, prompt: str, hint: str) -> None:
    """Show `prompt` and `hint` until a key is pressed (returns then, the key still unread).

    Does nothing where the terminal cannot draw it. Ctrl-C while waiting erases the hint and
    raises `KeyboardInterrupt` as usual.
    """
    try:
        import termios
    except ImportError:  # pragma: no cover - not POSIX: readline's prompt alone
        return
    if os.environ.get("TERM") == "dumb" or not (is_terminal(stdin) and is_terminal(stdout)):
        return
    descriptor = stdin.fileno()
    try:
        saved = termios.tcgetattr(descriptor)
    except termios.error:
        return
    quiet = list(saved)
    quiet[3] = quiet[3] & ~(termios.ICANON | termios.ECHO)  # lflags: a key is readable at once
    pressed = False
    try:
        # Before the prompt shows, as readline does: a key pressed once it shows is read as a key
        # (Ctrl-D in the line discipline's cooked mode would be an end of file, not a key).
        # TCSANOW: keys typed ahead stay in the queue, for readline.
        termios.tcsetattr(descriptor, termios.TCSANOW, quiet)
        stdout.write(f"{prompt}{_DIM}{hint}{_RESET}\x1b[{len(hint)}D")  # the cursor after the prompt
        stdout.flush()
        while not pressed:
            pressed = bool(select.select([descriptor], [], [], None)[0])
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(descriptor, termios.TCSANOW, saved)
        stdout.write(_ERASE_LINE if pressed else "\x1b[K")  # readline redraws the prompt
        stdout.flush()
