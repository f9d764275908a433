"""Show the progress of ``pull``, ``push`` and ``create`` streams.

Those endpoints stream ``ProgressResponse`` chunks (``status``, ``digest``, ``total``,
``completed``). :func:`render_progress` consumes such a stream, draws one bar per layer digest
(bytes done/total, speed, time left) and prints the other statuses (``pulling manifest``,
``verifying sha256 digest``, ``writing manifest``, ``success``) as lines, then returns the last
chunk::

    final = render_progress(client.pull("llama3.2", stream=True))

Chunks may be generated model objects or plain mappings (e.g. decoded NDJSON). A field whose value
is missing, ``None`` or an "unset" sentinel (anything that is not an ``int``/``str``) is absent.

Backends: ``rich`` when installed, else ``tqdm`` when installed, else plain text. ``"auto"`` uses
plain text whenever the output is not a terminal, so logs and pipes get readable lines without
ANSI codes. Neither rich nor tqdm is required: both are imported only when used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, TextIO, TypeVar

from ollama_openapi._progress_views import PlainView, ProgressView, RichView, TqdmView, human_size
from ollama_openapi.errors import StreamInBandError

__all__ = ["Backend", "ProgressUpdate", "arender_progress", "human_size", "open_view", "render_progress"]

Backend = Literal["auto", "rich", "tqdm", "plain"]
ChunkT = TypeVar("ChunkT")

_BACKENDS: Final[Mapping[str, Callable[[TextIO], ProgressView]]] = {
    "plain": PlainView,
    "rich": RichView,
    "tqdm": TqdmView,
}
_SHORT_DIGEST_LENGTH: Final = 12


@dataclass(frozen=True)
class ProgressUpdate:
    """The fields of one progress chunk, each ``None`` when absent."""

    status: str | None = None
    digest: str | None = None
    total: int | None = None
    completed: int | None = None

    @classmethod
    def from_chunk(cls, chunk: Any) -> ProgressUpdate:
        """Read a chunk given as an object with attributes or as a mapping."""
        return cls(
            status=_text_field(chunk, "status"),
            digest=_text_field(chunk, "digest"),
            total=_count_field(chunk, "total"),
            completed=_count_field(chunk, "completed"),
        )

    @property
    def is_layer(self) -> bool:
        """True when the chunk reports byte progress of one layer."""
        return self.digest is not None and self.total is not None and self.total > 0

    def layer_label(self) -> str:
        """The text shown next to this layer's bar, e.g. ``pulling 8eeb52dfb3bb``."""
        digest = self.digest or ""
        short = digest.removeprefix("sha256:")[:_SHORT_DIGEST_LENGTH]
        status = self.status or "layer"
        if len(short) == _SHORT_DIGEST_LENGTH and short not in status:
            return f"{status} {short}"
        return status


def render_progress(
    chunks: Iterable[ChunkT], *, file: TextIO | None = None, backend: Backend = "auto"
) -> ChunkT | None:
    """Draw the progress of a pull/push/create stream and return its last chunk (``None`` if empty).

    ``file`` defaults to ``sys.stderr``. ``backend`` is ``"auto"`` (rich, else tqdm, else plain;
    always plain when ``file`` is not a terminal), ``"rich"``, ``"tqdm"`` or ``"plain"``; asking
    for a library that is not installed raises ``ImportError``. An exception raised by the stream
    propagates unchanged after the bars are closed; a chunk that carries an ``error`` (a raw
    ``{"error": ...}`` line the caller did not check) raises
    :class:`~ollama_openapi.errors.StreamInBandError`.
    """
    display = _ProgressDisplay(open_view(backend, file))
    last: ChunkT | None = None
    try:
        for chunk in chunks:
            display.feed(chunk)
            last = chunk
    finally:
        display.close()
    return last


async def arender_progress(
    chunks: AsyncIterable[ChunkT], *, file: TextIO | None = None, backend: Backend = "auto"
) -> ChunkT | None:
    """The ``async for`` twin of :func:`render_progress`, with the same arguments and behaviour."""
    display = _ProgressDisplay(open_view(backend, file))
    last: ChunkT | None = None
    try:
        async for chunk in chunks:
            display.feed(chunk)
            last = chunk
    finally:
        display.close()
    return last


def open_view(backend: Backend, file: TextIO | None = None) -> ProgressView:
    """Create the view for ``backend`` writing to ``file`` (default ``sys.stderr``)."""
    output = file if file is not None else sys.stderr
    if backend == "auto":
        if not _is_interactive(output):
            return PlainView(output)
        for library_view in (RichView, TqdmView):
            try:
                return library_view(output)
            except ImportError:
                continue
        return PlainView(output)
    factory = _BACKENDS.get(backend)
    if factory is None:
        choices = ", ".join(repr(name) for name in ("auto", *_BACKENDS))
        raise ValueError(f"unknown progress backend {backend!r}; expected one of {choices}")
    return factory(output)


class _ProgressDisplay:
    """Turns chunks into view events: layer progress, and status lines without repeats."""

    def __init__(self, view: ProgressView) -> None:
        self._view = view
        self._last_status: str | None = None

    def feed(self, chunk: Any) -> None:
        error = _field(chunk, "error")
        if error is not None and error != "":
            raise StreamInBandError(_error_message(error))
        update = ProgressUpdate.from_chunk(chunk)
        digest, total = update.digest, update.total
        if digest is not None and total is not None and total > 0:
            completed = min(max(update.completed or 0, 0), total)
            self._view.show_layer(digest, update.layer_label(), completed, total)
        elif update.status and update.status != self._last_status:
            self._last_status = update.status
            self._view.show_status(update.status)

    def close(self) -> None:
        self._view.close()


def _field(chunk: Any, name: str) -> object:
    if isinstance(chunk, Mapping):
        return chunk.get(name)
    return getattr(chunk, name, None)


def _error_message(error: object) -> str:
    if isinstance(error, str):
        return error
    if isinstance(error, Mapping) and isinstance(error.get("message"), str):
        return str(error["message"])
    return repr(error)


def _text_field(chunk: Any, name: str) -> str | None:
    value = _field(chunk, name)
    return value if isinstance(value, str) else None


def _count_field(chunk: Any, name: str) -> int | None:
    value = _field(chunk, name)
    # bool is an int subclass but never a byte count.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _is_interactive(file: TextIO) -> bool:
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(file.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed file
        return False
