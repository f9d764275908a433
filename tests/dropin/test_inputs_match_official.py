"""Every input type takes every keyword the official client's takes, None meaning "not set" (issue 26).

The official package (``ollama==0.6.3``, a dev dependency) is read by introspection, so a field it adds
tomorrow fails this suite until the spec has it. Options are also compared on the wire: each of the
official ``Options`` fields, set, reaches the server as the official client sends it.
"""

from __future__ import annotations

import inspect
import json
import threading
import typing
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import ollama
import pytest
from pydantic import BaseModel

import ollama_openapi


def _nested(official: type[BaseModel], ours: type[Any]) -> Iterator[tuple[type[BaseModel], type[Any]]]:
    """``(official, ours)`` for a type and every class nested in it, ours found under the official name."""
    yield official, ours
    for name, value in vars(official).items():
        if isinstance(value, type) and issubclass(value, BaseModel):
            yield from _nested(value, getattr(ours, name))


# The official input types (the exported ones and the classes nested in them) and ours.
INPUT_TYPES: list[tuple[type[BaseModel], type[Any]]] = [
    pair
    for name in ("Options", "Message", "Tool")
    for pair in _nested(getattr(ollama, name), getattr(ollama_openapi, name))
]
# Values for the fields the official types require (the rest are left out or None).
REQUIRED_VALUES: dict[Any, Any] = {
    "role": "user",
    "function": {"name": "f", "arguments": {}},
    "name": "f",
    "arguments": {},
    ("Tool", "function"): {"name": "f"},
}
# What ours requires and the official types leave optional: a tool's function and its name, without
# which Ollama cannot call it (README's differences).
REQUIRED_BY_OURS_ONLY = {("Tool", "function"), ("Tool.Function", "name")}
IDS = [official.__qualname__ for official, _ in INPUT_TYPES]


def test_every_exported_official_input_type_is_covered() -> None:
    exported = {
        name
        for name in ollama.__all__
        if isinstance(getattr(ollama, name), type)
        and issubclass(getattr(ollama, name), BaseModel)
        and not name.endswith(("Response", "Answer", "Usage"))
        and not name.startswith("SystemOne")  # /api/systemone is not in the spec (README differences)
    }
    covered = {official.__name__ for official, _ in INPUT_TYPES if "." not in official.__qualname__}
    assert exported == covered | {"Image"}
    assert len(INPUT_TYPES) == 8
    assert all(getattr(ollama_openapi, name) is ours for name, ours in _exported_pairs())
    assert list(inspect.signature(ollama_openapi.Image).parameters) == list(ollama.Image.model_fields)


def _exported_pairs() -> Iterator[tuple[str, type[Any]]]:
    for official, ours in INPUT_TYPES:
        if "." not in official.__qualname__:
            yield official.__name__, ours


@pytest.mark.parametrize(("official", "ours"), INPUT_TYPES, ids=IDS)
def test_every_official_keyword_is_taken(official: type[BaseModel], ours: type[Any]) -> None:
    keywords = inspect.signature(ours).parameters
    missing = [field for field in official.model_fields if field not in keywords]
    assert missing == [], f"{ours.__name__} lacks keywords the official {official.__qualname__} takes"


@pytest.mark.parametrize(("official", "ours"), INPUT_TYPES, ids=IDS)
def test_none_means_not_set(official: type[BaseModel], ours: type[Any]) -> None:
    ours_requires = {
        name
        for name, parameter in inspect.signature(ours).parameters.items()
        if parameter.default is inspect.Parameter.empty
    }
    required = {name for name, field in official.model_fields.items() if field.is_required()}
    assert {(official.__qualname__, name) for name in ours_requires - required} <= REQUIRED_BY_OURS_ONLY
    required |= ours_requires
    given = {
        name: REQUIRED_VALUES.get((official.__qualname__, name), REQUIRED_VALUES[name]) for name in required
    }
    nothing_else = {name: None for name in official.model_fields if name not in required}
    built = ours.from_dict(given) if given else ours()
    with_nones = ours(**{name: getattr(built, name) for name in given}, **nothing_else)
    sent = with_nones.to_dict()
    official_sent = official(**given, **nothing_else).model_dump(exclude_none=True, by_alias=True)
    # Ours sends what the official client sends, plus a default the spec gives (Tool's type).
    assert set(sent) - set(official_sent) <= {"type"}, f"None was sent: {sent}"
    assert {key: sent[key] for key in official_sent} == json.loads(json.dumps(official_sent))


def _value_for(annotation: Any) -> Any:
    """A value of the type an official Options field declares."""
    kinds = [kind for kind in typing.get_args(annotation) if kind is not type(None)] or [annotation]
    kind = typing.get_origin(kinds[0]) or kinds[0]
    if kind is bool:
        return True
    if kind is int:
        return 7
    if kind is float:
        return 0.25
    if isinstance(kind, type) and issubclass(kind, Sequence):
        return ["###"]
    raise AssertionError(f"an Options field of a type this test does not know: {annotation}")


class _Recorder(BaseHTTPRequestHandler):
    """Keeps the JSON bodies it receives and answers each chat with one fixed, complete reply."""

    bodies: typing.ClassVar[list[Any]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.bodies.append(json.loads(self.rfile.read(length)))
        reply = json.dumps(
            {
                "model": "m",
                "created_at": "2025-01-01T00:00:00Z",
                "message": {"role": "assistant"},
                "done": True,
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.bodies.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=30)


def test_tools_and_tool_calls_built_from_the_official_nested_names_send_the_same_json() -> None:
    def build(package: Any) -> tuple[Any, Any]:
        function = package.Tool.Function
        tool = package.Tool(
            function=function(
                name="get_weather",
                parameters=function.Parameters(
                    type="object", properties={"city": {"type": "string"}}, required=["city"]
                ),
            )
        )
        call = package.Message.ToolCall(
            function=package.Message.ToolCall.Function(name="f", arguments={"a": 1})
        )
        return tool, package.Message(role="assistant", tool_calls=[call])

    official_tool, official_message = build(ollama)
    tool, message = build(ollama_openapi)
    assert tool.to_dict() == official_tool.model_dump(exclude_none=True)
    assert message.to_dict() == official_message.model_dump(exclude_none=True)


def test_every_official_option_is_sent_as_the_official_client_sends_it(recorder: str) -> None:
    values = {name: _value_for(field.annotation) for name, field in ollama.Options.model_fields.items()}
    unset = {name: None for name in values}
    with ollama_openapi.Client(recorder) as ours:
        ours.chat("m", [{"role": "user", "content": "hi"}], options=ollama_openapi.Options(**values))
        ours.chat("m", [{"role": "user", "content": "hi"}], options=ollama_openapi.Options(**unset))
        ours.chat("m", [{"role": "user", "content": "hi"}], options=values)
    official = ollama.Client(recorder)
    official.chat("m", [{"role": "user", "content": "hi"}], options=ollama.Options(**values))
    official.chat("m", [{"role": "user", "content": "hi"}], options=ollama.Options(**unset))
    official.chat("m", [{"role": "user", "content": "hi"}], options=values)
    sent = [body.get("options") for body in _Recorder.bodies]
    assert len(sent) == 6
    assert sent[0] == values
    assert sent[:3] == sent[3:]
