"""The audit of the spec's schemas against Go structs and of its paths against the routes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from ollama_openapi_maintainer.audit.errors import AuditError
from ollama_openapi_maintainer.audit.go_routes import Route, parse_routes_text
from ollama_openapi_maintainer.audit.go_shapes import _STRING, Shape, _GoTypes, _JsonField, go_display
from ollama_openapi_maintainer.audit.go_source import (
    GoPackage,
    GoType,
    Location,
    merge_packages,
    parse_go_files,
)
from ollama_openapi_maintainer.audit.report import _IGNORE_KEY, KINDS, AuditResult, Difference, Kind
from ollama_openapi_maintainer.audit.source_tree import DirectoryTree, SourceTree
from ollama_openapi_maintainer.audit.spec_document import (
    _HTTP_METHODS,
    SpecDocument,
    _Branch,
    _branches,
    _escape,
    _has_properties,
    _object_view,
    _schema_roles,
)
from ollama_openapi_maintainer.audit.v1_rules import audit_v1


class _Auditor:
    def __init__(
        self, spec: SpecDocument, package: GoPackage, include_v1: bool = False, follow: bool = False
    ) -> None:
        self.spec = spec
        self.follow = follow
        """For the history: a schema whose own Go type this tree lacks is audited against the struct
        Go has in its place (an older name), so its fields are traced through every release."""
        self.known: set[str] = set()
        """Each spec property of a schema audited against a Go struct (present in Go or not)."""
        self.go = _GoTypes(package)
        every: dict[str, Any] = (spec.data.get("components") or {}).get("schemas") or {}
        self.roles = _schema_roles(spec, lambda path: include_v1 or not _is_v1(path))
        # Schemas only the routes left out use (the /v1 ones) are left out with them.
        left_out = set(_schema_roles(spec)) - set(self.roles)
        self.schemas: dict[str, Any] = {name: s for name, s in every.items() if name not in left_out}
        self.found: list[Difference] = []
        self.mapping: dict[str, str | None] = {}
        self.hints: dict[str, set[str]] = {}
        self.audited: set[tuple[str, str]] = set()
        self.field_count = 0
        self.matched: dict[str, frozenset[str] | None] = {}
        """Each spec property that has a Go field: its pointer and the JSON types Go writes and reads
        for it (None: any value). What the history records per release."""
        self.variants: set[str] = set()
        """Schemas with ``x-go-variant-of``: one variant of a Go struct, holding some of its fields."""
        self.schema_count = 0

    # -- reporting

    def emit(
        self,
        kind: Kind,
        subject: str,
        message: str,
        go: Location | None,
        spec_pointer: str | None,
        ignore_node: Any = None,
    ) -> None:
        reason: str | None = None
        if isinstance(ignore_node, dict):
            ignore = ignore_node.get(_IGNORE_KEY)
            if isinstance(ignore, dict) and isinstance(ignore.get(kind), str) and ignore[kind].strip():
                reason = ignore[kind].strip()
        where = self.spec.where(spec_pointer) if spec_pointer is not None else None
        self.found.append(Difference(kind, subject, message, go, where, reason))

    # -- mapping from spec schemas to Go types

    def build_mapping(self) -> None:
        for name, schema in self.schemas.items():
            declared = schema.get("x-go-type") if isinstance(schema, dict) else None
            key = "x-go-type"
            if isinstance(schema, dict) and "x-go-variant-of" in schema:
                declared, key = schema["x-go-variant-of"], "x-go-variant-of"
                self.variants.add(name)
            pointer = f"/components/schemas/{_escape(name)}"
            if declared is None:
                self.mapping[name] = f"api.{name}" if self.go.decl(name) is not None else None
                continue
            if declared == "gin.H":
                self.mapping[name] = "gin.H"
            elif isinstance(declared, str) and "." in declared and self.go.decl(_go_name(declared)):
                self.mapping[name] = declared
            else:
                self.mapping[name] = None
                prefix = declared.split(".", 1)[0] if isinstance(declared, str) else ""
                problem = (
                    f"{key} {declared!r}: no such type in package {prefix}"
                    if prefix in ("api", *V1_PACKAGES)
                    else f"{key} {declared!r}: must be api.<Type>, openai.<Type>, anthropic.<Type> or gin.H"
                )
                self.emit("schema", name, problem, None, f"{pointer}/{key}", schema)
                self.mapping[name] = "invalid"

    def go_struct_of(self, component: str) -> str | None:
        """The Go struct a component is audited against (None for gin.H, custom and unmapped)."""
        target = self.mapping.get(component)
        if target is None or target in ("gin.H", "invalid"):
            return None
        name = _go_name(target)
        if self.go.custom_marshaller(name) is not None or self.go.known(GoType("named", name=name)):
            return None
        return name if self.go.struct_type(name) is not None else None

    # -- the audit

    def run(self) -> None:
        self.build_mapping()
        for name, schema in self.schemas.items():
            pointer = f"/components/schemas/{_escape(name)}"
            struct = self.go_struct_of(name)
            target = self.mapping.get(name)
            if struct is not None:
                self.audit_object(name, schema, pointer, struct, None, self.is_response(name))
            elif target is not None and target not in ("gin.H", "invalid"):
                self.schema_count += 1
                go_name = _go_name(target)
                decl = self.go.decl(go_name)
                self.compare(
                    name,
                    self.go.shape(GoType("named", name=go_name)),
                    schema,
                    pointer,
                    decl.location if decl else None,
                    schema,
                    role_response=self.is_response(name),
                )
        for name, schema in self.schemas.items():
            if self.mapping.get(name) is None and _has_properties(self.spec, schema):
                used = self.hints.get(name)
                hint = (
                    f"Go uses {', '.join(sorted(used))} where the spec uses it: give it x-go-type"
                    if used
                    else f"no api.{name}: give it x-go-type: api.<Struct>, or gin.H for a body built inline"
                )
                self.emit(
                    "schema",
                    name,
                    f"no Go type ({hint})",
                    None,
                    f"/components/schemas/{_escape(name)}",
                    schema,
                )

    def is_response(self, component: str) -> bool:
        roles = self.roles.get(component)
        return not roles or "response" in roles

    def audit_object(
        self,
        label: str,
        schema: Any,
        pointer: str,
        struct: str,
        inline: GoType | None,
        response: bool,
    ) -> None:
        key = (label, struct)
        if key in self.audited:
            return
        self.audited.add(key)
        self.schema_count += 1
        go_fields = self.go.json_fields(struct, inline)
        properties, required = _object_view(self.spec, schema, pointer)
        decl = self.go.decl(struct)
        struct_location = decl.location if decl else None
        go_names = {f.name for f in go_fields}
        if inline is not None or self.go.struct_type(struct) is not None:
            self.known.update(sub_pointer for _, sub_pointer in properties.values())
        for f in go_fields:
            subject = f"{label}.{f.name}"
            via = f" (promoted from {f.owner})" if f.owner != struct and inline is None else ""
            if f.name not in properties:
                if label in self.variants:
                    continue  # a variant holds only the fields of its own kind
                self.emit(
                    "field",
                    subject,
                    f"missing from the spec: Go {f.field.declaration}{via}",
                    f.field.location,
                    pointer,
                )
                continue
            self.field_count += 1
            sub, sub_pointer = properties[f.name]
            self.compare_field(subject, f, sub, sub_pointer, response, required, label in self.variants)
        for name, (sub, sub_pointer) in properties.items():
            if name not in go_names:
                where = f" ({struct_location})" if struct_location else ""
                go_name = go_display(struct) if inline is None else f"the Go struct of {label}"
                self.emit(
                    "field",
                    f"{label}.{name}",
                    f"missing from Go: {go_name}{where} has no field with JSON name {name!r}",
                    None,
                    sub_pointer,
                    sub,
                )

    def compare_field(
        self,
        subject: str,
        f: _JsonField,
        schema: Any,
        pointer: str,
        response: bool,
        required: set[str],
        variant: bool = False,
    ) -> None:
        shape = self.go.shape(f.field.type)
        if f.tag.string and shape.types & {"integer", "number", "boolean", "string"}:
            shape = _STRING
        self.matched[pointer] = shape.types if shape.unknown is None and not shape.is_any else None
        self.compare(subject, shape, schema, pointer, f.field.location, schema, role_response=response)
        branches = _branches(self.spec, schema, pointer)
        spec_null = any(b.json_type == "null" or b.json_type is None for b in branches)
        go_null, why_null = self.go.nullable(f)
        # The /v1 packages' request structs are only decoded (no Go client encodes them), and Go's
        # decoder reads null as "absent": whether a request may hold null is the spec's choice.
        decoded_only = not response and "." in f.owner
        if go_null and not spec_null and not decoded_only:
            self.emit(
                "nullable",
                subject,
                f"Go may send null ({why_null}) but the spec does not allow null",
                f.field.location,
                pointer,
                schema,
            )
        explicit_null = any(b.json_type == "null" for b in branches)
        if response and explicit_null and not go_null:
            self.emit(
                "nullable",
                subject,
                f"the spec allows null but Go never sends it ({why_null})",
                f.field.location,
                pointer,
                schema,
            )
        sent, why_sent = self.go.always_sent(f)
        in_required = f.name in required
        if response and sent and not in_required:
            self.emit(
                "required",
                subject,
                f"Go always sends it ({why_sent}) but the spec does not require it",
                f.field.location,
                pointer,
                schema,
            )
        elif in_required and not sent and not variant:
            who = "Go" if response else "Go's client"
            self.emit(
                "required",
                subject,
                f"the spec requires it but {who} leaves it out when empty ({why_sent})",
                f.field.location,
                pointer,
                schema,
            )

    def compare(
        self,
        subject: str,
        go: Shape,
        schema: Any,
        pointer: str,
        location: Location | None,
        ignore_node: Any,
        role_response: bool,
    ) -> None:
        """Report how the JSON types of `go` and of the spec `schema` differ (nulls aside)."""
        if go.unknown is not None:
            self.emit("type", subject, f"cannot check: {go.unknown}", location, pointer, ignore_node)
            return
        if go.is_any:
            return
        branches = [b for b in _branches(self.spec, schema, pointer) if b.json_type != "null"]
        if not branches:
            self.emit(
                "type",
                subject,
                f"the spec allows only null; Go sends {_types(go.types)}",
                location,
                pointer,
                ignore_node,
            )
            return
        if any(b.json_type is None for b in branches):
            self.emit(
                "type",
                subject,
                f"the spec allows any JSON value; Go sends only {_types(go.types)}",
                location,
                pointer,
                ignore_node,
            )
            return
        spec_types = frozenset(b.json_type for b in branches if b.json_type)
        if spec_types != go.types:
            self.emit(
                "type",
                subject,
                f"Go sends {_types(go.types)}, the spec allows {_types(spec_types)}",
                location,
                pointer,
                ignore_node,
            )
        if "array" in go.types and go.items is not None:
            arrays = [b for b in branches if b.json_type == "array"]
            if arrays:
                items = arrays[0].node.get("items", {}) if isinstance(arrays[0].node, dict) else {}
                self.compare(
                    f"{subject}[]",
                    go.items,
                    items,
                    f"{arrays[0].pointer}/items",
                    location,
                    ignore_node,
                    role_response,
                )
        objects = [b for b in branches if b.json_type == "object"]
        if "object" in go.types and objects:
            self.compare_object(subject, go, objects, location, ignore_node, role_response)

    def compare_object(
        self,
        subject: str,
        go: Shape,
        objects: list[_Branch],
        location: Location | None,
        ignore_node: Any,
        role_response: bool,
    ) -> None:
        branch = objects[0]
        node = branch.node if isinstance(branch.node, dict) else {}
        if go.struct is not None or go.inline is not None:
            go_name = go_display(go.struct) if go.struct else "an anonymous struct"
            if branch.component is not None:
                target = self.mapping.get(branch.component)
                if go.struct is not None and target is not None and _go_name(target) == go.struct:
                    return
                if self.follow and self.go_struct_of(branch.component) is None and target != "gin.H":
                    # This tree lacks the schema's own Go type: trace it through the one Go uses here.
                    struct = go.struct or subject
                    self.audit_object(
                        branch.component, node, branch.pointer, struct, go.inline, role_response
                    )
                    return
                if target is None and _has_properties(self.spec, node):
                    self.hints.setdefault(branch.component, set()).add(go_name)
                    return
                if target == "invalid":
                    return
                if target == "gin.H" and go.inline is not None:
                    # A schema for an anonymous Go struct (a field's inline struct type).
                    self.audit_object(
                        branch.component, node, branch.pointer, subject, go.inline, role_response
                    )
                    return
                if target is not None:
                    self.emit(
                        "type",
                        subject,
                        f"the spec's {branch.component} stands for {target}; Go has {go_name}",
                        location,
                        branch.pointer,
                        ignore_node,
                    )
                    return
            if _has_properties(self.spec, node) and branch.component is None:
                struct = go.struct or subject
                response = role_response
                self.audit_object(subject, node, branch.pointer, struct, go.inline, response)
                return
            what = f"the spec's {branch.component}" if branch.component else "the spec"
            self.emit(
                "type",
                subject,
                f"{what} is a free-form object; Go has {go_name} with fixed fields",
                location,
                branch.pointer,
                ignore_node,
            )
            return
        if go.values is None or go.values.is_any:
            return
        extra = node.get("additionalProperties", True)
        if isinstance(extra, dict) and extra:
            self.compare(
                f"{subject}{{}}",
                go.values,
                extra,
                f"{branch.pointer}/additionalProperties",
                location,
                ignore_node,
                role_response,
            )
        elif extra is False:
            self.emit(
                "type",
                subject,
                "the spec allows no other keys; Go has a map",
                location,
                branch.pointer,
                ignore_node,
            )
        else:
            described = go_display(go.values.struct) if go.values.struct else _types(go.values.types)
            self.emit(
                "type",
                f"{subject}{{}}",
                f"the spec allows any value in this map; Go values are {described}",
                location,
                branch.pointer,
                ignore_node,
            )


def _go_name(target: str) -> str:
    """The merged namespace's key of a spec's Go type name: ``api.Message`` -> ``Message``."""
    return target[4:] if target.startswith("api.") else target


def _types(types: Iterable[str]) -> str:
    names = sorted(types)
    return " or ".join(names) if names else "any value"


def _is_v1(path: str) -> bool:
    return path == "/v1" or path.startswith("/v1/")


def _audit_routes(spec: SpecDocument, routes: Sequence[Route], include_v1: bool) -> list[Difference]:
    def wanted(path: str) -> bool:
        return include_v1 or not _is_v1(path)

    go = {(r.method, r.path): r for r in routes if wanted(r.path)}
    declared: dict[tuple[str, str], str] = {}
    for path, item in (spec.data.get("paths") or {}).items():
        if not isinstance(item, dict) or not wanted(path):
            continue
        for method in _HTTP_METHODS:
            if method in item:
                declared[(method.upper(), path)] = f"/paths/{_escape(path)}/{method}"
    found: list[Difference] = []
    for key, route in go.items():
        if key not in declared:
            message = "registered in GenerateRoutes, missing from the spec"
            found.append(Difference("route", f"{key[0]} {key[1]}", message, route.location, None))
    for key, pointer in declared.items():
        if key not in go:
            message = "in the spec, not registered in GenerateRoutes"
            found.append(Difference("route", f"{key[0]} {key[1]}", message, None, spec.where(pointer)))
    return found


V1_PACKAGES: Final = ("openai", "anthropic")
"""The Go packages, beside api, whose types the /v1 schemas name (``x-go-type: openai.Model``)."""


def load_types(tree: SourceTree) -> GoPackage:
    """Package api's types and the /v1 packages' ones, in one namespace (see `merge_packages`)."""
    api_files = {path: tree.read(path) or "" for path in tree.go_files("api")}
    if not api_files:
        raise AuditError(f"no Go files in {tree.label}/api")
    others = {}
    for name in V1_PACKAGES:
        files = {path: tree.read(path) or "" for path in tree.go_files(name)}
        if files:
            others[name] = parse_go_files(files)
    return merge_packages(parse_go_files(api_files), others)


def run_auditor(
    tree: SourceTree, spec: SpecDocument, include_v1: bool, strict: bool = True
) -> tuple[list[Route], _Auditor]:
    """Ollama's routes and the auditor after its run, for `audit` and for the history. With `strict`
    False (old trees), routes are read from the whole of server/routes.go when it has no
    ``GenerateRoutes``, and a route whose path is not a literal is left out."""
    routes_text = tree.read("server/routes.go")
    if routes_text is None or not tree.go_files("api"):
        raise AuditError(f"{tree.label} is not a checkout of ollama/ollama (no server/routes.go or api/)")
    function = "GenerateRoutes" if strict or "func GenerateRoutes" in routes_text else None
    routes = parse_routes_text(routes_text, "server/routes.go", function, strict)
    auditor = _Auditor(spec, load_types(tree), include_v1, follow=not strict)
    auditor.run()
    return routes, auditor


def audit(ollama_src: Path | SourceTree, spec: SpecDocument, include_v1: bool = False) -> AuditResult:
    """Compare `spec` with the Ollama tree at `ollama_src` (``server/routes.go``, ``api/``, and for
    the /v1 routes ``openai/`` and ``anthropic/``)."""
    tree = DirectoryTree(ollama_src) if isinstance(ollama_src, Path) else ollama_src
    routes, auditor = run_auditor(tree, spec, include_v1)
    everything = _audit_routes(spec, routes, include_v1) + auditor.found
    wire = 0
    if include_v1:
        v1_found, wire = audit_v1(tree, spec)
        everything += [
            Difference(
                d.kind, d.subject, d.message, d.go, spec.where(d.spec_pointer) if d.spec_pointer else None
            )
            for d in v1_found
        ]
    unique = list(dict.fromkeys(everything))

    def order(d: Difference) -> tuple[int, str, int, str]:
        path, line = (d.go.path, d.go.line) if d.go else ("~" + (d.spec or ""), 0)
        return KINDS.index(d.kind), path, line, d.subject

    unique.sort(key=order)
    return AuditResult(
        differences=[d for d in unique if d.ignored is None],
        ignored=[d for d in unique if d.ignored is not None],
        routes=len({(r.method, r.path) for r in routes if include_v1 or not _is_v1(r.path)}),
        schemas=auditor.schema_count,
        fields=auditor.field_count,
        wire=wire,
    )
