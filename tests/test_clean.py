from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.clean import clean, page_published, read_date_line, url_date
from rasd.document import Document
from rasd.markup import parse_html
from rasd.pipeline import extract_record
from rasd.read import Record
from rasd.time import find_explicit_dates


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


# --- The publication date through the public pipeline: a table of pages and the exact date each gives
# (None: the page says nothing rasd may take for its date). Bodies and headers are invented, in the styles
# of outlets of the Levant, the Gulf, Egypt, the Maghreb, Sudan, Yemen and Iraq.

_IRAQ = (
    "مقتل ثلاثة من عناصر الحشد بهجوم في ديالى",
    "قُتل ثلاثة من عناصر الحشد الشعبي وأصيب اثنان آخران، مساء أمس الاثنين، بهجوم شنه مسلحون على نقطة "
    "تفتيش في قضاء المقدادية شمال شرقي ديالى، بحسب ما أفاد به مصدر أمني.\n\n"
    "وقال المصدر إن القوات الأمنية باشرت عمليات تفتيش في البساتين المحيطة بموقع الهجوم.",
)
_MOROCCO = (
    "وقفة احتجاجية لأساتذة التعاقد أمام مديرية التعليم بفاس",
    "نظم عشرات الأساتذة، صباح اليوم الثلاثاء، وقفة احتجاجية أمام المديرية الإقليمية للتعليم بفاس، "
    "للمطالبة بإدماجهم في الوظيفة العمومية وصرف مستحقاتهم المتأخرة منذ أشهر.\n\n"
    "ورفع المحتجون شعارات تندد بما وصفوه بتجاهل الوزارة لمطالبهم المشروعة.",
)
_SUDAN = (
    "قصف مدفعي يطال أحياء سكنية في الفاشر",
    "قُتل خمسة مدنيين وأصيب آخرون، اليوم الثلاثاء، جراء قصف مدفعي استهدف أحياء سكنية في مدينة الفاشر "
    "بولاية شمال دارفور، وفق ما أعلنته تنسيقية لجان المقاومة في المدينة.\n\n"
    "وتشهد المدينة منذ أشهر معارك عنيفة بين الجيش وقوات الدعم السريع.",
)


def _text_page(head: str, story: tuple[str, str] = _IRAQ, tail: str = "", body_first: str = "") -> str:
    """A scraped text page: headline, the header lines, the body (after an optional dateline), the footer."""
    title, body = story
    return f"{title}\n{head}\n\n{body_first}{body}\n" + (f"\n{tail}\n" if tail else "")


def _html_page(
    head: str = "", meta: str = "", before: str = "", after: str = "", story: tuple[str, str] = _SUDAN
) -> str:
    title, body = story
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f'<body><header><nav><a href="/">الرئيسية</a> <a href="/sudan">السودان</a></nav></header>{before}'
        f'<main><article><h1>{title}</h1>{head}<div class="article-body">{paragraphs}</div>{after}</article></main>'
        "<footer><p>© 2024 جميع الحقوق محفوظة</p></footer></body></html>"
    )


_RELATED = "اقرأ أيضاً\nاشتباكات في ريف دير الزور\n10 مارس 2024\nاحتجاجات أمام مبنى المحافظة في البصرة\n09/03/2024"

PUBLICATION_PAGES: list[tuple[str, str, str, str | None, date | None]] = [
    # (case, raw, format, url, expected publication date)
    # month names of every regional family, and their spellings
    ("persian-ya", _text_page("الأحد ٧ ینایر ٢٠٢٤"), "text", None, date(2024, 1, 7)),
    ("kanun-thani-no-article", _text_page("الاثنين 8 كانون ثاني 2024 - 10:15"), "text", None, date(2024, 1, 8)),
    ("tishrin-thani-no-article", _text_page("الجمعة 22 تشرين ثاني 2024"), "text", None, date(2024, 11, 22)),
    ("kanun-awwal-no-article", _text_page("5 كانون أول 2024"), "text", None, date(2024, 12, 5)),
    ("tishrin-awwal-no-article", _text_page("السبت 5 تشرين أول 2024"), "text", None, date(2024, 10, 5)),
    ("janfi", _text_page("الإثنين 15 جانفي 2024", _MOROCCO), "text", None, date(2024, 1, 15)),
    ("fivri", _text_page("الأربعاء 21 فيفري 2024", _MOROCCO), "text", None, date(2024, 2, 21)),
    ("yulyuz", _text_page("الأربعاء 17 يوليوز 2024", _MOROCCO), "text", None, date(2024, 7, 17)),
    ("ghusht", _text_page("الأربعاء 14 غشت 2024", _MOROCCO), "text", None, date(2024, 8, 14)),
    ("shtanbr", _text_page("الإثنين 16 شتنبر 2024", _MOROCCO), "text", None, date(2024, 9, 16)),
    ("nunbr", _text_page("الجمعة 22 نونبر 2024", _MOROCCO), "text", None, date(2024, 11, 22)),
    ("dujanbr", _text_page("الجمعة 20 دجنبر 2024", _MOROCCO), "text", None, date(2024, 12, 20)),
    ("dujambr", _text_page("الجمعة 20 دجمبر 2024", _MOROCCO), "text", None, date(2024, 12, 20)),
    ("out", _text_page("الخميس 08 أوت 2024", _MOROCCO), "text", None, date(2024, 8, 8)),
    ("juyliya", _text_page("الأربعاء 17 جويلية 2024", _MOROCCO), "text", None, date(2024, 7, 17)),
    ("may-maghreb", _text_page("الخميس 23 ماي 2024", _MOROCCO), "text", None, date(2024, 5, 23)),
    ("ibril", _text_page("الثلاثاء 30 إبريل 2024", _SUDAN), "text", None, date(2024, 4, 30)),
    ("era-letter-glued", _text_page("الثلاثاء 12 مارس 2024م"), "text", None, date(2024, 3, 12)),
    ("dashes-between-words", _text_page("12-مارس-2024"), "text", None, date(2024, 3, 12)),
    ("month-first-with-comma", _text_page("مارس 12, 2024"), "text", None, date(2024, 3, 12)),
    ("day-comma-year", _text_page("الخرطوم: التغيير\n12 مارس، 2024", _SUDAN), "text", None, date(2024, 3, 12)),
    ("ordinal-day", _text_page("الثلاثاء الثاني عشر من مارس 2024"), "text", None, date(2024, 3, 12)),
    # figures
    ("dd-mm-yyyy", _text_page("12-03-2024 | 10:30"), "text", None, date(2024, 3, 12)),
    ("dd.mm.yyyy", _text_page("12.03.2024"), "text", None, date(2024, 3, 12)),
    ("eastern-yyyy/mm/dd", _text_page("٢٠٢٤/٠٣/١٢ - ١٠:٣٠ ص"), "text", None, date(2024, 3, 12)),
    ("persian-digits", _text_page("۱۲/۰۳/۲۰۲۴"), "text", None, date(2024, 3, 12)),
    ("time-first", _text_page("03:15 م، الثلاثاء 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    ("gmt-offset", _text_page("الثلاثاء 12 مارس 2024 - 10:30 (GMT+3)"), "text", None, date(2024, 3, 12)),
    (
        "two-word-time-zone",
        _text_page("الثلاثاء 12 مارس 2024 - 10:30 بتوقيت مكة المكرمة"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("tamam-al-saa", _text_page("12 مارس 2024 في تمام الساعة 10:30"), "text", None, date(2024, 3, 12)),
    # Hijri beside Gregorian, either order, in words or figures
    ("hijri-figures-first", _text_page("02/09/1445هـ الموافق 12/03/2024م"), "text", None, date(2024, 3, 12)),
    (
        "hijri-ymd-then-gregorian",
        _text_page("الثلاثاء 1445/09/02 هـ - 12 مارس 2024 م"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("hijri-figures-only", _text_page("1445/09/02 هـ"), "text", None, date(2024, 3, 12)),
    ("gregorian-bar-hijri", _text_page("الثلاثاء 12 مارس 2024م | 2 رمضان 1445هـ"), "text", None, date(2024, 3, 12)),
    # what opens the line; the update is not the publication
    ("tamma-al-nashr", _text_page("تم النشر: 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    ("nushirat-fi", _text_page("نشرت في 12 مارس 2024 - 09:40"), "text", None, date(2024, 3, 12)),
    ("udifa-fi", _text_page("أضيف في: 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    ("tarikh-al-khabar", _text_page("تاريخ الخبر: 12-03-2024"), "text", None, date(2024, 3, 12)),
    (
        "published-and-updated-one-line",
        _text_page("نُشر في: 12 مارس 2024 - آخر تحديث: 14 مارس 2024"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    (
        "updated-then-published-one-line",
        _text_page("آخر تحديث: 14/03/2024 - 11:00 م | تاريخ النشر: 12/03/2024 - 10:30 م"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    (
        "hudditha-line-after",
        _text_page("نُشر: 12 مارس 2024 - 09:00\nحُدّث: 13 مارس 2024"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    (
        "update-line-before-byline-date",
        _text_page("آخر تحديث: 14 مارس 2024\nبغداد - شفق نيوز - 12 آذار 2024"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("update-only", _text_page("تحديث: 14 مارس 2024"), "text", None, date(2024, 3, 14)),
    ("relative-only", _text_page("منذ 3 ساعات"), "text", None, None),
    # the date glued to the byline or the dateline
    ("dateline-line", _text_page("بغداد - 12 آذار 2024 -"), "text", None, date(2024, 3, 12)),
    ("place-comma-date", _text_page("عدن، الثلاثاء 12 مارس 2024", _SUDAN), "text", None, date(2024, 3, 12)),
    ("place-outlet-date", _text_page("الخرطوم - السوداني - 12 مارس 2024", _SUDAN), "text", None, date(2024, 3, 12)),
    ("writer-date", _text_page("بقلم: محمد السعيد - الثلاثاء 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    ("by-editor", _text_page("بواسطة محرر الموقع - 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    (
        "long-outlet-bar",
        _text_page("وكالة الأنباء اليمنية سبأ - صنعاء | 31 مايو 2024"),
        "text",
        None,
        date(2024, 5, 31),
    ),
    ("place-slash-outlet-colon", _text_page("بغداد/ المسلة: الثلاثاء 12 آذار 2024"), "text", None, date(2024, 3, 12)),
    ("issue-number", _text_page("السنة 45 العدد 12345 الثلاثاء 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    ("reading-time", _text_page("12 مارس 2024 - قراءة 3 دقائق"), "text", None, date(2024, 3, 12)),
    ("views", _text_page("12 مارس 2024 | عدد المشاهدات: 345"), "text", None, date(2024, 3, 12)),
    ("weekday-without-article", _text_page("ثلاثاء، 12 مارس 2024"), "text", None, date(2024, 3, 12)),
    ("in-body-dateline", _text_page("", body_first="بغداد - 12 آذار 2024 - "), "text", None, date(2024, 3, 12)),
    (
        "in-body-dateline-agency",
        _text_page("", _MOROCCO, body_first="الرباط، 12 مارس 2024 (و م ع) - "),
        "text",
        None,
        date(2024, 3, 12),
    ),
    (
        "in-body-dateline-outlet-first",
        _text_page("", body_first="بغداد - شفق نيوز - الثلاثاء 12 آذار 2024 - "),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("in-body-dateline-without-date", _text_page("", body_first="بغداد - شفق نيوز - "), "text", None, None),
    # where the date line stands, and the dates that are not the publication's
    (
        "after-the-lead",
        _IRAQ[0] + "\n\n" + _IRAQ[1].replace("\n\n", "\n\nالثلاثاء 12 آذار 2024\n\n"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("before-the-headline", "الثلاثاء 12 مارس 2024\n" + _text_page(""), "text", None, date(2024, 3, 12)),
    (
        "site-date-above-the-article",
        "اليوم: الجمعة 15 مارس 2024\n" + _text_page("الثلاثاء 12 مارس 2024"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("related-list-after", _text_page("الثلاثاء 12 مارس 2024", tail=_RELATED), "text", None, date(2024, 3, 12)),
    (
        "related-list-above",
        "أخبار ذات صلة\nانفجار في الموصل يوقع قتيلين\n10 مارس 2024\n" + _text_page("الثلاثاء 12 مارس 2024"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("related-list-only", _text_page("", tail=_RELATED), "text", None, None),
    (
        "publication-line-after-related",
        _text_page("", tail=_RELATED + "\nنُشر في 12 مارس 2024"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    (
        "caption-date",
        _text_page("الثلاثاء 12 مارس 2024\nمتظاهرون في بغداد، 10 مارس 2024 (رويترز)"),
        "text",
        None,
        date(2024, 3, 12),
    ),
    ("caption-date-only", _text_page("مراسلنا - بغداد\nمتظاهرون في بغداد، 10 مارس 2024"), "text", None, None),
    ("headline-date", "ذكرى 7 أكتوبر 2023\n\n" + _IRAQ[1] + "\n", "text", None, None),
    (
        "date-in-a-body-sentence",
        _text_page("", tail="") + "وكان هجوم مماثل قد وقع في 3 يناير 2024 في القضاء ذاته.\n",
        "text",
        None,
        None,
    ),
    ("url-date", _text_page(""), "text", "https://www.example.com/ar/2024/03/12/diyala-attack", date(2024, 3, 12)),
    ("url-year-month-only", _text_page(""), "text", "https://www.example.com/ar/2024/03/diyala-attack", None),
    # HTML: markup first, then the date lines, related lists and sidebars apart
    (
        "html-itemprop-time",
        _html_page(
            '<time itemprop="dateModified" datetime="2024-03-14T08:00">14 مارس</time> <time itemprop="datePublished" datetime="2024-03-12T08:00">12 مارس</time>'
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-updated-time-class",
        _html_page(
            '<time class="updated" datetime="2024-03-14T08:00"></time><time class="entry-date published" datetime="2024-03-12T08:00">12 مارس 2024</time>'
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-json-ld-site-before-article",
        _html_page(
            meta='<script type="application/ld+json">[{"@type":"WebSite","datePublished":"2015-01-01"},{"@type":"NewsArticle","datePublished":"2024-03-12T10:00:00+03:00"}]</script>'
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-json-ld-day-first",
        _html_page(
            meta='<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"12/03/2024 10:00"}</script>'
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    ("html-meta-compact", _html_page(meta='<meta name="pubdate" content="20240312">'), "html", None, date(2024, 3, 12)),
    (
        "html-meta-slashes",
        _html_page(meta='<meta property="article:published_time" content="2024/03/12 10:00">'),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-modified-meta-only",
        _html_page(
            '<div class="date">الثلاثاء 12 مارس 2024</div>',
            meta='<meta property="article:modified_time" content="2024-03-14T08:00:00Z">',
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-time-in-sidebar",
        _html_page(
            '<time datetime="2024-03-12T10:00">12 مارس 2024</time>',
            before='<aside class="most-read"><h3>الأكثر قراءة</h3><ul><li><a href="/a">اشتباكات في أم درمان</a> <time datetime="2024-03-10">10 مارس</time></li></ul></aside>',
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-sidebar-time-and-date-line",
        _html_page(
            '<div class="date">الثلاثاء 12 مارس 2024</div>',
            before='<div class="related-posts"><ul><li><a href="/a">اشتباكات في أم درمان</a> <time datetime="2024-03-10">10 مارس</time></li></ul></div>',
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-related-date-lines-first",
        _html_page(
            '<div class="date">12/03/2024</div>',
            before='<div class="box"><h3>أخبار ذات صلة</h3><ul><li>احتجاجات في بورتسودان<br>09/03/2024</li></ul></div>',
        ),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-byline-glued",
        _html_page('<div class="byline">الفاشر - دارفور24 - 12 مارس 2024</div>'),
        "html",
        None,
        date(2024, 3, 12),
    ),
    (
        "html-writer-and-date-spans",
        _html_page('<div class="post-meta"><span>بقلم: أحمد علي</span> <span>12 مارس 2024</span></div>'),
        "html",
        None,
        date(2024, 3, 12),
    ),
    ("html-url", _html_page(), "html", "https://www.example.com/sudan/2024/03/12/fasher-shelling", date(2024, 3, 12)),
    ("html-url-compact", _html_page(), "html", "https://www.example.com/news/20240312/fasher", date(2024, 3, 12)),
    (
        "html-canonical-url",
        _html_page(meta='<link rel="canonical" href="https://www.example.com/2024-03-12/fasher">'),
        "html",
        None,
        date(2024, 3, 12),
    ),
    ("html-nothing", _html_page(), "html", None, None),
]


@pytest.mark.parametrize(
    ("raw", "fmt", "url", "expected"),
    [pytest.param(raw, fmt, url, expected, id=case) for case, raw, fmt, url, expected in PUBLICATION_PAGES],
)
def test_publication_date_of_page(raw: str, fmt: str, url: str | None, expected: date | None) -> None:
    doc = extract_record(Record(id="p", text=raw, format=fmt, encoding="utf-8", url=url))
    assert doc.published == expected
    if doc.published_span is not None:  # the span is the date as the page prints it
        assert read_date_line(raw[doc.published_span.start : doc.published_span.end]) is not None


def test_numeric_hijri_year_is_converted() -> None:
    (found,) = find_explicit_dates("1445/09/02")
    assert (found.value, found.calendar) == (date(2024, 3, 12), "hijri")


def test_url_date() -> None:
    assert url_date("https://x.com/a/2024/3/12/b") == date(2024, 3, 12)
    assert url_date("https://x.com/a/2024/13/12/b") is None
    assert url_date("https://x.com/article/202403121234") is None  # an id, not a date
    assert url_date(None) is None


# --- pages2: date lines with an age beside them, Maghreb clocks, English dates; the site's clock in markup;
# readers' comments after the article; a wire's dateline without a year and an outlet's own dateline.


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [
        ("الجمعة 28 شباط 2025 | منذ 3 ساعات", date(2025, 2, 28), "plain"),
        ("منذ ساعتين | الجمعة 28 فبراير 2025", date(2025, 2, 28), "plain"),
        ("28 فبراير 2025 (منذ يوم)", date(2025, 2, 28), "plain"),
        ("الجمعة 28 فبراير 2025 - منذ ساعة", date(2025, 2, 28), "plain"),
        ("12/03/2025 à 14h35", date(2025, 3, 12), "plain"),
        ("الأربعاء 12 مارس 2025 على الساعة 14h35", date(2025, 3, 12), "plain"),
        ("28 Feb 2025", date(2025, 2, 28), "plain"),
        ("February 28, 2025", date(2025, 2, 28), "plain"),
        ("Fri 28 Feb 2025 10:30", date(2025, 2, 28), "plain"),
        ("نشر في: Sept. 3, 2024", date(2024, 9, 3), "published"),
        ("منشور في 14 مارس 2025", date(2025, 3, 14), "published"),
    ],
)
def test_pages2_date_line_forms(line: str, value: date, kind: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert (found.value, found.kind) == (value, kind)


@pytest.mark.parametrize(
    "line",
    [
        "منذ 3 ساعات",  # an age alone dates nothing
        "قُتل ثلاثة منذ 3 أيام في 28 فبراير 2025 بقصف",
        "14h35",
        "28 Feb",  # no year
        "May 2025",  # no day
    ],
)
def test_pages2_not_date_lines(line: str) -> None:
    found = read_date_line(line)
    assert found is None or found.value is None


_PAGES2_TOP_BAR = '<div class="top-bar"><time datetime="2025-03-16">الأحد 16 مارس 2025</time></div>'

PAGES2_PUBLICATION_PAGES: list[tuple[str, str, str, str | None, date | None]] = [
    ("pages2-age-after-date", _text_page("الجمعة 28 شباط 2025 | منذ 3 ساعات"), "text", None, date(2025, 2, 28)),
    ("pages2-age-before-date", _text_page("منذ ساعتين - الجمعة 28 فبراير 2025"), "text", None, date(2025, 2, 28)),
    ("pages2-french-clock", _text_page("12/03/2025 à 14h35", _MOROCCO), "text", None, date(2025, 3, 12)),
    ("pages2-english-line", _text_page("Fri 28 Feb 2025 10:30"), "text", None, date(2025, 2, 28)),
    ("pages2-age-only", _text_page("منذ 3 ساعات | 1250 مشاهدة"), "text", None, None),
    # WordPress's post meta: the writer and the date joined by في
    ("pages2-by-writer-in", _text_page("نشر بواسطة أحمد علي في 14 مارس 2025"), "text", None, date(2025, 3, 14)),
    ("pages2-in-date-by-writer", _text_page("نُشر في 14 مارس 2025 بواسطة أحمد علي"), "text", None, date(2025, 3, 14)),
    # a short line with في that is no byline stays no date line
    ("pages2-sentence-in-date", _text_page("انتخابات بلدية في 14 مارس 2025"), "text", None, None),
    (
        "pages2-html-rfc822-meta",
        _html_page(meta='<meta name="pubdate" content="Sat, 08 Mar 2025 07:12:00 +0000">'),
        "html",
        None,
        date(2025, 3, 8),
    ),
    (
        "pages2-html-english-meta-month-first",
        _html_page(meta='<meta property="article:published_time" content="March 8, 2025 7:12 AM">'),
        "html",
        None,
        date(2025, 3, 8),
    ),
    (
        "pages2-html-site-clock-before-article-time",
        _html_page('<time datetime="2025-03-13T09:12:00+04:00">13 مارس 2025</time>', before=_PAGES2_TOP_BAR),
        "html",
        None,
        date(2025, 3, 13),
    ),
    (
        "pages2-html-site-header-clock",
        _html_page(
            '<header class="entry-header"><time datetime="2025-03-11T21:12:00+03:00">11 مارس 2025</time></header>',
            before='<header class="site-header"><time datetime="2025-03-16T08:00:00+03:00">16 مارس</time></header>',
        ),
        "html",
        None,
        date(2025, 3, 11),
    ),
    (
        "pages2-html-cxense-meta",
        _html_page(meta='<meta name="cXenseParse:recs:publishtime" content="2025-03-14T09:12:00+03:00">'),
        "html",
        None,
        date(2025, 3, 14),
    ),
    # the site's clock alone is still read, as before (nothing else on the page dates it)
    ("pages2-html-site-clock-only", _html_page(before=_PAGES2_TOP_BAR), "html", None, date(2025, 3, 16)),
]


@pytest.mark.parametrize(
    ("raw", "fmt", "url", "expected"),
    [pytest.param(raw, fmt, url, expected, id=case) for case, raw, fmt, url, expected in PAGES2_PUBLICATION_PAGES],
)
def test_pages2_publication_date_of_page(raw: str, fmt: str, url: str | None, expected: date | None) -> None:
    doc = extract_record(Record(id="p", text=raw, format=fmt, encoding="utf-8", url=url))
    assert doc.published == expected
    if doc.published_span is not None:
        assert read_date_line(raw[doc.published_span.start : doc.published_span.end]) is not None


@pytest.mark.parametrize(
    "heading",
    ["٣ تعليقات", "التعليقات", "التعليقات (2)", "2 تعليقات:", "أضف تعليقاً", "اترك رداً"],
)
def test_pages2_body_ends_at_the_comments_heading(heading: str) -> None:
    raw = _text_page(
        "الثلاثاء 12 مارس 2024",
        tail=f"{heading}\nأبو محمد\n١٣ مارس ٢٠٢٤ في ١٠:٢٠ م\n"
        "حسبنا الله ونعم الوكيل، إلى متى يبقى الناس تحت التهديد اليومي دون أن يتحرك أحد لوقف ذلك؟",
    )
    doc = clean(Document(id="c", raw=raw))
    assert doc.published == date(2024, 3, 12)
    assert doc.body is not None
    assert doc.body.text.split("\n") == [
        "قُتل ثلاثة من عناصر الحشد الشعبي وأصيب اثنان آخران، مساء أمس الاثنين، بهجوم شنه مسلحون على نقطة "
        "تفتيش في قضاء المقدادية شمال شرقي ديالى، بحسب ما أفاد به مصدر أمني.",
        "وقال المصدر إن القوات الأمنية باشرت عمليات تفتيش في البساتين المحيطة بموقع الهجوم.",
    ]


def test_pages2_a_comments_word_inside_the_body_is_no_heading() -> None:
    raw = _text_page("الثلاثاء 12 مارس 2024") + "\nوأثار الهجوم موجة من التعليقات الغاضبة على مواقع التواصل.\n"
    doc = clean(Document(id="c", raw=raw))
    assert doc.body is not None
    assert doc.body.text.split("\n")[-1] == "وأثار الهجوم موجة من التعليقات الغاضبة على مواقع التواصل."


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("بغداد 7 مارس آذار (رويترز) - ", None),  # a wire's day and month: the year is the page's
        ("بغداد – 14 مارس (رويترز) – ", None),
        ("القاهرة 5 مارس (رويترز) - ", None),
        ("بغداد 14 مارس 2025 (رويترز) - ", date(2025, 3, 14)),
        ("عمون - ", None),  # an outlet's own name opens the dispatch as a place does
        ("واع - ", None),
        ("سانا: ", None),
    ],
)
def test_pages2_wire_and_outlet_datelines(dateline: str, published: date | None) -> None:
    sentence = "قالت مصادر أمنية إن ثلاثة جنود قتلوا بانفجار عبوة ناسفة في قضاء الحويجة."
    raw = dateline + sentence
    doc = clean(Document(id="d", raw=raw))
    assert doc.body is not None and doc.body.text == sentence
    assert [raw[s.start : s.end] for s in doc.boilerplate] == [dateline]
    assert doc.published == published


@pytest.mark.parametrize(
    "raw",
    [
        "بغداد 3 قتلى (رويترز) - قالت مصادر أمنية إن ثلاثة جنود قتلوا بانفجار عبوة ناسفة.",  # no month: no dateline
        "عمون تنشر تفاصيل جديدة عن حادثة إطلاق النار في محافظة إربد اليوم.",  # the outlet's name as a subject
    ],
)
def test_pages2_no_dateline(raw: str) -> None:
    doc = clean(Document(id="d", raw=raw))
    assert doc.body is not None and doc.body.text == raw
    assert doc.boilerplate == ()


def test_pages2_a_breadcrumb_is_no_headline() -> None:
    raw = "الرئيسية | سياسة | العراق\n" + _text_page("الثلاثاء 12 مارس 2024")
    doc = clean(Document(id="b", raw=raw))
    assert doc.title == "مقتل ثلاثة من عناصر الحشد بهجوم في ديالى"
    assert "الرئيسية | سياسة | العراق" in {raw[s.start : s.end] for s in doc.boilerplate}


# --- h16b: numeric date lines with spaces round their separators ("الثلاثاء - 3 - 12 - 2024"), as many outlets
# print them; only page lines are read so: in a sentence, spaced numbers stay a score or a range.


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [
        ("الثلاثاء - 3 - 12 - 2024", date(2024, 12, 3), "plain"),
        ("الثلاثاء، 3 - 12 - 2024", date(2024, 12, 3), "plain"),
        ("3 - 12 - 2024", date(2024, 12, 3), "plain"),
        ("03 / 12 / 2024", date(2024, 12, 3), "plain"),
        ("3 . 12 . 2024", date(2024, 12, 3), "plain"),
        ("2024 - 12 - 03", date(2024, 12, 3), "plain"),
        ("السبت - 28 - 3 - 2026 - 10:15", date(2026, 3, 28), "plain"),  # a clock time may follow
        ("نشر في: 3 - 12 - 2024", date(2024, 12, 3), "published"),
        ("1446 / 06 / 02", date(2024, 12, 3), "plain"),  # a Hijri year in figures, as the unspaced form
    ],
)
def test_h16b_spaced_numeric_date_lines(line: str, value: date, kind: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert (found.value, found.kind) == (value, kind)
    assert found.span is not None and find_explicit_dates(line[found.span[0] : found.span[1]], spaced=True)


@pytest.mark.parametrize(
    "line",
    [
        "3 - 12 - 2024 - 5",  # a fourth number: no date
        "2024 - 13 - 03",  # no thirteenth month
        "3 - 12",  # no year
        "2020 - 2024",  # a range of years
    ],
)
def test_h16b_not_spaced_date_lines(line: str) -> None:
    found = read_date_line(line)
    assert found is None or found.value is None


def test_h16b_spaced_numbers_in_a_sentence_are_no_date() -> None:
    assert find_explicit_dates("وانتهت المباراة بنتيجة 3 - 1 في 12 - 2024") == []
    assert find_explicit_dates("قتل 3 - 12 - 2024") == []  # sentences are read without `spaced`


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("الثلاثاء - 12 - 3 - 2024\nالموصل - منبر نينوى", date(2024, 3, 12)),
        ("الموصل - 12 - 3 - 2024", date(2024, 3, 12)),  # glued to a dateline
    ],
)
def test_h16b_spaced_date_line_dates_the_page(head: str, expected: date) -> None:
    raw = _text_page(head)
    doc = extract_record(Record(id="p", text=raw, format="text", encoding="utf-8"))
    assert doc.published == expected
    assert doc.published_span is not None
    assert read_date_line(raw[doc.published_span.start : doc.published_span.end]) is not None
