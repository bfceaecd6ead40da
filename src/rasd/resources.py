"""The one loader for language resources (YAML and TSV files under rasd/data).

Every problem is raised as DataFileError with file:line, so a linguist editing a
file sees exactly which line to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rasd.errors import DataFileError
from rasd.normalise import fold_text

# Characters that must not appear in lexicon text: presentation forms (copy-paste from PDFs),
# tatweel, bidi/zero-width controls.
_FORBIDDEN = re.compile("[\ufb50-\ufdff\ufe70-\ufefe\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def data_path(name: str) -> Path:
    """Path of a file shipped in rasd/data."""
    return Path(str(resources.files("rasd") / "data" / name))


@dataclass(frozen=True, slots=True)
class Located:
    """A scalar from a data file and the line it stands on."""

    value: Any
    line: int


def check_text(value: str, path: str, line: int) -> str:
    """Reject lexicon text a matcher could never match as written."""
    bad = _FORBIDDEN.search(value)
    if bad:
        raise DataFileError(
            path, line, f"{value!r} contains U+{ord(bad.group()):04X}; retype it with plain Arabic letters"
        )
    if value != value.strip() or "  " in value or not value:
        raise DataFileError(path, line, f"{value!r} has stray or double spaces, or is empty")
    return value


# libyaml's parser when PyYAML has it (its wheels do): it composes the data files about ten times faster
# than the pure-Python one, with the same nodes and line marks
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """Parse YAML keeping line numbers: mappings become dicts of Located keys, scalars Located."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise DataFileError(str(path), line, f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if node is None:
        raise DataFileError(str(path), 1, "file is empty")
    return _convert(node, str(path))


def _convert(node: yaml.Node, path: str) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Located, Any] = {}
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path)
            if key.value in seen:
                raise DataFileError(path, key.line, f"duplicate key {key.value!r} (first on line {seen[key.value]})")
            seen[key.value] = key.line
            out[key] = _convert(value_node, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path) for item in node.value]
    return Located(_SCALARS.construct_object(node, deep=True), line)


# One constructor for scalars (ints, dates, strings) as PyYAML's safe loader types them.
_SCALARS = yaml.SafeLoader("")


def read_sections(path: Path, allowed: tuple[str, ...], refuse_unknown: bool = True) -> dict[str, tuple[int, Any]]:
    """A YAML file of named sections: {section: (line, value)}; every allowed section must be there, and
    others are refused (or, with refuse_unknown=False, left for the file's later versions)."""
    name = str(path)
    doc = read_yaml(path)
    if not isinstance(doc, dict):
        raise DataFileError(name, 1, "top level must be a mapping of sections")
    listed = ", ".join(allowed)
    sections: dict[str, tuple[int, Any]] = {}
    for key, value in doc.items():
        if key.value not in allowed and refuse_unknown:
            raise DataFileError(name, key.line, f"unknown section {key.value!r}; sections are {listed}")
        sections[key.value] = (key.line, value)
    for section in allowed:
        if section not in sections:
            raise DataFileError(name, 1, f"missing section {section!r}")
    return sections


def expect_mapping(value: Any, path: str, line: int, what: str) -> dict[Located, Any]:
    if not isinstance(value, dict):
        raise DataFileError(path, line, f"{what} must be a mapping")
    return value


def expect_list(value: Any, path: str, line: int, what: str) -> list[Located]:
    if not isinstance(value, list) or not all(isinstance(v, Located) for v in value):
        raise DataFileError(path, line, f"{what} must be a list of plain values")
    return value


@dataclass(frozen=True, slots=True)
class Row:
    """One TSV data row: its line number and its cells by column name."""

    line: int
    cells: dict[str, str]


def read_tsv(path: Path, columns: tuple[str, ...], optional: frozenset[str] = frozenset()) -> Iterator[Row]:
    """Rows of a TSV file with exactly `columns` (the header must name them); # lines are comments."""
    name = str(path)
    with path.open(encoding="utf-8") as handle:
        header_seen = False
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if tuple(cells) != columns:
                    expected, found = " | ".join(columns), " | ".join(cells)
                    raise DataFileError(name, number, f"header must be {expected}, found {found}")
                header_seen = True
                continue
            if len(cells) != len(columns):
                raise DataFileError(name, number, f"expected {len(columns)} tab-separated cells, found {len(cells)}")
            row = dict(zip(columns, (c.strip() for c in cells), strict=True))
            for column, value in row.items():
                if not value and column not in optional:
                    raise DataFileError(name, number, f"column {column!r} is empty")
            yield Row(number, row)
        if not header_seen:
            raise DataFileError(name, 1, "no header line")


class Owners:
    """Ids and Arabic spellings claimed by the rows of one data file, so that none is claimed twice.

    Spellings are compared after folding; a spelling repeated within its own row is kept once.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.ids: dict[str, int] = {}
        self.spellings: dict[str, tuple[str, int]] = {}

    def claim_id(self, row_id: str, line: int) -> None:
        if row_id in self.ids:
            raise DataFileError(self.path, line, f"duplicate id {row_id!r} (first on line {self.ids[row_id]})")
        self.ids[row_id] = line

    def claim_names(self, row_id: str, spellings: list[str], line: int) -> tuple[str, ...]:
        names: list[str] = []
        for spelling in spellings:
            check_text(spelling, self.path, line)
            key = fold_text(spelling)
            owner = self.spellings.get(key)
            if owner and owner[0] != row_id:
                raise DataFileError(self.path, line, f"{spelling!r} already names {owner[0]} (line {owner[1]})")
            if not owner:
                self.spellings[key] = (row_id, line)
                names.append(spelling)
        return tuple(names)
