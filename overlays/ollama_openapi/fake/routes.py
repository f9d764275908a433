"""The route table of the fake: the same method+path set as Ollama's ``/`` and ``/api`` routes, matched
the way gin v1.10 (Ollama's router) matches them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final

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


# In Ollama's registration order (GenerateRoutes), which orders the methods of an ``Allow`` header.
ROUTES: tuple[Route, ...] = (
    Route("HEAD", "/", misc_handlers.root),
    Route("GET", "/", misc_handlers.root),
    Route("HEAD", "/api/version", misc_handlers.version),
    Route("GET", "/api/version", misc_handlers.version),
    Route("GET", "/api/status", misc_handlers.status),
    Route("POST", "/api/pull", model_handlers.pull),
    Route("POST", "/api/push", model_handlers.push),
    Route("HEAD", "/api/tags", model_handlers.tags),
    Route("GET", "/api/tags", model_handlers.tags),
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


NOT_SERVED: Final[Mapping[str, str]] = {}
"""Operations of the spec the fake deliberately does not serve, ``"METHOD /path"`` -> why (none today)."""

_ADD_A_HANDLER: Final = (
    "add a handler (a function (FakeContext, Request) -> Response) in overlays/ollama_openapi/fake/ "
    "and its Route in ROUTES of overlays/ollama_openapi/fake/routes.py, or list it in NOT_SERVED "
    "there with the reason"
)


def unserved(operations: Iterable[tuple[str, str]]) -> list[str]:
    """What is missing for each operation (method, path template) of the spec that the fake neither
    serves nor lists in `NOT_SERVED`: one message per operation, saying what to add and where."""
    served = {(route.method, route.template) for route in ROUTES}
    return [
        f"the fake has no route for {method} {path}: {_ADD_A_HANDLER}"
        for method, path in operations
        if (method, path) not in served and f"{method} {path}" not in NOT_SERVED
    ]


def spec_operations(spec: Mapping[str, object]) -> list[tuple[str, str]]:
    """The (method, path template) of every operation of an OpenAPI document."""
    paths = spec.get("paths")
    if not isinstance(paths, Mapping):
        return []
    methods = ("get", "head", "post", "put", "patch", "delete", "options", "trace")
    return [
        (method.upper(), path)
        for path, item in paths.items()
        if isinstance(item, Mapping)
        for method in methods
        if method in item
    ]


_METHOD_ORDER: tuple[str, ...] = tuple(dict.fromkeys(route.method for route in ROUTES))
"""gin's method trees, in the order their first route was registered."""


class RouteNotFound(Exception):
    """No route has this path (gin: 404 ``404 page not found``)."""


class MethodNotAllowed(Exception):
    """The path exists with other methods (gin: 405 ``405 method not allowed``)."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


class TrailingSlashRedirect(Exception):
    """The path has a trailing slash the route lacks (gin's ``RedirectTrailingSlash``): 301 for GET,
    307 for any other method, to `location`."""

    def __init__(self, location: str, status: int) -> None:
        super().__init__(location)
        self.location = location
        self.status = status


def _split(path: str) -> list[str] | None:
    """The segments of an absolute path, as gin's tree matches them (None when it cannot match)."""
    if not path.startswith("/"):
        return None
    return path[1:].split("/") if path != "/" else []


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


def _lookup(method: str, parts: list[str] | None) -> tuple[Route, dict[str, str]] | None:
    if parts is None:
        return None
    for route in ROUTES:
        if route.method == method:
            params = _match(route, parts)
            if params is not None:
                return route, params
    return None


def find_route(method: str, path: str, query: str = "") -> tuple[Route, dict[str, str]]:
    """The route for ``method`` and ``path`` plus its path parameters, matched as gin does: exactly,
    segment by segment (``/api/tags/`` is not ``/api/tags``).

    Raises:
        TrailingSlashRedirect: Only a trailing slash keeps the path from a route of this method.
        MethodNotAllowed: Other methods register the path (their list, for the ``Allow`` header).
        RouteNotFound: Nothing matches.
    """
    parts = _split(path)
    found = _lookup(method, parts)
    if found is not None:
        return found
    if path != "/" and path.endswith("/") and method != "CONNECT" and _lookup(method, _split(path[:-1])):
        location = path[:-1] + (f"?{query}" if query else "")
        raise TrailingSlashRedirect(location, 301 if method == "GET" else 307)
    allowed = [other for other in _METHOD_ORDER if other != method and _lookup(other, parts)]
    if allowed:
        raise MethodNotAllowed(allowed)
    raise RouteNotFound
