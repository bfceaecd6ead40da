"""The actor dictionary (data/actors.tsv): who acts in the news, validated on load.

Each actor has an English canonical name, a home country (ISO alpha-3, or none
for IGOs and transnational groups), a role from the event schema, the entity
type it is written as, and every Arabic press name. Matching them in text is the
names stage's work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasd.errors import DataFileError
from rasd.gazetteer import places
from rasd.resources import Owners, data_path, read_tsv

COLUMNS = ("id", "canonical", "country", "role", "type", "aliases_ar", "note")
SEAT_COLUMNS = ("actor", "place", "note")
ROLES = frozenset(
    {
        "government",
        "military",
        "armed_group",
        "police",
        "civilians",
        "protesters",
        "igo",
        "political_party",
        "media",
        "other",
    }
)
TYPES = frozenset({"ORG", "PER", "GPE", "NORP"})
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    canonical: str
    country: str | None
    role: str
    type: str
    names: tuple[str, ...]


def load_actors(path: Path) -> list[Actor]:
    """Every row of an actor file; a bad row raises DataFileError at its line."""
    name = str(path)
    actors: list[Actor] = []
    owners = Owners(name)
    for row in read_tsv(path, COLUMNS, frozenset({"country", "note"})):
        c, line = row.cells, row.line
        if not _ID.match(c["id"]):
            raise DataFileError(name, line, f"id {c['id']!r} must be lowercase ascii words joined by '-'")
        owners.claim_id(c["id"], line)
        if c["role"] not in ROLES:
            raise DataFileError(name, line, f"role {c['role']!r} is not one of {', '.join(sorted(ROLES))}")
        if c["type"] not in TYPES:
            raise DataFileError(name, line, f"type {c['type']!r} is not one of {', '.join(sorted(TYPES))}")
        if c["country"] and not _ISO3.match(c["country"]):
            raise DataFileError(name, line, f"country {c['country']!r} must be an ISO 3166-1 alpha-3 code or empty")
        names = owners.claim_names(c["id"], c["aliases_ar"].split("|"), line)
        actors.append(Actor(c["id"], c["canonical"], c["country"] or None, c["role"], c["type"], names))
    return actors


@cache
def actors() -> tuple[Actor, ...]:
    return tuple(load_actors(data_path("actors.tsv")))


def load_seats(path: Path, known_actors: tuple[Actor, ...], place_ids: frozenset[str]) -> dict[str, str]:
    """Where each international body of a seats file sits: actor canonical name -> place id. A row naming an actor
    or a place that the actor list or the gazetteer lacks, or an actor twice, raises DataFileError at its line."""
    name = str(path)
    by_id = {a.id: a for a in known_actors}
    seats: dict[str, str] = {}
    lines: dict[str, int] = {}
    for row in read_tsv(path, SEAT_COLUMNS, frozenset({"note"})):
        c, line = row.cells, row.line
        actor = by_id.get(c["actor"])
        if actor is None:
            raise DataFileError(name, line, f"actor {c['actor']!r} is no id of actors.tsv")
        if c["place"] not in place_ids:
            raise DataFileError(name, line, f"place {c['place']!r} is no id of the gazetteer (places.tsv)")
        if c["actor"] in lines:
            raise DataFileError(name, line, f"actor {c['actor']!r} has a seat already (line {lines[c['actor']]})")
        lines[c["actor"]] = line
        seats[actor.canonical] = c["place"]
    return seats


@cache
def seats() -> dict[str, str]:
    """data/seats.tsv: where the international bodies sit, by actor canonical name (a place id of places.tsv)."""
    return load_seats(data_path("seats.tsv"), actors(), frozenset(p.id for p in places()))
