"""A temporary copy of the project, regenerated, for tests of what a maintainer's edit brings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES: tuple[str, ...] = ("openapi", "scripts", "templates", "overlays", "generated", "tests")
PROJECT_FILES += ("pyproject.toml", "generator-config.yaml")


def copy_project(root: Path) -> Path:
    """Copy what generation and the tests read into `root`; return it."""
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".pytest_cache", "results")
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    return root


def regenerate(root: Path) -> None:
    """Run ``scripts/generate.sh`` in the copy, as ``make generate`` does."""
    environment = {**os.environ, "VENV_BIN": str(Path(sys.executable).parent)}
    subprocess.run(
        ["bash", str(root / "scripts" / "generate.sh"), str(root / "generated" / "ollama_openapi_generated")],
        check=True,
        env=environment,
        capture_output=True,
    )


def python_path(root: Path) -> str:
    """A PYTHONPATH under which the copy's packages shadow the installed ones."""
    return os.pathsep.join(str(root / part) for part in ("overlays", "generated"))
