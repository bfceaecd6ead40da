"""Temporal expressions: found in Arabic text and resolved against an explicit anchor.

The anchor is the publication date (never the date of the run). Conventions
(docs/time.md): a bare weekday is the most recent such day on or before the
anchor, "الماضي" strictly before, "المقبل" strictly after, and in a clearly
future sentence the next one on or after; a month alone is its 15th (month
precision); a week is its Wednesday (week precision); a year is 1 July (year
precision); "اليوم التالي" is the day after the last date named in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import ahocorasick

from rasd.document import Document
from rasd.normalise import fold, fold_text
from rasd.segment import sentence_ranges
from rasd.time import (
    ExplicitDate,
    alternation,
    day_number,
    find_explicit_dates,
    hijri_to_gregorian,
    hijri_year_of,
    lexicon,
    ordinal_alternation,
    safe_date,
)

Precision = str  # "day" | "week" | "month" | "year"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression at [start, end) of the text it was found in, and its resolved value."""

    start: int
    end: int
    value: date
    precision: Precision


_W = r"(?<![\w])"
_E = r"(?![\w])"
_BEFORE_WORDS = ("الماضي", "الماضيه", "الفايت", "الفايته", "المنصرم", "المنصرمه", "السابق")
_AFTER_WORDS = ("المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين")  # "يومي الأربعاء والخميس المقبلين"
_CURRENT_WORDS = ("الجاري", "الجاريه", "الحالي", "الحاليه")
_BEFORE = f"(?:{'|'.join(_BEFORE_WORDS)})"
_AFTER = f"(?:{'|'.join(_AFTER_WORDS)})"
_CURRENT = f"(?:{'|'.join(_CURRENT_WORDS)})"
# "الخميس قبل الماضي"، "الأسبوع بعد المقبل": one more step the same way (the Thursday before last)
_TWICE = rf"(?:(?P<twice>قبل(?=\s+{_BEFORE})|بعد(?=\s+{_AFTER}))\s+)?"
_PART_WORDS = ("مطلع", "اوايل", "بدايه", "بدايات", "منتصف", "اواسط", "اواخر", "نهايه", "اخر")
_PART_OF_MONTH = f"(?:{'|'.join(_PART_WORDS)})"
_EARLY_PARTS = frozenset(("مطلع", "اوايل", "بدايه", "بدايات"))
_MIDDLE_PARTS = frozenset(("منتصف", "اواسط"))
# between a weekday and the date that names it: "الخميس 27 آذار"، "الأحد، الموافق 5 أيار"، "السبت (5 نيسان)"
_BEFORE_DATE = re.compile(r"\s*[،,(]?\s*(?:الموافق\s+)?")
# "حتى 15 حزيران"، "بحلول 30 حزيران": a deadline or an end, most often close to the day it is written
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:حتي|لغايه|غايه|بحلول|اقصاه|قبل|موعد)\s*$")
# "من الأحد إلى الخميس": a range of days
_RANGE_GAP = re.compile(r"\s+(?:الي|حتي|لغايه|ولغايه)\s+")
_RANGE_FROM = re.compile(r"(?<!\w)(?:من|بين)\s*$")
# Months whose names are also common words ("أب" father, "مارس" practised): need a cue to count.
_AMBIGUOUS_MONTHS = frozenset({"اب", "مارس", "ماي"})
# August is written آب (or bare اب), never with hamza below: "في إب" is Yemen's city and governorate (art42)
_IBB = "إب"
_TRAILING_MARK = re.compile("[\u064b-\u065f\u0670\u0640]")
_BARE_SAFAR = re.compile(r"(?<!من)(?<!شهر)\s+صفر(?!\w)")
# ... and the preacher of it ("إمام الجمعة"، "خطيب الجمعة"; h15a)
_PRAYER = re.compile(r"(?:خطبه|صلاه|خطب|خطيب|امام)\s+$")
# A present verb of a scheduled act ("يلتقي الوزير نظيره الأحد"، "تزور ... الخميس"، "وتعقد الحكومة جلستها السبت"):
# with no past marker in the sentence, a bare weekday is the next such day (the anchor, if it is that day).
_SCHEDULED = re.compile(
    r"(?<!\w)[وف]?(?:[يت](?:لتقي|جتمع|زور|صل|توجه|عقد|ستقبل|بدا|نطلق|فتتح|شارك|تراس|ستانف|غادر|ستضيف|حتضن)"
    r"|[يت](?:لتقيان|جتمعان|زوران|عقدان)|ي(?:لتقون|جتمعون|زورون|صلون|توجهون|شاركون|عقدون))(?!\w)"
)
# Past markers: the sentence tells what happened ("أمس"، "الماضي"، "كان"، "قد" + verb), so the weekday is behind.
_PAST = re.compile(r"(?<!\w)(?:[وف]?(?:امس|كان|كانت|كانوا)|الماضي|الماضيه|الفايت|الفايته|قد\s+[^يتن\s]\w+)(?!\w)")
_SINCE = re.compile(r"(?<!\w)منذ\s+(?:يوم\s+)?$")
# A call, announcement or plan of an act still to come ("دعت النقابة إلى إضراب"، "أعلنت تنظيم وقفة"، "قرر تنفيذ"):
# a yearless date after its weekday in such a sentence is the day ahead on which that weekday falls.
_CALL = re.compile(
    r"(?<!\w)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|اعلن|اعلنت|اعلنوا|قرر|قررت|قرروا|عزم\w*|اعتزام\w*|يعتزم|تعتزم)(?!\w)"
)
_CALLED_TO = re.compile(r"(?<!\w)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|يدعون)(?!\w)[^.،؛]*?(?<!\w)الي(?!\w)")
# "اليوم نفسه"، "اليوم ذاته" is the same day as one told before (next_day reads it), not today
_NOT_TODAY = r"(?!\s+(?:العالمي|الوطني|الدولي|التالي|الاول|الثاني|الثالث|الاخير|السابق|الموعود|نفسه|ذاته))"
# "قبل نحو أسبوعين"، "منذ حوالي ثلاثة أيام": an approximate count is still that many units back
_ABOUT = r"(?:(?:نحو|حوالي|قرابه|زهاء)\s+)?"
_PERIOD_UNITS = ("الاسبوع", "الشهر", "العام", "السنه")
_AGO_UNITS = (
    *("يومين", "ايام", "يوما", "يوم", "اسبوعين", "اسابيع", "اسبوعا", "اسبوع"),
    *("شهرين", "اشهر", "شهور", "شهرا", "شهر", "عامين", "اعوام", "عاما", "عام", "سنتين", "سنوات", "سنين", "سنه"),
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    relative_day: re.Pattern[str]
    weekday: re.Pattern[str]
    weekday_before_date: re.Pattern[str]
    night_end: re.Pattern[str]
    period: re.Pattern[str]
    day_of_month: re.Pattern[str]
    ago: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    next_day: re.Pattern[str]
    ahead: re.Pattern[str]
    came_after: re.Pattern[str]
    future: re.Pattern[str]
    clause_break: re.Pattern[str]
    paired_weekday: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    lex = lexicon()
    tod = f"(?:{alternation(lex.times_of_day)})"
    wd = f"(?P<wd>{alternation(lex.weekdays)})"
    month = f"(?:{alternation(lex.gregorian_months)})"
    numbers = alternation(lex.numbers)
    # "نحو ثلاثة أيام"، "شهرين": a count (perhaps about) of days, weeks, months or years, for ago, ahead and came_after
    units = "|".join(_AGO_UNITS)
    counted = rf"{_ABOUT}(?:(?P<n>\d{{1,3}}|{numbers})\s+)?(?P<unit>{units}){_E}"
    return _Patterns(
        relative_day=re.compile(
            rf"{_W}(?:{tod}\s+)?(?:يوم\s+)?(?P<word>اليوم{_NOT_TODAY}|امس\s+الاول|اول\s+(?:من\s+)?امس|امس|غدا|بعد\s+غد"
            # probe74: the genitive "غدٍ" after يوم, من or a time of day ("اعتباراً من غد السبت"، "يوم غد")
            rf"|(?<=يوم\s)غد|(?<=من\s)غد|(?<=صباح\s)غد|(?<=مساء\s)غد|(?<=ظهر\s)غد|(?<=فجر\s)غد|(?<=ليل\s)غد"
            rf"|الليله\s+قبل\s+الماضيه|الليله\s+الماضيه|ليله\s+امس)(?:\s+{wd})?{_E}"
        ),
        weekday=re.compile(
            rf"{_W}(?:(?P<tod>{tod})\s+)?(?:يوم\s+)?{wd}(?:\s+{_TWICE}(?P<dir>{_BEFORE}|{_AFTER}))?{_E}"
        ),
        weekday_before_date=re.compile(rf"{_W}{wd}\s*[،,(]?\s*(?:الموافق\s+)?$"),
        # art30: "يومي الاثنين والثلاثاء المقبلين": the second of two weekdays joined by و carries the pair's direction
        paired_weekday=re.compile(
            rf"\s+و\s*(?:{alternation(lex.weekdays)})\s+(?P<pdir>{_AFTER}|{_BEFORE}|الماضيين|المنصرمين|السابقين){_E}"
        ),
        # the second day of a night named by two ("ليل الأحد الاثنين"، "ليلة السبت-الأحد"، "ليل الجمعة إلى السبت")
        night_end=re.compile(rf"(?:\s*[-–/]\s*|\s+(?:(?:الي|علي)\s+)?){wd}{_E}"),
        # "في الخامس من الشهر الماضي": a day of the month named by its place
        period=re.compile(
            rf"{_W}(?:(?:ال\s*)?(?P<day>\d{{1,2}}|{ordinal_alternation(lex.ordinals)})"
            # "يومي 25 و26 من الشهر الجاري": two days, of which the first is the event's
            rf"(?:\s+و\s*(?:ال\s*)?(?:\d{{1,2}}|{ordinal_alternation(lex.ordinals)}))?\s+من\s+(?=(?:هذا\s+)?الشهر))?"
            rf"(?:(?P<part>{_PART_OF_MONTH})\s+)?(?:(?P<this>هذا|هذه)\s+)?(?P<unit>{'|'.join(_PERIOD_UNITS)})"
            rf"(?:\s+{_TWICE}(?P<dir>{_BEFORE}|{_AFTER}|{_CURRENT}))?{_E}"
        ),
        # "يوم 3 الجاري"، "في 28 الماضي"، "الخامس من الجاري": a day of this (last, next) month, the month unsaid
        day_of_month=re.compile(
            rf"{_W}(?:(?:ال\s*)?(?P<day>\d{{1,2}})\s+(?:من\s+)?|(?P<oday>{ordinal_alternation(lex.ordinals)})\s+من\s+)"
            rf"(?P<dir>الجاري|الحالي|الماضي|الفايت|المنصرم|المقبل|القادم){_E}"
        ),
        ago=re.compile(
            rf"{_W}(?:قبل|منذ)\s+{counted}"
            rf"(?!\s+(?:\d|{alternation(lex.weekdays)}|امس))"  # "منذ يوم الخميس" is since Thursday, not a day ago
        ),
        month=re.compile(
            rf"{_W}(?:(?P<part>{_PART_OF_MONTH})\s+)?(?:شهر\s+)?\(?\s*(?P<m1>{month})\s*\)?"
            rf"(?:\s*[/\-–]\s*|\s*\(\s*|\s+)?(?P<m2>{month})?\)?"
            rf"(?:\s*[,،]?\s*(?:عام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d))?(?:\s+(?P<dir>{_BEFORE}|{_AFTER}|{_CURRENT}))?{_E}"
        ),
        # a season with its year ("في صيف 2023"، "شتاء عام 2022") is known to the year only; a span of two years
        # ("بين عامي 2008 و2014") is dated by its first, which is enough to tell history from news
        # ... and so is a year right after a part of it with no عام ("أواخر 2020"، "مطلع 2023"; rs36: not after اخر,
        # "آخر 2000 جندي" counts)
        year=re.compile(
            rf"{_W}(?:(?:(?P<part>{_PART_OF_MONTH})\s+)?(?:(?:صيف|شتاء|ربيع|خريف)\s+(?:عام\s+)?|(?:عام|عامي|سنه|العام)\s+)"
            rf"|(?:مطلع|اوايل|بدايه|بدايات|منتصف|اواسط|اواخر|نهايه)\s+)(?P<y>(?:19|20)\d\d){_E}"
        ),
        # "اليوم التالي للحرب" is "the day after the war", a political term, not a date
        # (behind و or ف as well: "وفي اليوم التالي"، "وبعد يومين من ذلك")
        next_day=re.compile(
            rf"(?:{_W}|(?<=(?<!\w)[وف]))(?:اليوم\s+التالي(?!\s+لل)|بعد\s+(?P<n>يومين|يوم)\s+من\s+ذلك"
            # "أعلنت القيادة، السبت، أن طائراتها قصفت فجر اليوم ذاته": the same day as the one told before
            rf"|(?P<same>اليوم\s+(?:نفسه|ذاته)|(?:ذات|نفس)\s+اليوم)){_E}"
        ),
        # "سـ + verb" marks the future; the letters excluded after سي/ست/سن keep out nouns such as
        # سيارة، سيطرة، سيناء، ستة، ستين، ستون، ستمئة، سنوات، سنة، سندات and names such as سنتكوم، سنجار, and
        # سيول (floods, Seoul) is a noun; a verb whose stem starts with an excluded letter is listed (time.yaml
        # future_stems: "سيطلق"، "ستواصل"، "ستمنح"، "سنرسل"). Every cue may stand behind the conjunction و or ف
        # ("وستجري"، "فسوف"، "ومن المقرر"). Place names spelt like such a verb (time.yaml not_future: سيستان،
        # سيئون) are no cue.
        # "خلال أسبوعين"، "في غضون ثلاثة أيام"، "بعد شهرين" in a plan: that many units after the anchor (not "بعد
        # يومين من الهجوم", counted from an event)
        ahead=re.compile(rf"{_W}(?:خلال|في\s+غضون|غضون|بعد)\s+{counted}(?!\s+(?:من|علي|الي)\b)"),
        # "وتأتي الجولة بعد نحو شهرين من زيارة أجراها": what the story's event came that long after was that long
        # before the anchor
        came_after=re.compile(
            rf"^\W*[وف]?(?:تاتي|ياتي|جاء|جاءت)(?!\w)[^.،,؛]*?(?P<span>{_W}بعد\s+{counted})(?=\s+من\s)"
        ),
        future=re.compile(
            rf"{_W}[وف]?(?!(?:{alternation(lex.not_future)}){_E})"
            rf"(?:من\s+المقرر|من\s+المنتظر|من\s+المتوقع|سوف|يعتزم|تعتزم|يستعد|تستعد|المرتقب|المرتقبه"
            rf"|يرتقب|ينتظر\s+ان|تنتظر\s+ان|يتوقع\s+ان|س(?:ي(?![اطدنرلمه]|ول{_E})|ت(?![اهويم])|ن(?![اتويجدغه]))\w{{2,}}"
            rf"|س[يتن](?:{alternation(lex.future_stems)})\w*){_E}"
        ),
        # what closes a clause: punctuation, "فيما"، "بينما", or a verb of saying behind و/ف ("وأكد الجيش أنه ...")
        clause_break=re.compile(rf"[،,؛;:.]|{_W}(?:فيما|بينما){_E}|{_W}[وف](?:{alternation(lex.clause_openers)}){_E}"),
    )


def _scheduled(folded: str, start: int) -> bool:
    """Whether a bare weekday at `start` is ahead: a present verb of a scheduled act in the sentence, or a call to an
    act that the weekday follows ("دعت الجبهة أنصارها إلى التجمع يوم الجمعة"; "دعت الجبهة، الجمعة، إلى" is the
    call's day), no past marker, and no "منذ" right before it."""
    ahead = _SCHEDULED.search(folded) or _CALLED_TO.search(folded, 0, start)
    past_lead = _PAST_LEAD.match(folded) is not None and (ahead is None or ahead.start() > start)
    return bool(ahead and not _PAST.search(folded) and not past_lead and not _SINCE.search(folded, 0, start))


# "وصل الوزير إلى القاهرة، مساء الأحد، في زيارة يلتقي خلالها نظيره": a sentence led by a past verb of meeting or
# travel tells what was done on the weekday before the present verb that adds what is to come (probe58)
_PAST_LEAD = re.compile(
    r"^\W*[وف]?(?:وصل|وصلت|التقي|التقت|استقبل|استقبلت|عقد|عقدت|اجتمع|اجتمعت|زار|زارت|غادر|غادرت|بحث|بحثت)(?!\w)"
)


def _part_start(anchor: date, unit: str, part: str) -> date:
    """The first day of the early, middle or late part ("مطلع"، "منتصف"، "نهاية") of the anchor's week, month or
    year."""
    third = 0 if part in _EARLY_PARTS else 1 if part in _MIDDLE_PARTS else 2
    if unit == "الاسبوع":
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=(0, 2, 4)[third])
    if unit == "الشهر":
        return anchor.replace(day=(1, 11, 21)[third])
    return date(anchor.year, (1, 5, 9)[third], 1)


def _weekday_from(anchor: date, weekday: int, mode: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    if mode == "on_or_before":
        return anchor - timedelta(days=back)
    if mode == "before":
        return anchor - timedelta(days=back or 7)
    ahead = (weekday - anchor.weekday()) % 7
    return anchor + timedelta(days=ahead if mode == "on_or_after" else (ahead or 7))


def _wednesday(day: date) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=2)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 15)


def _direction(word: str | None, future: bool) -> str:
    if word in _BEFORE_WORDS:
        return "before"
    if word in _AFTER_WORDS:
        return "after"
    if word in _CURRENT_WORDS:
        return "current"
    return "on_or_after" if future else "on_or_before"


def _month_day(anchor: date, month: int, day: int, mode: str) -> date | None:
    for year in (
        (anchor.year - 1, anchor.year, anchor.year + 1)
        if mode in ("after", "on_or_after")
        else (anchor.year + 1, anchor.year, anchor.year - 1)
    ):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (mode == "on_or_before" and candidate <= anchor) or (mode == "before" and candidate < anchor):
            return candidate
        if (mode == "on_or_after" and candidate >= anchor) or (mode == "after" and candidate > anchor):
            return candidate
    return None


def _month_only(anchor: date, month: int, mode: str) -> date:
    this = (anchor.year, anchor.month)
    year = anchor.year
    if mode in ("on_or_before", "current"):
        year = anchor.year if (anchor.year, month) <= this else anchor.year - 1
    elif mode == "before":
        year = anchor.year if (anchor.year, month) < this else anchor.year - 1
    elif mode == "on_or_after":
        year = anchor.year if (anchor.year, month) >= this else anchor.year + 1
    elif mode == "after":
        year = anchor.year if (anchor.year, month) > this else anchor.year + 1
    return date(year, month, 15)


# What a sentence may hold, from the words of its expressions (see _cue_words): one bit each.
_NUMERIC, _DIGIT, _ORDINAL, _MONTH, _HIJRI_MONTH, _RELATIVE, _WEEKDAY, _UNIT, _THIS_OR_WAY, _AGO, _AGO_UNIT, _NEXT = (
    1 << i for i in range(12)
)
_AHEAD = 1 << 12
_EVERY = (1 << 13) - 1
_TAIL = re.compile(rf"\s+({_BEFORE}|{_AFTER}|{_CURRENT}){_E}")
_SPACE_RUN = re.compile(r"\s+")
_MONTH_CUE_BEFORE = re.compile(r"(?:في|منذ|خلال|حتي|شهر)\s*$")
_RELATIVE_DAYS = {
    "اليوم": 0,
    "امس": -1,
    "امس الاول": -2,
    "اول امس": -2,
    "اول من امس": -2,
    "غدا": 1,
    "غد": 1,
    "بعد غد": 2,
    "الليله الماضيه": -1,
    "الليله قبل الماضيه": -2,
    "ليله امس": -1,
}


def tag(text: str, anchor: date) -> list[TimeExpression]:
    """Temporal expressions in one sentence of `text`, resolved against `anchor`, left to right."""
    folding = fold(text)
    return _tag(text, folding.text, folding.source_range, anchor, _EVERY)


_DAY_BEFORE = re.compile(r"(?<![\w])[\d٠-٩]{1,2} +$")


def _named_after(folded: str, start: int) -> bool:
    """Whether the word right before `start` heads a movement or an uprising named after a day."""
    before = folded[max(0, start - 12) : start].split()
    if not before or folded[start - 1 : start] != " ":
        return False
    word = before[-1]
    word = word[1:] if word[:1] in ("و", "ب", "ل") and word[1:] in lexicon().named_after_dates else word
    word = word[2:] if word.startswith("ال") else word
    return word in lexicon().named_after_dates


def _tag(
    text: str, folded: str, to_text: Callable[[int, int], tuple[int, int]], anchor: date, holds: int
) -> list[TimeExpression]:
    """`tag` of `text` folded as `folded` (`to_text` maps a folded range back), leaving out the patterns
    whose cue bit is not in `holds`: they would find nothing."""
    p = _patterns()
    lex = lexicon()
    future_cues: list[list[tuple[int, int]]] = []  # looked for once, when a direction is first needed

    def future(start: int, end: int) -> bool:
        """Whether a future cue governs the expression at [start, end): one before it, or one after it in the
        same clause ("قُتل ... في 12 آذار، فيما ستبدأ المحاكمة ...": the later clause's future is not the date's)."""
        if not future_cues:
            future_cues.append([(m.start(), m.end()) for m in p.future.finditer(folded)])
        return any(a < start or not p.clause_break.search(folded, end, a) for a, _ in future_cues[0])

    found: list[tuple[int, int, date, str]] = []
    digit = bool(holds & _DIGIT)
    for d in find_explicit_dates(
        folded,
        numeric=bool(holds & _NUMERIC),
        hijri=bool(holds & _ORDINAL or (digit and holds & _HIJRI_MONTH)),
        gregorian=bool(holds & _ORDINAL or (digit and holds & _MONTH)),
    ):
        end = d.end
        direction = None
        tail = _TAIL.match(folded, end)
        if tail and not d.value:
            direction = tail.group(1)
            end = tail.end()
        if not d.value and d.calendar == "hijri" and _BARE_SAFAR.search(folded, d.start, d.end):
            continue  # "2 صفر" is a score or a count as often as a day: only "2 من صفر"، "2 شهر صفر" is one
        if not d.value and direction is None and _named_after(folded, d.start):
            continue  # "حركة 6 أبريل": a movement named after its day
        value = d.value or _resolve_partial(d, anchor, _direction(direction, future(d.start, end)))
        if value and not d.value and direction is None and _DEADLINE_BEFORE.search(folded, 0, d.start):
            # "أمهلت الحكومة المحتجين حتى 15 حزيران": the deadline nearest the day it is written, ahead or past
            other = _resolve_partial(d, anchor, "on_or_before" if value > anchor else "on_or_after")
            if other is not None and abs((other - anchor).days) < abs((value - anchor).days):
                value = other
        yearless = not d.value and direction is None and d.calendar == "gregorian"
        if value and yearless and _CALL.search(folded, 0, d.start):
            value = _called_day(folded, d.start, value, anchor)
        if value:
            found.append((d.start, end, value, "day"))
    explicit_starts = {start for start, *_ in found}
    for m in p.relative_day.finditer(folded) if holds & _RELATIVE else ():
        base = _RELATIVE_DAYS[_SPACE_RUN.sub(" ", m.group("word"))]
        value = anchor + timedelta(days=base)
        if m.group("wd"):
            weekday = lex.weekdays[m.group("wd")]
            mode = {0: "on_or_before", 1: "after"}.get(base, "before")
            if base >= 1:
                mode = "after"
            # "مساء أمس الأحد" in a story dated Sunday (written just after midnight, or dated in another time
            # zone): the named day a day off the relative one, not a week back; never past the anchor for a
            # past day ("اليوم الأحد" dated Saturday stays behind: a day ahead would make a told event a plan)
            shifts = [timedelta(days=d) for d in (0, -1, 1)]
            near = [value + d for d in shifts if (value + d).weekday() == weekday and (base > 0 or value + d <= anchor)]
            if near:
                value = near[0]
            else:
                value = _weekday_from(anchor, weekday, mode) if base != 0 or weekday != anchor.weekday() else anchor
        found.append((m.start(), m.end(), value, "day"))
    night_end = -1
    for m in p.weekday.finditer(folded) if holds & _WEEKDAY else ():
        if m.start() < night_end:
            continue  # the second day of a night named by two
        if _PRAYER.search(folded, 0, m.start()) and not m.group("dir"):
            continue  # "خطبة الجمعة", "صلاة الجمعة": the Friday prayer, not a day ("صلاة الجمعة المقبلة" is one)
        if not m.group("dir") and (gap := _BEFORE_DATE.match(folded, m.end())) and gap.end() in explicit_starts:
            continue  # "الخميس 27 آذار"، "الأحد الموافق 5 أيار": the date that follows names the day
        weekday = lex.weekdays[m.group("wd")]
        paired = None if m.group("dir") else p.paired_weekday.match(folded, m.end())
        if paired is not None:
            ahead = paired.group("pdir") in _AFTER_WORDS
            mode = "after" if ahead else "before"
        else:
            mode = _direction(m.group("dir"), future(m.start(), m.end()))
        mode = {"current": "on_or_before"}.get(mode, mode)
        if mode == "on_or_before" and not m.group("dir") and _scheduled(folded, m.start()):
            mode = "on_or_after"
        end = m.end()
        if not m.group("dir") and (m.group("tod") or "").endswith(("ليل", "ليله")):
            # "ليل الأحد الاثنين" is the night that begins on Sunday, as "ليل الأحد" is
            second = p.night_end.match(folded, end)
            if second is not None and (lex.weekdays[second.group("wd")] - weekday) % 7 == 1:
                end = night_end = second.end()
        value = _weekday_from(anchor, weekday, mode)
        if m.group("twice"):
            value += timedelta(weeks=-1 if mode == "before" else 1)
        found.append((m.start(), end, value, "day"))
    for m in p.period.finditer(folded) if holds & _UNIT and holds & _THIS_OR_WAY else ():
        direction = m.group("dir")
        if not direction and not m.group("this") and not m.group("part"):
            continue  # "العام" alone is an adjective or a noun, not a date; "نهاية الشهر" is this month's end
        step = {"before": -1, "after": 1}.get(_direction(direction, False), 0) * (2 if m.group("twice") else 1)
        unit = m.group("unit")
        if (
            m.group("part")
            and not direction
            and not m.group("this")
            and not future(m.start(), m.end())
            and not _SCHEDULED.search(folded)
            and not _DEADLINE_BEFORE.search(folded, 0, m.start())
            and _part_start(anchor, unit, m.group("part")) > anchor
        ):
            step = -1  # "أحبطت الشرطة في نهاية الأسبوع ..." told on a Monday: the week's end still ahead is not it
        if unit == "الاسبوع":
            found.append((m.start(), m.end(), _wednesday(anchor + timedelta(weeks=step)), "week"))
        elif unit == "الشهر":
            shifted = _shift_months(anchor, step)
            day = day_number(m.group("day")) if m.group("day") else 0
            if day and (on_day := safe_date(shifted.year, shifted.month, day)) is not None:
                found.append((m.start(), m.end(), on_day, "day"))
            else:
                found.append((m.start("unit") if m.group("day") else m.start(), m.end(), shifted, "month"))
        elif m.group("part") in _EARLY_PARTS and not _SINCE.search(folded, 0, m.start()):
            # "مطلع العام المقبل": the year's first month, as a month (probe58; "نهاية العام" stays the year, as s12
            # codes a plan for its end, and "منذ مطلع العام" is a span, no date)
            found.append((m.start(), m.end(), date(anchor.year + step, 1, 15), "month"))
        else:
            found.append((m.start(), m.end(), date(anchor.year + step, 7, 1), "year"))
    for m in p.day_of_month.finditer(folded) if holds & _THIS_OR_WAY and holds & (_DIGIT | _ORDINAL) else ():
        step = {"before": -1, "after": 1}.get(_direction(m.group("dir"), False), 0)
        shifted = _shift_months(anchor, step)
        day = int(m.group("day")) if m.group("day") else day_number(m.group("oday"))
        if day and (on_day := safe_date(shifted.year, shifted.month, day)) is not None:
            found.append((m.start(), m.end(), on_day, "day"))
    for m in p.ago.finditer(folded) if holds & _AGO and holds & _AGO_UNIT else ():
        unit = m.group("unit")
        n = _count(m.group("n"), unit, lex.numbers)
        if n is None:
            continue
        found.append((m.start(), m.end(), *_units_before(anchor, n, unit)))
    for m in p.ahead.finditer(folded) if holds & _AHEAD and holds & _AGO_UNIT else ():
        # (gap8) only in a plan: "قُتل خلال أسبوعين من المعارك" is a span, no date
        unit = m.group("unit")
        n = _count(m.group("n"), unit, lex.numbers)
        if n is None or not future(m.start(), m.end()):
            continue
        within = not m.group().lstrip().startswith("بعد")
        kind = _unit_kind(unit)
        if kind == "day":
            # ("خلال يومين" is a stretch ahead, told to the week; "بعد يومين" a day)
            found.append((m.start(), m.end(), anchor + timedelta(days=n), "week" if within and n > 1 else "day"))
        elif kind == "week":
            found.append((m.start(), m.end(), anchor + timedelta(weeks=n), "week"))
        elif kind == "month":
            found.append((m.start(), m.end(), _shift_months(anchor, n), "month"))
        else:
            found.append((m.start(), m.end(), date(anchor.year + n, 7, 1), "year"))
    for m in p.came_after.finditer(folded) if holds & _AHEAD and holds & _AGO_UNIT else ():
        unit = m.group("unit")
        n = _count(m.group("n"), unit, lex.numbers)
        if n is None:
            continue
        found.append((m.start("span"), m.end("span"), *_units_before(anchor, n, unit)))
    for m in p.year.finditer(folded) if digit else ():
        found.append((m.start(), m.end(), date(int(m.group("y")), 7, 1), "year"))
    for m in p.month.finditer(folded) if holds & _MONTH else ():
        m1 = _SPACE_RUN.sub(" ", m.group("m1"))
        if m.group("m2") and lex.gregorian_months[_SPACE_RUN.sub(" ", m.group("m2"))] != lex.gregorian_months[m1]:
            continue
        cue = m.group("part") or m.group("y") or m.group("dir") or m.group("m2")
        before = folded[max(0, m.start() - 8) : m.start()]
        if m1 in _AMBIGUOUS_MONTHS and not cue and not _MONTH_CUE_BEFORE.search(before):
            continue
        if m1 == "اب" and text[slice(*to_text(m.start("m1"), m.end("m1")))].startswith(_IBB):
            continue
        named_day = _DAY_BEFORE.search(folded, max(0, m.start() - 6), m.start()) if not cue else None
        if named_day is not None and _named_after(folded, named_day.start()):
            continue  # "حركة 6 أبريل": nor is its month a date
        month = lex.gregorian_months[m1]
        if m.group("y"):
            value = date(int(m.group("y")), month, 15)
        else:
            value = _month_only(anchor, month, _direction(m.group("dir"), future(m.start(), m.end())))
        found.append((m.start(), m.end(), value, "month"))

    chosen = _leftmost_longest(found)
    # "اليوم التالي" counts from a day named before it: without one it is never kept
    for m in p.next_day.finditer(folded) if holds & _NEXT and any(c[3] == "day" for c in chosen) else ():
        previous = [c for c in chosen if c[1] <= m.start() and c[3] == "day"]
        if previous:
            days = 0 if m.group("same") else 2 if m.group("n") == "يومين" else 1
            chosen.append((m.start(), m.end(), previous[-1][2] + timedelta(days=days), "day"))
    chosen = _leftmost_longest(chosen)
    if holds & _WEEKDAY and len(chosen) > 1:
        chosen = _ranges(folded, chosen, anchor)
    out = []
    for start, end, value, precision in chosen:
        a, b = to_text(start, end)
        while b < len(text) and _TRAILING_MARK.match(text[b]):
            b += 1  # "غداً", "هـ": the marks folding dropped belong to the last letter
        out.append(TimeExpression(a, b, value, precision))
    return out


def _ranges(folded: str, chosen: list[tuple[int, int, date, str]], anchor: date) -> list[tuple[int, int, date, str]]:
    """ "من الأحد إلى الخميس المقبل": a range of days runs forward. A bare weekday that starts a range whose end is
    ahead is the last such day on or before that end; a bare weekday that ends a range is the first such day on or
    after its start."""
    p = _patterns()
    out = list(chosen)
    for i in range(len(out) - 1):
        (s1, e1, v1, p1), (s2, e2, v2, p2) = out[i], out[i + 1]
        if p1 != "day" or p2 != "day" or not _RANGE_GAP.fullmatch(folded, e1, s2):
            continue
        if not _RANGE_FROM.search(folded, 0, s1):
            continue
        first = p.weekday.fullmatch(folded, s1, e1)
        last = p.weekday.fullmatch(folded, s2, e2)
        if first is not None and not first.group("dir") and v2 > anchor:
            v1 = v2 - timedelta(days=(v2.weekday() - v1.weekday()) % 7)
        elif last is not None and not last.group("dir") and v2 < v1:
            v2 = v1 + timedelta(days=(v2.weekday() - v1.weekday()) % 7)
        out[i], out[i + 1] = (s1, e1, v1, p1), (s2, e2, v2, p2)
    return out


def _unit_kind(unit: str) -> str:
    """The precision a unit word of `_AGO_UNITS` counts in: "day", "week", "month" or "year"."""
    if unit.startswith(("يوم", "ايام")):
        return "day"
    if unit.startswith(("اسبوع", "اسابيع")):
        return "week"
    if unit.startswith(("شهر", "اشهر", "شهور")):
        return "month"
    return "year"


def _units_before(anchor: date, n: int, unit: str) -> tuple[date, str]:
    """The date `n` units before the anchor ("منذ ثلاثة أيام"، "بعد نحو شهرين من زيارة" told by "وتأتي"), and its
    precision: a week by its Wednesday, a year by 1 July."""
    kind = _unit_kind(unit)
    if kind == "day":
        return anchor - timedelta(days=n), kind
    if kind == "week":
        return _wednesday(anchor - timedelta(weeks=n)), kind
    if kind == "month":
        return _shift_months(anchor, -n), kind
    return date(anchor.year - n, 7, 1), kind


def _count(n: str | None, unit: str, numbers: dict[str, int]) -> int | None:
    if unit in ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين"):
        return 2
    if n is None:
        # "منذ أسبوع" is one week; "منذ سنوات" or "منذ أيام" name no number
        return 1 if unit in ("يوم", "اسبوع", "شهر", "عام", "سنه") else None
    return int(n) if n.isdigit() else numbers.get(re.sub(r"\s+", " ", n))


def _called_day(folded: str, start: int, value: date, anchor: date) -> date:
    """A yearless date at `start` right after its weekday in a call or a plan ("دعت النقابة إلى إضراب يوم
    الثلاثاء 18 مارس"): when the year chosen gives another weekday, that day-month in the anchor's year or the
    next, on or after the anchor, on which the weekday falls; otherwise `value`."""
    named = _patterns().weekday_before_date.search(folded, 0, start)
    if named is None:
        return value
    weekday = lexicon().weekdays[named.group("wd")]
    if value.weekday() == weekday:
        return value
    for year in (anchor.year, anchor.year + 1):
        candidate = safe_date(year, value.month, value.day)
        if candidate is not None and candidate >= anchor and candidate.weekday() == weekday:
            return candidate
    return value


def _resolve_partial(d: ExplicitDate, anchor: date, mode: str) -> date | None:
    if mode == "current" and d.calendar == "gregorian":
        # "يومي 21 و22 أكتوبر الجاري": the month named is this one, so the day is in this year, ahead or past
        try:
            return date(anchor.year, d.month, d.day)
        except ValueError:
            return None
    mode = {"current": "on_or_before"}.get(mode, mode)
    if d.calendar == "hijri":
        return _hijri_month_day(anchor, d.month, d.day, mode)
    if d.calendar != "gregorian":
        return None
    return _month_day(anchor, d.month, d.day, mode)


def _hijri_month_day(anchor: date, month: int, day: int, mode: str) -> date | None:
    """ "يوم 15 رمضان" with no year: that day in the Hijri year around the anchor, chosen as a Gregorian day
    and month are (the last one on or before the anchor, unless the sentence looks ahead)."""
    year = hijri_year_of(anchor)
    if year is None:
        return None
    days = sorted(v for y in (year - 1, year, year + 1) if (v := hijri_to_gregorian(y, month, day)) is not None)
    if mode == "on_or_before":
        return next((v for v in reversed(days) if v <= anchor), None)
    if mode == "before":
        return next((v for v in reversed(days) if v < anchor), None)
    if mode == "on_or_after":
        return next((v for v in days if v >= anchor), None)
    return next((v for v in days if v > anchor), None)


def _leftmost_longest(items: list[tuple[int, int, date, str]]) -> list[tuple[int, int, date, str]]:
    out: list[tuple[int, int, date, str]] = []
    for item in sorted(items, key=lambda x: (x[0], -(x[1] - x[0]))):
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out


@cache
def _cue_words() -> ahocorasick.Automaton:
    """Words every expression of a pattern holds, each with its pattern's bit and what may follow it.

    Each word stands in the pattern where a word starts (after a space, a bracket, a digit or at the
    match start); most also end there (a space, punctuation or the match end follows), and a month
    name may only be followed by another month or عام/سنه ("مايو2024", "ابريل/نيسان"). Matched in
    the folded body, a word at a sentence's start or end sees a space, punctuation or a newline
    next to it, as in the sentence alone. A new pattern in `_tag` needs its words here and a gate there.
    """
    lex = lexicon()
    whole_words = (  # (bit, words): each word ends where a word ends
        # the word of each relative day: امس in "ليله امس" and "اول امس", غد in "بعد غد"
        (_RELATIVE, ("اليوم", "امس", "غدا", "غد", "الليله")),
        (_WEEKDAY, tuple(lex.weekdays)),
        (_UNIT, _PERIOD_UNITS),
        (_THIS_OR_WAY, ("هذا", "هذه", *_BEFORE_WORDS, *_AFTER_WORDS, *_CURRENT_WORDS, *_PART_WORDS)),
        (_AGO, ("قبل", "منذ")),
        (_AGO_UNIT, _AGO_UNITS),
        (_AHEAD, ("خلال", "غضون", "بعد")),
        (_NEXT, ("التالي", "ذلك", "نفسه", "ذاته", "ذات", "نفس")),  # "اليوم التالي", "بعد يومين من ذلك", "اليوم ذاته"
    )
    starts = (  # (bit, words): the first word of each, which may run on into more letters
        (_ORDINAL, tuple(lex.ordinals)),
        (_HIJRI_MONTH, tuple(lex.hijri_months)),
    )
    months = tuple(lex.gregorian_months)
    after_month = tuple({m.split()[0] for m in months} | {"عام", "سنه"})
    cues: dict[str, list[tuple[int, tuple[str, ...] | None]]] = {}
    for bit, words in whole_words:
        for word in words:
            cues.setdefault(word, []).append((bit, ()))
    for bit, words in starts:
        for word in words:
            cues.setdefault(word.split()[0], []).append((bit, None))
    for word in months:
        first = word.split()[0]
        cues.setdefault(first, []).append((_MONTH, after_month if first == word else ()))
    automaton = ahocorasick.Automaton()
    for word, rules in cues.items():
        automaton.add_word(word, (len(word), tuple(rules)))
    automaton.make_automaton()
    return automaton


# A run of digits, and whether a separator and a digit follow (a numeric date holds "4/1" or "2024-01").
# One match per run: no sentence starts inside a run, so each run is found in its own sentence.
_DIGITS = re.compile(r"\d+(?=([/.\-]\d)?)")


def _cues(folded: str, source: Sequence[int]) -> tuple[list[int], list[int]]:
    """Offsets in the text folded as `folded` where cue words (see _cue_words) and digits start, and the
    bits each stands for."""
    found: list[tuple[int, int]] = []
    for last, (length, rules) in _cue_words().iter(folded):
        start = last - length + 1
        if start and folded[start - 1].isalpha():
            continue  # not where a word starts (a letter is a word character)
        ends_word = last + 1 == len(folded) or not folded[last + 1].isalpha()
        bits = 0
        for bit, may_follow in rules:
            # may_follow: None, anything; (), nothing (the word ends); else words that may be glued on
            if may_follow is None or ends_word or (may_follow and folded.startswith(may_follow, last + 1)):
                bits |= bit
        if bits:
            found.append((source[start], bits))
    for m in _DIGITS.finditer(folded):
        found.append((source[m.start()], _DIGIT | (_NUMERIC if m.group(1) else 0)))
    found.sort()
    return [at for at, _ in found], [bit for _, bit in found]


@dataclass(frozen=True, slots=True)
class _Window:
    """A sentence [start, end) of a folded body: its folded text is [first, first + length) of `source`."""

    source: Sequence[int]
    first: int
    length: int
    start: int
    end: int

    def source_range(self, a: int, b: int) -> tuple[int, int]:
        """As `Folded.source_range` of the sentence folded alone."""
        if a == b:
            at = self.source[self.first + a] - self.start if a < self.length else self.end - self.start
            return at, at
        return self.source[self.first + a] - self.start, self.source[self.first + b - 1] + 1 - self.start


def _may_hold_expression(holds: int) -> bool:
    """Whether some pattern of `_tag` runs on a sentence with these cues (see the gates there)."""
    return bool(
        holds & (_DIGIT | _ORDINAL | _MONTH | _RELATIVE | _WEEKDAY)
        or (holds & _UNIT and holds & _THIS_OR_WAY)
        or (holds & _AGO and holds & _AGO_UNIT)
        or (holds & _AHEAD and holds & _AGO_UNIT)
    )


def tag_times(doc: Document) -> Document:
    """Fill `times` with every expression of the body, resolved against the publication date."""
    if doc.body is None or doc.published is None:
        return doc
    body = doc.body
    times = []
    folding = fold(body.text)  # folding is letter by letter: a sentence's folded text is a slice of this
    folded, source = folding.text, folding.source
    positions, bits = _cues(folded, source)
    offset = 0
    for line in body.text.split("\n") if positions else ():
        at = bisect_left(positions, offset)
        if at == len(positions) or positions[at] >= offset + len(line):
            offset += len(line) + 1
            continue  # no cue in the line: no sentence of it holds an expression
        for a, b in sentence_ranges(line):
            at = bisect_left(positions, offset + a, at)
            holds = 0
            while at < len(positions) and positions[at] < offset + b:
                holds |= bits[at]
                at += 1
            if not _may_hold_expression(holds):
                continue
            first = bisect_left(source, offset + a)
            last = bisect_left(source, offset + b, first)
            window = _Window(source, first, last - first, offset + a, offset + b)
            for t in _tag(line[a:b], folded[first:last], window.source_range, doc.published, holds):
                span = body.to_raw(offset + a + t.start, offset + a + t.end)
                times.append(
                    {
                        "text": doc.raw[span.start : span.end],
                        "start": span.start,
                        "end": span.end,
                        "value": t.value.isoformat(),
                        "precision": t.precision,
                    }
                )
        offset += len(line) + 1
    return replace(doc, times=tuple(times))


@dataclass(frozen=True, slots=True)
class DateOf:
    """The date a stretch of text speaks of, and where it was found."""

    value: date
    precision: Precision
    found_in: str  # "clause", "sentence", "paragraph", "dateline", "title", "published" (events: "tally")


def date_of(doc: Document, start: int, end: int, near: int | None = None) -> DateOf | None:
    """The date governing raw [start, end): an expression inside it, else in its sentence, else its paragraph,
    else the publication date at week precision (the article only says it happened around then).
    Among several, the one nearest to `near` (default `start`) wins."""
    times = [t for t in doc.times if isinstance(t, dict)]
    anchor = start if near is None else near

    def nearest(a: int, b: int) -> dict[str, object] | None:
        inside = [t for t in times if a <= int(t["start"]) and int(t["end"]) <= b]
        if not inside:
            return None
        return min(inside, key=lambda t: abs(int(t["start"]) - anchor))

    found = nearest(start, end)
    where = "clause"
    if found is None:
        sentence = next((s.span for s in doc.sentences if s.span.start <= start and end <= s.span.end), None)
        found, where = (nearest(sentence.start, sentence.end), "sentence") if sentence else (None, where)
    if found is None and doc.body is not None:
        raw_line = _paragraph_of(doc, start)
        if raw_line:
            # "يخوض الحزب تمرداً منذ عام 1984": how long a state has lasted dates no other sentence
            times = [t for t in times if not _after_since(doc.raw, int(t["start"]))]
            found, where = nearest(*raw_line), "paragraph"
    if found is not None:
        return DateOf(date.fromisoformat(str(found["value"])), str(found["precision"]), where)
    if doc.published is not None:
        return DateOf(doc.published, "week", "published")
    return None


def day_told_before(doc: Document, position: int) -> DateOf | None:
    """The last day the paragraph names before `position` ("ومن المقرر أن يمثل أمام القاضي يوم الجمعة المقبل.
    ودعت الجبهة أنصارها إلى التجمع في اليوم ذاته"): what "اليوم ذاته" points back at, an event's day or not."""
    line = _paragraph_of(doc, position) if doc.body is not None else None
    if line is None:
        return None
    told = [
        t
        for t in doc.times
        if isinstance(t, dict)
        and line[0] <= int(t["start"])
        and int(t["end"]) <= position
        and t["precision"] == "day"
        and not _after_since(doc.raw, int(t["start"]))
    ]
    if not told:
        return None
    last = max(told, key=lambda t: int(t["start"]))
    return DateOf(date.fromisoformat(str(last["value"])), "day", "paragraph")


def _after_since(raw: str, at: int) -> bool:
    """Whether the expression at `at` stands right behind "منذ" (since)."""
    return raw[max(0, at - 6) : at].rstrip().endswith("منذ")


_SINCE_YEAR = re.compile(r"(?<!\w)منذ\s+(?:ال)?(?:عام|سن[هة])\s*$")
_SPAN_BACK = re.compile(
    r"(?<!\w)(?:\w+\s+)?(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|ساع\w*|شهر|شهرين|اشهر|سنتين|سنوات|عامين|اعوام)(?!\w)"
)


def since_point(raw: str, t: dict[str, object]) -> bool:
    """Whether a time is the point "منذ" (since) counts from: a year or a day named, not a span back."""
    at = int(str(t["start"]))
    if _SINCE_YEAR.search(fold_text(raw[max(0, at - 12) : at])):
        return True
    return _after_since(raw, at) and _SPAN_BACK.match(fold_text(str(t["text"]))) is None


def heading_date(doc: Document) -> DateOf | None:
    """The day a short dateline in front of the body names ("بغداد – الأحد:"), else the first day the headline
    names ("مقتل ثلاثة جنود بهجوم في كركوك مساء الأحد"): the day the story is told of when its sentences name
    none. Longer furniture lines are neither."""
    if doc.body is None or doc.published is None or not doc.body.text:
        return None
    body_start = doc.body.to_raw(0, 1).start
    for span in doc.boilerplate:
        if span.end > body_start or len(doc.raw[span.start : span.end].strip()) > 40:
            continue
        if doc.raw[span.end : body_start].strip() or (doc.title_span is not None and doc.title_span == span):
            continue
        days = [t for t in tag(doc.raw[span.start : span.end], doc.published) if t.precision == "day"]
        if days:
            return DateOf(days[-1].value, "day", "dateline")
    if doc.title_span is not None:
        title = doc.raw[doc.title_span.start : doc.title_span.end]
        days = [t for t in tag(title, doc.published) if t.precision == "day"]
        if days:
            return DateOf(days[0].value, "day", "title")
    return None


def days_after_told(folded: str) -> int | None:
    """ "وفي اليوم التالي، اعتقلت ..."، "بعد يومين من ذلك": how many days after the day last told the
    sentence is (None when it does not count from one)."""
    m = _patterns().next_day.search(folded)
    if m is None:
        return None
    return 0 if m.group("same") else 2 if m.group("n") == "يومين" else 1


def _paragraph_of(doc: Document, position: int) -> tuple[int, int] | None:
    body = doc.body
    if body is None:
        return None
    offset = 0
    for line in body.text.split("\n"):
        if line:
            span = body.to_raw(offset, offset + len(line))
            if span.start <= position < span.end:
                return span.start, span.end
        offset += len(line) + 1
    return None


def has_future_cue(folded: str) -> bool:
    """True when folded text speaks of the future (من المقرر، سوف، سـ + verb …)."""
    return bool(_patterns().future.search(folded))
