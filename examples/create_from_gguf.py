"""Create a model from a local GGUF file, with progress bars (rich or tqdm when installed).

The client hashes the file, uploads it as a blob unless the server has it already, then sends the
create request and streams its progress. The file here is a tiny stand-in written to a temporary
folder: a real Ollama rejects it (it is no real model), the fake server accepts it.

Run: ``python examples/create_from_gguf.py`` (uses ``OLLAMA_HOST``); point the path at a real
``.gguf`` file to create a real model.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ollama_openapi import Client
from ollama_openapi.progress import render_progress

NAME = "example-tiny"


def write_tiny_gguf(folder: Path) -> Path:
    """A small file that starts like a GGUF model (magic ``GGUF``, version 3)."""
    path = folder / "tiny.gguf"
    path.write_bytes(b"GGUF" + (3).to_bytes(4, "little") + bytes(4096))
    return path


def main(host: str | None = None) -> None:
    """Create `NAME` from the file, show what the server made of it, then delete it again."""
    with tempfile.TemporaryDirectory() as folder, Client(host) as client:
        gguf = write_tiny_gguf(Path(folder))
        stream = client.create(
            NAME,
            files={gguf.name: gguf},
            system="You are a tiny model.",
            parameters={"temperature": 0.2},
            stream=True,
        )
        final = render_progress(stream)
        print(f"create: {final.status if final else 'no answer'}")
        details = client.show(NAME)
        print(f"system: {details.system}")
        print(f"parameters: {' '.join(str(details.parameters).split())}")
        client.delete(NAME)
        print(f"deleted {NAME}")


if __name__ == "__main__":
    main()
