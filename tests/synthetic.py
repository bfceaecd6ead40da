"""A store filled with many plausible merged events, for the web page's load and filter timings
(tests/test_web_browser.py, benchmarks/bench_web.py). Real places and actors from the package's data,
types, dates and casualties drawn from a seeded generator: the same store every run."""

from __future__ import annotations

import random
from datetime import date, timedelta

from rasd.actors import actors
from rasd.gazetteer import places
from rasd.merge import Merged
from rasd.store import Store, _event_row, events
from rasd.triggers import ACLED, PLOVER

REGION = frozenset(["IQ", "SY", "LB", "PS", "IL", "JO", "YE", "SA", "EG", "LY", "SD", "TN", "DZ", "MA", "IR", "TR"])


def fill(store: Store, n: int, seed: int = 7, first: date = date(2024, 1, 1), days: int = 366) -> None:
    """Add n merged events (ids ev-syn-…) to the store's events table."""
    rng = random.Random(seed)
    where = [p for p in places() if p.country in REGION and p.kind in ("city", "admin1", "facility", "country")]
    who = [a for a in actors() if a.country]
    acled = [(t, s) for t, subs in ACLED.items() for s in subs]
    rows = []
    for i in range(n):
        place = rng.choice(where)
        actor1, actor2 = rng.sample(who, 2)
        plover = rng.choice(PLOVER)
        coded = rng.choice(acled) if plover in ("ASSAULT", "PROTEST", "COERCE", "AGREE") else None
        fatalities = rng.choice((None, None, 0, 1, 2, 3, 5, 12)) if plover == "ASSAULT" else None
        outlets = tuple(f"outlet-{k}" for k in range(rng.choice((1, 1, 1, 2, 3, 5))))
        merged = Merged(
            id=f"ev-syn-{i:06d}",
            plover=plover,
            acled=coded,
            date=(first + timedelta(days=rng.randrange(days))).isoformat(),
            date_precision="day",
            location={
                "text": place.names[0],
                "canonical": place.canonical,
                "country": place.country,
                "admin1": place.admin1,
                "kind": place.kind,
                "lat": place.lat,
                "lon": place.lon,
            },
            actor1={
                "text": actor1.names[0],
                "canonical": actor1.canonical,
                "country": actor1.country,
                "role": actor1.role,
            },
            actor2={
                "text": actor2.names[0],
                "canonical": actor2.canonical,
                "country": actor2.country,
                "role": actor2.role,
            },
            modality=rng.choice(("asserted", "asserted", "asserted", "claimed", "planned", "denied")),
            fatalities=fatalities,
            injuries=None,
            fatalities_range=None,
            injuries_range=None,
            outlets=outlets,
            sources=tuple(
                {"text": "", "kind": rng.choice(("official", "wire", "anonymous", "outlet_own")), "outlet": o}
                for o in outlets
            ),
            first_seen=None,
            last_seen=None,
            members=(),
            explanations=(),
        )
        rows.append(_event_row(merged))
    with store.engine.begin() as conn:
        conn.execute(events.insert(), rows)
