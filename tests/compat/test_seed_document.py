# ruff: noqa: RUF001  (the document's Chinese prompts, full-width punctuation included)
"""Every ollama-python example of the seed document (sections 3.2 and 3.3) runs against a strict fake Ollama.

Each example is the document's code (`seed_examples`) with only the import line and the server address
changed, plus concrete values for the document's placeholders. What it prints is compared with what the
same request through a plain `Client` returns, so the examples print what the document says they print:
the completion text, each streamed chunk, the chat message, the status of each step, the model list.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from ollama_openapi import Client
from ollama_openapi.fake import FakeOllama

from . import seed_examples as ex

pytestmark = pytest.mark.timeout(60)

# A 1x1 PNG: what '图片的Base64编码' ("the image's base64") stands for.
PNG_BASE64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def statuses(output: str) -> list[str]:
    return output.splitlines()


def test_section_3_2_complete_script(
    base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    reference.pull("llama3.1")
    ex.run_example(ex.SECTION_3_2, base_url)
    completion = reference.generate("llama3.1", "Why is the sky blue?").response
    models = reference.list().models
    expected = f"Generated Completion for 'Why is the sky blue?': {completion}\nLocal Models:\n"
    expected += "".join(f"{model}\n" for model in models)
    output = capsys.readouterr().out
    assert output == expected
    assert "name='llama3.1:latest'" in output
    assert "An error occurred" not in output


def test_section_3_2_reports_a_missing_model_like_the_script_expects(
    base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ex.run_example(ex.SECTION_3_2, base_url)  # nothing pulled: the script's except branch prints the error
    output = capsys.readouterr().out
    assert output.startswith("An error occurred while generating completion: ")
    assert "model 'llama3.1' not found" in output
    assert output.endswith("Local Models:\n")


def test_generate(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    namespace = ex.run_example(ex.GENERATE, base_url)
    expected = reference.generate("llama3.1", "Hello World").response
    assert expected
    assert capsys.readouterr().out == expected + "\n"
    assert namespace["result"].done is True


def test_generate_streaming(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    ex.run_example(ex.GENERATE_STREAM, base_url)
    chunks = list(reference.generate("llama3.1", "Hello World", stream=True))
    assert len(chunks) > 2
    output = capsys.readouterr().out
    assert output == "".join(f"{chunk.response}\n" for chunk in chunks)
    assert output.replace("\n", "") == reference.generate("llama3.1", "Hello World").response


def test_chat(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    namespace = ex.run_example(ex.CHAT, base_url)
    assert capsys.readouterr().out == ""  # the example prints nothing
    expected = reference.chat("llama3.1", [{"role": "user", "content": "为什么天空是蓝色的？"}]).message
    message = namespace["result"].message
    assert message.role == "assistant"
    assert message.content == expected.content
    assert message.content


def test_chat_streaming(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    ex.run_example(ex.CHAT_STREAM, base_url)
    messages = [{"role": "user", "content": "为什么天空是蓝色的？"}]
    chunks = list(reference.chat("llama3.1", messages, stream=True))
    output = capsys.readouterr().out
    assert output == "".join(f"{chunk.message}\n" for chunk in chunks)
    assert output.count("Message(role='assistant'") == len(chunks) > 2


def test_chat_with_image(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llava")
    ex.run_example(ex.CHAT_WITH_IMAGE, base_url, {"图片的Base64编码": PNG_BASE64})
    sent = {"role": "user", "content": "这张图片里有什么？", "images": [PNG_BASE64]}
    expected = reference.chat("llava", [sent]).message
    assert capsys.readouterr().out == f"{expected}\n"
    assert expected.content


def test_embedding(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    namespace = ex.run_example(ex.EMBEDDING, base_url)
    assert capsys.readouterr().out == ""
    expected = reference.embeddings("llama3.1", "Hello World", options={"seed": 10}).embedding
    assert namespace["result"].embedding == expected
    assert expected is not None
    assert len(expected) > 100
    assert all(isinstance(value, float) for value in expected)


@pytest.fixture
def modelfile_path(tmp_path: Path) -> str:
    """What '模型文件路径' ("the model file's path") stands for: a Modelfile on this machine."""
    path = tmp_path / "Modelfile"
    path.write_text('FROM llama3.1\nSYSTEM """You are Mario."""\nPARAMETER temperature 0.7\n', "utf-8")
    return str(path)


def test_create_from_a_modelfile_path(base_url: str, reference: Client, modelfile_path: str) -> None:
    reference.pull("llama3.1")
    namespace = ex.run_example(ex.CREATE, base_url, {"模型文件路径": modelfile_path})
    assert namespace["result"].status == "success"
    shown = reference.show("test_model")
    assert shown.system == "You are Mario."
    assert "temperature" in str(shown.parameters)
    assert "test_model:latest" in [model.name for model in reference.list().models]


def test_create_from_modelfile_text(base_url: str, reference: Client) -> None:
    namespace = ex.run_example(ex.CREATE, base_url, {"模型文件路径": "FROM llama3.1\\nSYSTEM Be brief."})
    assert namespace["result"].status == "success"
    assert reference.show("test_model").system == "Be brief."


def test_create_streaming(
    base_url: str, reference: Client, modelfile_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    reference.pull("llama3.1")
    ex.run_example(ex.CREATE_STREAM, base_url, {"模型文件路径": modelfile_path})
    lines = statuses(capsys.readouterr().out)
    assert lines[-2:] == ["writing manifest", "success"]
    assert any(line.startswith("using existing layer sha256:") for line in lines)
    assert any(line.startswith("creating new layer sha256:") for line in lines)


def test_list_local_models(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    reference.pull("all-minilm")
    ex.run_example(ex.LIST, base_url)
    output = capsys.readouterr().out
    assert output == f"{reference.list().models}\n"
    assert "name='llama3.1:latest'" in output
    assert "name='all-minilm:latest'" in output


def test_show(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    reference.pull("llama3.1")
    ex.run_example(ex.SHOW, base_url, {"模型名称": "llama3.1"})
    output = capsys.readouterr().out
    assert output == f"{reference.show('llama3.1').details}\n"
    assert output.startswith("ModelDetails(")
    assert "family='llama'" in output


def test_copy(base_url: str, reference: Client) -> None:
    reference.pull("llama3.1")
    placeholders = {"原模型名称": "llama3.1", "复制的目标模型名称": "my-llama"}
    namespace = ex.run_example(ex.COPY, base_url, placeholders)
    assert namespace["result"] == 200
    names = {model.name for model in reference.list().models}
    assert names == {"llama3.1:latest", "my-llama:latest"}


def test_delete(base_url: str, reference: Client) -> None:
    reference.pull("llama3.1")
    reference.pull("llava")
    ex.run_example(ex.DELETE, base_url, {"要删除的模型名称": "llama3.1"})
    assert [model.name for model in reference.list().models] == ["llava:latest"]


def test_pull(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    ex.run_example(ex.PULL, base_url, {"模型名称": "llama3.1"})
    assert capsys.readouterr().out == "success\n"
    assert [model.name for model in reference.list().models] == ["llama3.1:latest"]


def test_pull_streaming(base_url: str, reference: Client, capsys: pytest.CaptureFixture[str]) -> None:
    ex.run_example(ex.PULL_STREAM, base_url, {"模型名称": "llama3.1"})
    lines = statuses(capsys.readouterr().out)
    assert lines[0] == "pulling manifest"
    assert lines[-3:] == ["verifying sha256 digest", "writing manifest", "success"]
    assert any(line.startswith("pulling ") and line != "pulling manifest" for line in lines)
    assert [model.name for model in reference.list().models] == ["llama3.1:latest"]


@pytest.fixture
def own_model(reference: Client) -> str:
    """What '模型名称' stands for when pushing: a model in the user's own namespace."""
    reference.pull("llama3.1")
    reference.copy("llama3.1", "kenny/llama3.1")
    return "kenny/llama3.1"


def test_push(base_url: str, own_model: str, capsys: pytest.CaptureFixture[str]) -> None:
    ex.run_example(ex.PUSH, base_url, {"模型名称": own_model})
    assert capsys.readouterr().out == "success\n"


def test_push_streaming(base_url: str, own_model: str, capsys: pytest.CaptureFixture[str]) -> None:
    ex.run_example(ex.PUSH_STREAM, base_url, {"模型名称": own_model})
    lines = statuses(capsys.readouterr().out)
    assert lines[0] == "retrieving manifest"
    assert lines[-2:] == ["pushing manifest", "success"]
    assert "starting upload" in lines


@pytest.mark.parametrize("spelling", ["{url}/api", "{url}/api/", "{url}", "{url}/"])
def test_examples_work_with_or_without_api_in_base_url(
    server: FakeOllama, reference: Client, spelling: str, capsys: pytest.CaptureFixture[str]
) -> None:
    reference.pull("llama3.1")
    ex.run_example(ex.GENERATE, spelling.format(url=server.url))
    assert capsys.readouterr().out == reference.generate("llama3.1", "Hello World").response + "\n"


def test_png_placeholder_is_a_real_image() -> None:
    assert base64.b64decode(PNG_BASE64).startswith(b"\x89PNG\r\n\x1a\n")
