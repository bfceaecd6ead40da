"""The page catalogue tests/data/page_dates.yaml: date lines and headers in the styles of real Arabic outlets.

Each page goes through the whole pipeline; what it must give is said in the data file's header.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from rasd.document import Document
from rasd.normalise import fold_text
from rasd.pipeline import extract_record
from rasd.read import Record
from rasd.time import lexicon

_DATA = Path(__file__).parent / "data" / "page_dates.yaml"


@cache
def _catalogue() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return data


def _text_page(case: dict[str, Any], story: dict[str, Any]) -> str:
    if "raw" in case:
        return str(case["raw"]).format(title=story["title"], body=story["body"])
    head = case.get("head") or ""
    tail = case.get("tail") or ""
    return f"{story['title']}\n{head}\n\n{case.get('body_first', '')}{story['body']}\n" + (
        f"\n{tail}\n" if tail else ""
    )


def _html_page(case: dict[str, Any], story: dict[str, Any]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in str(story["body"]).split("\n\n"))
    title = story["title"]
    h1 = "" if case.get("no_h1") else f"<h1>{title}</h1>"
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{case.get("title_tag", title)}'
        f"</title>{case.get('meta', '')}</head>"
        f'<body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>{case.get("before", "")}'
        f"<main><article>{h1}{case.get('head', '')}"
        f'<div class="article-body">{paragraphs}</div>{case.get("after", "")}</article></main>'
        "<footer><p>© 2025 جميع الحقوق محفوظة</p></footer></body></html>"
    )


def _page_lines(case: dict[str, Any]) -> list[str]:
    """The header and footer lines the case adds (for HTML, the text of its pieces): none of them is body."""
    pieces = [str(case.get(k) or "") for k in ("head", "tail", "before", "after")]
    if case.get("format") == "html":
        pieces = [re.sub(r"<[^>]+>", "\n", p) for p in pieces]
    return [line.strip() for p in pieces for line in p.split("\n") if line.strip()]


def _run(case: dict[str, Any]) -> tuple[Document, dict[str, Any]]:
    story = _catalogue()["stories"][case["story"]]
    fmt = case.get("format", "text")
    raw = _html_page(case, story) if fmt == "html" else _text_page(case, story)
    return extract_record(Record(id=case["id"], text=raw, format=fmt, encoding="utf-8", url=None)), story


@cache
def _date_words() -> frozenset[str]:
    """Weekday and month names: a date line's words, never an entity or a place."""
    lex = lexicon()
    return frozenset((*lex.weekdays, *lex.gregorian_months, *lex.hijri_months, *lex.solar_hijri_months))


def check(case: dict[str, Any]) -> list[str]:
    """What the pipeline gets wrong on one case (empty: nothing)."""
    doc, story = _run(case)
    problems = []
    expected: date | None = case["published"]
    if doc.published != expected:
        problems.append(f"published {doc.published} != {expected}")
    title = case.get("title", story["title"])
    if doc.title != title:
        problems.append(f"title {doc.title!r} != {title!r}")
    body = doc.body.text if doc.body is not None else ""
    if not body.startswith(str(story["body"]).split("،")[0].split(" ")[0]):
        problems.append(f"body starts {body[:40]!r}")
    problems += [f"in the body: {line!r}" for line in _page_lines(case) if line in body]
    places = {fold_text(p) for p in case.get("places", ())}  # a town the story names, spelt like a weekday
    for entity in doc.entities:
        if fold_text(entity["text"]) in _date_words() - places:
            problems.append(f"entity {entity['text']!r}")
    for event in doc.events:
        for place in event.get("locations") or ():
            if fold_text(place["text"]) in _date_words() - places:
                problems.append(f"event place {place['text']!r}")
    if expected is not None and doc.events:
        want = (expected + timedelta(days=story["event_offset"])).isoformat()
        if doc.events[0]["date"] != want:
            problems.append(f"event date {doc.events[0]['date']} != {want}")
    if not doc.events:
        problems.append("no event")
    elif places and not places & {fold_text(p["text"]) for p in doc.events[0].get("locations") or ()}:
        problems.append(f"event places {[p['text'] for p in doc.events[0].get('locations') or ()]}")
    return problems


def _params() -> list[Any]:
    out = []
    for case in _catalogue()["cases"]:
        marks = [pytest.mark.xfail(reason=case["known_gap"], strict=True)] if case.get("known_gap") else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_page_catalogue(case: dict[str, Any]) -> None:
    assert check(case) == []


def test_catalogue_weekdays_agree_with_their_dates() -> None:
    """A weekday the catalogue writes names its date, unless the case says it does not (a page's slip)."""
    names = {fold_text(k): v for k, v in lexicon().weekdays.items()}
    for case in _catalogue()["cases"]:
        if case["published"] is None or "disagree" in case["id"] or "site-clock" in case["id"]:
            continue
        text = fold_text(" ".join(str(case.get(k) or "") for k in ("head", "tail", "body_first", "raw")))
        for name, weekday in names.items():
            if re.search(rf"(?<!\w){name}(?!\w)", text):
                assert case["published"].weekday() == weekday, case["id"]
