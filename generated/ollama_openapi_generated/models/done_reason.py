# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from enum import Enum


class DoneReason(str, Enum):
    LENGTH = "length"
    LOAD = "load"
    STOP = "stop"
    UNLOAD = "unload"

    def __str__(self) -> str:
        return str(self.value)
