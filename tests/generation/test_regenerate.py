"""What a maintainer does when Ollama changes: edit the spec, run the generator, and the client follows.

In a temporary copy of the project, the spec gains a field on ``ChatRequest`` and ``GenerateRequest``
and loses ``GenerateRequest.keep_alive`` (renamed); ``scripts/generate.sh`` alone must then make both
clients send the new field, refuse a misspelled one, and make ``mypy --strict`` fail on the
hand-written code that still uses the old name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("openapi_python_client", reason="the generator is a dev tool, installed by make install")

from .project_copy import ROOT, copy_project, python_path, regenerate

pytestmark = pytest.mark.timeout(300)


def _add_property(spec: str, schema: str, line: str) -> str:
    anchor = f"    {schema}:\n"
    start = spec.index(anchor)
    properties = spec.index("      properties:\n", start) + len("      properties:\n")
    return spec[:properties] + f"        {line}\n" + spec[properties:]


def _rename_property(spec: str, schema: str, old: str, new: str) -> str:
    start = spec.index(f"    {schema}:\n")
    at = spec.index(f"        {old}:", start)
    return spec[:at] + f"        {new}:" + spec[at + len(f"        {old}:") :]


@pytest.fixture(scope="module")
def changed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("project"))
    spec_file = root / "openapi" / "ollama.yaml"
    spec = spec_file.read_text("utf-8")
    new_field = "new_field: {type: string, description: A field Ollama added tomorrow.}"
    spec = _add_property(spec, "ChatRequest", new_field)
    spec = _add_property(spec, "GenerateRequest", new_field)
    spec = _rename_property(spec, "GenerateRequest", "keep_alive", "keep_alive_for")
    spec_file.write_text(spec, "utf-8")
    regenerate(root)
    return root


SCRIPT = """
import asyncio, json, httpx
from ollama_openapi import AsyncClient, Client

bodies = []
def handler(request):
    bodies.append(json.loads(request.content))
    answer = {"model": "m", "created_at": "2025-01-01T00:00:00Z", "done": True}
    if request.url.path == "/api/chat":
        answer["message"] = {"role": "assistant", "content": "hi"}
    else:
        answer["response"] = "hi"
    return httpx.Response(200, json=answer)

Client("http://ollama.test", transport=httpx.MockTransport(handler)).chat("m", [], new_field="v")

async def run():
    async with AsyncClient("http://ollama.test", transport=httpx.MockTransport(handler)) as client:
        await client.generate("m", "p", new_field="w")
asyncio.run(run())
try:
    Client("http://ollama.test", transport=httpx.MockTransport(handler)).chat("m", [], new_feld="x")
    misspelled = "accepted"
except TypeError as exc:
    misspelled = str(exc)
print(json.dumps({"bodies": bodies, "misspelled": misspelled}))
"""


def test_a_new_spec_field_is_sent_by_both_clients(changed_project: Path) -> None:
    path = python_path(changed_project)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        check=True,
        cwd=changed_project,
    )
    outcome = json.loads(result.stdout)
    chat_body, generate_body = outcome["bodies"]
    assert chat_body["new_field"] == "v"
    assert generate_body["new_field"] == "w"
    assert "new_feld" in outcome["misspelled"]
    assert "new_field" in outcome["misspelled"]


CLIENTS = ("generated/ollama_openapi_generated/_sync/client.py", "overlays/ollama_openapi/_async/client.py")


def test_a_renamed_spec_field_fails_type_checking(changed_project: Path) -> None:
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy), "--no-incremental", *CLIENTS],
        cwd=changed_project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stdout
    assert 'Unexpected keyword argument "keep_alive"' in result.stdout
    # The unchanged project type-checks: the failure comes from the rename alone.
    clean = subprocess.run(
        [str(mypy), *CLIENTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert clean.returncode == 0, clean.stdout
