"""Validation of the fake's traffic against the project's OpenAPI 3.1 document.

Operations (method + path -> request schema, response schemas per status and content type) are discovered
from the spec itself. One ``Draft202012Validator`` per schema location is built over a ``referencing``
registry that holds the whole document, so ``$ref: '#/components/schemas/X'`` resolves as in the spec.
Needs the optional ``jsonschema`` dependency (``pip install ollama-openapi[fake]``).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from typing import Any

_SPEC_URI = "urn:ollama-openapi:spec"
_METHODS = ("get", "head", "post", "put", "delete", "patch", "options")
_PARAMETER = re.compile(r"\{[^}]*\}")


def _import_jsonschema() -> tuple[Any, Any, Any]:
    try:
        import jsonschema
        import referencing
        import referencing.jsonschema
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "FakeOllama(strict=True / validate_responses=True) needs jsonschema: "
            "pip install 'ollama-openapi[fake]' (or pip install jsonschema)"
        ) from error
    return jsonschema, referencing, referencing.jsonschema


def _pointer(*parts: str) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _path_key(template: str) -> str:
    return _PARAMETER.sub("{}", template)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _is_error_line(document: Any) -> bool:
    return isinstance(document, dict) and "error" in document and "status" not in document


class SpecValidator:
    """Checks request bodies and response documents against the spec's schemas."""

    def __init__(self, spec: dict[str, Any]) -> None:
        jsonschema, referencing, referencing_jsonschema = _import_jsonschema()
        self._jsonschema = jsonschema
        resource = referencing.Resource.from_contents(
            spec, default_specification=referencing_jsonschema.DRAFT202012
        )
        self._registry = referencing.Registry().with_resource(_SPEC_URI, resource)
        self._operations: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for path, item in (spec.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in _METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    self._operations[(method.upper(), _path_key(path))] = (path, operation)
        self._spec = spec
        schemas = (spec.get("components") or {}).get("schemas") or {}
        self._error_schema = (
            _pointer("components", "schemas", "ErrorResponse") if "ErrorResponse" in schemas else ""
        )
        self._validators: dict[str, Any] = {}
        self._lock = threading.Lock()

    # Lookup -------------------------------------------------------------------------------------------
    def operation(self, method: str, template: str) -> tuple[str, dict[str, Any]] | None:
        """The spec path and operation object for a route, if the spec declares it."""
        return self._operations.get((method.upper(), _path_key(template)))

    def _validator(self, pointer: str) -> Any:
        with self._lock:
            validator = self._validators.get(pointer)
            if validator is None:
                validator = self._jsonschema.Draft202012Validator(
                    {"$ref": f"{_SPEC_URI}#{pointer}"}, registry=self._registry
                )
                self._validators[pointer] = validator
        return validator

    def _errors(self, pointer: str, document: Any) -> str | None:
        validator = self._validator(pointer)
        error = self._jsonschema.exceptions.best_match(validator.iter_errors(document))
        if error is None:
            return None
        return f"{error.json_path}: {error.message}"

    # Requests -----------------------------------------------------------------------------------------
    def check_request(self, method: str, template: str, body: bytes) -> str | None:
        """``None`` when ``body`` conforms to the operation's request schema, else ``<path>: <message>``."""
        found = self.operation(method, template)
        if found is None:
            return f"$: {method} {template} is not in the spec"
        path, operation = found
        content = (operation.get("requestBody") or {}).get("content") or {}
        media = next((m for m in content if _media_type(m) == "application/json"), None)
        if media is None or "schema" not in content[media]:
            return None
        try:
            document = json.loads(body)
        except ValueError:
            return None  # the handler answers malformed JSON with Ollama's own error
        pointer = _pointer("paths", path, method.lower(), "requestBody", "content", media, "schema")
        return self._errors(pointer, document)

    def request_checker(self, violations: list[str]) -> Callable[[str, str, bytes], str | None]:
        """A checker for the HTTP layer that also records each problem in ``violations``."""

        def check(method: str, template: str, body: bytes) -> str | None:
            problem = self.check_request(method, template, body)
            if problem is not None:
                violations.append(f"request {method} {template}: {problem}")
            return problem

        return check

    # Responses ----------------------------------------------------------------------------------------
    def check_response(
        self, method: str, template: str, status: int, content_type: str, data: bytes
    ) -> str | None:
        """``None`` when one response document matches what the spec declares for this status and type."""
        found = self.operation(method, template)
        if found is None:
            return f"{method} {template} is not in the spec"
        path, operation = found
        responses = operation.get("responses") or {}
        status_key = next(
            (key for key in (str(status), f"{str(status)[0]}XX", "default") if key in responses), None
        )
        if status_key is None:
            return f"status {status} is not declared"
        if method.upper() == "HEAD":
            return None  # HEAD responses carry no body to validate
        response_pointer, response = self._response_object(
            _pointer("paths", path, method.lower(), "responses", status_key), responses[status_key]
        )
        content = response.get("content") or {}
        if not content_type:
            return None if not data else "a body was sent where the spec declares none"
        media = _media_type(content_type)
        declared = next((m for m in content if _media_type(m) == media), None)
        if declared is None:
            return f"status {status}: content type {media} is not declared (declared: {sorted(content)})"
        if "schema" not in content[declared]:
            return None
        try:
            document = json.loads(data)
        except ValueError as error:
            return f"$: not JSON ({error})"
        if media == "application/x-ndjson" and self._error_schema and _is_error_line(document):
            # Ollama reports failures after a stream has started as an {"error": ...} line (status stays 200).
            return self._errors(self._error_schema, document)
        pointer = response_pointer + _pointer("content", declared, "schema")
        return self._errors(pointer, document)

    def _response_object(self, pointer: str, response: Any) -> tuple[str, dict[str, Any]]:
        """Follow a response-level ``$ref`` (``#/components/responses/X``) to the response object."""
        for _ in range(8):
            if not isinstance(response, dict) or "$ref" not in response:
                break
            pointer = str(response["$ref"]).split("#", 1)[-1]
            response = self._spec
            for part in pointer.strip("/").split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                response = response.get(part, {}) if isinstance(response, dict) else {}
        return pointer, response if isinstance(response, dict) else {}

    def response_observer(self, violations: list[str]) -> Callable[[str, str, int, str, bytes], None]:
        """An observer for the HTTP layer that records every non-conforming response document."""

        def observe(method: str, template: str, status: int, content_type: str, data: bytes) -> None:
            problem = self.check_response(method, template, status, content_type, data)
            if problem is not None:
                snippet = data[:200].decode("utf-8", "replace")
                violations.append(f"response {method} {template} {status}: {problem} in {snippet}")

        return observe
