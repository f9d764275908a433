"""Maintainer tools of ollama-openapi, kept out of the runtime wheel.

``audit``: compare openapi/ollama.yaml with a checkout of Ollama's Go source (``make spec-audit``).
``history``: annotate the spec with the Ollama release that added (or removed) each route and field
(``make spec-history``).
"""
