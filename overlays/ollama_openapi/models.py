"""Every request and response model of the Ollama API, as generated from ``openapi/ollama.yaml``.

These are the attrs classes of the generated package ``ollama_openapi_generated.models``, re-exported
under the public name. Each has ``from_dict()`` and ``to_dict()``; fields the spec does not know yet
are kept in ``additional_properties``.
"""

from ollama_openapi_generated.models import *  # noqa: F403
from ollama_openapi_generated.models import __all__ as __all__
