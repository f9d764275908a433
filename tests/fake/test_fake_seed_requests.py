"""The seed document's raw ``requests`` examples (section 2), run against the fake after pulling llama3."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def api_base_url() -> Iterator[str]:
    """``http://<fake>/api/generate`` with llama3 pulled, as the document's examples assume."""
    with FakeOllama() as server:
        pulled = requests.post(
            f"{server.url}/api/pull", json={"model": "llama3", "stream": False}, timeout=10
        )
        assert pulled.json() == {"status": "success"}
        yield f"{server.url}/api/generate"


def test_basic_request_accumulates_the_streamed_lines(api_base_url: str) -> None:
    data = {"model": "llama3", "prompt": "Why is the sky blue?"}
    response = requests.post(api_base_url, json=data, timeout=10)
    assert response.status_code == 200
    full_response = ""
    for line in response.text.splitlines():
        completion = json.loads(line)  # the example prints a decode error for bad lines; there are none
        full_response += completion["response"]
    assert full_response
    single = requests.post(api_base_url, json={**data, "stream": False}, timeout=10).json()
    assert full_response == single["response"]


def test_streaming_with_iter_lines(api_base_url: str) -> None:
    data = {"model": "llama3", "prompt": "Why is the sky blue?"}
    response = requests.post(api_base_url, json=data, stream=True, timeout=10)
    parts: list[dict[str, Any]] = [json.loads(line.decode()) for line in response.iter_lines() if line]
    assert len(parts) > 2
    assert all(part["done"] is False and part["response"] for part in parts[:-1])
    assert parts[-1]["done"] is True
    assert parts[-1]["done_reason"] == "stop"


def test_advanced_parameters_without_streaming(api_base_url: str) -> None:
    data_with_options = {
        "model": "llama3",
        "prompt": "Why is the grass green?",
        "options": {"temperature": 0.9},
        "stream": False,
    }
    response = requests.post(api_base_url, json=data_with_options, timeout=10)
    assert response.ok
    completion = response.json()
    assert isinstance(completion["response"], str)
    assert completion["response"]


def test_raise_for_status(api_base_url: str) -> None:
    ok = requests.post(api_base_url, json={"model": "llama3", "prompt": "Why is the sky blue?"}, timeout=10)
    ok.raise_for_status()
    missing = requests.post(api_base_url, json={"model": "llama3.1", "prompt": "x"}, timeout=10)
    with pytest.raises(requests.exceptions.HTTPError, match="404"):
        missing.raise_for_status()


def generate_completion(
    url: str, model: str, prompt: str, options: dict[str, Any] | None = None, stream: bool = False
) -> Any:
    """The document's complete example (section 2.4); returns the streamed lines instead of printing."""
    headers = {"Content-Type": "application/json"}
    data: dict[str, Any] = {"model": model, "prompt": prompt, "stream": stream}
    if options:
        data["options"] = options
    response = requests.post(url, json=data, headers=headers, stream=stream, timeout=10)
    response.raise_for_status()
    if stream:
        return [json.loads(line.decode()) for line in response.iter_lines() if line]
    return response.json()


def test_complete_working_example(api_base_url: str) -> None:
    completion = generate_completion(api_base_url, "llama3", "Why is the sky blue?")
    assert completion["model"] == "llama3"
    assert completion["done"] is True
    assert completion["response"]
    lines = generate_completion(
        api_base_url, "llama3", "Why is the sky blue?", {"temperature": 0.9}, stream=True
    )
    assert "".join(line["response"] for line in lines) == completion["response"]
