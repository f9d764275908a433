"""A fake that plays one Ollama release: ``FakeOllama(version="0.9.0")``.

Read from the release annotations of the spec the package ships (``x-ollama-since``,
``x-ollama-removed``, ``x-ollama-enum-since``, a variant's ``x-ollama-since``), not from any list
here: a route the release lacks answers as Ollama's router does (``404 page not found``, or 405
when the path has other methods), a request field it lacks is ignored (as Go's decoder ignores
unknown fields; a value or form of a field it lacks makes the field ignored too), and its answers
leave out the fields it lacks. Nothing is changed for a version that is not a release number, or a
development build (``0.0.0``): those play the newest release.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._refs import resolve
from .._releases import DEVELOPMENT_BUILD, Release, parse_release
from ..api_history import ENUM_REMOVED, ENUM_SINCE, REMOVED, annotation, available, items_by_operation
from .protocol import (
    ROUTER_TEXT_CONTENT_TYPE,
    JsonResponse,
    Response,
    StreamResponse,
    TextResponse,
    encode,
)
from .routes import ROUTES, MethodNotAllowed, Route, RouteNotFound, TrailingSlashRedirect, find_route

RoutingError = (MethodNotAllowed, RouteNotFound, TrailingSlashRedirect)

__all__ = ["ReleasePlay", "newest_release"]


def newest_release(spec: Mapping[str, Any] | None = None) -> Release | None:
    """The newest release the spec's annotations name (what the fake plays by default)."""
    if spec is None:
        from ..spec import load_spec

        spec = load_spec()
    found = [
        release
        for items in items_by_operation(spec).values()
        for item in items
        for release in (item.since, item.removed)
        if release is not None
    ]
    return max(found, default=None)


@dataclass
class _Cut:
    """What a release lacks in one schema node, and where to look further in a value."""

    drop: frozenset[str] = frozenset()
    """Properties the release lacks."""
    properties: dict[str, _Cut] = field(default_factory=dict)
    items: _Cut | None = None
    variants: list[tuple[frozenset[str], bool, _Cut | None]] = field(default_factory=list)
    """Per ``anyOf``/``oneOf`` variant: the JSON types it takes, whether the release has it, its cut."""
    values: frozenset[str] = frozenset()
    """Enum values the release lacks."""

    @property
    def empty(self) -> bool:
        return not (self.drop or self.properties or self.items or self.values) and all(
            present and cut is None for _, present, cut in self.variants
        )


_KINDS = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _kinds_of(value: object) -> frozenset[str]:
    kind = "null" if value is None else _KINDS.get(type(value), "")
    return frozenset({kind, "number"}) if kind == "integer" else frozenset({kind})


class _Compiler:
    def __init__(self, spec: Mapping[str, Any], release: Release) -> None:
        self.spec = dict(spec)
        self.release = release

    def present(self, node: object) -> bool:
        return available(annotation(node), annotation(node, REMOVED), self.release)

    def kinds(self, node: Mapping[str, Any]) -> frozenset[str]:
        target = resolve(node, self.spec) if "$ref" in node else node
        kind = target.get("type")
        if isinstance(kind, str):
            return frozenset({kind})
        if isinstance(kind, list):
            return frozenset(map(str, kind))
        return frozenset({"object"}) if "properties" in target else frozenset()

    def cut(self, schema: object, refs: frozenset[str] = frozenset()) -> _Cut | None:
        if not isinstance(schema, Mapping):
            return None
        target: Mapping[str, Any] = schema
        reference = schema.get("$ref")
        if isinstance(reference, str):
            if reference in refs:
                return None
            refs = refs | {reference}
            target = resolve(schema, self.spec)
        result = _Cut()
        added, gone = target.get(ENUM_SINCE), target.get(ENUM_REMOVED)
        if isinstance(added, Mapping) or isinstance(gone, Mapping):
            result.values = frozenset(
                value
                for value in target.get("enum") or ()
                if isinstance(value, str)
                and not self.present(
                    {
                        "x-ollama-since": added.get(value) if isinstance(added, Mapping) else None,
                        REMOVED: gone.get(value) if isinstance(gone, Mapping) else None,
                    }
                )
            )
        properties = target.get("properties") or {}
        result.drop = frozenset(str(name) for name, child in properties.items() if not self.present(child))
        for name, child in properties.items():
            if str(name) not in result.drop:
                inner = self.cut(child, refs)
                if inner is not None:
                    result.properties[str(name)] = inner
        result.items = self.cut(target.get("items"), refs)
        for key in ("anyOf", "oneOf"):
            for variant in target.get(key) or ():
                if isinstance(variant, Mapping):
                    present = self.present(variant)
                    result.variants.append(
                        (self.kinds(variant), present, self.cut(variant, refs) if present else None)
                    )
        for variant in target.get("allOf") or ():
            inner = self.cut(variant, refs)
            if inner is not None:
                result.variants.append((frozenset(), True, inner))
        return None if result.empty else result


def _apply(cut: _Cut, value: Any) -> bool:
    """Remove from `value`, in place, what the release lacks; False when the value itself is a value
    or form of the field that the release lacks (the caller then drops the field)."""
    if cut.values and isinstance(value, str) and value in cut.values:
        return False
    if isinstance(value, dict):
        for name in cut.drop.intersection(value):
            del value[name]
        for name, inner in cut.properties.items():
            if name in value and not _apply(inner, value[name]):
                del value[name]
    if cut.items is not None and isinstance(value, list):
        value[:] = [element for element in value if _apply(cut.items, element)]
    if cut.variants:
        kinds = _kinds_of(value)
        matched = [
            (present, inner) for accepted, present, inner in cut.variants if not accepted or accepted & kinds
        ]
        if matched and not any(present for present, _ in matched):
            return False
        for present, variant in matched:
            if present and variant is not None and not _apply(variant, value):
                return False
    return True


@dataclass(frozen=True)
class _Operation:
    present: bool
    request: _Cut | None
    answer: _Cut | None
    """The cut of a JSON answer, or of one NDJSON line."""
    events: dict[str, _Cut]
    """Server-Sent Events: by event type (``""`` for data-only streams)."""


class ReleasePlay:
    """What the fake of one release does differently from the newest, per route."""

    def __init__(self, spec: Mapping[str, Any], release: Release) -> None:
        self.spec = spec
        self.release = release
        self._compiler = _Compiler(spec, release)

    @classmethod
    def of(cls, version: str, spec: Mapping[str, Any] | None = None) -> ReleasePlay | None:
        """The play of `version` (None for a version that is no release number, or a development build)."""
        release = parse_release(version)
        if release is None or release == DEVELOPMENT_BUILD:
            return None
        if spec is None:
            from ..spec import load_spec

            spec = load_spec()
        return cls(spec, release)

    @functools.lru_cache(maxsize=64)  # noqa: B019  (one play per server; a handful of routes)
    def _operation(self, method: str, template: str) -> _Operation:
        operation = ((self.spec.get("paths") or {}).get(template) or {}).get(method.lower())
        if not isinstance(operation, Mapping):
            return _Operation(True, None, None, {})
        compiler = self._compiler
        content = (operation.get("requestBody") or {}).get("content") or {}
        request = compiler.cut((content.get("application/json") or {}).get("schema"))
        streaming = operation.get("x-ollama-streaming") or {}
        success = (operation.get("responses") or {}).get("200") or {}
        answer_schema = ((success.get("content") or {}).get("application/json") or {}).get("schema")
        if isinstance(streaming.get("chunk"), str):
            answer_schema = {"$ref": streaming["chunk"]}
        sse = operation.get("x-ollama-sse") or {}
        events: dict[str, _Cut] = {}
        if isinstance(sse.get("chunk"), str):
            chunk = compiler.cut({"$ref": sse["chunk"]})
            if chunk is not None:
                events[""] = chunk
        for name, reference in (sse.get("events") or {}).items():
            found = compiler.cut({"$ref": reference}) if isinstance(reference, str) else None
            if found is not None:
                events[str(name)] = found
        return _Operation(compiler.present(operation), request, compiler.cut(answer_schema), events)

    def router_answer(self, route: Route | None, path: str, failure: Response | None) -> Response | None:
        """What the router answers for a request the newest release routes to `route` (or answers
        with `failure`, a 404 or 405): a 404 or 405 when the release lacks the route, or `failure`
        with the methods the release lacks left out of a 405; None when the route is there."""
        if route is not None:
            if self._operation(route.method, route.template).present:
                return None
            methods = [other.method for other in ROUTES if other.template == route.template]
        elif isinstance(failure, TextResponse) and failure.status == 405:
            methods = [method.strip() for method in failure.headers.get("Allow", "").split(",")]
        else:
            return failure
        allowed = []
        for method in methods:
            try:
                found, _ = find_route(method, path)
            except RoutingError:
                continue
            if found is not route and self._operation(found.method, found.template).present:
                allowed.append(method)
        if allowed:
            return TextResponse(
                405, "405 method not allowed", {"Allow": ", ".join(allowed)}, ROUTER_TEXT_CONTENT_TYPE
            )
        return TextResponse(404, "404 page not found", content_type=ROUTER_TEXT_CONTENT_TYPE)

    def request_body(self, route: Route, body: bytes) -> bytes:
        """`body` without the fields the release lacks (unchanged when it lacks none, or is not JSON)."""
        cut = self._operation(route.method, route.template).request
        if cut is None or not body.strip():
            return body
        try:
            document = json.loads(body)
        except ValueError:
            return body  # the handler answers malformed JSON with Ollama's own error
        if not isinstance(document, dict):
            return body
        _apply(cut, document)
        return encode(document)

    def answer(self, route: Route, response: Response) -> Response:
        """`response` without the answer fields the release lacks."""
        operation = self._operation(route.method, route.template)
        if (
            isinstance(response, JsonResponse)
            and 200 <= response.status < 300
            and operation.answer is not None
        ):
            _apply(operation.answer, response.body)
        elif isinstance(response, StreamResponse):
            if response.content_type.startswith("text/event-stream") and operation.events:
                response.lines = _events(response.lines, operation.events)
            elif operation.answer is not None and not response.content_type.startswith("text/event-stream"):
                response.lines = _lines(response.lines, operation.answer)
        return response


def _lines(lines: Iterator[bytes], cut: _Cut) -> Iterator[bytes]:
    try:
        for line in lines:
            try:
                document = json.loads(line)
            except ValueError:
                yield line
                continue
            _apply(cut, document)
            yield encode(document)
    finally:
        close = getattr(lines, "close", None)
        if close is not None:
            close()


def _events(events: Iterator[bytes], cuts: dict[str, _Cut]) -> Iterator[bytes]:
    try:
        for event in events:
            yield _event(event, cuts)
    finally:
        close = getattr(events, "close", None)
        if close is not None:
            close()


def _event(event: bytes, cuts: dict[str, _Cut]) -> bytes:
    lines = event.split(b"\n")
    kind = next((line[6:].strip().decode() for line in lines if line.startswith(b"event:")), "")
    cut = cuts.get(kind) or cuts.get("")
    if cut is None:
        return event
    for index, line in enumerate(lines):
        if line.startswith(b"data:"):
            try:
                document = json.loads(line[5:])
            except ValueError:
                return event
            _apply(cut, document)
            lines[index] = b"data: " + encode(document)
    return b"\n".join(lines)
