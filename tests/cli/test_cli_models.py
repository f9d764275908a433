"""list, ps, show, cp, rm, version against the fake server."""

from __future__ import annotations

from ollama_openapi import __version__
from ollama_openapi.cli import ExitCode
from ollama_openapi.fake import FakeOllama

from .conftest import Cli


def _names(cli: Cli) -> list[str]:
    return [entry["name"] for entry in cli("list", "--json").json()["models"]]


def test_list_prints_a_table_of_the_local_models(cli: Cli) -> None:
    result = cli("list")
    assert result.code == ExitCode.OK
    header, *rows = result.out.splitlines()
    assert header.split() == ["NAME", "ID", "SIZE", "MODIFIED"]
    assert sorted(row.split()[0] for row in rows) == ["all-minilm:latest", "llama3.2:latest"]
    llama = next(row for row in rows if row.startswith("llama3.2"))
    assert "GB" in llama
    assert llama.endswith(("ago", "Just now"))
    assert result.err == ""


def test_list_json_is_the_server_document_and_json_works_on_either_side(cli: Cli) -> None:
    after = cli("list", "--json")
    before = cli("--json", "list")
    assert after.code == before.code == ExitCode.OK
    assert after.json() == before.json()
    assert sorted(_names(cli)) == ["all-minilm:latest", "llama3.2:latest"]
    assert len(after.out.splitlines()) == 1


def test_ps_lists_loaded_models(cli: Cli) -> None:
    empty = cli("ps")
    assert empty.out.split() == ["NAME", "ID", "SIZE", "PROCESSOR", "CONTEXT", "UNTIL"]
    assert cli("run", "llama3.2", "hello").code == ExitCode.OK
    result = cli("ps")
    row = result.out.splitlines()[1]
    assert row.startswith("llama3.2:latest")
    assert "from now" in row
    loaded = cli("ps", "--json").json()["models"]
    assert [entry["name"] for entry in loaded] == ["llama3.2:latest"]


def test_show_summary(cli: Cli) -> None:
    result = cli("show", "llama3.2")
    assert result.code == ExitCode.OK
    lines = [line.split() for line in result.out.splitlines()]
    assert ["architecture", "llama"] in lines
    assert ["parameters", "3.2B"] in lines
    assert ["Capabilities"] in lines
    assert ["completion"] in lines
    assert "Metadata" not in result.out


def test_show_single_fields(cli: Cli) -> None:
    modelfile = cli("show", "llama3.2", "--modelfile").out
    assert modelfile.startswith("# Modelfile generated")
    assert "FROM " in modelfile
    assert cli("show", "llama3.2", "--parameters").out.startswith("stop")
    template = cli("show", "llama3.2", "--template").out
    assert "{{" in template
    assert cli("show", "--json", "llama3.2", "--template").json() == {"template": template.rstrip("\n")}


def test_show_fields_are_exclusive(cli: Cli) -> None:
    result = cli("show", "llama3.2", "--template", "--modelfile")
    assert result.code == ExitCode.USAGE
    assert "not allowed with" in result.err


def test_show_verbose_and_json(cli: Cli) -> None:
    verbose = cli("show", "-v", "llama3.2").out
    assert "Metadata" in verbose
    assert "general.architecture" in verbose
    document = cli("show", "llama3.2", "--json").json()
    assert document["details"]["family"] == "llama"
    assert "tensors" in cli("show", "llama3.2", "--json", "--verbose").json()


def test_show_missing_model_exits_3_with_one_line(cli: Cli) -> None:
    result = cli("show", "nope")
    assert result.code == 3
    assert result.out == ""
    assert result.err == "ollama-openapi: error: model 'nope' not found\n"


def test_cp_copies(cli: Cli) -> None:
    result = cli("cp", "llama3.2", "mine")
    assert result.code == ExitCode.OK
    assert result.out == "copied 'llama3.2' to 'mine'\n"
    assert "mine:latest" in _names(cli)
    assert cli("--json", "cp", "mine", "yours").json() == {"status": "success"}
    missing = cli("cp", "nope", "other")
    assert missing.code == ExitCode.MODEL_NOT_FOUND
    assert "nope" in missing.err


def test_rm_deletes_every_model_and_reports_the_missing_ones(cli: Cli) -> None:
    cli("cp", "llama3.2", "a")
    cli("cp", "llama3.2", "b")
    result = cli("rm", "a", "nope", "b")
    assert result.code == ExitCode.MODEL_NOT_FOUND
    assert result.out.splitlines() == ["deleted 'a'", "deleted 'b'"]
    assert result.err.count("\n") == 1
    assert "nope" in result.err
    assert not {"a:latest", "b:latest"} & set(_names(cli))
    ok = cli("rm", "--json", "all-minilm")
    assert ok.code == ExitCode.OK
    assert ok.json() == {"deleted": ["all-minilm"], "errors": []}


def test_version(cli: Cli, fake: FakeOllama) -> None:
    server_version = fake.context.config.version
    result = cli("version")
    assert result.out.splitlines() == [
        f"ollama-openapi version {__version__}",
        f"ollama server version {server_version}",
    ]
    assert cli("version", "--json").json() == {"client": __version__, "server": server_version}
