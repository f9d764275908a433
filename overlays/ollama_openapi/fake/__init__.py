"""A fake Ollama server for tests, demos and CI: ``from ollama_openapi.fake import FakeOllama``.

It speaks Ollama's HTTP protocol over real sockets (NDJSON streaming, error bodies and status codes as the
real server sends them), including the OpenAI- and Anthropic-compatible ``/v1`` routes (Server-Sent Events,
their error shapes, and the late errors Ollama loses), keeps models and blobs in memory, and answers
deterministically. Run it with
``python -m ollama_openapi.fake --port 11434`` or in-process with ``with FakeOllama() as server: ...``.

It misbehaves on demand, for tests of failure handling: slow generation and model loads, error answers
(:class:`ErrorReply`, ``server.fail_next``), stalls (:class:`Stall`, ``server.stall_next``), and streams
that fail part-way (``fail_streams_after``).
"""

from .faults import ErrorReply, Fault, Stall
from .server import FakeOllama

__all__ = ["ErrorReply", "FakeOllama", "Fault", "Stall"]
