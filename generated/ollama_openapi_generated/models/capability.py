# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from enum import Enum


class Capability(str, Enum):
    AUDIO = "audio"
    COMPLETION = "completion"
    EMBEDDING = "embedding"
    IMAGE = "image"
    INSERT = "insert"
    THINKING = "thinking"
    TOOLS = "tools"
    VISION = "vision"

    def __str__(self) -> str:
        return str(self.value)
