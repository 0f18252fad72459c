#!/usr/bin/env python3
"""Import circles between the modules of desk_client/, desk_server/ and routeros_sim/.

Builds the graph of the imports a module runs when it is loaded (module level, including class
bodies and top-level if/try blocks) from the source, without importing anything. Left out, as they
do not run at load time: imports inside functions and those under `if TYPE_CHECKING:`.

An edge goes to the module named: `import a.b` and `from a import b` where a/b.py (or a/b/) exists
give a.b; `from a import name` where name is not a module gives a (its __init__). The parent
packages a name passes through are not edges of their own (each package's __init__ is a node with
its own imports), as in the usual import-graph tools.

Prints each circle (one strongly connected group a line, with a shortest loop through it and the
line of each import in it), exit 1 if there is any; `ok: ...` and exit 0 otherwise.

  python tools/check_imports.py
"""
from __future__ import annotations

import ast
import itertools
import sys
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("desk_client", "desk_server", "routeros_sim")


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Module name -> file for every .py below the packages (a package is its __init__.py)."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    if isinstance(test, ast.Attribute):
        return test.attr == "TYPE_CHECKING"
    return False


def _load_time_imports(body: list[ast.stmt]):
    """The Import/ImportFrom statements of a block that run when it runs, nested blocks included,
    function bodies and `if TYPE_CHECKING:` bodies left out."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _load_time_imports(node.body)
            yield from _load_time_imports(node.orelse)
        elif isinstance(node, ast.ClassDef):
            yield from _load_time_imports(node.body)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            for block in (node.body, node.orelse, node.finalbody):
                yield from _load_time_imports(block)
            for handler in node.handlers:
                yield from _load_time_imports(handler.body)
        elif isinstance(node, (ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.While)):
            yield from _load_time_imports(node.body)
            yield from _load_time_imports(getattr(node, "orelse", []))
        elif isinstance(node, ast.Match):
            for case in node.cases:
                yield from _load_time_imports(case.body)


def _base_of(module: str, path: Path, node: ast.ImportFrom) -> str | None:
    """The absolute module a `from X import ...` reads from (relative levels resolved)."""
    if not node.level:
        return node.module
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if node.level - 1 > len(package):
        return None
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def build_graph(modules: dict[str, Path]) -> dict[str, dict[str, int]]:
    """module -> {imported module: line of the first import of it}, only modules of the packages."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in modules.items():
        edges: dict[str, int] = {}
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _load_time_imports(tree.body):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _base_of(module, path, node)
                if base is None:
                    continue
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in modules else base)
            for target in targets:
                # `import a.b.c` of a name that is not a file of ours: the nearest module that is.
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != module:
                    edges.setdefault(target, node.lineno)
        graph[module] = edges
    return graph


def strongly_connected(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Tarjan's groups of more than one module (iterative: the graph is a few hundred nodes deep)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return sorted(groups)


def shortest_loop(graph: dict[str, dict[str, int]], group: list[str]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    members = set(group)
    start = group[0]
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node]):
            if child not in members:
                continue
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [start, *reversed(path[:-1]), start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    return [start]


def cycles(root: Path = ROOT) -> list[tuple[list[str], list[str]]]:
    """(group, one loop through it) for every import circle."""
    graph = build_graph(module_files(root))
    return [(group, shortest_loop(graph, group)) for group in strongly_connected(graph)]


def main() -> int:
    modules = module_files()
    graph = build_graph(modules)
    groups = strongly_connected(graph)
    for group in groups:
        loop = shortest_loop(graph, group)
        steps = " -> ".join(f"{a} (line {graph[a][b]})" for a, b in itertools.pairwise(loop))
        print(f"cycle of {len(group)}: {', '.join(group)}")
        print(f"  e.g. {steps} -> {loop[-1]}")
    if groups:
        print(f"{len(groups)} import cycle(s)")
        return 1
    edges = sum(len(e) for e in graph.values())
    print(f"ok: no import cycle among {len(modules)} modules ({edges} load-time imports)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
