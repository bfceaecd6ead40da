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
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import ahocorasick

from rasd.document import Document, Span, TextView
from rasd.markup import Block, PageMeta, parse_html
from rasd.normalise import fold, fold_text
from rasd.time import (
    ExplicitDate,
    alternation,
    explicit_date_pattern_sources,
    find_explicit_dates,
    lexicon,
    safe_date,
    solar_hijri_to_gregorian,
    weekday_pattern,
)

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
    r"|^(?:بقلم|كتب|كتبت|اعداد|تحرير|اعدته|ترجمه|تصوير)\s*:"
    r"|^(?:الرييسيه|الصفحه الرييسيه)\s*[|/>»›<«‹\\]",  # a breadcrumb ("الرئيسية | سياسة"; ئ folds to ي)
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
# A clock time; "14h35" as pages of the Maghreb print it (French usage), "à" before it being one letter.
# An ISO stamp's clock may end in its zone ("06:30:00Z", "09:30:00.000+03:00"). Tunisian and Algerian pages
# also write the hour and the minutes in words of their units ("على الساعة 18 و40 دق", "10 س و 5 د",
# "18 و 40 دقيقة"): the minutes' unit must follow, so "3 و4" alone is no clock.
_TIME = re.compile(
    r"(?<![\d])(?:\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d{1,6})?)?|\s?h\s?\d{2}(?:\s?min)?)"
    r"(?:z|\s?[+\-]\d{2}(?::?\d{2})?(?!\d))?"
    r"|\d{1,2}\s*(?:س\s*)?و\s*\d{1,2}\s*(?:دقيقه|دقائق|دق|د)\.?)"
    r"(?:\s*(?:ص|م|am|pm|صباحا|مساء|بعد الظهر|قبل الظهر))?(?![\w])",
    re.I,
)
# How long ago the page was published ("منذ 3 ساعات", "قبل ساعتين", "منذ يوم"), printed beside the date: furniture.
_AGE = re.compile(
    r"(?<![\w])(?:منذ|قبل)\s+(?:\d+\s+)?"
    r"(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)"
    r"(?![\w])"
)
_DATE_FILLER = re.compile(
    r"(?<![\w])(?:الموافق|علي|م|ص|تمام|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|at|on|the"
    r"|(?:gmt|utc)(?:\s*[+\-]\s*\d{1,2}(?::?\d{2})?)?|ت\s*\.\s*غ|الساعه|يوم|في|ب?تاريخ|الصادر|الصادره"
    r"|ب?توقيت(?:\s+[^\W\d_]+){1,2})(?![\w])",  # "بتوقيت غرينتش", "بتوقيت مكة المكرمة"
    re.I,
)
# Counters printed beside a date ("العدد 5678", "عدد المشاهدات: 345", "قراءة 3 دقائق", "0 تعليق"): furniture.
_PAGE_COUNTS = re.compile(
    r"(?<![\w])(?:رقم\s+)?(?:العدد(?:\s+رقم)?|عدد\s+المشاهدات|عدد\s+القراءات|المشاهدات|مشاهدات|القراءات|الزيارات|السنه)"
    r"\s*:?\s*\d+(?![\w])"
    r"|(?<![\w])\d+\s*(?:تعليق|تعليقات|مشاهده|مشاهدات|قراءه|قراءات|زياره|زيارات)(?![\w])"
    r"|(?<![\w])(?:وقت\s+)?(?:القراءه|قراءه)\s*:?\s*\d+\s*(?:دقائق|دقيقه|د)(?![\w])"
    r"|(?<![\w])\d+\s*(?:دقائق|دقيقه|د)\s+(?:للقراءه|قراءه)(?![\w])"
)


# English dates, as some Arabic pages print them and as meta tags often give them ("Sat, 08 Mar 2025 07:12:00
# +0000", "March 8, 2025", "08-Mar-2025"); pages only: an article's sentences are read by rasd.time.
_EN_MONTH = (
    r"(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
_EN_DATE = re.compile(
    rf"(?<![\w])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:[ \t]+of)?(?:[ \t]+|-){_EN_MONTH},?"
    rf"|{_EN_MONTH.replace('?P<m>', '?P<m2>')}"
    r"[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)(?:[ \t]+|-)(?P<y>\d{4})(?!\d)",
    re.I,
)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# French dates, as pages of the Maghreb print them ("mardi 14 janvier 2025", "Publié le 1er août 2025"); the
# accents may be missing.
_FR_MONTHS = (
    "janvier",
    "fevrier|février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout|août",
    "septembre",
    "octobre",
    "novembre",
    "decembre|décembre",
)
_FR_DATE = re.compile(
    r"(?<![\w])(?P<d>\d{1,2})(?:er)?[ \t]+(?P<m>" + "|".join(_FR_MONTHS) + r")[ \t]+(?P<y>\d{4})(?!\d)", re.I
)
_FR_MONTH_NUMBER = {name: i for i, names in enumerate(_FR_MONTHS, 1) for name in names.split("|")}
# A year in two figures ("12/05/24", "12.05.24"), as some sites print their date line: read as 20yy. Slashes
# and dots only (a dash between small numbers is more often a score or a range), and pages only.
_SHORT_YEAR = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{2})(?![\d/.\-:]|\.\d)")
_LATIN = re.compile("[a-z]", re.I)
# A month in Roman figures between the day and the year ("13.XI.2024", "13 XI 2024"), as some pages print it.
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_DATE = re.compile(
    r"(?<![\w.\-/])(\d{1,2})\s*[./\-]?\s*(" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + r")"
    r"\s*[./\-]?\s*(\d{4})(?!\d)"
)
# ISO 8601's basic format, as a feed or a publishing system prints it ("20250812T170500Z").
_ISO_BASIC = re.compile(
    r"(?<![\w])((?:19|20)\d{2})(\d{2})(\d{2})t\d{4}(?:\d{2})?(?:z|[+\-]\d{2}(?:\d{2})?)?(?![\w])", re.I
)
# Day, month and year in figures with spaces alone between them ("12 08 2025"; "12 ـ 8 ـ 2025", whose tatweels
# folding takes away): only in a date line, where nothing but furniture stands beside it.
_SPACED_FIGURES = re.compile(r"(?<![\w.,:/\-])(\d{1,2})[ \t]+(0?[1-9]|1[0-2])[ \t]+((?:19|20)\d{2})(?![\w.,:/\-])")
# A bar or bullet between a page's date and its year ("الثلاثاء | 12 أغسطس | 2025"): read as a comma.
_BAR_BEFORE_YEAR = re.compile(r"[|•·](?=\s*(?:19|20)\d{2}(?!\d))")


@cache
def _page_month_orders() -> tuple[re.Pattern[str], ...]:
    """Orders of a worded month that only a page's date line uses: the month first without a comma
    ("أغسطس 12 2025"; in a sentence, "مارس 12 2024" is no date), the year first ("2024 يوليو 17") and a year
    in two figures ("12 أغسطس 25", not a clock's hour: "12 أغسطس 17:05")."""
    month = alternation(lexicon().gregorian_months)
    year = r"(?P<y>(?:19|20)\d{2})"
    return (
        re.compile(rf"(?<![\w])(?P<m>{month})\s+(?P<d>\d{{1,2}})\s*[,،]?\s+{year}م?(?![\w])"),
        # the year first, then a comma and the day and month ("2025، 12 أغسطس")
        re.compile(rf"(?<![\w]){year}م?\s*[,،|]\s*(?P<d>\d{{1,2}})\s*[-/]?\s*(?P<m>{month})(?![\w])"),
        re.compile(rf"(?<![\w]){year}م?\s*[,،/\-]?\s*(?P<m>{month})\s*[,،/\-]?\s*(?P<d>\d{{1,2}})(?![\w])"),
        re.compile(rf"(?<![\w])(?P<d>\d{{1,2}})\s*[-/]?\s*(?P<m>{month})\s*[,،\-/]?\s*(?P<yy>\d{{2}})(?![\w:.])"),
    )


@cache
def _solar_date() -> re.Pattern[str]:
    """A Solar Hijri date as Iranian outlets' Arabic pages print it ("13 آبان 1404 هـ.ش", "13 آبان 1404 هجري
    شمسي"): the day, the month and a year of 13xx or 14xx, then the era's letters if any (هـ.ش folds to ه.ش)."""
    month = alternation(lexicon().solar_hijri_months)
    return re.compile(
        rf"(?<![\w])(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{month})\s+(?P<y>1[34]\d{{2}})"
        r"(?:\s*(?:ه\s*\.?\s*ش|هجري(?:ه)?\s+شمسي(?:ه)?|ش)\.?)?(?![\w])"
    )


# An ISO week number printed before a page's date, with the week's year ("الأسبوع 47 من 2024 - الأربعاء 20
# نوفمبر"): furniture, whose year is the year of a date without one beside it.
_WEEK = re.compile(
    r"(?<![\w])(?:(?:ال)?اسبوع|week)\s*(?:رقم\s*)?:?\s*(?P<n>\d{1,2})"
    r"(?:\s*(?:من|في|of|[,،/\-])?\s*(?:(?:ال)?عام\s+|(?:ال)?سنه\s+)?(?P<y>(?:19|20)\d{2}))?(?![\w])",
    re.I,
)


def _week_years(folded: str, dates: list[ExplicitDate]) -> list[ExplicitDate]:
    """`dates`, a Gregorian day and month without a year made whole by the ISO week printed beside it: the
    year, of the week's year and the two around it, in which the day falls in that week (the week's year
    itself if none does)."""
    weeks = [(int(m.group("n")), int(m.group("y"))) for m in _WEEK.finditer(folded) if m.group("y")]
    if len(weeks) != 1:
        return dates
    week, year = weeks[0]
    out = []
    for d in dates:
        if d.value is None and d.calendar == "gregorian":
            values = [v for y in (year, year - 1, year + 1) if (v := safe_date(y, d.month, d.day))]
            value = next((v for v in values if v.isocalendar()[:2] == (year, week)), safe_date(year, d.month, d.day))
            d = ExplicitDate(d.start, d.end, value, d.month, d.day, d.calendar)
        out.append(d)
    return out


def _page_dates(folded: str) -> list[ExplicitDate]:
    """find_explicit_dates of folded text, with the English and French dates of a line with Latin letters in it
    and the dates with a two-figure year."""
    if "|" in folded or "•" in folded or "·" in folded:
        folded = _BAR_BEFORE_YEAR.sub(",", folded)  # (one character for one: offsets stay)
    dates = find_explicit_dates(folded, spaced=True)
    more = _other_orders(folded) + _worded_years(folded, dates)
    latin = _LATIN.search(folded) is not None
    if not latin and not more and "/" not in folded and "." not in folded and "-" not in folded:
        return _week_years(folded, dates)
    for m in _EN_DATE.finditer(folded) if latin else ():
        month = _EN_MONTHS.index((m.group("m") or m.group("m2"))[:3].lower()) + 1
        more.append(_page_date(m, int(m.group("y")), month, int(m.group("d1") or m.group("d2"))))
    for m in _FR_DATE.finditer(folded) if latin else ():
        month = _FR_MONTH_NUMBER[m.group("m").lower()]
        more.append(_page_date(m, int(m.group("y")), month, int(m.group("d"))))
    for m in _SHORT_YEAR.finditer(folded):
        first, second = int(m.group(1)), int(m.group(3))
        day, month = (second, first) if second > 12 >= first else (first, second)  # as find_explicit_dates
        more.append(_page_date(m, 2000 + int(m.group(4)), month, day))
    for m in _ROMAN_DATE.finditer(folded) if latin else ():
        more.append(_page_date(m, int(m.group(3)), _ROMAN_MONTHS.index(m.group(2)) + 1, int(m.group(1))))
    for d in more:
        crossed = [o for o in dates if d.start < o.end and o.start < d.end]
        if d.value and not any(o.value for o in crossed):  # a whole date beats a day and month without a year
            dates = [o for o in dates if o not in crossed] + [d]
    return _week_years(folded, sorted(dates, key=lambda d: d.start))


@cache
def _worded_year() -> re.Pattern[str]:
    """A year of this century in words after a day and month ("... من آب عام ألفين وخمسة وعشرين"): ألفين, then
    a unit, a teen ("ثلاثة عشر") or tens, each behind و."""
    numbers = {k: v for k, v in lexicon().numbers.items() if v < 100}
    word = alternation(numbers)
    return re.compile(
        rf"\s*[,،]?\s*(?:(?:من\s+)?(?:ال|ل|لل)?عام\s+|(?:ال|ل|لل)?سنه\s+)?(?:الفين|الفان)"
        rf"(?:\s+و\s*(?P<a>{word})(?:\s+(?P<teen>عشر|عشره))?(?:\s+و\s*(?P<b>{word}))?)?(?![\w])"
    )


def _worded_years(folded: str, dates: list[ExplicitDate]) -> list[ExplicitDate]:
    """The dates of `dates` without a year that a year in words follows, made whole."""
    if "الف" not in folded:
        return []
    numbers = lexicon().numbers
    found = []
    for d in dates:
        m = _worded_year().match(folded, d.end) if d.value is None and d.calendar == "gregorian" else None
        if m is None:
            continue
        a = numbers[re.sub(r"\s+", " ", m.group("a"))] if m.group("a") else 0
        b = numbers[re.sub(r"\s+", " ", m.group("b"))] if m.group("b") else 0
        year = 2000 + a + b + (10 if m.group("teen") else 0)
        if year < 2100:
            found.append(ExplicitDate(d.start, m.end(), safe_date(year, d.month, d.day), d.month, d.day, "gregorian"))
    return found


def _other_orders(folded: str) -> list[ExplicitDate]:
    """The dates of `_page_month_orders` in a folded line (none without a year of figures in it)."""
    if not _DIGIT.search(folded):
        return []
    months = lexicon().gregorian_months
    found = []
    for pattern in _page_month_orders():
        for m in pattern.finditer(folded):
            year = int(m.group("y")) if "y" in pattern.groupindex else 2000 + int(m.group("yy"))
            found.append(_page_date(m, year, months[re.sub(r"\s+", " ", m.group("m"))], int(m.group("d"))))
    for m in _ISO_BASIC.finditer(folded):
        found.append(_page_date(m, int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _SPACED_FIGURES.finditer(folded):
        found.append(_page_date(m, int(m.group(3)), int(m.group(2)), int(m.group(1))))
    solar = lexicon().solar_hijri_months
    for m in _solar_date().finditer(folded):
        month, day = solar[re.sub(r"\s+", " ", m.group("m"))], int(m.group("d"))
        value = solar_hijri_to_gregorian(int(m.group("y")), month, day)
        found.append(ExplicitDate(m.start(), m.end(), value, month, day, "solar_hijri"))
    return found


def _page_date(m: re.Match[str], year: int, month: int, day: int) -> ExplicitDate:
    return ExplicitDate(m.start(), m.end(), safe_date(year, month, day), month, day, "gregorian")


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line that is a date, and which kind of date it announces."""

    value: date | None
    kind: str  # "published", "updated" or "plain"
    span: tuple[int, int] | None  # where the date stands in the line as given


def _label_at_start(rest: str, labels: tuple[str, ...]) -> str | None:
    """The label of `labels` that opens `rest` as a whole word, if any (a Latin label in any case: "Published",
    "PUBLIÉ LE"; lower() keeps the length of the text it compares)."""
    return next((p for p in labels if rest[: len(p)].lower() == p and not rest[len(p) : len(p) + 1].isalnum()), None)


def _only_furniture(leftover: str, ages: bool) -> bool:
    """Whether what a date line holds beside its dates is furniture alone: clock times, weekdays, filler words (and
    ages, if `ages`), and no other word of two letters or figure."""
    if ages:
        leftover = _AGE.sub(" ", leftover)
    for pattern in (_TIME, weekday_pattern(), _WEEK, _DATE_FILLER):
        leftover = pattern.sub(" ", leftover)
    return re.search(r"[^\W\d_]{2,}|\d", leftover) is None


def read_date_line(line: str) -> DateLine | None:
    """If `line` is a page's date line (a date with only furniture around it), what it says."""
    if len(line) > 160 or not _has_figures(line):
        return None  # every date line has a digit (a day, a year or a clock time), or a year in words
    folding = fold(line)
    folded = folding.text
    if not folded.strip() or len(folded) > 120:
        return None
    lex = lexicon()
    kind = "plain"
    offset = len(folded) - len(folded.lstrip())
    rest = folded[offset:]
    for prefix_kind, prefixes in (("updated", lex.updated_prefixes), ("published", lex.published_prefixes)):
        prefix = _label_at_start(rest, prefixes)
        if prefix:
            kind = prefix_kind
            rest = rest[len(prefix) :]
            offset += len(prefix)
            break
    if "توقيت" not in rest and _keeps_a_word(rest):
        return None  # a word no step below takes away would be left over
    dates = _page_dates(rest)
    leftover = rest
    for d in reversed(dates):
        leftover = leftover[: d.start] + " " + leftover[d.end :]
    if not _only_furniture(leftover, ages=bool(dates)):  # (an age alone dates nothing)
        return None
    if not dates:
        # "آخر تحديث: 18:20" is furniture without a date
        return DateLine(None, kind, None) if kind != "plain" and _TIME.search(rest) else None
    gregorian = [d for d in dates if d.calendar == "gregorian" and d.value]
    chosen = gregorian[0] if gregorian else next((d for d in dates if d.value), None)
    if chosen is None:
        return None
    return DateLine(chosen.value, kind, folding.source_range(offset + chosen.start, offset + chosen.end))


_YEAR_IN_WORDS = re.compile("[اأ]لف[يا]ن")  # (unfolded: "ألفين", "الفين", "ألفان")


def _has_figures(line: str) -> bool:
    """Whether a line holds a digit or the thousands of a year in words: no date line lacks both."""
    return _DIGIT.search(line) is not None or _YEAR_IN_WORDS.search(line) is not None


_LETTERS = re.compile(r"[^\W\d_]{2,}")  # what must not be left over in a date line
_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")


@cache
def _date_line_words() -> ahocorasick.Automaton:
    """Every Arabic word of two letters or more in the patterns read_date_line takes text away with.

    Apart from the word after توقيت (`_DATE_FILLER`), every letter those patterns match belongs to
    such a word; a run of letters holding none of them is left over whole.
    """
    sources = (
        *explicit_date_pattern_sources(),
        _worded_year().pattern,
        _TIME.pattern,
        _AGE.pattern,
        weekday_pattern().pattern,
        _DATE_FILLER.pattern,
        _solar_date().pattern,
        _WEEK.pattern,
    )
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


# The heading of readers' comments: "التعليقات"، "٣ تعليقات"، "التعليقات (2)"، "أضف تعليقاً"، "اترك رداً".
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:تعليق|تعليقات|التعليقات|تعليقات القراء|تعليقات الزوار|ردود|اضف تعليق|اضف تعليقا|اضف تعليقك|"
    r"اترك تعليقا|اترك تعليقك|اترك ردا|اكتب تعليقك|ارسل تعليقا|comments?|\d+\s+comments?)"
    r"\s*(?:\(\s*\d+\s*\))?\s*:?$",
    re.I,
)


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
    if paragraphs:
        # readers' comments under the article are sentences too: the article ends at their heading
        comments = next((i for i in range(paragraphs[0] + 1, len(folded)) if _COMMENTS.match(folded[i])), None)
        if comments is not None:
            paragraphs = [i for i in paragraphs if i < comments]
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
    published, published_line, published_range = (
        _publication(lines, first, last, title_index, folded_lines=folded) if publication else (None, None, None)
    )
    body_set = set(body)
    return Layout(
        tuple(body),
        tuple(i for i in range(n) if i not in body_set and folded[i]),
        title_index,
        published,
        published_line,
        published_range,
    )


_RANK = {"published": 0, "plain": 1, "glued": 2, "updated": 3}


def _publication(
    lines: list[str],
    first: int,
    last: int,
    title: int | None = None,
    skip: frozenset[int] = frozenset(),
    folded_lines: list[str] | None = None,
    year: int | None = None,
) -> tuple[date | None, int | None, tuple[int, int] | None]:
    """The publication date from the date lines around the body [first, last]; `year`, the page's year if its
    address gives one, for a date line without a year (`_yearless_publication`).

    A publication line beats a plain date line, which beats a date glued to a byline or dateline
    ("بغداد - شفق نيوز - 12 آذار 2024"), which beats an update line. Among equals the line nearest the
    body wins, those above it first: a site's header may print today's date at the top of the page.
    Lines of a related-articles list (from its heading "اقرأ أيضاً" / "الأكثر قراءة" to the headline
    or the body) are not the article's, nor are `skip` lines; a date line inside the body is the last
    resort ("الثلاثاء 12 مارس 2024" after the lead). `folded_lines`, if given, are the lines' fold_text.
    """
    found: list[tuple[tuple[int, int, int, int], int, DateLine]] = []
    listing = False
    label: str | None = None  # the kind the line before announced, if it was a label alone
    for i, text in enumerate(lines):
        inside = first <= i <= last
        if i in (title, first):
            listing = False
        if i in skip:
            continue
        folded = folded_lines[i] if folded_lines is not None else fold_text(text)
        announced, label = label, _bare_label(folded)
        if _RELATED_HEADING.match(folded):
            listing = not inside
            continue
        line = read_date_line(text) if inside else _date_in_line(text, glued=i != title)
        if line and announced and line.kind == "plain":
            line = replace(line, kind=announced)
        if not line or not line.value or (listing and line.kind not in ("published", "updated")):
            continue
        after = i > last
        distance = i - last if after else first - i
        found.append(((int(inside), _RANK[line.kind], int(after), distance), i, line))
    if not found:
        return _yearless_publication(lines, first, last, skip, folded_lines, year)
    _, index, best = min(found, key=lambda item: item[0])
    return best.value, index, best.span


# A year on a copyright line ("© 2025 جميع الحقوق محفوظة", "حقوق النشر 2010-2025"): the site's present year.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_COPYRIGHT = re.compile(r"©|حقوق|copyright", re.I)


def _yearless_publication(
    lines: list[str],
    first: int,
    last: int,
    skip: frozenset[int],
    folded_lines: list[str] | None,
    year: int | None,
) -> tuple[date | None, int | None, tuple[int, int] | None]:
    """The publication from a date line without a year ("الثلاثاء 12 آب - 17:05"), the last resort: as a
    careful reader, take the year the page gives elsewhere (its address, else its copyright line's last year)
    and, if the line names a weekday, the year next to it on which the day falls on that weekday."""
    folded = folded_lines if folded_lines is not None else [fold_text(text) for text in lines]
    if year is None:
        years = [int(y) for f in folded if len(f) < 200 and _COPYRIGHT.search(f) for y in _YEAR.findall(f)]
        year = max(years) if years else None
    if year is None:
        return None, None, None
    around = [i for i in range(len(lines)) if not first <= i <= last and i not in skip]
    for i in sorted(around, key=lambda i: (i > last, abs(i - first) if i < first else i - last)):
        folding = fold(lines[i]) if _DIGIT.search(folded[i]) else None
        found = _yearless(folding.text) if folding else None
        if folding is None or found is None:
            continue
        (start, end), month, day, weekday = found
        for y in (year,) if weekday is None else (year, year - 1, year + 1):
            value = safe_date(y, month, day)
            if value and (weekday is None or value.weekday() == weekday):
                return value, i, folding.source_range(start, end)
        return None, None, None  # the weekday agrees with no year near the page's
    return None, None, None


def _yearless(folded: str) -> tuple[tuple[int, int], int, int, int | None] | None:
    """A folded date line whose date is a day and a month alone: its span, the month, the day and the weekday
    named beside it (None if none)."""
    if len(folded) > 120 or not _DIGIT.search(folded):
        return None
    start = len(folded) - len(folded.lstrip())
    rest = folded[start:]
    label = _label_at_start(rest, lexicon().published_prefixes) or ""
    dates = _page_dates(rest[len(label) :])
    if len(dates) != 1 or dates[0].value is not None or dates[0].calendar != "gregorian":
        return None
    d = dates[0]
    rest = rest[len(label) :]
    leftover = rest[: d.start] + " " + rest[d.end :]
    weekdays = {lexicon().weekdays[m.group().split()[-1]] for m in weekday_pattern().finditer(leftover)}
    if len(weekdays) > 1 or not _only_furniture(leftover, ages=True):
        return None
    offset = start + len(label)
    return (offset + d.start, offset + d.end), d.month, d.day, next(iter(weekdays), None)


def _bare_label(folded: str) -> str | None:
    """The kind of a line that is a date label alone ("تاريخ النشر:", "آخر تحديث"): a label and its date in
    elements of their own (<dt>/<dd>, two <div>s) give the label's kind to the next line."""
    if len(folded) > 40:
        return None
    text = folded.strip().rstrip(":：-–—").strip().lower()
    lex = lexicon()
    if text in lex.updated_prefixes:
        return "updated"
    return "published" if text in lex.published_prefixes else None


# Headings of related-article lists, whose items carry their own dates.
_RELATED_HEADING = re.compile(
    r"(?:اقرا ايضا|اقرا كذلك|اقرا المزيد|اقرا اكثر|اخبار ذات صله|اخبار متعلقه|ذات صله|الاكثر قراءه|الاكثر مشاهده|"
    r"الاكثر تداولا|قد يهمك|شاهد ايضا|مقالات ذات صله|المزيد من الاخبار|اخترنا لك|تابع ايضا|مواضيع ذات صله|"
    r"موضوعات ذات صله|مواضيع متعلقه|اخر الاخبار|احدث الاخبار|اخبار اخرى|الاكثر شعبيه|اهم الاخبار)(?![\w])"
)
# Separators between the parts of a meta line: "نشر في ... | آخر تحديث ...", "بغداد - وكالات - 3 أيار 2024".
_SEGMENT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|\s*[،,]\s*")


def _date_in_line(line: str, glued: bool = True) -> DateLine | None:
    """A date line; or the best date-line segment of a line that also holds short parts (a byline, a place,
    an update line: "بغداد - وكالات | 3 أيار 2024"); or, if `glued`, a date glued to a short byline."""
    if len(line) > 160 or not _has_figures(line):
        return None  # (a date line, its parts and a glued date all hold a digit or a year in words)
    whole = read_date_line(line)
    if whole and whole.kind != "updated":
        return whole
    # an update line may go on with the first publication ("آخر تحديث: 13 مايو 2024 - 09:00 | 12 مايو 2024"):
    # its parts are read too, and a part with a better kind wins
    found = _date_parts(line, glued)
    if whole is None or found is None or found.span is None or whole.span is None:
        return whole or found
    # (another date than the update's own: "آخر تحديث - 13 مايو 2024" is still the update)
    other = found.span[1] <= whole.span[0] or whole.span[1] <= found.span[0]
    return found if other and _RANK[found.kind] < _RANK[whole.kind] else whole


def _date_parts(line: str, glued: bool) -> DateLine | None:
    """`_date_in_line` of a line that is no date line as a whole."""
    parts: list[tuple[int, str]] = []
    offset = 0
    for a, b in _segments(line):
        parts.append((offset, line[offset:a]))
        offset = b
    parts.append((offset, line[offset:]))
    best: DateLine | None = None
    others: list[str] = []
    for start, part in parts:
        found = read_date_line(part) if part.strip() else None
        if found is None:
            folded = _AGE.sub(" ", fold_text(part))  # "منذ 3 ساعات" is no sentence's منذ
            if _PROSE_WORDS.intersection(_WORD.findall(folded)):
                return _glued_date(line) if glued else None  # a sentence's part: no byline
            if not _BYLINE_LABEL.match(folded):  # a writer's name and title after "بقلم:" may be long
                others += _residue(folded)
        elif found.value and found.span and (best is None or _RANK[found.kind] < _RANK[best.kind]):
            best = DateLine(found.value, found.kind, (start + found.span[0], start + found.span[1]))
    if best is not None and len(others) <= _SEGMENT_WORDS:
        return best
    return _glued_date(line) if glued else None


def _segments(line: str) -> list[tuple[int, int]]:
    """The separators of a meta line's parts: `_SEGMENT`; the space before a label of two words or more that
    follows a date without a separator ("آخر تحديث: 13 مايو 2024 تاريخ النشر: 12 مايو 2024", two elements'
    texts run together); and the bracket before an update note ("12 مايو 2024 (آخر تحديث: 18:30)")."""
    marks = [m.span() for m in _SEGMENT.finditer(line)]
    if not _DIGIT.search(line):
        return marks
    folding = fold(line)
    for m in _label_marks().finditer(folding.text):
        a, b = folding.source_range(*m.span())
        if not any(x <= a < y for x, y in marks):
            marks.append((a, b))
    return sorted(marks)


@cache
def _label_marks() -> re.Pattern[str]:
    lex = lexicon()
    labels = [p for p in (*lex.updated_prefixes, *lex.published_prefixes) if " " in p and _ARABIC_WORD.match(p)]
    updates = [p for p in lex.updated_prefixes if _ARABIC_WORD.match(p)]
    return re.compile(
        rf"(?<=\d)\s+(?=(?:{alternation(labels)})(?![\w]))|\s*[(\[]\s*(?=(?:{alternation(updates)})(?![\w]))"
    )


def _residue(folded: str) -> list[str]:
    """The words of a piece of a meta line once clock times, weekdays, counters and filler are taken away."""
    for pattern in (_PAGE_COUNTS, _TIME, weekday_pattern(), _WEEK, _DATE_FILLER):
        folded = pattern.sub(" ", folded)
    return _WORD.findall(folded)


_BYLINE_LABEL = re.compile(r"^\s*(?:بقلم|كتب|كتبت|اعداد|تحرير|المحرر|بواسطه)\s*:")
_SEGMENT_WORDS = 6  # beside a date, in parts of their own: a place, an outlet, a writer's name
_GLUED_WORDS = 4  # the same on one run of words with the date
# Words of a sentence, never of a byline: a date after them is a date in a sentence.
_PROSE_WORDS = frozenset(("في", "منذ", "حتى", "قبل", "بعد", "خلال", "الى", "حول", "عن", "مع", "ضد"))


def _glued_date(line: str) -> DateLine | None:
    """A date written on one line with a short byline or dateline and no separator a segment split finds
    ("بقلم أحمد علي 12 مارس 2024", "العدد 5678 الثلاثاء 12 مارس 2024"); kind "glued" unless nothing but
    counters was beside it."""
    if len(line) > 160 or not _DIGIT.search(line):
        return None
    folding = fold(line)
    folded = folding.text
    if len(folded) > 120 or re.search(r"[.!?؟]\s*$", folded):
        return None
    dates = _page_dates(folded)
    dated = [d for d in dates if d.value and not _in_parentheses(folded, d.start, d.end)]
    if not dated:
        return None
    leftover = folded
    for d in reversed(dates):
        leftover = leftover[: d.start] + " " + leftover[d.end :]
    leftover = _AGE.sub(" ", leftover)
    words = _WORD.findall(leftover)
    prose = _PROSE_WORDS.intersection(words)
    if prose == {"في"} and (_BYLINE_MARKS.intersection(words) or _place_then_fi(folded[: dated[0].start])):
        # "نشر بواسطة أحمد علي في 14 مارس 2025": a byline's في, before the date; "الرباط في 12 غشت 2025":
        # the place and day a communiqué was written
        prose = frozenset()
    if prose:
        return None  # before the filler ("في") is taken away
    words = _residue(leftover)
    if len(words) > _GLUED_WORDS or any(_DIGIT.search(w) for w in words) or _UPDATE_WORDS.intersection(words):
        return None
    chosen = _gregorian_first(dated)
    return DateLine(chosen.value, "glued" if words else "plain", folding.source_range(chosen.start, chosen.end))


_PLACE_FI = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[،,]?\s+في\s*:?\s*$")


def _place_then_fi(before: str) -> bool:
    """Whether the folded text before a date is a place the gazetteer knows and في."""
    m = _PLACE_FI.match(before)
    return m is not None and m.group(1) in _place_spellings()


def _gregorian_first(dated: list[ExplicitDate]) -> ExplicitDate:
    """The first Gregorian date of a line that gives one, else its first date (a Hijri date beside it restates it)."""
    return next((d for d in dated if d.calendar == "gregorian"), dated[0])


# Words that make a short line a byline or a publication note, whatever else it holds.
# "كتب في 12 أغسطس 2025", "حُرر في القاهرة بتاريخ ...", "مراسل الموقع في الخرطوم - ..." are bylines: their في
# is the writer's place or day.
_BYLINE_MARKS = frozenset(
    ("بواسطه", "بقلم", "نشر", "نشرت", "نشره", "منشور", "كتب", "كتبت", "حرر", "حررت", "مراسل", "مراسله", "مراسلنا")
)
_UPDATE_WORDS = frozenset(("تحديث", "التحديث", "تعديل", "التعديل", "محدث", "حدث"))


def _in_parentheses(folded: str, start: int, end: int) -> bool:
    """Whether the date stands in parentheses ("(12 مارس 2017)" in a caption is the photo's date)."""
    return folded[:start].rstrip().endswith("(") and folded[end:].lstrip().startswith(")")


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
    return _apply(doc, _text_lines(doc.raw), None, url_date(doc.url), True)


def _apply(
    doc: Document, views: list[TextView], known_title: str | None, page_date: date | None, date_lines: bool
) -> Document:
    """The document with what the layout of `views` says; `date_lines`: look for the publication date in them."""
    # a date given with the document, or found in the page's markup, wins over any date line
    layout = _lay_out([v.text for v in views], known_title, date_lines and not (doc.published_given or page_date))
    pieces = [views[i] for i in layout.body]
    dateline, dateline_date = _inline_dateline(pieces[0].text) if pieces else (0, None)
    cut: tuple[Span, ...] = ()
    dateline_span = None
    if dateline:
        first = pieces[0]
        cut = (first.to_raw(0, dateline),)
        if dateline_date and dateline_date.span:
            dateline_span = first.to_raw(*dateline_date.span)
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
    elif published is None and dateline_date is not None:
        # no date line: the dateline's date ("بغداد - 12 آذار 2024 - قال ...") is the dispatch's
        published, published_span = dateline_date.value, dateline_span
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
# A date the dateline may carry, before or after the outlet ("الرباط، 12 مارس 2024 (و م ع) -",
# "بغداد - شفق نيوز - الثلاثاء 12 آذار 2024 -"): a weekday, a day, a month in one or two words and a year,
# or figures; find_explicit_dates reads it afterwards.
_DATELINE_DATE = (
    r"(?:[^\W\d_]+[ \t]*[،,]?[ \t]*)?"
    r"(?:\d{1,2}[ \t]*[-/]?[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*[،,]?[ \t]*\d{4}م?"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d{1,2}-\d{1,2})"
)
# A wire's day and month without the year, before its name in parentheses ("بغداد 7 مارس آذار (رويترز) -",
# "بغداد – 14 مارس (رويترز) –"); the words must hold a month name (checked after the match).
_DATELINE_DAY = r"\d{1,2}[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORDS})(?:[ \t]*[،,][ \t]*{_PLACE_WORDS})?"
    rf"(?:[ \t]*[-–—،,]?[ \t]*{_DATELINE_DATE}|[ \t]*[-–—،,]?[ \t]*(?P<day>{_DATELINE_DAY})(?=[ \t]*\())?"
    r"(?:(?:[ \t]*\([^()\n]{1,30}\)){1,2}"
    r"|[ \t]*[-–—/][ \t]*[«\"]?[^\s«»\"\-–—/:()][^«»\"\-–—/:()\n]{0,25}?[»\"]?"
    rf"(?:[ \t]*[-–—][ \t]*{_DATELINE_DATE})?)?"
    r"[ \t]*[-–—:][ \t]+(?=\S)"
)


@cache
def _place_spellings() -> frozenset[str]:
    from rasd.gazetteer import places  # the gazetteer is loaded for the names stage anyway

    return frozenset(fold_text(name) for place in places() for name in place.names)


@cache
def _outlet_spellings() -> frozenset[str]:
    """The names of news outlets, which open a dispatch as a place does ("عمون - قال ...", "سانا - أعلنت ...")."""
    from rasd.actors import actors  # loaded for the names stage anyway

    return frozenset(fold_text(name) for actor in actors() if actor.role == "media" for name in actor.names)


def _inline_dateline(line: str) -> tuple[int, DateLine | None]:
    """How many characters of the first body line are its dateline (0: none), and the date it carries."""
    m = _DATELINE.match(line)
    if m is None or _words(line[m.end() :]) < 5:
        return 0, None
    opener = fold_text(m.group("place"))
    if opener not in _place_spellings() and opener not in _outlet_spellings():
        return 0, None
    if m.group("day") and not find_explicit_dates(fold_text(m.group("day")), numeric=False, hijri=False):
        return 0, None  # "بغداد 3 قتلى (...)": no month
    folding = fold(m.group())
    dated = [d for d in find_explicit_dates(folding.text) if d.value]
    if not dated:
        return m.end(), None
    chosen = _gregorian_first(dated)
    return m.end(), DateLine(chosen.value, "plain", folding.source_range(chosen.start, chosen.end))


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
    title = meta.h1 or _without_site_name(meta.meta.get("og:title") or meta.title, meta)
    page_date = (
        page_published(meta)
        or url_date(doc.url or meta.meta.get("canonical") or meta.meta.get("og:url"))
        or _html_date_lines(
            blocks, chosen, meta.h1, url_year(doc.url or meta.meta.get("canonical") or meta.meta.get("og:url"))
        )
    )
    # no date lines needed: the markup gave the date, or every block was searched for one above (the
    # chosen blocks hold none if all of them hold none)
    return _apply(doc, [b.view for b in chosen], title, page_date, False)


# Between a headline and the site's name in a page's <title> or og:title ("العنوان | الجزيرة نت", "شفق نيوز - العنوان").
_TITLE_PARTS = re.compile(r"\s+(?:[|｜:]{1,2}|[-–—])\s+")


def _without_site_name(title: str | None, meta: PageMeta) -> str | None:
    """A page's <title> or og:title without the site's name at either end, when the page has no <h1>.

    A part goes when it is the name the page gives itself (og:site_name, application-name) or a known
    outlet's, or when it stands behind a bar and is three words at most beside a longer headline ("عاجل |
    ..."); "غزة - مقتل خمسة ..." keeps its place.
    """
    if not title:
        return title
    marks = list(_TITLE_PARTS.finditer(title))
    if not marks:
        return title
    site = {fold_text(meta.meta[k]) for k in ("og:site_name", "application-name") if meta.meta.get(k)}
    names = site | _outlet_spellings()
    start, end = 0, len(title)
    for _ in range(2):  # a name at each end at most
        inner = [m for m in marks if start <= m.start() and m.end() <= end]
        if not inner:
            break
        first, last = inner[0], inner[-1]
        for mark, piece, rest, cut in (
            (last, title[last.end() : end], title[start : last.start()], (start, last.start())),
            (first, title[start : first.start()], title[first.end() : end], (first.end(), end)),
        ):
            folded = fold_text(piece)
            bar = any(c in mark.group() for c in "|｜")
            if folded in names or (bar and _words(folded) <= 3 and _words(fold_text(rest)) >= 4):
                start, end = cut
                break
        else:
            break
    return title[start:end].strip() or title


def _html_date_lines(blocks: list[Block], chosen: list[Block], h1: str | None, year: int | None) -> date | None:
    """The date lines of every block (the date line is usually outside the main text the extractor keeps),
    around the chosen paragraphs; blocks in related-articles, sidebar and comments containers are left out."""
    texts = _split_dates_joined([b.view.text for b in blocks])
    folded = [fold_text(text) for text in texts]  # (asked twice of the chosen blocks)
    kept = {id(b) for b in chosen}
    paragraphs = [i for i, b in enumerate(blocks) if id(b) in kept and is_paragraph(folded[i])]
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (len(blocks), -1)
    title = next((i for i, t in enumerate(texts) if t == h1), None) if h1 else None
    skip = frozenset(i for i, b in enumerate(blocks) if any(_OTHER_ARTICLES.search(part) for part in b.path))
    return _publication(texts, first, last, title, skip, folded, year)[0]


_PIECE_CHARS = 12  # a day, a month's name, a year or a weekday in a block of its own
_PIECES = 4  # at most a weekday, a day, a month and a year: a longer run of short blocks is a list or a menu


def _split_dates_joined(texts: list[str]) -> list[str]:
    """`texts` with a date printed as short blocks of its own ("<div>12</div><div>أغسطس</div><div>2025</div>")
    joined into the first of them (the others left empty), when the pieces together are a date line."""
    out = list(texts)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and 0 < len(out[j].strip()) <= _PIECE_CHARS:
            j += 1
        # (a month named in words: figures alone in blocks are more often counters, "12", "8", "2025")
        if 2 <= j - i <= _PIECES and any(_DIGIT.search(t) for t in out[i:j]) and _LETTERS.search(" ".join(out[i:j])):
            joined = " ".join(t.strip() for t in out[i:j])
            found = read_date_line(joined)
            if found and found.value and not any(read_date_line(t) for t in out[i:j]):
                out[i:j] = [joined] + [""] * (j - i - 1)
        i = max(j, i + 1)
    return out


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


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_UNIX_TIME = re.compile(r"^\s*1[0-9]{9}(?:[0-9]{3})?\s*$")  # 2001-09-09 to 2033-05-18
_COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")  # "20240312", "20240312T1000"
_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish_date",
    "publication_date",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",  # Cxense's tag, on several Arabic outlets' pages
    "og:article:published_time",
    "date",
    "dc.date",
)
# Containers of other articles and of readers' words: a <time> or date line in them is not the article's.
_OTHER_ARTICLES = re.compile(
    r"^aside\b|[.#][\w-]*(?:related|most-read|mostread|popular|sidebar|widget|comment|trending|read-also|"
    r"more-news|latest|recommended)",
    re.I,
)
_MODIFIED = re.compile(r"modif|updat", re.I)
# The site's own header, top bar or menu, where a page may print today's date in a <time> of its own ...
_SITE_CHROME = re.compile(
    r"^(?:header|nav)\b|[.#][\w-]*(?:top-?bar|site-header|masthead|navbar|header-date|current-date|today)", re.I
)
# ... unless it stands in the article (WordPress puts the post's date in a <header> inside its <article>).
_ARTICLE_PART = re.compile(r"^(?:article|main)\b", re.I)


def _site_clock(path: tuple[str, ...]) -> bool:
    """Whether a <time> stands in the site's header or menus, outside any article element."""
    return not any(_ARTICLE_PART.match(part) for part in path) and any(_SITE_CHROME.search(part) for part in path)


# Schema.org types of an article (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting ...).
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report", re.I)


def page_published(meta: PageMeta) -> date | None:
    """Publication date from meta tags, JSON-LD, then <time datetime>; None when the page says nothing.

    JSON-LD of an article type comes before that of the page or the site; a <time> marked as the
    publication (itemprop="datePublished") comes first, one marked as the update or standing in a
    related-articles, sidebar or comments container is never used.
    """
    for key in _META_KEYS:
        value = _iso(meta.meta.get(key))
        if value:
            return value
    stamps: list[tuple[bool, object]] = []
    for item in meta.json_ld:
        _published_stamps(item, stamps)
    for article in (True, False):
        for is_article, stamp in stamps:
            value = _iso(stamp) if is_article == article else None
            if value:
                return value
    times = [
        t
        for t in meta.times
        if not _MODIFIED.search(t.itemprop)
        and not _MODIFIED.search(t.path[-1])
        and not any(_OTHER_ARTICLES.search(part) for part in t.path)
    ]
    # stable: page order otherwise; a date in an attribute after a <time>, a site's header clock (today's
    # date) after the others
    times.sort(key=lambda t: (t.itemprop.lower() != "datepublished", t.attribute, _site_clock(t.path)))
    for stamp in times:
        value = _iso(stamp.datetime)
        if value:
            return value
    return None


def _published_stamps(item: object, out: list[tuple[bool, object]]) -> None:
    """Every datePublished of a JSON-LD tree in document order, with whether its object is an article."""
    if isinstance(item, dict):
        if "datePublished" in item:
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            out.append((any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds), item["datePublished"]))
        for value in item.values():
            _published_stamps(value, out)
    elif isinstance(item, list):
        for value in item:
            _published_stamps(value, out)


def _iso(text: object) -> date | None:
    """A date written in markup: ISO ("2024-03-12T10:00"), with slashes, compact ("20240312"), or day first."""
    if not isinstance(text, str):
        return None
    folded = fold_text(text[:80])  # digits to ASCII
    if _UNIX_TIME.match(folded):
        # seconds (or milliseconds) since 1970 in UTC, read at UTC+3, where most Arab capitals' clocks stand
        seconds = int(folded.strip()[:10])
        return (datetime.fromtimestamp(seconds, UTC) + timedelta(hours=3)).date()
    m = _ISO_DATE.search(folded) or _COMPACT_DATE.match(folded)
    if m:
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    found = next((d for d in _page_dates(folded) if d.value and d.calendar == "gregorian"), None)
    return found.value if found else None


# A date in an article's address: /2024/03/12/, /2024-03-12/, /20240312/ (year, month, day, in that order).
_URL_DATE = re.compile(r"/((?:19|20)\d{2})([/\-_]?)(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)")


_URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?=/)")


def url_year(url: str | None) -> int | None:
    """The year an article's address gives as a part of its own ("/news/2025/08/slug"), if any."""
    m = _URL_YEAR.search(urlsplit(url.strip()).path) if url else None
    return int(m.group(1)) if m else None


def url_date(url: str | None) -> date | None:
    """The date in an article's address, if it has a whole one (a year and a month alone are not a day)."""
    if not url:
        return None
    path = urlsplit(url.strip()).path
    for m in _URL_DATE.finditer(path):
        if m.group(2) == "" and len(m.group(3) + m.group(4)) != 4:
            continue  # compact dates are written with two figures each: 20240312
        value = safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if value:
            return value
    return None


__all__ = [
    "DateLine",
    "Layout",
    "clean",
    "is_furniture",
    "is_paragraph",
    "lay_out",
    "page_published",
    "read_date_line",
    "url_date",
]
