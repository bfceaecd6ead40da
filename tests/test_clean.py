from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.clean import clean, page_published, read_date_line
from rasd.document import Document
from rasd.markup import parse_html


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [
        ("24 يناير 2024", date(2024, 1, 24), "plain"),
        ("الخميس 04/01/2024", date(2024, 1, 4), "plain"),
        ("نُشر في: 17 مايو 2024 - 13:05", date(2024, 5, 17), "published"),
        ("آخر تحديث: 27 سبتمبر 2025 - 16:40", date(2025, 9, 27), "updated"),
        ("8 محرم 1445 هـ الموافق 26 يوليو 2023", date(2023, 7, 26), "plain"),
        ("2025-04-13 09:40", date(2025, 4, 13), "plain"),
        ("3 أيلول 2023", date(2023, 9, 3), "plain"),
        ("الخميس، 20 شباط 2025", date(2025, 2, 20), "plain"),
        ("الثلاثاء 29 أوت 2023 - 15:47", date(2023, 8, 29), "plain"),
        ("9 تشرين الأول/أكتوبر 2023", date(2023, 10, 9), "plain"),
        ("الخميس ٤ تموز ٢٠٢٤ - ١٧:٠٥", date(2024, 7, 4), "plain"),
        ("الاثنين 13 كانون الثاني 2025 | 20:45", date(2025, 1, 13), "plain"),
        ("الخميس 16 نوفمبر/تشرين الثاني 2023", date(2023, 11, 16), "plain"),
        ("الأربعاء 3 رمضان 1445 هـ - 13 مارس 2024", date(2024, 3, 13), "plain"),
        ("25 يناير 2025 - 10:20 ص", date(2025, 1, 25), "plain"),
        ("نُشر بتاريخ: 12/01/2025 - 08:50", date(2025, 1, 12), "published"),
        ("الثلاثاء 18 أفريل 2023", date(2023, 4, 18), "plain"),
        ("السبت 3 جويلية 2021", date(2021, 7, 3), "plain"),
        ("الأحد 12 جوان 2022 على الساعة 10:00", date(2022, 6, 12), "plain"),
        ("الجمعة 1 فيفري 2019", date(2019, 2, 1), "plain"),
        ("الأحد 17 ديسمبر 2023 | 06:12 م", date(2023, 12, 17), "plain"),
        ("3 رمضان 1445 هـ", date(2024, 3, 13), "plain"),  # Hijri only: Umm al-Qura
        ("الجمعة 15 ذو الحجة 1444 هـ", date(2023, 7, 3), "plain"),
        ("2023/11/05", date(2023, 11, 5), "plain"),
        ("12.03.2024", date(2024, 3, 12), "plain"),
        ("5/13/2024", date(2024, 5, 13), "plain"),  # month/day only when the first cannot be a month
        ("تاريخ النشر: ٢٠٢٤-٠٢-١١", date(2024, 2, 11), "published"),
        ("آخر تحديث: الاثنين ٦ كانون الثاني ٢٠٢٥ - ١٧:٤٠", date(2025, 1, 6), "updated"),
        ("الإثنين 5 آب 2024 الساعة 14:30 بتوقيت بغداد", date(2024, 8, 5), "plain"),
    ],
)
def test_date_line_forms(line: str, value: date, kind: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert (found.value, found.kind) == (value, kind)


@pytest.mark.parametrize(
    "line",
    [
        "قتل ثلاثة مدنيين في 24 يناير 2024 بقصف على إدلب",  # a sentence that holds a date is no date line
        "القرار 2254",
        "بغداد - وكالات",
        "2500 جندي",
        "31 فبراير 2024",  # no such day
    ],
)
def test_not_date_lines(line: str) -> None:
    assert read_date_line(line) is None


def test_update_line_without_date_is_furniture_only() -> None:
    found = read_date_line("آخر تحديث: 18:20")
    assert found is not None and found.value is None and found.kind == "updated"


SEED_LIKE = """عشرات القتلى بغارات على مخيم جباليا شمالي قطاع غزة

عشرات القتلى بغارات على مخيم جباليا شمالي قطاع غزة

نُشر في: 2 نوفمبر 2023 - 11:20
آخر تحديث: 3 نوفمبر 2023 - 09:00
غزة - وكالات
فلسطينيون يبحثون بين الأنقاض في جباليا (أرشيف/ فرانس برس)
+ الخط -

قُتل عشرات الفلسطينيين، اليوم الخميس، في غارات إسرائيلية استهدفت مخيم جباليا شمالي قطاع غزة، بحسب ما أفاد به الدفاع المدني.

ردود فعل دولية

وقالت وزارة الصحة في غزة إن حصيلة الضحايا مرشحة للارتفاع.

اقرأ أيضاً: الأمم المتحدة تحذر من انهيار المنظومة الصحية
الوسوم: غزة | جباليا | الاحتلال
شارك: فيسبوك | تويتر | واتساب
© 2023 جميع الحقوق محفوظة
"""


def test_text_page_layout() -> None:
    doc = clean(Document(id="x", raw=SEED_LIKE))
    assert doc.title == "عشرات القتلى بغارات على مخيم جباليا شمالي قطاع غزة"
    assert doc.published == date(2023, 11, 2)  # the publication line beats the update line
    assert doc.published_span is not None
    assert SEED_LIKE[doc.published_span.start : doc.published_span.end] == "2 نوفمبر 2023"
    assert doc.body is not None
    assert doc.body.text.split("\n") == [
        "قُتل عشرات الفلسطينيين، اليوم الخميس، في غارات إسرائيلية استهدفت مخيم جباليا شمالي قطاع غزة، "
        "بحسب ما أفاد به الدفاع المدني.",
        "ردود فعل دولية",  # a subhead inside the article stays
        "وقالت وزارة الصحة في غزة إن حصيلة الضحايا مرشحة للارتفاع.",
    ]
    furniture = {SEED_LIKE[s.start : s.end] for s in doc.boilerplate}
    assert "غزة - وكالات" in furniture
    assert "© 2023 جميع الحقوق محفوظة" in furniture
    assert "+ الخط -" in furniture


def test_body_view_maps_every_character_to_raw() -> None:
    doc = clean(Document(id="x", raw=SEED_LIKE))
    assert doc.body is not None
    for i, ch in enumerate(doc.body.text):
        if ch != "\n":
            assert SEED_LIKE[doc.body.starts[i]] == ch
    line = "وقالت وزارة الصحة في غزة إن حصيلة الضحايا مرشحة للارتفاع."
    k = doc.body.text.index(line)
    span = doc.body.to_raw(k, k + len(line))
    assert SEED_LIKE[span.start : span.end] == line


def test_single_sentence_is_all_body() -> None:
    raw = "مقتل جنديين بانفجار عبوة ناسفة في ديالى"
    doc = clean(Document(id="s", raw=raw))
    assert doc.body is not None and doc.body.text == raw
    assert doc.title is None
    assert doc.published is None  # never today's date


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("بغداد (رويترز) - ", "قال مسؤولان أمنيان إن ثلاثة جنود قُتلوا بانفجار عبوة ناسفة في قضاء الحويجة."),
        ("رام الله، الضفة الغربية (أ ب) - ", "قالت وزارة الصحة الفلسطينية إن ثلاثة فلسطينيين استشهدوا في طولكرم."),
        ("الناصرية (العراق) (أ ف ب) - ", "خطف مسلحون مجهولون ناشطاً بارزاً من أمام منزله في المدينة."),
        ("مقديشو/ الأناضول - ", "قُتل شخصان وأصيب خمسة آخرون جراء سقوط قذائف هاون على منازل في العاصمة."),
        ("دمشق - «الشرق الأوسط» - ", "قُتل أربعة من عناصر الأمن العام في كمين على طريق جبلة."),
        ("طرابلس - العربية.نت - ", "اندلعت اشتباكات عنيفة في منطقة أبو سليم جنوب العاصمة الليبية."),
        ("غزة - ", "استشهد 12 فلسطينياً على الأقل في غارات إسرائيلية متفرقة على القطاع."),
    ],
)
def test_a_dateline_in_front_of_the_first_paragraph_is_boilerplate(dateline: str, sentence: str) -> None:
    raw = dateline + sentence
    doc = clean(Document(id="d", raw=raw))
    assert doc.body is not None and doc.body.text == sentence
    assert [raw[s.start : s.end] for s in doc.boilerplate] == [dateline]
    assert raw[doc.body.starts[0]] == sentence[0]


@pytest.mark.parametrize(
    "raw",
    [
        # no place the gazetteer knows before the dash
        "قال الوزير - في تصريح - إن الحكومة ستقدم خطة جديدة لإصلاح قطاع الكهرباء.",
        # a place, but what follows the dash is too short to be the paragraph
        "بغداد - اليوم",
        # a place in the sentence, no dash after it
        "بغداد تستضيف اجتماعاً لوزراء الخارجية العرب الأسبوع المقبل لبحث الأوضاع.",
    ],
)
def test_no_dateline(raw: str) -> None:
    doc = clean(Document(id="d", raw=raw))
    assert doc.body is not None and doc.body.text == raw
    assert doc.boilerplate == ()


def test_given_publication_date_overrides_the_page() -> None:
    doc = clean(Document(id="x", raw=SEED_LIKE, published_given=date(2023, 11, 5)))
    assert doc.published == date(2023, 11, 5)


PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>غارات على صنعاء | موقع الخبر</title>
<meta property="article:published_time" content="2024-05-31T09:40:00+03:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-30"}</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/y">اليمن</a></li></ul></nav>
<article><h1>غارات أميركية على صنعاء</h1>
<div class="meta">صنعاء - المرصد | الجمعة 31 مايو 2024</div>
<div class="share"><a>فيسبوك</a> <a>واتساب</a></div>
<div class="body">
<p>شنت طائرات حربية أميركية، مساء أمس الخميس، غارات على مواقع تابعة لجماعة الحوثي في <b>صنعاء</b> &amp; الحديدة، بحسب ما أفاد به سكان.</p>
<p>وقالت وزارة الصحة في صنعاء إن الغارات أسفرت عن مقتل 16 شخصاً وإصابة 41 آخرين، في حصيلة غير نهائية.</p>
<p>وتوعد المتحدث باسم الجماعة بالرد على &quot;العدوان&quot;، مؤكداً أن العمليات في البحر الأحمر ستتواصل.</p>
</div>
<ul class="tags"><li>اليمن</li><li>الحوثيون</li></ul>
</article>
<footer><p>© 2024 جميع الحقوق محفوظة</p></footer>
</body></html>"""


def test_html_page() -> None:
    doc = clean(Document(id="h", raw=PAGE, format="html"))
    assert doc.title == "غارات أميركية على صنعاء"
    assert doc.published == date(2024, 5, 31)  # article:published_time comes first
    assert doc.body is not None
    lines = doc.body.text.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("شنت طائرات حربية أميركية")
    assert "صنعاء & الحديدة" in lines[0]
    # the body maps into the page: an entity-free phrase is found verbatim at its raw span
    k = doc.body.text.index("وقالت وزارة الصحة")
    span = doc.body.to_raw(k, k + len(lines[1]))
    assert PAGE[span.start : span.end] == lines[1]
    # the escaped ampersand maps to the whole entity reference
    amp = doc.body.text.index("&")
    assert PAGE[doc.body.starts[amp] : doc.body.ends[amp]] == "&amp;"


def test_html_date_from_json_ld_then_time_then_text() -> None:
    _, meta = parse_html('<script type="application/ld+json">{"datePublished": "2023-12-17T06:12"}</script>')
    assert page_published(meta) == date(2023, 12, 17)
    _, meta = parse_html('<time datetime="2024-08-06T10:12">منذ ساعة</time>')
    assert page_published(meta) == date(2024, 8, 6)
    doc = clean(
        Document(
            id="t",
            raw="<div>طرابلس - بوابة | الجمعة 27 سبتمبر 2024 - 11:05</div>"
            "<p>وقع ممثلو مجلس النواب والمجلس الأعلى للدولة اتفاقاً في طرابلس اليوم.</p>",
            format="html",
        )
    )
    assert doc.published == date(2024, 9, 27)


def test_truncated_html_still_reads() -> None:
    raw = PAGE[: PAGE.index("وقالت وزارة الصحة") + 40]
    doc = clean(Document(id="t", raw=raw, format="html"))
    assert doc.body is not None
    assert "شنت طائرات حربية أميركية" in doc.body.text


def _laid_out(pieces: list[tuple[str, int]]) -> tuple[str, list[int], list[int]]:
    """Plain text pieces (text, raw offset) laid out one character at a time: every whitespace run one
    space, none at the edges, each space mapped to the gap it stands for."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending = False
    for text, offset in pieces:
        for i, ch in enumerate(text, offset):
            if ch.isspace():
                pending = pending or bool(chars)
                continue
            if pending:
                chars.append(" ")
                starts.append(ends[-1])
                ends.append(i)
                pending = False
            chars.append(ch)
            starts.append(i)
            ends.append(i + 1)
    return "".join(chars), starts, ends


_PIECE = st.text(alphabet=st.sampled_from(list("قتل ب\u00a0\u2009\n\t\u3000x.،")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_PIECE, _PIECE)
def test_html_text_is_laid_out_as_one_character_at_a_time(first: str, second: str) -> None:
    raw = f"<p>{first}<b>{second}</b></p>"
    blocks, _ = parse_html(raw)
    expected = _laid_out([(first, 3), (second, 3 + len(first) + 3)])
    if not expected[0]:
        assert blocks == []
        return
    view = blocks[0].view
    assert (view.text, list(view.starts), list(view.ends)) == expected


def test_html_text_keeps_offsets_across_runs_of_spaces() -> None:
    raw = "<p>  قتل \u00a0 ثلاثة\n\tمدنيين <b> في</b>  حلب </p>"
    blocks, _ = parse_html(raw)
    view = blocks[0].view
    assert view.text == "قتل ثلاثة مدنيين في حلب"
    pieces = [raw[a:b] for a, b in zip(view.starts, view.ends, strict=True)]
    assert pieces[3:5] == [" \u00a0 ", "ث"]
    assert pieces[16:20] == [" <b> ", "ف", "ي", "</b>  "]
