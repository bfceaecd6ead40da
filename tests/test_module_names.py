"""A module-level name is bound once: the rule modules are long, and a second `_NAME = ...` far below the first
silently changes what every earlier use of the name reads at run time (it has happened twice in events.py)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from .conftest import REPO

MODULES = sorted((REPO / "src" / "rasd").glob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_level_names_are_bound_once(path: Path) -> None:
    assert _bound_twice(path) == []


def test_the_check_finds_a_rebound_name(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('a')\n\ndef f():\n    return _A\n\n_A = re.compile('b')\n")
    assert _bound_twice(module) == ["_A"]
