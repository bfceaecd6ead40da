"""The temporal tagger against a table of real-style Arabic news sentences with exact expected values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from rasd.clean import clean
from rasd.document import Document, TextView
from rasd.pipeline import extract
from rasd.segment import sentence_ranges
from rasd.timex import date_of, tag, tag_times

CASES = yaml.safe_load((Path(__file__).parent / "data" / "time_cases.yaml").read_text(encoding="utf-8"))


def test_the_table_is_large_and_has_non_dates() -> None:
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if not c["expect"]) >= 30


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_time_case(case: dict) -> None:
    got = [(case["text"][t.start : t.end], t.value, t.precision) for t in tag(case["text"], case["anchor"])]
    assert got == [(e["text"], e["value"], e["precision"]) for e in case["expect"]]


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_times_stage_finds_what_tag_finds(case: dict) -> None:
    # the stage tags only the sentences, and runs only the patterns, whose cue words it found in the
    # body: on every sentence of the table it must find what tag() finds with every pattern
    text, anchor = case["text"], case["anchor"]
    doc = tag_times(Document(id="x", raw=text, body=TextView.identity(text), published=anchor))
    expected = [
        (text[a + t.start : a + t.end], t.value.isoformat(), t.precision)
        for a, b in sentence_ranges(text)
        for t in tag(text[a:b], anchor)
    ]
    assert [(t["text"], t["value"], t["precision"]) for t in doc.times] == expected


ARTICLE = """غارات على ريف إدلب
الأربعاء 24 يناير 2024
إدلب - وكالات

قُتل مدنيان، مساء أمس الثلاثاء، بغارة جوية على بلدة سرمين، وفق الدفاع المدني.

وكان قصف مدفعي قد استهدف البلدة الخميس الماضي، ما أدى إلى نزوح عشرات العائلات.
وتتعرض المنطقة لهجمات متكررة.
"""


def test_times_stage_fills_raw_spans() -> None:
    doc = extract(Document(id="x", raw=ARTICLE))
    assert [(t["text"], t["value"], t["precision"]) for t in doc.times] == [
        ("مساء أمس الثلاثاء", "2024-01-23", "day"),
        ("الخميس الماضي", "2024-01-18", "day"),
    ]
    for t in doc.times:
        assert ARTICLE[t["start"] : t["end"]] == t["text"]


def test_date_of_a_clause_sentence_paragraph_or_publication() -> None:
    doc = extract(Document(id="x", raw=ARTICLE))
    at = ARTICLE.index("بغارة جوية")
    clause = date_of(doc, at, at + len("بغارة جوية على بلدة سرمين"))
    assert clause is not None and (clause.value, clause.found_in) == (date(2024, 1, 23), "sentence")
    at = ARTICLE.index("الخميس الماضي")
    assert date_of(doc, at, at + 13) == date_of(doc, at, at + 13)
    found = date_of(doc, at, at + len("الخميس الماضي"))
    assert found is not None and (found.value, found.found_in) == (date(2024, 1, 18), "clause")
    at = ARTICLE.index("وتتعرض المنطقة")
    found = date_of(doc, at, at + 10)
    assert found is not None and (found.value, found.precision, found.found_in) == (
        date(2024, 1, 24),
        "week",
        "published",
    )


def test_no_publication_date_means_no_resolved_times() -> None:
    doc = extract(Document(id="x", raw="قُتل مدنيان مساء أمس بغارة جوية على بلدة سرمين في ريف إدلب."))
    assert doc.published is None and doc.times == ()


def test_given_anchor_resolves() -> None:
    raw = "قُتل مدنيان مساء أمس بغارة جوية على بلدة سرمين في ريف إدلب."
    doc = extract(Document(id="x", raw=raw, published_given=date(2024, 3, 1)))
    assert doc.times == ({"text": "مساء أمس", "start": 12, "end": 20, "value": "2024-02-29", "precision": "day"},)
    assert clean(Document(id="x", raw=raw)).published is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the seed article: "سنتكوم" is a name, not سـ + verb, so the sentence is not future
        ("وقالت القيادة العسكرية الأميركية في الشرق الأوسط (سنتكوم)، مساء السبت، في بيان", date(2024, 1, 20)),
        ("قتل ستين شخصاً في القصف السبت", date(2024, 1, 20)),
        ("سيطرت الفصائل على البلدة السبت", date(2024, 1, 20)),
        ("ستعقد اللجنة اجتماعها السبت", date(2024, 1, 27)),
        ("سيصل الوفد إلى بغداد السبت", date(2024, 1, 27)),
    ],
)
def test_future_cue_regressions(sentence: str, value: date) -> None:
    (found,) = tag(sentence, date(2024, 1, 24))
    assert found.value == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # two days of one month: the first is the event's, and the expression spans both
        ("تنفيذ إضراب عام يومي 7 و8 أكتوبر المقبل", "7 و8 أكتوبر المقبل", date(2026, 10, 7)),
        ("يستمر المعرض بين 3 - 4 آذار 2024 في الدوحة", "3 - 4 آذار 2024", date(2024, 3, 3)),
    ],
)
def test_two_days_of_one_month(sentence: str, text: str, value: date) -> None:
    (found,) = tag(sentence, date(2026, 9, 28))
    assert (sentence[found.start : found.end], found.value) == (text, value)
