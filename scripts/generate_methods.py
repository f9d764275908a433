"""Generate the operation methods of `AsyncClient` (and, through unasync, `Client`) from the spec.

Usage: generate_methods.py SPEC GENERATED_PACKAGE_DIR

Writes into the generated package (beside its models): ``_async/operations.py`` (the methods),
``_async/namespaces.py`` (``client.openai``, ``client.anthropic``) and ``functions.py`` (the same
methods as module-level functions on a default client, as the official package offers them).

One method per operation whose ``x-python`` extension names a ``method``: positional parameters as
``x-python.positional`` lists them, every other request field a keyword argument whose type and
converter follow from its schema (`CONVERTERS` and `_field_kind`), the field's description as its
documentation, overloads on ``stream`` for the operations that stream. The output is formatted with
ruff so that ``make check-generated`` can compare it byte for byte.
"""

from __future__ import annotations

import ast
import functools
import importlib
import keyword
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import jinja2
import yaml
from openapi_python_client.utils import snake_case

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "methods"

# Schemas whose values users give in a friendlier form than the wire's: the argument's type (from
# ollama_openapi.types) and the converter in ollama_openapi._convert. `upload` marks a map of files
# that the client uploads first (I/O, so the method builds its request lazily when streaming).
CONVERTERS: dict[str, dict[str, str]] = {
    "Options": {"type": "OptionsInput", "convert": "options"},
    "Format": {"type": "FormatInput", "convert": "format_value"},
    "Duration": {"type": "DurationInput", "convert": "duration"},
    "ThinkValue": {"type": "ThinkInput", "convert": "think"},
    "BlobMap": {"type": "FileMapInput", "convert": "blob_map", "upload": "yes"},
}
# Arrays of these item schemas convert as a whole (a list of tools may hold functions).
ITEM_CONVERTERS: dict[str, dict[str, str]] = {
    "Message": {"type": "Sequence[MessageInput]", "convert": "messages"},
    "Tool": {"type": "Sequence[ToolInput]", "convert": "tools"},
}
SCALARS = {
    "string": ("str", "string"),
    "boolean": ("bool", "boolean"),
    "integer": ("int", "integer"),
    "number": ("float", "number"),
}


@dataclass
class EventAlias:
    name: str
    doc: str
    events: list[tuple[str, str]]

    @property
    def members(self) -> list[str]:
        return sorted({name for _, name in self.events})


@dataclass
class Param:
    json_name: str
    name: str
    """The Python parameter name."""
    attribute: str
    """The request model's attribute."""
    annotation: str
    convert: str
    """A Python expression that converts the parameter (`{value}`) to the model's value."""
    description: str
    required: bool = False
    upload: bool = False
    path: bool = False
    """A path parameter (``/v1/models/{model}``), not a field of the request body."""
    raw: bool = False
    """Taken as plain JSON: the request model is then built from the JSON document."""


@dataclass
class Method:
    name: str
    operation_id: str
    summary: str
    description: str
    positional: list[Param]
    keywords: list[Param]
    request_class: str | None
    response_class: str | None
    stream_type: str | None
    """The type of one item of the stream (a model, or an alias of the event models), if it streams."""
    stream_parse: str | None
    """The module constant that parses a typed event, for streams of several event models."""
    sse: bool
    multipart: bool
    text_answer: bool
    """The answer may also be plain text: the method returns ``Model | str``."""
    result: dict[str, Any] | None
    cloud_path: str | None
    requires_api_key: bool
    """``x-python.requires-api-key``: refused before sending when the client has no API key."""
    namespace: str | None
    requires_one_of: list[Param]
    models: set[str] = field(default_factory=set)
    returns_doc: str = ""
    """What the method returns, in Python terms (the docstring's Returns section)."""
    raises: list[tuple[str, str]] = field(default_factory=list)
    """The exceptions the method raises and when (the docstring's Raises section)."""
    intro: str = ""
    """The first sentence of the operation's description (the rest describes the wire)."""
    releases: str = ""
    """Which Ollama releases have the route (its ``x-ollama-since`` / ``x-ollama-removed``)."""

    @property
    def owner(self) -> str:
        """Who has the plumbing: the client itself, or the client behind a namespace object."""
        return "self._client" if self.namespace else "self"

    @property
    def params(self) -> list[Param]:
        return self.positional + self.keywords

    @property
    def uploads(self) -> bool:
        return any(param.upload for param in self.params)

    @property
    def body_params(self) -> list[Param]:
        return [param for param in self.params if not param.path]

    @property
    def path_params(self) -> list[Param]:
        return [param for param in self.params if param.path]

    @property
    def from_json(self) -> bool:
        """Whether the request model is built from a JSON document rather than attribute by attribute."""
        return any(param.raw for param in self.params)


def python_name(json_name: str) -> str:
    name = json_name.lstrip("_")
    return f"{name}_" if keyword.iskeyword(name) else name


def _release_key(text: object) -> tuple[int, ...]:
    match = re.match(r"v?(\d+)\.(\d+)\.(\d+)", str(text))
    return tuple(int(part) for part in match.groups()) if match else (0, 0, 0)


def releases_of(node: dict[str, Any]) -> str:
    """ "Ollama 0.9.0 and later." from a node's ``x-ollama-since`` (and ``x-ollama-removed``)."""
    since, removed = node.get("x-ollama-since"), node.get("x-ollama-removed")
    if since and removed:
        return f"Ollama {since} and later, removed in {removed}."
    if since:
        return f"Ollama {since} and later."
    return f"Removed in Ollama {removed}." if removed else ""


def ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


class Generator:
    def __init__(self, spec: dict[str, Any], models_dir: Path) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        sys.path.insert(0, str(models_dir.parent))
        self.package = models_dir.name
        self.aliases: dict[str, EventAlias] = {}

    def field_names(self, class_name: str) -> dict[str, str]:
        """The model's ``__init__`` keyword for each JSON name (a field renamed for Python, ``format_``,
        takes its JSON name as the keyword, as the official client's models do)."""
        module = importlib.import_module(f"{self.package}.models.{snake_case(class_name)}")
        names: dict[str, str] = module._FIELD_NAMES
        keywords = {field.name: field.alias for field in attrs.fields(getattr(module, class_name))}
        return {json_name: keywords.get(attribute, attribute) for json_name, attribute in names.items()}

    def description(self, node: dict[str, Any]) -> str:
        text = node.get("description")
        name = ref_name(node)
        if not text and name:
            text = self.schemas[name].get("description")
        if not text:
            for option in node.get("anyOf", []):
                inner = ref_name(option)
                if inner:
                    text = self.schemas[inner].get("description")
                    break
        return " ".join(str(text or "").split())

    def resolved(self, node: dict[str, Any]) -> dict[str, Any]:
        name = ref_name(node)
        return self.resolved(self.schemas[name]) if name else node

    def release_note(self, node: dict[str, Any]) -> str:
        """Which releases understand a field: its own ``x-ollama-since``, then the forms
        (``anyOf``/``oneOf`` variants) and enum values that came later than the field."""
        notes = [releases_of(node)] if releases_of(node) else []
        floor = _release_key(node.get("x-ollama-since"))
        target = self.resolved(node)
        holders: list[tuple[dict[str, Any], tuple[int, ...]]] = [(target, floor)]
        for variant in target.get("anyOf", []) + target.get("oneOf", []):
            since = variant.get("x-ollama-since")
            if since and _release_key(since) > floor:
                form = ref_name(variant) or variant.get("title") or variant.get("type") or "another form"
                notes.append(f"As {form}: Ollama {since} and later.")
            holders.append((self.resolved(variant), max(floor, _release_key(since))))
        for holder, start in holders:
            added = holder.get("x-ollama-enum-since") or {}
            later: dict[str, list[str]] = {}
            for value in holder.get("enum", []):
                if value in added and _release_key(added[value]) > start:
                    later.setdefault(str(added[value]), []).append(f'"{value}"')
            for release, values in sorted(later.items(), key=lambda entry: _release_key(entry[0])):
                notes.append(f"{', '.join(values)}: Ollama {release} and later.")
        return " ".join(notes)

    def kind(
        self, node: dict[str, Any], owner: str, json_name: str, models: set[str]
    ) -> tuple[str, str, bool]:
        """The argument type, the converter expression and whether it uploads files.

        A shape with no converter of its own (a union of object schemas, say) is taken as plain JSON
        (`convert.json_value`), typed as closely as the schema allows; the method then builds its
        request model from the JSON document (`convert.request`), so the model's own parsing picks
        the union's member.
        """
        name = ref_name(node)
        if name in CONVERTERS:
            entry = CONVERTERS[name]
            return entry["type"], f"convert.{entry['convert']}({{value}}, {{label}})", "upload" in entry
        options = [option for option in node.get("anyOf", []) if option.get("type") != "null"]
        if len(options) == 1 and len(node.get("anyOf", [])) == 2:
            return self.kind(options[0], owner, json_name, models)
        if name is not None:
            target = self.schemas[name]
            if target.get("type") == "object":
                models.add(name)
                converter = f"convert.model(models.{name}, {{value}}, {{label}})"
                return f"Mapping[str, object] | {name}", converter, False
            return self.kind(target, owner, json_name, models)
        kinds = {option.get("type") for option in options}
        arrays = [option for option in options if option.get("type") == "array"]
        if kinds == {"string", "array"} and all(
            array.get("items", {}).get("type") == "string" for array in arrays
        ):
            return "str | Sequence[str]", "convert.string_or_strings({value}, {label})", False
        kind = node.get("type")
        if isinstance(kind, list):  # e.g. ["array", "null"]: a JSON value of one of these types
            return self.json_annotation(node, models), "convert.json_value({value}, {label})", False
        if kind == "string" and (node.get("format") == "binary" or "contentMediaType" in node):
            return "FileInput", "convert.file({value}, {label})", False
        if kind in SCALARS:
            annotation, converter = SCALARS[kind]
            return annotation, f"convert.{converter}({{value}}, {{label}})", False
        if kind == "array":
            items = node.get("items", {})
            item_ref = ref_name(items)
            if item_ref in ITEM_CONVERTERS:
                entry = ITEM_CONVERTERS[item_ref]
                return entry["type"], f"convert.{entry['convert']}({{value}}, {{label}})", False
            if items.get("contentEncoding") == "base64":
                return "Sequence[ImageInput]", "convert.images({value}, {label})", False
            if items.get("type") == "string":
                return "Sequence[str]", "convert.strings({value}, {label})", False
            if items.get("type") == "integer":
                return "Sequence[int]", "convert.integers({value}, {label})", False
        if kind == "object":
            class_name = owner + "".join(part.capitalize() for part in json_name.split("_"))
            models.add(class_name)
            return (
                f"Mapping[str, object] | {class_name}",
                f"convert.model(models.{class_name}, {{value}}, {{label}})",
                False,
            )
        return self.json_annotation(node, models), "convert.json_value({value}, {label})", False

    def json_annotation(self, node: dict[str, Any], models: set[str], depth: int = 0) -> str:
        """The Python type of a JSON value of schema `node`, as users may give it."""
        name = ref_name(node)
        if name is not None:
            target = self.schemas[name]
            if target.get("type") == "object" or "properties" in target:
                models.add(name)
                return f"Mapping[str, object] | {name}"
            return self.json_annotation(target, models, depth)
        options = node.get("anyOf") or node.get("oneOf")
        kinds = node.get("type")
        if isinstance(kinds, list):
            options = [{**node, "type": kind} for kind in kinds]
        if options and depth < 3:
            parts: list[str] = []
            for option in options:
                if option.get("type") == "null":
                    continue
                for part in self.json_annotation(option, models, depth + 1).split(" | "):
                    if part not in parts:
                        parts.append(part)
            return " | ".join(parts) if parts else "object"
        if kinds in SCALARS:
            return SCALARS[kinds][0]
        if kinds == "array":
            return f"Sequence[{self.json_annotation(node.get('items', {}), models, depth + 1)}]"
        if kinds == "object":
            return "Mapping[str, object]"
        return "object"

    def method(self, path: str, verb: str, operation: dict[str, Any]) -> Method:
        extension = operation["x-python"]
        models: set[str] = set()
        content = operation.get("requestBody", {}).get("content", {})
        media = content.get("application/json") or content.get("multipart/form-data")
        request_class = ref_name(media["schema"]) if media else None
        streaming = operation.get("x-ollama-streaming")
        sse = operation.get("x-ollama-sse")
        params: dict[str, Param] = {}
        if request_class:
            models.add(request_class)
            schema = self.schemas[request_class]
            attributes = self.field_names(request_class)
            for json_name, node in schema.get("properties", {}).items():
                if json_name == "stream" and (streaming or sse):
                    continue
                if node.get("deprecated") and not node.get("x-python-keyword"):
                    continue
                annotation, convert, upload = self.kind(node, request_class, json_name, models)
                raw = convert.startswith("convert.json_value(")
                if "x-python-send-when-absent" in node:
                    # The value the official client sends when the caller leaves the field out.
                    absent = repr(node["x-python-send-when-absent"])
                    convert = f"convert.absent_as({convert}, {absent})"
                params[json_name] = Param(
                    json_name=json_name,
                    name=python_name(json_name),
                    attribute=attributes[json_name],
                    annotation=annotation,
                    convert=convert,
                    description=" ".join(filter(None, (self.description(node), self.release_note(node)))),
                    required=json_name in schema.get("required", []),
                    upload=upload,
                    raw=raw,
                )
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "path":
                params[parameter["name"]] = Param(
                    json_name=parameter["name"],
                    name=python_name(snake_case(parameter["name"])),
                    attribute="",
                    annotation="str",
                    convert="convert.string({value}, {label})",
                    description=" ".join(str(parameter.get("description", "")).split()),
                    required=True,
                    path=True,
                )
        positional = [params.pop(name) for name in extension.get("positional", [])]
        if positional:
            positional[0].required = True
        owner = "self._client" if extension.get("namespace") else "self"
        for param in positional + list(params.values()):
            label = f'"{param.name}"'
            value = f"await {owner}._upload_files({param.name}, {label})" if param.upload else param.name
            param.convert = param.convert.format(value=value, label=label)
            if param.required:
                param.convert = f"convert.required({param.convert}, {label})"
        answers = operation["responses"].get("200", {}).get("content", {})
        success = answers.get("application/json")
        response_class = ref_name(success["schema"]) if success else None
        text_answer = bool(response_class) and "text/plain" in answers
        stream_type = stream_parse = None
        if streaming:
            stream_type = streaming["chunk"].rsplit("/", 1)[-1]
        elif sse and "chunk" in sse:
            stream_type = sse["chunk"].rsplit("/", 1)[-1]
        elif sse:
            alias = self.event_alias(operation, sse)
            stream_type, stream_parse = alias.name, f"_{alias.name.upper()}_PARSE"
            models.update(alias.members)
        if stream_type and not stream_parse:
            models.add(stream_type)
        result = extension.get("result")
        for name in (response_class, "ProgressResponse" if result else None):
            if name:
                models.add(name)
        by_json = {param.json_name: param for param in positional + list(params.values())}
        description = " ".join(operation.get("description", "").split())
        return Method(
            name=extension["method"],
            operation_id=operation["operationId"],
            summary=operation.get("summary", "").strip(),
            description=operation.get("description", "").strip(),
            positional=positional,
            keywords=list(params.values()),
            request_class=request_class,
            response_class=response_class,
            stream_type=stream_type,
            stream_parse=stream_parse,
            sse=bool(sse),
            text_answer=text_answer,
            multipart=bool(media) and "multipart/form-data" in content,
            result=result,
            cloud_path=extension.get("cloud-path"),
            requires_api_key=extension.get("requires-api-key") is True,
            namespace=extension.get("namespace"),
            requires_one_of=[by_json[name] for name in extension.get("requires-one-of", [])],
            models=models,
            returns_doc=self.returns_doc(
                operation, response_class, stream_type, bool(sse), text_answer, bool(result)
            ),
            raises=self.raises(operation, bool(stream_type), extension.get("requires-api-key") is True),
            intro=first_sentence(description),
            releases=releases_of(operation),
        )

    def response(self, node: dict[str, Any]) -> dict[str, Any]:
        """A response object, its ``$ref`` to ``components/responses`` followed."""
        name = ref_name(node)
        found: dict[str, Any] = self.spec["components"]["responses"][name] if name else node
        return found

    def returns_doc(
        self,
        operation: dict[str, Any],
        response_class: str | None,
        stream_type: str | None,
        sse: bool,
        text_answer: bool,
        result: bool,
    ) -> str:
        """The Returns section: the Python type and what it holds (wire details left out)."""
        success = self.response(operation["responses"].get("200", {}))
        summary = first_sentence(" ".join(str(success.get("description", "")).split()))
        if stream_type:
            parts = "events" if sse else "chunks"
            ending = (
                "; a stream that stops before its final event raises `StreamTruncatedError`"
                if sse
                else ", the last one with the totals"
            )
            return (
                f"`{response_class}`, the whole answer; with ``stream=True``, an "
                f"`AsyncStream[{stream_type}]` of its {parts} as they arrive{ending}."
            )
        if text_answer:
            return f"`{response_class}`, or the text as a `str` when the server answers plain text."
        if response_class:
            clean = wire_free(summary).rstrip(".")
            return f"`{response_class}`: {clean[:1].lower()}{clean[1:]}." if clean else f"`{response_class}`."
        if result:
            return '`ProgressResponse` with ``status`` ``"success"`` (the server answers no document).'
        return "None."

    def raises(
        self, operation: dict[str, Any], streams: bool, requires_api_key: bool
    ) -> list[tuple[str, str]]:
        """The Raises section: the error answers the spec declares, as the exceptions they become,
        then the failures any call may meet."""
        found: list[tuple[str, str]] = []
        if requires_api_key:
            found.append(
                (
                    "MissingApiKeyError",
                    "The client has no API key (``api_key=``, ``OLLAMA_API_KEY`` or an "
                    "``Authorization: Bearer`` header); raised before anything is sent.",
                )
            )
        found.append(("InvalidArgumentError", "An argument cannot be sent (raised before sending)."))
        for status, node in sorted(operation["responses"].items()):
            if not status.isdigit() or int(status) < 400 or self.response(node).get("x-python-unseen"):
                continue
            name, text = error_class(int(status))
            found.append((name, text))
        if streams:
            found.append(
                (
                    "StreamError",
                    "While a stream is read: it broke off before its end (`StreamTruncatedError`), "
                    "carried an error (`StreamInBandError`) or a line that is not JSON "
                    "(`StreamDecodeError`); ``.received`` keeps what arrived.",
                )
            )
        found.extend(
            [
                ("InvalidResponseError", "The answer is not what the spec describes (or too large)."),
                ("OllamaConnectionError", "The server cannot be reached (refused, DNS, TLS, hang-up)."),
                ("OllamaTimeoutError", "The server did not answer within ``timeout``."),
            ]
        )
        merged: dict[str, list[str]] = {}
        for name, text in found:
            merged.setdefault(name, []).append(text)
        return [(name, " ".join(texts)) for name, texts in merged.items()]

    def event_alias(self, operation: dict[str, Any], sse: dict[str, Any]) -> EventAlias:
        name = operation["x-python"].get("stream-type")
        if not name:
            raise SystemExit(
                f"{operation['operationId']}: a stream of typed events needs x-python.stream-type"
            )
        events = [(event, ref.rsplit("/", 1)[-1]) for event, ref in sse["events"].items()]
        doc = f"One event of the {operation['operationId']} stream"
        self.aliases[name] = EventAlias(name, doc, events)
        return self.aliases[name]

    def namespaces(self) -> list[dict[str, str]]:
        found = self.spec.get("x-python-namespaces", {})
        return [
            {
                "name": name,
                "class_name": entry["class"],
                "description": " ".join(entry["description"].split()),
            }
            for name, entry in found.items()
        ]

    def methods(self) -> list[Method]:
        found = []
        declared = self.spec.get("x-python-namespaces", {})
        for path, item in self.spec["paths"].items():
            for verb, operation in item.items():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                extension = operation.get("x-python")
                if extension is None:
                    raise SystemExit(f"{operation['operationId']}: x-python is missing")
                # A method in a namespace that x-python-namespaces does not declare (yet) is not
                # generated: the template renders the declared namespaces only.
                namespace = extension.get("namespace")
                if extension.get("method") and (namespace is None or namespace in declared):
                    found.append(self.method(path, verb, operation))
        return found


_WIRE_DETAILS = re.compile(r"\s*\((?:`error\.type`|with an empty body|then the body)[^()]*\)")


def wire_free(text: str) -> str:
    """`text` without the parenthesised notes about the error body's wire shape."""
    return _WIRE_DETAILS.sub("", text).strip()


def first_sentence(text: str) -> str:
    """The first sentence of `text` (up to a period followed by a space and not inside parentheses)."""
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        ends = char == "." and depth == 0 and text[index + 1 : index + 2] in (" ", "")
        if ends and not text[max(0, index - 3) : index + 1].endswith(("e.g.", "i.e.")):
            return text[: index + 1]
    return text


ERRORS_MODULE = ROOT / "overlays" / "ollama_openapi" / "errors.py"


@functools.cache
def error_classes() -> dict[str, tuple[list[str], str]]:
    """The public exception classes of ``ollama_openapi.errors``: their bases and docstrings, read
    from its source (importing the package would need the generated code this script writes)."""
    tree = ast.parse(ERRORS_MODULE.read_text("utf-8"))
    public: set[str] = set()
    found: dict[str, tuple[list[str], str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            public = set(ast.literal_eval(node.value))
        elif isinstance(node, ast.ClassDef):
            bases = [base.id for base in node.bases if isinstance(base, ast.Name)]
            found[node.name] = (bases, ast.get_docstring(node) or "")
    return {name: entry for name, entry in found.items() if name in public}


def is_subclass(name: str, ancestor: str) -> bool:
    """Whether error class `name` is `ancestor` or derives from it."""
    classes = error_classes()
    return name == ancestor or any(is_subclass(base, ancestor) for base in classes.get(name, ([], ""))[0])


def error_class(status: int) -> tuple[str, str]:
    """The `ollama_openapi.errors` class an error answer with `status` becomes, and when: the public
    class whose docstring starts with ``HTTP <status>`` (the most general one; its subclasses that
    start so are named too), else `ServerError` for a 5xx and `ResponseError` for anything else. The
    text is the class's docstring, so that it speaks of the exception, not the wire."""
    classes = error_classes()
    responses = [name for name in classes if is_subclass(name, "ResponseError")]
    candidates = [name for name in responses if classes[name][1].startswith(f"HTTP {status}")]
    candidates = candidates or [
        name for name in responses if classes[name][1].startswith(f"HTTP {status // 100}xx")
    ]
    general = [
        name
        for name in candidates
        if not any(name != other and is_subclass(name, other) for other in candidates)
    ]
    if not general:
        fallback = "ServerError" if 500 <= status <= 599 else "ResponseError"
        return fallback, f"HTTP {status}: an error answer ({fallback} carries its status and message)."
    text = " ".join(classes[general[0]][1].split()).replace(f"HTTP {status // 100}xx", f"HTTP {status}", 1)
    for other in candidates:
        if other != general[0]:
            doc = " ".join(classes[other][1].split())
            text += f" `{other}`, a subclass, {doc.removeprefix(f'HTTP {status} ')}"
    return general[0], text


def module_of(class_name: str, package: str) -> str:
    return f"{package}.models.{snake_case(class_name)}"


def render(spec_path: Path, models_dir: Path) -> dict[str, str]:
    """The generated modules' sources, by path relative to the package."""
    spec = yaml.safe_load(spec_path.read_text("utf-8"))
    generator = Generator(spec, models_dir)
    methods = generator.methods()
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["wrap"] = wrap
    template = environment.get_template("operations.py.jinja")
    namespaces = generator.namespaces()
    sources: dict[str, str] = {}
    for part, path in (("native", "_async/operations.py"), ("namespaces", "_async/namespaces.py")):
        selected = [method for method in methods if bool(method.namespace) == (part == "namespaces")]
        aliases = list(generator.aliases.values()) if part == "namespaces" else []
        needed = sorted(
            set().union(*(method.models for method in selected)) | {m for a in aliases for m in a.members}
        )
        exported = (
            ["AsyncOperations"]
            if part == "native"
            else [f"Async{namespace['class_name']}" for namespace in namespaces]
            + [alias.name for alias in aliases]
        )
        sources[path] = template.render(
            part=part,
            methods=selected,
            models=[(module_of(name, "ollama_openapi_generated"), name) for name in needed],
            namespaces=namespaces,
            aliases=aliases,
            exported=sorted(exported),
        )
    helpers = [
        operation["x-python"]["helper"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "helper" in operation.get("x-python", {})
    ]
    names = sorted({method.name for method in methods if not method.namespace} | set(helpers))
    functions = environment.get_template("functions.py.jinja").render(names=names)
    package_init = (
        "# @generated by scripts/generate_methods.py: do not edit; run `make generate`.\n"
        '"""The methods of `AsyncClient`, generated from the spec; ``_sync`` is derived from them."""\n'
    )
    return {**sources, "_async/__init__.py": package_init, "functions.py": functions}


def wrap(text: str, indent: int, first: int | None = None, width: int = 100) -> str:
    """`text` as lines of at most `width` characters, every line after the first indented by
    `indent`; the first starts at column `first` (default: `indent`)."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        words = paragraph.split()
        line = ""
        for word in words:
            start = first if first is not None and not lines else indent
            if line and start + len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        lines.append("")
    pad = " " * indent
    return f"\n{pad}".join(lines[:-1]).replace(f"\n{pad}\n", "\n\n")


def main() -> None:
    spec_path, package = (Path(arg) for arg in sys.argv[1:3])
    ruff = Path(sys.executable).parent / "ruff"
    for relative, source in render(spec_path, package).items():
        output = package / relative
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(source, "utf-8")
        for command in (["check", "--fix-only", "--select", "I,F401"], ["format"]):
            subprocess.run(
                [str(ruff), *command, "--config", str(ROOT / "pyproject.toml"), "--quiet", str(output)],
                check=True,
            )


if __name__ == "__main__":
    main()
