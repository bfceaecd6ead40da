"""The names stage: entities with exact spans, place and actor resolution, and the dev corpus places."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from random import Random
from typing import Any

import pytest

from rasd import names, tagger
from rasd.document import Document
from rasd.evaluate import comparable
from rasd.names import _QUOTED, _quoted, find_mentions, is_descriptive, rules
from rasd.normalise import fold_text
from rasd.pipeline import extract, extract_record
from rasd.read import Record


def _doc(text: str) -> Document:
    return extract_record(Record("t", text, "text", "utf-8", published=date(2024, 1, 24)))


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e["text"], e["type"]) for e in _doc(text).entities]


def _assert_entities_exact(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """The entities of `text`, in order, with their canonical names, each span the text it names."""
    doc = _doc(text)
    assert [(e["text"], e["type"], e["canonical"]) for e in doc.entities] == expected
    for e in doc.entities:
        assert text[e["start"] : e["end"]] == e["text"]


def test_names_behind_clitics_are_listed_without_them() -> None:
    text = "وصل الوفد إلى بغداد قادماً من أربيل، ثم توجه إلى بابل وبالعراق حديث عن الأنبار."
    doc = _doc(text)
    found = {(e["text"], e["type"]) for e in doc.entities}
    assert {("بغداد", "GPE"), ("أربيل", "GPE"), ("بابل", "GPE"), ("العراق", "GPE"), ("الأنبار", "GPE")} <= found
    for e in doc.entities:
        assert text[e["start"] : e["end"]] == e["text"]


def test_a_clitic_before_a_place_names_common_first_word_is_cut() -> None:
    # عين السبع is in no list: the tagger finds it, behind ب, and the clitic is no part of it
    text = "وتجمع المحتجون أمام مقر المديرية الإقليمية للتعليم بعين السبع في الدار البيضاء."
    found = _entities(text)
    assert ("عين السبع", "GPE") in found and not any(t.startswith("بعين") for t, _ in found)


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


def test_a_countrys_territory_named_by_its_nationality_places_but_is_no_name() -> None:
    doc = _doc(
        "ونفى الجيش الأردني أن تكون طائراته قد نفذت غارات على مواقع داخل الأراضي السورية أو في المياه الإقليمية العراقية."
    )
    assert _entities(doc.raw) == [("الجيش الأردني", "ORG")]  # not "السورية", which the tagger takes for a place
    territories = [(m.text, m.place.id if m.place else None) for m in doc.mentions if m.type == "GPE"]
    assert territories == [("الأراضي السورية", "sy-country"), ("المياه الإقليمية العراقية", "iq-country")]
    # a border does not say on which side, nor airspace (a missile is downed "before entering" it): no place
    outside = _doc("اشتباك على الحدود السورية، واعترض صاروخ قبل دخوله الأجواء الإسرائيلية")
    assert not [m for m in outside.mentions if m.type == "GPE"]


def test_a_counterpart_after_a_title_is_no_persons_name() -> None:
    assert _entities("فسوف يلتقي الرئيس المصري نظيره الفرنسي في القاهرة يوم الأحد.") == [("القاهرة", "GPE")]
    assert _entities("استقبل الرئيس اللبناني نظيرته القبرصية في بعبدا.") == [("بعبدا", "GPE")]


def test_context_chooses_between_places_of_one_name() -> None:
    iraqi = _doc("قصفت طائرات مسيرة مواقع في بابل والأنبار وكربلاء جنوب بغداد.")
    babil = next(m for m in iraqi.mentions if m.text == "بابل")
    assert babil.place is not None and babil.place.country == "IQ"


def test_countryside_of_a_province_is_a_region() -> None:
    found = _entities("قصفت قوات النظام بلدات في ريف إدلب الجنوبي وريف حلب الغربي.")
    assert ("ريف إدلب الجنوبي", "LOC") in found and ("ريف حلب الغربي", "LOC") in found


def test_countryside_named_by_a_direction_lies_that_way_off_its_town() -> None:
    # h18b: "ريف درعا الشرقي" lies some 25 km east of Daraa, "ريف إدلب الجنوبي" south of Idlib; a bare "ريف حماة"
    # stays at its town
    doc = _doc("قصفت قوات النظام بلدات في ريف درعا الشرقي وريف إدلب الجنوبي وريف حماة.")
    places = {m.text: m.place for m in doc.mentions if m.place is not None}
    east, south, bare = places["ريف درعا الشرقي"], places["ريف إدلب الجنوبي"], places["ريف حماة"]
    town = {m.text: m.place for m in _doc("قصفت قوات النظام بلدات في درعا وإدلب وحماة.").mentions if m.place}
    assert east.lat == town["درعا"].lat and 0.2 < east.lon - town["درعا"].lon < 0.35
    assert south.lon == town["إدلب"].lon and 0.18 < town["إدلب"].lat - south.lat < 0.28
    assert (bare.lat, bare.lon) == (town["حماة"].lat, town["حماة"].lon)


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
        # Somali and Darfur towns of the conflict news, in their press spellings
        ("غالكعيو", "SO", "Mudug"),
        ("مركا", "SO", "Lower Shabelle"),
        ("طوسمريب", "SO", "Galgaduud"),
        ("دوسامريب", "SO", "Galgaduud"),
        ("عدادو", "SO", "Galgaduud"),
        ("بولو بوردي", "SO", "Hiraan"),
        ("جليب", "SO", "Middle Juba"),
        ("بارديري", "SO", "Gedo"),
        ("حودور", "SO", "Bakool"),
        ("وانلاوين", "SO", "Lower Shabelle"),
        ("عيل بور", "SO", "Galgaduud"),
        ("مدينة الطينة", "SD", "North Darfur"),
        ("ولاية بونتلاند", "SO", None),
    ],
)
def test_press_spellings_resolve(text: str, country: str, admin1: str | None) -> None:
    doc = _doc(f"وقع هجوم في {text} اليوم.")
    (place,) = [m.place for m in doc.mentions if m.place is not None]
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1


def _places(text: str) -> list[tuple[str, str, str]]:
    """(text, canonical, country) of every place mention."""
    return [(m.text, m.place.canonical, m.place.country) for m in _doc(text).mentions if m.place is not None]


def test_a_small_town_spelled_as_a_clitic_and_a_word_needs_a_cue() -> None:
    # و + دان "and condemned" is not Waddan; after a preposition in a Libyan story it is
    text = "هاجم مسلحون نقطة تفتيش في مصراتة، ودان الهجوم مسؤولون محليون."
    assert _places(text) == [("مصراتة", "Misratah", "LY")]
    text = "وقعت اشتباكات في ودان بمنطقة الجفرة."
    assert _places(text) == [("ودان", "Waddan", "LY"), ("الجفرة", "Jufra", "LY")]
    # a large town keeps its bare reading: بعقوبة is Baqubah, not ب + عقوبة
    assert _places("شهدت بعقوبة هجوماً جديداً.") == [("بعقوبة", "Baqubah", "IQ")]


def test_metula_after_a_settlement_word_but_not_the_adjective_overlooking() -> None:
    text = "أعلن حزب الله أنه استهدف مستوطنة المطلة بصاروخ موجه، فيما قصفت إسرائيل بلدة الخيام."
    assert _places(text) == [("المطلة", "Metula", "IL"), ("إسرائيل", "Israel", "IL"), ("الخيام", "Khiam", "LB")]
    assert _places("وقصف الجيش الإسرائيلي التلال المطلة على بلدة الخيام.") == [("الخيام", "Khiam", "LB")]
    assert _places("دوت صفارات الإنذار في المطلة شمال إسرائيل.")[0] == ("المطلة", "Metula", "IL")


def test_a_post_named_by_a_stop_listed_town_with_its_owner_after_it() -> None:
    # "موقع X التابع لـ" is a military post at X; a website named by a common word stays no place
    text = "وأعلن حزب الله أن مقاتليه استهدفوا موقع المطلة التابع للجيش الإسرائيلي بصاروخين موجهين."
    assert _places(text) == [("المطلة", "Metula", "IL")]
    assert _places("وقالت مصادر في موقع الجديد التابع للحزب إن الاجتماع تأجل.") == []


def test_a_common_noun_after_a_preposition_is_not_a_small_place() -> None:
    # "في بيان" is "in a statement" even in a Kuwaiti story; "منطقة بيان" is Bayan
    text = "قالت وزارة الداخلية الكويتية في بيان إنها أوقفت ثلاثة متهمين."
    assert _places(text) == []
    assert ("بيان", "GPE") not in _entities(text)
    text = "أوقفت الشرطة الكويتية ثلاثة متهمين في منطقة بيان."
    assert _places(text) == [("بيان", "Bayan", "KW")]


def test_a_position_word_reads_a_stop_listed_town_of_the_story() -> None:
    text = "أغلق محتجون طرقاً غرب الزبير في محافظة البصرة."
    assert _places(text) == [("الزبير", "Az Zubayr", "IQ"), ("البصرة", "Basra", "IQ")]
    # the given name stays a name
    assert _places("قال عبد الله بن الزبير إن الوضع هادئ.") == []


def test_homonyms_follow_a_country_named_by_a_place_of_several_rows() -> None:
    # إدلب is the city and the governorate: both Syrian, so the story is Syrian and أريحا is Ariha
    text = "قتل مدنيان بقصف جوي على مدينة أريحا جنوب إدلب."
    assert _places(text) == [("أريحا", "Ariha", "SY"), ("إدلب", "Idlib", "SY")]
    text = "اقتحمت قوات الاحتلال مدينة أريحا في الضفة الغربية."
    assert _places(text)[0] == ("أريحا", "Jericho", "PS")


def test_an_outlet_named_in_quotes_is_an_organisation_not_a_place_or_a_day() -> None:
    text = 'وقال شهود عيان لـ"البصرة اليوم" إن قوات الأمن أطلقت أعيرة نارية في الهواء.'
    doc = _doc(text)
    assert [(e["text"], e["type"]) for e in doc.entities] == [("البصرة اليوم", "ORG")]
    assert doc.times == ()
    text = 'وتبنى التنظيم الهجوم في بيان نشرته وكالة "أعماق"، وقال مصدر أمني لـ"المنصة" إن التحقيق بدأ.'
    assert _entities(text) == [("أعماق", "ORG"), ("المنصة", "ORG")]
    # a local network's title may end in a number
    assert _entities('ونقلت شبكة "السويداء 24" عن مصادر أهلية، وقال ناشطون لموقع "درعا ٢٤" إن الطريق أغلق.') == [
        ("السويداء 24", "ORG"),
        ("درعا ٢٤", "ORG"),
    ]
    # a quoted phrase after لـ with no speaker before it is not an outlet
    assert _entities('ودعا المجلس لـ"وقف إطلاق النار" فوراً.') == []


def test_the_building_of_an_institution_is_a_facility_placed_by_its_name() -> None:
    doc = _doc("تظاهر المئات أمام مبنى ديوان محافظة البصرة مطالبين بتحسين الكهرباء.")
    assert [(e["text"], e["type"]) for e in doc.entities] == [("ديوان محافظة البصرة", "FAC")]
    (site,) = [m.place for m in doc.mentions if m.place is not None]
    assert (site.country, site.admin1) == ("IQ", "Basra")


def test_an_organisations_mandate_is_part_of_its_name_and_its_seat_is_not() -> None:
    text = "وقال المرصد السوري لحقوق الإنسان إن الدفاع المدني في غزة انتشل جثامين، وفق وزارة الصحة في غزة."
    assert _entities(text) == [
        ("المرصد السوري لحقوق الإنسان", "ORG"),
        ("الدفاع المدني", "ORG"),
        ("غزة", "GPE"),
        ("وزارة الصحة", "ORG"),
    ]
    # a mission's place after its mandate is part of its name
    text = "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن المحادثات مستمرة."
    assert _entities(text) == [("بعثة الأمم المتحدة للدعم في ليبيا", "ORG")]
    # a place that is part of a group's name stays
    text = "وتبنت المقاومة الإسلامية في العراق الهجوم."
    assert _entities(text) == [("المقاومة الإسلامية في العراق", "ORG")]


def test_a_nationality_after_a_definite_noun_is_its_adjective_not_a_people() -> None:
    text = "استهدفت الهجمات العسكريين الأميركيين، ودعا إلى عودة اللاجئين السوريين."
    assert [t for t in _entities(text) if t[1] == "NORP"] == []
    text = "وقال إن الاتفاق يصب في مصلحة جميع العراقيين، وتضامناً مع الفلسطينيين والأكراد."
    assert [t for t in _entities(text) if t[1] == "NORP"] == [
        ("العراقيين", "NORP"),
        ("الفلسطينيين", "NORP"),
        ("الأكراد", "NORP"),
    ]


def test_a_town_whose_name_starts_with_a_facility_word_stays_a_town() -> None:
    text = "قتل ثلاثة مدنيين في قصف على مدينة جسر الشغور غربي إدلب."
    assert _entities(text) == [("جسر الشغور", "GPE"), ("إدلب", "GPE")]
    assert _places(text)[0] == ("جسر الشغور", "Jisr ash Shughur", "SY")


def test_tagged_words_shaped_like_no_name_are_not_places() -> None:
    # an adverb in tanween, a weapon's model, a nisba adjective after its noun, a common noun with a direction
    text = "سقط صاروخ من طراز كاتيوشا في منطقة صحراوية قرب مدينة أريحا جنوباً، وأصابت مسيرة حياً سكنياً."
    assert _entities(text) == [("أريحا", "GPE")]
    assert _entities("دبلوماسياً، بحث الوزيران تهريب المخدرات عبر الحدود الشمالية.") == []
    assert _entities("وطالب المحتجون بتزويد المدينة بالكهرباء.") == []
    # the Saudi province needs its cue
    assert _places("وقع الحادث في منطقة الحدود الشمالية.") == [("الحدود الشمالية", "Northern Borders", "SA")]


def test_a_stop_listed_capital_of_a_country_the_story_names_follows_a_preposition() -> None:
    text = "زار وزير الخارجية الإيراني طهران ثم سلطنة عمان، وأجرى محادثات في مسقط مع نظيره."
    assert ("مسقط", "Muscat", "OM") in _places(text)
    # without Oman in the story it is "birthplace"
    assert _places("دفن في مسقط رأسه في طهران.") == [("طهران", "Tehran", "IR")]
    # ... and "birthplace" in a story that names Oman too
    assert _places("زار وزير الخارجية سلطنة عمان، ثم عاد إلى مسقط رأسه.") == [("سلطنة عمان", "Oman", "OM")]


def test_a_stop_listed_capital_after_a_preposition_is_the_city_outside_its_common_phrase() -> None:
    text = "وقّعت الحكومة اليمنية وجماعة الحوثي، أمس السبت في مسقط، اتفاقاً لتبادل الأسرى."
    assert _places(text) == [("مسقط", "Muscat", "OM")]
    assert _places("شيع المئات جثمان القيادي في مسقط رأسه.") == []


def test_a_place_cue_behind_a_clitic_reads_a_stop_listed_town() -> None:
    # الأبيض is "white" alone; "بمدينة الأبيض" is El Obeid as "في مدينة الأبيض" is
    text = "نهب مسلحون عشرات المحال التجارية في السوق الكبير بمدينة الأبيض."
    assert _places(text) == [("الأبيض", "El Obeid", "SD")]
    assert _places("نهب مسلحون عشرات المحال في مدينة الأبيض.") == [("الأبيض", "El Obeid", "SD")]
    assert _places("رفع المحتجون العلم الأبيض.") == []


def _facilities(text: str) -> list[str]:
    return [e["text"] for e in _doc(text).entities if e["type"] == "FAC"]


def test_a_facility_name_drops_the_adjectives_said_of_it() -> None:
    # where it lies, what it serves, whose it is: not part of the name
    text = "نُقل الجرحى إلى مستشفى الكندي القريب، وأغلقت السلطات معبر باب الهوى الحدودي."
    assert _facilities(text) == ["مستشفى الكندي", "معبر باب الهوى"]
    text = "توقف الضخ إلى ميناء جيهان التركي، وسقط صاروخ على قاعدة فكتوريا العسكرية قرب جسر الزيتون القريب."
    assert _facilities(text) == ["ميناء جيهان", "قاعدة فكتوريا", "جسر الزيتون"]
    # a name's own adjective stays; an adjective alone is no name
    text = "هبطت الطائرة في مطار حلب الدولي، ونُقل المصابون إلى المستشفى السعودي ثم إلى مستشفى قريب."
    assert _facilities(text) == ["مطار حلب الدولي", "المستشفى السعودي"]
    (airport,) = [m for m in _doc("سقطت قذيفة قرب معبر رفح البري.").mentions if m.type == "FAC"]
    assert (airport.text, airport.canonical) == ("معبر رفح", "Rafah border crossing")
    # a listed place that runs on past the kind word's name is left whole
    assert _entities("نزح الآلاف إلى معسكر أبو شوك في الفاشر.") == [("معسكر أبو شوك", "GPE"), ("الفاشر", "GPE")]


def test_platforms_and_outlets_are_organisations_named_without_their_kind() -> None:
    text = "وقالت الحركة في بيان على منصة إكس إنها نشرت صوراً على تلغرام وفيسبوك، وفي تصريح لقناة الجزيرة أكد ذلك."
    assert _entities(text) == [("إكس", "ORG"), ("تلغرام", "ORG"), ("فيسبوك", "ORG"), ("الجزيرة", "ORG")]
    # a kind word that begins a longer name stays ("وكالة الأنباء اليمنية"); a radio keeps its kind
    text = (
        "ونقلت وكالة الأنباء اليمنية عن مسؤول قوله لإذاعة شبيلي إن القيادة الأميركية في أفريقيا (أفريكوم) نفذت الضربة."
    )
    assert _entities(text) == [
        ("وكالة الأنباء اليمنية", "ORG"),
        ("إذاعة شبيلي", "ORG"),
        ("القيادة الأميركية في أفريقيا", "ORG"),
        ("أفريكوم", "ORG"),
    ]


def _people(text: str) -> list[tuple[str, int, int]]:
    return [(m.text, m.span.start, m.span.end) for m in find_mentions(_doc(text)) if m.type == "PER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ومن المقرر أن يصل وزير الكهرباء زياد علي فاضل إلى البصرة غداً الخميس.", "زياد علي فاضل"),
        ("وقال قائممقام سنجار مشتاق طالب السعيدي إن الهجوم وقع فجراً.", "مشتاق طالب السعيدي"),
        ("وتوعد المتحدث باسم حركة الشباب علي محمود راغي القوات الحكومية بمزيد من الهجمات.", "علي محمود راغي"),
        ("وأفاد رئيس بلدية جنين نضال العبيدي بأن المياه انقطعت عن المخيم.", "نضال العبيدي"),
        # feminine titles
        ("وقالت الوزيرة سلمى عبد الرزاق إن الوزارة ستعيد فتح المدارس.", "سلمى عبد الرزاق"),
        ("وأكدت السفيرة ليلى منصور أن السفارة تتابع أوضاع الجالية.", "ليلى منصور"),
        ("وأعلنت المتحدثة باسم البلدية رنا خوري أن الطريق أعيد فتحه.", "رنا خوري"),
    ],
)
def test_a_titled_persons_name_runs_over_its_parts(text: str, name: str) -> None:
    start = text.index(name)
    assert (name, start, start + len(name)) in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وزار الوزير أحمد حسن المستشفى صباح اليوم.", "أحمد حسن"),  # a definite noun after it is the object
        ("وكان قرار وزير العدل كمال الفقي يقضي بإغلاق المعبر.", "كمال الفقي"),  # a family name ends it
        ("وقال الوزير أحمد حسن الأربعاء إن الوضع مستقر.", "أحمد حسن"),  # a weekday
        ("وقال الوزير أحمد حسن العراقي إن الوضع مستقر.", "أحمد حسن"),  # a nationality
    ],
)
def test_a_titled_persons_name_ends_before_what_is_no_name(text: str, name: str) -> None:
    start = text.index(name)
    assert _people(text) == [(name, start, start + len(name))]


def test_the_preposition_ala_is_no_given_name() -> None:
    assert _people("وأكد الوزير على ضرورة التهدئة في المدينة.") == []
    # "علي" the surname is not read in the preposition "على" later in the story
    text = "وقال الناطق باسم الجهاز أسامة علي إن الفرق وصلت. وعثر الجهاز على جثتين."
    assert _people(text) == [("أسامة علي", text.index("أسامة"), text.index(" إن"))]


def test_a_family_name_with_al_or_bin_is_used_alone_with_its_particle() -> None:
    text = (
        "واستقبل رئيس الوزراء اليمني سالم صالح بن بريك في عدن السفير السعودي محمد آل جابر. "
        "وأعلن آل جابر عقب اللقاء تقديم منحة جديدة، فيما أكد بن بريك أن الحكومة ستعالج أزمة الكهرباء."
    )
    alone = [
        (m.text, m.span.start, m.canonical, m.origin)
        for m in find_mentions(_doc(text))
        if m.type == "PER" and m.origin == "derived"
    ]
    assert alone == [
        ("آل جابر", text.index("آل جابر عقب"), "Mohammed Al Jaber", "derived"),
        ("بن بريك", text.index("بن بريك أن"), "Salem bin Braik", "derived"),
    ]
    assert ("جابر", "PER") not in _entities(text) and ("بريك", "PER") not in _entities(text)


@pytest.mark.parametrize(
    ("text", "name", "canonical", "country", "admin1"),
    [
        ("واستهدفت غارة إسرائيلية مدينة صور في جنوب لبنان.", "صور", "Tyre", "LB", "South Lebanon"),
        ("وقصفت الطائرات حي تل السلطان غرب مدينة رفح.", "تل السلطان", "Tal al-Sultan", "PS", "Gaza Strip"),
        ("وسقطت قذيفة على أطراف بلدة القاسمية شمال صور.", "القاسمية", "Qasmiyeh", "LB", "South Lebanon"),
        ("وانفجرت عبوة ناسفة في مدينة أفجوي غرب مقديشو.", "أفجوي", "Afgooye", "SO", "Lower Shabelle"),
        ("وسقط صاروخ كاتيوشا في منطقة الرضوانية جنوب غربي بغداد.", "الرضوانية", "Al Radwaniyah", "IQ", "Baghdad"),
    ],
)
def test_a_town_after_its_kind_word_is_named_without_it(
    text: str, name: str, canonical: str, country: str, admin1: str
) -> None:
    mention = next(m for m in find_mentions(_doc(text)) if m.place is not None and name in m.text)
    start = text.index(name)
    assert (mention.text, mention.span.start, mention.span.end, mention.type) == (name, start, start + len(name), "GPE")
    assert mention.place is not None
    assert (mention.canonical, mention.place.country, mention.place.admin1) == (canonical, country, admin1)


def test_a_place_named_with_its_article_is_not_its_bare_spelling_behind_a_clitic() -> None:
    # "وجيزة" is و + "brief", not Giza (الجيزة); "وعقبة" is "and an obstacle", not Aqaba (العقبة)
    text = "وعقد الوزيران اجتماعاً لفترة وجيزة في القاهرة، وقالا إن المفاوضات تواجه عقبة وعقبة أخرى."
    assert _places(text) == [("القاهرة", "Cairo", "EG")]
    # ... while the article form behind a clitic is the place
    text = "وتظاهر المئات في القاهرة وبالجيزة أمس."
    assert _places(text) == [("القاهرة", "Cairo", "EG"), ("الجيزة", "Giza", "EG")]


def test_a_feminine_office_resolves_to_its_institution_and_is_no_entity() -> None:
    """ "وزيرة الخارجية الألمانية" is the German foreign ministry's office, as "وزير الخارجية الألماني" is:
    not the entity "الخارجية الألمانية" inside it."""
    text = "وبحثت وزيرة الخارجية الألمانية أنالينا بيربوك مع نظيرها الأردني أيمن الصفدي في عمان مستجدات غزة."
    assert _entities(text) == [("أنالينا بيربوك", "PER"), ("أيمن الصفدي", "PER"), ("عمان", "GPE"), ("غزة", "GPE")]
    office = next(m for m in find_mentions(_doc(text)) if m.text == "وزيرة الخارجية الألمانية")
    assert office.actor is not None and office.actor.id == "deu-mofa"
    assert (office.span.start, office.span.end) == (6, 30)
    r = rules()
    assert is_descriptive(fold_text("رئيسة الوزراء الإيطالية"), r)
    assert is_descriptive(fold_text("المتحدثة باسم الجيش الإسرائيلي"), r)


def test_the_chancellor_is_an_office_and_a_title() -> None:
    """ "المستشارة الألمانية" is the German government's office, not a name; "المستشار" before a name is a title."""
    assert _entities("وقالت المستشارة الألمانية إن برلين تدين الهجوم.") == [("برلين", "GPE")]
    assert _entities("واستقبل المستشار عقيلة صالح السفير الأمريكي في القبة.") == [
        ("عقيلة صالح", "PER"),
        ("القبة", "GPE"),
    ]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a frequent word the lexicon knows as no name is a verbal noun after the title, not a given name
        (
            "وبحث الرئيس الفرنسي تناول الأوضاع في المنطقة مع رئيس الوزراء اللبناني في باريس.",
            [("باريس", "GPE")],
        ),
        ("واستقبل وزير الخارجية العراقي استعراض العلاقات الثنائية في بغداد.", [("بغداد", "GPE")]),
        # ... while a given name after the same title is still read
        (
            "وبحث الرئيس الفرنسي إيمانويل ماكرون مع نظيره المصري الأوضاع في غزة.",
            [("إيمانويل ماكرون", "PER"), ("غزة", "GPE")],
        ),
    ],
)
def test_a_verbal_noun_after_a_title_is_no_name(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def _tagged(text: str) -> list[tuple[str, str]]:
    words = re.findall(r"[^\W_]+|[^\w\s]", text)
    return [(" ".join(words[i:j]), kind) for i, j, kind in tagger.spans(words)]


def test_a_title_is_cut_from_a_tagged_name_and_a_rarer_given_name_joins_it() -> None:
    text = "وأعلنت الرئاسة تعيين ساهر محمد الخطيب محافظاً للبنك المركزي وسليم العبيدي نائباً له."
    # the model's own reading: the name starts at the father's name and runs over "as governor"
    assert ("محمد الخطيب", "PER") in _tagged(text) and ("وسليم العبيدي", "PER") in _tagged(text)
    assert [name for name, _, _ in _people(text)] == ["ساهر محمد الخطيب", "سليم العبيدي"]


def test_a_title_the_model_takes_for_a_place_is_dropped_and_a_name_it_takes_for_one_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "سفيرة" (ambassador) and a given name and surname, both read as places, as the model has read them
    _tagger_reads(monkeypatch, {"سفيرة": "LOC", "آلينا رومانوسكي": "LOC"})
    text = "وقالت الوزارة إن الوزير تسلم من سفيرة الولايات المتحدة ببغداد، آلينا رومانوسكي، رسالة مهمة."
    assert _entities(text) == [("الولايات المتحدة", "GPE"), ("بغداد", "GPE"), ("آلينا رومانوسكي", "PER")]


def test_a_place_word_first_keeps_a_tagged_name_a_place() -> None:
    # a place word first keeps it a place
    assert names._given_name_first(["تل", "رفعت"], rules()) is False


def test_weekdays_and_verbs_the_model_takes_for_places_are_no_places(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقال وزير الخارجية التركي في مؤتمر صحافي في أنقرة الأربعاء إن الضربات ستستمر في مارس."
    # the model reads "أنقرة الأربعاء" as two places in some articles; here it is told to
    _tagger_reads(monkeypatch, {"الأربعاء": "LOC", "مارس": "LOC"})
    assert _entities(text) == [("أنقرة", "GPE")]
    # "دان" (condemned) is also a town's name; a model has read it as a place here
    text = "بدوره، دان رئيس البرلمان الهجوم ووصفه بالجبان."
    monkeypatch.undo()
    _tagger_reads(monkeypatch, {"دان": "LOC"})
    assert _entities(text) == []


def _tagger_reads(monkeypatch: pytest.MonkeyPatch, readings: dict[str, str]) -> None:
    """Make the tagger read each phrase (words separated by spaces) as a name of its type, in place of any span
    it overlaps: the names stage's checks are then tested whatever the shipped model reads."""
    real = tagger.spans_of_sentences

    def reading(sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        out = []
        for words, spans in zip(sentences, real(sentences), strict=True):
            forced = [
                (k, k + len(phrase.split()), label)
                for phrase, label in readings.items()
                for k in range(len(words))
                if " ".join(words[k : k + len(phrase.split())]) == phrase
            ]
            kept = [s for s in spans if not any(s[0] < b and a < s[1] for a, b, _ in forced)]
            out.append(sorted(kept + forced))
        return out

    monkeypatch.setattr(tagger, "spans_of_sentences", reading)


def test_the_strip_said_again_is_no_place_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # "وسط القطاع": the Gaza Strip said again by its kind, which the tagger can take for a place
    _tagger_reads(monkeypatch, {"القطاع": "LOC"})
    text = "قصفت طائرات الاحتلال منزلاً فجراً في مخيم النصيرات وسط القطاع، فيما لا يزال آخرون مفقودين."
    assert _entities(text) == [("مخيم النصيرات", "GPE")]


@pytest.mark.parametrize("reading", ["نظيره السوري", "نظيره السوري أسعد حسن الشيباني"])
def test_a_counterpart_and_his_nationality_are_no_name(monkeypatch: pytest.MonkeyPatch, reading: str) -> None:
    # as the model has read them: the counterpart word and his nationality alone, or in front of his name
    _tagger_reads(monkeypatch, {reading: "PER"})
    text = "كما عقد الصفدي جلسة مباحثات موسعة مع نظيره السوري أسعد حسن الشيباني في مقر وزارة الخارجية السورية."
    assert _entities(text) == [
        ("الصفدي", "PER"),
        ("أسعد حسن الشيباني", "PER"),
        ("وزارة الخارجية السورية", "ORG"),
    ]


def test_a_given_name_is_not_read_as_a_clitic_and_a_village() -> None:
    text = "وتسلم الرئيس أوراق اعتماد السفيرة البريطانية الجديدة، كارين بيرس، في قصر الرئاسة."
    assert _entities(text) == [("كارين بيرس", "PER"), ("قصر الرئاسة", "FAC")]
    # a real clitic before a place still reads
    assert _entities("وأكد أن الوفد وصل لبغداد وبالبصرة.") == [("بغداد", "GPE"), ("البصرة", "GPE")]


def test_a_region_named_as_administered_is_a_political_entity() -> None:
    text = "وتتواصل المعارك في إقليم دارفور، فيما قالت السلطات في إقليم كردستان العراق إن الوضع هادئ."
    assert _entities(text) == [("إقليم دارفور", "GPE"), ("إقليم كردستان العراق", "GPE")]
    # a sea or a region named without an administrative word stays a location
    assert _entities("وتعرضت سفينة لهجوم في البحر الأحمر، وفر مدنيون إلى جبل سنجار.") == [
        ("البحر الأحمر", "LOC"),
        ("جبل سنجار", "LOC"),
    ]


def test_a_nationality_after_a_number_counts_people() -> None:
    text = "ويستضيف لبنان نحو مليون و500 ألف سوري، فيما قتل أكثر من 650 فلسطينياً في الضفة الغربية."
    assert _entities(text) == [("لبنان", "GPE"), ("سوري", "NORP"), ("فلسطينياً", "NORP"), ("الضفة الغربية", "GPE")]
    # an adjective of a person noun is no people
    assert _entities("وقال مسؤول سوري إن المحادثات مستمرة.") == []


def test_gunmen_and_forces_of_a_listed_body_name_the_body() -> None:
    text = (
        "وتخوض حركة الشباب المرتبطة بتنظيم القاعدة تمرداً، وقصفت قوات التحالف الدولي مواقع لقوات الدعم السريع "
        "في ولاية بونتلاند، فيما هاجم مسلحي الحوثي سفينة."
    )
    assert _entities(text) == [
        ("حركة الشباب", "ORG"),
        ("القاعدة", "ORG"),
        ("التحالف الدولي", "ORG"),
        ("قوات الدعم السريع", "ORG"),  # "Rapid Support Forces": the word is part of the name
        ("ولاية بونتلاند", "GPE"),
        ("الحوثي", "ORG"),
    ]


def test_unnamed_gunmen_and_remnants_are_descriptions_not_names() -> None:
    text = "وقتل رجل برصاص مسلحين مجهولين، فيما هاجم مسلحو العشائر مواقع فلول النظام البائد."
    assert [m.actor.id for m in find_mentions(_doc(text)) if m.actor] == [
        "unidentified-armed",
        "syr-tribes",
        "syr-assad-remnants",
    ]
    assert _entities(text) == []


def test_a_body_named_before_is_no_name_when_the_model_tags_it() -> None:
    text = "وأضافت الهيئة أن السفينة واصلت رحلتها، وأزالت الفرق الألغام التي خلّفها التنظيم."
    assert _tagged(text) == [("الهيئة", "ORG")]
    assert _entities(text) == []


def test_former_heads_of_state_and_spokesmen_are_listed_by_name() -> None:
    assert _entities("وتشهد ليبيا انقساماً منذ سقوط نظام معمر القذافي عام 2011.") == [
        ("ليبيا", "GPE"),
        ("معمر القذافي", "PER"),
    ]
    people = find_mentions(_doc("وقال الناطق باسم الحكومة العراقية باسم العوادي إن بغداد ترفض الهجوم."))
    assert [(m.text, m.actor.canonical if m.actor else None) for m in people if m.type == "PER"] == [
        ("باسم العوادي", "Basim al-Awadi")
    ]


def test_the_cape_ships_go_round_and_a_flag_state() -> None:
    text = "وقررت شركات شحن كبرى تحويل مسار سفنها عبر رأس الرجاء الصالح، فيما ترفع السفينة علم باربادوس."
    assert _entities(text) == [("رأس الرجاء الصالح", "LOC"), ("باربادوس", "GPE")]


def test_a_part_of_a_place_lists_the_place_and_keeps_the_part_for_events() -> None:
    text = "وتتواصل الغارات على جنوب لبنان وشمال غربي سوريا، فيما قصفت الطائرات وسط قطاع غزة والجنوب السوري."
    assert _entities(text) == [("لبنان", "GPE"), ("سوريا", "GPE"), ("قطاع غزة", "GPE"), ("الجنوب السوري", "LOC")]
    doc = _doc(text)
    south = next(e for e in doc.entities if e["text"] == "لبنان")
    assert doc.raw[south["start"] : south["end"]] == "لبنان"
    # the mention itself is still the region
    assert [m.place.canonical for m in doc.mentions if m.place and m.text == "جنوب لبنان"] == ["Southern Lebanon"]


def test_a_stop_listed_place_named_with_its_cue_is_the_place_again_later() -> None:
    text = "وقصف الطيران سوقاً في منطقة الحاج يوسف شرقي الخرطوم، ونفى الجيش تنفيذ أي غارة على سوق الحاج يوسف."
    places = [(m.text, m.place.id) for m in find_mentions(_doc(text)) if m.place]
    assert places == [
        ("الحاج يوسف", "sd-city-al-haj-yousif"),
        ("الخرطوم", "sd-city-khartoum"),
        ("الحاج يوسف", "sd-city-al-haj-yousif"),
    ]
    # without the cue the spelling is a person's ("Hajj Yusuf"), and a tagged name ends before its full stop
    assert _entities("ونفى الجيش تنفيذ أي غارة على سوق الحاج يوسف.") == [("يوسف", "PER")]


def test_a_sudanese_locality_is_named_without_its_kind_word() -> None:
    text = "وقصفت المسيرات سوقاً بمحلية شرق النيل، فيما اندلعت اشتباكات في محلية كرري."
    assert _entities(text) == [("شرق النيل", "GPE"), ("كرري", "GPE")]


def test_quoted_names_are_read_only_near_quotes_with_the_same_matches() -> None:
    # _quoted tries the pattern only near opening quotes: the matches must be finditer's, in its order
    texts = [
        'وقال مصدر لـ"المنصة" إن',
        'وكالة «أعماق» و"رويترز"',
        'قال  "الجزيرة"',
        '،"نص" و "نص اخر طويل جدا هنا الان"',
        '"" «» "ا"ب"',
        'ل"ا" ل "ب"',
        '"الرسالة"',
        'x_"ا"',
        'كلمة\n"سطر"',
    ]
    rng = Random(3)
    pieces = ['"', "«", "»", "“", "”", " ", "\n", "ل", "ول", "وكالة", "اعماق", "_", "1", "،", "\u00a0", "\u064b"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in _quoted(text)] == [
            (m.span(), m.groups()) for m in _QUOTED.finditer(text)
        ]
    assert [m.group(2) for m in _quoted('وقال مصدر لـ"المنصة" إن وكالة «أعماق» ذكرت')] == ["المنصة", "أعماق"]


def test_a_place_and_today_after_a_preposition_is_no_outlet() -> None:
    assert _entities("وقال المتحدث إن الاجتماع عقد في بغداد اليوم بحضور الوزراء.") == [("بغداد", "GPE")]
    assert _entities("ووصل الوفد إلى إسرائيل اليوم، فيما عقد اجتماع ببغداد اليوم.") == [
        ("إسرائيل", "GPE"),
        ("بغداد", "GPE"),
    ]
    # the outlet itself
    assert _entities("وذكر موقع بغداد اليوم أن الانفجار وقع قرب السوق.") == [("بغداد اليوم", "ORG")]


def test_a_nationality_adjective_carried_as_a_persons_name_is_dropped() -> None:
    text = (
        "وشارك في المؤتمر وزير الخارجية المصري سامح شكري ونظيره التركي هاكان فيدان. "
        "وبحث الجانبان استئناف الضخ عبر خط الأنابيب العراقي التركي."
    )
    # the model reads "ونظيره التركي" as a name and carries "التركي" to the second sentence
    sentences = [re.findall(r"[^\W_]+|[^\w\s]", s + ".") for s in text.rstrip(".").split(". ")]
    carried = tagger.spans_of_sentences(sentences)[1]
    assert [(" ".join(sentences[1][i:j]), kind) for i, j, kind in carried] == [("التركي", "PER")]
    assert _entities(text) == [("سامح شكري", "PER"), ("هاكان فيدان", "PER")]


def _orgs(text: str) -> list[str]:
    return [m.text for m in _doc(text).mentions if m.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل ثلاثة أشخاص في اشتباكات اندلعت ليلا بين كتيبة رحبة الدروع وكتيبة الشهيدة صبرية في طرابلس.",
            ["كتيبة رحبة الدروع", "كتيبة الشهيدة صبرية"],
        ),
        ("هاجم مسلحون من كتيبة الشهيد محمد المدني مقرا أمنيا في مدينة الزاوية.", ["كتيبة الشهيد محمد المدني"]),
        ("تبنت سرية الشهيد أبو علي مصطفى إطلاق قذائف على موقع عسكري.", ["سرية الشهيد أبو علي مصطفى"]),
        ("اندلعت مواجهات بين كتيبة صقور الجبل وقوة أمنية قرب المعبر.", ["كتيبة صقور الجبل"]),
        ("قال قائد كتيبة الشهيد على الحدود إن الهجوم فشل.", ["كتيبة الشهيد"]),
        # no unit: the adjective "سرية" (secret), a unit with no name
        ("كشفت وثائق سرية تفاصيل الخطة العسكرية.", []),
        ("أرسل الجيش كتيبة مدرعة إلى الحدود الشمالية.", []),
    ],
)
def test_a_units_proper_name_runs_over_its_words(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # the named body inside a listed office is listed; the office is not
        (
            "وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الطائرات قصفت مواقع في بنت جبيل.",
            [("الجيش الإسرائيلي", "ORG"), ("أفيخاي أدرعي", "PER"), ("بنت جبيل", "GPE")],
        ),
        (
            "وتوجه رئيس مجلس السيادة إلى بورتسودان لإجراء مشاورات مع القادة العسكريين.",
            [("مجلس السيادة", "ORG"), ("بورتسودان", "GPE")],
        ),
        # ... but a minister's field is part of the office, and a description stays one
        ("وأكد وزير الخارجية الفرنسي في باريس دعمه للمبادرة.", [("باريس", "GPE")]),
        ("وقال الناطق باسم الحكومة العراقية إن الحوار مستمر.", []),
        # the state's name in "رئيس الجمهورية اللبنانية" is part of the office
        ("واستقبل رئيس الجمهورية اللبنانية وفداً من صندوق النقد الدولي.", [("صندوق النقد الدولي", "ORG")]),
    ],
)
def test_a_body_named_inside_an_office_is_listed(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_titles_and_what_is_said_of_them_are_cut_from_a_listed_persons_name() -> None:
    text = "واستقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة الرئيس الصيني شي جين بينغ."
    assert _entities(text) == [("محمد بن سلمان", "PER"), ("جدة", "GPE"), ("شي جين بينغ", "PER")]
    assert _entities("وهرب الرئيس السوري السابق بشار الأسد إلى موسكو.") == [("بشار الأسد", "PER"), ("موسكو", "GPE")]
    # an office alone is a description; a family name in nisba form after a title is still the name
    assert _entities("وقال ولي العهد السعودي إن المملكة ماضية في الإصلاحات.") == []
    assert _entities("وبحث العاهل الأردني مع الوفد الأوضاع في القدس.") == [("القدس", "GPE")]
    assert _entities("ودعا الشيخ الهجري أبناء الطائفة إلى التهدئة.") == [("الهجري", "PER")]


def test_a_facilitys_town_after_its_name_is_listed_apart() -> None:
    text = "نقل المصابون إلى مستشفى العودة في جباليا ومستشفى كمال عدوان في بيت لاهيا."
    assert _entities(text) == [
        ("مستشفى العودة", "FAC"),
        ("جباليا", "GPE"),
        ("مستشفى كمال عدوان", "FAC"),
        ("بيت لاهيا", "GPE"),
    ]


def test_settlers_and_a_second_adjective_of_a_noun_are_no_people() -> None:
    text = "وهاجم مستوطنون إسرائيليون قرية ترمسعيا، فيما أشاد بدور الوسطاء المصريين والأميركيين."
    assert _entities(text) == [("ترمسعيا", "GPE")]
    assert _entities("وأحرق المستوطنون منازل في القرية.") == []
    # a people joined to a people is still one
    text = "وقالت الوزارة إن 12 فلسطينياً أصيبوا، وتضامن المتظاهرون مع الفلسطينيين واللبنانيين."
    assert _entities(text) == [("فلسطينياً", "NORP"), ("الفلسطينيين", "NORP"), ("اللبنانيين", "NORP")]


def test_a_short_form_in_parentheses_after_an_organisation_is_that_organisation() -> None:
    text = "وذكرت هيئة البث الإسرائيلية (كان) أن المجلس الوزاري المصغر سيجتمع مساء اليوم."
    doc = _doc(text)
    short = next(m for m in doc.mentions if m.text == "كان")
    assert (short.type, short.canonical) == ("ORG", "Kan (Israeli Public Broadcasting Corporation)")
    assert ("كان", "ORG") in _entities(text)
    # a place in parentheses stays a place
    assert _entities("وأعلن حزب الله (لبنان) مسؤوليته.") == [("حزب الله", "ORG"), ("لبنان", "GPE")]


def test_a_station_named_after_a_place_is_an_outlet() -> None:
    text = "وقال وزير الإعلام لإذاعة مقديشو إن القوات استعادت البلدة، وبث تلفزيون دبي اللقاء."
    assert _entities(text) == [("إذاعة مقديشو", "ORG"), ("تلفزيون دبي", "ORG")]
    station = next(m for m in _doc(text).mentions if m.text == "إذاعة مقديشو")
    assert station.actor is not None and (station.actor.country, station.actor.role) == ("SOM", "media")


def test_the_news_is_not_khobar() -> None:
    assert _entities("ونشرت الصحيفة الخبر نقلاً عن مصدر مطلع.") == []
    assert _places("وقع انفجار في مدينة الخبر شرقي السعودية.")[0] == ("الخبر", "Khobar", "SA")


@pytest.mark.parametrize(
    ("text", "name", "canonical", "kind"),
    [
        ("وأحبط الجيش محاولة تهريب قرب منطقة الرويشد شرقي المفرق.", "الرويشد", "Ruwaished", "GPE"),
        ("وقصفت مسيرة موقعاً قرب بلدة بئر لحلو.", "بئر لحلو", "Bir Lehlou", "GPE"),
        ("وعاد نازحون إلى مجمع خانصور شمال سنجار.", "مجمع خانصور", "Khanasor", "GPE"),
        ("وقصفت الطائرات التركية مواقع في منطقة متينا.", "متينا", "Metina", "LOC"),
        ("وعبرت سفينة تجارية ممر خور عبد الله باتجاه أم قصر.", "خور عبد الله", "Khor Abdullah", "LOC"),
        ("وانتشر الجيش على طول الخط الأزرق.", "الخط الأزرق", "Blue Line", "LOC"),
    ],
)
def test_border_towns_zones_and_waterways_of_the_news(text: str, name: str, canonical: str, kind: str) -> None:
    mention = next(m for m in find_mentions(_doc(text)) if name in m.text)
    assert (mention.text, mention.canonical, mention.type) == (name, canonical, kind)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a given name and a family name spelled like a town, after a title: a person
        (
            "وقالت النائبة بشرى الخليل إن الكتلة لن تشارك في جلسة الثقة.",
            [("بشرى الخليل", "PER")],
        ),
        (
            "واستقبل الرئيس اللبناني المبعوث الأميركي توم براك في بعبدا.",
            [("توم براك", "PER"), ("بعبدا", "GPE")],
        ),
        # a capital after a title and a given name stays the place it names
        ("ووصل الوزير أحمد بغداد قادماً من عمّان.", [("بغداد", "GPE"), ("عمّان", "GPE")]),
    ],
)
def test_a_family_name_spelled_like_a_town_after_a_title(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_a_site_named_by_what_it_is_keeps_its_town() -> None:
    text = "واعتصم المحامون أمام المحكمة الابتدائية بصفاقس، ونُقل الموقوف إلى ثكنة الحرس الوطني بالعوينة."
    assert _facilities(text) == ["المحكمة الابتدائية بصفاقس", "ثكنة الحرس الوطني بالعوينة"]
    # a site with a name of its own does not
    text = "واستقبل الأمير ضيفه في قصر اليمامة بالرياض."
    assert _entities(text) == [("قصر اليمامة", "FAC"), ("الرياض", "GPE")]


def test_a_place_after_an_institutions_adjective_is_not_in_its_name() -> None:
    text = "ويزور وفد من وزارة النفط الاتحادية أربيل الأسبوع المقبل."
    assert _entities(text) == [("وزارة النفط الاتحادية", "ORG"), ("أربيل", "GPE")]
    # ... while a place after an indefinite word is ("قيادة شرطة البصرة"), and an adjective spelled like a town stays
    assert _entities("وأعلنت قيادة شرطة البصرة اعتقال المتهمين.") == [("قيادة شرطة البصرة", "ORG")]
    assert ("الهيئة الخيرية الأردنية الهاشمية", "ORG") in _entities("وسيرت الهيئة الخيرية الأردنية الهاشمية قافلة.")


def test_forces_named_by_whom_they_serve_are_a_description() -> None:
    text = "وقالت قوات التحالف إنها اعترضت الصاروخ، فيما استهدفت قوات الجماعة سفينة تجارية."
    assert _entities(text) == []
    forces = next(m for m in _doc(text).mentions if m.text == "قوات التحالف")
    assert forces.actor is not None and forces.actor.role == "military"
    # forces whose name is a name stay listed
    assert _entities("وقصفت قوات الدعم السريع أحياء في الفاشر.") == [("قوات الدعم السريع", "ORG"), ("الفاشر", "GPE")]


def test_the_capital_is_named_without_its_kind_and_described_is_no_entity() -> None:
    text = "ووصل الوفد إلى العاصمة بغداد، ثم توجه إلى العاصمة الأردنية عمان."
    assert _entities(text) == [("بغداد", "GPE"), ("عمان", "GPE")]
    doc = _doc("وسقطت قذائف على أطراف العاصمة العراقية فجر اليوم.")
    assert doc.entities == ()
    (capital,) = [m for m in doc.mentions if m.place is not None]
    assert (capital.text, capital.canonical) == ("العاصمة العراقية", "Baghdad")


def test_the_place_an_institutions_mandate_serves_is_in_its_name() -> None:
    text = "وقالت الهيئة العامة للإغاثة في اليمن إنها وزعت المساعدات، بحسب وزارة الصحة في غزة."
    assert _entities(text) == [("الهيئة العامة للإغاثة في اليمن", "ORG"), ("وزارة الصحة", "ORG"), ("غزة", "GPE")]


def test_an_institution_kind_with_a_body_named_before_is_no_name() -> None:
    doc = _doc("وقالت قيادة الحزب إن القرار نهائي، وأكدت رئاسة الحركة التزامها بالاتفاق.")
    assert doc.entities == ()
    command = next(m for m in doc.mentions if m.text == "قيادة الحزب")
    assert command.actor is not None


def test_a_club_is_named_with_its_kind() -> None:
    text = "وأعلن نادي الهلال تعاقده مع المهاجم البرازيلي، بينما خسر نادي الوحدة مباراته."
    assert _entities(text) == [("نادي الهلال", "ORG"), ("نادي الوحدة", "ORG")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a foreign given name in أل is no definite word: the name after the title is read
        ("وقال السفير الروسي أليكسي كلابيكوف إن موسكو ترحب بالمبادرة.", [("أليكسي كلابيكوف", "PER"), ("موسكو", "GPE")]),
        ("واستدعت الخارجية السفير الأمريكي في بغداد.", [("بغداد", "GPE")]),
        # an association named by its kind and its mandate
        (
            "وأعربت الجمعية الوطنية لحقوق الإنسان في ليبيا عن قلقها من الاعتقالات.",
            [("الجمعية الوطنية لحقوق الإنسان في ليبيا", "ORG")],
        ),
    ],
)
def test_ambassadors_and_associations(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


@pytest.mark.parametrize(
    ("text", "read_as", "entities"),
    [
        # a nationality adjective after a title is no organisation
        ("واستدعت الخارجية السفير الأمريكي في بغداد.", "الأمريكي", [("بغداد", "GPE")]),
        # the body named before, then its object: a definite masculine plural does not agree with المنظمة
        ("وطالبت المنظمة المانحين بزيادة التمويل.", "المنظمة المانحين", []),
    ],
)
def test_adjectives_and_objects_the_model_takes_for_organisations_are_no_names(
    monkeypatch: pytest.MonkeyPatch, text: str, read_as: str, entities: list[tuple[str, str]]
) -> None:
    _tagger_reads(monkeypatch, {read_as: "ORG"})
    assert _entities(text) == entities


# ---- names the lists do not hold: Maghreb and Gulf officials, camps, facilities named after people ----


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # السلطان is a title, not part of the name
        (
            "واستقبل السلطان هيثم بن طارق في مسقط وزير الخارجية الإيراني.",
            [("هيثم بن طارق", "PER"), ("مسقط", "GPE")],
        ),
        # a family name after a compound given name (عبد + name, name + الدين) or a lineage (بن صالح)
        (
            "وأكد محافظ نينوى عبد القادر الدخيل أن العمل سينتهي قبل نهاية العام.",
            [("نينوى", "GPE"), ("عبد القادر الدخيل", "PER")],
        ),
        ("وحضر اللقاء وزير الحكم المحلي بدر الدين التومي.", [("بدر الدين التومي", "PER")]),
        ("وقاد الوساطة الشيخ ناجي بن صالح الشايف بين القبيلتين.", [("ناجي بن صالح الشايف", "PER")]),
        # Mauritanian ولد ("son of") builds a name as بن does
        (
            "واستقبل الرئيس الجزائري وزير الخارجية الموريتاني محمد سالم ولد مرزوك.",
            [("محمد سالم ولد مرزوك", "PER")],
        ),
        # "آل ثاني" may close a name of three parts
        ("واستقبل وزير الدولة الشيخ خالد بن محمد آل ثاني الوفد.", [("خالد بن محمد آل ثاني", "PER")]),
        # a name whose first letter reads like a clitic (بديع), after an office held in a named body
        (
            "قال رئيس بلدية صيدا حازم بديع إن البلدية فتحت المدارس أمام النازحين.",
            [("بلدية صيدا", "ORG"), ("حازم بديع", "PER")],
        ),
        # ... but "باسم" after a second office joined by و is "in the name of"
        (
            "وتوعد رئيس الوفد المفاوض والمتحدث باسم الجماعة محمد عبد السلام بالرد.",
            [("محمد عبد السلام", "PER")],
        ),
        # an office held in a body or a place found as such ("النائب في البرلمان الكويتي") runs on to the name
        (
            "دعا النائب في البرلمان الكويتي مرزوق الغانم الحكومة إلى إقرار القانون.",
            [("البرلمان الكويتي", "ORG"), ("مرزوق الغانم", "PER")],
        ),
        (
            "وقالت منسقة الأمم المتحدة للشؤون الإنسانية في السودان كليمنتين نكويتا سلامي إن استهداف المستشفيات"
            " انتهاك صارخ.",
            [("السودان", "GPE"), ("كليمنتين نكويتا سلامي", "PER")],
        ),
    ],
)
def test_titled_names_of_officials_the_lists_do_not_hold(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_a_body_behind_lam_in_an_office_is_listed_without_it() -> None:
    text = "وصل الأمين العام لمجلس التعاون الخليجي جاسم البديوي إلى الكويت أمس."
    doc = _doc(text)
    assert [(e["text"], e["type"]) for e in doc.entities] == [
        ("مجلس التعاون الخليجي", "ORG"),
        ("جاسم البديوي", "PER"),
        ("الكويت", "GPE"),
    ]
    body = doc.entities[0]
    assert text[body["start"] : body["end"]] == "مجلس التعاون الخليجي"
    assert body["canonical"] == "Gulf Cooperation Council"


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a facility behind a clitic (بمستشفى، بالمحكمة) is named as without it; a court whose judge acts is a
        # body (probe49: a court is listed as a building only where people stand before it)
        ("وقال إن المصابين يتلقون العلاج بمستشفى ابن الجزار الجامعي.", [("مستشفى ابن الجزار الجامعي", "FAC")]),
        (
            "وأحيل الموقوفون على قاضي التحقيق بالمحكمة الابتدائية بصفاقس.",
            [("المحكمة الابتدائية بصفاقس", "ORG")],
        ),
        # ... but بسجن is most often the verbal noun ("sentenced to prison")
        ("وقضت المحكمة بسجن مدوّن عاماً واحداً.", []),
        # a facility named after a person: his lineage and his title's name are part of it
        ("وتناول اللقاء تأمين معبر مصطفى بن بولعيد الحدودي بين البلدين.", [("معبر مصطفى بن بولعيد", "FAC")]),
        ("ونقل الجرحى إلى مستشفى الملك فهد في جدة.", [("مستشفى الملك فهد", "FAC"), ("جدة", "GPE")]),
        (
            "ونظم الطلاب وقفة أمام جامعة القاضي عياض في مراكش.",
            [("جامعة القاضي عياض", "FAC"), ("مراكش", "GPE")],
        ),
        # the title inside a site's name opens no person's name after the site
        (
            "ونظم الطلاب وقفة أمام جامعة القاضي عياض في مراكش للمطالبة بتحسين ظروف السكن الجامعي.",
            [("جامعة القاضي عياض", "FAC"), ("مراكش", "GPE")],
        ),
        # "المؤدي" (leading to) says where a street goes, it does not name it
        ("وجرفت الجرافات الشارع المؤدي إلى المستشفى.", []),
    ],
)
def test_facilities_behind_clitics_and_named_after_people(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a camp no list holds is named with its kind, as the listed ones are ("مخيم جنين")
        ("وأكد أن مخيم فرشانا لم يعد يتسع لمزيد من اللاجئين.", [("مخيم فرشانا", "GPE")]),
        ("وحذرت المفوضية من تدهور الأوضاع في مخيم أدري على الحدود.", [("مخيم أدري", "GPE")]),
        # a kibbutz is a place cue: the name after it is the place
        ("وقال إن المسيرة سقطت في منطقة مفتوحة قرب كيبوتس إيلوت.", [("إيلوت", "GPE")]),
        # a town's nationality adjective is said of it, not part of its name
        (
            "وفر الآلاف من الجنينة نحو بلدة أدري التشادية خلال الأيام الماضية.",
            [("الجنينة", "GPE"), ("أدري", "GPE")],
        ),
    ],
)
def test_camps_kibbutzim_and_towns_with_their_country(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_a_camp_at_a_listed_town_is_placed_at_the_town() -> None:
    camp = _doc("وحذرت المفوضية من تدهور الأوضاع في مخيم أدري على الحدود.").entities[0]
    assert (camp["text"], camp["canonical"], camp["place"]["country"]) == ("مخيم أدري", "Adre", "TD")


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "وقال الممثل الخاص للأمين العام ألكسندر إيفانكو إن بعثة المينورسو تتابع الوضع عن كثب.",
            [("ألكسندر إيفانكو", "PER"), ("المينورسو", "ORG")],
        ),
        ("وأعلنت شركة نفط البصرة استئناف الضخ من حقل الرميلة.", [("شركة نفط البصرة", "ORG"), ("حقل الرميلة", "FAC")]),
        ("وقالت فرق الوقاية المدنية إنها أحصت ثلاثة آلاف منزل متضرر.", [("الوقاية المدنية", "ORG")]),
        ("وتوقف الضخ من محطة مياه علوك مجدداً.", [("محطة مياه علوك", "FAC")]),
        (
            "وقال الجيش المغربي إن القذائف سقطت قرب المحبس دون خسائر.",
            [("الجيش المغربي", "ORG"), ("المحبس", "GPE")],
        ),
        # نصيب is a town after its cue, and "a share" elsewhere
        ("وفر المهربون باتجاه بلدة نصيب السورية.", [("نصيب", "GPE")]),
        ("وحصل الفريق على نصيب الأسد من الجوائز.", []),
        (
            "والتقى وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني نظيره الأميركي.",
            [("محمد بن عبدالرحمن آل ثاني", "PER")],
        ),
        # a union is named by its kind
        (
            "وقال العرموطي إن نقابة المحامين الأردنيين ستقدم مذكرة إلى الحكومة.",
            [("نقابة المحامين الأردنيين", "ORG")],
        ),
    ],
)
def test_agencies_companies_and_places_of_maghreb_and_gulf_news(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_the_autonomous_administration_is_a_name() -> None:
    # الإدارة is a descriptive head ("الإدارة الأميركية"), but "الذاتية" makes it the Autonomous Administration
    text = "وقالت الإدارة الذاتية إن القصف طال محطة مياه علوك."
    assert _entities(text) == [("الإدارة الذاتية", "ORG"), ("محطة مياه علوك", "FAC")]
    assert _entities("وقالت الإدارة الأميركية إن العقوبات باقية.") == []


def test_ali_spelled_with_ya_before_a_tagged_name_is_its_given_name() -> None:
    text = "وقال حاكم الإقليم علي جيتي عثمان إن قوات الجيش الصومالي صدت الهجوم."
    assert _entities(text) == [("علي جيتي عثمان", "PER"), ("الجيش الصومالي", "ORG")]


def test_a_stop_listed_town_shares_the_cue_of_the_towns_before_it_and_is_a_place_later() -> None:
    # "والخيام" after "وكفركلا" is the third town of "بلدات"; "الميادين" named beside "البوكمال" is the town later
    # without its cue ("الغارات على الميادين")
    three = _entities("شن الطيران الحربي غارات على بلدات عيتا الشعب وكفركلا والخيام في جنوب لبنان.")
    assert [e for e in three if e[1] == "GPE"] == [
        ("عيتا الشعب", "GPE"),
        ("كفركلا", "GPE"),
        ("الخيام", "GPE"),
        ("لبنان", "GPE"),
    ]
    later = _doc(
        "استهدفت غارات مواقع في مدينتي البوكمال والميادين بريف دير الزور. وأوضح المرصد أن الغارات على الميادين أسفرت عن"
        " مقتل ستة عناصر."
    )
    # (entities list a name once: the later mention shows in the toll it carries to the strike told there)
    assert [(e["locations"][0]["text"], e["fatalities"]) for e in later.events] == [("البوكمال", None), ("الميادين", 6)]
    # ... but the common word stays a word in a story that never named it as a place
    assert ("الميادين", "GPE") not in _entities("امتلأت الميادين بالمحتفلين في أنحاء البلاد.")


def test_a_dual_area_word_and_a_tunisian_delegation_are_place_cues() -> None:
    # "منطقتي أبو سليم وعين زارة": a place after the dual cue, not a man called Abu Salim; "معتمدية" is a kind word
    found = _entities("اندلعت اشتباكات بين مجموعتين مسلحتين في منطقتي أبو سليم وعين زارة جنوب طرابلس.")
    assert ("أبو سليم", "GPE") in found and ("أبو سليم", "PER") not in found
    assert ("سبيطلة", "GPE") in _entities("قتلت الوحدات عنصرين إرهابيين في اشتباك بمعتمدية سبيطلة من ولاية القصرين.")


def _place_ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.id if m.place else None) for m in _doc(text).mentions if m.type in ("GPE", "LOC", "FAC")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the Sahel as the Arabic press writes it
        (
            "قتل 12 جندياً في هجوم على بولكيسي وسط مالي، قرب حدود بوركينا فاصو.",
            [("بولكيسي", "ml-city-boulkessi"), ("مالي", "ml-country"), ("بوركينا فاصو", "bf-country")],
        ),
        (
            "أعلن تنظيم الدولة سيطرته على قرى قرب ميناكا، بعد معارك في تينزاواتين وتيساليت.",
            [("ميناكا", "ml-city-menaka"), ("تينزاواتين", "ml-city-tinzaouaten"), ("تيساليت", "ml-city-tessalit")],
        ),
        (
            "تفرض الجماعة حصاراً على مدينة جيبو وقتل مدنيون قرب مدينة دوري.",
            [("جيبو", "bf-city-djibo"), ("دوري", "bf-city-dori")],
        ),
        # Yemen's districts, Syria's villages, the West Bank's, Libya's Warshefana, Somalia's towns
        (
            "تجددت الاشتباكات في جبل حبشي، وداهم الحوثيون منازل في مديرية ولد ربيع.",
            [("جبل حبشي", "ye-adm2-jabal-habashi"), ("ولد ربيع", "ye-adm2-walad-rabi")],
        ),
        (
            "قصفت القوات بلدة كنصفرة وقرية البارة في جبل الزاوية.",
            [("كنصفرة", "sy-city-kansafra"), ("البارة", "sy-city-al-bara"), ("جبل الزاوية", "sy-jabal-al-zawiya")],
        ),
        (
            "هدمت قوات الاحتلال منازل في قرية سوسيا، واعتدى مستوطنون على رعاة في التواني، واقتحمت ضاحية شويكة.",
            [("سوسيا", "ps-city-susya"), ("التواني", "ps-city-at-tuwani"), ("ضاحية شويكة", "ps-city-shweika")],
        ),
        (
            "اندلعت اشتباكات بين قوة من الردع وأخرى من ورشفانة قرب العزيزية.",
            [("ورشفانة", "ly-warshefana"), ("العزيزية", "ly-city-al-aziziyah")],
        ),
        (
            "استعادت القوات الصومالية بلدة جلب من حركة الشباب وقصفت مواقع قرب كيسمايو.",
            [("جلب", "so-city-jilib"), ("كيسمايو", "so-city-kismayo")],
        ),
        ("قتل جنود في هجوم شمال بوركينا فاسو.", [("بوركينا فاسو", "bf-country")]),
        (
            "اغتيل شاب في بلدة اليادودة، وقصفت مسيرة بلدة ثعلة غرب السويداء.",
            [("اليادودة", "sy-city-al-yadudah"), ("ثعلة", "sy-city-thaala"), ("السويداء", "sy-city-as-suwayda")],
        ),
        (
            "سقطت قذائف على حي ود نوباوي والفتيحاب، وقصف الطيران مدينة كاودا وحي أردمتا.",
            [
                ("ود نوباوي", "sd-city-wad-nubawi"),
                ("الفتيحاب", "sd-city-al-fitaihab"),
                ("كاودا", "sd-city-kauda"),
                ("أردمتا", "sd-city-ardamata"),
            ],
        ),
        ("انسحبت قوات الاحتلال من نور شمس فجراً.", [("نور شمس", "ps-nur-shams-camp")]),
        # جلب and دوري are common words ("attracting", "periodic") unless a place word comes first
        ("وتحدث الرئيس الصومالي في مقديشو عن دوره في جلب الاستثمارات.", [("مقديشو", "so-city-mogadishu")]),
        ("وعقد مجلس الوزراء في واغادوغو اجتماعه الدوري واجتماعاً دورياً.", [("واغادوغو", "bf-city-ouagadougou")]),
    ],
)
def test_places_of_the_sahel_yemen_syria_palestine_libya_somalia(text: str, found: list[tuple[str, str]]) -> None:
    assert _place_ids(text) == found


def test_a_border_with_a_country_names_the_country() -> None:
    # مالي is stop-listed ("financial"): after "الحدود مع" it is Mali, in a story set elsewhere too
    assert _place_ids("قتل جنود في هجوم قرب الحدود مع مالي.") == [("مالي", "ml-country")]
    assert _place_ids("وعززت النيجر قواتها على حدودها المشتركة مع مالي.") == [
        ("النيجر", "ne-country"),
        ("مالي", "ml-country"),
    ]
    assert _place_ids("وقدمت فرنسا دعماً مع مالي وغيرها إلى النيجر.") == [
        ("فرنسا", "fr-country"),
        ("النيجر", "ne-country"),
    ]
    assert _place_ids("وطلب الوزير دعم مالي عاجل إلى النيجر.") == [("النيجر", "ne-country")]
    # joined by و to another country, too; "دعم مالي وعسكري" (financial and military) stays a word
    assert _place_ids("هجمات في المنطقة الواقعة بين مالي والنيجر.") == [
        ("مالي", "ml-country"),
        ("النيجر", "ne-country"),
    ]
    assert _place_ids("وقدمت فرنسا دعم مالي وعسكري إلى النيجر.") == [("فرنسا", "fr-country"), ("النيجر", "ne-country")]


def test_a_quarter_named_before_its_town_lies_in_it() -> None:
    # الروضة is read bare as towns of al-Jawf, Sanaa or Shabwah; الثورة as al-Thawra (Tabqa) in Syria; a quarter
    # whose name alone is a town's is named with its kind (names7)
    assert _place_ids("أصيبت طفلة برصاص قناص في حي الروضة شرقي مدينة تعز.") == [
        ("حي الروضة", "ye-city-taiz"),
        ("تعز", "ye-city-taiz"),
    ]
    assert _place_ids("سقطت قذائف على سوق في حي الثورة بأم درمان.") == [
        ("حي الثورة", "sd-city-omdurman"),
        ("أم درمان", "sd-city-omdurman"),
    ]
    # a quarter the lists place in its town keeps its own place
    assert _place_ids("قصفت الطائرات منزلاً في حي الشجاعية شرق مدينة غزة.") == [
        ("الشجاعية", "ps-city-shujaiya"),
        ("غزة", "ps-city-gaza"),
    ]
    # a town, not a quarter, joined to another place keeps its reading
    assert _place_ids("وقعت اشتباكات في الروضة شرقي مدينة تعز.")[0] != ("الروضة", "ye-city-taiz")


# ---- names4: paragraphs of the Maghreb, the Gulf, Jordan, Egypt, the Sudans, Somalia and the Sahel ----
# Every entity each paragraph gives, in order, with its canonical name (None for a name no list holds).

_NAMES4_PARAGRAPHS = [
    # Algeria: a ministry named with its nationality, the prime minister, the state oil company
    (
        "أعلنت وزارة الدفاع الوطني الجزائرية، الأحد، أن مفرزة للجيش الوطني الشعبي أوقفت ثلاثة عناصر دعم"
        " للجماعات الإرهابية بولاية تمنراست. وقال الوزير الأول نذير العرباوي إن الحكومة ستواصل دعم ولايات"
        " الجنوب، فيما أعلنت شركة سوناطراك اكتشاف حقل غاز جديد قرب حاسي مسعود.",
        [
            ("وزارة الدفاع الوطني الجزائرية", "ORG", None),
            ("ولاية تمنراست", "GPE", "Tamanrasset"),
            ("نذير العرباوي", "PER", "Nadir Larbaoui"),
            ("شركة سوناطراك", "ORG", "Sonatrach"),
            ("حاسي مسعود", "GPE", "Hassi Messaoud"),
        ],
    ),
    # Morocco: a court with its town, an association with its mandate, a party named with و, the spokesman
    (
        "وقضت غرفة الجنايات بمحكمة الاستئناف بالرباط، الاثنين، بسجن ناشط حقوقي سنة نافذة. وقالت الجمعية"
        " المغربية لحقوق الإنسان في بيان إن الحكم يستهدف حرية التعبير، فيما أعلن حزب العدالة والتنمية رفضه"
        " للقرار. وقال الناطق الرسمي باسم الحكومة مصطفى بايتاس إن القضاء مستقل.",
        [
            ("محكمة الاستئناف بالرباط", "ORG", None),
            ("الجمعية المغربية لحقوق الإنسان", "ORG", None),
            ("حزب العدالة والتنمية", "ORG", None),
            ("مصطفى بايتاس", "PER", "Mustapha Baitas"),
        ],
    ),
    # Tunisia: the union and its leader, people named by their calling (الصحفي، المحامي), a prison
    (
        "دعا الاتحاد العام التونسي للشغل إلى إضراب عام في قطاع التعليم، وقال الأمين العام للاتحاد نور الدين"
        " الطبوبي إن الحكومة أخلت بالتزاماتها. وأفرجت السلطات عن الصحفي مراد الزغيدي، فيما قال المحامي عياشي"
        " الهمامي إن موكله تعرض لسوء المعاملة في سجن المرناقية.",
        [
            ("الاتحاد العام التونسي للشغل", "ORG", "Tunisian General Labour Union (UGTT)"),
            ("نور الدين الطبوبي", "PER", "Noureddine Taboubi"),
            ("مراد الزغيدي", "PER", None),
            ("عياشي الهمامي", "PER", None),
            ("سجن المرناقية", "FAC", "Mornaguia prison"),
        ],
    ),
    # Mauritania: ولد in a name, a province (ولاية) listed with its kind word, a camp named with its kind
    (
        "أعلنت وزارة الداخلية الموريتانية توقيف عشرات المهاجرين قرب مدينة نواذيبو. وقال الرئيس محمد ولد الشيخ"
        " الغزواني خلال زيارته ولاية الحوض الشرقي إن البلاد تستقبل آلاف اللاجئين الماليين في مخيم امبره، فيما"
        " انتقد حزب تواصل قرار الحكومة.",
        [
            ("وزارة الداخلية الموريتانية", "ORG", "Mauritanian Ministry of Interior"),
            ("نواذيبو", "GPE", "Nouadhibou"),
            ("محمد ولد الشيخ الغزواني", "PER", "Mohamed Ould Ghazouani"),
            ("ولاية الحوض الشرقي", "GPE", "Hodh Ech Chargui"),
            ("مخيم امبره", "GPE", "Mbera refugee camp"),
            ("حزب تواصل", "ORG", "Tawassoul"),
        ],
    ),
    # Qatar and the UAE: an emir's office is no name, his state is; a company; a minister of state's full name
    (
        "وأكد أمير دولة قطر الشيخ تميم بن حمد آل ثاني دعم بلاده للوساطة، وأعلنت شركة قطر للطاقة توقيع اتفاق"
        " لتوريد الغاز المسال إلى الصين. وقال وزير الدولة الإماراتي خليفة شاهين المرر إن المساعدات وصلت إلى"
        " مطار أم جرس في تشاد.",
        [
            ("قطر", "GPE", "Qatar"),
            ("تميم بن حمد آل ثاني", "PER", "Tamim bin Hamad Al Thani"),
            ("شركة قطر للطاقة", "ORG", "QatarEnergy"),
            ("الصين", "GPE", "China"),
            ("خليفة شاهين المرر", "PER", "Khalifa Shaheen Almarar"),
            ("مطار أم جرس", "FAC", None),
            ("تشاد", "GPE", "Chad"),
        ],
    ),
    # Kuwait: عبدالله written joined; the parliament
    (
        "وقال رئيس الوزراء الكويتي الشيخ أحمد عبدالله الأحمد الصباح إن الحكومة ستتعاون مع مجلس الأمة، وأعلنت"
        " جمعية الهلال الأحمر الكويتي إرسال طائرة إغاثة إلى مطار العريش.",
        [
            ("أحمد عبدالله الأحمد الصباح", "PER", "Ahmad Abdullah Al-Ahmad Al-Sabah"),
            ("مجلس الأمة", "ORG", None),
            ("جمعية الهلال الأحمر الكويتي", "ORG", "Kuwait Red Crescent Society"),
            ("مطار العريش", "FAC", "El Arish International Airport"),
        ],
    ),
    # Jordan: a minister the lists hold, the armed forces, the security directorate, a university and hospital
    (
        "وقال وزير الاتصال الحكومي محمد المومني إن القوات المسلحة الأردنية أحبطت محاولة تهريب مخدرات على"
        " الحدود الشمالية. وأعلنت جامعة اليرموك تعليق الدوام، فيما نقل مصابان إلى مستشفى الملك عبدالله المؤسس"
        " الجامعي في إربد.",
        [
            ("محمد المومني", "PER", "Mohammad Al-Momani"),
            ("القوات المسلحة الأردنية", "ORG", "Jordan Armed Forces"),
            ("جامعة اليرموك", "FAC", None),
            ("مستشفى الملك عبدالله المؤسس الجامعي", "FAC", None),
            ("إربد", "GPE", "Irbid"),
        ],
    ),
    # Egypt: a sentence is no prison ("بالسجن المشدد"), a spokesman's name, a hospital and a crossing
    (
        "وقضت محكمة جنايات القاهرة بالسجن المشدد على متهمين في قضية إرهاب. وقال المتحدث باسم وزارة الصحة"
        " المصرية حسام عبد الغفار إن مستشفى العريش العام استقبل مصابين من غزة عبر معبر رفح.",
        [
            ("محكمة جنايات القاهرة", "ORG", None),
            ("وزارة الصحة المصرية", "ORG", "Egyptian Ministry of Health"),
            ("حسام عبد الغفار", "PER", None),
            ("مستشفى العريش العام", "FAC", None),
            ("غزة", "GPE", "Gaza"),
            ("معبر رفح", "FAC", "Rafah border crossing"),
        ],
    ),
    # South Sudan: the state inside the president's office, an armed movement's full name, states and towns
    (
        "أعلن رئيس جنوب السودان سلفاكير ميارديت إقالة وزير المالية. واتهمت الحركة الشعبية لتحرير السودان في"
        " المعارضة الجيش الحكومي بمهاجمة مواقعها في ولاية أعالي النيل قرب مدينة الناصر، فيما فر آلاف المدنيين"
        " إلى مدينة الرنك.",
        [
            ("جنوب السودان", "GPE", "South Sudan"),
            ("سلفاكير ميارديت", "PER", "Salva Kiir"),
            ("الحركة الشعبية لتحرير السودان في المعارضة", "ORG", "SPLM-IO"),
            ("ولاية أعالي النيل", "GPE", "Upper Nile"),
            ("الناصر", "GPE", "Nasir"),
            ("الرنك", "GPE", "Renk"),
        ],
    ),
    (
        "وقالت بعثة الأمم المتحدة في جنوب السودان إن اشتباكات قبلية اندلعت في ولاية جونقلي قرب بلدة أكوبو،"
        " وإن مدينة بور تستقبل النازحين. وفي مدينة واو قال مسؤولون إن الأوضاع هادئة.",
        [
            ("بعثة الأمم المتحدة في جنوب السودان", "ORG", "UN Mission in South Sudan (UNMISS)"),
            ("ولاية جونقلي", "GPE", "Jonglei"),
            ("أكوبو", "GPE", "Akobo"),
            ("بور", "GPE", "Bor"),
            ("واو", "GPE", "Wau"),
        ],
    ),
    # Sudan: the sovereignty council, a doctors' union, a NORP counted ("مليون سوداني")
    (
        "وقال مجلس السيادة الانتقالي إن رئيسه الفريق أول عبد الفتاح البرهان التقى المبعوث الأممي رمطان"
        " لعمامرة. وأعلنت نقابة أطباء السودان مقتل خمسة مدنيين في قصف على مدينة الأبيض، فيما قالت المفوضية"
        " السامية للأمم المتحدة لشؤون اللاجئين إن أكثر من مليون سوداني عبروا إلى تشاد.",
        [
            ("مجلس السيادة الانتقالي", "ORG", "Transitional Sovereignty Council (Sudan)"),
            ("عبد الفتاح البرهان", "PER", "Abdel Fattah al-Burhan"),
            ("رمطان لعمامرة", "PER", "Ramtane Lamamra"),
            ("نقابة أطباء السودان", "ORG", "Central Committee of Sudan Doctors"),
            ("الأبيض", "GPE", "El Obeid"),
            ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
            ("سوداني", "NORP", None),
            ("تشاد", "GPE", "Chad"),
        ],
    ),
    # Somalia: the army, al-Shabaab, a region, the AU mission
    (
        "وقال الجيش الصومالي إنه قتل عشرات من عناصر حركة الشباب في إقليم شبيلي السفلى. وأعلنت بعثة الاتحاد"
        " الأفريقي في الصومال أن جنوداً أوغنديين أصيبوا في هجوم قرب بلدة بولومرير.",
        [
            ("الجيش الصومالي", "ORG", "Somali National Army"),
            ("حركة الشباب", "ORG", "Al-Shabaab"),
            ("شبيلي السفلى", "GPE", "Lower Shabelle"),
            ("بعثة الاتحاد الأفريقي في الصومال", "ORG", "AU mission in Somalia (AUSSOM/ATMIS/AMISOM)"),
            ("بولومرير", "GPE", None),
        ],
    ),
    # the Sahel: a ruling council, JNIM, a junta leader, the states' alliance
    (
        "أعلن المجلس الوطني لحماية الوطن أن هجوماً لجماعة نصرة الإسلام والمسلمين استهدف قافلة عسكرية قرب"
        " تيلابيري. وقال رئيس المجلس العسكري في مالي العقيد عاصمي غويتا إن تحالف دول الساحل سيشكل قوة"
        " مشتركة، فيما قال الكابتن إبراهيم تراوري إن جيش بوركينا فاسو سيستعيد السيطرة.",
        [
            ("المجلس الوطني لحماية الوطن", "ORG", "National Council for the Safeguard of the Homeland (Niger)"),
            ("جماعة نصرة الإسلام والمسلمين", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
            ("تيلابيري", "GPE", "Tillabéri"),
            ("مالي", "GPE", "Mali"),
            ("عاصمي غويتا", "PER", "Assimi Goïta"),
            ("تحالف دول الساحل", "ORG", "Alliance of Sahel States (AES)"),
            ("إبراهيم تراوري", "PER", "Ibrahim Traoré"),
            ("بوركينا فاسو", "GPE", "Burkina Faso"),
        ],
    ),
    # UN agencies and NGOs
    (
        "وأعلن برنامج الأغذية العالمي أن الأطفال في مخيم زمزم يواجهون المجاعة، فيما قالت منظمة العفو الدولية"
        " إن الأطراف ارتكبت انتهاكات، ودعت منظمة هيومن رايتس ووتش إلى تحقيق مستقل.",
        [
            ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
            ("مخيم زمزم", "GPE", "Zamzam IDP camp"),
            ("منظمة العفو الدولية", "ORG", "Amnesty International"),
            ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
        ],
    ),
]

_NAMES4_MORE = [
    # Gulf aid agencies: a relief centre named after the king is no person
    (
        "وأعلنت هيئة الهلال الأحمر الإماراتي إرسال قافلة إلى غزة، فيما قالت وكالة الأنباء السعودية إن مركز الملك"
        " سلمان للإغاثة والأعمال الإنسانية وقع اتفاقاً مع منظمة الصحة العالمية.",
        [
            ("هيئة الهلال الأحمر الإماراتي", "ORG", "Emirates Red Crescent"),  # listed since h25a
            ("غزة", "GPE", "Gaza"),
            ("وكالة الأنباء السعودية", "ORG", "Saudi Press Agency (SPA)"),
            (
                "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
                "ORG",
                "King Salman Humanitarian Aid and Relief Centre (KSrelief)",
            ),
            ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
        ],
    ),
    # Gulf companies named after a city are no city
    (
        "ووقعت شركة موانئ دبي العالمية اتفاقاً لتطوير ميناء بربرة، فيما أعلنت شركة بترول أبوظبي الوطنية زيادة إنتاجها.",
        [
            ("شركة موانئ دبي العالمية", "ORG", "DP World"),
            ("ميناء بربرة", "FAC", "Port of Berbera"),
            ("شركة بترول أبوظبي الوطنية", "ORG", "Abu Dhabi National Oil Company (ADNOC)"),
        ],
    ),
    # "السعودية" said of a noun is its adjective, not the kingdom
    (
        "وأعلن حرس الحدود السعودي ضبط مهربين في منطقة جازان، وقالت القوات البحرية الملكية السعودية إنها أجرت"
        " مناورات في البحر الأحمر.",
        [
            ("حرس الحدود السعودي", "ORG", "Saudi Border Guard"),
            ("جازان", "GPE", "Jazan"),
            ("القوات البحرية الملكية السعودية", "ORG", None),
            ("البحر الأحمر", "LOC", "Red Sea"),
        ],
    ),
    # ... and so is "سورية" after a noun it agrees with; after a preposition it is Syria
    (
        "وقالت مصادر سورية إن الهجوم فشل، ونقلت وكالة سورية رسمية الخبر، فيما عاد الوفد إلى سورية.",
        [("سورية", "GPE", "Syria")],
    ),
    # peoples of the Maghreb and the Sahel, counted or named as a group
    (
        "وشارك آلاف الأمازيغ في مسيرة بمدينة تيزي وزو، وطالب الطوارق في شمال مالي بالحكم الذاتي.",
        [
            ("الأمازيغ", "NORP", None),
            ("تيزي وزو", "GPE", "Tizi Ouzou"),
            ("الطوارق", "NORP", None),
            ("مالي", "GPE", "Mali"),
        ],
    ),
    # regional organisations
    (
        "وأدانت منظمة التعاون الإسلامي والجامعة العربية الهجوم، فيما دعا الاتحاد الأفريقي إلى وقف إطلاق النار في"
        " السودان.",
        [
            ("منظمة التعاون الإسلامي", "ORG", "Organisation of Islamic Cooperation"),
            ("الجامعة العربية", "ORG", "Arab League"),
            ("الاتحاد الأفريقي", "ORG", "African Union"),
            ("السودان", "GPE", "Sudan"),
        ],
    ),
]

_NAMES4_TOWNS = [
    # Tunisia's south and interior: a stop-listed governorate joined by و to the towns before it, border towns
    (
        "وتظاهر مئات في مدن القصرين وسيدي بوزيد وقفصة والكاف، وأغلق محتجون الطريق في بن قردان، فيما أعيد فتح"
        " معبر الذهيبة.",
        [
            ("القصرين", "GPE", "Kasserine"),
            ("سيدي بوزيد", "GPE", "Sidi Bouzid"),
            ("قفصة", "GPE", "Gafsa"),
            ("الكاف", "GPE", "El Kef"),
            ("بن قردان", "GPE", "Ben Gardane"),
            ("معبر الذهيبة", "FAC", "Dehiba-Wazin border crossing"),
        ],
    ),
    # migration across the Strait and the Algerian borders
    (
        "وأحبطت السلطات المغربية محاولة مئات المهاجرين العبور من الفنيدق إلى سبتة، فيما وصل آخرون إلى مليلية."
        " وقالت السلطات الجزائرية إنها أوقفت مهربين قرب مغنية وعين أمناس.",
        [
            ("الفنيدق", "GPE", "Fnideq"),
            ("سبتة", "GPE", "Ceuta"),
            ("مليلية", "GPE", "Melilla"),
            ("مغنية", "GPE", "Maghnia"),
            ("عين أمناس", "GPE", "In Amenas"),
        ],
    ),
    # the Mauritanian camp and Somali towns as the press spells them; a town after an office is no name
    (
        "وأعلنت المفوضية أن مخيم امبره قرب باسكنو يستقبل لاجئين فروا من القتال، وقال مسؤول في هرجيسا إن القوات"
        " انتشرت في لاس عانود، فيما زار رئيس بونتلاند مدينة جاروي.",
        [
            ("مخيم امبره", "GPE", "Mbera refugee camp"),
            ("باسكنو", "GPE", "Bassikounou"),
            ("هرجيسا", "GPE", "Hargeisa"),
            ("لاس عانود", "GPE", "Las Anod"),
            ("بونتلاند", "GPE", "Puntland"),  # names6: a federal member state is a polity
            ("جاروي", "GPE", "Garowe"),
        ],
    ),
    # Algerian provinces named in a list after their kind word
    (
        "وشهدت ولايات سطيف وباتنة وتبسة والبيض وسعيدة والجلفة تساقط الثلوج، وأعلنت الحماية المدنية بولاية غرداية"
        " إنقاذ عائلة.",
        [
            ("سطيف", "GPE", "Setif"),
            ("باتنة", "GPE", "Batna"),
            ("تبسة", "GPE", "Tebessa"),
            ("البيض", "GPE", "El Bayadh"),
            ("سعيدة", "GPE", "Saida"),
            ("الجلفة", "GPE", "Djelfa"),
            ("ولاية غرداية", "GPE", "Ghardaia"),
        ],
    ),
]

_NAMES4_INSTITUTIONS = [
    # Egypt: the central bank, the prosecution, a rights NGO
    (
        "وقال رئيس مجلس الوزراء المصري مصطفى مدبولي إن الدولة ستطرح حصصاً في شركات مملوكة للجيش، فيما أعلن البنك"
        " المركزي المصري رفع أسعار الفائدة. وقالت المبادرة المصرية للحقوق الشخصية إن المتهمين تعرضوا للاختفاء"
        " القسري.",
        [
            ("مصطفى مدبولي", "PER", "Mostafa Madbouly"),
            ("البنك المركزي المصري", "ORG", "Central Bank of Egypt"),
            ("المبادرة المصرية للحقوق الشخصية", "ORG", "Egyptian Initiative for Personal Rights (EIPR)"),
        ],
    ),
    # Mauritania: a province as the local press spells it
    (
        "وأعلنت وزارة الصحة الموريتانية تسجيل إصابات بالحمى النزفية في ولاية لعصابة، فيما قال ممثل منظمة الصحة"
        " العالمية في نواكشوط إن الوضع تحت السيطرة.",
        [
            ("وزارة الصحة الموريتانية", "ORG", None),
            ("ولاية لعصابة", "GPE", "Assaba"),
            ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
            ("نواكشوط", "GPE", "Nouakchott"),
        ],
    ),
    # Gulf carriers and Syrian aviation
    (
        "وأعلنت الخطوط الجوية القطرية استئناف رحلاتها إلى دمشق، وقالت هيئة الطيران المدني السورية إن مطار دمشق"
        " الدولي جاهز لاستقبال الرحلات.",
        [
            ("الخطوط الجوية القطرية", "ORG", "Qatar Airways"),
            ("دمشق", "GPE", "Damascus"),
            ("هيئة الطيران المدني السورية", "ORG", None),
            ("مطار دمشق الدولي", "FAC", "Damascus International Airport"),
        ],
    ),
    # Jordan: a union, the parliament, a party
    (
        "ونظمت نقابة المعلمين الأردنيين وقفة احتجاجية أمام مجلس النواب، وقالت جبهة العمل الإسلامي إنها ستقاطع الجلسة.",
        [
            ("نقابة المعلمين الأردنيين", "ORG", "Jordanian Teachers Syndicate"),
            ("مجلس النواب", "ORG", None),
            ("جبهة العمل الإسلامي", "ORG", "Islamic Action Front"),
        ],
    ),
]

_NAMES4_PARTIES = [
    # Tunisian and Mauritanian unions, leagues and parties
    (
        "وأدانت الرابطة التونسية للدفاع عن حقوق الإنسان والنقابة الوطنية للصحفيين التونسيين إيقاف الصحفيين، فيما"
        " قال حزب الإنصاف الحاكم في موريتانيا إنه يدعم الحوار.",
        [
            ("الرابطة التونسية للدفاع عن حقوق الإنسان", "ORG", "Tunisian League for Human Rights (LTDH)"),
            ("النقابة الوطنية للصحفيين التونسيين", "ORG", "National Union of Tunisian Journalists (SNJT)"),
            ("حزب الإنصاف", "ORG", "El Insaf"),
            ("موريتانيا", "GPE", "Mauritania"),
        ],
    ),
    # Moroccan, Algerian and Egyptian parties and movements
    (
        "ودعت جماعة العدل والإحسان والاتحاد الاشتراكي للقوات الشعبية إلى التظاهر تضامناً مع غزة، وانتقدت جبهة"
        " القوى الاشتراكية في الجزائر قانون الانتخابات، فيما فاز حزب مستقبل وطن بأغلبية المقاعد في مصر.",
        [
            ("جماعة العدل والإحسان", "ORG", "Justice and Spirituality (Al Adl Wal Ihssane)"),
            ("الاتحاد الاشتراكي للقوات الشعبية", "ORG", "Socialist Union of Popular Forces (USFP)"),
            ("غزة", "GPE", "Gaza"),
            ("جبهة القوى الاشتراكية", "ORG", "Socialist Forces Front (FFS)"),
            ("الجزائر", "GPE", "Algeria"),
            ("حزب مستقبل وطن", "ORG", "Nation's Future Party (Mostaqbal Watan)"),
            ("مصر", "GPE", "Egypt"),
        ],
    ),
]

_NAMES4_GULF_LIBYA = [
    # the king's honorific is an office, not a name; his name is
    (
        "وأكد مجلس الوزراء السعودي خلال جلسته برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز دعم المملكة"
        " لأمن اليمن واستقراره.",
        [("سلمان بن عبدالعزيز", "PER", "King Salman bin Abdulaziz"), ("اليمن", "GPE", "Yemen")],
    ),
    # a company named after its town is no town; the Red Cross named bare is a name
    (
        "وقالت شركة البريقة لتسويق النفط إن شحنات الوقود وصلت إلى مصراتة، وقال المتحدث باسم الصليب الأحمر إن"
        " اللجنة ستواصل عملها في صنعاء.",
        [
            ("شركة البريقة لتسويق النفط", "ORG", "Brega Petroleum Marketing Company"),
            ("مصراتة", "GPE", "Misratah"),
            ("الصليب الأحمر", "ORG", "Red Cross (society not named)"),
            ("صنعاء", "GPE", "Sanaa"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _NAMES4_PARAGRAPHS + _NAMES4_MORE + _NAMES4_TOWNS + _NAMES4_INSTITUTIONS + _NAMES4_PARTIES + _NAMES4_GULF_LIBYA,
)
def test_names4_paragraphs_of_the_regions_the_dev_corpus_covers_thinly(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    _assert_entities_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a sentence is no prison, with or without a clitic
        ("وقضت المحكمة بالسجن المؤبد على المتهم وبالسجن خمس سنوات على آخر.", []),
        ("وتراوحت الأحكام بين السجن المشدد والسجن النافذ.", []),
        # the common words behind the South Sudanese states and towns stay words without their cue
        (
            "وقالت المنظمة إن الوحدة الوطنية ضرورية، وإن البحيرات المالحة جفت في عهد عبد الناصر.",
            [("عبد الناصر", "PER")],
        ),
        # a calling with no name after it names no one; a party named by its kind alone is no name
        ("وقال المحامي إن الجلسة أجلت، وانتقد الحزب الحاكم المعارضة.", []),
        # the letter kaf, the ostrich, "happy" and eggs, in a story set nowhere
        ("وقال إن حرف الكاف يكتب بطريقة مختلفة، وإن النعامة لا تطير، وكانت سعيدة بأسعار البيض.", []),
        # "from my money" and "financial support" are no Mali
        ("وقال إنه دفع من مالي الخاص، وطلب دعم مالي عاجل.", []),
        # an emir's office names the state, a description of the state is no name
        ("واستقبل أمير دولة الكويت الوفد، ورئيس الجمهورية اللبنانية.", [("الكويت", "GPE")]),
    ],
)
def test_names4_words_that_are_no_names(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_names4_abd_is_written_joined_or_apart() -> None:
    # the list holds "أحمد عبد الله الأحمد الصباح"; the press also writes عبدالله
    joined = _doc("وصل الشيخ أحمد عبدالله الأحمد الصباح إلى الرياض.").entities[0]
    assert (joined["text"], joined["canonical"]) == ("أحمد عبدالله الأحمد الصباح", "Ahmad Abdullah Al-Ahmad Al-Sabah")
    # and the list's joined "عبدالرحمن" ("محمد بن عبدالرحمن آل ثاني") is matched apart
    apart = _doc("والتقى محمد بن عبد الرحمن آل ثاني الوفد.").entities[0]
    assert apart["canonical"] == "Mohammed bin Abdulrahman Al Thani"


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a body named by its kind and an indefinite word of its own runs on over a listed name inside it
        (
            "وقالت هيئة عمليات التجارة البحرية البريطانية إن سفينة شحن أبلغت عن انفجار قرب الحديدة.",
            [("هيئة عمليات التجارة البحرية البريطانية", "ORG"), ("الحديدة", "GPE")],
        ),
        # ... but forces of a listed body, and a kind word right before a listed name, leave it listed
        ("واقتحمت قوات شرطة الاحتلال المسجد.", [("شرطة الاحتلال", "ORG")]),
        ("وقالت قيادة الجيش الإسرائيلي إن المناورة انتهت.", [("الجيش الإسرائيلي", "ORG")]),
    ],
)
def test_names4_a_body_of_its_own_kind_runs_over_a_listed_name(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a given name with its article after the body an office is held in begins the person's name
        (
            "وقال الناطق باسم قوات الدعم السريع الفاتح قرشي إن قواته تقدمت نحو مدينة النهود.",
            [("قوات الدعم السريع", "ORG"), ("الفاتح قرشي", "PER"), ("النهود", "GPE")],
        ),
        # ... and a party's name ends at its adjective, before the name of the man who speaks for it
        (
            "وقال المتحدث باسم حزب الأمة القومي الصادق المهدي إن الحزب يرفض الحرب.",
            [("حزب الأمة القومي", "ORG"), ("الصادق المهدي", "PER")],
        ),
        # an adjective after the body is no name; a surname alone after a title stays the person
        ("وقال الناطق باسم الجيش الإسرائيلي الجديد إن العملية انتهت.", [("الجيش الإسرائيلي", "ORG")]),
        ("وقال وزير الخارجية الصفدي إن الأردن يرفض التهجير.", [("الصفدي", "PER"), ("الأردن", "GPE")]),
    ],
)
def test_names4_a_definite_given_name_after_an_office_held_in_a_body(
    text: str, entities: list[tuple[str, str]]
) -> None:
    assert _entities(text) == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a nationality after a plural noun of people is its adjective; counted, it is a people
        (
            "وقال قائد الشرطة الجنرال أسد عثمان عبد الله إن القتلى بينهم جنود أتراك.",
            [("أسد عثمان عبد الله", "PER")],
        ),
        (
            "استشهد تسعة فلسطينيين، وأصيب مدنيون فلسطينيون، وأفرج عن أسرى إسرائيليين، وعاد أكثر من مليون سوري.",
            [("فلسطينيين", "NORP"), ("سوري", "NORP")],
        ),
        # "تنظيم الدولة" keeps its kind word: "الدولة" alone names nothing
        (
            "وأعلنت ولاية غرب أفريقيا التابعة لتنظيم الدولة مسؤوليتها عن هجوم في مايدوغوري.",
            [("ولاية غرب أفريقيا", "ORG"), ("تنظيم الدولة", "ORG"), ("مايدوغوري", "GPE")],
        ),
        # the Sahel's armies and the Azawad front
        (
            "وأعلن الجيش المالي مقتل عشرين مسلحاً في منطقة تمبكتو، وقالت جبهة تحرير أزواد إن مقاتليها صدوا هجوماً قرب"
            " كيدال، فيما انتشر الجيش التشادي على الحدود.",
            [
                ("الجيش المالي", "ORG"),
                ("تمبكتو", "GPE"),
                ("جبهة تحرير أزواد", "ORG"),
                ("كيدال", "GPE"),
                ("الجيش التشادي", "ORG"),
            ],
        ),
    ],
)
def test_names4_peoples_armies_and_compound_names_of_the_sahel_and_horn(
    text: str, entities: list[tuple[str, str]]
) -> None:
    assert _entities(text) == entities


# ---- names5: wire paragraphs from across the region, dense in officials, agencies, companies and peoples ----
# Every entity each paragraph gives, in order, with its canonical name (None for a name no list holds).

_NAMES5_PARAGRAPHS = [
    (
        "وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن الوكالة فقدت أكثر من مئتي موظف في قطاع غزة، فيما "
        "حذر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية من نفاد الوقود في مستشفى شهداء الأقصى بدير البلح.",
        [
            ("الأونروا", "ORG", "UNRWA"),
            ("فيليب لازاريني", "PER", "Philippe Lazzarini"),
            ("قطاع غزة", "GPE", "Gaza Strip"),
            ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN OCHA"),
            ("مستشفى شهداء الأقصى", "FAC", "Al-Aqsa Martyrs Hospital"),
            ("دير البلح", "GPE", "Dayr al Balah"),
        ],
    ),
    (
        "وقالت منظمة أطباء بلا حدود إن فرقها عالجت عشرات الجرحى في مستشفى العودة بجباليا، وطالبت اللجنة "
        "الدولية للصليب الأحمر بحماية الطواقم الطبية.",
        [
            ("منظمة أطباء بلا حدود", "ORG", "Doctors Without Borders (MSF)"),
            ("مستشفى العودة بجباليا", "FAC", "Al-Awda Hospital (Jabalia)"),
            ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
        ],
    ),
    (
        "واتهمت منظمة هيومن رايتس ووتش القوات الإسرائيلية بتهجير الفلسطينيين قسراً، فيما قالت منظمة العفو "
        "الدولية إن الهجمات على مخيم جنين قد ترقى إلى جرائم حرب.",
        [
            ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
            ("الفلسطينيين", "NORP", None),
            ("منظمة العفو الدولية", "ORG", "Amnesty International"),
            ("مخيم جنين", "GPE", "Jenin camp"),
        ],
    ),
    (
        "وأعلنت شركة أرامكو السعودية ارتفاع أرباحها الفصلية، وقال وزير الطاقة الأمير عبدالعزيز بن سلمان إن "
        "المملكة ملتزمة بقرارات أوبك.",
        [
            ("شركة أرامكو السعودية", "ORG", "Saudi Aramco"),
            ("عبدالعزيز بن سلمان", "PER", "Abdulaziz bin Salman"),
            ("أوبك", "ORG", "OPEC"),
        ],
    ),
    (
        "وقال الرئيس التنفيذي لشركة أدنوك سلطان الجابر إن الشركة ستزيد طاقتها الإنتاجية، فيما أعلنت مؤسسة "
        "البترول الكويتية توقيع عقد مع شركة توتال إنرجيز الفرنسية.",
        [
            ("شركة أدنوك", "ORG", "Abu Dhabi National Oil Company (ADNOC)"),
            ("سلطان الجابر", "PER", "Sultan Al Jaber"),
            ("مؤسسة البترول الكويتية", "ORG", "Kuwait Petroleum Corporation"),
            ("توتال إنرجيز", "ORG", None),
        ],
    ),
    (
        "وأعلنت المؤسسة الوطنية للنفط في ليبيا استئناف الإنتاج في حقل الشرارة، وقال رئيس المؤسسة فرحات بن "
        "قدارة إن الإغلاق كبد البلاد خسائر كبيرة.",
        [
            ("المؤسسة الوطنية للنفط", "ORG", "National Oil Corporation (Libya)"),
            ("ليبيا", "GPE", "Libya"),
            ("حقل الشرارة", "FAC", "El Sharara oil field"),
            ("فرحات بن قدارة", "PER", "Farhat Bengdara"),
        ],
    ),
    (
        "وقال رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة إن قواته لن تسمح بالفوضى في طرابلس، فيما دعا "
        "المشير خليفة حفتر قائد الجيش الوطني الليبي إلى انتخابات عاجلة.",
        [
            ("حكومة الوحدة الوطنية", "ORG", "Government of National Unity (Libya)"),
            ("عبد الحميد الدبيبة", "PER", "Abdul Hamid Dbeibah"),
            ("طرابلس", "GPE", "Tripoli"),
            ("خليفة حفتر", "PER", "Khalifa Haftar"),
            ("الجيش الوطني الليبي", "ORG", "Libyan National Army (Haftar)"),
        ],
    ),
    (
        "وقال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض استخدام أراضيها منطلقاً للهجمات، فيما أعلنت هيئة "
        "الحشد الشعبي مقتل اثنين من عناصرها قرب مدينة القائم.",
        [
            ("فؤاد حسين", "PER", "Fuad Hussein"),
            ("بغداد", "GPE", "Baghdad"),
            ("هيئة الحشد الشعبي", "ORG", "Popular Mobilization Forces"),
            ("القائم", "GPE", "Al Qaim"),
        ],
    ),
    (
        "وقال الحزب الديمقراطي الكردستاني إن الاتحاد الوطني الكردستاني يعرقل تشكيل حكومة إقليم كردستان، فيما "
        "تظاهر مئات الأكراد في مدينة السليمانية.",
        [
            ("الحزب الديمقراطي الكردستاني", "ORG", "Kurdistan Democratic Party"),
            ("الاتحاد الوطني الكردستاني", "ORG", "Patriotic Union of Kurdistan"),
            ("حكومة إقليم كردستان", "ORG", "Kurdistan Regional Government"),
            ("الأكراد", "NORP", None),
            ("السليمانية", "GPE", "Sulaymaniyah"),
        ],
    ),
    (
        "وقالت وزارة الصحة في حكومة صنعاء إن غارات التحالف بقيادة السعودية استهدفت مدينة الحديدة، فيما قال "
        "المتحدث باسم جماعة الحوثي محمد عبد السلام إن الجماعة سترد.",
        [
            ("وزارة الصحة", "ORG", None),
            ("حكومة صنعاء", "ORG", "Houthi-led government in Sanaa"),
            ("التحالف بقيادة السعودية", "ORG", "Saudi-led Coalition (Yemen)"),
            ("الحديدة", "GPE", "Al Hudaydah"),
            ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
            ("محمد عبد السلام", "PER", "Mohammed Abdulsalam"),
        ],
    ),
    (
        "وقالت منظمة الصحة العالمية إن الكوليرا انتشرت في محافظة تعز، وأعلن برنامج الأغذية العالمي تعليق "
        "توزيع المساعدات في مناطق سيطرة الحوثيين.",
        [
            ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
            ("تعز", "GPE", "Taiz"),
            ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
            ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ],
    ),
    (
        "وقال قائد الجيش السوداني الفريق أول عبد الفتاح البرهان إن القوات المسلحة ستواصل القتال حتى هزيمة "
        "قوات الدعم السريع، فيما قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن آلاف السودانيين فروا "
        "إلى تشاد.",
        [
            ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
            ("عبد الفتاح البرهان", "PER", "Abdel Fattah al-Burhan"),
            ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
            ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
            ("السودانيين", "NORP", None),
            ("تشاد", "GPE", "Chad"),
        ],
    ),
    (
        "وقالت شبكة أطباء السودان إن قوات الدعم السريع قصفت المستشفى السعودي في الفاشر، وأعلنت لجان المقاومة "
        "في أم درمان سقوط قتلى مدنيين.",
        [
            ("شبكة أطباء السودان", "ORG", "Sudan Doctors Network"),
            ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
            ("المستشفى السعودي في الفاشر", "FAC", "Saudi Hospital (El Fasher)"),
            ("لجان المقاومة", "ORG", "Resistance Committees (Sudan)"),
            ("أم درمان", "GPE", "Omdurman"),
        ],
    ),
    (
        "وقال رئيس الوزراء المصري مصطفى مدبولي إن الحكومة ستطرح حصصاً في شركات تابعة للقوات المسلحة، فيما "
        "ذكرت صحيفة الأهرام أن البنك المركزي المصري رفع أسعار الفائدة.",
        [
            ("مصطفى مدبولي", "PER", "Mostafa Madbouly"),
            ("الأهرام", "ORG", "Al-Ahram"),
            ("البنك المركزي المصري", "ORG", "Central Bank of Egypt"),
        ],
    ),
    (
        "وقالت مصادر طبية إن مستشفى قصر العيني استقبل المصابين، فيما نقلت قناة الجزيرة عن شهود أن قوات الأمن "
        "فرقت المحتجين في ميدان التحرير.",
        [
            ("مستشفى قصر العيني", "FAC", "Kasr Al Ainy Hospital"),
            ("الجزيرة", "ORG", "Al Jazeera"),
            ("ميدان التحرير", "FAC", "Tahrir Square (Cairo)"),
        ],
    ),
    (
        "وقال وزير الخارجية الأردني أيمن الصفدي إن المملكة ترفض تهجير الفلسطينيين، فيما قالت الهيئة الخيرية "
        "الأردنية الهاشمية إن قافلة مساعدات عبرت جسر الملك حسين.",
        [
            ("أيمن الصفدي", "PER", "Ayman Safadi"),
            ("الفلسطينيين", "NORP", None),
            ("الهيئة الخيرية الأردنية الهاشمية", "ORG", "Jordan Hashemite Charity Organization"),
            ("جسر الملك حسين", "FAC", "King Hussein (Allenby) Bridge"),
        ],
    ),
    (
        "وقال رئيس الحكومة اللبنانية نجيب ميقاتي إن الجيش اللبناني سينتشر جنوب نهر الليطاني، فيما قالت قوات "
        "اليونيفيل إن دورياتها تعرضت لإطلاق نار قرب بلدة الناقورة.",
        [
            ("نجيب ميقاتي", "PER", "Najib Mikati"),
            ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
            ("جنوب نهر الليطاني", "LOC", "South of the Litani"),
            ("اليونيفيل", "ORG", "UNIFIL"),
            ("الناقورة", "GPE", "En Naqoura"),
        ],
    ),
    (
        "وقال الرئيس السوري أحمد الشرع إن الحكومة ستحمي العلويين والدروز، فيما أعلنت قوات سوريا الديمقراطية "
        "انسحابها من مدينة منبج وسط احتجاجات للسوريين في القامشلي.",
        [
            ("أحمد الشرع", "PER", "Ahmed al-Sharaa"),
            ("العلويين", "NORP", None),
            ("الدروز", "NORP", None),
            ("قوات سوريا الديمقراطية", "ORG", "Syrian Democratic Forces"),
            ("منبج", "GPE", "Manbij"),
            ("القامشلي", "GPE", "Al Qamishli"),
        ],
    ),
    (
        "وقالت وكالة الأنباء السورية سانا إن وزير الداخلية أنس خطاب زار مدينة حمص، فيما أفاد المرصد السوري "
        "لحقوق الإنسان بمقتل خمسة أشخاص في ريف إدلب.",
        [
            ("سانا", "ORG", "Syrian Arab News Agency (SANA)"),
            ("أنس خطاب", "PER", "Anas Khattab"),
            ("حمص", "GPE", "Homs"),
            ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
            ("ريف إدلب", "LOC", "Idlib countryside"),
        ],
    ),
    (
        "وقال وزير الداخلية المغربي عبد الوافي لفتيت إن السلطات فككت خلية إرهابية في مدينة طنجة، فيما قالت "
        "جبهة البوليساريو إنها هاجمت مواقع للجيش المغربي قرب المحبس.",
        [
            ("عبد الوافي لفتيت", "PER", "Abdelouafi Laftit"),
            ("طنجة", "GPE", "Tangier"),
            ("جبهة البوليساريو", "ORG", "Polisario Front"),
            ("المحبس", "GPE", "Mahbes"),
        ],
    ),
    (
        "وقال الرئيس التونسي قيس سعيد إن الدولة لن تتراجع، فيما أعلنت الهيئة العليا المستقلة للانتخابات قبول "
        "ثلاثة ملفات ترشح، وانتقدت جبهة الخلاص الوطني استبعاد المعارضين.",
        [
            ("قيس سعيد", "PER", "Kais Saied"),
            ("الهيئة العليا المستقلة للانتخابات", "ORG", "Independent High Authority for Elections (Tunisia)"),
            ("جبهة الخلاص الوطني", "ORG", "National Salvation Front (Tunisia)"),
        ],
    ),
    (
        "وقال رئيس المجلس العسكري في مالي العقيد عاصيمي غويتا إن الجيش استعاد السيطرة على مدينة كيدال، فيما "
        "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم قرب تمبكتو.",
        [
            ("مالي", "GPE", "Mali"),
            ("عاصيمي غويتا", "PER", "Assimi Goïta"),
            ("كيدال", "GPE", "Kidal"),
            ("جماعة نصرة الإسلام والمسلمين", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
            ("تمبكتو", "GPE", "Timbuktu"),
        ],
    ),
    (
        "وقال الرئيس النيجري عبد الرحمن تياني إن بلاده انسحبت من المجموعة الاقتصادية لدول غرب أفريقيا، فيما "
        "أعلن الجيش البوركيني مقتل عشرات المسلحين قرب مدينة جيبو.",
        [
            ("عبد الرحمن تياني", "PER", "Abdourahamane Tchiani"),
            ("المجموعة الاقتصادية لدول غرب أفريقيا", "ORG", "Economic Community of West African States (ECOWAS)"),
            ("الجيش البوركيني", "ORG", "Burkina Faso Armed Forces"),
            ("جيبو", "GPE", "Djibo"),
        ],
    ),
    (
        "وقال وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني إن الدوحة تواصل وساطتها، فيما قالت صحيفة الشرق "
        "الأوسط إن وفداً من حركة حماس وصل إلى القاهرة.",
        [
            ("محمد بن عبدالرحمن آل ثاني", "PER", "Mohammed bin Abdulrahman Al Thani"),
            ("الدوحة", "GPE", "Doha"),
            ("صحيفة الشرق الأوسط", "ORG", "Asharq Al-Awsat"),
            ("حركة حماس", "ORG", "Hamas"),
            ("القاهرة", "GPE", "Cairo"),
        ],
    ),
    (
        "وأعلنت وزارة الداخلية البحرينية القبض على ثلاثة أشخاص، فيما قالت جمعية الوفاق الوطني الإسلامية إن "
        "الاعتقالات تستهدف الناشطين الشيعة في قرية الدراز.",
        [
            ("وزارة الداخلية البحرينية", "ORG", "Bahraini Ministry of Interior"),
            ("جمعية الوفاق الوطني الإسلامية", "ORG", "Al-Wefaq National Islamic Society"),
            ("الدراز", "GPE", "Diraz"),  # art33: the gazetteer knows the village now
        ],
    ),
    (
        "وقالت الأمم المتحدة إن الأكراد والتركمان في كركوك يعانون من نقص المياه، فيما قال محافظ كركوك ريبوار "
        "طه إن المحافظة بحاجة إلى دعم عاجل.",
        [
            ("الأمم المتحدة", "ORG", "United Nations"),
            ("الأكراد", "NORP", None),
            ("التركمان", "NORP", None),
            ("كركوك", "GPE", "Kirkuk"),
        ],
    ),
    (
        "وقالت وزارة التربية والتعليم الفلسطينية إن مدرسة في مخيم نور شمس تعرضت للقصف، فيما أفاد الهلال "
        "الأحمر الفلسطيني بنقل جريحين إلى مستشفى ثابت ثابت الحكومي في طولكرم.",
        [
            ("وزارة التربية والتعليم الفلسطينية", "ORG", None),
            ("مخيم نور شمس", "GPE", "Nur Shams camp"),
            ("الهلال الأحمر الفلسطيني", "ORG", "Palestine Red Crescent Society"),
            ("مستشفى ثابت ثابت الحكومي", "FAC", "Thabet Thabet Governmental Hospital"),
            ("طولكرم", "GPE", "Tulkarm"),
        ],
    ),
    (
        "وقالت كتائب حزب الله في بيان إنها علقت عملياتها ضد القوات الأميركية، فيما قال الأمين العام لعصائب "
        "أهل الحق قيس الخزعلي إن الفصائل ملتزمة بقرار الحكومة.",
        [
            ("كتائب حزب الله", "ORG", "Kataib Hezbollah"),
            ("عصائب أهل الحق", "ORG", "Asaib Ahl al-Haq"),
            ("قيس الخزعلي", "PER", "Qais al-Khazali"),
        ],
    ),
    (
        "وذكرت قناة المنار أن غارة إسرائيلية استهدفت بلدة عيتا الشعب، فيما قالت صحيفة النهار إن الوسيط "
        "الأميركي آموس هوكستين سيصل إلى بيروت.",
        [
            ("المنار", "ORG", "Al-Manar"),
            ("عيتا الشعب", "GPE", "Aita al-Shaab"),
            ("النهار", "ORG", "An-Nahar"),
            ("آموس هوكستين", "PER", None),
            ("بيروت", "GPE", "Beirut"),
        ],
    ),
    (
        "وقالت إدارة مخيم الهول إن مئات العائلات العراقية غادرت المخيم، فيما قال مسؤول في الإدارة الذاتية "
        "لشمال وشرق سوريا إن الإيزيديين ما زالوا يبحثون عن ذويهم.",
        [
            ("مخيم الهول", "GPE", "Al-Hol camp"),
            ("الإدارة الذاتية لشمال وشرق سوريا", "ORG", "Autonomous Administration of North and East Syria"),
            ("الإيزيديين", "NORP", None),
        ],
    ),
    (
        "وقالت وكالة الأنباء الأردنية بترا إن الملك عبدالله الثاني استقبل وفداً من مخيم الزعتري، فيما قالت "
        "المفوضية إن عدد اللاجئين السوريين في الأردن تراجع.",
        [
            ("وكالة الأنباء الأردنية", "ORG", "Petra (Jordan News Agency)"),
            ("بترا", "ORG", "Petra (Jordan News Agency)"),
            ("عبدالله الثاني", "PER", "King Abdullah II"),
            ("مخيم الزعتري", "GPE", "Zaatari refugee camp"),
            ("الأردن", "GPE", "Jordan"),
        ],
    ),
    (
        "وقال مسؤول في حركة فتح في مخيم عين الحلوة إن الاشتباكات مع جماعة جند الشام أسفرت عن مقتل ثلاثة "
        "أشخاص، بحسب الوكالة الوطنية للإعلام.",
        [
            ("حركة فتح", "ORG", "Fatah"),
            ("مخيم عين الحلوة", "GPE", "Ain al-Hilweh camp"),
            ("جماعة جند الشام", "ORG", "Jund al-Sham (Lebanon)"),
            ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ],
    ),
    (
        "وقالت صحيفة يديعوت أحرونوت إن رئيس الوزراء الإسرائيلي بنيامين نتنياهو عقد اجتماعاً مع وزير الدفاع "
        "يسرائيل كاتس، فيما ذكرت هيئة البث الإسرائيلية أن المفاوضات متعثرة.",
        [
            ("يديعوت أحرونوت", "ORG", "Yedioth Ahronoth"),
            ("بنيامين نتنياهو", "PER", "Benjamin Netanyahu"),
            ("يسرائيل كاتس", "PER", "Israel Katz"),
            ("هيئة البث الإسرائيلية", "ORG", "Kan (Israeli Public Broadcasting Corporation)"),
        ],
    ),
    (
        "وقال المتحدث باسم الحكومة السودانية خالد الأعيسر إن مسيرة استهدفت محطة كهرباء في مدينة عطبرة، فيما "
        "قالت منظمة اليونيسف إن ملايين الأطفال السودانيين خارج المدارس.",
        [
            ("خالد الأعيسر", "PER", None),
            ("عطبرة", "GPE", "Atbara"),
            ("اليونيسف", "ORG", "UNICEF"),
        ],
    ),
    (
        "وأعلنت منظمة أطباء بلا حدود تعليق عملها في مستشفى بشائر بالخرطوم، وقالت منظمة إنقاذ الطفولة إن الجوع "
        "يهدد النازحين في مخيم زمزم.",
        [
            ("منظمة أطباء بلا حدود", "ORG", "Doctors Without Borders (MSF)"),
            ("مستشفى بشائر", "FAC", None),
            ("الخرطوم", "GPE", "Khartoum"),
            ("منظمة إنقاذ الطفولة", "ORG", "Save the Children"),
            ("مخيم زمزم", "GPE", "Zamzam IDP camp"),
        ],
    ),
    (
        "وقال رئيس المجلس الرئاسي الليبي محمد المنفي إن البعثة الأممية يجب أن تقود الحوار، فيما قال رئيس مجلس "
        "النواب عقيلة صالح إن البرلمان سيعقد جلسة في بنغازي.",
        [
            ("المجلس الرئاسي الليبي", "ORG", "Presidential Council (Libya)"),
            ("محمد المنفي", "PER", "Mohamed al-Menfi"),
            ("مجلس النواب", "ORG", None),
            ("عقيلة صالح", "PER", "Aguila Saleh"),
            ("بنغازي", "GPE", "Benghazi"),
        ],
    ),
    (
        "وقالت تنسيقية الحركات الأمازيغية إن الطوارق في جنوب ليبيا محرومون من الوثائق، وطالبت منظمة محامون من "
        "أجل العدالة في ليبيا بتحقيق مستقل.",
        [
            ("تنسيقية الحركات الأمازيغية", "ORG", None),  # probe33: a coordination named by its kind
            ("الطوارق", "NORP", None),
            ("ليبيا", "GPE", "Libya"),
            ("منظمة محامون من أجل العدالة في ليبيا", "ORG", "Lawyers for Justice in Libya"),
        ],
    ),
    (
        "وقال وزير الخارجية الجزائري أحمد عطاف إن بلاده ترفض التدخل الأجنبي في مالي، فيما نشرت صحيفة الخبر أن "
        "الرئيس عبد المجيد تبون سيزور موسكو.",
        [
            ("أحمد عطاف", "PER", "Ahmed Attaf"),
            ("مالي", "GPE", "Mali"),
            ("عبد المجيد تبون", "PER", "Abdelmadjid Tebboune"),
            ("موسكو", "GPE", "Moscow"),
        ],
    ),
    (
        "وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة ستعقد في بغداد، فيما قال الأمين العام "
        "لمجلس التعاون الخليجي جاسم البديوي إن الدول الأعضاء تدعم استقرار المنطقة.",
        [
            ("جامعة الدول العربية", "ORG", "Arab League"),
            ("أحمد أبو الغيط", "PER", "Ahmed Aboul Gheit"),
            ("بغداد", "GPE", "Baghdad"),
            ("مجلس التعاون الخليجي", "ORG", "Gulf Cooperation Council"),
            ("جاسم البديوي", "PER", "Jasem Albudaiwi"),
        ],
    ),
    (
        "وقالت شركة قطر للطاقة إنها وقعت عقداً لتوريد الغاز إلى ألمانيا، فيما قالت شركة نفط الكويت إن حريقاً "
        "اندلع في مصفاة الأحمدي دون إصابات.",
        [
            ("شركة قطر للطاقة", "ORG", "QatarEnergy"),
            ("ألمانيا", "GPE", "Germany"),
            ("شركة نفط الكويت", "ORG", "Kuwait Oil Company"),
            ("مصفاة الأحمدي", "FAC", "Mina al-Ahmadi refinery"),
        ],
    ),
    (
        "وقالت قناة العربية إن وفداً من حزب الله زار طهران، فيما نقلت وكالة تسنيم الإيرانية عن المتحدث باسم "
        "الخارجية إسماعيل بقائي قوله إن إيران لا تريد الحرب.",
        [
            ("العربية", "ORG", "Al Arabiya"),
            ("حزب الله", "ORG", "Hezbollah"),
            ("طهران", "GPE", "Tehran"),
            ("تسنيم", "ORG", "Tasnim News Agency"),
            ("إسماعيل بقائي", "PER", "Esmaeil Baghaei"),
            ("إيران", "GPE", "Iran"),
        ],
    ),
    (
        "واقتحم مستوطنون قرية ترمسعيا شرقي رام الله، وقال رئيس بلدية القرية إن المستوطنين أحرقوا منازل "
        "للفلسطينيين، بحسب وكالة الأنباء الفلسطينية وفا.",
        [
            ("ترمسعيا", "GPE", "Turmusayya"),
            ("رام الله", "GPE", "Ramallah"),
            ("وكالة الأنباء الفلسطينية وفا", "ORG", "WAFA (Palestinian News and Info Agency)"),
        ],
    ),
    (
        "وقال مسؤولون إن الطلاب المصريين والفلسطينيين عادوا إلى الدراسة، فيما نقلت صحيفة اليوم السابع عن وزير "
        "التعليم العالي أيمن عاشور قوله إن الجامعات مستعدة.",
        [
            ("صحيفة اليوم السابع", "ORG", "Youm7"),
            ("أيمن عاشور", "PER", None),
        ],
    ),
    (
        "وقال المتحدث باسم القوات المسلحة اليمنية يحيى سريع إن الجماعة استهدفت سفينة في البحر الأحمر، فيما "
        "قالت هيئة عمليات التجارة البحرية البريطانية إن السفينة أصيبت قرب ميناء المخا.",
        [
            ("يحيى سريع", "PER", "Yahya Saree"),
            ("البحر الأحمر", "LOC", "Red Sea"),
            ("هيئة عمليات التجارة البحرية البريطانية", "ORG", None),
            ("ميناء المخا", "FAC", "Port of Mokha"),
        ],
    ),
    (
        "وقال محافظ البنك المركزي العراقي علي العلاق إن البنك سيواصل بيع الدولار، فيما قالت شركة نفط البصرة "
        "إن الصادرات ارتفعت.",
        [
            ("البنك المركزي العراقي", "ORG", "Central Bank of Iraq"),
            ("علي العلاق", "PER", None),
            ("شركة نفط البصرة", "ORG", "Basra Oil Company"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES5_PARAGRAPHS)
def test_names5_officials_agencies_companies_and_peoples_across_the_region(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    _assert_entities_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a people after a noun of people is its adjective, also when the noun is joined by و; never a body
        ("وقال الناشطون الشيعة إن الاعتقالات طالت رجال الدين الشيعة والطلاب الأكراد.", []),
        (
            "وقالت الوزارة إن القادة والملوك العرب والأشقاء العرب مدعوون، فيما احتج العرب والأكراد في كركوك.",
            [("العرب", "NORP"), ("الأكراد", "NORP"), ("كركوك", "GPE")],
        ),
        # "rule of law" and "the economic group" bare name no one
        ("وقال إن سلطان القانون فوق الجميع، وإن المجموعة الاقتصادية اجتمعت أمس.", []),
        ("وبقي سعر الصرف ثابتاً، وقال إن موقف المملكة من القضية لم يتغير.", []),
        # "قوله" / "قولها" after the one quoted is no part of a name, nor one itself
        ("ونقلت الوكالة عن الوزير قوله إن الحكومة لن تتراجع، وعن مصادر قولها إن الاتفاق قريب.", []),
        ("ونقلت الوكالة عن وزير الصحة ماجد أبو رمضان قوله إن المستشفيات تعمل.", [("ماجد أبو رمضان", "PER")]),
        ("ونقلت الوكالة عن وزير التعليم العالي أيمن عاشور قوله إن الجامعات مستعدة.", [("أيمن عاشور", "PER")]),
        # the crown prince's bare "بن سلمان" stays his; a longer listed name of the same line wins over it
        (
            "وقالت الوزارة إن بن سلمان وصل، وقال الأمير عبدالعزيز بن سلمان إن الأسواق مستقرة.",
            [("بن سلمان", "PER"), ("عبدالعزيز بن سلمان", "PER")],
        ),
    ],
)
def test_names5_words_that_are_no_names(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe33: what a protest before a building demands is no part of the body's name
        (
            "اعتصم العشرات من المزارعين، اليوم، أمام مبنى وزارة الزراعة للمطالبة بتعويضهم.",
            [("وزارة الزراعة", "ORG", None)],
        ),
        # a nationality in the accusative after its noun is no place; the country named after it is
        (
            "واعتقلت السلطات الجيبوتية 23 مهاجراً إثيوبياً على الحدود مع إثيوبيا.",
            [("إثيوبيا", "GPE", "Ethiopia")],
        ),
        # a league named by its kind, its state's adjective and the cause it defends
        (
            "وأدانت الرابطة الجزائرية للدفاع عن حقوق الإنسان اعتقال الناشطين.",
            [("الرابطة الجزائرية للدفاع عن حقوق الإنسان", "ORG", None)],
        ),
        # a body behind ل after a statement noun
        (
            "وفق ما أفاد بيان لرئاسة الجمهورية.",
            [("رئاسة الجمهورية", "ORG", None)],
        ),
    ],
)
def test_probe33_maghreb_and_gulf_names(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    _assert_entities_exact(text, expected)


# ---- probe49: entities of Arab wire and outlet stories (Libya, Egypt, the Maghreb, the Gulf, Palestine, Syria,
# Lebanon, Yemen, Sudan): what a dev-style coder lists, in order, with canonical names ----

_PROBE49_PARAGRAPHS = [
    # a ministry of a government named after it: both bodies; a security directorate of a town behind ل; Libya's emergency centre
    (
        "وأعلنت وزارة الداخلية بحكومة الوحدة الوطنية أن دوريات تابعة لمديرية أمن طرابلس انتشرت جنوبي"
        " العاصمة، وقال مركز طب الطوارئ والدعم إن الاشتباكات أوقعت قتيلين.",
        [
            ("وزارة الداخلية", "ORG", "Libyan Ministry of Interior (GNU)"),
            ("حكومة الوحدة الوطنية", "ORG", "Government of National Unity (Libya)"),
            ("مديرية أمن طرابلس", "ORG", None),
            ("مركز طب الطوارئ والدعم", "ORG", "Emergency Medicine and Support Centre (Libya)"),
        ],
    ),
    # ... with في before the government; a directorate of security named bare
    (
        "وقالت وزارة الصحة في حكومة الوحدة الوطنية إن مديرية أمن بنغازي أوقفت ثلاثة مطلوبين.",
        [
            ("وزارة الصحة", "ORG", None),
            ("حكومة الوحدة الوطنية", "ORG", "Government of National Unity (Libya)"),
            ("مديرية أمن بنغازي", "ORG", None),
        ],
    ),
    # control: a Yemeni district after مديرية stays a place
    (
        "وسيطر الحوثيون على مديرية صرواح غربي مأرب.",
        [
            ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
            ("صرواح", "GPE", "Suq Sirwah"),
            ("مأرب", "GPE", "Ma'rib"),
        ],
    ),
    # a court that rules is a body; the court a protest stands before is the building
    (
        "قضت محكمة جنايات القاهرة بالسجن المشدد على خمسة متهمين، فيما دعت جبهة الخلاص الوطني إلى وقفة أمام"
        " المحكمة الابتدائية بتونس.",
        [
            ("محكمة جنايات القاهرة", "ORG", None),
            ("جبهة الخلاص الوطني", "ORG", "National Salvation Front (Tunisia)"),
            ("المحكمة الابتدائية بتونس", "FAC", None),
        ],
    ),
    # a radio whose name says FM is named without its kind; one named by its kind keeps it
    (
        "وأفادت إذاعة موزاييك أف أم بأن الجلسة أجلت، فيما قالت إذاعة شبيلي إن مسلحين هاجموا بلدة أفجوي.",
        [
            ("موزاييك أف أم", "ORG", "Mosaique FM"),
            ("إذاعة شبيلي", "ORG", "Radio Shabelle"),
            ("أفجوي", "GPE", "Afgooye"),
        ],
    ),
    # an opposition party's standing is no part of its name; the ruling party named by its kind is no name
    (
        "وأعلن حزب العدالة والتنمية المعارض رفضه لمشروع القانون، وقال الحزب الحاكم إن المشروع سيمر.",
        [
            ("حزب العدالة والتنمية", "ORG", None),
        ],
    ),
    # organisations with a name of their own drop منظمة; Amnesty is named with it
    (
        "وأدانت منظمة هيومن رايتس ووتش اعتقال الناشطين، وقالت منظمة اليونيسف ومنظمة العفو الدولية إن الأطفال"
        " يدفعون الثمن.",
        [
            ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
            ("اليونيسف", "ORG", "UNICEF"),
            ("منظمة العفو الدولية", "ORG", "Amnesty International"),
        ],
    ),
    # people counted by what they are (أسيران محرران) are no name; a village council is a body
    (
        "واقتحمت قوات الاحتلال بلدة سنجل واعتقلت أربعة مواطنين بينهم أسيران محرران، وقال رئيس مجلس قروي"
        " ترمسعيا إن مستوطنين أحرقوا مركبتين.",
        [
            ("سنجل", "GPE", "Sinjil"),
            ("مجلس قروي ترمسعيا", "ORG", None),
        ],
    ),
    # the occupied West Bank is listed by its name; Masafer Yatta is an area (LOC) and its hamlet a place
    (
        "وأدان الناطق باسم الرئاسة نبيل أبو ردينة اقتحامات الضفة الغربية المحتلة، فيما هدمت جرافات الاحتلال"
        " مساكن في خلة الضبع في مسافر يطا.",
        [
            ("نبيل أبو ردينة", "PER", None),
            ("الضفة الغربية", "GPE", "West Bank"),
            ("خلة الضبع", "GPE", "Khallet al-Dabe"),
            ("مسافر يطا", "LOC", "Masafer Yatta"),
        ],
    ),
    # north-east Syria's Internal Security Forces and their short name, read bare
    (
        "وقالت قوى الأمن الداخلي (الأسايش) إن خلايا تابعة لتنظيم داعش تقف وراء الهجوم في الحسكة.",
        [
            ("قوى الأمن الداخلي", "ORG", None),
            ("الأسايش", "ORG", None),
            ("داعش", "ORG", "Islamic State"),
            ("الحسكة", "GPE", "Al Hasakah"),
        ],
    ),
    # civil defence named bare is a body of the story's country; the listed Syrian one keeps its name
    (
        "وقال الدفاع المدني السوري إن فرقه أخمدت حريقاً في إدلب، وقال الدفاع المدني إن أحد عناصره أصيب.",
        [
            ("الدفاع المدني السوري", "ORG", "Syria Civil Defence (White Helmets)"),
            ("إدلب", "GPE", "Idlib"),
            ("الدفاع المدني", "ORG", None),
        ],
    ),
    # Yemen's government army named bare; the Kasara front west of Marib
    (
        "وقال مصدر عسكري في الجيش الوطني إن قوات الجيش صدت هجوماً للحوثيين في جبهة الكسارة غربي مأرب.",
        [
            ("الجيش الوطني", "ORG", None),
            ("الكسارة", "GPE", "Al-Kasara"),
            ("مأرب", "GPE", "Ma'rib"),
        ],
    ),
    # the country a UN envoy is sent to is named
    (
        "وطالب المبعوث الأممي إلى اليمن هانس غروندبرغ بالإفراج عن موظفي الأمم المتحدة المحتجزين في صنعاء.",
        [
            ("اليمن", "GPE", "Yemen"),
            ("هانس غروندبرغ", "PER", "Hans Grundberg"),
            ("الأمم المتحدة", "ORG", "United Nations"),
            ("صنعاء", "GPE", "Sanaa"),
        ],
    ),
    # a coordination of resistance committees is one body, and the town they are named after a place
    (
        "وقالت تنسيقية لجان مقاومة الفاشر إن قوات الدعم السريع قصفت معسكر زمزم للنازحين.",
        [
            ("تنسيقية لجان مقاومة الفاشر", "ORG", None),
            ("الفاشر", "GPE", "El Fasher"),
            ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
            ("معسكر زمزم", "GPE", "Zamzam IDP camp"),
        ],
    ),
    # an unknown party or unknown elements are a description, not a name
    (
        "وأعلنت جهة مجهولة مسؤوليتها عن الهجوم، فيما اختطفت عناصر مجهولة ناشطاً في طرابلس.",
        [
            ("طرابلس", "GPE", "Tripoli"),
        ],
    ),
    # the Gulf islands are places (LOC), also behind و; bare "أبو موسى" is a kunya as often, so only "جزيرة أبو موسى"
    # names the island (probe46's rows): here the tagger takes it for a person
    (
        "وأكد الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي أن الجزر الثلاث طنب الكبرى وطنب"
        " الصغرى وأبو موسى إماراتية.",
        [
            ("مجلس التعاون لدول الخليج العربية", "ORG", "Gulf Cooperation Council"),
            ("جاسم البديوي", "PER", "Jasem Albudaiwi"),
            ("طنب الكبرى", "LOC", "Greater Tunb"),
            ("طنب الصغرى", "LOC", "Lesser Tunb"),
            ("وأبو موسى", "PER", None),
        ],
    ),
    # Kuwait's coast guard department, Bubiyan island and the Divided Zone
    (
        "وأعلنت الإدارة العامة لخفر السواحل ضبط قارب قرب جزيرة بوبيان، فيما بحث الوزيران تطورات المنطقة المقسومة.",
        [
            ("الإدارة العامة لخفر السواحل", "ORG", "Kuwaiti Coast Guard"),
            ("جزيرة بوبيان", "LOC", "Bubiyan Island"),
            ("المنطقة المقسومة", "LOC", "Saudi-Kuwaiti Divided Zone"),
        ],
    ),
    # العماد is a title, as العميد and اللواء are; "قيادة الجيش" is the command of the army, a description (names7,
    # as the gold sets leave it out)
    (
        "واستقبل رئيس الجمهورية العماد جوزاف عون قائد الجيش العماد رودولف هيكل، وأعلنت قيادة الجيش أن وحدة"
        " هندسية فككت قنبلة في كفرشوبا.",
        [
            ("جوزاف عون", "PER", "Joseph Aoun"),
            ("رودولف هيكل", "PER", "Rodolphe Haykal"),
            ("كفرشوبا", "GPE", "Kfar Shouba"),
        ],
    ),
    # Lebanon's public-health emergency operations centre
    (
        "وقال مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة اللبنانية إن الغارة على عيتا الشعب أوقعت جريحين.",
        [
            ("مركز عمليات طوارئ الصحة العامة", "ORG", "Lebanese Ministry of Health"),
            ("وزارة الصحة اللبنانية", "ORG", "Lebanese Ministry of Health"),
            ("عيتا الشعب", "GPE", "Aita al-Shaab"),
        ],
    ),
    # a directorate named by a definite word is a body; before a place, "مديرية" is a Yemeni district's kind
    ("وقال إن مديرية التربية أعلنت تعطيل الدوام.", [("مديرية التربية", "ORG", None)]),
    ("وقعت اشتباكات في مديرية المنصورة بعدن.", [("المنصورة", "GPE", "Al Mansurah"), ("عدن", "GPE", "Aden")]),
]


@pytest.mark.parametrize(("text", "expected"), _PROBE49_PARAGRAPHS)
def test_probe49_entities_of_arab_outlets(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    _assert_entities_exact(text, expected)


def test_vowel_marks_inside_a_word_keep_it_one_token() -> None:
    """probe74: "العُمانية" is one token for the tagger, not "الع", a mark and "مانية" (read as a name)."""
    parts = [p for p in names._TOKEN_SPLIT.split("إلى العاصمة العُمانية مسقط غداً، وقال") if p.strip()]
    assert parts == ["إلى", "العاصمة", "العُمانية", "مسقط", "غداً", "،", "وقال"]


def test_a_wilaya_is_listed_with_its_kind_word_a_governorate_without() -> None:
    """The dev corpus lists "ولاية شمال دارفور" and "ولاية الجزيرة" whole, but "محافظة البصرة" as "البصرة": a state
    (ولاية) keeps its kind word, a governorate, district or town drops it; written bare, a state is listed bare."""
    assert _entities(
        "قصفت قوات الدعم السريع مخيماً للنازحين في ولاية شمال دارفور، وقالت حكومة ولاية الجزيرة إن"
        " المعارك امتدت إلى محافظة البصرة."
    ) == [
        ("قوات الدعم السريع", "ORG"),
        ("ولاية شمال دارفور", "GPE"),
        ("ولاية الجزيرة", "GPE"),
        ("البصرة", "GPE"),
    ]
    assert ("شمال دارفور", "GPE") in _entities("وصلت قافلة مساعدات إلى شمال دارفور أمس.")


def test_a_diacritic_inside_a_word_leaves_the_word_whole_for_the_tagger() -> None:
    """ "العُمانية" (with a damma) was tagged as two tokens, its second half "مانية" a person; "كياناً" lost its
    tanween and "كيانا" was read as a name."""
    assert _entities("ومن المقرر أن يصل المبعوث إلى العاصمة العُمانية مسقط غداً.") == [("مسقط", "GPE")]
    assert _entities("أدرجت السعودية، اليوم، 15 فرداً وكياناً على قوائم الإرهاب لارتباطهم بتمويل حزب الله.") == [
        ("السعودية", "GPE"),
        ("حزب الله", "ORG"),
    ]


def test_africom_named_with_the_preposition_lam() -> None:
    """ "القيادة الأمريكية لأفريقيا" is AFRICOM as "في أفريقيا" is: not a body "القيادة الأمريكية" and a place "لأفريقيا"."""
    assert _entities("وأعلنت القيادة الأمريكية لأفريقيا (أفريكوم) أنها نفذت غارة جوية قرب مدينة جلب.") == [
        ("القيادة الأمريكية لأفريقيا", "ORG"),
        ("أفريكوم", "ORG"),
        ("جلب", "GPE"),
    ]


# ---- names6: Somalia's federal member states and their forces, wire agencies, bodies every state names alike
# (General Security, the gendarmerie's forces, the maritime guard, the Asayish) and the units or forces of one,
# continents, glued family names in facilities, a province's health directorate ----

_NAMES6_PARAGRAPHS = [
    # a state wire agency and its short form; the forces of a federal member state are a name
    (
        "وقالت وكالة الأنباء الصومالية (صونا) إن قوات جوبالاند استعادت السيطرة على بلدة بارديرا بإقليم جدو بعد معارك مع حركة الشباب.",
        [
            ("وكالة الأنباء الصومالية", "ORG", "Somali National News Agency (SONNA)"),
            ("صونا", "ORG", "Somali National News Agency (SONNA)"),
            ("قوات جوبالاند", "ORG", "Jubaland Security Forces"),
            ("بارديرا", "GPE", None),
            ("جدو", "GPE", "Gedo"),
            ("حركة الشباب", "ORG", "Al-Shabaab"),
        ],
    ),
    # a federal member state's forces and government; a president's name after his office
    (
        "وأعلن رئيس ولاية غلمدغ أحمد عبدي كاريه أن قوات غلمدغ صدت هجوماً على مدينة عابدواق، فيما قالت حكومة بونتلاند إنها لن تعترف بالانتخابات.",
        [
            ("ولاية غلمدغ", "GPE", "Galmudug"),
            ("أحمد عبدي كاريه", "PER", None),
            ("قوات غلمدغ", "ORG", "Galmudug Security Forces"),
            ("عابدواق", "GPE", None),
            ("حكومة بونتلاند", "ORG", "Puntland Government"),
        ],
    ),
    # the Islamic State's outlet, named without its kind as the corpus lists it
    (
        "وتبنى تنظيم داعش، في بيان نشرته وكالة أعماق، الهجوم على حاجز للجيش العراقي في قضاء الطارمية شمالي بغداد.",
        [
            ("داعش", "ORG", "Islamic State"),
            ("أعماق", "ORG", "Amaq News Agency (Islamic State)"),
            ("الطارمية", "GPE", "At Tarmiyah"),
            ("بغداد", "GPE", "Baghdad"),
        ],
    ),
    # members of the General Security list the body bare; the directorate is Jordan's
    (
        "وأصيب ثلاثة من أفراد الأمن العام خلال مواجهات مع محتجين في مدينة الرمثا، وفق ما أعلنته مديرية الأمن العام.",
        [
            ("الأمن العام", "ORG", None),
            ("الرمثا", "GPE", "Ar Ramtha"),
            ("مديرية الأمن العام", "ORG", "Public Security Directorate (Jordan)"),
        ],
    ),
    # Jordan's gendarmerie: its forces are its name
    (
        "وفرقت قوات الدرك عشرات المحتجين أمام مجلس النواب في عمّان، فيما طالب حزب جبهة العمل الإسلامي بالإفراج عن الموقوفين.",
        [
            ("قوات الدرك", "ORG", None),
            ("مجلس النواب", "ORG", None),
            ("عمّان", "GPE", "Amman"),
            ("حزب جبهة العمل الإسلامي", "ORG", "Islamic Action Front"),
        ],
    ),
    # units of the maritime guard list the guard; a continent is a region (LOC)
    (
        "وأنقذت وحدات الحرس البحري بولاية المنستير 32 مهاجراً كانوا يحاولون الوصول إلى أوروبا على متن قارب متهالك.",
        [
            ("الحرس البحري", "ORG", None),
            ("ولاية المنستير", "GPE", "Monastir"),
            ("أوروبا", "LOC", None),
        ],
    ),
    # a continent after a direction word
    (
        "وقالت المنظمة الدولية للهجرة إن أكثر من ألف مهاجر غادروا السواحل الليبية باتجاه أوروبا خلال الأسبوع الماضي.",
        [
            ("المنظمة الدولية للهجرة", "ORG", "International Organization for Migration"),
            ("أوروبا", "LOC", None),
        ],
    ),
    # the forces of the Asayish list the Asayish; the event keeps the whole phrase
    (
        "وأطلقت قوات الأسايش الرصاص في الهواء لتفريق متظاهرين في مدينة القامشلي، بحسب المرصد السوري لحقوق الإنسان.",
        [
            ("الأسايش", "ORG", None),
            ("القامشلي", "GPE", "Al Qamishli"),
            ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ],
    ),
    (
        "وقال الناطق باسم الجيش السوداني العميد نبيل عبد الله إن الفرقة السادسة مشاة صدت هجوماً لقوات الدعم السريع على مدينة الفاشر.",
        [
            ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
            ("نبيل عبد الله", "PER", "Nabil Abdallah"),
            ("الفرقة السادسة مشاة", "ORG", None),
            ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
            ("الفاشر", "GPE", "El Fasher"),
        ],
    ),
    (
        "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة رئيس الوزراء الباكستاني شهباز شريف.",
        [
            ("تميم بن حمد آل ثاني", "PER", "Tamim bin Hamad Al Thani"),
            ("الدوحة", "GPE", "Doha"),
            ("شهباز شريف", "PER", None),
        ],
    ),
    # a family name that starts with ب and whose rest is no word is part of the hospital's name
    (
        "وقال الاتحاد العام التونسي للشغل إن إضراب أعوان الصحة سيشمل مستشفى الحبيب بورقيبة في صفاقس.",
        [
            ("الاتحاد العام التونسي للشغل", "ORG", "Tunisian General Labour Union (UGTT)"),
            ("مستشفى الحبيب بورقيبة", "FAC", None),
            ("صفاقس", "GPE", "Sfax"),
        ],
    ),
    # the same on a street; the capital after العاصمة
    (
        "وتجمع مئات المحتجين في شارع الحبيب بورقيبة بالعاصمة تونس للمطالبة بالإفراج عن المعتقلين.",
        [
            ("شارع الحبيب بورقيبة", "FAC", None),
            ("تونس", "GPE", "Tunis"),
        ],
    ),
    # a federal member state written with ولاية
    (
        "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الفيضانات شردت آلاف الأسر في ولاية هيرشبيلي وسط الصومال.",
        [
            ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN OCHA"),
            ("ولاية هيرشبيلي", "GPE", "Hirshabelle"),
            ("الصومال", "GPE", "Somalia"),
        ],
    ),
    (
        "وأغلق محتجون من الطوارق الطريق الرابط بين مدينتي كيدال وغاو شمالي مالي احتجاجاً على غارات الجيش المالي.",
        [
            ("الطوارق", "NORP", None),
            ("كيدال", "GPE", "Kidal"),
            ("غاو", "GPE", "Gao"),
            ("مالي", "GPE", "Mali"),
            ("الجيش المالي", "ORG", "Malian Armed Forces (FAMa)"),
        ],
    ),
    (
        "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم على موقع للجيش البوركيني قرب مدينة جيبو.",
        [
            ("جماعة نصرة الإسلام والمسلمين", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
            ("جيبو", "GPE", "Djibo"),
        ],
    ),
    (
        "وقال الناطق باسم وزارة الداخلية العراقية العميد مقداد ميري إن شرطة ديالى اعتقلت خمسة مطلوبين في قضاء بعقوبة.",
        [
            ("وزارة الداخلية العراقية", "ORG", "Iraqi Ministry of Interior"),
            ("مقداد ميري", "PER", None),
            ("ديالى", "GPE", "Diyala"),
            ("بعقوبة", "GPE", "Baqubah"),
        ],
    ),
    (
        "وأفادت وكالة الأنباء القطرية (قنا) بأن رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني تلقى اتصالاً من نظيره المصري.",
        [
            ("وكالة الأنباء القطرية", "ORG", "Qatar News Agency (QNA)"),
            ("قنا", "ORG", "Qatar News Agency (QNA)"),
            ("محمد بن عبدالرحمن آل ثاني", "PER", "Mohammed bin Abdulrahman Al Thani"),
        ],
    ),
    (
        "ونفذت قوات الجيش الوطني الصومالي عملية عسكرية في منطقة جلب بإقليم جوبا الوسطى، بحسب ما أوردته إذاعة مقديشو.",
        [
            ("الجيش الوطني الصومالي", "ORG", "Somali National Army"),
            ("جلب", "GPE", "Jilib"),
            ("جوبا الوسطى", "GPE", "Middle Juba"),
            ("إذاعة مقديشو", "ORG", None),
        ],
    ),
    (
        "وتظاهر المئات من أنصار حزب الأمة القومي في مدينة أم درمان للمطالبة بوقف الحرب.",
        [
            ("حزب الأمة القومي", "ORG", None),
            ("أم درمان", "GPE", "Omdurman"),
        ],
    ),
    # a province's health directorate, named by its kind, its field and its province
    (
        "وقالت دائرة صحة البصرة إن مستشفى الصدر التعليمي استقبل عشرة مصابين إثر انفجار في قضاء الزبير.",
        [
            ("دائرة صحة البصرة", "ORG", None),
            ("مستشفى الصدر التعليمي", "FAC", None),
            ("الزبير", "GPE", "Az Zubayr"),
        ],
    ),
    # a federal member state named bare is a polity (GPE), not a region
    (
        "وقال رئيس جوبالاند أحمد مدوبي إن قواته لن تنسحب من مدينة كسمايو، فيما دعت الحكومة الفيدرالية إلى الحوار.",
        [
            ("جوبالاند", "GPE", "Jubaland"),
            ("أحمد مدوبي", "PER", None),
            ("كسمايو", "GPE", "Kismayo"),
        ],
    ),
    (
        "وقالت هيئة العمل الوطني إن عناصر من الأمن العام اعتقلوا ثلاثة شبان في مدينة دوما بريف دمشق.",
        [
            ("هيئة العمل الوطني", "ORG", None),
            ("الأمن العام", "ORG", None),
            ("دوما", "GPE", "Duma"),
            ("ريف دمشق", "GPE", "Rural Damascus"),
        ],
    ),
    # continents the model tags are regions
    (
        "وقال إن العصابات تنقل المهاجرين من أفريقيا إلى أوروبا عبر ليبيا.",
        [
            ("أفريقيا", "LOC", None),
            ("أوروبا", "LOC", None),
            ("ليبيا", "GPE", "Libya"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES6_PARAGRAPHS)
def test_names6_states_agencies_security_bodies_and_regions(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    _assert_entities_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # the units of an army are a description; Kuwait's National Guard is no story body (it is military there)
        ("وقالت وحدات الجيش إنها ردت على مصادر النيران.", []),
        ("وانتشرت وحدات من الحرس الوطني في مدينة الكويت.", [("مدينة الكويت", "GPE")]),
        # a command of the General Security behind ل is a body of its own, not the General Security
        ("بحسب بيان لقيادة الأمن العام في حمص.", [("حمص", "GPE")]),
        # "public order" behind a preposition is no body
        ("وقال إن الإخلال بالأمن العام جريمة يعاقب عليها القانون.", []),
    ],
)
def test_names6_words_that_are_no_names(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_names6_forces_of_a_story_body_keep_the_whole_phrase_for_the_event() -> None:
    """ "وحدات الحرس البحري" lists "الحرس البحري"; the mention, which names the event's actor, keeps the units."""
    doc = _doc("وأنقذت وحدات الحرس البحري 40 مهاجراً قبالة سواحل المهدية.")
    assert ("الحرس البحري", "ORG") in [(e["text"], e["type"]) for e in doc.entities]
    assert "وحدات الحرس البحري" in [m.text for m in doc.mentions]


# ---- names7: presidencies named with their state, quarters named with their kind, Mauritanian names with ولد,
# courts as the seat of a prosecutor, generic sites and generic bodies that are no names ----

_NAMES7_PARAGRAPHS = [
    # a presidency with its nationality is a name, as "رئاسة الجمهورية" is
    (
        "وقالت الرئاسة الجزائرية في بيان إن الرئيس عبد المجيد تبون استقبل وزير الخارجية الإيطالي في الجزائر العاصمة.",
        [
            ("الرئاسة الجزائرية", "ORG", "Algerian Presidency"),
            ("عبد المجيد تبون", "PER", "Abdelmadjid Tebboune"),
            ("الجزائر العاصمة", "GPE", "Algiers"),
        ],
    ),
    (
        "وقالت الرئاسة التشادية إن الرئيس محمد إدريس ديبي ترأس اجتماعاً أمنياً في نجامينا.",
        [
            ("الرئاسة التشادية", "ORG", None),
            ("محمد إدريس ديبي", "PER", "Mahamat Idriss Déby"),
            ("نجامينا", "GPE", "N'Djamena"),
        ],
    ),
    # a quarter whose name alone is a town elsewhere keeps its kind; one the lists hold as a quarter does too
    (
        "وأصيب ثلاثة مدنيين في قصف مدفعي استهدف حي الروضة شرقي مدينة تعز، وفق ما أفاد مصدر طبي.",
        [("حي الروضة", "GPE", "Taiz"), ("تعز", "GPE", "Taiz")],
    ),
    (
        "وقتل شاب في اشتباك مسلح داخل حي الطيرة بمخيم عين الحلوة قرب مدينة صيدا.",
        [("حي الطيرة", "GPE", "At Tirah"), ("مخيم عين الحلوة", "GPE", "Ain al-Hilweh camp"), ("صيدا", "GPE", "Sidon")],
    ),
    # a school said to shelter the displaced is no school named "تؤوي"
    (
        "واستهدفت غارة إسرائيلية مدرسة تؤوي نازحين في حي الزيتون شرق مدينة غزة.",
        [("حي الزيتون", "GPE", "Zeitoun"), ("غزة", "GPE", "Gaza")],
    ),
    # a Mauritanian name after an office: a definite given name, ولد and the father's name
    (
        "وقال المتحدث باسم الحكومة الموريتانية الناني ولد اشروقة إن قوات الأمن أوقفت عشرة محتجين في نواكشوط.",
        [("الناني ولد اشروقة", "PER", None), ("نواكشوط", "GPE", "Nouakchott")],
    ),
    (
        "وقال رئيس الجمهورية محمد ولد الشيخ الغزواني إن البلاد آمنة.",
        [("محمد ولد الشيخ الغزواني", "PER", "Mohamed Ould Ghazouani")],
    ),
    # the local authority of a province is a description; the province's own forces are a name
    (
        "وقالت السلطة المحلية في محافظة شبوة إن قوات دفاع شبوة صدت هجوماً لتنظيم القاعدة في مديرية الصعيد.",
        [
            ("شبوة", "GPE", "Shabwah"),
            ("قوات دفاع شبوة", "ORG", "Shabwa Defence Forces"),
            ("القاعدة", "ORG", "Al-Qaeda"),
            ("الصعيد", "GPE", "As Said"),
        ],
    ),
    # the command of the army (named before) is no name; a numbered brigade is
    (
        "وأعلنت قيادة الجيش في بيان أن وحدة من اللواء الخامس أوقفت مهربين قرب الهرمل.",
        [("اللواء الخامس", "ORG", None), ("الهرمل", "GPE", "El Hermel")],
    ),
    # a court a judge sits at is the building, as the gold sets list it
    (
        "ومثل ثلاثة صحفيين أمام قاضي التحقيق لدى المحكمة الابتدائية بسوسة بتهمة نشر أخبار زائفة.",
        [("المحكمة الابتدائية بسوسة", "FAC", None)],
    ),
    # the power station of a town, a refinery for refining oil: kinds of sites, no names
    (
        "وتوقفت محطة الكهرباء الرئيسية في مدينة المكلا عن العمل بسبب نفاد الوقود.",
        [("المكلا", "GPE", "Mukalla")],
    ),
    (
        "وقصفت مسيرة مصفاة لتكرير النفط في مدينة الأبيض بشمال كردفان.",
        [("الأبيض", "GPE", "El Obeid"), ("شمال كردفان", "GPE", "North Kordofan")],
    ),
    # the prime minister's office and a media centre named by their kind alone are descriptions
    (
        "وقالت رئاسة الحكومة إن الوزير قدم استقالته، فيما دعا الاتحاد العام التونسي للشغل إلى إضراب.",
        [("الاتحاد العام التونسي للشغل", "ORG", "Tunisian General Labour Union (UGTT)")],
    ),
    (
        "وقال المركز الإعلامي إن وحدات من الجيش سيطرت على بلدة أم صميمة غرب أم درمان.",
        [("أم صميمة", "GPE", "Umm Sumeima"), ("أم درمان", "GPE", "Omdurman")],
    ),
    # an institution's name ends where a title and its holder begin
    (
        "وقال الناطق باسم وزارة الداخلية العقيد عبد العزيز الرحيلي إن الدوريات ضبطت شحنة أسلحة في تيلابيري.",
        [("وزارة الداخلية", "ORG", None), ("عبد العزيز الرحيلي", "PER", None), ("تيلابيري", "GPE", "Tillabéri")],
    ),
    (
        "وقالت الرئاسة الصومالية إن الرئيس حسن شيخ محمود التقى رئيس ولاية جوبالاند في كسمايو.",
        [
            ("الرئاسة الصومالية", "ORG", "Somali Presidency"),
            ("حسن شيخ محمود", "PER", "Hassan Sheikh Mohamud"),
            ("ولاية جوبالاند", "GPE", "Jubaland"),
            ("كسمايو", "GPE", "Kismayo"),
        ],
    ),
    (
        "وأصيب طفلان في انفجار لغم قرب مدرسة رسمية في بلدة عيتا الشعب جنوب لبنان.",
        [("عيتا الشعب", "GPE", "Aita al-Shaab"), ("لبنان", "GPE", "Lebanon")],
    ),
    (
        "ونفذت وحدات من الجيش الصومالي عملية في منطقة عيل بور بإقليم جلجدود.",
        [
            ("الجيش الصومالي", "ORG", "Somali National Army"),
            ("عيل بور", "GPE", "Ceel Buur"),
            ("جلجدود", "GPE", "Galgaduud"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES7_PARAGRAPHS)
def test_names7_presidencies_quarters_mauritanian_names_and_generic_sites(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    _assert_entities_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a quarter the lists hold by its own name, or one in the town its name reads as, is listed bare
        ("هدمت جرافات الاحتلال منزلين في حي سلوان جنوب المسجد الأقصى.", [("سلوان", "GPE"), ("المسجد الأقصى", "FAC")]),
        ("وقصفت الطائرات منزلاً في حي الشجاعية شرق مدينة غزة.", [("الشجاعية", "GPE"), ("غزة", "GPE")]),
        # the presidency alone is no name; an outlet named after the army is
        ("وقالت الرئاسة إن الاجتماع تأجل.", []),
        # ولد as a verb is no part of a name
        ("وقال رئيس الحزب إن الطفل ولد في المستشفى.", []),
        # a school or a hospital with a name of its own stays one
        (
            "ونقل المصابون إلى مستشفى كمال عدوان بعد قصف مدرسة حطين.",
            [("مستشفى كمال عدوان", "FAC"), ("مدرسة حطين", "FAC")],
        ),
    ],
)
def test_names7_words_that_stay_as_they_were(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


# ---- names8: names of the Horn of Africa and the Sahel, clitics before a body's kind, armies named by their state,
# peoples named by a plural nationality, a description the model tags, land ports

_NAMES8_PARAGRAPHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # a clitic before an outlet's or a ministry's kind word is no part of the name
    (
        "وأضاف لوكالة الأنباء الموريتانية أن الحكومة ستفتح تحقيقاً في الحادث.",
        [("وكالة الأنباء الموريتانية", "ORG", None)],
    ),
    (
        "وقال مصدر بوزارة الخارجية الجيبوتية إن الوفد غادر.",
        [("وزارة الخارجية الجيبوتية", "ORG", None)],
    ),
    # a union's name ends at أن: ل + ال is no construct that runs on
    (
        "وأكد الاتحاد المغاربي للمحامين أن العدالة في ليبيا وتونس تحتاج إلى إصلاح.",
        [("الاتحاد المغاربي للمحامين", "ORG", None), ("ليبيا", "GPE", "Libya"), ("تونس", "GPE", "Tunisia")],
    ),
    # the authorities and a nationality are a description, whatever the model tags
    (
        "وقالت السلطات الإريترية إن سفينة شحن رست في ميناء مصوع على البحر الأحمر.",
        [("ميناء مصوع", "FAC", None), ("البحر الأحمر", "LOC", "Red Sea")],
    ),
    # a state's army named with its nationality is a name, as the listed ones are
    (
        "وأعلن الجيش الإثيوبي مقتل عشرات من مسلحي جبهة تحرير شعب تيغراي.",
        [
            ("الجيش الإثيوبي", "ORG", None),
            ("جبهة تحرير شعب تيغراي", "ORG", "Tigray People's Liberation Front (TPLF)"),
        ],
    ),
    (
        "واندلعت اشتباكات بين الجيش الكيني ومسلحين من حركة الشباب في مقاطعة لامو.",
        # (h24b: Lamu County, a first-level unit kept in regions.tsv, is GPE as the other provinces are)
        [("الجيش الكيني", "ORG", None), ("حركة الشباب", "ORG", "Al-Shabaab"), ("لامو", "GPE", "Lamu")],
    ),
    (
        "وقال قائد الجيش الأوغندي إن قواته ستبقى في الصومال.",
        [("الجيش الأوغندي", "ORG", None), ("الصومال", "GPE", "Somalia")],
    ),
    # a plural nationality alone names a people; after a noun it is the noun's adjective
    (
        "وقال الإثيوبيون المقيمون في جدة إنهم يخشون الترحيل، بينما عاد آلاف اللاجئين الإريتريين إلى بلادهم.",
        [("الإثيوبيون", "NORP", None), ("جدة", "GPE", "Jeddah")],
    ),
    (
        "وقال زعماء من قبائل الفولاني إن مسلحين قتلوا عشرين قروياً في ولاية زمفرة شمال غربي نيجيريا.",
        [("الفولاني", "NORP", None), ("ولاية زمفرة", "GPE", "Zamfara"), ("نيجيريا", "GPE", "Nigeria")],
    ),
    # a land port is a facility, its detached adjective left out
    (
        "وعبرت شاحنات الوقود منفذ الطوال الحدودي بين اليمن والسعودية.",
        [("منفذ الطوال", "FAC", None), ("اليمن", "GPE", "Yemen"), ("السعودية", "GPE", "Saudi Arabia")],
    ),
    # Somalia's and Ethiopia's regions as the press spells them
    (
        "وأعلنت الحكومة الصومالية أن قواتها حررت بلدة حررطيري في إقليم مدغ من عناصر حركة الشباب.",
        [("حررطيري", "GPE", "Harardhere"), ("مدغ", "GPE", "Mudug"), ("حركة الشباب", "ORG", "Al-Shabaab")],
    ),
    (
        "وأعلنت هيئة البث البريطانية أن مراسلها منع من دخول إقليم تيغراي.",
        [("هيئة البث البريطانية", "ORG", None), ("إقليم تيغراي", "GPE", "Tigray")],
    ),
    # an island named with جزيرة is a natural place, though a town bears its bare name
    (
        "وسقطت قذيفة قرب ميناء الحديدة وأخرى على جزيرة كمران في البحر الأحمر.",
        [
            ("ميناء الحديدة", "FAC", "Port of Hodeidah"),
            ("جزيرة كمران", "LOC", "Kamaran Island"),
            ("البحر الأحمر", "LOC", "Red Sea"),
        ],
    ),
    (
        "وأعلن الحرس الثوري الإيراني احتجاز ناقلة قرب جزيرة قشم.",
        [
            ("الحرس الثوري الإيراني", "ORG", "Islamic Revolutionary Guard Corps (IRGC)"),
            ("جزيرة قشم", "LOC", "Qeshm Island"),
        ],
    ),
    # deserts, valleys and highlands of the Sahel are natural places
    (
        "ولقي ثلاثة مهاجرين مصرعهم في صحراء تينيري شمال النيجر.",
        [("صحراء تينيري", "LOC", "Ténéré"), ("النيجر", "GPE", "Niger")],
    ),
    (
        "وقال شهود إن الطائرات قصفت مواقع في وادي هور وتحصن مسلحون في جبال إيفوغاس.",
        [("وادي هور", "LOC", "Wadi Howar"), ("جبال إيفوغاس", "LOC", "Adrar des Ifoghas")],
    ),
    # an airport named after a person is one name, not an airport and a person
    (
        "ووصل وفد من الاتحاد الأفريقي إلى مطار آدم عبدالله الدولي في مقديشو.",
        [
            ("الاتحاد الأفريقي", "ORG", "African Union"),
            ("مطار آدم عبدالله الدولي", "FAC", "Aden Adde International Airport"),
            ("مقديشو", "GPE", "Mogadishu"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES8_PARAGRAPHS)
def test_names8_horn_and_sahel_names_clitics_armies_and_peoples(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    _assert_entities_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # finance, not Mali; the army alone is no name
        ("وقالت وزارة المالية إن الجيش أنهى تدريباته.", [("وزارة المالية", "ORG")]),
        # a listed army stays the listed one
        ("وقال الجيش العراقي إن قواته انتشرت.", [("الجيش العراقي", "ORG")]),
        # a body that belongs to a government named by its state is a description too
        ("وقالت الحكومة الإثيوبية إن المفاوضات ستستأنف.", []),
    ],
)
def test_names8_words_that_stay_as_they_were(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


def test_names8_army_named_by_its_state_is_that_states_military() -> None:
    doc = _doc("وأعلن الجيش الكيني مقتل خمسة مسلحين.")
    army = next(m for m in doc.mentions if m.text == "الجيش الكيني")
    assert army.actor is not None and (army.actor.country, army.actor.role) == ("KEN", "military")


def test_names8_crossing_is_not_placed_in_the_state_it_faces() -> None:
    doc = _doc("وأغلقت السلطات الجزائرية منفذ أم الطبول الحدودي مع تونس أمام المسافرين.")
    crossing = next(m for m in doc.mentions if m.text == "منفذ أم الطبول")
    assert crossing.type == "FAC" and (crossing.place is None or crossing.place.country != "TN")


# ---- names9: roundabouts, what a side calls a group, mountain ranges, titles that are family names, bodies every
# state names alike

_NAMES9_PARAGRAPHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # a roundabout is a site named by its kind, like a square
    (
        "وأصيب ثلاثة شبان برصاص الجنود قرب دوار الشهداء وسط مدينة نابلس.",
        [("دوار الشهداء", "FAC", None), ("نابلس", "GPE", "Nablus")],
    ),
    # ... and one named after a listed town is that town's
    (
        "وقصفت المدفعية دوار بني سهيلا شرق خان يونس.",
        [("بني سهيلا", "GPE", "Bani Suhayla"), ("خان يونس", "GPE", "Khan Yunis")],
    ),
    # what a side calls a listed group, or a part of it, is no part of the group's name
    (
        "وقال قائد عسكري إن مليشيا الدعم السريع قصفت أحياء الفاشر بالمدفعية.",
        [("الدعم السريع", "ORG", "Rapid Support Forces"), ("الفاشر", "GPE", "El Fasher")],
    ),
    (
        "وأكد البيان أن عصابات داعش الإرهابية هاجمت قرية في قضاء الحويجة.",
        [("داعش", "ORG", "Islamic State"), ("الحويجة", "GPE", "Al Hawijah")],
    ),
    (
        "وتلاحق القوات خلايا داعش في صحراء الأنبار.",
        [("داعش", "ORG", "Islamic State"), ("صحراء الأنبار", "LOC", "Anbar desert")],
    ),
    (
        "وأعلنت ميليشيا قسد حظر التجوال في مدينة الرقة.",
        [("قسد", "ORG", "Syrian Democratic Forces"), ("الرقة", "GPE", "Ar Raqqah")],
    ),
    # a mountain range is listed by its mountains
    (
        "وتحصن المسلحون في سلسلة جبال حمرين شمال شرقي ديالى.",
        [("جبال حمرين", "LOC", "Hamrin Mountains"), ("ديالى", "GPE", "Diyala")],
    ),
    # a title after a given name is the family's name
    (
        "وقال القيادي محمد النقيب إن القوات تقدمت نحو زنجبار.",
        [("محمد النقيب", "PER", None), ("زنجبار", "GPE", "Zinjibar")],
    ),
    (
        "وأكد الناشط نور الدين البابا أن القصف استمر طوال الليل.",
        [("نور الدين البابا", "PER", None)],
    ),
    # a state's prosecution and its ruler's court, named bare
    (
        "وأصدر الديوان الأميري في الدوحة بيانا نعى فيه الفقيد.",
        [("الديوان الأميري", "ORG", None), ("الدوحة", "GPE", "Doha")],
    ),
    (
        "وأمرت النيابة العامة في القاهرة بحبس المتهمين أربعة أيام.",
        [("النيابة العامة", "ORG", None), ("القاهرة", "GPE", "Cairo")],
    ),
    # a military region named by its number or quarter is a command of the army; its forces list it
    (
        "وقال قائد المنطقة العسكرية الشرقية إن الوضع على الحدود مع سوريا مستقر.",
        [("المنطقة العسكرية الشرقية", "ORG", None), ("سوريا", "GPE", "Syria")],
    ),
    (
        "وانتشرت قوات المنطقة العسكرية الأولى في سيئون بحضرموت.",
        [("المنطقة العسكرية الأولى", "ORG", None), ("سيئون", "GPE", "Seiyun"), ("حضرموت", "GPE", "Hadramawt")],
    ),
    # a capital that bears its state's name is named with its kind word; other towns without it
    (
        "ووصل وفد الوساطة إلى مدينة الكويت مساء الأحد قادما من بغداد.",
        [("مدينة الكويت", "GPE", "Kuwait City"), ("بغداد", "GPE", "Baghdad")],
    ),
    (
        "وتظاهر المئات بمدينة تونس احتجاجا على غلاء الأسعار.",
        [("مدينة تونس", "GPE", "Tunis")],
    ),
    (
        "وقصفت الطائرات أحياء في مدينة حلب.",
        [("حلب", "GPE", "Aleppo")],
    ),
    # ... a longer name with its mandate stays whole
    (
        "وقالت القيادة العامة للقوات المسلحة الأردنية إن طائرة مسيرة أسقطت.",
        [("القيادة العامة للقوات المسلحة الأردنية", "ORG", "Jordan Armed Forces")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES9_PARAGRAPHS)
def test_names9_sites_epithets_ranges_family_titles_and_state_bodies(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    _assert_entities_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a roundabout named by a common noun is no name
        ("وأغلقت الشرطة دوار المدينة أمام السيارات.", []),
        # an epithet alone names no group
        ("واتهمت الحكومة ميليشيا مسلحة بالهجوم على سرت.", [("سرت", "GPE")]),
        # a closed military area is no command
        ("وتقع المنطقة العسكرية المغلقة قرب الحدود مع الأردن.", [("الأردن", "GPE")]),
        # a series of strikes is no mountain range
        ("وشنت الطائرات سلسلة غارات على مواقع في جبال قنديل.", [("جبال قنديل", "LOC")]),
        # a title before the name stays out of it
        ("وقال الرئيس عبد الفتاح السيسي إن مصر لن تقبل بالتهجير.", [("عبد الفتاح السيسي", "PER"), ("مصر", "GPE")]),
    ],
)
def test_names9_words_that_stay_as_they_were(text: str, entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities


_NAMES10_PARAGRAPHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # a place's kind after a body's name is the place visited, not part of the name
    (
        "وزار وفد من مجلس النواب البلدة صباح اليوم.",
        [("مجلس النواب", "ORG", None)],
    ),
    # a builder word tagged alone keeps its و and opens a name of two words
    (
        "وأخطرت البلدية عائلة بهدم منزلها في حي وادي الربابة جنوب المسجد الأقصى.",
        [("وادي الربابة", "GPE", None), ("المسجد الأقصى", "FAC", "Al-Aqsa Mosque compound")],
    ),
    # the factions named by their nationality are a description, not a name
    (
        "وعقدت الفصائل الفلسطينية اجتماعاً في مخيم البداوي.",
        [("مخيم البداوي", "GPE", "Beddawi camp")],
    ),
    # listed bodies, persons and places the news names (names10 rows)
    (
        "وقال المبعوث الأممي ستافان دي ميستورا إن المحادثات ستستأنف.",
        [("ستافان دي ميستورا", "PER", "Staffan de Mistura")],
    ),
    (
        "واستقبل الرئيس التشادي محمد إدريس ديبي إتنو قائد القوة المتعددة الجنسيات المشتركة.",
        [
            ("محمد إدريس ديبي إتنو", "PER", "Mahamat Idriss Déby"),
            ("القوة المتعددة الجنسيات المشتركة", "ORG", "Multinational Joint Task Force (MNJTF)"),
        ],
    ),
    (
        "وأعلن حلف قبائل حضرموت أن قوات حماية حضرموت انتشرت قرب المكلا.",
        [
            ("حلف قبائل حضرموت", "ORG", "Hadramawt Tribal Alliance"),
            ("قوات حماية حضرموت", "ORG", "Hadramawt Protection Forces"),
            ("المكلا", "GPE", "Mukalla"),
        ],
    ),
    (
        "ووصلت تعزيزات من قوات النخبة الحضرمية إلى المدينة.",
        [("النخبة الحضرمية", "ORG", "Hadrami Elite")],
    ),
    (
        "وتنتشر خلايا التنظيم في جبل البشري بين الرقة ودير الزور.",
        [("جبل البشري", "LOC", "Jabal al-Bishri"), ("الرقة", "GPE", "Ar Raqqah"), ("دير الزور", "GPE", "Deir ez-Zor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES10_PARAGRAPHS)
def test_names10_place_kinds_builders_factions_and_rows(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    _assert_entities_exact(text, expected)


def test_h17a_a_gap_filled_is_no_dam_and_a_region_is_loc() -> None:
    found = _entities(
        'وزار المنسق الأمريكي لشؤون الشرق الأوسط الدوحة لبحث سبل "سد الفجوات"، فيما استهدفت مسيّرة سد تشرين.'
    )
    assert ("الشرق الأوسط", "LOC") in found and ("الشرق الأوسط", "GPE") not in found
    assert not any(text.startswith("سد الفجوات") for text, _ in found)
    assert ("سد تشرين", "FAC") in found


def test_h17a_ministers_met_as_a_body_name_the_league_but_are_no_entity() -> None:
    doc = _doc("ويعقد وزراء الخارجية العرب اجتماعاً طارئاً في القاهرة يوم الأحد المقبل.")
    assert "وزراء الخارجية العرب" not in {e["text"] for e in doc.entities}
    ministers = next(m for m in doc.mentions if m.text == "وزراء الخارجية العرب")
    assert ministers.actor is not None and ministers.actor.role == "igo"


def test_the_town_after_the_lam_of_a_listed_region_is_named_without_its_clitic() -> None:
    # h17b: "الضاحية الجنوبية لبيروت" is listed as the suburbs; Beirut is named too, not "لبيروت"
    found = _entities("وسقط صاروخ على مبنى في الضاحية الجنوبية لبيروت فجر اليوم.")
    assert ("الضاحية الجنوبية", "LOC") in found and ("بيروت", "GPE") in found
    assert not any(t.startswith("لبيروت") for t, _ in found)


def test_the_sudan_liberation_movement_with_no_faction_is_named() -> None:
    # h17b: the bare movement is a name (a generic row); a faction named after it keeps its own row
    assert ("حركة جيش تحرير السودان", "ORG") in _entities("وانسحبت قوات حركة جيش تحرير السودان من البلدة.")
    doc = _doc("واشتبكت حركة تحرير السودان جناح مناوي مع قوات الدعم السريع.")
    assert doc.mentions[0].canonical == "Sudan Liberation Movement (Minni Minnawi)"


def test_a_quoted_movement_calling_protests_is_protesters_but_not_any_quoted_group() -> None:
    # h17b: "دعت مجموعة "X" إلى وقفة احتجاجية" names a protest movement; a quoted group with no protest after it does not
    doc = _doc('ودعت مجموعة "شباب التغيير"، في منشور، إلى وقفة احتجاجية أمام البرلمان.')
    movement = [m for m in doc.mentions if m.text == "شباب التغيير"]
    assert movement and movement[0].actor is not None and movement[0].actor.role == "protesters"
    doc = _doc("ورفضت مجموعة «الشباب المسلم»، في بيان، تسليم أي من عناصرها.")
    assert not any(m.actor is not None and m.actor.role == "protesters" for m in doc.mentions)


def test_h17c_a_site_named_after_a_towns_authority_takes_the_town() -> None:
    # the authority inside the name is no entity of its own; the authority alone still is
    assert _entities("ونُقل الجرحى إلى مستشفى هيئة الحديدة العام.") == [("مستشفى هيئة الحديدة العام", "FAC")]
    assert _entities("وقالت هيئة الحديدة إن المستشفى يعمل.") == [("هيئة الحديدة", "ORG")]


def test_h17c_models_of_arms_town_sides_and_site_purposes_are_no_names() -> None:
    # a model after "من نوع/من طراز"; "البلدة الغربية" (the town told of, its side); a command complex
    assert _entities('وأسقطت الدفاعات طائرة من طراز "إم كيو-9" فوق صعدة.') == [("صعدة", "GPE")]
    assert _entities("وسقطت قذائف على أطراف البلدة الشرقية أمس.") == []
    assert _entities("وقال الجيش إنه استهدف مجمع قيادة داخل المدرسة.") == []
    # ... while a named complex stays a facility (near miss)
    assert _entities("ونُقل المصابون إلى مجمع ناصر الطبي.") == [("مجمع ناصر الطبي", "FAC")]


def test_h24b_provinces_kept_as_regions_are_polities_and_named_forces_keep_their_adjective() -> None:
    # a province in regions.tsv (its admin1 is its own name) is GPE named bare or with its kind word; its
    # mountains stay a region
    assert _entities("واندلعت اشتباكات في تيغراي أمس.") == [("تيغراي", "GPE")]
    assert _entities("وشهد إقليم تيبستي اشتباكات.") == [("إقليم تيبستي", "GPE")]
    assert _entities("وتقع جبال تيبستي شمالي تشاد.") == [("جبال تيبستي", "LOC"), ("تشاد", "GPE")]
    # "الوطني" and "الشعبي" after a force's field make a name, not a description
    assert ("قوات الدفاع الوطني الإثيوبية", "ORG") in _entities("وانتشرت قوات الدفاع الوطني الإثيوبية في المدينة.")
    assert ("قوات الدفاع الشعبي", "ORG") in _entities("وأعلنت قوات الدفاع الشعبي مقتل ثلاثة من عناصرها.")
    # ... while the defence forces named by their nationality stay a description (near miss)
    assert _entities("وانتشرت القوات الإثيوبية في المدينة.") == []
