"""Reading Go source without a Go toolchain: type declarations, struct tags, methods and gin routes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ollama_openapi_maintainer.audit import AuditError, GoPackage, load_go_package, parse_routes

TYPES = """package api

import "time"

// A comment with a `backquote` and a brace { that must not confuse the parser.
type Order struct {
	ID, Ref   string            `json:"id"`
	Placed    time.Time         `json:"placed_at,omitempty"` // trailing comment
	Lines     []*OrderLine      `json:"lines"`
	Extra     map[string][]int  `json:"extra,omitempty"`
	Callback  func(int) error   `json:"-"`
	Customer
	*Timestamps
	note string
}

/* A block comment
   over two lines. */
type (
	Customer struct {
		Name string `json:"customer_name"`
	}
	Timestamps struct{ Created int64 `json:"created"` }
	Quantity   int
	Alias      = Customer
)

type OrderLine struct {
	SKU   string `json:"sku"`
	Count Quantity
}

type Bag[K comparable, V any] struct {
	items map[K]V
}

func (b *Bag[K, V]) MarshalJSON() ([]byte, error) { return nil, nil }

func (o Order) Total() int {
	type local struct{ X int }
	return 0
}
"""


@pytest.fixture
def package(tmp_path: Path) -> GoPackage:
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "orders.go").write_text(TYPES, encoding="utf-8")
    (tmp_path / "api" / "orders_test.go").write_text(
        "package api\n\ntype OnlyInTests struct{}\n", encoding="utf-8"
    )
    return load_go_package(tmp_path / "api", tmp_path)


def test_type_declarations_single_and_grouped(package: GoPackage) -> None:
    assert set(package.types) == {
        "Order",
        "Customer",
        "Timestamps",
        "Quantity",
        "Alias",
        "OrderLine",
        "Bag",
    }
    assert package.types["Order"].location.path == "api/orders.go"
    assert package.types["Order"].location.line == 6
    assert package.types["Quantity"].type.name == "int"
    assert package.types["Alias"].type.name == "Customer"


def test_struct_fields_names_types_tags_and_lines(package: GoPackage) -> None:
    fields = package.types["Order"].type.fields
    summary = [(f.name, str(f.type), f.tag, f.embedded, f.location.line) for f in fields]
    assert summary == [
        ("ID", "string", 'json:"id"', False, 7),
        ("Ref", "string", 'json:"id"', False, 7),
        ("Placed", "time.Time", 'json:"placed_at,omitempty"', False, 8),
        ("Lines", "[]*OrderLine", 'json:"lines"', False, 9),
        ("Extra", "map[string][]int", 'json:"extra,omitempty"', False, 10),
        ("Callback", "func", 'json:"-"', False, 11),
        ("Customer", "Customer", "", True, 12),
        ("Timestamps", "*Timestamps", "", True, 13),
        ("note", "string", "", False, 14),
    ]
    one_line = package.types["Timestamps"].type.fields
    assert [(f.name, f.tag) for f in one_line] == [("Created", 'json:"created"')]


def test_methods_by_receiver_generic_receivers_included(package: GoPackage) -> None:
    assert set(package.methods["Bag"]) == {"MarshalJSON"}
    assert set(package.methods["Order"]) == {"Total"}
    assert package.methods["Bag"]["MarshalJSON"].line == 37


def test_local_types_inside_functions_are_not_package_types(package: GoPackage) -> None:
    assert "local" not in package.types


ROUTES = """package server

func (s *Server) Other() {
	r := gin.New()
	r.GET("/not/a/route", s.Nothing)
}

func (s *Server) GenerateRoutes(rc *ollama.Registry) (http.Handler, error) {
	r := gin.Default()
	r.Use(cors.New(config))

	r.HEAD("/", func(c *gin.Context) { c.String(http.StatusOK, "up") })
	r.GET("/", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"a": 1}) })
	r.POST("/api/blobs/:digest", s.CreateBlob)
	r.DELETE("/api/keys/:encodedKey", s.Delete)
	r.Handle("PUT", "/api/put", s.Put)
	r.Handle(http.MethodPatch, "/api/patch", s.Patch)
	r.Match([]string{http.MethodGet, "POST"}, "/api/match", s.Match)
	r.Any("/api/files/*path", s.Files)
	api := r.Group("/api/v2")
	{
		api.GET("/items", s.wrap("/api/v2/items", s.Items)...)
	}
	r.POST("/v1/chat/completions", middleware.Chat(), s.Chat)
	return r, nil
}
"""


def test_routes_of_generate_routes_only(tmp_path: Path) -> None:
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "routes.go").write_text(ROUTES, encoding="utf-8")
    routes = parse_routes(tmp_path / "server" / "routes.go", tmp_path)
    found = [(r.method, r.path, r.location.line) for r in routes]
    assert found[:9] == [
        ("HEAD", "/", 12),
        ("GET", "/", 13),
        ("POST", "/api/blobs/{digest}", 14),
        ("DELETE", "/api/keys/{encodedKey}", 15),
        ("PUT", "/api/put", 16),
        ("PATCH", "/api/patch", 17),
        ("GET", "/api/match", 18),
        ("POST", "/api/match", 18),
        ("GET", "/api/files/{path}", 19),
    ]
    assert len([r for r in routes if r.path == "/api/files/{path}"]) == 9  # gin's Any: nine methods
    assert found[-2:] == [("GET", "/api/v2/items", 22), ("POST", "/v1/chat/completions", 24)]
    assert all(r.location.path == "server/routes.go" for r in routes)
    assert "/not/a/route" not in {r.path for r in routes}


def test_routes_without_generate_routes_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "routes.go"
    path.write_text("package server\n\nfunc Something() {}\n", encoding="utf-8")
    with pytest.raises(AuditError, match="no function GenerateRoutes"):
        parse_routes(path, tmp_path)


def test_route_path_that_is_not_a_literal_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "routes.go"
    path.write_text(
        'package server\n\nfunc GenerateRoutes() {\n\tr.GET(prefix+"/x", h)\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(AuditError, match=r"routes.go:4: route path prefix\+\"/x\" is not a string literal"):
        parse_routes(path, tmp_path)


def test_routes_registered_in_a_loop_over_methods_and_outside_generate_routes(tmp_path: Path) -> None:
    """Old trees (v0.1.0) registered GET and HEAD with Handle in a loop, in a function named Serve."""
    from ollama_openapi_maintainer.audit.go_routes import parse_routes_text

    source = """package server

func Serve() error {
	r := gin.Default()
	r.POST("/api/pull", PullModelHandler)
	for _, method := range []string{http.MethodGet, http.MethodHead} {
		r.Handle(method, "/api/tags", ListModelsHandler)
	}
	r.Handle(someMethod(), "/api/skipped", H)
	return nil
}
"""
    routes = parse_routes_text(source, "server/routes.go", function=None, strict=False)
    assert [(r.method, r.path, r.location.line) for r in routes] == [
        ("POST", "/api/pull", 5),
        ("GET", "/api/tags", 7),
        ("HEAD", "/api/tags", 7),
    ]
