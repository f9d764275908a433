"""Send an image to a vision model. The PNG is drawn in code, so the example needs no file.

Images may be given as bytes, file paths, base64 text or data URLs; the client encodes them.

Run: ``python examples/images.py`` (uses ``OLLAMA_HOST``; needs a vision model: ``ollama pull llava``).
"""

from __future__ import annotations

import struct
import zlib

from ollama_openapi import Client

MODEL = "llava"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def red_square_png(size: int = 16) -> bytes:
    """A valid PNG image: a red square of `size` x `size` pixels (8-bit RGB)."""
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    row = b"\x00" + b"\xff\x00\x00" * size  # filter byte, then RGB pixels
    pixels = zlib.compress(row * size)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def main(host: str | None = None) -> None:
    """Ask the model what colour the square is."""
    image = red_square_png()
    print(f"image: {len(image)} bytes of PNG")
    message = {"role": "user", "content": "What colour is this square?", "images": [image]}
    with Client(host) as client:
        response = client.chat(MODEL, [message], options={"num_predict": 40})
    print(f"answer: {response.message.content}")


if __name__ == "__main__":
    main()
