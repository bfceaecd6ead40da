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
from rasd.resources import Owners, data_path, read_tsv

COLUMNS = ("id", "canonical", "country", "role", "type", "aliases_ar", "note")
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
