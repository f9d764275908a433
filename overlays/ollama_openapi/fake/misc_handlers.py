"""Small endpoints: root, version, status, account, experimental web search/fetch and recommendations."""

from __future__ import annotations

from typing import Any

from .context import FakeContext
from .errors import ApiError
from .protocol import Body, JsonResponse, Request, Response, TextResponse

_RECOMMENDATIONS: list[dict[str, Any]] = [
    {
        "model": "kimi-k2.6:cloud",
        "description": (
            "State-of-the-art coding, long-horizon execution, and multimodal agent swarm capability"
        ),
        "context_length": 262144,
        "max_output_tokens": 262144,
    },
    {"model": "gemma4", "description": "Reasoning and code generation locally", "vram_bytes": 12000000000},
    {"model": "qwen3", "description": "Thinking and tool use in a compact model", "vram_bytes": 6000000000},
]


def root(context: FakeContext, request: Request) -> Response:
    """``GET``/``HEAD /``."""
    return TextResponse(200, "Ollama is running")


def version(context: FakeContext, request: Request) -> Response:
    """``GET``/``HEAD /api/version``."""
    return JsonResponse(200, {"version": context.config.version})


def status(context: FakeContext, request: Request) -> Response:
    """``GET /api/status``."""
    return JsonResponse(200, {"cloud": {"disabled": False, "source": "none"}})


def me(context: FakeContext, request: Request) -> Response:
    """``POST /api/me``: the signed-in account, or 401 with ``signin_url``."""
    if not context.config.signed_in:
        raise context.config.unauthorized()
    return JsonResponse(
        200,
        {
            "id": "00000000-0000-4000-8000-000000000001",
            "email": "fake@example.com",
            "name": "fake",
            "plan": "free",
        },
    )


def signout(context: FakeContext, request: Request) -> Response:
    """``POST /api/signout`` and ``DELETE /api/user/keys/{key}``: 200 ``null``, or 401 when not signed in."""
    if not context.config.signed_in:
        raise ApiError(401, "you are not currently signed in")
    context.config.signed_in = False
    return JsonResponse(200, None)


def web_search(context: FakeContext, request: Request) -> Response:
    """``POST /api/experimental/web_search``: deterministic results when signed in, else 401."""
    body = Body.parse(request.body, "WebSearchRequest")
    query = body.string("query")
    max_results = body.integer("max_results", 5) or 5
    if not context.config.signed_in:
        raise context.config.unauthorized()
    results = [
        {
            "title": f"{query} - result {index + 1}",
            "url": f"https://example.com/search/{index + 1}?q={query.replace(' ', '+')}",
            "content": f"Result {index + 1} about {query}.",
        }
        for index in range(min(max(max_results, 1), 10))
    ]
    return JsonResponse(200, {"results": results})


def web_fetch(context: FakeContext, request: Request) -> Response:
    """``POST /api/experimental/web_fetch``: a deterministic page when signed in, else 401."""
    body = Body.parse(request.body, "WebFetchRequest")
    url = body.string("url")
    if not context.config.signed_in:
        raise context.config.unauthorized()
    return JsonResponse(
        200,
        {"title": url, "content": f"Content of {url}.", "links": [f"{url.rstrip('/')}/about"]},
    )


def model_recommendations(context: FakeContext, request: Request) -> Response:
    """``GET /api/experimental/model-recommendations``."""
    return JsonResponse(200, {"recommendations": _RECOMMENDATIONS})
