"""Every answer reads exactly as the official client's models read it (issue 26).

Each recorded answer (tests/data/recorded) and each answer of the fake is parsed by the official package's
model (``ollama==0.6.3``, a dev dependency) and by ours, and every way the official models are read is
compared: ``dict(r)``, iteration, ``r[key]``, ``r.get(key)``, ``key in r``, attribute access,
``model_dump()`` (with and without ``exclude_none``), ``model_dump_json()`` and the ``isinstance`` checks
frameworks make (a mapping field is a real ``dict``). Values must be equal and of the same JSON kind.
Ours may have more keys: the fields the spec declares and the official models lack (listed in README's
differences), and fields no spec knows yet.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import ollama
import pytest
from pydantic import BaseModel

import ollama_openapi
from ollama_openapi.fake import FakeOllama

RECORDED = Path(__file__).parent.parent / "data" / "recorded"
# The official client's model for each endpoint's answer (what its Client methods return).
OFFICIAL_ANSWER = {
    "api_chat": "ChatResponse",
    "api_generate": "GenerateResponse",
    "api_embed": "EmbedResponse",
    "api_embeddings": "EmbeddingsResponse",
    "api_show": "ShowResponse",
    "api_tags": "ListResponse",
    "api_ps": "ProcessResponse",
    "api_pull": "ProgressResponse",
    "api_push": "ProgressResponse",
    "api_create": "ProgressResponse",
}
_MISSING = object()


def _kind(value: Any) -> str:
    """The JSON kind of a value as a reader sees it (ByteSize is an int, a str enum a str)."""
    if value is None:
        return "null"
    for kind, types in (
        ("bool", bool),
        ("int", int),
        ("float", float),
        ("str", str),
        ("datetime", datetime.datetime),
        ("dict", dict),
        ("list", (list, tuple)),
    ):
        if isinstance(value, types):
            return kind
    return "model" if isinstance(value, BaseModel) or hasattr(value, "from_dict") else type(value).__name__


def _same(official: Any, ours: Any, path: str) -> None:
    """``ours`` reads as ``official`` at ``path``, recursively, by every access path."""
    assert _kind(ours) == _kind(official), f"{path}: {ours!r} is not of {official!r}'s kind"
    if isinstance(official, BaseModel):
        _same_model(official, ours, path)
    elif isinstance(official, dict):
        assert isinstance(ours, dict), f"{path}: not a dict"
        assert list(ours) == list(official), f"{path}: keys"
        for key, value in official.items():
            _same(value, ours[key], f"{path}[{key!r}]")
    elif isinstance(official, (list, tuple)):
        assert len(ours) == len(official), f"{path}: length"
        for index, (left, right) in enumerate(zip(official, ours, strict=True)):
            _same(left, right, f"{path}[{index}]")
    else:
        assert ours == official, f"{path}: {ours!r} != {official!r}"


def _same_model(official: Any, ours: Any, path: str) -> None:
    as_dict = dict(ours)
    official_dict = dict(official)
    missing = set(official_dict) - set(as_dict)
    assert not missing, f"{path}: dict() lacks {sorted(missing)}"
    assert {key for key, _ in ours} >= set(official_dict), f"{path}: iteration"
    for key, value in official_dict.items():
        where = f"{path}.{key}"
        _same(value, as_dict[key], where)
        assert (key in ours) == (key in official), f"{where}: `in`"
        try:
            expected = official[key]
        except KeyError:
            with pytest.raises(KeyError):
                ours[key]
        else:
            _same(expected, ours[key], f"{where} (by [])")
        _same(official.get(key), ours.get(key), f"{where} (by get)")
        _same(official.get(key, _MISSING), ours.get(key, _MISSING), f"{where} (by get with a default)")
        _same(getattr(official, key), getattr(ours, key), f"{where} (attribute)")
    for extra in set(as_dict) - set(official_dict):
        assert extra not in type(official).model_fields, f"{path}: {extra}"
    for exclude_none in (False, True):
        dumped = ours.model_dump(exclude_none=exclude_none)
        expected_dump = official.model_dump(exclude_none=exclude_none)
        _same_dump(expected_dump, dumped, f"{path}.model_dump(exclude_none={exclude_none})")
        _same_dump(
            json.loads(official.model_dump_json(exclude_none=exclude_none)),
            json.loads(ours.model_dump_json(exclude_none=exclude_none)),
            f"{path}.model_dump_json(exclude_none={exclude_none})",
        )


def _same_dump(official: Any, ours: Any, path: str) -> None:
    """Dumps agree on the official keys (ours may hold more) and on the values and their kinds."""
    if isinstance(official, dict) and not isinstance(official, BaseModel):
        assert type(ours) is dict, f"{path}: not a plain dict"
        assert set(ours) >= set(official), f"{path}: lacks {sorted(set(official) - set(ours))}"
        for key, value in official.items():
            _same_dump(value, ours[key], f"{path}[{key!r}]")
    elif isinstance(official, list):
        assert isinstance(ours, list), f"{path}: not a list"
        assert len(ours) == len(official), f"{path}: length"
        for index, (left, right) in enumerate(zip(official, ours, strict=True)):
            _same_dump(left, right, f"{path}[{index}]")
    else:
        assert _kind(ours) == _kind(official), f"{path}: {ours!r} is not of {official!r}'s kind"
        assert ours == official, f"{path}: {ours!r} != {official!r}"


def _compare(endpoint: str, document: dict[str, Any], where: str) -> None:
    name = OFFICIAL_ANSWER[endpoint]
    official = getattr(ollama, name).model_validate(document)
    ours = getattr(ollama_openapi, name).from_dict(document)
    _same_model(official, ours, where)


def _recorded() -> Iterator[Any]:
    manifest = json.loads((RECORDED / "manifest.json").read_text())
    for entry in manifest:
        if entry["http_status"] != 200 or entry["endpoint"] not in OFFICIAL_ANSWER:
            continue
        text = (RECORDED / entry["file"]).read_text()
        lines = text.splitlines() if entry["file"].endswith(".ndjson") else [text]
        documents = [json.loads(line) for line in lines if line.strip()]
        yield pytest.param(entry["endpoint"], documents, id=entry["file"])


RECORDED_ANSWERS = list(_recorded())


def test_the_recorded_corpus_has_every_answer_type() -> None:
    seen = {param.values[0] for param in RECORDED_ANSWERS}
    assert seen >= set(OFFICIAL_ANSWER) - {"api_push"}


@pytest.mark.parametrize(("endpoint", "documents"), RECORDED_ANSWERS)
def test_recorded_answers_read_as_the_official_ones(endpoint: str, documents: list[dict[str, Any]]) -> None:
    for index, document in enumerate(documents):
        if "error" in document:  # an in-band error line, raised by both clients, read by neither model
            continue
        _compare(endpoint, document, f"{endpoint}[{index}]")


def _fake_answers(url: str) -> Iterator[tuple[str, dict[str, Any]]]:
    tool = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather in a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
                "required": ["city", "days"],
            },
        },
    }
    user = [{"role": "user", "content": "What is the weather in Tokyo in 3 days?"}]
    requests: list[tuple[str, dict[str, Any]]] = [
        ("api_chat", {"model": "llama3.2", "messages": user, "tools": [tool]}),
        ("api_chat", {"model": "llama3.2", "messages": user, "tools": [tool], "stream": False}),
        (
            "api_chat",
            {"model": "qwen3", "messages": user, "think": True, "logprobs": True, "top_logprobs": 2},
        ),
        ("api_generate", {"model": "qwen3", "prompt": "Hi", "think": True, "stream": False}),
        ("api_generate", {"model": "llama3.2", "prompt": "Hi", "logprobs": True, "top_logprobs": 1}),
        ("api_embed", {"model": "all-minilm", "input": ["a", "b"]}),
        ("api_embeddings", {"model": "all-minilm", "prompt": "a"}),
        ("api_show", {"model": "llama3.2"}),
        ("api_show", {"model": "qwen3", "verbose": True}),
        ("api_tags", {}),
        ("api_ps", {}),
        ("api_pull", {"model": "all-minilm"}),
        ("api_pull", {"model": "all-minilm", "stream": False}),
        ("api_create", {"model": "mine", "from": "llama3.2", "system": "Be brief."}),
    ]
    with httpx.Client(base_url=url, timeout=60) as client:
        for endpoint, body in requests:
            path = "/" + endpoint.replace("_", "/", 1)
            answer = client.get(path) if endpoint in ("api_tags", "api_ps") else client.post(path, json=body)
            answer.raise_for_status()
            for line in answer.text.splitlines():
                if line.strip():
                    yield endpoint, json.loads(line)


def test_the_fakes_answers_read_as_the_official_ones() -> None:
    with FakeOllama(models=("llama3.2", "qwen3", "all-minilm"), strict=True, validate_responses=True) as fake:
        answers = list(_fake_answers(fake.url))
        assert fake.violations == []
    assert {endpoint for endpoint, _ in answers} == set(OFFICIAL_ANSWER) - {"api_push"}
    for index, (endpoint, document) in enumerate(answers):
        _compare(endpoint, document, f"fake {endpoint}[{index}]")


def test_bodyless_answers_read_as_the_official_ones() -> None:
    """copy and delete answer with no body; both clients return a status model of their own making."""
    with FakeOllama(models=("llama3.2",), strict=True, validate_responses=True) as fake:
        ours = ollama_openapi.Client(fake.url)
        official = ollama.Client(fake.url)
        _same_model(official.copy("llama3.2", "mine"), ours.copy("llama3.2", "yours"), "copy")
        _same_model(official.delete("mine"), ours.delete("yours"), "delete")
        ours.close()
        assert fake.violations == []
