"""Where the FROM / ADAPTER / DRAFT values of a Modelfile point to on the local disk.

Follows the rules of the ``ollama create`` CLI: a value is a local path when, expanded, it exists;
``~`` and ``~user`` are expanded; relative paths are taken from the Modelfile's directory. A
directory is expanded to its model files (weights, JSON configs, tokenizer). A FROM value that is
not an existing path is a model name (``llama3.2``, ``library/llama3:8b``); ADAPTER and DRAFT must
be local. Nothing here reads file contents: hashing and uploading are the caller's job.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeAlias

from ollama_openapi.compat._modelfile_errors import ModelfileError

StrPath: TypeAlias = str | os.PathLike[str]

# Weight file patterns, most preferred first; the first one that matches wins (as in Ollama).
# ``adapter_model*.safetensors`` (the PEFT naming) is our addition so a LoRA directory resolves too.
_WEIGHT_PATTERNS: Final = (
    ("model*.safetensors", "*/model*.safetensors"),
    ("consolidated*.safetensors",),
    ("adapter_model*.safetensors",),
    ("pytorch_model*.bin",),
    ("consolidated*.pth",),
    ("*.gguf",),
    ("*.bin",),
)
_CONFIG_PATTERNS: Final = ("*.json", "*/*.json", "chat_template.jinja")
_TOKENIZER_PATTERNS: Final = ("tokenizer.model", "*/tokenizer.model")


@dataclass(frozen=True)
class ResolvedSources:
    """The FROM/ADAPTER/DRAFT values of a Modelfile, split into model names and local files."""

    model_names: list[str]
    model_files: list[Path]
    adapter_files: list[Path]
    draft_files: list[Path]

    def all_files(self) -> list[Path]:
        """Every local file, in FROM, ADAPTER, DRAFT order, without duplicates."""
        return list(dict.fromkeys([*self.model_files, *self.adapter_files, *self.draft_files]))


def expand_path(value: str, base_dir: StrPath) -> Path:
    """Turn a Modelfile path value into an absolute path (``~`` expanded, relative to ``base_dir``)."""
    if value.startswith("~"):
        expanded = os.path.expanduser(value)
        if expanded.startswith("~"):
            user = value[1:].split("/", 1)[0]
            raise ModelfileError(f"cannot expand {value!r}: unknown user {user!r}")
        return Path(os.path.abspath(expanded))
    if os.path.isabs(value) or value.startswith(("/", "\\")):
        return Path(os.path.abspath(value))
    base = os.path.expanduser(os.fspath(base_dir))
    return Path(os.path.abspath(os.path.join(base, value)))


def model_files_in(directory: Path) -> list[Path]:
    """The files of a model directory that must be uploaded: weights, then configs and tokenizer."""
    weights: list[Path] = []
    for patterns in _WEIGHT_PATTERNS:
        weights = _glob_files(directory, patterns)
        if weights:
            break
    if not weights:
        raise ModelfileError(
            f"no model weights found in directory {directory} "
            "(expected *.safetensors, *.gguf, *.bin or *.pth files)"
        )
    configs = _glob_files(directory, _CONFIG_PATTERNS)
    tokenizer = _glob_files(directory, _TOKENIZER_PATTERNS[:1]) or _glob_files(
        directory, _TOKENIZER_PATTERNS[1:]
    )
    return list(dict.fromkeys([*weights, *configs, *tokenizer]))


def resolve_sources(
    from_values: Sequence[str], adapters: Sequence[str], drafts: Sequence[str], base_dir: StrPath
) -> ResolvedSources:
    """Classify FROM values as model names or local files and expand ADAPTER/DRAFT paths."""
    model_names: list[str] = []
    model_files: list[Path] = []
    from_paths: list[Path] = []
    for value in from_values:
        path = expand_path(value, base_dir)
        if path.exists():
            from_paths.append(path)
            model_files.extend(_files_of(path))
        else:
            model_names.append(value)
    adapter_files = [
        file for value in adapters for file in _files_of(_existing_path("ADAPTER", value, base_dir))
    ]
    draft_files: list[Path] = []
    for value in drafts:
        draft_path = _existing_path("DRAFT", value, base_dir)
        if any(_same_path(draft_path, model_path) for model_path in from_paths):
            raise ModelfileError(f"DRAFT must not reference the same local path as FROM: {draft_path}")
        draft_files.extend(_files_of(draft_path))
    return ResolvedSources(model_names, model_files, adapter_files, draft_files)


def _existing_path(instruction: str, value: str, base_dir: StrPath) -> Path:
    path = expand_path(value, base_dir)
    if not path.exists():
        raise ModelfileError(f"{instruction} {value!r}: no such file or directory ({path})")
    return path


def _files_of(path: Path) -> list[Path]:
    return model_files_in(path) if path.is_dir() else [path]


def _glob_files(directory: Path, patterns: Iterable[str]) -> list[Path]:
    matches: list[Path] = []
    for pattern in patterns:
        matches.extend(sorted(match for match in directory.glob(pattern) if match.is_file()))
    return matches


def _same_path(first: Path, second: Path) -> bool:
    return os.path.realpath(first) == os.path.realpath(second)
