"""The distribution holds both packages, the spec and the typing markers, and nothing it should not."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "-w", str(out), str(ROOT)], check=True, capture_output=True)
    (path,) = out.glob("ollama_openapi-*.whl")
    return zipfile.ZipFile(path)


def test_the_wheel_holds_both_packages_and_the_spec(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for name in (
        "ollama_openapi/__init__.py",
        "ollama_openapi/py.typed",
        "ollama_openapi/fake/server.py",
        "ollama_openapi/compat/__init__.py",
        "ollama_openapi/cli/__init__.py",
        "ollama_openapi_generated/__init__.py",
        "ollama_openapi_generated/py.typed",
        "ollama_openapi_generated/openapi.json",
        "ollama_openapi_generated/models/chat_response.py",
    ):
        assert name in names


def test_the_wheel_has_no_tests_or_caches(wheel: zipfile.ZipFile) -> None:
    stray = [
        n for n in wheel.namelist() if n.startswith("tests/") or "__pycache__" in n or n.endswith(".pyc")
    ]
    assert stray == []


def test_the_runtime_dependencies_are_httpx_attrs_and_dateutil(wheel: zipfile.ZipFile) -> None:
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    requires = re.findall(
        r"^Requires-Dist: ([A-Za-z0-9_.-]+)(.*)$", wheel.read(metadata).decode(), re.MULTILINE
    )
    runtime = {name.lower() for name, rest in requires if "extra ==" not in rest}
    assert runtime == {"httpx", "attrs", "python-dateutil"}
    assert re.search(r"^Requires-Python: >=3\.10$", wheel.read(metadata).decode(), re.MULTILINE)


def test_pip_installs_from_git(tmp_path: Path) -> None:
    """README's install from git: pip clones the committed tree (the generated code included) and
    builds it; nothing outside the clone is needed."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the install from git needs the repository's history")
    target = tmp_path / "site"
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    url = f"ollama-openapi @ git+file://{ROOT}"
    subprocess.run([*command, "--target", str(target), url], check=True, capture_output=True)
    probe = "import ollama_openapi as o, ollama_openapi.models as m; print(o.__file__, m.ChatResponse)"
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.startswith(str(target))
    assert "ChatResponse" in result.stdout
