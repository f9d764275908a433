"""Turn the image values users pass (bytes, paths, base64, data URLs) into the base64 Ollama expects."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final, Protocol, Union, runtime_checkable
from urllib.parse import unquote_to_bytes

from ollama_openapi.errors import InvalidImageError
from ollama_openapi.types import Image

__all__ = ["ImageInput", "InvalidImageError", "encode_image", "encode_images"]


@runtime_checkable
class _Readable(Protocol):
    def read(self) -> bytes: ...


ImageInput = Union[bytes, bytearray, memoryview, "os.PathLike[str]", str, _Readable, Image]

# Longer strings cannot be file names on any common system, so they are not looked up on disk.
_MAX_PATH_CHARS: Final = 4096
_BASE64: Final = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_URLSAFE_TO_STANDARD: Final = str.maketrans("-_", "+/")
_WHITESPACE: Final = re.compile(r"\s+")
_IMAGE_SUFFIXES: Final = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".avif")


def _encode_bytes(data: bytes, source: str) -> str:
    if not data:
        raise InvalidImageError(f"The image {source} is empty.")
    return base64.b64encode(data).decode("ascii")


def _read_file(path: Path, shown: str) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidImageError(f"The image file {shown!r} does not exist.") from None
    except IsADirectoryError:
        raise InvalidImageError(f"The image path {shown!r} is a directory, not a file.") from None
    except OSError as exc:
        raise InvalidImageError(f"The image file {shown!r} cannot be read: {exc.strerror or exc}.") from None
    return _encode_bytes(data, f"file {shown!r}")


def _strict_base64(text: str) -> str | None:
    """Return ``text`` as the base64 Ollama decodes (standard alphabet, padded), else None.

    Ollama decodes images as Go's ``encoding/json`` decodes ``[]byte``: standard base64 with its
    ``=`` padding. Line breaks and spaces are dropped; the url-safe alphabet (``-`` and ``_``, not
    mixed with ``+`` and ``/``) is translated, but only when padded too. Unpadded text is refused:
    a word such as ``invalid_base64`` would otherwise pass for base64.
    """
    if _WHITESPACE.search(text):
        text = _WHITESPACE.sub("", text)
    if not text or len(text) % 4 or not text.isascii():
        return None
    if "-" in text or "_" in text:
        if "+" in text or "/" in text:
            return None
        text = text.translate(_URLSAFE_TO_STANDARD)
    # Of a length that is a multiple of 4, at most two '=' and only at the end: decodable.
    return text if _BASE64.fullmatch(text) else None


def _from_data_url(url: str) -> str:
    header, comma, payload = url.partition(",")
    if not comma:
        raise InvalidImageError("The image data URL has no ',' separating its header from its data.")
    if header.lower().endswith(";base64"):
        encoded = _strict_base64(unquote_to_bytes(payload).decode("ascii", errors="replace"))
        if encoded is None:
            raise InvalidImageError(
                "The image data URL says ';base64' but its data is not valid base64 "
                "('=' padded to a multiple of 4 characters)."
            )
        return encoded
    return _encode_bytes(unquote_to_bytes(payload), "data URL")


def _looks_like_path(text: str) -> bool:
    lowered = text.lower()
    return (
        lowered.endswith(_IMAGE_SUFFIXES)
        or text.startswith(("~", "./", "../", ".\\", "..\\"))
        or "\\" in text
        or bool(re.match(r"^[A-Za-z]:[\\/]", text))
        or ("." in text and "/" in text)
    )


def _encode_text(value: str) -> str:
    text = value.strip()
    if not text:
        raise InvalidImageError("The image is an empty string; pass bytes, a file path or base64 data.")
    lowered = text[:16].lower()
    if lowered.startswith("data:"):
        return _from_data_url(text)
    if lowered.startswith(("http://", "https://")):
        raise InvalidImageError(
            "Image URLs are not supported (Ollama does not download images); "
            "download the image and pass its bytes or a file path."
        )
    if len(text) <= _MAX_PATH_CHARS and "\x00" not in text:
        path = Path(text).expanduser()
        try:
            is_file = path.is_file()
        except (OSError, ValueError):
            is_file = False
        if is_file:
            return _read_file(path, text)
    encoded = _strict_base64(text)
    if encoded is not None:
        return encoded
    if _looks_like_path(text):
        raise InvalidImageError(f"The image file {text[:200]!r} does not exist.")
    raise InvalidImageError(
        f"The image string {text[:40]!r}{'…' if len(text) > 40 else ''} is neither an existing file, "
        "base64 data (standard alphabet, '=' padded to a multiple of 4 characters) nor a data URL."
    )


def encode_image(value: ImageInput) -> str:
    """Return ``value`` as the base64 text Ollama expects in ``images``.

    Accepts raw bytes (``bytes``, ``bytearray``, ``memoryview``), a path (``os.PathLike``) or binary file
    object, or a string that is an existing file path (``~`` is expanded), a ``data:`` URL, or base64
    as Ollama decodes it: ``=`` padded to a multiple of 4 characters, in the standard alphabet (the
    url-safe one is translated; line breaks are dropped).

    Raises:
        InvalidImageError: A missing or unreadable file, an empty image, an http(s) URL, or text that is
            not base64 (also a ``ValueError``).
    """
    if isinstance(value, Image):
        value = value.value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _encode_bytes(bytes(value), "data")
    if isinstance(value, str):
        return _encode_text(value)
    if isinstance(value, os.PathLike):
        raw_path = os.fspath(value)
        shown = raw_path if isinstance(raw_path, str) else os.fsdecode(raw_path)
        return _read_file(Path(shown).expanduser(), shown)
    if isinstance(value, _Readable):
        data = value.read()
        if not isinstance(data, (bytes, bytearray)):
            raise InvalidImageError("The image file object must be opened in binary mode ('rb').")
        return _encode_bytes(bytes(data), "file object")
    raise InvalidImageError(
        f"Unsupported image type {type(value).__name__}: pass bytes, a path, base64 text or a data URL."
    )


def encode_images(images: ImageInput | Sequence[ImageInput] | None, name: str = "images") -> list[str] | None:
    """Encode one image or a sequence of images; a single ``str`` or ``bytes`` is one image, not a list.

    Returns None for None, so optional ``images=`` arguments pass straight through. An
    `InvalidImageError` names the argument: `name`, and the index in it (``images[1]: ...``).
    """
    if images is None:
        return None
    if isinstance(images, (str, bytes, bytearray, memoryview, os.PathLike, _Readable, Image)):
        return [_encode_named(images, name)]
    return [_encode_named(image, f"{name}[{index}]") for index, image in enumerate(images)]


def _encode_named(value: ImageInput, name: str) -> str:
    try:
        return encode_image(value)
    except InvalidImageError as error:
        raise InvalidImageError(f"{name}: {error}") from None
