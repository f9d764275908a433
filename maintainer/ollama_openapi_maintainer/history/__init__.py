"""``make spec-history``: the Ollama release that added (and removed) each route, field and enum value.

Runs the auditor's Go reader over every release tag of a clone of ollama/ollama and writes into
openapi/ollama.yaml ``x-ollama-since`` (and ``x-ollama-removed``) on every operation and property,
``x-ollama-enum-since`` on every schema with an enum, and ``x-ollama-since`` on a ``oneOf``/``anyOf``
variant that a field accepted only later. See `ollama_openapi_maintainer.history.cli`.
"""
