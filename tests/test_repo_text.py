"""No merge left half done: a conflict marker in a doc, a data file or the code is a defect that no other test
need catch (one stood in docs/events.md's figures table after a merge)."""

from __future__ import annotations

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
