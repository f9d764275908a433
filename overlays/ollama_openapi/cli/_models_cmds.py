"""Commands about local models and the server: list, ps, show, cp, rm, version."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ollama_openapi import __version__
from ollama_openapi.cli._exit import ExitCode, describe, exit_code_for
from ollama_openapi.cli._output import Output, format_table, human_size, plain, relative_time
from ollama_openapi.errors import OllamaError

if TYPE_CHECKING:
    from ollama_openapi import Client

__all__ = ["cmd_cp", "cmd_list", "cmd_ps", "cmd_rm", "cmd_show", "cmd_version", "show_summary"]

_SHORT_ID = 12
_SHOW_FIELDS = ("modelfile", "parameters", "template", "system", "license")


def _short_id(digest: Any) -> str:
    return str(plain(digest, "")).removeprefix("sha256:")[:_SHORT_ID]


def cmd_list(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``list``: NAME, ID, SIZE, MODIFIED of every local model."""
    if out.json:
        out.raw(client.with_raw_response.list().http_response.content)
        return ExitCode.OK
    response = client.list()
    rows = [
        (
            str(plain(entry.name, "")),
            _short_id(entry.digest),
            human_size(int(plain(entry.size, 0))),
            relative_time(plain(entry.modified_at)),
        )
        for entry in response.models
    ]
    for line in format_table(("NAME", "ID", "SIZE", "MODIFIED"), rows):
        out.line(line)
    return ExitCode.OK


def _processor(size: int, size_vram: int) -> str:
    if size <= 0 or size_vram <= 0:
        return "100% CPU"
    if size_vram >= size:
        return "100% GPU"
    gpu = round(size_vram * 100 / size)
    return f"{100 - gpu}%/{gpu}% CPU/GPU"


def cmd_ps(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``ps``: NAME, ID, SIZE, PROCESSOR, CONTEXT, UNTIL of every loaded model."""
    if out.json:
        out.raw(client.with_raw_response.ps().http_response.content)
        return ExitCode.OK
    response = client.ps()
    rows = []
    for entry in response.models:
        size = int(plain(entry.size, 0))
        rows.append(
            (
                str(plain(entry.name, "")),
                _short_id(entry.digest),
                human_size(size),
                _processor(size, int(plain(entry.size_vram, 0))),
                str(plain(entry.context_length, "")),
                relative_time(plain(entry.expires_at)),
            )
        )
    for line in format_table(("NAME", "ID", "SIZE", "PROCESSOR", "CONTEXT", "UNTIL"), rows):
        out.line(line)
    return ExitCode.OK


def cmd_show(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``show MODEL``: a summary, or one field with --modelfile/--parameters/--template/..."""
    verbose = True if args.verbose else None
    chosen = next((name for name in _SHOW_FIELDS if getattr(args, name)), None)
    if out.json and chosen is None:
        out.raw(client.with_raw_response.show(args.model, verbose=verbose).http_response.content)
        return ExitCode.OK
    document: dict[str, Any] = client.show(args.model, verbose=verbose).to_dict()
    if chosen is not None:
        value = document.get(chosen, "")
        if out.json:
            out.document({chosen: value})
        else:
            out.line(value.rstrip("\n") if isinstance(value, str) else str(value))
        return ExitCode.OK
    for line in show_summary(document, verbose=args.verbose):
        out.line(line)
    return ExitCode.OK


def _section(title: str, rows: list[tuple[str, str]]) -> list[str]:
    if not rows:
        return []
    width = max(len(key) for key, _ in rows)
    lines = [f"  {title}"]
    lines += [f"    {key.ljust(width)}    {value}".rstrip() for key, value in rows]
    return [*lines, ""]


def show_summary(document: dict[str, Any], *, verbose: bool) -> list[str]:
    """The lines of ``show MODEL`` (and of ``/show info``) for a ``show`` answer as a dict."""
    details = document.get("details") or {}
    info = document.get("model_info") or {}
    architecture = str(info.get("general.architecture") or details.get("family") or "")
    model_rows = [
        ("architecture", architecture),
        ("parameters", str(details.get("parameter_size", ""))),
        ("context length", str(info.get(f"{architecture}.context_length", ""))),
        ("embedding length", str(info.get(f"{architecture}.embedding_length", ""))),
        ("quantization", str(details.get("quantization_level", ""))),
    ]
    lines = _section("Model", [(key, value) for key, value in model_rows if value])
    lines += _section("Capabilities", [(str(name), "") for name in document.get("capabilities") or []])
    parameters = [
        tuple(line.split(None, 1)) if " " in line.strip() else (line.strip(), "")
        for line in str(document.get("parameters") or "").splitlines()
        if line.strip()
    ]
    lines += _section("Parameters", [(key, value.strip()) for key, value in parameters])
    system = str(document.get("system") or "").strip()
    if system:
        lines += _section("System", [(line, "") for line in system.splitlines()[:4]])
    license_text = document.get("license") or ""
    if isinstance(license_text, list):
        license_text = "\n".join(str(part) for part in license_text)
    if license_text.strip():
        lines += _section("License", [(line, "") for line in license_text.strip().splitlines()[:2]])
    if verbose:
        lines += _section("Metadata", [(key, _short_value(value)) for key, value in sorted(info.items())])
    return lines[:-1] if lines and lines[-1] == "" else lines


def _short_value(value: Any, limit: int = 80) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def cmd_cp(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``cp SRC DST``."""
    result = client.copy(args.source, args.destination)
    if out.json:
        out.document(result)
    else:
        out.line(f"copied '{args.source}' to '{args.destination}'")
    return ExitCode.OK


def cmd_rm(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``rm MODEL...``: deletes each model; a failure is reported and the rest are still deleted."""
    deleted: list[str] = []
    failures: list[dict[str, str]] = []
    code = ExitCode.OK
    for model in args.models:
        try:
            client.delete(model)
        except OllamaError as error:
            failures.append({"model": model, "error": describe(error)})
            out.note(f"ollama-openapi: error: {describe(error)}")
            code = code or exit_code_for(error)
            continue
        deleted.append(model)
        if not out.json:
            out.line(f"deleted '{model}'")
    if out.json:
        out.document({"deleted": deleted, "errors": failures})
    return code


def cmd_version(client: Client, args: argparse.Namespace, out: Output) -> int:
    """``version``: this client's version and the server's."""
    if out.json:
        out.document({"client": __version__, "server": plain(client.version().version)})
        return ExitCode.OK
    out.line(f"ollama-openapi version {__version__}")  # printed even when the server is unreachable
    out.line(f"ollama server version {plain(client.version().version, 'unknown')}")
    return ExitCode.OK
