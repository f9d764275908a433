"""Compare the spec with Ollama's Go source: ``python -m ollama_openapi_maintainer.audit --ollama-src DIR``.

The maintainer's first step when Ollama releases a new version. It reads a checkout of
github.com/ollama/ollama (no Go toolchain needed) and prints every difference with the spec:

* **route**: a route registered in ``GenerateRoutes`` (``server/routes.go``: ``r.GET``, ``r.POST``,
  ``r.Handle``, ``r.Any``, ``r.Match``, ``Group`` prefixes; gin's ``:name`` and ``*name`` become
  ``{name}``) that the spec lacks, or a spec operation Go does not register. ``/v1`` routes are left
  out unless ``--include-v1``.
* **schema**: a spec object schema with no Go type, or an ``x-go-type`` naming no Go type.
* **field**: a JSON field of a Go struct (``api/*.go``: json tags, ``json:"-"``, embedded structs
  promoted by encoding/json's rules) that the mapped spec schema lacks, or the reverse.
* **type**: a Go type that encodes to other JSON types than the spec allows (string, boolean,
  integer, number, array and its items, object and its values, which struct), or a custom JSON type
  whose shape this module does not know.
* **nullable**: a field Go may send as ``null`` (pointer, slice, map or interface without
  ``omitempty``) that the spec does not allow to be null; and, in schemas used by responses, a field
  the spec allows to be null that Go never sends as null. Request schemas may allow null freely
  (Go's decoder accepts it everywhere).
* **required**: in schemas used by responses, a field Go always sends (no ``omitempty`` or
  ``omitzero``, or a struct, on which ``omitempty`` has no effect) that the spec does not require, or
  the reverse; in request schemas, a field the spec requires that Go's client leaves out when empty.

Which Go type a spec schema stands for: its ``x-go-type`` (``api.StructName``, or ``gin.H`` for a
body the handler builds inline, which is then not audited); else the Go type of the same name in
package ``api``. Schemas used only by routes left out (the ``/v1`` ones, without ``--include-v1``)
are left out too. Object schemas are audited field by field; a schema named
after a Go type with a custom ``MarshalJSON`` (``Duration``, ``ThinkValue``...) is compared as a
whole with that type's shape (`KNOWN_TYPES`). Null elements of arrays and maps are not checked.

A difference the spec makes on purpose is silenced, with its reason, by ``x-spec-audit-ignore`` on
the property: ``{nullable: "why"}`` (keys: ``field``, ``type``, ``nullable``, ``required``), or on a
schema (key ``schema``). ``--show-ignored`` lists them.

Output: the differences grouped by kind, one line each, Go location first (``api/types.go:123``),
then the spec's (a line of a YAML spec when PyYAML is installed, else a JSON pointer). Exit status:
0 when there is no difference, 1 when there is one, 2 when the source or the spec cannot be read.
Standard library only, except PyYAML for a YAML ``--spec``.
"""

from ollama_openapi_maintainer.audit.cli import main
from ollama_openapi_maintainer.audit.errors import AuditError
from ollama_openapi_maintainer.audit.go_routes import Route, parse_routes
from ollama_openapi_maintainer.audit.go_shapes import KNOWN_TYPES, Shape
from ollama_openapi_maintainer.audit.go_source import (
    GoField,
    GoPackage,
    GoType,
    GoTypeDecl,
    Location,
    load_go_package,
)
from ollama_openapi_maintainer.audit.native import audit
from ollama_openapi_maintainer.audit.report import KINDS, AuditResult, Difference, Kind
from ollama_openapi_maintainer.audit.spec_document import SpecDocument, load_spec_file

__all__ = [
    "KINDS",
    "KNOWN_TYPES",
    "AuditError",
    "AuditResult",
    "Difference",
    "GoField",
    "GoPackage",
    "GoType",
    "GoTypeDecl",
    "Kind",
    "Location",
    "Route",
    "Shape",
    "SpecDocument",
    "audit",
    "load_go_package",
    "load_spec_file",
    "main",
    "parse_routes",
]
