"""The tree says what is generated and what is written by hand, and the import graph has no cycle.

- Every module under ``generated/`` opens with the generated marker; no module under ``overlays/``
  does (hand-written code only there).
- The import graph of both packages has no cycle, late imports included (grimp sees imports inside
  functions and under ``TYPE_CHECKING``).
- Every module is named by an import-linter contract in pyproject.toml, so that ``make lint`` judges
  each new import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11 (tomllib)")

import grimp  # noqa: E402  (after the skip: the Python 3.10 suite has neither tomllib nor grimp)

ROOT = Path(__file__).resolve().parents[2]
MARKER = "# @generated "
PACKAGES = ("ollama_openapi", "ollama_openapi_generated")


def test_generated_modules_carry_the_marker_and_hand_written_ones_do_not() -> None:
    generated = sorted((ROOT / "generated").rglob("*.py"))
    assert generated
    unmarked = [str(path) for path in generated if not path.read_text("utf-8").startswith(MARKER)]
    assert unmarked == []
    marked = [
        str(path) for path in sorted((ROOT / "overlays").rglob("*.py")) if MARKER in path.read_text("utf-8")
    ]
    assert marked == [], "generated code under overlays/: generate it into generated/ instead"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, include_external_packages=False)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_import_graph_has_no_cycle(graph: grimp.ImportGraph) -> None:
    edges = {module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules}
    # A package importing its own submodules (``__init__`` re-exports) is not a cycle between modules.
    for module, imported in edges.items():
        imported -= {other for other in imported if other.startswith(module + ".")}
    # Recursive schemas (a tool property whose items are tool properties) make their generated
    # models refer to each other; that is the data's shape, not a layering problem.
    recursive_models = [
        cycle
        for cycle in _cycles(edges)
        if all(m.startswith("ollama_openapi_generated.models.") for m in cycle)
    ]
    assert [cycle for cycle in _cycles(edges) if cycle not in recursive_models] == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _named_by_contracts() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    named: set[str] = set()
    for contract in config["tool"]["importlinter"]["contracts"]:
        for layer in contract.get("layers", []):
            named.update(part.strip() for part in layer.replace("|", ":").split(":"))
        named.update(contract.get("source_modules", []))
    return named


def test_every_module_is_under_an_import_contract(graph: grimp.ImportGraph) -> None:
    named = _named_by_contracts()

    def covered(module: str) -> bool:
        return any(module == name or module.startswith(name + ".") for name in named)

    # The two root packages and the subpackages' own __init__ modules hold no code of their own to layer.
    packages = {
        module for module in graph.modules if any(other.startswith(module + ".") for other in graph.modules)
    }
    uncovered = sorted(module for module in graph.modules if not covered(module) and module not in packages)
    assert uncovered == [], "add these modules to a contract in pyproject.toml ([tool.importlinter])"
