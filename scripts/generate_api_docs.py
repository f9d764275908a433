"""Write the API reference, ``docs/api.md``, from the spec and the client's hand-written methods.

Usage: generate_api_docs.py SPEC MODELS_PACKAGE_DIR OUTPUT [--check]

Every method of `Client`, ``client.openai`` and ``client.anthropic`` and every module-level function:
the methods generated from the spec's operations (read with the same `Generator` as
``generate_methods.py``: parameters, their types, the Ollama releases that understand each (the spec's
``x-ollama-since``, ``x-ollama-removed`` and their forms and values, read as the method generator
reads them), return
type and errors), then the hand-written helpers (read from the installed package: signature and
docstring), and the error hierarchy. Written by ``make generate``; with ``--check`` nothing is
written and the exit status is 1 when OUTPUT differs (``make check-generated``).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_methods import Generator, Method, Param, first_sentence, releases_of

COMMON = (
    "timeout: TimeoutInput = NOT_GIVEN, max_retries: int = NOT_GIVEN, "
    "extra_headers: Mapping[str, str] = NOT_GIVEN, extra_query: Mapping[str, str] = NOT_GIVEN, "
    "extra_body: Mapping[str, object] = NOT_GIVEN"
)


def short_release(note: str) -> str:
    """A release note of the generator ("Ollama 0.9.0 and later. As ThinkLevel: Ollama 0.11.0 and
    later.") as a table cell ("0.9.0; as ThinkLevel: 0.11.0")."""
    parts = [part.strip() for part in note.replace("Ollama ", "").replace(" and later", "").split(".  ")]
    text = " ".join(parts).replace(". ", "; ").replace("; As ", "; as ").rstrip(".")
    return text[:1].lower() + text[1:] if text[:1] in ("A", "R") else text


def sync_text(text: str) -> str:
    """Documentation written for `AsyncClient`, in `Client`'s terms."""
    return re.sub(r"\bAsync(?=[A-Z])", "", text).replace("an `Stream", "a `Stream")


def cell(text: str) -> str:
    """`text` fit for one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def returns_type(method: Method) -> str:
    if method.text_answer:
        return f"{method.response_class} | str"
    if method.stream_type:
        return f"{method.response_class} | Stream[{method.stream_type}]"
    if method.response_class:
        return str(method.response_class)
    return "ProgressResponse" if method.result else "None"


def signature(method: Method, owner: str) -> str:
    parts = [p.name if p.required else f"{p.name}=None" for p in method.positional]
    if method.stream_type or method.keywords:
        parts.append("*")
    if method.stream_type:
        parts.append("stream=False")
    parts.extend(p.name if p.required else f"{p.name}=None" for p in method.keywords)
    parts.append("**common")
    return f"{owner}.{method.name}({', '.join(parts)}) -> {returns_type(method)}"


class Reference:
    def __init__(self, spec: dict[str, Any], generator: Generator) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.generator = generator
        self.operations = {
            operation["operationId"]: operation
            for item in spec["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict) and "operationId" in operation
        }

    def param_since(self, method: Method, param: Param) -> str:
        """The releases that understand a parameter, read as the method generator reads them."""
        operation = self.operations[method.operation_id]
        node: dict[str, Any] = {}
        if param.path:
            node = next((p for p in operation.get("parameters", []) if p.get("name") == param.json_name), {})
        else:
            request = self.schemas.get(method.request_class or "", {})
            node = request.get("properties", {}).get(param.json_name, {})
        return short_release(self.generator.release_note(node))

    def method(self, method: Method, owner: str) -> list[str]:
        operation = self.operations[method.operation_id]
        lines = [f"### `{method.name}`", "", "```python", signature(method, owner), "```", ""]
        intro = f"{method.summary}." + (f" {method.intro}" if method.intro else "")
        lines.append(sync_text(intro))
        route = next(
            f"{verb.upper()} {path}"
            for path, item in self.spec["paths"].items()
            for verb, found in item.items()
            if found is operation
        )
        first = releases_of(operation)
        lines += ["", f"Route: `{route}`" + (f"; {first}" if first else "."), ""]
        params = method.params
        if params or method.stream_type:
            lines += ["| parameter | type | Ollama releases | description |", "|---|---|---|---|"]
            for param in params:
                kind = f"`{param.annotation}`" + (" (required)" if param.required else "")
                lines.append(
                    f"| `{param.name}` | {cell(kind)} | {self.param_since(method, param)} "
                    f"| {cell(first_sentence(param.description))} |"
                )
            if method.stream_type:
                lines.append(
                    "| `stream` | `bool` |  "
                    "| Return a `Stream` of the answer's parts instead of the whole answer. |"
                )
            lines.append("")
        lines += [f"**Returns** {sync_text(method.returns_doc)}", ""]
        raised = ", ".join(
            f"`{name}`" + (f" ({', '.join(codes)})" if (codes := re.findall(r"HTTP (\d\d\d)", text)) else "")
            for name, text in method.raises
        )
        lines += [f"**Raises** {raised}.", ""]
        return lines

    def helpers(self, cls: type, generated: set[str]) -> list[str]:
        """The public methods and properties of `cls` that the spec does not generate."""
        lines: list[str] = []
        for name in sorted(vars_of(cls)):
            if (
                name.startswith("_")
                or name in generated
                or name in self.generator.spec.get("x-python-namespaces", {})
            ):
                continue
            member = inspect.getattr_static(cls, name)
            doc = inspect.getdoc(getattr(cls, name)) or ""
            if isinstance(member, (property, functools.cached_property)):
                head = f"client.{name}"
            else:
                head = f"client.{name}{plain_signature(getattr(cls, name))}"
            lines += [f"### `{name}`", "", "```python", head, "```", ""]
            lines += [" ".join(doc.split("\n\n")[0].split()), ""]
        return lines


def plain_signature(function: Any) -> str:
    """``(a: int, *, b: str = ...) -> T`` with the annotations as written (not quoted), without self."""
    found = inspect.signature(function)
    parts: list[str] = []
    keyword_only = False
    for parameter in list(found.parameters.values())[1:]:
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        stars = {parameter.VAR_POSITIONAL: "*", parameter.VAR_KEYWORD: "**"}.get(parameter.kind, "")
        if stars == "*":
            keyword_only = True
        text = stars + parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {parameter.annotation}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    result = "" if found.return_annotation is found.empty else f" -> {found.return_annotation}"
    return f"({', '.join(parts)}){result}"


def vars_of(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith("ollama_openapi"):
            names.update(vars(klass))
    return names


def errors_tree() -> list[str]:
    errors = importlib.import_module("ollama_openapi.errors")
    classes = [getattr(errors, name) for name in errors.__all__]
    classes = list(dict.fromkeys(c for c in classes if isinstance(c, type) and issubclass(c, Exception)))
    warnings = [c for c in classes if issubclass(c, Warning)]
    classes = [c for c in classes if c not in warnings]
    lines: list[str] = []

    def walk(parent: type, depth: int) -> None:
        children = sorted(
            (c for c in classes if parent in c.__bases__ and c is not parent), key=lambda c: c.__name__
        )
        for child in children:
            doc = " ".join(str(child.__doc__ or "").split("\n\n")[0].split())
            extra = [b.__name__ for b in child.__bases__ if b is not parent]
            also = f" (also a `{'`, `'.join(extra)}`)" if extra else ""
            lines.append(f"{'  ' * depth}- `{child.__name__}`{also}: {doc}")
            walk(child, depth + 1)

    roots = [c for c in classes if not any(b in classes for b in c.__bases__)]
    for root in sorted(roots, key=lambda c: c.__name__):
        doc = " ".join(str(root.__doc__ or "").split("\n\n")[0].split())
        lines.append(f"- `{root.__name__}`: {doc}")
        walk(root, 1)
    for warning in warnings:
        doc = " ".join(str(warning.__doc__ or "").split("\n\n")[0].split())
        lines += ["", f"Warnings (issued with `warnings.warn`, not raised): `{warning.__name__}`: {doc}"]
    return lines


def render(spec_path: Path, models_dir: Path) -> str:
    spec = yaml.safe_load(spec_path.read_text("utf-8"))
    generator = Generator(spec, models_dir)
    methods = generator.methods()
    reference = Reference(spec, generator)
    client_module = importlib.import_module("ollama_openapi")
    functions = importlib.import_module("ollama_openapi_generated.functions")
    native = [m for m in methods if not m.namespace]
    out = [
        "# API reference",
        "",
        "<!-- Generated by scripts/generate_api_docs.py from openapi/ollama.yaml and the client's",
        "     hand-written methods: do not edit (run `make generate`). -->",
        "",
        "Every method of `Client`, of its `client.openai` and `client.anthropic` namespaces, and the",
        "module-level functions, with their parameters, types, the Ollama releases that understand each",
        "parameter (where the spec records them), what they return and what they raise. `AsyncClient` has",
        "the same methods, to be awaited (`await client.chat(...)`), and its streams are `AsyncStream`s",
        "(`async for part in await client.chat(..., stream=True)`).",
        "",
        f"Every method also takes `**common`: `{COMMON}`; `timeout` and `max_retries` default to the",
        "client's, the `extra_*` arguments are merged into the request last. A keyword the method",
        "does not know raises `TypeError`. Every error is an `OllamaError` subclass (see [Errors](#errors)).",
        "",
        "Types: the answers are the generated models of `ollama_openapi.models`; the wider input types",
        "(`MessageInput`, `ToolInput`, `ImageInput`, `OptionsInput`, `DurationInput`, ...) are in",
        "`ollama_openapi.types`.",
        "",
        "## Contents",
        "",
        "- [Client](#client): " + ", ".join(f"`{m.name}`" for m in native),
    ]
    for name in spec.get("x-python-namespaces", {}):
        names = ", ".join(f"`{m.name}`" for m in methods if m.namespace == name)
        out.append(f"- [client.{name}](#client{name}): {names}")
    out += [
        "- [Client helpers](#client-helpers) (hand-written)",
        "- [Module functions](#module-functions)",
        "- [Errors](#errors)",
        "",
        "## Client",
        "",
        "```python",
        "from ollama_openapi import Client",
        "",
        "client = Client(host=None, *, timeout=..., headers=None, api_key=None, max_retries=2,",
        "                **httpx_options)",
        "```",
        "",
    ]
    for method in native:
        out += reference.method(method, "client")
    for name, entry in spec.get("x-python-namespaces", {}).items():
        out += [f"## client.{name}", "", " ".join(entry["description"].split()), ""]
        for method in methods:
            if method.namespace == name:
                out += reference.method(method, f"client.{name}")
    out += ["## Client helpers", "", "Methods of `Client` written by hand (not one per operation).", ""]
    out += reference.helpers(client_module.Client, {m.name for m in native})
    names = ", ".join(f"`{name}`" for name in functions.__all__)
    out += [
        "## Module functions",
        "",
        "`ollama_openapi.<name>(...)` is `Client().<name>(...)` on a default client made on the first",
        "call (reading `OLLAMA_HOST` then) and shared by every thread, as the official `ollama`",
        f"package offers them: {names}.",
        "",
        "## Errors",
        "",
        "Everything a call raises is one of these (`from ollama_openapi.errors import ...`):",
        "",
        *errors_tree(),
        "",
    ]
    return "\n".join(out)


def main() -> int:
    arguments = [arg for arg in sys.argv[1:] if arg != "--check"]
    spec_path, models_dir, output = (Path(arg) for arg in arguments[:3])
    text = render(spec_path, models_dir)
    if "--check" in sys.argv[1:]:
        current = output.read_text("utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} is stale: run 'make generate' and commit the result")
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
