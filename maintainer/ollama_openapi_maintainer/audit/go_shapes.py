"""What JSON the Go types of a package encode to: shapes, ``omitempty`` and ``null``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from ollama_openapi_maintainer.audit.go_source import (
    GoField,
    GoPackage,
    GoType,
    GoTypeDecl,
    Location,
    _unquote,
)

# ---------------------------------------------------------------------------------------------------
# JSON shapes of Go types


@dataclass(frozen=True)
class Shape:
    """What JSON a Go type encodes to (null aside; whether a field can be null depends on its tag)."""

    types: frozenset[str]
    """The JSON types other than null; empty means any JSON value."""
    items: Shape | None = None
    """For arrays: their items."""
    values: Shape | None = None
    """For maps: their values."""
    struct: str | None = None
    """For a struct of package api: its name (its fields are audited against the mapped schema)."""
    inline: GoType | None = None
    """For an anonymous struct: its type."""
    null_when_zero: bool = False
    """A custom marshaller that writes ``null`` for the zero value."""
    unknown: str | None = None
    """Why the shape is not known (a custom ``MarshalJSON`` this module has no entry for)."""

    @property
    def is_any(self) -> bool:
        """True for a Go type that can hold any JSON value (``any``, ``json.RawMessage``)."""
        return not self.types and self.unknown is None


_ANY: Final = Shape(frozenset())
_STRING: Final = Shape(frozenset({"string"}))
_INTEGER: Final = Shape(frozenset({"integer"}))


@dataclass(frozen=True)
class _Known:
    shape: Shape
    kind: Literal["struct", "slice", "map", "scalar", "array", "interface"]
    """The Go kind behind it, which decides what ``omitempty`` leaves out."""


KNOWN_TYPES: Final[Mapping[str, _Known]] = {
    "time.Time": _Known(_STRING, "struct"),
    "time.Duration": _Known(_INTEGER, "scalar"),
    "json.RawMessage": _Known(_ANY, "slice"),
    "uuid.UUID": _Known(_STRING, "array"),
    "model.Capability": _Known(_STRING, "scalar"),
    # api types with a custom MarshalJSON: the shape written by hand from their methods.
    "api.Duration": _Known(Shape(frozenset({"number", "string"})), "struct"),
    "api.ThinkValue": _Known(Shape(frozenset({"boolean", "string"}), null_when_zero=True), "struct"),
    "api.ToolCallFunctionArguments": _Known(Shape(frozenset({"object"}), values=_ANY), "struct"),
    "api.ToolPropertiesMap": _Known(
        Shape(
            frozenset({"object"}),
            values=Shape(frozenset({"object"}), struct="ToolProperty"),
            null_when_zero=True,
        ),
        "struct",
    ),
    "api.PropertyType": _Known(Shape(frozenset({"string", "array"}), items=_STRING), "slice"),
}
"""JSON shape of the Go types whose shape does not follow from their declaration: other packages'
types, and api types with a custom ``MarshalJSON``. Any other such type is a ``type`` difference."""

_INTEGERS: Final = frozenset(
    [
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
        "byte",
        "rune",
    ]
)
_FLOATS: Final = frozenset({"float32", "float64"})


@dataclass(frozen=True)
class _Tag:
    name: str
    omitempty: bool
    omitzero: bool
    string: bool


def _json_tag(tag: str) -> _Tag | None:
    """The json key of a struct tag, as reflect.StructTag.Get reads it; None for ``json:"-"``."""
    value = ""
    for match in re.finditer(r'([^\s:"]+):"((?:[^"\\]|\\.)*)"', tag):
        if match.group(1) == "json":
            value = _unquote(f'"{match.group(2)}"')
            break
    if value == "-":
        return None
    name, _, options = value.partition(",")
    flags = set(options.split(",")) if options else set()
    return _Tag(name, "omitempty" in flags, "omitzero" in flags, "string" in flags)


@dataclass(frozen=True)
class _JsonField:
    name: str
    field: GoField
    tag: _Tag
    owner: str
    """The struct that declares the field (differs from the audited one for promoted fields)."""


def go_display(name: str) -> str:
    """A Go type name as Go code spells it: ``api.Message``, ``openai.Tool``."""
    return name if "." in name else f"api.{name}"


class _GoTypes:
    """Shapes, omitempty and null behaviour of the types of package api."""

    def __init__(self, package: GoPackage) -> None:
        self.package = package

    def decl(self, name: str) -> GoTypeDecl | None:
        return self.package.types.get(name)

    def custom_marshaller(self, name: str, seen: frozenset[str] = frozenset()) -> Location | None:
        """Where a MarshalJSON of api type `name` is declared, own or promoted from an embedded field."""
        own = self.package.methods.get(name, {})
        if "MarshalJSON" in own:
            return own["MarshalJSON"]
        decl = self.decl(name)
        if decl is None or decl.type.kind != "struct" or name in seen:
            return None
        for go_field in decl.type.fields:
            base = _deref(go_field.type)
            if go_field.embedded and base.kind == "named" and self.decl(base.name) is not None:
                found = self.custom_marshaller(base.name, seen | {name})
                if found is not None:
                    return found
        return None

    def known(self, t: GoType) -> _Known | None:
        if t.kind != "named":
            return None
        qualified = t.name if "." in t.name else f"api.{t.name}"
        return KNOWN_TYPES.get(qualified)

    def underlying(self, t: GoType) -> GoType:
        """`t` with api named types followed to their declared type, stopping at structs and custom types."""
        for _ in range(20):
            if t.kind != "named" or self.known(t) is not None:
                return t
            decl = self.decl(t.name)
            if decl is None or decl.type.kind == "struct" or self._custom(t.name):
                return t
            t = decl.type
        return t

    def _custom(self, name: str) -> bool:
        return self.custom_marshaller(name) is not None or "MarshalText" in self.package.methods.get(name, {})

    def go_kind(self, t: GoType, depth: int = 0) -> str:
        """reflect.Kind class of `t`: struct, slice, map, pointer, interface, array, scalar, unknown."""
        known = self.known(t)
        if known is not None:
            return known.kind
        u = self.underlying(t)
        if u.kind != "named":
            return "unknown" if u.kind == "other" else u.kind
        decl = self.decl(u.name)
        if decl is not None:
            return (
                "struct" if decl.type.kind == "struct" or depth > 20 else self.go_kind(decl.type, depth + 1)
            )
        if u.name in _INTEGERS or u.name in _FLOATS or u.name in ("string", "bool"):
            return "scalar"
        return "interface" if u.name == "error" else "unknown"

    def shape(self, t: GoType, seen: frozenset[str] = frozenset()) -> Shape:
        known = self.known(t)
        if known is not None:
            return known.shape
        if t.kind == "pointer" and t.elem is not None:
            return self.shape(t.elem, seen)
        if t.kind in ("slice", "array") and t.elem is not None:
            if t.kind == "slice" and self._is_byte(t.elem):
                return _STRING  # encoding/json writes []byte as base64
            return Shape(frozenset({"array"}), items=self.shape(t.elem, seen))
        if t.kind == "map" and t.elem is not None:
            return Shape(frozenset({"object"}), values=self.shape(t.elem, seen))
        if t.kind == "interface":
            return _ANY
        if t.kind == "struct":
            return Shape(frozenset({"object"}), inline=t)
        if t.kind == "other":
            return Shape(frozenset(), unknown=f"{t.name} cannot be encoded as JSON")
        name = t.name
        if name in _INTEGERS:
            return _INTEGER
        if name in _FLOATS:
            return Shape(frozenset({"number"}))
        if name == "string":
            return _STRING
        if name == "bool":
            return Shape(frozenset({"boolean"}))
        if name == "error":
            return _ANY
        if "." in name and self.decl(name) is None:
            return Shape(frozenset(), unknown=f"{name} is from another package: add its shape to KNOWN_TYPES")
        decl = self.decl(name)
        if decl is None:
            return Shape(frozenset(), unknown=f"type {name} is not declared in package api")
        marshaller = self.custom_marshaller(name)
        if marshaller is not None:
            return Shape(
                frozenset(),
                unknown=(
                    f"{go_display(name)} has a custom MarshalJSON ({marshaller}):"
                    " add its shape to KNOWN_TYPES"
                ),
            )
        if "MarshalText" in self.package.methods.get(name, {}):
            return _STRING
        if decl.type.kind == "struct":
            return Shape(frozenset({"object"}), struct=name)
        if name in seen:
            return _ANY
        return self.shape(decl.type, seen | {name})

    def _is_byte(self, t: GoType) -> bool:
        u = self.underlying(t)
        return u.kind == "named" and u.name in ("byte", "uint8")

    def json_fields(self, struct_name: str, struct_type: GoType | None = None) -> list[_JsonField]:
        """The JSON fields of a struct, embedded structs promoted as encoding/json does."""
        root = struct_type if struct_type is not None else self.struct_type(struct_name)
        if root is None:
            return []
        found: dict[str, list[tuple[int, bool, _JsonField]]] = {}
        order: list[str] = []
        level: list[tuple[str, GoType]] = [(struct_name, root)]
        visited: set[str] = {struct_name}
        depth = 0
        while level:
            next_level: list[tuple[str, GoType]] = []
            for owner, struct_type_ in level:
                for go_field in struct_type_.fields:
                    tag = _json_tag(go_field.tag)
                    if tag is None:
                        continue
                    base = _deref(go_field.type)
                    exported = go_field.name[:1].isupper()
                    if go_field.embedded and not tag.name:
                        inner = self.struct_type(base.name) if base.kind == "named" else None
                        if inner is not None and self.custom_marshaller(base.name) is None:
                            if base.name not in visited:
                                visited.add(base.name)
                                next_level.append((base.name, inner))
                            continue
                    if not exported:
                        continue
                    name = tag.name or go_field.name
                    if name not in found:
                        order.append(name)
                    found.setdefault(name, []).append(
                        (depth, bool(tag.name), _JsonField(name, go_field, tag, owner))
                    )
            level = next_level
            depth += 1
        result: list[_JsonField] = []
        for name in order:
            candidates = found[name]
            shallowest = min(c[0] for c in candidates)
            candidates = [c for c in candidates if c[0] == shallowest]
            if len(candidates) > 1:
                candidates = [c for c in candidates if c[1]]
            if len(candidates) == 1:
                result.append(candidates[0][2])
        return result

    def struct_type(self, name: str) -> GoType | None:
        """The struct type declared (directly or through aliases) as api type `name`, if it is one."""
        target = self.underlying(GoType("named", name=name))
        decl = self.decl(target.name) if target.kind == "named" else None
        return decl.type if decl is not None and decl.type.kind == "struct" else None

    def always_sent(self, f: _JsonField) -> tuple[bool, str]:
        """Whether Go writes the key on every encode, and why."""
        if f.tag.omitzero:
            return False, "omitzero"
        if not f.tag.omitempty:
            return True, "no omitempty"
        kind = self.go_kind(f.field.type)
        if kind == "struct":
            return True, f"{_deref(f.field.type)} is a struct: omitempty does not apply"
        if kind == "array":
            return True, "a non-empty array type: omitempty does not apply"
        return False, "omitempty"

    def nullable(self, f: _JsonField) -> tuple[bool, str]:
        """Whether Go may write ``null`` for this field, and why."""
        t = f.field.type
        omits = f.tag.omitempty or f.tag.omitzero
        kind = self.go_kind(t)
        if t.kind == "pointer":
            # A pointer to a zero value of a custom type that writes null (ThinkValue{}) is never built
            # on purpose; only a nil pointer counts.
            return (False, "a pointer with omitempty") if omits else (True, "a pointer without omitempty")
        if kind in ("slice", "map", "interface"):
            if omits:
                return False, f"{t} with omitempty is left out when empty"
            return True, f"{t} without omitempty is null when nil"
        if self.shape(t).null_when_zero and not f.tag.omitzero:
            return True, f"{t} writes null for its zero value"
        return False, f"{t} is never null"


def _deref(t: GoType) -> GoType:
    return t.elem if t.kind == "pointer" and t.elem is not None else t
