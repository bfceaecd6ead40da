"""Cleaning: the article's headline, publication date and body, apart from page furniture.

Text pages (as scraped, like the seed article) are read line by line; HTML
pages go through trafilatura to find the main text, whose paragraphs are then
traced back to offset-carrying blocks of the raw page. Both then share one line
classifier: lines before the first paragraph (headline, date line, byline,
dateline, caption, widgets) and after the last one (tags, related links, share
bars, copyright) are furniture; inside the article only lines that are
unmistakably furniture are dropped, so subheads stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

import ahocorasick

from rasd.document import Document, Span, TextView
from rasd.markup import Block, PageMeta, parse_html
from rasd.normalise import fold, fold_text
from rasd.time import explicit_date_pattern_sources, find_explicit_dates, lexicon, weekday_pattern

# Patterns work on folded text (alef forms unified, ة→ه, diacritics gone, digits ASCII).
_SOCIAL = (
    r"واتساب|واتس اب|واتس|تويتر|فيسبوك|فيس بوك|اكس|تلغرام|تليغرام|تيليغرام|تيليجرام|تلجرام|يوتيوب|انستغرام|"
    r"انستجرام|انستقرام|لينكدان|لينكد ان|تيك توك|سناب شات|ماسنجر|نسخ الرابط|البريد الالكتروني|بريد الكتروني|"
    r"طباعه|ارسال|x|facebook|twitter|whatsapp|telegram|youtube|instagram|linkedin|email|print"
)
_SHARE_WORDS = r"شارك|شاركها|مشاركه|انشر|شارك الخبر|شارك المقال|شارك هذا الخبر|شارك هذا المقال|شارك عبر|مشاركه عبر"
_PUNCT = r"[\s|:،,\-–—/•·+()]"
_ONLY_SHARE = re.compile(rf"^(?:{_PUNCT}|{_SHARE_WORDS}|{_SOCIAL})*$", re.I)
_WIDGET = re.compile(r"^(?:[+\-–]?\s*(?:حجم\s+)?الخط\s*[+\-–]?|(?:a\s*[+\-]|[+\-]\s*a|a|طباعه|[|\s])+)$", re.I)
_STRONG = re.compile(
    r"^(?:الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|الكلمات الدلاليه|كلمات دلاليه|مواضيع ذات صله|"
    r"موضوعات ذات صله|مواضيع متعلقه|تاغ|تاغات|الاوسمه|هاشتاغ)\s*:?"
    r"|^(?:اقرا ايضا|اقرا كذلك|اقرا المزيد|اقرا اكثر|اخبار ذات صله|اخبار متعلقه|ذات صله|الاكثر قراءه|"
    r"الاكثر مشاهده|الاكثر تداولا|قد يهمك|شاهد ايضا|مقالات ذات صله|المزيد من الاخبار|اخترنا لك|"
    r"تابع ايضا)(?![\w])"
    r"|©|(?:جميع|كل) الحقوق محفوظه|حقوق النشر محفوظه|حقوق الطبع"
    r"|^(?:تابعونا|تابعنا)(?![\w])"
    r"|النشره البريديه|النشره الاخباريه|اشترك في نشرتنا|اشترك ليصلك|اشترك لتصلك|^اشترك$"
    r"|^المصدر\s*:"
    r"|^(?:بقلم|كتب|كتبت|اعداد|تحرير|اعدته|ترجمه|تصوير)\s*:",
)
# Every alternative of _STRONG not tied to the line start holds one of these: a line without them
# can only match at its start.
_STRONG_ANYWHERE = ("©", "حقوق", "النشره", "اشترك")
_CREDIT = re.compile(
    r"ارشيف|ارشيفيه|صوره|رويترز|فرانس برس|ا ف ب|الاناضول|اسوشيتد|getty|afp|reuters|ap|epa|وكالات|منصات التواصل"
    r"|\b[\w\s]{0,20}/",
    re.I,
)
_CAPTION = re.compile(r"\(([^()]{1,60})\)\s*$")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?؟…:]\s*[\"'»”)\]]*\s*$")
_TIME = re.compile(r"(?<![\d])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|am|pm|صباحا|مساء))?(?![\w])", re.I)
_DATE_FILLER = re.compile(
    r"(?<![\w])(?:الموافق|علي|م|ص|gmt|utc|بتوقيت\s+\w+|توقيت\s+\w+|الساعه|يوم|في|تاريخ)(?![\w])", re.I
)


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line that is a date, and which kind of date it announces."""

    value: date | None
    kind: str  # "published", "updated" or "plain"
    span: tuple[int, int] | None  # where the date stands in the line as given


def read_date_line(line: str) -> DateLine | None:
    """If `line` is a page's date line (a date with only furniture around it), what it says."""
    if len(line) > 160 or not _DIGIT.search(line):
        return None  # every date line has a digit (a day, a year or a clock time)
    folding = fold(line)
    folded = folding.text
    if not folded.strip() or len(folded) > 120:
        return None
    lex = lexicon()
    kind = "plain"
    offset = len(folded) - len(folded.lstrip())
    rest = folded[offset:]
    for prefix_kind, prefixes in (("updated", lex.updated_prefixes), ("published", lex.published_prefixes)):
        prefix = next((p for p in prefixes if rest.startswith(p)), None)
        if prefix:
            kind = prefix_kind
            rest = rest[len(prefix) :]
            offset += len(prefix)
            break
    if "توقيت" not in rest and _keeps_a_word(rest):
        return None  # a word no step below takes away would be left over
    dates = find_explicit_dates(rest)
    leftover = rest
    for d in reversed(dates):
        leftover = leftover[: d.start] + " " + leftover[d.end :]
    leftover = _TIME.sub(" ", leftover)
    leftover = weekday_pattern().sub(" ", leftover)
    leftover = _DATE_FILLER.sub(" ", leftover)
    if re.search(r"[^\W\d_]{2,}|\d", leftover):
        return None
    if not dates:
        # "آخر تحديث: 18:20" is furniture without a date
        return DateLine(None, kind, None) if kind != "plain" and _TIME.search(rest) else None
    gregorian = [d for d in dates if d.calendar == "gregorian" and d.value]
    chosen = gregorian[0] if gregorian else next((d for d in dates if d.value), None)
    if chosen is None:
        return None
    return DateLine(chosen.value, kind, folding.source_range(offset + chosen.start, offset + chosen.end))


_LETTERS = re.compile(r"[^\W\d_]{2,}")  # what must not be left over in a date line
_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")


@cache
def _date_line_words() -> ahocorasick.Automaton:
    """Every Arabic word of two letters or more in the patterns read_date_line takes text away with.

    Apart from the word after توقيت (`_DATE_FILLER`), every letter those patterns match belongs to
    such a word; a run of letters holding none of them is left over whole.
    """
    sources = (*explicit_date_pattern_sources(), _TIME.pattern, weekday_pattern().pattern, _DATE_FILLER.pattern)
    automaton = ahocorasick.Automaton()
    for word in {w for source in sources for w in re.findall("[\u0600-\u06ff]{2,}", source)}:
        automaton.add_word(word, True)
    automaton.make_automaton()
    return automaton


def _keeps_a_word(rest: str) -> bool:
    """Whether `rest` has a run of two letters or more, all Arabic, that holds no date-line word."""
    words = _date_line_words()
    for m in _LETTERS.finditer(rest):
        # whole runs only: [^\W\d_]{2,} is greedy, so each match is a maximal run of letters; Latin
        # letters are left to the patterns (they match those ignoring case)
        run = m.group()
        if _ARABIC_WORD.fullmatch(run) and next(words.iter(run), None) is None:
            return True
    return False


_WORD = re.compile(r"[^\W_]+")


def _words(folded: str) -> int:
    return len(_WORD.findall(folded))


def _strong(folded: str) -> bool:
    """_STRONG.search(folded), scanning the line only when it holds a word an unanchored alternative needs."""
    return bool(_STRONG.match(folded) or (any(k in folded for k in _STRONG_ANYWHERE) and _STRONG.search(folded)))


def is_furniture(folded: str) -> bool:
    """Lines that are page furniture wherever they stand."""
    if _ONLY_SHARE.match(folded) or _WIDGET.match(folded) or _strong(folded):
        return True
    caption = _CAPTION.search(folded)
    return bool(caption and _CREDIT.search(caption.group(1)) and not _SENTENCE_END.search(folded[: caption.start()]))


def is_paragraph(folded: str) -> bool:
    return _paragraph(folded, _words(folded))


def _paragraph(folded: str, words: int) -> bool:
    return words >= 20 or (words >= 5 and bool(_SENTENCE_END.search(folded)))


def _lead_in(folded: str, words: int, furniture: bool) -> bool:
    """A short sentence right before the first paragraph ("وتضمن الاتفاق البنود التالية:") is body too."""
    return words >= 3 and bool(_SENTENCE_END.search(folded)) and not furniture


def _headline_like(folded: str, words: int, furniture: bool) -> bool:
    """Could the line be the headline, if it is no date line (the caller asks that last: it costs most)."""
    if words < 3 or words > 40 or furniture:
        return False
    if re.search(r"[.:؛]\s*$", folded):
        return False
    # bylines/datelines are short "place - outlet" lines
    return not (words <= 8 and re.search(r"\s[-–—]\s|:\s", folded))


@dataclass(frozen=True, slots=True)
class Layout:
    """The cleaner's verdict on a page's lines."""

    body: tuple[int, ...]
    boilerplate: tuple[int, ...]
    title: int | None
    published: date | None
    published_line: int | None
    published_range: tuple[int, int] | None


def _fold_lines(lines: list[str]) -> list[str]:
    """fold_text of each line, folding them in one pass (folding is letter by letter, whitespace apart)."""
    if not lines or any(_LINE_MARK in line for line in lines):
        return [fold_text(line) for line in lines]
    # fold_text squeezes whitespace runs and strips the ends; the mark is not whitespace, so no run
    # crosses it, and stripping each part finishes what fold_text does to each line
    return [part.strip() for part in fold_text(_LINE_MARK.join(lines)).split(_LINE_MARK)]


_LINE_MARK = "\x00"  # folding keeps it, and it is not whitespace


def lay_out(lines: list[str], known_title: str | None = None) -> Layout:
    """Decide, line by line, what is body; pick the headline and the publication date line."""
    return _lay_out(lines, known_title, True)


def _lay_out(lines: list[str], known_title: str | None, publication: bool) -> Layout:
    """`lay_out`; without `publication` the publication fields are left empty (the caller knows the date)."""
    folded = _fold_lines(lines)
    furniture = [is_furniture(f) for f in folded]  # asked of each line more than once below
    words = [0 if furniture[i] else _words(f) for i, f in enumerate(folded)]  # only asked of other lines
    date_lines: dict[int, bool] = {}

    def date_line(i: int) -> bool:  # read_date_line of a line, asked of some lines more than once
        if i not in date_lines:
            date_lines[i] = read_date_line(folded[i]) is not None
        return date_lines[i]

    paragraphs = [i for i, f in enumerate(folded) if not furniture[i] and _paragraph(f, words[i])]
    n = len(lines)
    title_folded = fold_text(known_title) if known_title else None
    title_index: int | None = None
    if paragraphs:
        first, last = paragraphs[0], paragraphs[-1]
        while (
            first > 0
            and _lead_in(folded[first - 1], words[first - 1], furniture[first - 1])
            and not date_line(first - 1)
        ):
            first -= 1
        if title_folded is None:
            title_index = next(
                (i for i in range(first) if _headline_like(folded[i], words[i], furniture[i]) and not date_line(i)),
                None,
            )
            title_folded = folded[title_index] if title_index is not None else None
        body = [
            i for i in range(first, last + 1) if not furniture[i] and folded[i] != title_folded and not date_line(i)
        ]
    else:
        candidates = [i for i in range(n) if not furniture[i] and not date_line(i)]
        if (
            title_folded is None
            and len(candidates) > 1
            and _headline_like(folded[candidates[0]], words[candidates[0]], False)  # not furniture, no date line
        ):
            title_index = candidates[0]
            title_folded = folded[title_index]
        body = [i for i in candidates if folded[i] != title_folded]
        first, last = (body[0], body[-1]) if body else (n, -1)
    if title_index is None and title_folded is not None:
        title_index = next((i for i, f in enumerate(folded) if f == title_folded), None)
    published, published_line, published_range = _publication(lines, first, last) if publication else (None,) * 3
    body_set = set(body)
    return Layout(
        tuple(body),
        tuple(i for i in range(n) if i not in body_set and folded[i]),
        title_index,
        published,
        published_line,
        published_range,
    )


def _publication(lines: list[str], first: int, last: int) -> tuple[date | None, int | None, tuple[int, int] | None]:
    """The publication date from the date lines around the body; a publication line beats an update line."""
    rank = {"published": 0, "plain": 1, "updated": 2}
    outside = [i for i in range(len(lines)) if i < first or i > last]
    found: list[tuple[int, int, DateLine]] = []
    for i in outside:
        line = _date_in_line(lines[i])
        if line and line.value:
            found.append((rank[line.kind], i, line))
    if not found:
        return None, None, None
    _, index, best = min(found, key=lambda item: (item[0], item[1]))
    return best.value, index, best.span


def _date_in_line(line: str) -> DateLine | None:
    """A date line, or a date-line segment of a line that also holds the byline ("بغداد - وكالات | 3 أيار 2024")."""
    whole = read_date_line(line)
    if whole or "|" not in line:
        return whole
    offset = 0
    for segment in line.split("|"):
        found = read_date_line(segment)
        if found and found.value and found.span:
            return DateLine(found.value, found.kind, (offset + found.span[0], offset + found.span[1]))
        offset += len(segment) + 1
    return None


_LINE = re.compile(r"[^\n\r]+")  # a line's text: lines end at \r\n, \r or \n


def _text_lines(raw: str) -> list[TextView]:
    views: list[TextView] = []
    for m in _LINE.finditer(raw):
        content = m.group()
        left = content.lstrip()
        if left:
            a = m.end() - len(left)
            views.append(TextView.identity(raw, a, a + len(left.rstrip())))
    return views


def clean(doc: Document) -> Document:
    """Fill title, published, body and boilerplate spans of `doc`."""
    if doc.format == "html":
        return _clean_html(doc)
    return _apply(doc, _text_lines(doc.raw), None, None, True)


def _apply(
    doc: Document, views: list[TextView], known_title: str | None, page_date: date | None, date_lines: bool
) -> Document:
    """The document with what the layout of `views` says; `date_lines`: look for the publication date in them."""
    # a date given with the document, or found in the page's markup, wins over any date line
    layout = _lay_out([v.text for v in views], known_title, date_lines and not (doc.published_given or page_date))
    pieces = [views[i] for i in layout.body]
    dateline = _inline_dateline(pieces[0].text) if pieces else 0
    cut: tuple[Span, ...] = ()
    if dateline:
        first = pieces[0]
        cut = (first.to_raw(0, dateline),)
        pieces[0] = TextView(first.text[dateline:], first.starts[dateline:], first.ends[dateline:])
    body = TextView.join(pieces)
    title = known_title
    title_span = None
    if layout.title is not None:
        view = views[layout.title]
        title = title or view.text
        title_span = view.to_raw(0, len(view.text))
    published_span = None
    if layout.published_line is not None and layout.published_range is not None:
        published_span = views[layout.published_line].to_raw(*layout.published_range)
    published = doc.published_given or page_date or layout.published
    if doc.published_given or page_date:
        published_span = None
    return replace(
        doc,
        title=title,
        title_span=title_span,
        published=published,
        published_span=published_span,
        body=body,
        boilerplate=tuple(views[i].to_raw(0, len(views[i].text)) for i in layout.boilerplate) + cut,
    )


# A dateline in front of the first paragraph: a place (and a second one after a comma), then an outlet in
# parentheses ("بغداد (رويترز) -", "الناصرية (العراق) (أ ف ب) -") or between dashes or after a slash
# ("القاهرة - أ ف ب -", "مقديشو/ الأناضول -", "دمشق - «الشرق الأوسط» -"), or nothing ("غزة - "); then a dash
# or a colon. The place must be one the gazetteer knows, so a sentence that opens with words and a dash is
# left alone.
_PLACE_WORDS = r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORDS})(?:[ \t]*[،,][ \t]*{_PLACE_WORDS})?"
    r"(?:(?:[ \t]*\([^()\n]{1,30}\)){1,2}"
    r"|[ \t]*[-–—/][ \t]*[«\"]?[^\s«»\"\-–—/:()][^«»\"\-–—/:()\n]{0,25}?[»\"]?)?"
    r"[ \t]*[-–—:][ \t]+(?=\S)"
)


@cache
def _place_spellings() -> frozenset[str]:
    from rasd.gazetteer import places  # the gazetteer is loaded for the names stage anyway

    return frozenset(fold_text(name) for place in places() for name in place.names)


def _inline_dateline(line: str) -> int:
    """How many characters of the first body line are its dateline (0: none)."""
    m = _DATELINE.match(line)
    if m is None or _words(line[m.end() :]) < 5 or fold_text(m.group("place")) not in _place_spellings():
        return 0
    return m.end()


# Containers whose text is never article body, used when the extractor finds nothing.
_NOT_BODY = re.compile(
    r"^(?:nav|header|footer|aside|form|figure|figcaption|button|select|label)\b"
    r"|[.#][\w-]*(?:share|social|tag|related|breadcrumb|menu|nav|footer|header|comment|newsletter|sidebar|"
    r"widget|advert|promo|most-read|popular|subscribe)",
    re.I,
)


def _clean_html(doc: Document) -> Document:
    blocks, meta = parse_html(doc.raw)
    chosen = _main_blocks(doc.raw, blocks)
    title = meta.h1 or meta.meta.get("og:title") or meta.title
    page_date = page_published(meta)
    if page_date is None:
        # the date line is usually outside the main text the extractor keeps: look in every block
        page_date = _publication([b.view.text for b in blocks], len(blocks), -1)[0]
    # no date lines needed: the markup gave the date, or every block was searched for one above (the
    # chosen blocks hold none if all of them hold none)
    return _apply(doc, [b.view for b in chosen], title, page_date, False)


def _main_blocks(raw: str, blocks: list[Block]) -> list[Block]:
    """Blocks that trafilatura keeps as main text; a structural guess if it keeps none."""
    lines = _extractor_lines(raw)
    if lines:
        keep = [b for b in blocks if " ".join(b.view.text.split()) in lines]
        if keep:
            return keep
    return [b for b in blocks if not any(_NOT_BODY.search(part) for part in b.path)]


@cache
def _extractor_options() -> Any:
    """trafilatura's options, made once (extract() would parse them from its configuration on every call).

    trafilatura does not change them: its recall retry works on a copy.
    """
    from trafilatura.settings import Extractor  # imported here: it is only needed for HTML and costs time to load

    return Extractor(precision=True, dedup=False, comments=False, tables=True, images=False, with_metadata=False)


def _extractor_lines(raw: str) -> set[str]:
    try:
        import trafilatura

        text = trafilatura.extract(raw, options=_extractor_options())
    except Exception:  # the extractor failing on a broken page is not fatal: fall back to structure
        return set()
    return {" ".join(line.split()) for line in (text or "").splitlines() if line.strip()}


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "dc.date",
)


def page_published(meta: PageMeta) -> date | None:
    """Publication date from meta tags, JSON-LD, then <time datetime>; None when the page says nothing."""
    for key in _META_KEYS:
        value = _iso(meta.meta.get(key))
        if value:
            return value
    for item in meta.json_ld:
        value = _iso(_find_key(item, "datePublished"))
        if value:
            return value
    for stamp in meta.time_datetimes:
        value = _iso(stamp)
        if value:
            return value
    return None


def _iso(text: object) -> date | None:
    if not isinstance(text, str):
        return None
    m = _ISO_DATE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _find_key(item: object, key: str) -> object:
    if isinstance(item, dict):
        if key in item:
            return item[key]
        for value in item.values():
            found = _find_key(value, key)
            if found is not None:
                return found
    elif isinstance(item, list):
        for value in item:
            found = _find_key(value, key)
            if found is not None:
                return found
    return None


__all__ = ["DateLine", "Layout", "clean", "is_furniture", "is_paragraph", "lay_out", "page_published", "read_date_line"]
