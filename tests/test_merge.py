"""Merging reports of one event: small real-style articles run through the pipeline, then merged.

The strike in Bint Jbeil on Tuesday 12 March 2024 is told by three outlets in their own words (two
people killed per the National News Agency; three per security sources, a day later; two Hezbollah
members in nearby Aynata per the Israeli army), and a fourth outlet republishes the first story
with a new dateline and one word changed. A strike on Baalbek the same day is another event.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

import pytest

from rasd.merge import Merged, MergeError, Reported, merge, near_duplicates
from rasd.pipeline import extract_record
from rasd.read import Record

AKHBAR = (
    "قُتل شخصان، اليوم الثلاثاء، جراء غارة شنتها مسيّرة إسرائيلية على سيارة في مدينة بنت جبيل جنوبي لبنان، بحسب ما أفادت به الوكالة الوطنية للإعلام.\n"
    "وأضافت الوكالة أن فرق الإسعاف نقلت الجثتين إلى مستشفى المدينة، فيما حلقت طائرات الاستطلاع على علو منخفض فوق القرى الحدودية طوال ساعات النهار.\n"
    "ويشهد جنوب لبنان منذ أشهر تبادلاً شبه يومي لإطلاق النار بين الجيش الإسرائيلي وحزب الله، ما دفع آلاف السكان إلى النزوح عن قراهم."
)

# id -> (published, outlet, text)
ARTICLES: dict[str, tuple[date, str, str]] = {
    "akhbar-0312-1": (date(2024, 3, 12), "الأخبار", AKHBAR),
    "nahar-0313-7": (
        date(2024, 3, 13),
        "النهار",
        "استهدفت طائرة مسيرة إسرائيلية، أمس الثلاثاء، سيارة في بلدة بنت جبيل بجنوب لبنان، ما أدى إلى مقتل ثلاثة أشخاص، وفق ما أفادت مصادر أمنية لبنانية.\n"
        "ويأتي ذلك في ظل تصعيد متواصل على الحدود.",
    ),
    "i24-0312-3": (
        date(2024, 3, 12),
        "i24NEWS",
        "قال الجيش الإسرائيلي في بيان، اليوم الثلاثاء، إن طائرة مسيرة تابعة له شنت غارة على سيارة في بلدة عيناثا قرب بنت جبيل بجنوب لبنان، ما أدى إلى مقتل عنصرين من حزب الله.\n"
        "ولم يصدر تعليق فوري من الحزب.",
    ),
    "manar-0312-2": (
        date(2024, 3, 12),
        "المنار",
        "شنت طائرات حربية إسرائيلية، اليوم الثلاثاء، غارة على أطراف مدينة بعلبك في شرق لبنان، ما أسفر عن إصابة خمسة أشخاص بجروح، بحسب وزارة الصحة اللبنانية.",
    ),
    # a wire copy: the first story republished with a dateline and one word changed
    "lbci-0312-9": (
        date(2024, 3, 12),
        "LBCI",
        "بيروت - وكالات\n" + AKHBAR.replace("مستشفى المدينة", "مستشفى صلاح غندور"),
    ),
    # a month-level report of raids on nearby Aitaroun
    "arabi-0320-4": (
        date(2024, 3, 20),
        "العربي الجديد",
        "شنت طائرات حربية إسرائيلية غارات على بلدة عيترون جنوبي لبنان الشهر الجاري، ما أسفر عن مقتل أربعة أشخاص.",
    ),
    # the same protest in Basra, placed at the governorate by one outlet and at the city by the other
    "shafaq-0714-1": (
        date(2024, 7, 14),
        "شفق نيوز",
        "تظاهر مئات الطلاب، اليوم الأحد، أمام مبنى محافظة البصرة احتجاجاً على انقطاع الكهرباء، وفق مراسل الوكالة.",
    ),
    "sumaria-0715-2": (
        date(2024, 7, 15),
        "السومرية",
        "خرج مئات المحتجين، أمس الأحد، في تظاهرة أمام مبنى المحافظة في البصرة للمطالبة بتحسين الكهرباء.",
    ),
}
STRIKE = ("akhbar-0312-1", "nahar-0313-7", "i24-0312-3")


@cache
def _reports(article_id: str) -> tuple[Reported, ...]:
    published, outlet, text = ARTICLES[article_id]
    doc = extract_record(Record(article_id, text, "text", "utf-8", published=published, outlet=outlet))
    return tuple(Reported(article_id, outlet, published, i, e) for i, e in enumerate(doc.events))


def reported(*ids: str) -> list[Reported]:
    """The events the pipeline finds in the named articles (all of them when none is named)."""
    return [r for article_id in ids or tuple(ARTICLES) for r in _reports(article_id)]


def texts(*ids: str) -> dict[str, str]:
    return {i: ARTICLES[i][2] for i in ids or tuple(ARTICLES)}


def _variant(r: Reported, article_id: str | None = None, index: int | None = None, **changes: Any) -> Reported:
    """The same report with some event fields changed (for the rule tests)."""
    event = {**r.event, **changes}
    return Reported(article_id or r.article_id, r.outlet, r.published, r.index if index is None else index, event)


def _place(r: Reported) -> Mapping[str, Any]:
    return r.event["locations"][0]


def test_the_pipeline_reports_what_the_tests_assume() -> None:
    facts = {
        r.article_id: (r.event["plover"], r.event["date"], _place(r)["canonical"], r.event["fatalities"])
        for r in reported()
    }
    assert facts == {
        "akhbar-0312-1": ("ASSAULT", "2024-03-12", "Bent Jbail", 2),
        "nahar-0313-7": ("ASSAULT", "2024-03-12", "Bent Jbail", 3),
        "i24-0312-3": ("ASSAULT", "2024-03-12", "Aynata", 2),  # "مقتل عنصرين": a dual (its plural is عناصر)
        "manar-0312-2": ("ASSAULT", "2024-03-12", "Baalbek", None),
        "lbci-0312-9": ("ASSAULT", "2024-03-12", "Bent Jbail", 2),
        "arabi-0320-4": ("ASSAULT", "2024-03-15", "Aitaroun", 4),
        "shafaq-0714-1": ("PROTEST", "2024-07-14", "Basra", None),
        "sumaria-0715-2": ("PROTEST", "2024-07-14", "Basrah", None),
    }


def test_one_strike_told_by_three_outlets_is_one_event() -> None:
    (event,) = merge(reported(*STRIKE))
    assert event.plover == "ASSAULT"
    assert event.acled == ("Explosions/Remote violence", "Air/drone strike")
    assert (event.date, event.date_precision, event.modality) == ("2024-03-12", "day", "asserted")
    assert event.members == (("akhbar-0312-1", 0), ("i24-0312-3", 0), ("nahar-0313-7", 0))
    assert event.outlets == ("i24NEWS", "الأخبار", "النهار")
    # Bent Jbeil (two reports) over Aynata (one), both towns
    assert event.location is not None and event.location["canonical"] == "Bent Jbail"
    # the named actors win over the descriptions ("مسيّرة إسرائيلية", "شخصان")
    assert event.actor1 is not None and event.actor1["canonical"] == "Israel Defense Forces"
    assert event.actor2 is not None and event.actor2["canonical"] == "Hezbollah"
    assert [(s["article_id"], s["kind"], s["text"]) for s in event.sources] == [
        ("akhbar-0312-1", "wire", "الوكالة الوطنية للإعلام"),
        ("i24-0312-3", "official", "الجيش الإسرائيلي"),
        ("nahar-0313-7", "anonymous", "مصادر أمنية لبنانية"),  # the nationality is the source's
    ]
    assert event.sources[0]["evidence"].startswith("قُتل شخصان")
    assert (event.first_seen, event.last_seen) == ("2024-03-12", "2024-03-13")
    assert len(event.explanations) == 3
    assert event.explanations[0].startswith("akhbar-0312-1#0 seeded: ASSAULT asserted, 2024-03-12 (day)")
    assert event.explanations[1] == (
        "i24-0312-3#0 joined akhbar-0312-1#0: same PLOVER ASSAULT, dates 2024-03-12/2024-03-12 agree at day "
        "precision, places 1.8 km apart, actor1 ISR military agrees, "
        "actor2 LBN armed_group / LBN civilians compatible (an unnamed victim)"
    )
    assert event.explanations[2].startswith("nahar-0313-7#0 joined akhbar-0312-1#0: same PLOVER ASSAULT")
    assert "places 0.0 km apart" in event.explanations[2] and "actor2 unknown in one report" in event.explanations[2]


def test_the_id_is_a_hash_of_the_members() -> None:
    (event,) = merge(reported(*STRIKE))
    keys = "akhbar-0312-1#0\ni24-0312-3#0\nnahar-0313-7#0"
    assert event.id == "ev-" + hashlib.sha1(keys.encode()).hexdigest()[:12]


def test_casualty_figures_take_the_smallest_and_keep_the_range() -> None:
    (event,) = merge(reported(*STRIKE))
    assert (event.fatalities, event.fatalities_range) == (2, (2, 3))
    assert (event.injuries, event.injuries_range) == (None, None)
    (baalbek,) = merge(reported("manar-0312-2"))
    assert (baalbek.fatalities, baalbek.fatalities_range, baalbek.injuries, baalbek.injuries_range) == (
        None,
        None,
        5,
        (5, 5),
    )
    # "no casualties" (0) is a figure like any other, and the smallest
    none_killed = _variant(reported("nahar-0313-7")[0], fatalities=0)
    (event,) = merge([*reported("akhbar-0312-1", "i24-0312-3"), none_killed])
    assert (event.fatalities, event.fatalities_range) == (0, (0, 2))


def test_two_strikes_the_same_day_in_two_towns_stay_apart() -> None:
    events = merge(reported(*STRIKE, "manar-0312-2"))
    assert sorted(e.location["canonical"] for e in events if e.location) == ["Baalbek", "Bent Jbail"]
    baalbek = next(e for e in events if e.location and e.location["canonical"] == "Baalbek")
    assert baalbek.members == (("manar-0312-2", 0),)
    assert baalbek.explanations == ("manar-0312-2#0 seeded: ASSAULT asserted, 2024-03-12 (day), at Baalbek (city, LB)",)


def test_a_governorate_and_a_city_in_it_are_one_place() -> None:
    (event,) = merge(reported("shafaq-0714-1", "sumaria-0715-2"))
    assert event.location is not None and (event.location["kind"], event.location["canonical"]) == ("city", "Basrah")
    assert "same admin1 Basra" in event.explanations[1]
    assert event.outlets == ("السومرية", "شفق نيوز")


def test_a_month_report_joins_a_day_event_it_contains() -> None:
    (event,) = merge(reported(*STRIKE, "arabi-0320-4"))
    assert ("arabi-0320-4", 0) in event.members
    assert (event.date, event.date_precision) == ("2024-03-12", "day")  # the most precise date
    assert "2024-03-15 (month)/2024-03-12 (day) agree: the month contains the other" in event.explanations[-1]
    assert event.fatalities_range == (2, 4)


def test_the_same_input_in_any_order_gives_the_same_output() -> None:
    items = reported()
    duplicates = near_duplicates(texts())
    expected = merge(items, duplicates)
    assert len(expected) == 3
    for seed in range(8):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        shuffled_dupes = dict(random.Random(seed).sample(sorted(duplicates.items()), len(duplicates)))
        assert merge(shuffled, shuffled_dupes) == expected
        assert merge(iter(shuffled), shuffled_dupes) == expected


def test_output_is_sorted_by_date_then_id() -> None:
    events = merge(reported())
    assert [(e.date, e.id) for e in events] == sorted((e.date or "", e.id) for e in events)
    assert [e.date for e in events] == ["2024-03-12", "2024-03-12", "2024-07-14"]


# ---------------------------------------------------------------- near-duplicates


def test_a_wire_copy_is_found() -> None:
    assert near_duplicates(texts()) == {"lbci-0312-9": "akhbar-0312-1"}


def test_a_wire_copy_is_linked_and_counted_once() -> None:
    items = reported(*STRIKE, "lbci-0312-9")
    (event,) = merge(items, near_duplicates(texts()))
    assert ("lbci-0312-9", 0) in event.members and len(event.members) == 4
    assert "LBCI" in event.outlets  # the copy did appear there
    linked = next(x for x in event.explanations if x.startswith("lbci-0312-9#0"))
    assert linked.startswith("lbci-0312-9#0 linked to akhbar-0312-1#0 (near-duplicate text of akhbar-0312-1")
    # the copy repeats the original's source: it is not a fourth source
    assert [s["article_id"] for s in event.sources] == ["akhbar-0312-1", "i24-0312-3", "nahar-0313-7"]
    # without the duplicate map the copy is an independent report with a source of its own
    (plain,) = merge(items)
    assert [s["article_id"] for s in plain.sources] == ["akhbar-0312-1", "i24-0312-3", "lbci-0312-9", "nahar-0313-7"]


def test_a_copy_does_not_outvote_other_reports() -> None:
    """Two reports name Aynata, the original and its copy Bent Jbeil: the copy's vote does not count."""
    aynata = _place(reported("i24-0312-3")[0])
    nahar = _variant(reported("nahar-0313-7")[0], locations=[aynata])
    items = [*reported("akhbar-0312-1", "lbci-0312-9", "i24-0312-3"), nahar]
    (event,) = merge(items, near_duplicates(texts()))
    assert event.location is not None and event.location["canonical"] == "Aynata"
    (without,) = merge(items)  # akhbar + lbci vs i24 + nahar: a tie, broken by join order
    assert without.location is not None and without.location["canonical"] == "Bent Jbail"


def test_near_duplicate_groups_point_at_their_root() -> None:
    base = " ".join(f"كلمة{i}" for i in range(200))
    found = near_duplicates({"c": base + " نهاية", "a": base, "b": base + " ختام", "z": "نص آخر تماما لا صلة له"})
    assert found == {"b": "a", "c": "a"}
    assert near_duplicates({"a": "", "b": ""}) == {}
    assert near_duplicates({"a": "قصف على إدلب", "b": "قصف على إدلب"}) == {"b": "a"}  # short texts: one shingle


def test_a_duplicate_map_from_elsewhere_is_followed_to_its_root() -> None:
    items = reported(*STRIKE, "lbci-0312-9")
    expected = merge(items, {"lbci-0312-9": "akhbar-0312-1"})
    assert merge(items, {"lbci-0312-9": "wire-1", "wire-1": "akhbar-0312-1"}) == expected
    # a cycle does not hang: it resolves to its smallest id
    cyclic = merge(items, {"lbci-0312-9": "akhbar-0312-1", "akhbar-0312-1": "lbci-0312-9"})
    assert [e.members for e in cyclic] == [e.members for e in expected]


def test_near_duplicate_threshold_is_checked() -> None:
    with pytest.raises(MergeError, match="threshold"):
        near_duplicates({"a": "x"}, threshold=0)


# ---------------------------------------------------------------- the rules, one at a time


def _pair(a: Reported, b: Reported) -> list[Merged]:
    return merge([a, b])


def _strike() -> Reported:
    return reported("akhbar-0312-1")[0]


def _other(**changes: Any) -> Reported:
    return _variant(reported("nahar-0313-7")[0], **changes)


def test_different_plover_types_stay_apart() -> None:
    assert len(_pair(_strike(), _other(plover="COERCE"))) == 2


@pytest.mark.parametrize(
    ("date_value", "precision", "merges"),
    [
        ("2024-03-12", "day", True),
        ("2024-03-13", "day", False),
        ("2024-03-13", "week", True),  # the week of Monday 11 March
        ("2024-03-20", "week", False),
        ("2024-03-15", "month", True),
        ("2024-02-15", "month", False),
        ("2024-07-01", "year", True),
        (None, None, True),  # undated, published 13 March: the week before publication
    ],
)
def test_dates_must_be_compatible_at_their_precision(
    date_value: str | None, precision: str | None, merges: bool
) -> None:
    events = _pair(_strike(), _other(date=date_value, date_precision=precision))
    assert len(events) == (1 if merges else 2)


def test_a_week_and_a_month_merge_only_when_the_month_contains_the_week() -> None:
    inside = _variant(_strike(), date="2024-03-27", date_precision="week")  # Monday 25 .. Sunday 31 March
    straddling = _variant(_strike(), date="2024-04-29", date_precision="week")  # 29 April .. 5 May
    assert len(_pair(inside, _other(date="2024-03-15", date_precision="month"))) == 1
    assert len(_pair(straddling, _other(date="2024-05-15", date_precision="month"))) == 2
    assert len(_pair(straddling, _other(date="2024-05-03", date_precision="week"))) == 1  # the same week


def test_towns_more_than_25_km_apart_are_different_places() -> None:
    tebnine = {**_place(_strike()), "text": "تبنين", "canonical": "Tebnine", "lat": 33.194, "lon": 35.4097}  # ~8.6 km
    houla = {**_place(_strike()), "text": "حولا", "canonical": "Houla", "lat": 33.21, "lon": 35.52}  # ~12.7 km
    nabatieh = {**_place(_strike()), "text": "النبطية", "canonical": "Nabatiye", "lat": 33.3789, "lon": 35.4839}
    assert len(_pair(_strike(), _other(locations=[tebnine]))) == 1
    assert len(_pair(_strike(), _other(locations=[houla]))) == 1
    assert len(_pair(_strike(), _other(locations=[nabatieh]))) == 2  # 29.3 km, same governorate


def test_area_places_match_the_places_inside_them() -> None:
    nabatieh_governorate = {
        "text": "محافظة النبطية",
        "canonical": "Nabatieh",
        "country": "LB",
        "admin1": "Nabatieh",
        "kind": "admin1",
        "lat": 33.29,
        "lon": 35.53,
    }
    bekaa = {**nabatieh_governorate, "text": "البقاع", "canonical": "Beqaa", "admin1": "Beqaa"}
    lebanon = {
        "text": "لبنان",
        "canonical": "Lebanon",
        "country": "LB",
        "admin1": None,
        "kind": "country",
        "lat": 33.9,
        "lon": 35.9,
    }
    syria = {**lebanon, "text": "سوريا", "canonical": "Syria", "country": "SY"}
    assert len(_pair(_strike(), _other(locations=[nabatieh_governorate]))) == 1
    assert len(_pair(_strike(), _other(locations=[bekaa]))) == 2
    (event,) = _pair(_strike(), _other(locations=[lebanon]))
    assert event.location is not None and event.location["canonical"] == "Bent Jbail"  # the most specific
    assert "same country LB" in event.explanations[1]
    assert len(_pair(_strike(), _other(locations=[syria]))) == 2


def test_an_event_with_no_place_needs_the_same_actors_and_day() -> None:
    strike = _strike()
    same_actors = _other(locations=[], actor2=strike.event["actor2"])
    (event,) = _pair(strike, same_actors)
    assert "no place in one report: same actors and day" in event.explanations[1]
    assert len(_pair(strike, _other(locations=[]))) == 2  # actor2 known in one report only
    month = _other(locations=[], actor2=strike.event["actor2"], date="2024-03-15", date_precision="month")
    assert len(_pair(strike, month)) == 2


def test_actors_must_be_compatible() -> None:
    strike = _strike()
    us = {**strike.event["actor1"], "text": "مسيرة أميركية", "country": "USA"}
    assert len(_pair(strike, _other(actor1=us))) == 2
    rebels = {"text": "مسلحون", "canonical": None, "country": "LBN", "role": "armed_group"}
    assert len(_pair(strike, _other(actor1=rebels))) == 2
    no_country = {**strike.event["actor1"], "country": None}
    assert len(_pair(strike, _other(actor1=no_country))) == 1
    # government and military are both state forces
    government = {"text": "الحكومة الإسرائيلية", "canonical": None, "country": "ISR", "role": "government"}
    assert len(_pair(strike, _other(actor1=government))) == 1


def test_a_clash_matches_with_its_sides_in_either_order() -> None:
    army = {"text": "الجيش اللبناني", "canonical": "Lebanese Armed Forces", "country": "LBN", "role": "military"}
    hezbollah = {"text": "حزب الله", "canonical": "Hezbollah", "country": "LBN", "role": "armed_group"}
    clash = ["Battles", "Armed clash"]
    a = _variant(_strike(), acled=clash, actor1=army, actor2=hezbollah)
    b = _other(acled=clash, actor1=hezbollah, actor2=army)
    (event,) = _pair(a, b)
    assert "the sides agree in the other order" in event.explanations[1]
    strike = ["Explosions/Remote violence", "Air/drone strike"]
    assert len(_pair(_variant(a, acled=strike), _variant(b, acled=strike))) == 2


def test_a_plan_does_not_merge_with_what_happened() -> None:
    assert len(_pair(_strike(), _other(modality="planned"))) == 2
    (event,) = _pair(_strike(), _other(modality="claimed"))
    assert event.modality == "asserted"
    (event,) = _pair(_variant(_strike(), modality="planned"), _other(modality="planned"))
    assert event.modality == "planned"


def test_two_events_of_one_article_never_merge() -> None:
    strike = _strike()
    again = _variant(strike, index=1)
    assert len(merge([strike, again])) == 2


def test_bad_input_is_refused_with_the_member_named() -> None:
    strike = _strike()
    with pytest.raises(MergeError, match="akhbar-0312-1#0: the event has no PLOVER type"):
        merge([_variant(strike, plover=None)])
    with pytest.raises(MergeError, match="not an ISO date"):
        merge([_variant(strike, date="12/03/2024")])
    with pytest.raises(MergeError, match="given twice with different contents"):
        merge([strike, _variant(strike, fatalities=7)])
    assert merge([strike, strike]) == merge([strike])


def test_no_input_gives_no_events() -> None:
    assert merge([]) == []
    assert near_duplicates({}) == {}
