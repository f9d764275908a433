"""Validation of the fake's traffic against the project's OpenAPI spec.

A thin adapter over `ollama_openapi.spec_validation.SpecValidator` (shared with the contract tests)
for the fake's HTTP layer: one problem per request or response document, recorded in a list.
Needs the optional ``jsonschema`` dependency (``pip install ollama-openapi[fake]``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..spec_validation import SpecValidator as _CoreValidator

__all__ = ["SpecValidator"]


class SpecValidator:
    """Checks the fake's request bodies and response documents against the spec's schemas."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._core = _CoreValidator(spec)

    def check_request(self, method: str, template: str, body: bytes) -> str | None:
        """None when `body` conforms to the operation's request schema, else ``<json path>: <message>``."""
        try:
            document = json.loads(body)
        except ValueError:
            if self._core.match(method, template) is None:
                return f"$: {method} {template} is not in the spec"
            return None  # the handler answers malformed JSON with Ollama's own error
        problems = self._core.request_errors(method, template, document)
        return problems[0] if problems else None

    def request_checker(self, violations: list[str]) -> Callable[[str, str, bytes], str | None]:
        """A checker for the HTTP layer that also records each problem in `violations`."""

        def check(method: str, template: str, body: bytes) -> str | None:
            problem = self.check_request(method, template, body)
            if problem is not None:
                violations.append(f"request {method} {template}: {problem}")
            return problem

        return check

    def check_response(
        self, method: str, template: str, status: int, content_type: str, data: bytes
    ) -> str | None:
        """None when one response document (or NDJSON line) matches what the spec declares."""
        problems = self._core.response_errors(method, template, status, content_type, data)
        return problems[0] if problems else None

    def response_observer(self, violations: list[str]) -> Callable[[str, str, int, str, bytes], None]:
        """An observer for the HTTP layer that records every non-conforming response document."""

        def observe(method: str, template: str, status: int, content_type: str, data: bytes) -> None:
            problem = self.check_response(method, template, status, content_type, data)
            if problem is not None:
                snippet = data[:200].decode("utf-8", "replace")
                violations.append(f"response {method} {template} {status}: {problem} in {snippet}")

        return observe
