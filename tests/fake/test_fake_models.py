"""Model management endpoints of the fake: pull, push, create, blobs, copy, delete, tags, show."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import httpx
import pytest

from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(30)


def ndjson(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def test_fresh_server_has_no_models(fake_ollama: FakeOllama) -> None:
    response = httpx.get(f"{fake_ollama.url}/api/tags")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.json() == {"models": []}


def test_pull_streams_realistic_progress_and_installs(fake_ollama: FakeOllama) -> None:
    with httpx.Client(base_url=fake_ollama.url) as client:
        response = client.post("/api/pull", json={"model": "llama3.2"})
        assert response.headers["content-type"] == "application/x-ndjson"
        assert response.headers["transfer-encoding"] == "chunked"
        lines = ndjson(response)
        statuses = [line["status"] for line in lines]
        assert statuses[0] == "pulling manifest"
        assert statuses[-3:] == ["verifying sha256 digest", "writing manifest", "success"]
        layers = [line for line in lines if line["status"].startswith("pulling ") and "digest" in line]
        assert layers
        for line in layers:
            assert line["status"] == f"pulling {line['digest'][7:19]}"
            assert 0 < line["completed"] <= line["total"]
        big = [line["completed"] for line in layers if line["digest"] == layers[0]["digest"]]
        assert big == sorted(big)
        assert len(big) > 1
        assert big[-1] == layers[0]["total"]
        names = [model["name"] for model in client.get("/api/tags").json()["models"]]
        assert names == ["llama3.2:latest"]


def test_pull_without_stream_returns_only_success(fake_ollama: FakeOllama) -> None:
    response = httpx.post(f"{fake_ollama.url}/api/pull", json={"model": "qwen3:0.6b", "stream": False})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.json() == {"status": "success"}
    assert fake_ollama.model_names() == ["qwen3:0.6b"]


def test_pull_of_a_missing_registry_model_fails_inside_the_stream(fake_ollama: FakeOllama) -> None:
    response = httpx.post(f"{fake_ollama.url}/api/pull", json={"model": "someone/does-not-exist"})
    assert response.status_code == 200
    assert ndjson(response) == [
        {"status": "pulling manifest"},
        {"error": "pull model manifest: file does not exist"},
    ]
    failed = httpx.post(f"{fake_ollama.url}/api/pull", json={"model": "does-not-exist", "stream": False})
    assert failed.status_code == 500
    assert failed.json() == {"error": "pull model manifest: file does not exist"}
    assert fake_ollama.model_names() == []


@pytest.mark.parametrize("name", ["bad name", "a:b:c/d", "", "-leading", "x" * 81])
def test_pull_rejects_invalid_names(fake_ollama: FakeOllama, name: str) -> None:
    response = httpx.post(f"{fake_ollama.url}/api/pull", json={"model": name})
    assert (response.status_code, response.json()) == (400, {"error": "invalid model name"})


def test_names_normalise_like_ollama(client: httpx.Client) -> None:
    client.post("/api/pull", json={"model": "registry.ollama.ai/library/mistral:latest", "stream": False})
    client.post("/api/pull", json={"model": "jmorgan/custom:v1", "stream": False})
    names = {model["name"] for model in client.get("/api/tags").json()["models"]}
    assert {"mistral:latest", "jmorgan/custom:v1", "llama3.2:latest"} <= names
    assert client.post("/api/show", json={"model": "MISTRAL"}).status_code == 200
    assert client.post("/api/show", json={"model": "llama3.2:latest"}).status_code == 200


def test_capabilities_follow_the_model_family(client: httpx.Client) -> None:
    for name in ("llava", "deepseek-r1:7b", "nomic-embed-text", "gpt-oss:20b"):
        client.post("/api/pull", json={"model": name, "stream": False})

    def capabilities(name: str) -> list[str]:
        result: list[str] = client.post("/api/show", json={"model": name}).json()["capabilities"]
        return result

    assert capabilities("llama3.2") == ["completion", "tools"]
    assert "thinking" in capabilities("qwen3")
    assert "thinking" in capabilities("deepseek-r1:7b")
    assert "thinking" in capabilities("gpt-oss:20b")
    assert capabilities("all-minilm") == ["embedding"]
    assert capabilities("nomic-embed-text") == ["embedding"]
    assert "vision" in capabilities("llava")


def test_tags_get_and_head(client: httpx.Client) -> None:
    models = client.get("/api/tags").json()["models"]
    assert {model["name"] for model in models} == {"llama3.2:latest", "qwen3:latest", "all-minilm:latest"}
    for model in models:
        assert model["model"] == model["name"]
        assert len(model["digest"]) == 64
        assert model["size"] > 0
        assert model["modified_at"].endswith("Z")
        assert set(model["details"]) == {
            "parent_model",
            "format",
            "family",
            "families",
            "parameter_size",
            "quantization_level",
        }
    head = client.head("/api/tags")
    assert head.status_code == 200
    assert head.content == b""


def test_show_reports_details_and_verbose_arrays(client: httpx.Client) -> None:
    show = client.post("/api/show", json={"model": "llama3.2"}).json()
    assert show["details"]["family"] == "llama"
    assert show["details"]["parameter_size"] == "3.2B"
    assert show["capabilities"] == ["completion", "tools"]
    assert show["model_info"]["general.architecture"] == "llama"
    assert show["model_info"]["tokenizer.ggml.tokens"] is None
    assert show["tensors"][0].keys() == {"name", "type", "shape"}  # every GGUF model: verbose or not
    assert show["parameters"].splitlines()[0] == 'stop                           "<|start_header_id|>"'
    assert show["modelfile"].startswith('# Modelfile generated by "ollama show"')
    assert "{{ .Prompt }}" in show["template"]
    assert show["license"].startswith("LLAMA 3.2")
    verbose = client.post("/api/show", json={"model": "llama3.2", "verbose": True}).json()
    assert len(verbose["model_info"]["tokenizer.ggml.tokens"]) > 5
    assert verbose["tensors"] == show["tensors"]


def test_show_options_change_only_the_modelfile(client: httpx.Client) -> None:
    plain = client.post("/api/show", json={"model": "llama3.2"}).json()
    shown = client.post(
        "/api/show", json={"model": "llama3.2", "options": {"temperature": 0.25}, "template": "ignored"}
    ).json()
    assert shown["parameters"] == plain["parameters"]
    assert "temperature" not in shown["parameters"]
    assert "PARAMETER temperature 0.25" in shown["modelfile"]
    assert shown["template"] == plain["template"]


def test_show_errors(client: httpx.Client) -> None:
    missing = client.post("/api/show", json={"model": "nope"})
    assert (missing.status_code, missing.json()) == (404, {"error": "model 'nope' not found"})
    empty = client.post("/api/show", json={})
    assert (empty.status_code, empty.json()) == (400, {"error": "model is required"})


def test_copy_and_delete(client: httpx.Client) -> None:
    copied = client.post("/api/copy", json={"source": "llama3.2", "destination": "backup"})
    assert (copied.status_code, copied.content) == (200, b"")
    assert client.post("/api/show", json={"model": "backup"}).status_code == 200
    missing = client.post("/api/copy", json={"source": "ghost", "destination": "x"})
    assert (missing.status_code, missing.json()) == (404, {"error": 'model "ghost" not found'})
    invalid = client.post("/api/copy", json={"source": "llama3.2", "destination": "bad name"})
    assert invalid.json() == {"error": 'destination "bad name" is invalid'}
    deleted = client.request("DELETE", "/api/delete", json={"model": "backup"})
    assert (deleted.status_code, deleted.content) == (200, b"")
    again = client.request("DELETE", "/api/delete", json={"model": "backup"})
    assert (again.status_code, again.json()) == (404, {"error": "model 'backup' not found"})


def test_push_streams_upload_progress(client: httpx.Client) -> None:
    lines = ndjson(client.post("/api/push", json={"model": "llama3.2"}))
    statuses = [line["status"] for line in lines]
    assert statuses[0] == "retrieving manifest"
    assert statuses[-2:] == ["pushing manifest", "success"]
    starts = [line for line in lines if line["status"] == "starting upload"]
    assert starts
    assert all(line["digest"].startswith("sha256:") and line["total"] > 0 for line in starts)
    assert any(
        line.get("completed") == line.get("total") for line in lines if line["status"].startswith("pushing ")
    )
    assert client.post("/api/push", json={"model": "llama3.2", "stream": False}).json() == {
        "status": "success"
    }
    # As Ollama, a model that is not there fails after the stream began (500 when not streamed).
    missing = client.post("/api/push", json={"model": "ghost"})
    assert missing.status_code == 200
    assert [line.get("status") for line in ndjson(missing)] == [
        "retrieving manifest",
        "couldn't retrieve manifest",
        None,
    ]
    assert ndjson(missing)[-1]["error"].endswith("library/ghost/latest: no such file or directory")
    unstreamed = client.post("/api/push", json={"model": "ghost", "stream": False})
    assert unstreamed.status_code == 500
    assert "ghost" in unstreamed.json()["error"]


def test_create_from_an_existing_model(client: httpx.Client) -> None:
    request = {
        "model": "mario",
        "from": "llama3.2",
        "system": "You are Mario from Super Mario Bros.",
        "parameters": {"temperature": 0.7, "num_ctx": 4096},
        "messages": [{"role": "user", "content": "Who are you?"}, {"role": "assistant", "content": "Mario!"}],
        "license": ["MIT"],
    }
    lines = ndjson(client.post("/api/create", json=request))
    statuses = [line["status"] for line in lines]
    assert any(status.startswith("using existing layer sha256:") for status in statuses)
    assert any(status.startswith("creating new layer sha256:") for status in statuses)
    assert statuses[-2:] == ["writing manifest", "success"]
    show = client.post("/api/show", json={"model": "mario"}).json()
    assert show["system"] == "You are Mario from Super Mario Bros."
    assert "temperature                    0.7" in show["parameters"]
    assert show["license"] == "MIT"
    assert show["messages"][1] == {"role": "assistant", "content": "Mario!"}
    assert show["details"]["parent_model"] == "llama3.2:latest"
    assert client.post("/api/create", json={"model": "m2", "from": "mario", "stream": False}).json() == {
        "status": "success"
    }


def test_create_from_a_model_not_present_pulls_it_first(client: httpx.Client) -> None:
    statuses = [
        line["status"] for line in ndjson(client.post("/api/create", json={"model": "a", "from": "phi3"}))
    ]
    assert statuses[0] == "pulling manifest"
    assert statuses[-1] == "success"
    assert client.post("/api/show", json={"model": "phi3"}).status_code == 200


def test_create_errors(client: httpx.Client) -> None:
    neither = client.post("/api/create", json={"model": "x"})
    assert (neither.status_code, neither.json()) == (
        400,
        {"error": "neither 'from' or 'files' was specified"},
    )
    bad_digest = client.post("/api/create", json={"model": "x", "files": {"m.gguf": "sha256:zz"}})
    assert (bad_digest.status_code, bad_digest.json()) == (400, {"error": "invalid digest format"})
    absolute = client.post("/api/create", json={"model": "x", "files": {"/etc/m.gguf": "sha256:" + "a" * 64}})
    assert absolute.json() == {"error": "file path must be relative"}
    unknown_blob = client.post("/api/create", json={"model": "x", "files": {"m.gguf": "sha256:" + "a" * 64}})
    assert unknown_blob.status_code == 500
    assert "no such file or directory" in unknown_blob.json()["error"]
    bad_name = client.post("/api/create", json={"model": "bad name", "from": "llama3.2"})
    assert bad_name.json() == {"error": "invalid model name"}


def test_blob_upload_verifies_the_digest(client: httpx.Client) -> None:
    data = b"GGUF" + bytes(range(256)) * 10
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    assert client.head(f"/api/blobs/{digest}").status_code == 404
    created = client.post(f"/api/blobs/{digest}", content=data)
    assert (created.status_code, created.content) == (201, b"")
    assert client.post(f"/api/blobs/{digest}", content=data).status_code == 200
    assert client.head(f"/api/blobs/{digest}").status_code == 200
    assert client.head(f"/api/blobs/{digest.replace(':', '-')}").status_code == 200
    wrong = "sha256:" + "0" * 64
    mismatch = client.post(f"/api/blobs/{wrong}", content=data)
    assert mismatch.status_code == 400
    assert mismatch.json() == {"error": f'digest mismatch, expected "{wrong}", got "{digest}"'}
    invalid = client.post("/api/blobs/sha256:123", content=data)
    assert (invalid.status_code, invalid.json()) == (400, {"error": "invalid digest format"})
    assert client.head("/api/blobs/md5:abc").status_code == 400
    statuses = [
        line["status"]
        for line in ndjson(
            client.post("/api/create", json={"model": "from-gguf", "files": {"model.gguf": digest}})
        )
    ]
    assert statuses == ["parsing GGUF", f"using existing layer {digest}", "writing manifest", "success"]


def test_chunked_large_upload_is_hashed_while_streaming(client: httpx.Client) -> None:
    piece = b"x" * (1 << 20)
    hasher = hashlib.sha256()
    for _ in range(24):
        hasher.update(piece)
    digest = "sha256:" + hasher.hexdigest()

    def body() -> Any:
        for _ in range(24):
            yield piece

    response = client.post(f"/api/blobs/{digest}", content=body())
    assert response.status_code == 201
    assert client.head(f"/api/blobs/{digest}").status_code == 200
    # The connection stays usable after a chunked upload.
    assert client.get("/api/version").status_code == 200
