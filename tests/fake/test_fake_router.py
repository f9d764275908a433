"""The fake answers as Ollama v0.33's router and handlers do where the spec says they are peculiar.

gin's 404 and 405 (with ``Allow``), its trailing-slash redirects, the CORS and ``Host`` middleware,
the one-object answers to streaming requests (load, unload, ``_debug_render_only``), blob digests,
and which missing-model answer each inference route gives.
"""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest

from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(30)


# --- gin's own answers ---------------------------------------------------------------------------


def test_an_unknown_path_is_gins_plain_text_404(client: httpx.Client) -> None:
    for method, path in (("GET", "/api/nope"), ("POST", "/v2/generate"), ("GET", "/api//tags")):
        answer = client.request(method, path)
        assert (answer.status_code, answer.text) == (404, "404 page not found")
        assert answer.headers["content-type"] == "text/plain"
        assert "allow" not in answer.headers


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("POST", "/api/tags", "HEAD, GET"),  # gin's method trees, in Ollama's registration order
        ("GET", "/api/generate", "POST"),
        ("DELETE", "/", "HEAD, GET"),
        ("POST", "/api/delete", "DELETE"),
        ("GET", "/api/blobs/sha256:abc", "HEAD, POST"),
        ("HEAD", "/api/status", "GET"),  # GET-only routes do not answer HEAD
        ("HEAD", "/api/ps", "GET"),
        ("HEAD", "/api/experimental/model-recommendations", "GET"),
    ],
)
def test_a_method_the_path_does_not_register_is_a_405_with_allow(
    client: httpx.Client, method: str, path: str, allow: str
) -> None:
    answer = client.request(method, path)
    assert answer.status_code == 405
    assert answer.headers["allow"] == allow
    assert answer.headers["content-type"] == "text/plain"
    if method != "HEAD":
        assert answer.text == "405 method not allowed"


def test_a_trailing_slash_redirects_301_for_get_307_otherwise(client: httpx.Client) -> None:
    get = client.get("/api/tags/?verbose=1")
    assert (get.status_code, get.headers["location"]) == (301, "/api/tags?verbose=1")
    assert get.headers["content-type"] == "text/html; charset=utf-8"
    assert get.text == '<a href="/api/tags?verbose=1">Moved Permanently</a>.\n\n'
    head = client.head("/api/tags/")
    assert (head.status_code, head.headers["location"], head.content) == (307, "/api/tags", b"")
    post = client.post("/api/generate/", json={"model": "llama3.2"})
    assert (post.status_code, post.headers["location"], post.content) == (307, "/api/generate", b"")
    blob = client.post("/api/blobs/sha256:abc/", content=b"x")
    assert (blob.status_code, blob.headers["location"]) == (307, "/api/blobs/sha256:abc")
    # Only for a route of that method: POST /api/tags/ is no route at all, as in gin.
    assert client.post("/api/tags/").status_code == 404
    assert client.get("/").status_code == 200


# --- the middleware ------------------------------------------------------------------------------


def test_a_cors_preflight_from_an_allowed_origin_is_a_204(client: httpx.Client) -> None:
    for origin in ("http://localhost:5173", "https://127.0.0.1", "app://desktop", "vscode-webview://x"):
        headers = {"Origin": origin, "Access-Control-Request-Method": "POST"}
        answer = client.options("/api/chat", headers=headers)
        assert (answer.status_code, answer.content) == (204, b"")
        assert answer.headers["access-control-allow-origin"] == origin
        assert "POST" in answer.headers["access-control-allow-methods"].split(",")
        assert "Authorization" in answer.headers["access-control-allow-headers"].split(",")
    # The preflight is answered before routing: an unknown path gets its 204 too.
    assert client.options("/nope", headers={"Origin": "http://localhost"}).status_code == 204


def test_cors_adds_its_headers_and_refuses_other_origins_with_an_empty_403(client: httpx.Client) -> None:
    allowed = client.get("/api/version", headers={"Origin": "http://localhost:3000"})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:3000"
    for method in ("GET", "OPTIONS", "POST"):
        refused = client.request(method, "/api/version", headers={"Origin": "https://evil.example"})
        assert (refused.status_code, refused.content) == (403, b"")
        assert "content-type" not in refused.headers
    # An Origin naming the server itself is no CORS request.
    same = client.get("/api/version", headers={"Origin": f"http://{client.base_url.netloc.decode()}"})
    assert same.status_code == 200


def test_options_without_cors_is_routed_unless_the_host_is_a_local_name(client: httpx.Client) -> None:
    by_address = client.options("/api/tags")
    assert (by_address.status_code, by_address.headers["allow"]) == (405, "HEAD, GET")
    by_name = client.options("/api/tags", headers={"Host": "localhost"})
    assert (by_name.status_code, by_name.content) == (204, b"")


@pytest.mark.parametrize("host", ["evil.example", "8.8.8.8:11434", "ollama.com"])
def test_a_loopback_server_refuses_other_host_names_with_an_empty_403(
    client: httpx.Client, host: str
) -> None:
    for method, path in (("GET", "/api/version"), ("POST", "/api/generate"), ("GET", "/nope")):
        refused = client.request(method, path, headers={"Host": host})
        assert (refused.status_code, refused.content) == (403, b"")


@pytest.mark.parametrize("host", ["localhost:11434", "box.local", "ollama.internal", "10.0.0.2", "[::1]:1"])
def test_a_loopback_server_accepts_local_hosts(client: httpx.Client, host: str) -> None:
    assert client.get("/api/version", headers={"Host": host}).status_code == 200


def test_a_server_on_every_interface_checks_no_host() -> None:
    with (
        FakeOllama(host="0.0.0.0") as server,
        httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as http,
    ):
        assert http.get("/api/version", headers={"Host": "evil.example"}).status_code == 200


# --- one-object answers to streaming requests ------------------------------------------------------


def _one_object(answer: httpx.Response) -> dict[str, object]:
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    document = json.loads(answer.content)  # exactly one JSON value
    assert isinstance(document, dict)
    return document


@pytest.mark.parametrize("stream", [None, True])
def test_load_and_unload_answer_one_json_object_whatever_stream_says(
    client: httpx.Client, stream: bool | None
) -> None:
    flag = {} if stream is None else {"stream": stream}
    loaded = _one_object(client.post("/api/generate", json={"model": "llama3.2", **flag}))
    assert (loaded["done"], loaded["done_reason"], loaded["response"]) == (True, "load", "")
    unloaded = _one_object(client.post("/api/chat", json={"model": "llama3.2", "keep_alive": 0, **flag}))
    assert (unloaded["done"], unloaded["done_reason"]) == (True, "unload")


@pytest.mark.parametrize("stream", [None, True, False])
def test_debug_render_only_answers_the_rendered_prompt_as_one_object(
    client: httpx.Client, stream: bool | None
) -> None:
    flag = {} if stream is None else {"stream": stream}
    request = {"model": "llama3.2", "prompt": "hi", "system": "be brief", "_debug_render_only": True, **flag}
    generated = _one_object(client.post("/api/generate", json=request))
    assert generated["done"] is False
    assert generated["response"] == ""
    rendered = generated["_debug_info"]
    assert isinstance(rendered, dict)
    assert set(rendered) == {"rendered_template"}
    template = rendered["rendered_template"]
    assert isinstance(template, str)
    assert "be brief" in template
    assert "hi" in template
    assert template.endswith("assistant<|end_header_id|>\n\n")  # cut where the answer begins
    raw = _one_object(client.post("/api/generate", json={**request, "raw": True, "system": ""}))
    assert raw["_debug_info"] == {"rendered_template": "hi"}
    messages = [{"role": "system", "content": "terse"}, {"role": "user", "content": "hello"}]
    chatted = _one_object(
        client.post("/api/chat", json={"model": "qwen3", "messages": messages, "_debug_render_only": True})
    )
    assert chatted["message"] == {"role": "", "content": ""}
    assert chatted["done"] is False
    assert chatted["_debug_info"] == {
        "rendered_template": "<|im_start|>system\nterse<|im_end|>\n<|im_start|>user\nhello<|im_end|>\n"
        "<|im_start|>assistant\n"
    }


# --- blobs -------------------------------------------------------------------------------------------


def test_a_blob_is_accepted_only_at_its_lower_case_sha256_colon_digest(client: httpx.Client) -> None:
    data = b"GGUF blob bytes"
    hexdigest = hashlib.sha256(data).hexdigest()
    for digest in (f"sha256-{hexdigest}", f"sha256:{hexdigest.upper()}"):
        answer = client.post(f"/api/blobs/{digest}", content=data)
        assert answer.status_code == 400
        assert answer.json() == {"error": f'digest mismatch, expected "{digest}", got "sha256:{hexdigest}"'}
    # The bytes were stored all the same, under their own name (so a check by file name finds them).
    assert client.head(f"/api/blobs/sha256:{hexdigest}").status_code == 200
    assert client.head(f"/api/blobs/sha256-{hexdigest}").status_code == 200
    assert client.head(f"/api/blobs/sha256:{hexdigest.upper()}").status_code == 404
    # Known by its file name, it is not read again: 200, whatever the body.
    assert client.post(f"/api/blobs/sha256-{hexdigest}", content=b"other").status_code == 200
    fresh = b"new bytes"
    created = client.post(f"/api/blobs/sha256:{hashlib.sha256(fresh).hexdigest()}", content=fresh)
    assert (created.status_code, created.content) == (201, b"")
    bad = client.post("/api/blobs/sha256:1234", content=fresh)
    assert (bad.status_code, bad.json()) == (400, {"error": "invalid digest format"})


# --- which error a missing model is --------------------------------------------------------------


def test_a_missing_model_is_a_404_on_generate_and_embed_but_a_400_on_chat(client: httpx.Client) -> None:
    for path, body in (("/api/generate", {"prompt": "hi"}), ("/api/embed", {"input": "hi"})):
        answer = client.post(path, json=body)
        assert (answer.status_code, answer.json()) == (404, {"error": "model '' not found"})
    for path, other in (("/api/chat", {"messages": None}), ("/api/embeddings", {"prompt": "hi"})):
        answer = client.post(path, json=other)
        assert (answer.status_code, answer.json()) == (400, {"error": "model is required"})
    unknown = client.post("/api/embed", json={"model": "ghost", "input": "hi"})
    assert (unknown.status_code, unknown.json()) == (
        404,
        {"error": 'model "ghost" not found, try pulling it first'},
    )


def test_embed_without_input_or_with_null_input_only_loads(client: httpx.Client) -> None:
    for body in ({"model": "all-minilm"}, {"model": "all-minilm", "input": None}):
        assert client.post("/api/embed", json=body).json() == {"model": "all-minilm", "embeddings": []}
    nulls = client.post("/api/chat", json={"model": "llama3.2", "messages": None})
    assert nulls.json()["done_reason"] == "load"
