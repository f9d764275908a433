"""When and how the fake "calls" a tool in ``/api/chat`` (and the ``/v1`` routes translated to it).

Rule (deterministic): the fake reads the **last user message** of a request that has ``tools``. A tool
is *mentioned* there when

1. the tool's function name appears in it (case-insensitive; ``get_weather`` also matches ``get weather``), or
2. a distinctive word of the name appears in it: the name is split on ``_``/``-``/camelCase and generic verbs
   (get, set, list, fetch, ...) are dropped, so "What is the weather in Tokyo?" calls ``get_weather``, or
3. the message says ``call tool NAME`` (or ``use tool NAME``): then ``NAME`` is called even if the request
   has no such tool (a model calling a tool that does not exist).

The mentioned tools are called in the order they are first mentioned, **one per answer**: each answer
calls the first mentioned tool not yet called since that user message (the ``tool_calls`` of the
assistant messages after it), and once every mentioned tool has been called the fake answers in text.
So "weather in Tokyo, then the time" with tools ``get_weather`` and ``get_time`` is a call of
``get_weather``, then (after its ``tool`` message) a call of ``get_time``, then a text answer. Phrases
in the message change that:

- ``at once`` (or ``in parallel``): every mentioned tool not yet called is called in one answer;
- ``again and again`` (or ``forever``): the first mentioned tool is called in every answer, never a text
  answer (for round limits);
- ``wrong arguments``: each argument has the wrong JSON type (a number for a string, a string otherwise).

A call's ``arguments`` hold every *required* parameter, filled from the parameter schema: ``enum`` ->
first value, numbers -> the first number in the message (else 42), booleans -> true, strings -> the words
after "in/for/of/about/at" in the message (e.g. "Tokyo") or the parameter name.
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


_CALL_BY_NAME = re.compile(r"\b(?:call|use)\s+(?:the\s+)?tool\s+`?([A-Za-z_][\w\-.]*)", re.I)
_AT_ONCE = re.compile(r"\b(?:at once|in parallel)\b", re.I)
_AGAIN = re.compile(r"\b(?:again and again|forever)\b", re.I)
_WRONG = re.compile(r"\bwrong arguments\b", re.I)


def _first_mention(tool_name: str, text: str) -> int:
    """Where `text` first mentions the tool (its position), or -1."""
    lowered = text.lower()
    positions = [lowered.find(form) for form in (tool_name.lower(), " ".join(_name_words(tool_name)))]
    distinctive = [w for w in _name_words(tool_name) if w not in _GENERIC_WORDS and len(w) >= 3]
    for match in re.finditer(r"[a-z0-9]+", lowered):
        word = match.group(0)
        if word in distinctive or word.rstrip("s") in distinctive:
            positions.append(match.start())
    found = [position for position in positions if position >= 0]
    return min(found) if found else -1


def _wrong(value: Any) -> Any:
    return 7 if isinstance(value, str) else "wrong"


def _call(
    name: str, function: dict[str, Any], text: str, index: int, turn: int, wrong: bool
) -> dict[str, Any]:
    parameters = _object(function, "parameters")
    properties = _object(parameters, "properties")
    required = [r for r in parameters.get("required") or [] if isinstance(r, str)]
    arguments = {key: _argument(properties.get(key), key, text) for key in required}
    if wrong:
        arguments = {key: _wrong(value) for key, value in arguments.items()}
    return {
        "id": call_id(seed_of("call", name, text) if turn == 0 else seed_of("call", name, text, turn)),
        "function": {"index": index, "name": name, "arguments": arguments},
    }


def _called_since(messages: list[Any], start: int) -> list[str]:
    names = []
    for message in messages[start:]:
        if isinstance(message, dict) and message.get("role") == "assistant":
            for call in message.get("tool_calls") or []:
                name = _object(call, "function").get("name")
                if isinstance(name, str):
                    names.append(name)
    return names


def plan_tool_calls(tools: list[Any], messages: list[Any]) -> list[dict[str, Any]]:
    """The ``tool_calls`` the fake answers with (empty when it answers in text)."""
    if not tools or not messages:
        return []
    users = [i for i, m in enumerate(messages) if isinstance(m, dict) and m.get("role") == "user"]
    if not users:
        return []
    last_user = users[-1]
    text = str(messages[last_user].get("content") or "")
    mentioned: list[tuple[int, str, dict[str, Any]]] = []
    for tool in tools:
        function = _object(tool, "function")
        name = function.get("name")
        if not isinstance(name, str) or not name:
            continue
        position = _first_mention(name, text)
        if position >= 0:
            mentioned.append((position, name, function))
    for match in _CALL_BY_NAME.finditer(text):
        if all(name != match.group(1) for _, name, _ in mentioned):
            mentioned.append((match.start(), match.group(1), {}))
    mentioned.sort(key=lambda item: item[0])
    if not mentioned:
        return []
    called = _called_since(messages, last_user + 1)
    if _AGAIN.search(text):
        due = mentioned[:1]
    else:
        due = [item for item in mentioned if item[1] not in called]
        if not _AT_ONCE.search(text):
            due = due[:1]
    wrong = bool(_WRONG.search(text))
    return [
        _call(name, function, text, index, len(called) + index, wrong)
        for index, (_, name, function) in enumerate(due)
    ]
