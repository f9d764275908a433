# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
"""Everything generated from ``openapi/ollama.yaml``: the models (``.models``), the spec itself
(``openapi.json``), the client methods (``_async/``, ``functions``) and the synchronous client derived
from the asynchronous one (``_sync/``). Import the public names from ``ollama_openapi``.
"""
