"""The installed package type-checks with ``mypy --strict`` beside its runtime dependencies only.

A user's type checker follows imports into the installed wheel with whatever that user has: httpx,
attrs, python-dateutil (and its stubs), not the extras or the project's dev tools. Modules that use an
extra import it in a way mypy accepts without it; the pytest plugin, which pytest alone loads, is the
one module left out.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDS_PYTEST = "ollama_openapi.fake.pytest_plugin"

pytestmark = pytest.mark.timeout(900)


def _modules(site: Path) -> list[str]:
    found = []
    for package in ("ollama_openapi", "ollama_openapi_generated"):
        for path in sorted((site / package).rglob("*.py")):
            parts = path.relative_to(site).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            if name != NEEDS_PYTEST:
                found.append(name)
    return found


def test_mypy_strict_passes_on_the_installed_package_with_runtime_dependencies_only(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    (wheel,) = wheels.glob("ollama_openapi-*.whl")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    tools = [f"mypy=={version('mypy')}", f"types-python-dateutil=={version('types-python-dateutil')}"]
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel), *tools], capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True, check=True
    )
    names = {line.split("==")[0].lower() for line in listed.stdout.split()}
    assert not names & {"jsonschema", "orjson", "rich", "pytest", "pyyaml", "pydantic"}, names
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    arguments = [f"-m{module}" for module in _modules(site)]
    checked = subprocess.run(
        [str(environment / "bin" / "mypy"), "--strict", "--no-incremental", *arguments],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout[-4000:]
