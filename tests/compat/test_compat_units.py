"""Unit tests of the compat helpers: base_url handling, option/format/message checks, response adapters."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from ollama_openapi.compat import BlobStatus, EmbeddingAPI, GenerateAPI, ModelDetails, ModelManagementAPI
from ollama_openapi.compat._arguments import SEED_ONLY_OPTIONS, check_format, compat_messages, compat_options
from ollama_openapi.compat._base_url import client_host, seed_base_url
from ollama_openapi.compat._responses import with_seed_details
from ollama_openapi.errors import InvalidArgumentError
from ollama_openapi.models import ListResponse, Message, ShowResponse

# --- base_url ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("http://localhost:11434/api", "http://localhost:11434/api"),
        ("http://localhost:11434/api/", "http://localhost:11434/api"),
        ("http://localhost:11434/api//", "http://localhost:11434/api/"),  # the seed removed one slash only
        ("http://localhost:8000", "http://localhost:8000"),
    ],
)
def test_seed_base_url_strips_one_slash(given: str, stored: str) -> None:
    assert seed_base_url(given) == stored


def test_seed_base_url_needs_a_string() -> None:
    with pytest.raises(TypeError):
        seed_base_url(b"http://localhost:11434/api")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "host"),
    [
        ("http://localhost:11434/api", "http://localhost:11434"),
        ("http://localhost:11434/api/", "http://localhost:11434"),
        ("http://localhost:11434/api//", "http://localhost:11434"),
        ("http://localhost:11434/API", "http://localhost:11434"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("https://proxy.example/ollama/api", "https://proxy.example/ollama"),
        ("https://proxy.example/ollama", "https://proxy.example/ollama"),
        ("http://api", "http://api"),
        ("http://api:11434/api", "http://api:11434"),
        ("localhost:11434/api", "localhost:11434"),
        ("http://h/apis", "http://h/apis"),
        ("http://h/v1/api/x", "http://h/v1/api/x"),
    ],
)
def test_client_host_drops_the_api_segment_only(given: str, host: str) -> None:
    assert client_host(given) == host


# --- options ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("options", [None, {}, {"seed": None}, {"mirostat": 1, "tfs_z": 0.5}])
def test_options_with_nothing_to_send(options: dict[str, Any] | None) -> None:
    assert compat_options(options) is None


def test_options_are_converted_as_pydantic_did() -> None:
    options = {
        "num_predict": "5",
        "seed": 42.0,
        "temperature": 1,
        "top_p": "0.5",
        "use_mmap": "true",
        "stop": ("a", "b"),
        "numa": True,
    }
    assert compat_options(options) == {
        "num_predict": 5,
        "seed": 42,
        "temperature": 1.0,
        "top_p": 0.5,
        "use_mmap": True,
        "stop": ["a", "b"],
    }


def test_every_seed_only_option_is_dropped() -> None:
    assert compat_options(dict.fromkeys(SEED_ONLY_OPTIONS, 1)) is None
    assert "temperature" not in SEED_ONLY_OPTIONS


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"num_tokens": 10}, "num_tokens"),  # the seed README's example: rejected there too
        ({"invalid": None}, "invalid"),
        ({"stop": "x"}, "list of strings"),
        ({"stop": ["x", 1]}, "list of strings"),
        ({"num_predict": 1.5}, "int"),
        ({"num_predict": True}, "int"),
        ({"seed": "abc"}, "integer"),
        ({"temperature": "hot"}, "number"),
        ({"use_mmap": "maybe"}, "true or false"),
        ({"use_mmap": 2}, "bool"),
    ],
)
def test_bad_options_raise_value_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message) as caught:
        compat_options(options)
    assert isinstance(caught.value, ValueError)


def test_options_must_be_a_mapping() -> None:
    with pytest.raises(InvalidArgumentError, match="dict"):
        compat_options([("seed", 1)])  # type: ignore[arg-type]


# --- format -----------------------------------------------------------------------------------------


def test_format_values() -> None:
    schema = {"type": "object"}
    assert check_format(None) is None
    assert check_format("json") == "json"
    copied = check_format(schema)
    assert copied == schema
    assert copied is not schema


@pytest.mark.parametrize("value", ["", "csv", "JSON", 1, ["json"]])
def test_other_formats_are_rejected(value: Any) -> None:
    with pytest.raises(ValueError, match="format must be"):
        check_format(value)


# --- messages ---------------------------------------------------------------------------------------


def test_image_is_read_as_images() -> None:
    original = {"role": "user", "content": "?", "image": "aGVsbG8="}
    assert compat_messages([original]) == [{"role": "user", "content": "?", "images": "aGVsbG8="}]
    assert "image" in original


def test_messages_that_today_s_ollama_accepts() -> None:
    generated = Message(role="user", content="hi")
    messages: list[Any] = [
        {"role": "User", "content": "case-insensitive, as Ollama"},
        {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": {}}}]},
        {"role": "tool", "content": "42", "tool_name": "f"},
        {"role": "user", "content": "no images", "images": []},
        generated,
    ]
    checked = compat_messages(messages)
    assert checked[3] == {"role": "user", "content": "no images"}
    assert checked[4] is generated


@pytest.mark.parametrize(
    ("messages", "message"),
    [
        ("hello", "list"),
        ({"role": "user", "content": "hi"}, "list"),
        (42, "list"),
        (["hi"], "dict"),
        ([{"role": "user", "content": "hi", "invalid_field": 1}], "invalid_field"),
        ([{"role": "bot", "content": "hi"}], "role"),
        ([{"content": "hi"}], "role"),
        ([{"role": "user"}], "content"),
        ([{"role": "user", "content": 5}], "content must be a str"),
        ([{"role": "user", "content": "?", "image": "a", "images": ["b"]}], "both"),
    ],
)
def test_bad_messages_raise_value_errors(messages: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compat_messages(messages)


# --- responses --------------------------------------------------------------------------------------


def test_blob_status_is_an_int_that_is_true_only_when_the_blob_exists() -> None:
    assert BlobStatus(200) == 200
    assert BlobStatus(200)
    assert BlobStatus(404) == 404
    assert not BlobStatus(404)
    assert repr(BlobStatus(404)) == "404"


def test_details_are_readable_as_format() -> None:
    details = {
        "parent_model": "",
        "format": "gguf",
        "family": "llama",
        "families": ["llama"],
        "parameter_size": "3.2B",
        "quantization_level": "Q4_K_M",
    }
    tag = {"name": "m:latest", "model": "m:latest", "modified_at": "2024-01-01T00:00:00Z", "size": 1}
    tag |= {"digest": "d", "details": details}
    listing = with_seed_details(ListResponse.from_dict({"models": [tag]}))
    model_details = listing.models[0].details
    assert isinstance(model_details, ModelDetails)
    assert model_details.format == "gguf"
    assert model_details["format"] == "gguf"
    assert repr(model_details).startswith("ModelDetails(")
    show = {"details": details, "modelfile": "FROM m", "model_info": {}, "modified_at": tag["modified_at"]}
    shown = with_seed_details(ShowResponse.from_dict(show))
    assert isinstance(shown.details, ModelDetails)
    assert shown.details.family == "llama"


# --- signatures -------------------------------------------------------------------------------------

_SEED_URL = "http://localhost:11434/api"
_EMPTY = inspect.Parameter.empty
# ollama-python 0.1.2's signatures (seed-library.md sections 2 to 4): (name, default) in order.
SEED_SIGNATURES: dict[tuple[type, str], list[tuple[str, Any]]] = {
    (GenerateAPI, "__init__"): [("model", _EMPTY), ("base_url", _SEED_URL)],
    (GenerateAPI, "generate"): [
        ("prompt", _EMPTY),
        ("images", None),
        ("options", None),
        ("system", None),
        ("stream", False),
        ("format", None),
        ("template", None),
        ("context", None),
        ("raw", False),
    ],
    (GenerateAPI, "generate_chat_completion"): [
        ("messages", _EMPTY),
        ("format", None),
        ("options", None),
        ("template", None),
        ("stream", False),
    ],
    (EmbeddingAPI, "__init__"): [("model", _EMPTY), ("base_url", _SEED_URL)],
    (EmbeddingAPI, "get_embedding"): [("prompt", _EMPTY), ("options", None)],
    (ModelManagementAPI, "__init__"): [("base_url", _SEED_URL)],
    (ModelManagementAPI, "create"): [
        ("name", _EMPTY),
        ("model_file", None),
        ("stream", False),
        ("path", None),
    ],
    (ModelManagementAPI, "check_blob_exists"): [("digest", _EMPTY)],
    (ModelManagementAPI, "create_blob"): [("digest", _EMPTY)],
    (ModelManagementAPI, "list_local_models"): [],
    (ModelManagementAPI, "show"): [("name", _EMPTY)],
    (ModelManagementAPI, "copy"): [("source", _EMPTY), ("destination", _EMPTY)],
    (ModelManagementAPI, "delete"): [("name", _EMPTY)],
    (ModelManagementAPI, "pull"): [("name", _EMPTY), ("insecure", None), ("stream", False)],
    (ModelManagementAPI, "push"): [("name", _EMPTY), ("insecure", None), ("stream", False)],
}


@pytest.mark.parametrize(
    ("owner", "method"), list(SEED_SIGNATURES), ids=[f"{o.__name__}.{m}" for o, m in SEED_SIGNATURES]
)
def test_signatures_start_with_the_seed_s_parameters(owner: type, method: str) -> None:
    parameters = list(inspect.signature(getattr(owner, method)).parameters.values())[1:]
    positional = [p for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    seed = SEED_SIGNATURES[(owner, method)]
    assert [(p.name, p.default) for p in positional[: len(seed)]] == seed
    assert all(p.default is not _EMPTY for p in parameters[len(seed) :])  # additions are optional


def test_every_exported_name_resolves() -> None:
    import ollama_openapi.compat as compat

    assert all(getattr(compat, name) is not None for name in compat.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = compat.Nope
