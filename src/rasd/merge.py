"""Merging: the same real-world event, reported by many articles, becomes one record.

Each article's events (`Reported`) are compared pairwise by the rules in docs/merging.md (same
PLOVER type, compatible dates, the same place, compatible actors) and clustered greedily in a fixed
order, so the same input in any order gives the same output. Wire copies (`near_duplicates`) are
linked to the story they copy and counted once. Every member carries a one-line explanation of the
rule that let it in.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from rasd.errors import RasdError
from rasd.normalise import fold

PRECISIONS = ("day", "week", "month", "year")
# Most specific first: the representative place is the most specific one reported.
PLACE_KINDS = ("facility", "city", "region", "admin1", "country")
POINT_KINDS = frozenset({"facility", "city"})
MAX_KM = 25.0
# An event with no date, from an article published on day P, is taken to lie in [P - 7 days, P].
UNDATED_WINDOW_DAYS = 7
STATE_ROLES = frozenset({"government", "military", "police"})
# Modalities of something that happened merge with each other; a plan or a hypothesis only with its own kind.
HAPPENED = frozenset({"asserted", "claimed", "denied"})
# The merged modality is the first of these any member has.
MODALITY_ORDER = ("asserted", "claimed", "denied", "planned", "hypothetical")
SHINGLE_WORDS = 5
NUM_PERM = 128
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch 2 names its hash schemes; stored signatures must keep theirs
# A cluster whose days span less than this is filed under each of its days; a longer one under its PLOVER type.
_INDEX_DAYS = 31

_WORD = re.compile(r"\w+")
T = TypeVar("T")


class MergeError(RasdError, ValueError):
    """An event cannot be merged as given (a missing or malformed field); names the member."""


@dataclass(frozen=True, slots=True)
class Reported:
    """One event in one article."""

    article_id: str
    outlet: str | None
    published: date | None
    index: int  # position of the event in the article's list
    event: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Merged:
    """One real-world event and every report of it; docs/merging.md says how each field is chosen."""

    id: str
    plover: str
    acled: tuple[str, str] | None
    date: str | None
    date_precision: str | None
    location: Mapping[str, Any] | None
    actor1: Mapping[str, Any] | None
    actor2: Mapping[str, Any] | None
    modality: str
    fatalities: int | None  # the most conservative figure: the smallest reported
    injuries: int | None
    fatalities_range: tuple[int, int] | None
    injuries_range: tuple[int, int] | None
    outlets: tuple[str, ...]
    sources: tuple[Mapping[str, Any], ...]
    first_seen: str | None
    last_seen: str | None
    members: tuple[tuple[str, int], ...]
    explanations: tuple[str, ...]


# ---------------------------------------------------------------- near-duplicate articles


def _shingles(text: str) -> set[str]:
    """Word 5-grams of the folded text (rasd.normalise folding, as fold_text, without its cache: whole
    articles would fill it; words are runs of letters and digits, so punctuation edits do not count)."""
    words = _WORD.findall(fold(text).text)
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


@dataclass(frozen=True, slots=True)
class TextPrint:
    """What near-duplicate detection needs of one text, computed once and kept (the store keeps one per
    article, so a rebuild does not re-read every text): its shingles as sorted 64-bit hashes (BLAKE2b),
    and their MinHash signature (NUM_PERM values; empty for a text with no words)."""

    shingles: tuple[int, ...]
    minhash: tuple[int, ...]


def text_print(text: str) -> TextPrint:
    hashed = sorted({_hash64(s) for s in _shingles(text)})
    if not hashed:
        return TextPrint((), ())
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=_low32, scheme=MINHASH_SCHEME)
    m.update_batch(hashed)
    return TextPrint(tuple(hashed), tuple(int(v) for v in m.hashvalues))


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "little")


def _low32(value: int) -> int:
    return value & 0xFFFFFFFF


def near_duplicates(texts: Mapping[str, str], threshold: float = 0.8) -> dict[str, str]:
    """article id -> id of the earliest-sorted article it near-duplicates (wire copies); see
    `near_duplicates_of`, which this calls with each text's `text_print`."""
    return near_duplicates_of({i: text_print(t) for i, t in texts.items()}, threshold)


def near_duplicates_of(prints: Mapping[str, TextPrint], threshold: float = 0.8) -> dict[str, str]:
    """article id -> id of the earliest-sorted article it near-duplicates (wire copies).

    MinHash LSH (datasketch, fixed seed) over word 5-gram shingles of the folded text finds the
    candidates; a candidate counts when the Jaccard similarity of the two shingle sets (compared by
    their 64-bit hashes) is at least `threshold`. Ids are taken in sorted order and every value is the
    root of its group (the earliest-sorted article), never itself a key. Only duplicates appear as
    keys; an empty text has no duplicates.
    """
    if not 0.0 < threshold <= 1.0:
        raise MergeError(f"near-duplicate threshold {threshold!r} must be in (0, 1]")
    from datasketch import MinHash, MinHashLSH

    ids = sorted(i for i in prints if prints[i].shingles)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, Any] = {}
    for i in ids:
        m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashvalues=list(prints[i].minhash), scheme=MINHASH_SCHEME)
        hashes[i] = m
        lsh.insert(i, m)
    order = {i: n for n, i in enumerate(ids)}
    sets: dict[str, frozenset[int]] = {}

    def shingles(i: str) -> frozenset[int]:
        if i not in sets:
            sets[i] = frozenset(prints[i].shingles)
        return sets[i]

    found: dict[str, str] = {}
    for i in ids:
        earlier = sorted((c for c in lsh.query(hashes[i]) if order[c] < order[i]), key=order.__getitem__)
        for candidate in earlier:
            a, b = shingles(i), shingles(candidate)
            if len(a & b) / len(a | b) >= threshold:
                found[i] = found.get(candidate, candidate)
                break
    return found


def _roots(duplicates: Mapping[str, str] | None) -> Callable[[str], str]:
    """The group root of an article: follow the duplicate links (a cycle resolves to its smallest id)."""
    links = dict(duplicates or {})

    def root(article: str) -> str:
        seen = [article]
        while seen[-1] in links and links[seen[-1]] not in seen:
            seen.append(links[seen[-1]])
        if seen[-1] in links:  # a cycle
            return min(seen[seen.index(links[seen[-1]]) :])
        return seen[-1]

    return root


# ---------------------------------------------------------------- one report, checked


@dataclass(frozen=True, slots=True)
class _Place:
    """A location of a report, with what the rules compare precomputed."""

    data: Mapping[str, Any]
    kind: str
    rank: int  # index in PLACE_KINDS: 0 the most specific
    country: str | None
    admin1: str | None  # an admin1 place's own name when its admin1 field is empty
    name: str
    lat: float | None  # radians
    lon: float | None

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> _Place:
        kind = str(data["kind"])
        admin1 = data.get("admin1")
        if admin1 is None and kind == "admin1":
            admin1 = data.get("canonical") or data.get("text")
        lat, lon = data.get("lat"), data.get("lon")
        return cls(
            data=data,
            kind=kind,
            rank=PLACE_KINDS.index(kind),
            country=data.get("country") or None,
            admin1=str(admin1) if admin1 is not None else None,
            name=_place_name(data),
            lat=math.radians(float(lat)) if lat is not None and lon is not None else None,
            lon=math.radians(float(lon)) if lat is not None and lon is not None else None,
        )


@dataclass(frozen=True, slots=True)
class _Item:
    reported: Reported
    group: str  # the near-duplicate group (root article id)
    plover: str
    modality: str
    when: date | None
    precision: str | None
    interval: tuple[date, date] | None
    places: tuple[_Place, ...]
    actor1: Mapping[str, Any] | None
    actor2: Mapping[str, Any] | None
    evidence: str
    folded_evidence: str
    battle: bool

    @property
    def key(self) -> tuple[str, int]:
        return (self.reported.article_id, self.reported.index)

    @property
    def label(self) -> str:
        return f"{self.reported.article_id}#{self.reported.index}"

    @property
    def day(self) -> date | None:
        return self.when if self.precision == "day" else None


def _place_name(p: Mapping[str, Any]) -> str:
    return str(p.get("canonical") or p.get("text") or "?")


def _interval(day: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return day, day
    if precision == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if precision == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _folded(text: str) -> str:
    return " ".join(_WORD.findall(fold(text).text))


def _item(r: Reported, group: str) -> _Item:
    e = r.event
    where = f"{r.article_id}#{r.index}"
    plover = e.get("plover")
    if not isinstance(plover, str) or not plover:
        raise MergeError(f"{where}: the event has no PLOVER type")
    modality = e.get("modality") or "asserted"
    if modality not in MODALITY_ORDER:
        raise MergeError(f"{where}: unknown modality {modality!r} (expected one of {', '.join(MODALITY_ORDER)})")
    precision = e.get("date_precision")
    day: date | None = None
    if e.get("date") is not None:
        try:
            day = date.fromisoformat(str(e["date"]))
        except ValueError as exc:
            raise MergeError(f"{where}: date {e['date']!r} is not an ISO date") from exc
        precision = precision or "day"
        if precision not in PRECISIONS:
            raise MergeError(f"{where}: date_precision {precision!r} must be one of {', '.join(PRECISIONS)}")
    else:
        precision = None
    if day is not None and precision is not None:
        interval: tuple[date, date] | None = _interval(day, precision)
    elif r.published is not None:
        interval = (r.published - timedelta(days=UNDATED_WINDOW_DAYS), r.published)
    else:
        interval = None
    places = []
    for place in e.get("locations") or ():
        if not isinstance(place, Mapping) or place.get("kind") not in PLACE_KINDS:
            raise MergeError(f"{where}: a location must be a mapping with kind one of {', '.join(PLACE_KINDS)}")
        try:
            places.append(_Place.of(place))
        except (TypeError, ValueError) as exc:
            raise MergeError(f"{where}: a location has a bad coordinate ({exc})") from exc
    acled = e.get("acled")
    evidence = str(e.get("evidence") or "")
    return _Item(
        reported=r,
        group=group,
        plover=plover,
        modality=modality,
        when=day,
        precision=precision,
        interval=interval,
        places=tuple(places),
        actor1=e.get("actor1"),
        actor2=e.get("actor2"),
        evidence=evidence,
        folded_evidence=_folded(evidence),
        battle=isinstance(acled, Sequence) and len(acled) == 2 and acled[0] == "Battles",
    )


def _order(item: _Item) -> tuple[Any, ...]:
    """Greedy order: specific reports seed clusters (day before week..., a point before an area), then by key."""
    precision = PRECISIONS.index(item.precision) if item.precision else len(PRECISIONS)
    place = min((p.rank for p in item.places), default=len(PLACE_KINDS))
    published = item.reported.published
    return (precision, place, published is None, published or date.min, item.key)


# ---------------------------------------------------------------- the rules

_EARTH_KM = 6371.0088
_MAX_RADIANS = MAX_KM / _EARTH_KM


def _km(a: _Place, b: _Place) -> float | None:
    """Great-circle distance, or None when a coordinate is missing; inf when plainly more than MAX_KM."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    if abs(a.lat - b.lat) > _MAX_RADIANS:
        return math.inf
    h = math.sin((b.lat - a.lat) / 2) ** 2 + math.cos(a.lat) * math.cos(b.lat) * math.sin((b.lon - a.lon) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _same_place(a: _Place, b: _Place, explain: bool) -> tuple[float, str] | None:
    """(distance for ranking, reason if `explain`) when two places may be the same, else None."""
    if a.kind in POINT_KINDS and b.kind in POINT_KINDS:
        km = _km(a, b)
        if km is not None:
            return (km, f"places {km:.1f} km apart" if explain else "") if km <= MAX_KM else None
    names = f"({a.name} / {b.name})" if explain else ""
    if a.country is None or b.country is None:
        return (0.0, f"same place {a.name}" if explain else "") if a.name == b.name else None
    if a.country != b.country:
        return None
    if max(a.rank, b.rank) == PLACE_KINDS.index("country"):
        return (MAX_KM, f"same country {a.country} {names}" if explain else "")
    if a.admin1 is None or b.admin1 is None:
        return (MAX_KM, f"same country {a.country}, admin1 unknown {names}" if explain else "")
    if a.admin1 != b.admin1:
        return None
    return (MAX_KM, f"same admin1 {a.admin1} {names}" if explain else "")


def _actor_words(actor: Mapping[str, Any]) -> str:
    return f"{actor.get('country') or '—'} {actor.get('role') or '?'}"


def _actors_agree(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None, strict: bool) -> bool:
    """Compatible actors: the same country (or one unknown) and the same role (state roles are one role;
    an unnamed civilian victim agrees with a named one). `strict`: both known and the same."""
    if a is None or b is None:
        return not strict or (a is None and b is None)
    if a.get("canonical") and b.get("canonical"):
        if a["canonical"] == b["canonical"]:
            return True
        if strict:
            return False
    ca, cb = a.get("country"), b.get("country")
    if ca != cb and (strict or (ca and cb)):
        return False
    ra, rb = a.get("role"), b.get("role")
    if ra == rb or (ra in STATE_ROLES and rb in STATE_ROLES):
        return True
    if strict:
        return False
    generic_victim = any(x.get("role") == "civilians" and not x.get("canonical") for x in (a, b))
    return generic_victim and bool(ca and cb)


def _actor_reason(side: str, a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> str:
    if a is None and b is None:
        return f"{side} unknown in both"
    if a is None or b is None:
        return f"{side} unknown in one report"
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return f"{side} {a['canonical']} agrees"
    if (a.get("role"), a.get("country")) == (b.get("role"), b.get("country")):
        return f"{side} {_actor_words(a)} agrees"
    if a.get("role") == "civilians" or b.get("role") == "civilians":
        return f"{side} {_actor_words(a)} / {_actor_words(b)} compatible (an unnamed victim)"
    if a.get("role") in STATE_ROLES and b.get("role") in STATE_ROLES:
        return f"{side} {_actor_words(a)} / {_actor_words(b)} compatible (state forces)"
    return f"{side} {_actor_words(a)} / {_actor_words(b)} compatible (a country unknown)"


def _dates_agree(x: _Item, y: _Item, explain: bool) -> str | None:
    """The reason (empty unless `explain`) when the two dates are compatible, else None."""
    if x.interval is None or y.interval is None:
        return None
    (a0, a1), (b0, b1) = x.interval, y.interval
    if x.when is None or y.when is None:
        if a0 <= b1 and b0 <= a1:
            known = x.when or y.when or "the other"
            return f"undated report published within {UNDATED_WINDOW_DAYS} days of {known}" if explain else ""
        return None
    if x.precision == y.precision == "day":
        if x.when != y.when:
            return None
        return f"dates {x.when}/{y.when} agree at day precision" if explain else ""
    if (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
        if not explain:
            return ""
        wide = x if (a1 - a0) >= (b1 - b0) else y
        return f"dates {x.when} ({x.precision})/{y.when} ({y.precision}) agree: the {wide.precision} contains the other"
    return None


def _match(x: _Item, y: _Item, explain: bool = False) -> tuple[float, list[str]] | None:
    """Whether two reports may be the same event: (place distance for ranking, the reasons if `explain`)."""
    if x.plover != y.plover:
        return None
    if x.modality != y.modality and not (x.modality in HAPPENED and y.modality in HAPPENED):
        return None
    when = _dates_agree(x, y, explain)
    if when is None:
        return None
    reasons = [f"same PLOVER {x.plover}", when] if explain else []
    if not x.places or not y.places:
        same_day = x.day is not None and x.day == y.day
        same_actors = (x.actor1 is not None or x.actor2 is not None) and all(
            _actors_agree(a, b, strict=True) for a, b in ((x.actor1, y.actor1), (x.actor2, y.actor2))
        )
        if not (same_day and same_actors):
            return None
        reasons.append("no place in one report: same actors and day")
        distance = MAX_KM
    else:
        best = None
        for p in x.places:
            for q in y.places:
                fit = _same_place(p, q, explain)
                if fit is not None and (best is None or fit[0] < best[0]):
                    best = fit
        if best is None:
            return None
        distance = best[0]
        reasons.append(best[1])
    if all(_actors_agree(a, b, strict=False) for a, b in ((x.actor1, y.actor1), (x.actor2, y.actor2))):
        if explain:
            reasons += [_actor_reason("actor1", x.actor1, y.actor1), _actor_reason("actor2", x.actor2, y.actor2)]
    elif (
        x.battle
        and y.battle
        and all(_actors_agree(a, b, strict=False) for a, b in ((x.actor1, y.actor2), (x.actor2, y.actor1)))
    ):
        reasons.append("a clash: the sides agree in the other order")
    else:
        return None
    return distance, reasons


# ---------------------------------------------------------------- clustering


@dataclass(slots=True)
class _Cluster:
    members: list[_Item]
    explanations: list[str]
    articles: set[str] = field(default_factory=set)
    span: tuple[date, date] | None = None  # the days every member's date allows

    def add(self, item: _Item, explanation: str) -> None:
        self.members.append(item)
        self.explanations.append(explanation)
        self.articles.add(item.reported.article_id)
        if item.interval is not None:
            if self.span is None:
                self.span = item.interval
            else:
                self.span = (max(self.span[0], item.interval[0]), min(self.span[1], item.interval[1]))


# Index keys. A cluster is filed under: _ANY when a member has no place or a place with no country;
# ("C", country) for every member's place; ("A", country) for a place matched by the admin rule (an area,
# or a point with no coordinates); ("P", row, column) for the grid cell of a point with coordinates.
_ANY: tuple[Any, ...] = ("*",)
_CELL_DEGREES = 0.25  # a cell is at least MAX_KM tall; its width shrinks with latitude (see _near_cells)


def _is_point(p: _Place) -> bool:
    return p.kind in POINT_KINDS and p.lat is not None and p.lon is not None


def _cell(p: _Place) -> tuple[int, int]:
    assert p.lat is not None and p.lon is not None
    return math.floor(math.degrees(p.lat) / _CELL_DEGREES), math.floor(math.degrees(p.lon) / _CELL_DEGREES)


def _filed(item: _Item) -> set[tuple[Any, ...]]:
    """The keys a cluster is filed under for this member."""
    if not item.places or any(p.country is None for p in item.places):
        return {_ANY}
    keys: set[tuple[Any, ...]] = set()
    for p in item.places:
        keys.add(("C", p.country))
        keys.add(("P", *_cell(p)) if _is_point(p) else ("A", p.country))
    return keys


def _near_cells(p: _Place) -> Iterable[tuple[Any, ...]]:
    """The cells that may hold a point within MAX_KM of p: the next row either side, and as many columns
    either side as MAX_KM spans at the row nearer the pole."""
    row, column = _cell(p)
    top = min(89.9, max(abs(row), abs(row + 1)) * _CELL_DEGREES + _CELL_DEGREES)
    width_km = _CELL_DEGREES * math.pi / 180 * _EARTH_KM * math.cos(math.radians(top))
    span = min(int(360 / _CELL_DEGREES) // 2, math.ceil(MAX_KM / width_km))
    for r in (row - 1, row, row + 1):
        for c in range(column - span, column + span + 1):
            yield ("P", r, c)


def _wanted(item: _Item) -> set[tuple[Any, ...]] | None:
    """The keys of the clusters a report may join (None: any cluster)."""
    if not item.places or any(p.country is None for p in item.places):
        return None
    keys: set[tuple[Any, ...]] = {_ANY}
    for p in item.places:
        if _is_point(p):
            keys.update(_near_cells(p))
            keys.add(("A", p.country))
        else:
            keys.add(("C", p.country))
    return keys


class _Index:
    """Clusters by PLOVER type, by the days their span allows and by where their members are, so that a
    report is compared only with the clusters it could join. Two places match only within one country, and
    two points only within MAX_KM; a point matches an area (or a point with no coordinates) of its country."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_day: dict[tuple[str, int], dict[tuple[Any, ...], set[int]]] = {}
        self.wide: dict[str, dict[tuple[Any, ...], set[int]]] = {}  # clusters spanning _INDEX_DAYS or more
        self.keys: list[set[tuple[Any, ...]]] = []

    def candidates(self, item: _Item) -> list[int]:
        if item.interval is None:
            return []
        start, end = item.interval
        wanted = _wanted(item)
        found: set[int] = set()
        for by_key in (
            self.wide.get(item.plover),
            *(self.by_day.get((item.plover, day)) for day in range(start.toordinal(), end.toordinal() + 1)),
        ):
            if not by_key:
                continue
            if wanted is None:
                for ids in by_key.values():
                    found |= ids
            else:
                for key in wanted:
                    found |= by_key.get(key, set())
        return sorted(found)

    def add(self, item: _Item, explanation: str, n: int | None = None) -> None:
        if n is None:
            n = len(self.clusters)
            self.clusters.append(_Cluster([], []))
            self.keys.append(set())
        cluster = self.clusters[n]
        cluster.add(item, explanation)
        self.keys[n] |= _filed(item)
        if cluster.span is None:
            return
        start, end = cluster.span
        plover = item.plover
        if (end - start).days >= _INDEX_DAYS:
            wide = self.wide.setdefault(plover, {})
            for key in self.keys[n]:
                wide.setdefault(key, set()).add(n)
            return
        for ids in self.wide.get(plover, {}).values():
            ids.discard(n)
        for day in range(start.toordinal(), end.toordinal() + 1):
            by_key = self.by_day.setdefault((plover, day), {})
            for key in self.keys[n]:
                by_key.setdefault(key, set()).add(n)


def _seed_explanation(item: _Item) -> str:
    when = f"{item.when} ({item.precision})" if item.when else "undated"
    where = ", ".join(f"{p.name} ({p.kind}, {p.country or '?'})" for p in item.places)
    return f"{item.label} seeded: {item.plover} {item.modality}, {when}, at {where or 'no place'}"


def _place(item: _Item, index: _Index) -> None:
    """Add a report to the best cluster every member of which it matches, or seed a new one.

    Best: a cluster holding a copy of the same text (a near-duplicate article with the same evidence
    sentence), then one holding any article of its near-duplicate group, then one whose reference
    member (that copy, or the seed) gives the same day, then the nearest place, then the oldest cluster.
    """
    best: tuple[tuple[Any, ...], int, _Item] | None = None
    for n in index.candidates(item):
        cluster = index.clusters[n]
        if item.reported.article_id in cluster.articles:
            continue  # one article's events are distinct by the article's own account
        span = cluster.span
        assert item.interval is not None and span is not None
        if item.interval[1] < span[0] or span[1] < item.interval[0]:
            continue
        distances: list[float] = []
        for member in cluster.members:
            fit = _match(item, member)
            if fit is None:
                break
            distances.append(fit[0])
        else:
            copies = [i for i, m in enumerate(cluster.members) if m.group == item.group]
            same_text = [i for i in copies if cluster.members[i].folded_evidence == item.folded_evidence]
            ref = (same_text or copies or [0])[0]
            seed = cluster.members[ref]
            rank = (not same_text, not copies, not (item.day and item.day == seed.day), distances[ref], n)
            if best is None or rank < best[0]:
                best = (rank, n, seed)
    if best is None:
        index.add(item, _seed_explanation(item))
        return
    _, n, seed = best
    explained = _match(item, seed, explain=True)
    assert explained is not None
    if seed.group == item.group:
        head = f"{item.label} linked to {seed.label} (near-duplicate text of {item.group}, counted once)"
    else:
        head = f"{item.label} joined {seed.label}"
    index.add(item, f"{head}: {', '.join(explained[1])}", n)


# ---------------------------------------------------------------- the merged record


def _pick(
    candidates: Sequence[tuple[_Item, T]],
    ident: Callable[[T], Hashable],
    specificity: Callable[[T], Any] = lambda _: 0,
) -> T | None:
    """The most specific value, then the one most reports give (a near-duplicate group counts once),
    then the first in join order."""
    reports: dict[Hashable, set[str]] = {}
    for item, value in candidates:
        reports.setdefault(ident(value), set()).add(item.group)
    ranked = sorted(
        enumerate(candidates), key=lambda nv: (specificity(nv[1][1]), -len(reports[ident(nv[1][1])]), nv[0])
    )
    return ranked[0][1][1] if ranked else None


def _actor_ident(actor: Mapping[str, Any]) -> Hashable:
    name = actor.get("canonical") or _folded(str(actor.get("text") or ""))
    return (name, actor.get("country"), actor.get("role"))


def _range(values: Iterable[Any]) -> tuple[int, int] | None:
    figures = [int(v) for v in values if isinstance(v, int) and not isinstance(v, bool)]
    return (min(figures), max(figures)) if figures else None


def _record(cluster: _Cluster) -> Merged:
    members = cluster.members
    keys = tuple(sorted(m.key for m in members))
    digest = hashlib.sha1("\n".join(f"{a}#{i}" for a, i in keys).encode("utf-8")).hexdigest()
    dated = _pick(
        [(m, m) for m in members if m.when is not None],
        ident=lambda m: (m.when, m.precision),
        specificity=lambda m: PRECISIONS.index(m.precision or "year"),
    )
    location = _pick(
        [(m, p) for m in members for p in m.places],
        ident=lambda p: (p.name, p.country, p.kind),
        specificity=lambda p: (p.rank, p.lat is None),
    )
    actors = []
    for side in ("actor1", "actor2"):
        found = [(m, getattr(m, side)) for m in members if getattr(m, side) is not None]
        actors.append(
            _pick(
                found,
                ident=_actor_ident,
                specificity=lambda a: (not a.get("canonical"), a.get("country") is None),
            )
        )
    acled = _pick(
        [(m, tuple(m.reported.event["acled"])) for m in members if m.reported.event.get("acled")],
        ident=lambda a: a,
    )
    fatalities = _range(m.reported.event.get("fatalities") for m in members)
    injuries = _range(m.reported.event.get("injuries") for m in members)
    published = sorted(m.reported.published for m in members if m.reported.published is not None)
    by_time = sorted(members, key=lambda m: (m.reported.published or date.max, m.key))
    sources: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for m in sorted(members, key=lambda m: m.key):  # a group's copies are credited to its first article
        s = m.reported.event.get("source") or {}
        key = (m.group, s.get("text") or "", s.get("kind"), s.get("canonical"))
        if key not in seen:
            seen.add(key)
            sources.append(
                {
                    "text": s.get("text") or "",
                    "kind": s.get("kind"),
                    "canonical": s.get("canonical"),
                    "article_id": m.reported.article_id,
                    "outlet": m.reported.outlet,
                    "evidence": m.evidence,
                }
            )
    rank = {m.key: n for n, m in enumerate(by_time)}
    sources.sort(key=lambda s: min(rank[m.key] for m in members if m.reported.article_id == s["article_id"]))
    return Merged(
        id=f"ev-{digest[:12]}",
        plover=members[0].plover,
        acled=(str(acled[0]), str(acled[1])) if acled else None,
        date=dated.when.isoformat() if dated is not None and dated.when is not None else None,
        date_precision=dated.precision if dated is not None else None,
        location=dict(location.data) if location is not None else None,
        actor1=dict(actors[0]) if actors[0] is not None else None,
        actor2=dict(actors[1]) if actors[1] is not None else None,
        modality=min((m.modality for m in members), key=MODALITY_ORDER.index),
        fatalities=fatalities[0] if fatalities else None,
        injuries=injuries[0] if injuries else None,
        fatalities_range=fatalities,
        injuries_range=injuries,
        outlets=tuple(sorted({m.reported.outlet for m in members if m.reported.outlet})),
        sources=tuple(sources),
        first_seen=published[0].isoformat() if published else None,
        last_seen=published[-1].isoformat() if published else None,
        members=keys,
        explanations=tuple(cluster.explanations),
    )


def merge(reported: Iterable[Reported], duplicates: Mapping[str, str] | None = None) -> list[Merged]:
    """Merge the same real-world event reported by many articles (and by a wire copy and its
    republications) into one record; see docs/merging.md for the rules and tie-breaks.

    `duplicates` is `near_duplicates`' answer (article id -> the article it copies). The same input in
    any order gives the same output, sorted by (date, id) with undated events last. The same
    (article_id, index) given twice is kept once when the events are equal and refused otherwise.
    """
    root = _roots(duplicates)
    unique: dict[tuple[str, int], Reported] = {}
    for r in reported:
        key = (r.article_id, r.index)
        if key in unique and unique[key] != r:
            raise MergeError(f"{r.article_id}#{r.index} is given twice with different contents")
        unique[key] = r
    items = sorted((_item(r, root(r.article_id)) for r in unique.values()), key=_order)
    index = _Index()
    for item in items:
        _place(item, index)
    records = [_record(c) for c in index.clusters]
    return sorted(records, key=lambda m: (m.date is None, m.date or "", m.id))
