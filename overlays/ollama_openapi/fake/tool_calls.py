"""When and how the fake "calls" a tool in ``/api/chat``.

Rule (deterministic): the fake calls a tool when the request has ``tools``, the **last** message has role
``user``, and that message mentions a tool, meaning either

1. the tool's function name appears in it (case-insensitive; ``get_weather`` also matches ``get weather``), or
2. a distinctive word of the name appears in it: the name is split on ``_``/``-``/camelCase and generic verbs
   (get, set, list, fetch, ...) are dropped, so "What is the weather in Tokyo?" calls ``get_weather``.

Only the first matching tool is called. Its ``arguments`` hold every *required* parameter, filled from the
parameter schema: ``enum`` -> first value, numbers -> the first number in the message (else 42), booleans ->
true, strings -> the words after "in/for/of/about/at" in the message (e.g. "Tokyo") or the parameter name.
After a ``tool`` message the fake answers in text instead.
"""

from __future__ import annotations

import re
from typing import Any

from .schema_instance import instance_for
from .textgen import seed_of

_GENERIC_WORDS = frozenset(
    {
        "get",
        "set",
        "list",
        "fetch",
        "find",
        "search",
        "lookup",
        "create",
        "update",
        "delete",
        "do",
        "run",
        "make",
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "tool",
        "function",
        "call",
        "current",
        "info",
        "data",
        "by",
    }
)
_SUBJECT = re.compile(r"\b(?:in|for|of|about|at|called|named)\s+([A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*)*)")
_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def _name_words(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [word.lower() for word in re.split(r"[\s_\-.]+", spaced) if word]


def _mentions(tool_name: str, text: str) -> bool:
    lowered = text.lower()
    if tool_name.lower() in lowered or " ".join(_name_words(tool_name)) in lowered:
        return True
    distinctive = [w for w in _name_words(tool_name) if w not in _GENERIC_WORDS and len(w) >= 3]
    words = set(re.findall(r"[a-z0-9]+", lowered))
    return any(word in words or word.rstrip("s") in words for word in distinctive)


def _object(value: Any, key: str) -> dict[str, Any]:
    """``value[key]`` when both are JSON objects, else ``{}``."""
    if isinstance(value, dict):
        found = value.get(key)
        if isinstance(found, dict):
            return found
    return {}


def call_id(seed: int) -> str:
    """A tool call id shaped like Ollama's: ``call_`` plus eight lowercase letters/digits."""
    characters = []
    for _ in range(8):
        seed, index = divmod(seed, len(_ID_ALPHABET))
        characters.append(_ID_ALPHABET[index])
    return "call_" + "".join(characters)


def _argument(schema: Any, name: str, message: str) -> Any:
    if not isinstance(schema, dict):
        return name
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if schema.get("enum"):
        return schema["enum"][0]
    if kind in ("string", None) and "properties" not in schema:
        subject = _SUBJECT.search(message)
        return subject.group(1).strip() if subject else name
    return instance_for(schema, message)


def plan_tool_calls(tools: list[Any], messages: list[Any]) -> list[dict[str, Any]]:
    """The ``tool_calls`` the fake answers with (empty when it answers in text)."""
    if not tools or not messages or not isinstance(messages[-1], dict) or messages[-1].get("role") != "user":
        return []
    text = str(messages[-1].get("content") or "")
    for tool in tools:
        function = _object(tool, "function")
        name = function.get("name")
        if not isinstance(name, str) or not name or not _mentions(name, text):
            continue
        parameters = _object(function, "parameters")
        properties = _object(parameters, "properties")
        required = [r for r in parameters.get("required") or [] if isinstance(r, str)]
        arguments = {key: _argument(properties.get(key), key, text) for key in required}
        return [
            {
                "id": call_id(seed_of("call", name, text)),
                "function": {"index": 0, "name": name, "arguments": arguments},
            }
        ]
    return []
