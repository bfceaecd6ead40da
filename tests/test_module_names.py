"""A module-level name bound twice lets the later value serve the earlier code too (a pattern named _ASIDE
written for one rule silently replaced by another rule's _ASIDE): every module binds each name once."""

import ast
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "rasd").glob("*.py"))


def rebound(source: str) -> list[str]:
    """Names a module assigns or defines more than once at its top level."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_a_name_bound_twice_is_found() -> None:
    assert rebound('_ASIDE = 1\n\ndef f():\n    return _ASIDE\n\n_ASIDE = 2\n') == ["_ASIDE"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_each_module_binds_each_name_once(path: Path) -> None:
    assert rebound(path.read_text(encoding="utf-8")) == []
