"""A separate virtual environment for the seed library, ``ollama-python`` 0.1.2, which pins an old httpx.

Created once under ``bench/.venv-seed`` (git-ignored) and reused; when it cannot be created (no network,
no registry), the benchmark skips the seed client and says why.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

__all__ = ["SEED_PACKAGES", "ensure_seed_env"]

SEED_PACKAGES = ["ollama==0.1.2", "httpx==0.25.2"]
"""Exactly what the seed venv gets (ollama 0.1.2 requires httpx>=0.25.2,<0.26)."""
_MARKER = ".bench-installed"


def ensure_seed_env(directory: Path) -> tuple[str | None, str]:
    """The seed venv's python (creating the venv if needed), or None and the reason it is missing."""
    python = directory / "bin" / "python"
    marker = directory / _MARKER
    wanted = " ".join(SEED_PACKAGES)
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return str(python), "ready"
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(directory)
        install = [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *SEED_PACKAGES,
        ]
        done = subprocess.run(install, capture_output=True, text=True, timeout=300, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not create {directory}: {exc}"
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return None, f"pip install {wanted} failed: {lines[-1] if lines else done.returncode}"
    check = subprocess.run(
        [str(python), "-c", "import ollama, httpx; print(httpx.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode != 0:
        return None, f"the seed library does not import: {check.stderr.strip()[-200:]}"
    marker.write_text(wanted)
    return str(python), "created"


if __name__ == "__main__":
    print(ensure_seed_env(Path(__file__).resolve().parent / ".venv-seed"), file=sys.stderr)
