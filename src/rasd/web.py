"""The web page's data: every event as one compact table for the map, timeline and filters, the marks
that highlight an evidence sentence, and a stored article's text. docs/web.md describes the page.

The page itself is static (src/rasd/static/): `rasd serve` serves it at `/` next to the API.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from rasd.normalise import fold_char_table, fold_drop_pattern, fold_text
from rasd.store import Store
from rasd.timex import tag

# The columns of `overview`, in order; docs/web.md and app.js read them by these names.
OVERVIEW_FIELDS = (
    "id",
    "date",
    "precision",
    "plover",
    "acled_type",
    "acled_sub_type",
    "country",
    "admin1",
    "place",
    "lat",
    "lon",
    "actor1",
    "actor2",
    "modality",
    "source_kinds",
    "outlets",
    "fatalities",
    "injuries",
)
# Columns sent as an index into a list of their distinct values: most values repeat across events.
_CODED = ("precision", "plover", "acled_type", "acled_sub_type", "country", "admin1", "modality", "source_kinds")


def static_dir() -> Any:
    """The folder of the page's files inside the installed package."""
    return resources.files("rasd") / "static"


@dataclass(frozen=True, slots=True)
class PageFile:
    """One of the page's files, read once: as is and gzipped, with its type and a validator."""

    body: bytes
    packed: bytes
    media_type: str
    etag: str


_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
}


def page_files() -> dict[str, PageFile]:
    """The page's files by name. Only these names are served, so no path can reach outside the folder."""
    found: dict[str, PageFile] = {}
    for entry in static_dir().iterdir():
        media_type = _MEDIA_TYPES.get("." + entry.name.rsplit(".", 1)[-1])
        if media_type is None or not entry.is_file():
            continue
        body = entry.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        found[entry.name] = PageFile(body, gzip.compress(body, compresslevel=9, mtime=0), media_type, etag)
    return found


def overview(store: Store) -> dict[str, Any]:
    """All merged events, column by column, for the page to filter, map and chart without asking again.

    {"n": events, "columns": {field: [value per event]}, "values": {coded field: [distinct values]},
    "places": [[Arabic text, English name, kind]], "actors": [[Arabic text, English name, folded]],
    "fold": {...}, "drop": "..."}. A coded column holds indexes into its `values` (null stays null);
    `place`, `actor1` and `actor2` hold indexes into `places` and `actors`. An actor's `folded` text is
    what the actor filter searches, folded and lower-cased as `rasd events --actor` folds; `fold` and
    `drop` are rasd.normalise's folding table, so the page folds a query the same way. `outlets` counts
    the named outlets that reported the event, at least 1; `source_kinds` the kinds of its sources.
    """
    columns: dict[str, list[Any]] = {name: [] for name in OVERVIEW_FIELDS}
    coded: dict[str, dict[Any, int]] = {name: {} for name in _CODED}
    places: dict[tuple[Any, ...], int] = {}
    actors: dict[tuple[Any, ...], int] = {}

    def code(name: str, value: Any) -> int | None:
        if value is None:
            return None
        return coded[name].setdefault(value, len(coded[name]))

    def index(table: dict[tuple[Any, ...], int], key: tuple[Any, ...] | None) -> int | None:
        return None if key is None else table.setdefault(key, len(table))

    for row in store.overview():
        (event_id, day, precision, plover, acled_type, acled_sub_type, country, admin1, location, lat, lon,
         actor1, actor2, modality, n_outlets, fatalities, injuries, sources) = row  # fmt: skip
        kinds = tuple(sorted({str(s["kind"]) for s in sources or () if s.get("kind")}))
        where = (location.get("text"), location.get("canonical"), location.get("kind")) if location else None
        values = {
            "id": event_id,
            "date": day,
            "place": index(places, where),
            "lat": lat,
            "lon": lon,
            "actor1": index(actors, _actor(actor1)),
            "actor2": index(actors, _actor(actor2)),
            "outlets": max(n_outlets or 0, 1),
            "fatalities": fatalities,
            "injuries": injuries,
            "precision": code("precision", precision),
            "plover": code("plover", plover),
            "acled_type": code("acled_type", acled_type),
            "acled_sub_type": code("acled_sub_type", acled_sub_type),
            "country": code("country", country),
            "admin1": code("admin1", admin1),
            "modality": code("modality", modality),
            "source_kinds": code("source_kinds", kinds),
        }
        for name in OVERVIEW_FIELDS:
            columns[name].append(values[name])
    return {
        "n": len(columns["id"]),
        "columns": columns,
        "values": {name: [list(v) if isinstance(v, tuple) else v for v in table] for name, table in coded.items()},
        "places": [list(p) for p in places],
        "actors": [[text, canonical, _folded(text, canonical)] for text, canonical in actors],
        "fold": fold_char_table(),
        "drop": fold_drop_pattern(),
    }


def _actor(actor: Mapping[str, Any] | None) -> tuple[Any, ...] | None:
    return (actor.get("text"), actor.get("canonical")) if actor else None


def _folded(*names: str | None) -> str:
    return "\n".join(fold_text(name).lower() for name in names if name)


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted stretch [start, end) of an evidence sentence: what it is and, for dates, the day."""

    kind: str  # trigger | actor1 | actor2 | place | date
    start: int
    end: int
    value: str | None = None


def marks(reported: Mapping[str, Any], published: str | None) -> list[Mark]:
    """Where the trigger, actors, place and date expressions lie in one report's evidence sentence.

    The trigger has offsets in the article; the actors and the place are found by their text, nearest to
    the trigger; date expressions are tagged afresh in the sentence against the article's date. Marks do
    not overlap: the earlier kind in that order wins.
    """
    evidence = str(reported.get("evidence") or "")
    base = reported.get("start")
    trigger = reported.get("trigger") or {}
    found: list[Mark] = []
    anchor_at = 0
    if isinstance(base, int) and isinstance(trigger.get("start"), int) and isinstance(trigger.get("end"), int):
        start, end = trigger["start"] - base, trigger["end"] - base
        if 0 <= start < end <= len(evidence):
            found.append(Mark("trigger", start, end))
            anchor_at = start
    for kind in ("actor1", "actor2"):
        actor = reported.get(kind)
        if isinstance(actor, Mapping):
            _add_text(found, evidence, kind, actor.get("text"), anchor_at)
    for location in reported.get("locations") or ():
        if isinstance(location, Mapping):
            _add_text(found, evidence, "place", location.get("text"), anchor_at)
    anchor = _date(published)
    if anchor is not None and evidence:
        for t in tag(evidence, anchor):
            _add(found, Mark("date", t.start, t.end, t.value.isoformat()))
    return sorted(found, key=lambda m: (m.start, m.end))


def _add_text(found: list[Mark], evidence: str, kind: str, text: Any, near: int) -> None:
    if not isinstance(text, str) or not text.strip():
        return
    hits = [m.start() for m in re.finditer(re.escape(text), evidence)]
    for start in sorted(hits, key=lambda s: abs(s - near)):
        if _add(found, Mark(kind, start, start + len(text))):
            return


def _add(found: list[Mark], mark: Mark) -> bool:
    if any(mark.start < m.end and m.start < mark.end for m in found):
        return False
    found.append(mark)
    return True


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
