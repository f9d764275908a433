"""Collect the JSON bodies Ollama's own tests send to (or expect from) the /v1 routes, as test data.

``python -m ollama_openapi_maintainer.v1_bodies --ollama-src DIR --out tests/data/v1_go_bodies.json``
reads the ``_test.go`` files of ``openai/``, ``anthropic/`` and ``middleware/``, finds every raw string
literal that is a JSON object, and records it with the spec schema it is a body of (decided by the
test function and the body's keys) and whether Go accepts it or refuses it (the literal's test case
expects an error: an ``err:`` field, ``wantErr: true``, or an ``if err == nil`` failure). The output
is data (the facts of Ollama's tests), checked by tests/contract/test_v1_go_bodies.py against the
spec; a literal that fits no rule is counted, not guessed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ollama_openapi_maintainer.audit.go_source import _Token, _tokenize, _unquote

TEST_FILES = (
    "middleware/openai_test.go",
    "middleware/anthropic_test.go",
    "middleware/openai_encoding_format_test.go",
    "middleware/responses_web_search_test.go",
    "openai/openai_test.go",
    "openai/responses_test.go",
    "anthropic/anthropic_test.go",
)

# Test function (prefix) -> the schema its JSON literals are bodies of; None: decide by the keys.
FUNCTION_SCHEMAS: tuple[tuple[str, str | None], ...] = (
    ("TestChatMiddleware", "OpenAIChatCompletionRequest"),
    ("TestCompletionsMiddleware", "OpenAICompletionRequest"),
    ("TestEmbeddingsMiddleware", "OpenAIEmbeddingRequest"),
    ("TestResponsesInputMessage", "OpenAIResponsesInputMessage"),
    ("TestUnmarshalResponsesInputItem", "OpenAIResponsesInputItem"),
    ("TestResponsesInput_", None),
    ("TestResponsesRequest", "OpenAIResponsesRequest"),
    ("TestFromResponsesRequest", "OpenAIResponsesRequest"),
    ("TestResponsesMiddleware", "OpenAIResponsesRequest"),
    ("TestAnthropic", "AnthropicMessagesRequest"),
    ("TestWebSearch", None),
    ("TestFromMessagesRequest", "AnthropicMessagesRequest"),
)


def _schema_for(function: str, path: str, body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    chosen: str | None = None
    for prefix, schema in FUNCTION_SCHEMAS:
        if function.startswith(prefix):
            chosen = schema
            break
    else:
        return None
    if (
        chosen is None
        and "model" in body
        and "messages" in body
        and path.startswith(("anthropic", "middleware/anthropic"))
    ):
        chosen = "AnthropicMessagesRequest"
    if chosen is None and "model" in body and "input" in body and "responses" in path:
        chosen = "OpenAIResponsesRequest"
    request_keys = {
        "OpenAIChatCompletionRequest": "messages",
        "OpenAICompletionRequest": "prompt",
        "OpenAIEmbeddingRequest": "input",
        "OpenAIResponsesRequest": "input",
        "AnthropicMessagesRequest": "messages",
    }
    # A table's literal that is not the request (a captured answer, a tool schema) is left out.
    if chosen in request_keys and ("model" not in body or request_keys[chosen] not in body):
        return None
    return chosen


def _enclosing(tokens: Sequence[_Token], index: int) -> list[int]:
    """Indices of the ``{`` tokens that enclose `tokens[index]`, innermost last."""
    stack: list[int] = []
    for i in range(index):
        text = tokens[i].text
        if tokens[i].kind != "op":
            continue
        if text == "{":
            stack.append(i)
        elif text == "}" and stack:
            stack.pop()
    return stack


def _block_end(tokens: Sequence[_Token], start: int) -> int:
    depth = 0
    for i in range(start, len(tokens)):
        if tokens[i].kind == "op" and tokens[i].text == "{":
            depth += 1
        elif tokens[i].kind == "op" and tokens[i].text == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(tokens)


def _refused(tokens: Sequence[_Token], index: int) -> bool:
    """Whether the test case around the literal expects Go to refuse it."""
    for start in reversed(_enclosing(tokens, index)):
        end = _block_end(tokens, start)
        block = tokens[start:end]
        texts = [t.text for t in block]
        if tokens[start - 1].text == ")" or "func" in texts[:1]:
            # A function body (t.Run): refused when it fails on a nil error.
            joined = " ".join(texts)
            return "if err == nil" in joined
        keys = {block[k].text for k in range(1, len(block) - 1) if block[k + 1].text == ":"}
        if keys & {"name", "body", "input", "json", "data"}:
            for k in range(1, len(block) - 2):
                if block[k].text == "err" and block[k + 1].text == ":" and block[k + 2].text != "nil":
                    return True
                if block[k].text == "wantErr" and block[k + 1].text == ":" and block[k + 2].text == "true":
                    return True
            return False
    return False


@dataclass
class Collected:
    """The bodies found and how many literals fit no rule."""

    bodies: list[dict[str, Any]]
    unclassified: int


def collect(root: Path) -> Collected:
    """Every JSON-object literal of the test files under `root`, classified."""
    bodies: list[dict[str, Any]] = []
    unclassified = 0
    for path in TEST_FILES:
        file = root / path
        if not file.is_file():
            continue
        tokens = _tokenize(file.read_text(encoding="utf-8"))
        function = ""
        for i, token in enumerate(tokens):
            is_func = token.kind == "ident" and token.text == "func" and i + 1 < len(tokens)
            if is_func and tokens[i + 1].text.startswith("Test"):
                function = tokens[i + 1].text
            if token.kind != "string" or not token.text.startswith("`"):
                continue
            text = _unquote(token.text).strip()
            if not text.startswith("{"):
                continue
            try:
                body = json.loads(text)
            except ValueError:
                continue
            schema = _schema_for(function, path, body)
            if schema is None:
                unclassified += 1
                continue
            bodies.append(
                {
                    "from": f"{path}:{token.line} {function}",
                    "schema": schema,
                    "go": "refuses" if _refused(tokens, i) else "accepts",
                    "body": body,
                }
            )
    return Collected(bodies, unclassified)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the bodies as JSON; exit 2 when the source has none of the test files."""
    parser = argparse.ArgumentParser(prog="python -m ollama_openapi_maintainer.v1_bodies")
    parser.add_argument("--ollama-src", required=True, type=Path, help="a checkout of ollama/ollama")
    parser.add_argument("--out", required=True, type=Path, help="the JSON file to write")
    args = parser.parse_args(argv)
    found = collect(args.ollama_src)
    if not found.bodies:
        print(f"v1_bodies: no test bodies under {args.ollama_src}", file=sys.stderr)
        return 2
    args.out.write_text(json.dumps(found.bodies, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    refused = sum(b["go"] == "refuses" for b in found.bodies)
    print(f"{len(found.bodies)} bodies ({refused} refused by Go), {found.unclassified} literals fit no rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
