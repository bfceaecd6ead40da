"""Exports of merged events: an ACLED-style CSV, GeoJSON, and flat CSV, JSON lines and Parquet tables.

The ACLED mapping (which events, which codes) is in docs/merging.md. Country numeric codes, names and
ACLED regions come from src/rasd/data/countries.tsv (built by scripts/build_countries.py), so pycountry
is not needed at run time.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from rasd.errors import RasdError
from rasd.gazetteer import Country, countries
from rasd.merge import Merged

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

# Only what was reported as having happened is an ACLED event.
ACLED_MODALITIES = frozenset({"asserted", "claimed"})
TIME_PRECISION = {"day": "1", "week": "2", "month": "3", "year": "3"}
GEO_PRECISION = {"facility": "1", "city": "1", "region": "2", "admin1": "2", "country": "3"}
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# Sub-event types ACLED counts as both political violence and demonstrations.
BOTH_DISORDERS = frozenset({"Excessive force against protesters", "Mob violence"})
# ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
# 6 protesters, 7 civilians, 8 external/other forces. Identity militias (4) are not a rasd role.
INTER = {
    "government": 1,
    "military": 1,
    "police": 1,
    "armed_group": 2,
    "political_party": 3,
    "protesters": 6,
    "civilians": 7,
    "media": 7,
    "igo": 8,
    "other": 8,
}
# Unnamed actors get ACLED's generic names.
_GENERIC = {
    "military": "Military Forces of {}",
    "police": "Police Forces of {}",
    "government": "Government of {}",
    "armed_group": "Unidentified Armed Group ({})",
    "protesters": "Protesters ({})",
    "civilians": "Civilians ({})",
    "media": "Civilians ({})",
}
# ACLED source scales, in the order a combination is written ("National-International").
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
SOURCE_SCALE = {
    "witness": "Local",
    "official": "National",
    "outlet_own": "National",
    "media": "National",
    "anonymous": "National",
    "wire": "International",
    "perpetrator_claim": "New media",
    "ngo": "Other",
}
# Source kinds that name a publisher or organisation worth listing in ACLED's `source`.
NAMED_SOURCE_KINDS = frozenset({"wire", "media", "official", "ngo", "perpetrator_claim"})

# The flat table (CSV, JSON lines, Parquet, GeoJSON properties): one row per merged event.
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("date", "string"),
    ("date_precision", "string"),
    ("plover", "string"),
    ("acled_event_type", "string"),
    ("acled_sub_event_type", "string"),
    ("modality", "string"),
    ("location", "string"),
    ("location_text", "string"),
    ("location_kind", "string"),
    ("country", "string"),
    ("admin1", "string"),
    ("latitude", "double"),
    ("longitude", "double"),
    ("actor1", "string"),
    ("actor1_text", "string"),
    ("actor1_country", "string"),
    ("actor1_role", "string"),
    ("actor2", "string"),
    ("actor2_text", "string"),
    ("actor2_country", "string"),
    ("actor2_role", "string"),
    ("fatalities", "int64"),
    ("fatalities_min", "int64"),
    ("fatalities_max", "int64"),
    ("injuries", "int64"),
    ("injuries_min", "int64"),
    ("injuries_max", "int64"),
    ("outlets", "string"),
    ("n_outlets", "int64"),
    ("sources", "string"),
    ("source_kinds", "string"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("members", "string"),
    ("n_members", "int64"),
    ("explanations", "string"),
)
FLAT_NAMES = tuple(name for name, _ in FLAT_COLUMNS)

Value = str | int | float | None


class ExportError(RasdError):
    """An export cannot be written or read back, or an event cannot be exported as asked."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


# ---------------------------------------------------------------- countries


# ---------------------------------------------------------------- ACLED


def acled_problem(event: Merged) -> str | None:
    """Why an event is not exported to ACLED, or None when it is."""
    if event.acled is None:
        return f"{event.plover} has no ACLED type"
    if event.modality not in ACLED_MODALITIES:
        return f"a {event.modality} event did not happen"
    if event.date is None:
        return "no date"
    if event.location is None or not event.location.get("country"):
        return "no place with a country"
    return None


def _country(code: Any) -> Country | None:
    return countries().get(str(code)) if code else None


def _actor_name(actor: Mapping[str, Any] | None, riot: bool) -> str:
    if actor is None:
        return ""
    if actor.get("canonical"):
        return str(actor["canonical"])
    country = _country(actor.get("country"))
    role = "rioters" if riot and actor.get("role") == "protesters" else actor.get("role")
    if role == "rioters" and country is not None:
        return f"Rioters ({country.name})"
    if country is not None and role in _GENERIC:
        return _GENERIC[str(role)].format(country.name)
    return str(actor.get("text") or "")


def _inter(actor: Mapping[str, Any] | None, riot: bool, place: Country | None) -> int:
    if actor is None:
        return 0
    code = INTER.get(str(actor.get("role")), 8)
    if code == 6 and riot:
        return 5
    if code == 1 and place is not None and actor.get("country") and actor["country"] != place.iso3:
        return 8  # state forces acting outside their own country
    return code


def _interaction(first: int, second: int) -> str:
    codes = sorted(c for c in (first, second) if c)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0"


def _named_sources(event: Merged) -> list[str]:
    names = list(event.outlets)
    for s in event.sources:
        name = s.get("canonical") or s.get("text")
        if s.get("kind") in NAMED_SOURCE_KINDS and name and name not in names:
            names.append(str(name))
    return names


def _scale(event: Merged) -> str:
    kinds = {SOURCE_SCALE.get(str(s.get("kind")), "Other") for s in event.sources}
    return "-".join(s for s in SCALES if s in kinds)


def _admin1(place: Mapping[str, Any]) -> str:
    if place.get("admin1"):
        return str(place["admin1"])
    return str(place.get("canonical") or place.get("text") or "") if place.get("kind") == "admin1" else ""


def _coordinate(value: Any) -> str:
    return f"{float(value):.4f}" if value is not None else ""


def _tags(event: Merged) -> str:
    tags = []
    if event.fatalities is None:
        tags.append("fatalities=no report")
    if event.fatalities_range and event.fatalities_range[0] != event.fatalities_range[1]:
        tags.append(f"fatalities reported={event.fatalities_range[0]}-{event.fatalities_range[1]}")
    if event.injuries is not None:
        tags.append(f"injuries={event.injuries}")
    if event.injuries_range and event.injuries_range[0] != event.injuries_range[1]:
        tags.append(f"injuries reported={event.injuries_range[0]}-{event.injuries_range[1]}")
    if event.modality != "asserted":
        tags.append(f"modality={event.modality}")
    return "; ".join(tags)


def _number(event_id: str) -> int:
    """The decimal value of the id's hex digits ("ev-0a1b2c3d4e5f"); of its SHA-1 for any other id."""
    digits = event_id.rsplit("-", 1)[-1]
    try:
        return int(digits, 16)
    except ValueError:
        return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12], 16)


def _timestamp(day: str | None) -> str:
    if day is None:
        return ""
    return str(int(datetime.combine(date.fromisoformat(day), datetime.min.time(), UTC).timestamp()))


def acled_row(event: Merged) -> dict[str, str]:
    """One ACLED-style row (ACLED_COLUMNS, all strings); ExportError when the event is not an ACLED event."""
    problem = acled_problem(event)
    if problem is not None:
        raise ExportError(event.id, f"not an ACLED event: {problem}")
    assert event.acled is not None and event.date is not None and event.location is not None
    event_type, sub_event_type = event.acled
    riot = event_type == "Riots"
    place = event.location
    country = _country(place.get("country"))
    inter1 = _inter(event.actor1, riot, country)
    inter2 = _inter(event.actor2, riot, country)
    disorder = DISORDER_TYPE.get(event_type, "")
    if sub_event_type in BOTH_DISORDERS:
        disorder = "Political violence; Demonstrations"
    targeted = event.actor2 is not None and event.actor2.get("role") == "civilians"
    return {
        "event_id_cnty": f"{country.iso3 if country else 'XXX'}{_number(event.id)}",
        "event_date": event.date,
        "year": event.date[:4],
        "time_precision": TIME_PRECISION.get(event.date_precision or "day", "1"),
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": _actor_name(event.actor1, riot),
        "assoc_actor_1": "",
        "inter1": str(inter1) if inter1 else "",
        "actor2": _actor_name(event.actor2, riot),
        "assoc_actor_2": "",
        "inter2": str(inter2) if inter2 else "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if targeted else "",
        "iso": str(country.numeric) if country else "",
        "region": country.region if country else "",
        "country": country.name if country else str(place.get("country")),
        "admin1": _admin1(place),
        "admin2": "",
        "admin3": "",
        "location": str(place.get("canonical") or place.get("text") or ""),
        "latitude": _coordinate(place.get("lat")),
        "longitude": _coordinate(place.get("lon")),
        "geo_precision": GEO_PRECISION.get(str(place.get("kind")), "2"),
        "source": "; ".join(_named_sources(event)),
        "source_scale": _scale(event),
        "notes": str(event.sources[0].get("evidence") or "") if event.sources else "",
        "fatalities": str(event.fatalities or 0),
        "tags": _tags(event),
        "timestamp": _timestamp(event.last_seen or event.first_seen),
    }


@contextmanager
def _writing(path: Path | IO[str]) -> Iterator[IO[str]]:
    """A text stream to write to: `path` itself when it is one (left open), else the file opened as UTF-8."""
    if not isinstance(path, Path):
        yield path
        return
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as exc:
        raise ExportError(str(path), f"cannot write: {exc.strerror or exc}") from exc


def write_acled_csv(path: Path | IO[str], events: Iterable[Merged]) -> int:
    """Write the ACLED events among `events` (acled_problem is None) as CSV; return how many were written."""
    count = 0
    with _writing(path) as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        for event in events:
            if acled_problem(event) is None:
                writer.writerow(acled_row(event))
                count += 1
    return count


def read_acled_csv(path: Path) -> list[dict[str, str]]:
    """Read an ACLED CSV written by write_acled_csv; its header must be ACLED_COLUMNS exactly."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != ACLED_COLUMNS:
                raise ExportError(str(path), f"header is not the ACLED columns: {reader.fieldnames}")
            return [dict(row) for row in reader]
    except OSError as exc:
        raise ExportError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ExportError(str(path), f"not a UTF-8 CSV file: {exc}") from exc


# ---------------------------------------------------------------- flat tables and GeoJSON


def _joined(values: Iterable[Any], separator: str = "; ") -> str:
    return separator.join(str(v) for v in values)


def flat_row(event: Merged) -> dict[str, Value]:
    """One row of FLAT_COLUMNS: names in English where known (canonical), else the Arabic text; None for unknown."""
    place = event.location or {}
    row: dict[str, Value] = {
        "id": event.id,
        "date": event.date,
        "date_precision": event.date_precision,
        "plover": event.plover,
        "acled_event_type": event.acled[0] if event.acled else None,
        "acled_sub_event_type": event.acled[1] if event.acled else None,
        "modality": event.modality,
        "location": (place.get("canonical") or place.get("text")) if place else None,
        "location_text": place.get("text"),
        "location_kind": place.get("kind"),
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "latitude": float(place["lat"]) if place.get("lat") is not None else None,
        "longitude": float(place["lon"]) if place.get("lon") is not None else None,
    }
    for side, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
        a = actor or {}
        row[side] = (a.get("canonical") or a.get("text")) if actor else None
        row[f"{side}_text"] = a.get("text")
        row[f"{side}_country"] = a.get("country")
        row[f"{side}_role"] = a.get("role")
    for figure, value, span in (
        ("fatalities", event.fatalities, event.fatalities_range),
        ("injuries", event.injuries, event.injuries_range),
    ):
        row[figure] = value
        row[f"{figure}_min"] = span[0] if span else None
        row[f"{figure}_max"] = span[1] if span else None
    row.update(
        {
            "outlets": _joined(event.outlets),
            "n_outlets": len(event.outlets),
            "sources": _joined(
                f"{s.get('kind')}: {s.get('canonical') or s.get('text')}"
                if (s.get("canonical") or s.get("text"))
                else str(s.get("kind"))
                for s in event.sources
            ),
            "source_kinds": _joined(sorted({str(s.get("kind")) for s in event.sources})),
            "first_seen": event.first_seen,
            "last_seen": event.last_seen,
            "members": _joined(f"{a}#{i}" for a, i in event.members),
            "n_members": len(event.members),
            "explanations": _joined(event.explanations, "\n"),
        }
    )
    return {name: row[name] for name in FLAT_NAMES}


def write_csv(path: Path | IO[str], events: Iterable[Merged]) -> int:
    """The flat table as CSV (UTF-8, FLAT_COLUMNS; unknown values are empty cells); returns the row count."""
    count = 0
    with _writing(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(FLAT_NAMES)
        for event in events:
            row = flat_row(event)
            writer.writerow(["" if row[name] is None else row[name] for name in FLAT_NAMES])
            count += 1
    return count


def write_jsonl(path: Path | IO[str], events: Iterable[Merged]) -> int:
    """The flat table as JSON lines (one object per event, null for unknown); returns the row count."""
    count = 0
    with _writing(path) as handle:
        for event in events:
            handle.write(json.dumps(flat_row(event), ensure_ascii=False) + "\n")
            count += 1
    return count


def parquet_schema() -> Any:
    """The fixed pyarrow schema of the flat table."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64()}
    return pa.schema([pa.field(name, types[kind], nullable=name != "id") for name, kind in FLAT_COLUMNS])


def write_parquet(path: Path, events: Iterable[Merged]) -> int:
    """The flat table as Parquet with `parquet_schema()`; returns the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(event) for event in events]
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    try:
        pq.write_table(table, str(path))
    except OSError as exc:
        raise ExportError(str(path), f"cannot write: {exc}") from exc
    return len(rows)


def to_geojson(events: Iterable[Merged]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Point feature ([lon, lat]) per event with coordinates, the flat
    row as its properties. Events with no coordinates are left out; their ids are listed in the
    collection's foreign member "omitted" (RFC 7946 section 6.1)."""
    features: list[dict[str, Any]] = []
    omitted: list[str] = []
    for event in events:
        row = flat_row(event)
        lat, lon = row.pop("latitude"), row.pop("longitude")
        if lat is None or lon is None:
            omitted.append(event.id)
            continue
        features.append(
            {
                "type": "Feature",
                "id": event.id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": row,
            }
        )
    return {"type": "FeatureCollection", "features": features, "omitted": omitted}
