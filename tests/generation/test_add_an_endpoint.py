"""Adding an endpoint takes two hand edits: the operation in the spec, and a handler in the fake.

In a temporary copy of the project, the spec gains ``POST /api/tokenize``. After ``make generate``
alone, both clients have a typed ``tokenize`` method, and the only thing the suite reports missing is
the fake's handler, with a message that says what to add and where. With the handler added, the
methods work against the strict fake, and the suite's spec-walking tests pass on the copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .project_copy import copy_project, python_path, regenerate

pytest.importorskip("openapi_python_client", reason="the generator is a dev tool, installed by make install")
pytestmark = pytest.mark.timeout(600)

OPERATION = """\
  /api/tokenize:
    post:
      operationId: tokenize
      x-python: {method: tokenize, positional: [model, text]}
      tags: [generation]
      summary: Split a text into the model's tokens
      description: The token ids of `text` in the vocabulary of `model`.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/TokenizeRequest'}
            example: {model: llama3.2, text: two words}
      responses:
        '200':
          description: The tokens.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/TokenizeResponse'}
              example: {tokens: [3, 5]}
        '400': {$ref: '#/components/responses/BadRequest'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '500': {$ref: '#/components/responses/InternalServerError'}
"""
SCHEMAS = """\
    TokenizeRequest:
      type: object
      required: [model, text]
      properties:
        model: {type: string, description: The model whose vocabulary is used.}
        text: {type: string, description: The text to split.}
    TokenizeResponse:
      type: object
      required: [tokens]
      properties:
        tokens:
          type: array
          items: {type: integer}
          description: The token ids, in order.
"""
HANDLER = '''"""``POST /api/tokenize``: one token id per word (its length)."""

from __future__ import annotations

from .context import FakeContext
from .protocol import Body, JsonResponse, Request, Response


def tokenize(context: FakeContext, request: Request) -> Response:
    body = Body.parse(request.body, "TokenizeRequest")
    return JsonResponse(200, {"tokens": [len(word) for word in body.string("text").split()]})
'''
USE = """
import asyncio, json
from ollama_openapi import AsyncClient, Client
from ollama_openapi import spec
from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.routes import spec_operations, unserved

missing = unserved(spec_operations(spec.load_spec()))
result = {"missing": missing}
if not missing:
    with FakeOllama(strict=True, validate_responses=True) as server:
        sync = Client(server.url).tokenize("llama3.2", "split these words")

        async def run():
            async with AsyncClient(server.url) as client:
                return await client.tokenize("llama3.2", "and these")

        # The tokens are the lengths of the words the fake read from the request body (checked
        # against the spec by the strict fake).
        result.update(sync=sync.tokens, asynchronous=asyncio.run(run()).tokens, violations=server.violations)
print(json.dumps(result))
"""


def _with_release(spec: str, addition: str) -> str:
    """`addition` with the release that brings it, where the spec records releases (x-ollama-since)."""
    if "x-ollama-since" not in spec:
        return addition
    addition = addition.replace(
        "      tags: [generation]\n", '      x-ollama-since: "0.34.0"\n      tags: [generation]\n'
    )
    return addition.replace(".}\n", '., x-ollama-since: "0.34.0"}\n').replace(
        "          description: The token ids, in order.\n",
        '          description: The token ids, in order.\n          x-ollama-since: "0.34.0"\n',
    )


def _insert(text: str, anchor: str, addition: str) -> str:
    at = text.index(anchor)
    return text[:at] + addition + text[at:]


def _run(root: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        env={**os.environ, "PYTHONPATH": python_path(root)},
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )


def _use(root: Path) -> dict[str, object]:
    result = _run(root, sys.executable, "-c", USE)
    assert result.returncode == 0, result.stderr
    outcome: dict[str, object] = json.loads(result.stdout)
    return outcome


def test_a_new_endpoint_needs_the_spec_and_a_fake_handler(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    spec_file = root / "openapi" / "ollama.yaml"
    spec = spec_file.read_text("utf-8")
    spec = _insert(spec, "  /api/pull:\n", _with_release(spec, OPERATION))
    spec = _insert(spec, "    VersionResponse:\n", _with_release(spec, SCHEMAS))
    spec_file.write_text(spec, "utf-8")  # hand edit 1: the spec
    regenerate(root)

    assert _use(root) == {
        "missing": [
            "the fake has no route for POST /api/tokenize: add a handler (a function (FakeContext, "
            "Request) -> Response) in overlays/ollama_openapi/fake/ and its Route in ROUTES of "
            "overlays/ollama_openapi/fake/routes.py, or list it in NOT_SERVED there with the reason"
        ]
    }

    fake = root / "overlays" / "ollama_openapi" / "fake"  # hand edit 2: the fake's handler
    (fake / "tokenize.py").write_text(HANDLER, "utf-8")
    routes = (fake / "routes.py").read_text("utf-8")
    routes = routes.replace("from . import (\n", "from . import (\n    tokenize,\n", 1)
    routes = _insert(
        routes,
        '    Route("POST", "/v1/chat/completions"',
        '    Route("POST", "/api/tokenize", tokenize.tokenize),\n',
    )
    (fake / "routes.py").write_text(routes, "utf-8")

    assert _use(root) == {
        "missing": [],
        "sync": [5, 5, 5],
        "asynchronous": [3, 5],
        "violations": [],
    }
    suite = _run(
        root,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/contract/test_spec.py",
        "tests/generation/test_wire_fields.py",
        "tests/fake/test_fake_routes_cover_the_spec.py",
        "tests/unit/test_architecture.py",
    )
    assert suite.returncode == 0, suite.stdout[-3000:]
