"""The generated method layer, walked from the spec: one method per operation that names one.

For every operation with ``x-python.method``, `Client` and `AsyncClient` have that method; its
parameters are the operation's request fields (deprecated ones only with ``x-python-keyword``), the
``x-python.positional`` ones positionally and in that order, plus the common keywords. Called with
the spec's example request, it sends exactly that body to the spec's HTTP method and path (sync and
async), and reads the spec's example answers, streamed or not, and its error answers.
Operations with ``x-python.helper`` have that hand-written method instead. Nothing here lists
operations or fields: a new operation in the spec is checked as soon as it is added.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import keyword
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import ollama_openapi_generated.models as generated_models
from ollama_openapi import AsyncClient, AsyncStream, Client, ResponseError, Stream
from ollama_openapi.errors import MissingApiKeyError, StreamTruncatedError
from ollama_openapi.spec import load_spec, resolve_refs
from ollama_openapi_generated._async.operations import AsyncOperations
from ollama_openapi_generated._sync.operations import Operations

COMMON = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
"""The keywords every generated method takes besides the request fields."""
BASE = "http://ollama.test"
CLOUD = "https://ollama.com"
CLIENTS = {"sync": Client, "async": AsyncClient}


@dataclass(frozen=True)
class Op:
    operation_id: str
    verb: str
    path: str
    spec: dict[str, Any]

    @property
    def extension(self) -> dict[str, Any]:
        value: dict[str, Any] = self.spec.get("x-python", {})
        return value

    @property
    def method(self) -> str:
        name: str = self.extension["method"]
        return name

    @property
    def streams(self) -> bool:
        return "x-ollama-streaming" in self.spec

    @property
    def request_schema(self) -> dict[str, Any]:
        media = self.spec.get("requestBody", {}).get("content", {}).get("application/json")
        return resolve_refs(media["schema"]) if media else {}

    @property
    def fields(self) -> dict[str, dict[str, Any]]:
        """The request fields a method takes: the JSON name and its schema."""
        return {
            name: schema
            for name, schema in self.request_schema.get("properties", {}).items()
            if not schema.get("deprecated") or schema.get("x-python-keyword")
        }

    @property
    def positional(self) -> list[str]:
        names: list[str] = self.extension.get("positional", [])
        return names

    @property
    def required(self) -> list[str]:
        """JSON names of the fields a caller must give: the schema's required ones, the first positional."""
        names: list[str] = list(self.request_schema.get("required", []))
        return names + [name for name in self.positional[:1] if name not in names]

    def answer(self, media: str) -> Any:
        success = self.spec["responses"].get("200") or self.spec["responses"].get("201") or {}
        return success.get("content", {}).get(media)


def _operations() -> list[Op]:
    found = []
    for path, item in load_spec()["paths"].items():
        for verb, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found.append(Op(operation["operationId"], verb.upper(), path, operation))
    return found


OPERATIONS = _operations()
METHODS = [op for op in OPERATIONS if "method" in op.extension and "namespace" not in op.extension]
"""Operations with a method on the clients themselves (a ``namespace`` one is not generated yet)."""
HELPERS = [op for op in OPERATIONS if "helper" in op.extension]


def python_name(json_name: str) -> str:
    """The parameter name of a JSON field (``from`` is ``from_``, ``_debug`` is ``debug``)."""
    name = json_name.lstrip("_")
    return f"{name}_" if keyword.iskeyword(name) else name


def _ids(op: Op) -> str:
    return op.operation_id


# --- the spec says what each operation is in Python -------------------------------------------------


def test_the_walk_finds_methods_and_helpers() -> None:
    assert len(METHODS) >= 19
    assert len(HELPERS) >= 3
    assert len({op.method for op in METHODS}) == len(METHODS), "two operations name one method"


@pytest.mark.parametrize("op", OPERATIONS, ids=_ids)
def test_every_operation_is_a_method_a_helper_or_skipped_with_a_reason(op: Op) -> None:
    kinds = [key for key in ("method", "helper", "skip") if key in op.extension]
    assert len(kinds) == 1, f"{op.operation_id}: x-python needs one of method/helper/skip, has {kinds}"
    value = op.extension[kinds[0]]
    assert isinstance(value, str)
    assert value.strip()


# --- the methods and their parameters ---------------------------------------------------------------


@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_the_method_exists_on_both_clients(op: Op) -> None:
    sync_method = getattr(Client, op.method, None)
    async_method = getattr(AsyncClient, op.method, None)
    assert callable(sync_method)
    assert callable(async_method)
    assert not inspect.iscoroutinefunction(sync_method)
    assert inspect.iscoroutinefunction(async_method)
    # Generated (not hand-written): defined by the operations classes.
    assert op.method in vars(Operations)
    assert op.method in vars(AsyncOperations)


@pytest.mark.parametrize("kind", sorted(CLIENTS))
def test_the_generated_classes_have_no_method_without_an_operation(kind: str) -> None:
    generated = Operations if kind == "sync" else AsyncOperations
    public = {name for name, value in vars(generated).items() if callable(value) and not name.startswith("_")}
    assert public == {op.method for op in METHODS}


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_the_parameters_are_the_request_fields(op: Op, kind: str) -> None:
    parameters = list(inspect.signature(getattr(CLIENTS[kind], op.method)).parameters.values())
    assert parameters[0].name == "self"
    parameters = parameters[1:]
    fields = op.fields
    assert [name for name in op.positional if name not in fields] == [], "positional ones must be fields"

    positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert positional == [python_name(name) for name in op.positional]
    keywords = {p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}
    expected = {python_name(name) for name in fields if name not in op.positional} | set(COMMON)
    assert keywords == expected, (
        f"missing {sorted(expected - keywords)}, unexpected {sorted(keywords - expected)}"
    )
    assert not [p for p in parameters if p.kind is inspect.Parameter.VAR_POSITIONAL]
    assert [p.name for p in parameters if p.kind is inspect.Parameter.VAR_KEYWORD] == ["unexpected"]

    by_name = {p.name: p for p in parameters}
    for name in fields:
        parameter = by_name[python_name(name)]
        required = name in op.required
        if name == "stream" and op.streams:
            assert parameter.default is False, "a streaming method answers whole unless asked"
        elif required:
            assert parameter.default is inspect.Parameter.empty, f"{name} is required"
        else:
            assert parameter.default is None, f"{name} is optional: None leaves it out"


@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_both_clients_have_the_same_signature(op: Op) -> None:
    def shape(cls: type[Any]) -> list[tuple[str, Any, Any]]:
        signature = inspect.signature(getattr(cls, op.method))
        return [(p.name, p.kind, p.default) for p in signature.parameters.values()]

    assert shape(Client) == shape(AsyncClient)


@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_every_parameter_is_documented(op: Op) -> None:
    doc = inspect.getdoc(getattr(Client, op.method)) or ""
    assert doc.startswith(op.spec["summary"].rstrip("."))
    undocumented = [python_name(name) for name in op.fields if f"{python_name(name)}:" not in doc]
    assert undocumented == []


@pytest.mark.parametrize("op", HELPERS, ids=_ids)
def test_the_helper_exists_on_both_clients(op: Op) -> None:
    name = op.extension["helper"]
    assert callable(getattr(Client, name, None))
    assert not inspect.iscoroutinefunction(getattr(Client, name))
    assert inspect.iscoroutinefunction(getattr(AsyncClient, name, None))
    assert name not in vars(Operations), "a helper is hand-written, not generated"


# --- the wire ---------------------------------------------------------------------------------------


def _arguments(op: Op) -> tuple[list[Any], dict[str, Any]]:
    """The arguments that send the spec's example request of `op` (positional ones by position, as
    far as the example gives them in order); fields the method does not take go in ``extra_body``."""
    media = op.spec.get("requestBody", {}).get("content", {}).get("application/json")
    example = {} if media is None else {k: v for k, v in media["example"].items() if k != "stream"}
    args = []
    for name in op.positional:
        if name not in example:
            break
        args.append(example.pop(name))
    kwargs = {python_name(name): example.pop(name) for name in list(example) if name in op.fields}
    if example:
        kwargs["extra_body"] = example
    return args, kwargs


Handler = Callable[[httpx.Request], httpx.Response]


KEY = "contract-test-key"


def _run(
    kind: str, handler: Handler, call: Callable[[Any], Any], *, api_key: str | None = KEY, host: str = BASE
) -> Any:
    """`call(client)` on a client of `kind` whose requests `handler` answers (stream chunks as a list).

    The client has an API key unless `api_key` is None: the operations marked
    ``x-python.requires-api-key`` are sent to ollama.com only with one."""
    transport = httpx.MockTransport(handler)
    if kind == "sync":
        with Client(host, transport=transport, max_retries=0, api_key=api_key) as client:
            result = call(client)
            return list(result) if isinstance(result, Stream) else result

    async def scenario() -> Any:
        async with AsyncClient(host, transport=transport, max_retries=0, api_key=api_key) as client:
            result = await call(client)
            return [chunk async for chunk in result] if isinstance(result, AsyncStream) else result

    return asyncio.run(scenario())


def _recording(requests: list[httpx.Request], status: int, body: bytes, media: str) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        requests.append(request)
        return httpx.Response(status, content=body, headers={"content-type": media})

    return answer


def _check_request(op: Op, request: httpx.Request, *, stream: bool) -> None:
    """`request` is the operation's, with the spec's example request as its body."""
    assert request.method == op.verb
    assert request.url.path == op.path
    media = op.spec.get("requestBody", {}).get("content", {}).get("application/json")
    if media is None:
        assert request.content == b""
        return
    expected = dict(media["example"])
    if op.streams:
        expected["stream"] = stream
    for name, field in op.fields.items():  # what the official client sends for a field left out
        if "x-python-send-when-absent" in field:
            expected.setdefault(name, field["x-python-send-when-absent"])
    assert json.loads(request.content) == expected


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_the_method_sends_its_operation_and_reads_the_documented_answer(op: Op, kind: str) -> None:
    media = op.answer("application/json")
    body = b"" if media is None else json.dumps(media["example"]).encode()
    requests: list[httpx.Request] = []
    args, kwargs = _arguments(op)
    result = _run(
        kind,
        _recording(requests, 200, body, "application/json"),
        lambda client: getattr(client, op.method)(*args, **kwargs),
    )
    assert len(requests) == 1
    _check_request(op, requests[0], stream=False)
    schema = None if media is None else media["schema"].get("$ref", "").rsplit("/", 1)[-1] or None
    if schema is not None:
        assert isinstance(result, getattr(generated_models, schema))
    elif "result" in op.extension:  # no body: the method says how it went
        assert isinstance(result, generated_models.ProgressResponse)
        assert result.to_dict() == op.extension["result"]
    else:
        assert result is None


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", [op for op in METHODS if op.streams], ids=_ids)
def test_a_streaming_method_streams_the_documented_lines(op: Op, kind: str) -> None:
    line = op.answer("application/x-ndjson")
    final = op.answer("application/json")
    body = b"".join(json.dumps(media["example"]).encode() + b"\n" for media in (line, final))
    chunk_class = getattr(generated_models, op.spec["x-ollama-streaming"]["chunk"].rsplit("/", 1)[-1])
    requests: list[httpx.Request] = []
    args, kwargs = _arguments(op)
    chunks = _run(
        kind,
        _recording(requests, 200, body, "application/x-ndjson"),
        lambda client: getattr(client, op.method)(*args, stream=True, **kwargs),
    )
    assert len(requests) == 1
    _check_request(op, requests[0], stream=True)
    assert [type(chunk) for chunk in chunks] == [chunk_class, chunk_class]
    final_line = op.spec["x-ollama-streaming"]["final"]
    assert chunks[-1].to_dict()[final_line["property"]] == final_line["equals"]


SINGLE = [
    (op, rule) for op in METHODS if op.streams for rule in op.spec["x-ollama-streaming"].get("single", [])
]
"""Each one-object answer a streaming operation declares (``x-ollama-streaming.single``)."""


def _single_answer(op: Op, rule: dict[str, Any]) -> dict[str, Any]:
    """The operation's example answer made into the one-object answer `rule` describes, and not a
    final chunk (so that only the rule can make it complete)."""
    document = dict(op.answer("application/json")["example"])
    final = op.spec["x-ollama-streaming"]["final"]
    document[final["property"]] = not final["equals"] if isinstance(final["equals"], bool) else "busy"
    document.pop("done_reason", None)
    document[rule["property"]] = rule.get("equals", {"rendered_template": "<|user|>hi"})
    return document


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize(("op", "rule"), SINGLE, ids=[f"{o.operation_id}-{r['property']}" for o, r in SINGLE])
def test_a_one_object_answer_to_a_streamed_call_is_a_stream_of_one_chunk(
    op: Op, rule: dict[str, Any], kind: str
) -> None:
    # Ollama answers loading, unloading and `_debug_render_only` with c.JSON: one object, no newline.
    document = _single_answer(op, rule)
    chunk_class = getattr(generated_models, op.spec["x-ollama-streaming"]["chunk"].rsplit("/", 1)[-1])
    args, kwargs = _arguments(op)
    for media in ("application/json; charset=utf-8", "application/json"):
        for body in (json.dumps(document).encode(), json.dumps(document).encode() + b"\n"):
            requests: list[httpx.Request] = []
            chunks = _run(
                kind,
                _recording(requests, 200, body, media),
                lambda client: getattr(client, op.method)(*args, stream=True, **kwargs),
            )
            assert [type(chunk) for chunk in chunks] == [chunk_class]
            assert chunks[0].to_dict()[rule["property"]] == document[rule["property"]]


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", [op for op in METHODS if op.streams], ids=_ids)
def test_only_a_declared_one_object_answer_ends_a_stream_without_its_final_chunk(op: Op, kind: str) -> None:
    args, kwargs = _arguments(op)
    line = op.answer("application/x-ndjson")["example"]
    rules = op.spec["x-ollama-streaming"].get("single", [])
    cases = [(json.dumps(line).encode(), "application/json")]  # a plain chunk: truncated, whatever the label
    if rules:  # a declared answer in an NDJSON stream is no one-object answer; nor are two of them
        answer = json.dumps(_single_answer(op, rules[-1])).encode()
        cases += [(answer + b"\n", "application/x-ndjson"), (answer + b"\n" + answer, "application/json")]
    for body, media in cases:
        with pytest.raises(StreamTruncatedError):
            _run(
                kind,
                _recording([], 200, body, media),
                lambda client: getattr(client, op.method)(*args, stream=True, **kwargs),
            )


def _error_status(op: Op) -> tuple[int, bool]:
    """An error the operation documents (with a JSON ``ErrorResponse`` body when it has one), and
    whether that body is JSON (otherwise it is empty: the middleware's 403, gin's panic 500)."""
    errors = {int(status): resolve_refs(response) for status, response in op.spec["responses"].items()}
    for status, response in sorted(errors.items()):
        if status >= 400 and "application/json" in response.get("content", {}):
            return status, True
    return min(status for status in errors if status >= 400), False


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_a_documented_error_answer_raises_a_response_error(op: Op, kind: str) -> None:
    requests: list[httpx.Request] = []
    status, with_body = _error_status(op)
    body = b'{"error":"model \'nope\' not found"}' if with_body else b""
    args, kwargs = _arguments(op)
    with pytest.raises(ResponseError) as caught:
        _run(
            kind,
            _recording(requests, status, body, "application/json" if with_body else ""),
            lambda client: getattr(client, op.method)(*args, **kwargs),
        )
    assert caught.value.status_code == status
    if with_body:
        assert caught.value.error == "model 'nope' not found"
    assert len(requests) == 1


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_an_operation_that_requires_an_api_key_is_not_sent_without_one(
    op: Op, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)
    requires = op.extension.get("requires-api-key", False)
    assert requires in (True, False), "x-python.requires-api-key is true or absent"
    media = op.answer("application/json")
    body = b"" if media is None else json.dumps(media["example"]).encode()
    requests: list[httpx.Request] = []
    args, kwargs = _arguments(op)
    handler = _recording(requests, 200, body, "application/json")

    def call(client: Any) -> Any:
        return getattr(client, op.method)(*args, **kwargs)

    if requires:
        with pytest.raises(MissingApiKeyError, match=r"^Authorization header with Bearer token is required"):
            _run(kind, handler, call, api_key=None, host=CLOUD)
        assert requests == []
        _run(kind, handler, call, host=CLOUD)
        assert requests[0].headers["authorization"] == f"Bearer {KEY}"
        _run(kind, handler, call, api_key=None)  # a local server signs the call with its own key
        assert "authorization" not in requests[1].headers
    else:
        _run(kind, handler, call, api_key=None)
        assert len(requests) == 1
        assert "authorization" not in requests[0].headers


def test_web_search_and_fetch_require_an_api_key() -> None:
    assert {op.method for op in METHODS if op.extension.get("requires-api-key")} == {
        "web_search",
        "web_fetch",
    }


@pytest.mark.parametrize("kind", sorted(CLIENTS))
def test_a_status_outside_the_registry_is_kept(kind: str) -> None:
    requests: list[httpx.Request] = []
    with pytest.raises(ResponseError) as caught:
        _run(
            kind,
            _recording(requests, 499, b'{"error":"request canceled"}', "application/json"),
            lambda client: client.version(),
        )
    assert type(caught.value) is ResponseError
    assert caught.value.status_code == 499
    assert type(caught.value.status_code) is int
    assert caught.value.error == "request canceled"


@pytest.mark.parametrize("kind", sorted(CLIENTS))
@pytest.mark.parametrize("op", METHODS, ids=_ids)
def test_an_unknown_keyword_raises_type_error_before_sending(op: Op, kind: str) -> None:
    requests: list[httpx.Request] = []
    args, kwargs = _arguments(op)
    message = rf"^{op.method}\(\) got unexpected keyword argument\(s\) bogus_field;"
    with pytest.raises(TypeError, match=message):
        _run(
            kind,
            _recording(requests, 200, b"{}", "application/json"),
            lambda client: getattr(client, op.method)(*args, bogus_field=1, **kwargs),
        )
    assert requests == []
