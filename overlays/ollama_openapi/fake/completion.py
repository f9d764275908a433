"""What a fake model "says": thinking, content tokens, tool calls and the final metrics.

A ``Completion`` is planned from a request before anything is streamed, then rendered either as NDJSON
chunks (one token per line, pre-encoded for speed) or as one aggregated document (``stream: false``).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .clock import now_ns, rfc3339_nano
from .pacing import Pacer
from .schema_instance import instance_for
from .textgen import logprob_entry, natural_length, seed_of, split_text, token_ids, words

_TOKEN_JSON_CACHE: dict[str, bytes] = {}
_CACHE_LIMIT = 50_000


def token_json(token: str) -> bytes:
    """JSON-encoded token, cached because the fake's vocabulary is small."""
    encoded = _TOKEN_JSON_CACHE.get(token)
    if encoded is None:
        encoded = json.dumps(token, ensure_ascii=False).encode()
        if len(_TOKEN_JSON_CACHE) < _CACHE_LIMIT:
            _TOKEN_JSON_CACHE[token] = encoded
    return encoded


def json_output(format_value: Any, hint: str, seed: int) -> str:
    """The complete JSON text for ``format`` (``"json"`` or a JSON Schema object)."""
    if isinstance(format_value, dict):
        return json.dumps(instance_for(format_value, hint), ensure_ascii=False)
    sentence = "".join(words(seed, 8))
    return json.dumps(
        {"answer": sentence, "confidence": round(0.5 + (seed % 50) / 100, 2)}, ensure_ascii=False
    )


@dataclass
class CompletionPlan:
    """The inputs that decide a completion."""

    model: str
    seed: int
    prompt_text: str
    num_predict: int | None
    stops: list[str]
    thinking: bool
    format_value: Any = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    logprobs: bool = False
    top_logprobs: int = 0
    context_length: int = 4096
    with_context: bool = True


class Completion:
    """A planned completion with lazily produced tokens and the bookkeeping for the final chunk.

    Args:
        plan: What to say.
        pacer: Spaces the tokens out in time (each waits in :meth:`count`); ``None``: no waiting.
        load_ns: How long the model took to load for this request (part of ``load_duration``).
    """

    def __init__(self, plan: CompletionPlan, *, pacer: Pacer | None = None, load_ns: int = 0) -> None:
        self.plan = plan
        self.pacer = pacer
        self.load_ns = load_ns
        self.started_ns = now_ns()
        self.eval_count = 0
        self.done_reason = "stop"
        self.prompt_eval_count = max(1, len(plan.prompt_text.split()) + 10)
        budget = plan.num_predict if plan.num_predict is not None and plan.num_predict >= 0 else None
        thinking_count = (6 + plan.seed % 10) if plan.thinking else 0
        if budget is not None:
            thinking_count = min(thinking_count, budget)
        self.thinking_tokens = list(words(seed_of("think", plan.seed), thinking_count))
        self._content_budget = None if budget is None else budget - thinking_count
        self._response_ids: list[int] = []
        self.first_token_ns = 0

    # Token streams ------------------------------------------------------------------------------------
    def content_tokens(self) -> Iterator[str]:
        """Content tokens, honouring ``num_predict`` (exactly that many, ``length``) and ``stop``."""
        plan = self.plan
        if plan.tool_calls:
            return iter(())
        if plan.format_value is not None:
            tokens: Iterator[str] = iter(
                split_text(json_output(plan.format_value, plan.prompt_text, plan.seed))
            )
            if self._content_budget is not None:
                tokens = self._limit(tokens, self._content_budget)
        elif self._content_budget is not None:
            tokens = words(plan.seed, self._content_budget)
            if self._content_budget >= 0:
                self.done_reason = "length"
        else:
            tokens = words(plan.seed, natural_length(plan.seed))
        if plan.stops:
            tokens = self._stop_at(tokens, plan.stops)
        return tokens

    def _limit(self, tokens: Iterator[str], budget: int) -> Iterator[str]:
        for produced, token in enumerate(itertools.islice(tokens, budget + 1)):
            if produced == budget:
                self.done_reason = "length"
                return
            yield token

    def _stop_at(self, tokens: Iterator[str], stops: list[str]) -> Iterator[str]:
        text = ""
        for token in tokens:
            combined = text + token
            hits = [combined.find(stop, max(0, len(text) - len(stop))) for stop in stops if stop]
            hits = [hit for hit in hits if hit >= 0]
            if hits:
                self.done_reason = "stop"
                cut = min(hits) - len(text)
                if cut > 0:
                    yield token[:cut]
                return
            text = combined[-64:]
            yield token

    def count(self, token: str) -> None:
        """Account for one token about to be emitted (eval_count and the response part of ``context``),
        first waiting until it is due when the generation is paced."""
        if not self.first_token_ns:
            self.first_token_ns = now_ns()
        if self.pacer is not None:
            self.pacer.next_token()
        self.eval_count += 1
        if self.plan.with_context and len(self._response_ids) < self.plan.context_length:
            self._response_ids.extend(token_ids(token) or [0])

    def logprob(self, token: str) -> dict[str, Any]:
        """The ``Logprob`` entry of an emitted token."""
        return logprob_entry(token, self.plan.seed, self.plan.top_logprobs)

    # Final chunk --------------------------------------------------------------------------------------
    def metrics(self) -> dict[str, int]:
        """The six metrics (integer nanoseconds), consistent with each other."""
        finished = now_ns()
        first = self.first_token_ns or finished
        load = self.load_ns + max(1, first - self.started_ns)
        prompt_eval = self.prompt_eval_count * 100_000
        evaluation = max(1, finished - first)
        return {
            "total_duration": load + prompt_eval + evaluation,
            "load_duration": load,
            "prompt_eval_count": self.prompt_eval_count,
            "prompt_eval_duration": prompt_eval,
            "eval_count": self.eval_count,
            "eval_duration": evaluation,
        }

    def context(self) -> list[int]:
        """Token ids of prompt and response, bounded by the context length."""
        ids = token_ids(self.plan.prompt_text) + self._response_ids
        return ids[-self.plan.context_length :]


class TimestampBytes:
    """``created_at`` as bytes for the hot streaming path."""

    @staticmethod
    def now() -> bytes:
        """The current time, RFC 3339 with nanoseconds."""
        return rfc3339_nano(now_ns()).encode()
