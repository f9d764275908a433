"""ollama-python 0.1.2's own 34 test cases, re-expressed against real response shapes.

The seed mocked ``requests`` with shapes Ollama never sends (a list ``message`` with ``context`` in chat,
``"messages"`` in chat chunks) and with the wrong routes (``/embedding``, ``/blob/...``, ``POST /delete``).
Here the same calls go to a strict fake Ollama; where the seed expected ``requests.HTTPError``, the
client's typed errors are expected (all `ollama_openapi.errors.OllamaError`).
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterator

import pytest

from ollama_openapi import Client
from ollama_openapi.compat import EmbeddingAPI, GenerateAPI, ModelDetails, ModelManagementAPI
from ollama_openapi.errors import (
    BadRequestError,
    ModelNotFoundError,
    NotFoundError,
    ResponseError,
    ServerError,
    StreamInBandError,
)
from ollama_openapi.fake import FakeOllama
from ollama_openapi.models import (
    ChatResponse,
    EmbeddingResponse,
    GenerateResponse,
    ListResponse,
    ProgressResponse,
    ResponseMessage,
    ShowResponse,
)

from .test_seed_document import PNG_BASE64

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def generate_api(base_url: str, reference: Client) -> Iterator[GenerateAPI]:
    reference.create("test-model", from_="llava")  # a vision model: the first case sends an image
    with GenerateAPI(model="test-model", base_url=base_url) as api:
        yield api


@pytest.fixture
def embedding_api(base_url: str, reference: Client) -> Iterator[EmbeddingAPI]:
    reference.pull("test-embedding-model")
    with EmbeddingAPI(model="test-embedding-model", base_url=base_url) as api:
        yield api


@pytest.fixture
def model_api(base_url: str) -> Iterator[ModelManagementAPI]:
    with ModelManagementAPI(base_url=base_url + "/") as api:  # the seed's fixture had a trailing slash
        yield api


# --- tests/test_generate_endpoint.py ----------------------------------------------------------------


def test_generate_completion_success_without_streaming(generate_api: GenerateAPI) -> None:
    completion = generate_api.generate(
        prompt="test prompt", images=[PNG_BASE64], options={"temperature": 0.5}
    )
    assert isinstance(completion, GenerateResponse)
    assert isinstance(completion.response, str)
    assert completion.response
    assert completion.done is True
    assert completion.model == "test-model"
    assert completion.context  # optional in the API, present for a non-raw generation


def test_generate_completion_success_with_streaming(generate_api: GenerateAPI) -> None:
    completions = list(generate_api.generate(prompt="test prompt", format="json", stream=True))
    assert len(completions) > 1
    assert all(isinstance(completion, GenerateResponse) for completion in completions)
    assert all(completion.model == "test-model" for completion in completions)
    assert [completion.done for completion in completions] == [False] * (len(completions) - 1) + [True]


def test_generate_completion_failure(generate_api: GenerateAPI) -> None:
    with pytest.raises(ValueError, match="format must be 'json'"):
        generate_api.generate(prompt="test prompt", format="csv")


def test_generate_completions_with_invalid_options(generate_api: GenerateAPI) -> None:
    with pytest.raises(ValueError, match="invalid_option"):
        generate_api.generate(prompt="test prompt", options={"invalid_option": "test"})


def test_generate_chat_completion_success_without_streaming(generate_api: GenerateAPI) -> None:
    completion = generate_api.generate_chat_completion(messages=[{"role": "user", "content": "Hello"}])
    assert isinstance(completion, ChatResponse)
    assert isinstance(completion.message, ResponseMessage)  # one message as the server sends it, not a list
    assert completion.message.role == "assistant"
    assert completion.message.content
    assert completion["message"]["content"] == completion.message.content
    assert completion.done is True
    assert completion.model == "test-model"


def test_generate_chat_completion_success_with_streaming(generate_api: GenerateAPI) -> None:
    messages = [{"role": "user", "content": "Hello"}]
    stream = generate_api.generate_chat_completion(
        messages=messages, format="json", options={"seed": 42}, stream=True
    )
    chunks = list(stream)
    assert all(isinstance(chunk, ChatResponse) for chunk in chunks)
    assert all(chunk.model == "test-model" for chunk in chunks)
    assert any(chunk.done for chunk in chunks)
    assert all(isinstance(chunk.message, ResponseMessage) for chunk in chunks)  # the seed's mock left it None
    assert "".join(str(chunk.message.content) for chunk in chunks)


def test_generate_chat_completion_invalid_format(generate_api: GenerateAPI) -> None:
    with pytest.raises(ValueError, match="format"):
        generate_api.generate_chat_completion(messages=[{"role": "user", "content": "Hello"}], format="csv")


def test_generate_chat_completion_invalid_options(generate_api: GenerateAPI) -> None:
    with pytest.raises(ValueError, match="invalid_option"):
        generate_api.generate_chat_completion(
            messages=[{"role": "user", "content": "Hello"}], options={"invalid_option": "test"}
        )


@pytest.mark.parametrize(
    ("messages", "problem"),
    [
        ([{"role": "user", "content": "Hello", "invalid_field": "test"}], "invalid_field"),
        ([{"role": "bot", "content": "Hello"}], "role"),
    ],
)
def test_generate_chat_completion_invalid_messages(
    generate_api: GenerateAPI, messages: list[dict[str, str]], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        generate_api.generate_chat_completion(messages=messages)


# --- tests/test_embedding_endpoint.py ---------------------------------------------------------------


def test_get_embedding_success(embedding_api: EmbeddingAPI, reference: Client) -> None:
    embedding = embedding_api.get_embedding(prompt="test prompt")
    assert isinstance(embedding, EmbeddingResponse)
    assert embedding.embedding == reference.embeddings("test-embedding-model", "test prompt").embedding
    assert embedding.embedding is not None
    assert all(isinstance(value, float) for value in embedding.embedding)


def test_get_embedding_success_with_options(embedding_api: EmbeddingAPI) -> None:
    embedding = embedding_api.get_embedding(prompt="test prompt", options={"temperature": 0.5})
    assert isinstance(embedding, EmbeddingResponse)
    assert embedding.embedding is not None
    assert len(embedding.embedding) > 0


def test_get_embedding_failure_with_invalid_options(embedding_api: EmbeddingAPI) -> None:
    with pytest.raises(ValueError, match="invalid"):
        embedding_api.get_embedding(prompt="test prompt", options={"invalid": 0.5, "temperature": 0.5})


def test_get_embedding_failure(base_url: str) -> None:
    with EmbeddingAPI(model="not-pulled", base_url=base_url) as api, pytest.raises(ResponseError) as caught:
        api.get_embedding(prompt="test prompt")
    assert caught.value.status_code == 404


# --- tests/test_model_management_endpoint.py --------------------------------------------------------


def test_create_management_api_success_without_streaming(model_api: ModelManagementAPI) -> None:
    result = model_api.create(name="test-model", model_file="FROM llama3.2\nSYSTEM sample model file")
    assert isinstance(result, ProgressResponse)
    assert result.status == "success"


def test_create_management_api_success_with_streaming(model_api: ModelManagementAPI) -> None:
    model_api.pull("llama3.2")
    results = list(model_api.create(name="test-model", model_file="FROM llama3.2\nSYSTEM hi", stream=True))
    assert all(isinstance(result, ProgressResponse) for result in results)
    statuses = [result.status for result in results]
    assert statuses[0].startswith("using existing layer sha256:")
    assert statuses[-1] == "success"


BLOB = b"GGUF test blob"
BLOB_DIGEST = "sha256:" + hashlib.sha256(BLOB).hexdigest()


def test_check_blob_exists(model_api: ModelManagementAPI) -> None:
    model_api.create_blob(BLOB_DIGEST, BLOB)
    assert model_api.check_blob_exists(digest=BLOB_DIGEST) == 200


def test_check_blob_exists_failure(model_api: ModelManagementAPI) -> None:
    missing = model_api.check_blob_exists(digest=BLOB_DIGEST)
    assert missing == 404  # the seed raised HTTPError here
    assert not missing
    with pytest.raises(ValueError, match="sha256"):
        model_api.check_blob_exists(digest="test-digest")


def test_create_blob(model_api: ModelManagementAPI) -> None:
    assert model_api.create_blob(digest=BLOB_DIGEST, path_or_bytes=BLOB) == 201
    assert model_api.create_blob(digest=BLOB_DIGEST) == 200  # no body, as the seed sent: it exists


def test_create_blob_failure(model_api: ModelManagementAPI) -> None:
    with pytest.raises(BadRequestError, match="digest mismatch"):
        model_api.create_blob(digest=BLOB_DIGEST)  # the seed's empty body for a blob the server lacks
    with pytest.raises(ValueError, match="digest"):
        model_api.create_blob(digest=BLOB_DIGEST, path_or_bytes=b"other bytes")


def test_list_tags(model_api: ModelManagementAPI) -> None:
    model_api.pull("test-model")
    tags = model_api.list_local_models()
    assert isinstance(tags, ListResponse)
    [model] = tags.models
    assert model.name == "test-model:latest"
    assert len(model.digest) == 64
    assert isinstance(model.size, int)
    assert model.size > 0
    assert isinstance(model.modified_at, datetime.datetime)  # the seed kept the string
    details = model.details
    assert isinstance(details, ModelDetails)  # the generated class, also readable as .format
    assert details.format == details.format_ == "gguf"
    assert details.family == "llama"
    assert details.families == ["llama"]
    assert details.parameter_size == "7B"
    assert details.quantization_level == "Q4_K_M"


def test_list_tags_failure(server: FakeOllama) -> None:
    with ModelManagementAPI(base_url=f"{server.url}/not-ollama/api") as api, pytest.raises(NotFoundError):
        api.list_local_models()


def test_show(model_api: ModelManagementAPI) -> None:
    modelfile = "FROM llama3.2\nPARAMETER temperature 0.3\nTEMPLATE {{ .Prompt }}"
    model_api.create(name="test-model", model_file=modelfile)
    info = model_api.show(name="test-model")
    assert isinstance(info, ShowResponse)
    assert "FROM " in str(info.modelfile)
    assert "temperature" in str(info.parameters)
    assert info.template == "{{ .Prompt }}"
    assert isinstance(info.details, ModelDetails)
    assert info.details.format == "gguf"
    assert info.details.family == "llama"


def test_show_failure(model_api: ModelManagementAPI) -> None:
    with pytest.raises(ModelNotFoundError):
        model_api.show(name="test-model")


def test_copy(model_api: ModelManagementAPI) -> None:
    model_api.pull("test-model")
    assert model_api.copy(source="test-model", destination="test-model-copy") == 200
    assert len(model_api.list_local_models().models) == 2


def test_copy_failure(model_api: ModelManagementAPI) -> None:
    with pytest.raises(NotFoundError):
        model_api.copy(source="test-model", destination="test-model-copy")


def test_delete(model_api: ModelManagementAPI) -> None:
    model_api.pull("test-model")
    assert model_api.delete(name="test-model") == 200
    assert model_api.list_local_models().models == []


def test_delete_failure(model_api: ModelManagementAPI) -> None:
    with pytest.raises(ModelNotFoundError):
        model_api.delete(name="test-model")


def test_pull_success_without_streaming(model_api: ModelManagementAPI) -> None:
    result = model_api.pull(name="test-model", insecure=True)
    assert isinstance(result, ProgressResponse)
    assert result.status == "success"


def test_pull_success_with_streaming(model_api: ModelManagementAPI) -> None:
    results = list(model_api.pull(name="test-model", stream=True))
    assert results[0].status == "pulling manifest"
    assert results[-1].status == "success"
    layers = [result for result in results if result.total]
    assert layers
    assert all(isinstance(result.completed, int) for result in layers)


def test_pull_failure(model_api: ModelManagementAPI) -> None:
    with pytest.raises(ServerError, match="file does not exist"):
        model_api.pull(name="does-not-exist")
    with pytest.raises(StreamInBandError, match="file does not exist"):
        list(model_api.pull(name="does-not-exist", stream=True))


def test_push_success_without_streaming(model_api: ModelManagementAPI) -> None:
    model_api.create(name="kenny/test-model", model_file="FROM llama3.2")
    result = model_api.push(name="kenny/test-model")
    assert isinstance(result, ProgressResponse)
    assert result.status == "success"


def test_push_success_with_streaming(model_api: ModelManagementAPI) -> None:
    model_api.create(name="kenny/test-model", model_file="FROM llama3.2")
    results = list(model_api.push(name="kenny/test-model", stream=True))
    assert results[0].status == "retrieving manifest"
    assert results[-1].status == "success"


def test_push_failure(model_api: ModelManagementAPI) -> None:
    # As Ollama: a model that is not there fails once the push has begun (500 when not streamed).
    with pytest.raises(ServerError, match="no such file or directory"):
        model_api.push(name="kenny/test-model")
    with pytest.raises(StreamInBandError, match="no such file or directory"):
        list(model_api.push(name="kenny/test-model", stream=True))
