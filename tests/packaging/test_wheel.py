"""The distribution holds both packages, the spec and the typing markers, and nothing it should not."""

from __future__ import annotations

import json
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
        n
        for n in wheel.namelist()
        if n.startswith(("tests/", "ollama_openapi_maintainer/", "ollama_openapi/spec_audit"))
        or "__pycache__" in n
        or n.endswith(".pyc")
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


# Modules that need more than the runtime dependencies, each with what it needs and the module whose
# absence the import reports. Every other module of the wheel imports with httpx, attrs and
# python-dateutil alone; the optional extras (the fake's strict mode: `fake` for jsonschema; `cli` for
# rich; `speed` for orjson) are imported lazily, where they are used.
NEEDS_EXTRA: dict[str, tuple[str, str]] = {
    "ollama_openapi.fake.pytest_plugin": (
        "pytest, which loads it as a plugin (entry point pytest11)",
        "pytest",
    ),
    "ollama_openapi.otel": ("the otel extra (opentelemetry-api), whose API the module is", "opentelemetry"),
}

_IMPORT_EVERY_MODULE = """
import importlib, json, pkgutil, sys
failed = {}
count = 0
for top in ("ollama_openapi", "ollama_openapi_generated"):
    package = importlib.import_module(top)
    names = [top] + [m.name for m in pkgutil.walk_packages(package.__path__, top + ".")]
    for name in names:
        if name.endswith(".__main__"):
            continue
        count += 1
        try:
            importlib.import_module(name)
        except ImportError as exc:
            failed[name] = f"{type(exc).__name__}: {exc}"
print(json.dumps({"count": count, "failed": failed}))
"""


@pytest.fixture(scope="module")
def runtime_venv(tmp_path_factory: pytest.TempPathFactory, wheel: zipfile.ZipFile) -> Path:
    """A fresh venv holding the wheel (no dependencies) and httpx, attrs and python-dateutil only."""
    venv = tmp_path_factory.mktemp("runtime-venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet"]
    done = subprocess.run([*install, "httpx", "attrs", "python-dateutil"], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot install the runtime dependencies (no package index?): {done.stderr[-300:]}")
    assert wheel.filename is not None
    subprocess.run([*install, "--no-deps", wheel.filename], check=True, capture_output=True)
    return python


def test_every_module_imports_with_the_runtime_dependencies_only(runtime_venv: Path) -> None:
    done = subprocess.run(
        [str(runtime_venv), "-I", "-c", _IMPORT_EVERY_MODULE], check=True, capture_output=True, text=True
    )
    result = json.loads(done.stdout)
    assert result["count"] > 100
    assert result["failed"].keys() == NEEDS_EXTRA.keys(), result["failed"]
    for name, (_, missing) in NEEDS_EXTRA.items():
        assert result["failed"][name] == f"ModuleNotFoundError: No module named {missing!r}"


def test_the_installed_venv_has_no_extras(runtime_venv: Path) -> None:
    """The check above means something only when the extras are really absent."""
    extras = ("jsonschema", "yaml", "rich", "orjson", "pytest", "opentelemetry", "pydantic")
    probe = f"import importlib.util as u; print([m for m in {extras!r} if u.find_spec(m)])"
    done = subprocess.run([str(runtime_venv), "-I", "-c", probe], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"
