"""Hand-curated places (facilities, regions, seas) from data/*.tsv, validated on load.

These rows are what automatic sources miss: bases, airports, ports, border
crossings, camps, prisons, hospitals, regions and seas as the Arabic press names
them. Matching them in text is the names stage's work; this module only loads
and checks the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasd.errors import DataFileError
from rasd.resources import Owners, data_path, read_tsv

COLUMNS = ("id", "name_ar", "aliases_ar", "canonical", "kind", "country", "admin1", "lat", "lon", "note")
OPTIONAL = frozenset({"aliases_ar", "admin1", "note"})
FACILITY_KINDS = frozenset(
    {
        "base",
        "airport",
        "port",
        "crossing",
        "oilfield",
        "gasfield",
        "refinery",
        "camp",
        "prison",
        "hospital",
        "dam",
        "power_plant",
        "government_building",
        "other",
    }
)
REGION_KINDS = frozenset({"region", "sea"})
_SLUG = re.compile(r"^[a-z]{2}-[a-z0-9-]+$")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with its coordinates; `names` are the Arabic spellings (name first)."""

    id: str
    names: tuple[str, ...]
    canonical: str
    kind: str
    country: str
    admin1: str | None
    lat: float
    lon: float


def load_places(path: Path, kinds: frozenset[str]) -> list[Place]:
    """Rows of one gazetteer file; any bad row raises DataFileError at its line."""
    name = str(path)
    places: list[Place] = []
    owners = Owners(name)
    for row in read_tsv(path, COLUMNS, OPTIONAL):
        c = row.cells
        line = row.line
        if not _SLUG.match(c["id"]):
            raise DataFileError(name, line, f"id {c['id']!r} must look like 'iq-ain-al-asad-airbase'")
        owners.claim_id(c["id"], line)
        if c["kind"] not in kinds:
            raise DataFileError(name, line, f"kind {c['kind']!r} is not one of {', '.join(sorted(kinds))}")
        if not _ISO2.match(c["country"]):
            raise DataFileError(name, line, f"country {c['country']!r} must be an ISO 3166-1 alpha-2 code")
        try:
            lat, lon = float(c["lat"]), float(c["lon"])
        except ValueError as exc:
            raise DataFileError(name, line, f"lat/lon {c['lat']!r}, {c['lon']!r} are not numbers") from exc
        # the region rasd covers: the Maghreb to Iran, Turkey to the Comoros
        if not (-15 <= lat <= 45 and -20 <= lon <= 65):
            raise DataFileError(name, line, f"coordinates {lat}, {lon} are outside the Middle East and North Africa")
        aliases = c["aliases_ar"].split("|") if c["aliases_ar"] else []
        names = owners.claim_names(c["id"], [c["name_ar"], *aliases], line)
        places.append(Place(c["id"], names, c["canonical"], c["kind"], c["country"], c["admin1"] or None, lat, lon))
    return places


@cache
def facilities() -> tuple[Place, ...]:
    return tuple(load_places(data_path("facilities.tsv"), FACILITY_KINDS))


@cache
def regions() -> tuple[Place, ...]:
    return tuple(load_places(data_path("regions.tsv"), REGION_KINDS))
