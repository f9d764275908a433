# ruff: noqa: RUF001  (the examples are verbatim Chinese text, full-width punctuation included)
"""The examples of sections 3.2 and 3.3 of the seed document ("在 ollama-python 中使用 Ollama API"), verbatim.

Indented examples are dedented; nothing else is changed. `adapt` makes the only changes the migration
asks for (the import line and the server address) plus, where the document writes a placeholder
(``"模型名称"``, "model name"), the concrete value the test passes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SEED_IMPORT = "from ollama_python.endpoints import"
COMPAT_IMPORT = "from ollama_openapi.compat import"
SEED_BASE_URL = "http://localhost:11434/api"

SECTION_3_2 = """\
# 引入所需的模块
from ollama_python.endpoints import GenerateAPI, ModelManagementAPI
import json

# 定义函数来初始化 API 客户端
def initialize_api_client(base_url, model_name):
    # 根据提供的基本信息初始化 GenerateAPI 和 ModelManagementAPI 客户端
    generate_api = GenerateAPI(base_url=base_url, model=model_name)
    model_management_api = ModelManagementAPI(base_url=base_url)
    return generate_api, model_management_api

# 主函数
def main():
    # 设置 API 的基础 URL 和使用的模型名称
    base_url = "http://localhost:11434/api"
    model_name = "llama3.1"

    # 初始化 API 客户端
    generate_api, model_management_api = initialize_api_client(base_url, model_name)

    # 使用 GenerateAPI 客户端生成文本补全
    try:
        prompt = "Why is the sky blue?"
        response = generate_api.generate(prompt=prompt)
        print(f"Generated Completion for '{prompt}': {response.response}")
    except Exception as e:
        print(f"An error occurred while generating completion: {e}")

    # 使用 ModelManagementAPI 客户端列出本地模型
    try:
        models = model_management_api.list_local_models()
        print("Local Models:")
        for model in models.models:
            print(model)
    except Exception as e:
        print(f"An error occurred while listing local models: {e}")

# 检查脚本是否作为主程序运行
if __name__ == "__main__":
    main()
"""

GENERATE = """\
from ollama_python.endpoints import GenerateAPI

api = GenerateAPI(base_url="http://localhost:11434/api", model="llama3.1")
result = api.generate(prompt="Hello World")
print(result.response)
"""

GENERATE_STREAM = """\
from ollama_python.endpoints import GenerateAPI

# 初始化 GenerateAPI 客户端
api = GenerateAPI(base_url="http://localhost:11434/api", model="llama3.1")
# 生成文本，使用流式传输
for res in api.generate(prompt="Hello World", stream=True):
    print(res.response)  # 打印流式响应
"""

CHAT = """\
from ollama_python.endpoints import GenerateAPI

# 初始化 GenerateAPI 客户端
api = GenerateAPI(base_url="http://localhost:11434/api", model="llama3.1")
# 准备聊天消息
messages = [{'role': 'user', 'content': '为什么天空是蓝色的？'}]
# 生成聊天补全，不使用流式传输
result = api.generate_chat_completion(messages=messages)
"""

CHAT_STREAM = """\
from ollama_python.endpoints import GenerateAPI

# 初始化 GenerateAPI 客户端
api = GenerateAPI(base_url="http://localhost:11434/api", model="llama3.1")
# 准备聊天消息
messages = [{'role': 'user', 'content': '为什么天空是蓝色的？'}]
# 生成聊天补全，使用流式传输
for res in api.generate_chat_completion(messages=messages, stream=True):
    print(res.message)  # 打印流式响应中的聊天消息
"""

CHAT_WITH_IMAGE = """\
from ollama_python.endpoints import GenerateAPI

# 初始化 GenerateAPI 客户端，使用支持多模态的模型
api = GenerateAPI(base_url="http://localhost:11434/api", model="llava")
# 准备包含图片的聊天消息
messages = [{'role': 'user', 'content': '这张图片里有什么？', 'image': '图片的Base64编码'}]
# 生成聊天补全，处理图片
result = api.generate_chat_completion(messages=messages)
print(result.message)  # 打印包含图片处理结果的聊天消息
"""

EMBEDDING = """\
from ollama_python.endpoints import EmbeddingAPI

# 初始化 EmbeddingAPI 客户端
api = EmbeddingAPI(base_url="http://localhost:11434/api", model="llama3.1")
# 生成文本嵌入，设置随机种子以复现结果
result = api.get_embedding(prompt="Hello World", options={"seed": 10})
"""

CREATE = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 创建模型
result = api.create(name="test_model", model_file="模型文件路径")
"""

CREATE_STREAM = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 创建模型，使用流式传输
for res in api.create(name="test_model", model_file="模型文件路径", stream=True):
    print(res.status)  # 打印创建过程中的状态信息
"""

LIST = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 列出本地模型
result = api.list_local_models()
print(result.models)  # 打印本地模型列表
"""

SHOW = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 显示模型信息
result = api.show(name="模型名称")
print(result.details)  # 打印模型详细信息
"""

COPY = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 复制模型
result = api.copy(source="原模型名称", destination="复制的目标模型名称")
"""

DELETE = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 删除模型
api.delete(name="要删除的模型名称")
"""

PULL = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 拉取模型
result = api.pull(name="模型名称")
print(result.status)  # 打印拉取状态
"""

PULL_STREAM = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 拉取模型，使用流式传输
for res in api.pull(name="模型名称", stream=True):
    print(res.status)  # 打印流式传输中的拉取状态
"""

PUSH = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 推送模型
result = api.push(name="模型名称")
print(result.status)  # 打印推送状态
"""

PUSH_STREAM = """\
from ollama_python.endpoints import ModelManagementAPI

# 初始化 ModelManagementAPI 客户端
api = ModelManagementAPI(base_url="http://localhost:11434/api")
# 推送模型，使用流式传输
for res in api.push(name="模型名称", stream=True):
    print(res.status)  # 打印流式传输中的推送状态
"""


def adapt(source: str, base_url: str, placeholders: Mapping[str, str] | None = None) -> str:
    """The example with only its import line, its server address and the given placeholders changed."""
    assert source.count(SEED_IMPORT) == 1, "an example imports from ollama_python.endpoints once"
    assert SEED_BASE_URL in source
    code = source.replace(SEED_IMPORT, COMPAT_IMPORT).replace(SEED_BASE_URL, base_url)
    for placeholder, value in (placeholders or {}).items():
        assert placeholder in code, f"placeholder {placeholder!r} not in the example"
        code = code.replace(placeholder, value)
    return code


def run_example(source: str, base_url: str, placeholders: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Run the adapted example as a script (``__name__ == "__main__"``); return its global variables."""
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(adapt(source, base_url, placeholders), "<seed document example>", "exec"), namespace)
    return namespace
