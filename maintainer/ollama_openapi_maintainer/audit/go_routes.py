"""The routes a Go function registers on gin routers (``server/routes.go``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ollama_openapi_maintainer.audit.errors import AuditError
from ollama_openapi_maintainer.audit.go_source import (
    Location,
    _relative,
    _skip_balanced,
    _Token,
    _tokenize,
    _unquote,
)

_GIN_ANY: Final = ("GET", "POST", "PUT", "PATCH", "HEAD", "OPTIONS", "DELETE", "CONNECT", "TRACE")

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
    text = path.read_text(encoding="utf-8", errors="replace")
    return parse_routes_text(
        text, _relative(path, root if root is not None else path.parent.parent), function
    )


def parse_routes_text(
    text: str, rel: str, function: str | None = "GenerateRoutes", strict: bool = True
) -> list[Route]:
    """The routes registered on gin routers in the Go function `function` of the source `text` (the
    file `rel`); with `function` None, in the whole file (old trees named the function otherwise)."""
    tokens = _tokenize(text)
    if function is None:
        start, end = 0, len(tokens)
    else:
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
                if not methods and len(args[0]) == 1 and args[0][0].kind == "ident":
                    methods = _ranged_methods(tokens, i, args[0][0].text)
                path_arg = args[1]
            else:
                path_arg = []
            if methods and _is_string(path_arg):
                full = _openapi_path(_join(prefixes.get(receiver, ""), _unquote(path_arg[0].text)))
                routes.extend(Route(method, full, location) for method in methods)
            elif methods and strict:
                text = "".join(t.text for t in path_arg)
                raise AuditError(f"{location}: route path {text} is not a string literal")
        i = close if call in ("Group", "Any", "Handle", "Match") or call in _ROUTE_METHODS else i + 1
    return routes


def _ranged_methods(tokens: Sequence[_Token], before: int, variable: str) -> list[str]:
    """The methods of ``for _, variable := range []string{http.MethodGet, ...}`` enclosing a
    ``Handle(variable, ...)`` (old trees registered GET and HEAD that way)."""
    for k in range(before - 1, 2, -1):
        if tokens[k].text == "range" and tokens[k - 1].text == ":=" and tokens[k - 2].text == variable:
            j = k + 1
            while j < before and tokens[j].text != "{":
                j += 1
            end = _skip_balanced(tokens, j) if j < before else j
            return [m for m in (_method_name(t) for t in tokens[j:end]) if m]
    return []


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
