"""The models of the Ollama API (``.models``) and the spec they come from (``openapi.json``).

Generated from ``openapi/ollama.yaml`` by openapi-python-client; the methods that send requests are
generated into ``ollama_openapi`` (``Client`` and ``AsyncClient``).
"""
