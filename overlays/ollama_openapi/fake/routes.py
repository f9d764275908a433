"""The route table of the fake: the same method+path set as Ollama's ``/`` and ``/api`` routes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import (
    anthropic_compat,
    embeddings,
    inference,
    misc_handlers,
    model_handlers,
    openai_compat,
    openai_responses,
    running,
    show,
)
from .context import FakeContext
from .protocol import Request, Response

EndpointFunction = Callable[[FakeContext, Request], Response]


@dataclass(frozen=True)
class Route:
    """One method+path; ``template`` uses OpenAPI ``{param}`` syntax so the spec can be looked up with it."""

    method: str
    template: str
    endpoint: EndpointFunction
    raw_body: bool = False

    @property
    def segments(self) -> list[str]:
        """Path segments of the template."""
        return self.template.strip("/").split("/") if self.template != "/" else []


ROUTES: tuple[Route, ...] = (
    Route("GET", "/", misc_handlers.root),
    Route("HEAD", "/", misc_handlers.root),
    Route("GET", "/api/version", misc_handlers.version),
    Route("HEAD", "/api/version", misc_handlers.version),
    Route("GET", "/api/status", misc_handlers.status),
    Route("POST", "/api/pull", model_handlers.pull),
    Route("POST", "/api/push", model_handlers.push),
    Route("GET", "/api/tags", model_handlers.tags),
    Route("HEAD", "/api/tags", model_handlers.tags),
    Route("POST", "/api/show", show.show),
    Route("DELETE", "/api/delete", model_handlers.delete),
    Route("POST", "/api/me", misc_handlers.me),
    Route("POST", "/api/signout", misc_handlers.signout),
    Route("DELETE", "/api/user/keys/{encodedKey}", misc_handlers.signout),
    Route("POST", "/api/create", model_handlers.create),
    Route("POST", "/api/blobs/{digest}", model_handlers.upload_blob, raw_body=True),
    Route("HEAD", "/api/blobs/{digest}", model_handlers.head_blob),
    Route("POST", "/api/copy", model_handlers.copy),
    Route("POST", "/api/experimental/web_search", misc_handlers.web_search),
    Route("POST", "/api/experimental/web_fetch", misc_handlers.web_fetch),
    Route("GET", "/api/experimental/model-recommendations", misc_handlers.model_recommendations),
    Route("GET", "/api/ps", running.ps),
    Route("POST", "/api/generate", inference.generate),
    Route("POST", "/api/chat", inference.chat),
    Route("POST", "/api/embed", embeddings.embed),
    Route("POST", "/api/embeddings", embeddings.embeddings),
    Route("POST", "/v1/chat/completions", openai_compat.chat_completions),
    Route("POST", "/v1/completions", openai_compat.completions),
    Route("POST", "/v1/embeddings", openai_compat.embeddings),
    Route("GET", "/v1/models", openai_compat.list_models),
    Route("GET", "/v1/models/{model}", openai_compat.retrieve_model),
    Route("POST", "/v1/responses", openai_responses.responses),
    Route("POST", "/v1/audio/transcriptions", openai_compat.transcriptions),
    Route("POST", "/v1/messages", anthropic_compat.messages),
)


class RouteNotFound(Exception):
    """No route has this path (gin: 404 ``404 page not found``)."""


class MethodNotAllowed(Exception):
    """The path exists with other methods (gin: 405 ``405 method not allowed``)."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


def _match(route: Route, parts: list[str]) -> dict[str, str] | None:
    segments = route.segments
    if len(segments) != len(parts):
        return None
    params: dict[str, str] = {}
    for segment, part in zip(segments, parts, strict=True):
        if segment.startswith("{") and segment.endswith("}"):
            if not part:
                return None
            params[segment[1:-1]] = part
        elif segment != part:
            return None
    return params


def find_route(method: str, path: str) -> tuple[Route, dict[str, str]]:
    """The route for ``method`` and ``path`` (without query) plus its path parameters."""
    parts = path.strip("/").split("/") if path.strip("/") else []
    allowed: list[str] = []
    for route in ROUTES:
        params = _match(route, parts)
        if params is None:
            continue
        if route.method == method:
            return route, params
        allowed.append(route.method)
    if allowed:
        raise MethodNotAllowed(sorted(set(allowed)))
    raise RouteNotFound
