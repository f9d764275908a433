"""Go source without a Go toolchain: tokens and the type declarations of one package."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal

from ollama_openapi_maintainer.audit.errors import AuditError


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


def parse_go_files(files: Mapping[str, str]) -> GoPackage:
    """The type declarations and methods of one Go package given as {path: text}."""
    package = GoPackage()
    for path in sorted(files):
        _GoParser(_tokenize(files[path]), path).parse_into(package)
    return package


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _requalify(t: GoType, own: frozenset[str], prefix: str) -> GoType:
    """`t` with the names of package `prefix`'s own types qualified (``Tool`` -> ``openai.Tool``) and
    package api's unqualified (``api.Message`` -> ``Message``), as one merged namespace spells them."""
    name = t.name
    if t.kind == "named":
        base, bracket, rest = name.partition("[")
        if base in own:
            name = f"{prefix}.{base}{bracket}{rest}"
        elif base.startswith("api."):
            name = f"{base[4:]}{bracket}{rest}"
    return GoType(
        t.kind,
        name=name,
        elem=_requalify(t.elem, own, prefix) if t.elem is not None else None,
        key=_requalify(t.key, own, prefix) if t.key is not None else None,
        fields=tuple(
            GoField(f.name, _requalify(f.type, own, prefix), f.tag, f.embedded, f.location) for f in t.fields
        ),
    )


def merge_packages(api: GoPackage, others: Mapping[str, GoPackage]) -> GoPackage:
    """One namespace: package api's types under their bare names (``Message``), every other package's
    under qualified ones (``openai.ChatCompletionRequest``), references rewritten to match."""
    merged = GoPackage(dict(api.types), {k: dict(v) for k, v in api.methods.items()})
    for prefix, package in others.items():
        own = frozenset(package.types)
        for name, decl in package.types.items():
            qualified = f"{prefix}.{name}"
            merged.types[qualified] = GoTypeDecl(qualified, _requalify(decl.type, own, prefix), decl.location)
        for receiver, methods in package.methods.items():
            merged.methods.setdefault(f"{prefix}.{receiver}", {}).update(methods)
    return merged
