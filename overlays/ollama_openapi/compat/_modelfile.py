r'''Parse Modelfile text and turn it into the structured body of ``POST /api/create``.

Older Ollama servers took the Modelfile text itself; modern ones take structured fields (``from``,
``files``, ``adapters``, ``template``, ``system``, ``parameters``, ``messages``, ``license``, ...).
:func:`parse_modelfile` reads the text the way Ollama's own parser does, and
:meth:`Modelfile.to_create_request` builds the request body once the caller has hashed and
uploaded the local files listed by :meth:`Modelfile.local_paths`.

Syntax, as Ollama reads it:

* One instruction per line: ``FROM``, ``ADAPTER``, ``DRAFT``, ``TEMPLATE``, ``SYSTEM``,
  ``LICENSE``, ``PARAMETER <key> <value>``, ``MESSAGE <role> <content>``, ``RENDERER``,
  ``PARSER``, ``REQUIRES``. Instruction names are case-insensitive.
* Blank lines and lines whose first non-blank character is ``#`` are ignored. A ``#`` later in a
  line is part of the value.
* An unquoted value is the rest of the line with surrounding blanks removed.
* ``"""..."""`` is a raw value that may span lines; it ends at the first line that ends (trailing
  blanks aside) with ``"""``. ``"..."`` works the same way with one quote and may also span lines;
  inside it ``\"`` is a quote and ``\\`` a backslash, other backslashes are kept as written (so
  Windows paths and template text survive). Ollama itself does not process escapes; this is the
  one deliberate extension, so that a stop string can contain a quote.
* ``\r\n`` and lone ``\r`` line endings read as ``\n``; a leading byte-order mark is ignored.

Decisions where Ollama is silent or lenient:

* ``PARAMETER`` keys are case-insensitive. An unknown key is a :class:`ModelfileError` (Ollama's
  CLI refuses it too); a deprecated key (``mirostat``, ``penalize_newline``, ...) is dropped with a
  :class:`ModelfileWarning`, as Ollama does.
* ``MESSAGE`` roles are ``system``, ``user``, ``assistant`` and ``tool`` (case-insensitive, stored
  lower-case); Ollama's parser does not yet accept ``tool`` although its API does.
* A value that must name something (``FROM``, ``ADAPTER``, ``DRAFT``, ``RENDERER``, ``PARSER``,
  ``REQUIRES``, a message role or parameter) may not be empty; ``SYSTEM ""`` is allowed.
'''

from __future__ import annotations

import codecs
import os
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeAlias

from ollama_openapi.compat._modelfile_errors import ModelfileError, ModelfileWarning
from ollama_openapi.compat._modelfile_parameters import DEPRECATED_PARAMETERS, OPTION_TYPES, convert_parameter
from ollama_openapi.compat._modelfile_sources import ResolvedSources, StrPath, resolve_sources

__all__ = [
    "DigestMap",
    "Modelfile",
    "ModelfileError",
    "ModelfileWarning",
    "parse_modelfile",
    "read_modelfile",
]

INSTRUCTIONS: Final = (
    "from",
    "adapter",
    "draft",
    "template",
    "system",
    "license",
    "parameter",
    "message",
    "renderer",
    "parser",
    "requires",
)
MESSAGE_ROLES: Final = ("system", "user", "assistant", "tool")

_WORD: Final = re.compile(r"[A-Za-z]+")
_PARAMETER_NAME: Final = re.compile(r"[A-Za-z0-9_]+")
_BLANKS: Final = " \t"
_TRIPLE_QUOTE: Final = '"""'
_ESCAPE: Final = re.compile(r'\\(["\\])')
_DIGEST: Final = re.compile(r"sha256:[0-9a-fA-F]{64}")
# Go's golang.org/x/mod/semver: vMAJOR[.MINOR[.PATCH[-PRERELEASE][+BUILD]]], no leading zeros.
_NUMBER: Final = r"(?:0|[1-9]\d*)"
_IDENTIFIER: Final = r"(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)"
_SEMVER: Final = re.compile(
    rf"v?{_NUMBER}(?:\.{_NUMBER}(?:\.{_NUMBER}(?:-{_IDENTIFIER}(?:\.{_IDENTIFIER})*)?"
    r"(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?"
)
#: Uploaded blob digests by local path, as accepted by :meth:`Modelfile.to_create_request`.
DigestMap: TypeAlias = Mapping[Path, str] | Mapping[str, str] | Mapping[StrPath, str]

_NEEDS_NON_EMPTY: Final = frozenset({"from", "adapter", "draft", "renderer", "parser", "requires"})


@dataclass(frozen=True)
class Modelfile:
    """The instructions of a parsed Modelfile.

    ``from_`` is the first ``FROM`` value; further ``FROM`` lines (e.g. a vision projector GGUF
    next to the model GGUF) are in ``extra_from``. ``template``, ``system``, ``renderer``,
    ``parser`` and ``requires`` keep the last value given. ``parameters`` maps option keys to
    typed values, with ``stop`` a list of every ``PARAMETER stop`` line.
    """

    from_: str | None
    adapters: list[str] = field(default_factory=list)
    template: str | None = None
    system: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)
    messages: list[dict[str, str]] = field(default_factory=list)
    licenses: list[str] = field(default_factory=list)
    extra_from: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    renderer: str | None = None
    parser: str | None = None
    requires: str | None = None

    def local_paths(self, base_dir: StrPath = ".") -> list[Path]:
        """The local files to hash and upload (``POST /api/blobs/sha256:<hex>``) before creating.

        FROM values that exist on disk (files, or model directories expanded to their weight,
        config and tokenizer files), then every ADAPTER and DRAFT file; absolute paths, no
        duplicates. Relative values are taken from ``base_dir`` (usually the Modelfile's folder).
        Raises :class:`ModelfileError` for a missing ADAPTER/DRAFT path or a directory without
        model weights.
        """
        return self._sources(base_dir).all_files()

    def to_create_request(
        self,
        digests: DigestMap,
        *,
        base_dir: StrPath = ".",
        model: str | None = None,
    ) -> dict[str, Any]:
        """Build the JSON body of ``POST /api/create``.

        ``digests`` maps each path returned by :meth:`local_paths` (same ``base_dir``) to its
        uploaded blob digest ``"sha256:<64 hex>"``. Local FROM files become ``files``, ADAPTER
        files ``adapters`` and DRAFT files ``draft_files``, each keyed by the file's base name as
        the ``ollama create`` CLI does; a FROM that names a model becomes ``from``. ``model`` (the
        name to create) is included when given; ``stream`` and ``quantize`` are left to the caller.
        """
        if self.from_ is None:
            raise ModelfileError("no FROM instruction")
        sources = self._sources(base_dir)
        if len(sources.model_names) > 1:
            names = ", ".join(repr(name) for name in sources.model_names)
            raise ModelfileError(
                f"more than one FROM names a model ({names}); only one base model is allowed"
            )
        known_digests = {_normalized(path): digest for path, digest in digests.items()}
        body: dict[str, Any] = {}
        if model is not None:
            body["model"] = model
        if sources.model_names:
            body["from"] = sources.model_names[0]
        for key, paths in (
            ("files", sources.model_files),
            ("adapters", sources.adapter_files),
            ("draft_files", sources.draft_files),
        ):
            if paths:
                body[key] = _digests_by_basename(paths, known_digests)
        optional_text = {"template": self.template, "system": self.system}
        body.update({key: value for key, value in optional_text.items() if value is not None})
        if self.licenses:
            body["license"] = list(self.licenses)
        if self.parameters:
            body["parameters"] = {
                key: list(value) if isinstance(value, list) else value
                for key, value in self.parameters.items()
            }
        if self.messages:
            body["messages"] = [dict(message) for message in self.messages]
        trailing_text = {"renderer": self.renderer, "parser": self.parser, "requires": self.requires}
        body.update({key: value for key, value in trailing_text.items() if value is not None})
        return body

    def _sources(self, base_dir: StrPath) -> ResolvedSources:
        from_values = [self.from_, *self.extra_from] if self.from_ is not None else list(self.extra_from)
        return resolve_sources(from_values, self.adapters, self.drafts, base_dir)


def parse_modelfile(text: str) -> Modelfile:
    """Parse Modelfile text into a :class:`Modelfile`.

    Raises :class:`ModelfileError` (a ``ValueError``) with the line number for an unknown
    instruction, a bad or unknown ``PARAMETER``, an invalid ``MESSAGE`` role, an unterminated
    quote, an invalid ``REQUIRES`` version, and (without a line number) for a missing ``FROM``.
    """
    if not isinstance(text, str):
        raise TypeError(f"Modelfile text must be str, not {type(text).__name__}")
    builder = _ModelfileBuilder()
    for instruction in _read_instructions(text):
        builder.add(instruction)
    return builder.build()


def read_modelfile(path: StrPath) -> Modelfile:
    """Read and parse the Modelfile at ``path`` (UTF-8, or UTF-16 with a byte-order mark).

    Relative FROM/ADAPTER/DRAFT paths in it are meant relative to the file's folder, so pass
    ``Path(path).parent`` as ``base_dir`` to :meth:`Modelfile.local_paths` and
    :meth:`Modelfile.to_create_request`. ``OSError`` from reading propagates unchanged.
    """
    data = Path(path).expanduser().read_bytes()
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ModelfileError(f"{path} is not a text file in {encoding.upper()}: {error.reason}") from None
    return parse_modelfile(text)


@dataclass(frozen=True)
class _Instruction:
    keyword: str  # lower-case instruction name
    qualifier: str | None  # the PARAMETER key or MESSAGE role
    value: str
    line: int


class _ModelfileBuilder:
    """Accumulates instructions in order; the last TEMPLATE/SYSTEM/... wins, as in Ollama."""

    def __init__(self) -> None:
        self.from_values: list[str] = []
        self.adapters: list[str] = []
        self.drafts: list[str] = []
        self.licenses: list[str] = []
        self.messages: list[dict[str, str]] = []
        self.parameters: dict[str, Any] = {}
        self.text_values: dict[str, str] = {}

    def add(self, instruction: _Instruction) -> None:
        keyword, value = instruction.keyword, instruction.value
        if keyword in _NEEDS_NON_EMPTY and not value.strip():
            raise ModelfileError(f"{keyword.upper()} needs a non-empty value", line=instruction.line)
        if keyword == "from":
            self.from_values.append(value)
        elif keyword == "adapter":
            self.adapters.append(value)
        elif keyword == "draft":
            self.drafts.append(value)
        elif keyword == "license":
            self.licenses.append(value)
        elif keyword == "message":
            self.messages.append({"role": str(instruction.qualifier), "content": value})
        elif keyword == "parameter":
            self._add_parameter(str(instruction.qualifier), value, instruction.line)
        elif keyword == "requires":
            self.text_values["requires"] = _checked_version(value, instruction.line)
        else:
            self.text_values[keyword] = value

    def build(self) -> Modelfile:
        if not self.from_values:
            raise ModelfileError("no FROM instruction: a Modelfile must name a base model or model file")
        return Modelfile(
            from_=self.from_values[0],
            adapters=self.adapters,
            template=self.text_values.get("template"),
            system=self.text_values.get("system"),
            parameters=self.parameters,
            messages=self.messages,
            licenses=self.licenses,
            extra_from=self.from_values[1:],
            drafts=self.drafts,
            renderer=self.text_values.get("renderer"),
            parser=self.text_values.get("parser"),
            requires=self.text_values.get("requires"),
        )

    def _add_parameter(self, name: str, value: str, line: int) -> None:
        if name in DEPRECATED_PARAMETERS:
            warnings.warn(
                f"line {line}: PARAMETER {name} is deprecated and ignored by Ollama",
                ModelfileWarning,
                stacklevel=4,
            )
            return
        if name not in OPTION_TYPES:
            known = ", ".join(sorted(OPTION_TYPES))
            raise ModelfileError(f"unknown parameter {name!r} (known parameters: {known})", line=line)
        try:
            converted = convert_parameter(name, value)
        except ValueError as error:
            raise ModelfileError(str(error), line=line) from None
        if OPTION_TYPES[name] is list:
            self.parameters.setdefault(name, []).append(converted)
        else:
            self.parameters[name] = converted


def _read_instructions(text: str) -> Iterator[_Instruction]:
    lines = _split_lines(text)
    index = 0
    while index < len(lines):
        line_number = index + 1
        content = lines[index].lstrip(_BLANKS)
        if not content or content.startswith("#"):
            index += 1
            continue
        keyword, rest = _take_word(content, _WORD, line_number, "an instruction")
        keyword = keyword.lower()
        if keyword not in INSTRUCTIONS:
            expected = ", ".join(name.upper() for name in INSTRUCTIONS)
            raise ModelfileError(
                f"unknown instruction {content.split()[0]!r} (expected one of {expected})", line=line_number
            )
        qualifier: str | None = None
        if keyword == "parameter":
            qualifier, rest = _take_word(rest, _PARAMETER_NAME, line_number, "a parameter name")
            qualifier = qualifier.lower()
        elif keyword == "message":
            qualifier, rest = _take_word(rest, _WORD, line_number, "a message role")
            qualifier = _checked_role(qualifier, line_number)
        value, index = _read_value(rest, lines, index, line_number, keyword)
        yield _Instruction(keyword, qualifier, value, line_number)


def _split_lines(text: str) -> list[str]:
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _take_word(text: str, pattern: re.Pattern[str], line: int, what: str) -> tuple[str, str]:
    """Split ``text`` into a leading word matching ``pattern`` and the value after the blanks."""
    text = text.lstrip(_BLANKS)
    match = pattern.match(text)
    if match is None:
        found = f"found {text.split()[0]!r}" if text.strip() else "found the end of the line"
        raise ModelfileError(f"expected {what}, {found}", line=line)
    word, rest = match.group(), text[match.end() :]
    if not rest.strip(_BLANKS):
        raise ModelfileError(f"{word.upper()} needs a value after it", line=line)
    if rest[0] not in _BLANKS:
        raise ModelfileError(f"expected {what}, found {(word + rest).split()[0]!r}", line=line)
    return word, rest.lstrip(_BLANKS)


def _read_value(rest: str, lines: list[str], index: int, line: int, keyword: str) -> tuple[str, int]:
    """Read the value starting in ``rest``; return it and the index of the line after it."""
    if rest.startswith(_TRIPLE_QUOTE):
        return _read_quoted(rest[3:], _TRIPLE_QUOTE, lines, index, line, keyword)
    if rest.startswith('"'):
        return _read_quoted(rest[1:], '"', lines, index, line, keyword)
    return rest.strip(_BLANKS), index + 1


def _read_quoted(
    first_part: str, quote: str, lines: list[str], index: int, line: int, keyword: str
) -> tuple[str, int]:
    # As in Ollama, the value ends at the first line that ends with the closing quote, so quotes
    # in the middle of a line (e.g. inside a template) are content.
    parts: list[str] = []
    current = first_part
    while True:
        candidate = current.rstrip(_BLANKS)
        if _ends_with_closing_quote(candidate, quote):
            parts.append(candidate[: -len(quote)])
            value = "\n".join(parts)
            return (value if quote == _TRIPLE_QUOTE else _ESCAPE.sub(r"\1", value)), index + 1
        parts.append(current)
        index += 1
        if index >= len(lines):
            kind = "triple-quoted" if quote == _TRIPLE_QUOTE else "quoted"
            raise ModelfileError(
                f"unterminated {kind} value of {keyword.upper()}: no closing {quote} before the end",
                line=line,
            )
        current = lines[index]


def _ends_with_closing_quote(text: str, quote: str) -> bool:
    if not text.endswith(quote):
        return False
    if quote == _TRIPLE_QUOTE:
        return True
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    return backslashes % 2 == 0


def _checked_role(role: str, line: int) -> str:
    normalized = role.lower()
    if normalized not in MESSAGE_ROLES:
        expected = ", ".join(MESSAGE_ROLES)
        raise ModelfileError(f"invalid MESSAGE role {role!r} (expected one of {expected})", line=line)
    return normalized


def _checked_version(value: str, line: int) -> str:
    version = value.strip()
    if not _SEMVER.fullmatch(version):
        raise ModelfileError(f"REQUIRES needs a semantic version such as 0.14.0, got {value!r}", line=line)
    return version.removeprefix("v")


def _normalized(path: StrPath) -> Path:
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path))))


def _digests_by_basename(paths: list[Path], known_digests: Mapping[Path, str]) -> dict[str, str]:
    by_name: dict[str, str] = {}
    origin: dict[str, Path] = {}
    for path in paths:
        digest = known_digests.get(path)
        if digest is None:
            raise ModelfileError(
                f"no digest for local file {path}; hash and upload it first (see local_paths)"
            )
        if not _DIGEST.fullmatch(digest):
            raise ModelfileError(
                f"invalid digest {digest!r} for {path}: expected 'sha256:' and 64 hex digits"
            )
        name = path.name
        if name in by_name and by_name[name] != digest:
            raise ModelfileError(
                f"two different local files are both named {name!r}: {origin[name]} and {path}"
            )
        by_name[name], origin[name] = digest, path
    return by_name
