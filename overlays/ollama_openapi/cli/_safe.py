"""Server text made safe for a terminal: control characters shown, never obeyed.

A server decides what a model name, a pull status, a license or a model's answer contains; written
to a terminal as is, an escape sequence in it could retitle the window, clear the screen, move the
cursor over what was printed, or set the clipboard (OSC 52). Every C0 and C1 control character
(U+0000-U+001F, U+007F-U+009F) is written as a visible escape such as ``\\x1b`` instead, except the
newlines and tabs of multi-line text. JSON output (``--json``) escapes what it must by itself.
"""

from __future__ import annotations

from typing import Final

__all__ = ["visible"]

_CONTROLS: Final = [*range(0x00, 0x20), *range(0x7F, 0xA0)]
_SINGLE_LINE: Final = {code: f"\\x{code:02x}" for code in _CONTROLS}
_MULTI_LINE: Final = {code: shown for code, shown in _SINGLE_LINE.items() if code not in (0x09, 0x0A)}


def visible(text: str, *, multiline: bool = True) -> str:
    """`text` with its control characters written as ``\\xNN`` (newlines and tabs kept when
    `multiline`; made visible too in a single-line field such as a name or a status)."""
    return text.translate(_MULTI_LINE if multiline else _SINGLE_LINE)
