"""Tests for ollama_openapi.progress: chunk reading, the plain backend, rich/tqdm smoke tests."""

from __future__ import annotations

import asyncio
import importlib
import io
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from ollama_openapi import progress
from ollama_openapi._progress_views import PlainView, RichView, TqdmView, human_size
from ollama_openapi.errors import StreamInBandError
from ollama_openapi.progress import ProgressUpdate, arender_progress, open_view, render_progress

LAYER_A = "sha256:8eeb52dfb3bb" + "0" * 52
LAYER_B = "sha256:73b313b5552d" + "1" * 52


def pull_stream() -> list[dict[str, Any]]:
    """A pull of two layers whose progress lines interleave, as Ollama's parallel download does."""
    chunks: list[dict[str, Any]] = [{"status": "pulling manifest"}]
    chunks.append({"status": "pulling 8eeb52dfb3bb", "digest": LAYER_A, "total": 2_000_000_000})
    chunks.append({"status": "pulling 73b313b5552d", "digest": LAYER_B, "total": 1_000})
    for step in range(1, 9):
        chunks.append(
            {
                "status": "pulling 8eeb52dfb3bb",
                "digest": LAYER_A,
                "total": 2_000_000_000,
                "completed": step * 250_000_000,
            }
        )
        if step % 2 == 0:
            chunks.append(
                {"status": "pulling 73b313b5552d", "digest": LAYER_B, "total": 1_000, "completed": step * 125}
            )
    chunks += [
        {"status": "verifying sha256 digest"},
        {"status": "writing manifest"},
        {"status": "writing manifest"},
        {"status": "success"},
    ]
    return chunks


PULL_PLAIN_OUTPUT = """\
pulling manifest
pulling 8eeb52dfb3bb: 0% (0 B/2.0 GB)
pulling 73b313b5552d: 0% (0 B/1.0 KB)
pulling 8eeb52dfb3bb: 12% (250.0 MB/2.0 GB)
pulling 8eeb52dfb3bb: 25% (500.0 MB/2.0 GB)
pulling 73b313b5552d: 25% (250 B/1.0 KB)
pulling 8eeb52dfb3bb: 37% (750.0 MB/2.0 GB)
pulling 8eeb52dfb3bb: 50% (1.0 GB/2.0 GB)
pulling 73b313b5552d: 50% (500 B/1.0 KB)
pulling 8eeb52dfb3bb: 62% (1.2 GB/2.0 GB)
pulling 8eeb52dfb3bb: 75% (1.5 GB/2.0 GB)
pulling 73b313b5552d: 75% (750 B/1.0 KB)
pulling 8eeb52dfb3bb: 87% (1.8 GB/2.0 GB)
pulling 8eeb52dfb3bb: 100% (2.0 GB/2.0 GB)
pulling 73b313b5552d: 100% (1.0 KB/1.0 KB)
verifying sha256 digest
writing manifest
success
"""


class Unset:
    """Stands in for the generated client's UNSET sentinel."""

    def __bool__(self) -> bool:
        return False


UNSET = Unset()


@dataclass
class ModelChunk:
    """Stands in for a generated ProgressResponse model object."""

    status: Any = UNSET
    digest: Any = UNSET
    total: Any = UNSET
    completed: Any = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)


def plain(chunks: Any) -> str:
    output = io.StringIO()
    render_progress(chunks, file=output, backend="plain")
    return output.getvalue()


class TerminalStringIO(io.StringIO):
    def isatty(self) -> bool:
        return True


@dataclass
class SpyView:
    events: list[tuple[Any, ...]] = field(default_factory=list)
    closed: int = 0

    def show_status(self, text: str) -> None:
        self.events.append(("status", text))

    def show_layer(self, key: str, label: str, completed: int, total: int) -> None:
        self.events.append(("layer", key, label, completed, total))

    def close(self) -> None:
        self.closed += 1


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> SpyView:
    view = SpyView()
    monkeypatch.setattr(progress, "open_view", lambda backend, file=None: view)
    return view


# --- plain backend --------------------------------------------------------------------------------


def test_plain_output_of_an_interleaved_pull() -> None:
    assert plain(pull_stream()) == PULL_PLAIN_OUTPUT


def test_plain_output_has_no_ansi_or_carriage_returns() -> None:
    text = plain(pull_stream())
    assert "\x1b" not in text
    assert "\r" not in text


def test_render_returns_the_last_chunk_object() -> None:
    chunks = pull_stream()
    assert render_progress(chunks, file=io.StringIO(), backend="plain") is chunks[-1]


def test_empty_stream_returns_none_and_prints_nothing() -> None:
    output = io.StringIO()
    assert render_progress([], file=output, backend="plain") is None
    assert output.getvalue() == ""


QUANTIZING = "quantizing F16 model to Q4_K_M"


def test_create_stream_statuses_and_quantize_progress() -> None:
    chunks = [
        {"status": "quantizing F16 model to Q4_K_M", "digest": "0", "total": 6433687776, "completed": 12302},
        {
            "status": "quantizing F16 model to Q4_K_M",
            "digest": "0",
            "total": 6433687776,
            "completed": 6433687552,
        },
        {"status": "verifying conversion"},
        {"status": "creating new layer sha256:fb7f4f211b89"},
        {"status": "writing manifest"},
        {"status": "success"},
    ]
    assert plain(chunks) == (
        "quantizing F16 model to Q4_K_M: 0% (12.3 KB/6.4 GB)\n"
        "quantizing F16 model to Q4_K_M: 99% (6.4 GB/6.4 GB)\n"
        "verifying conversion\n"
        "creating new layer sha256:fb7f4f211b89\n"
        "writing manifest\n"
        "success\n"
    )


def test_push_layer_label_gets_the_short_digest() -> None:
    chunks = [
        {"status": "retrieving manifest"},
        {"status": "starting upload", "digest": LAYER_A, "total": 100},
        {"status": "starting upload", "digest": LAYER_A, "total": 100, "completed": 100},
        {"status": "pushing manifest"},
        {"status": "success"},
    ]
    assert plain(chunks) == (
        "retrieving manifest\n"
        "starting upload 8eeb52dfb3bb: 0% (0 B/100 B)\n"
        "starting upload 8eeb52dfb3bb: 100% (100 B/100 B)\n"
        "pushing manifest\n"
        "success\n"
    )


def test_model_objects_with_unset_and_none_fields() -> None:
    chunks = [
        ModelChunk(status="pulling manifest"),
        ModelChunk(status="pulling 8eeb52dfb3bb", digest=LAYER_A, total=10, completed=None),
        ModelChunk(status="pulling 8eeb52dfb3bb", digest=LAYER_A, total=10, completed=10),
        ModelChunk(status=UNSET),
        ModelChunk(status="success", digest=UNSET, total=UNSET),
    ]
    assert plain(chunks) == (
        "pulling manifest\n"
        "pulling 8eeb52dfb3bb: 0% (0 B/10 B)\n"
        "pulling 8eeb52dfb3bb: 100% (10 B/10 B)\n"
        "success\n"
    )


def test_generated_progress_response_models_render_like_dicts() -> None:
    from ollama_openapi_generated.models import ProgressResponse

    chunks = pull_stream()
    models = [ProgressResponse.from_dict(chunk) for chunk in chunks]
    output = io.StringIO()
    assert render_progress(models, file=output, backend="plain") is models[-1]
    assert output.getvalue() == PULL_PLAIN_OUTPUT


def test_non_int_and_non_str_values_count_as_absent() -> None:
    chunks: list[Any] = [
        {"status": 7},
        {"status": "layer", "digest": LAYER_A, "total": True, "completed": 1},
        {"status": "sized", "digest": LAYER_A, "total": "100", "completed": 1},
        {"status": "floaty", "digest": LAYER_A, "total": 100.0, "completed": 1},
        {"status": "zero", "digest": LAYER_A, "total": 0},
        None,
        object(),
    ]
    # Without a usable total these are plain status lines.
    assert plain(chunks) == "layer\nsized\nfloaty\nzero\n"


def test_progress_update_reads_mappings_and_objects_alike() -> None:
    expected = ProgressUpdate(status="s", digest="d", total=5, completed=None)
    assert ProgressUpdate.from_chunk({"status": "s", "digest": "d", "total": 5}) == expected
    assert ProgressUpdate.from_chunk(ModelChunk(status="s", digest="d", total=5)) == expected


def test_completed_beyond_total_or_negative_is_clamped() -> None:
    chunks = [
        {"status": "pulling x", "digest": "d", "total": 10, "completed": -5},
        {"status": "pulling x", "digest": "d", "total": 10, "completed": 50},
    ]
    assert plain(chunks) == "pulling x: 0% (0 B/10 B)\npulling x: 100% (10 B/10 B)\n"


def test_plain_step_is_configurable() -> None:
    output = io.StringIO()
    view = PlainView(output, step=50)
    for done in (0, 30, 49, 50, 99, 100):
        view.show_layer("k", "L", done, 100)
    assert output.getvalue() == "L: 0% (0 B/100 B)\nL: 50% (50 B/100 B)\nL: 100% (100 B/100 B)\n"


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 B"),
        (999, "999 B"),
        (1000, "1.0 KB"),
        (1_234_567, "1.2 MB"),
        (4_920_753_328, "4.9 GB"),
        (10**15, "1.0 PB"),
    ],
)
def test_human_size(size: int, text: str) -> None:
    assert human_size(size) == text


# --- errors and cleanup -------------------------------------------------------------------------


class StreamBroke(Exception):
    pass


def breaking_stream() -> Iterator[dict[str, Any]]:
    yield {"status": "pulling manifest"}
    yield {"status": "pulling x", "digest": LAYER_A, "total": 100, "completed": 40}
    raise StreamBroke("connection reset")


def test_stream_exception_propagates_after_the_view_is_closed(spy: SpyView) -> None:
    with pytest.raises(StreamBroke, match="connection reset"):
        render_progress(breaking_stream())
    assert spy.closed == 1
    assert spy.events == [
        ("status", "pulling manifest"),
        ("layer", LAYER_A, "pulling x 8eeb52dfb3bb", 40, 100),
    ]


def test_error_chunk_raises_a_typed_error(spy: SpyView) -> None:
    chunks = [
        {"status": "pulling manifest"},
        {"error": "pull model manifest: file does not exist"},
        {"status": "x"},
    ]
    with pytest.raises(StreamInBandError, match="file does not exist") as caught:
        render_progress(chunks)
    assert caught.value.error == "pull model manifest: file does not exist"
    assert spy.closed == 1
    assert spy.events == [("status", "pulling manifest")]


@pytest.mark.parametrize(
    ("error", "message"),
    [({"message": "quota exceeded", "type": "api_error"}, "quota exceeded"), (42, "42")],
)
def test_error_chunk_of_other_shapes(error: object, message: str) -> None:
    with pytest.raises(StreamInBandError) as caught:
        render_progress([{"error": error}], file=io.StringIO(), backend="plain")
    assert caught.value.error == message


def test_empty_or_null_error_field_is_not_an_error() -> None:
    assert plain([{"status": "a", "error": ""}, {"status": "b", "error": None}]) == "a\nb\n"


def test_plain_output_written_before_an_exception_is_kept() -> None:
    output = io.StringIO()
    with pytest.raises(StreamBroke):
        render_progress(breaking_stream(), file=output, backend="plain")
    assert output.getvalue() == "pulling manifest\npulling x 8eeb52dfb3bb: 40% (40 B/100 B)\n"


@pytest.mark.parametrize("backend", ["rich", "tqdm"])
def test_library_backends_close_their_bars_when_the_stream_fails(backend: str) -> None:
    pytest.importorskip(backend)
    output = io.StringIO()
    with pytest.raises(StreamBroke):
        render_progress(breaking_stream(), file=output, backend=backend)  # type: ignore[arg-type]
    # Closing the bars draws their final state.
    assert "pulling x 8eeb52dfb3bb" in output.getvalue()


def test_unknown_backend_is_rejected_before_reading_the_stream() -> None:
    def never() -> Iterator[dict[str, Any]]:
        raise AssertionError("the stream must not be read")
        yield {}

    with pytest.raises(ValueError, match="unknown progress backend 'fancy'"):
        render_progress(never(), backend="fancy")  # type: ignore[arg-type]


# --- async twin ---------------------------------------------------------------------------------


async def as_async(chunks: list[dict[str, Any]], fail: bool = False) -> AsyncIterator[dict[str, Any]]:
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk
    if fail:
        raise StreamBroke("async reset")


def test_async_render_matches_the_sync_output() -> None:
    output = io.StringIO()
    chunks = pull_stream()
    last = asyncio.run(arender_progress(as_async(chunks), file=output, backend="plain"))
    assert last is chunks[-1]
    assert output.getvalue() == PULL_PLAIN_OUTPUT


def test_async_empty_stream_returns_none() -> None:
    assert asyncio.run(arender_progress(as_async([]), file=io.StringIO(), backend="plain")) is None


def test_async_stream_exception_propagates(spy: SpyView) -> None:
    with pytest.raises(StreamBroke, match="async reset"):
        asyncio.run(arender_progress(as_async([{"status": "a"}], fail=True)))
    assert spy.events == [("status", "a")]
    assert spy.closed == 1


# --- backend selection --------------------------------------------------------------------------


def test_auto_uses_plain_text_when_not_a_terminal() -> None:
    assert isinstance(open_view("auto", io.StringIO()), PlainView)


def test_auto_uses_plain_text_on_a_dumb_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    assert isinstance(open_view("auto", TerminalStringIO()), PlainView)


def test_auto_prefers_rich_then_tqdm_then_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    missing: set[str] = set()
    real_import = importlib.import_module

    def fake_import(name: str) -> Any:
        if name.split(".")[0] in missing:
            raise ModuleNotFoundError(name)
        return real_import(name)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    pytest.importorskip("rich")
    pytest.importorskip("tqdm")
    assert isinstance(open_view("auto", TerminalStringIO()), RichView)
    missing.add("rich")
    assert isinstance(open_view("auto", TerminalStringIO()), TqdmView)
    missing.add("tqdm")
    assert isinstance(open_view("auto", TerminalStringIO()), PlainView)
    with pytest.raises(ImportError, match=r"needs the rich package \(pip install rich\)"):
        open_view("rich", io.StringIO())


def test_default_file_is_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    render_progress([{"status": "success"}], backend="plain")
    assert capsys.readouterr().err == "success\n"


# --- rich and tqdm smoke tests ------------------------------------------------------------------


def test_rich_backend_draws_bars_then_statuses() -> None:
    pytest.importorskip("rich")
    output = io.StringIO()
    chunks = pull_stream()
    assert render_progress(chunks, file=output, backend="rich") is chunks[-1]
    text = output.getvalue()
    positions = [
        text.index("pulling manifest"),
        text.index("pulling 8eeb52dfb3bb"),
        text.index("pulling 73b313b5552d"),
        text.index("verifying sha256 digest"),
        text.index("success"),
    ]
    assert positions == sorted(positions)
    assert "2.0/2.0 GB" in text
    assert text.count("writing manifest") == 1


def test_rich_backend_treats_status_text_literally() -> None:
    pytest.importorskip("rich")
    output = io.StringIO()
    render_progress([{"status": "[bold]not markup[/bold] :smile:"}], file=output, backend="rich")
    assert output.getvalue() == "[bold]not markup[/bold] :smile:\n"


def test_tqdm_backend_draws_bars_then_statuses() -> None:
    pytest.importorskip("tqdm")
    output = io.StringIO()
    chunks = pull_stream()
    assert render_progress(chunks, file=output, backend="tqdm") is chunks[-1]
    text = output.getvalue()
    assert text.startswith("pulling manifest\n")
    assert text.endswith("verifying sha256 digest\nwriting manifest\nsuccess\n")
    assert "pulling 8eeb52dfb3bb: 100%" in text
    assert "pulling 73b313b5552d: 100%" in text


def test_tqdm_bar_follows_a_restarted_layer() -> None:
    pytest.importorskip("tqdm")
    output = io.StringIO()
    view = TqdmView(output)
    view.show_layer("k", "L", 80, 100)
    view.show_layer("k", "L", 10, 100)
    assert view._bars["k"].n == 10
    view.close()
    assert view._bars == {}
