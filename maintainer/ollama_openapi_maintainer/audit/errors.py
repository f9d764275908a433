"""The one error of the auditor: the Go source or the spec cannot be read."""

from __future__ import annotations


class AuditError(Exception):
    """The Go source or the spec could not be read (exit status 2)."""
