"""Benchmarks of ollama_openapi against the official ``ollama`` client, raw httpx and the seed library.

Run everything with ``python -m bench`` (see ``bench/run.py``); profile our hot paths with
``python -m bench.profile``. Every module here uses the standard library only, apart from the client
libraries each worker imports, so the seed library's own virtual environment can run the workers too.
"""
