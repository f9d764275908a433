"""Commands that stream progress: pull, push, create."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ollama_openapi.cli._exit import CleanInterrupt, ExitCode, UsageError
from ollama_openapi.cli._output import Output
from ollama_openapi.cli._progress import ProgressSink, show_progress
from ollama_openapi.cli._upload import upload_files
from ollama_openapi.compat import Modelfile, read_modelfile

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["cmd_create", "cmd_pull", "cmd_push", "pull_model"]

# A FROM value is a file (not a model name) when it reads as a path or names a weights file.
_PATH_LIKE = re.compile(r"^(?:[./\\~]|[A-Za-z]:[/\\])|\.(?:gguf|safetensors|bin|pth)$", re.IGNORECASE)


def _finish(stream: Iterable[Any], args: argparse.Namespace, out: Output) -> int:
    """NDJSON with --json; else bars on stderr (or, with --no-progress, only the last status)."""
    sink = ProgressSink(out, shown=not args.no_progress)
    show_progress(stream, sink)
    if args.no_progress and not out.json and sink.last_status:
        out.line(sink.last_status)
    return ExitCode.OK


def pull_model(client: Client, model: str, out: Output, *, insecure: bool = False) -> None:
    """Pull `model` with the same progress display as ``pull`` (on stderr, also with --json)."""
    sink = ProgressSink(Output(stdout=out.stderr, stderr=out.stderr))
    show_progress(client.pull(model, insecure=insecure or None, stream=True), sink)


def cmd_pull(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``pull MODEL``."""
    return _finish(client.pull(args.model, insecure=args.insecure or None, stream=True), args, out)


def cmd_push(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``push MODEL``."""
    return _finish(client.push(args.model, insecure=args.insecure or None, stream=True), args, out)


def _check_from_files(modelfile: Modelfile, base_dir: Path) -> None:
    """A FROM that names a local file which is not there is reported as such, before any request
    (the server would only say ``invalid model name``)."""
    for value in filter(None, [modelfile.from_, *modelfile.extra_from]):
        if not _PATH_LIKE.search(value):
            continue
        path = Path(value).expanduser()
        path = path if path.is_absolute() else base_dir / path
        if not path.exists():
            raise UsageError(f"FROM {value!r}: no such file or directory ({path})")


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
    _check_from_files(modelfile, base_dir)
    local_paths = modelfile.local_paths(base_dir)
    sink = ProgressSink(out, shown=not args.no_progress)
    try:
        digests = upload_files(client, local_paths, sink.show)
    except KeyboardInterrupt:
        sink.close(interrupted=True)
        if sink.tidies_up:
            raise CleanInterrupt from None
        raise
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
