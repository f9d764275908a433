"""Turn ollama-python's ``create(name, model_file=..., path=...)`` into today's ``/api/create`` request.

ollama-python sent the Modelfile text under ``model_file`` (Ollama read ``modelfile``, and today reads
structured fields instead). Here the Modelfile is parsed on the client, local FROM/ADAPTER/DRAFT files
are uploaded as blobs, and the structured request is built, as the ``ollama create`` CLI does.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ollama_openapi.compat._modelfile import Modelfile, parse_modelfile, read_modelfile
from ollama_openapi.compat._modelfile_errors import ModelfileError
from ollama_openapi.errors import InvalidArgumentError

if TYPE_CHECKING:
    from ollama_openapi import Client
    from ollama_openapi.models import ProgressResponse

__all__ = ["ModelfileSource", "load_modelfile"]


@dataclass(frozen=True)
class ModelfileSource:
    """A parsed Modelfile and the folder its relative paths are taken from."""

    modelfile: Modelfile
    base_dir: Path

    def local_paths(self) -> list[Path]:
        """The local files the Modelfile names (checked to exist), to upload before creating."""
        return self.modelfile.local_paths(self.base_dir)

    def upload_and_build(self, client: Client) -> dict[str, Any]:
        """Upload the local files (skipping blobs the server has) and return the request's wire fields.

        The fields are those ``POST /api/create`` reads (``from``, ``files``, ``adapters``,
        ``parameters``...), without ``model`` and ``stream``, which `Client.create` sets.
        """
        digests = {path: client.create_blob(path) for path in self.local_paths()}
        return self.modelfile.to_create_request(digests, base_dir=self.base_dir)

    def create(self, client: Client, name: str) -> ProgressResponse:
        """Upload and create model `name`, returning the final progress (``status == "success"``)."""
        return client.create(name, stream=False, extra_body=self.upload_and_build(client))

    def stream(self, client: Client, name: str) -> Iterator[ProgressResponse]:
        """Lazily upload and create, yielding the progress models (nothing is sent before iteration)."""
        fields = self.upload_and_build(client)
        with client.create(name, stream=True, extra_body=fields) as chunks:
            yield from chunks


def load_modelfile(
    model_file: str | os.PathLike[str] | None, path: str | os.PathLike[str] | None
) -> ModelfileSource:
    """Parse the Modelfile given as ``model_file`` (text, or a path to a local file) or ``path``.

    ``model_file`` wins when both are given, as on the Ollama server of ollama-python's time. A
    ``model_file`` that is not valid Modelfile text but names an existing file is read from that file
    (ollama-python's docstring called ``model_file`` "the path to the model file"). Relative paths in
    a Modelfile read from disk are taken from its folder; in text, from the working directory.
    """
    if model_file is not None:
        if isinstance(model_file, os.PathLike):
            return _from_file(model_file)
        if not isinstance(model_file, str):
            raise InvalidArgumentError(f"model_file must be a str, not {type(model_file).__name__}")
        try:
            return ModelfileSource(parse_modelfile(model_file), Path.cwd())
        except ModelfileError:
            if _is_file(model_file):
                return _from_file(model_file)
            raise
    if path is not None:
        return _from_file(path)
    raise InvalidArgumentError("create needs model_file (the Modelfile's text or path) or path")


def _is_file(text: str) -> bool:
    if "\n" in text or not text.strip() or len(text) > 4096:
        return False
    try:
        return Path(text.strip()).expanduser().is_file()
    except (OSError, ValueError):
        return False


def _from_file(path: str | os.PathLike[str]) -> ModelfileSource:
    file = Path(os.fspath(path).strip() if isinstance(path, str) else path).expanduser()
    if not file.is_file():
        raise InvalidArgumentError(f"no such Modelfile: {str(file)!r}")
    return ModelfileSource(read_modelfile(file), file.resolve().parent)
