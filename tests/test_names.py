"""The names stage: entities with exact spans, place and actor resolution, and the dev corpus places."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rasd.document import Document
from rasd.evaluate import comparable
from rasd.names import find_mentions, is_descriptive, rules
from rasd.normalise import fold_text
from rasd.pipeline import extract, extract_record
from rasd.read import Record


def _doc(text: str) -> Document:
    return extract_record(Record("t", text, "text", "utf-8", published=date(2024, 1, 24)))


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e["text"], e["type"]) for e in _doc(text).entities]


def test_names_behind_clitics_are_listed_without_them() -> None:
    text = "وصل الوفد إلى بغداد قادماً من أربيل، ثم توجه إلى بابل وبالعراق حديث عن الأنبار."
    doc = _doc(text)
    found = {(e["text"], e["type"]) for e in doc.entities}
    assert {("بغداد", "GPE"), ("أربيل", "GPE"), ("بابل", "GPE"), ("العراق", "GPE"), ("الأنبار", "GPE")} <= found
    for e in doc.entities:
        assert text[e["start"] : e["end"]] == e["text"]


def test_fused_lam_alif_is_resolved_but_not_listed() -> None:
    doc = _doc("وجّه رسالة للعراق بشأن التحالف.")
    fused = [m for m in doc.mentions if m.fused]
    assert [(m.text, m.place.country if m.place else None) for m in fused] == [("لعراق", "IQ")]
    assert ("لعراق", "GPE") not in {(e["text"], e["type"]) for e in doc.entities}


def test_longest_name_wins_and_kind_words_are_dropped() -> None:
    found = _entities("سقطت صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار، وتبنى تنظيم داعش هجوماً آخر.")
    assert ("قاعدة عين الأسد الجوية", "FAC") in found
    assert ("الأنبار", "GPE") in found and ("محافظة الأنبار", "GPE") not in found
    assert ("داعش", "ORG") in found and ("تنظيم داعش", "ORG") not in found


def test_descriptions_and_offices_name_actors_but_are_not_entities() -> None:
    doc = _doc("وقالت الحكومة العراقية إن وزير الخارجية العراقي فؤاد حسين التقى السفيرة الأميركية.")
    texts = {e["text"] for e in doc.entities}
    assert "الحكومة العراقية" not in texts and "وزير الخارجية العراقي" not in texts
    assert "فؤاد حسين" in texts
    government = next(m for m in doc.mentions if m.text == "الحكومة العراقية")
    assert government.actor is not None and (government.actor.country, government.actor.role) == ("IRQ", "government")
    r = rules()
    assert is_descriptive(fold_text("القوات الأميركية"), r)
    assert is_descriptive(fold_text("المتحدث باسم الجيش الإسرائيلي"), r)
    assert not is_descriptive(fold_text("الجيش العراقي"), r)
    assert not is_descriptive(fold_text("قوات الدعم السريع"), r)


def test_context_chooses_between_places_of_one_name() -> None:
    iraqi = _doc("قصفت طائرات مسيرة مواقع في بابل والأنبار وكربلاء جنوب بغداد.")
    babil = next(m for m in iraqi.mentions if m.text == "بابل")
    assert babil.place is not None and babil.place.country == "IQ"


def test_countryside_of_a_province_is_a_region() -> None:
    found = _entities("قصفت قوات النظام بلدات في ريف إدلب الجنوبي وريف حلب الغربي.")
    assert ("ريف إدلب الجنوبي", "LOC") in found and ("ريف حلب الغربي", "LOC") in found


def test_countryside_is_found_after_a_long_story_and_after_a_run_of_spaces() -> None:
    # the word before the name is looked for near it: after a long text, and after a run of spaces
    lead = "وقال مصدر محلي إن الاشتباكات تواصلت طوال الليل. " * 40
    found = _entities(lead + "قصفت قوات النظام بلدات في ريف إدلب الجنوبي.")
    assert ("ريف إدلب الجنوبي", "LOC") in found
    found = _entities("قصفت قوات النظام بلدات في ريف" + " " * 80 + "إدلب الجنوبي.")
    assert ("ريف" + " " * 80 + "إدلب الجنوبي", "LOC") in found


def test_facilities_named_by_kind() -> None:
    doc = _doc("نُقل الجرحى إلى مستشفى بيجي العام، فيما استهدفت غارة محطة السويدية للكهرباء.")
    facilities = [(m.text, m.type) for m in doc.mentions if m.type == "FAC"]
    assert facilities == [("مستشفى بيجي العام", "FAC"), ("محطة السويدية", "FAC")]
    baiji = doc.mentions[0]
    assert baiji.place is not None and baiji.place.admin1 == "Salahuddin"


def test_a_surname_alone_after_the_full_name_is_the_same_person() -> None:
    found = _entities("التقى أيمن الصفدي نظيره السوري في دمشق، وقال الصفدي إن المباحثات كانت إيجابية.")
    assert ("أيمن الصفدي", "PER") in found and ("الصفدي", "PER") in found


def test_peoples_are_norp() -> None:
    found = _entities("واندلعت مواجهات بين الكرد والعرب والتركمان في كركوك، وأصيب عشرات الفلسطينيين في الضفة.")
    assert {("الكرد", "NORP"), ("التركمان", "NORP"), ("الفلسطينيين", "NORP")} <= set(found)


def test_boilerplate_names_are_not_entities() -> None:
    raw = "غارات على بغداد\nبغداد - وكالات\n\nقُتل شخصان في هجوم بالموصل اليوم.\n"
    doc = extract(Document(id="x", raw=raw))
    assert [(e["text"], e["start"]) for e in doc.entities if e["text"] == "بغداد"] == []
    assert ("الموصل", "GPE") in {(e["text"], e["type"]) for e in doc.entities}


def test_a_weekday_inside_a_place_name_is_not_a_date() -> None:
    doc = _doc("سقطت قذائف على سوق الخميس في اليمن أمس.")
    assert [t["text"] for t in doc.times] == ["أمس"]
    assert ("سوق الخميس", "GPE") in {(e["text"], e["type"]) for e in doc.entities}


def test_mentions_on_empty_body() -> None:
    assert find_mentions(Document(id="x", raw="")) == []


def _gold_locations(shared: Path) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    out = []
    for path in [*sorted((shared / "corpus" / "dev").glob("*.json")), shared / "corpus" / "seed-000.json"]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for event in gold["events"]:
            for location in event["locations"]:
                out.append((path.name, gold, location))
    return out


def test_every_dev_corpus_place_resolves_to_its_country_and_admin1(shared: Path) -> None:
    """Each gold location, found in its own article, resolves to the gold country and admin1."""
    cache: dict[str, Document] = {}
    wrong = []
    for name, gold, location in _gold_locations(shared):
        if name not in cache:
            cache[name] = extract_record(Record(gold["id"], gold["raw"], gold["format"], "utf-8"))
        doc = cache[name]
        want = comparable(location["text"])
        # the article may write the place more fully ("قاعدة ميرون للمراقبة الجوية")
        places = [
            m.place
            for m in doc.mentions
            if m.place is not None and (want in comparable(m.text) or comparable(m.text) in want)
        ]
        ok = any(
            p.country == location["country"]
            and (location["kind"] in ("country", "region") or comparable(p.admin1) == comparable(location["admin1"]))
            for p in places
        )
        if not ok:
            got = [(p.country, p.admin1, p.kind) for p in places]
            wrong.append(f"{name}: {location['text']} {location['country']}/{location['admin1']} -> {got}")
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("الموصل", "IQ", "Nineveh"),
        ("إربيل", "IQ", "Erbil"),
        ("سورية", "SY", None),
        ("خان يونس", "PS", "Gaza Strip"),
        ("جنين", "PS", "West Bank"),
        ("الحديدة", "YE", "Al Hudaydah"),
    ],
)
def test_press_spellings_resolve(text: str, country: str, admin1: str | None) -> None:
    doc = _doc(f"وقع هجوم في {text} اليوم.")
    (place,) = [m.place for m in doc.mentions if m.place is not None]
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1
