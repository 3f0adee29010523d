"""The package's import graph has no cycles: between subpackages (stages) nor between modules.

Imports that only feed type checkers (under ``if TYPE_CHECKING:``) are left out; every other
import counts, at the top of a module or inside a function, since a function-level import is
how a cycle usually hides.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "summarizer"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(tree: ast.AST, modules: set[str]) -> set[str]:
    """Our modules that `tree` imports when it runs (``from pkg import module`` included)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in modules:
                found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    return {name: runtime_imports(ast.parse(path.read_text(encoding="utf-8")), modules) - {name} for name, path in paths.items()}


def unit(module: str) -> str:
    """The stage a module belongs to: its subpackage, or the top-level module itself."""
    parts = module.split(".")
    return ".".join(parts[:2])


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in `graph` as a list of nodes (first == last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def stage_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    stages: dict[str, set[str]] = {}
    for source, targets in graph.items():
        # A package's __init__ re-exporting its stages is the public face, not a dependency edge.
        if source == "summarizer":
            continue
        edges = stages.setdefault(unit(source), set())
        edges.update(unit(t) for t in targets if unit(t) != unit(source) and t != "summarizer")
    return stages


def test_the_finder_sees_a_cycle_and_ignores_type_only_imports() -> None:
    modules = {"summarizer.a", "summarizer.b"}
    a = ast.parse("def f():\n    from summarizer.b import x\n")
    b = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from summarizer.a import y\n")
    assert runtime_imports(b, modules) == set()
    graph = {"summarizer.a": runtime_imports(a, modules), "summarizer.b": {"summarizer.a"}}
    assert find_cycle(graph) == ["summarizer.a", "summarizer.b", "summarizer.a"]


def test_no_import_cycle_between_stages() -> None:
    cycle = find_cycle(stage_graph(import_graph()))
    assert cycle is None, "stages import each other in a cycle: " + " -> ".join(cycle or [])


def test_no_import_cycle_between_modules() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "modules import each other in a cycle: " + " -> ".join(cycle or [])


def test_every_module_is_used_by_the_package() -> None:
    """A module that only tests import (a shim kept for them) is dead weight: each module is
    imported by another one, or registered by its ``"module:attribute"`` path in a registry."""
    from summarizer import components
    from summarizer.registry import Registry

    graph = import_graph()
    imported = set().union(*graph.values())
    registries = [value for value in vars(components).values() if isinstance(value, Registry)]
    registered = {path.partition(":")[0] for registry in registries for path in registry.paths().values()}
    packages = {module_name(path) for path in PACKAGE.rglob("__init__.py")}
    unused = sorted(m for m in graph if m not in imported | registered | packages | {"summarizer.__main__"})
    assert not unused, f"modules nothing in the package uses: {', '.join(unused)}"
