"""Differences and the report the auditor prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from ollama_openapi_maintainer.audit.go_source import Location

Kind = Literal[
    "route", "schema", "field", "type", "nullable", "required", "status", "content-type", "error-shape", "sse"
]
KINDS: Final[tuple[Kind, ...]] = (
    "route",
    "schema",
    "field",
    "type",
    "nullable",
    "required",
    "status",
    "content-type",
    "error-shape",
    "sse",
)

_IGNORE_KEY: Final = "x-spec-audit-ignore"

# ---------------------------------------------------------------------------------------------------
# The audit


@dataclass(frozen=True)
class Difference:
    """One difference between the spec and the Go source."""

    kind: Kind
    subject: str
    """What differs: ``POST /api/foo``, ``GenerateRequest.suffix``, ``ToolProperty.anyOf[]``..."""
    message: str
    go: Location | None
    spec: str | None
    """Where in the spec (``file:line`` or ``file#pointer``)."""
    ignored: str | None = None
    """The reason given by ``x-spec-audit-ignore``, when the spec silences this difference."""

    def __str__(self) -> str:
        head = str(self.go) if self.go is not None else self.spec
        tail = f" [spec: {self.spec}]" if self.go is not None and self.spec else ""
        note = f" (ignored: {self.ignored})" if self.ignored else ""
        return f"{head}: {self.subject}: {self.message}{tail}{note}"


@dataclass
class AuditResult:
    """The differences found (ignored ones apart) and what was compared."""

    differences: list[Difference]
    ignored: list[Difference]
    routes: int
    schemas: int
    fields: int
    wire: int = 0
    """Statuses, content types, error shapes and SSE events of the /v1 routes compared."""

    def report(self, show_ignored: bool = False) -> str:
        """The differences grouped by kind, one per line, and a summary line."""
        lines: list[str] = []
        for kind in KINDS:
            group = [d for d in self.differences if d.kind == kind]
            if group:
                lines.append(f"{kind} ({len(group)}):")
                lines.extend(f"  {d}" for d in group)
        if show_ignored and self.ignored:
            lines.append(f"ignored by {_IGNORE_KEY} ({len(self.ignored)}):")
            lines.extend(f"  {d}" for d in self.ignored)
        checked = f"{self.routes} routes, {self.schemas} schemas, {self.fields} fields"
        if self.wire:
            checked += f", {self.wire} /v1 wire facts"
        checked += " compared"
        ignored = f"; {len(self.ignored)} ignored by {_IGNORE_KEY}" if self.ignored else ""
        if self.differences:
            counts = ", ".join(f"{n} {k}" for k in KINDS if (n := sum(d.kind == k for d in self.differences)))
            lines.append(f"{len(self.differences)} differences ({counts}); {checked}{ignored}")
        else:
            lines.append(f"no differences; {checked}{ignored}")
        return "\n".join(lines)
