"""What a call uses that the server may be too old (or too new) for, and what to tell the user.

I/O-free: the transport asks `ServerChecks.features` before sending a call; when that names
something (a field, enum value or form of a field newer than the route, a removed field, or, with
``server_checks="error"``, a route newer than the oldest one), the transport asks the server's
version once per client (``GET /api/version``) and calls `ServerChecks.judge`, which warns
(`OllamaCompatibilityWarning`, once per feature per client) or raises `UnsupportedByServerError`.
A router's 404 for a route the server predates gets a message saying so (`explain_not_found`).

Everything is read from the spec's release annotations (`ollama_openapi.api_history`), compiled
once per operation into a small tree that only holds what needs checking: a call that uses
nothing newer than its route costs a dictionary lookup or two.
"""

from __future__ import annotations

import functools
import sys
import threading
import warnings
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from . import spec as _spec
from ._refs import resolve
from ._releases import DEVELOPMENT_BUILD, Release, parse_release
from .api_history import (
    ENUM_REMOVED,
    ENUM_SINCE,
    REMOVED,
    SINCE,
    Kind,
    annotation,
    floor,
    form_name,
    items_by_operation,
)
from .errors import (
    NotFoundError,
    OllamaCompatibilityWarning,
    OllamaError,
    ResponseError,
    UnsupportedByServerError,
)

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "SERVER_CHECKS_VARIABLE",
    "SERVER_CHECK_MODES",
    "VERSION_OPERATION",
    "Feature",
    "ServerCheckMode",
    "ServerChecks",
    "as_document",
    "checked_mode",
]

ServerCheckMode = Literal["warn", "error", "off"]
SERVER_CHECK_MODES: Final[tuple[ServerCheckMode, ...]] = ("warn", "error", "off")
SERVER_CHECKS_VARIABLE: Final = "OLLAMA_OPENAPI_SERVER_CHECKS"
"""The environment variable that gives the mode of clients made without ``server_checks=`` (the
module-level functions' default client, code written for another client's API)."""


def checked_mode(value: object) -> ServerCheckMode:
    """`value` as a `server_checks` mode.

    Raises:
        InvalidArgumentError: Not one of ``"warn"``, ``"error"``, ``"off"``.
    """
    for mode in SERVER_CHECK_MODES:
        if value == mode:
            return mode
    from .errors import InvalidArgumentError

    raise InvalidArgumentError(
        f"server_checks (or {SERVER_CHECKS_VARIABLE}) must be 'warn', 'error' or 'off', got {value!r}"
    )


@dataclass(frozen=True)
class Feature:
    """Something a call uses that not every release has."""

    operation_id: str
    route: str
    name: str
    """The field path, ``think="max"``, ``format as JsonSchema``, or the route itself."""
    since: Release | None
    removed: Release | None
    kind: Kind = "field"

    @property
    def is_route(self) -> bool:
        return self.kind == "route"

    def missing_on(self, server: Release) -> bool:
        """Whether a server of release `server` lacks it."""
        return (self.since is not None and server < self.since) or (
            self.removed is not None and server >= self.removed
        )

    def problem(self, server: Release) -> str:
        """What a server of release `server` does with it, in a sentence."""
        if self.is_route:
            if self.since is not None and server < self.since:
                return f"this Ollama ({server}) predates {self.route}, added in {self.since}"
            return f"this Ollama ({server}) no longer has {self.route}, removed in {self.removed}"
        effect = "ignores it" if self.kind == "field" else "does not understand it"
        if self.since is not None and server < self.since:
            return (
                f"{self.name} ({self.route}) was added in Ollama {self.since}; "
                f"this server runs {server}, which {effect}"
            )
        return (
            f"{self.name} ({self.route}) was removed in Ollama {self.removed}; "
            f"this server runs {server}, which {effect}"
        )


_NOT_USED: Final[tuple[object, ...]] = (None, "", [], {})
"""Values that mean the same as leaving a field out (Go's zero values)."""


@dataclass
class _Node:
    """The checks of one schema node: its own feature, and where to look further in a value."""

    feature: Feature | None = None
    unused: tuple[object, ...] = ()
    """Values that count as not given here (the schema's ``default``, what is sent when absent)."""
    properties: dict[str, _Node] = field(default_factory=dict)
    items: _Node | None = None
    variants: list[tuple[frozenset[str], _Node]] = field(default_factory=list)
    values: dict[str, Feature] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.feature or self.properties or self.items or self.variants or self.values)


_KINDS: Final = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def _kinds_of(value: object) -> frozenset[str]:
    if value is None:
        return frozenset({"null"})
    kind = _KINDS.get(type(value))
    if kind is None:
        kind = "object" if isinstance(value, Mapping) else "array" if isinstance(value, (list, tuple)) else ""
    return frozenset({kind, "number"}) if kind == "integer" else frozenset({kind})


def _schema_kinds(spec: Mapping[str, Any], node: Mapping[str, Any]) -> frozenset[str]:
    """The JSON types a value of schema `node` may have (empty: any)."""
    target = resolve(node, spec) if "$ref" in node else node
    kind = target.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(map(str, kind))
    if "properties" in target:
        return frozenset({"object"})
    if "items" in target:
        return frozenset({"array"})
    return frozenset()


class _Compiler:
    """Turns an operation's request schema into the `_Node` tree of what needs checking."""

    def __init__(
        self, spec: Mapping[str, Any], operation_id: str, route: str, threshold: Release | None
    ) -> None:
        self.spec = spec
        self.operation_id = operation_id
        self.route = route
        self.threshold = threshold

    def feature(
        self, name: str, since: Release | None, removed: Release | None, kind: Kind = "field"
    ) -> Feature | None:
        newer = since is not None and (self.threshold is None or since > self.threshold)
        return (
            Feature(self.operation_id, self.route, name, since, removed, kind) if newer or removed else None
        )

    def node(
        self, schema: object, label: str, refs: frozenset[str], own: Feature | None = None
    ) -> _Node | None:
        if not isinstance(schema, Mapping):
            return None
        result = _Node(feature=own)
        unused = [
            value
            for value in (schema.get("default"), schema.get("x-python-send-when-absent"))
            if value is not None
        ]
        result.unused = tuple(unused)
        target: Mapping[str, Any] = schema
        reference = schema.get("$ref")
        if isinstance(reference, str):
            if reference in refs:
                return None if result.empty else result
            refs = refs | {reference}
            target = resolve(schema, self.spec)
        added, gone = target.get(ENUM_SINCE), target.get(ENUM_REMOVED)
        if isinstance(added, Mapping) or isinstance(gone, Mapping):
            for value in target.get("enum") or ():
                if isinstance(value, str):
                    found = self.feature(
                        f'{label}="{value}"',
                        parse_release(added.get(value)) if isinstance(added, Mapping) else None,
                        parse_release(gone.get(value)) if isinstance(gone, Mapping) else None,
                        "value",
                    )
                    if found is not None:
                        result.values[value] = found
        for name, child in (target.get("properties") or {}).items():
            path = f"{label}.{name}" if label else str(name)
            compiled = self.node(
                child, path, refs, self.feature(path, annotation(child), annotation(child, REMOVED))
            )
            if compiled is not None:
                result.properties[str(name)] = compiled
        result.items = self.node(target.get("items"), f"{label}[]", refs)
        for key in ("anyOf", "oneOf", "allOf"):
            for variant in target.get(key) or ():
                if not isinstance(variant, Mapping):
                    continue
                own_form = None
                if key != "allOf" and (SINCE in variant or REMOVED in variant):
                    own_form = self.feature(
                        f"{label} as {form_name(variant)}",
                        annotation(variant),
                        annotation(variant, REMOVED),
                        "form",
                    )
                compiled = self.node(variant, label, refs, own_form)
                if compiled is not None:
                    result.variants.append((_schema_kinds(self.spec, variant), compiled))
        return None if result.empty else result


def _used(node: _Node, value: object, found: list[Feature]) -> None:
    """Add to `found` the features of `node` that `value` uses."""
    if value in _NOT_USED or any(type(value) is type(unused) and value == unused for unused in node.unused):
        return
    if node.feature is not None:
        found.append(node.feature)
    if node.values and isinstance(value, str) and value in node.values:
        found.append(node.values[value])
    if node.properties and isinstance(value, Mapping):
        for name, child in node.properties.items():
            if name in value:
                _used(child, value[name], found)
    if node.items is not None and isinstance(value, (list, tuple)):
        for element in value:
            _used(node.items, element, found)
    if node.variants:
        kinds = _kinds_of(value)
        for accepted, child in node.variants:
            if not accepted or accepted & kinds:
                _used(child, value, found)


@dataclass(frozen=True)
class _Plan:
    """What to check for one operation."""

    route: Feature | None
    """The route, when it is newer than the oldest route or was removed."""
    request: _Node | None


@functools.cache
def _plan(operation_id: str) -> _Plan:
    spec = _spec.load_spec()
    items = items_by_operation(spec).get(operation_id)
    if not items:
        return _Plan(None, None)
    route = items[0]
    oldest = floor(spec)
    newer = route.since is not None and (oldest is None or route.since > oldest)
    route_feature = (
        Feature(operation_id, route.route, route.route, route.since, route.removed, "route")
        if newer or route.removed
        else None
    )
    operation = _spec.operation(operation_id)
    schema = (
        {"$ref": f"#/components/schemas/{operation.request_schema}"} if operation.request_schema else None
    )
    compiler = _Compiler(spec, operation_id, route.route, route.since or oldest)
    return _Plan(route_feature, compiler.node(schema, "", frozenset()))


VERSION_OPERATION: Final = "get_version"
"""The operation that tells the server's version (``GET /api/version``); never checked itself."""


def as_document(value: object) -> object:
    """The parser of the version's answer: its JSON document as is (`ServerChecks.settle` reads it)."""
    return value


_NOT_THE_CALLER: Final = frozenset({"ollama_openapi", "ollama_openapi_generated", "asyncio"})


def _user_stacklevel() -> int:
    """The stack level of the first frame outside this package and the event loop (for warnings
    that point at the caller)."""
    level, frame = 1, sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").split(".", 1)[0] in _NOT_THE_CALLER:
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


class ServerChecks:
    """One client's compatibility checks: its mode, the server's version once known, what it warned."""

    def __init__(self, mode: ServerCheckMode, describe: str) -> None:
        self.mode = mode
        self.server = describe
        self.asked = False
        """Whether the version was asked (and answered, or could not be read)."""
        self.release: Release | None = None
        """The server's release; None when unknown, a development build or not Ollama (no checks)."""
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._warned: set[tuple[str, str]] = set()

    def features(self, operation_id: str, body: object) -> list[Feature]:
        """What a call of `operation_id` with JSON `body` uses that some release lacks (empty:
        nothing to ask the server)."""
        if self.mode == "off" or (self.asked and self.release is None) or operation_id == VERSION_OPERATION:
            return []
        plan = _plan(operation_id)
        found: list[Feature] = []
        if plan.route is not None and self.mode == "error":
            found.append(plan.route)
        if plan.request is not None and body is not None:
            _used(plan.request, body, found)
        return found

    def may_explain(self, operation_id: str, error: BaseException) -> bool:
        """Whether `error` is a router's 404 for a route some release lacks (worth the version)."""
        return (
            self.mode != "off"
            and operation_id != VERSION_OPERATION
            and isinstance(error, NotFoundError)
            and error.error.strip() == "404 page not found"
            and _plan(operation_id).route is not None
        )

    def explain_not_found(self, operation_id: str, error: OllamaError) -> OllamaError:
        """`error` (a router's 404), saying that this server predates (or outlived) the route."""
        route = _plan(operation_id).route
        if (
            not isinstance(error, ResponseError)
            or route is None
            or self.release is None
            or not route.missing_on(self.release)
        ):
            return error
        return NotFoundError(
            route.problem(self.release),
            error.status_code,
            body=error.body,
            retry_after=error.retry_after,
            headers=error.headers,
        )

    def settle(self, document: object) -> None:
        """Remember the server's release from its ``/api/version`` answer (anything unreadable, a
        development build: no release, no checks)."""
        version = document.get("version") if isinstance(document, Mapping) else None
        found = parse_release(version)
        self.release = None if found == DEVELOPMENT_BUILD else found
        self.asked = True

    def judge(self, features: list[Feature]) -> None:
        """Warn about (or, in ``"error"`` mode, refuse) what the server lacks of `features`.

        Raises:
            UnsupportedByServerError: In ``"error"`` mode, for the first feature the server lacks.
        """
        server = self.release
        if server is None:
            return
        for feature in features:
            if not feature.missing_on(server):
                continue
            message = f"{feature.problem(server)} (server at {self.server})"
            if self.mode == "error":
                raise UnsupportedByServerError(
                    message,
                    feature=feature.name,
                    since=feature.since,
                    removed=feature.removed,
                    server_version=server,
                )
            key = (feature.operation_id, feature.name)
            with self._lock:
                if key in self._warned:
                    continue
                self._warned.add(key)
            warnings.warn(OllamaCompatibilityWarning(message), stacklevel=_user_stacklevel())

    def lock(self) -> threading.Lock:
        """The lock that makes one thread ask the version while the others wait for its answer."""
        return self._lock

    def async_lock(self) -> asyncio.Lock:
        """The same, for the tasks of the running event loop."""
        import asyncio  # only an asynchronous client gets here

        loop = asyncio.get_running_loop()
        with self._lock:
            found = self._loop_locks.get(loop)
            if found is None:
                found = self._loop_locks[loop] = asyncio.Lock()
            return found
