"""Compare the spec with Ollama's Go source: ``python -m ollama_openapi.spec_audit --ollama-src DIR``.

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

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

__all__ = [
    "KNOWN_TYPES",
    "AuditResult",
    "Difference",
    "GoField",
    "GoPackage",
    "GoType",
    "GoTypeDecl",
    "Location",
    "Route",
    "Shape",
    "SpecDocument",
    "audit",
    "load_go_package",
    "main",
    "parse_routes",
]

Kind = Literal["route", "schema", "field", "type", "nullable", "required"]
KINDS: Final[tuple[Kind, ...]] = ("route", "schema", "field", "type", "nullable", "required")

_HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_GIN_ANY: Final = ("GET", "POST", "PUT", "PATCH", "HEAD", "OPTIONS", "DELETE", "CONNECT", "TRACE")
_IGNORE_KEY: Final = "x-spec-audit-ignore"


class AuditError(Exception):
    """The Go source or the spec could not be read (exit status 2)."""


# ---------------------------------------------------------------------------------------------------
# Go source: tokens


@dataclass(frozen=True)
class Location:
    """A place in a file: ``path`` relative to the Ollama checkout, 1-based ``line``."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class _Token:
    kind: Literal["ident", "string", "number", "op"]
    text: str
    line: int


_GO_TOKEN: Final = re.compile(
    r"""
    (?P<newline>\n)
    |(?P<space>[ \t\r\f\v]+)
    |(?P<line_comment>//[^\n]*)
    |(?P<block_comment>/\*.*?\*/)
    |(?P<raw>`[^`]*`)
    |(?P<string>"(?:[^"\\\n]|\\.)*")
    |(?P<rune>'(?:[^'\\\n]|\\.)*')
    |(?P<ident>[^\W\d]\w*)
    |(?P<number>\.?\d(?:[eEpP][+-]|[\w.])*)
    |(?P<op>\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|<<|>>|&\^|[-+*/%&|^]=|.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokenize(text: str) -> list[_Token]:
    """Go tokens, with the semicolons Go inserts at line ends (as ``;`` op tokens)."""
    tokens: list[_Token] = []
    line = 1

    def ends_statement() -> bool:
        if not tokens:
            return False
        # Go's rule, for gofmt'd source: there, the only keywords that end a line are break, continue,
        # fallthrough and return, which take a semicolon like any identifier.
        last = tokens[-1]
        return last.kind != "op" or last.text in (")", "]", "}", "++", "--")

    for match in _GO_TOKEN.finditer(text):
        group = match.lastgroup
        value = match.group()
        breaks = value.count("\n")
        if group == "newline" or (group == "block_comment" and breaks):
            if ends_statement():
                tokens.append(_Token("op", ";", line))
        elif group in ("raw", "string", "rune"):
            tokens.append(_Token("string", value, line))
        elif group == "ident":
            tokens.append(_Token("ident", value, line))
        elif group == "number":
            tokens.append(_Token("number", value, line))
        elif group == "op":
            tokens.append(_Token("op", value, line))
        line += breaks
    if ends_statement():
        tokens.append(_Token("op", ";", line))
    return tokens


def _unquote(literal: str) -> str:
    """The value of a Go string literal (raw or interpreted)."""
    if literal.startswith("`"):
        return literal[1:-1]
    try:
        value = json.loads(literal)
    except ValueError:
        return literal[1:-1]
    return value if isinstance(value, str) else literal[1:-1]


def _skip_balanced(tokens: Sequence[_Token], i: int) -> int:
    """Index after the bracket that closes the one at ``tokens[i]``."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[tokens[i].text]]
    i += 1
    while i < len(tokens) and stack:
        text = tokens[i].text
        if tokens[i].kind == "op":
            if text in pairs:
                stack.append(pairs[text])
            elif text == stack[-1]:
                stack.pop()
        i += 1
    return i


# ---------------------------------------------------------------------------------------------------
# Go source: type declarations


@dataclass(frozen=True)
class GoType:
    """A Go type expression: ``*Duration``, ``[]ToolCall``, ``map[string]any``, ``time.Time``..."""

    kind: Literal["named", "pointer", "slice", "array", "map", "struct", "interface", "other"]
    name: str = ""
    """For ``named``: ``Duration`` (package api) or ``time.Time``; for ``other``: the Go text."""
    elem: GoType | None = None
    key: GoType | None = None
    fields: tuple[GoField, ...] = ()
    """For ``struct``: its fields."""

    def __str__(self) -> str:
        if self.kind == "named":
            return self.name
        if self.kind == "pointer":
            return f"*{self.elem}"
        if self.kind == "slice":
            return f"[]{self.elem}"
        if self.kind == "array":
            return f"[{self.name}]{self.elem}"
        if self.kind == "map":
            return f"map[{self.key}]{self.elem}"
        if self.kind == "struct":
            return "struct{...}"
        if self.kind == "interface":
            return self.name or "any"
        return self.name


@dataclass(frozen=True)
class GoField:
    """One field declaration of a Go struct."""

    name: str
    """The Go name (for an embedded field, the type's name)."""
    type: GoType
    tag: str
    """The struct tag without its quotes; empty when there is none."""
    embedded: bool
    location: Location

    @property
    def declaration(self) -> str:
        """The field as Go source would show it, e.g. ``Stream *bool `json:"stream,omitempty"```."""
        head = str(self.type) if self.embedded else f"{self.name} {self.type}"
        return f"{head} `{self.tag}`" if self.tag else head


@dataclass(frozen=True)
class GoTypeDecl:
    """A ``type Name ...`` declaration of package api."""

    name: str
    type: GoType
    location: Location


@dataclass
class GoPackage:
    """The type declarations and the method names of one Go package (from its non-test files)."""

    types: dict[str, GoTypeDecl] = field(default_factory=dict)
    methods: dict[str, dict[str, Location]] = field(default_factory=dict)
    """Receiver type name -> method name -> where the method is declared."""


class _GoParser:
    def __init__(self, tokens: list[_Token], path: str) -> None:
        self.tokens = tokens
        self.path = path

    def _text(self, i: int) -> str:
        return self.tokens[i].text if i < len(self.tokens) else ""

    def _kind(self, i: int) -> str:
        return self.tokens[i].kind if i < len(self.tokens) else ""

    def _location(self, i: int) -> Location:
        return Location(self.path, self.tokens[min(i, len(self.tokens) - 1)].line)

    def parse_into(self, package: GoPackage) -> None:
        depth = 0
        i = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            if token.kind == "op" and token.text == "{":
                depth += 1
            elif token.kind == "op" and token.text == "}":
                depth -= 1
            elif depth == 0 and token.kind == "ident" and token.text == "type":
                i = self._type_declarations(i + 1, package)
                continue
            elif depth == 0 and token.kind == "ident" and token.text == "func" and self._text(i + 1) == "(":
                self._method(i + 1, package)
            i += 1

    def _method(self, i: int, package: GoPackage) -> None:
        end = _skip_balanced(self.tokens, i)
        receiver = self.tokens[i + 1 : end - 1]
        cut = next((k for k, t in enumerate(receiver) if t.text == "["), len(receiver))
        names = [t.text for t in receiver[:cut] if t.kind == "ident"]
        if names and end < len(self.tokens) and self.tokens[end].kind == "ident":
            package.methods.setdefault(names[-1], {})[self.tokens[end].text] = self._location(end)

    def _type_declarations(self, i: int, package: GoPackage) -> int:
        if self._text(i) == "(":
            end = _skip_balanced(self.tokens, i) - 1
            i += 1
            while i < end:
                if self._text(i) == ";":
                    i += 1
                    continue
                i = max(self._type_spec(i, package), i + 1)
            return end + 1
        return self._type_spec(i, package)

    def _type_spec(self, i: int, package: GoPackage) -> int:
        start = i
        name = self._text(i)
        i += 1
        if self._text(i) == "[" and self._kind(i + 1) == "ident" and self._text(i + 2) not in ("]", ""):
            i = _skip_balanced(self.tokens, i)  # type parameters
        if self._text(i) == "=":
            i += 1
        declared, i = self._type(i)
        package.types[name] = GoTypeDecl(name, declared, self._location(start))
        return i

    def _type(self, i: int) -> tuple[GoType, int]:
        text = self._text(i)
        if text == "*":
            elem, i = self._type(i + 1)
            return GoType("pointer", elem=elem), i
        if text == "(":
            inner, _ = self._type(i + 1)
            return inner, _skip_balanced(self.tokens, i)
        if text == "[":
            if self._text(i + 1) == "]":
                elem, i = self._type(i + 2)
                return GoType("slice", elem=elem), i
            close = _skip_balanced(self.tokens, i)
            length = "".join(t.text for t in self.tokens[i + 1 : close - 1])
            elem, i = self._type(close)
            return GoType("array", name=length, elem=elem), i
        if text == "map":
            key, i = self._type(i + 2)
            elem, i = self._type(i + 1)  # past the "]"
            return GoType("map", key=key, elem=elem), i
        if text == "struct":
            return self._struct(i + 1)
        if text == "interface":
            end = _skip_balanced(self.tokens, i + 1)
            body = "".join(t.text for t in self.tokens[i + 2 : end - 1]).strip(";")
            return GoType("interface", name="any" if not body else f"interface{{{body}}}"), end
        if text == "func":
            end = _skip_balanced(self.tokens, i + 1)
            if self._text(end) == "(":
                end = _skip_balanced(self.tokens, end)
            elif self._text(end) not in (";", "}", ")", ",", "") and self._kind(end) != "string":
                _, end = self._type(end)
            return GoType("other", name="func"), end
        if text in ("chan", "<-"):
            i += 1
            while self._text(i) in ("chan", "<-"):
                i += 1
            elem, i = self._type(i)
            return GoType("other", name=f"chan {elem}"), i
        name = text
        i += 1
        if self._text(i) == "." and self._kind(i + 1) == "ident":
            name = f"{name}.{self._text(i + 1)}"
            i += 2
        if self._text(i) == "[":
            end = _skip_balanced(self.tokens, i)
            name += "".join(t.text if t.text != "," else ", " for t in self.tokens[i:end])
            i = end
        if name == "any":
            return GoType("interface", name="any"), i
        return GoType("named", name=name), i

    def _struct(self, i: int) -> tuple[GoType, int]:
        end = _skip_balanced(self.tokens, i) - 1
        fields: list[GoField] = []
        i += 1
        while i < end:
            if self._text(i) == ";":
                i += 1
                continue
            i = max(self._field(i, fields), i + 1)
            while i < end and self._text(i) != ";":
                i += 1
        return GoType("struct", fields=tuple(fields)), end + 1

    def _field(self, i: int, fields: list[GoField]) -> int:
        start = i
        names: list[str] = []
        embedded = False
        if self._text(i) == "*" or self._text(i + 1) in (".", ";", "}") or self._kind(i + 1) == "string":
            embedded = True
        else:
            names.append(self._text(i))
            i += 1
            while self._text(i) == ",":
                names.append(self._text(i + 1))
                i += 2
        declared, i = self._type(i)
        tag = ""
        if i < len(self.tokens) and self.tokens[i].kind == "string":
            tag = _unquote(self.tokens[i].text)
            i += 1
        location = self._location(start)
        if embedded:
            base = declared.elem if declared.kind == "pointer" and declared.elem else declared
            short = base.name.split("[", 1)[0].rsplit(".", 1)[-1]
            fields.append(GoField(short, declared, tag, True, location))
        else:
            fields.extend(GoField(name, declared, tag, False, location) for name in names)
        return i


def load_go_package(directory: Path, root: Path | None = None) -> GoPackage:
    """Read the type declarations and methods of the Go package in `directory` (test files left out).

    Locations are relative to `root` (default: the parent of `directory`).
    """
    base = root if root is not None else directory.parent
    files = sorted(p for p in directory.glob("*.go") if not p.name.endswith("_test.go"))
    if not files:
        raise AuditError(f"no Go files in {directory}")
    package = GoPackage()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        _GoParser(_tokenize(text), _relative(path, base)).parse_into(package)
    return package


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


# ---------------------------------------------------------------------------------------------------
# Go source: routes


@dataclass(frozen=True)
class Route:
    """One route: HTTP method, OpenAPI-style path (``/api/blobs/{digest}``) and where it is declared."""

    method: str
    path: str
    location: Location


_ROUTE_METHODS: Final = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
_GIN_PARAM: Final = re.compile(r"(?<=/)[:*]([A-Za-z_][A-Za-z0-9_]*)")


def _openapi_path(gin_path: str) -> str:
    return _GIN_PARAM.sub(r"{\1}", gin_path)


def _join(prefix: str, path: str) -> str:
    if not path:
        return prefix or "/"
    if not prefix:
        return path
    return prefix.rstrip("/") + "/" + path.lstrip("/")


def parse_routes(path: Path, root: Path | None = None, function: str = "GenerateRoutes") -> list[Route]:
    """The routes registered on gin routers in the Go function `function` of the file at `path`."""
    tokens = _tokenize(path.read_text(encoding="utf-8", errors="replace"))
    rel = _relative(path, root if root is not None else path.parent.parent)
    body = _function_body(tokens, function)
    if body is None:
        raise AuditError(f"{rel}: no function {function}")
    start, end = body
    prefixes: dict[str, str] = {}
    routes: list[Route] = []
    i = start
    while i < end:
        token = tokens[i]
        if not (
            token.kind == "ident" and i + 3 < end and tokens[i + 1].text == "." and tokens[i + 3].text == "("
        ):
            i += 1
            continue
        receiver, call = token.text, tokens[i + 2].text
        close = _skip_balanced(tokens, i + 3)
        args = _split_arguments(tokens[i + 4 : close - 1])
        location = Location(rel, token.line)
        if call == "Group" and args and _is_string(args[0]):
            if i >= 2 and tokens[i - 1].text in (":=", "="):
                prefixes[tokens[i - 2].text] = _join(prefixes.get(receiver, ""), _unquote(args[0][0].text))
        elif (call in _ROUTE_METHODS or call in ("Any", "Handle", "Match")) and args:
            methods: list[str] = []
            if call in _ROUTE_METHODS:
                methods, path_arg = [call], args[0]
            elif call == "Any":
                methods, path_arg = list(_GIN_ANY), args[0]
            elif len(args) >= 2:
                methods = [m for m in (_method_name(t) for t in args[0]) if m]
                path_arg = args[1]
            else:
                path_arg = []
            if methods and _is_string(path_arg):
                full = _openapi_path(_join(prefixes.get(receiver, ""), _unquote(path_arg[0].text)))
                routes.extend(Route(method, full, location) for method in methods)
            elif methods:
                text = "".join(t.text for t in path_arg)
                raise AuditError(f"{location}: route path {text} is not a string literal")
        i = close if call in ("Group", "Any", "Handle", "Match") or call in _ROUTE_METHODS else i + 1
    return routes


def _function_body(tokens: Sequence[_Token], name: str) -> tuple[int, int] | None:
    for i, token in enumerate(tokens):
        if token.text != "func" or token.kind != "ident":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].text == "(":
            j = _skip_balanced(tokens, j)
        if j >= len(tokens) or tokens[j].text != name:
            continue
        while j < len(tokens) and tokens[j].text != "{":
            j = _skip_balanced(tokens, j) if tokens[j].text in ("(", "[") else j + 1
        if j < len(tokens):
            return j + 1, _skip_balanced(tokens, j) - 1
    return None


def _split_arguments(tokens: Sequence[_Token]) -> list[list[_Token]]:
    args: list[list[_Token]] = [[]]
    depth = 0
    for token in tokens:
        if token.kind == "op" and token.text in ("(", "[", "{"):
            depth += 1
        elif token.kind == "op" and token.text in (")", "]", "}"):
            depth -= 1
        if depth == 0 and token.text == "," and token.kind == "op":
            args.append([])
        elif not (token.text == ";" and token.kind == "op"):
            args[-1].append(token)
    return [a for a in args if a]


def _is_string(arg: Sequence[_Token]) -> bool:
    return len(arg) == 1 and arg[0].kind == "string"


def _method_name(token: _Token) -> str | None:
    if token.kind == "string":
        return _unquote(token.text).upper()
    if token.kind == "ident" and token.text.startswith("Method") and token.text != "Method":
        return token.text[len("Method") :].upper()
    return None


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
            if go_field.embedded and base.kind == "named" and "." not in base.name:
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
        if "." in name:
            return Shape(frozenset(), unknown=f"{name} is from another package: add its shape to KNOWN_TYPES")
        decl = self.decl(name)
        if decl is None:
            return Shape(frozenset(), unknown=f"type {name} is not declared in package api")
        marshaller = self.custom_marshaller(name)
        if marshaller is not None:
            return Shape(
                frozenset(),
                unknown=f"api.{name} has a custom MarshalJSON ({marshaller}): add its shape to KNOWN_TYPES",
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


# ---------------------------------------------------------------------------------------------------
# The spec


@dataclass
class SpecDocument:
    """An OpenAPI document, its label for messages, and the line of each JSON pointer when known."""

    data: dict[str, Any]
    label: str
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, pointer: str) -> str:
        """``file:line`` of the node at `pointer` when known, else ``file#pointer``."""
        line = self.lines.get(pointer)
        return f"{self.label}:{line}" if line is not None else f"{self.label}#{pointer}"

    def resolve(self, node: Any) -> tuple[Any, str | None, str | None]:
        """`node` with its local ``$ref`` chain followed: (node, last component name, its pointer)."""
        component: str | None = None
        pointer: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return {}, component, pointer
            seen.add(ref)
            target: Any = self.data
            for part in ref[2:].split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                target = target.get(key) if isinstance(target, dict) else None
            if ref.startswith("#/components/schemas/"):
                component = ref.rsplit("/", 1)[-1]
            pointer = ref[1:]
            node = target
        return node, component, pointer


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def load_spec_file(path: Path) -> SpecDocument:
    """Read a JSON or YAML spec (YAML needs PyYAML; it then gives line numbers)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AuditError(f"cannot read the spec {path}: {exc}") from exc
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise AuditError(f"{path}: not JSON: {exc}") from exc
        return SpecDocument(data, str(path))
    try:
        import yaml
    except ImportError as exc:
        raise AuditError(f"reading the YAML spec {path} needs PyYAML (or give the JSON spec)") from exc
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise AuditError(f"{path}: not YAML: {exc}") from exc
    lines: dict[str, int] = {}

    def walk(current: Any, pointer: str) -> None:
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                child = f"{pointer}/{_escape(str(key.value))}"
                lines[child] = key.start_mark.line + 1
                walk(value, child)
        elif isinstance(current, yaml.SequenceNode):
            for index, value in enumerate(current.value):
                child = f"{pointer}/{index}"
                lines[child] = value.start_mark.line + 1
                walk(value, child)

    walk(node, "")
    if not isinstance(data, dict):
        raise AuditError(f"{path}: not an OpenAPI document")
    return SpecDocument(data, str(path), lines)


@dataclass(frozen=True)
class _Branch:
    node: Any
    component: str | None
    pointer: str
    json_type: str | None
    """The JSON type of this branch; None for any value."""


def _branches(spec: SpecDocument, schema: Any, pointer: str, component: str | None = None) -> list[_Branch]:
    """The alternatives a schema allows, ``$ref``, ``anyOf``, ``oneOf`` and type lists flattened."""
    if isinstance(schema, bool):
        return [_Branch({}, component, pointer, None)] if schema else []
    if not isinstance(schema, dict):
        return [_Branch({}, component, pointer, None)]
    if "$ref" in schema:
        node, name, target = spec.resolve(schema)
        return _branches(spec, node, target or pointer, name or component)
    result: list[_Branch] = []
    for keyword in ("anyOf", "oneOf"):
        if isinstance(schema.get(keyword), list):
            for index, sub in enumerate(schema[keyword]):
                result.extend(_branches(spec, sub, f"{pointer}/{keyword}/{index}", component))
    if result:
        return result
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        return _branches(spec, all_of[0], f"{pointer}/allOf/0", component)
    declared = schema.get("type")
    types: list[str]
    if isinstance(declared, list):
        types = [str(t) for t in declared]
    elif isinstance(declared, str):
        types = [declared]
    elif "properties" in schema or "additionalProperties" in schema or isinstance(all_of, list):
        types = ["object"]
    elif "items" in schema:
        types = ["array"]
    elif "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        types = sorted({_json_type_of(v) for v in values})
    else:
        types = []
    if schema.get("nullable") is True and "null" not in types:
        types.append("null")
    if not types:
        return [_Branch(schema, component, pointer, None)]
    return [_Branch(schema, component, pointer, t) for t in types]


def _json_type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _object_view(
    spec: SpecDocument, schema: Any, pointer: str
) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    """Properties (schema, pointer) and required names of an object schema, allOf parts merged."""
    properties: dict[str, tuple[Any, str]] = {}
    required: set[str] = set()
    node, _, target = spec.resolve(schema)
    pointer = target or pointer
    if not isinstance(node, dict):
        return properties, required
    for index, part in enumerate(node.get("allOf") or []):
        sub_properties, sub_required = _object_view(spec, part, f"{pointer}/allOf/{index}")
        properties.update(sub_properties)
        required |= sub_required
    for name, sub in (node.get("properties") or {}).items():
        properties[name] = (sub, f"{pointer}/properties/{_escape(name)}")
    required |= {str(r) for r in node.get("required") or []}
    return properties, required


def _has_properties(spec: SpecDocument, node: Any) -> bool:
    return bool(isinstance(node, dict) and _object_view(spec, node, "")[0])


def _schema_roles(
    spec: SpecDocument, wanted: Callable[[str], bool] = lambda path: True
) -> dict[str, set[str]]:
    """For each component schema: ``request`` and/or ``response``, by where the operations of the
    `wanted` paths use it."""
    roles: dict[str, set[str]] = {}

    def walk(node: Any, role: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, role)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            resolved, component, _ = spec.resolve({"$ref": ref})
            if component is not None:
                if role in roles.setdefault(component, set()):
                    return
                roles[component].add(role)
            walk(resolved, role)
            return
        for key, value in node.items():
            if key not in ("example", "examples", "default", "const", "enum") and not key.startswith("x-"):
                walk(value, role)

    for path, item in (spec.data.get("paths") or {}).items():
        if not isinstance(item, dict) or not wanted(path):
            continue
        walk(item.get("parameters"), "request")
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                walk(operation.get("parameters"), "request")
                walk(operation.get("requestBody"), "request")
                walk(operation.get("responses"), "response")
    return roles


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
        checked = f"{self.routes} routes, {self.schemas} schemas, {self.fields} fields compared"
        ignored = f"; {len(self.ignored)} ignored by {_IGNORE_KEY}" if self.ignored else ""
        if self.differences:
            counts = ", ".join(f"{n} {k}" for k in KINDS if (n := sum(d.kind == k for d in self.differences)))
            lines.append(f"{len(self.differences)} differences ({counts}); {checked}{ignored}")
        else:
            lines.append(f"no differences; {checked}{ignored}")
        return "\n".join(lines)


class _Auditor:
    def __init__(self, spec: SpecDocument, package: GoPackage, include_v1: bool = False) -> None:
        self.spec = spec
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
            pointer = f"/components/schemas/{_escape(name)}"
            if declared is None:
                self.mapping[name] = f"api.{name}" if self.go.decl(name) is not None else None
                continue
            if declared == "gin.H":
                self.mapping[name] = "gin.H"
            elif isinstance(declared, str) and declared.startswith("api.") and self.go.decl(declared[4:]):
                self.mapping[name] = declared
            else:
                self.mapping[name] = None
                problem = (
                    f"x-go-type {declared!r}: no such type in package api"
                    if isinstance(declared, str) and declared.startswith("api.")
                    else f"x-go-type {declared!r}: must be api.<Type> or gin.H"
                )
                self.emit("schema", name, problem, None, f"{pointer}/x-go-type", schema)
                self.mapping[name] = "invalid"

    def go_struct_of(self, component: str) -> str | None:
        """The api struct a component is audited against (None for gin.H, custom and unmapped)."""
        target = self.mapping.get(component)
        if target is None or not target.startswith("api."):
            return None
        name = target[4:]
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
            elif target is not None and target.startswith("api."):
                self.schema_count += 1
                go_name = target[4:]
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
        for f in go_fields:
            subject = f"{label}.{f.name}"
            via = f" (promoted from {f.owner})" if f.owner != struct and inline is None else ""
            if f.name not in properties:
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
            self.compare_field(subject, f, sub, sub_pointer, response, required)
        for name, (sub, sub_pointer) in properties.items():
            if name not in go_names:
                where = f" ({struct_location})" if struct_location else ""
                go_name = f"api.{struct}" if inline is None else f"the Go struct of {label}"
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
    ) -> None:
        shape = self.go.shape(f.field.type)
        if f.tag.string and shape.types & {"integer", "number", "boolean", "string"}:
            shape = _STRING
        self.compare(subject, shape, schema, pointer, f.field.location, schema, role_response=response)
        branches = _branches(self.spec, schema, pointer)
        spec_null = any(b.json_type == "null" or b.json_type is None for b in branches)
        go_null, why_null = self.go.nullable(f)
        if go_null and not spec_null:
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
        elif in_required and not sent:
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
            go_name = f"api.{go.struct}" if go.struct else "an anonymous struct"
            if branch.component is not None:
                target = self.mapping.get(branch.component)
                if go.struct is not None and target == f"api.{go.struct}":
                    return
                if target is None and _has_properties(self.spec, node):
                    self.hints.setdefault(branch.component, set()).add(go_name)
                    return
                if target == "invalid":
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
            described = f"api.{go.values.struct}" if go.values.struct else _types(go.values.types)
            self.emit(
                "type",
                f"{subject}{{}}",
                f"the spec allows any value in this map; Go values are {described}",
                location,
                branch.pointer,
                ignore_node,
            )


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


def audit(ollama_src: Path, spec: SpecDocument, include_v1: bool = False) -> AuditResult:
    """Compare `spec` with the Ollama checkout at `ollama_src` (``server/routes.go``, ``api/*.go``)."""
    routes_file = ollama_src / "server" / "routes.go"
    api_dir = ollama_src / "api"
    if not routes_file.is_file() or not api_dir.is_dir():
        raise AuditError(f"{ollama_src} is not a checkout of ollama/ollama (no server/routes.go or api/)")
    routes = parse_routes(routes_file, ollama_src)
    package = load_go_package(api_dir, ollama_src)
    auditor = _Auditor(spec, package, include_v1)
    auditor.run()
    everything = _audit_routes(spec, routes, include_v1) + auditor.found
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
    )


def _shipped_spec() -> SpecDocument:
    from ollama_openapi.spec import load_spec

    return SpecDocument(load_spec(), "ollama_openapi_generated/openapi.json")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status (0 no difference, 1 differences, 2 error)."""
    parser = argparse.ArgumentParser(
        prog="python -m ollama_openapi.spec_audit",
        description="Print every difference between the OpenAPI spec and Ollama's Go source.",
    )
    parser.add_argument(
        "--ollama-src", required=True, type=Path, help="a checkout of github.com/ollama/ollama"
    )
    parser.add_argument(
        "--spec", type=Path, help="the spec to check, JSON or YAML (default: the shipped one)"
    )
    parser.add_argument("--include-v1", action="store_true", help="also compare the /v1 (OpenAI) routes")
    parser.add_argument("--show-ignored", action="store_true", help=f"also list what {_IGNORE_KEY} silences")
    args = parser.parse_args(argv)
    try:
        spec = load_spec_file(args.spec) if args.spec is not None else _shipped_spec()
        result = audit(args.ollama_src, spec, include_v1=args.include_v1)
    except (AuditError, OSError) as exc:
        print(f"spec_audit: {exc}", file=sys.stderr)
        return 2
    print(f"Ollama source: {args.ollama_src}; spec: {spec.label}")
    print(result.report(show_ignored=args.show_ignored))
    return 1 if result.differences else 0


if __name__ == "__main__":
    sys.exit(main())
