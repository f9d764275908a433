"""The audit on small Go snippets written for these tests: every kind of difference, and none when equal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from ollama_openapi_maintainer.audit import AuditResult, Kind, SpecDocument, audit


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def run(
    tmp_path: Path,
    go: str,
    schemas: dict[str, Any],
    *,
    requests: Sequence[str] = (),
    responses: Sequence[str] = (),
    routes: str = "",
    paths: dict[str, Any] | None = None,
    include_v1: bool = False,
) -> AuditResult:
    """Audit `schemas` against the Go declarations `go` (package api), the schemas used as told."""
    (tmp_path / "api").mkdir(exist_ok=True)
    (tmp_path / "server").mkdir(exist_ok=True)
    (tmp_path / "api" / "types.go").write_text(go, encoding="utf-8")
    registrations = [f'\tr.POST("/req/{n}", h)' for n in requests] + [
        f'\tr.GET("/resp/{n}", h)' for n in responses
    ]
    body = "\n".join(registrations) + ("\n" + routes if routes else "")
    routes_go = f"package server\n\nfunc (s *Server) GenerateRoutes() (http.Handler, error) {{\n{body}\n}}\n"
    (tmp_path / "server" / "routes.go").write_text(routes_go, encoding="utf-8")
    all_paths: dict[str, Any] = dict(paths or {})
    for name in requests:
        content = {"application/json": {"schema": ref(name)}}
        all_paths[f"/req/{name}"] = {"post": {"requestBody": {"content": content}, "responses": {"200": {}}}}
    for name in responses:
        content = {"application/json": {"schema": ref(name)}}
        all_paths[f"/resp/{name}"] = {"get": {"responses": {"200": {"content": content}}}}
    document = {"openapi": "3.1.0", "paths": all_paths, "components": {"schemas": schemas}}
    return audit(tmp_path, SpecDocument(document, "spec.json"), include_v1=include_v1)


def lines(result: AuditResult, kind: Kind | None = None) -> list[str]:
    return [str(d) for d in result.differences if kind is None or d.kind == kind]


P = "#/components/schemas"

ITEM_GO = """package api

import "time"

type Duration struct {
	time.Duration
}

func (d Duration) MarshalJSON() ([]byte, error) { return nil, nil }

type Item struct {
	Name     string            `json:"name"`
	Count    int64             `json:"count,omitempty"`
	Ratio    float32           `json:"ratio,omitempty"`
	On       *bool             `json:"on,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	Seen     time.Time         `json:"seen"`
	Keep     *Duration         `json:"keep,omitempty"`
	Raw      any               `json:"raw,omitempty"`
	Data     []byte            `json:"data,omitempty"`
	Children []Item            `json:"children,omitempty"`
}
"""

ITEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["name", "seen"],
    "properties": {
        "name": {"type": "string"},
        "count": {"type": "integer", "format": "int64"},
        "ratio": {"type": "number"},
        "on": {"type": "boolean"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "seen": {"type": "string", "format": "date-time"},
        "keep": {"anyOf": [{"type": "number"}, {"type": "string"}]},
        "raw": {},
        "data": {"type": "string", "contentEncoding": "base64"},
        "children": {"type": "array", "items": ref("Item")},
    },
}


def test_a_spec_that_matches_the_go_struct_has_no_difference(tmp_path: Path) -> None:
    result = run(tmp_path, ITEM_GO, {"Item": ITEM_SCHEMA}, responses=["Item"])
    assert lines(result) == []
    assert (result.routes, result.schemas, result.fields) == (1, 1, 11)
    assert result.report() == "no differences; 1 routes, 1 schemas, 11 fields compared"


def test_a_field_missing_from_either_side_with_both_locations(tmp_path: Path) -> None:
    schema = {**ITEM_SCHEMA, "properties": {**ITEM_SCHEMA["properties"], "colour": {"type": "string"}}}
    del schema["properties"]["ratio"]
    result = run(tmp_path, ITEM_GO, {"Item": schema}, responses=["Item"])
    assert lines(result) == [
        'api/types.go:14: Item.ratio: missing from the spec: Go Ratio float32 `json:"ratio,omitempty"`'
        f" [spec: spec.json{P}/Item]",
        f"spec.json{P}/Item/properties/colour: Item.colour: missing from Go: api.Item (api/types.go:11)"
        " has no field with JSON name 'colour'",
    ]


EMBEDDED_GO = """package api

type Base struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Dup  string `json:"dup"`
}

type Stamps struct {
	Created int64  `json:"created"`
	Dup     string `json:"dup"`
}

type Wrapper struct {
	Base
	*Stamps
	Name  string `json:"name"`
	Inner Base   `json:"inner"`
}
"""


def test_embedded_structs_promote_their_fields_as_encoding_json_does(tmp_path: Path) -> None:
    # Base and *Stamps are promoted; Wrapper.Name hides Base.Name; "dup" is at the same depth in both
    # embedded structs with no tag to settle it, so encoding/json drops it; a tagged struct field stays one.
    schema = {
        "type": "object",
        "required": ["id", "name", "created", "inner"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "created": {"type": "integer"},
            "inner": ref("Base"),
            "dup": {"type": "string"},
        },
    }
    base = {
        "type": "object",
        "required": ["id", "name", "dup"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "dup": {"type": "string"}},
    }
    result = run(tmp_path, EMBEDDED_GO, {"Wrapper": schema, "Base": base}, responses=["Wrapper"])
    assert lines(result) == [
        f"spec.json{P}/Wrapper/properties/dup: Wrapper.dup: missing from Go: api.Wrapper (api/types.go:14)"
        " has no field with JSON name 'dup'"
    ]


def test_a_promoted_field_is_reported_where_it_is_declared(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"id": {"type": "string"}, "inner": ref("Base")}}
    base = {"type": "object", "properties": {"id": {}, "name": {}, "dup": {}}}
    result = run(tmp_path, EMBEDDED_GO, {"Wrapper": schema, "Base": base}, requests=["Wrapper"])
    assert [line.split(" [spec")[0] for line in lines(result, "field")] == [
        'api/types.go:10: Wrapper.created: missing from the spec: Go Created int64 `json:"created"`'
        " (promoted from Stamps)",
        'api/types.go:17: Wrapper.name: missing from the spec: Go Name string `json:"name"`',
    ]


def test_json_dash_unexported_and_renamed_fields(tmp_path: Path) -> None:
    go = """package api

type User struct {
	DisplayName string `json:"display_name"`
	Plain       string
	Secret      string `json:"-"`
	Dash        string `json:"-,"`
	hidden      int
	Opts        string `yaml:"x" json:",omitempty"`
}
"""
    schema = {
        "type": "object",
        "properties": {
            "displayName": {"type": "string"},
            "Plain": {"type": "string"},
            "-": {"type": "string"},
            "Opts": {"type": "string"},
        },
    }
    result = run(tmp_path, go, {"User": schema}, requests=["User"])
    assert [(d.subject, d.message.split(":")[0]) for d in result.differences] == [
        ("User.display_name", "missing from the spec"),
        ("User.displayName", "missing from Go"),
    ]


TYPES_GO = """package api

type Kid struct {
	Name string `json:"name"`
}

type Other struct {
	Name string `json:"name"`
}

type Types struct {
	Count   int            `json:"count"`
	Score   float64        `json:"score"`
	Whole   int            `json:"whole"`
	Ids     []int          `json:"ids"`
	Scores  map[string]int `json:"scores"`
	Kid     Kid            `json:"kid"`
	Kids    []Kid          `json:"kids"`
	Loose   Kid            `json:"loose"`
	Quoted  int64          `json:"quoted,string"`
	Any     any            `json:"any"`
	Concrete string        `json:"concrete"`
	ByName  map[string]Kid `json:"by_name"`
}
"""


def test_type_mismatches_down_to_items_values_and_structs(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {
            "count": {"type": "string"},
            "score": {"type": "integer"},
            "whole": {"type": "number"},
            "ids": {"type": "array", "items": {"type": "string"}},
            "scores": {"type": "object", "additionalProperties": {"type": "number"}},
            "kid": ref("Kid"),
            "kids": {"type": "array", "items": ref("Other")},
            "loose": {"type": "object", "additionalProperties": True},
            "quoted": {"type": "string"},
            "any": {"type": "array", "items": {"type": "integer"}},
            "concrete": {"description": "anything at all"},
            "by_name": {"type": "object", "additionalProperties": True},
        },
    }
    kid = {"type": "object", "properties": {"name": {"type": "string"}}}
    result = run(tmp_path, TYPES_GO, {"Types": schema, "Kid": kid, "Other": kid}, requests=["Types"])
    assert [(d.subject, d.message) for d in result.differences if d.kind == "type"] == [
        ("Types.count", "Go sends integer, the spec allows string"),
        ("Types.score", "Go sends number, the spec allows integer"),
        ("Types.whole", "Go sends integer, the spec allows number"),
        ("Types.ids[]", "Go sends integer, the spec allows string"),
        ("Types.scores{}", "Go sends integer, the spec allows number"),
        ("Types.kids[]", "the spec's Other stands for api.Other; Go has api.Kid"),
        ("Types.loose", "the spec is a free-form object; Go has api.Kid with fixed fields"),
        ("Types.concrete", "the spec allows any JSON value; Go sends only string"),
        ("Types.by_name{}", "the spec allows any value in this map; Go values are api.Kid"),
    ]
    assert next(d for d in result.differences if d.subject == "Types.count").go is not None


def test_custom_json_types_use_their_known_shape_or_are_reported(tmp_path: Path) -> None:
    go = """package api

import "github.com/example/money"

type ThinkValue struct {
	Value interface{}
}

func (t *ThinkValue) MarshalJSON() ([]byte, error) { return nil, nil }

type Weird struct{}

func (w Weird) MarshalJSON() ([]byte, error) { return nil, nil }

type Req struct {
	Think *ThinkValue  `json:"think,omitempty"`
	Weird Weird        `json:"weird"`
	Cost  money.Amount `json:"cost"`
}
"""
    schema = {
        "type": "object",
        "properties": {
            "think": {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["low", "high"]}]},
            "weird": {"type": "string"},
            "cost": {"type": "number"},
        },
    }
    result = run(tmp_path, go, {"Req": schema}, requests=["Req"])
    assert [(d.subject, d.message, str(d.go)) for d in result.differences] == [
        (
            "Req.weird",
            "cannot check: api.Weird has a custom MarshalJSON (api/types.go:13): "
            "add its shape to KNOWN_TYPES",
            "api/types.go:17",
        ),
        (
            "Req.cost",
            "cannot check: money.Amount is from another package: add its shape to KNOWN_TYPES",
            "api/types.go:18",
        ),
    ]


def test_a_schema_named_after_a_custom_type_is_compared_as_a_whole(tmp_path: Path) -> None:
    go = ITEM_GO
    schemas = {"Item": ITEM_SCHEMA, "Duration": {"type": "string"}}
    result = run(tmp_path, go, schemas, responses=["Item"])
    assert [(d.subject, d.message, str(d.go)) for d in result.differences] == [
        ("Duration", "Go sends number or string, the spec allows string", "api/types.go:5")
    ]


NULLS_GO = """package api

type Nulls struct {
	Ptr      *int           `json:"ptr"`
	PtrOmit  *int           `json:"ptr_omit,omitempty"`
	Slice    []int          `json:"slice"`
	Map      map[string]int `json:"map"`
	Iface    any            `json:"iface"`
	Omitted  []int          `json:"omitted,omitempty"`
	Plain    string         `json:"plain"`
}
"""


def nulls_schema(nullable: bool) -> dict[str, Any]:
    def field(kind: str) -> dict[str, Any]:
        return {"type": [kind, "null"]} if nullable else {"type": kind}

    return {
        "type": "object",
        "required": ["ptr", "slice", "map", "iface", "plain"],
        "properties": {
            "ptr": field("integer"),
            "ptr_omit": field("integer"),
            "slice": {**field("array"), "items": {"type": "integer"}},
            "map": {**field("object"), "additionalProperties": {"type": "integer"}},
            "iface": {} if nullable else {"type": "string"},
            "omitted": {**field("array"), "items": {"type": "integer"}},
            "plain": field("string"),
        },
    }


def test_nullable_in_responses_both_ways(tmp_path: Path) -> None:
    strict = run(tmp_path, NULLS_GO, {"Nulls": nulls_schema(False)}, responses=["Nulls"])
    assert [(d.subject, d.message) for d in strict.differences if d.kind == "nullable"] == [
        ("Nulls.ptr", "Go may send null (a pointer without omitempty) but the spec does not allow null"),
        (
            "Nulls.slice",
            "Go may send null ([]int without omitempty is null when nil) but the spec does not allow null",
        ),
        (
            "Nulls.map",
            "Go may send null (map[string]int without omitempty is null when nil) "
            "but the spec does not allow null",
        ),
        (
            "Nulls.iface",
            "Go may send null (any without omitempty is null when nil) but the spec does not allow null",
        ),
    ]
    loose = run(tmp_path, NULLS_GO, {"Nulls": nulls_schema(True)}, responses=["Nulls"])
    assert [(d.subject, d.message) for d in loose.differences if d.kind == "nullable"] == [
        ("Nulls.ptr_omit", "the spec allows null but Go never sends it (a pointer with omitempty)"),
        (
            "Nulls.omitted",
            "the spec allows null but Go never sends it ([]int with omitempty is left out when empty)",
        ),
        ("Nulls.plain", "the spec allows null but Go never sends it (string is never null)"),
    ]


def test_nullable_in_requests_only_when_go_may_send_null(tmp_path: Path) -> None:
    strict = run(tmp_path, NULLS_GO, {"Nulls": nulls_schema(False)}, requests=["Nulls"])
    assert [d.subject for d in strict.differences if d.kind == "nullable"] == [
        "Nulls.ptr",
        "Nulls.slice",
        "Nulls.map",
        "Nulls.iface",
    ]
    loose = run(tmp_path, NULLS_GO, {"Nulls": nulls_schema(True)}, requests=["Nulls"])
    assert [d for d in loose.differences if d.kind == "nullable"] == []


def test_nullable_through_any_of_with_a_null_branch(tmp_path: Path) -> None:
    go = 'package api\n\ntype Box struct {\n\tOpts map[string]any `json:"opts"`\n}\n'
    schema = {
        "type": "object",
        "required": ["opts"],
        "properties": {
            "opts": {"anyOf": [{"type": "object", "additionalProperties": True}, {"type": "null"}]}
        },
    }
    assert lines(run(tmp_path, go, {"Box": schema}, responses=["Box"])) == []


REQUIRED_GO = """package api

import "time"

type Details struct {
	Format string `json:"format,omitempty"`
}

type Resp struct {
	Name    string    `json:"name"`
	Size    int64     `json:"size,omitempty"`
	Details Details   `json:"details,omitempty"`
	When    time.Time `json:"when,omitempty"`
	Gone    Details   `json:"gone,omitzero"`
	Ref     *Details  `json:"ref,omitempty"`
}
"""


def required_schema(required: list[str]) -> dict[str, Any]:
    details = ref("Details")
    properties = {
        "name": {"type": "string"},
        "size": {"type": "integer"},
        "details": details,
        "when": {"type": "string"},
        "gone": details,
        "ref": details,
    }
    return {"type": "object", "required": required, "properties": properties}


DETAILS = {"type": "object", "properties": {"format": {"type": "string"}}}


def test_required_in_responses_follows_omitempty_and_struct_rules(tmp_path: Path) -> None:
    schemas = {"Resp": required_schema(["size"]), "Details": DETAILS}
    result = run(tmp_path, REQUIRED_GO, schemas, responses=["Resp"])
    assert [(d.subject, d.message, str(d.go)) for d in result.differences] == [
        (
            "Resp.name",
            "Go always sends it (no omitempty) but the spec does not require it",
            "api/types.go:10",
        ),
        ("Resp.size", "the spec requires it but Go leaves it out when empty (omitempty)", "api/types.go:11"),
        (
            "Resp.details",
            "Go always sends it (Details is a struct: omitempty does not apply) "
            "but the spec does not require it",
            "api/types.go:12",
        ),
        (
            "Resp.when",
            "Go always sends it (time.Time is a struct: omitempty does not apply) "
            "but the spec does not require it",
            "api/types.go:13",
        ),
    ]
    exact = run(
        tmp_path,
        REQUIRED_GO,
        {"Resp": required_schema(["name", "details", "when"]), "Details": DETAILS},
        responses=["Resp"],
    )
    assert lines(exact) == []


def test_required_in_requests_only_when_the_spec_requires_what_go_omits(tmp_path: Path) -> None:
    schemas = {"Resp": required_schema(["size"]), "Details": DETAILS}
    result = run(tmp_path, REQUIRED_GO, schemas, requests=["Resp"])
    assert [(d.subject, d.message) for d in result.differences] == [
        ("Resp.size", "the spec requires it but Go's client leaves it out when empty (omitempty)")
    ]


def test_a_schema_used_by_requests_and_responses_follows_the_response_rules(tmp_path: Path) -> None:
    schemas = {"Resp": required_schema(["name", "details", "when"]), "Details": DETAILS}
    result = run(tmp_path, REQUIRED_GO, schemas, requests=["Resp"], responses=["Resp"])
    assert lines(result) == []
    schemas["Resp"] = required_schema([])
    result = run(tmp_path, REQUIRED_GO, schemas, requests=["Resp"], responses=["Resp"])
    assert [d.subject for d in result.differences] == ["Resp.name", "Resp.details", "Resp.when"]


MAPPING_GO = """package api

type GoThing struct {
	Name string `json:"name"`
	Kid  GoKid  `json:"kid"`
}

type GoKid struct {
	Age int `json:"age"`
}
"""


def test_x_go_type_maps_a_schema_to_a_struct_of_another_name(tmp_path: Path) -> None:
    thing = {
        "type": "object",
        "x-go-type": "api.GoThing",
        "properties": {"name": {"type": "string"}, "kid": ref("Kid")},
    }
    kid = {"type": "object", "x-go-type": "api.GoKid", "properties": {"age": {"type": "integer"}}}
    result = run(tmp_path, MAPPING_GO, {"Thing": thing, "Kid": kid}, requests=["Thing"])
    assert lines(result) == []
    assert result.schemas == 2


def test_schemas_without_a_go_type_and_bad_x_go_types(tmp_path: Path) -> None:
    thing = {
        "type": "object",
        "x-go-type": "api.GoThing",
        "properties": {"name": {"type": "string"}, "kid": ref("Kid")},
    }
    kid = {"type": "object", "properties": {"age": {"type": "integer"}}}
    nothing = {"type": "object", "properties": {"x": {}}}
    typo = {"type": "object", "x-go-type": "api.GoThng", "properties": {"x": {}}}
    foreign = {"type": "object", "x-go-type": "model.Thing", "properties": {"x": {}}}
    inline = {"type": "object", "x-go-type": "gin.H", "properties": {"anything": {}}}
    enum = {"type": "string", "enum": ["a", "b"]}
    # No name is special: the spec says which schemas are built inline (x-go-type: gin.H).
    error = {"type": "object", "properties": {"error": {"type": "string"}}}
    schemas = {
        "Thing": thing,
        "Kid": kid,
        "Nothing": nothing,
        "Typo": typo,
        "Foreign": foreign,
        "Inline": inline,
        "Enum": enum,
        "ErrorResponse": error,
    }
    result = run(tmp_path, MAPPING_GO, schemas, requests=["Thing"])
    assert [str(d) for d in result.differences] == [
        f"spec.json{P}/ErrorResponse: ErrorResponse: no Go type (no api.ErrorResponse: give it x-go-type:"
        " api.<Struct>, or gin.H for a body built inline)",
        f"spec.json{P}/Foreign/x-go-type: Foreign: x-go-type 'model.Thing':"
        " must be api.<Type>, openai.<Type>, anthropic.<Type> or gin.H",
        f"spec.json{P}/Kid: Kid: no Go type (Go uses api.GoKid where the spec uses it: give it x-go-type)",
        f"spec.json{P}/Nothing: Nothing: no Go type (no api.Nothing: give it x-go-type: api.<Struct>,"
        " or gin.H for a body built inline)",
        f"spec.json{P}/Typo/x-go-type: Typo: x-go-type 'api.GoThng': no such type in package api",
    ]


def test_inline_object_schemas_are_audited_against_the_go_struct(tmp_path: Path) -> None:
    thing = {
        "type": "object",
        "x-go-type": "api.GoThing",
        "properties": {
            "name": {"type": "string"},
            "kid": {"type": "object", "properties": {"age": {"type": "string"}, "extra": {}}},
        },
    }
    result = run(tmp_path, MAPPING_GO, {"Thing": thing}, requests=["Thing"])
    assert [(d.kind, d.subject) for d in result.differences] == [
        ("field", "Thing.kid.extra"),
        ("type", "Thing.kid.age"),
    ]


def test_x_spec_audit_ignore_silences_one_kind_with_its_reason(tmp_path: Path) -> None:
    schema = nulls_schema(False)
    schema["properties"]["slice"]["x-spec-audit-ignore"] = {"nullable": "the handler always makes the slice"}
    schema["properties"]["ptr"]["x-spec-audit-ignore"] = {"required": "not this kind", "nullable": ""}
    result = run(tmp_path, NULLS_GO, {"Nulls": schema}, responses=["Nulls"])
    assert [d.subject for d in result.differences if d.kind == "nullable"] == [
        "Nulls.ptr",
        "Nulls.map",
        "Nulls.iface",
    ]
    assert [(d.subject, d.ignored) for d in result.ignored] == [
        ("Nulls.slice", "the handler always makes the slice")
    ]
    report = result.report(show_ignored=True)
    assert "ignored by x-spec-audit-ignore (1):" in report
    assert report.endswith("1 ignored by x-spec-audit-ignore")


ROUTES = """\tr.GET("/a/:id", h)
\tr.HEAD("/a/:id", h)
\tr.POST("/v1/chat", h)"""


def test_routes_missing_from_either_side_v1_left_out_by_default(tmp_path: Path) -> None:
    paths = {"/a/{id}": {"get": {"responses": {}}, "parameters": []}, "/b": {"post": {"responses": {}}}}
    result = run(tmp_path, "package api\n", {}, routes=ROUTES, paths=paths)
    assert lines(result) == [
        "server/routes.go:6: HEAD /a/{id}: registered in GenerateRoutes, missing from the spec",
        "spec.json#/paths/~1b/post: POST /b: in the spec, not registered in GenerateRoutes",
    ]
    with_v1 = run(tmp_path, "package api\n", {}, routes=ROUTES, paths=paths, include_v1=True)
    assert "server/routes.go:7: POST /v1/chat: registered in GenerateRoutes, missing from the spec" in lines(
        with_v1
    )


def test_schemas_only_the_v1_routes_use_are_left_out_with_them(tmp_path: Path) -> None:
    go = 'package api\n\ntype Shared struct {\n\tName string `json:"name"`\n}\n'
    compat = {"type": "object", "properties": {"choices": {"type": "array", "items": ref("Shared")}}}
    shared = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    content = {"application/json": {"schema": ref("OpenAIThing")}}
    paths = {"/v1/chat": {"post": {"responses": {"200": {"content": content}}}}}
    schemas = {"OpenAIThing": compat, "Shared": shared}
    native = run(tmp_path, go, schemas, responses=["Shared"], routes='\tr.POST("/v1/chat", h)', paths=paths)
    assert lines(native) == []
    assert native.schemas == 1
    with_v1 = run(
        tmp_path,
        go,
        schemas,
        responses=["Shared"],
        routes='\tr.POST("/v1/chat", h)',
        paths=paths,
        include_v1=True,
    )
    assert [d.subject for d in with_v1.differences] == ["OpenAIThing"]


def test_report_groups_by_kind_with_a_summary(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"count": {"type": "string"}, "extra": {}}}
    go = 'package api\n\ntype T struct {\n\tCount int `json:"count"`\n}\n'
    result = run(tmp_path, go, {"T": schema}, responses=["T"], routes='\tr.GET("/other", h)')
    report = result.report().splitlines()
    assert [line for line in report if not line.startswith("  ")] == [
        "route (1):",
        "field (1):",
        "type (1):",
        "required (1):",
        "4 differences (1 route, 1 field, 1 type, 1 required); 2 routes, 1 schemas, 1 fields compared",
    ]


@pytest.mark.parametrize("missing", ["api", "server"])
def test_a_folder_that_is_not_an_ollama_checkout_is_an_error(tmp_path: Path, missing: str) -> None:
    from ollama_openapi_maintainer.audit import AuditError

    (tmp_path / "api").mkdir()
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "routes.go").write_text("package server\n", encoding="utf-8")
    if missing == "api":
        (tmp_path / "api").rmdir()
    else:
        (tmp_path / "server" / "routes.go").unlink()
    with pytest.raises(AuditError, match="not a checkout of ollama/ollama"):
        audit(tmp_path, SpecDocument({}, "spec.json"))
