"""Arabic dates: the time vocabulary and explicit calendar dates.

Explicit dates ("24 يناير 2024", "9 تشرين الأول/أكتوبر 2023", "الخميس ٤ تموز ٢٠٢٤",
"8 محرم 1445 هـ", "04/01/2024", "2024-08-06") are found on folded text, so
alef/hamza forms and Eastern Arabic digits need no special cases. Hijri dates
are converted with the Umm al-Qura calendar (hijridate).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import ahocorasick
from hijridate import Gregorian, Hijri

from rasd.errors import DataFileError
from rasd.normalise import fold_text
from rasd.resources import Located, check_text, data_path, expect_list, expect_mapping, read_sections


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """Folded spelling -> number, per word class, from data/time.yaml."""

    gregorian_months: dict[str, int]
    hijri_months: dict[str, int]
    hijri_markers: tuple[str, ...]
    solar_hijri_months: dict[str, int]
    weekdays: dict[str, int]
    published_prefixes: tuple[str, ...]
    updated_prefixes: tuple[str, ...]
    times_of_day: tuple[str, ...]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    not_future: tuple[str, ...]
    future_stems: tuple[str, ...]
    clause_openers: tuple[str, ...]
    named_after_dates: tuple[str, ...]


def _numbered(section: object, path: str, line: int, what: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    first_line: dict[str, int] = {}
    for key, words in expect_mapping(section, path, line, what).items():
        if not isinstance(key.value, int) or not low <= key.value <= high:
            raise DataFileError(path, key.line, f"{what}: key {key.value!r} must be a number from {low} to {high}")
        for word in expect_list(words, path, key.line, f"{what} {key.value}"):
            text = check_text(str(word.value), path, word.line)
            folded = fold_text(text)
            if folded in out:
                raise DataFileError(
                    path, word.line, f"{what}: {text!r} is listed twice (first on line {first_line[folded]})"
                )
            out[folded] = key.value
            first_line[folded] = word.line
    return out


def _words(section: object, path: str, line: int, what: str) -> tuple[str, ...]:
    words = [fold_text(check_text(str(w.value), path, w.line)) for w in expect_list(section, path, line, what)]
    return tuple(sorted(set(words), key=len, reverse=True))


_SECTIONS = (
    "gregorian_months",
    "hijri_months",
    "hijri_markers",
    "solar_hijri_months",
    "weekdays",
    "date_line_prefixes",
    "times_of_day",
    "numbers",
    "ordinals",
    "not_future",
    "future_stems",
    "clause_openers",
    "named_after_dates",
)


def load_time_lexicon(path: str | None = None) -> TimeLexicon:
    """Load and validate a time vocabulary file (default: the shipped data/time.yaml)."""
    file = data_path("time.yaml") if path is None else Path(path)
    name = str(file)
    sections = read_sections(file, _SECTIONS, refuse_unknown=False)

    def sec(key: str) -> tuple[int, object]:
        line, value = sections[key]
        return line, value

    prefixes = expect_mapping(sec("date_line_prefixes")[1], name, sec("date_line_prefixes")[0], "date_line_prefixes")
    prefix_lists = {k.value: _words(v, name, k.line, f"date_line_prefixes {k.value}") for k, v in prefixes.items()}
    for kind in ("published", "updated"):
        if kind not in prefix_lists:
            raise DataFileError(name, sec("date_line_prefixes")[0], f"date_line_prefixes needs {kind!r}")
    return TimeLexicon(
        gregorian_months=_numbered(sec("gregorian_months")[1], name, sec("gregorian_months")[0], "month", 1, 12),
        hijri_months=_numbered(sec("hijri_months")[1], name, sec("hijri_months")[0], "hijri month", 1, 12),
        hijri_markers=_words(sec("hijri_markers")[1], name, sec("hijri_markers")[0], "hijri_markers"),
        solar_hijri_months=_numbered(
            sec("solar_hijri_months")[1], name, sec("solar_hijri_months")[0], "solar hijri month", 1, 12
        ),
        weekdays=_numbered(sec("weekdays")[1], name, sec("weekdays")[0], "weekday", 0, 6),
        published_prefixes=prefix_lists["published"],
        updated_prefixes=prefix_lists["updated"],
        times_of_day=_words(sec("times_of_day")[1], name, sec("times_of_day")[0], "times_of_day"),
        numbers=_numbered(sec("numbers")[1], name, sec("numbers")[0], "number", 1, 1_000_000),
        ordinals=_numbered(sec("ordinals")[1], name, sec("ordinals")[0], "ordinal", 1, 31),
        not_future=_words(sec("not_future")[1], name, sec("not_future")[0], "not_future"),
        future_stems=_words(sec("future_stems")[1], name, sec("future_stems")[0], "future_stems"),
        clause_openers=_words(sec("clause_openers")[1], name, sec("clause_openers")[0], "clause_openers"),
        named_after_dates=_words(sec("named_after_dates")[1], name, sec("named_after_dates")[0], "named_after_dates"),
    )


@cache
def lexicon() -> TimeLexicon:
    """The shipped vocabulary, loaded once."""
    return load_time_lexicon()


def alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def ordinal_alternation(ordinals: object) -> str:
    """The ordinal day words as an alternation, the و of a compound one also written apart from its tens
    ("السادس و العشرين")."""
    return alternation(ordinals).replace(r"\s+و", r"\s+و\s*")


@dataclass(frozen=True, slots=True)
class ExplicitDate:
    """A calendar date written out in folded text [start, end).

    `value` is the Gregorian date when the year is given; otherwise None and
    `month`/`day` hold what was written (for resolution against an anchor).
    """

    start: int
    end: int
    value: date | None
    month: int
    day: int
    calendar: str  # "gregorian" or "hijri"


class _Patterns:
    def __init__(self, lex: TimeLexicon) -> None:
        b, e = r"(?<![\w])", r"(?![\w])"
        month = f"(?:{alternation(lex.gregorian_months)})"
        # "تشرين الأول/أكتوبر", "أكتوبر/ تشرين الأول", "(مارس) آذار", "آذار (مارس)"
        group = rf"(?P<m1>{month})(?:\s*[/\-–]\s*|\s*\(\s*|\s+)?(?:\)\s*)?(?P<m2>{month})?\)?"
        group = rf"\(?\s*{group}"
        ordinal = ordinal_alternation(lex.ordinals)
        day = rf"(?:ال\s?(?=\d))?(?P<d>\d{{1,2}}|{ordinal})"  # "الـ13 من أيار" (the tatweel folds away)
        # "يومي 7 و8 أكتوبر"، "بين 3 - 4 آذار": two days of one month, of which the first is the event's
        second_day = rf"(?:\s*(?:و|[-–])\s*(?:\d{{1,2}}|{ordinal}))?"
        # "2024م": the era letter may be glued to the year
        year = r"(?P<y>\d{4})(?:م(?![\w]))?"
        # the year may follow "عام", "سنة", "لعام", "من عام", "من العام" ("12 من شهر آب لعام 2025", "4 رجب من عام 1446")
        year_word = r"(?:(?:من\s+)?(?:ال|ل|لل)?عام\s+|(?:ال|ل|لل)?سنه\s+)"
        # "12 مارس 2024", "12-مارس-2024", "12 من مارس، 2024"
        self.gregorian = re.compile(
            rf"{b}{day}{second_day}\s*(?:[-/]\s*)?(?:من\s+)?(?:شهر\s+)?{group}"
            rf"(?:\s*[,،\-/]?\s*{year_word}?{year})?{e}"
        )
        # "مارس 12، 2024" (month first, as some publishing systems print it): the comma is required, so
        # "مارس 12 2024" in a sentence is not read as one date
        self.month_first = re.compile(rf"{b}(?P<m1>{month})\s+(?P<d>\d{{1,2}})\s*[,،]\s*{year}{e}")
        hmonth = f"(?P<m1>{alternation(lex.hijri_months)})"
        marker = alternation(lex.hijri_markers)
        self.hijri = re.compile(
            rf"{b}{day}\s*(?:من\s+)?(?:شهر\s+)?{hmonth}(?:\s+{year_word}?{year})?(?:\s*(?:{marker}){e})?{e}"
        )
        self.dmy = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-]\d)")
        self.ymd = re.compile(r"(?<![\d/.\-])(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?![\d/.\-]\d)")
        # "3 - 12 - 2024", "2024 / 12 / 03": a page's date line with spaces round its separators (pages only:
        # in a sentence three spaced numbers are more often a score or a range than a date)
        sep = r"\s*([/.\-–])\s*"
        chain = r"(?!\s*[/.\-–]\s*\d{1,4}(?![:\dh]))"  # a fourth number follows (a clock time may)
        self.dmy_spaced = re.compile(rf"(?<![\d/.\-–])(\d{{1,2}}){sep}(\d{{1,2}})\s*\2\s*(\d{{4}}){chain}")
        self.ymd_spaced = re.compile(rf"(?<![\d/.\-–])(\d{{4}}){sep}(\d{{1,2}})\s*\2\s*(\d{{1,2}})(?!\d){chain}")
        self.months = lex.gregorian_months
        self.hmonths = lex.hijri_months
        self.ordinals = lex.ordinals
        # every Gregorian or Hijri date holds its month's first word: text without one is not searched
        self.month_words = _first_words(lex.gregorian_months)
        self.hijri_month_words = _first_words(lex.hijri_months)


def _first_words(words: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word.split()[0], True)
    automaton.make_automaton()
    return automaton


def _holds(words: ahocorasick.Automaton, text: str) -> bool:
    return next(words.iter(text), None) is not None


_NUMERIC_CUE = re.compile(r"\d[/.\-]\d")  # in every 04/01/2024 and 2024-01-04
_SPACED_CUE = re.compile(r"\d\s*[/.\-–]\s*\d")  # in every spaced one too


@cache
def _patterns() -> _Patterns:
    return _Patterns(lexicon())


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day is not in that month ("31 February")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura conversion; None when the date is outside the calendar's table."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


# The Solar Hijri years at which the leap-year cycle shifts (Borkowski's arithmetic, as the jalaali
# libraries implement it): the Iranian calendar's 1 Farvardin follows from them for years 1 to 3177.
_SOLAR_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


def _nowruz(year: int) -> date | None:
    """The Gregorian day of 1 Farvardin of Solar Hijri `year`; None outside years 1 to 3177."""
    if not 1 <= year < _SOLAR_BREAKS[-1]:
        return None
    leaps = -14  # leap years counted since the cycle's origin
    start = _SOLAR_BREAKS[0]
    jump = 0
    for end in _SOLAR_BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        start = end
    n = year - start
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    gregorian_year = year + 621
    gregorian_leaps = gregorian_year // 4 - (gregorian_year // 100 + 1) * 3 // 4 - 150
    return date(gregorian_year, 3, 20 + leaps - gregorian_leaps)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri (Iranian) date; None when there is no such day ("31 مهر": the
    first six months have 31 days, the next five 30, Esfand 29 or 30)."""
    first = _nowruz(year)
    following = _nowruz(year + 1)
    if first is None or following is None or not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    value = first + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)
    return value if value < following else None


def hijri_year_of(day: date) -> int | None:
    """The Umm al-Qura year `day` falls in; None outside the calendar's table."""
    try:
        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (ValueError, OverflowError):
        return None


def find_explicit_dates(
    folded: str, numeric: bool = True, hijri: bool = True, gregorian: bool = True, spaced: bool = False
) -> list[ExplicitDate]:
    """Every explicit calendar date in folded text, left to right, non-overlapping.

    A caller that knows the text holds no date of a kind (`numeric` 04/01/2024 and 2024-01-04, `hijri`,
    `gregorian` with a month name) may leave that search out; the result is the same. `spaced` also reads
    numeric dates with spaces round their separators ("3 - 12 - 2024"), as page date lines print them.
    """
    p = _patterns()
    spaced = spaced and numeric and _SPACED_CUE.search(folded) is not None
    numeric = numeric and _NUMERIC_CUE.search(folded) is not None
    hijri = hijri and _holds(p.hijri_month_words, folded)
    gregorian = gregorian and _holds(p.month_words, folded)
    found: list[ExplicitDate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    ymd = [*(p.ymd.finditer(folded) if numeric else ()), *(p.ymd_spaced.finditer(folded) if spaced else ())]
    for m in ymd:
        if not free(m.start(), m.end()):
            continue
        numeric_date = _numeric(int(m.group(1)), int(m.group(3)), int(m.group(4)), m.start(), m.end())
        if numeric_date:
            found.append(numeric_date)
            taken.append((m.start(), m.end()))
    dmy = [*(p.dmy.finditer(folded) if numeric else ()), *(p.dmy_spaced.finditer(folded) if spaced else ())]
    for m in dmy:
        if not free(m.start(), m.end()):
            continue
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        # The Arab press writes day/month/year; month/day only when the first cannot be a month.
        day, month = (second, first) if second > 12 >= first else (first, second)
        numeric_date = _numeric(year, month, day, m.start(), m.end())
        if numeric_date:
            found.append(numeric_date)
            taken.append((m.start(), m.end()))
    for m in p.hijri.finditer(folded) if hijri else ():
        if not free(m.start(), m.end()):
            continue
        day = day_number(m.group("d"))
        month = p.hmonths[_key(m.group("m1"))]
        value = hijri_to_gregorian(int(m.group("y")), month, day) if m.group("y") else None
        if day and (value or not m.group("y")):
            found.append(ExplicitDate(m.start(), m.end(), value, month, day, "hijri"))
            taken.append((m.start(), m.end()))
    for m in p.gregorian.finditer(folded) if gregorian else ():
        if not free(m.start(), m.end()):
            continue
        day = day_number(m.group("d"))
        month = p.months[_key(m.group("m1"))]
        if m.group("m2") and p.months[_key(m.group("m2"))] != month:
            continue  # "مارس/أبريل" names two months: not one date
        value = safe_date(int(m.group("y")), month, day) if m.group("y") else None
        if day and 1 <= day <= 31 and (value or not m.group("y")):
            found.append(ExplicitDate(m.start(), m.end(), value, month, day, "gregorian"))
            taken.append((m.start(), m.end()))
    for m in p.month_first.finditer(folded) if gregorian else ():
        if not free(m.start(), m.end()):
            continue
        month, day = p.months[_key(m.group("m1"))], int(m.group("d"))
        value = safe_date(int(m.group("y")), month, day)
        if value:
            found.append(ExplicitDate(m.start(), m.end(), value, month, day, "gregorian"))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


# Numeric dates with a year in this range are Hijri ("1445/09/02 هـ"): no news page writes a Gregorian
# year of the 14th or 15th century in figures.
_HIJRI_YEARS = range(1300, 1501)


def _numeric(year: int, month: int, day: int, start: int, end: int) -> ExplicitDate | None:
    """A numeric date: Gregorian, or Hijri (converted) when the year is a Hijri one."""
    if year in _HIJRI_YEARS:
        value = hijri_to_gregorian(year, month, day) if 1 <= month <= 12 and 1 <= day <= 30 else None
        return ExplicitDate(start, end, value, month, day, "hijri") if value else None
    value = safe_date(year, month, day)
    return ExplicitDate(start, end, value, month, day, "gregorian") if value else None


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def day_number(text: str) -> int:
    """A day of the month written as digits or as an ordinal word ("5", "الخامس"); 0 for neither."""
    if text.isdigit():
        return int(text)
    return _patterns().ordinals.get(_key(re.sub(r"\s+و\s*", " و", text)), 0)


def explicit_date_pattern_sources() -> tuple[str, ...]:
    """The regular expressions `find_explicit_dates` uses, as text (for callers that read their words)."""
    p = _patterns()
    return (
        p.gregorian.pattern,
        p.hijri.pattern,
        p.dmy.pattern,
        p.ymd.pattern,
        p.dmy_spaced.pattern,
        p.ymd_spaced.pattern,
        p.month_first.pattern,
    )


def weekday_pattern() -> re.Pattern[str]:
    """Weekday names (folded), as whole words."""
    return _weekday_re()


@cache
def _weekday_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:يوم\s+)?(?:{alternation(lexicon().weekdays)})(?![\w])")


__all__ = [
    "ExplicitDate",
    "Located",
    "TimeLexicon",
    "day_number",
    "explicit_date_pattern_sources",
    "find_explicit_dates",
    "hijri_to_gregorian",
    "lexicon",
    "load_time_lexicon",
    "safe_date",
    "weekday_pattern",
]
