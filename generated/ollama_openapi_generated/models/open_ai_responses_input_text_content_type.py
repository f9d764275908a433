# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from enum import Enum


class OpenAIResponsesInputTextContentType(str, Enum):
    INPUT_TEXT = "input_text"
    OUTPUT_TEXT = "output_text"

    def __str__(self) -> str:
        return str(self.value)
