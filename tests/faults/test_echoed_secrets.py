"""The client's credentials never come back out of an error, whatever a server or proxy echoes.

A server that repeats the request's ``Authorization`` header in its answer (a 401 JSON error, an
in-band stream error, an HTML 502 page from a proxy) must not put the API key or the basic-auth
password into the error's message, repr, attributes or traceback.
"""

from __future__ import annotations

import base64
import json
import traceback
from collections.abc import Callable

import pytest

from .harness import MODES, Mode, run
from .scripted import Conn, RawRequest, ScriptedServer, chunk, chunked_head, json_response, ndjson, response
from .test_stream_faults import FIRST

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]

KEY = "sk-echo-4b1d8e2f6a0c9e7d5b3a1f2e4d6c8b0a"
USER, PASSWORD = "bob", "s3cret-Pa55-Xy7"


def _echo(kind: str) -> Callable[[Conn, RawRequest], None]:
    def script(conn: Conn, request: RawRequest) -> None:
        authorization = request.headers.get("authorization", "")
        if kind == "json-401":
            conn.send(json_response(401, {"error": f"invalid credentials: {authorization}"}))
        elif kind == "html-502":
            page = f"<html><body>Bad gateway. Request headers: Authorization: {authorization}</body></html>"
            conn.send(response(502, page.encode(), "text/html"))
        else:
            line = ndjson({"error": f"upstream refused {authorization}", "received": authorization})
            conn.send(chunked_head() + chunk(FIRST) + chunk(line) + chunk(b""))

    return script


def _evidence(error: BaseException) -> str:
    attributes = {name: repr(value) for name, value in vars(error).items()}
    return "\n".join(
        [str(error), repr(error), json.dumps(attributes), "".join(traceback.format_exception(error))]
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["json-401", "html-502", "in-band"])
@pytest.mark.parametrize("credential", ["api_key", "basic"])
async def test_echoed_credentials_are_scrubbed(
    serve: Callable[..., ScriptedServer], mode: Mode, kind: str, credential: str
) -> None:
    server = serve(_echo(kind))
    operation = "chat_stream" if kind == "in-band" else "version"
    if credential == "api_key":
        secrets = [KEY]
        outcome = await run(mode, server.url, operation, api_key=KEY)
    else:
        secrets = [PASSWORD, base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()]
        outcome = await run(mode, server.url.replace("http://", f"http://{USER}:{PASSWORD}@"), operation)
    error = outcome.raised()
    assert server.requests[0].headers["authorization"]  # the server did receive (and echo) them
    evidence = _evidence(error)
    for secret in secrets:
        assert secret not in evidence
