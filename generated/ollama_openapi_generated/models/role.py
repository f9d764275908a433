# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from enum import Enum


class Role(str, Enum):
    ASSISTANT = "assistant"
    SYSTEM = "system"
    TOOL = "tool"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
