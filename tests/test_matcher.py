from __future__ import annotations

import pytest

from rasd.matcher import Matcher, WordMatcher, longest, readings
from rasd.normalise import end_with_marks, fold


def _found(matcher: Matcher[str], text: str) -> list[tuple[str, str, str, bool]]:
    folded = fold(text).text
    return [
        (folded[h.start : h.end], folded[h.word_start : h.word_end], h.values[0], h.fused)
        for h in longest(matcher.find(folded))
    ]


@pytest.fixture(scope="module")
def places() -> Matcher[str]:
    names = ["بغداد", "العراق", "بابل", "بيت لحم", "بيت", "عين الاسد", "قاعده عين الاسد", "عدن"]
    return Matcher((name, name) for name in names)


def test_names_behind_clitics_keep_their_own_span(places: Matcher[str]) -> None:
    assert _found(places, "وصل وفد إلى بغداد، وبابل وبالعراق") == [
        ("بغداد", "بغداد", "بغداد", False),
        ("بابل", "وبابل", "بابل", False),
        ("العراق", "وبالعراق", "العراق", False),
    ]


def test_lam_plus_article_is_found_but_marked_fused(places: Matcher[str]) -> None:
    assert _found(places, "رسالة للعراق") == [("لعراق", "للعراق", "العراق", True)]


def test_longest_match_wins_and_words_are_whole(places: Matcher[str]) -> None:
    text = "استهدف هجوم قاعدة عين الأسد قرب بيت لحم وليس معدن"
    assert [found for found, *_ in _found(places, text)] == ["قاعده عين الاسد", "بيت لحم"]


def test_later_words_of_a_key_follow_after_one_separator(places: Matcher[str]) -> None:
    # one character between the words (a space, or a hyphen read as one) joins them; a comma and a space do not
    assert [found for found, *_ in _found(places, "زار بيت لحم ثم بيت-لحم")] == ["بيت لحم", "بيت-لحم"]
    assert [found for found, *_ in _found(places, "زار بيت، لحم")] == ["بيت"]
    assert [found for found, *_ in _found(places, "زار بيت  لحم")] == ["بيت"]


def test_every_hit_in_text_order_plain_before_fused() -> None:
    matcher = Matcher([("لعراق", "plain"), ("العراق", "fused"), ("عراق", "short")])
    hits = matcher.find("وللعراق والعراق")
    # و + ل + لعراق, and و + ل + العراق with its alef lost (the same letters, the plain key first); not
    # ولل + عراق: "ولل" is no clitic prefix
    assert [(h.start, h.end, h.word_start, h.key, h.fused) for h in hits] == [
        (2, 7, 0, "لعراق", False),
        (2, 7, 0, "العراق", True),
        (9, 15, 8, "العراق", False),
    ]
    assert [h.start for h in Matcher([("عراق", 1)], prefixes=("", "و")).find("وعراق بعراق عراق")] == [1, 12]


def test_hits_keep_folded_offsets_across_dropped_diacritics() -> None:
    matcher = Matcher([("بغداد", "Baghdad")])
    text = "في بَغْدَادَ اليوم"
    folded = fold(text)
    (hit,) = matcher.find(folded.text)
    a, b = folded.source_range(hit.start, hit.end)
    assert text[a:b] == "بَغْدَاد"
    assert text[a : end_with_marks(text, b)] == "بَغْدَادَ"


def test_word_matcher_reads_pronoun_suffixes_articles_and_gaps() -> None:
    verbs = WordMatcher([("استهدف", "target"), ("غاره", "raid"), ("شنت غارات", "raids")], max_gap=3)
    (hit,) = verbs.find("واستهدفها المسلحون")
    assert (hit.start, hit.end, hit.word_start, hit.word_end) == (1, 7, 0, 9)
    text = fold("وبالغارة ثم شنت طائرات حربية غارات", keep_taa_marbuta=True).text
    assert [(h.key, text[h.start : h.end]) for h in longest(verbs.find(text))] == [
        ("غاره", "غارة"),
        ("شنت غارات", "شنت طايرات حربية غارات"),  # folded: ئ is ي
    ]


def test_word_matcher_reads_an_adverb_after_a_time_aside_only_when_listed() -> None:
    verbs = WordMatcher([("اعترفت دوله", "recognition")], max_gap=4, aside=["اليوم"], after_aside=["رسميا"])
    text = fold("اعترفت النرويج وإيرلندا، اليوم، رسمياً بدولة فلسطين", keep_taa_marbuta=True).text
    assert [h.key for h in verbs.find(text)] == ["اعترفت دوله"]
    text = fold("اعترفت النرويج وإيرلندا، اليوم، غداً بدولة فلسطين", keep_taa_marbuta=True).text
    assert verbs.find(text) == []


def test_word_matcher_reads_a_time_aside_right_after_the_first_word() -> None:
    verbs = WordMatcher([("ضبطت شحنه اسلحه", "seized")], max_gap=4, aside=["فجر", "امس"])
    text = fold("أن دورية لخفر السواحل ضبطت، فجر أمس، شحنة أسلحة مهربة", keep_taa_marbuta=True).text
    (hit,) = verbs.find(text)
    assert text[hit.start : hit.end] == "ضبطت، فجر امس، شحنة اسلحة"
    # no aside words: a comma right after the verb still ends the phrase
    plain = WordMatcher([("ضبطت شحنه اسلحه", "seized")])
    assert plain.find(text) == []


def test_word_matcher_keeps_ta_marbuta_apart_from_a_pronoun() -> None:
    verbs = WordMatcher([("زار", "visit"), ("زياره", "visit")])
    text = fold("وزارة الخارجية في زيارته", keep_taa_marbuta=True).text
    assert [text[h.start : h.end] for h in verbs.find(text)] == ["زيارت"]


def test_readings_of_a_word() -> None:
    assert ("غارات", 4, 0) in readings("وبالغارات")
    assert ("زياره", 0, 1) in readings("زيارته")
    assert ("تحالف", 2, 0) in readings("للتحالف")


def test_a_final_hamza_seated_before_a_suffix_reads_as_written() -> None:
    # "لقائه" and "لقاؤه" fold to لقايه / لقاوه: the hamza sits on ي or و only because of the suffix
    assert ("لقاء", 0, 1) in readings(fold("لقائه").text)
    assert ("لقاء", 1, 2) in readings(fold("ولقاؤها").text)
    assert ("اعتداء", 0, 2) in readings(fold("اعتدائهم").text)
    # the folded stem is still read as it stands (folding cannot tell "رأيه" from a seated hamza: both readings)
    assert ("راي", 0, 1) in readings(fold("رأيه").text)
    assert ("زياره", 0, 1) in readings("زيارته") and all(stem != "زيارء" for stem, _, _ in readings("زيارته"))
    verbs = WordMatcher([("لقاء", "meeting")])
    text = fold("وقال الوزير خلال لقائه نظيره", keep_taa_marbuta=True).text
    assert [text[h.start : h.end] for h in verbs.find(text)] == ["لقاي"]


def test_one_spelling_may_stand_for_several_things() -> None:
    matcher = Matcher([("حلب", "city"), ("حلب", "governorate"), ("حلب", "city")])
    (hit,) = matcher.find("قصف على حلب")
    assert hit.values == ("city", "governorate")


def test_empty_matcher_and_empty_text() -> None:
    assert Matcher([]).find("بغداد") == []
    assert Matcher([("بغداد", 1)]).find("") == []


def test_hits_are_immutable_records(places: Matcher[str]) -> None:
    hit = places.find(fold("قصف في بغداد").text)[0]
    assert (hit.start, hit.end, hit.key, hit.values) == (7, 12, "بغداد", ("بغداد",))
    with pytest.raises(AttributeError):
        hit.start = 0  # type: ignore[misc]
    assert hit._replace(start=0).start == 0 and hit.start == 7


@pytest.fixture(scope="module")
def bodies() -> Matcher[str]:
    names = ["كتله الوفاء للمقاومه", "حزب الله", "الفيلق الافريقي الروسي", "الفيلق الافريقي", "بعلبك"]
    return Matcher((name, name) for name in names)


def test_a_listed_name_is_found_past_the_quotes_around_its_own_part(bodies: Matcher[str]) -> None:
    # the kind word stands outside the quotes: the hit is what they hold, and keeps the listed name's value
    assert _found(bodies, "وطالب نواب كتلة «الوفاء للمقاومة» عن دائرة بعلبك") == [
        ("الوفاء للمقاومه", "الوفاء للمقاومه", "كتله الوفاء للمقاومه", False),
        ("بعلبك", "بعلبك", "بعلبك", False),
    ]
    assert _found(bodies, 'واتهمت كتلة "الوفاء للمقاومة" إسرائيل') == [
        ("الوفاء للمقاومه", "الوفاء للمقاومه", "كتله الوفاء للمقاومه", False)
    ]
    # quotes around the whole name change nothing
    assert _found(bodies, "قيادي في «حزب الله» قتل") == [("حزب الله", "حزب الله", "حزب الله", False)]


def test_a_name_does_not_run_on_past_its_closing_quote(bodies: Matcher[str]) -> None:
    assert _found(bodies, 'عناصر من "الفيلق الإفريقي" الروسي في المنطقة') == [
        ("الفيلق الافريقي", "الفيلق الافريقي", "الفيلق الافريقي", False)
    ]
