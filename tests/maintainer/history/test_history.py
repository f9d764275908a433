"""make spec-history over small generated git repositories with a few release tags (no network)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from ollama_openapi_maintainer.history.cli import main
from ollama_openapi_maintainer.yaml_lines import strip_annotations

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ROUTES = """package server

func (s *Server) GenerateRoutes() {
	r := gin.Default()
{routes}
}
"""

SPEC = """openapi: 3.1.0
info: {title: Widgets, version: 0.3.1}
# A comment the history must keep.
paths:
  /api/widgets:
    get:
      operationId: list_widgets
      responses:
        '200':
          description: The widgets.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
  /api/paint:
    post:
      operationId: paint
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/PaintRequest'}
      responses:
        '200': {description: Painted.}
components:
  schemas:
    Widget:
      type: object
      properties:
        name: {type: string}  # gone in 0.3.0
        color:
          type: string
          description: Added in 0.2.0.
        shade:
          type: string
          enum: [light, dark]
    PaintRequest:
      type: object
      properties:
        format:
          anyOf:
            - {type: string}
            - {type: object}
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _release(repo: Path, tag: str, types: str, routes: list[str], server_extra: str = "") -> None:
    (repo / "api").mkdir(exist_ok=True)
    (repo / "server").mkdir(exist_ok=True)
    (repo / "api" / "types.go").write_text(f"package api\n\n{types}\n", encoding="utf-8")
    (repo / "server" / "routes.go").write_text(
        ROUTES.replace("{routes}", "\n".join(f"\t{r}" for r in routes)), encoding="utf-8"
    )
    (repo / "server" / "extra.go").write_text(f"package server\n\n{server_extra}\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--allow-empty", "-m", tag)
    _git(repo, "tag", tag)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """v0.1.0: GET /api/widgets, Widget{name}; v0.2.0(-rc1): color, POST /api/paint with a string format,
    the literal "dark"; v0.3.0: name gone, format any JSON; v0.3.1-rc1: no final release yet."""
    repo = tmp_path / "ollama"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    widget1 = 'type Widget struct {\n\tName string `json:"name"`\n\tShade string `json:"shade"`\n}'
    widget2 = widget1.replace("}", '\tColor string `json:"color"`\n}')
    widget3 = 'type Widget struct {\n\tShade string `json:"shade"`\n\tColor string `json:"color"`\n}'
    paint2 = 'type PaintRequest struct {\n\tFormat string `json:"format"`\n}'
    paint3 = 'type PaintRequest struct {\n\tFormat json.RawMessage `json:"format"`\n}'
    list_route = 'r.GET("/api/widgets", s.ListHandler)'
    paint_route = 'r.POST("/api/paint", s.PaintHandler)'
    _release(repo, "v0.0.9", widget1, [list_route])  # before --first: not read
    _release(repo, "v0.1.0", widget1, [list_route], 'var shade = "light"')
    _release(repo, "v0.2.0-rc1", widget1, [list_route])  # a final v0.2.0 exists: skipped
    _release(repo, "v0.2.0", f"{widget2}\n{paint2}", [list_route, paint_route], 'var s = "dark"')
    _release(repo, "v0.3.0", f"{widget3}\n{paint3}", [list_route, paint_route], 'var s = "dark"')
    _release(repo, "v0.3.1-rc1", f"{widget3}\n{paint3}", [list_route, paint_route], 'var s = "dark"')
    return repo


def _run(repo: Path, spec: Path, *extra: str) -> int:
    return main(["--ollama-src", str(repo), "--spec", str(spec), *extra])


def test_since_removed_enum_values_and_a_widened_form(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert _run(repo, spec, "--no-cache") == 0
    out = capsys.readouterr().out
    assert "4 release tags (v0.1.0 .. v0.3.1-rc1), 4 read, 0 unreadable" in out
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    assert doc["paths"]["/api/widgets"]["get"]["x-ollama-since"] == "0.1.0"
    assert doc["paths"]["/api/paint"]["post"]["x-ollama-since"] == "0.2.0"
    widget = doc["components"]["schemas"]["Widget"]["properties"]
    assert widget["name"]["x-ollama-since"] == "0.1.0"
    assert widget["name"]["x-ollama-removed"] == "0.3.0"
    assert widget["color"]["x-ollama-since"] == "0.2.0"
    assert "x-ollama-removed" not in widget["color"]
    assert widget["shade"]["x-ollama-enum-since"] == {"light": "0.1.0", "dark": "0.2.0"}
    fmt = doc["components"]["schemas"]["PaintRequest"]["properties"]["format"]
    assert fmt["x-ollama-since"] == "0.2.0"
    assert "x-ollama-since" not in fmt["anyOf"][0]  # the first form: as old as the field
    assert fmt["anyOf"][1]["x-ollama-since"] == "0.3.0"  # any JSON value from 0.3.0


def test_formatting_and_comments_are_kept_and_a_second_run_changes_nothing(
    repo: Path, tmp_path: Path
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    _run(repo, spec, "--cache-dir", str(tmp_path / "cache"))
    once = spec.read_text(encoding="utf-8")
    assert "# A comment the history must keep." in once
    assert '        name: {x-ollama-since: "0.1.0", x-ollama-removed: "0.3.0", type: string}  # gone' in once
    assert '        color:\n          x-ollama-since: "0.2.0"\n          type: string\n' in once
    assert strip_annotations(once) == SPEC  # nothing but the annotations changed
    assert list(tmp_path.joinpath("cache").glob("v0.2.0-*.json"))
    _run(repo, spec, "--cache-dir", str(tmp_path / "cache"))  # from the cache
    assert spec.read_text(encoding="utf-8") == once
    assert _run(repo, spec, "--check", "--no-cache") == 0


def test_a_tag_that_cannot_be_read_is_listed_not_guessed(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(repo / "api")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "no api")
    _git(repo, "tag", "v0.4.0")
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert _run(repo, spec, "--no-cache") == 0
    out = capsys.readouterr().out
    assert "5 release tags (v0.1.0 .. v0.4.0), 4 read, 1 unreadable" in out
    assert "unreadable: v0.4.0: v0.4.0 is not a checkout of ollama/ollama" in out
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    # The newest readable tag stands for "now": nothing is marked removed because v0.4.0 lacks it.
    assert "x-ollama-removed" not in doc["components"]["schemas"]["Widget"]["properties"]["color"]


def test_exit_2_when_the_source_is_not_a_git_repository(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert _run(tmp_path / "nowhere", spec) == 2


RENAMED_SPEC = """openapi: 3.1.0
info: {title: Boxes, version: 0.2.0}
paths:
  /api/widgets:
    get:
      responses:
        '200':
          description: A widget.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
  /api/paint:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/PaintRequest'}
      responses:
        '200': {description: Painted.}
components:
  schemas:
    Widget:
      type: object
      properties:
        box: {$ref: '#/components/schemas/Box'}
    Box:
      type: object
      properties:
        size: {type: integer}
        depth: {type: integer}
    PaintRequest:
      type: object
      properties:
        color: {type: string}
"""


def test_a_type_under_an_old_name_and_a_route_served_without_a_type(tmp_path: Path) -> None:
    """v0.1.0 named the box type Crate (its size is traced through it) and served /api/paint with no
    Go type (a passthrough: its fields are as old as the route); v0.2.0 has Box (with depth) and
    PaintRequest."""
    repo = tmp_path / "ollama"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    routes = ['r.GET("/api/widgets", s.ListHandler)', 'r.POST("/api/paint", s.PaintHandler)']
    old = (
        'type Widget struct {\n\tBox Crate `json:"box"`\n}\ntype Crate struct {\n\tSize int `json:"size"`\n}'
    )
    new = (
        'type Widget struct {\n\tBox Box `json:"box"`\n}\n'
        'type Box struct {\n\tSize int `json:"size"`\n\tDepth int `json:"depth"`\n}\n'
        'type PaintRequest struct {\n\tColor string `json:"color"`\n}'
    )
    _release(repo, "v0.1.0", old, routes)
    _release(repo, "v0.2.0", new, routes)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(RENAMED_SPEC, encoding="utf-8")
    assert _run(repo, spec, "--no-cache") == 0
    schemas = yaml.safe_load(spec.read_text(encoding="utf-8"))["components"]["schemas"]
    assert schemas["Box"]["properties"]["size"]["x-ollama-since"] == "0.1.0"
    assert schemas["Box"]["properties"]["depth"]["x-ollama-since"] == "0.2.0"
    assert schemas["PaintRequest"]["properties"]["color"]["x-ollama-since"] == "0.1.0"
