"""The /v1 wire rules: statuses, content types, error shapes and SSE events of a route's middleware."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ollama_openapi_maintainer.audit import SpecDocument, audit
from ollama_openapi_maintainer.audit.source_tree import DirectoryTree
from ollama_openapi_maintainer.audit.v1_rules import audit_v1

ROUTES = """package server

func (s *Server) GenerateRoutes() {
	r := gin.Default()
	r.POST("/v1/things", middleware.ThingsMiddleware(), s.ThingHandler)
}
"""

MIDDLEWARE = """package middleware

type ThingWriter struct {
	BaseWriter
}

func (w *ThingWriter) writeEvent(eventType string, data any) error {
	return nil
}

func (w *ThingWriter) Write(data []byte) (int, error) {
	w.ResponseWriter.Header().Set("Content-Type", "text/event-stream")
	w.writeEvent("thing.started", nil)
	w.writeEvent("thing.done", nil)
	return len(data), nil
}

func ThingsMiddleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		if bad {
			c.AbortWithStatusJSON(http.StatusBadRequest, openai.NewError(http.StatusBadRequest, "bad"))
			return
		}
		if teapot {
			c.AbortWithStatusJSON(418, openai.NewError(418, "short and stout"))
			return
		}
		c.Writer = &ThingWriter{BaseWriter: BaseWriter{ResponseWriter: c.Writer}}
		c.Next()
	}
}
"""


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "routes.go").write_text(ROUTES, encoding="utf-8")
    (tmp_path / "middleware").mkdir()
    (tmp_path / "middleware" / "things.go").write_text(MIDDLEWARE, encoding="utf-8")
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "types.go").write_text("package api\n", encoding="utf-8")
    return tmp_path


def _spec(
    error_schema: str = "OpenAIErrorResponse", events: tuple[str, ...] = ("thing.started", "thing.done")
) -> dict[str, Any]:
    error = {"$ref": f"#/components/schemas/{error_schema}"}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/v1/things": {
                "post": {
                    "x-ollama-sse": {
                        "events": {e: "#/components/schemas/OpenAIThingEvent" for e in events},
                        "end": ["thing.done"],
                    },
                    "responses": {
                        "200": {"content": {"application/json": {}, "text/event-stream": {}}},
                        "400": {"content": {"application/json": {"schema": error}}},
                        "418": {"content": {"application/json": {"schema": error}}},
                    },
                }
            }
        },
        "components": {"schemas": {"OpenAIErrorResponse": {}, "Other": {}, "OpenAIThingEvent": {}}},
    }


def _found(tmp_path: Path, spec: dict[str, Any]) -> list[tuple[str, str]]:
    differences, compared = audit_v1(DirectoryTree(_tree(tmp_path)), SpecDocument(spec, "spec.json"))
    assert compared > 0
    return [(d.kind, d.message) for d in differences]


def test_a_spec_that_matches_has_no_difference(tmp_path: Path) -> None:
    assert _found(tmp_path, _spec()) == []


def test_an_undeclared_status(tmp_path: Path) -> None:
    spec = _spec()
    del spec["paths"]["/v1/things"]["post"]["responses"]["418"]
    assert _found(tmp_path, spec) == [("status", "Go answers 418; the operation does not declare it")]


def test_an_error_body_of_another_shape(tmp_path: Path) -> None:
    found = _found(tmp_path, _spec(error_schema="Other"))
    assert (
        "error-shape",
        "Go answers 400 with openai.NewError; the spec's 400 does not use OpenAIErrorResponse",
    ) in found


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            {"application/json": {}},
            "Go sets Content-Type text/event-stream; the operation declares it for no response",
        ),
        (
            {"application/json": {}, "text/event-stream": {}, "application/x-ndjson": {}},
            "the spec's 200 declares application/x-ndjson,"
            " but the route's writer sets the Content-Type, never to that",
        ),
    ],
)
def test_content_types_including_one_a_writer_overwrites(
    tmp_path: Path, content: dict[str, Any], expected: str
) -> None:
    spec = _spec()
    spec["paths"]["/v1/things"]["post"]["responses"]["200"]["content"] = content
    assert _found(tmp_path, spec) == [("content-type", expected)]


def test_sse_events_both_ways_and_the_end_event(tmp_path: Path) -> None:
    spec = _spec(events=("thing.started", "thing.gone"))
    spec["paths"]["/v1/things"]["post"]["x-ollama-sse"]["end"] = ["thing.gone"]
    # SSE events are read from the openai/ package and the non-anthropic middleware files.
    found = _found(tmp_path, spec)
    assert found == [
        ("sse", "Go emits the event 'thing.done'; x-ollama-sse.events lacks it"),
        ("sse", "x-ollama-sse.events declares 'thing.gone'; Go never emits it"),
        ("sse", "x-ollama-sse.end names 'thing.gone'; Go never emits it"),
    ]
    assert ("sse", "x-ollama-sse.events declares 'thing.gone'; Go never emits it") in found
    assert ("sse", "x-ollama-sse.end names 'thing.gone'; Go never emits it") in found


def test_the_audit_reports_them_with_include_v1(tmp_path: Path) -> None:
    spec = _spec()
    del spec["paths"]["/v1/things"]["post"]["responses"]["418"]
    result = audit(_tree(tmp_path), SpecDocument(spec, "spec.json"), include_v1=True)
    assert [d.kind for d in result.differences] == ["status"]
    assert str(result.differences[0]).startswith("middleware/things.go:25: POST /v1/things: Go answers 418")
    assert "/v1 wire facts" in result.report()
