"""Validate JSON bodies against the schemas of the Ollama OpenAPI spec.

Used by the fake server's strict mode and by the contract tests. Needs ``jsonschema`` (the ``fake``
extra); it is imported when a `SpecValidator` is created, never by the client.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .spec import load_spec

__all__ = ["OperationMatch", "SpecValidator", "ValidationUnavailableError"]

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")
_METHODS = ("get", "head", "post", "put", "patch", "delete", "options")


class ValidationUnavailableError(ImportError):
    """Raised when spec validation is asked for but ``jsonschema`` is not installed."""


@dataclass(frozen=True)
class OperationMatch:
    """The spec operation that a concrete method and path resolve to."""

    method: str
    template: str
    operation: dict[str, Any]


def _is_rfc3339(value: object) -> bool:
    return not isinstance(value, str) or bool(_RFC3339.match(value))


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _path_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{pattern}$")


class SpecValidator:
    """Checks request and response bodies against the spec (by default the one shipped with the package)."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        try:
            # An optional dependency (the `fake` extra): without it, mypy sees these as Any.
            import jsonschema  # type: ignore[import-untyped,unused-ignore]
            import referencing  # type: ignore[import-not-found,unused-ignore]
            import referencing.jsonschema  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ValidationUnavailableError(
                "spec validation needs jsonschema: pip install 'ollama-openapi[fake]'"
            ) from exc
        self.spec = spec if spec is not None else load_spec()
        resource = referencing.Resource.from_contents(
            self.spec, default_specification=referencing.jsonschema.DRAFT202012
        )
        self._registry: Any = referencing.Registry().with_resource("urn:ollama-openapi", resource)
        checker = jsonschema.FormatChecker()
        checker.checks("date-time")(_is_rfc3339)
        checker.checks("uuid")(_is_uuid)
        self._format_checker = checker
        self._validator_class: Any = jsonschema.Draft202012Validator
        self._best_match: Any = jsonschema.exceptions.best_match
        self._paths = [(_path_regex(template), template) for template in self.spec["paths"]]
        self._validators: dict[str, Any] = {}

    def _validator(self, pointer: str) -> Any:
        validator = self._validators.get(pointer)
        if validator is None:  # building twice in a race is harmless: both are equal
            schema = {"$ref": f"urn:ollama-openapi#{pointer}"}
            validator = self._validator_class(
                schema, registry=self._registry, format_checker=self._format_checker
            )
            self._validators[pointer] = validator
        return validator

    def errors_for_pointer(self, pointer: str, instance: Any) -> list[str]:
        """Messages for every way `instance` breaks the schema at JSON pointer `pointer` (empty if valid)."""
        found = list(self._validator(pointer).iter_errors(instance))
        if not found:
            return []
        best = self._best_match(found)
        # The most relevant error first (inside anyOf branches), then the rest in a stable order.
        rest = sorted({self._describe(error) for error in found} - {self._describe(best)})
        return [self._describe(best), *rest]

    @staticmethod
    def _describe(error: Any) -> str:
        return f"{error.json_path}: {error.message}"

    def errors_for_schema(self, name: str, instance: Any) -> list[str]:
        """Messages for every way `instance` breaks the component schema `name` (empty if valid)."""
        return self.errors_for_pointer(f"/components/schemas/{name}", instance)

    def match(self, method: str, path: str) -> OperationMatch | None:
        """The operation for a concrete request (``POST``, ``/api/blobs/sha256:...``), or None."""
        method = method.lower()
        for regex, template in self._paths:
            item = self.spec["paths"][template]
            if method in item and regex.match(path):
                return OperationMatch(method, template, item[method])
        return None

    def _pointer(self, match: OperationMatch, *parts: str) -> str:
        escaped = match.template.replace("~", "~0").replace("/", "~1")
        return "/".join(["", "paths", escaped, match.method, *parts])

    def request_errors(self, method: str, path: str, body: Any) -> list[str]:
        """Messages for a JSON request body that does not match its operation's request schema."""
        match = self.match(method, path)
        if match is None:
            return [f"{method.upper()} {path}: no such operation in the spec"]
        content = match.operation.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            return []
        pointer = self._pointer(match, "requestBody", "content", "application~1json", "schema")
        return self.errors_for_pointer(pointer, body)

    def response_errors(
        self, method: str, path: str, status: int, content_type: str | None, body: bytes
    ) -> list[str]:
        """Messages for a response that the spec does not allow (status, content type or body)."""
        match = self.match(method, path)
        if match is None:
            return [f"{method.upper()} {path}: no such operation in the spec"]
        responses = match.operation.get("responses", {})
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
        if key is None:
            return [f"{method.upper()} {path}: status {status} is not declared"]
        if method.lower() == "head":
            return []  # HTTP never delivers a body with a HEAD answer, so there is nothing to check
        response = responses[key]
        base = self._pointer(match, "responses", key)
        if "$ref" in response:
            base = response["$ref"].removeprefix("#")
            response = self._resolve(base)
        content = response.get("content")
        if not content:
            return [] if not body else [f"status {status} must have an empty body, got {body[:80]!r}"]
        media = (content_type or "").split(";")[0].strip().lower()
        if not media and not body:
            return []  # an empty answer (e.g. a 403 from the Host check) carries nothing to check
        if media not in content:
            return [f"content type {content_type!r} is not declared for status {status}"]
        pointer = f"{base}/content/{media.replace('/', '~1')}/schema"
        if media == "application/x-ndjson":
            return list(self._ndjson_errors(pointer, body.splitlines()))
        if media == "text/event-stream":
            return list(self._sse_errors(match, pointer, body))
        if media.startswith("text/"):
            return []
        try:
            document = json.loads(body)
        except ValueError as exc:
            return [f"body is not JSON: {exc}"]
        return self.errors_for_pointer(pointer, document)

    def _resolve(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def _sse_errors(self, match: OperationMatch, pointer: str, body: bytes) -> Iterable[str]:
        """Problems of Server-Sent Events (one or more): each event's data must match the schema its
        ``event:`` name has in the operation's ``x-ollama-sse`` (else the declared one), and name its
        own ``type``; the end marker of a ``data-done`` stream is not JSON."""
        extension = match.operation.get("x-ollama-sse", {})
        end = extension.get("end")
        ends = {end} if isinstance(end, str) else set(end or ())
        named = extension.get("events", {})
        blocks = body.replace(b"\r\n", b"\n").split(b"\n\n")
        for number, block in enumerate(blocks, start=1):
            name, data = "", []
            for line in block.split(b"\n"):
                field, _, value = line.partition(b":")
                value = value[1:] if value.startswith(b" ") else value
                if field == b"event":
                    name = value.decode("utf-8", "replace")
                elif field == b"data":
                    data.append(value)
            if not data:
                continue
            text = b"\n".join(data)
            if extension.get("convention") == "data-done" and text.decode("utf-8", "replace") in ends:
                continue
            try:
                document = json.loads(text)
            except ValueError as exc:
                yield f"event {number} is not JSON: {exc}"
                continue
            event_pointer = pointer
            if name:
                reference = named.get(name)
                if not isinstance(reference, str):
                    yield f"event {number}: {name!r} is not an event of this operation"
                    continue
                event_pointer = reference.removeprefix("#")
                if isinstance(document, dict) and document.get("type") != name:
                    yield f"event {number}: type {document.get('type')!r} is not the event name {name!r}"
            found = self.errors_for_pointer(event_pointer, document)
            yield from (f"event {number}: {message}" for message in found)

    def _ndjson_errors(self, pointer: str, lines: Iterable[bytes]) -> Iterable[str]:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
            except ValueError as exc:
                yield f"line {number} is not JSON: {exc}"
                continue
            found = self.errors_for_pointer(pointer, document)
            yield from (f"line {number}: {message}" for message in found)
