"""What the compat classes send: paths, methods and JSON bodies Ollama understands, lazily when streaming.

Requests are recorded with an httpx event hook on a `Client` handed to the compat classes (``client=``);
the fake is strict, so every body also had to match the OpenAPI spec.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from ollama_openapi import Client
from ollama_openapi.blobs import ASK_FIRST_ABOVE
from ollama_openapi.compat import EmbeddingAPI, GenerateAPI, ModelfileError, ModelManagementAPI
from ollama_openapi.errors import InvalidArgumentError, ModelNotFoundError, OllamaConnectionError
from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(60)


@dataclass(frozen=True)
class Sent:
    method: str
    path: str
    body: Any


class Recorder:
    """Remembers every request a `Client` sends (JSON bodies decoded; raw uploads as ``"<bytes>"``)."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def __call__(self, request: httpx.Request) -> None:
        body: Any = None
        if request.headers.get("content-type") == "application/json":
            body = json.loads(request.content)
        elif request.headers.get("content-type") == "application/octet-stream":
            body = "<bytes>"
        self.sent.append(Sent(request.method, request.url.path, body))

    def last(self, path: str) -> Sent:
        return [sent for sent in self.sent if sent.path == path][-1]

    def paths(self) -> list[str]:
        return [f"{sent.method} {sent.path}" for sent in self.sent]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(server: FakeOllama, recorder: Recorder) -> Iterator[Client]:
    with Client(server.url, event_hooks={"request": [recorder]}) as recording:
        yield recording


@pytest.fixture
def generate_api(client: Client, reference: Client) -> GenerateAPI:
    reference.pull("llava")
    return GenerateAPI("llava", client=client)


@pytest.fixture
def models_api(client: Client) -> ModelManagementAPI:
    return ModelManagementAPI(client=client)


# --- generate and chat ------------------------------------------------------------------------------


def test_generate_sends_no_null_or_default_keys(generate_api: GenerateAPI, recorder: Recorder) -> None:
    generate_api.generate("Hello")
    assert recorder.last("/api/generate").body == {"model": "llava", "prompt": "Hello", "stream": False}


def test_generate_sends_every_argument(generate_api: GenerateAPI, recorder: Recorder, tmp_path: Path) -> None:
    image_file = tmp_path / "cat.png"
    image_file.write_bytes(b"\x89PNG file")
    schema = {"type": "object", "properties": {"answer": {"type": "string"}}}
    generate_api.generate(
        "Hello",
        images=[b"\x89PNG bytes", str(image_file), io.BytesIO(b"\x89PNG stream"), "aGVsbG8="],
        options={"temperature": 1, "num_predict": "5", "mirostat": 2, "seed": None, "stop": ["x"]},
        system="sys",
        format=schema,
        template="{{ .Prompt }}",
        context=[1, 2],
    )
    body = recorder.last("/api/generate").body
    assert body["images"] == [
        base64.b64encode(data).decode() for data in (b"\x89PNG bytes", b"\x89PNG file", b"\x89PNG stream")
    ] + ["aGVsbG8="]
    # mirostat is not read by today's Ollama: dropped; None values dropped; values converted as pydantic did
    assert body["options"] == {"temperature": 1.0, "num_predict": 5, "stop": ["x"]}
    assert body["format"] == schema
    assert (body["system"], body["template"], body["context"]) == ("sys", "{{ .Prompt }}", [1, 2])
    assert "raw" not in body


def test_generate_raw(generate_api: GenerateAPI, recorder: Recorder) -> None:
    completion = generate_api.generate("Hello", raw=True)
    assert recorder.last("/api/generate").body["raw"] is True
    assert completion.response  # raw answers have no context: optional here, required in the seed


def test_chat_sends_one_object_per_message_and_no_template(
    generate_api: GenerateAPI, recorder: Recorder
) -> None:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is this?", "image": b"\x89PNG"},
    ]
    answer = generate_api.generate_chat_completion(messages, format="json", template="ignored")
    body = recorder.last("/api/chat").body
    assert body == {
        "model": "llava",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "What is this?", "images": [base64.b64encode(b"\x89PNG").decode()]},
        ],
        "tools": [],  # as the official client sends it (the spec's x-python-send-when-absent)
        "stream": False,
        "format": "json",
    }
    assert messages[1]["image"] == b"\x89PNG"  # the caller's dicts are not changed
    assert answer.message.role == "assistant"


def test_chat_accepts_tool_messages(generate_api: GenerateAPI, reference: Client) -> None:
    reference.pull("llama3.2")
    api = GenerateAPI("llama3.2", client=generate_api.client)
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "w", "arguments": {}}}]},
        {"role": "tool", "content": "sunny", "tool_name": "w"},
    ]
    assert api.generate_chat_completion(messages).message.content


@pytest.mark.parametrize("method", ["generate", "chat"])
def test_streams_are_lazy(generate_api: GenerateAPI, recorder: Recorder, method: str) -> None:
    if method == "generate":
        stream: Iterator[Any] = generate_api.generate("Hello", stream=True)
    else:
        stream = generate_api.generate_chat_completion([{"role": "user", "content": "Hi"}], stream=True)
    assert recorder.sent == []
    first = next(stream)
    assert len(recorder.sent) == 1
    assert recorder.sent[0].body["stream"] is True
    rest = list(stream)
    assert first.done is False
    assert rest[-1].done is True


def test_arguments_are_checked_before_a_stream_starts(generate_api: GenerateAPI, recorder: Recorder) -> None:
    with pytest.raises(ValueError, match="format"):
        generate_api.generate("Hello", format="csv", stream=True)
    with pytest.raises(ValueError, match="num_tokens"):
        generate_api.generate("Hello", options={"num_tokens": 10}, stream=True)
    with pytest.raises(ValueError, match="role"):
        generate_api.generate_chat_completion([{"role": "bot", "content": "x"}], stream=True)
    assert recorder.sent == []


def test_stream_errors_surface_on_first_iteration(client: Client, recorder: Recorder) -> None:
    stream = GenerateAPI("not-pulled", client=client).generate("Hello", stream=True)
    with pytest.raises(ModelNotFoundError) as caught:
        next(stream)
    assert caught.value.status_code == 404


# --- embeddings -------------------------------------------------------------------------------------


def test_embedding_uses_the_embeddings_route(client: Client, recorder: Recorder, reference: Client) -> None:
    reference.pull("all-minilm")
    api = EmbeddingAPI("all-minilm", client=client)
    result = api.get_embedding("Hello", options={"seed": 10, "numa": True})
    assert recorder.paths() == ["POST /api/embeddings"]
    assert recorder.sent[0].body == {"model": "all-minilm", "prompt": "Hello", "options": {"seed": 10}}
    assert result.embedding is not None
    assert len(result.embedding) == 384


# --- model management -------------------------------------------------------------------------------


def test_management_routes_and_bodies(models_api: ModelManagementAPI, recorder: Recorder) -> None:
    assert models_api.pull("llama3.2").status == "success"
    assert models_api.pull("llama3.2", insecure=True).status == "success"
    assert models_api.copy("llama3.2", "copy") == 200
    assert models_api.show("copy").details
    assert models_api.delete("copy") == 200
    assert models_api.push("llama3.2").status == "success"
    assert [model.name for model in models_api.list_local_models().models] == ["llama3.2:latest"]
    assert recorder.paths() == [
        "POST /api/pull",
        "POST /api/pull",
        "POST /api/copy",
        "POST /api/show",
        "DELETE /api/delete",
        "POST /api/push",
        "GET /api/tags",
    ]
    bodies = [sent.body for sent in recorder.sent]
    assert bodies[:3] == [
        {"model": "llama3.2", "insecure": False, "stream": False},
        {"model": "llama3.2", "insecure": True, "stream": False},
        {"source": "llama3.2", "destination": "copy"},
    ]
    assert bodies[4] == {"model": "copy"}


def test_create_from_modelfile_text_sends_the_structured_request(
    models_api: ModelManagementAPI, recorder: Recorder
) -> None:
    modelfile = (
        'FROM llama3.2\nSYSTEM """You are Mario."""\nPARAMETER temperature 0.2\nPARAMETER stop <|end|>'
    )
    assert models_api.create("mario", model_file=modelfile).status == "success"
    assert recorder.last("/api/create").body == {
        "model": "mario",
        "from": "llama3.2",
        "system": "You are Mario.",
        "parameters": {"temperature": 0.2, "stop": ["<|end|>"]},
        "stream": False,
    }


def test_create_uploads_local_files_as_blobs(
    models_api: ModelManagementAPI, recorder: Recorder, tmp_path: Path
) -> None:
    weights = b"GGUF weights" + bytes(ASK_FIRST_ABOVE)  # asked about first (HEAD)
    adapter = b"GGUF adapter"  # small: sent at once
    (tmp_path / "model.gguf").write_bytes(weights)
    (tmp_path / "lora.gguf").write_bytes(adapter)
    modelfile = tmp_path / "Modelfile"
    modelfile.write_text("FROM ./model.gguf\nADAPTER ./lora.gguf\n", "utf-8")
    statuses = [progress.status for progress in models_api.create("local", path=str(modelfile), stream=True)]
    assert statuses[-1] == "success"
    digest = {"w": "sha256:" + hashlib.sha256(weights).hexdigest()}
    digest["a"] = "sha256:" + hashlib.sha256(adapter).hexdigest()
    assert recorder.paths() == [
        f"HEAD /api/blobs/{digest['w']}",
        f"POST /api/blobs/{digest['w']}",
        f"POST /api/blobs/{digest['a']}",
        "POST /api/create",
    ]
    assert recorder.last("/api/create").body == {
        "model": "local",
        "files": {"model.gguf": digest["w"]},
        "adapters": {"lora.gguf": digest["a"]},
        "stream": True,
    }
    # The seed's docstring called model_file "the path to the model file": that works too.
    recorder.sent.clear()
    assert models_api.create("local-again", model_file=str(modelfile)).status == "success"
    # The large blob exists: only checked, not uploaded again; the small one is sent (answered 200).
    assert recorder.paths() == [
        f"HEAD /api/blobs/{digest['w']}",
        f"POST /api/blobs/{digest['a']}",
        "POST /api/create",
    ]


def test_create_stream_is_lazy_but_checks_the_modelfile_first(
    models_api: ModelManagementAPI, recorder: Recorder, tmp_path: Path
) -> None:
    stream = models_api.create("m", model_file="FROM llama3.2", stream=True)
    assert recorder.sent == []
    assert [progress.status for progress in stream][-1] == "success"
    with pytest.raises(ModelfileError, match="line 1"):
        models_api.create("m", model_file="FORM llama3.2", stream=True)
    with pytest.raises(ModelfileError, match=r"missing\.gguf"):
        models_api.create("m", model_file=f"FROM llama3.2\nADAPTER {tmp_path / 'missing.gguf'}", stream=True)
    with pytest.raises(InvalidArgumentError, match="model_file"):
        models_api.create("m")
    with pytest.raises(InvalidArgumentError, match="no such Modelfile"):
        models_api.create("m", path=tmp_path / "nope")
    assert len(recorder.sent) == 1  # only the first create


def test_blobs(models_api: ModelManagementAPI, recorder: Recorder, tmp_path: Path) -> None:
    data = b"GGUF blob" + bytes(ASK_FIRST_ABOVE)  # large enough to be asked about first
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    missing = models_api.check_blob_exists(digest)
    assert missing == 404
    assert not missing
    file = tmp_path / "blob.bin"
    file.write_bytes(data)
    assert models_api.create_blob(digest, file) == 201
    assert models_api.create_blob(digest, data) == 200
    present = models_api.check_blob_exists(digest)
    assert present == 200
    assert present
    assert isinstance(present, int)
    assert recorder.paths() == [
        f"HEAD /api/blobs/{digest}",
        f"HEAD /api/blobs/{digest}",  # create_blob asks first and uploads only what is missing
        f"POST /api/blobs/{digest}",
        f"HEAD /api/blobs/{digest}",  # the second create_blob: 200, nothing uploaded
        f"HEAD /api/blobs/{digest}",
    ]
    assert recorder.sent[2].body == "<bytes>"
    with pytest.raises(InvalidArgumentError, match="not sha256"):
        models_api.create_blob(digest, b"other")
    with pytest.raises(InvalidArgumentError, match="file path"):
        models_api.create_blob(digest, 42)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="sha256:<64 hex digits>"):
        models_api.create_blob("sha256:123", data)
    assert len(recorder.sent) == 5


# --- base_url, client and errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "stored"),
    [
        ("{url}/api", "{url}/api"),
        ("{url}/api/", "{url}/api"),
        ("{url}", "{url}"),
        ("{url}/", "{url}"),
    ],
)
def test_base_url_with_or_without_api(spelling: str, stored: str) -> None:
    log: list[str] = []
    with FakeOllama(strict=True, log=log.append) as logged:
        url = spelling.format(url=logged.url)
        with ModelManagementAPI(base_url=url) as api:
            assert api.base_url == stored.format(url=logged.url)
            assert api.list_local_models().models == []
        assert len(log) == 1
        assert '"GET /api/tags HTTP/1.1" 200' in log[0]


def test_client_argument(server: FakeOllama) -> None:
    with Client(server.url) as client:
        api = GenerateAPI("m", client=client)
        assert api.client is client
        assert api.base_url == f"{server.url}/api"
        api.close()  # does not close a client it did not make
        assert ModelManagementAPI(client=client).list_local_models().models == []
    own = GenerateAPI("m", base_url=f"{server.url}/api")
    with own:
        assert own.client.base_url == server.url
    assert own.client.httpx_client.is_closed
    assert repr(own) == f"GenerateAPI(model='m', base_url='{server.url}/api')"


def test_connection_errors_are_typed() -> None:
    api = ModelManagementAPI(base_url="http://127.0.0.1:9/api")
    with api, pytest.raises(ConnectionError) as caught:
        api.list_local_models()
    assert isinstance(caught.value, OllamaConnectionError)
