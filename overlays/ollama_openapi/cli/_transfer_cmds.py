"""Commands that stream progress: pull, push, create."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ollama_openapi.cli._exit import ExitCode, UsageError
from ollama_openapi.cli._output import Output, plain
from ollama_openapi.cli._upload import upload_files
from ollama_openapi.compat import read_modelfile
from ollama_openapi.progress import ProgressUpdate, open_view, render_progress

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["cmd_create", "cmd_pull", "cmd_push"]


def _finish(chunks: Iterable[Any], args: argparse.Namespace, out: Output) -> int:
    """NDJSON with --json; else bars on stderr (or nothing with --no-progress) and the last status."""
    if out.json:
        for chunk in chunks:
            out.document(chunk)
        return ExitCode.OK
    if args.no_progress:
        last = None
        for last in chunks:  # noqa: B007 - only the last status is shown
            pass
        if last is not None:
            out.line(str(plain(ProgressUpdate.from_chunk(last).status, "")))
        return ExitCode.OK
    render_progress(chunks, file=out.stderr)
    return ExitCode.OK


def cmd_pull(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``pull MODEL``."""
    return _finish(client.pull(args.model, insecure=args.insecure, stream=True), args, out)


def cmd_push(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``push MODEL``."""
    return _finish(client.push(args.model, insecure=args.insecure, stream=True), args, out)


class _ProgressSink:
    """Shows upload progress dicts: as NDJSON, on a progress view, or not at all."""

    def __init__(self, args: argparse.Namespace, out: Output) -> None:
        self._out = out
        self._view = None if out.json or args.no_progress else open_view("auto", out.stderr)

    def __call__(self, chunk: dict[str, Any]) -> None:
        if self._out.json:
            self._out.document(chunk)
            return
        if self._view is None:
            return
        update = ProgressUpdate.from_chunk(chunk)
        if update.is_layer and update.digest is not None and update.total is not None:
            self._view.show_layer(update.digest, update.layer_label(), update.completed or 0, update.total)
        elif update.status:
            self._view.show_status(update.status)

    def close(self) -> None:
        if self._view is not None:
            self._view.close()


def cmd_create(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``create MODEL -f Modelfile``: upload local FROM/ADAPTER files, then create from the Modelfile."""
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"no such Modelfile: {str(path)!r}")
    try:
        modelfile = read_modelfile(path)
    except OSError as error:
        raise UsageError(f"cannot read {str(path)!r}: {error.strerror or error}") from None
    base_dir = path.resolve().parent
    local_paths = modelfile.local_paths(base_dir)
    sink = _ProgressSink(args, out)
    try:
        digests = upload_files(client, local_paths, sink)
    finally:
        sink.close()
    body = modelfile.to_create_request(digests, base_dir=base_dir, model=args.model)
    stream = client.create(
        args.model,
        quantize=args.quantize,
        from_=body.get("from"),
        files=body.get("files"),
        adapters=body.get("adapters"),
        template=body.get("template"),
        license=body.get("license"),
        system=body.get("system"),
        parameters=body.get("parameters"),
        messages=body.get("messages"),
        stream=True,
        renderer=body.get("renderer"),
        parser=body.get("parser"),
        requires=body.get("requires"),
        draft_files=body.get("draft_files"),
    )
    return _finish(stream, args, out)
