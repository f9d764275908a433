"""``POST /api/embed`` and the legacy ``POST /api/embeddings``."""

from __future__ import annotations

import json
from typing import Any

from .clock import now_ns
from .context import FakeContext, require_name
from .errors import ApiError
from .protocol import Body, JsonResponse, Request, Response, check_options
from .registry import ModelRecord
from .running import load_model, requested_keep_alive
from .textgen import normalise, prompt_token_count, seed_of, unit_vector


def _check_name(model_text: str, status_when_empty: int) -> None:
    """Ollama's model reference check: an empty name is `status_when_empty` (404 on embed, 400 on
    embeddings), an invalid one a 400."""
    if not model_text.strip():
        raise ApiError(
            status_when_empty,
            "model is required" if status_when_empty == 400 else f"model '{model_text}' not found",
        )
    require_name(model_text)


def _resolve(context: FakeContext, model_text: str) -> ModelRecord:
    """The model, as the scheduler finds it (a missing one: ``handleScheduleError``'s 404)."""
    record = context.state.get_model(require_name(model_text))
    if record is None:
        raise ApiError(
            404, f"model {json.dumps(model_text, ensure_ascii=False)} not found, try pulling it first"
        )
    return record


def _inputs(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise ApiError(400, "invalid input type")


def embed(context: FakeContext, request: Request) -> Response:
    """``POST /api/embed``: one L2-normalised vector per input.

    ``dimensions`` truncates the vectors and re-normalises them.
    """
    started = now_ns()
    body = Body.parse(request.body, "EmbedRequest")
    model_text = body.string("model")
    keep_alive = requested_keep_alive(body)
    truncate = body.boolean("truncate", True)
    dimensions = body.integer("dimensions")
    options = body.mapping("options")
    _check_name(model_text, 404)
    inputs = _inputs(body.get("input"))
    record = _resolve(context, model_text)
    check_options(options)
    length = record.profile.embedding_length
    if dimensions < 0 or dimensions > length:
        raise ApiError(400, f"dimensions must be between 0 and {length}")
    loaded_ns = load_model(context, record, keep_alive, options)
    if not inputs:
        return JsonResponse(200, {"model": model_text, "embeddings": []})
    counts = [prompt_token_count(text) - 10 + 2 for text in inputs]
    limit = record.profile.context_length
    if not truncate and any(count > limit for count in counts):
        raise ApiError(400, "the input length exceeds the context length")
    vectors = [unit_vector(text, record.name.key, length) for text in inputs]
    if dimensions:
        vectors = [normalise(vector[:dimensions]) for vector in vectors]
    load_duration = loaded_ns + max(1, (now_ns() - started - loaded_ns) // 2)
    return JsonResponse(
        200,
        {
            "model": model_text,
            "embeddings": vectors,
            "total_duration": max(2, now_ns() - started),
            "load_duration": load_duration,
            "prompt_eval_count": sum(min(count, limit) for count in counts),
        },
    )


def embeddings(context: FakeContext, request: Request) -> Response:
    """``POST /api/embeddings`` (legacy): ``{"embedding": [...]}``, not normalised.

    An empty prompt only loads the model and returns ``[]``.
    """
    body = Body.parse(request.body, "EmbeddingRequest")
    model_text = body.string("model")
    prompt = body.string("prompt")
    keep_alive = requested_keep_alive(body)
    options = body.mapping("options")
    _check_name(model_text, 400)
    record = _resolve(context, model_text)
    check_options(options)
    load_model(context, record, keep_alive, options)
    if not prompt:
        return JsonResponse(200, {"embedding": []})
    vector = unit_vector(prompt, record.name.key, record.profile.embedding_length)
    scale = 5.0 + seed_of("scale", prompt) % 1000 / 100
    return JsonResponse(200, {"embedding": [value * scale for value in vector]})
