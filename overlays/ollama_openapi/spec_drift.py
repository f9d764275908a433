"""Find where a server's answers drift from the spec: ``python -m ollama_openapi.spec_drift``.

Two kinds of findings, for each response checked:

* **unknown field**: a key the server sent that no matching schema describes. Each JSON document is
  walked alongside its response schema, following ``$ref``, ``anyOf``/``oneOf`` (the branches whose
  type fits the value, and among objects the one that knows most of its keys) and ``allOf``. Keys
  of free-form maps are not fields: objects whose schema has no ``properties`` (``ModelInfo``,
  ``JsonSchema``), or allows ``additionalProperties`` (``Options`` extras, tool arguments); a map
  with an ``additionalProperties`` schema has its values walked with that schema.
* **spec violation**: a response the spec does not allow (status, content type, or a body that
  fails its schema), as reported by `ollama_openapi.spec_validation.SpecValidator`.

Sources: a live Ollama (``--host URL``, default ``OLLAMA_HOST``): version, tags, ps, show of the
first model, and a tiny generate and streamed chat when a model can complete text; or a folder of
recorded responses (``--recorded DIR``) with a ``manifest.json`` like ``tests/data/recorded``.
Exit status: 0 when nothing drifted, 1 when something did, 2 when the source could not be read.
Needs ``jsonschema`` (the ``fake`` extra).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final, Literal

from ollama_openapi.spec import load_spec, resolve_refs
from ollama_openapi.spec_validation import SpecValidator

__all__ = [
    "DriftChecker",
    "Finding",
    "RecordedResponse",
    "check_live",
    "check_recorded",
    "load_recorded",
    "main",
]

FindingKind = Literal["unknown field", "spec violation"]
_IDENTIFIER: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INDEX: Final = re.compile(r"\[\d+\]")
_NDJSON: Final = "application/x-ndjson"
_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@dataclass(frozen=True)
class Finding:
    """One drift: where (``source``, the request, the JSON path) and what."""

    kind: FindingKind
    source: str
    request: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.request} {self.path} {self.message} [{self.source}]".replace("  ", " ")


@dataclass(frozen=True)
class RecordedResponse:
    """One response to check: the request it answered and the raw answer."""

    source: str
    method: str
    path: str
    status: int
    content_type: str | None
    body: bytes

    @property
    def request(self) -> str:
        return f"{self.method.upper()} {self.path}"


class DriftChecker:
    """Compares responses with the spec (by default the one shipped with the package)."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else load_spec()
        self.validator = SpecValidator(self.spec)

    # --- the walk ----------------------------------------------------------------------------

    def unknown_fields(self, schema: dict[str, Any], document: Any, path: str = "$") -> list[str]:
        """JSON paths of the keys in `document` that `schema` does not describe, in document order."""
        return sorted(self._unknown(schema, document, path), key=_document_order(document, path))

    def unknown_fields_for(self, schema_name: str, document: Any) -> list[str]:
        """`unknown_fields` for the component schema called `schema_name`."""
        return self.unknown_fields({"$ref": f"#/components/schemas/{schema_name}"}, document)

    def _resolve(self, schema: Any) -> dict[str, Any]:
        return resolve_refs(schema, self.spec)

    def _branches(self, schema: Any, value: Any) -> list[dict[str, Any]]:
        """The plain (combinator-free) schemas in `schema` whose type fits `value`."""
        schema = self._resolve(schema)
        found: list[dict[str, Any]] = []
        for combinator in ("anyOf", "oneOf"):
            for branch in schema.get(combinator, []):
                found += self._branches(branch, value)
        plain = {key: item for key, item in schema.items() if key not in ("anyOf", "oneOf", "allOf")}
        for part in schema.get("allOf", []):
            merged = self._resolve(part)
            plain.setdefault("properties", {})
            plain["properties"] = {**merged.get("properties", {}), **plain["properties"]}
            for key in ("type", "items", "additionalProperties"):
                if key in merged:
                    plain.setdefault(key, merged[key])
        has_own_shape = any(key in plain for key in ("type", "properties", "items", "additionalProperties"))
        if (has_own_shape or not found) and _type_fits(plain.get("type"), value):
            found.append(plain)
        return found

    def _unknown(self, schema: Any, value: Any, path: str) -> set[str]:
        branches = self._branches(schema, value)
        if not branches:
            return set()  # a type mismatch: the validator reports it
        if isinstance(value, dict):
            scored = [(self._misses(branch, value), branch) for branch in branches]
            fewest = min(score for score, _ in scored)
            results = [self._unknown_in_object(b, value, path) for score, b in scored if score == fewest]
            return set.intersection(*results)
        if isinstance(value, list):
            results = [
                set().union(
                    *(self._unknown(b["items"], item, f"{path}[{i}]") for i, item in enumerate(value))
                )
                for b in branches
                if "items" in b
            ]
            return set.intersection(*results) if results else set()
        return set()

    @staticmethod
    def _misses(branch: dict[str, Any], value: dict[str, Any]) -> int:
        if _is_free_form(branch) or isinstance(branch.get("additionalProperties"), dict):
            return 0
        known = branch.get("properties", {})
        return sum(1 for key in value if key not in known)

    def _unknown_in_object(self, branch: dict[str, Any], value: dict[str, Any], path: str) -> set[str]:
        properties: dict[str, Any] = branch.get("properties", {})
        extra = branch.get("additionalProperties")
        found: set[str] = set()
        for key, item in value.items():
            child = _child_path(path, key)
            if key in properties:
                found |= self._unknown(properties[key], item, child)
            elif isinstance(extra, dict):
                found |= self._unknown(extra, item, child)
            elif not _is_free_form(branch):
                found.add(child)
        return found

    # --- responses ---------------------------------------------------------------------------

    def response_schema(self, method: str, path: str, status: int, media: str) -> dict[str, Any] | None:
        """The schema of a response body, or None when the spec declares none."""
        match = self.validator.match(method, path)
        if match is None:
            return None
        responses = match.operation.get("responses", {})
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
        if key is None:
            return None
        response = self._resolve(responses[key])
        schema = response.get("content", {}).get(media, {}).get("schema")
        return schema if isinstance(schema, dict) else None

    def check(self, response: RecordedResponse) -> list[Finding]:
        """Every unknown field and spec violation of one response."""
        findings = [
            Finding("spec violation", response.source, response.request, "", message)
            for message in self.validator.response_errors(
                response.method, response.path, response.status, response.content_type, response.body
            )
        ]
        media = (response.content_type or "").split(";")[0].strip().lower()
        schema = self.response_schema(response.method, response.path, response.status, media)
        if schema is None:
            return findings
        seen: set[str] = set()
        for prefix, document in _documents(response.body, media):
            for field_path in self.unknown_fields(schema, document):
                pattern = _INDEX.sub("[*]", field_path)
                if pattern not in seen:  # each field once per response, at its first occurrence
                    seen.add(pattern)
                    message = f"(line {prefix})" if prefix else ""
                    findings.append(
                        Finding("unknown field", response.source, response.request, field_path, message)
                    )
        return findings


def _type_fits(declared: Any, value: Any) -> bool:
    if declared is None:
        return True
    names = declared if isinstance(declared, list) else [declared]
    for name in names:
        types = _TYPES.get(name, ())
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if isinstance(value, types):
            return True
    return False


def _is_free_form(branch: dict[str, Any]) -> bool:
    extra = branch.get("additionalProperties")
    return extra is True or extra == {} or ("properties" not in branch and extra is None)


def _child_path(path: str, key: str) -> str:
    return f"{path}.{key}" if _IDENTIFIER.match(key) else f"{path}[{json.dumps(key)}]"


def _document_order(document: Any, root: str) -> Any:
    order: dict[str, int] = {}

    def visit(value: Any, path: str) -> None:
        order.setdefault(path, len(order))
        if isinstance(value, dict):
            for key, item in value.items():
                visit(item, _child_path(path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, f"{path}[{index}]")

    visit(document, root)
    return lambda path: order.get(path, len(order))


def _documents(body: bytes, media: str) -> Iterator[tuple[int, Any]]:
    """(line number or 0, document) for each JSON document of a body; undecodable ones are skipped."""
    if media == _NDJSON:
        for number, line in enumerate(body.splitlines(), start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except ValueError:
                    continue
        return
    if media == "application/json" and body.strip():
        try:
            yield 0, json.loads(body)
        except ValueError:
            return


# --- sources --------------------------------------------------------------------------------------


def _method_for(path: str, spec: dict[str, Any]) -> str:
    item = spec["paths"].get(path, {})
    methods = [m for m in ("post", "get", "delete", "put", "patch") if m in item]
    return methods[0].upper() if methods else "GET"


def load_recorded(folder: str | Path, spec: dict[str, Any] | None = None) -> list[RecordedResponse]:
    """The responses listed in ``folder/manifest.json`` (``file``, ``endpoint``, ``http_status``,
    ``content_type``, optional ``method``); a ``.ndjson`` file is read as a stream whatever its label."""
    spec = spec if spec is not None else load_spec()
    base = Path(folder)
    manifest = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    responses = []
    for entry in manifest:
        path = "/" + str(entry["endpoint"]).replace("_", "/", 1)
        content_type = _NDJSON if entry["file"].endswith(".ndjson") else entry.get("content_type")
        responses.append(
            RecordedResponse(
                source=entry["file"],
                method=entry.get("method") or _method_for(path, spec),
                path=path,
                status=int(entry["http_status"]),
                content_type=content_type or "application/json",
                body=(base / entry["file"]).read_bytes(),
            )
        )
    return responses


def check_recorded(folder: str | Path, checker: DriftChecker | None = None) -> tuple[int, list[Finding]]:
    """(responses checked, findings) for a folder of recorded responses."""
    checker = checker or DriftChecker()
    responses = load_recorded(folder, checker.spec)
    return len(responses), [finding for response in responses for finding in checker.check(response)]


def _exchange(http: Any, method: str, path: str, body: dict[str, Any] | None = None) -> RecordedResponse:
    answer = http.request(method, path, json=body)
    return RecordedResponse(
        source="live",
        method=method,
        path=path,
        status=answer.status_code,
        content_type=answer.headers.get("content-type"),
        body=answer.content,
    )


def live_responses(host: str | None, *, timeout: float = 300.0) -> Iterator[RecordedResponse]:
    """Ask a live server the questions drift shows up in (version, tags, ps, show, generate, chat).

    Raises `ollama_openapi.errors.OllamaConnectionError` when nothing answers at `host`.
    """
    from ollama_openapi import Client

    with Client(host, timeout=timeout, max_retries=0) as client:
        if not client.is_running():
            from ollama_openapi.errors import OllamaConnectionError

            raise OllamaConnectionError(f"no Ollama answers at {client.base_url}", host=client.base_url)
        http = client.httpx_client
        yield _exchange(http, "GET", "/api/version")
        tags = _exchange(http, "GET", "/api/tags")
        yield tags
        yield _exchange(http, "GET", "/api/ps")
        names = [m.get("name") for m in _json_or(tags.body, {}).get("models", []) if isinstance(m, dict)]
        if not names:
            return
        model = None
        for name in names:  # show each model until one can complete text (each show is checked too)
            show = _exchange(http, "POST", "/api/show", {"model": name})
            yield show
            if "completion" in _json_or(show.body, {}).get("capabilities", []):
                model = str(name)
                break
        if model is None:
            return
        options = {"num_predict": 8, "temperature": 0}
        yield _exchange(
            http,
            "POST",
            "/api/generate",
            {"model": model, "prompt": "Hi", "stream": False, "options": options},
        )
        messages = [{"role": "user", "content": "Hi"}]
        yield _exchange(http, "POST", "/api/chat", {"model": model, "messages": messages, "options": options})


def _json_or(body: bytes, default: Any) -> Any:
    try:
        value = json.loads(body)
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def check_live(host: str | None, checker: DriftChecker | None = None) -> tuple[int, list[Finding]]:
    """(responses checked, findings) for the server at `host` (default ``OLLAMA_HOST``)."""
    checker = checker or DriftChecker()
    responses = list(live_responses(host))
    return len(responses), [finding for response in responses for finding in checker.check(response)]


# --- command line ---------------------------------------------------------------------------------


def _report(checked: int, findings: Iterable[Finding], as_json: bool, out: Any) -> int:
    found = list(findings)
    if as_json:
        out.write(json.dumps({"checked": checked, "findings": [asdict(f) for f in found]}, indent=1) + "\n")
    else:
        for finding in found:
            out.write(f"{finding}\n")
        unknown = sum(1 for f in found if f.kind == "unknown field")
        summary = (
            f"checked {checked} responses: {unknown} unknown fields, {len(found) - unknown} spec violations"
        )
        out.write(summary + "\n")
    return 1 if found else 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m ollama_openapi.spec_drift``; returns 0 (no drift), 1 (drift) or 2 (no source)."""
    parser = argparse.ArgumentParser(
        prog="python -m ollama_openapi.spec_drift",
        description="Report fields a server sends that the spec does not describe, and responses that "
        "fail the spec. Exit status: 0 no drift, 1 drift found, 2 source unreadable or unreachable.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--host", metavar="URL", help="a live Ollama (default: OLLAMA_HOST or 127.0.0.1:11434)"
    )
    source.add_argument("--recorded", metavar="DIR", help="a folder of recorded responses with manifest.json")
    parser.add_argument("--json", action="store_true", help="print the findings as one JSON document")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:
        return exit_request.code if isinstance(exit_request.code, int) else 2
    try:
        if args.recorded is not None:
            checked, findings = check_recorded(args.recorded)
        else:
            checked, findings = check_live(args.host)
    except (OSError, ValueError, KeyError) as error:  # OllamaConnectionError is an OSError
        print(f"spec_drift: {error}", file=sys.stderr)
        return 2
    return _report(checked, findings, args.json, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
