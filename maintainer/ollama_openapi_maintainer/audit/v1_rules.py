"""The /v1 rules beyond fields: for each /v1 route, what its middleware and response writers (package
``middleware``) do on the wire, compared with the operation in the spec.

* **status**: a status the route's code answers with (``AbortWithStatusJSON``, ``c.JSON``,
  ``WriteHeader``, ``NewError`` with an ``http.Status...`` constant or a number) that the operation
  does not declare.
* **content-type**: a ``Content-Type`` the route's code sets that the operation declares for no
  response; and, where a writer's ``Write`` sets the header (overwriting the native handler's
  ``application/x-ndjson``), a 200 content type of the spec that the writer never sets.
* **error-shape**: a status answered with ``openai.NewError`` / ``anthropic.NewError`` whose response
  in the spec does not use ``OpenAIErrorResponse`` / ``AnthropicErrorResponse``.
* **sse**: an event name the Go code emits (``Event: "..."``, ``writeEvent("...")``, ``newEvent("...")``)
  that the operation's ``x-ollama-sse.events`` lacks, or the reverse; and an ``end`` event that Go
  never emits.

Which code belongs to a route: the ``middleware.XMiddleware()`` named in its registration in
``server/routes.go``, the methods of the writer types that function builds (``&ChatWriter{``) and of
``BaseWriter``; SSE events are read from the packages the operation's stream schema names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ollama_openapi_maintainer.audit.go_source import Location, _Token, _tokenize
from ollama_openapi_maintainer.audit.report import Kind
from ollama_openapi_maintainer.audit.source_tree import SourceTree
from ollama_openapi_maintainer.audit.spec_document import SpecDocument, _escape

STATUS_NAMES: Final = {
    "StatusOK": 200,
    "StatusCreated": 201,
    "StatusNoContent": 204,
    "StatusBadRequest": 400,
    "StatusUnauthorized": 401,
    "StatusForbidden": 403,
    "StatusNotFound": 404,
    "StatusMethodNotAllowed": 405,
    "StatusRequestEntityTooLarge": 413,
    "StatusUnsupportedMediaType": 415,
    "StatusTooManyRequests": 429,
    "StatusInternalServerError": 500,
    "StatusNotImplemented": 501,
    "StatusBadGateway": 502,
    "StatusServiceUnavailable": 503,
    "StatusGatewayTimeout": 504,
}
_STATUS_CALLS: Final = frozenset(
    {"AbortWithStatusJSON", "AbortWithStatus", "JSON", "WriteHeader", "NewError"}
)
_REGISTRATION: Final = re.compile(r'\br\.(GET|POST|PUT|DELETE|HEAD)\("(/v1/[^"]*)".*?\bmiddleware\.(\w+)\(')
_ERROR_SCHEMAS: Final = {"openai": "OpenAIErrorResponse", "anthropic": "AnthropicErrorResponse"}


@dataclass(frozen=True)
class WireFact:
    """One thing the Go code does for a route: a status, a content type, an error shape, an event."""

    kind: str
    value: str
    location: Location
    detail: str = ""
    """For a status: the package whose NewError builds the body (``openai``), if any."""


@dataclass(frozen=True)
class V1Difference:
    """A difference found by these rules, in the auditor's terms."""

    kind: Kind
    subject: str
    message: str
    go: Location | None
    spec_pointer: str | None


class _GoFile:
    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.tokens = _tokenize(text)

    def bodies(self, predicate: Any) -> Iterable[tuple[int, int]]:
        """(start, end) token ranges of the functions `predicate(receiver, name)` selects."""
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.kind != "ident" or token.text != "func":
                continue
            j = i + 1
            receiver = ""
            if j < len(tokens) and tokens[j].text == "(":
                close = _skip(tokens, j)
                names = [t.text for t in tokens[j + 1 : close - 1] if t.kind == "ident"]
                receiver = names[-1] if names else ""
                j = close
            if j >= len(tokens) or tokens[j].kind != "ident" or not predicate(receiver, tokens[j].text):
                continue
            while j < len(tokens) and tokens[j].text != "{":
                j = _skip(tokens, j) if tokens[j].text in ("(", "[") else j + 1
            if j < len(tokens):
                yield j, _skip(tokens, j)


def _skip(tokens: Sequence[_Token], i: int) -> int:
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[tokens[i].text]]
    i += 1
    while i < len(tokens) and stack:
        if tokens[i].kind == "op":
            if tokens[i].text in pairs:
                stack.append(pairs[tokens[i].text])
            elif tokens[i].text == stack[-1]:
                stack.pop()
        i += 1
    return i


def _facts(file: _GoFile, start: int, end: int) -> list[WireFact]:
    tokens = file.tokens
    found: list[WireFact] = []
    for i in range(start, end - 2):
        token = tokens[i]
        where = Location(file.path, token.line)
        if token.kind == "ident" and token.text in _STATUS_CALLS and tokens[i + 1].text == "(":
            first = tokens[i + 2 : i + 5]
            code: int | None = None
            if first and first[0].kind == "number" and first[0].text.isdigit():
                code = int(first[0].text)
            elif len(first) == 3 and first[0].text == "http" and first[2].text in STATUS_NAMES:
                code = STATUS_NAMES[first[2].text]
            if code is not None:
                maker = tokens[i - 2].text if token.text == "NewError" and tokens[i - 1].text == "." else ""
                nested = [t for t in tokens[i + 2 : _skip(tokens, i + 1)] if t.text == "NewError"]
                if not maker and nested:
                    k = next(k for k in range(i + 2, end) if tokens[k].text == "NewError")
                    maker = tokens[k - 2].text if tokens[k - 1].text == "." else ""
                found.append(WireFact("status", str(code), where, maker))
        if (
            token.kind == "string"
            and token.text == '"Content-Type"'
            and tokens[i - 1].text == "("
            and tokens[i - 2].text == "Set"
            and tokens[i + 1].text == ","
            and tokens[i + 2].kind == "string"
        ):
            found.append(WireFact("content-type", tokens[i + 2].text.strip('"'), where))
    return found


def _events(file: _GoFile) -> list[WireFact]:
    tokens = file.tokens
    found: list[WireFact] = []
    for i in range(2, len(tokens) - 2):
        token = tokens[i]
        if token.kind != "string":
            continue
        keyed = tokens[i - 1].text == ":" and tokens[i - 2].text == "Event"
        called = tokens[i - 1].text == "(" and tokens[i - 2].text in ("writeEvent", "newEvent")
        if keyed or called:
            found.append(WireFact("event", token.text.strip('"'), Location(file.path, token.line)))
    return found


def _operation(spec: SpecDocument, method: str, path: str) -> tuple[dict[str, Any], str] | None:
    item = (spec.data.get("paths") or {}).get(path)
    operation = item.get(method.lower()) if isinstance(item, dict) else None
    if not isinstance(operation, dict):
        return None
    return operation, f"/paths/{_escape(path)}/{method.lower()}"


def _response(spec: SpecDocument, operation: dict[str, Any], status: str) -> Any:
    responses = operation.get("responses") or {}
    node, _, _ = spec.resolve(responses.get(status, {}))
    return node


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        for key, value in node.items():
            if key != "$ref":
                found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node)) if node else set()
    return set()


def _route_code(files: Iterable[_GoFile], middleware: str) -> tuple[list[WireFact], bool]:
    """The facts of a middleware function and of its writers' methods, and whether a writer's
    ``Write`` sets the Content-Type (overwriting the native handler's)."""
    facts: list[WireFact] = []
    writers: set[str] = {"BaseWriter"}

    def is_middleware(receiver: str, name: str) -> bool:
        return not receiver and name == middleware

    def is_writer_method(receiver: str, name: str) -> bool:
        return receiver in writers

    def is_write(receiver: str, name: str) -> bool:
        return receiver in writers and receiver != "BaseWriter" and name == "Write"

    for file in files:
        for start, end in file.bodies(is_middleware):
            facts.extend(_facts(file, start, end))
            texts = [t.text for t in file.tokens[start:end]]
            writers |= {a for a, b in itertools.pairwise(texts) if a.endswith("Writer") and b == "{"}
    sets_type = False
    for file in files:
        for start, end in file.bodies(is_writer_method):
            facts.extend(_facts(file, start, end))
        for start, end in file.bodies(is_write):
            sets_type |= any(f.kind == "content-type" for f in _facts(file, start, end))
    return facts, sets_type


def _declared_types(spec: SpecDocument, operation: dict[str, Any]) -> set[str]:
    declared: set[str] = set()
    for status in operation.get("responses") or {}:
        node = _response(spec, operation, status)
        declared |= set((node.get("content") or {}) if isinstance(node, dict) else ())
    return declared


def _compare_facts(
    spec: SpecDocument, operation: dict[str, Any], pointer: str, subject: str, facts: list[WireFact]
) -> list[V1Difference]:
    responses = operation.get("responses") or {}
    declared = _declared_types(spec, operation)
    found: list[V1Difference] = []
    seen: set[tuple[str, str]] = set()
    for fact in facts:
        if (fact.kind, fact.value) in seen:
            continue  # one difference per status or content type, at its first place
        seen.add((fact.kind, fact.value))
        if fact.kind == "status" and fact.value not in responses and fact.value != "200":
            message = f"Go answers {fact.value}; the operation does not declare it"
            found.append(V1Difference("status", subject, message, fact.location, f"{pointer}/responses"))
        elif fact.kind == "status" and fact.detail in _ERROR_SCHEMAS and fact.value in responses:
            wanted = _ERROR_SCHEMAS[fact.detail]
            if wanted not in _refs(_response(spec, operation, fact.value)):
                message = (
                    f"Go answers {fact.value} with {fact.detail}.NewError;"
                    f" the spec's {fact.value} does not use {wanted}"
                )
                where = f"{pointer}/responses/{fact.value}"
                found.append(V1Difference("error-shape", subject, message, fact.location, where))
        elif fact.kind == "content-type" and fact.value not in declared:
            message = f"Go sets Content-Type {fact.value}; the operation declares it for no response"
            found.append(
                V1Difference("content-type", subject, message, fact.location, f"{pointer}/responses")
            )
    return found


def audit_v1(tree: SourceTree, spec: SpecDocument) -> tuple[list[V1Difference], int]:
    """The differences these rules find, and how many Go facts they compared."""
    routes_text = tree.read("server/routes.go") or ""
    files = [_GoFile(p, tree.read(p) or "") for p in tree.go_files("middleware")]
    found: list[V1Difference] = []
    compared = 0
    for match in _REGISTRATION.finditer(routes_text):
        method, path, middleware = match.groups()
        located = _operation(spec, method, path)
        if located is None:
            continue  # a route the spec lacks is reported by the route rule
        operation, pointer = located
        subject = f"{method} {path}"
        facts, writer_sets_type = _route_code(files, middleware)
        compared += len(facts)
        found.extend(_compare_facts(spec, operation, pointer, subject, facts))
        if writer_sets_type:
            set_types = {f.value for f in facts if f.kind == "content-type"}
            ok = _response(spec, operation, "200")
            registered = Location("server/routes.go", routes_text.count("\n", 0, match.start()) + 1)
            for content_type in (ok.get("content") or {}) if isinstance(ok, dict) else ():
                if content_type not in set_types and content_type != "application/json":
                    message = (
                        f"the spec's 200 declares {content_type}, but the route's writer sets"
                        " the Content-Type, never to that"
                    )
                    where = f"{pointer}/responses/200"
                    found.append(V1Difference("content-type", subject, message, registered, where))
        sse = _audit_sse(tree, spec, operation, pointer, subject)
        compared += len(operation.get("x-ollama-sse", {}).get("events", {}))
        found.extend(sse)
    return found, compared


def _audit_sse(
    tree: SourceTree, spec: SpecDocument, operation: dict[str, Any], pointer: str, subject: str
) -> list[V1Difference]:
    sse = operation.get("x-ollama-sse")
    if not isinstance(sse, dict) or not isinstance(sse.get("events"), dict):
        return []
    declared = set(sse["events"])
    # The events of the package the stream's schemas belong to (Anthropic* -> anthropic/ and the
    # Anthropic writers; OpenAI* -> openai/ and the other writers).
    family = (
        "anthropic"
        if any(str(v).rsplit("/", 1)[-1].startswith("Anthropic") for v in sse["events"].values())
        else "openai"
    )
    paths = [p for p in tree.go_files(family)] + [
        p for p in tree.go_files("middleware") if ("anthropic" in p) == (family == "anthropic")
    ]
    emitted: dict[str, Location] = {}
    for path in paths:
        for fact in _events(_GoFile(path, tree.read(path) or "")):
            emitted.setdefault(fact.value, fact.location)
    found: list[V1Difference] = []
    for name, location in sorted(emitted.items()):
        if name not in declared:
            found.append(
                V1Difference(
                    "sse",
                    subject,
                    f"Go emits the event {name!r}; x-ollama-sse.events lacks it",
                    location,
                    f"{pointer}/x-ollama-sse/events",
                )
            )
    for name in sorted(declared - set(emitted)):
        found.append(
            V1Difference(
                "sse",
                subject,
                f"x-ollama-sse.events declares {name!r}; Go never emits it",
                None,
                f"{pointer}/x-ollama-sse/events/{_escape(name)}",
            )
        )
    for name in sse.get("end") or []:
        if name not in emitted:
            found.append(
                V1Difference(
                    "sse",
                    subject,
                    f"x-ollama-sse.end names {name!r}; Go never emits it",
                    None,
                    f"{pointer}/x-ollama-sse/end",
                )
            )
    return found
