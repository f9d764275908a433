"""Tests for image encoding."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path

import pytest

from ollama_openapi._images import InvalidImageError, encode_image, encode_images

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
PNG_B64 = base64.b64encode(PNG).decode()


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    return path


def test_bytes_like() -> None:
    assert encode_image(PNG) == PNG_B64
    assert encode_image(bytearray(PNG)) == PNG_B64
    assert encode_image(memoryview(PNG)) == PNG_B64


def test_path_object(png_file: Path) -> None:
    assert encode_image(png_file) == PNG_B64


def test_string_path(png_file: Path) -> None:
    assert encode_image(str(png_file)) == PNG_B64
    assert encode_image(f"  {png_file}  ") == PNG_B64


def test_home_relative_path(png_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(png_file.parent))
    assert encode_image("~/cat.png") == PNG_B64


def test_file_whose_name_is_valid_base64_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("abcd").write_bytes(PNG)
    assert encode_image("abcd") == PNG_B64


def test_binary_file_object() -> None:
    assert encode_image(io.BytesIO(PNG)) == PNG_B64


def test_text_file_object_rejected() -> None:
    with pytest.raises(InvalidImageError, match="binary mode"):
        encode_image(io.StringIO("text"))  # type: ignore[arg-type]


def test_base64_passthrough() -> None:
    assert encode_image(PNG_B64) == PNG_B64


def test_base64_normalised() -> None:
    urlsafe = base64.urlsafe_b64encode(PNG).decode()
    assert "-" in urlsafe or "_" in urlsafe
    assert encode_image(urlsafe) == PNG_B64
    wrapped = "\n".join(PNG_B64[index : index + 76] for index in range(0, len(PNG_B64), 76))
    assert encode_image(wrapped) == PNG_B64


@pytest.mark.parametrize(
    "value",
    [
        "invalid_base64",  # the official client's own example: url-safe letters, 14 characters
        base64.urlsafe_b64encode(PNG + b"?").decode().rstrip("="),  # url-safe without its padding
        base64.b64encode(b"ab").decode().rstrip("="),  # standard without its padding: "YWI"
        "ab-c/d+_",  # the two alphabets mixed
    ],
)
def test_unpadded_or_mixed_base64_is_refused(value: str) -> None:
    with pytest.raises(InvalidImageError, match="padded to a multiple of 4"):
        encode_image(value)


def test_what_is_accepted_is_what_go_decodes() -> None:
    # Ollama decodes with Go's base64.StdEncoding: Python's strict decoder is the same check.
    for value in ("YWI=", "YWJj", "YQ==", "ab+/", PNG_B64):
        encoded = encode_image(value)
        assert encoded == value
        base64.b64decode(encoded, validate=True)


def test_data_url() -> None:
    assert encode_image(f"data:image/png;base64,{PNG_B64}") == PNG_B64
    assert encode_image(f"DATA:image/png;BASE64,{PNG_B64}") == PNG_B64


def test_data_url_percent_encoded() -> None:
    assert encode_image("data:image/svg+xml,%3Csvg%2F%3E") == base64.b64encode(b"<svg/>").decode()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("data:image/png;base64,!!!!", "not valid base64"),
        ("data:image/png;base64", "no ','"),
        ("data:image/png,", "empty"),
    ],
)
def test_bad_data_urls(value: str, message: str) -> None:
    with pytest.raises(InvalidImageError, match=message):
        encode_image(value)


@pytest.mark.parametrize(
    "value", ["missing.png", "photos/cat.jpg", "~/nope/x.webp", "C:\\images\\x.jpeg", "./picture"]
)
def test_missing_file_says_it_does_not_exist(value: str) -> None:
    with pytest.raises(InvalidImageError, match="does not exist"):
        encode_image(value)


def test_missing_path_object() -> None:
    with pytest.raises(InvalidImageError, match="does not exist"):
        encode_image(Path("/definitely/not/here.png"))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InvalidImageError, match="directory"):
        encode_image(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(png_file: Path) -> None:
    png_file.chmod(0)
    with pytest.raises(InvalidImageError, match="cannot be read"):
        encode_image(png_file)


@pytest.mark.parametrize("value", ["hello world!", "a", "abcde", "@@@@", "ab=c", "ééé"])
def test_not_base64(value: str) -> None:
    with pytest.raises(InvalidImageError, match="neither an existing file"):
        encode_image(value)


@pytest.mark.parametrize("value", ["abc=x", "ab===", "=abc"])
def test_misplaced_padding_rejected(value: str) -> None:
    with pytest.raises(InvalidImageError):
        encode_image(value)


def test_errors_name_the_argument_and_index() -> None:
    with pytest.raises(InvalidImageError, match=r"^images\[1\]: The image string 'invalid_base64'"):
        encode_images([PNG, "invalid_base64"])
    with pytest.raises(InvalidImageError, match=r"^messages\[0\]\.images: .*does not exist"):
        encode_images("missing.png", "messages[0].images")


def test_empty_inputs() -> None:
    for value in ("", "   ", b"", bytearray()):
        with pytest.raises(InvalidImageError, match="empty"):
            encode_image(value)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    with pytest.raises(InvalidImageError, match="empty"):
        encode_image(path)


def test_http_url_rejected() -> None:
    with pytest.raises(InvalidImageError, match="URLs are not supported"):
        encode_image("https://example.com/cat.png")


@pytest.mark.parametrize("value", [123, None, 1.5, ["a"]])
def test_unsupported_types(value: object) -> None:
    with pytest.raises(InvalidImageError, match="Unsupported image type"):
        encode_image(value)  # type: ignore[arg-type]


def test_errors_are_value_errors() -> None:
    assert issubclass(InvalidImageError, ValueError)


def test_huge_base64_string_is_fast() -> None:
    big = base64.b64encode(os.urandom(12 * 1024 * 1024)).decode()
    assert encode_image(big) is not None


def test_huge_invalid_string_no_path_lookup() -> None:
    with pytest.raises(InvalidImageError):
        encode_image("x" * 100_000 + "!")


def test_encode_images_single_and_many(png_file: Path) -> None:
    assert encode_images(None) is None
    assert encode_images(PNG_B64) == [PNG_B64]
    assert encode_images(PNG) == [PNG_B64]
    assert encode_images(png_file) == [PNG_B64]
    assert encode_images([PNG, str(png_file), PNG_B64]) == [PNG_B64] * 3
    assert encode_images([]) == []


def test_error_is_an_invalid_argument_error() -> None:
    from ollama_openapi.errors import InvalidArgumentError, OllamaError

    assert issubclass(InvalidImageError, InvalidArgumentError)
    assert issubclass(InvalidImageError, OllamaError)
