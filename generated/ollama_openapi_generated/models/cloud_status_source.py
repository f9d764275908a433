# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from enum import Enum


class CloudStatusSource(str, Enum):
    BOTH = "both"
    CONFIG = "config"
    ENV = "env"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
