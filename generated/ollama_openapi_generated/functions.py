# @generated from openapi/ollama.yaml by scripts/generate_methods.py (templates/methods/functions.py.jinja): do not edit; run `make generate`.
"""The client's methods as module-level functions, as the official ``ollama`` package offers them.

``ollama_openapi.chat(...)`` is ``Client().chat(...)`` on a default client, made on the first call
(not at import; ``OLLAMA_HOST`` is read then) and shared by every thread. Configure your own
`Client` for anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = [
    "blob_exists",
    "chat",
    "copy",
    "create",
    "create_blob",
    "delete",
    "embed",
    "embeddings",
    "generate",
    "is_running",
    "list",
    "model_recommendations",
    "ps",
    "pull",
    "push",
    "show",
    "signout",
    "status",
    "version",
    "web_fetch",
    "web_search",
    "whoami",
]

if TYPE_CHECKING:
    from ollama_openapi_generated._sync.client import Client

    _client = Client()  # for the type checker only: never made at run time
    blob_exists = _client.blob_exists
    chat = _client.chat
    copy = _client.copy
    create = _client.create
    create_blob = _client.create_blob
    delete = _client.delete
    embed = _client.embed
    embeddings = _client.embeddings
    generate = _client.generate
    is_running = _client.is_running
    list = _client.list
    model_recommendations = _client.model_recommendations
    ps = _client.ps
    pull = _client.pull
    push = _client.push
    show = _client.show
    signout = _client.signout
    status = _client.status
    version = _client.version
    web_fetch = _client.web_fetch
    web_search = _client.web_search
    whoami = _client.whoami
else:

    def __getattr__(name: str) -> object:
        # Each function is made on first use, so that importing the package stays cheap.
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from ollama_openapi._default import function

        value = globals()[name] = function(name)
        return value
