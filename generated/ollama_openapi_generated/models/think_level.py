# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from enum import Enum


class ThinkLevel(str, Enum):
    HIGH = "high"
    LOW = "low"
    MAX = "max"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
