"""`ModelManagementAPI`: ollama-python 0.1.2's model management class, on `ollama_openapi.Client`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal, overload

from ollama_openapi.blobs import bytes_digest, file_digest, is_digest, local_file
from ollama_openapi.compat._base import BaseAPI
from ollama_openapi.compat._base_url import DEFAULT_BASE_URL
from ollama_openapi.compat._create_request import load_modelfile
from ollama_openapi.compat._responses import BlobStatus, with_seed_details
from ollama_openapi.errors import InvalidArgumentError

if TYPE_CHECKING:
    from ollama_openapi import Client
    from ollama_openapi_generated.models import ListResponse, ProgressResponse, ShowResponse

__all__ = ["BlobData", "ModelManagementAPI"]

BlobData = bytes | bytearray | memoryview | str | os.PathLike[str]
"""A blob's content: bytes, or the path of a local file (streamed from disk)."""


class ModelManagementAPI(BaseAPI):
    """Create, list, show, copy, delete, pull and push models, and upload blobs, as in ollama-python.

    Args:
        base_url: The server's API root, ``http://localhost:11434/api`` by default; ``/api`` may be left off.
        client: An `ollama_openapi.Client` to use instead of making one from ``base_url``.

    ``create``, ``pull`` and ``push`` return a ``ProgressResponse`` (``.status``, ``.digest``, ``.total``,
    ``.completed``), or with ``stream=True`` a lazy iterator of them. ``copy``, ``delete``, ``create_blob``
    and ``check_blob_exists`` return the HTTP status code as an ``int``, as ollama-python did.
    """

    def __init__(self, base_url: str = DEFAULT_BASE_URL, *, client: Client | None = None) -> None:
        super().__init__(base_url, client=client)

    # --- create -----------------------------------------------------------------------------------

    @overload
    def create(
        self,
        name: str,
        model_file: str | os.PathLike[str] | None = None,
        stream: Literal[False] = False,
        path: str | os.PathLike[str] | None = None,
    ) -> ProgressResponse: ...

    @overload
    def create(
        self,
        name: str,
        model_file: str | os.PathLike[str] | None = None,
        *,
        stream: Literal[True],
        path: str | os.PathLike[str] | None = None,
    ) -> Iterator[ProgressResponse]: ...

    def create(
        self,
        name: str,
        model_file: str | os.PathLike[str] | None = None,
        stream: bool = False,
        path: str | os.PathLike[str] | None = None,
    ) -> ProgressResponse | Iterator[ProgressResponse]:
        """Create model `name` from a Modelfile.

        ``model_file`` is the Modelfile's text (``"FROM llama3.1\\nSYSTEM You are Mario."``) or the path
        of a local Modelfile; ``path`` is the path of a local Modelfile (ollama-python sent it to the
        server, which read it from the server's disk). The Modelfile is parsed here (errors raise
        `ModelfileError`, a ``ValueError``, at call time), files it names on this machine (FROM a GGUF,
        ADAPTER) are uploaded as blobs, and the structured request today's Ollama expects is sent.
        """
        source = load_modelfile(model_file, path)
        source.local_paths()  # missing ADAPTER files raise now, not on first iteration
        if stream:
            return source.stream(self._client, name)
        return source.create(self._client, name)

    # --- blobs ------------------------------------------------------------------------------------

    def check_blob_exists(self, digest: str) -> int:
        """``HEAD /api/blobs/<digest>``: 200 when the server has the blob, 404 when it has not.

        ollama-python raised ``HTTPError`` for the 404; here it is returned, as a `BlobStatus` (an
        ``int`` that is false for 404). `digest` is ``sha256:<64 hex digits>``.
        """
        _check_digest(digest)
        return BlobStatus(self._client.with_raw_response.blob_exists(digest).status_code)

    def create_blob(self, digest: str, path_or_bytes: BlobData | None = None) -> int:
        """Upload a blob (``POST /api/blobs/<digest>``) and return the status: 201 created, 200 already there.

        `path_or_bytes` is the blob's content: bytes, or the path of a local file (streamed from disk).
        Its SHA-256 must equal `digest`, else `InvalidArgumentError` before anything is sent. For
        content over 64 KiB the server is asked first (``HEAD``) and the content is sent only if it
        lacks the blob; smaller content is sent at once (200 if the server has it). Without
        content, an empty body is sent as ollama-python did: 200 if the server has the blob, and 400
        (digest mismatch, raised as `BadRequestError`) if not.
        """
        _check_digest(digest)
        content: bytes | os.PathLike[str] | str
        if path_or_bytes is None:
            content = b""
        elif isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
            content = bytes(path_or_bytes)
            _check_matches(digest, bytes_digest(content), "the bytes")
        elif isinstance(path_or_bytes, (str, os.PathLike)):
            file = local_file(path_or_bytes)
            _check_matches(digest, file_digest(file), f"the file {str(file)!r}")
            content = file
        else:
            raise InvalidArgumentError(
                f"path_or_bytes must be bytes or a file path, not {type(path_or_bytes).__name__}"
            )
        # The last answer is the HEAD's 200 when the server has the blob, else the upload's 201.
        return self._client.with_raw_response.create_blob(content, digest=digest).status_code

    # --- local models -----------------------------------------------------------------------------

    def list_local_models(self) -> ListResponse:
        """The local models (``GET /api/tags``).

        ``.models[i]`` has ``.name``, ``.digest``, ``.size``, ``.modified_at`` (a ``datetime``; ollama-python
        kept the string) and ``.details`` (``.format``, ``.family``, ``.families``, ``.parameter_size``,
        ``.quantization_level``).
        """
        return with_seed_details(self._client.list())

    def show(self, name: str) -> ShowResponse:
        """A model's ``.details``, ``.modelfile``, ``.parameters`` and ``.template`` (also ``.system``...).

        Fields the server leaves out (a model without parameters) are ``None``.
        """
        return with_seed_details(self._client.show(name))

    def copy(self, source: str, destination: str) -> int:
        """Copy model `source` to `destination`; returns the status code (200)."""
        return self._client.with_raw_response.copy(source, destination).status_code

    def delete(self, name: str) -> int:
        """Delete model `name` (``DELETE /api/delete``); returns the status code (200)."""
        return self._client.with_raw_response.delete(name).status_code

    # --- registry ---------------------------------------------------------------------------------

    @overload
    def pull(
        self, name: str, insecure: bool | None = None, stream: Literal[False] = False
    ) -> ProgressResponse: ...

    @overload
    def pull(
        self, name: str, insecure: bool | None = None, *, stream: Literal[True]
    ) -> Iterator[ProgressResponse]: ...

    def pull(
        self, name: str, insecure: bool | None = None, stream: bool = False
    ) -> ProgressResponse | Iterator[ProgressResponse]:
        """Download model `name`; ``stream=True`` gives a lazy iterator of progress ending in ``success``."""
        # insecure=False is the server's default: sent only when true, so the body stays minimal.
        if stream:
            return self._client.pull(name, insecure=True if insecure else None, stream=True)
        return self._client.pull(name, insecure=True if insecure else None)

    @overload
    def push(
        self, name: str, insecure: bool | None = None, stream: Literal[False] = False
    ) -> ProgressResponse: ...

    @overload
    def push(
        self, name: str, insecure: bool | None = None, *, stream: Literal[True]
    ) -> Iterator[ProgressResponse]: ...

    def push(
        self, name: str, insecure: bool | None = None, stream: bool = False
    ) -> ProgressResponse | Iterator[ProgressResponse]:
        """Upload model `name` (``namespace/model:tag``) to its registry; ``stream=True`` yields progress."""
        if stream:
            return self._client.push(name, insecure=True if insecure else None, stream=True)
        return self._client.push(name, insecure=True if insecure else None)


def _check_digest(digest: str) -> None:
    # Checked here, not only by the client, so that a malformed digest is reported as such before
    # the content is compared with it.
    if not is_digest(digest):
        raise InvalidArgumentError(f"a blob digest must look like 'sha256:<64 hex digits>', got {digest!r}")


def _check_matches(digest: str, actual: str, what: str) -> None:
    if actual.lower() != "sha256:" + digest[7:].lower():
        raise InvalidArgumentError(f"the digest of {what} is {actual}, not {digest}")
