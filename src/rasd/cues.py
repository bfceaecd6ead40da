"""Arabic cue words for the event stage, from data/cues.yaml.

Modality (reporting, claimed, planned, denied, hypothetical), source kinds (attribution,
anonymous, witness, ngo, wire, media), casualty words, number words, nationality and group
adjectives, institution head nouns by actor role, and official titles. Every form is kept
folded (rasd.normalise.fold_text), in file order; the file is validated on load and every
problem is a DataFileError with file:line.

Number words: cues.yaml lists only what time.yaml lacks; `Cues.numbers` is both files
merged, plus the compounds "unit و tens" (خمسة وعشرون = 25) built from their units and tens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasd.actors import ROLES
from rasd.errors import DataFileError
from rasd.normalise import fold_text
from rasd.resources import Located, check_text, data_path, expect_list, expect_mapping, read_sections
from rasd.time import lexicon as time_lexicon

LIST_SECTIONS = (
    "reporting",
    "attribution",
    "anonymous",
    "witness",
    "ngo",
    "wire",
    "media",
    "claimed",
    "planned",
    "denied",
    "negation",
    "hypothetical",
    "titles",
)
SECTIONS = (*LIST_SECTIONS, "casualties", "numbers", "nationalities", "groups", "institutions")
CASUALTY_KINDS = ("killed", "injured", "none", "vague", "singular_people")
MAX_NUMBER = 1_000_000

_ISO3 = re.compile(r"[A-Z]{3}")
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")


@dataclass(frozen=True, slots=True)
class Casualties:
    """Folded casualty words: deaths, injuries, explicit none, counts without a number, one person."""

    killed: tuple[str, ...]
    injured: tuple[str, ...]
    none: tuple[str, ...]
    vague: tuple[str, ...]
    singular_people: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue vocabulary of data/cues.yaml; every form folded."""

    reporting: tuple[str, ...]
    attribution: tuple[str, ...]
    anonymous: tuple[str, ...]
    witness: tuple[str, ...]
    ngo: tuple[str, ...]
    wire: tuple[str, ...]
    media: tuple[str, ...]
    claimed: tuple[str, ...]
    planned: tuple[str, ...]
    denied: tuple[str, ...]
    negation: tuple[str, ...]
    hypothetical: tuple[str, ...]
    casualties: Casualties
    numbers: dict[str, int]
    nationalities: dict[str, tuple[str, ...]]  # ISO3 -> adjective forms
    groups: dict[str, tuple[str, ...]]  # English description -> adjective forms
    institutions: dict[str, tuple[str, ...]]  # actor role -> head nouns
    titles: tuple[str, ...]


class _Claims:
    """Folded forms already used by some key of a section, so that no form has two keys."""

    def __init__(self, path: str, what: str) -> None:
        self.path = path
        self.what = what
        self.owners: dict[str, tuple[str, str, int]] = {}  # folded -> (key, written, line)

    def claim(self, key: str, forms: dict[str, tuple[str, int]]) -> None:
        for folded, (written, line) in forms.items():
            owner = self.owners.get(folded)
            if owner is not None:
                raise DataFileError(
                    self.path,
                    line,
                    f"{self.what}: {written!r} is under both {owner[0]} and {key}"
                    f" (first {owner[1]!r}, line {owner[2]})",
                )
            self.owners[folded] = (key, written, line)


def _form(item: Located, path: str, what: str) -> str:
    """One written form, checked; returned as written."""
    if not isinstance(item.value, str):
        raise DataFileError(path, item.line, f"{what}: {item.value!r} must be Arabic text (quote it if need be)")
    text = check_text(item.value, path, item.line)
    if _DIACRITICS.search(text):
        raise DataFileError(path, item.line, f"{what}: {text!r} carries diacritics; list it unvocalised")
    return text


def _forms(section: object, path: str, line: int, what: str) -> dict[str, tuple[str, int]]:
    """A list of forms: folded -> (written, line), in file order; none empty, none twice."""
    items = expect_list(section, path, line, what)
    if not items:
        raise DataFileError(path, line, f"{what} is empty")
    out: dict[str, tuple[str, int]] = {}
    for item in items:
        text = _form(item, path, what)
        folded = fold_text(text)
        if folded in out:
            first, first_line = out[folded]
            same = "listed twice" if first == text else f"the same as {first!r} after folding"
            raise DataFileError(path, item.line, f"{what}: {text!r} is {same} (line {first_line})")
        out[folded] = (text, item.line)
    return out


def _string_key(key: Located, path: str, what: str) -> str:
    if not isinstance(key.value, str) or not key.value.strip() or key.value != key.value.strip():
        raise DataFileError(path, key.line, f"{what}: key {key.value!r} must be a non-empty name")
    return key.value


def _casualties(section: object, path: str, line: int) -> Casualties:
    kinds = expect_mapping(section, path, line, "casualties")
    lists: dict[str, dict[str, tuple[str, int]]] = {}
    for key, value in kinds.items():
        if key.value not in CASUALTY_KINDS:
            raise DataFileError(path, key.line, f"casualties: {key.value!r} is not one of {', '.join(CASUALTY_KINDS)}")
        lists[key.value] = _forms(value, path, key.line, f"casualties {key.value}")
    for kind in CASUALTY_KINDS:
        if kind not in lists:
            raise DataFileError(path, line, f"casualties needs {kind!r}")
    for folded, (written, at) in lists["injured"].items():
        if folded in lists["killed"]:
            first, first_line = lists["killed"][folded]
            raise DataFileError(
                path, at, f"casualties: {written!r} is under both killed (as {first!r}, line {first_line}) and injured"
            )
    return Casualties(*(tuple(lists[kind]) for kind in CASUALTY_KINDS))


def _numbers(section: object, path: str, line: int) -> dict[str, int]:
    """cues.yaml numbers merged with time.yaml's, plus "unit و tens" compounds."""
    out = dict(time_lexicon().numbers)
    from_time = set(out)
    lines: dict[str, tuple[str, int]] = {}  # folded -> (written, line), for this file's words
    for key, words in expect_mapping(section, path, line, "numbers").items():
        value = key.value
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_NUMBER:
            raise DataFileError(path, key.line, f"numbers: key {value!r} must be a whole number from 0 to {MAX_NUMBER}")
        for folded, (written, at) in _forms(words, path, key.line, f"numbers {value}").items():
            if folded in from_time:
                raise DataFileError(
                    path, at, f"numbers: {written!r} is already in time.yaml (as {out[folded]}); list it once, there"
                )
            if folded in out:
                raise DataFileError(
                    path, at, f"numbers: {written!r} is listed twice (first on line {lines[folded][1]})"
                )
            out[folded] = value
            lines[folded] = (written, at)
    units = [(w, v) for w, v in out.items() if 1 <= v <= 9 and " " not in w]
    tens = [(w, v) for w, v in out.items() if v in range(20, 100, 10) and " " not in w]
    for unit, u in units:
        for ten, t in tens:
            compound = f"{unit} و{ten}"
            if compound in out and out[compound] != u + t:
                written, at = lines.get(compound, (compound, line))
                raise DataFileError(path, at, f"numbers: {written!r} must be {u + t}, not {out[compound]}")
            out.setdefault(compound, u + t)
    return out


def _keyed(
    section: object, path: str, line: int, what: str, claims: _Claims, check_key: str
) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for key, value in expect_mapping(section, path, line, what).items():
        if check_key == "iso3":
            if not isinstance(key.value, str) or not _ISO3.fullmatch(key.value):
                raise DataFileError(
                    path, key.line, f"{what}: {key.value!r} must be an ISO 3166-1 alpha-3 code (three capitals)"
                )
            name = key.value
        elif check_key == "role":
            if key.value not in ROLES:
                raise DataFileError(
                    path, key.line, f"{what}: role {key.value!r} is not one of {', '.join(sorted(ROLES))}"
                )
            name = key.value
        else:
            name = _string_key(key, path, what)
        forms = _forms(value, path, key.line, f"{what} {name}")
        claims.claim(name, forms)
        out[name] = tuple(forms)
    if not out:
        raise DataFileError(path, line, f"{what} is empty")
    return out


def load_cues(path: str | Path | None = None) -> Cues:
    """Load and validate a cue file (default: the shipped data/cues.yaml)."""
    file = data_path("cues.yaml") if path is None else Path(path)
    name = str(file)
    sections = read_sections(file, SECTIONS)

    def words(section: str) -> tuple[str, ...]:
        line, value = sections[section]
        return tuple(_forms(value, name, line, section))

    def keyed(section: str, claims: _Claims, check_key: str) -> dict[str, tuple[str, ...]]:
        line, value = sections[section]
        return _keyed(value, name, line, section, claims, check_key)

    adjectives = _Claims(name, "nationalities and groups")
    nationalities = keyed("nationalities", adjectives, "iso3")
    groups = keyed("groups", adjectives, "name")
    institutions = keyed("institutions", _Claims(name, "institutions"), "role")
    return Cues(
        reporting=words("reporting"),
        attribution=words("attribution"),
        anonymous=words("anonymous"),
        witness=words("witness"),
        ngo=words("ngo"),
        wire=words("wire"),
        media=words("media"),
        claimed=words("claimed"),
        planned=words("planned"),
        denied=words("denied"),
        negation=words("negation"),
        hypothetical=words("hypothetical"),
        casualties=_casualties(sections["casualties"][1], name, sections["casualties"][0]),
        numbers=_numbers(sections["numbers"][1], name, sections["numbers"][0]),
        nationalities=nationalities,
        groups=groups,
        institutions=institutions,
        titles=words("titles"),
    )


@cache
def cues() -> Cues:
    """The shipped cue vocabulary, loaded once."""
    return load_cues()


__all__ = ["CASUALTY_KINDS", "ROLES", "SECTIONS", "Casualties", "Cues", "cues", "load_cues"]
