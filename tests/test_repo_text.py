"""No merge left half done: a conflict marker in a doc, a data file or the code is a defect that no other test
need catch (one stood in docs/events.md's figures table after a merge)."""

from __future__ import annotations

import ast
import re

from .conftest import REPO

MARKER = re.compile(r"^(?:<{7} |>{7} |={7}$)", re.MULTILINE)
SUFFIXES = {".py", ".md", ".yaml", ".yml", ".tsv", ".txt", ".toml", ".json", ".html", ".js", ".css"}
FOLDERS = ("src", "tests", "docs", "scripts", "benchmarks", "eval", "examples")


def test_no_conflict_markers() -> None:
    files = [REPO / "README.md", REPO / "pyproject.toml"]
    for folder in FOLDERS:
        files += [p for p in (REPO / folder).rglob("*") if p.is_file() and p.suffix in SUFFIXES]
    assert len(files) > 50
    marked = [str(p.relative_to(REPO)) for p in files if MARKER.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert marked == []


def test_no_module_name_bound_twice() -> None:
    """A module-level name assigned or defined twice in the library: the later binding silently wins, also for the
    code above it (two rounds merged with one name each gave a regex two meanings, and both users ran the second)."""
    twice = []
    for path in sorted((REPO / "src" / "rasd").glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            twice += [f"{path.name}:{node.lineno} {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []
