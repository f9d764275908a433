"""The fake serves every operation of the spec: its route table is checked against the spec, not a
second hand-kept list of Ollama's routes."""

from __future__ import annotations

from ollama_openapi import spec as _spec
from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.routes import NOT_SERVED, ROUTES, spec_operations, unserved


def test_every_operation_of_the_spec_has_a_route_in_the_fake() -> None:
    assert unserved(spec_operations(_spec.load_spec())) == []


def test_every_route_of_the_fake_is_an_operation_of_the_spec() -> None:
    operations = set(spec_operations(_spec.load_spec()))
    assert [
        f"{route.method} {route.template}"
        for route in ROUTES
        if (route.method, route.template) not in operations
    ] == []
    assert not set(NOT_SERVED) & {
        f"{method} {path}"
        for method, path in operations
        if (method, path) in {(r.method, r.template) for r in ROUTES}
    }


def test_a_missing_route_says_what_to_add_and_where() -> None:
    assert unserved([("POST", "/api/detokenize"), ("GET", "/api/tags")]) == [
        "the fake has no route for POST /api/detokenize: add a handler (a function (FakeContext, Request) -> "
        "Response) in overlays/ollama_openapi/fake/ and its Route in ROUTES of "
        "overlays/ollama_openapi/fake/routes.py, or list it in NOT_SERVED there with the reason"
    ]


def test_the_strict_fake_reports_an_operation_it_cannot_serve() -> None:
    spec = _spec.load_spec()
    spec = {
        **spec,
        "paths": {**spec["paths"], "/api/detokenize": {"post": {"responses": {"200": {"description": "-"}}}}},
    }
    with FakeOllama(strict=True, spec=spec) as server:
        assert [v for v in server.violations if "/api/detokenize" in v] == [
            unserved([("POST", "/api/detokenize")])[0]
        ]
