"""The events stage: who did what to whom, where, when, by whose account, from each sentence.

Per sentence of the body:
1. triggers (rasd.triggers) are found as whole words behind clitics and pronoun suffixes;
   a sentence gives at most one event per PLOVER type, and weak triggers (a bare
   "مقتل") count only when no strong one is there;
2. sentences that only give background or long-period tallies are skipped;
3. the ACLED sub-type is refined by the weapon named in the clause, and an
   interception makes an attack "Disrupted weapons use";
4. actors come from the names stage and from descriptions built of an institution
   noun and a nationality ("القوات الأميركية", "مسيرات أميركية");
5. the source is the innermost speaker of a reporting chain; modality follows from
   claim, plan, denial and condition cues;
6. places in the clause, else the sentence, else the paragraph, else the dateline,
   give one event per distinct place at the most specific level found;
7. casualties are read around the killed/injured words.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from rasd.actors import Actor, actors, seats
from rasd.cues import Cues, cues
from rasd.document import Document, Sentence, Span
from rasd.event_words import event_words
from rasd.gates import gate_of, may_match
from rasd.gates import searches as _searches  # (pattern, text, text's words): a gated search
from rasd.gazetteer import FACILITY_KINDS, Place, place_stoplist, places
from rasd.matcher import Hit, WordMatcher, find_each, longest
from rasd.names import Mention, iso3, name_matcher
from rasd.names import rules as name_rules
from rasd.normalise import Folded, end_with_marks, fold, fold_text
from rasd.time import alternation, lexicon
from rasd.timex import (
    DateOf,
    date_of,
    day_told_before,
    days_after_told,
    has_future_cue,
    heading_date,
    since_point,
)
from rasd.triggers import Trigger, trigger_lexicon

# Official voices: an organisation speaking for itself.
_OFFICIAL_ROLES = frozenset({"government", "military", "police", "igo", "political_party", "armed_group"})
_CLAIM_TARGET_ROLES = frozenset({"government", "military", "police", "igo"})  # a state's or an IGO's side
_STATE_ROLES = frozenset({"government", "military", "police"})
# Types where a state named as the doer is its army, not its cabinet.
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
_MOVES = frozenset({"MOBILIZE", "RETREAT"})  # forces moved, not a blow struck
_TERRITORY_TRIGGERS = frozenset({"territory_taken", "territory_taken_weak", "territory_regained"})
_STATEMENTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "SANCTION"})
# Statements only: said, not done; a place is theirs only when their own sentence names one.
_SAID = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})
# Statements one speaker joins with و ("دانت ... وطالبت"): the second's words are not the first's objects;
# solidarity or support voiced after a condemnation ("وأكدت تضامنها") is part of it.
_JOINED_SAID = _SAID - {"SUPPORT"}
_ARMED_ROLES = frozenset({"military", "armed_group", "police"})
_LOCAL_ROLES = frozenset({"military", "police", "government", "armed_group", "civilians", "protesters"})
_MUTUAL_TYPES = frozenset({"AGREE"})  # done by two sides together
_HANDOVER = "nonviolent_transfer"  # the trigger family of ground handed over
_DEEDS = frozenset({"SANCTION", "AGREE"})  # statement types that are done, not said
_OWN_DEED_TYPES = frozenset({"COERCE", "RETREAT", "MOBILIZE"})  # deeds an official body announces of its own
_NOT_ORGANISERS = frozenset({"media", "igo", "armed_group"})  # bodies that tell of a protest, never hold one
_DEED_TRIGGERS = frozenset({"amnesty", "surrender"})  # ... and a pardon, a concession decreed ("أصدر الملك عفواً"), a
# surrender ("سلم إرهابي نفسه للسلطات": done, probe52)
_LOCAL_PARTIES = _LOCAL_ROLES | {"political_party"}  # a party with no nationality is the story's country's
_WORDS = event_words()
_DONE_DURING = frozenset(_WORDS.words("during"))  # "خلال"، "هامش"، "ختام": what an event was done during


def _alt(section: str) -> str:
    """A section of data/event_words.yaml as a regex alternation, in file order."""
    return "|".join(re.escape(w) for w in _WORDS.words(section))


def _with_conjunction(words: Iterable[str]) -> frozenset[str]:
    """The words, and each behind و or ف ("نشرت", "ونشرت", "فنشرت")."""
    words = frozenset(words)
    return words | {c + w for w in words for c in ("و", "ف")}


def _needles(*sections: str) -> tuple[str, ...]:
    """The words of these sections, less those that hold another: a text with none of them in it cannot match
    a regex every match of which contains one of the words (a few substring tests cost less than the search)."""
    words = [w for section in sections for w in _WORDS.words(section)]
    return tuple(dict.fromkeys(w for w in words if not any(o != w and o in w for o in words)))


# " word" right after an offset, with the word as group 1
# heads that are a side only in one kind of event: courts in a sentence they pass (elsewhere a court is a building,
# or Somalia's Islamic Courts, "المحاكم"), companies in a sanction
_OWN_EVENT_HEADS = {
    **{fold_text(w): "court_sentence" for w in ("محكمة", "المحكمة", "محاكم", "المحاكم")},
    **{fold_text(w): "SANCTION" for w in ("شركة", "الشركة", "شركات", "الشركات", "شركتين", "شركتان")},
}
_COMPANY_HEADS = frozenset(k for k, v in _OWN_EVENT_HEADS.items() if v == "SANCTION")
# "شركتين مقرهما الإمارات"، "شركات مقرها في دبي": where a company is based, right after it
_BASED_IN = re.compile(r" +(?:و?مقر(?:ه|ها|هما|هم)|(?:ال)?مسجل[هة]? +في|تتخذ +من)(?: +في)? +")


def _in_own_event(view: SentenceView, head: str) -> bool:
    kind = _OWN_EVENT_HEADS.get(head)
    return kind is None or any(kind in (v.id, v.plover) for h in view.triggers for v in h.values)


# "تتهمها"، "يتهمهم": a present accusation with its object pronoun (folded)
_GROUNDS_ACCUSED = re.compile(r"[يت]تهم(?:ه|ها|هم|هما)")
# "كما أفادت به شركة"، "كما ذكرت صحيفة": as a teller reported it, right before the teller (folded)
_AS_REPORTED_BY = re.compile(
    r"(?<!\w)كما +(?:افاد|افادت|ذكر|ذكرت|اورد|اوردت|نقل|نقلت|اكد|اكدت|قال|قالت)(?: +(?:به|بها|ذلك))? +$"
)
# "، ومقره البحرين"، "، ومقرها في جيبوتي": the seat aside right before a place (folded)
_SEAT_BEFORE = re.compile(r"[،,] *و?مقر(?:ه|ها|هما|هم)(?: +(?:في|ب))? *$")

_NEXT_WORD = re.compile(r" +([^\W_]+)")
_PLACE_LEVEL = {"facility": 0, "city": 1, "region": 2, "admin1": 3, "country": 4}
_NUMBER = re.compile(r"^[0-9]+$")
_WORD = re.compile(r"[^\W_]+")
# Patterns the stage runs on every event, compiled once:
_THAT_OR_COLON = re.compile(r"(?<!\w)(?:ان|بان)(?!\w)|:")  # a complement's أن/بأن, or a colon
_THAT_PRONOUN = re.compile(r"(?<!\w)(?:ان|بان)(?:ه|ها|هم|هما)?(?!\w)")  # أن/بأن with or without a pronoun
# the agent follows, past one adjective at most ("في هجوم واسع شنه مسلحو الجماعة")
_PERFORMED_BY = re.compile(
    r"(?: +[^\W\d_]+)? +(?:نفذته|نفذتها|شنته|شنتها|شنه|شنها|نفذه|نفذها|من قبل|يشنها|تشنها)(?!\w)"
)
_BETWEEN = re.compile(r"(?<!\w)بين(?!\w)")  # "between"
_LAST_WORD_SPACED = re.compile(r"([^\W_]+)\s+$")  # the last word, then only spaces
_MAY_BARE = re.compile(r"(?<!\w)قد +$")  # قد right before
# قد + a present verb right after a noun, its subject ("قافلة ثانية قد تتوجه"، "قد تصل"); not a past of the fifth form
_MAY_AFTER = re.compile(r" +قد +(?:[ين]\w+|ت(?:ست|ت)\w+|ت\w[اوي]\w|ت\w\w)(?!\w)")
# a past verb of the fifth or sixth form by its ending ("كان الطرفان قد توصلا"، "قد تعرضت"): قد before it is a fact
_PAST_T_FORM = re.compile(r"[وف]?ت\w+(?:ت|وا|ا)")
# قد + a present verb right before ("قد تلجأ إلى"); a past verb of the fifth or sixth form also opens with ت, its
# ending tells it ("وكانت القاعدة قد تعرضت لهجوم"، "قد تمكنوا من")
# ... its subject may stand before إلى/على ("قد تلجأ السلطات اللبنانية إلى اعتقال"، "قد يقدم الجيش على اقتحام")
_MAY_VERB = re.compile(r"(?<!\w)قد +(?!ت\w+(?:ت|وا|تا) )[يتن]\w+ +(?:(?:[^\W\d_]+ +){0,3}?(?:الي|علي) +)?$")
# ... and past its subject with the article ("وقد تطال العقوبات الجديدة تجميد الأصول"): only verbs that cannot be a
# past of the fifth or sixth form ("قد توصل الطرفان إلى اتفاق" is a fact): ي or ن, or ت before ست/ت or a long vowel
_MAY_VERB_SUBJECT = re.compile(r"(?<!\w)قد +(?:[ين]\w+|ت(?:ست|ت)\w+|ت\w[اوي]\w) +(?:ال\w+ +){1,2}$")
# "وكان الطرفان قد توصلا إلى اتفاق": كان ... قد + a past verb is the pluperfect, a fact, whatever the verb's form
_WAS_THEN_MAY = re.compile(
    r"(?<!\w)[وف]?كان(?:ت|وا|ا|تا)?(?!\w)[^،.؟]{0,100}?(?<!\w)قد +(?![ين])[^\W\d_]+ +(?:[^\W\d_]+ +){0,4}$"
)
# "يمكن مهاجمتهم"، "لا يمكن أن تنسحب"، "بإمكانها شن": what can (or cannot) be done, right before the word
_CAN = re.compile(r"(?<!\w)[وف]?(?:يمكن|يمكنه|يمكنها|يمكنهم|بامكان|بامكانه|بامكانها|بامكانهم)(?: +ان)? +$")
_CLOSING_STOP = re.compile(r"[.!?؟\"»”]$")  # a sentence's closing mark
_CHARGE = re.compile(
    r"(?<!\w)(?:بتهمه|بتهمة|بتهم|بجرم|علي خلفي[هة]|(?:ال)?(?:متهم|مدان|ادين)\w{0,3} ب(?!(?:ال)?انتماء))"
)  # "بتهمة"، "على خلفية" (on the grounds of)
_CHARGE_NEEDLES = (
    "بتهم",
    "بجرم",
    "علي خلفي",
    "متهم",
    "مدان",
    "ادين",
)  # every _CHARGE match holds one: no search without
# after/since; not the "بعد" of a time of day ("بعد ظهر اليوم"، "بعد منتصف الليل": afternoon, past midnight)
_AFTER_WORD = re.compile(
    r"(?<!\w)(?:بعد(?! +(?:ظهر|الظهر|منتصف|الظهير[ةه]|العصر|المغرب|العشاء|صلا[ةه]))|بعدما|عقب|اثر|منذ)(?!\w)"
)
_GOES_ON = re.compile(r"\W*[وف]?كما(?!\w)")  # a sentence that adds to the one before ("كما اعتقلت")
_BARE_OPENING = re.compile(r"\W*(?:[وف]?كما|و|ف|ثم)?\W*")  # nothing but a conjunction
_PLUPERFECT = re.compile(r"\W*[وف]?كان(?:ت|وا)?(?!\w)")  # a sentence opening with كان
_RESPONSIBILITY = re.compile(r"(?<!\w)مسوولي(?:ه|ة|ته|تها|تهم) +عن")  # responsibility for (folded: ؤ reads و)
_COUNT_BEFORE = re.compile(r"(?:^|\s)[وف]?([0-9]+|[^\W\d_]+) +$")  # a count word right before
_DIGITS = re.compile(r"(?<!\w)[0-9]+(?!\w)")  # a number in digits
_SUBJECT_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+) +(?:قد +)?$")  # a word right before (and قد)
_JOINED_PEOPLE_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+) +و[^\W\d_]+ +(?:قد +)?$")  # "امرأة وطفليها"
_PLURAL_CASUALTY_VERB = re.compile(r"(?:قتل|اصيب|استشهد|جرح)(?:وا|ا)")  # a plural or dual casualty verb
_OF_SIDE_SPACED = re.compile(r" +(?:من|في صفوف) +")  # of (a side)
# "from" right before the next speaker (a source quoting another: "نقلت رويترز عن مصدرين"، "عن أحد المسؤولين"); not
# "أنباء عن مقتل قيادي في حزب الله", where عن opens what the reports tell of
_FROM_WORD = re.compile(r"(?:^| )عن(?: +(?:احد|احدي|لسان))? *$")
# "نفت الخارجية، في تصريح لمصدر مسؤول بها": the statement a body gave by an unnamed source in it (folded gap)
_STATEMENT_BY = re.compile(r"^[\s،,]*(?:في +)?(?:تصريح|تصريحات|حديث) +ل$")
_AMONG = re.compile(r"[\s،,]*(?:من )?(?:بينهم|منهم)(?!\w)")  # among them
# "خمسة طلاب ينتمون إلى حركة حماس"، "المنتمين لتنظيم داعش": those counted belong to (a side)
_BELONGING_TO_SIDE = re.compile(
    # (also as the holder says: "القبض على أربعة أشخاص قالت إنهم ينتمون إلى خلية"; probe55)
    r"(?: +قال(?:ت|وا)? +انهم| +[^\W\d_]+)?"
    r" +(?:ال)?(?:ينتمون|ينتمي|ينتميان|منتمين|منتمون|منتسبين|منتسبون) +(?:الي +|ل)?"
    # "200 شخص من المتهمين بالانتماء إلى تنظيم داعش": suspects of belonging are of that side (as dev codes them)
    r"|(?:(?: +من)? +(?:ال)?(?:متهمين|متهم|مشتبه بهم|مشتبه))? +ب(?:ال)?انتماء +(?:الي +|ل)?"
    # "خمسة أشخاص يشتبه بانتمائهم إلى حركة الشباب"، "يشتبه في انتمائه لتنظيم داعش": suspected members too (probe55)
    r"|(?: +[^\W\d_]+)? +يشتبه +(?:في +|ب)انتماي(?:هم|ه|هما) +(?:الي +|ل)?"
)
_WORD_SPACED = re.compile(r"([^\W\d_]+) +")  # a word, then spaces


def _participant_after(
    view: SentenceView, at_folded: int, pattern: re.Pattern[str], participants: Sequence[Participant], reach: int
) -> Participant | None:
    """The first participant starting within `reach` characters after what `pattern` matches at `at_folded`."""
    found = pattern.match(view.folded.text[at_folded:])
    if found is None:
        return None
    end = at_folded + found.end()
    # "عناصر من تنظيم داعش": past the kind word a name is listed without (or the name with it: "حركة حماس")
    kind_at = view.raw_span(end, end).start
    kind = _WORD_SPACED.match(view.folded.text, end)
    if kind is not None and fold_text(kind.group(1)) in _KIND_WORDS:
        end = kind.end()
    at = view.raw_span(end, end).start
    # (not past the comma that closes an aside: "ثلاثة أشخاص، بينهم امرأة، بقصف من طائرة" names no side among them)
    return next(
        (
            p
            for p in participants
            if (0 <= p.span.start - at <= reach and not _aside_closed(view, at, p.span.start))
            or p.span.start == kind_at
        ),
        None,
    )


_ASIDE_END = re.compile(r"[،,.]")


def _aside_closed(view: SentenceView, start: int, end: int) -> bool:
    """Whether a comma or full stop stands between two raw offsets of the sentence."""
    return _ASIDE_END.search(view.text[start - view.start : end - view.start]) is not None


# ---------------------------------------------------------------- lexicon matchers


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word's category (e.g. "reporting", "killed", "nationality") and its value, if any."""

    category: str
    value: str | int | None = None


@cache
def trigger_matcher() -> WordMatcher[Trigger]:
    # light verbs stand apart from their nouns in verb-subject order ("شنت طائرات حربية غارات")
    return WordMatcher(
        ((fold_text(form), t) for t in trigger_lexicon().triggers for form in t.forms),
        max_gap=4,
        # "أطلقت جماعة الحوثي، اليوم الأربعاء، سراح": wire copy sets the day off by commas inside the phrase
        aside=(fold_text(w) for w in _WORDS.words("time_words")),
        after_aside=(fold_text(w) for w in _WORDS.words("aside_adverbs")),
        gap_stops=(fold_text(w) for w in _WORDS.words("gap_stops")),
        titles_to=(fold_text(w) for w in _WORDS.words("titles_to")),
        gap_links=(fold_text(w) for w in _WORDS.words("gap_links")),
    )


def _cue_entries(c: Cues) -> Iterable[tuple[str, Cue]]:
    plain = {
        "reporting": c.reporting,
        "attribution": c.attribution,
        "anonymous": c.anonymous,
        "witness": c.witness,
        "ngo": c.ngo,
        "wire": c.wire,
        "media": c.media,
        "claimed": c.claimed,
        "planned": c.planned,
        "denied": c.denied,
        "negation": c.negation,
        "hypothetical": c.hypothetical,
        "killed": c.casualties.killed,
        "injured": c.casualties.injured,
        "no_casualties": c.casualties.none,
        "vague": c.casualties.vague,
        "person": c.casualties.singular_people,
        "title": c.titles,
    }
    for category, forms in plain.items():
        for form in forms:
            # إن ("if") folds into أن ("that") after every reporting verb, and قد before a past verb
            # states a fact: both are decided in _modality instead
            if category == "hypothetical" and form in ("ان", "قد"):
                continue
            yield fold_text(form), Cue(category)
    for word, number in c.numbers.items():
        yield fold_text(word), Cue("number", number)
    for country, forms in c.nationalities.items():
        for form in forms:
            yield fold_text(form), Cue("nationality", country)
    for role, forms in c.institutions.items():
        for form in forms:
            yield fold_text(form), Cue("institution", role)
    lexicon = trigger_lexicon()
    for subtype, forms in lexicon.weapons.items():
        for form in forms:
            yield fold_text(form), Cue("weapon", subtype)
    for form in lexicon.interception:
        yield fold_text(form), Cue("interception")


@cache
def cue_matcher() -> WordMatcher[Cue]:
    return WordMatcher(_cue_entries(cues()))


# ---------------------------------------------------------------- one sentence


# A named tuple: immutable like a frozen dataclass, and several times quicker to make; the stage makes and
# copies (`_but`) dozens of these per article.
class Participant(NamedTuple):
    """An event's actor as SCHEMA.md writes it."""

    span: Span
    text: str
    canonical: str | None
    country: str | None
    role: str
    named: bool = True  # a name from the names stage, not a description
    head: str = ""  # a description's head noun, folded
    possessive: bool = False  # "قواته"، "مقاتليها": the forces of whoever the sentence speaks of
    person: bool = False  # a person's name
    state: bool = False  # a state named as such ("إيران", "إسرائيل")

    def record(self) -> dict[str, Any]:
        return {"text": self.text, "canonical": self.canonical, "country": self.country, "role": self.role}


def _but(p: Participant, **changes: Any) -> Participant:
    """A copy of `p` with some fields changed."""
    return p._replace(**changes)


class Source(NamedTuple):  # like Participant: made often
    """Who says so: the original speaker of a reporting chain."""

    span: Span | None
    text: str
    kind: str
    canonical: str | None
    speaker: Participant | None = None

    def record(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "canonical": self.canonical}


OUTLET_OWN = Source(None, "", "outlet_own", None)


@dataclass(slots=True)
class SentenceView:
    """A sentence folded for matching, with the hits every later step looks at."""

    sentence: Sentence
    text: str
    folded: Folded
    triggers: list[Hit[Trigger]]
    cues: list[Hit[Cue]]
    mentions: list[Mention]
    words: list[tuple[int, int, str]]  # (start, end, word) in the folded text
    by_category: dict[str, list[Hit[Cue]]] | None = None
    # folded offsets are raw offsets (nothing dropped or expanded): the offset maps are the identity
    plain: bool = False
    word_starts: list[int] | None = None
    word_set: frozenset[str] | None = None
    merged: dict[tuple[str, ...], list[Hit[Cue]]] = field(default_factory=dict)
    aggregate: bool | None = None  # _is_aggregate, once asked
    references: list[int] | None = None  # starts of the words _REFERENCE_BEFORE holds (behind و/ف)
    own_times: list[dict[str, Any]] | None = None  # _own_times, once asked (callers only read it)
    where: dict[tuple[int, ...], list[Mention]] = field(default_factory=dict)  # _where, by the places asked of
    start: int = 0  # the sentence's raw start (read at every offset conversion: a field, not a property)
    holds: dict[tuple[str, ...], bool] = field(default_factory=dict)  # contains_any, by needles
    # _speaker_phrases, by the ids of the participants asked of (kept with them)
    speakers: dict[tuple[int, ...], tuple[tuple[Participant, ...], list[Source]]] = field(default_factory=dict)
    # _is_noun, by the hit's (start, end, word start, key): asked some five times of each trigger
    nouns: dict[tuple[int, int, int, str], bool] = field(default_factory=dict)
    spans: dict[tuple[int, int], Span] = field(default_factory=dict)  # raw_span, by the folded range asked of
    reports: list[Hit[Cue]] | None = None  # _speaker_reports, once asked (callers only read it)

    def contains_any(self, needles: tuple[str, ...]) -> bool:
        """Whether the folded text contains one of these strings."""
        found = self.holds.get(needles)
        if found is None:
            text = self.folded.text
            found = False
            for needle in needles:
                if needle in text:
                    found = True
                    break
            self.holds[needles] = found
        return found

    def raw_span(self, a: int, b: int) -> Span:
        # kept by the folded range: the rules ask again of the same hits and words (about half the calls), and a
        # span is immutable, so one object serves every caller
        key = (a, b)
        span = self.spans.get(key)
        if span is None:
            if self.plain:
                span = Span(self.start + a, self.start + b)
            else:
                x, y = self.folded.source_range(a, b)
                span = Span(self.start + x, self.start + end_with_marks(self.text, y))
            self.spans[key] = span
        return span

    def raw_start(self, a: int, b: int) -> int:
        """raw_span(a, b).start, without building the span."""
        if self.plain:
            return self.start + a
        return self.start + self.folded.source_range(a, b)[0]

    def raw_text(self, span: Span) -> str:
        return self.text[span.start - self.start : span.end - self.start]

    def folded_index(self, raw: int) -> int:
        """The folded index of raw offset `raw` (first folded char at or after it)."""
        rel = raw - self.start
        if self.plain:  # (rel clamped to [0, len(text)], written out: asked some three hundred times an article)
            if rel <= 0:
                return 0
            size = len(self.text)
            return rel if rel < size else size
        return bisect_left(self.folded.source, rel)

    def cues_of(self, *categories: str) -> list[Hit[Cue]]:
        """The cue hits of these categories, in text order (callers only read the list)."""
        by_category = self.by_category
        if by_category is None:
            by_category = self.by_category = _by_category(self.cues)
        if len(categories) == 1:
            return by_category.get(categories[0], _NO_HITS)
        merged = self.merged.get(categories)
        if merged is None:
            found = {id(h): h for c in categories for h in by_category.get(c, ())}
            merged = self.merged[categories] = sorted(found.values(), key=lambda h: (h.start, -h.end))
        return merged

    def _starts(self) -> list[int]:
        if self.word_starts is None:
            self.word_starts = [w[0] for w in self.words]
        return self.word_starts

    def words_before(self, end: int, width: int, count: int) -> list[str]:
        """The last `count` words of folded[end - width : end], as a regex scan of that slice finds them
        (cut where the slice cuts them)."""
        lo = max(0, end - width)
        i = bisect_left(self.word_starts or self._starts(), end)
        return [w[max(lo, a) - a : min(b, end) - a] for a, b, w in self.words[max(0, i - count) : i] if b > lo]

    def previous_word(self, folded_index: int) -> str:
        """The last word before `folded_index` (the part of a word it cuts), if only non-word characters
        stand between them."""
        i = bisect_left(self.word_starts or self._starts(), folded_index) - 1  # the last word starting before it
        if i < 0:
            return ""
        start, end, word = self.words[i]
        if end >= folded_index:
            return word[: folded_index - start]
        return "" if "_" in self.folded.text[end:folded_index] else word

    def _words_set(self) -> frozenset[str]:
        """The sentence's words as a set (given by _view; built here once if not)."""
        if self.word_set is None:
            self.word_set = frozenset(w for _, _, w in self.words)
        return self.word_set

    def has_word(self, forms: frozenset[str]) -> bool:
        """Whether any word of the sentence is one of `forms`."""
        return not (self.word_set or self._words_set()).isdisjoint(forms)

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only if `pattern` matches nowhere in the whole folded text (rasd.gates: by the words it must hold)."""
        return may_match(pattern, self.word_set or self._words_set())

    def may_match_in(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """False only if `pattern` matches nowhere in folded[start:end], searched as a slice or with pos/endpos
        (rasd.gates): the slice's words are the sentence's words and the pieces of those it cuts at either end."""
        gate = gate_of(pattern)
        if not gate:
            return True
        word_set = self.word_set or self._words_set()
        starts = self.word_starts or self._starts()
        cut = []
        i = bisect_right(starts, start) - 1  # the word at the start, if the slice opens inside it
        if i >= 0 and self.words[i][1] > start:
            a, b, word = self.words[i]
            cut.append(word[start - a : min(b, end) - a])
        i = bisect_left(starts, end) - 1  # the word at the end, if the slice ends inside it
        if i >= 0 and self.words[i][1] > end:
            a, b, word = self.words[i]
            cut.append(word[max(a, start) - a : end - a])
        # each needed set: a whole word of the sentence, or a piece the slice cuts, must be one of its spellings
        if not cut:  # (a slice at word bounds: whole words only, no generator per needed set)
            for needed in gate:  # noqa: SIM110 (a plain loop: all() builds a generator per call)
                if word_set.isdisjoint(needed):
                    return False
            return True
        for needed in gate:  # noqa: SIM110
            if word_set.isdisjoint(needed) and not any(piece in needed for piece in cut):
                return False
        return True


_NO_HITS: list[Hit[Cue]] = []


def _by_category(cues: Iterable[Hit[Cue]]) -> dict[str, list[Hit[Cue]]]:
    """The cue hits by category, each list in text order (a hit once per category it has)."""
    by_category: dict[str, list[Hit[Cue]]] = {}
    for h in cues:
        values = h.values
        if len(values) == 1:
            by_category.setdefault(values[0].category, []).append(h)
            continue
        for category in {v.category for v in values}:
            by_category.setdefault(category, []).append(h)
    return by_category


def value_of(hit: Hit[Cue], category: str) -> str | int | None:
    for v in hit.values:
        if v.category == category:
            return v.value
    return None


_PERSON_NOUN_TRIGGERS = frozenset(fold_text(w) for w in _WORDS.words("person_noun_triggers"))
_NAME_LINKS = frozenset(_WORDS.words("name_links"))
_COMMA_PARTICIPLES = frozenset(fold_text(w) for w in _WORDS.words("comma_participles"))
_ACCUSED_OF = frozenset(fold_text(w) for w in _WORDS.words("accused_of_participles"))
_CLAUSE_HEAD_VERBS = frozenset(fold_text(w) for w in _WORDS.words("clause_head_verbs"))
# the first إلى after a call and the one or two words after it ("إلى توخي الحذر"، "إلى أخذ الحيطة")
_FIRST_TO = re.compile(r"(?<!\w)الي +(?:ال)?([^\W\d_]+)(?: +(?:ال)?([^\W\d_]+))?")
_ADVISED = frozenset(_WORDS.words("advised"))
_INVITED_TO = frozenset(_WORDS.words("invited_to"))
_HOPE_THANKS = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + "|".join(_WORDS.words("hope_thanks")) + r")(?!\w)")
_NEXT_LETTERS = re.compile(r" ([^\W\d_]+)")
_NISBA = re.compile(r"[^\W\d_]{2,}(?:ي|يا|يه|ية)")  # an adjective of origin or kind: جامعي، جامعيا، سورية


_AID_BODIES = frozenset(fold_text(w) for w in _WORDS.words("aid_bodies"))


def _names_aid_body(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """An aid word that names a body or its workers ("منظمة إغاثة"، "عمال الإغاثة"، "وكالات المساعدات")."""
    if all(v.plover != "AID" for v in hit.values):
        return False
    if view.folded.text[hit.word_start : hit.start] not in ("", "ال"):
        return False  # "منظمة بإيصال المساعدات"، "لجنة للإغاثة": a preposition, not a name
    return fold_text(view.previous_word(hit.word_start)) in _AID_BODIES


_NAMED_TYPES = frozenset({"PER", "ORG", "LOC", "FAC"})


def _names_a_person(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A trigger spelling inside a person's name ("جلال طالباني"، "علي بن أبي طالب"), or a person noun spelled
    like a trigger ("الطالب"، "قُتل طالب"، "طالب جامعي": a student, not a demand)."""
    raw = view.raw_span(hit.start, hit.end)
    word_start = view.raw_start(hit.word_start, hit.word_end)
    for m in view.mentions:
        # not the name's first word: the tagger may take the verb before a name in ("وطالب زيباري"); a body's or
        # a place's name holds trigger spellings too ("حزب الدعوة"، "ملعب سلتيك بارك")
        if m.type in _NAMED_TYPES and m.span.start < word_start and raw.end <= m.span.end:
            return True
    text = view.folded.text
    if hit.key in _CLAUSE_HEAD_VERBS:
        # "ستدفع ثمن عدوانها"، "بثمن باهظ": a price; "وثمّن الرئيس"، "، كما ثمّن": the verb heads its clause
        before = text[: hit.word_start].rstrip()
        head = not before or before.endswith(("،", ",", ".", ":")) or before.endswith(" كما") or before == "كما"
        return not head or text[hit.word_start : hit.start] not in ("", "و", "ف")
    if hit.key in _COMMA_PARTICIPLES and not text[: hit.word_start].rstrip().endswith(("،", ",")):
        return True  # "هتافات منددة بالعدوان": an adjective, not "، مندداً بالهجوم"
    if hit.key in _ACCUSED_OF and hit.end == hit.word_end and text[hit.word_end : hit.word_end + 2] == " ب":
        return True  # "خلية من خمسة أشخاص، متهمة بالترويج": accused of, not "، متهماً الحكومة بالتقصير" (probe92)
    if hit.key not in _PERSON_NOUN_TRIGGERS:
        return False
    if text[hit.word_start : hit.start].strip("وف") or view.previous_word(hit.word_start) in _NAME_LINKS:
        return True  # "الطالب"، "لطالب" (a verb takes no article or preposition); "أبي طالب"
    if view.previous_word(hit.word_start) in _HE_SHE and _NEXT_WORD.match(text, hit.word_end) is not None:
        # "وهو طالب في كلية الطب": a noun after the pronoun (a demand after it takes ب or an object: "هو طالب بـ")
        nxt = _NEXT_WORD.match(text, hit.word_end)
        if nxt is not None and nxt.group(1) in ("في", "بكليه", "بكلية", "بجامعه", "بجامعة", "جامعي"):
            return True
    if hit.key in _COMMA_PARTICIPLES and not text[: hit.word_start].rstrip().endswith(("،", ",")):
        return True  # "شركات متهمة بتسهيل التهريب": the accused, not "، متهماً الحكومة"

    if hit.word_start == hit.start and _number_before(view, hit.word_start):
        return True  # "أصيب عشرون طالباً وطالبة"، "اعتقال 5 طلاب": a counted noun, not a demand
    if hit.word_start == hit.start:
        # "قُتل طالب"، "اعتقلت طالباً": right after a verb or a casualty word, with no و/ف, it is the object
        ends = [h.word_end for h in view.triggers] + [h.word_end for h in view.cues_of("killed", "injured")]
        if any(end <= hit.word_start and not text[end : hit.word_start].strip() for end in ends):
            return True
    if hit.end == hit.word_end:
        # "طالب جامعي": an indefinite adjective of kind or origin behind it (and no ال-noun after that, as
        # "طالب مسؤولي الحكومة" has: a plural in construct, the verb's object)
        nxt = _NEXT_WORD.match(text, hit.word_end)
        if (
            nxt is not None
            and not nxt.group(1).startswith("ال")
            and _NISBA.fullmatch(nxt.group(1))
            and not any(m.span.start <= view.raw_start(nxt.start(1), nxt.end(1)) < m.span.end for m in view.mentions)
        ):  # ... and not a name ("وطالب عراقجي")
            after = _NEXT_WORD.match(text, nxt.end())
            return after is None or not after.group(1).startswith("ال")
    return False


_HE_SHE = frozenset({"هو", "وهو", "هي", "وهي", "كان", "وكان"})
_PRESENT_VERB = re.compile(r"ي[^\W\d_]{2,}")  # يقتل، يدين، يدينون
_PAST_PLURAL = re.compile(r"[^\W\d_]{2,}(?:وا|نا)")  # 3mp and 1p past: استنكروا، بدانا
_NOUN_CLITIC = re.compile(r"(?:^|[وف])(?:[بك]|[بكل]?ال|لل)$")  # ب, ك or the article: only a noun takes them


def _clitics_fit(text: str, hit: Hit[Trigger]) -> bool:
    """Whether a one-word trigger can carry the clitics it was read behind. ب, ك and the article stand before
    nouns only: "اليدين" (the hands) is no form of يدين (condemns), "بدأنا" no ب + دانا. And an accusative
    ending (tanwin ا) takes no pronoun: "طالباني" is a name, not طالبا + ني."""
    if " " in hit.key:
        return True
    prefix = text[hit.word_start : hit.start]
    if hit.end < hit.word_end and hit.key.endswith("ا") and len(hit.key) > 3:
        stem = hit.key[:-1]
        if any(stem in v.forms for v in hit.values):
            return False
    if not prefix or _NOUN_CLITIC.search(prefix) is None:
        return True
    word = hit.key
    if word.startswith("ت") and not word.endswith(("ون", "وا")):
        return True  # تفجير، تهديد: verbal nouns of the تفعيل pattern start with ت as well
    # (a ن may open a noun as well: نشر، نسف)
    return not (word[0] == "ي" and _PRESENT_VERB.fullmatch(word)) and not _PAST_PLURAL.fullmatch(word)


_PEOPLE_OF = re.compile(
    r"(?<!\w)(?:اهالي|سكان|ابناء|مواطني|اهل)(?: +(?:قري|قريه|قرية|بلده|بلدة|بلدات|مدينه|مدينة|منطقه|منطقة|ناحيه|ناحية"
    r"|قضاء|مخيم|حي|احياء))* +$"
)
_PURPOSE_HEADS = frozenset(_WORDS.words("purpose_heads"))
_FUNDED_HEADS = frozenset(fold_text(w) for w in _WORDS.words("funded_heads"))


def _purpose_of(text: str, hit: Hit[Trigger]) -> bool:
    """Whether an agreement word behind ل follows a noun it says the purpose of ("لجنة لوقف إطلاق النار"); any event
    word so follows a contract or a fund ("عقد لإزالة الألغام"، "منحة لإعادة إعمار": what the money is for; probe57)."""
    if not text[hit.word_start : hit.start].endswith("ل"):
        return False
    before = text[: hit.word_start].split()
    if not before:
        return False
    if hit.values[0].plover != "AGREE":
        return fold_text(before[-1]) in _FUNDED_HEADS
    return before[-1] in _PURPOSE_HEADS


_FUNDS_AFTER = re.compile(r"[^،,.؛]{0,60}? عن +(?:" + _alt("released_funds") + r")(?!\w)")
_TO_WORD = re.compile(r" الي ")
_LIFTED_BEFORE = re.compile(r"(?<!\w)(?:" + _alt("lifting_words") + r") +$")


def _funds_or_lifted(text: str, hit: Hit[Trigger]) -> bool:
    """ "أفرجت وزارة المالية عن مخصصات الرواتب": money released frees no one; "رفعت الحكومة الحظر عن استيراد": the ban
    lifted (the lifting phrase is kept) is imposed by no one; forces a listed form reaches past إلى are sent nothing."""
    trigger = hit.values[0]
    if trigger.id == "release":
        return _FUNDS_AFTER.match(text, hit.word_end) is not None
    if trigger.plover == "MOBILIZE" and _TO_WORD.search(text, hit.word_start, hit.end):
        return True  # "أرسلت الحكومة رسالة إلى قوات حفظ السلام": the forces after إلى receive, none are sent
    before = max(0, hit.word_start - 12)
    return trigger.plover == "SANCTION" and _LIFTED_BEFORE.search(text, before, hit.word_start) is not None


# "من جهة أخرى"، "في سياق آخر"، "على صعيد آخر": the story turns to another matter, which takes no place of the last
_TOPIC_SHIFT = re.compile(
    r"\W*[وف]?(?:من +(?:جه[ةه]|ناحي[ةه]) +اخري|في +(?:سياق|شان) +(?:اخر|منفصل)|علي +صعيد +(?:اخر|منفصل))(?!\w)"
)
_AIMED_TOWARDS = re.compile(r"(?<!\w)(?:باتجاه|صوب)$")


def _towards(view: SentenceView, p: Participant) -> bool:
    """Whether p stands right after "باتجاه"/"صوب" (what fire was aimed at)."""
    return _AIMED_TOWARDS.search(view.previous_word(view.folded_index(p.span.start))) is not None


_CURFEW_AFTER = re.compile(r"(?: +[^\W\d_]+)? +(?:لل|ال)?(?:تجول|تجوال)(?!\w)")


_LED_AWAY = frozenset(_WORDS.words("led_away_verbs"))
_STAB_RAM = "stabbing_ramming_verbs"  # triggers.yaml
_APPEAL = re.compile(r"(?:" + _alt("appeal_stems") + ")")  # (searched for: any stem will do)
_RAM_VEHICLES = frozenset(_WORDS.words("ramming_vehicles"))
_ROAD_ACCIDENT = re.compile(r"(?<!\w)[وفبل]?(?:" + _alt("road_accident_words") + r")(?!\w)")


def _appeal_or_accident(folded: str, h: Hit[Trigger]) -> bool:
    """ "طعن المحامي في الحكم"، "دهسته شاحنة مسرعة": a stabbing or ramming verb that is an appeal or a road
    accident; a noun reading ("بالطعن"، "الدهس") is none of the verbs either."""
    if h.values[0].id != _STAB_RAM:
        return False
    if folded[h.word_start : h.start] not in ("", "و", "ف"):
        return True
    plain = folded.replace("ة", "ه")
    after = _NEXT_WORD.match(folded, h.word_end)
    following = after.group(1).replace("ة", "ه") if after is not None else ""
    if h.key.startswith(("طعن", "يطعن", "تطعن")):
        appeal_in = following == "في" and h.end == h.word_end  # "طعن في": contested (a pronoun: "طعنه في صدره")
        return appeal_in or _APPEAL.search(plain) is not None
    return following in _RAM_VEHICLES or _ROAD_ACCIDENT.search(plain) is not None


def _dawn(folded: str, h: Hit[Trigger]) -> bool:
    """ "فجر اليوم برج ...": فجر before a time word is dawn, not "blew up" (probe40's "فجر برج" keys)."""
    if not h.key.startswith("فجر "):
        return False
    after = _NEXT_WORD.match(folded, h.start + 3)
    if after is not None and after.group(1) in ("نفس", "نفسه"):
        after = _NEXT_WORD.match(folded, after.end())  # "فجر نفس اليوم": dawn of the same day, not "blew himself up"
    return after is not None and after.group(1) in _TIME_WORDS


_AIRCRAFT_BEFORE = re.compile(r"(?<!\w)طا[يئ]ر(?:[ةه]|ات) +$")  # folded: طائرة reads طايرة


def _drone_as_march(folded: str, h: Hit[Trigger]) -> bool:
    """ "خرجت طائرة مسيرة عن السيطرة": a march phrase whose مسيرة stands right after طائرة is a drone (probe47)."""
    if h.values[0].id != "protest_march":
        return False
    last = folded.rfind(" ", h.start, h.end)
    return last > h.start and _AIRCRAFT_BEFORE.search(folded, h.start, last + 1) is not None


_INTERVENTION = "protest_intervention"  # triggers.yaml
# "مطالبين بإلغاء"، "للمطالبة بالإفراج": a demand word behind ب (folded); right before a trigger, ending a text
_DEMANDING = re.compile(r"(?<!\w)(?:مطالبين|مطالبون|مطالبا|للمطالب[هة]|مطالب[هة]|مطالبات) +ب")
_DEMANDING_BEFORE = re.compile(_DEMANDING.pattern + "$")


def _clause_end(text: str, at: int) -> int:
    """Where the clause running at `at` ends (a comma or a stop, else the text's end)."""
    found = _CLAUSE_MARK.search(text, at)
    return len(text) if found is None else found.start()


_AT_PROTEST = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:متظاهر|محتج|مظاهر|تظاهر|احتجاج|اعتصام|معتصم|وقف[هة] احتجاج|مسير[هة] سلمي)"
)


def _stun_grenade_dropped(text: str, hits: list[Hit[Trigger]], cue_hits: Sequence[Hit[Cue]]) -> list[Hit[Trigger]]:
    """ "أفادت الوكالة بأن مسيّرة إسرائيلية ألقت قنبلة صوتية على صيادين": a stun grenade a drone or an aircraft drops,
    with no protest in the sentence, is a grenade dropped from the air (an air/drone strike), not a protest broken up
    (probe54). At a protest ("ألقت قوات الأمن قنبلة صوتية على المتظاهرين") it is the protest broken up, not a grenade
    attack."""
    dropped = [h for h in hits if h.values[0].id == "grenade"]
    if _AT_PROTEST.search(text):
        stun = [h for h in hits if h.values[0].id == _INTERVENTION]
        return [h for h in hits if h not in dropped or not any(d.start < h.end and h.start < d.end for d in stun)]
    from_air = [
        c.start for c in cue_hits if any(v.category == "weapon" and v.value == "Air/drone strike" for v in c.values)
    ]
    return [
        h
        for h in hits
        if h.values[0].id != _INTERVENTION
        or not any(d.start < h.end and h.start < d.end for d in dropped)
        or not any(a < h.start for a in from_air)
    ]


def _view(
    doc: Document, sentence: Sentence, mentions: Sequence[Mention], starts: Sequence[int] | None = None
) -> SentenceView:
    """`starts`, if given, are the mentions' starts in ascending order: only those within the sentence are read."""
    span = sentence.span
    text = doc.raw[span.start : span.end]
    folded = fold(text, keep_taa_marbuta=True)
    if starts is not None:
        within = mentions[bisect_left(starts, span.start) : bisect_right(starts, span.end)]
    else:
        within = mentions
    inside = [m for m in within if span.start <= m.span.start and m.span.end <= span.end]
    words = _words_of(folded.text)
    word_set = frozenset(map(itemgetter(2), words))  # (gates the whole-sentence searches below)
    trigger_hits, cue_hits = find_each(trigger_matcher(), cue_matcher(), folded.text, words)
    visiting = _searches(_VISITING, folded.text, word_set)  # (looked for once, not per trigger)
    fitting = [
        h
        for h in trigger_hits
        if _clitics_fit(folded.text, h)
        and _aside_fits(folded.text, h)
        # "فرضت السلطات حظراً شاملاً للتجول": the ban is a curfew, no sanction
        and not (h.values[0].plover == "SANCTION" and _CURFEW_AFTER.match(folded.text, h.end))
        and not _funds_or_lifted(folded.text, h)
        and not _dawn(folded.text, h)
        and not _appeal_or_accident(folded.text, h)
        # "اختطف مسلحون الصحافي ...، واقتادوه إلى جهة مجهولة": led away with a pronoun, one seized as told before
        and not (h.key in _LED_AWAY and h.end < h.word_end)
        and not _drone_as_march(folded.text, h)
        and not (visiting and _wounded_visited(folded.text, h))
        and not (h.values[0].id == "citizenship_revoked" and _policy_talk(folded.text, h))
        and not _press_informed(folded.text, h)
    ]
    if any(h.values[0].id == "grenade" for h in fitting) and any(h.values[0].id == _INTERVENTION for h in fitting):
        fitting = _stun_grenade_dropped(folded.text, fitting, cue_hits)
    fitting = _without_own_session_frame(folded.text, fitting)
    triggers = longest(_without_suspended_aid(fitting))
    if any(h.values[0].id == "reception" for h in triggers):
        triggers = _without_received_casualties(folded.text, triggers)
    if _searches(_CARRY_VERB, folded.text, word_set):
        triggers = _without_carried_wounded(folded.text, triggers)
    if _searches(_BLAME_WORD, folded.text, word_set):
        triggers = _with_blame(folded.text, triggers)
    if _searches(_FIND_WORD, folded.text, word_set):
        triggers = _with_finds(folded.text, triggers)
    if "انقذ" in folded.text:
        triggers = _verb_and_object(folded.text, triggers, _RESCUE_VERB, _RESCUED, _RESCUED_KEY, 90, none_between=True)
    if _searches(_STEAL_VERB, folded.text, word_set):
        triggers = _verb_and_object(folded.text, triggers, _STEAL_VERB, _STOLEN_HERD, _STOLEN_KEY, 90, True)
    if _searches(_WARN_WORD, folded.text, word_set):
        triggers = _with_warnings(folded.text, triggers)
    if _searches(_BRANDISH_VERB, folded.text, word_set):
        # "لوّح الاتحاد العام التونسي للشغل بالدخول في إضراب عام": the step brandished past the subject (probe93)
        triggers = _verb_and_object(folded.text, triggers, _BRANDISH_VERB, _BRANDISHED, _BRANDISH_KEY, 90, True)
    if _searches(_BAR_VERB, folded.text, word_set):
        # "منعت الشرطة مئات المصلين من دخول المسجد": the access barred past the people barred (probe101)
        triggers = _verb_and_object(folded.text, triggers, _BAR_VERB, _BARRED, _BAR_KEY, 90, True)
    if _searches(_HALT_VERB, folded.text, word_set):
        # "جمّدت محكمة الصلح، أمس، أمر هدم البناية": the order halted past the court and the time (probe101)
        triggers = _verb_and_object(folded.text, triggers, _HALT_VERB, _HALTED_ORDER, _HALT_KEY, 90, False)
    if _searches(_LAY_VERB, folded.text, word_set):
        # "ألقى رئيس الوزراء الصومالي باللوم على إدارة جوبالاند" (probe93)
        triggers = _verb_and_object(folded.text, triggers, _LAY_VERB, _LAID_BLAME, _LAID_BLAME_KEY, 90, True)
    if _searches(_ARRIVE_WORD, folded.text, word_set):
        places = frozenset(m.span.start - span.start for m in inside if m.place is not None or m.type in ("GPE", "LOC"))
        triggers = _with_arrivals(folded, triggers, places)
    if "قافل" in folded.text or "قوافل" in folded.text:
        triggers = _with_arrived_convoys(folded.text, triggers)
    if _searches(_ELIMINATE, folded.text, word_set):
        triggers, cue_hits = _with_eliminations(folded.text, triggers, cue_hits)
    if (
        _searches(_DESTROY, folded.text, word_set)
        or _searches(_RECOVER, folded.text, word_set)
        or _searches(_FOIL_SMUGGLING, folded.text, word_set)
    ):
        triggers = _with_taken_arms(folded.text, triggers)
    if _searches(_BLOW_UP, folded.text, word_set):
        triggers = _with_blown_up_buildings(folded.text, triggers)
    if "احب" in folded.text or "افشل" in folded.text:
        triggers = _with_foiled_launched_attacks(folded.text, triggers)
    if may_match(_NEGATED_TOLL, word_set):
        cue_hits = _with_negated_tolls(folded.text, cue_hits)
    cue_hits = _without_charged_lies(folded.text, cue_hits)
    cue_hits = _without_named_martyrs(folded.text, cue_hits)
    if _searches(_OUTLET_NOUN, folded.text, word_set):
        cue_hits = _without_outlet_weapons(folded.text, cue_hits)
    if "شهيد" in folded.text or "شهداء" in folded.text:
        triggers = [h for h in triggers if h.key not in _MARTYR_WORDS or not _named_martyr(folded.text, h.start)]
    if _searches(_ORGANISE, folded.text, word_set):
        triggers = _with_organised(folded.text, triggers)
    if _searches(_CALLED_RALLY, folded.text, word_set):
        triggers = _with_called_rallies(folded.text, triggers)
    if _searches(_SEIZE, folded.text, word_set):
        triggers = _with_seizure(folded.text, triggers)
    if word_set & _DETAIN_VERBS:
        triggers = _with_seized_vessels(folded.text, triggers)
    if _searches(_SEIZE_ARMS, folded.text, word_set):
        triggers = _with_seized_arms(folded.text, triggers)
        triggers = _with_seized_people(folded.text, triggers)
    if "رحل" in folded.text:
        triggers = _with_deported(text, folded, triggers)
    verbs = word_set & _VERB_PASS_FORMS  # one set look-up per word
    if verbs & _DEPLOY_FORMS:
        triggers = _with_deployed(folded.text, triggers)
    if verbs & _DISPERSE_FORMS:
        triggers = _with_dispersed(folded.text, triggers)
    if verbs & _LAUNCH_FORMS:
        # "أطلقت جماعة الحوثي، مساء أمس، صاروخاً على مأرب": across the time aside the listed phrase cannot span
        for launched, key in ((_LAUNCHED, _LAUNCHED_KEY), (_LAUNCHED_DRONES, _LAUNCHED_DRONE_KEY)):
            if _searches(launched, folded.text, word_set):
                triggers = _verb_and_object(folded.text, triggers, _LAUNCH_VERB, launched, key, 90, none_between=True)
    if verbs & _HANDOVER_FORMS:
        triggers = _verb_and_object(
            folded.text, triggers, _HANDOVER_VERB, _HANDED_OVER, _HANDED_KEY, 120, none_between=True
        )
    if _searches(_ULTIMATUM, folded.text, word_set):
        triggers = _with_envoy_ultimatum(folded.text, triggers)
    for verbs_of, objects_of, key in (
        _APART_OBJECTS if _APART_VERB_GATE is None or not word_set.isdisjoint(_APART_VERB_GATE) else ()
    ):
        if _searches(verbs_of, folded.text, word_set):
            # those referred to trial are often named "المتهمين", itself an accusation word: it may stand between
            alone = key not in (_REFERRAL_KEY, _LISTED_KEY, _BARRED_CONVOY_KEY)
            triggers = _verb_and_object(folded.text, triggers, verbs_of, objects_of, key, 120, none_between=alone)
    if "سلم" in folded.text and any(h.values[0].id == "withdrawal" for h in triggers):
        triggers = _with_site_handed(folded.text, triggers)
    if _searches(_SIGN_VERB, folded.text, word_set):
        triggers = _with_signed_deals(folded.text, triggers)
    if any(h.values[0].plover == "SANCTION" for h in triggers):
        # "عقوبات على 11 شركة تتهمها بنقل النفط الإيراني": the present accusation said of the sanctioned is the
        # sanction's grounds, no accusation of its own
        triggers = [
            h
            for h in triggers
            if not (
                _GROUNDS_ACCUSED.fullmatch(folded.text[h.word_start : h.word_end])
                and any(o.values[0].plover == "SANCTION" and o.end <= h.word_start for o in triggers)
            )
        ]
    if _searches(_RULING, folded.text, word_set) and _searches(_COURT_WORD, folded.text, word_set):
        # "أيدت محكمة الاستئناف الحكم الابتدائي بسجن الصحفي": a court upholding a ruling passes a sentence, it
        # supports nothing
        triggers = [h for h in triggers if not _upholds_ruling(folded.text, h)]
    if _searches(_VERDICT_VERB, folded.text, word_set) or _searches(_CONVICT_VERB, folded.text, word_set):
        triggers = _with_verdicts(folded.text, triggers)
    if any(folded.text[h.word_start : h.start].endswith("ل") for h in triggers):
        # "تشكيل لجنة لوقف إطلاق النار": what the committee is for, not a deal reached
        triggers = [h for h in triggers if not _purpose_of(folded.text, h)]
    if any(n in folded.text for n in _CHARGE_NEEDLES) and _CHARGE.search(folded.text):
        # "إن الموقوفين متهمون بالاعتداء على موظف"، "اعتقلت ثلاثة بتهمة الاعتداء": the deed charged is no event told
        charged = [m.end() for m in _CHARGE.finditer(folded.text)]
        triggers = [h for h in triggers if not any(-1 <= h.word_start - end <= 3 for end in charged)]
    if _searches(_BODY_WORD, folded.text, word_set) and _searches(_BURIAL_WORD, folded.text, word_set):
        triggers = [h for h in triggers if not _buried_dead(folded.text, h)]
    if len(triggers) > 1:
        triggers = _named_operations(folded.text, triggers)
        # "توصلا إلى هدنة بوساطة سعودية"، "اتفاق بوساطة من أعيان المدينة": "by the mediation of" tells how another
        # event came about; the mediators are neither of its sides nor an event of their own
        triggers = [
            h
            for h in triggers
            if h.values[0].id != "mediation" or folded.text[h.word_start : h.start] not in ("ب", "وب")
        ]
    if any(v.id == _RECEIVED_CALL for h in triggers for v in h.values):
        triggers = [
            h for h in triggers if all(v.id != _RECEIVED_CALL for v in h.values) or _after_receipt(folded.text, h)
        ]
    # the cue hits by category, built once here for the view (cues_of reads it): no scan of every hit's values
    # per question
    by_category = _by_category(cue_hits)
    nobody = by_category.get("no_casualties", _NO_HITS)
    if nobody and "weapon" not in by_category:
        # "ولم ترد أنباء عن وقوع إصابات": the wound word of a "no casualties" phrase tells no event (but "سقط
        # صاروخان دون وقوع إصابات" is the rockets' fall)
        triggers = [h for h in triggers if not any(n.start <= h.start and h.end <= n.end for n in nobody)]
    asked = [h for h in by_category.get("anonymous", _NO_HITS) if _REQUEST.search(h.key)]
    if asked:
        # "مصدر حقوقي، طلب عدم الكشف عن اسمه،": the source's request to stay unnamed asks for nothing the story tells
        triggers = [
            h for h in triggers if not any(a.start <= h.start < a.end or 0 <= a.start - h.word_end <= 1 for a in asked)
        ]
    if any(h.key in _STOP_VERBS for h in triggers):
        # "اعترضت، أمس، ثلاث طائرات مسيرة": a weapon must follow, else it stopped a car or a convoy
        weapons = [h.start for h in by_category.get("weapon", _NO_HITS)]
        triggers = [h for h in triggers if h.key not in _STOP_VERBS or any(w >= h.end for w in weapons)]
    if any(h.values[0].id == _FREED for h in triggers):
        # "حررت قوات الجيش اليمني، أمس، مديرية حريب من قبضة جماعة الحوثي": a bare حرر frees ground only with the
        # place and whose grip it left after it (not "حرر محضراً"، "حررت الرهائن")
        triggers = [h for h in triggers if h.values[0].id != _FREED or _FREED_GROUND.match(folded.text, h.end)]
    if (
        any(h.values[0].id == "gathering" for h in triggers)
        and not _searches(_GATHERING_PURPOSE, folded.text, word_set)
        and not _searches(_CROWD_BROKEN_UP, folded.text, word_set)
    ):
        # "تجمع عشرات المواطنين حول موقع الانفجار": a crowd that gathers for nothing it demands is no protest, unless
        # it is called ("دعا الاتحاد إلى تجمع شعبي") or broken up ("قبل أن تفرقهم قوات الأمن")
        triggers = [h for h in triggers if h.values[0].id != "gathering" or _CALLED_TO.search(folded.text, 0, h.start)]
    if any(v.plover == "PROTEST" for h in triggers for v in h.values):
        # "احتشد المئات أمام مقر البرلمان ... رفضاً لقانون الموازنة": the grounds word after a protest (also a weak
        # one) says what it is against, it is no rejection or condemnation of its own (probe54)
        # ... and so is what the protesters demand ("مطالبين بإلغاء اتفاقية وادي عربة")
        first = min(h.start for h in triggers if any(v.plover == "PROTEST" for v in h.values))
        # ... all the demand asks for, up to its clause's end ("مطالبين بتعزيز الأمن وملاحقة منفذي الهجوم، قبل أن")
        demands = [range(m.start(), _clause_end(folded.text, m.end())) for m in _DEMANDING.finditer(folded.text, first)]
        triggers = [
            h
            for h in triggers
            if h.start < first
            or any(v.plover == "PROTEST" for v in h.values)
            or not (
                _PROTEST_GROUNDS.fullmatch(folded.text, h.word_start, h.word_end)
                or _DEMANDING_BEFORE.search(folded.text, max(0, h.word_start - 16), h.word_start + 1)
                or any(h.start in d for d in demands)
            )
        ]
    plain = folded.source == range(len(text))
    view = SentenceView(
        sentence,
        text,
        folded,
        triggers,
        cue_hits,
        inside,
        words,
        by_category=by_category,
        plain=plain,
        start=span.start,
        word_set=word_set,
        word_starts=list(map(itemgetter(0), words)),
    )
    if _searches(_EXECUTE_VERB, folded.text, word_set):
        view.triggers = triggers = _with_group_executions(view, triggers)
    if triggers and not word_set.isdisjoint(_KIN_WORDS):
        # "إعانات لأسر القتلى والمصابين"، "عزّى ذوي الضحايا": the dead of a kin noun were told of before, no new deed
        triggers = [
            h
            for h in triggers
            if h.values[0].plover != "ASSAULT"
            or folded.text[h.word_start : h.word_end] not in _TOLD_DEAD
            or not _KIN_BEFORE.search(folded.text, max(0, h.word_start - 12), h.word_start)
        ]
        view.triggers = triggers
    if any(v.id == "suspend_talks" for h in triggers for v in h.values):
        view.triggers = triggers = _with_suspended_members(view, triggers)
    listed = [m.span for m in inside if m.origin == "lexicon" and m.type == "ORG"]
    if listed and any(v.plover == "AID" for h in triggers for v in h.values):
        # "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين": an aid word inside a listed body's name gives no aid
        triggers = [
            h
            for h in triggers
            if h.values[0].plover != "AID"
            or not any(_aid_word_in_name(view.raw_span(h.start, h.end), m) for m in listed)
        ]
        view.triggers = triggers
    if any(v.id == "endorsement" for h in triggers for v in h.values):
        # "حكماً بالقتل أيدته محكمة الاستئناف"، "وأيدت محكمة التمييز الحكم": a court upholding a verdict is the
        # verdict's course, no political support (probe81)
        triggers = [
            h for h in triggers if h.values[0].id != "endorsement" or not _COURT_UPHOLDS.match(folded.text, h.end)
        ]
        view.triggers = triggers
    if any(v.plover == "AID" for h in triggers for v in h.values):
        # "اقتحم مسلحون مقر منظمة إغاثة": an aid word after a body or its workers names them
        triggers = [
            h
            for h in triggers
            if not _names_aid_body(view, h)
            and not _awaited(view, h)
            and not _aid_attacked(view, h)
            and not _aid_blocked(view, h)
        ]
        view.triggers = triggers
    if triggers and (
        # (_SPORTS by its own gate, which lets nearly every sentence through)
        ((_SPORTS_GATE is None or not word_set.isdisjoint(_SPORTS_GATE)) and _SPORTS.search(folded.text))
        or any(
            _searches(p, folded.text, word_set)
            for p in (_GOAL_SCORED, _MATCH_MINUTE, _PAST_ERA, _YEAR, _HIJRI_YEAR, _FULL_DATE)
        )
    ):
        triggers = [h for h in triggers if not _off_topic(view, h, doc.published)]
        view.triggers = triggers
    if any(v.plover in _TALK_WORDS for h in triggers for v in h.values):
        triggers = [h for h in triggers if not _talk_misread(view, h)]
        if any(_tells_no_news(view, h) for h in triggers):
            triggers = []
        view.triggers = triggers
    if triggers and view.contains_any(_SLOGAN_NEEDLES):
        triggers = [h for h in triggers if not _slogan_says(view, h)]
        view.triggers = triggers
    if triggers and (
        any(m.type in _NAMED_TYPES for m in inside) or any(h.key in _PERSON_NOUN_TRIGGERS for h in triggers)
    ):
        view.triggers = [h for h in triggers if not _names_a_person(view, h)]
    return view


def _slogan_says(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "ورددوا هتافات تندد بعجز الحكومة": a present verb of condemnation right after chants describes what they say
    (an adjective clause); chanting is the crowd's protest, the sentence's event, no one's statement (art5). Banners
    only carried ("رفعوا شعارات تندد") add to a protest told before and stay no event (_events_for); a demand after
    slogans has its own rule (_purpose_of_protest)."""
    if not (
        hit.start == hit.word_start
        and hit.key[:1] in ("ي", "ت")
        and any(v.plover == "ACCUSE" for v in hit.values)
        and view.previous_word(hit.word_start) in _SLOGANS
    ):
        return False
    return any(
        h.end <= hit.word_start and h.values[0].plover == "PROTEST" and (_CHANTED.match(h.key) or h.key == "هتافات")
        for h in view.triggers
    )


# (folded) kin of the dead ("لأسر القتلى"، "ذوي الضحايا") and the nouns of the dead they come before
_KIN_WORDS = frozenset(
    {"اسر", "لاسر", "واسر", "عائلات", "لعائلات", "ذوي", "لذوي", "اهالي", "لاهالي", "عوائل", "لعوائل"}
)
_KIN_BEFORE = re.compile(r"(?<!\w)[وفل]?(?:اسر|عائلات|ذوي|اهالي|عوائل) +$")
_TOLD_DEAD = frozenset({"القتلي", "قتلي", "الضحايا", "ضحايا", "الشهداء", "شهداء", "المصابين", "الجرحي", "جرحي"})
_SUSPENDED_MEMBER_KEY = fold_text("تعليق عضوية")  # triggers.yaml reduce_relations: a SANCTION


def _with_suspended_members(view: SentenceView, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "قرر مجلس السلم والأمن الإبقاء على تعليق مشاركة السودان في أنشطة الاتحاد": a body suspending a named state's
    participation sanctions it, as suspending its membership does; one suspending its own ("علّقت الحركة مشاركتها
    في المفاوضات") rejects the talks."""
    out = []
    for h in triggers:
        if h.values[0].id == "suspend_talks" and view.folded.text[h.start : h.end].endswith(("مشاركه", "مشاركة")):
            end = view.raw_span(h.start, h.end).end
            named = any(
                0 < m.span.start - end <= 2
                and (m.actor is not None or (m.place is not None and m.place.kind == "country"))
                for m in view.mentions
            )
            if named:
                h = h._replace(values=_fixed_trigger(_SUSPENDED_MEMBER_KEY))
        out.append(h)
    return out


# probe52: the verb "executed" (bare أعدم is no trigger: a state's executions are no ACLED event)
_EXECUTE_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("execute_verbs") + r")(?!\w)")
_GUNMEN = re.compile(r"(?<!\w)[وف]?(?:مسلحو|مسلحون|مسلحين|المسلحون|المسلحين)(?!\w)")
_EXECUTION_KEY = fold_text("إعدام ميداني")


def _with_group_executions(view: SentenceView, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "أعدمت حركة الشباب رجلاً بتهمة التجسس"، "مسلحين من حركة الشباب أعدموا رجلاً": an armed group (or gunmen)
    that executes, named right after the verb or shortly before it in its clause, kills a captive: an attack on a
    civilian, as a field execution is."""
    text = view.folded.text
    out = list(triggers)
    for verb in _EXECUTE_VERB.finditer(text):
        if any(h.word_start <= verb.start() < h.word_end for h in triggers):
            continue
        lo = max(0, verb.start() - 60)
        before = text[lo : verb.start()]
        cut = max(before.rfind(c) for c in "،,.؛")
        lo = lo + cut + 1 if cut >= 0 else lo
        hi = min(len(text), verb.end() + 30)
        doers = [
            m
            for m in view.mentions
            if m.actor is not None
            and m.actor.role == "armed_group"
            and view.raw_start(lo, hi) <= m.span.start < view.raw_span(lo, hi).end
        ]
        if not doers and not _GUNMEN.search(text, lo, hi):
            continue
        start = verb.start() + 1 if text[verb.start()] in "وف" else verb.start()
        values = _fixed_trigger(_EXECUTION_KEY)
        out.append(Hit(start, verb.end(), verb.start(), verb.end(), text[start : verb.end()], values, False))
    return longest(out)


_STOP_VERBS = frozenset(fold_text(w) for w in _WORDS.words("stop_verbs"))
_COUNT_CROWDS = frozenset({"المئات", "الالاف", "العشرات", "الاف", "مئات", "عشرات"})  # folded
_OPENING_PLACE = re.compile(r"\W*[وف]?(?:في|ب) +(?:[^\W\d_]+ +)?")  # "وفي بغداد،"، "وفي مدينة الزاوية،"
_TOLD_VICTIMS = frozenset({"الضحايا", "القتلي", "الضحيه", "القتيل", "الشهداء"})  # folded
# folded with ة kept: "للمطالبه" is also "للمطالبة"
# "إلى تجمع"، "إلى \"تجمع": what a call is to (a quote may open before it)
_CROWD_BROKEN_UP = re.compile(r"(?<!\w)[وفل]?(?:تفريق|[تي]فرق|فرقت|فرقوا|[تي]فض|فضت)(?:هم|ها)(?!\w)")
_CALLED_TO = re.compile(r"(?<!\w)الي[ \"«“]{1,3}$")
_FREED = "territory_freed_weak"  # triggers.yaml
# what a bare حرر frees: up to six words (a subject, a time aside) then a place word, up to five more words, and
# "من قبضة|سيطرة|أيدي|يد" (folded)
_FREED_GROUND = re.compile(
    r"[^.؟!]{0,80}?(?<!\w)(?:ب|و|ال)?(?:"
    + "|".join(re.escape(w[:-1]) + "[هة]" if w.endswith("ه") else re.escape(w) for w in _WORDS.words("freed_places"))
    + r")(?!\w)[^.؟!،]{0,60}? من (?:قبض[هة]|سيطر[هة]|ايدي|يد|براثن)(?!\w)"
)
_GATHERING_PURPOSE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("gathering_purposes").replace("ه|", "[هة]|") + r")(?!\w)")
_BLAME_FORMS = frozenset(_WORDS.words("blame"))
_BLAME_KEY = fold_text("حمل مسؤولية")
_BLAME_WORD = re.compile(r"(?<!\w)[وف]?(?:" + _alt("blame") + r")(?!\w)")
_RESPONSIBILITY_WORD = re.compile(r"(?<!\w)(?:ال)?مسووليه|(?<!\w)(?:ال)?مسوولية")
_SENTENCE_STOP = re.compile(r"[.!?؟:؛]")
# a leading clitic to strip (compiled once: these run per word before a trigger)
_LEAD_WF = re.compile(r"^[وف]")
_LEAD_BL = re.compile("^[بل]")
_LEAD_WFL = re.compile("^[وفل]")
_LEAD_WFBL = re.compile("^[وفبل]")
_BEARS = re.compile(r"(?<!\w)(?:يتحمل|تتحمل|تحمل)(?!\w)")  # bearing responsibility, not blaming


@cache
def _fixed_trigger(key: str) -> tuple[Trigger, ...]:
    """The triggers listing one of the fixed keys the joined-trigger passes build (looked up once, not per sentence)."""
    return trigger_lexicon().lookup(key)


def _with_blame(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "حمّل الناطق، اللواء فلان، قوات التحالف مسؤولية ما وصفه بالاعتداء": a blame verb and the مسؤولية at most
    15 words after it in the same clause (commas allowed) are one accusation trigger, unless a trigger already
    starts at the verb."""
    out = list(triggers)
    values = _fixed_trigger(_BLAME_KEY)
    for verb in _BLAME_WORD.finditer(text):
        if any(h.word_start == verb.start() for h in triggers):
            continue
        duty = _RESPONSIBILITY_WORD.search(text, verb.end(), verb.end() + 150)
        if duty is None or _SENTENCE_STOP.search(text, verb.end(), duty.start()):
            continue
        gap = text[verb.end() : duty.start()]
        if len(gap.split()) > 15 or _BEARS.search(gap) or _THAT_PRONOUN.search(gap):
            continue  # "حمل المتظاهرون لافتات، وقالوا إن الحكومة تتحمل مسؤولية": another clause's مسؤولية
        clitic = text[verb.start()] in "وف" and text[verb.start() + 1 : verb.end()] in _BLAME_FORMS
        start = verb.start() + 1 if clitic else verb.start()
        out.append(Hit(start, duty.end(), verb.start(), duty.end(), _BLAME_KEY, values, False))
    return longest(out)


_WARN_WORD = re.compile(r"(?<!\w)[وف]?(?:" + _alt("warn_verbs") + r")(?!\w)")
# The warner and what stands before its "من أن": a few words, or an aside set off by commas (probe60: "وحذر الوزير،
# خلال زيارته المصابين في المستشفى، من أن الأجهزة الأمنية ستضرب بيد من حديد")
# ... and whom it warns after that aside, the warner named with a long title ("وحذر الناطق باسم القيادة العامة اللواء
# ...، في مؤتمر صحفي، «المجموعات المسلحة» من أن"; probe71)
_WARNER = r"(?:[^.،,؛:]{0,40}?|[^.،,؛:]{0,70}?[،,][^.؛:]{0,150}?[،,](?: [\"«“]?[^\W\d_]+[\"»”]?){0,6}?)"
# what the act to come is forced by or follows from ("بسبب نقص التمويل"، "جراء الحصار"), a word of its own
# ("الإجراءات" holds جراء)
_FORCED_BY = r"(?![^.؛]{0,80}(?<!\w)(?:بسبب|نتيج[ةه]|جراء|من جراء|لنقص|لعدم)(?!\w))"
_FUTURE_VERB = r"[\"«“]?(?:قد )?(?!س[تين]?ضطر)(?:س|ست|سي|سن)[^\W_]{2,}"
# "حذر من أن القوات المسلحة ستضرب بيد من حديد": the warner's own side will act; whom it warns is unnamed ("كل من يحاول")
_FIRM_WARNING = re.compile(
    _WARNER
    + r" من ان (?:[^\W_]+ ){1,5}?[\"«“]?(?:س|ست|سي)[^\W_]{2,} (?:[^\W_]+ ){0,2}?(?:"
    + _alt("firm_manner")
    + r")(?!\w)"
)
# probe60: "من أن قواته لن تتهاون مع من يطلق النار"، "من أن الأجهزة الأمنية ستلاحق": a side that will not be lenient,
# or the warner's own forces (event_words own_forces) acting to come
_UNYIELDING_WARNING = re.compile(_WARNER + r" من ان (?:[^\W_]+ ){1,5}?(?:" + _alt("unyielding") + r")(?!\w)")
_OWN_FORCES_WARNING = re.compile(
    _WARNER + r" من ان (?:كل |جميع )?(?:" + _alt("own_forces") + r")(?: [^\W_]+){0,2}? " + _FUTURE_VERB + _FORCED_BY
)
# "ستتخذ كل التدابير"، "سنتخذ الإجراءات القانونية": a side that will take all (or the needed, legal, deterrent)
# measures ("ستتخذ إجراءات تقشف" is no threat)
_ALL_MEASURES = (
    r"(?:[^\W_]+ ){0,2}?[\"«“]?(?:ستتخذ|سيتخذ|سنتخذ|ستتخذان|سيتخذون) "
    r"(?:(?:كل|كاف[ةه]|جميع) (?:ال)?(?:تدابير|اجراءات|خطوات)"
    r"|(?:ال)?(?:تدابير|اجراءات|خطوات) (?:ال)?(?:لازم[ةه]|قانوني[ةه]|رادع[ةه]|مناسب[ةه]))(?!\w)"
)
_WARNED_PRICE = re.compile(
    _WARNER
    + r" من ان (?:[^\W_]+ ){1,5}(?:"
    + _alt("consequence_verbs")
    + r") (?:"
    + _alt("consequence_nouns")
    + r")(?!\w)"
    + r"|"
    + _FIRM_WARNING.pattern
    # s15: "حذرت جمعية المصارف، في بيان، من أنها ستقفل الفروع"، "حذر الحوثيون من أنهم سيستهدفون السفن": the
    # warner's own act to come (its pronoun after أن, a future verb), past an aside
    # (not one forced by want: "ستضطر إلى تعليق عملياتها"، "سيوقف التوزيع بسبب نقص التمويل")
    + r"|[^.؛:]{0,70}? من (?:انه|انها|انهم|اننا|انهما) *"
    + _FUTURE_VERB
    + _FORCED_BY
    + r"|"
    + _UNYIELDING_WARNING.pattern
    + r"|"
    + _OWN_FORCES_WARNING.pattern
    # probe93: "وحذّر المتحدث باسم الجيش من رد «ساحق»" (a response warned of is the warner's, past its subject; not
    # "رد فعل", a reaction), and "حذّر حزب الله إسرائيل من «عواقب وخيمة» إذا أقدمت على" (consequences if the warned
    # side dares: a warning of a famine's or a war's consequences names no one daring)
    + r"|"
    + _WARNER
    + r" من [\"«“]?(?:رد|الرد|ردا)(?! فعل)(?!\w)"
    + r"|"
    + _WARNER
    + r" من [\"«“]?(?:عواقب|العواقب)[^.،,؛:]{0,30}? (?:اذا|في حال|ان|لو) (?:[^\W_]+ ){0,2}?"
    + r"(?:اقدم|اقدمت|اقدموا|تجرا|تجرات|تجراوا|حاول|حاولت|حاولوا)(?!\w)"
    # gape: "حذّر وزير الخارجية من أن مصر ستتخذ كل التدابير اللازمة"، "من أنها ستتخذ الإجراءات القانونية بحق": a side
    # that will take all (or the needed, legal, deterrent) measures threatens; "ستتخذ إجراءات تقشف" is no threat
    + r"|"
    + _WARNER
    + r" من ان(?:ها|ه|هم|نا)? "
    + _ALL_MEASURES
    # art6: "حذرت الخارجية، في بيان، من «الإجراءات الأحادية» لإثيوبيا ...، مؤكدة أن القاهرة «ستتخذ كافة التدابير
    # المكفولة ... للدفاع عن مصالح شعبها»": a warning of another's act, then the stress that the warner will take all
    # measures to defend itself or against the warned ("ستتخذ كل الإجراءات اللازمة لإغاثة المتضررين" is relief)
    + r"|"
    + _WARNER
    + r" من [^.؛:]{0,120}?[،,] *(?:موكد|مشدد)(?:ا|ه|ة|ين)? (?:علي )?ان(?:ها|ه|هم|نا)? "
    + _ALL_MEASURES
    + r"[^.؛:]{0,60}?(?<!\w)(?:للدفاع|لحماي[ةه]|للحفاظ|لصون|المكفول[ةه]|بحق|ضد|للرد|لردع)(?!\w)"
    # probe98: "حذرت إريتريا إثيوبيا من مغبة أي محاولة للوصول إلى البحر الأحمر بالقوة" (a move the warned may make)
    + r"|"
    + _WARNER
    + r" من مغب[هة] (?:"
    + "|".join(re.sub(r"ه$", "[هة]", re.escape(w)) for w in _WORDS.words("rash_moves"))
    + r")(?!\w)"
)
# probe60: "حذر وزير الدفاع التركي من أن القوات التركية ستواصل ضرب مواقع": forces of the warner's own state (the
# adjective of its title) acting to come; the stem is matched against the warner's words
_NAMED_FORCES_WARNING = re.compile(
    _WARNER
    + r" من ان (?:القوات|قوات|الجيش|الطيران|البحريه|البحرية) (?P<adj>ال[^\W_]{2,}?)(?:يه|ية|ي)(?: [^\W_]+){0,1}? "
    + _FUTURE_VERB
    + _FORCED_BY
)
_THREAT_KEY = fold_text("هدد")
_BRANDISH_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("brandish_verbs") + r")(?!\w)")
_BRANDISHED = re.compile(r"(?<!\w)ب(?:ال)?(?:" + _alt("brandished") + r")(?!\w)")
_BRANDISH_KEY = fold_text("لوح تصعيد")
_SUPPLY_TOLD_MEDIA = re.compile(r"(?<!\w)[وفل]?(?:" + _alt("supply_told_media") + r")(?!\w)")
_SUPPLY_KEYS = frozenset(fold_text(w + " معلومات") for w in ("زود", "زودت", "زودوا", "يزود", "تزود", "تزويد"))
_BAR_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("bar_verbs") + r")(?!\w)")
_BARRED = re.compile(r"(?<!\w)من (?:" + _alt("barred_from") + r")(?!\w)")
_BAR_KEY = fold_text("منعت دخول")
_HALT_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("halt_verbs") + r")(?!\w)")
_HALTED_ORDER = re.compile(
    r"(?<!\w)(?:ال)?(?:امر|اوامر|قرار|قرارات) (?:ب)?(?:ال)?(?:" + _alt("halted_orders") + r")(?!\w)"
)
_HALT_KEY = fold_text("جمدت قرار")
_LAY_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("lay_verbs") + r")(?!\w)")
_LAID_BLAME = re.compile(r"(?<!\w)(?:بال|ال)لوم(?!\w)")
_LAID_BLAME_KEY = fold_text("ألقى لوم")


# "بالتنسيق مع الحكومة"، "في خطوة منسقة مع النرويج وإيرلندا"، "بحماية شرطة الاحتلال"، "تحت حراسة الجيش": a partner
# (and one joined to it) or an escort is neither side, nor a place of the event (raw text)
_COORDINATED_WITH = re.compile(
    r"(?<!\w)(?:(?:و?بالتنسيق|و?بالتعاون|(?:في +|ب)خطو[ةه] +منسق[ةه]|بشكل +منسق) +مع"
    r"|(?:تحت +)?(?:ب|و?ب)?(?:حماية|حراسة|حراسه|حمايه)) +(?:[^\W\d_]+(?: [^\W\d_]+)? و)?$"
)
# a piece of raw text every match of _COORDINATED_WITH holds (one per alternative): none in the sentence, no match
_COORDINATED_NEEDLES = ("تنسيق", "تعاون", "منسق", "حماي", "حراس")


def _own_forces_warned(text: str, verb_end: int) -> bool:
    """ "حذر وزير الدفاع التركي من أن القوات التركية ستواصل ضرب مواقع الحزب": the forces named after "من أن" carry
    the adjective of the warner's own state (said between the verb and "من أن"), and act to come."""
    named = _NAMED_FORCES_WARNING.match(text, verb_end)
    if named is None:
        return False
    stem = named.group("adj")
    warner = text[verb_end : named.start("adj")]
    return re.search(r"(?<!\w)" + re.escape(stem) + r"(?:ي|يه|ية)(?!\w)", warner) is not None


def _own_act_warning(text: str, verb_end: int) -> bool:
    """A warning that the warner's own side will act firmly, will not be lenient, or that its own forces will act."""
    return any(
        r.match(text, verb_end) is not None for r in (_FIRM_WARNING, _UNYIELDING_WARNING, _OWN_FORCES_WARNING)
    ) or _own_forces_warned(text, verb_end)


def _warned_other_side(
    view: SentenceView, hit: Hit[Trigger], actor1: Participant | None, participants: Sequence[Participant]
) -> Participant | None:
    """The first armed group or side of another state named in the warning's clause, past its "من أن" (probe60:
    "حزب العمال الكردستاني"); the warner's own forces and the people they guard ("على رجال الأمن") are not."""
    that = view.folded.text.find(" من ان ", hit.word_end)
    if that < 0 or actor1 is None:
        return None
    start = view.raw_start(that, that)
    clause_end = _SENTENCE_STOP.search(view.folded.text, that)
    end = view.raw_start(clause_end.start(), clause_end.start()) if clause_end else view.start + len(view.text)
    for p in participants:
        if not start <= p.span.start < end or p.possessive or _same_side(p, actor1):
            continue
        if p.role == "armed_group" or (
            p.country is not None and actor1.country is not None and p.country != actor1.country
        ):
            return p
    foreign = _FOREIGN_FORCE.search(view.folded.text, that, clause_end.start() if clause_end else len(view.folded.text))
    if foreign is not None:
        # "سترد بحزم على أي قطعة بحرية أجنبية": any foreign warship, another state's forces of no one country
        span = view.raw_span(foreign.start(1), foreign.end(1))
        return Participant(span, view.raw_text(span), None, None, "military", named=False)
    return None


# (folded) "على أي قطعة بحرية أجنبية"، "ضد كل القوات الأجنبية": a foreign force warned as a class
_FORCE_HEADS = (
    re.escape(w[:-1]) + "[هة]" if w.endswith("ه") else re.escape(w) for w in _WORDS.words("foreign_force_heads")
)
_FOREIGN_FORCE = re.compile(
    r"(?<!\w)(?:علي|ضد|مع) +((?:اي|كل) +(?:ال)?(?:"
    + "|".join(_FORCE_HEADS)
    + r")(?: +[^\W\d_]+)? +(?:ال)?(?:اجنبي[هة]?)(?!\w))"
)


def _with_warnings(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "حذر وزير الدفاع من أن حزب الله سيدفع ثمناً باهظاً": a warning verb whose "من أن" clause says a side will pay
    a price or bear consequences is a threat; the verb alone is the trigger."""
    out = list(triggers)
    values = _fixed_trigger(_THREAT_KEY)
    for verb in _WARN_WORD.finditer(text):
        if any(h.word_start <= verb.start() < h.word_end for h in triggers):
            continue
        if _WARNED_PRICE.match(text, verb.end()) is not None or _own_forces_warned(text, verb.end()):
            out.append(_verb_hit(text, verb, values))
    return longest(out)


_RECEIVED_CASUALTIES = frozenset(fold_text(w) for w in _WORDS.words("received_casualties"))


def _without_received_casualties(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "وقال مستشفى ناصر إنه استقبل جثامين أربعة شهداء"، "استقبل مستشفى الشفاء 12 جريحاً": a hospital receiving
    the dead or the wounded (within four words) holds no meeting; the attack they came from is the event."""

    def received(h: Hit[Trigger]) -> bool:
        words = text[h.word_end : h.word_end + 60].split()[:4]
        return any(fold_text(w).lstrip("و") in _RECEIVED_CASUALTIES for w in words)

    return [h for h in triggers if h.values[0].id != "reception" or not received(h)]


_OWN_SESSION = re.compile(r"(?<!\w)[وف]?في +$")


def _without_own_session_frame(text: str, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "قرر مجلس الوزراء، في اجتماعه الأسبوعي، سحب الجنسية من ...": a body's own meeting ("في اجتماعه") frames the
    step it took there, the event; it is no talks of its own (probe101)."""
    out = []
    for h in hits:
        own = h.values[0].id == "meeting" and text[h.end : h.word_end] in ("ه", "ها", "هم")
        if own and _OWN_SESSION.search(text, max(0, h.word_start - 6), h.word_start):
            later = [
                o
                for o in hits
                if o.start > h.end and o.values[0].strength == "strong" and o.values[0].plover != "CONSULT"
            ]
            if later:
                continue
        out.append(h)
    return out


_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:من|ممن|الذين|اللذين|اللواتي|اللاتي) +$")
_POLICY_HEAD = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:" + _alt("policy_heads") + r")\s+$")


def _policy_talk(text: str, h: Hit[Trigger]) -> bool:
    """ "انتقد قرارات سحب الجنسية"، "رفضاً لسحب الجنسية": a step named after a policy word or behind ل/ب is talked of,
    not taken (probe101)."""
    clitic = text[h.word_start : h.start]
    if "ل" in clitic or "ب" in clitic or _RELATIVE_BEFORE.search(text, max(0, h.word_start - 12), h.word_start):
        return True  # ... and "كل من سُحبت جنسيته" names those it befell
    return _POLICY_HEAD.search(text, max(0, h.word_start - 30), h.word_start) is not None


_CARRY_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("carry_verbs") + r")(?!\w)")
_WOUNDED_NOUNS = frozenset(fold_text(w) for w in _WORDS.words("carried_wounded"))


def _without_carried_wounded(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "ونقلت فرق الهلال الأحمر، ليل أمس، الجرحى إلى مستشفى المدينة": the wounded already told (with the article) as
    the object (or subject) of a verb of carrying, at most eight words before it (two after), are no attack of their
    own (probe101)."""

    def carried(h: Hit[Trigger]) -> bool:
        if h.values[0].plover != "ASSAULT" or h.values[0].strength != "weak" or h.key not in _WOUNDED_NOUNS:
            return False
        if not text[h.word_start : h.start].endswith("ال"):
            return False  # "نقلت طواقمها جرحى من المخيم": wounded not told before are news of an attack
        origin = max(0, h.word_start - 80)
        verbs = list(_CARRY_VERB.finditer(text, origin, h.word_start))
        if verbs:
            end = verbs[-1].end()
            near = len(text[end : h.word_start].split()) <= 8 and not _SENTENCE_STOP.search(text, end, h.word_start)
            if near and not any(end <= o.start < h.start for o in triggers):
                return True
        after = text[h.end : h.end + 30].split()[:2]
        return any(_CARRY_VERB.fullmatch(w) for w in after)

    return [h for h in triggers if not carried(h)]


_ARRIVE_WORD = re.compile(r"(?<!\w)[وف]?(?:" + _alt("arrival_verbs") + r")(?!\w)")
_TO_PLACE = re.compile(r"[^.،,؛:]{0,80}? (?:الي +|ل)(?=[^\W_])")
# "يصل المبعوث الخاص للقرن الأفريقي إلى أديس أبابا": a لـ inside the visitor's title is not where he goes; an إلى
# later in the clause is tried first
_TO_PLACE_ILA = re.compile(r"[^.،,؛:]{0,80}? الي +(?=[^\W_])")
_VISIT_KEY = fold_text("زار")
_ARRIVED_THINGS = frozenset(_WORDS.words("arrived_things"))
_ARRIVAL_KEYS = frozenset(_WORDS.words("arrival_verbs"))


def _with_arrivals(folded: Folded, triggers: list[Hit[Trigger]], place_starts: frozenset[int]) -> list[Hit[Trigger]]:
    """ "وصل وزير الخارجية التركي إلى بغداد": an arrival verb with a place after its إلى in the same clause is a
    visit, when no talk word of the sentence tells it already (whose arrival it is, _events_for checks: only an
    official visits)."""
    if any(v.plover == "CONSULT" for h in triggers for v in h.values):
        return triggers
    out = list(triggers)
    values = _fixed_trigger(_VISIT_KEY)
    text = folded.text
    for verb in _ARRIVE_WORD.finditer(text):
        if any(h.word_start <= verb.start() < h.word_end for h in triggers):
            continue
        to = _TO_PLACE_ILA.match(text, verb.end()) or _TO_PLACE.match(text, verb.end())
        if to is not None and folded.source_range(to.end(), to.end())[0] not in place_starts:
            to = _TO_PLACE.match(text, verb.end())
        if to is not None and folded.source_range(to.end(), to.end())[0] in place_starts:
            # "ووصل" is و + the verb, "وصل" the verb itself
            start = verb.start() + 1 if text[verb.start() + 1 : verb.end()] in _ARRIVAL_KEYS else verb.start()
            out.append(Hit(start, verb.end(), verb.start(), verb.end(), text[start : verb.end()], values, False))
    return longest(out)


# "إن قافلة من 22 شاحنة محملة بالذرة وصلت إلى كادوقلي": a convoy and, a few words on in its clause, its arrival
# (the order of the listed "وصلت قافلة" turned round); not a military one ("قافلة عسكرية"، "رتل")
_ARRIVED_CONVOY = re.compile(
    r"(?<!\w)[وف]?(?:ال)?(?:" + _alt("convoy_nouns") + r")(?!\w)(?P<gap>[^.،,؛:]{0,70}?) (?:وصلت|دخلت|عبرت)(?!\w)"
)
_MILITARY_GAP = re.compile(r"(?<!\w)(?:ال)?(?:عسكري|عسكريه|عسكرية|تعزيزات|مدرعات|اليات)(?!\w)")
_ARRIVED_CONVOY_KEY = fold_text("وصلت قافلة")


def _with_arrived_convoys(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """An aid convoy told first and its arrival after ("قافلة من 22 شاحنة ... وصلت إلى المدينة") is aid arriving, as
    "وصلت قافلة" is; one trigger from the convoy to the verb."""
    values = _fixed_trigger(_ARRIVED_CONVOY_KEY)
    added = [
        Hit(m.start(), m.end(), m.start(), m.end(), text[m.start() : m.end()], values, False)
        for m in _ARRIVED_CONVOY.finditer(text)
        if not _MILITARY_GAP.search(m.group("gap"))
    ]
    return longest([*triggers, *added]) if added else triggers


_FIND_WORD = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:" + _alt("finding") + r")(?!\w)")
_ON = re.compile(r"(?<!\w)علي (?:ال)?(" + _alt("found_arms") + r")(?!\w)")
_FIND_KEY = fold_text("ضبط أسلحة")


_ULTIMATUM = re.compile(r"(?<!\w)[وف]?(?:" + _alt("ultimatum_verbs") + r")(?!\w)")
_ENVOY = re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("expelled_envoys") + r")(?!\w)")
_EXPELLED_KEY = fold_text("طرد دبلوماسي")


# "انسحب المقاتلون من الحاجز وسلّموه إلى الأمن العام": what was left, handed over by a pronoun (folded)
_SITE_HANDED = re.compile(r"(?<!\w)و(?:سلموه|سلموها|سلمه|سلمها|سلمته|سلمتها|سلماه|سلماها) +(?:الي|ل)")
_SITE_HANDED_KEY = fold_text("سلمت مواقع")


def _with_site_handed(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """A withdrawal from a site the side then hands over ("وسلّموه إلى"، "وسلمتها للجيش") in the same clause is a
    non-violent transfer of territory, not a bare withdrawal."""
    values = _fixed_trigger(_SITE_HANDED_KEY)
    out = []
    for h in triggers:
        handed = _SITE_HANDED.search(text, h.end, h.end + 100) if h.values[0].id == "withdrawal" else None
        if handed is not None and not _SENTENCE_STOP.search(text, h.end, handed.start()):
            h = h._replace(values=values)
        out.append(h)
    return out


def _with_envoy_ultimatum(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "أمهلت الحكومة السودانية السفير الكيني 72 ساعة لمغادرة البلاد": an envoy given hours to leave is expelled; the
    ultimatum word gives way to the expulsion (one made to a government or a group stays a threat)."""
    ultimatums = [h for h in triggers if _ULTIMATUM.fullmatch(text, h.word_start, h.word_end)]
    if not ultimatums:
        return triggers
    kept = [h for h in triggers if h not in ultimatums]
    found = _verb_and_object(text, kept, _ULTIMATUM, _ENVOY, _EXPELLED_KEY, 120, none_between=True)
    expelled = [h for h in found if h.key == _EXPELLED_KEY and h not in kept]
    # an ultimatum with no envoy after it is kept
    rest = [u for u in ultimatums if not any(e.word_start <= u.word_start < e.word_end for e in expelled)]
    return longest([*found, *rest])


def _verb_and_object(
    text: str,
    triggers: list[Hit[Trigger]],
    verbs: re.Pattern[str],
    objects: re.Pattern[str],
    key: str,
    reach: int,
    none_between: bool,
) -> list[Hit[Trigger]]:
    """A verb and the object it governs, at most ten words on in the same clause (within `reach` characters,
    no "that" pronoun between, nor another trigger if `none_between`), made one trigger of the event `key`
    names."""
    out = list(triggers)
    values = _fixed_trigger(key)
    for verb in verbs.finditer(text):
        if any(h.word_start <= verb.start() < h.word_end for h in triggers):
            continue
        found = objects.search(text, verb.end(), verb.end() + reach)
        if found is None or _SENTENCE_STOP.search(text, verb.end(), found.start()):
            continue
        gap = text[verb.end() : found.start()]
        between = none_between and any(verb.end() <= h.start < found.end() for h in triggers)
        # (an occasion's aside counts no words: "وأعرب الأمين العام للجامعة أحمد أبو الغيط، في بيان مساء اليوم، عن")
        if len(_FRAME_ASIDE.sub(" ", gap).split()) > 10 or _THAT_PRONOUN.search(gap) or between:
            continue  # another event word between, or the object a trigger of its own ("وقفة احتجاجية")
        if verb.re.groups:  # the verbs' pattern captures the conjunction: "فرقت" is a verb, "وفرقت" و + a verb
            start = verb.end(1) if verb.group(1) else verb.start()
        else:
            start = verb.start() + 1 if text[verb.start()] in "وف" else verb.start()  # no such verb starts so
        out.append(Hit(start, found.end(), verb.start(), found.end(), key, values, False))
    return longest(out)


def _press_informed(text: str, h: Hit[Trigger]) -> bool:
    """ "زودت الشرطة الصحفيين بمعلومات عن الحادث": information supplied to the press or the public is a statement,
    not intelligence shared with a partner (triggers.yaml cooperation, "زود معلومات")."""
    return h.key in _SUPPLY_KEYS and _SUPPLY_TOLD_MEDIA.search(text, h.word_start, h.end) is not None


# livestock stolen by raiders is looting (probe100; event_words.yaml steal_verbs, stolen_herds)
_STEAL_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("steal_verbs") + r")(?!\w)")
_STOLEN_HERD = re.compile(r"(?<!\w)(?:" + _alt("stolen_herds") + r")(?!\w)")
_STOLEN_KEY = fold_text("سرقوا مواشي")


# a rescue at sea of migrants or seamen is aid (probe72; event_words.yaml rescue_verbs, rescued)
_RESCUE_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("rescue_verbs") + r")(?!\w)")
_RESCUED = re.compile(r"(?<!\w)(?:" + _alt("rescued") + r")(?!\w)")
_RESCUED_KEY = fold_text("أنقذت مهاجرين")


def _rescued(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """The people a rescue at sea saved, with their count ("37 مهاجراً"): civilians of no state told."""
    saved = list(_RESCUED.finditer(view.folded.text, hit.start, hit.end))
    if not saved:
        return None
    found = saved[-1]
    count = re.search(r"(?<!\w)[0-9]+ +$", view.folded.text[max(hit.start, found.start() - 12) : found.start()])
    start = found.start() - (len(count.group()) if count is not None else 0)
    span = view.raw_span(start, found.end())
    return Participant(span, view.raw_text(span), None, None, "civilians", False, found.group())


def _with_finds(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "عثرت القوات، فجر اليوم، على منصة إطلاق"، "العثور على مخبأ للأسلحة": a verb of finding and, as the first word
    after its على, arms or their cache are one trigger of disrupted weapons use (not "عثرت على جثث القتلى
    وأسلحة": the first thing found is what the clause is about)."""
    return _verb_and_object(text, triggers, _FIND_WORD, _ON, _FIND_KEY, 90, none_between=False)


_DESTROY = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:" + _alt("destroy_verbs") + r")(?!\w)")
_RECOVER = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:" + _alt("recover_verbs") + r")(?!\w)")
# "أحبطت القوات المسلحة محاولة تهريب كميات من الأسلحة": smuggled arms stopped are arms seized (not drugs: the arms
# must follow)
_FOIL_SMUGGLING = re.compile(
    r"(?<!\w)[وف]?(?:" + _alt("foil_verbs") + r")(?: [^\W\d_]+){0,5}?"
    r" (?:محاول[هة]|محاولات|عملي[هة]|عمليات) (?:ل)?تهريب(?!\w)"
)
_DESTROYED_KEY = fold_text("اعترض صاروخ")  # the strong interception trigger: an ASSAULT stopped
_ELIMINATE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:" + _alt("eliminate_verbs") + r")(?!\w)")
_COUNTED_ON = re.compile(r"(?<!\w)علي ((?:[^\s،,.]+ ){0,3}?)(?:ال)?(?:" + _alt("eliminated") + r")(?!\w)")
_KILLED_KEY = fold_text("قتلت")


def _surrendered(view: SentenceView, hit: Hit[Trigger], home: str | None) -> Participant | None:
    """The person noun inside a surrender trigger ("سلم إرهابي نفسه"، "سلم مسلحان أنفسهما"), as the one who gave
    himself up: of the story's country, armed unless the roles list says otherwise."""
    words = [w for w in _WORD.finditer(view.folded.text, hit.start, hit.end)]
    if len(words) != 3:
        return None
    noun = words[1]
    role = _PERSON_ROLES.get(_person_stem(noun.group()) or "")
    if role is None:
        return None
    span = view.raw_span(noun.start(), noun.end())
    return Participant(span, view.raw_text(span), None, home, role, False)


def _eliminated_after(view: SentenceView, hit: Hit[Trigger], home: str | None) -> Participant | None:
    """The armed men after the على of a verb of doing away with that is the trigger ("قضت ... على إرهابيين اثنين")."""
    if _ELIMINATE.fullmatch(hit.key) is None:
        return None
    found = _COUNTED_ON.search(view.folded.text, hit.end, hit.end + 160)
    if found is None:
        return None
    noun = _WORD.search(view.folded.text, found.end(1))
    if noun is None:
        return None
    span = view.raw_span(noun.start(), noun.end())
    role = _PERSON_ROLES.get(_person_stem(noun.group()) or "", "armed_group")
    return Participant(span, view.raw_text(span), None, home, role, False)


def _object_after(
    text: str, verb: re.Match[str], noun: re.Pattern[str], triggers: list[Hit[Trigger]]
) -> re.Match[str] | None:
    """The object `noun` at most ten words after `verb` in the same clause, with no other event word between."""
    found = noun.search(text, verb.end(), verb.end() + 90)
    if found is None or _SENTENCE_STOP.search(text, verb.end(), found.start()):
        return None
    gap = text[verb.end() : found.start()]
    if len(gap.split()) > 10 or _THAT_PRONOUN.search(gap):
        return None
    if any(verb.end() <= h.word_start < found.start() for h in triggers):
        return None
    return found


def _verb_hit(text: str, verb: re.Match[str], values: tuple[Trigger, ...]) -> Hit[Trigger]:
    """The trigger hit of a verb alone, without a conjunction و/ف before it, keyed by its own word."""
    start = verb.start() + 1 if text[verb.start()] in "وف" else verb.start()
    return Hit(start, verb.end(), verb.start(), verb.end(), text[start : verb.end()], values, False)


def _with_taken_arms(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "دمرت مفرزة للجيش، أمس، خمس قنابل": explosives destroyed are an attack stopped, as defused ones are;
    "واسترجعت ثلاثة مسدسات": arms recovered are seized arms. After an attack told earlier in the sentence, arms
    recovered are the spoils of that operation and no event of their own, and arms destroyed the attack's work.
    Either way not property destroyed or ground regained."""
    out = list(triggers)
    for pattern, key in ((_DESTROY, _DESTROYED_KEY), (_RECOVER, _FIND_KEY), (_FOIL_SMUGGLING, _FIND_KEY)):
        values = _fixed_trigger(key)
        for verb in pattern.finditer(text):
            found = _object_after(text, verb, _TAKEN_ARMS, triggers)
            if found is None:
                continue
            hit = _verb_hit(text, verb, values)
            if any(h.end <= verb.start() and any(v.plover == "ASSAULT" for v in h.values) for h in out):
                if pattern is _RECOVER:
                    out = [h for h in out if not hit.start <= h.start < found.end()]
                continue  # "غارة دمرت مخزناً للذخائر": what a strike destroyed is the strike's
            out = [h for h in out if not hit.start <= h.start < found.end()]  # the verb's weak hit, the arms' own
            out.append(hit)
    return longest(out)


# "فجّر الجيش الإسرائيلي، فجر اليوم، منزل عائلة الأسير": a verb of blowing up (not the noun dawn: no time word after it)
_BLOW_UP = re.compile(
    r"(?<!\w)[وف]?((?:فجر|فجرت|فجروا|فجرا|يفجر|تفجر|يفجرون))(?!\w)(?! (?:" + _alt("time_words") + r")(?!\w))"
)
_BLOWN_UP_KEY = fold_text("تفجير منزل")  # triggers.yaml demolition


def _with_blown_up_buildings(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "فجّر الجيش الإسرائيلي، فجر اليوم، منزل عائلة الأسير": a house or building blown up, its subject and a time
    aside between, is property destroyed (a demolition), when no other event word stands between."""
    out = list(triggers)
    values = _fixed_trigger(_BLOWN_UP_KEY)
    for verb in _BLOW_UP.finditer(text):
        found = _object_after(text, verb, _BUILDING, triggers)
        if found is None or any(h.start <= verb.start() < h.end for h in out):
            continue
        start = verb.start(1)  # the verb's own ف is no conjunction ("فجر")
        out.append(Hit(start, verb.end(), verb.start(), verb.end(), text[start : verb.end()], values, False))
    return longest(out)


# "أعلن الجيش إحباط هجوم شنه مسلحو الحوثي على مواقعه": an attack told as launched ("شنه") or made on a side's
# positions was fought off, as one repelled ("صد هجوم"); "أحبطت الأجهزة هجوماً كان يستهدف" stays one foiled
_LAUNCHED_ATTACK = re.compile(
    r"(?: [^\W\d_]+ا)?(?: (?:شنه|شنته|شنها|شنوه|شنوا|نفذه|نفذته|نفذها|نفذوه)(?!\w)"
    r"|(?: [^\W\d_]+){0,4} علي (?:مواقع|موقع|نقاط|نقطه|ثكنه|حاجز|حواجز|مقر|مقرات)\w*)"
)
_FOILED_ATTACK = re.compile(r"^[وف]?(?:احبط|احبطت|احبطوا|احباط|افشل|افشلت|افشلوا|افشال)[ ]")
_REPELLED_KEY = fold_text("صد هجوم")  # triggers.yaml clash


def _with_foiled_launched_attacks(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """A foiled attack ("إحباط هجوم") told as launched or aimed at a side's positions is fighting, coded as a
    repelled attack is (probe50)."""
    out: list[Hit[Trigger]] = []
    for h in triggers:
        foiled = h.values[0].id == "weapons_disrupted" and _FOILED_ATTACK.match(text[h.word_start : h.end + 1])
        if foiled and _LAUNCHED_ATTACK.match(text, h.end):
            h = h._replace(values=_fixed_trigger(_REPELLED_KEY))
        out.append(h)
    return out


def _with_eliminations(
    text: str, triggers: list[Hit[Trigger]], cues: list[Hit[Cue]]
) -> tuple[list[Hit[Trigger]], list[Hit[Cue]]]:
    """ "قضت مفرزة للجيش، أمس، على ثلاثة إرهابيين": a killing; its على is a killed cue so that the count after it
    is the toll."""
    out = list(triggers)
    killed = list(cues)
    values = _fixed_trigger(_KILLED_KEY)
    for verb in _ELIMINATE.finditer(text):
        found = _object_after(text, verb, _COUNTED_ON, triggers)
        if found is None:
            continue
        hit = _verb_hit(text, verb, values)
        out = [h for h in out if not hit.start <= h.start < found.end()]
        out.append(hit)
        on_end = found.start() + 3
        killed.append(Hit(found.start(), on_end, found.start(), on_end, "علي", (Cue("killed"),), False))
    return longest(out), sorted(killed, key=lambda h: (h.start, -h.end))


_TOLL_NOUNS = "(?:" + _alt("toll_denial_nouns") + ")"
_NEGATED_TOLL = re.compile(
    r"(?<!\w)(?:[وف]?(?:من )?دون|بدون|[وف]?لم|عدم)"
    r"(?:(?: ان)? (?:" + _alt("toll_denial_verbs") + r")(?: \w+){0,2}? (?:(?:" + _alt("toll_denial_fillers") + r") )*"
    r"|(?: (?:"
    + _alt("toll_denial_fillers")
    + r"))+ )"
    + _TOLL_NOUNS
    + r"(?: (?:او |ولا |و)"
    + _TOLL_NOUNS
    + r")*(?!\w)"
    r"|(?<!\w)(?:[وف]?(?:من )?دون ان|[وف]?لم) (?:يصب|يصاب|تصب) احد(?!\w)"
)
_CIVILIAN_ONLY = re.compile(r" (?:" + _alt("civilian_only") + r")(?!\w)")
_NONE_CUE = (Cue("no_casualties"),)


# "بتهمة نشر أخبار كاذبة"، "بتهم ترويج شائعات": the lies an arrest or a sentence charges, no one's denial (folded)
_CHARGED_LIE = re.compile(
    r"(?<!\w)(?:بتهمه|بتهمة|بتهم|تهمه|تهمة|تهم)(?: +(?:ب?ال)?(?:نشر|ترويج|بث|اذاعه|اذاعة|تداول)) *$"
)


def _without_charged_lies(text: str, cues: list[Hit[Cue]]) -> list[Hit[Cue]]:
    """ "اعتقلت السلطات خمسة من أنصار الحزب بتهمة نشر أخبار كاذبة": the false news charged are not the party's
    denial (no denial cue, so the party is neither the source nor a denier)."""
    if "تهم" not in text:
        return cues
    return [
        h
        for h in cues
        if not (
            all(v.category == "denied" for v in h.values) and _CHARGED_LIE.search(text, max(0, h.start - 30), h.start)
        )
    ]


# "نقلته قناة «المسيرة»"، "ذكرت صحيفة المسيرة": a weapon word (مسيرة, a drone) right after an outlet's noun is the
# outlet's name (folded)
_OUTLET_NOUNS = r"(?<!\w)[وفبل]?(?:ال)?(?:قناه|قناة|صحيفه|صحيفة|جريده|جريدة|اذاعه|اذاعة|موقع|مجله|مجلة)"
_OUTLET_NOUN = re.compile(_OUTLET_NOUNS + r"(?!\w)")
_OUTLET_NAMED = re.compile(_OUTLET_NOUNS + r" *[«\"“]? *$")


def _without_outlet_weapons(text: str, cues: list[Hit[Cue]]) -> list[Hit[Cue]]:
    """The cues but weapon words that name an outlet ("بحسب ما نقلته قناة «المسيرة»": no drone struck)."""
    return [
        h
        for h in cues
        if not (
            all(v.category == "weapon" for v in h.values)
            and _OUTLET_NAMED.search(text, max(0, h.word_start - 20), h.word_start)
        )
    ]


_MARTYR_WORDS = frozenset(("الشهيد", "الشهيده", "الشهيدة", "الشهداء", "شهداء", "شهيد"))
_MARTYR_NAME_HEADS = frozenset(fold_text(w) for w in _WORDS.words("martyr_name_heads"))
_LAST_TWO_WORDS = re.compile(r"(\S+)\s+(\S*)$")


def _named_martyr(text: str, start: int) -> bool:
    """ "ميناء الشهيد رجائي"، "مستشفى شهداء الأقصى"، "ساحة الشهداء"، "تحمل الكتيبة اسم "شهداء الأقصى"": a martyr word
    (its hit starting at `start`, maybe past its article) right after a place's or a body's head is part of its name,
    no one killed (probe57)."""
    found = _LAST_TWO_WORDS.search(text, max(0, start - 30), start)
    # (a name in quotes after its kind)
    if found is None or found.group(2).lstrip("\"«“'") not in ("", "ال"):
        return False
    return re.sub("^[وفبل]", "", fold_text(found.group(1))) in _MARTYR_NAME_HEADS


def _without_named_martyrs(text: str, cues: list[Hit[Cue]]) -> list[Hit[Cue]]:
    """The casualty cues but martyr words that are part of a name."""
    if "شهيد" not in text and "شهداء" not in text:
        return cues
    return [
        h
        for h in cues
        if not (
            h.key in _MARTYR_WORDS and any(v.category == "killed" for v in h.values) and _named_martyr(text, h.start)
        )
    ]


def _with_negated_tolls(text: str, cues: list[Hit[Cue]]) -> list[Hit[Cue]]:
    """ "من دون أن يسفر الهجوم عن قتلى أو جرحى"، "عدم وقوع إصابات": a "no casualties" phrase the cue list does
    not hold word for word, added as one (a phrase the list holds is left as it is)."""
    listed = [(h.start, h.end) for h in cues if any(v.category == "no_casualties" for v in h.values)]
    added = [
        Hit(m.start(), m.end(), m.start(), m.end(), m.group(), _NONE_CUE, False)
        for m in _NEGATED_TOLL.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in listed)
    ]
    return sorted([*cues, *added], key=lambda h: (h.start, -h.end)) if added else cues


def _taa_phrases(section: str) -> str:
    """A folded section as an alternation of phrases, each word's final ه also matching ة, and each word after the
    first with or without its article ("محكمه عسكريه" matches "المحكمة العسكرية")."""
    return "|".join(
        " +(?:ال)?".join(re.escape(w[:-1]) + "[هة]" if w.endswith("ه") else re.escape(w) for w in phrase.split())
        for phrase in _WORDS.words(section)
    )


def _taa_alt(section: str) -> str:
    """A folded section as an alternation whose final ه also matches ة (folded text keeps ة)."""
    return "|".join(re.escape(w[:-1]) + "[هة]" if w.endswith("ه") else re.escape(w) for w in _WORDS.words(section))


# "شاب من مخيم بلاطة"، "ثلاثة أطفال من عائلة واحدة من بلدة بيت لاهيا": a victim's home, right before its place
_HOME_OF = re.compile(
    r"(?<!\w)(?:"
    + _taa_alt("origin_people")
    + r")(?: +[^\W\d_]+){0,3}? +من +(?:(?:"
    + _alt("container_kinds")
    + r"|مخيم|حي|منطق[هة]|ناحي[هة]|قضاء) +)?$"
)
_TAKEN_ARMS = re.compile(r"(?<!\w)(?:ال)?(?:" + _taa_alt("taken_arms") + r")(?!\w)")
_ORGANISE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("organise_verbs") + r")(?!\w)")
_PROTEST_OBJECT = re.compile(r"(?<!\w)(?:" + _taa_alt("organised_protests") + r")(?!\w)")
_ORGANISED_KEY = fold_text("نظم مسيرة")


_BODY_WORD = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + _taa_alt("body_words") + r")(?!\w)")
_BURIAL_WORD = re.compile(r"(?<!\w)[وف]?(?:" + _taa_alt("burial_words") + r")(?!\w)")
_BODY_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + _taa_alt("body_words") + r")(?: +[^\s،,.]+){0,2} +$")


def _buried_dead(text: str, hit: Hit[Trigger]) -> bool:
    """ "شيّع آلاف الفلسطينيين جثامين ثلاثة شهداء": a weak killing word naming the dead whose bodies are buried or
    handed over tells of them; the killing is no event of this clause."""
    value = hit.values[0]
    if value.id != "killing" or value.strength != "weak":
        return False
    return _BODY_BEFORE.search(text, max(0, hit.word_start - 60), hit.word_start) is not None


_CALLED_RALLY_KEY = fold_text("اعتصام")  # triggers.yaml sit_in: a peaceful protest
# "ودعت الجبهة أنصارها إلى التجمع"، "دعا الملتقى إلى مسيرة جديدة": a rally word right after the call's إلى, past at
# most four words (whom it calls), in the same clause
_CALLED_RALLY = re.compile(r"(?<!\w)الي +(ال)?(?:" + _taa_alt("called_rallies") + r")(?!\w)")
_RALLY_WORD = re.compile(r" +(ال)?(?:" + _taa_alt("called_rallies") + r")(?!\w)")
# ... past a relative clause told of the caller between commas ("ودعا «الاتحاد الوطني»، الذي يضم أحزاباً معارضة،
# أنصاره إلى التجمع")
_CALL_REACH = re.compile(
    r"(?: *[^\s.،,؛]+){0,5}(?: *[،,] *(?:الذي|التي|الذين)(?: +[^\s.،,؛]+){1,6} *[،,](?: *[^\s.،,؛]+){0,3})? *"
)


def _with_called_rallies(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """A call to a rally, march or gathering ("دعت النقابة أعضاءها إلى التجمع أمام الوزارة") calls a protest, though
    these words alone are no protest (bare مسيرة is a drone, bare التجمع a party's name)."""
    out = list(triggers)
    values = _fixed_trigger(_CALLED_RALLY_KEY)
    for call in triggers:
        if call.values[0].id != "call_for":
            continue
        if text[call.start : call.end].endswith("الي"):  # the trigger runs to its إلى ("دعت الجبهة أنصارها إلى")
            rally = _RALLY_WORD.match(text, call.end)
        else:
            reach = _CALL_REACH.match(text, call.end)
            rally = _CALLED_RALLY.search(text, call.end, (reach.end() if reach is not None else call.end) + 12)
        if rally is None or any(h.start > call.end and h.values[0].plover == "PROTEST" for h in triggers):
            continue
        word = rally.end() - len(rally.group().split(" ")[-1])
        noun = rally.end(1) if rally.group(1) else word
        out.append(Hit(noun, rally.end(), word, rally.end(), text[noun : rally.end()], values, False))
    return longest(out)


def _with_organised(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "نظّم مئات من أنصار المعارضة، أمس الجمعة، مسيرة": a verb of organising and a protest noun are one
    protest trigger."""
    return _verb_and_object(text, triggers, _ORGANISE, _PROTEST_OBJECT, _ORGANISED_KEY, 120, none_between=True)


_DEPLOY = re.compile(r"(?<!\w)[وف]?(?:" + _alt("deploy_verbs") + r")(?!\w)")
_FORCES_SENT = re.compile(r"(?<!\w)(?:ال)?(?:" + _taa_alt("deployed_forces") + r")(?!\w)")
_PUBLISHED = frozenset(_WORDS.words("published_things"))
_DEPLOYED_KEY = fold_text("نشر قوات")
_DEPLOY_FORMS = _with_conjunction(_WORDS.words("deploy_verbs"))
_DISPERSE_FORMS = _with_conjunction(_WORDS.words("disperse_verbs"))
_HANDOVER_FORMS = _with_conjunction(_WORDS.words("handover_verbs"))
_LAUNCH_FORMS = _with_conjunction(_WORDS.words("launch_verbs"))
_VERB_PASS_FORMS = _DEPLOY_FORMS | _DISPERSE_FORMS | _HANDOVER_FORMS | _LAUNCH_FORMS
# "سلّمت السلطات التركية، أمس، خمسة مطلوبين": handing wanted men over (extradition) is judicial cooperation
_HANDOVER_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("handover_verbs") + r")(?!\w)")
_HANDED_OVER = re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("handed_over") + r")(?!\w)")
_HANDED_KEY = fold_text("سلمت مطلوبين")
_LAUNCH_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("launch_verbs") + r")(?!\w)")
# ... with the article only after a quantity's من ("موجة جديدة من الصواريخ"; not "حملة لمكافحة الصواريخ") or a
# counting word ("أطلق حزب الله، يوم السبت، عشرات الصواريخ")
_LAUNCHED = re.compile(
    r"(?<!\w)(?:(?:(?<=من )|(?<=عشرات )|(?<=مئات )|(?<=الاف ))ال)?(?:" + _alt("launched") + r")(?!\w)"
)
_LAUNCHED_KEY = fold_text("أطلق صواريخ")
_LAUNCHED_DRONES = re.compile(r"(?<!\w)(?:(?<=من )ال)?(?:" + _alt("launched_drones") + r")(?!\w)")
_LAUNCHED_DRONE_KEY = fold_text("أطلقت طائرة مسيرة")
_REFERRAL_KEY = fold_text("أحال إلى محاكمة")  # a verb key: the side inside the span is the doer
_LISTED_KEY = fold_text("أدرجت على قائمة")  # the list named may be a trigger of its own ("قوائم الإرهاب")
# handed (and its verbal noun تسليم), not received (تسلم)
_GIVE_BACK = "|".join([*(w for w in _WORDS.words("handover_verbs") if w[0] != "ت"), "تسليم"])
_CAPTIVE_KEYS = frozenset((fold_text("سلم أسرى"), fold_text("تسلم أسرى")))
# "12 سجيناً سورياً"، "أسرى فلسطينيين": captives, with the nationality said of them (theirs, not a side's)
_CAPTIVES = re.compile(
    r"(?<!\w)(?:ال)?(?:" + _taa_phrases("captives") + r")(?!\w)(?: +(?:ال)?[^\W\d_]+(?:يا|يين|يون))?"
)
# "ووقّع وزير الخارجية الأردني أيمن الصفدي ونظيره العراقي، على هامش القمة، اتفاقاً": a deal signed past a long
# subject and the occasion's aside (the listed phrase spans four words at most, and only a time aside)
# ... and one to come ("إن الجانبين سيوقعان ... محضر اتفاق"; bare توقع is 'expected', so only with س)
_SIGN_VERB = re.compile(
    r"(?<!\w)([وف])?(?:وقع|وقعت|وقعا|وقعتا|وقعوا|ابرم|ابرمت|ابرما|ابرموا"
    r"|س?(?:يوقع|يوقعان|يوقعون|يبرم|يبرمان|يبرمون)|ستوقع|ستوقعان|ستبرم|ستبرمان)(?!\w)"
)
# the deal in the accusative, not after a preposition ("وقع الهجوم بعد يومين من اتفاقية")
_SIGNED_DEAL = re.compile(
    r"(?<!\w)(?<!من )(?<!بعد )(?<!قبل )(?<!علي )(?<!الي )"
    r"(?:اتفاقا|اتفاقي[هة]|اتفاقيات|(?<=محضر )(?:ال)?اتفاق|مذكر[هة] تفاهم|مذكرات تفاهم)(?!\w)"
)
_SIGNED_KEY = fold_text("وقع اتفاقية")
_SIGNED_ID = "agreement_signed"
_SIGNED_MEMO_KEY = fold_text("وقع مذكرة تفاهم")
# "ووقّع الجانبان في ختام الاجتماع ثلاث مذكرات تفاهم": the meeting after a word of occasion is when it was signed
_SIGNED_OCCASION = re.compile(r"(?<!\w)(?:في +|علي +|و?ب?)?(?:" + _alt("during") + r"|عقب|بعد|في اعقاب) +$")


def _with_signed_deals(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """A signing verb and the deal it governs (at most ten words on in its clause, an occasion's aside not counted):
    the deal's weak word becomes the signed agreement, and an event word inside the aside ("على هامش القمة") is
    when it was signed, no event of its own."""
    values = _fixed_trigger(_SIGNED_KEY)
    out = list(triggers)
    for verb in _SIGN_VERB.finditer(text):
        found = _SIGNED_DEAL.search(text, verb.end(), verb.end() + 160)
        if found is None or _SENTENCE_STOP.search(text, verb.end(), found.start()):
            continue
        asides = [m.span() for m in _FRAME_ASIDE.finditer(text, verb.end(), found.start() + 1)]
        gap = _FRAME_ASIDE.sub(" ", text[verb.end() : found.start() + 1])
        if len(gap.split()) > 10 or _THAT_PRONOUN.search(gap):
            continue
        deal = [h for h in out if h.start == found.start() and h.values[0].strength == "weak"]
        # a memorandum is a strong deal word of its own: it stays, the occasion before it goes
        memo = [h for h in out if h.start == found.start() and h.values[0].plover == "AGREE" and not deal]
        between = [h for h in out if verb.start() <= h.start < found.start()]
        if len(deal) + len(memo) != 1 or any(
            not any(a <= h.start and h.end <= b for a, b in asides)
            and not _SIGNED_OCCASION.search(text, max(0, h.word_start - 20), h.word_start)
            for h in between
        ):
            continue  # another event word between (a signed phrase already found starts at the verb)
        out = [h for h in out if h not in deal and h not in memo and h not in between]
        if deal:
            out.append(deal[0]._replace(values=values))
        else:  # the memorandum signed, from its verb, as the listed "وقع مذكرة تفاهم" spans it when nearer
            start = verb.start() + 1 if verb.group(1) else verb.start()
            out.append(Hit(start, memo[0].end, verb.start(), memo[0].word_end, _SIGNED_MEMO_KEY, memo[0].values, False))
    return sorted(out, key=lambda h: h.start)


# Coercion and sanctions whose verb and object stand apart ("منعت السلطات التونسية رئيس الحكومة الأسبق من السفر"،
# "طردت الجزائر اثني عشر دبلوماسياً"، "صادرت سلطات الاحتلال مئات الدونمات من أراضي"): one trigger of the keyed event
_BARRED_CONVOY_KEY = fold_text("منع قافلة")  # (its object is an aid trigger of its own: it may stand between)
_APART_OBJECTS = (
    (  # "فككت عناصر المكتب المركزي للأبحاث القضائية خلية إرهابية": the cell past a long subject (probe52)
        re.compile(r"(?<!\w)[وف]?(?:فكك|فككت|فككوا)(?!\w)"),
        re.compile(r"(?<!\w)(?:خلي[هة]|خلايا)(?!\w)"),
        fold_text("فكك خلية"),
    ),
    (
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("ban_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)من (?:ال)?سفر(?!\w)"),
        fold_text("حظر سفر"),
    ),
    (
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("expel_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("expelled_envoys") + r")(?!\w)"),
        fold_text("طرد دبلوماسي"),
    ),
    (  # "ومنعت قوات الدعم السريع، أمس، قافلة مساعدات من دخول المدينة": an aid convoy barred past a time aside (probe81)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("barring_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("convoy_nouns") + r") +(?:ال)?(?:" + _alt("convoy_cargo") + r")(?!\w)"),
        _BARRED_CONVOY_KEY,
    ),
    (  # "أمطرت فصائل المقاومة مستوطنات الغلاف بوابل من الصواريخ": fire rained on a place is shelling (probe54)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("rain_verbs") + r")(?:ه|ها|هم)?(?!\w)"),
        re.compile(r"(?<!\w)ب(?:" + _alt("rained_fire") + r")(?!\w)"),
        fold_text("قصفت"),  # a verb key: its subject is the doer
    ),
    (  # "زجّت قوات الأمن المصرية بثلاثة صحفيين في السجن": thrown into prison is an arrest (probe54)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("jail_verbs") + r")(?:ه|ها|هم)?(?!\w)"),
        re.compile(r"(?<!\w)في +(?:" + _alt("jails") + r")(?!\w)"),
        fold_text("اعتقلت"),  # a verb key: its subject is the doer
    ),
    (  # "طردت السلطات الجزائرية 12 موظفاً في السفارة الفرنسية": a mission's staff expelled (probe54)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("expel_verbs") + r")(?!\w)"),
        re.compile(
            r"(?<!\w)(?:ال)?(?:"
            + _alt("expelled_staff")
            + r")(?= +(?:في +|ب|من +)?(?:ال)?(?:"
            + _taa_phrases("expelled_missions")
            + r")(?!\w))"
        ),
        fold_text("طرد دبلوماسي"),
    ),
    (  # "طردت السلطات المغربية عشرات المهاجرين": people driven out are deported (probe23)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("expel_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("expelled_people") + r")(?!\w)"),
        fold_text("طرد سكان"),
    ),
    (  # "استدعت وزارة الخارجية، اليوم، القائم بالأعمال التركي": a summons past a time aside (probe30)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("summon_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:" + _taa_phrases("summoned_envoys") + r")(?!\w)"),
        fold_text("استدعى سفير"),
    ),
    (  # "أحالت النيابة العامة المتهمين إلى محكمة الجنايات": a referral to trial (probe23)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("referral_verbs") + r")(?:ه|ها|هم|هما)?(?!\w)"),
        re.compile(r"(?<!\w)الي +(?:ال)?(?:" + _taa_phrases("trial_courts") + r")(?!\w)"),
        _REFERRAL_KEY,
    ),
    (  # "علّقت الحكومة عمل منظمة"، "علقت السلطات نشاط حزب": a body's work suspended is banned (probe23)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("suspend_verbs") + r")(?!\w)"),
        re.compile(
            r"(?<!\w)(?:ال)?(?:نشاط|انشط[هة]|عمل|اعمال) +(?:ال)?(?:" + _taa_phrases("suspended_bodies") + r")(?!\w)"
        ),
        fold_text("حظر نشاط"),
    ),
    (  # "ستعلّق الوزارة، اعتباراً من الشهر المقبل، تصاريح شركات النقل": permits suspended or withdrawn past an aside
        # (h13c; the listed "سحبت تصاريح" spans none)
        # (the trigger starts after a future's س, as a listed phrase's does: "ستعلق" is what is to come)
        re.compile(r"(?<!\w)([وف]?س|[وف])?(?:" + _alt("suspend_verbs") + r"|سحب|سحبت|سحبوا|يسحب|تسحب)(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:تصاريح|تصريح|تراخيص|ترخيص|رخص)(?!\w)"),
        fold_text("سحب تصاريح"),
    ),
    (  # "قرر محافظ قنا، اليوم، غلق الأسواق والمحال التجارية في القرية": markets shut by decision, past an aside
        re.compile(r"(?<!\w)([وف])?(?:قرر|قررت|امر|امرت)(?!\w)"),
        re.compile(r"(?<!\w)(?:ب)?(?:غلق|اغلاق) +(?:ال)?(?:اسواق|محال|محلات|متاجر)(?!\w)"),
        fold_text("قرر غلق أسواق"),
    ),
    (  # "سلّمت حركة حماس رفات أربعة أسرى": remains of captives or soldiers handed back (probe23)
        re.compile(r"(?<!\w)[وف]?(?:" + _GIVE_BACK + r")(?!\w)"),
        re.compile(
            r"(?<!\w)(?:ال)?(?:رفات|جثث|جثامين|جث[هة]|جثمان|جثماني)(?: +[^\s،,.]+)? +(?:ال)?(?:"
            + _taa_phrases("returned_remains")
            + r")(?!\w)"
        ),
        fold_text("سلم رفات أسرى"),  # a verb key: the side inside the span is the doer, not a genitive
    ),
    (  # "سلمت السلطات السورية 12 سجيناً لبنانياً": captives handed over are freed by the hander (probe27; the verbs
        # only: "خطة تنص على ... تسليم الأسرى" is what a plan provides for)
        re.compile(r"(?<!\w)[وف]?(?:سلم|سلمت|سلموا|سلما)(?!\w)"),
        _CAPTIVES,
        fold_text("سلم أسرى"),
    ),
    (  # "تسلمت السلطات اللبنانية 12 سجيناً سورياً من الإدارة السورية": received from the hander (probe27)
        re.compile(r"(?<!\w)[وف]?(?:تسلم|تسلمت|تسلموا|استلم|استلمت|استلموا)(?!\w)"),
        _CAPTIVES,
        fold_text("تسلم أسرى"),
    ),
    (  # "أطاح الجيش في بوركينا فاسو بالرئيس في انقلاب عسكري": a head of state toppled in a coup (probe23)
        re.compile(r"(?<!\w)[وف]?(?:اطاح|اطاحت|اطاحوا|يطيح|تطيح)(?!\w)"),
        re.compile(r"(?<!\w)ب(?:ال)?(?:رييس|حكوم[هة]|نظام)(?!\w)[^،,.]{0,60}?(?<!\w)(?:في +|ب)?(?:ال)?انقلاب(?!\w)"),
        fold_text("نفذ انقلابا"),
    ),
    (  # "أعدمت جماعة مسلحة ثلاثة رهائن رمياً بالرصاص": captives killed outside any court (probe23)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("execute_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:" + _taa_phrases("executed") + r")(?!\w)"),
        fold_text("أعدم ميدانيا"),  # a verb key: the side inside the span is the doer, not a genitive victim
    ),
    (  # "أدرجت السعودية والإمارات، اليوم، 15 فرداً وكياناً على قوائم الإرهاب" (probe25)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("list_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)علي +(?:ال)?(?:قايم[هة]|قوايم)(?!\w)"),
        _LISTED_KEY,
    ),
    (  # "أخلت نيابة أمن الدولة العليا في مصر، أمس الأحد، سبيل 30 محبوساً" (probe25; not "في سبيل", for the sake of)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("release_apart_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?<!في )سبيل(?!\w)"),
        fold_text("أخلت سبيل"),
    ),
    (  # "جدد مجلس التعاون الخليجي، في بيان، دعمه للحكومة الشرعية" (probe25)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("support_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:" + _alt("support_nouns") + r")[هة]?(?:ه|ها|هم|هما|نا)(?!\w)"),
        fold_text("أكدت دعم"),
    ),
    (  # "وأعرب رئيس المفوضية، في بيان اليوم، عن «تضامن الاتحاد الكامل» مع النيجر": expressed support past an aside
        # (the listed "أعرب عن تضامن" spans no aside, and the noun need not carry a pronoun here)
        re.compile(r"(?<!\w)[وف]?(?:اعرب|اعربت|اعربوا|اعربا|اعربتا)(?!\w)"),
        # ... and its own pronoun on the noun ("عن تضامنها الكامل مع الكويت"; art6)
        re.compile(r"(?<!\w)عن +[«\"]?(?:" + _alt("support_nouns") + r")(?:[هة]|ات)?(?:ه|ها|هم|هما|نا)?(?!\w)"),
        fold_text("أعرب عن تضامن"),
    ),
    (  # "قدّمت الإمارات، أمس، 15 مليون دولار لدعم جهود مكافحة الجفاف": a sum given past a time aside (probe90)
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("grant_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)[\d٠-٩][\d٠-٩.,]* +(?:مليون|ملايين|مليار|مليارات)(?!\w)"),
        fold_text("تخصيص مليون"),
    ),
    (  # "سلّمت فصائل فلسطينية، أمس، دفعة من الأسلحة الثقيلة إلى الجيش": arms handed over (probe90)
        re.compile(r"(?<!\w)[وف]?(?:سلم|سلمت|سلموا|سلما)(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:اسلح[هة]|اسلحت(?:ه|ها|هم|هما)|سلاح(?:ه|ها|هم)?)(?!\w)"),
        fold_text("سلمت أسلحة"),
    ),
    (
        re.compile(r"(?<!\w)[وف]?(?:" + _alt("confiscate_verbs") + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("confiscated") + r")(?!\w)"),
        fold_text("صادرت أراضي"),
    ),
)
# a word one of the verb patterns above must find (their word gates, rasd.gates, joined): a sentence with none of them
# skips the whole loop; None if a pattern has no gate
_APART_VERB_GATE: frozenset[str] | None = (
    None
    if any(not gate_of(verbs) for verbs, _, _ in _APART_OBJECTS)
    else frozenset().union(*(gate_of(verbs)[0] for verbs, _, _ in _APART_OBJECTS))
)
_VERDICT_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("verdict_verbs") + r")(?!\w)")
_PENALTY = re.compile(
    r"(?<!\w)ب(?:ال)?(?:"
    + _alt("penalties")
    + r")(?:ه|ها|هم|هما)?(?!\w)"
    # probe52: the Maghreb's term before its kind ("بعشر سنوات سجناً نافذاً"، "بثلاث سنوات حبساً")
    + r"|(?<!\w)ب[^\W\d_]+ (?:[^\W\d_]+ )?(?:سنوات|سنه|سنة|عاما|اعوام|اشهر|شهرا) (?:سجنا|حبسا)(?!\w)"
)
_COURT_WORD = re.compile(r"(?<!\w)(?:[وفبل]|بال|وال|فال)?(?:" + _alt("court_words") + r")(?!\w)")  # "بالمحكمة"
_VERDICT_KEY = fold_text("حكم سجن")


_RULING = re.compile(r"(?<!\w)(?:ال)?(?:حكم|حكما|احكام)(?!\w)")
_UPHOLD = re.compile(r"[وفب]?(?:ايد|ايدت|ايدوا|تاييد)")


def _upholds_ruling(text: str, hit: Hit[Trigger]) -> bool:
    """A verb of support ("أيدت"، "بتأييد") with a ruling within 60 characters after it, in a sentence with a court."""
    if hit.values[0].plover != "SUPPORT" or _UPHOLD.fullmatch(text[hit.word_start : hit.word_end]) is None:
        return False
    return _RULING.search(text, hit.end, hit.end + 60) is not None


def _with_verdicts(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "قضت محكمة تونسية، أمس، بسجن الصحفي"، "حكمت محكمة سعودية على الناشط بالإعدام": a verdict verb and the
    penalty after its ب are one court sentence. قضى is also "spent" ("قضى سبع سنوات بالسجن"): it needs a court
    word between."""
    before = set(triggers)
    found = _verb_and_object(text, triggers, _VERDICT_VERB, _PENALTY, _VERDICT_KEY, 120, none_between=True)
    found = [
        h
        for h in found
        if h in before
        or h.key != _VERDICT_KEY
        or not text[h.start : h.start + 3].startswith("قض")
        or _COURT_WORD.search(text, h.start, h.end) is not None
    ]
    for verb in _CONVICT_VERB.finditer(text):
        # "أدانت محكمة سيدي امحمد الوزير الأسبق بعشر سنوات سجناً": a court that "condemns" to a penalty sentences;
        # the condemnation the verb also spells is no accusation
        penalty = _PENALTY.search(text, verb.end(), verb.end() + 120)
        if penalty is None or _SENTENCE_STOP.search(text, verb.end(), penalty.start()):
            continue
        if _COURT_WORD.search(text, verb.end(), penalty.start()) is None:
            continue
        start = verb.start() + 1 if text[verb.start()] in "وف" else verb.start()
        found = [h for h in found if not (h.word_start <= start < h.word_end and h.values[0].plover == "ACCUSE")]
        values = _fixed_trigger(_VERDICT_KEY)
        found.append(Hit(start, penalty.end(), verb.start(), penalty.end(), _VERDICT_KEY, values, False))
    return longest(found)


_CONVICT_VERB = re.compile(r"(?<!\w)[وف]?(?:ادانت|ادان)(?!\w)")


_DISPERSE = re.compile(r"(?<!\w)([وف])?(?:" + _alt("disperse_verbs") + r")(?!\w)")
_DISPERSED = re.compile(r"(?<!\w)(?<!طائره )(?<!طائرة )(?<!طائرات )(?:" + _taa_alt("dispersed") + r")(?!\w)")
_DISPERSED_KEY = fold_text("فرقت مسيرة")


def _with_deployed(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "نشر الجيش الجزائري، الأسبوع الماضي، وحدات إضافية": a verb of deploying and the forces it sends are one
    deployment trigger, whatever stands between (a doer, a time); not what was published ("نشرت الوزارة صوراً")."""
    found = _verb_and_object(text, triggers, _DEPLOY, _FORCES_SENT, _DEPLOYED_KEY, 120, none_between=True)
    # ... nor a listed form matched across the words between ("نشرت وزارة الدفاع صوراً لقواتها": نشرت ... قوات)
    return [
        h
        for h in found
        if h.values[0].id != "deployment"
        or _PUBLISHED.isdisjoint(text[h.word_start : h.word_end].replace("ة", "ه").split())
    ]


def _with_dispersed(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "فرّقت قوات الأمن، مساء الأحد، مسيرة للأساتذة"، "وفرّقت المشاركين فيها بالقوة": a verb of breaking up and the
    protest or its people are one protest-with-intervention trigger."""
    return _verb_and_object(text, triggers, _DISPERSE, _DISPERSED, _DISPERSED_KEY, 120, none_between=True)


_SEIZE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("seize_verbs") + r")(?!\w)")
_CUSTODY = re.compile(r"(?<!\w)القبض(?!\w)")
_SEIZED_KEY = fold_text("ألقت قبض")


def _with_seizure(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "ألقت الأجهزة الأمنية في مدينة سبها القبض، أمس، على عصابة": the light verb and its القبض at most eight words
    on in the same clause are one arrest trigger (whatever stands between, a doer, a place or a time)."""
    out = list(triggers)
    values = _fixed_trigger(_SEIZED_KEY)
    for verb in _SEIZE.finditer(text):
        if any(h.word_start <= verb.start() < h.word_end for h in triggers):
            continue
        noun = _CUSTODY.search(text, verb.end(), verb.end() + 90)
        if noun is None or _SENTENCE_STOP.search(text, verb.end(), noun.start()):
            continue
        if len(text[verb.end() : noun.start()].split()) > 8:
            continue
        start = verb.start() + 1 if text[verb.start()] in "وف" else verb.start()  # no such verb starts so
        out.append(Hit(start, noun.end(), verb.start(), noun.end(), _SEIZED_KEY, values, False))
    return longest(out)


# "احتجزت القوة البحرية التابعة للحرس الثوري الإيراني، فجر أمس، ناقلة نفط": a detention verb whose object, past a
# subject too long for the listed phrase, is a merchant vessel seizes the ship (triggers.yaml vessel_seizure)
_DETAIN_VERBS = frozenset(
    fold_text(w) for w in ("احتجز", "احتجزت", "احتجزوا", "احتجزا", "واحتجز", "واحتجزت", "واحتجزوا", "يحتجز", "تحتجز")
)
_VESSEL_SEIZED_KEY = fold_text("احتجزت ناقلة")
# what stands right before a ship that is no object of its own: "طاقم السفينة"، "على متن ناقلة"
_OF_VESSEL = frozenset(fold_text(w) for w in ("طاقم", "ركاب", "بحارة", "أفراد", "متن", "ظهر", "على", "من", "إلى"))


def _with_seized_vessels(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    values = _fixed_trigger(_VESSEL_SEIZED_KEY)
    out = list(triggers)
    for h in triggers:
        if h.key not in _DETAIN_VERBS or h.end != h.word_end:
            continue
        found = _MERCHANT_VESSEL.search(text, h.end, h.end + 140)
        if found is None or _SENTENCE_STOP.search(text, h.end, found.start()):
            continue
        gap = text[h.end : found.start()]
        if len(_FRAME_ASIDE.sub(" ", gap).split()) > 10 or _THAT_PRONOUN.search(gap):
            continue
        if (gap.split() or [""])[-1].strip("،,") in _OF_VESSEL or any(h.end <= o.start < found.end() for o in triggers):
            continue
        out = [o for o in out if o is not h]
        out.append(Hit(h.start, found.end(), h.word_start, found.end(), _VESSEL_SEIZED_KEY, values, False))
    return sorted(out, key=lambda o: o.start)


_SEIZE_ARMS = re.compile(r"(?<!\w)[وف]?(?:" + _alt("seize_arms_verbs") + r")(?!\w)")
_SEIZED_ARMS = re.compile(
    r"(?<!\w)(?:ال)?(?:"
    + "|".join(re.sub(r"ه(?= |$)", "[هة]", re.escape(w)) for w in _WORDS.words("seized_arms"))
    + r")(?!\w)"
)
_POSSESSED = re.compile(r"(?<!\w)(?:بحوز[هة]|بحوزت|معه|معهم|لدي)")
_SEIZED_ARMS_KEY = fold_text("ضبطت أسلحة")  # triggers.yaml weapons_disrupted, a verb key: its subject is the doer


def _with_seized_arms(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "ضبطت وحدات من القوى البحرية السورية، فجر الثلاثاء، شحنة أسلحة وذخائر": a verb of seizing and the arms it
    governs past its subject and an aside are one trigger of disrupted weapons use, over the arms shipment's aid
    word (probe63); not arms found on those arrested ("ضبطت الشرطة شخصين بحوزتهما أسلحة")."""
    out = _verb_and_object(text, triggers, _SEIZE_ARMS, _SEIZED_ARMS, _SEIZED_ARMS_KEY, 90, none_between=False)
    return [h for h in out if h.key != _SEIZED_ARMS_KEY or h in triggers or not _POSSESSED.search(text, h.start, h.end)]


_SEIZED_PEOPLE = re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("seized_people") + r")(?!\w)")
_SEIZED_PEOPLE_KEY = fold_text("اعتقلت")  # a verb key: its subject is the doer


def _with_seized_people(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "ضبطت الشرطة الأردنية، أمس، شخصين بحوزتهما أسلحة": a verb of seizing and people as its object past its
    subject and an aside are an arrest (probe70); not "ضبط النفس", nor what was found on someone ("ضبطت مخدرات
    بحوزة شخص")."""
    out = _verb_and_object(text, triggers, _SEIZE_ARMS, _SEIZED_PEOPLE, _SEIZED_PEOPLE_KEY, 90, none_between=True)
    return [
        h
        for h in out
        if h in triggers
        or h.key != _SEIZED_PEOPLE_KEY
        or not (_POSSESSED.search(text, h.start, h.end) or text.startswith("النفس", text.find(" ", h.start) + 1))
    ]


_DEPORT_VERB = re.compile(r"(?<!\w)[وف]?(?:" + _alt("deport_verbs") + r")(?!\w)")
_DEPORTED = re.compile(r"(?<!\w)(?:" + _alt("deported_people") + r")(?!\w)")
_HELD_PEOPLE = frozenset(_WORDS.words("held_people"))
_DEPORTED_KEY = fold_text("رحلت سلطات")  # triggers.yaml deportation


def _with_deported(raw: str, folded: Folded, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "إن السلطات رحّلت صباح اليوم الخميس ٤٢ من الموقوفين": a verb of deporting and the people it governs past a
    time aside are a deportation (h14a), when the verb carries its shadda or those deported are people held (bare
    رحلت is also 'she left')."""
    out = _verb_and_object(folded.text, triggers, _DEPORT_VERB, _DEPORTED, _DEPORTED_KEY, 90, none_between=True)
    kept = []
    for h in out:
        if h in triggers or h.key != _DEPORTED_KEY:
            kept.append(h)
            continue
        verb_start, verb_end = folded.source_range(h.start, folded.text.find(" ", h.start))
        people = folded.text[folded.text.rfind(" ", 0, h.end) + 1 : h.end]
        if "\u0651" in raw[verb_start:verb_end] or people in _HELD_PEOPLE:
            kept.append(h)
    return kept


_OPERATION_WORDS = frozenset(("عمليه", "عمليات", "عملية"))


def _named_operations(text: str, triggers: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "أعلن الجيش تنفيذ «عملية إعادة انتشار»"، "نفذت القوات عملية اعتقال": an operation is what the trigger right
    after it names, so the bare "carry out an operation" trigger gives way to it."""
    out: list[Hit[Trigger]] = []
    for i, h in enumerate(triggers):
        named = i + 1 < len(triggers) and not text[h.end : triggers[i + 1].word_start].strip(" \"«»“”'")
        if named and h.key.rsplit(" ", 1)[-1] in _OPERATION_WORDS:
            continue
        out.append(h)
    return out


_WORD_SPLIT = re.compile(r"([^\W_]+)")


def _words_of(folded: str) -> list[tuple[int, int, str]]:
    """matcher.words_of, from one split and running sums of the pieces' lengths instead of a match object per
    word: the pieces alternate between what stands between words and the words themselves."""
    pieces = _WORD_SPLIT.split(folded)
    ends = list(accumulate(map(len, pieces)))
    return list(zip(ends[0::2], ends[1::2], pieces[1::2], strict=False))  # one more gap than words


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _aid_word_in_name(hit: Span, name: Span) -> bool:
    """An aid hit overlaps a body's name by its own words, not by a name standing in its gap ("وزعت جمعية الهلال
    الأحمر، اليوم، مساعدات")."""
    return _overlaps(hit, name) and not (hit.start < name.start and name.end < hit.end)


# ---------------------------------------------------------------- actors

_LOCATIVE = frozenset(_WORDS.words("locative"))
_TOPIC_HEADS = frozenset(("بشان", "حول", "لشوون", "شوون"))  # "about", "for the affairs of": a place talked about


def _is_locative(view: SentenceView, m: Mention) -> bool:
    """ "في العراق"، "بالعراق" ... and "بشأن سوريا"، "حول لبنان": a place spoken of is no doer either."""
    start = view.folded_index(m.span.start)
    clitic = view.folded.text[max(0, start - 2) : start]
    before = view.previous_word(start)
    # "عبر الحدود مع سوريا"، "على الشريط الحدودي مع لبنان"، "معبر المصنع مع سوريا": the state across a border is where
    # (also past its adjectives: "على طول الحدود الجنوبية الشرقية مع ليبيا")
    border = _BORDER_WITH.search(view.folded.text, max(0, start - 50), start) is not None
    # "وفي جيبوتي، بحث الرئيس ...": the round-up's next country, behind و or ف
    before = before[1:] if before[:1] in ("و", "ف") and before[1:] in _LOCATIVE else before
    if before == "من" and _EACH_OF.search(view.folded.text, max(0, start - 12), start):
        return False  # "أعلنت كل من النيجر وبوركينا فاسو": each of the states named acts (probe102)
    return before in _LOCATIVE or clitic.endswith("ب") or before in _TOPIC_HEADS or border


_EACH_OF = re.compile(r"(?<!\w)كل +من +$")


# "منفذ التوم الحدودي مع"، "معبر رأس جدير الحدودي مع": a crossing and the state across it; "قرب منطقة الجغبوب الحدودية
# مع مصر": a place told as lying on a border, and the state across it (probe101)
_BORDERING_WITH = re.compile(
    r"(?<!\w)(?:منفذ|معبر)(?: +[^\W\d_]+){0,3} +(?:ال)?حدودي +مع +$|(?<!\w)الحدودي[هة]? +مع +$"
)
_BORDER_WITH = re.compile(
    r"(?<!\w)(?:ال)?(?:حدود|حدوديه|حدودية|حدودي)(?: +(?:ال)?[^\W\d_]+ي[هة]){0,2} +مع +$"
    # probe99: a crossing named before its neighbour ("معبر جديدة يابوس مع لبنان")
    r"|(?<!\w)(?:ال)?(?:معبر|معابر|منفذ|منافذ)(?: +[^\W\d_]+){0,3} +مع +$"
)


def _capital_named(m: Mention) -> str | None:
    """The state a capital's name speaks for, when the mention is that capital: "مفتي طرابلس" in a story placed in
    Lebanon names Lebanon's Tripoli, which stands for no government (Libya's capital shares the name)."""
    capital = name_rules().capitals.get(fold_text(m.text)) if m.place is not None else None
    if capital is None or m.place is None or iso3(m.place.country) != capital:
        return None
    return capital


def _participant_of(view: SentenceView, m: Mention, plover: str) -> Participant | None:
    capital = _capital_named(m)
    if capital is not None and m.actor is None:
        start = view.folded_index(m.span.start)
        clitic = view.folded.text[max(0, start - 2) : start]
        before = view.previous_word(start)
        # "وفي القاهرة انتقد الوزير": a capital after في (behind و/ف too) is where, not who
        where = before in _LOCATIVE or (before[:1] in ("و", "ف") and before[1:] in _LOCATIVE)
        # ... and so is a host's ("تستضيف مسقط"، "القمة التي استضافتها المنامة"; probe58)
        where = where or re.sub(r"^[وف]", "", before) in name_rules().host_verbs
        if not where and not clitic.endswith("ب"):
            # "اتهمت طهران واشنطن": the capital speaks and acts for its state
            return Participant(m.span, m.text, None, capital, "government", state=True, head="capital")
        return None
    if m.actor is None:
        # a name the tagger found, or a person named by rule after a title ("وزير الكهرباء زياد علي فاضل")
        if (m.type in ("PER", "ORG") and m.origin == "tagger") or (m.type == "PER" and m.origin == "derived"):
            return Participant(m.span, m.text, None, None, "other", person=m.type == "PER")
        return None
    a = m.actor
    if a.role == "media" and _channel(view, m):
        return None  # "دعوا، عبر وسوم على منصة إكس، إلى تجمع": the platform carried the call, it did not call
    # a country named as a place ("في العراق", "بالعراق") is where, not who; so is one joined to
    # it ("في العراق وسورية")
    if m.place is not None and (
        _is_locative(view, m)
        or any(
            _is_locative(view, p) and view.text[p.span.end - view.start : m.span.start - view.start] == " و"
            for p in view.mentions
            if p.place is not None and p.span.end < m.span.start
        )
    ):
        return None
    return Participant(m.span, m.text, a.canonical, a.country, a.role, person=m.type == "PER", state=a.type == "GPE")


def _earlier_force(forces: Sequence[Participant], d: Participant) -> str | None:
    """The country of the last force named before `d`, if all forces named before it are of one country."""
    before = {p.country for p in forces if p.span.end <= d.span.start}
    return before.pop() if len(before) == 1 else None


def _counted(view: SentenceView, d: Participant) -> bool:
    """ "إصابة عدد من العسكريين"، "مقتل الجنود": men told as a toll, likely the side struck, not an earlier force's."""
    before = fold_text(view.previous_word(view.folded_index(d.span.start)))
    return before == "من" or before.lstrip("وف") in _SOLDIER_TOLL_WORDS


def _channel(view: SentenceView, m: Mention) -> bool:
    """ "عبر قناة الجزيرة"، "على منصة إكس"، "في حسابه على منصة إكس": an outlet or platform something was said or
    spread through (after عبر, or a platform word after على/في), not a party to what was done."""
    start = view.folded_index(m.span.start)
    before = re.sub(r"^[وف]", "", fold_text(view.previous_word(start)))
    first = fold_text(m.text).split(" ")[0]
    return before == "عبر" or (before in ("علي", "في") and first in _CHANNEL_WORDS) or before in _CHANNEL_WORDS


_RESPONSIBLE = frozenset(fold_text(w) for w in _WORDS.words("responsible_heads"))
_DELEGATIONS = frozenset(_WORDS.words("delegation_heads"))
_MILITARY_ADJECTIVES = frozenset(_WORDS.words("military_adjectives"))
# "بوساطة عمانية"، "برعاية مصرية": a nationality after these is said of the mediator or sponsor, not of the head before
_NOT_ADJECTIVE_GAP = frozenset(_WORDS.words("companion")) | {"بوساطه", "وبوساطه"}
_FOR = re.compile(r" +عن(?:ه|ها|هم|هما)?(?!\w)")


# "قوة إسرائيلية": heads that name a side only with a nationality, and are no kind word of a name ("قوة الأمم المتحدة
# المؤقتة في لبنان" keeps its place; probe54, probe55)
_NATIONALITY_ONLY_HEADS = frozenset(_WORDS.words("nationality_only_heads"))


@cache
def _honour_titles() -> frozenset[str]:
    """Folded titles a site may be named after ("الملك", "الأمير", "الشيخ")."""
    return frozenset(fold_text(t) for t in name_rules().person_titles)


def _descriptions(view: SentenceView, held: Sequence[tuple[int, int]] = ()) -> list[Participant]:
    """Institution noun (+ nationality): "القوات الأميركية"، "مسلحون"، "مسيرات أميركية"; none overlapping the
    raw [start, end) ranges `held` (actors found otherwise)."""
    out: list[Participant] = []
    nationalities = view.cues_of("nationality")
    abstract = name_rules().abstract_heads | _NATIONALITY_ONLY_HEADS
    # (only in a sentence that holds a group's adjective: the stem of every word is not sought for nothing)
    # ... and none after a head either: _group_after reads whole words of the sentence, one of them a group's adjective
    grouped = not _GROUP_ADJECTIVE_FORMS.isdisjoint(view._words_set())
    for start, end, word in view.words if grouped else ():
        # "هاجمت عناصر حوثية مواقع الجيش": armed men named by a group's adjective are that group, a side of their own
        if _PERSON_ROLES.get(_person_stem(word) or "") not in ("armed_group", "military"):
            continue
        group = _group_after_span(view, end)
        if group is not None:
            span = view.raw_span(start, group[1])
            if not any(span.start < b and a < span.end for a, b in held):
                actor = group[0]
                out.append(Participant(span, view.raw_text(span), actor.canonical, actor.country, actor.role, False))
    # "عبر جسر الملك حسين"، "في مستشفى الملك فهد": a title inside a site's name names the one it honours, no actor
    sites = [
        (view.folded_index(m.span.start), m.span.end)
        for m in view.mentions
        if m.type == "FAC" and not m.descriptive and " " in m.text
    ]
    titles = _honour_titles() if sites else frozenset()
    for head in view.cues_of("institution", "weapon"):
        role = value_of(head, "institution")
        if head.key in titles and any(
            a < head.word_start and view.raw_start(head.word_end, head.word_end) <= b for a, b in sites
        ):
            continue
        if head.key in _DELEGATIONS and (after := _NEXT_WORD.match(view.folded.text, head.word_end)) is not None:
            # "وفد عسكري روسي": a military delegation is of that state's forces (a "وفد أمني" stays its government)
            role = "military" if after.group(1) in _MILITARY_ADJECTIVES else role
        country: str | None = None
        end = head.word_end
        for nat in nationalities:
            if nat.word_start < head.word_end or nat.word_start - head.word_end > 12:
                continue
            gap = view.folded.text[head.word_end : nat.word_start]
            # the adjective follows its noun, perhaps after one other adjective ("فصائل عراقية مسلحة"), but not
            # after another head ("قوات الأمن والجيش العراقي": the adjective is the army's)
            if _finance(view, head, nat):
                continue
            closed = " " in head.key and not head.key.startswith("ال") and not head.key.split()[-1].startswith("ال")
            if gap.strip() and closed and nat.key.startswith("ال"):
                # "اتهمت منظمات حقوقية الجيش المالي": a head whole with its own indefinite adjective takes no
                # definite nationality after another noun; that is the next noun's (probe52)
                continue
            if gap.split() and gap.split()[0].replace("ة", "ه") in _NOT_ADJECTIVE_GAP:
                continue  # "سراح 20 أسيراً من القوات الحكومية بوساطة عمانية": the mediator's adjective (probe54)
            if _MADE_IN.match(view.folded.text, nat.word_end):
                break  # "بطائرات مسيرة تركية الصنع": where the arms were made, not who flies them (probe79)
            if len(gap.split()) <= 1 and not any(
                head.word_end < h.word_start < nat.word_start for h in view.cues_of("institution", "weapon")
            ):
                country = str(value_of(nat, "nationality"))
                end = nat.word_end
                break
        if country is None and head.key.replace("ة", "ه") in _CONSTRUCT_ENVOYS:
            country, end = _state_in_construct(view, head.word_end) or (None, end)
        if country is None and view.folded.text[head.start : head.word_end].endswith("ا"):
            country, end = _accusative_nationality(view, head.word_end) or (None, end)
        if country is None and head.key in name_rules().unnamed_people:
            country = _body_nationality(view, head, nationalities)
        group = _group_after(view, head) if country is None and grouped else None
        if group is not None:
            # "طائرة مسيّرة حوثية"، "عناصر حوثية": the weapon or the men of the group its adjective names
            actor, group_end = group
            span = view.raw_span(head.start, group_end)
            if not any(span.start < b and a < span.end for a, b in held):
                out.append(Participant(span, view.raw_text(span), actor.canonical, actor.country, actor.role, False))
            continue
        abstract_head = head.key in abstract or "ال" + head.key in abstract
        own_end = len(view.text) + view.start  # where another actor may not overlap it
        if head.key in _RESPONSIBLE and _FOR.match(view.folded.text, head.word_end):
            continue  # "محاسبة المسؤولين عنه": those responsible for a deed, no officials
        if head.key in _UNITS_OF and re.match(r" +لل?", view.folded.text[head.word_end :]):
            continue  # "مفرزة للجيش الوطني الشعبي": a unit of the force named after it, which is the side
        if head.word_start == head.start and _to_be_formed(view, head.word_start):
            continue  # "رفضت أي مسار لتشكيل حكومة جديدة": a body still to be formed is no side
        if not _in_own_event(view, head.key):
            continue  # "انفجار عبوة قرب محكمة": a court is a side only of its sentence, a company of a sanction
        if country is None and abstract_head and head.key in _COMPANY_HEADS:
            # "تجميد أرصدة 12 شركة صرافة"، "عقوبات على شركتين مقرهما الإمارات": counted companies are concrete ones,
            # of the state they are based in when that is told (probe25)
            counted = _counted_head(view, head)
            based = _based_in(view, head) if counted else None
            if based is not None:
                country, end = based
                own_end = view.raw_span(head.start, head.word_end).end  # the state named there is held on its own
            elif counted:
                abstract_head = False
        if role is None or (country is None and abstract_head):
            if country is None:
                continue
            role = role or "military"  # a weapon named with a nationality: that state's forces
        # "الطائرات التركية": a head listed without its article keeps the article it is written with
        start = head.start - 2 if view.folded.text[head.word_start : head.start].endswith("ال") else head.start
        span = view.raw_span(start, end)
        if any(span.start < b and a < min(span.end, own_end) for a, b in held):
            continue
        possessive = head.word_end > head.end and country is None
        out.append(Participant(span, view.raw_text(span), None, country, str(role), False, head.key, possessive))
    return out


_CONSTRUCT_ENVOYS = frozenset(w.replace("ة", "ه") for w in _WORDS.words("construct_envoys"))
_STATE_STYLES = frozenset(w.replace("ة", "ه") for w in _WORDS.words("state_styles"))


def _state_in_construct(view: SentenceView, at: int) -> tuple[str, int] | None:
    """ "سفير دولة قطر"، "رئيس وزراء باكستان": the state named right after an envoy's or an office's word (past its
    style word), its ISO3 code and where it ends (folded) (probe98)."""
    for m in view.mentions:
        if m.place is None or m.place.kind != "country" or m.actor is None:
            continue
        start = view.folded_index(m.span.start)
        gap = view.folded.text[at:start].split() if start > at else ["-"]
        if not gap or (len(gap) == 1 and gap[0].replace("ة", "ه") in _STATE_STYLES):
            return str(m.actor.country), view.folded_index(m.span.end)
    return None


_FORMING = frozenset(_WORDS.words("forming"))
_MADE_IN = re.compile(r" +(?:" + _alt("made_in") + r")(?!\w)")  # "تركية الصنع"، "إيرانية المنشأ" (folded)
_UNITS_OF = frozenset({"مفرزه", "مفرزة", "مفارز"})  # folded; as cues.yaml lists them
_UNIT_OF_BEFORE = re.compile(r"(?<!\w)(?:مفرز[هة]|مفارز) +ل$")  # "مفرزة لـ|الجيش" (the fused لل leaves one ل)


def _to_be_formed(view: SentenceView, at: int) -> bool:
    """Whether the word before folded offset `at` is a noun of forming ("تشكيل"، "لتشكيل"، "وبتأليف")."""
    word = fold_text(view.previous_word(at))
    return word in _FORMING or word.lstrip("و")[1:] in _FORMING or word[1:] in _FORMING


_GROUP_ADJECTIVES = _WORDS.mapping("group_adjectives")


def _group_after(view: SentenceView, head: Hit[Cue]) -> tuple[Actor, int] | None:
    """The listed group whose adjective follows a head, past one other adjective ("طائرة مسيّرة حوثية"، "عناصر
    مسلحة حوثية"), and where it ends (folded)."""
    return _group_after_span(view, head.word_end)


def _group_after_span(view: SentenceView, pos: int) -> tuple[Actor, int] | None:
    for _ in range(2):
        word = _NEXT_WORD.match(view.folded.text, pos)
        if word is None:
            return None
        actor_id = _GROUP_ADJECTIVES.get(fold_text(word.group(1)))
        if actor_id is not None:
            return _actor_by_id(actor_id), word.end(1)
        if any(h.word_start == word.start(1) for h in view.cues_of("institution", "weapon")):
            return None  # "بين مقاومين وقوات الاحتلال": another head, whose adjective it is (probe72)
        pos = word.end(1)
    return None


def _facility_state(view: SentenceView, span: Span) -> str | None:
    """The state (ISO3) of the known facility that the words at `span` name or begin ("ثكنة زرعيت"), or None."""
    for m in view.mentions:
        if m.place is not None and m.place.kind in FACILITY_KINDS and _overlaps(m.span, span):
            return iso3(m.place.country)
    return None


def _counted_head(view: SentenceView, head: Hit[Cue]) -> bool:
    """ "12 شركة"، "خمس شركات"، "شركتين": a head in the dual or with a number right before it."""
    return head.key.endswith(("تين", "تان")) or _number_before(view, head.word_start)


def _based_in(view: SentenceView, head: Hit[Cue]) -> tuple[str, int] | None:
    """The country a company is said to be based in right after its head (one word, its kind, may stand
    between: "شركة صرافة مقرها في دبي"), and where its name ends."""
    at = head.word_end
    kind = _NEXT_WORD.match(view.folded.text, at)
    for start in (at, kind.end() if kind else at):
        based = _BASED_IN.match(view.folded.text, start)
        if based is None:
            continue
        raw = view.raw_start(based.end(), based.end())
        for m in view.mentions:
            if m.span.start == raw and m.place is not None and m.actor is not None and m.actor.country:
                return m.actor.country, view.folded_index(m.span.end)
    return None


_FINANCIAL_HEADS = frozenset(_WORDS.words("financial_heads"))
_FINANCIAL = frozenset(fold_text(w) for w in ("المالية", "مالية"))


def _finance(view: SentenceView, head: Hit[Cue], nat: Hit[Cue]) -> bool:
    """ "وزارة المالية": the ministry of finance, not a Malian ministry."""
    return _financial_at(view, nat.word_start, view.folded.text[nat.word_start : nat.word_end])


def _financial_at(view: SentenceView, word_start: int, word: str) -> bool:
    """ "وزير المالية"، "بفدية مالية"، "مساعدات مالية": مالية after a noun of money or office is "financial", not
    "Malian" (a proclitic on the noun aside)."""
    if word.replace("ة", "ه") not in _FINANCIAL:
        return False
    noun = view.previous_word(word_start)
    return noun in _FINANCIAL_HEADS or (noun[:1] in ("و", "ب", "ف", "ل") and noun[1:] in _FINANCIAL_HEADS)


def _accusative_nationality(view: SentenceView, at: int) -> tuple[str, int] | None:
    """ "اثني عشر دبلوماسياً فرنسياً": the accusative adjective after an accusative head (the lexicon lists the
    nominative forms): its country and where it ends."""
    word = _NEXT_WORD.match(view.folded.text, at)
    if word is None or not word.group(1).endswith("ا"):
        return None
    country = _nationality_of_form().get(word.group(1)[:-1])
    second = _NEXT_WORD.match(view.folded.text, word.end()) if country is None else None
    if second is not None and second.group(1).endswith("ا"):
        # "وفداً فنياً سودانياً": past one other accusative adjective
        country = _nationality_of_form().get(second.group(1)[:-1])
        return (country, second.end()) if country is not None else None
    return (country, word.end()) if country is not None else None


def _protesters_nationality(view: SentenceView, protesters: Participant) -> str | None:
    """ "مئات الجزائريين المقيمين في فرنسا"، "تونسيون مقيمون في ألمانيا": the nationality said of the protesters
    themselves, inside their own phrase."""
    a, b = view.folded_index(protesters.span.start), view.folded_index(protesters.span.end)
    for nat in view.cues_of("nationality"):
        if a <= nat.word_start and nat.word_end <= b:
            return str(value_of(nat, "nationality"))
    return None


def _body_nationality(view: SentenceView, head: Hit[Cue], nationalities: Sequence[Hit[Cue]]) -> str | None:
    """ "مسؤول في الحكومة التركية"، "ضابط في الجيش الصومالي": an unnamed person is of the state of the body he is
    said to be in (the person's own words stay "مسؤول"; the body is an actor of its own)."""
    for nat in nationalities:
        if nat.word_start <= head.word_end:
            continue
        gap = view.folded.text[head.word_end : nat.word_start].split()
        if 2 <= len(gap) <= 4 and gap[0] == "في" and not any("،" in w or "," in w for w in gap):
            return str(value_of(nat, "nationality"))
        break
    return None


@cache
def _anaphor_forms(heads: frozenset[str]) -> dict[str, str]:
    """Each head as written alone, after و/ف or ب, or behind لل ("مواقع للحركة") -> the head (the first head in the
    set's order, if two)."""
    forms: dict[str, str] = {}
    for head in heads:
        for form in (head, "و" + head, "ف" + head, "ب" + head, "وب" + head, "لل" + head[2:], "ولل" + head[2:]):
            forms.setdefault(form, head)
    return forms


@cache
def _anaphor_spellings(heads: frozenset[str]) -> frozenset[str]:
    """The words that read as an anaphor form once ة is written ه."""
    return _taa_spellings(_anaphor_forms(heads))


def _taa_spellings(forms: Iterable[str]) -> frozenset[str]:
    """Each form with any of its ه written ة: the words of folded text (which keeps ة) that fold_text folds
    to one of the forms, since a word of folded text folds further only by ة -> ه."""
    out: set[str] = set()
    for form in forms:
        variants = [""]
        for ch in form:
            variants = [v + c for v in variants for c in ((ch, "ة") if ch == "ه" else (ch,))]
        out.update(variants)
    return frozenset(out)


_GROUP_ADJECTIVE_FORMS = _taa_spellings(_GROUP_ADJECTIVES)  # as words of folded text spell them (ة kept)


@cache
def _office_spellings(heads: frozenset[str]) -> frozenset[str]:
    """The words `_offices` reads as an office: the head alone or after و/ف."""
    return frozenset(form for head in heads for form in (head, "و" + head, "ف" + head))


# (folded) the men a group is made of, before its kind ("قوات الجماعة")
_MEN_HEADS = frozenset(fold_text(w) for w in (*_WORDS.words("own_men"), *_WORDS.words("own_men_nominative")))


# (folded text) what a group holds or is made of, before its anaphor behind لـ ("مواقع للحركة"، "مخابئ للتنظيم")
_HELD_BY_GROUP = frozenset(
    {"مواقع", "موقع", "مقرات", "مقر", "مخابي", "مخابئ", "معاقل", "معقل", "تجمعات", "مراكز", "عناصر", "مقاتلين"}
    | {"قياديا"}
)


def _anaphors(
    view: SentenceView,
    earlier: Sequence[Participant],
    taken: Sequence[Span],
    raw: str = "",
    here: Sequence[Participant] = (),
) -> list[Participant]:
    """ "الحزب"، "الجماعة" alone: the last named group whose name starts with that word, or that the story named
    with that word as its kind in front ("تنظيم داعش" ... "مخابئ التنظيم")."""
    out: list[Participant] = []
    anaphoric = name_rules().anaphoric_heads
    if not view.has_word(_anaphor_spellings(anaphoric)):
        return out
    heads = _anaphor_forms(anaphoric)
    for i, (start, end, word) in enumerate(view.words):
        word = word.replace("ة", "ه")
        head = heads.get(word)
        if head is None:
            continue
        fused = word.endswith("لل" + head[2:])
        if (fused or word.startswith(("ب", "وب"))) and (i == 0 or view.words[i - 1][2] not in _HELD_BY_GROUP):
            continue  # "مواقع موالية للحركة" (outlets), "بالحركة": only a site or men of the group behind لـ/بـ
        # behind لل the article's alif is unwritten: the text starts at its lam and writes the article whole
        span = view.raw_span(start + len(word) - len(head) + (1 if fused else 0), end)
        if any(_overlaps(span, t) for t in taken):
            continue
        text = "ا" + view.raw_text(span) if fused else view.raw_text(span)
        bare = head[2:]
        # "أعلن الناطق باسم كتائب القسام أن مقاتلي الكتائب دمروا": a group named before it in its own sentence too
        before = [q for q in here if q.span.end <= span.start]
        for p in reversed([*earlier, *before]):
            # "حزب الله" for الحزب, "وزارة الدفاع" for الوزارة; "المنظمة الدولية للهجرة" for المنظمة
            kind_before = raw and fold_text(raw[max(0, p.span.start - 12) : p.span.start]).endswith(bare)
            if p.named and (fold_text(p.text).startswith((bare, head)) or kind_before):
                out.append(_but(p, span=span, text=text))
                break
        else:
            # "تعد كتائب حزب الله من أبرز الفصائل ... وأعلن الفصيل": a faction is the last armed group named
            armed = [p for p in [*earlier, *before] if p.named and p.role == "armed_group"]
            if head in _ARMED_ANAPHORS and armed:
                out.append(_but(armed[-1], span=span, text=text))
    return out


_ARMED_ANAPHORS = frozenset(fold_text(w).replace("ة", "ه") for w in _WORDS.words("armed_anaphors"))


def _men_of_anaphor(p: Participant) -> bool:
    """ "قوات الجماعة"، "مقاتلي الحركة": a name no list knows made of men and a group's kind alone."""
    words = fold_text(p.text).split()
    heads = name_rules().anaphoric_heads
    return (
        p.canonical in (None, p.text)  # a derived name is its own canonical
        and len(words) == 2
        and words[0] in _MEN_HEADS
        and words[1].replace("ة", "ه") in _anaphor_forms(heads)
    )


def _title_anaphors(
    view: SentenceView, earlier: Sequence[Participant], named: Sequence[Participant], raw: str
) -> list[Participant]:
    """ "وطالب الرئيس الإدارة الأميركية": a title alone right after the verb, no name after it, is the last person
    the story named with that title ("الرئيس محمود عباس")."""
    out: list[Participant] = []
    if not view.has_word(_BARE_TITLE_SPELLINGS):
        return out
    for i, (start, end, word) in enumerate(view.words):
        title = _BARE_TITLES.get(word)
        if title is None or i == 0 or i + 1 >= len(view.words):
            continue
        span = view.raw_span(start + len(word) - len(title), end)
        nxt = view.raw_span(*view.words[i + 1][:2])
        if any(_overlaps(span, p.span) or (p.person and _overlaps(nxt, p.span)) for p in named):
            continue  # "الرئيس محمود عباس": the title of the name after it
        for p in reversed(earlier):
            if p.person and p.named and p.span.end <= view.start:
                before = fold_text(raw[max(0, p.span.start - 40) : p.span.start]).split()[-3:]
                if title in before:
                    out.append(_but(p, span=span, text=view.raw_text(span)))
                break  # only the last person named
        break
    return out


_LATTER = frozenset({"الاخير", "والاخير", "فالاخير", "الاخيره", "الاخيرة", "والاخيره", "والاخيرة"})


def _latter(view: SentenceView, earlier: Sequence[Participant], taken: Sequence[Span]) -> list[Participant]:
    """ "وطالب الأخير، خلال اللقاء، ...": "the latter" standing for a person, not after a noun it qualifies ("الأسبوع
    الأخير"), is the last person the story named before the sentence."""
    out: list[Participant] = []
    if not view.has_word(_LATTER):
        return out
    for i, (start, end, word) in enumerate(view.words):
        if word not in _LATTER or i == 0 or view.words[i - 1][2].startswith(("ال", "وال")):
            continue
        span = view.raw_span(start + len(word) - len(word.lstrip("وف")), end)
        if any(_overlaps(span, t) for t in taken):
            continue
        person = next((p for p in reversed(earlier) if p.person and p.span.end <= view.start), None)
        if person is not None:
            out.append(_but(person, span=span, text=view.raw_text(span)))
        break
    return out


_BARE_TITLES = {form: fold_text(t) for t in _WORDS.words("bare_titles") for form in (fold_text(t), "و" + fold_text(t))}
_BARE_TITLE_SPELLINGS = frozenset(_BARE_TITLES)


_STATE_ANAPHORS = {fold_text(w): tuple(c.split()) for w, c in _WORDS.mapping("state_anaphors").items()}
_STATE_ANAPHOR_SPELLINGS = _taa_spellings(w for k in _STATE_ANAPHORS for w in (k, "و" + k, "ف" + k))


def _state_anaphors(view: SentenceView, earlier: Sequence[Participant], taken: Sequence[Span]) -> list[Participant]:
    """ "وجددت المملكة دعوتها": the kingdom the story has named (by its state, ministry or people)."""
    out: list[Participant] = []
    if not view.has_word(_STATE_ANAPHOR_SPELLINGS):
        return out
    for start, end, word in view.words:
        bare = word.replace("ة", "ه")
        key = bare[1:] if bare[:1] in ("و", "ف") and bare[1:] in _STATE_ANAPHORS else bare
        states = _STATE_ANAPHORS.get(key)
        if states is None:
            continue
        span = view.raw_span(start + len(bare) - len(key), end)
        if any(_overlaps(span, t) for t in taken):
            continue
        named = [p.country for p in earlier if p.country in states and p.span.end <= span.start]
        country = states[0] if len(states) == 1 else (named[-1] if named else None)
        if country is not None:
            out.append(Participant(span, view.raw_text(span), None, country, "government", False, key, state=True))
    return out


def _as_doer_of(p: Participant, plover: str) -> Participant:
    """A state that uses force does so through its military ("قصفت إسرائيل"), and so does its defence ministry
    ("أعلنت وزارة الدفاع التركية تحييد ... في غارات جوية")."""
    forces = plover in _FORCE_TYPES and p.role == "government"
    # ... as does a state named as a side by its adjective ("نار من الجانب الإسرائيلي")
    if forces and (p.state or p.head in _STATE_SIDE_HEADS or fold_text(p.text).startswith(_DEFENCE_BODIES)):
        return _but(p, role="military")
    return p


_STATE_SIDE_HEADS = frozenset({"جانب", "الجانب"})
_DEFENCE_BODIES = tuple(fold_text(w) for w in _WORDS.words("defence_bodies"))


_TITLE_GAP = re.compile(r"[\w\u064b-\u065f\u0670\u0640 «»\"“”]*")


def _title_holder(view: SentenceView, named: list[Participant], end: int) -> int | None:
    """ "رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد"، "نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي":
    the index in `named` of the person a long title (an office ending at raw `end`) runs into: at most seven
    words of no punctuation but quotes, no verb or cue of reporting, no nationality but right before the
    name (after one, a new phrase starts: "وزير الخارجية العراقي نظيره الإيراني ...")."""
    person = next((i for i, p in enumerate(named) if p.span.start > end and p.person), None)
    if person is None:
        return None
    gap = view.text[end - view.start : named[person].span.start - view.start]
    words = gap.split()
    if not words or len(words) > 7 or not _TITLE_GAP.fullmatch(gap):
        return None
    a, b = view.folded_index(end), view.folded_index(named[person].span.start)
    # "المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء ستافان دي ميستورا": an envoy's إلى and the land he
    # is sent to (two words at most) are his title's own
    head = view.folded.text[max(0, a - 30) : a].split()[-1:]
    envoy = any(w.lstrip("و") in _ENVOY_WORDS for w in head + [fold_text(w) for w in words])
    if any(
        fold_text(w) in _NOT_TITLE and not (envoy and fold_text(w) in ("الي", "ل") and len(words) - i <= 3)
        for i, w in enumerate(words)
    ):
        return None
    if any(a <= h.start < b for h in view.triggers) or any(a <= h.start < b for h in view.cues_of("reporting")):
        return None
    # "المتحدث باسم وزارة الدفاع الأميركية الجنرال باتريك رايدر": only titles may follow a nationality
    rules = name_rules()
    titles = rules.person_titles | rules.office_heads
    for nat in view.cues_of("nationality"):
        if a <= nat.start < b and any(fold_text(w) not in titles for w in view.folded.text[nat.word_end : b].split()):
            return None
    return person


_NOT_TITLE = frozenset(fold_text(w) for w in _WORDS.words("not_title"))
_UN_TITLE = re.compile(r"(?<!\w)(?:الاممي|الامميه|الاممية)(?!\w)")  # folded


def _offices(
    view: SentenceView, named: list[Participant], home: str | None, titled: list[tuple[int, int]] | None = None
) -> list[Participant]:
    """ "قائممقام سنجار"، "محافظ البصرة": an office not in the actor list, held for the place or nation
    named after it (else the story's country). An unlisted person named right after an office takes its
    country and role (in `named`); so does one a long title runs into, and the words of that title
    (`titled`, raw [start, end) ranges) name no one else."""
    rules = name_rules()
    out: list[Participant] = []
    spellings = _office_spellings(rules.office_heads)
    if not view.has_word(spellings):
        return out
    taken = [p.span for p in named]
    for _, end, word in [w for w in view.words if w[2] in spellings]:  # the only words read as an office below
        word = word[1:] if word[:1] in ("و", "ف") and word[1:] in rules.office_heads else word
        if word not in rules.office_heads:
            continue
        span = view.raw_span(end - len(word), end)
        if any(_overlaps(span, t) for t in taken):
            continue
        close = [
            i
            for i, p in enumerate(named)
            if p.span.start >= span.end
            and len(gap := view.text[span.end - view.start : p.span.start - view.start].split()) <= 2
            and not re.search(r"[^\w ]", " ".join(gap))
        ]
        role = "military" if word in ("قايد", "القايد") else "government"  # folded قائد
        # "قائد شرطة محافظة ذي قار"، "مدير أمن عدن": the office of a force is of that force's kind
        body = _NEXT_WORD.match(view.folded.text, end)
        role = _OFFICE_KINDS.get(body.group(1), role) if body is not None else role
        # "قائد «اليونيفيل» الجنرال أرولدو لاثارو": the head of an international body right after the office acts
        # for that body, of no one state (probe74)
        igo = any(
            p.role == "igo"
            and not p.person
            and not view.text[span.end - view.start : p.span.start - view.start].strip(' «»"')
            for p in named
            if p.span.start >= span.end
        )
        role = "igo" if igo else role
        if not close and (held := _title_holder(view, named, span.end)) is not None:
            close = [held]
            if titled is not None:
                titled.append((span.start, named[held].span.start))
            if _UN_TITLE.search(view.folded.text, end, view.folded_index(named[held].span.start)):
                # "المبعوث الأممي إلى الصحراء ستافان دي ميستورا": the holder of a UN title acts for the UN
                igo, role = True, "igo"
        if close:
            i = min(close, key=lambda i: named[i].span.start)
            holder = named[i]
            if holder.person and holder.country is None and holder.role == "other":
                # "وزير الكهرباء زياد علي فاضل": a person no list knows holds the office named before them (of the
                # nation after it or after its field: "رئيس الحكومة الإسبانية خوسي لويس ثاباتيرو")
                field = _office_field(view, end)
                country = _nationality_near(view, end)
                country = country or (_nationality_near(view, field.end()) if field is not None else None) or home
                named[i] = _but(holder, country=None if igo else country, role=role)
            continue  # "قائد بحرية الحرس الثوري": the office belongs to the body (or the person) named next
        branch = _branch_spoken_for(view, named, end) if word in _SPOKESPEOPLE else None
        if branch is not None:
            # "المتحدث باسم الفرع الثالث للحزب الديمقراطي الكردستاني": the voice of a branch of a named body is that
            # body's, and the body no side of its own (art1)
            span = Span(span.start, branch.span.end)
            if titled is not None:
                titled.append((branch.span.start, branch.span.end))
            voice = Participant(span, view.raw_text(span), None, branch.country, branch.role, named=False, head=word)
            out.append(voice)
            continue
        country = _nationality_near(view, end)
        field = _office_field(view, end)
        if country is None and field is not None and (country := _nationality_near(view, field.end())) is not None:
            # "وزير الداخلية الصومالي"، "وزير الدفاع الموريتاني": an office of no list, its field, then its nation
            after = _NEXT_WORD.match(view.folded.text, field.end())
            assert after is not None
            span = view.raw_span(end - len(word), after.end())
        elif (
            country is None
            and field is not None
            and any(h.start == end - len(word) and h.end == field.end() for h in view.cues_of("institution"))
        ):
            span = view.raw_span(end - len(word), field.end())  # "رئيس الوزراء" with no nation: the office whole
        country = None if igo else country or home
        # "مدير أمن عدن"، "قائد شرطة نينوى": the force's word stands between the office and its place
        force_end = view.raw_span(body.start(1), body.end(1)).end if body is not None and role == "police" else -1
        for m in view.mentions:
            if m.place is not None and (0 <= m.span.start - span.end <= 2 or 0 <= m.span.start - force_end <= 2):
                span = Span(span.start, m.span.end)  # "قائممقام سنجار"
                country = iso3(m.place.country) or country
                break
        out.append(Participant(span, view.raw_text(span), None, country, role, named=False, head=word, person=True))
        held = _appositive_holder(view, named, span.end)
        if held is not None:
            named[held] = _but(named[held], country=country, role=role)
    return out


_SPOKESPEOPLE = frozenset({"المتحدث", "الناطق", "المتحدثه", "الناطقه", "متحدث", "ناطق"})
# (folded) "باسم الفرع الثالث لل"، "باسم مكتب ... في"، "باسم المكتب السياسي ل": the part of a body a spokesperson
# speaks for, up to the body's name
_BRANCH_OF = re.compile(
    r" +باسم +(?:ال)?(?:فرع|مكتب|مكاتب|تنظيمات|هيئه|قياده|مجلس)(?: +[^\W\d_]+){0,2}? +(?:لل|ل|في +)$"
)


def _branch_spoken_for(view: SentenceView, named: list[Participant], end: int) -> Participant | None:
    """The body a spokesperson speaks for through one of its parts ("المتحدث باسم الفرع الثالث للحزب")."""
    for p in named:
        if p.span.start < view.raw_start(end, end) or p.person or p.role not in _OFFICIAL_ROLES:
            continue
        at = view.folded_index(p.span.start)
        return p if _BRANCH_OF.fullmatch(view.folded.text, end, at) else None
    return None


def _appositive_holder(view: SentenceView, named: list[Participant], end: int) -> int | None:
    """ "مدير أمن عدن، اللواء مطهر الشعيبي،": the index in `named` of a person no list knows set off by a comma
    right after an office (behind his titles at most), who holds it."""
    person = next((i for i, p in enumerate(named) if p.span.start >= end), None)
    if person is None:
        return None
    p = named[person]
    if not p.person or p.canonical is not None or p.role != "other":
        return None
    gap = view.text[end - view.start : p.span.start - view.start]
    words = gap.strip().lstrip("،,").split()
    titles = name_rules().person_titles
    if not gap.lstrip().startswith(("،", ",")) or len(words) > 2 or not all(w in titles for w in words):
        return None
    return person


_OFFICE_FIELD = re.compile(r" +ال[^\W\d_]+")  # the field after an office ("وزير الداخلية")
_OFFICE_FIELD_MORE = re.compile(r" +و?ال[^\W\d_]+")  # ... of more words ("وزير الموارد المائية والري")


def _in_office(view: SentenceView, side: Participant | None, kept: Sequence[Participant]) -> Participant | None:
    """A listed person named right after a listed office of his state acts in that office: "رئيس مجلس السيادة
    السوداني عبد الفتاح البرهان" is the government, though the army's commander (probe76)."""
    if side is None or not side.person or side.canonical is None or side.role not in _STATE_ROLES:
        return side
    office = next((p for p in reversed(kept) if p.span.end <= side.span.start), None)
    if office is None or office.person or office.canonical is None or office.role not in _STATE_ROLES:
        return side
    if office.country != side.country or view.text[office.span.end - view.start : side.span.start - view.start].strip():
        return side
    return _but(side, role=office.role)


def _joined_before(view: SentenceView, second: Participant, kept: Sequence[Participant]) -> Participant | None:
    """The side joined by و right before `second`, behind at most its title ("السيسي ورئيس مجلس السيادة
    السوداني البرهان"، "الصفدي ونظيره المصري عبد العاطي"), with no punctuation between."""
    for first in reversed([p for p in kept if p.span.end <= second.span.start]):
        gap = view.text[first.span.end - view.start : second.span.start - view.start]
        words = gap.split()
        if len(words) > 6 or re.search(r"[^\w ]", gap):
            return None
        if words and words[0].startswith("و"):
            return first
        # else the second's title read as a side of its own ("والرئيس الروسي" before "فلاديمير بوتين"): step past it
    return None


def _office_field(view: SentenceView, end: int) -> re.Match[str] | None:
    """The field after an office: its first definite word, or up to four of them joining two fields where the nation
    follows the last ("وزير الموارد المائية والري المصري"، "وزير التعليم العالي والبحث العلمي العراقي"; probe76)."""
    first = _OFFICE_FIELD.match(view.folded.text, end)
    field, joined = first, False
    for _ in range(3):
        if field is None or _nationality_near(view, field.end()) is not None:
            break
        field = _OFFICE_FIELD_MORE.match(view.folded.text, field.end())
        joined = joined or (field is not None and field.group().lstrip().startswith("و"))
    # a field of several words joins two ("والري"، "والبحث"): not "المبعوث الأممي الأطراف الليبية", an object after
    return field if joined and field is not None and _nationality_near(view, field.end()) is not None else first


_OFFICE_KINDS = {fold(k, keep_taa_marbuta=True).text: v for k, v in _WORDS.mapping("office_kinds").items()}
_DUAL_OFFICE = re.compile(r"(?<!\w)[وف]?(?P<office>" + _alt("dual_offices") + r")(?: +[^\W\d_]+){1,2}?(?= )")
# "وفدين إيراني وأميركي"، "الجانبان الإيراني والسعودي": two sides named by their two adjectives, with no field between
_PAIRED_SIDES = re.compile(
    r"(?<!\w)[وفب]?(?P<office>"
    + "|".join(re.escape(fold_text(w)) for w in sorted(_WORDS.words("paired_sides"), key=len, reverse=True))
    + r")(?= )"
)


def _dual_offices(view: SentenceView, taken: Sequence[Span]) -> list[Participant]:
    """ "وقّع وزيرا الطاقة الأردني والسوري": a dual office and two nationality adjectives are two sides, one of
    each state."""
    if not view.contains_any(_DUAL_OFFICE_WORDS) and not view.contains_any(_PAIRED_SIDE_WORDS):
        return []
    out: list[Participant] = []
    nationalities = view.cues_of("nationality")
    for m in [*_DUAL_OFFICE.finditer(view.folded.text), *_PAIRED_SIDES.finditer(view.folded.text)]:
        first = next((n for n in nationalities if n.word_start == m.end() + 1), None)
        second = next((n for n in nationalities if first is not None and n.word_start == first.word_end + 1), None)
        if first is None or second is None or view.folded.text[second.word_start : second.start] != "و":
            continue
        a = view.raw_span(m.start("office"), first.word_end)
        b = view.raw_span(second.start, second.word_end)
        if any(_overlaps(a, t) or _overlaps(b, t) for t in taken):
            continue
        for span, n in ((a, first), (b, second)):
            country = str(value_of(n, "nationality"))
            out.append(Participant(span, view.raw_text(span), None, country, "government", False, _DUAL, person=True))
    return out


_DUAL_OFFICE_WORDS = _needles("dual_offices")
_PAIRED_SIDE_WORDS = tuple(dict.fromkeys(fold_text(w) for w in _needles("paired_sides")))
_DUAL = "dual office"  # the head of the two sides a dual office names
_CONFLICT = re.compile(r"(?:" + _alt("conflict") + ")$")
_ALL_PARTIES = frozenset({"جميع الاطراف", "كافه الاطراف", "الاطراف"})  # folded: the parties, no conflict named


def _local_fight(earlier: Sequence[Participant], home: str | None) -> bool:
    """Whether the last two armed sides the story named (or the one) are both of its country: the parties a call
    is then made to are that country's (a foreign force among them leaves them of no one state)."""
    sides = [p for p in earlier if p.role in ("armed_group", "military")][-2:]
    return home is not None and bool(sides) and all(p.country == home for p in sides)


def _conflict_country(view: SentenceView, d: Participant) -> str | None:
    """The country named right after "في" behind the parties to a conflict ("طرفي النزاع في السودان"), or None."""
    after = view.folded_index(d.span.end)
    for m in view.mentions:
        if m.place is None or m.place.kind != "country":
            continue
        start = view.folded_index(m.span.start)
        if 0 < start - after <= 6 and view.folded.text[after:start].strip() == "في":
            return iso3(m.place.country)
    return None


@cache
def _credit_words() -> str:
    """The wires as a folded alternation, longest first, with the short credits a wire is signed by in
    parentheses ("(الفرنسية)"، "(اف ب)"، "(الأوروبية)")."""
    words = {fold_text(w) for w in cues().wire} | {
        "الفرنسيه",
        "الاوروبيه",
        "الالمانيه",
        "اف ب",
        "ا ب",
        "د ب ا",
        "ا ش ا",
        "يو بي اي",
        "وكالات",
    }
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _dateline() -> re.Pattern[str]:
    credit = rf"(?:{_credit_words()})(?![^\W\d_])"
    place = r"[^\W\d_]+(?: +[^\W\d_]+){0,2} *"
    dash = r"(?:[-–—]| {2})"  # a dash, or the double space a folded-away tatweel dash ("غزة ـ من") leaves
    return re.compile(
        rf"^[^\w(]*(?:{place}(?:(?:[،,/]|{dash}) *{place}){{0,3}})?"
        rf"(?:\( *{credit}[^()]{{0,15}}\) *(?:[-–—:] *)?"  # "واشنطن (اف ب) اتهم"، "(أ ش أ)"
        rf"|(?:/|{dash}) *{credit} *(?:[-–—:]|{dash}) *"  # "عواصم - وكالات:"
        rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}} +{credit} *(?:[-–—:]|{dash}) *"  # "رام الله 15-4-2025 وفا-" (probe50)
        rf"|{dash} *من +[^\W\d_]+(?: +[^\W\d_]+){{0,3}} *: *"  # "غزة ـ من أشرف أبو الهول:"
        r"|(?:(?<=[^\W\d_])|(?<=[^\W\d_] ))[-–—] +)"  # "عمّان - دانت الوزارة": a place and a dash alone
        r"(?:[^\W\d_]+(?: +[^\W\d_]+){0,2} *: *)?"  # "(أ ش أ) هاني فتحي:": the writer after the wire
    )


def _dateline_end(view: SentenceView) -> int:
    """Where a dateline or byline opening the sentence ends (raw; the sentence's start if none): its place,
    wire and writer are no party to what the sentence tells."""
    m = _dateline().match(view.folded.text) if view.contains_any(_DATELINE_MARKS) else None
    return view.raw_span(0, m.end()).end if m is not None and m.end() > 0 else view.start


# every _dateline() match holds one of these: the wire's parenthesis, a slash, a dash (or the double space a folded
# tatweel dash leaves) or the colon after a wire; most sentences hold none, and are not matched
_DATELINE_MARKS = ("(", "/", "-", "–", "—", ":", "  ")


# "قوات التحالف"، "طيران التحالف"، "غارة للتحالف"، "والتحالف": the coalition named by its kind alone (group 1: the
# article; group 2: the lam of لل, behind which the article's alif is unwritten)
_COALITION_WORD = re.compile(r"(?<!\w)(?:[وف]?[بك]?(ال)|[وف]?ل(ل))تحالف(?!\w)")
_COALITIONS = _WORDS.mapping("coalitions")


@cache
def _actor_by_id(actor_id: str) -> Actor:
    return next(a for a in actors() if a.id == actor_id)


# "استشهد شاب برصاص الاحتلال"، "بنيران الاحتلال": bare الاحتلال (left out of actors.tsv, being also the occupation
# as a state of things) right after an agent phrase of fire is Israel's army (folded; probe54)
_OCCUPATION_AGENT = re.compile(
    r"(?<!\w)(?:" + _alt("agent_phrases") + r"|بقذايف|بقذيف[هة]|بقصف|بغارات|بغار[هة]) +(الاحتلال)(?!\w)(?! +ال)"
)


def _occupation_as_agent(view: SentenceView, held: Sequence[tuple[int, int]]) -> list[Participant]:
    """Bare "الاحتلال" as the agent of fire ("برصاص الاحتلال"), when no actor is read there already."""
    if "الاحتلال" not in view.folded.text:
        return []
    out: list[Participant] = []
    for found in _OCCUPATION_AGENT.finditer(view.folded.text):
        span = view.raw_span(found.start(1), found.end(1))
        if any(span.start < b and a < span.end for a, b in held):
            continue
        army = _actor_by_id("isr-idf")
        out.append(Participant(span, view.raw_text(span), army.canonical, army.country, army.role, False))
    return out


def _coalition(view: SentenceView, home: str | None, told: Sequence[Participant]) -> list[Participant]:
    """A bare "التحالف" in a story set in a country whose war a coalition fights (event_words.yaml `coalitions`:
    the Saudi-led one in Yemen, the US-led one in Iraq and Syria), outside any listed name ("التحالف الدولي"),
    unless the story has named an alliance it points back to ("أعلن تحالف الفتح ... وطالب التحالف")."""
    actor_id = _COALITIONS.get(home or "")
    if actor_id is None or "تحالف" not in view.folded.text:
        return []
    if any(p.named and fold_text(p.text).startswith(("تحالف", "التحالف")) for p in told):
        return []
    actor = _actor_by_id(actor_id)
    listed = [m.span for m in view.mentions if m.actor is not None and m.origin != "derived"]
    out: list[Participant] = []
    for m in _COALITION_WORD.finditer(view.folded.text):
        fused = m.group(2) is not None
        span = view.raw_span(m.start(2) if fused else m.start(1), m.end())
        if not any(_overlaps(span, other) for other in listed):
            text = "ا" + view.raw_text(span) if fused else view.raw_text(span)
            out.append(Participant(span, text, actor.canonical, actor.country, actor.role))
    return out


_BARE_FORCES = frozenset({"قوات", "القوات", "وقوات", "والقوات"})


_GOVERNMENT_HEADS = frozenset({"الحكومه", "حكومه"})  # folded, as a description's head
_GOVERNMENT_NAMED = re.compile(r"^[وفبل]?ال?حكوم[ةه] +ال[^\W\d_]+ي[ةه]$")  # "الحكومة اليمنية": with its state


_KIND_FIGHTERS = frozenset(_WORDS.words("kind_fighters"))
# a head-of-state title, then up to ten words with no stop (other titles, ranks) before the name (folded)
_HEAD_OF_STATE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("head_of_state_titles") + r")(?!\w)(?: +[^\W\d_]+){0,10} *$")


def _titled_head_of_state(view: SentenceView, p: Participant) -> bool:
    if not p.person or p.role != "military" or p.canonical is None:
        return False
    at = view.folded_index(p.span.start)
    lead = view.folded.text[max(0, at - 120) : at]
    return view.may_match_in(_HEAD_OF_STATE, max(0, at - 120), at) and _HEAD_OF_STATE.search(lead) is not None


def _participants(
    view: SentenceView, plover: str, home: str | None = None, earlier: Sequence[Participant] = (), raw: str = ""
) -> list[Participant]:
    named = [p for m in view.mentions if (p := _participant_of(view, m, plover)) is not None]
    lead = _lead_country(view) if home is not None else None
    if lead is not None:
        # "وفي النيجر، أعلنت وزارة الدفاع أن الجيش قتل ...": a body built from its kind with no nationality of its
        # own is of the country the sentence is set in, not of the story's country the names stage gave it
        homeless = {m.span for m in view.mentions if m.origin == "derived" and _without_nationality(m)}
        named = [
            _but(p, country=lead) if p.span in homeless and p.role in _STATE_ROLES and p.country != lead else p
            for p in named
        ]
    coalition = _coalition(view, home, [*earlier, *named])
    if coalition:
        # "قوات التحالف": the forces built from a kind word are the coalition itself
        named = [p for p in named if not any(_overlaps(p.span, c.span) for c in coalition)]
        named = sorted(named + coalition, key=lambda p: p.span.start)
    # "الفرقة ٩١ في الجيش الإسرائيلي"، "اللواء 7 التابع للجيش": a unit built from its kind belongs to the
    # force named right after it
    built = {m.span for m in view.mentions if m.origin == "derived" and m.actor is not None}
    # ... and so does a listed unit of another army's name ("قوات الفرقة الرابعة مشاة في الجيش السوداني"): the
    # army named after في says whose it is (probe103)
    for i, p in enumerate(named):
        owner = next((q for q in named if q.span.start > p.span.end and q.country), None)
        if owner is None or owner.country == p.country:
            continue
        gap = fold_text(view.text[p.span.end - view.start : owner.span.start - view.start]).strip()
        if p.span in built and re.fullmatch(r"(?:في|التابع|التابعه|التابعة)(?: ل)?|ل|التابع لل|التابعه لل", gap):
            named[i] = _but(p, country=owner.country)
        elif p.role == owner.role == "military" and re.fullmatch(r"(?:[^\W\d_]+ )?في", gap):
            named[i] = _but(p, country=owner.country, canonical=None)
    # a group of no one state ("داعش", "القاعدة") fights in the story's country: coded as of that country
    named = [
        _but(p, country=home) if p.country is None and p.role == "armed_group" and not _stateless(p) else p
        for p in named
    ]
    # ... and so do fighters named by a kind every country has ("قوات العشائر" in a Somali story), whatever state
    # the list gives the name (probe74)
    named = [
        _but(p, country=home)
        if home is not None and p.country != home and fold_text(p.text).lstrip("وفبل") in _KIND_FIGHTERS
        else p
        for p in named
    ]
    # ... and so is a state body named by its kind and no state ("مجلس النواب"، "نيابة أمن الدولة", probe25)
    named = [
        _but(p, country=home)
        if p.country is None and p.role == "government" and p.span in built and not p.person
        else p
        for p in named
    ]
    # "رئيس مجلس السيادة الانتقالي قائد الجيش الفريق أول عبد الفتاح البرهان": a commander titled head of the state
    # acts for its government (probe74)
    named = [_but(p, role="government") if _titled_head_of_state(view, p) else p for p in named]
    titled: list[tuple[int, int]] = []
    named += _offices(view, named, home, titled)
    named += _dual_offices(view, [p.span for p in named])
    if titled:
        # "نائب رئيس الوزراء وزير الخارجية ... أيمن الصفدي": the bodies in a title are the holder's
        named = [p for p in named if not any(a <= p.span.start and p.span.end <= b for a, b in titled)]
    # "لقوات الأمن" taken for a name no list knows: it is the description after a one-letter clitic
    unlisted = [p for p in named if p.canonical is None and p.role == "other" and not p.person]
    if unlisted:
        descriptions = _descriptions(view)
        bare = {
            (d.span.start - 1, d.span.end)
            for d in descriptions
            if d.span.start > view.start and view.text[d.span.start - 1 - view.start] in "لوبفك"
        }
        # "قوات الأمن التونسية" taken for a name: the description it is knows its side
        bare |= {(d.span.start, d.span.end) for d in descriptions if d.role != "other"}
        named = [p for p in named if p not in unlisted or (p.span.start, p.span.end) not in bare]
    # "أغلقت قوات الأمن المقر المركزي للحركة": a name no list knows that runs into a trigger's later word is the
    # doer and the object read as one; the descriptions in it stand for them
    split = [view.raw_span(h.end - len(h.key.rsplit(" ", 1)[-1]), h.end).start for h in view.triggers if " " in h.key]
    # ... and so is one that runs over a trigger's first word ("أطلقت قوات الأمن الغاز المسيل للدموع لتفريق
    # المحتجين" read as one body up to لتفريق; probe54)
    split += [view.raw_span(h.start, h.end).start for h in view.triggers]
    if split:
        run_on = {
            m.span
            for m in view.mentions
            if m.origin != "lexicon" and m.type != "PER" and any(m.span.start < at < m.span.end for at in split)
        }
        named = [p for p in named if p.span not in run_on]
    # "السلطات السعودية"، "الأجهزة الأمنية السعودية": a state whose name is spelt as the feminine adjective that
    # ends a description is that adjective; the description is the actor
    if any(p.state for p in named):
        ended = {(d.span.end, d.country) for d in _descriptions(view) if d.country is not None}
        named = [p for p in named if not (p.state and (p.span.end, p.country) in ended and _after_a_head(view, p))]
    # "إن قوات الجماعة استهدفت"، "مقاتلي الحركة": the men of a group named before by its kind are that group
    men_of = [p for p in named if _men_of_anaphor(p)]
    anaphors = _anaphors(view, earlier, [p.span for p in named if p not in men_of], raw, named)
    resolved = {p.span: p for p in men_of if any(_overlaps(p.span, a.span) for a in anaphors)}
    named = [p for p in named if p.span not in resolved]
    anaphors = [
        next((_but(a, span=m.span, text=m.text) for m in resolved.values() if _overlaps(m.span, a.span)), a)
        for a in anaphors
    ]
    if raw:
        anaphors += _title_anaphors(view, earlier, named, raw)
    anaphors += _latter(view, earlier, [p.span for p in named + anaphors])
    anaphors += _state_anaphors(view, [*earlier, *named], [p.span for p in named + anaphors])
    held = [(n.span.start, n.span.end) for n in named + anaphors] + titled
    described = _descriptions(view, held)
    described += _occupation_as_agent(view, held)
    described += anaphors
    # "القوات" or "مسلحون" with no nationality: in a story set in one country, that country's; so is "الحزب"
    # ("اتهم الفرع الثالث للحزب في كركوك") ... and so are the parties to its conflict ("أطراف النزاع")
    # ... but "قال السوداني إن الحكومة قد تلجأ": the government a state's official speaks of is his own, and
    # so are the forces ("قال المتحدث باسم الجيش الإسرائيلي إن قوات الجيش اعتقلت")
    # ... and so are the soldiers an officer of a named army tells of ("قال ضابط في الجيش الكيني إن ثلاثة جنود
    # قتلوا")
    # "بين وفدي الحكومة اليمنية وجماعة الحوثي" ... "إن الحكومة والحوثيين توصلوا في مسقط": a bare government
    # is the one the story named with its state, not the host's of a story filed from elsewhere (probe58)
    governments = [p for p in earlier if p.country and p.role == "government" and _GOVERNMENT_NAMED.match(p.text)]
    if governments:
        described = [
            _but(d, country=governments[-1].country)
            if d.country is None and d.role == "government" and d.head in _GOVERNMENT_HEADS
            else d
            for d in described
        ]
    # "اقتحمت قوات الاحتلال البلدة، ورشق الشبان الجنود بالحجارة": soldiers with no nationality, after a force the
    # sentence named with its state, are that force's men (probe103)
    forces = [p for p in named if p.country and p.role == "military"]
    described = [
        _but(d, country=_earlier_force(forces, d))
        if d.country is None and d.head in _SOLDIER_HEADS and not _counted(view, d)
        else d
        for d in described
    ]
    tellers = list(named) + [d for d in described if d.country and d.role in _STATE_ROLES]
    described = [
        _but(d, country=_speaker_state(view, tellers, d))
        if d.role in _STATE_ROLES and d.country is None and not _stateless(d)
        else d
        for d in described
    ]
    # "قال المتحدث العسكري باسم الحوثيين إن القوات البحرية نفذت": a branch of arms with no nationality, in the
    # words of an armed group, is the group's own
    described = [_speaker_group(view, named, d) if d.country is None and d.role == "military" else d for d in described]
    # "طرفي النزاع في السودان": the parties to a conflict said to be in a country are of that country
    described = [
        _but(d, country=_conflict_country(view, d)) if d.country is None and _CONFLICT.search(d.head) else d
        for d in described
    ]
    described = [
        _but(d, country=home)
        if d.country is None and (d.role in _LOCAL_PARTIES or _CONFLICT.search(d.head)) and not _stateless(d, view)
        else d
        for d in described
    ]
    # "ودعت البعثة جميع الأطراف إلى الالتزام بوقف إطلاق النار": the parties a call is made to, in a story whose
    # fighting sides were all of its country, are that country's (probe62; not where a foreign force fights too)
    parties = any(fold_text(d.text) in _ALL_PARTIES and d.country is None for d in described)
    if parties and _local_fight(earlier, home):
        described = [
            _but(d, country=home) if fold_text(d.text) in _ALL_PARTIES and d.country is None else d for d in described
        ]
    # "وحدات من الحرس الوطني" in a Tunisian story: a gendarmerie, police
    # ... and so are its units named before it ("وحدات الحرس الوطني بصفاقس"، "دوريات الحرس البحري")
    described = [_but(d, role="police") if _police_in(d) == (d.country or home) else d for d in described]
    named = [
        _but(p, role="police")
        if p.canonical in (None, p.text) and p.role == "military" and _police_in(p) == (p.country or home)
        else p
        for p in named
    ]
    named = [_occupier(view, p) for p in named]
    # one actor per stretch of text: "الحكومة" holds "حكومة", "مجلس الوزراء" holds "الوزراء"
    found: list[Participant] = []
    for p in sorted(named + described, key=lambda p: (p.span.start, -p.span.end)):
        if found and _overlaps(found[-1].span, p.span):
            continue
        found.append(p)
    # a title then a name ("وزير الخارجية العراقي فؤاد حسين"): the person takes the office's country and role
    merged: list[Participant] = []
    for p in found:
        bracket = merged and view.text[merged[-1].span.end - view.start : p.span.start - view.start].strip()
        if bracket in ("(«", "(", '("'):
            continue  # "قوة الأمم المتحدة المؤقتة في لبنان («اليونيفيل»)": the same body by its short name
        # ... but two listed bodies side by side are two ("دعا نادي الأسير اللجنة الدولية للصليب الأحمر")
        listed_pair = merged and merged[-1].canonical is not None and p.canonical is not None and merged[-1].named
        loose = (p.role == "other" and p.country is None) or not (merged and merged[-1].named)
        if (
            merged
            and p.person
            and (
                _PORTFOLIO_GAP.fullmatch(view.text[merged[-1].span.end - view.start : p.span.start - view.start])
                or _sent_to_gap(view, merged[-1], p)
            )
        ):
            # "وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية توم فليتشر": an office, its portfolio, then the
            # holder's name is one person (probe62)
            prev = merged[-1]
            merged[-1] = p if p.country or p.role != "other" else _but(p, country=prev.country, role=prev.role)
            continue
        # ... but not a state named after a description that has its own ("يزور وفد عسكري روسي دمشق": the place
        # visited)
        placed = p.state and merged and merged[-1].country is not None and not merged[-1].named
        if merged and p.named and not listed_pair and loose and not placed and not _crowd_before_name(merged[-1], p):
            prev = merged[-1]
            gap = view.text[prev.span.end - view.start : p.span.start - view.start]
            # ... and so does a quoted armed name after an indefinite armed head ("فصائل «الجيش الوطني السوري»";
            # probe72)
            quoted = gap.strip() in ("«", '"', "“") and not prev.text.startswith("ال")
            quoted = quoted and prev.role in ("armed_group", "military") and p.role in ("armed_group", "military")
            if len(gap) <= 3 and (not gap.strip(" ،,") or quoted):
                if p.role == "other" and p.country is None and prev.role == "media" and _heads_a_body(view, prev):
                    # "نقيب الصحفيين زياد دبار": the head of a body of journalists speaks for it, not for an outlet
                    p = _but(p, country=home)
                elif p.role == "other" and p.country is None:
                    p = _but(p, country=prev.country, role=prev.role)
                merged[-1] = p
                continue
        merged.append(p)
    # "بين قوات الجيش الليبي وميليشيات": bare forces right before an armed side are that side's forces, one side
    merged = [
        p
        for i, p in enumerate(merged)
        if not (
            not p.named
            and fold_text(p.text) in _BARE_FORCES
            and i + 1 < len(merged)
            # ... or police ("قوات خفر السواحل التونسية"، "قوات حرس الحدود"; probe83)
            and merged[i + 1].role in _ARMED_ROLES
            and view.text[p.span.end - view.start : merged[i + 1].span.start - view.start] == " "
        )
    ]
    merged = _without_serving_offices(view, _without_joint_partners(view, merged))
    # "مسلحون من قبيلة آل مشعل"، "مقاتلين من عشيرة البو نمر": a tribe's name no list knows, after the men it names
    # come from, is where they come from, no side of its own (probe91)
    merged = [p for p in merged if p.canonical is not None or p.role != "other" or not _tribe_named(view, p)]
    # ... an officer of no named state serves the story's country
    merged = [_but(p, role="military", country=p.country or home) if _ranked_officer(view, p) else p for p in merged]
    merged = [_named_before(p, earlier) for p in merged]
    return [_without_fused_article(view, _agency_not_navy(view, p)) for p in merged]


_JOINT_UNITS = tuple(_WORDS.words("joint_units"))
_HOME_ADDRESSERS = frozenset(("armed_group", "other", "protesters", "media"))  # who address their own state's bodies
# "من قبيلة آل"، "من عشيرة": the men before it come from the tribe named next (probe91)
_TRIBE_OF = re.compile(r"(?<!\w)من +(?:" + _alt("origin_groups") + r")(?: +ال)? *$")


def _tribe_named(view: SentenceView, p: Participant) -> bool:
    return (
        _TRIBE_OF.search(fold_text(view.text[max(0, p.span.start - view.start - 30) : p.span.start - view.start]))
        is not None
    )


def _without_serving_offices(view: SentenceView, merged: list[Participant]) -> list[Participant]:
    """ "ألقت قوات الأمن بمديرية أمن الجيزة القبض على ...": a force's office named right after it behind بـ is where
    the force serves, the same doer (probe91)."""
    out: list[Participant] = []
    for p in merged:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.named
            and not p.named
            and prev.role in ("police", "military")
            and p.role in ("police", "military")
            and view.text[prev.span.end - view.start : p.span.start - view.start] == " ب"
            and fold_text(p.text).split(" ", 1)[0] in _SERVING_OFFICES
        ):
            continue
        out.append(p)
    return out


_SERVING_OFFICES = frozenset(_WORDS.words("serving_offices"))


def _without_joint_partners(view: SentenceView, merged: list[Participant]) -> list[Participant]:
    """ "اعتقلت قوة مشتركة من الجيش والشرطة خمسة مطلوبين": the bodies joined by و to the first of a joint force are
    the doer's partners, no side of their own (probe91)."""
    if "مشترك" not in view.text:
        return merged
    out: list[Participant] = []
    joint_end = -1  # where the last body of an open joint force ends
    for p in merged:
        if joint_end >= 0 and view.text[joint_end - view.start : p.span.start - view.start] in (" و", "، و"):
            joint_end = p.span.end
            continue
        before = fold_text(view.text[max(0, p.span.start - view.start - 24) : p.span.start - view.start])
        joint_end = p.span.end if before.rstrip().endswith(_JOINT_UNITS) else -1
        out.append(p)
    return out


_STATELESS = frozenset(_WORDS.words("stateless_people"))


_BORDER_SMUGGLERS = frozenset(_WORDS.words("border_smugglers"))
# "أفراد طاقم الناقلة"، "طاقم السفينة"، "بحارة السفينة" (folded, ة kept or not), a word before the crew allowed
_CREW_AHEAD = re.compile(
    r"(?:[^\W\d_]+ +)?(?:ال)?(?:طاقم|طواقم|بحار[هة]) +(?:ال)?(?:سفين[هة]|سفينتين|ناقل[هة]|ناقلات|باخر[هة]|سفن)(?!\w)"
)


def _stateless(p: Participant, view: SentenceView | None = None) -> bool:
    """Migrants with no nationality told are of no state the story gives, nor are smugglers met at the border the
    sentence names (probe75)."""
    words = fold_text(p.text).split()
    if not words:
        return False
    if words[-1] in _STATELESS:
        return True
    if len(words) > 2 and words[-1] == "الهويه" and words[-2] in _STATELESS:
        return True  # "مسلحون مجهولو الهوية"
    if view is None:
        return False
    if p.span.start >= view.start and _CREW_AHEAD.match(view.folded.text, view.folded_index(p.span.start)):
        return True  # "أفراد طاقم الناقلة": a merchant ship's crew, of whatever states, not the holding state's
    # ... "عصابات تهريب": the gangs' head, then what they smuggle by
    after = _NEXT_WORD.match(view.folded.text, view.folded_index(p.span.end)) if p.span.start >= view.start else None
    smugglers = words[-1] in _BORDER_SMUGGLERS or (after is not None and fold_text(after.group(1)) in _BORDER_SMUGGLERS)
    return smugglers and _names_border(view)


def _names_border(view: SentenceView) -> bool:
    borders = name_rules().border_words
    return any(w in borders for w in view.folded.text.split())


def _occupier(view: SentenceView, p: Participant) -> Participant:
    """ "قصفت تخندقات قوات الاحتلال المغربي": the occupation's forces (Israel's when bare, actors.tsv) are those of
    the state whose adjective follows them, which names the occupier."""
    if p.country != "ISR" or p.person or "احتلال" not in fold_text(p.text):
        return p
    end = view.folded_index(p.span.end)
    for nat in view.cues_of("nationality"):
        country = value_of(nat, "nationality")
        if nat.start == nat.word_start and 0 < nat.word_start - end <= 1 and country not in (None, "ISR"):
            span = Span(p.span.start, view.raw_span(nat.start, nat.end).end)
            return _but(p, span=span, text=view.raw_text(span), canonical=None, country=str(country))
    return p


_PORTFOLIO_GAP = re.compile(r" +لل?شؤون +[^\W\d_]+ +")  # raw text between an office and its holder's name
# ... or the land an envoy is sent to (and the holder's given name): " إلى الصحراء ستافان "
_SENT_TO_GAP = re.compile(r" +(?:إلى|الى)(?: +[^\W\d_]+){1,3} +")


def _sent_to_gap(view: SentenceView, office: Participant, p: Participant) -> bool:
    """ "المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء ستافان دي ميستورا": the envoy of an international
    office, past the land he is sent to, is the holder named next, who acts for that office."""
    if office.role != "igo" or office.person:
        return False
    if not _SENT_TO_GAP.fullmatch(view.text[office.span.end - view.start : p.span.start - view.start]):
        return False
    before = view.words_before(view.folded_index(office.span.start), 40, 3)
    return any(w.lstrip("و") in _ENVOY_WORDS or w.lstrip("و") == "الشخصي" for w in before)


_PLURAL_HEAD = re.compile(r"[^\W\d_]{2,}(?:ون|ين|ات)")


def _crowd_before_name(prev: Participant, p: Participant) -> bool:
    """ "اتهمت منظمات حقوقية الجيش المالي"، "طالب محتجون الجيش اللبناني": people or bodies told by an indefinite
    plural are no title of the body named after them; that is the verb's object (probe52)."""
    if prev.named or p.person:
        return False
    words = fold_text(prev.text).split()
    if words[0].startswith(("ال", "وال")) or _PLURAL_HEAD.fullmatch(words[0]) is None:
        return False
    # a sound plural in ون/ين loses its ن in a construct; one in ات ("قوات اليونيفيل"، "مقاتلات التحالف") is a
    # construct's head unless an indefinite adjective closes it ("منظمات حقوقية")
    if len(words) == 1:
        return not words[0].endswith("ات")
    return not words[-1].startswith("ال")


def _named_before(p: Participant, earlier: Sequence[Participant]) -> Participant:
    """ "العميد مصطفى الحياري" then "وحذّر الحياري": a person no list knows, named by the last word of a person told
    before, is that person, with the side and role found for him then."""
    if not p.person or p.canonical is not None or p.role != "other" or " " in p.text.strip():
        return p
    word = fold_text(p.text)
    for e in reversed(earlier):
        if e.person and e.role != "other" and len(e.text.split()) > 1 and fold_text(e.text).split()[-1] == word:
            return _but(p, country=e.country or p.country, role=e.role)
    return p


_RANK_BEFORE = re.compile(r"(?<!\w)(?:" + _alt("military_ranks") + r") +$")


def _ranked_officer(view: SentenceView, p: Participant) -> bool:
    """ "مدير الإعلام العسكري العميد مصطفى الحياري": a person no list knows, a military rank right before his name,
    and no office of another kind before it ("المتحدث باسم وزارة الداخلية العميد ..." speaks for the ministry)."""
    if not p.person or p.canonical is not None or p.role not in ("other", "government"):
        return False
    at = view.folded_index(p.span.start)
    rank = _RANK_BEFORE.search(view.folded.text, max(0, at - 20), at)
    if rank is None:
        return False
    title = view.folded.text[max(0, rank.start() - 40) : rank.start()]
    if _MILITARY_TITLE.search(title) is not None:
        return True
    return p.role == "other" and _CIVIL_TITLE.search(title) is None


_MILITARY_TITLE = re.compile(r"(?<!\w)(?:عسكري|العسكري|العسكريه|العسكرية|الجيش|للجيش|المسلحه|المسلحة)(?!\w)")
# a ministry, the police or the security services: an officer speaking for them is theirs, not the army's
_CIVIL_TITLE = re.compile(r"(?<!\w)(?:وزار[هة]|[بل]?وزار[هة]|الداخلي[هة]|الشرط[هة]|للشرط[هة]|الامن|للامن)(?!\w)")


def _outlet_subject(view: SentenceView, t_span: Span, p: Participant) -> bool:
    """ "وانتقدت قناة الجزيرة الحكومة"، "واتهمت صحيفة «الأهرام» الوزارة": an outlet right after a statement verb
    (perhaps behind its kind) is the verb's subject: it makes the statement itself."""
    if p.role != "media" or p.span.start <= t_span.end:
        return False
    gap = fold_text(view.text[t_span.end - view.start : p.span.start - view.start]).strip(' "«“')
    return gap == "" or gap in name_rules().media_heads


def _after_a_head(view: SentenceView, p: Participant) -> bool:
    """Whether an institution noun that takes a feminine adjective (one in ة, or a plural in ات or ة) ends within
    two words before p ("السلطات السعودية"، "الأجهزة الأمنية السعودية"), so that p is its adjective ("زار
    الوزير السعودية": the country)."""
    at = view.folded_index(p.span.start)
    text = view.folded.text
    return any(
        0 < at - h.word_end <= 12 and text[h.word_start : h.word_end].endswith(("ه", "ة", "ات"))
        for h in view.cues_of("institution")
    )


def _speaker_state(view: SentenceView, named: Sequence[Participant], d: Participant) -> str | None:
    """The country of the named state official or body that speaks before the "إن/أن" that opens the clause of
    the description `d`, if any."""
    start = view.folded_index(d.span.start)
    that = [m.start() for m in _THAT_PRONOUN.finditer(view.folded.text, 0, start)]
    if not that:
        return None
    at = view.raw_start(that[-1], that[-1])
    speakers = [p for p in named if p.span.end <= at and p.role in _STATE_ROLES and p.country]
    return speakers[-1].country if speakers else None


_OWN_BRANCHES = frozenset(_WORDS.words("own_branches"))


def _speaker_group(view: SentenceView, named: Sequence[Participant], d: Participant) -> Participant:
    """The branch of arms `d` ("القوات البحرية"، "القوة الصاروخية") as the named armed group's that speaks before
    the "إن/أن" opening its clause, if one does; else `d`."""
    if fold_text(view.text[d.span.start - view.start : d.span.end - view.start]) not in _OWN_BRANCHES:
        return d
    start = view.folded_index(d.span.start)
    that = [m.start() for m in _THAT_PRONOUN.finditer(view.folded.text, 0, start)]
    if not that:
        return d
    at = view.raw_start(that[-1], that[-1])
    speakers = [p for p in named if p.span.end <= at]
    if not speakers or speakers[-1].role != "armed_group":
        return d
    group = speakers[-1]
    return _but(d, canonical=group.canonical, country=group.country, role="armed_group")


_MARITIME_NOUNS = frozenset(fold_text(w) for w in _WORDS.words("maritime_nouns"))
_AGENCY_HEADS = frozenset(fold_text(w) for w in _WORDS.words("agency_heads"))
_NAVY = fold_text("البحرية")


def _agency_not_navy(view: SentenceView, p: Participant) -> Participant:
    """ "هيئة عمليات التجارة البحرية البريطانية"، "سلطة الملاحة البحرية": after "التجارة" or "الملاحة", "البحرية"
    is "maritime", not the navy; the participant is the agency whose name holds it (a body of its state that
    reports on shipping), or, with no such head before it, no navy at all (role other)."""
    if p.role != "military":  # (asked first: a compare, no folding, for every participant of every sentence)
        return p
    at = view.folded_index(p.span.start)
    if fold_text(view.folded.text[at : at + len(_NAVY)]) != _NAVY:
        return p
    words = view.folded.text[max(view.folded_index(view.start), at - 60) : at].split()
    if not words or fold_text(words[-1]) not in _MARITIME_NOUNS:
        return p
    heads = range(len(words) - 2, max(-1, len(words) - 4), -1)
    head = next((i for i in heads if fold_text(words[i]) in _AGENCY_HEADS), None)
    if head is None:
        return _but(p, role="other", canonical=None, country=None)
    back = len(" ".join(words[head:])) + 1
    span = view.raw_span(at - back, view.folded_index(p.span.end))
    return _but(p, span=span, text=view.raw_text(span), role="government", canonical=None, named=True)


_BODY_TITLES = frozenset(fold_text(w) for w in _WORDS.words("body_titles"))


def _heads_a_body(view: SentenceView, p: Participant) -> bool:
    """ "نقيب الصحفيين"، "رئيس نقابة الصحفيين": a title right before the people described is the head of their body."""
    before = view.folded.text[max(0, view.folded_index(p.span.start) - 30) : view.folded_index(p.span.start)].split()
    return bool(before) and fold_text(before[-1]).lstrip("و") in _BODY_TITLES


# A word that starts with "لل" (after و/ف): the preposition ل fused with the article, whose alif is not written
_FUSED_ARTICLE = re.compile(r"[وف]?(?=لل)")


def _without_fused_article(view: SentenceView, p: Participant) -> Participant:
    """ "للجيش اللبناني"، "وللقوات الأمنية": the actor is "الجيش اللبناني", "القوات الأمنية" whether a name or a
    description was matched in it ("لجيش اللبناني", "جيش"); the span starts at the article's lam (the
    preposition is left out, as "ب" of "بالجيش" is) and the text writes the article whole."""
    rel = p.span.start - view.start
    if not 0 < rel < len(view.text):
        return p
    first = rel
    while first > 0 and (view.text[first - 1].isalpha() or unicodedata.category(view.text[first - 1]) == "Mn"):
        first -= 1
    fused = _FUSED_ARTICLE.match(view.text, first)
    if fused is None:
        return p
    lam = fused.end() + 1  # the article's lam: the second of "لل"
    # a name matched with its article's lam ("لجيش اللبناني" for "الجيش اللبناني"), or a noun matched after
    # "لل" ("جيش"); a word whose own first letter is ل after the preposition ("للبنان", "للاجئين") is left
    if rel != lam + 1 and not (rel == lam and any(m.fused and m.span == p.span for m in view.mentions)):
        return p
    span = Span(view.start + lam, p.span.end)
    return _but(p, span=span, text="ا" + view.raw_text(span))


# ---------------------------------------------------------------- sources


_THE_AGENCY = fold_text("الوكالة")
_QUOTED_RIGHTS_BODY = re.compile(
    r"(?<!\w)(?:مجموع[هة]|منظم[هة]|جمعي[هة]|شبك[هة]|رابط[هة]|مرصد|مركز|هيئ[هة])"
    r" +[«\"“][^«»\"“”]{2,40}[»\"”] +(?:ال)?حقوقي[هة]?(?!\w)"
)


def _speaker_phrases(view: SentenceView, participants: list[Participant]) -> list[Source]:
    out: list[Source] = []
    kinds = ("anonymous", "witness", "ngo", "wire", "media")
    cue_hits = view.cues_of(*kinds)
    for hit in cue_hits:
        kind = next(v.category for v in hit.values if v.category in kinds)
        if kind in ("media", "wire") and view.folded.text[hit.end : hit.word_end] == "نا":
            kind = "outlet_own"  # "مراسلنا": the outlet's own reporter
        end = _qualified_end(view, hit.word_end) if kind != "wire" and hit.end == hit.word_end else hit.end
        span = view.raw_span(hit.start, end)
        out.append(Source(span, view.raw_text(span), kind, None))
    for p in participants:
        a, b = p.span.start, p.span.end
        if any(s.span is not None and s.span.start < b and a < s.span.end for s in out):
            # a named monitor or agency: keep the cue's kind, with the full name ... but "الوكالة الدولية
            # للطاقة الذرية" is no news agency: a name longer than the bare "الوكالة" speaks as itself
            for i, s in enumerate(out):
                if s.span is not None and _overlaps(p.span, s.span):
                    bare = fold_text(s.text) == _THE_AGENCY and p.span.end > s.span.end
                    # ... nor is "المنظمة الدولية للهجرة" an NGO: a listed intergovernmental body is official
                    igo = s.kind == "ngo" and p.role == "igo"
                    kind = _speaker_kind(p) if bare or igo else s.kind
                    # "وكالة سبأ": the cue that holds the name with its head noun is the speaker's whole name
                    span = s.span if s.span.start <= a and b <= s.span.end and not bare else p.span
                    out[i] = Source(span, view.raw_text(span), kind, p.canonical, p)
            continue
        out.append(Source(p.span, p.text, _speaker_kind(p), p.canonical, p))
    out = _unnamed_by_request(view, _sources_within(view, out, participants))
    # "بحسب شبكة "دير الزور 24"": an outlet no list names is one speaker, not the place or body inside its name
    for outlet in _unlisted_outlets(view):
        assert outlet.span is not None
        out = [s for s in out if s.span is None or not _overlaps(s.span, outlet.span)] + [outlet]
    # "وفق ما أعلنته مجموعة «مؤتمر الجزيرة» الحقوقية": a quoted name between a body's head noun and "الحقوقية" is a
    # rights group's, whatever the name holds (not the channel "الجزيرة")
    if "حقوقي" in view.folded.text:
        for found in _QUOTED_RIGHTS_BODY.finditer(view.folded.text):
            span = view.raw_span(found.start(), found.end())
            out = [s for s in out if s.span is None or not _overlaps(s.span, span)]
            out.append(Source(span, view.raw_text(span), "ngo", None))
    # "غرفة طوارئ معسكر أبو شوك": a body no list names, known by its head noun, speaks by its whole name
    out = [_named_body(view, s) if s.kind == "ngo" and s.speaker is None else s for s in out]
    out = [s for s in out if not _titled_by_name(view, s, participants)]
    # "في تصريح للصحافيين"، "قال لوسائل الإعلام": the press spoken to is no speaker
    # ... nor is the name after its head ("لقناة الجزيرة": "قناة" then "الجزيرة")
    out.sort(key=lambda s: s.span.start if s.span else 0)
    kept: list[Source] = []
    addressed_end = -1
    for s in out:
        if s.span is not None and s.kind not in ("media", "wire") and addressed_end >= 0:
            # "قال مصدر لإذاعة الجيش"، "لقناة «المنار»": the name after the head of an outlet spoken to is its name
            gap = view.text[addressed_end - view.start : s.span.start - view.start]
            if not gap.strip(' «»"“”'):
                addressed_end = max(addressed_end, s.span.end)
                continue
        if s.kind in ("media", "wire") and s.span is not None:
            gap = view.text[addressed_end - view.start : s.span.start - view.start] if addressed_end >= 0 else "x"
            if _addressed(view, s.span) or not gap.strip(' «»"“”()'):
                addressed_end = max(addressed_end, s.span.end)
                continue
            last = kept[-1] if kept else None
            if last is not None and last.kind in ("media", "wire") and last.span is not None:
                between = view.text[last.span.end - view.start : s.span.start - view.start]
                if s.span.end > last.span.end and not between.strip(' «»"“”'):
                    # "ذكرت قناة الجزيرة": the outlet's head noun and its name are one speaker
                    span = Span(last.span.start, s.span.end)
                    kept[-1] = Source(span, view.raw_text(span), s.kind, s.canonical or last.canonical, s.speaker)
                    continue
        kept.append(s)
    return kept


_TITLE_QUALIFIERS = frozenset(fold_text(w) for w in ("الحقوقي", "الحقوقية", "الدفاع"))


def _titled_by_name(view: SentenceView, s: Source, participants: Sequence[Participant]) -> bool:
    """Whether an unnamed-person cue is only the title of the named person right after it: "المحامي الحقوقي أحمد
    الزين"، "محامي الدفاع سمير ديلو" speak by name (official, as named speakers are), not unnamed. The construct
    "محامي الناشط أحمد" names the client, not the lawyer: without the article only "الدفاع" may stand between."""
    if s.kind != "anonymous" or s.span is None:
        return False
    # (an unnamed official read as a side of the sentence, "مسؤول", may still hold the office a name follows)
    office = s.speaker is not None and not s.speaker.named and fold_text(s.text) in _OFFICE_HEADS
    if s.speaker is not None and not office:
        return False
    person = next((p for p in participants if p.person and p.named and p.span.start >= s.span.end), None)
    if person is None:
        return False
    if office:
        raw_gap = view.text[s.span.end - view.start : person.span.start - view.start]
        return _office_title(s, raw_gap, fold_text(raw_gap).split())
    raw_gap = view.text[s.span.end - view.start : person.span.start - view.start]
    gap = fold_text(raw_gap).split()
    if len(gap) > 2 or not all(w in _TITLE_QUALIFIERS or w in _nationality_of_form() for w in gap):
        return _office_title(s, raw_gap, gap)
    article = view.text[max(view.start, s.span.start - 2) - view.start : s.span.start - view.start] == "ال"
    return article or (bool(gap) and gap[0] == fold_text("الدفاع"))


_OFFICE_HEADS = frozenset(fold_text(w) for w in ("مسؤول", "مسؤولة"))
# what ends a title before a name: a clause, a quote or a reported "that" (folded)
_TITLE_BREAKS = frozenset(fold_text(w) for w in ("إن", "أن", "بأن", "الذي", "التي", "عن", "لـ"))


def _office_title(s: Source, raw_gap: str, gap: list[str]) -> bool:
    """ "وفق ما أفاد مسؤول ملف الاستيطان في شمال الضفة الغربية غسان دغلس": "مسؤول" in the construct with a definite
    field is an office, and the name right after the field holds it; he speaks by name (official), not as an
    unnamed official ("مسؤول أمني"، "مسؤول في الحركة" stay anonymous: no definite field follows; art5)."""
    if fold_text(s.text) not in _OFFICE_HEADS or not 1 <= len(gap) <= 8:
        return False
    if not (gap[0].startswith("ال") or (len(gap) > 1 and gap[1].startswith("ال") and gap[0] != "في")):
        return False
    return not any(ch in raw_gap for ch in '،,.:؛;«»"“”()') and not any(w in _TITLE_BREAKS for w in gap)


# adjectives that qualify an unnamed source or an outlet ("مصادر محلية"، "وسائل إعلام رسمية"), besides nationalities
_SOURCE_QUALIFIERS = frozenset(fold_text(w) for w in _WORDS.words("source_qualifiers"))


def _qualified_end(view: SentenceView, folded_end: int) -> int:
    """The folded end of a source phrase with the qualifying adjectives after it ("مصادر أمنية عراقية")."""
    for _ in range(2):
        match = _NEXT_WORD.match(view.folded.text, folded_end)
        if match is None:
            break
        word = fold_text(match.group(1))
        if word not in _SOURCE_QUALIFIERS and _nationality_near(view, folded_end) is None:
            break
        folded_end = match.end(1)
    return folded_end


def _sources_within(view: SentenceView, out: list[Source], participants: list[Participant]) -> list[Source]:
    """ "مصدر في الجيش اللبناني"، "مصادر في وزارة الداخلية": an unnamed source is described by the body it is in
    (not by a place: "مصادر طبية في المدينة" are just medical sources)."""
    result: list[Source] = []
    inside: list[Span] = []
    for s in out:
        # ... an unnamed official too ("مسؤول في الدفاع المدني"، "ضابط في الجيش")
        unnamed = s.speaker is None or not s.speaker.named
        if s.kind == "anonymous" and unnamed and s.span is not None:
            after = view.text[s.span.end - view.start :]
            if after.startswith(" في "):
                start, at = s.span.start, s.span.end + 4
                body = next((p for p in participants if p.span.start == at and not _is_place_name(view, p)), None)
                if body is not None:
                    span = Span(start, body.span.end)
                    s = Source(span, view.raw_text(span), s.kind, None, s.speaker)
                    inside.append(body.span)
                else:
                    # "مصادر طبية في مستشفى شهداء الأقصى": a hospital is where the staff speaking work, not a place
                    ward = next((m for m in view.mentions if m.span.start == at and _is_hospital(m)), None)
                    if ward is not None:
                        span = Span(start, ward.span.end)
                        s = Source(span, view.raw_text(span), s.kind, None, s.speaker)
        result.append(s)
    return [s for s in result if s.speaker is None or s.speaker.span not in inside]


def _is_hospital(m: Mention) -> bool:
    return m.place is not None and m.place.kind == "hospital"


def _is_place_name(view: SentenceView, p: Participant) -> bool:
    return any(m.span == p.span and m.place is not None for m in view.mentions)


_ASKING_WORDS = frozenset(fold_text(w) for w in _WORDS.words("asking_words"))
# a request to stay unnamed ("طلب عدم الكشف عن اسمه"، "طالباً عدم ذكر اسمه"، "لم يكشف عن هويته")
_REQUEST = re.compile(r"(?<!\w)(?:عدم|لم)(?!\w)")


def _unnamed_by_request(view: SentenceView, out: list[Source]) -> list[Source]:
    """A speaker no name follows who asks to stay unnamed is anonymous ("قائد عسكري محلي طلب عدم الكشف عن
    هويته"), with the words that describe him up to the request ("ضابط في الجيش")."""
    requests = [u for u in view.cues_of("anonymous") if _REQUEST.search(u.key)]
    if not requests:
        return out
    result = list(out)
    for i, s in enumerate(out):
        # a body or a person by name is no anonymous speaker; a witness asking it stays a witness
        unnamed = s.kind == "official" and s.speaker is not None and not s.speaker.named
        if s.span is None or not (s.kind == "anonymous" or unnamed):
            continue
        for u in requests:
            start = view.raw_start(u.start, u.end)
            gap = view.text[s.span.end - view.start : start - view.start]
            # the description runs on to the request: a few words, no clause of its own
            if start < s.span.end or len(gap) > 40 or _THAT_OR_COLON.search(fold_text(gap)) or "." in gap:
                continue
            words = view.text[s.span.start - view.start : start - view.start]
            # ... without the verb that asks it ("طلب"، "مفضلاً"، "الذي فضّل")
            kept_words = words.split(" ")
            while kept_words and (not kept_words[-1].strip(" ،,") or fold_text(kept_words[-1]) in _ASKING_WORDS):
                kept_words.pop()
            words = " ".join(kept_words).rstrip(" ،,")
            if len(words) < len(s.text):
                continue
            span = Span(s.span.start, s.span.start + len(words))
            result[i] = Source(span, words, "anonymous", None, s.speaker)
            break
    # what the longer description now holds ("الجيش" in "ضابط في الجيش") is no speaker of its own
    longer = [s for s in result if s not in out]
    return [s for s in result if s in longer or not any(_within(s, b) for b in longer if s.span is not None)]


# the dative ل (behind و/ف; "لـ" and a quote may follow it) that starts the word a span starts in
_DATIVE = re.compile(r"(?:^|[^\w])[وف]?لـ?\s*[«\"“(]?$")
_BY_WAY_OF = frozenset(("وفقا", "طبقا", "استنادا", "تبعا", "نسبه", "ووفقا", "وطبقا", "واستنادا"))


def _addressed(view: SentenceView, span: Span) -> bool:
    """ "في تصريح لوكالة رويترز"، "وقال للصحافيين": the outlet the words were given to (but "وفقاً لوكالة
    الأنباء": the agency that tells)."""
    before = view.text[max(0, span.start - view.start - 6) : span.start - view.start]
    fused = _DATIVE.search(before)
    if fused is None:
        return False
    return view.previous_word(view.folded_index(span.start - len(before) + fused.start())) not in _BY_WAY_OF


_BUSINESS_BODIES = tuple(_WORDS.words("business_bodies"))


@cache
def _business_canonicals() -> frozenset[str]:
    """The canonical names of listed actors one of whose Arabic names is a business body's (probe80)."""
    return frozenset(a.canonical for a in actors() if any(fold_text(n).startswith(_BUSINESS_BODIES) for n in a.names))


_RIGHTS_GROUPS = frozenset(_WORDS.words("rights_groups"))


def _rights_group(p: Participant) -> bool:
    return not p.named and p.role == "other" and fold_text(p.text) in _RIGHTS_GROUPS


_UNNAMED_PEOPLE = frozenset(fold_text(w) for w in name_rules().unnamed_people)


def _speaker_kind(p: Participant) -> str:
    if _rights_group(p):
        return "ngo"  # "منظمات حقوقية": rights groups left unnamed (probe52)
    if _civic_body(p):
        return "ngo"  # "المنسقية العامة للنازحين واللاجئين": a body named for a cause speaks as civil society (probe64)
    if p.role == "media":
        # "مراسلنا"، "مصادرنا": the outlet itself
        return "outlet_own" if fold_text(p.text).endswith("نا") else "media"
    if not p.named and p.head in name_rules().unnamed_people:
        return "anonymous"  # "قال مسؤول عراقي"
    if not p.named and " في " in p.head and p.head.split()[0] in _UNNAMED_PEOPLE:
        return "anonymous"  # "وفق ما قاله ضابط في الشرطة": an unnamed man in a body, not the body
    if p.named and p.role == "other" and p.person and p.canonical is not None:
        return "official"  # "الهجري"، "زياد دبار": a listed public figure speaks for himself (heldout, heldout7)
    if p.named and p.role == "other" and p.canonical is not None:
        if fold_text(p.text).startswith(_BUSINESS_BODIES) or p.canonical in _business_canonicals():
            # "جمعية مصارف لبنان": a trade's own body speaks for it, named again by its kind too ("ودعت الجمعية")
            return "official"
        return "ngo"  # listed monitors, rescuers, relief societies (a name the tagger found is just an organisation)
    if p.named and p.role == "protesters" and p.canonical is not None:
        return "ngo"  # a listed protest movement ("لجان المقاومة") is civil society, not a state's or a group's voice
    return "official"


# Nouns that name a statement ("في بيان"): a verb before them, if any, heads the reporting chain.
_STATEMENT_NOUNS = frozenset(_WORDS.words("statement_nouns"))
_STATEMENT_NOUNS_FOLDED = frozenset(fold_text(w) for w in _STATEMENT_NOUNS)


def _is_statement(report: Hit[Cue]) -> bool:
    """ "بيان", "في تغريدة": a statement noun, with or without its "في"."""
    return report.key.removeprefix("في ") in _STATEMENT_NOUNS


_RELAY_VERBS = frozenset(_WORDS.words("relay_verbs"))
_TELLING_VERBS = frozenset(fold_text(w) for w in _WORDS.words("telling_verbs"))
_OBJECT_PRONOUNS = frozenset(("ه", "ها", "هم", "هما"))


def _carried_statement(view: SentenceView, report: Hit[Cue]) -> bool:
    """ "في بيان نقلته وكالة الأنباء السعودية"، "في تصريحات أوردتها قناة": a verb with an object pronoun right after
    a statement noun tells who carried the statement; its issuer, named before, speaks."""
    if report.end >= report.word_end:
        return False
    previous = view.previous_word(report.word_start)
    if fold_text(previous) in _STATEMENT_NOUNS_FOLDED:
        return True
    # ... past the noun's adjective, perhaps in quotes ("في «بلاغ عسكري» بثته وكالة الأنباء الصحراوية")
    before = view.words_before(report.word_start, 30, 2)
    return (
        len(before) == 2
        and fold_text(before[0]) in _STATEMENT_NOUNS_FOLDED
        and fold_text(before[1]) == fold_text(previous)
        and fold_text(previous).endswith(("ي", "يه", "ية"))
    )


_ABOUT_NEAR = re.compile(r"(?<!\w)عن(?!\w)")


def _carries(view: SentenceView, report: Hit[Cue]) -> bool:
    """ "نقلت مروحية مصابين": نقل that carries people or things, not words (no "عن" after it, no pronoun)."""
    if report.key not in _RELAY_VERBS or report.end < report.word_end:
        return False
    return _ABOUT_NEAR.search(view.folded.text, report.word_end, report.word_end + 60) is None


_UNLESS_WORDS = frozenset({"اذا", "ان", "ما", "لو"})  # folded: "إذا لم"، "إن لم"، "ما لم"، "لو لم"
_RELATIVES = frozenset({"التي", "الذي", "اللذين", "اللتين", "الذين", "اللتي"})
# "أعلنت فوز"، "إعلان النتائج": what is announced is a result, whose winner speaks of nothing
_A_WIN = re.compile(r" +(?:فوز|بفوز|النتايج|نتايج|نتيجه|النتيجه)(?!\w)")
# "بعد"، "عقب"، "إثر"، "غداة"، "قبيل" (folded, with و or ف): prepositions of time before a verbal noun
_TIME_PREPOSITIONS = frozenset(
    p + w for p in ("", "و", "ف") for w in ("بعد", "عقب", "اثر", "غداه", "قبيل", "بعيد", "قبل", "فور")
)
# "طائرة تابعة له"، "أن تكون طائراته قد نفذت": a weapon the speaker owns, by تابع or by a possessive pronoun
_OWNED_BY_SPEAKER = re.compile(
    r"(?<!\w)تابع[هة]? (?:له|لها|لهم)(?!\w)"
    r"|(?<!\w)(?:طايرات|طايرت|مسيرات|مسيرت|مقاتلات|صواريخ|مدفعيت|زوارق|بوارج)(?:ه|ها|هم)(?!\w)"
)
_SAID_OF = re.compile(r" +(?:ان|بان)(?:ه|ها|هم|هما)(?!\w)")  # "قالت إنهم": the pronoun right after the verb


# a headline's or a ticker's lead naming who says what follows ("الجيش الإسرائيلي: اعتراض صاروخ"، "عاجل | مصدر
# أمني: ..."): a few words from the line's start (behind a breaking tag) up to a colon
_HEADLINE_LEAD = re.compile(r"^\W*(?:عاجل\s*[|:\-–]\s*)?(?P<lead>[^:|«\"“.،,]{2,60}?)\s*:(?!\d)")


def _headline_lead_end(view: SentenceView) -> int:
    """The raw end of the sentence's headline lead before a colon, or -1."""
    lead = _HEADLINE_LEAD.match(view.text)
    return view.start + lead.end("lead") if lead is not None else -1


def _headline_speaker(view: SentenceView, trigger_start: int, participants: list[Participant]) -> Source | None:
    """The speaker a headline names before a colon, with no reporting verb: the source of what follows it."""
    lead = _HEADLINE_LEAD.match(view.text)
    if lead is None or len(lead.group("lead").split()) > 5:
        return None
    start, end = view.start + lead.start("lead"), view.start + lead.end("lead")
    if end > trigger_start:
        return None
    key = tuple(map(id, participants))
    kept = view.speakers.get(key)
    if kept is None:
        kept = view.speakers[key] = (tuple(participants), _speaker_phrases(view, participants))
    inside = [sp for sp in kept[1] if sp.span is not None and start <= sp.span.start and sp.span.end <= end]
    # "مصدر أمني" holds the cue "مصدر": the longest phrase speaks
    inside = [a for a in inside if not any(b is not a and _within(a, b) for b in inside)]
    # the whole lead is the speaker's name ("الجيش المالي"، "مصدر أمني"), not a phrase that holds one
    return inside[0] if len(inside) == 1 and _covers(view, inside[0], start, end) else None


def _within(a: Source, b: Source) -> bool:
    assert a.span is not None and b.span is not None
    longer = (b.span.end - b.span.start) > (a.span.end - a.span.start)
    return longer and b.span.start <= a.span.start and a.span.end <= b.span.end


def _covers(view: SentenceView, speaker: Source, start: int, end: int) -> bool:
    assert speaker.span is not None
    before = view.text[start - view.start : speaker.span.start - view.start].split()
    after = view.text[speaker.span.end - view.start : end - view.start].split()
    # a word around the name ("المتحدث باسم ..."), or where it sits ("وزارة الصحة في غزة")
    return len(before) + len(after) <= 1 or (not before and len(after) <= 3 and after[0] in ("في", "بـ"))


_FOLLOWED = frozenset({"تابع", "تابعت"})
# "في تصريح نشرته صحيفة"، "في مقابلة بثتها قناة": a verb of print or broadcast, its object pronoun the statement
_PRINTED = re.compile(r" +(?:نشرت|نشر|نقلت|نقل|اوردت|اورد|بثت|بث|اذاعت|اذاع)(?:ه|ها)(?!\w)")
_TO_SIDE = re.compile(r" +ل[^\W\d_]")


def _source(
    view: SentenceView, trigger_start: int, participants: list[Participant], previous: Source, goes_on: bool = True
) -> Source:
    """The innermost speaker of the reporting chain that governs the trigger; "بحسب المصدر ذاته"، "وفق المصادر
    نفسها": the source the story named before speaks again."""
    found = _speaker_of(view, trigger_start, participants, previous, goes_on)
    if found.span is None or previous.span is None or previous.kind == "outlet_own":
        return found
    after = view.folded_index(found.span.end)
    if fold_text(found.text) in _THE_SOURCE and _SAME.match(view.folded.text, after):
        return previous
    return found


_THE_SOURCE = frozenset(fold_text(w) for w in ("المصدر", "المصادر"))
_SAME = re.compile(r" +(?:ذاته|ذاتها|نفسه|نفسها|عينه|عينها)(?!\w)")


def _speaker_reports(view: SentenceView) -> list[Hit[Cue]]:
    """The sentence's reports _speaker_of chooses among, before the choices that depend on the trigger (the same for
    every trigger: kept by the view; callers only read the list)."""
    if view.reports is not None:
        return view.reports
    # denials and claims have a speaker as surely as "قال" does ("نفى الجيش", "تبنى التنظيم")
    reports = view.cues_of("reporting", "attribution", "denied", "claimed")
    if reports and view.mentions:
        # "في قصر بيان": a statement noun inside a place's name states nothing (probe101)
        sites = [m.span for m in view.mentions if m.place is not None and " " in m.text]
        reports = [r for r in reports if not any(_overlaps(view.raw_span(r.start, r.end), s) for s in sites)]
    # "للمطالبة بالكشف عن مصيره"، "بالتحرك للكشف عن مصير": a reporting verb behind the article (or ل + the
    # article, "لل") is its verbal noun, which reports nothing
    folded = view.folded.text
    reports = [r for r in reports if r.key.startswith("ال") or not folded.endswith(("ال", "لل"), r.word_start, r.start)]
    # "تعرض رتل تابع للتحالف الدولي لهجوم": تابع with لـ after it is the adjective "belonging to", no report
    reports = [r for r in reports if r.key not in _FOLLOWED or not _TO_SIDE.match(folded, r.word_end)]
    if any(r.key in _RELAY_VERBS for r in reports):
        reports = [r for r in reports if not _carries(view, r)]
        # "أثناء تنقلهم"، "نقلهم إلى المستشفى": with an object pronoun it moves people, it reports nothing
        reports = [
            r for r in reports if r.key not in _RELAY_VERBS or folded[r.end : r.word_end] not in _OBJECT_PRONOUNS
        ]
    view.reports = reports
    return reports


def _speaker_of(
    view: SentenceView, trigger_start: int, participants: list[Participant], previous: Source, goes_on: bool = True
) -> Source:
    """The innermost speaker of the reporting chain that governs the trigger; `goes_on`: whether the sentence before
    that told an event had a speaker a "كما" sentence goes on with."""
    reports = _speaker_reports(view)
    folded = view.folded.text
    # "استدعت الخارجية سفير مالي، وأبلغته احتجاجها": a verb of telling with an object pronoun after the deed tells
    # the one summoned, not the deed (probe80)
    start = view.folded_index(trigger_start)
    reports = [
        r
        for r in reports
        if not (r.start > start and r.key in _TELLING_VERBS and folded[r.end : r.word_end] in _OBJECT_PRONOUNS)
    ]
    # "نفت القيادة الأنباء التي تحدثت عن اعتقال": reports told of in a relative clause are what another denies
    # or confirms; that other is the speaker
    told_of = [r for r in reports if view.previous_word(r.word_start) in _RELATIVES or _carried_statement(view, r)]
    if told_of and len(told_of) < len(reports):
        reports = [r for r in reports if r not in told_of]
    # "قُتل ثلاثة محتجين بعد إعلان فوز الرئيس بولاية ثانية": an announcement after the trigger that "بعد"، "عقب"
    # or "إثر" sets in time is another event, whose object (the winner) tells nothing of this one (probe81)
    t_at = view.folded_index(trigger_start)
    # ... and so is one that names a winner ("موروني، التي أعلنت فوز الرئيس بولاية جديدة")
    reports = [
        r
        for r in reports
        if r.start < t_at
        or (view.previous_word(r.word_start) not in _TIME_PREPOSITIONS and not _A_WIN.match(folded, r.word_end))
    ]
    # "قالت الوزارة إنه لا صحة لما تداولته وسائل إعلام عن قصف": what the denial names was told by others; the one
    # who denies it (an earlier report) speaks
    what_others_said = [r for r in reports if _denies_what_others_said(view, r) or _said_by_others(view, r)]
    if what_others_said and len(what_others_said) < len(reports):
        reports = [r for r in reports if r not in what_others_said]
    # "أسفرت عن توقيف 23 شخصاً قالت إنهم من فلول النظام": a verb with no subject of its own, its "إن" right after
    # it, describes those the event befell; it does not report the event
    start = view.folded_index(trigger_start)
    reports = [r for r in reports if r.start < start or not _SAID_OF.match(view.folded.text, r.word_end)]
    unnamed = view.cues_of("anonymous")
    if unnamed:
        # "وقال، طالباً عدم ذكر اسمه، إن": the ذكر of a request to stay unnamed reports nothing
        reports = [r for r in reports if not any(u.start <= r.start and r.end <= u.end and u is not r for u in unnamed)]
    if not reports:
        headline = _headline_speaker(view, trigger_start, participants)
        if headline is not None:
            return headline
        # "وأوضح النادي أن القوات اعتقلت 18 مواطناً. كما اعتقلت 9 مواطنين ...": كما goes on with the account told
        # ... but "وتظاهر مئات الشبان ... كما أغلق محتجون": after the outlet's own account, its own (probe80)
        return previous if goes_on and _GOES_ON.match(view.folded.text) else OUTLET_OWN
    # the stage asks this of a sentence's participants for its event and again for the sentences after it
    key = tuple(map(id, participants))
    kept = view.speakers.get(key)
    if kept is None:
        # the participants are kept with the answer, so that their ids stay theirs while the view lives
        kept = view.speakers[key] = (tuple(participants), _speaker_phrases(view, participants))
    speakers = kept[1]
    before = [r for r in reports if view.raw_start(r.start, r.end) < trigger_start]
    verbs = [r for r in before if not _is_statement(r)]
    report = (verbs or before)[-1] if before else _first_after(reports)
    r_span = view.raw_span(report.word_start, report.word_end)
    # the speaker stands before the complement ("قال X إن ..."), which holds the event, not its teller
    limit = trigger_start if r_span.start < trigger_start else view.sentence.span.end
    after_report = view.folded_index(r_span.end)
    # ... or before the quotation it introduces ("وقالت في بيان: «...»")
    that = _THAT_OR_COLON.search(view.folded.text[after_report:])
    if that is not None:
        limit = min(limit, view.raw_span(after_report + that.start(), after_report + that.end()).start)
    aside = r_span.start > trigger_start and _attributes(report)
    if aside and re.search(r"[،,]\s*[وف]?$", view.text[: r_span.start - view.start]):
        # "وطالب عباس، بحسب بيان صادر عن مكتبه الإعلامي، الإدارة الأميركية": an attribution set off by commas ends
        # at its closing comma; who follows it is the statement's object
        close = re.search(r"[،,]", view.text[r_span.end - view.start :])
        if close is not None:
            limit = min(limit, r_span.end + close.start())
    after = [s for s in speakers if s.span is not None and r_span.end <= s.span.start < limit]
    after = [s for s in after if s.span is not None and s.span.start - r_span.end <= 80]
    if not before and _is_statement(report):
        # "وتوعد X، في تغريدة اليوم، واشنطن": the statement is its subject's (the caller's actor1); what
        # follows it is the object
        return OUTLET_OWN
    issued = _issued_subject(view, trigger_start, report)
    if issued is not None:
        # "ودعا البيان الختامي إيران إلى ...": the statement right after the verb is its subject and speaks (for
        # the body that issued it, named before); the side after it is whom the call is made of
        return previous if previous.kind == "official" else issued
    if _is_statement(report) and _PRINTED.match(view.folded.text, report.word_end):
        # "وفي تصريح نشرته صحيفة النهار، انتقد رئيس الحكومة ...": the paper only printed the statement; its
        # issuer, the subject, speaks (found by the caller)
        return OUTLET_OWN
    if after:
        # "نقلت رويترز عن مصادر": the innermost speaker follows "عن"; "قالت مصادر لرويترز": the sources spoke
        chain = [after[0]]
        for s in after[1:]:
            last = chain[-1].span
            assert last is not None and s.span is not None
            gap = fold_text(view.text[last.end - view.start : s.span.start - view.start])
            if _FROM_WORD.search(gap) or (s.kind == "anonymous" and _STATEMENT_BY.search(gap)):
                chain.append(s)
        return _spokesperson(view, chain[-1], speakers)
    body = _unlisted_body(view, report)
    if body is not None:
        return body
    # "... وفق ما أفادت غرفة طوارئ المعسكر": after "بحسب"/"وفق" the speaker follows; what stands before is the
    # event's own words
    prior = [s for s in speakers if s.span is not None and s.span.end <= r_span.start]
    if prior and fold_text(view.previous_word(report.word_start)) in _BUT_HE:
        # "ولم يعلّق الجيش على إعلان الحزب، لكنه قال في بيان إن ...": the pronoun after "but" is the subject of the
        # clause it turns from, not the body named last in it (art2)
        return prior[0]
    first = prior[0].speaker if prior else None
    # "دعا الشيخ علي الجبوري الحكومة إلى نشر قوات إضافية، وقال في تصريح": a verb of saying joined by و after the
    # clause has that clause's subject, the named man first in it, not the side named last before it (a body first
    # in it is left to the rules below: "واعتقلت الشرطة ...، وقالت" would lose its doer)
    named_first = first is not None and first.person and first.named and r_span.start > trigger_start
    if named_first and not _attributes(report) and _and_said_after(view, r_span):
        return prior[0]
    last_prior = prior[-1].span if prior else None
    if last_prior is not None and r_span.start - last_prior.end <= 40 and not _attributes(report):
        return prior[-1]
    if _is_statement(report):
        return OUTLET_OWN  # "طالب المجلس، في بيان، ...": the statement is the subject's, found by the caller
    if _attributes(report) and _OWN_OFFICE.match(view.folded.text, report.word_end):
        return OUTLET_OWN  # "بحسب بيان صادر عن مكتبه": the subject's own office, so the subject, found by the caller
    statement = _BARE_STATEMENT.match(view.folded.text, report.word_end) if _attributes(report) else None
    if statement is not None:
        # "واتفقت الكويت والعراق، بحسب بيان مشترك صدر في ختام المباحثات": a statement no one is named for is the
        # sides' own official word, not the last speaker's
        span = view.raw_span(statement.start("statement"), statement.end())
        return Source(span, view.raw_text(span), "official", None)
    return previous if previous is not OUTLET_OWN else OUTLET_OWN  # "وقال في بيان": the last speaker


_VERB_THEN_SPACE = re.compile(r"[^\W\d_]+ +")
_STATEMENT_ADJECTIVES = frozenset(fold_text(w) for w in ("الختامي", "المشترك", "الرسمي", "الصحفي"))


def _issued_subject(view: SentenceView, trigger_start: int, report: Hit[Cue]) -> Source | None:
    """A statement noun with its article ("البيان"، "الرسالة": `issued_subjects`) standing right after the trigger's
    verb ("ودعا البيان الختامي إيران"): the verb's subject, an official word; None when it is not."""
    folded = view.folded.text
    at = view.folded_index(trigger_start)
    if report.start <= at or fold_text(folded[report.word_start : report.word_end]) not in _ISSUED_SUBJECTS:
        return None
    if _VERB_THEN_SPACE.fullmatch(folded, at, report.word_start) is None:
        return None
    end = report.word_end
    adjective = _NEXT_WORD.match(folded, end)
    if adjective is not None and fold_text(adjective.group(1)) in _STATEMENT_ADJECTIVES:
        end = adjective.end(1)
    span = view.raw_span(report.word_start, end)
    return Source(span, view.raw_text(span), "official", None)


def _and_said_after(view: SentenceView, r_span: Span) -> bool:
    """Whether a comma, then a reporting verb with و joined to it ("، وقال"، "، وأضاف"), stands at r_span."""
    before = view.text[: r_span.start - view.start].rstrip()
    word = view.text[r_span.start - view.start : r_span.end - view.start]
    return before.endswith(("،", ",")) and word.startswith("و") and len(word) > 3


# "لكنه قال"، "غير أنها أكدت": a turn whose pronoun is the verb's subject (folded: ة kept, hamza seats levelled)
_BUT_HE = frozenset(
    fold_text(w) for w in ("لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم", "أنه", "أنها", "انه", "انها")
)


_AGAINST = re.compile(r"(?<!\w)[وف]?ضد +")


def _complained_against(
    view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]
) -> Participant | None:
    """The side named right after "ضد" in the complaint's clause ("بشكوى إلى مجلس الأمن ضد إسرائيل")."""
    against = _AGAINST.search(view.folded.text, hit.word_end, hit.word_end + 60)
    if against is None:
        return None
    at = view.raw_start(against.end(), against.end())
    return next((p for p in participants if p.span.start == at), None)


def _first_after(reports: list[Hit[Cue]]) -> Hit[Cue]:
    """The report that governs a trigger all reports follow: the first, but "أوقفت فرقة أمنية صحفياً، على خلفية
    تصريحات إذاعية انتقد فيها ...، وفق ما أعلنته النقابة": a statement noun the deed was over is its grounds, and the
    attribution after it tells the deed (probe80)."""
    first = reports[0]
    if not _is_statement(first) or first.key.startswith("في "):
        return first
    return next((r for r in reports[1:] if _attributes(r)), first)


# after "بحسب"/"وفق": a statement issued by the office or staff of the one it speaks of ("مكتبه"، "مكتبها الإعلامي")
_OWN_OFFICE = re.compile(
    r" +(?:ما +(?:جاء|ورد) +في +)?(?:ال)?(?:بيان|تصريح) +(?:صادر|صدر|الصادر) +عن +[^\W\d_]+(?:ه|ها|هم)(?!\w)"
)


# after "بحسب"/"وفق": a statement named by no issuer ("بيان مشترك"; "البيان" is one the story has told of)
_BARE_STATEMENT = re.compile(r" +(?:ما +(?:جاء|ورد) +في +)?(?P<statement>بيان(?: +(?:مشترك|ختامي|رسمي))?)(?!\w)")


_ON_BEHALF = re.compile(r"(?<!\w)(?:باسم|بلسان)\s*$")
_BRACKETED = re.compile(r"\([^()]{0,40}\)")


def _spokesperson(view: SentenceView, chosen: Source, speakers: list[Source]) -> Source:
    """ "المتحدث العسكري باسم جماعة الحوثي يحيى سريع"، "المتحدث باسم البنتاغون (...) باتريك رايدر": the named
    spokesperson speaks, for the body (which stays the speaker behind the words)."""
    if chosen.span is None or chosen.speaker is None or chosen.speaker.person:
        return chosen
    if not _ON_BEHALF.search(view.text[max(0, chosen.span.start - view.start - 10) : chosen.span.start - view.start]):
        return chosen
    titles = {fold_text(t) for t in name_rules().person_titles}
    for s in speakers:
        if s.span is None or s.speaker is None or not s.speaker.person or s.span.start < chosen.span.end:
            continue
        gap = _BRACKETED.sub(" ", view.text[chosen.span.end - view.start : s.span.start - view.start])
        words = gap.replace("،", " ").replace(",", " ").split()
        if len(words) <= 2 and all(fold_text(w) in titles for w in words):
            return Source(s.span, s.text, chosen.kind, s.canonical, chosen.speaker)
        break
    return chosen


def _attributes(report: Hit[Cue]) -> bool:
    """ "بحسب"، "وفق"، "نقلاً عن": a preposition of attribution, whose speaker follows it."""
    return any(v.category == "attribution" for v in report.values)


_BODY_HEADS = frozenset(fold_text(w) for w in _WORDS.words("body_heads"))
_BODY_SKIP = frozenset({"ما", "به", "بها", "لما", "عنه", "عنها"})
_BODY_STOPS = frozenset(
    {"ان", "بان", "انه", "انها", "الي", "علي", "من", "مع", "منذ", "قبل", "بعد", "الذي", "التي", "الذين", "حيث"}
)


def _unlisted_body(view: SentenceView, report: Hit[Cue]) -> Source | None:
    """ "أعلن مركز الطب الميداني في مصراتة ..."، "بحسب ما أفادت هيئة عمليات التجارة البحرية": a public body no
    list names, right after the reporting words, speaks officially; its phrase runs to a comma, a time word, a
    complement or the next cue."""
    folded = view.folded.text
    reporting = {h.word_start for h in view.cues_of("reporting", "attribution")}
    at = report.word_end
    while True:
        word = _NEXT_WORD.match(folded, at)
        if word is None:
            return None
        if word.start(1) in reporting or word.group(1) in _BODY_SKIP:
            at = word.end(1)
            continue
        break
    head = word.group(1)  # folded text keeps ة: the lists are compared folded
    head = head[1:] if head[:1] == "ل" and fold_text(head[1:]) in _BODY_HEADS else head
    if fold_text(head) not in _BODY_HEADS or folded[at : word.start(1)].strip():
        return None
    start = word.end(1) - len(head)
    span = view.raw_span(start, _name_end(view, word.end(1)))
    return Source(span, view.raw_text(span), _unlisted_body_kind(view, head, word.end(1)), None)


_CIVIC_CAUSE_WORDS = frozenset(fold_text(w) for w in _WORDS.words("civic_cause_words"))
_CIVIC_BODY_HEADS = frozenset(fold_text(w) for w in _WORDS.words("civic_body_heads"))


def _unlisted_body_kind(view: SentenceView, head: str, end: int) -> str:
    """ "اللجنة الوطنية لحقوق الإنسان"، "لجنة الدفاع عن معتقلي الرأي": a committee or centre named for a cause it
    defends speaks as civil society (ngo); any other unlisted public body officially. The cause is looked for in the
    name's next six words, up to a comma (the name itself may be cut short at "عن")."""
    if fold_text(head) not in _CIVIC_BODY_HEADS:
        return "official"
    return "ngo" if _names_a_cause(view.folded.text[end:]) else "official"


def _names_a_cause(rest: str) -> bool:
    """A cause word in the next six words of a name, up to a comma."""
    words = re.split(r"[،,.؛:()«»\"]", rest, maxsplit=1)[0].split()[:6]
    return any(fold_text(w) in _CIVIC_CAUSE_WORDS for w in words)


def _civic_body(p: Participant) -> bool:
    """ "اللجنة الوطنية لحقوق الإنسان في ليبيا": a body no list names, named for a cause it defends."""
    # (a name no list holds keeps its own words as canonical)
    if p.canonical not in (None, p.text) or p.role not in ("government", "other") or p.person:
        return False
    words = p.text.split()
    return len(words) > 1 and fold_text(words[0]) in _CIVIC_BODY_HEADS and _names_a_cause(" ".join(words[1:]))


def _named_body(view: SentenceView, s: Source) -> Source:
    """An NGO cue's source widened to the body's whole name after it."""
    assert s.span is not None
    end = view.folded_index(s.span.end)
    if end != view.folded_index(s.span.start) + len(fold_text(s.text)):
        return s  # a suffix or a mark the folded text does not keep: left as found
    span = Span(s.span.start, view.raw_span(end, _name_end(view, end)).end)
    return Source(span, view.raw_text(span), s.kind, s.canonical, s.speaker)


def _name_end(view: SentenceView, end: int) -> int:
    """The folded end of a body's name whose head ends at `end`: it runs to a comma, a time word, a complement
    ("بمقتل"، "أن") or the next cue, six words at most."""
    folded = view.folded.text
    cue_starts = {h.start for h in view.cues} | {h.word_start for h in view.triggers}
    for _ in range(6):
        nxt = _NEXT_WORD.match(folded, end)
        if nxt is None or folded[end : nxt.start(1)].strip():
            break  # a comma or a bracket ends the name
        w = fold_text(nxt.group(1))
        if w in _BODY_STOPS or w in _TIME_WORDS or w in _SOURCE_STOP_WORDS or nxt.start(1) in cue_starts:
            break
        if w[:1] == "ب" and w != "بلا":
            break  # "أفادت الهيئة بمقتل": the complement
        end = nxt.end(1)
    return end


_SOURCE_STOP_WORDS = frozenset({"اليوم", "امس", "الليله", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل"})


_OUTLET_HEADS = frozenset(fold_text(w) for w in _WORDS.words("outlet_heads"))
_OUTLET_NAME_ENDS = frozenset(fold_text(w) for w in _WORDS.words("outlet_name_ends"))
_OUTLET_LOCAL = frozenset(fold_text(w) for w in _WORDS.words("outlet_local"))
_OPEN_QUOTE = re.compile(r" *[«\"“]")
_CLOSE_QUOTE = re.compile(r"[»\"”]")
_OUTLET_NUMBER = re.compile(r"[0-9]+")


def _unlisted_outlets(view: SentenceView) -> list[Source]:
    """ "بحسب ما أفادت به شبكة السويداء 24 المحلية"، "وفق موقع "الخابور""، "وأفادت منصة "صدى الساحل"": an outlet no
    list names, its head noun right after a reporting or attribution word (or the ل of "وفقاً لموقع"), speaks as
    media; its name is quoted, or ends in a number or a word such as "الإخبارية" ("شبكة الكهرباء" is no outlet)."""
    folded = view.folded.text
    out: list[Source] = []
    for report in view.cues_of("reporting", "attribution"):
        at = report.word_end
        word = _NEXT_WORD.match(folded, at)
        while word is not None and word.group(1) in _BODY_SKIP and not folded[at : word.start(1)].strip():
            at = word.end(1)
            word = _NEXT_WORD.match(folded, at)
        if word is None or folded[at : word.start(1)].strip():
            continue
        head = fold_text(word.group(1))  # folded text keeps ة: the lists are compared folded
        if head not in _OUTLET_HEADS and not (head[:1] == "ل" and head[1:] in _OUTLET_HEADS):
            continue
        start = word.start(1) + (0 if head in _OUTLET_HEADS else 1)
        end = _outlet_name_end(view, word.end(1))
        if end is None:
            continue
        span = view.raw_span(start, end)
        out.append(Source(span, view.raw_text(span), "media", None))
    return out


def _outlet_name_end(view: SentenceView, end: int) -> int | None:
    """The folded end of an outlet's name after its head noun (ending at `end`): a quoted name, or up to four words
    that end in a number or an outlet word ("السويداء 24"، "شام الإخبارية"); None when it has neither."""
    folded = view.folded.text
    quote = _OPEN_QUOTE.match(folded, end)
    if quote is not None:
        close = _CLOSE_QUOTE.search(folded, quote.end(), quote.end() + 40)
        return close.end() if close is not None and close.start() > quote.end() else None
    cue_starts = {h.start for h in view.cues} | {h.word_start for h in view.triggers}
    for _ in range(4):
        nxt = _NEXT_WORD.match(folded, end)
        if nxt is None or nxt.start(1) in cue_starts:
            return None
        w = fold_text(nxt.group(1))
        if w in _BODY_STOPS or w in _TIME_WORDS or w in _SOURCE_STOP_WORDS or w in _OUTLET_LOCAL:
            return None
        end = nxt.end(1)
        if _OUTLET_NUMBER.fullmatch(w) or w in _OUTLET_NAME_ENDS:
            return end
    return None


# ---------------------------------------------------------------- places


def _place_kind(place: Place) -> str:
    if place.kind == "camp":
        return "city"
    if place.kind in FACILITY_KINDS:
        return "facility"
    return _KIND_AS.get(place.kind, place.kind)


_KIND_AS = {"admin2": "city", "sea": "region"}


def _kind(m: Mention) -> str:
    """The kind _location gives a place mention, without building the rest of the record."""
    assert m.place is not None
    # a derived place is a countryside ("ريف درعا") or a country's territory ("الأراضي السورية")
    return "region" if m.origin == "derived" and m.place.kind != "country" else _place_kind(m.place)


@cache
def _places_by_id() -> dict[str, Place]:
    return {p.id: p for p in places()}


_UNSC = "UN Security Council"  # actors.tsv canonical
# (folded) a sitting of the Council: "جلسة"، "اجتماع"، "مشاورات"، "إحاطة" (not a statement or a resolution)
_SESSION_WORDS = ("جلس", "اجتماع", "مشاورات", "احاط")


def _seat(place_id: str) -> dict[str, Any] | None:
    p = _places_by_id().get(place_id)
    if p is None:
        return None
    name = p.names[0]
    return {
        "text": name,
        "canonical": p.canonical,
        "country": p.country,
        "admin1": p.admin1,
        "kind": p.kind,
        "lat": p.lat,
        "lon": p.lon,
    }


_BODY_SEATS = seats()  # (by actors.tsv canonical) where an international body sits: data/seats.tsv
_NEW_YORK = _seat(_BODY_SEATS[_UNSC])  # where the Security Council sits


@cache
def _town_named(place_id: str) -> tuple[Place, tuple[str, ...]] | None:
    """The town a governorate or district is named after, if it shares a spelling (محافظة البصرة: البصرة), and
    the spellings to look for; a town gives itself."""
    p = _places_by_id().get(place_id)
    if p is None:
        return None
    if p.kind == "city":
        return p, p.names
    names = {fold_text(n) for n in p.names}
    near = [t for t in places() if t.kind == "city" and (t.country, t.admin1) == (p.country, p.admin1)]
    towns = [t for t in near if names & {fold_text(n) for n in t.names}]
    if not towns:
        return None
    town = max(towns, key=lambda t: t.population or 0)
    return town, town.names


def _location(m: Mention) -> dict[str, Any]:
    assert m.place is not None
    p = m.place
    kind = _kind(m)
    if m.origin == "derived" and p.id.endswith("-site"):
        # "أمام مبنى ديوان محافظة البصرة": a building no list places is the town in its name
        found = _town_named(p.id.removesuffix("-site"))
        at = [(m.text.find(n), n) for n in (found[1] if found else ()) if n in m.text]
        if found is not None and at:
            town = found[0]
            start, name = max(at, key=lambda x: (len(x[1]), -x[0]))
            return {
                "text": m.text[start : start + len(name)],
                "canonical": town.canonical,
                "country": town.country,
                "admin1": town.admin1,
                "kind": "city",
                "lat": town.lat,
                "lon": town.lon,
            }
    return {
        "text": m.text,
        "canonical": m.canonical,
        "country": p.country,
        "admin1": p.admin1,
        "kind": kind,
        "lat": p.lat,
        "lon": p.lon,
    }


def _most_specific(places: Sequence[Mention], apart: frozenset[int] = frozenset()) -> list[Mention]:
    """The places of the most specific level; a town beside a camp goes into the camp, unless it is one of
    `apart` (positions in `places` of towns that a count of their own sets apart)."""
    if not places:
        return []
    level = min(_PLACE_LEVEL[_kind(m)] for m in places)
    out: dict[str, Mention] = {}
    for m in places:
        assert m.place is not None
        if _PLACE_LEVEL[_kind(m)] == level:
            out.setdefault(m.place.id + ("/" + m.text if m.origin == "derived" else ""), m)
    # "وفي أريحا، ... خمسة شبان من مخيم عقبة جبر جنوب المدينة": a camp and the town beside it are one place, the camp
    camps = [m.place for m in out.values() if m.place is not None and m.place.kind == "camp"]
    kept = [id(places[i]) for i in apart]
    return [
        m
        for m in out.values()
        if m.place is None or m.place.kind == "camp" or id(m) in kept or not any(_km(c, m.place) <= 15 for c in camps)
    ]


_DIRECTION_WORDS = _needles("compass", "near")
_NEAR_END = re.compile(r"(?<!\w)(?:في |ب)?(?:" + _alt("near") + r") *$")
_DIRECTION = re.compile(
    r"(?<!\w)(?:" + _alt("compass") + "|" + _alt("near") + ")"
    r"(?: (?:" + _alt("compass_qualifiers") + "))? *$"
)
# "الزاوية، غرب العاصمة الليبية طرابلس": a compass word and a town's kind (perhaps with a nationality) right after a
# place
_DIRECTION_TO_TOWN = re.compile(
    r"(?<!\w)(?:" + _alt("compass") + ")(?: (?:" + _alt("compass_qualifiers") + "))?"
    r" (?:ال)?(?:عاصمه|عاصمة|مدينه|مدينة)(?: [^\W\d_]+ي[هة])? *$"
)


# What talks or calls are about ("بحثا تطورات الوضع في غزة"): places after these are topics, not venues.
_TOPIC = re.compile(r"(?<!\w)[وف]?(?:" + _alt("topic") + r")(?!\w)")
_TOPIC_WORDS = _needles("topic")


def _venue(view: SentenceView, m: Mention, topic: int) -> bool:
    """ "جلسة طارئة بشأن سوريا في نيويورك": after a topic that is a place alone, "في" and a place is where (unlike
    "بحثا تطورات الوضع في غزة", where the place is part of the topic)."""
    subject = next((p for p in view.mentions if p.place is not None and p.span.start > topic), None)
    if subject is None or subject is m or m.span.start < subject.span.end:
        return False
    head = fold_text(view.text[topic - view.start : subject.span.start - view.start]).split()
    gap = fold_text(view.text[subject.span.end - view.start : m.span.start - view.start]).split()
    return len(head) == 1 and gap == ["في"]


# "يبحث الوزير تطورات الأزمة مع نظيره الموريتاني محمد سالم ولد مرزوك في نواكشوط": past the topic, the one talked
# with, then "في" (or ب) and the place: the topic ended at "مع", the place is where the talks are
_WITH_THEN_IN = re.compile(r"(?<!\w)مع +[^،,.؛:]{2,80}? +(?:في +|ب)$")


def _venue_past_counterpart(view: SentenceView, m: Mention, topic: int) -> bool:
    if m.span.start <= topic:
        return False
    return (
        _WITH_THEN_IN.search(view.folded.text[view.folded_index(topic) : view.folded_index(m.span.start)]) is not None
    )


# "احتجاجاً على"، "رفضاً لـ"، "تنديداً بـ": what a protest is against
_PROTEST_GROUNDS = re.compile(r"(?<!\w)[وف]?(?:احتجاجا|رفضا|تنديدا|استنكارا)(?!\w)")


def _topic_start(view: SentenceView, after: int = 0) -> int | None:
    """Where the first topic word at or after folded offset `after` starts (raw), if any."""
    match = _TOPIC.search(view.folded.text, after) if view.contains_any(_TOPIC_WORDS) else None
    return view.raw_span(match.start(), match.end()).start if match else None


# Between a place and the larger one that locates it: "طفس بريف درعا", "كفررمان قضاء النبطية".
_LANDMARK_GAPS = frozenset({"", *_WORDS.words("landmark_gaps")})


# After a place, a town kind with a direction or "in" before it names the town the place lies in
# ("مخيم الفوار جنوب مدينة الخليل", "حيي وادي الذهب والزهراء بمدينة حمص", "تاجوراء شرق العاصمة الليبية").
# probe74: after a compass or "near" word a district kind names the container too ("ناحية سنوني شمالي قضاء سنجار"،
# "بلدة العباسية قرب مدينة صور"); probe77: so does the town's entrance ("عند المدخل الجنوبي لمدينة بعلبك")
_CONTAINER = re.compile(
    r"(?:(?<!\w)(?:" + _alt("compass") + "|" + _alt("near") + ")(?: (?:" + _alt("compass_qualifiers") + "))? +"
    r"(?:" + _alt("container_kinds") + "|" + _alt("district_kinds") + ")"
    r"|(?<!\w)(?:[وف]?ب|[وف]?في +)(?:" + _alt("container_kinds") + ")"
    r"|(?<!\w)عند +(?:ال)?(?:" + _alt("entrance_words") + r")(?: +[^\W\d_]+ي)? +ل?(?:" + _alt("container_kinds") + ")"
    # h13c: "بقرية حمرة دوم التابعة لمركز نجع حمادي"، "بلدة كذا التابعة لقضاء كذا": the district it belongs to
    r"|(?<!\w)التابع[هة]? +ل(?:(?:" + _alt("container_kinds") + "|" + _alt("district_kinds") + r"|مركز) *)?)"
    r"(?: [^\W\d_]+ي[هة])? *$"
)


def _km(a: Place, b: Place) -> float:
    return _km_between(a.lat, a.lon, b.lat, b.lon)


def _km_between(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Great-circle distance in km."""
    lat1, lon1, lat2, lon2 = (math.radians(v) for v in (lat_a, lon_a, lat_b, lon_b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


_QUARTER = re.compile(r"(?<!\w)[وفب]?(?:" + _taa_alt("quarter_words") + r") +$")  # "في مديرية"، "بحي"
# "حي الطيرة": a quarter the names stage lists with its kind (names7)
_QUARTER_WORDS = frozenset(name_rules().quarter_words)
# "بين محافظتي صلاح الدين وديالى"، "بين بلدتي X وY": a place kind in the dual or plural, or none, right after بين
_BETWEEN_PLACES = re.compile(r"(?<!\w)بين(?: +[^\W\d_]+(?:تي|يي|ين))? *$")
_FROM_END = re.compile(r"(?<!\w)من *$")  # "من" ending what stands before
_TOWARDS = re.compile(r" *(?:الي|نحو|باتجاه) *")
# "الخط الدولي"، "الخط الرابط بين": a line is a road only with a road's adjective after it ("خط التماس" is no road)
_ROAD_BETWEEN = re.compile(
    r"(?<!\w)(?:(?:ال)?طريق(?: (?:الرابط|الواصل|الدولي|السريع))?|(?:ال)?خط (?:الرابط|الواصل|الدولي|السريع)) بين(?!\w)"
)
# "عند منطقة الحسيني"، "قرب جسر ...": a spot on a road (folded)
_AT_SPOT = re.compile(r"^(?:عند|قرب|بالقرب من)(?: |$)")
# "منطقة الكرقل الواقعة على الطريق بين كادوقلي والدلنج": a place after "the lying (on, near, between)" of the place
# before it only says where that one lies
_LYING_GAP = re.compile(
    r"^(?:ال)?واقع(?:ه|تين|ين)? (?:\S+ ){0,4}?(?:على|في|قرب|بين|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)(?: |$)"
)
# "طريق النبطية - كفررمان"، "أوتوستراد حلب – اللاذقية": a road named by its two ends, right before the first
_ROAD_BEFORE = re.compile(
    r"(?<!\w)[وفب]?(?:(?:ال)?(?:طريق|اوتوستراد|اتوستراد)(?: +(?:الرابط|الواصل|الدولي|السريع))?"
    r"|(?:ال)?خط +(?:الرابط|الواصل|الدولي|السريع)) *$"
)


# "ثلاثة في كركوك واثنين في نينوى"، "12 مطلوباً في مدينة القرداحة وثمانية آخرين في مدينة جبلة": a new count
# before the next place makes it a place of its own, never the one the first lies in
_AND_COUNT = re.compile(
    r" *[،,]? *و([^\W_]+)(?: +[^\W\d_]+){0,2} +(?:في +|ب|من +)(?:(?:" + _alt("container_kinds") + r") +)?"
)
_AND_COUNT_END = re.compile(r"(?:[،,] *| +)" + _AND_COUNT.pattern.removeprefix(" *[،,]? *") + "$")


_STOP_MARK = re.compile(r"[.؛:]")
_CLAUSE_MARK = re.compile(r"[،,.:؛]")  # (one compiled pattern each: these run per place, per participant)


def _counted_apart(view: SentenceView, prev: Mention, m: Mention) -> bool:
    a, b = view.folded_index(prev.span.end), view.folded_index(m.span.start)
    match = _AND_COUNT.fullmatch(view.folded.text, a, b)
    if match is None and b - a <= 60 and not _STOP_MARK.search(view.folded.text[a:b]):
        # "أربعة من بلدة بيت أمر شمال الخليل، واثنين من مخيم عايدة": past the place that locates the first
        match = _AND_COUNT_END.search(view.folded.text, a, b)
    if match is None:
        return False
    at = match.start(1)
    return _NUMBER.fullmatch(match.group(1)) is not None or any(h.start == at for h in view.cues_of("number"))


# "في مجمع خانصور شمالي القضاء": a place said to lie some way off "the district" (a container named before)
_IN_TOLD_CONTAINER = re.compile(
    r" *[،,]? *(?:" + _alt("compass") + r")(?: (?:" + _alt("compass_qualifiers") + r"))? +"
    r"ال(?:قضاء|محافظ[ةه]|مدين[ةه]|ناحي[ةه]|منطق[ةه]|بلد[ةه]|ولاي[ةه]|مديري[ةه])(?!\w)"
)


_COUNTRYSIDE_HEADS = frozenset(fold_text(w) for w in name_rules().countryside_heads)


_AND_GAP = re.compile(r" *و\w* *")
_DASH_GAP = re.compile(r" *[-–—/] *")


def _without_landmarks(view: SentenceView, places: list[Mention]) -> list[Mention]:
    """ "سرمين شرقي إدلب", "مخيم النصيرات وسط قطاع غزة": the second place only says where the first is."""
    kept: list[Mention] = []
    for i, m in enumerate(places):
        if i > 0 and m.place is not None and _IN_TOLD_CONTAINER.match(view.folded.text, view.folded_index(m.span.end)):
            # "وفي قضاء سنجار ...، استهدفت مسيّرة مبنى في مجمع خانصور شمالي القضاء": the district told first only
            # holds the place, which lies in it; a place far from every one told before was read as a namesake
            # ("وفي مدينة تعز ... في حي الروضة شمالي المدينة": Sanaa's الروضة), and the town told holds it
            near = [k for k in kept if k.place is not None and _km(k.place, m.place) <= 60]
            if near:
                kept = [k for k in kept if k not in near]
            elif any(k.place is not None for k in kept):
                continue
        start = view.folded_index(m.span.start)
        before = view.folded.text[max(0, start - 25) : start]
        gap = view.text[places[i - 1].span.end - view.start : m.span.start - view.start] if i > 0 else "x"
        # "قرب بلدة صرين جنوب مدينة عين العرب (كوباني)": the same place again in brackets only restates the one
        # before it, which was kept or left as that one was
        prev = places[i - 1].place if i > 0 else None
        if prev is not None and m.place is not None and prev.id == m.place.id and not any(ch.isalpha() for ch in gap):
            continue
        # "بلدة طفس بريف درعا", "مخيم النصيرات، وسط قطاع غزة"
        follows_place = i > 0 and all(w in _LANDMARK_GAPS for w in fold_text(gap.strip(" ،,")).split())
        # "أمام مبنى ديوان محافظة ذي قار في الناصرية": a landmark is never more specific than what it locates
        follows_place = follows_place and _PLACE_LEVEL[_kind(places[i - 1])] <= _PLACE_LEVEL[_kind(m)]
        starts_with_direction = _DIRECTION.match(view.folded.text[start : start + 8] + " ") is not None
        direction_before = any(w in before for w in _DIRECTION_WORDS) and _DIRECTION.search(before) is not None
        # "أمام المسجد الحسيني وسط عمّان": a built landmark no list places is the town it is said to be in
        # (a countryside is no building: "في ريف منبج شمال شرقي حلب" is Manbij's)
        built_before = i > 0 and places[i - 1].origin == "derived" and _kind(m) == "city"
        built_before = built_before and fold_text(places[i - 1].text).split()[0] not in _COUNTRYSIDE_HEADS
        direction_before = direction_before and not built_before
        if not direction_before and not built_before and i > 0 and len(fold_text(gap).split()) <= 4:
            direction_before = _DIRECTION_TO_TOWN.search(view.folded.text[max(0, start - 40) : start]) is not None
        # "تركيا، في اشتباكات اندلعت ... في محيط سد تشرين": "near" far after another place is where it happened, not
        # where that place lies ("سرمين شرقي إدلب" has the direction right after it)
        near_far = i > 0 and len(fold_text(gap).split()) > 4 and _NEAR_END.search(before) is not None
        near_far = near_far and _misread_inside(m, places[i - 1])  # not within the place before it
        direction_before = direction_before and not near_far
        # "قصفت ... ريف منبج، في حين شنت مسيّرات غارات على محيط عين العرب": "near" in a clause of its own after "فيما"
        # locates nothing told before it
        direction_before = direction_before and not (i > 0 and _MEANWHILE_CUT.search(fold_text(gap)) is not None)
        # "وفي ولاية جنوب دارفور، شنّ الطيران غارات ... في محيط مطار نيالا": a site near which it happened, after a
        # province or a state it lies in, is where it happened (a landmark locates something smaller than itself)
        near_within = i > 0 and _NEAR_END.search(before) is not None and _PLACE_LEVEL[_kind(places[i - 1])] >= 3
        near_within = near_within and _PLACE_LEVEL[_kind(m)] <= 1 and not _misread_inside(m, places[i - 1])
        direction_before = direction_before and not near_within
        # "قتلت ... ثلاثة مهربين قرب الرمثا، وأحبطت ... قادمة من سوريا": "near" before the sentence's first place
        # says where it happened; there is no place before it for it to locate
        direction_before = direction_before and not (i == 0 and _NEAR_END.search(before) is not None)
        # "في منطقة علاوي الحلة وسط بغداد": a place said to lie in the middle of a town far from it was read as a
        # namesake too ("تكريت شمال بغداد" only says which way it lies)
        beside = i > 0 and direction_before and fold_text(gap.strip(" ،,")) == "وسط"
        # "في منطقة صلاح الدين جنوبي طرابلس": a place said to lie some way off a town of another country was read as
        # a namesake there (the Iraqi province); the town is the place
        prev_place = places[i - 1].place if i > 0 else None
        abroad = (
            direction_before
            and prev_place is not None
            and m.place is not None
            and prev_place.country != m.place.country
            and _kind(m) == "city"
            and len(fold_text(gap.strip(" ،,")).split()) <= 2
        )
        if (follows_place or beside or abroad) and _misread_inside(places[i - 1], m):
            # "منطقة الرابية بعمّان": the place said to lie in the town is far from it (a namesake elsewhere)
            kept = [k for k in kept if k is not places[i - 1]]
            kept.append(m)
            continue
        if direction_before or follows_place or (starts_with_direction and i > 0):
            continue
        folded_gap = fold_text(gap)
        as_specific = i > 0 and _PLACE_LEVEL[_kind(places[i - 1])] <= _PLACE_LEVEL[_kind(m)]
        prev_start = view.folded_index(places[i - 1].span.start) if i > 0 else start
        lead = view.folded.text[max(0, prev_start - 40) : start]
        before_prev = view.folded.text[max(0, prev_start - 40) : prev_start]
        joined = _AND_GAP.fullmatch(folded_gap) is not None
        # "على الطريق الرابط بين قضاء سنجار وناحية سنوني": a road between two towns is one place
        if as_specific and joined and _ROAD_BETWEEN.search(lead):
            continue
        # "قطعوا الخط الدولي الرابط بين عدن وتعز عند منطقة الحسيني في مديرية تبن": the spot on the road is where it
        # happened, not the towns that name the road (art5)
        if i > 0 and _AT_SPOT.match(folded_gap.strip(" ،,")) is not None:
            ends = [k for k in kept if _in_road_name(view, k)]
            if ends:
                kept = [k for k in kept if not any(k is e for e in ends)]
                kept.append(m)
                continue
        # "في منطقة مطيبيجة بين محافظتي صلاح الدين وديالى": the two places a spot lies between are one, the first
        if i > 0 and joined and _kind(m) != "country" and _BETWEEN_PLACES.search(before_prev):
            continue
        # "منطقة الكرقل الواقعة على الطريق بين كادوقلي والدلنج": the towns after "الواقعة" locate the first
        if i > 0 and len(folded_gap.split()) <= 7 and _LYING_GAP.match(folded_gap.strip(" ،,") + " "):
            continue
        # "على طريق النبطية - كفررمان": a road written as its two ends is one place, the first
        if i > 0 and _DASH_GAP.fullmatch(gap) and _ROAD_BEFORE.search(before_prev):
            continue
        # "اجتياز الحدود من الأراضي السورية إلى الأراضي الأردنية": across a border, where it went is the place
        if (
            i > 0
            and _kind(m) == "country"
            and _kind(places[i - 1]) == "country"
            and _TOWARDS.fullmatch(folded_gap)
            and _FROM_END.search(before_prev)
        ):
            kept = [k for k in kept if k is not places[i - 1]]
        level = _PLACE_LEVEL[_kind(m)]
        if (
            m.place is not None
            and (_QUARTER.search(before) or fold_text(m.text).split(" ", 1)[0] in _QUARTER_WORDS)
            and any(
                k.place is not None and _kind(k) == "city" and (_km(k.place, m.place) <= 15 or _misread_inside(m, k))
                for k in kept
            )
        ):
            # "في مدينة عدن ... في مديرية المنصورة": a district of the town told before is that town; so is a quarter
            # read as a namesake far off ("وفي مدينة مأرب، سقطت مسيّرة ... في حي الروضة": no town of al-Jawf)
            continue
        nested = i > 0 and _PLACE_LEVEL[_kind(places[i - 1])] <= level and not _counted_apart(view, places[i - 1], m)
        if nested and len(folded_gap) <= 40 and not _CLAUSE_MARK.search(folded_gap) and _CONTAINER.search(folded_gap):
            if _misread_inside(places[i - 1], m):
                # the place said to lie in the town is far from it: that name was read as another place
                kept = [k for k in kept if k is not places[i - 1]]
                kept.append(m)
            continue
        kept.append(m)
    return kept or places


def _joined_places(view: SentenceView, prev: Mention, m: Mention) -> bool:
    """Whether two places stand joined by و (a kind word may follow it: "مدينة دير البلح ومخيم المغازي")."""
    gap = view.text[prev.span.end - view.start : m.span.start - view.start]
    return _AND_KIND.fullmatch(fold_text(gap)) is not None


def _all_joined(view: SentenceView, places: Sequence[Mention]) -> bool:
    """Whether every place after the first is joined by و to the one before it ("إلى القطرون وأم الأرانب")."""
    ordered = sorted(places, key=lambda m: m.span.start)
    return all(_joined_places(view, a, b) for a, b in pairwise(ordered))


def _misread_inside(inner: Mention, outer: Mention) -> bool:
    """A place said to lie in another ("الرابية بعمّان") that lies in another country, or, in a town, more than 60 km
    from it: its name was read as a namesake elsewhere."""
    a, b = inner.place, outer.place
    if a is None or b is None:
        return False
    if a.id == b.id and inner.text not in a.names:
        return True  # a quarter placed at its town by the names stage ("حي الثورة بأم درمان"): the town is the place
    town = _PLACE_LEVEL[_kind(outer)] <= _PLACE_LEVEL["city"]
    if town and a.country == b.country and a.admin1 and a.admin1 == b.admin1 == b.canonical:
        return False  # "بلدة ديابالي في منطقة سيغو": a town that names its province may stand for the province
    return a.country != b.country or (town and _km(a, b) > 60)


@cache
def _province_names() -> frozenset[str]:
    """Folded spellings of the first-level provinces ("البصرة", "درعا", "مأرب")."""
    return frozenset(fold_text(n) for p in _places_by_id().values() if p.kind == "admin1" for n in p.names)


# "وفي قضاء مرجعيون، "، "وفي البصرة، ": a place in a frame that opens the sentence, before its comma
_FRAME_BEFORE = re.compile(
    r"^[\s\W]*(?:[وف]?(?:في|ب) *|اما +في +)(?:(?:"
    + _alt("container_kinds")
    + r"|قضاء|ناحي[هة]|مديري[هة]|منطق[هة]) +)?$"
)


def _past_frame(view: SentenceView, places: list[Mention]) -> list[Mention]:
    """ "وفي قضاء مرجعيون، استهدفت المدفعية ... أطراف بلدة الخيام"، "وفي البصرة، نظم الصيادون وقفة في قضاء الفاو":
    the frame that opens a sentence only says in which district or province the places after it lie; the event is
    where those are (one event, not one at the frame and one at the town). A place of another province after it
    leaves the frame a place of its own."""
    if len(places) < 2:
        return places
    frame = places[0]
    if frame.place is None or not _FRAME_BEFORE.match(fold_text(view.text[: frame.span.start - view.start]) + " "):
        return places
    after = view.text[frame.span.end - view.start :]
    if not re.match(r"^ *[،,]", after):
        return places
    # a district named so, a province, or a town that names its province ("وفي البصرة،"); a town alone frames a
    # story of its own ("وفي جنين، اعتقلت ... شابين من مدينة نابلس": two places)
    lead = fold_text(view.text[: frame.span.start - view.start])
    said_district = re.search(r"(?:قضاء|ناحي[هة]|مديري[هة]|محافظ[هة]|ولاي[هة]|اقليم)$", lead) is not None
    if not (said_district or _PLACE_LEVEL[_kind(frame)] >= 2 or fold_text(frame.text) in _province_names()):
        return places
    inner = [
        m
        for m in places[1:]
        if m.place is not None
        and m.place.id != frame.place.id
        and m.place.country == frame.place.country
        and m.place.admin1 is not None
        and m.place.admin1 == frame.place.admin1
        and _PLACE_LEVEL[_kind(m)] <= _PLACE_LEVEL[_kind(frame)]
    ]
    return places[1:] if inner else places


def _where(view: SentenceView, places: list[Mention]) -> list[Mention]:
    """The most specific places of these, landmarks left out; the stage asks this of the same places of a
    sentence twice (for its event, then for the sentences after it), so a view keeps the answers."""
    key = tuple(map(id, places))
    found = view.where.get(key)
    if found is None:
        own = _past_frame(view, _without_landmarks(view, places))
        # "أربعة من بلدة بيت أمر، واثنين من مخيم عايدة": each count its own place, though the two lie close; so is
        # a town and a camp joined by و ("غارات على مدينة خان يونس ومخيم النصيرات")
        apart = frozenset(
            k
            for i in range(1, len(own))
            if _counted_apart(view, own[i - 1], own[i]) or _joined_places(view, own[i - 1], own[i])
            for k in (i - 1, i)
        )
        cut = _strike_clause_cut(view, own)
        if cut is not None:
            # "شنت طائرات غارات على ريف إدلب، فيما قُتل مدنيان بقصف مدفعي على بلدة كفرنبل": a clause telling a
            # strike of its own keeps its places apart, the province's countryside told before it too
            first = [m for m in own if m.span.start < cut]
            second = [m for m in own if m.span.start > cut]
            found = view.where[key] = [*_most_specific(first), *_most_specific(second)]
        else:
            found = view.where[key] = _with_coordinated(view, own, _most_specific(own, apart))
    return list(found)


_MEANWHILE_CUT = re.compile(r"[،,] *(?:" + _alt("meanwhile") + r")(?!\w)")


def _denial_clause_start(view: SentenceView, trigger: int) -> int | None:
    """Where (folded) the clause after "، فيما/بينما/في حين" starts when that clause denies the deed at `trigger`
    ("..., فيما نفت الحركة اعتقال صحفيين"): a denial of its own, not dated or placed by the clause before it."""
    if "،" not in view.folded.text and "," not in view.folded.text:
        return None
    cuts = [m for m in _MEANWHILE_CUT.finditer(view.folded.text, 0, trigger)]
    if not cuts:
        return None
    start = cuts[-1].end()
    if any(start <= d.start and d.word_end <= trigger for d in view.cues_of("denied")):
        return cuts[-1].start()
    return None


def _strike_clause_cut(view: SentenceView, places: list[Mention]) -> int | None:
    """Where a clause after "، فيما/بينما/في حين" starts (raw) when places stand on both sides of it and the clause
    names an event word of its own (not a toll, nor "بالقصف" that retells the strike before); else None."""
    if len(places) < 2 or ("،" not in view.folded.text and "," not in view.folded.text):
        return None
    match = _MEANWHILE_CUT.search(view.folded.text)
    if match is None:
        return None
    cut = view.raw_start(match.start(), match.end())
    if not any(m.span.start < cut for m in places) or not any(m.span.start > cut for m in places):
        return None
    own = any(
        h.start >= match.end()
        and h.values[0].strength == "strong"
        and h.values[0].id not in _TOLL_TRIGGERS
        and not view.folded.text[h.word_start : h.start].endswith("ال")
        for h in view.triggers
    )
    return cut if own else None


_AND_KIND = re.compile(r" *و(?:" + _alt("container_kinds") + r")? *")
_AND_IN = re.compile(r" *و(?:في *|ب)(?:(?:" + _alt("container_kinds") + r") *)?")


def _with_coordinated(view: SentenceView, places: list[Mention], kept: list[Mention]) -> list[Mention]:
    """ "غارات على العاصمة صنعاء ومحافظة الحديدة": a vaguer place joined by و to a kept one, and not holding
    it, is a place of its own."""
    out = list(kept)
    for i, m in enumerate(places):
        prev = places[i - 1] if i > 0 else None
        if (
            prev is not None
            and m in out
            and prev not in out
            and m.place is not None
            and prev.place is not None
            and _AND_IN.fullmatch(fold_text(view.text[prev.span.end - view.start : m.span.start - view.start]))
            and prev.place.admin1 != m.place.admin1
        ):
            # "أمام مبنى مجلس محافظة البصرة وفي ساحة التحرير وسط بغداد": a vaguer place first, then "وفي" and a
            # site of another province, are two places
            out.insert(out.index(m), prev)
            continue
        if prev is None or m in out or m.place is None or prev.place is None or prev not in out:
            continue
        gap = fold_text(view.text[prev.span.end - view.start : m.span.start - view.start])
        if not _AND_KIND.fullmatch(gap) and not _counted_apart(view, prev, m):
            continue
        kind, inner = _kind(m), prev.place
        holds = (
            kind == "region"
            or (kind == "country" and inner.country == m.place.country)
            or (kind == "admin1" and inner.admin1 == m.place.admin1)
        )
        if not holds:
            out.append(m)
    return out


# "مصادر في مدينة إدلب"، "مصادر محلية من داخل الفاشر": a place after the speaker, behind في or من (an adjective
# before, a kind word after; the gap is folded, so its ends are stripped: "في" alone is the whole gap)
_SPEAKER_AT = re.compile(r" *(?:[^\W\d_]+ +)?(?:في|من|من داخل|داخل)(?: +[^\W\d_]+)? *")


_OWN_SUFFIX = re.compile(r"(?:نا|ها|ه|ي)$")  # "مراسلنا"، "مراسلها": the outlet's own


def _not_where_speaker_is(view: SentenceView, here: list[Mention], source: Source, told: bool) -> list[Mention]:
    """ "نقلت وكالة الأناضول عن مصادر في مدينة إدلب أن القصف ...": the place right after an unnamed source, a witness
    or an outlet is where the speaker is, not where the deed was, when the event has a place of its own or the story
    has `told` one."""
    said_by = source.span
    if said_by is None or not view.start <= said_by.end <= view.start + len(view.text):
        return here
    # "أفاد مراسلنا في درعا بأن ...": the outlet's own reporter is where he files from, as a witness is
    said = fold_text(view.text[said_by.start - view.start : said_by.end - view.start]).split()
    reporter = source.kind == "outlet_own" and bool(said) and _OWN_SUFFIX.sub("", said[0]) in _REPORTERS
    if source.kind not in ("anonymous", "witness", "wire", "media") and not reporter:
        return here  # "قالت الشرطة في الفاشر إن ...": a body speaks for where it serves
    located = [
        m
        for m in here
        if m.span.start >= said_by.end
        and _SPEAKER_AT.fullmatch(fold_text(view.text[said_by.end - view.start : m.span.start - view.start]))
    ]
    rest = [m for m in here if m not in located]
    return rest if located and (rest or told) else here


_ACCUSING_WORDS = frozenset(w.replace("ة", "ه") for w in _WORDS.words("accusing_words"))


def _accused_state(view: SentenceView, m: Mention) -> bool:
    """Whether the word right before the state `m` is one of accusing (behind و، ب or ل at most)."""
    word = view.previous_word(view.folded_index(m.span.start)).replace("ة", "ه")
    return word in _ACCUSING_WORDS or (word[:1] in ("و", "ب", "ل") and word[1:] in _ACCUSING_WORDS)


def _office_place_of(view: SentenceView, m: Mention, holder: Participant) -> bool:
    """Whether place `m` is that of the office named right before the person `holder` ("محافظ مأرب سلطان العرادة")
    or that the holder, an office alone, names right after it ("محافظ" + "مأرب")."""
    heads = name_rules().office_heads
    if m.span.start >= holder.span.end:
        office = fold_text(holder.text.split()[-1]) if holder.text.split() else ""
        return not view.text[holder.span.end - view.start : m.span.start - view.start].strip() and office in heads
    gap = view.text[m.span.end - view.start : holder.span.start - view.start].strip(" ،,").split()
    # ("أمير دولة الكويت الشيخ مشعل الأحمد": his titles may stand between; probe98)
    if holder.person is False or not all(w in name_rules().person_titles for w in gap):
        return False
    at = view.folded_index(m.span.start)
    office = view.previous_word(at)
    if office.replace("ة", "ه") in _STATE_STYLES:
        # "أمير دولة الكويت": the state's style word stands between the office and its name
        at = view.folded.text.rfind(office, 0, at)
        style = office.replace("ة", "ه")
        office = view.previous_word(at)
        office = office[1:] if office[:1] in ("و", "ف") else office
        return office in heads or f"{office} {style}" in heads
    office = office[1:] if office[:1] in ("و", "ف") else office
    return office in heads


def _outside_the_speaker(here: list[Mention], source: Source, t_span: Span, plover: str) -> list[Mention]:
    """ "قالت لجان مقاومة أم بدة إن عناصر من الدعم السريع نهبوا ... في حي الصالحة": a place in the name of whoever
    reports a deed is who speaks, not where the deed was, when the clause names a place outside it (a statement's
    speaker may well be where it was made: "قالت السفارة الأميركية في بغداد")."""
    said_by = source.span
    if said_by is None or said_by.end > t_span.start or plover in _STATEMENTS:
        return here
    outside = [m for m in here if not _overlaps(m.span, said_by)]
    return outside if outside else here


_LEAD_IN = re.compile(r"\W*[وف]?في +")
# "وفي مدينة بنقردان"، "وفي ولاية القصرين": the same, with the town's kind word
_LEAD_KIND = re.compile(r"\W*[وف]?في +(?:مدين|بلد|قري|ولاي|محافظ|منطق)[هة] +")


_LEAD_ASIDE = re.compile(r"^ *(?:(?:ال)?مجاور[هة]?|ايضا|كذلك)? *")


def _has_nationality(view: SentenceView, p: Participant) -> bool:
    """Whether a nationality adjective stands inside `p` ("قوات الأمن الأردنية")."""
    return any(p.span.start <= view.raw_span(n.start, n.end).start < p.span.end for n in view.cues_of("nationality"))


def _without_nationality(m: Mention) -> bool:
    """Whether a body built from its kind ("وزارة الدفاع") has no word saying its state ("وزارة الدفاع النيجرية")."""
    if m.actor is None or m.actor.country is None:
        return False
    own = {fold_text(f) for f in cues().nationalities.get(m.actor.country, ())}
    words = fold_text(m.text).split()
    if any(w in own or w.removesuffix("ه") + "ي" in own for w in words):
        return False
    # ... nor a town of it ("مديرية أمن الزاوية")
    return not any(
        v.place is not None and iso3(v.place.country) == m.actor.country
        for i in range(1, len(words))
        for v in name_matcher().values_of(" ".join(words[i:]))
    )


def _lead_country(view: SentenceView) -> str | None:
    """The country of the place a sentence opens with, after في and before a comma ("وفي المغرب، ..."، "وفي الكويت،
    ..." the state or its capital alike)."""
    lead = _LEAD_IN.match(view.folded.text)
    kind = _LEAD_KIND.match(view.folded.text)
    if lead is None:
        return None
    at = view.raw_start(lead.end(), lead.end())
    for m in view.mentions:
        if m.span.start == at and m.place is not None:
            # (past "المجاورة" or "أيضاً": "وفي بوركينا فاسو المجاورة، قُتل عشرات الجنود")
            after = _LEAD_ASIDE.sub("", fold_text(view.text[m.span.end - view.start : m.span.end - view.start + 14]))
            return iso3(m.place.country) if after[:1] in ("،", ",") else None
    if kind is None:
        return None
    at = view.raw_start(kind.end(), kind.end())
    for m in view.mentions:
        if m.span.start == at and m.place is not None and m.place.kind not in FACILITY_KINDS:
            # "وفي مدينة بنقردان التونسية القريبة من الحدود، أوقفت ...": a town named by its kind, said of in a few
            # words with no event word among them, sets the sentence there too (h14b)
            end = view.folded_index(m.span.end)
            comma = view.folded.text.find("،", end)
            tail = view.folded.text[end:comma] if comma > 0 else ""
            if comma < 0 or len(tail.split()) > 5 or any(end <= h.start < comma for h in view.triggers):
                return None
            return iso3(m.place.country)
    return None


_FILE_WORDS = frozenset(
    fold_text(w) for w in ("ملف", "ملفات", "قضية", "قضايا", "مسألة", "أوضاع", "ظروف", "احتياجات", "معاناة")
)
# "لبحث أوضاع آلاف النازحين": a count between the issue word and the people (probe71)
_FILE_COUNTS = frozenset(fold_text(w) for w in ("آلاف", "مئات", "عشرات", "ملايين", "الآلاف", "مئات الآلاف"))


def _file_of(view: SentenceView, p: Participant) -> bool:
    """ "لبحث ملف اللاجئين مع المسؤولين السوريين": unnamed people after the word for a file or an issue are what talks
    are about, not whom they are held with (probe33)."""
    if p.named:
        return False
    at = view.folded_index(p.span.start)
    word = view.previous_word(at)
    if word in _FILE_COUNTS:
        word = view.previous_word(view.folded.text.rfind(" ", 0, at - 1))
    return word in _FILE_WORDS


def _places_in(mentions: Iterable[Mention], exclude: Sequence[Span]) -> list[Mention]:
    if not exclude:
        return [m for m in mentions if m.place is not None]
    return [m for m in mentions if m.place is not None and not any(_overlaps(m.span, x) for x in exclude)]


# ---------------------------------------------------------------- casualties


_SCALES = {"الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 1_000_000, "ملايين": 1_000_000}
_SCALE = re.compile(r" +(" + "|".join(_SCALES) + r")(?!\w)")


def _scaled(text: str, digits_end: int, value: int) -> tuple[int, int]:
    """ "10 آلاف"، "2 مليون": the digits' value times the scale word after them, and where the count ends."""
    scale = _SCALE.match(text, digits_end)
    return (value * _SCALES[scale.group(1)], scale.end()) if scale else (value, digits_end)


def _number_at(view: SentenceView, folded_start: int, folded_end: int) -> tuple[int, int, int] | None:
    """A number written as digits or words in folded [start, end): (value, start, end)."""
    for match in _WORD.finditer(view.folded.text[folded_start:folded_end]):
        word = match.group()
        a, b = folded_start + match.start(), folded_start + match.end()
        if _NUMBER.match(word):
            count, b = _scaled(view.folded.text, b, int(word))
            return count, a, b
        hits = view.cues_of("number")
        for i, hit in enumerate(hits):
            # a search from behind a proclitic ("وخمسة جرحى" read from خمسة) starts where the number does
            if a in (hit.word_start, hit.start):
                value = value_of(hit, "number")
                total, end = _and_smaller(view, hits, i, int(value) if value is not None else 0)
                return total, a, end
    return None


def _and_smaller(view: SentenceView, hits: Sequence[Hit[Cue]], i: int, value: int) -> tuple[int, int]:
    """ "مئة وخمسون"، "ألف ومئتان": a round hundred or thousand with smaller number words joined by و
    right after it is one number; (value, end)."""
    end = hits[i].word_end
    text = view.folded.text
    while value >= 100 and value % 100 == 0:
        nxt = next((h for h in hits[i + 1 :] if h.word_start > end), None)
        joined = nxt is not None and text[end : nxt.word_start] == " " and text[nxt.word_start] == "و"
        if nxt is None or not joined or nxt.start != nxt.word_start + 1:
            break
        more = value_of(nxt, "number")
        step = 1000 if value % 1000 == 0 else 100
        if not isinstance(more, int) or more >= step:
            break
        value, end, i = value + more, nxt.word_end, hits.index(nxt)
        if more % 100 != 0:
            break
    return value, end


# "أودى انفجار قنبلة زرعت على جانب طريق ... بحياة ستة جنود": the verb and بحياة apart, the subject between
_CLAIMED_LIVES = re.compile(
    r"(?<!\w)[وف]?(?:" + _alt("claimed_lives_verbs") + r")(?!\w)[^.؟!]{1,120}?(?<!\w)بحيا[هة] +(?=[^\W_])"
)


def _claimed_lives(view: SentenceView, since: int, end: int) -> tuple[int, int, int] | None:
    """The dead of "أودى ... بحياة ستة جنود" (the count after بحياة, "شاب" one): (value, start, end), or None."""
    match = (
        _CLAIMED_LIVES.search(view.folded.text, since, end) if view.may_match_in(_CLAIMED_LIVES, since, end) else None
    )
    if match is None:
        return None
    number = _number_at(view, match.end(), min(len(view.folded.text), match.end() + 15))
    if number is not None and number[1] == match.end():
        more, last = _and_counted(view, number[2])
        return number[0] + more, match.start(), max(number[2], last)
    noun = _WORD.match(view.folded.text, match.end())
    if noun is not None and _one_person_before(view, noun.start(), noun.group()):
        return 1, match.start(), noun.end()
    if noun is not None and noun.group() in _singular_people():
        return 1, match.start(), noun.end()
    if noun is not None and (_dual_person(noun.group()) or _dual_at(view, noun.start(), noun.end()) is not None):
        return 2, match.start(), noun.end()  # "أودى انفجار عبوة ناسفة بحياة جنديين" (probe54)
    return None


# "فارق جندي عراقي الحياة"، "فارق ثلاثة جنود الحياة": the verb and الحياة apart, the dead between them
_LEFT_LIFE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("left_life_verbs") + r") +([^\W_][^.؟!،,]{0,40}?) +الحيا[هة](?!\w)")


def _left_life(view: SentenceView, since: int, end: int) -> tuple[int, int, int] | None:
    """The dead of "فارق جندي الحياة" (the count or the person noun between): (value, start, end), or None."""
    match = _LEFT_LIFE.search(view.folded.text, since, end) if view.may_match_in(_LEFT_LIFE, since, end) else None
    if match is None:
        return None
    a = match.start(1)
    number = _number_at(view, a, match.end(1))
    if number is not None and number[1] == a and _counted_noun(view, number[2]) is not None:
        return number[0], match.start(), match.end()
    noun = _WORD.match(view.folded.text, a)
    if noun is None:
        return None
    word = re.sub(r"^ال", "", noun.group())
    if _dual_person(word) or _dual_at(view, noun.start(), noun.end()) is not None:
        return 2, match.start(), match.end()
    if fold_text(word) in _singular_people() or _people_of(view, a) is not None:
        return 1, match.start(), match.end()
    return None


# "راح ضحية الهجوم سبعة مدنيين"، "ذهب ضحيتها ثلاثة أشخاص": the victims counted after what they fell to
_FELL_VICTIM = re.compile(r"(?<!\w)[وف]?(?:راح|ذهب) +ضحي[هةت][^\W\d_]*")


def _fell_victims(view: SentenceView, since: int, end: int) -> tuple[int, int, int] | None:
    """The dead of "راح ضحية الهجوم سبعة مدنيين" (a count of people after the cause, up to four words past the
    verb): (value, start, end), or None."""
    text = view.folded.text
    match = _FELL_VICTIM.search(text, since, end) if view.may_match_in(_FELL_VICTIM, since, end) else None
    if match is None:
        return None
    for word in list(_WORD.finditer(text, match.end(), end))[:5]:
        if re.search(r"[،,.:؛]", text[match.end() : word.start()]):
            return None
        number = _number_at(view, word.start(), min(end, word.start() + 20))
        if number is not None and number[1] == word.start() and _counted_noun(view, number[2]) is not None:
            more, last = _and_counted(view, number[2])
            return number[0] + more, match.start(), max(number[2], last)
    return None


_UNREPORTED = tuple(_WORDS.words("unreported"))
_NO_DEAD_WORDS = ("قتلي", "وفيات")  # the killed words of the dead-only "no casualties" phrases (folded)
_HURT = tuple(_WORDS.words("toll_denial_hurt"))  # ... and a denial naming the wounded too is none of them


def _joint_toll(
    view: SentenceView, since: int, end: int, participants: Sequence[Participant]
) -> tuple[tuple[int, int] | None, frozenset[int]]:
    """ "مقتل وإصابة 12 شخصاً"، "سقوط 20 بين قتيل وجريح"، "12 من المراقبين قتلوا أو أصيبوا": a killed and an
    injured word joined by و (the first with no count of its own, a count right after the second or before بين)
    or by أو count the dead and the wounded together, so how many of each is unknown. (The folded span of the
    words and their count, or None; the starts of the two words.) "قتيلاً وجريحين" counts each."""
    text = view.folded.text
    killed = [h for h in view.cues_of("killed") if since <= h.start < end]
    injured = [h for h in view.cues_of("injured") if since <= h.start < end]
    for first in killed + injured:
        pool = injured if first in killed else killed
        second = next((h for h in pool if first.word_end < h.word_start <= first.word_end + 4), None)
        if second is None or text[first.word_end : second.start] not in (" و", " او "):
            continue
        before = _JOINT_COUNT_BEFORE.search(text, max(0, first.word_start - 25), first.word_start)
        if before is None and text[first.word_end : second.start] == " و":
            value, a, _ = _count(view, first, participants)
            if value is not None and a < first.word_start:
                continue  # "55 قتيلاً و146 جريحاً" is read word by word
            if value is not None and _number_at(view, first.word_end, second.word_start) is None:
                continue  # "قتيلاً وجريحين": one, and two
            after = _number_at(view, second.word_end, min(len(text), second.word_end + 20))
            if after is None or after[1] != second.word_end + 1:
                continue  # "لقي عراقيان مصرعهما وأصيب آخران": the count is before, each word its own
        _, c, d = _count(view, second, participants)
        start = before.start(1) if before is not None else min(first.word_start, c)
        return (start, max(d, second.word_end)), frozenset({first.start, second.start})
    return None, frozenset()


_JOINT_COUNT_BEFORE = re.compile(r"(?<!\w)([0-9]+|[^\W\d_]+) +(?:ما )?بين +$")  # "20 بين قتيل وجريح"


_ATTACKER_DEAD = re.compile(
    r"(?<!\w)(?:من +)?(?:ال)?(?:" + _alt("attacker_dead") + r")(?!\w)"
    r"|(?<!\w)(?:" + _alt("member_nouns") + r") +من +(?:ال)?(?:" + _alt("armed_group_heads") + r")(?!\w)"
)
_SUB_COUNT = re.compile(r"(?<!\w)(?:بينهم|منهم|بينها)(?: +[^\W\d_]+)? *$")


def _attackers_counted(view: SentenceView, a: int, b: int) -> bool:
    """Whether the count at folded [a, b) counts the attackers: "قتل 4 من المهاجمين"، "قتلت 40 مسلحاً"."""
    match = _ATTACKER_DEAD.search(view.folded.text, a, min(len(view.folded.text), b + 25))
    return match is not None and match.start() <= b + 2


def _other_side_dead(
    view: SentenceView, a: int, b: int, end: int, participants: Sequence[Participant]
) -> tuple[int, int, int] | None:
    """ "ما أسفر عن مقتل جنديين، وأضافت أن القوات تمكنت من قتل 4 من المهاجمين": the dead of the other side a later
    count of the sentence tells (the attackers against those they hit, or the reverse); ACLED sums an event's dead
    on all sides. (value, start, end), or None; never a sub-count ("بينهم 3 مسلحين")."""
    first_attackers = _attackers_counted(view, a, b)
    text = view.folded.text
    for hit in view.cues_of("killed"):
        if hit.start < b or hit.start >= end:
            continue
        if _is_toll_head(view, hit):
            return None  # "بينما قالت مصادر طبية إن عدد القتلى بلغ خمسة": the toll again, by another source
        value, c, d = _count(view, hit, participants)
        if value is None or c < b or _SUB_COUNT.search(text[max(0, c - 20) : c]):
            continue
        if _attackers_counted(view, c, d) != first_attackers:
            return value, c, d
        return None
    return None


_TOLL_REACH = re.compile(r"(?:" + _alt("toll_reach") + r")?(?: *الي)?")
# "ومقتل منفذ الهجوم"، "ومصرع الانتحاري": the lone attacker's death told with its own word right after the count
_AND_LONE_DEAD = re.compile(
    r"(?: +[^\W\d_]+)?[،,]? *و(?:مقتل|مصرع) +(?:" + _alt("lone_attackers") + r")(?!\w)"
)  # (past one adjective of the counted: "جنديين ماليين ومصرع الانتحاري")
_BESIDES = re.compile(r"[،,]? *و?(?:" + _alt("besides") + r") +(?:(?P<lone>" + _alt("lone_attackers") + r")(?!\w))?")


def _is_toll_head(view: SentenceView, hit: Hit[Cue]) -> bool:
    """Whether a casualty word heads a toll: "حصيلة القتلى"، "عدد الشهداء"."""
    return hit.key.startswith("حصيل") or view.folded.text[max(0, hit.word_start - 4) : hit.word_start] == "عدد "


def _besides(view: SentenceView, end: int) -> tuple[int, int]:
    """ "مقتل خمسة أشخاص إضافة إلى المهاجم" (one more)، "مقتل 4 مدنيين فضلاً عن 3 جنود" (three more): the dead
    named besides a count, and where they end; (0, end) if none."""
    text = view.folded.text
    noun = _counted_noun(view, end) or _people_of(view, end)
    match = _BESIDES.match(text, noun[1] if noun is not None else end)
    lone = _AND_LONE_DEAD.match(text, noun[1] if noun is not None else end)
    if lone is not None:
        return 1, lone.end()  # "مقتل 6 مصلين ومقتل منفذ الهجوم": the attacker's own death adds one
    if match is None:
        return 0, end
    if match.group("lone"):
        return 1, match.end()  # the lone attacker
    number = _number_at(view, match.end(), min(len(text), match.end() + 15))
    if number is None or number[1] != match.end():
        return 0, end
    other = _counted_noun(view, number[2]) or _people_of(view, number[2])
    if other is None or any(h.start <= other[0] < h.word_end for h in view.cues_of("killed", "injured")):
        return 0, end
    return number[0], other[1]


def _joined_number(view: SentenceView, word_start: int) -> bool:
    """Whether the number word at folded `word_start` is read behind the conjunction و ("وخمسة")."""
    return view.folded.text[word_start : word_start + 1] == "و" and any(
        h.word_start == word_start and h.start > word_start for h in view.cues_of("number")
    )


@cache
def _singular_people() -> frozenset[str]:
    return frozenset(fold_text(w) for w in cues().casualties.singular_people)


def _dual_person(noun: str) -> bool:
    """ "مدنيان"، "امرأتان": a person noun in the dual (the ة of the singular is written ت before ان)."""
    if not noun.endswith("ان"):
        return False
    if noun[:-2] in _nationality_of_form():
        return True  # "لقي عراقيان مصرعهما"
    people = _singular_people()
    return fold_text(noun[:-2]) in people or (noun.endswith("تان") and fold_text(noun[:-3]) + "ه" in people)


def _dual_owned(noun: str) -> bool:
    """ "طفلاه"، "ابناها"، "شقيقاهما": a person noun or a relative in the dual with its owner's pronoun."""
    for ending in ("اهما", "اهم", "اها", "اه"):
        stem = noun.removesuffix(ending)
        if stem != noun and len(stem) >= 2:
            return fold_text(stem) in _singular_people() or stem in _KIN
    return False


_PLAIN_VERBS = frozenset({"قتل", "استشهد", "اغتيل", "اصيب", "جرح"})


def _killed_someone(text: str, word_end: int) -> bool:
    """ "إن مسلحين قتلا شرطياً": a person in the accusative right after the dual verb makes it active; the two did
    the killing."""
    nxt = _WORD_AFTER.match(text, word_end)
    word = nxt.group(1) if nxt is not None else ""
    return word.endswith("ا") and fold_text(word[:-1]) in _singular_people()


# verbal nouns of a death or a wound that take the victim as a suffix ("مقتله"، "إصابتها"، "استشهاده")
_ONE_PERSON_NOUNS = frozenset({"مقتل", "اصابه", "استشهاد", "مصرع", "وفاه", "اغتيال"})
_DIRECT_HIT = re.compile(r" +(?:اصاب|مباشر|بشكل مباشر|بدقه|بدقة)")


_RANK_AFTER = re.compile(r" +برتب[هة] +[^\W\d_]+(?: +(?:اول|ثان|ثاني))?(?!\w)")  # "برتبة نقيب"، "برتبة ملازم أول"


def _count(view: SentenceView, hit: Hit[Cue], participants: Sequence[Participant] = ()) -> tuple[int | None, int, int]:
    """How many a killed/injured word counts: (number or None, folded start, folded end)."""
    text = view.folded.text
    after = _number_at(view, hit.word_end, min(len(text), hit.word_end + 40))
    if after is not None and _joined_number(view, after[1]):
        after = None  # "سقوط قتيلين وخمسة جرحى": a number behind و counts what follows it, not this word
    # (an opening quote counts for nothing: "وقتلوا «ما لا يقل عن أربعة جنود»", a claim quoted is still its count)
    between = text[hit.word_end : after[1]].strip(' «"“') if after is not None else "x"
    # "قُتل نحو سبعين"، "مقتل ما لا يقل عن 5": an approximation is still the count; "وقتل أيضاً ثلاثة" too
    if after is not None and (
        not between
        # "مقتل ما بين 12 و15 شخصاً": a range counts its lower end, as ACLED does
        # ... "ما يزيد على 50"، "ما يربو على"، "أزيد من" (the Maghreb's "more than")
        or re.fullmatch(
            r"(?:ايضا|كذلك )?(?:نحو|حوالي|حوالى|قرابه|قرابة|زهاء|اكثر من|ازيد من|ما لا يقل عن|ما بين|بين"
            r"|ما (?:يزيد|يربو|يفوق) (?:علي|عن))",
            between,
        )
        or between in _ADVERBS
        # "حصيلة القتلى بلغت تسعة"، "عدد القتلى وصل إلى 7": a toll and the verb it reaches its count by
        or (_is_toll_head(view, hit) and _TOLL_REACH.fullmatch(between) is not None)
        # "قتلت، أمس الثلاثاء، 15 عنصراً": an aside between an active verb and the count of whom it killed
        or (re.fullmatch(r"[،,][^،,.]{1,30}[،,]", between) and _counted_noun(view, after[1]) is not None)
    ):
        more, end = _and_counted(view, after[2])
        besides, end = _besides(view, max(after[2], end))
        return after[0] + more + besides, hit.word_start, max(after[2], end)  # "مقتل 3"، "أصيب سبعة"
    # "55 قتيلاً و146 جريحاً"، "ثلاثة قتلى"
    before = _COUNT_BEFORE.search(text[max(0, hit.word_start - 20) : hit.word_start])
    # (not before a word with its own و: in "قتل متظاهران اثنان وأصيب العشرات" the number is the dead's)
    if before is not None and text[hit.word_start : hit.start] != "و":
        b_start = max(0, hit.word_start - 20) + before.start(1)
        number = _number_at(view, b_start, hit.word_start)
        # "سبعة عشر قتيلاً": a number of two words ends right before the noun; it counts from its first word
        whole = next((h for h in view.cues_of("number") if h.word_start < b_start < h.word_end <= hit.word_start), None)
        if whole is not None:
            value = value_of(whole, "number")
            return (int(value) if value is not None else None), whole.word_start, hit.word_end
        if number is not None:
            return number[0], b_start, hit.word_end
    fallen = _fallen_count(view, hit)
    if fallen is not None:
        return fallen
    word_end = hit.word_end
    nxt = _NEXT_WORD.match(text[word_end:])
    if nxt is not None and nxt.group(1) in _ADVERBS:
        word_end += nxt.end(1)  # "وقُتل أيضاً شخصان": the adverb stands between
        nxt = _NEXT_WORD.match(text[word_end:])
    if nxt is not None and (_dual_person(nxt.group(1)) or _dual_owned(nxt.group(1))):
        more, end = _and_people(text, word_end + nxt.end(1))
        if not more:
            more, end = _and_counted(view, word_end + nxt.start(1))  # "قتل جنديان وثلاثة مدنيين" (five)
            end = max(end, word_end + nxt.end(1))
        return 2 + more, hit.word_start, end  # "قُتل مدنيان"، "وأصيب طفلاه": a dual is two
    if nxt is not None:
        two = _dual_at(view, word_end + nxt.start(1), word_end + nxt.end(1))
        if two is not None:
            # "مقتل المهاجمَين"، "مقتل المهاجمين الاثنين"، "إصابة جنديين"، "إصابة امرأتين وطفل" (three)
            more, end = _and_people(text, two)
            return 2 + more, hit.word_start, max(two, end)
        people = _people_of(view, word_end)
        if people is not None and people[0] == word_end + nxt.start(1) and not nxt.group(1).endswith(("ين", "ون")):
            # "استشهد فلسطيني" is one, "قُتل فلسطينيان" two ("قُتل فلسطينيون" says not how many)
            return (2 if nxt.group(1).endswith("ان") else 1), hit.word_start, people[1]
    if nxt is not None:
        n_start = word_end + nxt.start(1)
        for person in view.cues_of("person"):
            if person.word_start == n_start:
                # "قُتل مدني" is one; "قُتل مدنيان" two; "قُتل ضابط ومجندان" three (past his rank: "ضابط برتبة نقيب
                # ومجندان")
                dual = text[person.end : person.word_end] in ("ان", "ين") or nxt.group(1).endswith("ان")
                rank = _RANK_AFTER.match(text, person.word_end)
                more, end = _and_people(text, rank.end() if rank is not None else person.word_end)
                if not more and rank is None:
                    # "قُتل ضابط وثلاثة جنود" (four): a counted group joined to the one, as to a count (probe89)
                    more, end = _and_counted(view, n_start)
                    end = max(end, person.word_end)
                return (2 if dual else 1) + more, hit.word_start, end
    if hit.key in ("مصرع", "حتف", "بجروح", "بجراح", "حتي الموت"):
        # "لقي جنديان مصرعهما"، "لقي شاب حتفه"، "لقي 3 أشخاص مصرعهم": the victims stand before مصرع; so they do
        # before the wounds of an active verb ("أصابوا جندياً بجروح"، "أصاب المسلحون ثلاثة جنود بجراح")
        found = _before_death(view, hit)
        if found is not None:
            return found
    # "ثلاثة مدنيين، بينهم طفل، قُتلوا": the count stands before a plural verb
    if hit.key.endswith(("وا", "ون")):
        earlier = [n for n in _DIGITS.finditer(text[max(0, hit.word_start - 45) : hit.word_start])]
        words = [h for h in view.cues_of("number") if hit.word_start - 45 <= h.word_start < hit.word_start]
        if earlier:
            count, _ = _scaled(text, max(0, hit.word_start - 45) + earlier[0].end(), int(earlier[0].group()))
            return count, hit.word_start, hit.word_end
        if words:
            value = value_of(words[0], "number")
            return (int(value) if value is not None else None), words[0].word_start, hit.word_end
    if (
        hit.key in _ONE_PERSON_NOUNS
        and text[hit.end : hit.word_end] in ("ه", "ها", "هما")
        and not _DIRECT_HIT.match(text, hit.word_end)  # "إصابته إصابة مباشرة": the target hit, no one wounded
    ):
        # "ما أدى إلى مقتله"، "أسفر عن إصابتها"، "مقتلهما": a verbal noun of one person, or two, by its pronoun
        return (2 if text[hit.end : hit.word_end] == "هما" else 1), hit.word_start, hit.word_end
    if hit.key.removesuffix("ا") in ("قتيل", "شهيد", "جريح", "مصاب"):
        return 1, hit.word_start, hit.word_end  # "ما خلف قتيلاً وجريحين": the tanwin is folded to ا
    if hit.key in ("قتيلان", "قتيلين", "شهيدان", "شهيدين", "جريحان", "جريحين", "مصابان"):
        return 2, hit.word_start, hit.word_end  # "ما أدى إلى سقوط قتيلين": a dual is two
    person_before = any(m.type == "PER" and view.folded_index(m.span.end) <= hit.word_start for m in view.mentions)
    if hit.key in ("قتل", "استشهد", "اغتيل", "اصيب") and person_before:
        return 1, hit.word_start, hit.word_end  # "وكان ناصر ... قد قُتل": one named man
    # "وكان مزارع قد قُتل": a singular person noun as the subject before the verb
    subject = _SUBJECT_BEFORE.search(text[max(0, hit.word_start - 25) : hit.word_start])
    plain = hit.start == hit.word_start and hit.key in _PLAIN_VERBS  # not "وأصيب آخرون"
    if plain and subject and subject.group(1) in _singular_people():
        return 1, hit.word_start - len(subject.group(0)), hit.word_end
    if plain and subject and _one_person_before(view, hit.word_start - len(subject.group(0)), subject.group(1)):
        # "أن جندياً واحداً قُتل": the noun in the accusative, "one" after it
        return 1, hit.word_start - len(subject.group(0)), hit.word_end
    dual_verb = hit.start == hit.word_start and hit.word_end == hit.end and hit.key[:-1] in _PLAIN_VERBS
    if dual_verb and hit.key.endswith("ا") and not _killed_someone(text, word_end):
        # "وكان جنديان قد أصيبا"، "وكان عنصران من الأمن العام قد قُتلا": a dual verb, its dual subject before it
        for a, _, word in reversed([w for w in view.words if hit.word_start - 50 <= w[0] < hit.word_start][-6:]):
            # ... in the accusative after إن too ("إن شخصين قتلا في غارة"; before a dual verb ين is no plural)
            if _dual_person(word) or (word.endswith("ين") and _dual_person(word[:-2] + "ان")):
                return 2, a, hit.word_end
    at = _active_object(view, hit, participants) if text[hit.word_start : hit.start] in ("", "و", "ف") else None
    if at is not None and (_counted_noun(view, at) is not None or _people_of(view, at) is not None):
        number = _number_at(view, at, len(text))
        if number is not None and number[1] == at:
            return number[0], hit.word_start, number[2]  # "قتلت قوات الجيش 15 عنصراً من حركة الشباب"
        noun = _WORD.match(text, at)
        if noun is not None:
            two = _dual_at(view, noun.start(), noun.end())
            return (1 if two is None else 2), hit.word_start, two or noun.end()  # "قتلت الشرطة مسلحاً"
    # "إن طائراته قتلت، مساء الثلاثاء، قيادياً في حزب الله": the doer told before the verb, one man after it
    # (perhaps past an aside)
    aside = _OBJECT_ASIDE.match(text, word_end)
    one = _WORD_AFTER.match(text, aside.end() if aside is not None else word_end)
    if one is not None and hit.start == hit.word_start:
        word = one.group(1)
        if fold_text(word.removesuffix("ا") if word.endswith("يا") else word) in _singular_people():
            return 1, hit.word_start, one.end(1)
    one_of = _one_of(view, hit, word_end)
    if one_of is not None:
        return 1, one_of[0], one_of[1]
    if nxt is not None and fold_text(nxt.group(1)) in ("اخر", "ثالث", "رابع", "خامس"):
        return 1, hit.word_start, word_end + nxt.end(1)  # "وأصيب ثالث": one more
    if nxt is not None and fold_text(nxt.group(1)) == "اخران":
        return 2, hit.word_start, word_end + nxt.end(1)  # "وأصيب آخران": two more
    return None, *_vague_span(view, hit, word_end)


def _fallen_count(view: SentenceView, hit: Hit[Cue]) -> tuple[int, int, int] | None:
    """ "سقط سبعة جنود ماليين قتلى": the count of the person noun (and one adjective) right before a casualty
    noun told of them."""
    if hit.key not in _FALLEN_AS:
        return None
    text = view.folded.text
    for number in reversed([w for w in view.words if hit.word_start - 45 <= w[0] < hit.word_start]):
        found = _number_at(view, number[0], number[1])
        noun = _counted_noun(view, number[0]) if found is not None else None
        if found is None or noun is None:
            continue
        if len(text[noun[1] : hit.word_start].split()) <= 1:
            return found[0], number[0], hit.word_end
        return None
    return None


@cache
def _ones() -> frozenset[str]:
    """The number words for one ("واحد"، "واحدة"), folded."""
    return frozenset(word for word, value in cues().numbers.items() if value == 1)


def _one_person_before(view: SentenceView, word_start: int, word: str) -> bool:
    """Whether the word at folded `word_start` is "واحد(اً)" after a singular person noun, or such a noun in the
    accusative ("جندياً")."""
    people = _singular_people()
    if word.endswith("ا") and fold_text(word[:-1]) in people:
        return True
    if word.removesuffix("ا") not in _ones():
        return False
    text = view.folded.text
    noun = _SUBJECT_BEFORE.search(text[max(0, word_start - 25) : word_start])
    return noun is not None and _one_person_before(view, word_start - len(noun.group(0)), noun.group(1))


def _one_of(view: SentenceView, hit: Hit[Cue], word_end: int) -> tuple[int, int] | None:
    """Where a casualty word counting one person by "one of" or a relative stands: "مقتل أحد عناصر الأمن"،
    "وأصيب أحدهم"، "إن أحدهم فارق الحياة"، "وإصابة والدته"; None if it counts none so."""
    text = view.folded.text
    nxt = _NEXT_WORD.match(text, word_end)
    if nxt is not None:
        word = nxt.group(1)
        if word in _ONE_OF_THEM:
            return hit.word_start, nxt.end(1)
        if word in _ONE_OF:
            noun = _NEXT_WORD.match(text, nxt.end(1))
            if noun is not None and not noun.group(1)[0].isdigit():
                return hit.word_start, noun.end(1)
        if _kin(word):
            return hit.word_start, nxt.end(1)
    subject = _SUBJECT_BEFORE.search(text[max(0, hit.word_start - 25) : hit.word_start])
    if subject is not None and hit.start == hit.word_start and subject.group(1) in _ONE_OF_THEM:
        return hit.word_start - len(subject.group(0)), hit.word_end
    return None


_ONE_OF = frozenset(_WORDS.words("one_of"))
_ONE_OF_THEM = frozenset(_WORDS.words("one_of_them"))
_KIN = frozenset(_WORDS.words("kin"))
_POSSESSIVE = ("هما", "هم", "هن", "ها", "ه")


def _kin(word: str) -> bool:
    """ "والدته"، "شقيقه"، "زوجها": a relative with a possessive pronoun (the ة of the noun written ت before it)."""
    for ending in _POSSESSIVE:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 2:
            return (stem[:-1] + "ه" if stem.endswith("ت") else stem) in _KIN
    return False


def _vague_span(view: SentenceView, hit: Hit[Cue], word_end: int) -> tuple[int, int]:
    """The words of an uncounted toll: the casualty word with a vague quantity right before or after it
    ("العشرات قُتلوا"، "أصيب المئات")."""
    start, end = hit.word_start, hit.word_end
    words = view.cues_of("killed", "injured")
    for vague in view.cues_of("vague"):
        if any(w.start < vague.end and vague.start < w.end for w in words):
            continue  # "سقوط قتلى"، "قتلى وجرحى": a vague phrase of casualty words is read as it is
        if vague.word_start >= hit.word_end and not view.folded.text[word_end : vague.word_start].strip():
            end = max(end, vague.word_end)
        elif vague.word_end <= hit.word_start and not view.folded.text[vague.word_end : hit.word_start].strip():
            start = min(start, vague.word_start)
    return start, end


_WORD_AFTER = re.compile(r" *([^\W\d_]+)")
# "وقُتل أيضاً شخصان"; "احتجاجات أصيب خلالها 9"، "اشتباكات قُتل فيها ثلاثة": the pronoun of the event between
_ADVERBS = frozenset({"ايضا", "كذلك", "خلالها", "خلاله", "فيها", "فيه"})
_THE_TWO = frozenset({"الاثنين", "الاثنان", "اثنين", "اثنان", "كليهما", "كلاهما"})
_DAY_PART = re.compile(r" +(?:الماضي|المقبل|الفايت|صباحا|مساء|مساءا|فجرا|ليلا|ظهرا)(?!\w)")  # "الاثنين الماضي": Monday


def _dual_at(view: SentenceView, a: int, b: int) -> int | None:
    """Where a noun at folded [a, b) that counts two ends: one voweled as a dual ("المهاجمَين"), one followed by
    "الاثنين", or one in ين whose plural is broken ("جنديين": the plural is جنود, so ين is the dual); else None.
    (A nisba noun in ين such as "مدنيين" is also a plural: left alone.)"""
    text = view.folded.text
    after = _NEXT_WORD.match(text, b)
    dual_form = text[a:b].endswith(("ين", "ان"))
    if after is not None and after.group(1) in _THE_TWO and dual_form and not _DAY_PART.match(text, after.end(1)):
        return after.end(1)
    word = text[a:b]
    # the fatha may stand before or after a shadda on the same letter ("مدنيَّين")
    if view.raw_text(view.raw_span(a, b)).replace("\u0651", "").endswith("\u064eين"):
        return b
    if word.endswith("ين") and re.sub(r"^ال", "", fold_text(word[:-2])) in _BROKEN_SINGULARS:
        return b
    if word.endswith("تين") and re.sub(r"^ال", "", fold_text(word[:-3])) + "ه" in _BROKEN_SINGULARS:
        return b  # "امرأتين": the ة of the singular is written ت before the dual ending
    return None


_AND_PERSON = re.compile(r" و([^\W\d_]+?)(ان|اها|اه|اهما|ه|ها|هما)?(?!\w)")


def _and_people(text: str, end: int) -> tuple[int, int]:
    """ "ضابط ومجندان"، "امرأة وطفلاها"، "رجل وابنه"، "رجل وزوجته وأطفالهما الثلاثة" (five): the people joined to a
    counted one, and where they end."""
    total = 0
    while True:
        match = _AND_PERSON.match(text, end)
        if match is None:
            return total, end
        if fold_text(match.group(1)) in _singular_people():
            total += 2 if (match.group(2) or "").startswith("ا") else 1
            end = match.end()
            continue
        word = match.group(1) + (match.group(2) or "")
        if word.endswith("ين") and (
            fold_text(word[:-2]) in _BROKEN_SINGULARS
            or (word.endswith("تين") and fold_text(word[:-3]) + "ه" in _BROKEN_SINGULARS)
        ):
            # "ضابط وجنديين"، "أطفال وامرأتين": ين on a noun whose plural is broken is a dual
            total, end = total + 2, match.end()
            continue
        if _kin(word):
            total, end = total + 1, match.end()  # "وزوجته"
            continue
        # "وأطفالهما الثلاثة": a plural of people with its pronoun, counted by a definite number after it
        counted = _THE_NUMBER.match(text, match.end())
        plural = next((word.removesuffix(p) for p in _POSSESSIVE if word.endswith(p)), word)
        value = cues().numbers.get(fold_text(counted.group(1))) if counted is not None else None
        if counted is None or value is None or fold_text(plural) not in _BROKEN_PLURALS:
            return total, end
        total, end = total + value, counted.end()


_THE_NUMBER = re.compile(r" +ال([^\W\d_]+)")


_AND_NUMBER = re.compile(r" و(?=\S)")
_NAME_THEN_AND = re.compile(r"(?: +[^\W\d_]+){1,3}? +و(?=[0-9]|[^\W\d_])")


def _place_between(view: SentenceView, a: int, b: int) -> bool:
    return any(m.place is not None and a <= view.folded_index(m.span.start) < b for m in view.mentions)


def _and_counted(view: SentenceView, number_end: int) -> tuple[int, int]:
    """ "قُتل خمسة جنود وثلاثة مسلحين" (8)، "مقتل 4 مدنيين وطفل" (5): the people of both sides joined by و to a
    counted group add up, as ACLED sums an event's dead, and so do "و4 آخرين"; (how many more, where they end). Only
    a count of people goes on: "قُتل خمسة أشخاص و15 جريحاً" counts the wounded apart."""
    noun = _counted_noun(view, number_end) or _people_of(view, number_end)
    if noun is None:
        return 0, number_end
    text = view.folded.text
    same = _AND_PERSON.match(text, noun[1])
    if same is not None and len(noun) == 3 and fold_text(same.group(1) + (same.group(2) or "")) == noun[2] + "ه":
        return 0, same.end()  # "عشرون طالباً وطالبة": twenty students of both sexes, not twenty-one
    more, end = _and_people(text, noun[1])
    if more:
        return more, end
    joined = _AND_NUMBER.match(text, noun[1])
    if joined is None:
        # "مقتل 12 من عناصر الدعم السريع و5 جنود": the side's name between the first count and the second
        named = _NAME_THEN_AND.match(text, noun[1])
        if named is None or "في" in named.group().split() or _place_between(view, noun[1], named.end()):
            return 0, number_end
        # "قُتل ثلاثة من عناصر الحلف وجندي": one person joined past the side's name adds up too (probe88)
        more, end = _and_people(text, named.end() - 2)
        if more:
            return more, end
        joined = _AND_NUMBER.match(text, named.end() - 2)
    if joined is None:
        return 0, number_end
    # a number word is read with its و ("وثلاثة"), digits after it ("و3")
    word_start = joined.start() + 1
    second = _number_at(view, word_start, min(len(text), word_start + 20))
    if second is None or second[1] != word_start:
        second = _number_at(view, joined.end(), min(len(text), joined.end() + 20))
        if second is None or second[1] != joined.end() or not text[second[1]].isdigit():
            return 0, number_end
    others = _OTHERS.match(text, second[2])  # "و4 آخرين": four more of them
    if others is not None:
        return second[0], others.end()
    other = _counted_noun(view, second[1]) or _people_of(view, second[2])
    attackers = _ATTACKER_DEAD.match(text, second[2] + 1) if text[second[2] : second[2] + 1] == " " else None
    if other is None and attackers is not None:
        return second[0], attackers.end()  # "مقتل 6 من عناصر الأمن و3 من المهاجمين": the attackers add up too
    if other is None or any(h.start <= other[0] < h.word_end for h in view.cues_of("killed", "injured")):
        return 0, number_end
    return second[0], other[1]


_OTHERS = re.compile(r" (?:اخرين|اخرون)(?!\w)")


# ... or "في" a body ("لقي ضابط في الشرطة العراقية حتفه"), or with one adjective right before the death ("لقي جندي
# صومالي مصرعه")
_MET_DEATH = re.compile(
    r"(?<!\w)[وف]?(?:لقي|لقيت|لقوا|لقيا|لقيتا) (?:[^\W_]+ )?([^\W\d_]+)(?= (?:من|في صفوف|في) )"
    r"|(?<!\w)[وف]?(?:لقي|لقيت|لقوا|لقيا|لقيتا) (?:[^\W_]+ )?([^\W\d_]+) [^\W\d_]+ $"
)  # (a count may lead the noun and its adjective: "لقي 17 جندياً بوركينياً حتفهم"; probe97)


def _is_person(noun: str) -> bool:
    people = _singular_people()
    return any(fold_text(noun[: len(noun) - len(end)]) in people for end in ("", "ان", "ا") if noun.endswith(end))


def _before_death(view: SentenceView, hit: Hit[Cue]) -> tuple[int, int, int] | None:
    """The count of the person noun right before "مصرع"/"حتف"/"بجروح": a dual two, a singular one, else the
    number before the noun ("لقي 3 أشخاص مصرعهم")."""
    text = view.folded.text
    subject = _SUBJECT_BEFORE.search(text[max(0, hit.word_start - 25) : hit.word_start])
    if subject is not None:
        noun, start = subject.group(1), hit.word_start - len(subject.group(0))
    # "لقي جنديان من القوات الحكومية مصرعهما": the victims follow the verb, their side between
    met = _MET_DEATH.search(text[max(0, hit.word_start - 60) : hit.word_start])
    if met is not None and not met.group(1) and not (_is_person(met.group(2)) or _person_stem(met.group(2))):
        met = None  # "لقيت ثلاث نساء حتفهن": a count, not a person noun with its adjective
    if met is not None and (subject is None or not _is_person(subject.group(1))):
        group = 1 if met.group(1) else 2
        noun, start = met.group(group), max(0, hit.word_start - 60) + met.start(group)
    elif subject is None:
        return None
    lead = _COUNT_BEFORE.search(text[max(0, start - 20) : start])
    number = _number_at(view, max(0, start - 20) + lead.start(1), start) if lead is not None else None
    if number is not None:
        # "لقي 15 شخصاً حتفهم": a count from eleven on takes a singular noun; "ما بين 12 و15 شخصاً": the lower end
        lower = _RANGE_BEFORE.search(text[max(0, number[1] - 25) : number[1]])
        if lower is not None:
            return int(lower.group(1)), number[1], hit.word_end
        return number[0], number[1], hit.word_end
    # "لقيت امرأة وطفلاها حتفهم": the people joined to the noun by و die with it
    more = _and_people(text, start + len(noun))[0] if text.startswith(noun, start) else 0
    if _dual_person(noun):
        return 2 + more, start, hit.word_end
    if fold_text(noun) in _singular_people() or (noun.endswith("ا") and fold_text(noun[:-1]) in _singular_people()):
        return 1 + more, start, hit.word_end  # "شاب"، "جندياً" (the object, its tanwin folded to ا)
    return None


_RANGE_BEFORE = re.compile(r"(?<!\w)بين ([0-9]+) +و?$")  # "ما بين 12 و15": what stands before "و15"


# "احتجاجاً على مقتل"، "تنديداً بمقتل"، "عقب وفاة"، "على خلفية مقتل": a death or wound a protest or a clash broke out
# over, told right after the word of its cause
_GRIEVANCE_BEFORE = re.compile(
    r"(?<!\w)(?:احتجاجا علي|تنديدا|رفضا|غضبا|على خلفيه|علي خلفيه|في اعقاب|عقب|اثر|غداه)[ ]*[بل]?$"
)


_ACCIDENT_REACH = 30  # characters after a count in which its cause is told


def _accident_toll(text: str, count_end: int) -> bool:
    """ "وأصيب اثنان منهم في حادث سير"، "وأصيب خمسة آخرون في تدافع": an accidental cause told right after the count,
    in its clause."""
    cause = _NATURAL_CAUSE.search(text, count_end, count_end + _ACCIDENT_REACH)
    return cause is not None and not re.search(r"[،,.:؛]", text[count_end : cause.start()])


def _grievance_toll(view: SentenceView, hit: Hit[Cue]) -> bool:
    """Whether a killed/injured word tells what a protest was over, not its toll (a noun right after the cause; not
    one of those told, by its pronoun: "نُقلوا إلى المستشفى إثر إصابتهم")."""
    text = view.folded.text
    if text[hit.end : hit.word_end]:
        return False
    before = text[max(0, hit.word_start - 20) : hit.start]
    return _GRIEVANCE_BEFORE.search(before) is not None and any(t.values[0].plover == "PROTEST" for t in view.triggers)


# "جندي إسرائيلي بجروح خطيرة وآخر"، "شخص وآخران": more of the counted, past up to three words of the same phrase
_AND_ANOTHER = re.compile(
    r"(?: +(?!(?:في|من|علي|الي|قرب|داخل|خلال|بعد|اثر|جراء)(?!\w))[^\W\d_]+){0,3} +و(اخر|اخران)(?!\w)"
)


def _casualties(
    view: SentenceView, since: int = 0, until: int | None = None, participants: Sequence[Participant] = ()
) -> tuple[int | None, int | None, str]:
    """The toll told in the sentence, or in its folded text [since, until) (a clause of its own)."""
    fatalities: int | None = None
    injuries: int | None = None
    spans: list[tuple[int, int]] = []
    counted: list[tuple[int, int]] = []
    end = len(view.folded.text) if until is None else until
    none = [
        n
        for n in view.cues_of("no_casualties")
        if since <= n.start < end and not _CIVILIAN_ONLY.match(view.folded.text, n.end)
    ]
    joint, joined = _joint_toll(view, since, end, participants)
    if joint is not None and any(n.start <= joint[0] and joint[1] <= n.end for n in none):
        joint = None  # the "قتلى أو جرحى" of "دون أن يسفر عن قتلى أو جرحى"
    for category in ("killed", "injured"):
        for hit in view.cues_of(category):
            if not since <= hit.start < end or hit.start in joined:
                continue
            if any(n.start <= hit.start and hit.end <= n.end for n in none):
                continue  # the "إصابات" of "دون تسجيل إصابات"
            if _grievance_toll(view, hit):
                continue  # "تظاهر المئات احتجاجاً على مقتل شاب": the death they protest came before
            value, a, b = _count(view, hit, participants)
            if _accident_toll(view.folded.text, b):
                continue  # "وأصيب اثنان منهم في حادث سير": an accident's toll, none of the event's
            another = _AND_ANOTHER.match(view.folded.text, b) if value is not None else None
            if value is not None and another is not None:
                # "أصيب جندي بجروح خطيرة وآخر بجروح طفيفة": one more of them, told by "وآخر"
                value, b = value + (2 if another.group(1).endswith("ان") else 1), another.end()
            lone = _AND_LONE_DEAD.match(view.folded.text, b) if value is not None and category == "killed" else None
            if value is not None and lone is not None:
                value, b = value + 1, lone.end()  # "مقتل جنديين ومصرع الانتحاري": the attacker's death adds one
            spans.append((a, b))
            if value is None:
                continue
            counted.append((a, b))
            if category == "killed" and fatalities is None:
                fatalities = value
                other = _other_side_dead(view, a, b, end, participants)
                if other is not None:
                    fatalities += other[0]
                    counted.append(other[1:])
            elif category == "injured" and injuries is None:
                injuries = value
            break
    if fatalities is None:
        lives = _claimed_lives(view, since, end) or _left_life(view, since, end) or _fell_victims(view, since, end)
        if lives is not None:
            fatalities = lives[0]
            counted.append(lives[1:])
    spans = counted or spans
    if joint is not None and fatalities is None and injuries is None:
        return None, None, view.raw_text(view.raw_span(*joint))  # "مقتل وإصابة 12 شخصاً": how many of each, unknown
    unreported = [n for n in none if n.key.startswith(_UNREPORTED)]
    dead_only = [
        n
        for n in none
        if n not in unreported and any(w in n.key for w in _NO_DEAD_WORDS) and not any(w in n.key for w in _HURT)
    ]
    if dead_only and fatalities is None:
        # "إصابة شخصين، من دون وقوع قتلى": no dead, stated outright; the wounded as counted
        fatalities = 0
        spans = counted or [(dead_only[0].start, dead_only[0].end)]
    elif none and fatalities is None and injuries is None:
        if len(unreported) == len(none):
            # "ولم ترد أنباء عن وقوع إصابات": none reported is not none
            return None, None, view.raw_text(view.raw_span(none[0].start, none[0].end))
        # "دون وقوع إصابات": nobody was hurt, stated outright
        return 0, 0, view.raw_text(view.raw_span(none[0].start, none[0].end))
    if not spans:
        return None, None, ""
    a = min(x for x, _ in spans)
    b = max(y for _, y in spans)
    return fatalities, injuries, view.raw_text(view.raw_span(a, b))


# ---------------------------------------------------------------- the stage


@dataclass(slots=True)
class Context:
    """What carries from one sentence to the next."""

    source: Source = OUTLET_OWN
    told_own: bool = False  # the last sentence that told an event told it with no report of its own
    places: tuple[Mention, ...] = ()
    dateline: tuple[Mention, ...] = ()  # the city of the body's dateline ("غزة - ..."), for a sentence naming none
    paragraph_end: int = -1
    home: str | None = None  # ISO3 of the country the story happens in
    told: set[str] = field(default_factory=set)  # PLOVER types the story has already told
    told_ahead: set[str] = field(default_factory=set)  # ... of which one was told as still to come (planned)
    held_at: Hit[Trigger] | None = None  # the told protest an arrest of this sentence was made at
    told_places: set[str] = field(default_factory=set)  # ids of the places of events told so far
    named: list[Participant] = field(default_factory=list)  # named actors so far, for "الحزب" and the like
    upcoming: tuple[Mention, ...] = ()  # facilities named in the next few sentences
    participants: list[Participant] = field(default_factory=list)  # those of the current sentence
    last_date: DateOf | None = None  # the date of the story's last dated event (or of a tally: found_in "tally")
    event_date: DateOf | None = None  # the date of the story's last event told
    doers: dict[str, Participant] = field(default_factory=dict)  # the last doer of each event type
    # the day and places of the last event of each type, for "خلال الوقفة"، "خلال الزيارة"
    last_of: dict[str, tuple[DateOf | None, tuple[Mention, ...]]] = field(default_factory=dict)
    sides: tuple[Participant, Participant] | None = None  # the two sides of the last meeting or deal told
    # the last forces named with whose they are ("القوات الإسرائيلية"), for a bare "القوات" after them in the paragraph
    forces: Participant | None = None
    town: Mention | None = None  # the last town told, for "المدينة" named again by its kind alone
    # the last place named after each kind word ("مدينة تعز"، "قضاء الزبير"), for "جنوب غربي المدينة"، "في القضاء ذاته"
    by_kind: dict[str, Mention] = field(default_factory=dict)
    # the last site named with each kind word ("منفذ رأس جدير"، "مضيق هرمز"), for "محيط المنفذ"، "إلى المضيق"
    sites: dict[str, Mention] = field(default_factory=dict)
    # the day and places of the last ship seized or hit told, for "أطلقت النار على الناقلة" denied later
    vessel: tuple[DateOf, tuple[Mention, ...]] | None = None
    fought: tuple[Participant, Participant] | None = None  # the two sides of the last clash told ("بين الكتيبتين")
    incidents: list[tuple[Mention, ...]] = field(default_factory=list)  # the places of each attack told, in order
    # the day of the first event of each type told at each known place, for a denial of it ("نفت ... أن تكون قد قصفت")
    first_at: dict[tuple[str, str], DateOf] = field(default_factory=dict)
    # the day of the last abduction told and its sentence (folded), for a denial of holding the one taken
    abduction: tuple[DateOf, str] | None = None
    # the day of the first accusation whose words name each known place ("اتهمت ... الجيش بقصف السوق في مدينة
    # مليط"), for a denial of the deed there (probe74)
    accused_at: dict[str, DateOf] = field(default_factory=dict)


_SINCE = re.compile(r"(?<!\w)(?:و?منذ|و?خلال (?:" + _alt("since_periods") + r"))(?!\w)")
# "لأكثر من عشرين هجوماً": the count may stand behind a proclitic
_MANY = re.compile(r"(?<!\w)[وفلب]?(?:" + _alt("many") + r")(?!\w)")
# "وتشهد منذ أشهر معارك متواصلة": fighting that goes on over the period; not "منذ ساعات الصباح"
_ONGOING = re.compile(r"(?<!\w)(?:" + _alt("ongoing") + r")(?:ه|ة|ا)?(?!\w)")
_SHORT_SINCE = re.compile(r"(?<!\w)و?منذ (?:" + _alt("short_since") + ")")
# An event told as having happened this long before publication is background, not news.
BACKGROUND_DAYS = 45


def _build_up(view: SentenceView) -> bool:
    """ "حشدت إثيوبيا، خلال الأيام الماضية، آلاف الجنود": a build-up over some days counts the troops, not events; it
    is one mobilization told at week or month precision (a toll, a sweep over a region or a standing state still sum;
    probe100)."""
    folded = view.folded.text
    return (
        all(h.values[0].plover == "MOBILIZE" for h in view.triggers)
        and "خلال" in folded
        and _TOLL.search(folded) is None
        and not _standing(folded)
        and not _tally_since_start(view)
        and not (any(w in folded for w in _ACROSS_WORDS) and _ACROSS.search(folded))
    )


def _is_aggregate(view: SentenceView) -> bool:
    """ "منذ منتصف أكتوبر، استهدفت عشرات الهجمات": a tally over a long period, not an event."""
    if view.aggregate is None:
        view.aggregate = _tallies(_before_pointing(view)) or _tally_since_start(view) or _standing(view.folded.text)
    return view.aggregate


# "، مشيرة إلى أن"، "، لافتاً إلى أن"، "، موضحة أن": what a speaker adds after the deed the sentence tells (folded)
_POINTING_AFTER_COMMA = re.compile(r"[،,] *(?:مشير|لافت|موضح)(?:ا|ه|ة|ين)? +(?:الي +)?ان(?!\w)")


def _before_pointing(view: SentenceView) -> str:
    """The sentence up to a pointing participle after a comma when an event word stands before it: "ودعت الوزارة
    المزارعين إلى ...، مشيرة إلى أن الاعتداءات منذ بداية الموسم طالت أكثر من 4 آلاف شجرة" tells the call; the
    tally the speaker adds is background that sums no event of the sentence's own (art5)."""
    folded = view.folded.text
    if "،" not in folded and "," not in folded:
        return folded
    pointer = _POINTING_AFTER_COMMA.search(folded)
    if pointer is None or not any(h.end <= pointer.start() for h in view.triggers):
        return folded
    return folded[: pointer.start()]


# "منذ سنوات"، "منذ أكثر من 15 عاماً"، "منذ منتصف مارس"، "منذ عام 2021": since long ago
_LONG_SINCE = re.compile(
    r"(?<!\w)منذ\s+(?:(?:اكثر\s+من|نحو|قرابه|حوالي)\s+)?(?:[^\s]+\s+)?(?:"
    + _alt("long_since")
    + r"|(?:19|20)\d\d(?!\d)|"
    + alternation(lexicon().gregorian_months)
    + ")"
)
_PRESENT_OPENING = re.compile(r"^\W*[وف]?[يت][^\W\d_]{2,}(?!\w)")


# each word's final ه also matches ة (the folded text keeps ة: "بين فترة وأخرى")
_HABITUAL = re.compile(
    r"(?<!\w)(?:"
    + "|".join(" ".join(re.sub(r"ه$", "[هة]", re.escape(x)) for x in w.split()) for w in _WORDS.words("habitual"))
    + r")(?!\w)"
)


_STANDING_OPENER = re.compile(
    r"^\W*[وف]?(?:" + "|".join(re.escape(fold_text(w)) for w in _WORDS.words("standing_openers")) + r")(?!\w)"
)


def _standing(folded: str) -> bool:
    """ "ويتهم العراق تركيا منذ سنوات بخفض حصته المائية": a present verb opening the sentence and "since long ago"
    tell a state of things, no event (not "أعنف هجوم منذ سنوات", nor "منذ أمس"); so do a present verb opening it and
    how often things happen ("وتشهد الزاوية بين حين وآخر اشتباكات"، "ويشهد الأردن احتجاجات شبه يومية"; probe84)."""
    if _PRESENT_OPENING.match(folded) is not None and _HABITUAL.search(folded) is not None:
        return True
    if _STANDING_OPENER.match(folded) is not None:
        return True  # "ومن المعروف أن الجزائر ترفض"، "ودأبت الجماعة على تهديد الملاحة" (probe93)
    if "منذ" not in folded:
        return False  # (nor is it in the part before the grievance)
    folded = _before_grievance(folded)
    return (
        "منذ" in folded
        and _PRESENT_OPENING.match(folded) is not None
        and _LONG_SINCE.search(folded) is not None
        and _FIRST.search(folded) is None
    )


_SINCE_START = re.compile(r"(?<!\w)و?منذ (?:ال)?(?:" + _alt("since_start") + r")(?!\w)")
_FIRST = re.compile(r"(?<!\w)[وفل]?(?:" + _alt("firsts") + r")(?!\w)")


def _tally_since_start(view: SentenceView) -> bool:
    """ "قتلت قواته تسعة مسلحين منذ بدء العملية": a count at most 25 characters before "since the start of"."""
    folded = view.folded.text
    if "منذ" not in folded:
        return False
    since = _SINCE_START.search(folded)
    if since is None or _FIRST.search(folded):
        return False
    ends = [m.end() for m in _DIGITS.finditer(folded, 0, since.start())]
    ends += [h.end for h in view.cues_of("number") if h.end <= since.start()]
    if any(since.start() - end <= 25 for end in ends):
        return True
    # "أن 12 من مراقبي الأمم المتحدة قتلوا أو أصيبوا منذ بدء الهجوم": the count stands before its verb, the verb
    # right before "since the start of"
    tolled = [h for h in view.cues_of("killed", "injured") if h.end <= since.start() and since.start() - h.end <= 25]
    if any(end <= h.start for h in tolled for end in ends):
        return True
    # "قُتل 42 فلسطينياً في غارات إسرائيلية على قطاع غزة منذ بدء الحرب": a casualty verb opening the sentence, its
    # count after it, and "since the start of" at the clause's end sum the dead of the whole war
    opening = next(iter(view.cues_of("killed", "injured")), None)
    return (
        opening is not None
        and _BARE_OPENING.fullmatch(folded[: opening.word_start]) is not None
        and any(opening.end <= end <= since.start() for end in ends)
        and not _CLAUSE_BREAK_BEFORE.search(folded, opening.end, since.start())
    )


_CLAUSE_BREAK_BEFORE = re.compile(r"[.؛;،,]")  # (a comma may open another clause: "، وهو الهجوم الثاني منذ")


def _before_grievance(folded: str) -> str:
    """The sentence up to what its protest demands or decries ("للمطالبة بصرف أجورهم المتأخرة منذ خمسة أشهر"،
    "احتجاجاً على اعتقالهم منذ أسابيع"): a period named there dates the grievance, it sums no events."""
    found = _GATHERING_PURPOSE.search(folded)
    folded = folded if found is None else folded[: found.start()]
    # ... or what a demand after a comma asks for ("، مطالباً بالإفراج عنهم وعن عشرات المحتجزين منذ عام")
    asked = _DEMAND_AFTER_COMMA.search(folded)
    return folded if asked is None else folded[: asked.start()]


_DEMAND_AFTER_COMMA = re.compile(r"[،,] *(?:مطالب|داعي)(?:ا|ه|ة|ين)(?!\w)")


def _tallies(folded: str) -> bool:
    if any(w in folded for w in _ACROSS_WORDS) and _ACROSS.search(folded):
        return True  # "اعتقل 40 مطلوباً في أنحاء الضفة الغربية": a night's sweep summed over a region
    if "مستشفيات" in folded and _HOSPITAL_TALLY.search(folded):
        return True  # "42 شهيداً وصلوا إلى مستشفيات القطاع خلال الساعات الـ24 الماضية": a day's count
    if "ساع" in folded and _LAST_DAY.search(folded) and (_MANY.search(folded) or _TOLL.search(folded)):
        return True  # "قتل 21 وجرح عشرات في هجمات وتفجيرات في الساعات الـ24 الماضية": a day's count over a city
    if "منذ" not in folded and "خلال" not in folded:
        return False  # (nor are they in the part before the grievance)
    folded = _before_grievance(folded)
    # _SINCE needs one of these words: most sentences have neither
    if ("منذ" not in folded and "خلال" not in folded) or not _SINCE.search(folded):
        return False
    # "تظاهر عشرات المواطنين منذ صباح اليوم": a short "since" sums nothing, a count is a crowd's (probe57)
    # ... nor does one right after a first ("للمرة الأولى منذ أشهر"، "أعنف هجوم منذ سنوات": it dates the first;
    # probe63)
    if not any(
        _SHORT_SINCE.match(folded, m.start()) is None and not _first_before(folded, m.start())
        for m in _SINCE.finditer(folded)
    ):
        return False
    if _MANY.search(folded) or _TOLL.search(folded):
        return True
    # "للمرة الأولى منذ عام 2016" dates a first, it does not tally; "ارتفعت حصيلة القتلى منذ اندلاع
    # المواجهات" sums them
    return _ONGOING.search(folded) is not None and _SHORT_SINCE.search(folded) is None


def _first_before(folded: str, at: int) -> bool:
    """A first ("للمرة الأولى"، "الأول من نوعه") among the two words before `at`, in the same clause (not a superlative:
    "في أعنف موجة منذ بدء الضربات" still tells a series of strikes)."""
    before = folded[max(0, at - 40) : at]
    words = re.split(r"\s+", before.strip())[-2:]
    return not re.search(r"[،,.؛]", " ".join(words)) and any(w in _FIRST_ORDINALS for w in words)


_FIRST_ORDINALS = frozenset(("اول", "اولي", "الاول", "الاولي"))


_ACROSS = re.compile(r"(?<!\w)[وفب]?(?:" + _alt("across") + r")(?!\w)")
_ACROSS_WORDS = _needles("across")
# "في الساعات الـ24 الماضية"، "خلال الـ24 ساعة الماضية": the last day, over which a tally is summed
_LAST_DAY = re.compile(
    r"(?<!\w)(?:في|خلال) +(?:(?:ال)?ساعات +(?:ال *ـ* *)?(?:24|الاربع والعشرين) +(?:ال)?ماضي[هة]|"
    r"(?:ال *ـ* *)?(?:24|الاربع والعشرين) +ساع[هة] +(?:ال)?ماضي[هة])"
)
_HOSPITAL_TALLY = re.compile(r"(?<!\w)[وف]?(?:" + _alt("hospital_tally") + r")(?!\w)")
_TOLL = re.compile(r"(?<!\w)(?:ال)?(?:" + _alt("toll") + r")(?!\w)")
_TOLL_NEEDLES = _needles("toll")


def _modality(view: SentenceView, hit: Hit[Trigger], source: Source) -> str:
    if source.kind == "perpetrator_claim":
        return "claimed"
    before = view.folded.text[: hit.word_start]
    prev = view.previous_word(hit.word_start)
    denials = [h for h in view.cues_of("denied") if h.word_end <= hit.word_start]
    if denials and _joined_clause(view, hit, denials[-1].word_end):
        denials = []  # "ونفت قسد الاتهامات، واتهمت الفصائل": a verb of its own after a comma and و is asserted
    if denials or prev in ("لم", "لن"):
        return "denied"
    if prev in _ANY and any(h.word_end <= hit.word_start for h in view.cues_of("negation")):
        return "denied"  # "ولم تشر المراجع لأي زيارة له": no such event, the sentence says
    if hit.start == hit.word_start and hit.values[0].plover in _SAID_OR_DONE:
        # "لم أوجه دعوة إليه"، "لم يعقد أي اجتماع": the noun of a light verb after لم/لن was not done either
        two = view.words_before(hit.word_start, 30, 2)
        verb_between = any(h.end <= hit.word_start and hit.word_start - h.end < 15 for h in view.triggers)
        if len(two) == 2 and two[0] in ("لم", "ولم", "لن", "ولن") and not verb_between:
            return "denied"
    word = view.folded.text[hit.word_start : hit.word_end]
    # قد + present verb is "may"; قد + past verb ("كانت قد قصفت") states a fact
    may = (
        (_MAY_BARE.search(before) and word[:1] in "يتن" and not _PAST_T_FORM.fullmatch(word.split(" ")[0]))
        or _MAY_VERB.search(before)
        or _MAY_VERB_SUBJECT.search(before[-60:])
        or _CAN.search(before[-30:])
    ) and not _WAS_THEN_MAY.search(before[-140:])
    # ... and a noun subject the may-verb follows ("إن قافلة ثانية قد تتوجه إلى الفاشر"; probe77)
    may = may or (_is_noun(view, hit) and _MAY_AFTER.match(view.folded.text, hit.end) is not None)
    conditions = [h for h in view.cues_of("hypothetical") if not _is_state(view, h)]
    if may or any(h.word_end <= hit.word_start for h in conditions):
        return "hypothetical"
    if hit.values[0].plover in _SAID_OR_DONE and hit.word_start > 0:
        # "لا تعتزم عقد اجتماع طارئ": what is not meant to be done; "يجب على الولايات المتحدة أن تنسق"، "تفكر في
        # إجراء محادثات": what ought to be, or is thought of (close before the word: a clause of its own)
        if _NO_INTENT.search(before[-40:]):
            return "denied"
        # (not past the comma a participle opens its clause with: "إن الحرب طالت أكثر مما ينبغي، متهماً أبوظبي";
        # probe93)
        if (_OUGHT.search(before[-50:]) or _OUGHT_THAT.search(before[-150:])) and not _AFTER_COMMA.search(before):
            return "hypothetical"
    if hit.values[0].plover in ("RETREAT", "MOBILIZE") and _OUGHT.search(before[-50:]):
        return "hypothetical"  # "من الضروري أن يتم الانسحاب الإسرائيلي": a withdrawal called for, not made
    conditional_after = any(h.start >= hit.end for h in conditions)
    prefix = view.folded.text[hit.word_start : hit.start]
    planned = prefix.endswith("س") or any(h.word_end <= hit.word_start for h in view.cues_of("planned"))
    # "قررت أسر المعتقلين خوض اعتصام مفتوح"، "قرر المعلمون الدخول في إضراب": a protest decided is still to come
    # (the decision may govern a second verbal noun joined by و, far after it, but not past a comma)
    decided = hit.values[0].plover == "PROTEST" and _DECIDED.search(re.split("[،,.:؛]", before[-120:])[-1]) is not None
    # "الجولة المقبلة من المحادثات"، "المحادثات بين إيران والولايات المتحدة ستعقد في روما": talks still to come
    # (probe58)
    planned = planned or (
        hit.values[0].plover == "CONSULT"
        and (
            _NEXT_ROUND.search(before[-40:]) is not None
            or (
                _is_noun(view, hit)
                and _HELD_LATER.match(re.split("[،,.:؛]", view.folded.text[hit.word_end :] + ".")[0]) is not None
            )
        )
    )
    if planned or decided or has_future_cue(before[-60:]):
        # "سيلتقي ... في حال التوصل إلى صفقة": a plan on a condition; but one a plan word states ("من المقرر أن تعبر
        # قافلة ثانية الحاجز غداً إذا سمحت الظروف"، "تعتزم إرسال قافلة ... في حال سمحت السلطات") is planned, the
        # condition only what could stop it, as the gold sets code it (probe77)
        stated = any(h.word_end <= hit.word_start for h in view.cues_of("planned"))
        return "hypothetical" if conditional_after and not stated else "planned"
    return "asserted"


# (folded) "الجولة المقبلة من"، "الاجتماع القادم": a round or meeting still ahead, right before the talks word
_NEXT_ROUND = re.compile(
    r"(?<!\w)(?:ال)?(?:جوله|اجتماع|لقاء|قمه|جلسه)\s+(?:المقبله|القادمه|المقبل|القادم)(?:\s+من)?\s*$"
)
# ... or a verb of holding in the future a few words after it ("المحادثات بين البلدين ستعقد في روما")
_HELD_LATER = re.compile(r"^(?:\s+[^\W\d_]+){0,5}?\s+[وف]?(?:ست|سي)(?:عقد|جري|ستانف|نطلق|بدا)[^\W\d_]*(?!\w)")


# a present verb, a و or ف before it (يعقد، ويعقد)
_PRESENT_TENSE = re.compile(r"[وف]?[يتن][^\W\d_]{2,}(?![^\W\d_])")


def _holds_day(when: DateOf, day: date) -> bool:
    """Whether a week, month or year date spans `day`: "مطلع الشهر الجاري" (the 15th by convention) told on the
    12th is not ahead of it."""
    value = when.value
    if when.precision == "week":
        return value - timedelta(days=value.weekday()) <= day
    if when.precision == "month":
        return (value.year, value.month) == (day.year, day.month)
    return when.precision == "year" and value.year == day.year


def _denied_charges(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """An accusation noun right after a denial verb, its object ("نفت الوزارة الاتهامات"، "ونفى الاتهام")."""
    if not _is_noun(view, hit):
        return False
    return any(
        d.word_end <= hit.word_start and len(view.folded.text[d.word_end : hit.word_start].split()) <= 4
        for d in view.cues_of("denied")
    )


def _joined_clause(view: SentenceView, hit: Hit[Trigger], since: int) -> bool:
    """Whether the trigger is a verb that opens a clause of its own, after a comma and و, past `since`."""
    text = view.folded.text
    if hit.key in _COMMA_PARTICIPLES and hit.start == hit.word_start:
        # "نفت الوزارة الاتهامات المصرية، متهمةً القاهرة بعرقلة المحادثات": the participle after a comma is
        # the denier's own deed, asserted (art4)
        return bool(re.search(r"[،,]\s*$", text[since : hit.word_start]))
    if text[hit.word_start : hit.start] not in ("و", "ف") or _is_noun(view, hit):
        return False
    return bool(re.search(r"[،,]\s*$", text[since : hit.word_start]))


_STATES = frozenset(fold_text(w) for w in _WORDS.words("states"))
_SAID_OR_DONE = frozenset(
    {
        "CONSULT",
        "COOPERATE",
        "AGREE",
        "AID",
        "SUPPORT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "CONCEDE",
        "PROTEST",
        "SANCTION",
    }
)
_OUGHT = re.compile(r"(?<!\w)[وف]?(?:" + _alt("ought") + r")(?!\w)")
# "ضرورة أن تقدم المعاهد الدينية وكليات اللغة العربية مساعدات": the whole أن clause is what ought to be (up to a
# comma or a stop), however long its subject (real41)
_AFTER_COMMA = re.compile(r"[،,] *$")
_OUGHT_THAT = re.compile(r"(?<!\w)(?:ضرورة|ضروره|الضروري) +ان(?!\w)[^،,.؛:]*$")
_DECIDED = re.compile(r"(?<!\w)[وف]?(?:قرر|قررت|قرروا|قررتا|تقرر)(?!\w)")
_NO_INTENT = re.compile(r"(?<!\w)[وف]?(?:لا|لم|لن) +[يت](?:عتزم|عتزمون|نوي|نوون)(?!\w)")


def _is_state(view: SentenceView, cue: Hit[Cue]) -> bool:
    """ "أحدهم في حالة خطرة"، "في حالة تلبس": a state someone is in, not "in case of"."""
    if not cue.key.endswith("حاله"):
        return False
    nxt = _NEXT_WORD.match(view.folded.text, cue.word_end)
    return nxt is not None and fold_text(nxt.group(1)) in _STATES


_NEUTRALISED = frozenset({"حيد", "حيدت", "حيدوا", "حيدا", "حيدنا"})  # triggers.yaml killing: "حيّد" (killed or captured)
_ROUGH_PROTESTS = frozenset({"protest_intervention", "violent_demonstration"})  # triggers.yaml ids
_TOLL_TRIGGERS = frozenset({"killing", "injury"})  # the weak casualty words of triggers.yaml
_CLASH_TRIGGERS = frozenset({"armed_clash", "clash_weak", "ambush"})
# "مواجهات" alone is as often stones against soldiers or police as a fight between armed sides
_SCUFFLES = frozenset(fold_text(w) for w in _WORDS.words("scuffles"))


def _weapon_destroyed(view: SentenceView, hit: Hit[Trigger]) -> str | None:
    """ "دمّر صاروخان أطلقتهما طائرة حربية مبنى الطوارئ"، "دمرت قذيفة منزلاً": destruction a weapon in its clause
    wrought is remote violence; the weapon's ACLED sub-type, if so."""
    if hit.values[0].id != "property_destruction_weak":
        return None
    a, b = _clause_of(view, view.raw_start(hit.start, hit.end))
    weapons = [h for h in view.cues if a <= h.start and h.end <= b and any(v.category == "weapon" for v in h.values)]
    kinds = {str(value_of(h, "weapon")) for h in weapons}
    if not kinds:
        return None
    if _AIR_STRIKE in kinds:
        return _AIR_STRIKE  # "صاروخان أطلقتهما طائرة حربية": aircraft fire missiles
    return str(value_of(min(weapons, key=lambda h: abs(h.start - hit.start)), "weapon"))


_AIR_STRIKE = "Air/drone strike"
# "دفعت رئاسة الأركان بتعزيزات إلى القطرون وأم الأرانب": forces sent to two towns are a deployment at each, as an
# ACLED event at several places is one per place (other events with no ACLED kind list all their places in one)
# (places joined by و only: "دخل رتل عبر معبر كفرلوسين واتجه نحو ريف إدلب" is one move along a route)
_SPLIT_PLOVERS = frozenset({"MOBILIZE"})
_EXPLOSIONS = "Explosions/Remote violence"
# the verb of a raid (أغار), air or ground by its subject (folded)
_RAID_VERBS = frozenset(_WORDS.words("raid_verbs"))


def _ground_raid(view: SentenceView, hit: Hit[Trigger], clause: tuple[int, int], actor1: Participant | None) -> bool:
    """ "أغار مسلحون على قرية": the raid verb with an armed group or civilians as the doer and no aircraft or drone
    named in its clause is a raid on the ground, not an air strike (an army's "أغارت طائراتنا" names the aircraft)."""
    if hit.key not in _RAID_VERBS or actor1 is None or actor1.role not in ("armed_group", "civilians"):
        return False
    return not any(
        clause[0] <= h.start and h.end <= clause[1] and any(v.category == "weapon" for v in h.values) for h in view.cues
    )


def _chemical_site(view: SentenceView, cue: Hit[Cue]) -> bool:
    """ "مواقع تضم مخزوناً من الأسلحة الكيميائية"، "منظمة حظر الأسلحة الكيميائية": a chemical weapon word up to
    four words after a word of where such arms are kept, made or banned names no gas the attack used."""
    before = view.folded.text[max(0, cue.start - 50) : cue.start].split()[-4:]
    for word in before:
        word = word.replace("ة", "ه")
        if word in _CHEMICAL_SITES or re.sub(r"^[وفبل]?(?:ال|ل)?", "", word) in _CHEMICAL_SITES:
            return True
    return False


_CHEMICAL = "Chemical weapon"
_CHEMICAL_SITES = frozenset(fold_text(w) for w in _WORDS.words("chemical_sites"))


def _acled(view: SentenceView, hit: Hit[Trigger], clause: tuple[int, int]) -> tuple[str, str] | None:
    trigger = hit.values[0]
    acled = trigger.acled
    weapon = _weapon_destroyed(view, hit)
    if weapon is not None:
        return ("Explosions/Remote violence", weapon)
    if acled is None and trigger.plover == "RETREAT":
        # "انسحبت قوات الدعم السريع من المدينة ودخلتها وحدات من الجيش دون قتال": the ground changed hands
        handed = [h for h in view.triggers if h.start > hit.end and h.values[0].id == _HANDOVER]
        return handed[0].values[0].acled if handed else None
    if acled is None or trigger.plover != "ASSAULT":
        return acled
    inside = [h for h in view.cues if clause[0] <= h.start and h.end <= clause[1]]
    if acled[0] != "Strategic developments" and any(
        str(value_of(h, "weapon")) == _CHEMICAL and not _chemical_site(view, h) for h in inside
    ):
        # "قصف بلدة اللطامنة بقذائف محملة بغاز الكلور": shells or rockets that carry gas make the attack a chemical one
        # (not a strike on where such arms are kept or made: "غارات على مواقع للأسلحة الكيميائية")
        return ("Explosions/Remote violence", _CHEMICAL)
    weapon_named = any(v.category == "weapon" for h in inside for v in h.values)
    # "فككت الفرق الهندسية، اليوم الأحد، عبوتين ناسفتين": the verb may stand before a time aside, in the
    # clause before, with no other event word between
    stopped = [
        h
        for h in view.cues
        if (clause[0] <= h.start and h.end <= clause[1])
        or (h.end <= hit.start <= h.end + 50 and not any(h.end <= t.start < hit.start for t in view.triggers))
    ]
    if weapon_named and any(v.category == "interception" for h in stopped for v in h.values):
        return ("Strategic developments", "Disrupted weapons use")
    if trigger.id in _TOLL_TRIGGERS and any(
        clause[0] <= h.start and h.end <= clause[1] and h.values[0].id in _CLASH_TRIGGERS and h.key not in _SCUFFLES
        for h in view.triggers
    ):
        # "مقتل اثنين من مقاتليها في اشتباك مع قوات الاحتلال": the dead fell in a clash
        return ("Battles", "Armed clash")
    took = _TOOK_CONTROL.search(view.folded.text, hit.end) if trigger.id in _CLASH_TRIGGERS else None
    if took is not None and (took.end() <= clause[1] or took.group(1)):
        # "اشتباكات تمكن خلالها مسلحو العشائر من السيطرة على نقاط": the clash changed who holds ground (the
        # caller tells a state's regaining from a non-state actor's taking by the doer)
        return ("Battles", "Non-state actor overtakes territory")
    if trigger.id in _GROUND_ATTACK and any(
        h.start > hit.end
        and h.values[0].id in _CLASH_TRIGGERS
        and h.key not in _SCUFFLES
        and not _NO_CLASH.search(view.folded.text, max(0, h.word_start - 20), h.word_start)
        for h in view.triggers
    ):
        # "هجوم شنته حركة الشباب على قاعدة ... بدأ بتفجير سيارة مفخخة أعقبته اشتباكات": a complex attack whose blast
        # opened a fight is a battle, whatever weapon opened it
        return ("Battles", "Armed clash")
    if trigger.id in _GROUND_ATTACK and _SMALL_ARMS.search(
        view.folded.text, hit.start, max(clause[1], min(len(view.folded.text), hit.end + 150))
    ):
        # "هاجم مسلحون حاجزاً ... بالأسلحة الرشاشة والقذائف الصاروخية": a ground attack fought with small arms is a
        # clash, whatever launcher they also fired (probe74)
        return acled
    if acled[1] != _AIR_STRIKE and _fired_from_the_air(view, hit, inside):
        return ("Explosions/Remote violence", _AIR_STRIKE)
    if trigger.weapon_sensitive:
        for scope in (inside, view.cues):
            weapons = [
                h
                for h in scope
                if any(v.category == "weapon" for v in h.values)
                and (str(value_of(h, "weapon")) != _CHEMICAL or not _chemical_site(view, h))
                and not _weapon_aimed_at(view, h)
            ]
            # "برصاص زوارق حربية إسرائيلية": the boats (or tanks) fired bullets, gunfire, no shelling
            if any(_BULLETS_OF.search(view.folded.text, max(0, h.word_start - 12), h.word_start) for h in weapons):
                return acled
            if weapons:
                nearest = min(weapons, key=lambda h: abs(h.start - hit.start))
                return ("Explosions/Remote violence", str(value_of(nearest, "weapon")))
    if trigger.id == "explosion" and _MERCHANT_VESSEL.search(view.folded.text):
        # "سفينة تجارية أبلغت عن انفجار على مقربة منها": a blast at a ship, no device named, is a missile's (no one
        # plants a roadside bomb at sea; the gold sets code these so; probe77)
        return ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    return acled


_LAUNCH_VERBS = frozenset(fold_text(w) for w in _WORDS.words("launch_verbs"))


def _fired_from_the_air(view: SentenceView, hit: Hit[Trigger], weapons: Sequence[Hit[Cue]]) -> bool:
    """ "طائرة مسيّرة إسرائيلية أطلقت صاروخاً على تجمع للمواطنين": a missile an aircraft or a drone in the clause
    launches is an air/drone strike, not a shelling (the launch verb is the trigger's first word; an aircraft past
    the missile is its target: "أطلقوا صواريخ على طائرة مسيرة")."""
    first = view.folded.text[hit.word_start : hit.end].split(maxsplit=1)
    return (
        bool(first)
        and first[0] in _LAUNCH_VERBS
        and any(str(value_of(h, "weapon")) == _AIR_STRIKE and h.end < hit.end for h in weapons)
    )


_SMALL_ARMS = re.compile(r"(?<!\w)[وب]?(?:" + _alt("small_arms") + r")(?!\w)")
_NO_CLASH = re.compile(
    r"(?<!\w)(?:[وف]?لم +[^\s]+|[وب]?دون|بلا|[وف]?لا +[^\s]+) +$"
)  # "ولم تقع اشتباكات"، "دون اشتباكات"
_BULLETS_OF = re.compile(r"(?<!\w)[وب]?(?:ال)?رصاص +$")  # "برصاص" right before a weapon: it shot bullets


# "تمكن خلالها المسلحون من السيطرة على": managed to take control (bare "السيطرة على" is also control of a fire);
# past the clash's own clause only with "خلالها" (during it)
_TOOK_CONTROL = re.compile(
    r"(?<!\w)[وف]?(?:تمكن|تمكنت|تمكنوا|تمكنا|استطاع|استطاعت|استطاعوا)( خلالها| خلاله)?"
    r"(?: [^\W_]+){0,4} من (?:بسط )?السيطر[هة] علي(?!\w)"
)


# The attack words whose ACLED type the two sides decide (a ground attack or a killing, no weapon named).
_GROUND_ATTACK = frozenset({"attack_generic"})
# ... and sniping: "قُتل عنصر من هيئة تحرير الشام برصاص قناص من قوات النظام" is fighting between armed sides (probe50)
_KILLING = frozenset({"killing", "shooting", "injury", "sniping"})


# "أطلقوا النار على القوة"، "على دورية للشرطة": the shooting's object right after it is a force (folded)
_ON_FORCE = re.compile(r" *علي +(?:" + _alt("fired_on_forces") + r")(?!\w)")


def _fired_on_force(
    view: SentenceView,
    hit: Hit[Trigger],
    acled: tuple[str, str] | None,
    actor1: Participant | None,
    actor2: Participant | None,
) -> bool:
    """A shooting whose sides read as a force and protesters, but whose object right after it is a force: the
    force was fired on (by men the sides do not name), the protesters only stand further on."""
    if acled != ("Violence against civilians", "Attack") or hit.values[0].id not in _KILLING:
        return False
    if actor1 is None or actor1.role not in ("police", "military") or actor2 is None or actor2.role != "protesters":
        return False
    return _ON_FORCE.match(view.folded.text, hit.end) is not None


def _by_sides(
    trigger: str, acled: tuple[str, str] | None, actor1: Participant | None, actor2: Participant | None
) -> tuple[str, str] | None:
    """ "هاجم مستوطنون قرية ... وأصابوا ثلاثة مواطنين": a ground attack on civilians is Violence against
    civilians; "قتل الجيش 20 عنصراً من حركة الشباب": armed men killed by an armed side fell in a battle;
    "أطلقت القوات الأمنية الرصاص الحي على المتظاهرين": a state force firing on protesters is excessive force;
    a peaceful protest that a force broke up is a protest with intervention; a crowd of civilians attacking is mob
    violence."""
    if acled == ("Protests", "Peaceful protest") and actor2 is not None and actor2.role in _STATE_ROLES:
        return ("Protests", "Protest with intervention")  # "فرّقت قوات مكافحة الشغب تظاهرة"
    armed = any(p is not None and p.role == "armed_group" for p in (actor1, actor2))
    if acled is None and trigger == "agree_general" and armed:
        # "توصلت الحكومة والحوثيون إلى تفاهم": an understanding with an armed side is one ACLED records (ACLED's
        # Agreement covers deals between conflict actors; trade and cooperation between states stay uncoded)
        return ("Strategic developments", "Agreement")
    if acled == ("Battles", "Armed clash") and trigger in _GROUND_ATTACK:
        if actor1 is not None and actor1.role == "civilians" and not actor1.named:
            # "هاجم عدد من سكان المنطقة مهاجرين بالعصي والحجارة": an unarmed crowd attacking is mob violence
            return ("Riots", "Mob violence")
        if actor2 is not None and actor2.role == "civilians" and (actor1 is None or actor1.role != "civilians"):
            return ("Violence against civilians", "Attack")
        settlers = actor1 is not None and fold_text(actor1.text).removeprefix("ال").startswith(_SETTLER)
        if settlers and (actor2 is None or actor2.role not in _ARMED_ROLES):
            # "هاجم مستوطنون بلدة ترمسعيا وأحرقوا مركبتين": settlers raiding a town attack its people
            return ("Violence against civilians", "Attack")
    elif acled == ("Violence against civilians", "Attack") and trigger in _KILLING and actor2 is not None:
        if actor2.role == "protesters" and actor1 is not None and actor1.role in _STATE_ROLES:
            return ("Protests", "Excessive force against protesters")
        armed = actor1 is not None and actor1.role in _ARMED_ROLES and actor2.role in _ARMED_ROLES
        if armed and not _same_side(actor1, actor2):  # type: ignore[arg-type]
            return ("Battles", "Armed clash")
    return acled


# "أن قوات الدرك فرقت المحتجين بالغاز، وأنها أوقفت 12 شخصاً": a second "that" clause whose subject is a pronoun,
# right before the verb (folded)
_SECOND_THAT = re.compile(r"[،,]? *و(?:ان|انّ|بان)(?:ها|ه|هم)$")
_FIRST_THAT = re.compile(r"(?<!\w)(?:ان|بان)(?!\w) *")


def _second_clause_subject(
    view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]
) -> Participant | None:
    """The subject of the first "أن" clause, when the trigger's verb opens a second one whose subject is only a
    pronoun ("، وأنها أوقفت"، "، وإنها ضبطت"; probe60): it is the side the first clause named, not the last side
    before the verb (the protesters dispersed, the cell raided)."""
    text = view.folded.text
    if not _SECOND_THAT.search(text[max(0, hit.word_start - 12) : hit.word_start].rstrip()):
        return None
    firsts = [m for m in _FIRST_THAT.finditer(text, 0, max(0, hit.word_start - 8))]
    if not firsts:
        return None
    at = view.raw_start(firsts[0].end(), firsts[0].end())
    subject = next((p for p in participants if p.span.start == at), None)
    if subject is not None:
        return subject
    word = _NEXT_WORD.match(text, firsts[0].end() - 1)
    if word is not None and word.group(1).endswith(("ها", "هم")):
        # "إن وحداتها داهمت ...، وإنها ضبطت": units named by the speaker's pronoun act for the speaker
        before = [p for p in participants if p.span.end <= view.raw_start(firsts[0].start(), firsts[0].start())]
        return before[-1] if before else None
    return None


# "مواجهات بين"، "مواجهات عنيفة بين": a clash word and the two sides it is between (folded)
# ... or a time aside between them ("اندلعت مواجهات، مساء أمس، بين"; probe79)
_CLASH_BETWEEN = re.compile(r"(?: [^\W_]+)? بين |[،,] *(?:[^\W_]+ +){1,3}?[^\W_]+ *[،,] *بين ")
_FORCES = frozenset({"القوات", "قوات", "والقوات"})
_PROPERTY_DESTRUCTION = ("Strategic developments", "Looting/property destruction")


def _forces_again(p: Participant | None, ctx: Context) -> Participant | None:
    if p is None or ctx.forces is None or p.named or fold_text(p.text) not in ("القوات", "والقوات"):
        return p
    return _but(p, country=ctx.forces.country, role=ctx.forces.role)


_SETTLER = "مستوطن"  # "مستوطنون"، "المستوطنين" (folded, without the article)
_RIOT_WORDS = _taa_spellings(fold_text(w) for w in _WORDS.words("riot_words"))


def _rioting(view: SentenceView) -> bool:
    """ "تظاهر المئات ... وأحرقوا الإطارات ورشقوا قوات الأمن بالحجارة": protesters' violence anywhere in the sentence
    (a riot trigger, or stones and fire bombs thrown) makes the protest a violent demonstration."""
    if any(
        (v.id == "violent_demonstration" or h.key in _SCUFFLES) and not _is_reference(view, h)
        for h in view.triggers
        for v in h.values
    ):  # ... or confrontations ("مواجهات بين شبان غاضبين ووحدات الأمن"); not "قوات مكافحة الشغب" (riot police)
        return True
    return any(w[2] in _RIOT_WORDS for w in view.words)


_NOUN_AFTER = frozenset({"جراء", "اثر", "عقب", "بسبب"})  # "because of", "after": a cause or what came before
_IN_WORDS = frozenset({"في", "خلال", "اثناء"})  # "in", "during"


def _is_noun(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A verbal noun ("استهداف"، "الغارة") rather than a verb ("استهدفت")."""
    key = (hit.start, hit.end, hit.word_start, hit.key)  # (all it reads of the hit)
    found = view.nouns.get(key)
    if found is None:
        found = view.nouns[key] = _reads_as_noun(view, hit)
    return found


def _reads_as_noun(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """_is_noun, asked the first time."""
    prefix = view.folded.text[hit.word_start : hit.start]
    word = hit.key.split(" ")[0]
    if prefix.endswith("ال") or prefix.startswith(("ب", "ل", "ك")) or prefix.endswith(("ب", "ل", "ك")):
        return True
    first = view.folded.text.find(" ", hit.start, hit.end)
    if view.raw_text(view.raw_span(hit.start, first if first > 0 else hit.end)).endswith("ة"):
        return True  # "غارة"، "ضربة": no verb ends in ta marbuta

    if not prefix and view.previous_word(hit.word_start) in _NOUN_AFTER | _IN_WORDS:
        return True  # "جراء قصف صاروخي"، "في غارات جوية": no verb follows a preposition
    if not prefix and view.previous_word(hit.word_start) in _KILLING_BEFORE:
        return True  # "قتل قصف إسرائيلي 16 فلسطينياً": the subject of a casualty verb, a strike
    if not prefix and view.previous_word(hit.word_start) in _AIM_BEFORE:
        return True  # "استهدف هجوم بطائرة مسيرة مدنيين": the subject of a verb of aim, an attack (probe55)
    if word.startswith("ت") and len(word) >= 5 and word[-2] == "ي":
        return True  # تفعيل: تنفيذ، تفجير
    if word.endswith("ه") and word.startswith(("است", "ا")) and len(word) >= 6:
        return True  # استعادة، إعادة: a verbal noun in ة
    if len(word) == 4 and word[2] == "ا" and word[0] not in "اتين":
        return True  # فعّال، فِعال: "قناص"، "حصار"، "قتال" (a past verb has no alif there; يقال، تنال are present)
    if word in _ACTIVE_KILLING:
        return False  # "اغتال": a hollow verb of the pattern افتعل, spelt like a verbal noun (اطلاق)
    if word.startswith("است") and len(word) == 6:
        return False  # "استعاد"، "استفاد": a hollow verb of the pattern استفعل (its noun ends in ة: استعادة)
    if len(word) == 5 and word[0] == "ا" and word[2] == "ت" and word[3] == "ا":
        return False  # "اجتاح"، "اقتاد": a hollow verb of the pattern افتعل (its noun takes ي: اجتياح)
    return word.startswith(("است", "اط", "اع", "ان", "ات", "ا")) and len(word) >= 5 and word[-2] == "ا"


# A trigger right after these words refers to an event told elsewhere ("بعد الهجوم", "تنديداً بالغارات",
# "وتأتي الضربات"), so it does not head the sentence.
_REFERENCE_BEFORE = frozenset(_WORDS.words("reference_before"))
_FLED_FROM = frozenset(_WORDS.words("fled_from"))
_TREND_BEFORE = frozenset(_WORDS.words("trend_before"))
_SUFFERED = frozenset(_WORDS.words("suffered"))
_SUFFERED_TOLD = frozenset(_WORDS.words("suffered_told"))


@lru_cache(maxsize=1 << 16)  # per word form, like the folding cache
def _unclitic(word: str) -> str:
    word = fold_text(word)
    return word[1:] if word[:1] in ("و", "ف") and word[1:] in _REFERENCE_BEFORE else word


def _is_subheading(doc: Document, view: SentenceView) -> bool:
    """A short line of its own with no closing stop ("استهداف 3 قواعد أميركية في العراق وسورية") heads the
    paragraph below, which tells the events."""
    text = view.text.rstrip()
    span = view.sentence.span
    alone = doc.raw[max(0, span.start - 1) : span.start] in ("", "\n") and doc.raw[span.end : span.end + 1] in (
        "",
        "\n",
        "\r",
    )
    if not alone or _CLOSING_STOP.search(text) or len(text.split()) >= 15:
        return False
    # a ticker's alert ("عاجل | انفجار في ..."، a caption, a one-line story) heads nothing: only a line with a
    # paragraph of prose below it is a subheading
    below = next((line.strip() for line in doc.raw[span.end :].splitlines() if line.strip()), "")
    return bool(_CLOSING_STOP.search(below)) or len(below.split()) >= 15


def _awaited(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "أثناء انتظارهم شاحنات المساعدات"، "بانتظار وصول المساعدات": aid that is awaited has not come."""
    before = [_unclitic(w) for w in view.words_before(hit.word_start, 30, 2)]
    return bool(before) and (before[-1] in _AWAITING or (before[-1] == "وصول" and before[0] in _AWAITING))


def _aid_attacked(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "قافلة مساعدات تعرضت لإطلاق نار"، "تعرضت قافلة إغاثة لقصف": the convoy underwent an attack; no aid is
    told."""
    if hit.values[0].plover != "AID":
        return False
    if _UNDERGOES_AFTER.match(view.folded.text, hit.end):
        return True
    return any(_UNDERGOES.fullmatch(w) for w in view.words_before(hit.word_start, 30, 2))  # "تعرضت قافلة مساعدات"


# after أيد (its object pronoun cut or not): a court as its subject (folded)
_COURT_UPHOLDS = re.compile(r"(?:ه|ها|هما|هم)? +(?:ال)?(?:محكم[هة]|محاكم|قاضي)(?!\w)")


def _aid_blocked(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "منعت السلطات قافلة مساعدات من دخول المدينة"، "قافلة مساعدات تضم 20 شاحنة مُنعت من دخول الكرمك": the
    convoy was barred (a restriction trigger holds it or follows it in its clause); no aid is told (probe81)."""
    if hit.values[0].plover != "AID":
        return False
    for other in view.triggers:
        if other is hit or all(v.id != "restrictions" for v in other.values):
            continue
        if other.start <= hit.start < other.end or (other.end <= hit.start and hit.start - other.end <= 2):
            return True  # "منعت قافلة مساعدات"، "منع دخول قوافل"
        # ... or a passive after it, the convoy its subject ("قافلة مساعدات تضم 20 شاحنة مُنعت من دخول")
        gap = view.folded.text[hit.end : other.start]
        said = view.folded.text[other.word_start : other.end]
        passive = " من " in said and not said.startswith(("ي", "ت"))
        if passive and other.start >= hit.end and len(gap.split()) <= 10 and not re.search(r"[.،,؛:]", gap):
            return True
    return False


_UNDERGOES = re.compile(r"[وف]?[يت]?تعرض(?:ت|وا|ا|تا)?")
_UNDERGOES_AFTER = re.compile(r"(?: +[^\W\d_]+)? +[وف]?[يت]?تعرض(?:ت|وا|ا|تا)?(?!\w)")


# "أي هجوم"، "أية مواجهة": any such act, not one that happened; "دون مواجهات"، "بدون قتال": it did not happen
_ANY = frozenset(("اي", "ايه", "واي", "وايه", "لاي", "لايه", "باي", "بايه"))
_ANY_NEXT = re.compile(r" +(?:اي|ايه)(?!\w)")
# "لم تؤكد"، "لم يؤكد"، "ولم تؤكد" ... with no clause stop after it (folded)
_UNCONFIRMED = re.compile(r"(?<!\w)[وف]?لم +(?:" + _alt("confirm_verbs") + r")(?!\w)[^.،,؛:]*$")
_PROVIDES = frozenset(_WORDS.words("provides"))
_LONG_ASIDE = re.compile(r"[،,][^،,.؛]{0,80}[،,]")  # a relative clause or aside between commas
_PROVIDES_ON = re.compile(r"(?<!\w)[وف]?(?:" + _alt("provides") + r")(?: +[^\W\d_]+){0,3} +علي(?!\w)")
# "يزورها سنوياً"، "تستهدف يومياً": an adverb of habit after a present verb (a word may stand between)
_HABIT = re.compile(r"(?: +[^\W\d_]+)? +(?:سنويا|يوميا|اسبوعيا|شهريا|عاده|دايما|باستمرار)(?!\w)")
# "غارات إسرائيلية شبه يومية"، "احتجاجات يومية": an adjective of habit after a plural act (a word may stand between)
_HABIT_PLURAL = re.compile(r"(?: +[^\W\d_]+)? +(?:شبه +)?(?:يومي|اسبوعي|شهري|سنوي)[هة](?!\w)")


_PRESENT_FORM = re.compile(r"[وف]?[يتن][^\W\d_]{2,}")


def _present_verb_hit(text: str, hit: Hit[Trigger]) -> bool:
    """Whether the trigger's word is a present verb (يزور، تستهدف، نزور; a و/ف before it)."""
    word = text[hit.word_start : hit.word_end]
    return hit.start == hit.word_start and _PRESENT_FORM.match(word) is not None


_SEEKING = frozenset(_WORDS.words("seeking"))
_DANGER_NOUNS = frozenset(_WORDS.words("danger_nouns"))
_COMMENTED_ON = re.compile(
    r"(?<!\w)[وف]?(?:تعلق|يعلق|علقت|علق|التعليق|تعليق|للتعليق)(?: +[^\W\d_]+){0,4}? +علي"
    r"(?: +(?:اعلان|انباء|تقارير|نبا))? +$"
)
_DEMONSTRATIVES = frozenset(("هذه", "هذا", "تلك", "ذلك", "هذان", "هاتان", "هذين", "هاتين"))
_WITHOUT = frozenset(("دون", "بدون"))
_USED = re.compile(r"[وف]?(?:استخدم|استخدمت|استخدموا|استعمل|استعملت|استعملوا|مستخدمين|مستخدما)")
_FEAR = frozenset(("خوفا", "خشيه", "تحسبا", "تخوفا"))
# "وتتخوف الأمم المتحدة من هجوم وشيك": a verb of fear, its subject, then من and the act feared
_ANNIVERSARY = frozenset(_WORDS.words("anniversary"))
_ANNIVERSARY_NEEDLES = ("ذكري",)
_FEAR_VERBS = frozenset(fold_text(w) for w in ("يخشى", "تخشى", "يخشون", "يتخوف", "تتخوف", "يتخوفون")) | frozenset(
    fold_text(w) for w in _WORDS.words("warned_of")
)


# "حذرت الأمم المتحدة من أن قوات الدعم السريع ستقتحم الفاشر": a warning verb, its "من أن" and, in that clause, a
# future verb ending right at the event word's start (folded)
_WARNED_WILL = re.compile(
    r"(?<!\w)[وف]?(?:" + _alt("warned_of") + r") [^.؛:]{0,100}? من ان (?P<clause>(?:[^\W_]+ ){0,6}?)$"
)
_FUTURE_WORD = re.compile(r"(?<!\w)(?:س|ست|سي|سن)[^\W_]{2,}(?!\w)")


def _warned_will(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A force word in a clause a warning opens with "من أن", whose verb (or the word itself) is in the future, is
    what is warned of, no event ("ستقتحم"، "ستواصل اقتحام"، "سيواجه صعوبات في معركة الفاشر"; the warner's own act to
    come is its threat, told by the warning verb)."""
    text = view.folded.text
    before = text[max(0, hit.word_start - 160) : hit.word_start]
    warned = _WARNED_WILL.search(before)
    if warned is None:
        return False
    return text[hit.word_start : hit.word_start + 1] == "س" or _FUTURE_WORD.search(warned.group("clause")) is not None


def _any_or_without(before: list[str]) -> bool:
    """ "أي هجوم بري سيمثل تصعيداً"، "لم يتعرض إلى أي عمل أو هجوم"، "انسحبوا دون مواجهات"، "خشية هجوم": a force
    noun after "any" (also past "عمل أو"), "without" or a word of fear tells of no act that took place."""
    if not before:
        return False
    last = before[-1]
    if last in _ANY or last in _WITHOUT or last in _FEAR:
        return True
    if len(before) >= 2 and last == "من" and before[-2] in _FEAR:
        return True  # "أغلق البرج خوفاً من هجوم إرهابي": an attack feared
    return len(before) >= 3 and before[-3] in _ANY and before[-1] == "او"


_FIGURATIVE = frozenset(_WORDS.words("figurative_qualifiers"))
_GOING_ON = frozenset(fold_text(w) for w in _WORDS.words("going_on"))
_ARTWORKS = frozenset(fold_text(w) for w in _WORDS.words("artworks"))
_DEPICTING = frozenset(fold_text(w) for w in _WORDS.words("depicting_verbs"))
_MARKET_NOUNS = frozenset(fold_text(w) for w in _WORDS.words("market_nouns"))
# a cause or a time before a blow: the market word before it is what the blow hit, not the blow's owner
# ("ارتفعت أسعار النفط إثر هجوم على ناقلة")
_CAUSE_BREAKS = frozenset(("بعد", "اثر", "جراء", "عقب", "بسبب", "نتيجه", "اعقاب", "خلفيه", "وسط", "مع"))
_PRICES = frozenset(("اسعار", "الاسعار", "التضخم"))
_MARKET_REACH = 6  # words before a blow in which the market it befell is named (an adjective and a place between)


_AIMS_TO = _with_conjunction(fold_text(w) for w in _WORDS.words("aims_to"))
_AIMING_NOUNS = frozenset(fold_text(w) for w in _WORDS.words("aimed_at"))
_COUNTING_ORDINALS = frozenset(fold_text(w) for w in _WORDS.words("ordinals"))
_POINTERS = frozenset(fold_text(w) for w in _WORDS.words("pointers"))
_EARLIER = frozenset(fold_text(w) for w in _WORDS.words("earlier"))
# (the sentence's folded text keeps ة: "في كلمة متلفزة")
_SPEECH_NOUNS = "|".join(
    re.sub("ه$", "[هة]", re.escape(fold_text(w))) for w in sorted(_WORDS.words("speech_nouns"), key=len, reverse=True)
)
# "صعد الرئيس هجومه على المعارضة في خطاب ألقاه أمس": an attack noun, up to eight words, then the speech it was in;
# or the verb, its subject and an aside that names the speech ("وهاجم رئيس الوزراء، في كلمة متلفزة، الجهات")
_IN_SPEECH = re.compile(
    r"(?:(?: +[^\W\d_]+){0,8}?|(?: +[^\W\d_]+){0,4}[،,]) +(?:(?:في|خلال|عبر) +|ب(?:ال)?|بسلسل[هة] +من +(?:ال)?)(?:"
    + _SPEECH_NOUNS
    + r")(?!\w)"
)


def _attack_in_speech(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وصعّد الرئيس التونسي هجومه على المعارضة في خطاب"، "شن هجوماً على الحكومة في تصريحات": an attack (the
    singular noun) made in a speech, an interview or a post is one of words (probe57)."""
    head = view.folded.text[hit.start : hit.end].split(" ")[0]
    if not head.startswith(("هجوم", "هاجم", "قصف")) or head.startswith("هجومات"):
        return False
    return _IN_SPEECH.match(view.folded.text, hit.word_end) is not None


_ABSTRACT_OBJECTS = frozenset(fold_text(w) for w in _WORDS.words("abstract_objects"))
_LIKENING = frozenset(fold_text(w) for w in _WORDS.words("likening"))
_CALLING = frozenset(fold_text(w) for w in _WORDS.words("calling"))
_DESCRIBED = re.compile(r"(?<!\w)[وف]?(?:وصف|يصف|تصف|وصفت|وصفه|وصفها|وصفوا)")


def _likened(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "ملف الديون بمثابة قنبلة موقوتة"، "وصف الخبير الملف بأنه "قنبلة موقوتة"": an event noun a thing is likened to
    or called is a figure of speech (after بأنه, only with a verb of describing before it or quotes round the noun;
    "أفادت بأنه قُتل" tells a death) (probe57)."""
    if not _is_noun(view, hit):
        return False
    lead = view.folded.text[max(0, hit.word_start - 40) : hit.word_start].rstrip(' "«“')
    words = lead.split()
    if not words:
        return False
    last = words[-1]
    if _behind_clitics(last, _LIKENING):
        return True
    if last not in _CALLING:
        return False
    quoted = view.folded.text[max(0, hit.word_start - 1) : hit.word_start] in ('"', "«", "“")
    return quoted or _DESCRIBED.search(view.folded.text, max(0, hit.word_start - 80), hit.word_start) is not None


def _depicted(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "ويعرض الفيلم الوثائقي مشاهد من حصار حلب والقصف"، "ويروي كتاب الصحافي تفاصيل اعتقاله": a work and a verb of
    telling in the trigger's clause before it make the event the work's subject, no news (probe57)."""
    if not view.contains_any(_ARTWORK_NEEDLES):
        return False
    clause = _CLAUSE_MARK.split(view.folded.text[max(0, hit.word_start - 120) : hit.word_start])[-1]
    words = [fold_text(w) for w in clause.split()]
    return any(_behind_clitics(w, _ARTWORKS) for w in words) and any(_behind_clitics(w, _DEPICTING) for w in words)


_ARTWORK_NEEDLES = (
    *("فيلم", "افلام", "وثايقي", "مسلسل", "رواي", "مسرحي", "كتاب", "مذكرات"),
    *("قصيد", "اغني", "معرض", "لوح", "قصص", "قصه", "قصة", "حكاي"),
)


def _market_blow(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وتلقت الليرة اللبنانية ضربة قوية"، "وشهدت أسعار الخضار انفجاراً غير مسبوق": a blow or a burst a market or a
    currency named just before it (no cause between) took is money lost, no strike (probe57)."""
    # (the light verb's phrase too: "وشن الدولار هجوماً جديداً على الجنيه")
    if not any(k in hit.key for k in ("ضرب", "انفجار", "هجوم")):
        return False
    # (the words inside a light verb's phrase count too: "وشن الدولار هجوماً")
    clause = _CLAUSE_MARK.split(view.folded.text[max(0, hit.word_start - 80) : hit.end])[-1]
    words = [fold_text(w) for w in clause.split()][-_MARKET_REACH:]
    cut = max((i + 1 for i, w in enumerate(words) if _behind_clitics(w, _CAUSE_BREAKS)), default=0)
    if any(_behind_clitics(w, _MARKET_NOUNS) for w in words[cut:]):
        return True
    # "وشهدت أسواق الذهب انفجاراً في الأسعار": prices named right after the burst (probe82; not a market, a place:
    # "انفجار في سوق شعبي")
    after = [fold_text(w) for w in view.folded.text[hit.word_end : hit.word_end + 40].split()[:2]]
    return hit.key.startswith(("انفجار", "هجوم", "ضربه")) and any(_behind_clitics(w, _PRICES) for w in after)


_TWO_NEXT_WORDS = re.compile(r" +([^\W_]+)(?: +([^\W_]+))?")


_NON_AGENTS = frozenset(_WORDS.words("non_agents"))
_FIGURATIVE_OBJECTS = frozenset(_WORDS.words("figurative_objects"))
_FIGURATIVE_GENITIVES = frozenset(_WORDS.words("figurative_genitives"))
_CIVIL_OPERATIONS = frozenset(_WORDS.words("civil_operations"))
_OBJECT_REACH = 5  # words after the subject in which a figurative object is named
_OBJECT_PREPOSITIONS = frozenset(
    ("في", "خلال", "اثناء", "بموجب", "وفق", "حسب", "بحسب", "عقب", "بعد", "قبل", "ضمن", "بسبب", "منذ", "من")
)


_NOT_WORD_CHAR = re.compile(r"[^\w]")  # (compiled once: it runs per word of a clause)


def _thing_does_it(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وقصفت الأمطار الرعدية مدن الساحل"، "وشن فيروس كورونا هجوماً"، "ودمرت الأزمة المالية آلاف الشركات": a verb
    of force whose subject, right after it, is weather, fire, a beast, an illness, a market or a plan is a disaster
    or a figure of speech; so is one whose object is a gaze, hearts, a win or a title ("وخطفت الممثلة الأنظار"،
    "واستعاد الفريق صدارة الترتيب"), and an operation carried out that is a surgeon's or a bank's ("نفذ البنك
    المركزي عملية تعويم") (probe82)."""
    text = view.folded.text
    if hit.key.split(" ")[-1] in ("عمليه", "عمليات"):
        nxt = _NEXT_WORD.match(text, hit.end)
        if nxt is not None and _behind_clitics(nxt.group(1).replace("ة", "ه"), _CIVIL_OPERATIONS):
            return True
    if _is_noun(view, hit):
        # "لا تريد حرق المراحل"، "اغتيال الحلم": a verbal noun whose genitive is a hope or a stage (probe94)
        nxt = _NEXT_WORD.match(text, hit.end)
        return nxt is not None and nxt.group(1).replace("ة", "ه") in _FIGURATIVE_GENITIVES
    verb_end = text.find(" ", hit.word_start)
    if verb_end < 0:
        return False
    clause = _CLAUSE_MARK.split(text[verb_end : verb_end + 100])[0]
    words = [_NOT_WORD_CHAR.sub("", w).replace("ة", "ه") for w in clause.split()][: _OBJECT_REACH + 1]
    if not words:
        return False
    if words[0] in _NON_AGENTS or words[0].removeprefix("ال") in _NON_AGENTS:
        return True
    if words[0] in _FIGURATIVE_GENITIVES:
        return True  # "حرق المراحل" read as a verb: no hope or stage does a deed, so it is the noun's figure
    # (not what it was done in or by: "قتل مشجع في المباراة"، "اعتقل بموجب القانون")
    return any(w in _FIGURATIVE_OBJECTS and words[i] not in _OBJECT_PREPOSITIONS for i, w in enumerate(words[1:]))


_SPEAKING_TITLES = frozenset(_WORDS.words("speaking_titles"))


def _speaker_attacks(view: SentenceView, hit: Hit[Trigger], before: list[str]) -> bool:
    """ "وشن المندوب الإسرائيلي هجوماً عنيفاً على الأمين العام"، "وكان السفير قد شن هجوماً": an envoy, a spokesman or
    a writer launching an attack (its doer inside the light verb's span, or just before it) attacks with words."""
    text = view.folded.text
    if hit.key.startswith(("شن", "يشن", "تشن")):
        # (not the speaker of a clause that tells it: "وقال المتحدث إن الجيش شن هجوماً")
        near = before[-3:]
        near = near[len(near) - near[::-1].index("ان") :] if "ان" in near else near
        doer = text[hit.start : hit.end].split()[1:-1] + near
    elif hit.key in ("هاجم", "هاجمت", "يهاجم", "تهاجم") and not _is_noun(view, hit):
        # "وهاجم النائب محمد الحلبوسي الحكومة" (probe82): the verb's subject, right after it
        doer = text[hit.word_end : hit.word_end + 40].split()[:1]
    elif hit.key.startswith("هجوم"):
        # the light verb left apart by a long doer ("شن المندوب الإسرائيلي لدى الأمم المتحدة هجوماً")
        launch = list(_LAUNCH.finditer(text, max(0, hit.word_start - 80), hit.word_start))
        doer = text[launch[-1].end() : hit.word_start].split() if launch else []
    else:
        return False
    return not _SPEAKING_TITLES.isdisjoint(re.sub("^[وف]?(?:ال)?", "", w) for w in doer)


_LAUNCH = re.compile(r"(?<!\w)[وف]?(?:شن|شنت|يشن|تشن)(?!\w)")


def _figurative(text: str, word_end: int) -> bool:
    """ "شن هجوماً لاذعاً على الوزير"، "هجوماً سياسياً مضاداً": an attack noun qualified, in the next two words, as
    one of words or policy."""
    following = _TWO_NEXT_WORDS.match(text, word_end)
    # (the sentence's folded text keeps ة; the list is written with ه: "ضربة اقتصادية")
    return following is not None and any(w.replace("ة", "ه") in _FIGURATIVE for w in following.groups() if w)


# what a crisis, a war or a debate is when فجر sets it off ("فجرت الأزمة"، "فجر جدلاً"), folded
_SET_OFF = frozenset(_WORDS.words("set_off"))
# ... and what bursts out ("انفجر الصراع الطائفي"، "من انفجار الوضع"), the verbs and the noun of bursting
_SETS_OFF = ("فجر", "يفجر", "نفجر", "انفجر", "ينفجر", "تنفجر", "انفجار")
# "مما يهدد"، "وهو ما يهدد"، "بشكل يتفق مع"، "بما يتفق مع": a present verb after these tells a consequence or a fit
_WHICH = frozenset(("ما", "مما", "بما", "بشكل", "بصوره", "نحو"))
_STOPPING = fold_text("إيقاف")
# (the sentence's folded text keeps ة: "حماية"، "تصفية" end in either)
_AIM_GOAL = re.compile(
    r" +[\"«“]?[وب]?(?:ال)?(?:"
    + "|".join(
        re.sub("ه$", "[هة]", re.escape(fold_text(w))) for w in sorted(_WORDS.words("aim_goals"), key=len, reverse=True)
    )
    + r")(?!\w)"
)


# "وتستهدف الحكومة خفض معدل البطالة": a definite subject between the verb and its goal (probe82)
_SUBJECT_THEN_AIM = re.compile(r" +ال[^\W\d_]+" + _AIM_GOAL.pattern)


def _stops_a_thing(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """إيقاف is the Maghreb's arrest ("إيقاف ثلاثة أشخاص"، "إيقاف عنصرين"، "إيقافه") but elsewhere a stop: "إيقاف
    الشر"، "إيقاف نباح الكلب" arrest no one. Only a count, a person noun or a name right after it is arrested."""
    if hit.word_end > hit.end or _is_definite(view, hit):
        return False  # "إيقافه"، "إيقافهم"، "أن الإيقاف تم بإذن من النيابة": someone's arrest, the one told
    nxt = _NEXT_WORD.match(view.folded.text, hit.word_end)
    if nxt is None:
        return True
    word = nxt.group(1)
    if word.isdigit() or _person_stem(word) is not None:
        return False
    if any(c.start == nxt.start(1) for c in view.cues_of("number")):
        return False
    at = view.raw_span(nxt.start(1), nxt.end(1)).start
    return not any(m.span.start <= at < m.span.end for m in view.mentions)


_ALERT_STEMS = ("تاهب", "استنفار", "استنفر", "جاهزيه", "جهوزيه", "استعداد")
_FROM_A_CONTEST = 40  # characters after a withdrawal word in which "من السباق" may stand


# (probe90) the step a MOBILIZE key names, by its words (triggers.yaml deployment and convoy_movement hold them)
_CORDON_STEMS = ("طوق", "تطويق")
_SWEEP_HEADS = ("عمليه", "حمله", "حملات")
_MOVING_HEADS = ("توجه", "وصلت ارتال", "تحركت")
_RECEIVING_HEADS = ("استقبل", "يستقبل", "تستقبل", "استقبال")


def _cordon(hit: Hit[Trigger]) -> bool:
    return hit.values[0].plover == "MOBILIZE" and any(s in hit.key for s in _CORDON_STEMS)


def _sweep(hit: Hit[Trigger]) -> bool:
    return hit.values[0].plover == "MOBILIZE" and hit.key.startswith(_SWEEP_HEADS)


_CONTINUING = frozenset(fold_text(w) for w in _WORDS.words("continuing_verbs"))
_SWEEP_DURING = frozenset(("خلال", "اثناء", "في"))


def _during_sweep(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "قضت على ثلاثة إرهابيين خلال عملية بحث وتمشيط"، "وفي عملية تفتيش، اعتقلت": the sweep is when the deed was
    done, no event of its own, and it leaves a weak word its say (probe90)."""
    if not _sweep(hit):
        return False
    word = fold_text(view.previous_word(hit.word_start))
    return word in _SWEEP_DURING or (word[:1] in ("و", "ف") and word[1:] in _SWEEP_DURING)


_ATTACK_SCENE = tuple(fold_text(w) for w in _WORDS.words("attack_scene"))
_COMPANIES = frozenset(fold_text(w) for w in _WORDS.words("companies"))
_TOLD_OPERATIONS = frozenset(fold_text(w) for w in _WORDS.words("told_operations"))
_MARKET_PRICES = frozenset(fold_text(w) for w in _WORDS.words("market_prices"))
# what follows a suspension of flights that makes it a sanction on a route: between two places, to or from one
_ROUTE = re.compile(r" *(?:(?:ال)?(?:جوي|مباشر|تجاري|مدني)[هة] +)*(?:بين|الي|من|مع|نحو|القادم[هة]|المتجه[هة])(?!\w)")
_HOSPITALS = re.compile(r"(?<!\w)[وف]?(?:ال)?مستشفيات(?!\w)")


def _step_of_no_deed(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """Words of a listed step that here take no step (probe90): a cordon or a sweep round the scene of a told attack
    or to hunt its authors ("فرضت القوات طوقاً أمنياً حول موقع الانفجار بحثاً عن المنفذين"), flights a company
    suspends or that stop at an airport ("علّقت شركة طيران رحلاتها"، "تعليق الرحلات في مطار معيتيقة"), a price of
    money or of a company's goods ("تثبيت أسعار الفائدة"), and a region's hospitals receiving the day's wounded (a
    tally)."""
    tid = hit.values[0].id
    text = view.folded.text
    if _cordon(hit) or _sweep(hit) or (hit.values[0].plover == "MOBILIZE" and hit.key.startswith(_MOVING_HEADS)):
        if _cordon(hit) and not _TOLD_OPERATIONS.isdisjoint(
            w.replace("ة", "ه") for w in view.words_before(hit.word_start, 40, 4)
        ):
            return True  # "إن عناصر الحملة فرضوا طوقاً على الحي": a step of the told operation
        if _sweep(hit) and not _CONTINUING.isdisjoint(
            _NOT_CLITICS.sub("", w) for w in view.words_before(hit.word_start, 40, 4)
        ):
            return True  # "وتواصل وحدات الجيش عملية بحث وتمشيط": an operation going on, none launched
        return any(scene in text for scene in _ATTACK_SCENE)
    inside = text[hit.word_start : hit.word_end].replace("ة", "ه").split()
    if tid == "asset_freeze_embargo" and "رحلات" in hit.key:
        return not _COMPANIES.isdisjoint(inside) or _ROUTE.match(text, hit.word_end) is None
    if tid == "concession" and ("سعر" in hit.key or "اسعار" in hit.key):
        nxt = _NEXT_WORD.match(text, hit.word_end)
        return not _COMPANIES.isdisjoint(inside) or (
            nxt is not None and nxt.group(1).replace("ة", "ه") in _MARKET_PRICES
        )
    if hit.values[0].plover == "AID" and hit.key.startswith(_RECEIVING_HEADS):
        return _HOSPITALS.search(text, max(0, hit.word_start - 40), hit.word_end + 40) is not None
    return False


def _no_force_moved(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A withdrawal from a race or a contest ("انسحابه من السباق الانتخابي"), or an alert raised in hospitals or
    for a storm ("رفعت وزارة الصحة حالة التأهب في المستشفيات"): the words of a force move, but no force moved."""
    plover = hit.values[0].plover
    text = view.folded.text
    if plover == "RETREAT":
        after = text[hit.word_end : hit.word_end + _FROM_A_CONTEST]
        found = re.search(r"(?<!\w)من ", after)
        return found is not None and _CONTESTS_LEFT.match(after, found.end()) is not None
    if plover == "MOBILIZE" and any(s in hit.key for s in _ALERT_STEMS):
        clause = text[max(0, hit.word_start - 40) : hit.word_end + 60]
        return _CIVIL_ALERTS.search(clause) is not None
    return False


def _sought(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "يسعيان لحشد أكبر تأييد دولي"، "للحصول على تأييد"، "بحث سبل تقديم منحة": support or aid sought or
    discussed, not given."""
    if hit.values[0].plover not in ("SUPPORT", "AID"):
        return False
    before = _words_before_hit(view, hit)
    return any(_behind_clitics(w, _SEEKING) for w in before) or (
        len(before) >= 2 and before[-1] == "علي" and _behind_clitics(before[-2], _SEEKING)
    )


_TALKS_ISSUES = frozenset(fold_text(w).replace("ة", "ه") for w in _WORDS.words("talks_issues"))


def _issue_talked(view: SentenceView, hit: Hit[Trigger], hits: Sequence[Hit[Trigger]]) -> bool:
    """ "بحث رئيس الوزراء مع السفيرة ... ملف انسحاب قوات التحالف": a deed right after an issue word, past a word of
    talks, is what they took up (the weak بحث is then the event; probe98)."""
    word = view.previous_word(hit.word_start).replace("ة", "ه")
    issue = word in _TALKS_ISSUES or (word[:1] == "و" and word[1:] in _TALKS_ISSUES)
    if hit.values[0].plover == "CONSULT" or not issue:
        return False
    return any(g.values[0].plover == "CONSULT" and g.end <= hit.word_start for g in hits)


def _landing(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "نفذت مروحيات إسرائيلية عملية إنزال قرب بعلبك": an operation of landing troops is a raid (its own trigger),
    not a strike."""
    if hit.values[0].id != "attack_generic" or not hit.key.endswith(("عمليه", "عمليات", "عملية")):
        return False
    nxt = _NEXT_WORD.match(view.folded.text, hit.end)
    return nxt is not None and nxt.group(1) == "انزال"


_PROGRAMMES = frozenset(_WORDS.words("programmes"))
# talks named right before, their topic's words between with no stop ("مفاوضات وقف إطلاق النار و") (folded)
_RESULTED = re.compile(r"(?:اسفر|تمخض)")  # the keys of a deal talks "resulted in" (folded, triggers.yaml)
_TALKS_ON = re.compile(r"(?<!\w)(?:" + _alt("talks_nouns") + r")(?: +[^\W\d_]+){0,4}? +و?$")
_WITHDRAWING = frozenset(_WORDS.words("withdrawing_attackers"))


def _attackers_withdrew(view: SentenceView, hit: Hit[Trigger], before: list[str]) -> bool:
    """ "وأضاف المرصد أن المهاجمين انسحبوا بعد الهجوم باتجاه الضفة الغربية": the attackers pulling back from a told
    attack (the word right before the verb, or right after it) end that attack; they leave no ground they held
    (probe74)."""
    nxt = _NEXT_WORD.match(view.folded.text, hit.word_end)
    after = nxt.group(1) if nxt is not None else ""
    if (bool(before) and before[-1] in _WITHDRAWING) or after in _WITHDRAWING:
        return True
    # ... or a verb joined by و to what they did first ("أن المهاجمين استخدموا أسلحة متوسطة، وانسحبوا باتجاه")
    joined = view.folded.text[hit.word_start : hit.word_start + 1] == "و"
    near = [re.sub("^[وف]", "", w) for w in view.words_before(hit.word_start, 80, 8)]
    return joined and not _WITHDRAWING.isdisjoint(near)


# the object right after استهدف is wanted men, or men "on the charge of" something (folded)
_SOUGHT_MEN = re.compile(
    r" +(?:(?:" + _alt("wanted_men") + r")(?!\w)|(?:[^\W\d_]+ +){1,2}?(?:" + _alt("on_charge") + r")(?!\w))"
)
_QUANTITY_HEADS = frozenset(("مجموعه", "سلسله"))


def _programme_aims(view: SentenceView, hit: Hit[Trigger], before: list[str]) -> bool:
    """ "استهدفت الدورة التدريبية طلبة الجامعات"، "برنامج يستهدف النساء": a course or a programme, its doer, aims
    at an audience; nothing was hit."""
    nxt = _TWO_NEXT_WORDS.match(view.folded.text, hit.word_end)
    subject = []
    if nxt is not None:
        first, second = (w.replace("ة", "ه") if w else "" for w in nxt.groups())
        subject = [first, second] if first in _QUANTITY_HEADS or first in ("حمله", "حملات") else [first]
    # (the programme may stand a few words back: "حملة تطعيم ضد شلل الأطفال تستهدف مليوني طفل"; probe82)
    near = [re.sub("^[وف]", "", w).replace("ة", "ه") for w in view.words_before(hit.word_start, 60, 5)]
    return not _PROGRAMMES.isdisjoint(subject + near)


_CONVICTED = fold_text("أدين")


def _seized_after_killing(view: SentenceView, hit: Hit[Trigger], hits: Sequence[Hit[Trigger]]) -> bool:
    """ "إن قوات الجيش قتلت ستة مسلحين خلال مداهمة، وضبطت أسلحة وذخائر": arms seized, in a verb joined after a killing
    verb, are a step of the fight told first; the killing is the event (art2)."""
    if hit.values[0].id != "weapons_disrupted" or not view.folded.text[hit.word_start : hit.start].startswith("و"):
        return False
    return any(h.values[0].id == "killing" and h.end <= hit.word_start and not _is_noun(view, h) for h in hits)


def _closing_step(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "قبل أن تنسحب"، "قبل أن تطلق سراحهم": a step after "before" closes the event the sentence told first."""
    return _words_before_hit(view, hit)[-2:] == ["قبل", "ان"]


def _anniversary_of(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """Whether an anniversary word stands before the trigger in its clause, at most eight words back ("تحل اليوم
    الذكرى الأولى للهجوم الذي استهدف مدرسة"): the event recalled, not one of the day."""
    if not view.contains_any(_ANNIVERSARY_NEEDLES):
        return False
    lead = _CLAUSE_MARK.split(view.folded.text[max(0, hit.word_start - 80) : hit.word_start])[-1]
    return not _ANNIVERSARY.isdisjoint(lead.split()[-8:])


# A publication named by its title in quotes or brackets, alone ("« سيدتي »"، "(العربي)").
_QUOTED_TITLE = r"[«\"(] *[^\W\d_]+(?: +[^\W\d_]+){0,2} *[»\")]"
_TITLE_BEFORE = re.compile(r"(?:^|[،,:.؛-] *)" + _QUOTED_TITLE + r" *$")
_TITLE_AFTER = re.compile(r" *" + _QUOTED_TITLE)


def _press_interview(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "« سيدتي » زارت زوجة الطبيب"، "التقت (العربي) إمام المسجد": a publication, named by its quoted title as
    the subject of a verb of meeting or visiting, met someone to interview him; no talks are told in the sentence
    (its other words of meeting, "والتقت عدداً من العائلات"، "على زيارة المسجد", tell the same visit; real41)."""
    if hit.values[0].plover != "CONSULT":
        return False
    return any(h.values[0].plover == "CONSULT" and _interviewed(view, h) for h in view.triggers)


def _interviewed(view: SentenceView, hit: Hit[Trigger]) -> bool:
    if _is_noun(view, hit):
        return False
    text = view.folded.text
    space = text.find(" ", hit.start, hit.end)
    verb_end = space if space > 0 else hit.word_end
    return bool(_TITLE_BEFORE.search(text[: hit.word_start])) or bool(_TITLE_AFTER.match(text, verb_end))


def _advice_or_invitation(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "دعت السفن إلى توخي الحذر": a call to caution is advice; "، داعية النقابة إلى جلسة تفاوض": a participle that
    invites someone to a meeting leaves the meeting to be the event (probe51)."""
    text = view.folded.text
    # a phrase trigger ("دعت ... إلى") holds its إلى
    start = hit.end - 3 if hit.key.endswith(" الي") else hit.end
    to = _FIRST_TO.search(text, start, min(len(text), hit.end + 160))
    if to is None or _SENTENCE_STOP.search(text, hit.end, to.start()):
        return False
    first, second = to.group(1), to.group(2) or ""
    if first in _ADVISED or f"{first} {second}" in _ADVISED:
        return True
    return hit.key in _DEMAND_PARTICIPLES and first in _INVITED_TO and to.start() > hit.end + 1


_IN_FORCE = r"(?:[وف]?(?:يسري|تسري|يسريان|تسريان|سري|سرت))"
_IN_FORCE_AFTER = re.compile(r"^(?: +[^\W\d_]+){0,7} +" + _IN_FORCE + r"(?!\w)")
_IN_FORCE_BEFORE = re.compile(r"(?<!\w)" + _IN_FORCE + r"(?: +[^\W_]+){0,6} *$")


def _in_force(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "أن تجميد الأصول ... يسريان فوراً"، "ويسري منذ 27 نوفمبر اتفاق لوقف إطلاق النار": a measure named as what is
    (or goes) in force, within its clause."""
    if not _is_noun(view, hit):
        return False
    text = view.folded.text
    after = _CLAUSE_MARK.split(text[hit.word_end : hit.word_end + 90])[0]
    before = _CLAUSE_MARK.split(text[max(0, hit.word_start - 70) : hit.word_start])[-1]
    return _IN_FORCE_AFTER.match(after) is not None or _IN_FORCE_BEFORE.search(before) is not None


_NAMED_BY_YEAR = re.compile(r" +(?:عام +|العام +)?(?:1[89]|20)\d\d(?![\d/-]|\.\d)")


_NOT_CLITICS = re.compile("^[وف]?[بل]?")


_PLAN_TEXTS = frozenset(_WORDS.words("plan_texts"))
_COMMENTATORS = frozenset(_WORDS.words("commentators"))
_BOUND_FORMS = frozenset(("مطالبه", "مطالبة", "مطالبون", "مطالبين"))


def _opinion_or_text(view: SentenceView, hit: Hit[Trigger], before: list[str]) -> bool:
    """A statement word that tells no statement (probe93): what a plan says in the present ("وتدعو الخطة الأمريكية
    إلى نزع سلاح حماس"), a columnist's or an analyst's call ("دعا الكاتب إلى"), and the passive participle after a
    definite subject, "is bound to" ("إن الحكومة مطالبة بمراجعة سياساتها")."""
    text = view.folded.text
    space = text.find(" ", hit.start)
    verb_end = hit.end if space < 0 or space > hit.end else space
    nxt = _NEXT_WORD.match(text, verb_end)
    word = fold_text(nxt.group(1)) if nxt is not None else ""
    if word in _COMMENTATORS:
        return True
    if hit.values[0].plover == "REQUEST" and word in _PLAN_TEXTS and text[hit.start : hit.start + 1] in ("ي", "ت"):
        return True
    return (
        text[hit.word_start : hit.word_end] in _BOUND_FORMS
        and hit.start == hit.word_start
        and bool(before)
        and before[-1].startswith("ال")
        and word.startswith("ب")
    )


_CONSEQUENCES_OF = re.compile(r"(?: +[^\W\d_]+)? +(?:ل|ال)[^\W\d_]{2,}")


def _consequences_of(text: str, hit: Hit[Trigger]) -> bool:
    """ "حذرت منظمة الصحة العالمية من عواقب كارثية لاستمرار الحرب"، "من عواقب التصعيد": the consequences of a
    state of things are a danger warned of, no threat (probe93; "من عواقب وخيمة إذا أقدمت" stays one)."""
    return text[hit.start : hit.end].endswith("عواقب") and _CONSEQUENCES_OF.match(text, hit.end) is not None


def _held_since(text: str, hit: Hit[Trigger]) -> bool:
    """ "وأضاف أن الحلف يطالب منذ أشهر بحصة من العائدات": a present statement verb held since long ago, a word or
    two on, is a standing demand or charge (_standing reads it when such a verb opens the sentence; probe93)."""
    if text[hit.start : hit.start + 1] not in ("ي", "ت") or "منذ" not in text[hit.end : hit.end + 40]:
        return False
    since = _LONG_SINCE.search(text, hit.end, hit.end + 60)
    return since is not None and len(text[hit.end : since.start()].split()) <= 2 and _FIRST.search(text) is None


def _words_before_hit(view: SentenceView, hit: Hit[Trigger]) -> list[str]:
    """The last three words in the 30 characters before the trigger's word, without their clitics."""
    return [_unclitic(w) for w in view.words_before(hit.word_start, 30, 3)]


def _is_reference(view: SentenceView, hit: Hit[Trigger]) -> bool:
    if _no_force_moved(view, hit):
        return True
    if _step_of_no_deed(view, hit):
        return True
    if _press_interview(view, hit):
        return True
    # the last three words in the 30 characters before the trigger's word: all the checks below look at
    before = _words_before_hit(view, hit)
    if hit.values[0].plover in _SAID and (_opinion_or_text(view, hit, before) or _held_since(view.folded.text, hit)):
        return True
    if hit.values[0].plover == "THREATEN" and _consequences_of(view.folded.text, hit):
        return True
    # "بعد الهجوم", "وردا على مجازر": the word may be followed by a preposition
    if before and (
        before[-1] in _REFERENCE_BEFORE or (before[-1] in ("علي", "في") and before[-2:][0] in _REFERENCE_BEFORE)
    ):
        return True
    # "إن السفينة ... تعرضت للهجوم على بعد 50 ميلاً": the attack "suffered" with the article is the one told before
    # (a retelling of where or how it befell); "تعرضت سفينة لهجوم" tells one of its own, and "تعرض للإخفاء القسري"
    # what befell a man (probe66)
    if (
        before
        and before[-1] in _SUFFERED
        and hit.values[0].plover in _FORCE_TYPES
        and view.folded.text[hit.word_start : hit.word_end] in _SUFFERED_TOLD
    ):
        return True
    # "أن تجميد الأصول وحظر التعامل مع المدرجين يسريان فوراً"، "ويسري منذ نوفمبر اتفاق لوقف إطلاق النار": a measure
    # said to be in force is the state of things (or one told before), not a step taken (probe66)
    if hit.values[0].plover in ("SANCTION", "AGREE", "CONCEDE") and _in_force(view, hit):
        return True
    if (
        before
        and before[-1] in _TREND_BEFORE
        and hit.values[0].plover in _FORCE_TYPES
        and not view.cues_of("killed", "injured")
    ):
        return True  # "بعد تصاعد هجمات المسلحين": a trend, no attack of its own (probe97)
    # "هرباً من القصف"، "خوفاً من هجمات": what people fled or fear (probe54)
    if before[-2:-1] and before[-1] == "من" and before[-2] in _FLED_FROM:
        return True
    # "مواطن أدين بتهريب المخدرات": the passive "was convicted of", no condemnation
    if hit.key == _CONVICTED and view.folded.text[hit.end : hit.end + 2] == " ب":
        return _MANNER.match(view.folded.text, hit.end) is None  # not "أدين بشدة", "I condemn strongly"
    # "المتهم الوحيد في هجمات سبتمبر": the deed the accused are charged with, past في (a noun; a verb after them
    # tells what befell them: "من متهمين اعتقلتهم")
    if before[-1:] == ["في"] and not _CHARGED_MEN.isdisjoint(before) and _is_noun(view, hit):
        return True
    # "بناء على طلب النيابة"، "بناءً على دعوة من الرئيس": the request a step was taken on is told as its grounds
    if before[-2:] in (["بناء", "علي"], ["بناءا", "علي"]) and hit.values[0].plover == "REQUEST":
        return True
    # "عدم دعوة الرئيس"، "بعدم الانسحاب": what is said not to have been (or is asked not to be) done
    if before and _NOT_CLITICS.sub("", before[-1]) == "عدم":
        return True
    if _anniversary_of(view, hit):
        return True  # "الذكرى الأولى للهجوم الذي استهدف": the anniversary of an event long told
    if hit.values[0].id == "call_for" and _advice_or_invitation(view, hit):
        return True
    # "حذّر من تصعيد واسع إذا لم تنسحب القوات"، "ما لم تفرج السلطات": a deed not done in a condition is what the
    # sentence's speaker asks or warns about, no event (probe92)
    if before[-2:-1] and before[-1] == "لم" and before[-2] in _UNLESS_WORDS:
        return True
    # "الوقفة، التي دعت إليها لجنة الاعتصام": who called the gathering told, a relative clause back to it (probe92)
    if (
        hit.values[0].plover == "REQUEST"
        and before[-1:]
        and before[-1] in _RELATIVES
        and view.folded.text[hit.end : hit.word_end] in ("ه", "ها", "هم", "هما")
    ):
        return True
    # "أعرب عن أمله في أن تسهم القمة"، "متمنياً الشفاء العاجل للجرحى": hoped for or thanked for, in the same clause
    # (the clause is a tail of the slice before the word: no hope word in the slice's words, none in the clause)
    if view.may_match_in(_HOPE_THANKS, max(0, hit.word_start - 80), hit.word_start):
        clause = _CLAUSE_MARK.split(view.folded.text[max(0, hit.word_start - 80) : hit.word_start])[-1]
        hopes = list(_HOPE_THANKS.finditer(clause))
    else:
        hopes = []
    if hopes:
        at = hit.word_start - len(clause)
        names = [
            (view.folded_index(m.span.start), view.folded_index(m.span.end)) for m in view.mentions if m.type == "PER"
        ]
        # (not a word of a man's name: "القيادي في حزب الله فؤاد شكر")
        if any(not any(a <= at + w.start() < b for a, b in names) for w in hopes):
            return True
    if (
        hit.values[0].plover in _FORCE_TYPES
        and before
        and before[-1] == "من"
        and any(w.removeprefix("و") in _FEAR_VERBS for w in view.words_before(hit.word_start, 60, 6))
    ):
        return True  # "وتتخوف الأمم المتحدة من هجوم وشيك": an attack feared
    if hit.values[0].plover in _FORCE_TYPES and _warned_will(view, hit):
        return True  # "حذرت الأمم المتحدة من أن قوات الدعم السريع ستقتحم الفاشر": a danger warned of (probe60)
    if hit.values[0].plover in _FORCE_TYPES and _any_or_without(before):
        return True
    # "إن المهاجمين استخدموا أسلحة رشاشة وقذائف «آر بي جي»": the weapons an attack was made with, no attack
    if hit.values[0].id == "artillery" and any(_USED.fullmatch(w) for w in view.words_before(hit.word_start, 40, 4)):
        return True
    # "وصلت إلى المكان دون أن تعتقل أياً منهم"، "غادر من دون أن يلتقي الرئيس": what was left undone
    if before[-2:-1] and before[-2] in _WITHOUT and before[-1] == "ان":
        return True
    # "ولم تعلق القيادة المركزية على إعلان استهداف المدمرتين"، "وعلق الوزير على الهجوم": a comment on what was told
    if view.may_match_in(_COMMENTED_ON, max(0, hit.word_start - 60), hit.word_start) and _COMMENTED_ON.search(
        view.folded.text, max(0, hit.word_start - 60), hit.word_start
    ):
        return True
    # "وفي أحدث هذه الهجمات"، "تبنت الحركة هذا الهجوم": a demonstrative right before the noun points back at
    # what was told (not "ورداً على ذلك، استهدفت": a comma ends its phrase)
    if before and before[-1] in _DEMONSTRATIVES and view.folded.text[hit.word_start - 1 : hit.word_start + 2] == " ال":
        return True
    if _sought(view, hit):
        return True
    if hit.values[0].plover == "AGREE" and _TALKS_ON.search(
        view.folded.text, max(0, hit.word_start - 60), hit.word_start
    ):
        return True  # "جولة جديدة من مفاوضات وقف إطلاق النار وتبادل الأسرى": what talks are about (probe74)
    if hit.values[0].plover == "RETREAT" and _attackers_withdrew(view, hit, before):
        return True
    # "ولم تؤكد هيئة عمليات التجارة البحرية إصابة أي سفينة": a deed no one confirmed, of "any" target, was not told
    # to have happened (probe74)
    if (
        hit.start == hit.word_start
        and _ANY_NEXT.match(view.folded.text, hit.word_end)
        and _UNCONFIRMED.search(view.folded.text, max(0, hit.word_start - 120), hit.word_start)
    ):
        return True
    # "يزورها سنوياً أكثر من 14 مليون شخص"، "تستهدف يومياً": a present verb done every year or day tells a habit
    if _present_verb_hit(view.folded.text, hit) and _HABIT.match(view.folded.text, hit.word_end):
        return True
    # "يواصل شن غارات شبه يومية"، "تشهد المدن احتجاجات يومية": plural acts of every day are a run of them, no one act
    if view.folded.text[hit.word_start : hit.word_end].endswith("ات") and _HABIT_PLURAL.match(
        view.folded.text, hit.word_end
    ):
        return True
    # "إن أي اتفاق بشأن القرار ينبغي أن"، "أي دعوة لتغييرها مرفوضة": any such deal or call, none that was made
    # (but "نفى وجود أي مفاوضات" denies talks: a denied event)
    if before and before[-1] in _ANY and not any(h.end <= hit.start for h in view.cues_of("denied", "negation")):
        return True
    # "تنص الخطة على وقف لإطلاق النار"، "يتضمن المقترح عقد اجتماع": what a plan or text provides for
    # (also past the text's own name, and what follows in the list: "وتنص الاتفاقية على وقف إطلاق النار وانسحاب
    # القوات الأجنبية")
    lead = re.split(r"[.:؛]", view.folded.text[max(0, hit.word_start - 120) : hit.word_start])[-1]
    if "علي" in lead and (_PROVIDES_ON.search(lead) or _PROVIDES_ON.search(_LONG_ASIDE.sub(" ", lead))):
        # (past a relative clause set off by commas: "وينص الاتفاق، الذي وُقّع بحضور ممثلين عن الاتحاد الأفريقي، على
        # إطلاق سراح الأسرى"; probe92)
        return True
    # "وتنص الاتفاقية على وقف إطلاق النار"، "الاتفاق ينص على": a deal that provides for something is the deal spoken
    # of, none reached
    if hit.values[0].plover == "AGREE":
        nxt = _NEXT_WORD.match(view.folded.text, hit.word_end)
        if (before and _behind_clitics(before[-1], _PROVIDES)) or (
            nxt is not None and _behind_clitics(fold_text(nxt.group(1)), _PROVIDES)
        ):
            return True
    # "وأدى استمرار القتال إلى نزوح الآلاف"، "في ظل استمرار القصف": fighting going on is a state, no event of a day
    if hit.values[0].plover in _FORCE_TYPES and before and before[-1] in _GOING_ON:
        return True
    if _depicted(view, hit):
        return True
    if _likened(view, hit):
        return True
    # "جهات خارجية "تختطف القرار الوطني"": an abduction whose object is a decision or a state, not a person
    if hit.values[0].id == "abduction":
        nxt = _NEXT_WORD.match(view.folded.text, hit.word_end)
        if nxt is not None and fold_text(nxt.group(1)) in _ABSTRACT_OBJECTS:
            return True
    # "ويهدف المشروع إلى إزالة الألغام"، "بهدف اعتقال المطلوبين": what someone aims at is not done
    # (the aim's subject may stand between: "ويهدف المشروع إلى"); but a raid told before it is coded by what it was
    # made for ("داهمت القوات منزلاً بهدف اعتقال مطلوبين")
    if (
        (before and before[-1] in _AIMING_NOUNS) or (before[-1:] == ["الي"] and not _AIMS_TO.isdisjoint(before[:-1]))
    ) and not any(h.values[0].id == "raid" and h.end <= hit.start for h in view.triggers):
        return True
    # "وتعد هذه ثاني عملية اغتيال"، "وهو الهجوم الثالث": an ordinal said of what was told counts it, no new event
    if any(w in _COUNTING_ORDINALS for w in before[-2:]) and any(
        _behind_clitics(w, _POINTERS) for w in view.words_before(hit.word_start, 50, 5)
    ):
        return True
    # "صورة أرشيفية لاحتجاجات سابقة": events said to be earlier ones, with no day, point back
    nxt_word = _NEXT_WORD.match(view.folded.text, hit.word_end)
    if nxt_word is not None and fold_text(nxt_word.group(1)) in _EARLIER and _is_noun(view, hit):
        return True
    # "خلال احتجاجات 2022"، "في حرب 2006": an episode named by its year is history, not a deed told (probe79)
    if _is_noun(view, hit) and _NAMED_BY_YEAR.match(view.folded.text, hit.word_end):
        return True
    if hit.values[0].plover == "ASSAULT" and _attack_in_speech(view, hit):
        return True
    if hit.values[0].plover == "ASSAULT" and _market_blow(view, hit):
        return True
    if hit.values[0].plover == "ASSAULT" and _figurative(view.folded.text, hit.word_end):
        return True
    if hit.values[0].plover == "ASSAULT" and _speaker_attacks(view, hit, before):
        return True
    if hit.values[0].plover in _FORCE_TYPES and _thing_does_it(view, hit):
        return True
    if _landing(view, hit):
        return True
    # "القضية التي فجرت الأزمة"، "فجرت جدلاً واسعاً": a crisis, a war or a debate set off, not a bomb
    if hit.values[0].plover == "ASSAULT" and hit.key.startswith(_SETS_OFF):
        nxt = _NEXT_WORD.match(view.folded.text, hit.word_end)
        if nxt is not None and _behind_clitics(nxt.group(1).replace("ة", "ه"), _SET_OFF):
            return True
    # "مما يهدد بانتشار الأوبئة"، "وهو ما يهدد": what a state of things may lead to, not a threat someone made;
    # "بشكل يتفق مع رواية الشهود"، "بما يتفق مع القانون": what fits, not an agreement
    # "المناطق المهددة بالفيضانات"، "الدول المتهمة": a participle with the article is an adjective (probe82)
    if hit.key in _COMMA_PARTICIPLES and view.folded.text[hit.word_start : hit.start].endswith("ال"):
        return True
    if hit.values[0].plover in ("THREATEN", "AGREE") and before and before[-1] in _WHICH:
        present = re.match(r"[يت]", view.folded.text[hit.word_start : hit.end]) is not None
        if present and (hit.values[0].plover == "THREATEN" or before[-1] != "ما"):
            return True
    if hit.key == _STOPPING and _stops_a_thing(view, hit):
        return True
    if "ستهدف" in hit.key.split(" ")[0] and (
        _AIM_GOAL.match(view.folded.text, hit.word_end) or _SUBJECT_THEN_AIM.match(view.folded.text, hit.word_end)
    ):
        return True  # "جولة تستهدف تثبيت الهدنة"، "وتستهدف الحكومة خفض البطالة": what it aims at, no target hit
    if "ستهدف" in hit.key.split(" ")[0] and _programme_aims(view, hit, before):
        return True
    if "ستهدف" in hit.key.split(" ")[0] and _SOUGHT_MEN.match(view.folded.text, hit.word_end):
        return True  # "الحملة استهدفت مطلوبين بتهمة الانتماء إلى ...": men sought for arrest, no one hit (probe74)
    # "داهمت المنازل وفتشتها قبل أن تنسحب": the step that closed a told event is no event of its own
    if _closing_step(view, hit):
        return True
    # "انفجر الصراع كما لم ينفجر من قبل": a comparison repeats the verb of what was told
    if before[-2:] in (["كما", "لم"], ["مثلما", "لم"]):
        return True
    # "تسعى إلى تعزيز التعاون الإقليمي"، "تبادل المعلومات والخبرات": an aim, not a deed
    if hit.key in _AIM_NOUNS:
        return True
    # "تنفيذ اتفاق السلام"، "بموجب الاتفاق": a deal made before, referred to
    if hit.values[0].plover == "AGREE" and before and _behind_clitics(before[-1], _AGREEMENT_REFERENCE):
        return True
    # "بالاستناد إلى اتفاقية التعاون"، "استناداً إلى الاتفاق": on the grounds of a deal, past إلى
    if hit.values[0].plover == "AGREE" and before[-2:-1] in (["استنادا"], ["بالاستناد"]) and before[-1] == "الي":
        return True
    # "منذ اللحظة الأولى لقصف المدن والقرى": the start of a campaign, a time that points at it
    first_moment = before[-2:] in (["اللحظه", "الاولي"], ["اللحظة", "الاولي"], ["اللحظات", "الاولي"])
    if first_moment and view.folded.text[hit.word_start : hit.start].endswith("ل"):
        return True
    # "خرقاً فاضحاً لوقف إطلاق النار"، "انتهاك الاحتلال لاتفاق الهدنة": the deal is the object (after ل) of such a
    # word, past its adjective or its doer
    if (
        hit.values[0].plover == "AGREE"
        and len(before) >= 2
        and _behind_clitics(before[-2], _AGREEMENT_REFERENCE)
        and view.folded.text[hit.word_start : hit.start].endswith("ل")
    ):
        return True
    # "طالباً عدم الكشف عن هويته": a source asking for anonymity, not a demand
    text = view.folded.text
    # "وجاء الإعلان بعد أيام من مواجهات"، "في ظل اتفاق وقف إطلاق النار": what came before, or the state things are in
    if len(before) >= 3 and before[-1] == "من" and before[-2] in _SPANS_OF_TIME and before[-3] in _REFERENCE_BEFORE:
        # ... but "بعد ساعات من قصف الطيران الإسرائيلي مبنى": a strike not told before (no article) hours earlier is
        # a new event of the same day; "بعد ساعات من التوغل" still points back at the one told
        # ... and a deal hours before ("ووقع انفجار ... بعد ساعات من اتفاق التهدئة") is the state things were in
        # (probe77)
        return before[-2] not in _SHORT_SPANS or _is_definite(view, hit) or hit.values[0].plover == "AGREE"
    if _day_that_saw(view, hit):
        return True
    if _NOT_NAMED.match(text, hit.word_end):
        return True
    # "أوقفت ناشطين على خلفية تدوينات انتقدوا فيها"، "بتهمة التحريض": the grounds of an arrest, not an event
    # ... and so is a cause a word or two away ("بسبب كثافة إطلاق النار")
    if not _GROUNDS.isdisjoint(before[-3:]):
        return True
    # "منصة لإطلاق الصواريخ" is a launcher, "مراكز الاحتجاز" a place: things, not events; "وقف المعارك" is what
    # is to stop (also behind و or ب: "بشأن التهدئة ووقف إطلاق الصواريخ"، "طالب بوقف القصف")
    if before and (_thing_head(view, hit, before[-1]) or _behind_clitics(before[-1], _HALT)):
        return True
    # "قرار يقضي بمنع الاجتماعات"، "حظر التظاهرات": what is banned did not happen
    if before and _LEAD_BL.sub("", before[-1]) in _BAN:
        return True
    # "ضالع في التخطيط لهجمات"، "خلية كانت تخطط لتنفيذ هجمات": what was planned did not happen (yet), nor did what
    # the planned thing is said to do ("التخطيط لهجمات استهدفت العسكريين")
    if any(_LEAD_WFBL.sub("", w) in _PLANNING for w in before[-2:]):
        return True
    # "المستشفيات ليست أهدافاً مشروعة": a rule stated, not a threat
    if hit.key in _DECLARED_TARGETS and before and before[-1] in _NEGATION:
        return True
    # "تشكل تهديداً"، "أي تهديد"، "تهديد لأمن المنطقة": a danger, not a threat someone made
    if hit.values[0].plover == "THREATEN" and any(_LEAD_WFL.sub("", w) in _DANGER_NOUNS for w in before):
        return True  # "المخاطر التي تهدد الاقتصاد العالمي": a danger, not a threat someone made
    if hit.values[0].plover == "THREATEN" and hit.key.startswith("تهديد"):
        if before and _LEAD_WFBL.sub("", before[-1]) in _DANGER_BEFORE:
            return True
        nxt = _NEXT_WORD.match(text, hit.word_end)
        if nxt is not None and nxt.group(1).startswith(_DANGER_AFTER):
            return True
        # "الرد على التهديد"، "التهديد الأول هو الحرب النووية": the threat with the article is a danger talked
        # about; a threat someone makes is told by its verb or an indefinite noun ("وجه تهديدات إلى")
        if text[hit.word_start : hit.start].endswith("ال"):
            return True
    elif hit.values[0].plover == "THREATEN" and hit.values[0].id == "threat":
        # "يهدد أمن البلاد"، "تهدد الأساس الثقافي للمجتمع": a verb whose object is a state of things endangers it
        nxt = _NEXT_WORD.match(text, hit.word_end)
        if nxt is not None and nxt.group(1).replace("ة", "ه") in _ENDANGERED:
            return True
    # "لم يرد على طلب من رويترز للتعليق"، "طلبات للتعليق": the wire asking for comment
    if hit.values[0].plover == "REQUEST" and not _COMMENT_WORDS.isdisjoint(
        w.removeprefix("و") for w in _LETTER_RUN.findall(text, hit.word_end, hit.word_end + 60)[:4]
    ):
        return True
    # "وقال إن الوضع هنا هادئ": هنا is 'here' unless written هنأ
    if hit.key in _HAMZA_KEYS and not _HAMZA.search(view.raw_text(view.raw_span(hit.start, hit.end))):
        return True
    # "بحثاً عن المهاجمين"، "ما زالت تبحث عن مفقودين"، "عملية بحث وتمشيط" is a search, not talks
    if _SEARCH.match(hit.key) is None:
        return False
    operation = bool(before) and _behind_clitics(before[-1], _OPERATION_WORDS | _CAMPAIGN_WORDS | _SEARCH_HEADS)
    nxt = _NEXT_WORD.match(text, hit.word_end)
    # "البحث العلمي"، "عمليات البحث والإنقاذ": research, and search and rescue
    research = nxt is not None and nxt.group(1).replace("ة", "ه") in _RESEARCH_KINDS | {"والانقاذ"}
    return operation or research or bool(_ABOUT.match(text, hit.word_end)) or bool(_SWEEP.match(text, hit.word_end))


_ISSUED_SUBJECTS = frozenset(_WORDS.words("issued_subjects"))
_CHARGED_MEN = frozenset(_WORDS.words("charged_men"))


_UNLISTED_TITLES = frozenset(_WORDS.words("unlisted_titles"))


def _titled_subject(view: SentenceView, verb_end: int, first: Participant) -> Participant | None:
    """An official's post and a nationality adjective right after the verb ("المفتش الأميركي"، "السفير الأميركي"),
    before the first participant: that state's official (event_words.yaml `unlisted_titles`)."""
    post = _NEXT_WORD.match(view.folded.text, verb_end)
    if post is None or fold_text(post.group(1)) not in _UNLISTED_TITLES:
        return None
    adjective = _NEXT_WORD.match(view.folded.text, post.end(1))
    country = _nationality_of_form().get(fold_text(adjective.group(1))) if adjective is not None else None
    # "وحث المبعوث الأممي الحكومة السودانية على": the UN's official, of no state
    un = adjective is not None and fold_text(adjective.group(1)).removesuffix("ه") == "الاممي"
    if adjective is None or (country is None and not un):
        return None
    span = view.raw_span(post.start(1), adjective.end(1))
    gap = view.text[span.end - view.start : first.span.start - view.start]
    if span.end > first.span.start or (first.person and (not gap.strip() or _SENT_TO_GAP.fullmatch(gap))):
        # (his name right after the title, or past the land he is sent to, is the subject: "المبعوث الأممي هانس
        # غروندبرغ"، "المبعوث الأممي إلى الصحراء ستافان دي ميستورا")
        return None
    return Participant(span, view.raw_text(span), None, country, "igo" if un else "government", False)


def _unresolved_subject(view: SentenceView, verb_end: int, first: Participant) -> bool:
    """Whether a kind word alone ("اللجنة"، "المديرية": names.yaml `anaphoric_heads`), or a statement or a
    gathering ("البيان"، "الاجتماع": `issued_subjects`), stands right after the verb, before the first participant,
    pointing back to no name."""
    nxt = _NEXT_WORD.match(view.folded.text, verb_end)
    if nxt is None:
        return False
    word = fold_text(nxt.group(1))
    if word not in name_rules().anaphoric_heads and word not in _ISSUED_SUBJECTS:
        return False
    return view.raw_span(nxt.start(1), nxt.end(1)).end <= first.span.start


_HELD_AREAS = frozenset(_WORDS.words("held_areas"))
_HANDING = _with_conjunction(_WORDS.words("handing_verbs"))


def _handed_to(view: SentenceView, before: Sequence[Participant]) -> tuple[Participant, list[Participant]] | None:
    """The giver and the receiver right after a verb of handing over, before a complaint noun ("وسلّمت وزارة
    الخارجية الليبية السفير التركي مذكرة احتجاج")."""
    if len(before) < 2:
        return None
    giver, receiver = before[-2], before[-1]
    if view.previous_word(view.folded_index(giver.span.start)) not in _HANDING:
        return None
    gap = view.text[giver.span.end - view.start : receiver.span.start - view.start]
    return (giver, [receiver]) if not re.search(r"[،,:\"«»(]", gap) and len(gap.split()) <= 2 else None


def _construct_doer(
    view: SentenceView, hit: Hit[Trigger], after: Sequence[Participant], victims: Participant
) -> Participant | None:
    """An armed side (or settlers) right after an attack noun the told dead fell to ("اعتداء مستوطنين")."""
    end = view.raw_span(hit.start, hit.end).end
    first = next((p for p in after if not _overlaps(p.span, victims.span)), None)
    if first is None or view.text[end - view.start : first.span.start - view.start].strip():
        return None
    return first if first.role in _ARMED_ROLES or _armed_when_violent(first) else None


def _construct_with_object(view: SentenceView, hit: Hit[Trigger], after: Sequence[Participant]) -> Participant | None:
    """An armed side (or settlers) right after a verbal noun and before its object in the accusative or counted
    ("بإحراق مستوطنين منزلاً ومركبتين"): the genitive is the doer, the object follows it."""
    if not after or hit.key.split(" ")[-1] in ("علي", "عن", "ب", "ل", "من"):
        return None  # "القبض على خلية": what follows the preposition is the object
    first = after[0]
    end = view.raw_span(hit.start, hit.end).end
    if view.text[end - view.start : first.span.start - view.start].strip():
        return None
    if first.role not in _ARMED_ROLES and not _armed_when_violent(first):
        return None
    nxt = _NEXT_WORD.match(view.folded.text, view.folded_index(first.span.end))
    if nxt is None:
        return None
    word = nxt.group(1)
    # "منزلاً"، "سيارةً" (the feminine's tanween unwritten): an indefinite noun in the accusative
    # (not a participle said of the side: "خلية مكونة من ستة أشخاص")
    feminine = word.endswith("ة") and not word.startswith("م") and word not in _TIME_WORDS
    accusative = (word.endswith("ا") or feminine) and not word.startswith("ال") and len(word) > 2
    counted = word.isdigit() or any(h.word_start == nxt.start(1) for h in view.cues_of("number"))
    return first if accusative or counted or _lam_object(word) else None


_LAM_NOT_OBJECT = frozenset(_WORDS.words("lam_not_object"))


def _lam_object(word: str) -> bool:
    """ "اقتحام قوات الاحتلال لمخيم جنين"، "استهداف الجيش الصومالي لمعاقل الحركة": a noun behind ل after the genitive
    is the verbal noun's object, so the genitive side did it (not a time or a length: "للمرة الثانية")."""
    if not word.startswith("ل") or word.startswith(("ليل", "ليله")):
        return False
    rest = word[1:]
    if rest.startswith("ل"):
        rest = "ا" + rest  # "للمخيم": ل + ال
    bare = rest.removeprefix("ال")
    return len(bare) > 2 and rest not in _LAM_NOT_OBJECT and bare not in _LAM_NOT_OBJECT


def _cause_of_toll(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A trigger right after "جراء"/"بسبب", or an attack right after "إثر" or "وسط": what the told dead fell to
    ("قُتل شاب وسط اشتباكات في المخيم")."""
    before = fold_text(view.previous_word(hit.word_start))
    return before in ("جراء", "بسبب") or (before in ("اثر", "وسط") and hit.values[0].plover == "ASSAULT")


def _call_subject(view: SentenceView, call: Hit[Trigger]) -> str | None:
    """The words between a call verb and its إلى ("ودعا الملتقى الوطني لدعم المقاومة إلى"): who calls, named or not;
    None when the trigger holds no such words or they are no name (an aside, a time)."""
    words = view.raw_text(view.raw_span(call.start, call.end)).split()
    if len(words) < 3 or fold_text(words[-1]) not in ("الي", "والي"):
        return None
    return _caller_words(" ".join(words[1:-1]))


def _call_subject_before(view: SentenceView, call: Hit[Trigger], called: Hit[Trigger]) -> str | None:
    """The words between a bare call verb and the إلى before the protest it calls ("ودعت لجان أحياء في تيارت، في
    بيان مشترك، إلى وقفة"), when the call trigger is the verb alone."""
    between = view.raw_text(view.raw_span(call.word_end, called.word_start)).split()
    to = next((i for i, w in enumerate(between) if fold_text(w) in ("الي", "والي")), len(between))
    # (the protest word may stand a few words past the إلى, in what the called do: "إلى أداء صلاة الجمعة في خيمة
    # اعتصام")
    if to < 1 or len(between) - to > _CALLED_DEED_REACH or any(c in w for w in between[to:] for c in "،,؛"):
        return None
    # (only a civic body's head opens it: "ودعت الشرطة المتظاهرين إلى" holds its object too)
    if fold_text(between[0]).removeprefix("ال") not in _CALLER_HEADS:
        return None
    return _caller_words(" ".join(between[:to]))


_CALLED_DEED_REACH = 8  # إلى and the words after it up to the protest word
_CALLED_PEOPLE = frozenset(fold_text(w) for w in _WORDS.words("called_people"))


def _caller_words(subject: str) -> str | None:
    """A caller's words, or None when they are no name (an aside, a time)."""
    subject = subject.strip(" ،,")
    # ... whom it calls is no part of its name ("ودعت القوى الوطنية في القدس أهالي المدينة إلى")
    words = subject.split()
    called = next((i for i, w in enumerate(words[1:], 1) if fold_text(w).removeprefix("ال") in _CALLED_PEOPLE), None)
    subject = subject if called is None else " ".join(words[:called])
    # "ودعت لجان أحياء في تيارت، في بيان مشترك، إلى": the statement it was made in is an aside, no part of the name
    subject = _CALL_STATEMENT_ASIDE.sub("", subject).strip(" ،,")
    if not subject or any(c in subject for c in "،,()"):
        return None
    # ... named by the definite article, or by a civic body's head, indefinite or before a quoted name ("لجان
    # أحياء في تيارت"، "جمعية «صرخة المودعين»") (probe64)
    if not fold_text(subject).startswith(("ال", "وال")) and fold_text(subject.split()[0]) not in _CALLER_HEADS:
        return None
    return subject


_CALL_STATEMENT_ASIDE = re.compile(r"[،,]\s*في\s+(?:" + "|".join(_STATEMENT_NOUNS) + r")(?:\s+[^\s،,]+)?\s*$")
_CALLER_HEADS = frozenset(fold_text(w) for w in _WORDS.words("caller_heads"))
# (bare "اتحاد" also opens "الاتحاد الأوروبي": a body the names stage lists, found as the caller before this)


def _caller(
    view: SentenceView, call: Hit[Trigger], protest: Hit[Trigger], participants: Sequence[Participant]
) -> Participant | None:
    """Who calls a protest: the name right after the call verb ("ودعت جبهة الخلاص الوطني أنصارها إلى وقفة"), or
    right before it ("جبهة الخلاص دعت"، past the pluperfect's قد: "وكانت النقابة قد دعت")."""
    start, end = view.raw_span(call.start, call.end), view.raw_span(protest.start, protest.end)
    verb_end = start.start + len(view.raw_text(start).split(" ")[0])  # a call trigger may run to its إلى
    # named by its own name: "ودعت الجماعة أنصارها" points back to a body the story has told of
    own = [p for p in participants if p.named and fold_text(p.text) not in name_rules().anaphoric_heads]
    after = [p for p in own if verb_end <= p.span.start < end.start]
    if after:
        return after[0]
    before = [p for p in own if p.span.end <= start.start]
    gap = view.text[before[-1].span.end - view.start : start.start - view.start] if before else "x"
    return before[-1] if before and fold_text(gap).strip(" ،,") in ("", "قد") else None


_CHANTED = re.compile("[يت]?هتف")  # هتف، هتفوا، يهتفون: the chant is the protest's act
_CROWD_GATHERED = frozenset({"gathering"})  # triggers.yaml: a crowd that gathered to demand


def _purpose_of_protest(view: SentenceView, hit: Hit[Trigger], hits: list[Hit[Trigger]]) -> bool:
    """ "تجمع مئات المحتجين في ساحة الكرامة للمطالبة بالإفراج عن المعتقلين": a demand behind ل after the protesters
    is what they gathered for; the protest, weak as its word is, is the event."""
    if hit.values[0].plover != "REQUEST":
        return False
    if view.folded.text[hit.word_start : hit.start].startswith("ل"):
        return any(h.end <= hit.start and h.values[0].plover == "PROTEST" for h in hits)
    # ... and so is what the slogans they chant call for ("هتفوا بشعارات تدعو إلى إسقاط القرار"); banners only
    # carried ("حمل المتظاهرون لافتات تطالب") add to a protest told before and stay no event of their own
    carried = re.sub("^[وفب]?(?:ال)?", "", fold_text(view.previous_word(hit.word_start))) in _SLOGANS
    # ... and so do those a crowd gathered in this sentence carries ("تجمع عشرات أمام المحكمة رافعين شعارات تطالب
    # بالإفراج عنهم"): the gathering, weak as its word is, is the protest
    return carried and any(
        h.end <= hit.start and (_CHANTED.match(h.key) is not None or h.values[0].id in _CROWD_GATHERED) for h in hits
    )


def _names_a_thing(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "منصة لإطلاق الصواريخ", "مناطق الاشتباكات": the trigger word names a thing or a place, not an event;
    "سبل تعزيز التعاون": what talks aim to further."""
    before = view.words_before(hit.word_start, 30, 1)
    return bool(before) and _thing_head(view, hit, _unclitic(before[-1]))


def _thing_head(view: SentenceView, hit: Hit[Trigger], word: str) -> bool:
    """Whether the word before the trigger is a head noun that makes it a thing ("منصة لإطلاق"، "قانون التظاهر"). A
    law word is also the end of a subject's name, and the verb after it is that subject's deed ("إن قوات إنفاذ
    القانون قتلت ستة مسلحين"; art2)."""
    if word not in _NOT_EVENT_HEADS:
        return False
    return word not in _LAW_HEADS or _is_noun(view, hit)


_NEGATED_CLAIM = re.compile(
    r"(?<!\w)[وف]?لم +(?:[^\W_]+ +){0,4}?(?:مسووليه|مسووليته|مسووليتها|مسووليتهم) +عن +$"
    r"|(?<!\w)[وف]?لم +[يت]تبن[يا]?(?: +[^\W_]+){0,3} +$"
)
_CONTRAST_TURN = re.compile(r"[،,] *(?:في حين|بينما|فيما|غير ان|لكن|الا ان)(?!\w)")
_SPANS_OF_TIME = frozenset({"ساعات", "ايام", "اسابيع", "اشهر", "شهور", "يومين", "ساعتين", "اسبوعين", "شهرين"})
_DAYS_THAT_SAW = _SPANS_OF_TIME | {"يوم", "ليله", "ليلة", "اسبوع", "ليلتين"}  # folded text keeps ة
_SAW = frozenset({"شهد", "شهدت"})
_SAW_NEEDLES = tuple(sorted(_SAW))
# "بعد يوم من التوتر شهد مواجهات بين"، "عقب ليلة دامية شهدت اشتباكات": a day before and what it saw, up to the trigger
_DAY_THAT_SAW = re.compile(
    r"(?<!\w)[وف]?(?:بعد|عقب|اثر) +(" + "|".join(sorted(_DAYS_THAT_SAW)) + r")(?: +[^\W\d_]+){0,3} +"
    r"(?:" + "|".join(sorted(_SAW)) + r")(?: +[^\W\d_]+){0,3} *$"
)


def _day_that_saw(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "عاد هدوء حذر إلى كركوك اليوم، بعد يوم من التوتر شهد مواجهات بين متظاهرين": the day (or night) before and
    what it saw are the setting of what the sentence tells; the clash is told in a sentence of its own (probe66)."""
    if not view.contains_any(_SAW_NEEDLES):
        return False
    clause = _CLAUSE_MARK.split(view.folded.text[max(0, hit.word_start - 90) : hit.word_start])[-1]
    return _DAY_THAT_SAW.search(clause) is not None


_SHORT_SPANS = frozenset({"ساعات", "ساعتين"})
# with or without ال: "طلب عدم كشف اسمه"; or by a verb: "طالبا ألا ينشر اسمه"
_NOT_NAMED = re.compile(r" +(?:عدم +(?:ال)?(?:كشف|ذكر|نشر|افصاح)|الا +[يت](?:كشف|ذكر|نشر|فصح))")
# a thing or place ("منصة لإطلاق") or what talks aim to further ("سبل تعزيز التعاون"): the trigger after it is no event
_NOT_EVENT_HEADS = frozenset(_WORDS.words("thing_heads")) | frozenset(_WORDS.words("furthered"))
_LAW_HEADS = frozenset({"قانون", "القانون", "قوانين"})
_HALT = frozenset(_WORDS.words("halt"))
_AGREEMENT_REFERENCE = frozenset(_WORDS.words("agreement_reference"))
# "استهدفوا دبابة إسرائيلية"، "تدمير دبابة"، "هجوم على زورق حربي": a weapon right after a plural verb (its subject in
# its suffix) or a noun of aiming or destroying (no ب: "استهدفوا بقذائف" is the means) is what was hit, not what hit
# it; after a singular verb it is the subject ("استهدفت مسيّرة مبنى")
_AIMED_AT = re.compile(r"(?<!\w)[وف]?(?:استهدفوا|استهداف|باستهداف|دمروا|تدمير|بتدمير|اعطبوا|اعطاب|علي)$")


_TARGETED_ARMS = frozenset(
    fold_text(w) for w in ("دبابة", "دبابات", "بارجة", "بوارج", "زورق حربي", "زوارق حربية", "سفن حربية")
)


def _weapon_aimed_at(view: SentenceView, h: Hit[Cue]) -> bool:
    """(Only arms that are as often hit as hitting: "باستهداف مسيّرة إسرائيلية سيارة" is the drone's strike.)"""
    return (
        h.start == h.word_start
        and h.key in _TARGETED_ARMS
        and _AIMED_AT.search(view.previous_word(h.word_start)) is not None
    )


_AIM_NOUNS = frozenset(fold_text(w) for w in ("تعزيز تعاون", "تبادل معلومات", "تبادل خبرات"))
_COMMENT_WORDS = frozenset(_WORDS.words("comment_words"))
_AWAITING = frozenset(_WORDS.words("awaiting"))
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_BAN = frozenset(_WORDS.words("ban"))
_PLANNING = frozenset(_WORDS.words("planning"))
_NEGATION = frozenset(fold_text(w) for w in cues().negation)
_DANGER_BEFORE = frozenset(_WORDS.words("danger_before"))
_DANGER_AFTER = _WORDS.words("danger_after")
_ENDANGERED = frozenset(_WORDS.words("endangered"))
_HAMZA_KEYS = frozenset(fold_text(w) for w in _WORDS.words("hamza_forms"))
_HAMZA = re.compile("[أإآءؤئ]")
_SEARCH = re.compile(r"[يتن]?بحث")
_SWEEP = re.compile(r" +و(?:ال)?تمشيط(?!\w)")  # "بحث وتمشيط": search and comb
_CAMPAIGN_WORDS = frozenset(("حمله", "حملة", "حملات"))
# "محرك بحث مايكروسوفت"، "مراكز البحث"، "البحث العلمي": a search engine or research, not talks
_SEARCH_HEADS = frozenset(_WORDS.words("search_heads"))
_RESEARCH_KINDS = frozenset(_WORDS.words("research_kinds"))
_ABOUT = re.compile(r" +عن(?!\w)")


# ... "مطلوبين بجرائم إطلاق نار"، "بقضايا خطف": the crimes someone is wanted for
# (probe92: the Levant's "بجرم", for the crime of)
_GROUNDS = frozenset(
    {"خلفيه", "خلفية", "بتهمه", "بتهمة", "بتهم", "بسبب", "بجرايم", "بجريمه", "بقضايا", "بقضيه", "بجرم"}
) | (_taa_spellings(_WORDS.words("involved")))


def _has_time(doc: Document, view: SentenceView) -> bool:
    span = view.sentence.span
    return any(span.start <= int(t["start"]) < span.end for t in doc.times)


def _is_definite(view: SentenceView, hit: Hit[Trigger]) -> bool:
    # "أعلنت وزارة الداخلية القبض على خلية": the article of the idiom القبض على refers to no deed told before
    if hit.key.startswith(_CUSTODY_KEY):
        return False
    before = view.folded.text[hit.word_start : hit.start]
    # ... nor that of a penalty a court imposes ("قضت المحكمة، أمس، بالسجن المؤبد على خمسة متهمين"): the article
    # names the penalty's kind, not a sentence told before (art2)
    if before == "بال" and hit.values[0].id == "court_sentence":
        return False
    return before.endswith("ال")


_CUSTODY_KEY = fold_text("قبض على")


def _cause_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Written words as a regex over view text (folded, ة kept): behind clitics and the article, with ة or ه."""
    forms = sorted({re.sub("ه(?= |$)", "[هة]", re.escape(fold_text(w)).replace("\\ ", " ")) for w in words}, key=len)
    return re.compile(r"(?<!\w)[وف]?[بلك]?(?:ال)?(?:" + "|".join(reversed(forms)) + r")(?!\w)")


_NATURAL_CAUSE = _cause_pattern(_WORDS.words("natural_causes"))
_GAINS = _cause_pattern(_WORDS.words("gains"))
_GAIN_REACH = 30  # characters after أصاب in which its subject and then what it gained are told
_SPORTS = _cause_pattern(_WORDS.words("sports_words"))


def _sports_gate() -> frozenset[str] | None:
    """Words one of which a text must hold for _SPORTS to match in it, or None (search always). _SPORTS's own gate
    (rasd.gates) holds the first word of each phrase, and "في الشباك" lets every sentence with في through; a
    phrase's match also holds its last word whole (after the phrase's space, before `(?!\\w)`), so the single
    words' gate and the phrases' last words (ه or ة at the end, as _cause_pattern spells them) will do."""
    words = _WORDS.words("sports_words")
    single = gate_of(_cause_pattern(w for w in words if " " not in fold_text(w)))
    ends = {fold_text(w).split()[-1] for w in words if " " in fold_text(w)}
    if not single or not all(re.fullmatch(r"[^\W_]+", e) for e in ends):
        return None
    return single[0] | ends | {e[:-1] + "ة" for e in ends if e.endswith("ه")}


_SPORTS_GATE = _sports_gate()
# "وسجل المهاجم المصري محمد صلاح هدفين": a goal scored, the scorer between (probe57)
_GOAL_SCORED = re.compile(r"(?<!\w)[وف]?(?:سجل|يسجل|بتسجيل|تسجيل)(?: +[^\W\d_]+){0,5} +(?:هدفا|هدفين|اهداف)(?!\w)")
_CONTESTS_LEFT = _cause_pattern(_WORDS.words("contests_left"))


def _article_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """As _cause_pattern, but an article written on a word may also come as لل ("للدفاع المدني")."""
    inner = _cause_pattern(re.sub("^ال", "", w) for w in words).pattern
    return re.compile(inner.replace("[وف]?[بلك]?(?:ال)?", "[وف]?(?:[بك]?ال|لل|[بلك])?", 1))


_CIVIL_ALERTS = _article_pattern(_WORDS.words("civil_alerts"))
_PAST_ERA = _cause_pattern(_WORDS.words("past_era_words"))
# "عام 1629"، "سنة 332"، "حرب ( 1948 )": a year in digits after its word or a war's (a bare number may be a
# count, "500 م" metres); "منذ عام 1948" measures how long since, in a sentence of today
_YEAR = re.compile(r"(?<!منذ )(?<!\w)[وفب]?(?:ال)?(?:عام|سنه|سنة|حرب|ثوره|ثورة|نكبه|نكبة) +\(? *([0-9]{3,4})(?![0-9])")
_HIJRI_YEAR = re.compile(
    r"(?<![0-9])[0-9]{1,4} +للهجر[هة](?!\w)"  # "سنة 40 للهجرة"
    # "عام 1445 الهجري"، "القرن الثالث الهجري"، "السنة الهجرية" (not the surname: "حكمت الهجري")
    r"|(?:(?<![0-9])[0-9]{1,4}|(?<!\w)(?:ال)?(?:عام|سنه|سنة|القرن +[^\s]+)) +(?:ال)?هجري(?:[هة])?(?!\w)"
)
_NEWS_ERA = 1950  # the gold sets and the press they stand for tell nothing older as an event
# "بتاريخ (2 / 6 / 1972)": a day written in full; one more than a decade before publication dates an archive's
# item or a life's story, not news
_FULL_DATE = re.compile(r"(?<![0-9])[0-9]{1,2} *[/-] *[0-9]{1,2} *[/-] *([0-9]{4})(?![0-9])")
_ARCHIVE_YEARS = 10


_TOPIC_REACH = 150  # characters either side of a trigger: run-on sentences glue a match report to politics


def _off_topic(view: SentenceView, hit: Hit[Trigger], published: date | None = None) -> bool:
    """A trigger in a passage of history ("استولى الإغريق على مصر عام 332 ق.م"، "عام 203 للهجرة") or of a match
    report ("فرض الفريق سيطرته في الشوط الثاني") tells no news event, whatever word of war it is. A match report
    that names a weapon or a death there ("انفجار عبوة خلال مباراة أسفر عن مقتل 3") tells an attack all the
    same."""
    text = view.folded.text
    start, end = max(0, hit.word_start - _TOPIC_REACH), hit.word_end + _TOPIC_REACH
    near = text[start:end]
    if _PAST_ERA.search(near) or _HIJRI_YEAR.search(near):
        return True
    if any(int(m.group(1)) < _NEWS_ERA for m in _YEAR.finditer(near)):
        return True
    if published is not None and any(
        int(m.group(1)) < published.year - _ARCHIVE_YEARS for m in _FULL_DATE.finditer(near)
    ):
        return True
    if not _SPORTS.search(near) and not _GOAL_SCORED.search(near) and not _MATCH_MINUTE.search(near):
        return False
    # fans who riot, march or sit in and fans arrested are news around a match, and so is what gunmen did to a
    # player (probe82; not إيقاف/توقيف, which in sport suspend a player)
    if hit.values[0].id in _CROWD_EVENTS or hit.key.startswith(_ARREST_STEMS) or _GUNMEN.search(near):
        return False
    return not any(start <= c.start < end and v.category in ("weapon", "killed") for c in view.cues for v in c.values)


# "في الدقيقة 80": a match's minute (probe82)
_MATCH_MINUTE = re.compile(r"(?<!\w)(?:في|منذ|بعد|قبل|حتي) +الدقيق[هة] +[0-9]{1,3}(?![0-9])")
_CROWD_EVENTS = frozenset(
    {
        *("demonstration", "sit_in", "protest_march", "protest_intervention", "excessive_force"),
        *("violent_demonstration", "mob_violence", "strike_action"),
    }
)
_ARREST_STEMS = ("اعتقل", "يعتقل", "تعتقل", "اعتقال", "قبض", "القي قبض", "القت قبض", "القوا قبض")


_TALK_WORDS = frozenset({"CONSULT", "COOPERATE", "REQUEST", "PROTEST", "AGREE", "ACCUSE"})
# the writer's own trip ("التقينا الإمام"، "كل مرة أزور فيها طهران"): travel writing, unless someone is quoted
_WRITERS_VISITS = frozenset({"التقينا", "التقيت", "ازور", "نزور", "زرنا", "زرت", "التقيناه", "التقيناهم"})
_CHARGE_SHEET = frozenset({"لايحه", "لايحة", "لوايح"})
_MIDDLE_FORMS = frozenset({"يتوسط", "تتوسط"})
_INTERVIEW_WORDS = frozenset(_WORDS.words("interview_words"))
_SAID_IN = frozenset(_WORDS.words("said_in"))
_REPORTERS = frozenset(_WORDS.words("reporters"))
_MEDIATE_NEXT = frozenset({"بين", "لدي", "في", "مع", "لحل", "لانهاء", "للتوصل", "من"})
_PEAK_BEFORE = frozenset(_WORDS.words("peak_before"))
_PEAK_AFTER = frozenset(_WORDS.words("peak_after"))
_FESTIVAL_KINDS = frozenset(_WORDS.words("festival_kinds"))
_CONVEYED_PROTEST = frozenset(_WORDS.words("conveyed_protest_verbs"))
_PROTEST_OWNERS = frozenset(_WORDS.words("protest_owners"))
_FEATURES_BEFORE = frozenset(_WORDS.words("features_before"))
_RECORD_BEFORE = frozenset(_WORDS.words("record_before"))
_COMPANY_BODY = re.compile(r" +(?:" + _alt("company_bodies") + r")(?!\w)")


def _behind_clitics(word: str, words: frozenset[str]) -> bool:
    """Whether the word is one of `words`, maybe behind و/ف and ب/ل ("وفوق"، "بموجب"; "فوق" itself is no ف + وق)."""
    if word in words:
        return True
    # the word less a leading و/ف, a leading ب/ل, or both (string tests: no regex per word)
    conjunction = word.startswith(("و", "ف"))
    if (conjunction or word.startswith(("ب", "ل"))) and word[1:] in words:
        return True
    return conjunction and word[1:2] in ("ب", "ل") and word[2:] in words


def _tells_no_news(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A word that makes its whole sentence no news: the writer's own trip ("التقينا الإمام ..."، "كل مرة أزور
    فيها طهران"), unless someone is quoted, or a charge sheet ("لم تقدم بعد لائحة اتهام"، a film's "لائحة
    اتهام"): what else the sentence says is travel writing or court talk too, so no weaker word takes it over."""
    text = view.folded.text
    plover = hit.values[0].plover
    if plover == "CONSULT" and (text[hit.word_start : hit.start] + hit.key).lstrip("وف") in _WRITERS_VISITS:
        return not any(q in text[: hit.word_start] for q in ('"', "«", "“", ":"))
    if plover == "ACCUSE" and hit.key.startswith("اتهام"):
        before = view.words_before(hit.word_start, 30, 1)
        return bool(before) and _behind_clitics(before[-1], _CHARGE_SHEET)
    return False


_DISCUSSED = re.compile(r"(?<!\w)(?:التي|الذي|اللذين|اللتين|الذين) +(?:تم|جري|يتم|سيتم|يجري|سيجري) *$")
_TOPIC_PRONOUN = re.compile(r"\w*(?:مناقش|بحث)\w*(?:ه|ها|هم|هما)")


def _topic_discussed(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "المواقف التي سيتم مناقشتها خلال الاجتماعات"، "الأولويات التي جرى بحثها": the topics talked of, in a
    relative clause whose pronoun the discussion noun carries; the meeting, if any, is told by its own word."""
    text = view.folded.text
    word = text[hit.word_start : hit.word_end].split(" ")[0]
    return _TOPIC_PRONOUN.fullmatch(word) is not None and bool(_DISCUSSED.search(text, 0, hit.word_start))


def _talk_misread(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A talk or protest word that a word beside it shows to be another word spelled alike: a peak ("على قمة
    تل"), a market's demand ("نمو الطلب على أجهزتها"), a fair ("التظاهرة الاقتصادية"), features ("بكل مظاهره
    الطبيعية"), a style ("على نسق العمارة الصينية"), a record of a meeting ("محضر اجتماع البلدية") or a
    company's meeting ("اجتماع مجلس الإدارة")."""
    text = view.folded.text
    word = text[hit.word_start : hit.start] + hit.key
    before = view.words_before(hit.word_start, 30, 1)
    prev = before[-1] if before else ""
    nxt_match = _NEXT_WORD.match(text, hit.word_end)
    nxt = nxt_match.group(1).replace("ة", "ه") if nxt_match else ""
    key = hit.key.replace("ة", "ه")
    plover = hit.values[0].plover
    if plover == "CONSULT" and key.endswith(("قمه", "قمم")):
        return _behind_clitics(prev, _PEAK_BEFORE) or nxt in _PEAK_AFTER
    if plover == "CONSULT" and key.endswith(("اجتماع", "اجتماعات")):
        company = _COMPANY_BODY.match(text.replace("ة", "ه"), hit.word_end) is not None
        return company or _behind_clitics(prev, _RECORD_BEFORE)
    if plover == "REQUEST" and key == "طلب":
        return word.endswith("الطلب") and nxt == "علي"
    if plover == "PROTEST" and key.startswith("احتجاج"):
        # "وأبلغته احتجاج بلادها الشديد": a state's complaint handed to an envoy; "وأبلغ احتجاجه للوفد"، "مبدياً
        # احتجاجها": one side's own protest, with his or her pronoun, is a complaint voiced, no crowd
        own = text[hit.word_start : hit.word_end].endswith(("احتجاجه", "احتجاجها"))
        return own or _behind_clitics(prev, _CONVEYED_PROTEST) or nxt in _PROTEST_OWNERS
    if plover == "PROTEST" and "ظاهر" in key:
        return nxt in _FESTIVAL_KINDS or (key.startswith("مظاهر") and _behind_clitics(prev, _FEATURES_BEFORE))
    if key in _MIDDLE_FORMS:
        # "يتوسط روضة ..."، "تتوسط المدينة ساحة": what lies in the middle takes its object with no preposition;
        # one who mediates does so between sides, with or in a matter, a few words on ("وتتوسط قطر بين")
        return _MEDIATE_NEXT.isdisjoint(text[hit.word_end : hit.word_end + 40].split()[:4])
    if plover == "COOPERATE" and key == "نسق":
        return prev == "علي"
    if plover == "CONSULT" and _topic_discussed(view, hit):
        return True
    if plover == "CONSULT" and prev == "في" and (key.startswith(("اتصال", "مكالمه")) or key in _INTERVIEW_WORDS):
        # "ونسبت الصحيفة إلى جنبلاط قوله في اتصال هاتفي"، "وقال في مقابلة": what he told the press by telephone
        said = view.words_before(hit.word_start, 40, 2)
        if len(said) == 2 and said[0] in _SAID_IN:
            return True
    if plover == "CONSULT" and key in _INTERVIEW_WORDS and nxt == "مع":
        # "قال في لقاء مع موفد الجزيرة نت"، "في مقابلة مع صحيفة": an interview given to the press, not talks
        after = text[hit.word_end : hit.word_end + 40]
        return any(hit.word_end < c.start < hit.word_end + 40 for c in view.cues_of("media", "wire")) or any(
            w.removeprefix("ل") in _REPORTERS for w in after.split()[1:3]
        )
    return False


# between a strike noun and the verb of the clause describing it: at most two adjectives ("غارة جوية إسرائيلية")
_DESCRIBED_BY_VERB = re.compile(r"(?: +[^\W\d_]+){0,2} +")


# (folded) "حيدت مسلحين "، "قتلت مهاجمين ": a killing verb and the armed men it befell, right before a verb of theirs
_FIRING_OF_KILLED = re.compile(
    r"(?<!\w)[وف]?(?:حيدت|حيد|حيدوا|حيدنا|قتلت|قتلوا|قتلنا) +(?:مسلحين|مسلحا|مسلحان|مهاجمين|مهاجما) +$"
)


# "، في اتصال هاتفي، إن"، "في اتصال هاتفي مع وكالة ..."، "في اتصال هاتفي لـ«النهار»": how a source spoke to the press
_PRESS_CALL_AFTER = re.compile(
    r" *(?:[،,]|(?:مع|ل) *[«\"“]|مع (?:ال)?(?:"
    + _taa_alt("press_words")
    + r")(?!\w)|ل(?:ال)?(?:"
    + _taa_alt("press_words")
    + r")(?!\w))"
)


def _call_to_press(view: SentenceView, h: Hit[Trigger]) -> bool:
    """ "وقال أحد سكان البلدة، في اتصال هاتفي، إنه سمع دوي انفجار": a phone call said to be how a source spoke,
    after a verb of saying, with no one on its other end but the press, is no talks (probe84)."""
    text = view.folded.text
    if view.previous_word(h.word_start) != "في":
        return False
    if not any(c.end <= h.word_start for c in view.cues_of("reporting")):
        return False
    return _PRESS_CALL_AFTER.match(text, h.end) is not None


# "ويرى مراقبون أن ..."، "ويعتقد بعض المحللين أن ...": unnamed pundits' view opening the sentence is analysis (probe84)
_PUNDITS_VIEW = re.compile(
    r"^\W*[وف]?(?:"
    + _alt("opinion_verbs")
    + r")(?: (?:بعض|كثير من|عدد من|اغلب|معظم))? (?:"
    + _alt("pundits")
    + r")(?!\w)"
)


_STATEMENT_READERS = frozenset(_WORDS.words("statement_readers"))
_READER_WORDS = tuple(_STATEMENT_READERS)
_RETURNED_FIRE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("returned_fire") + r")(?!\w)")
_FIRED_ON_BEFORE = re.compile(r"(?<!\w)[وف]?(?:تعرضت|تعرض|تعرضوا)(?: +[^\W\d_]+){0,3}? +ل(?:اطلاق|لاطلاق)")

# "، وإن قوات الأمن أوقفت"، "، فيما قال مصدر إن": a clause of its own that goes on to another deed (folded)
_NEXT_THAT_CLAUSE = re.compile(r"[،,] *(?:و(?:ان|بان)|فيما|بينما|في حين)(?!\w)")


def _sentence_events(doc: Document, view: SentenceView, ctx: Context) -> list[dict[str, Any]]:
    """The sentence's one event (gold coders give a sentence one event type), if it tells one."""
    if any(h.key in _ARRIVAL_KEYS and h.values[0].id == "visit" for h in view.triggers):
        # "وصلت سفينة مساعدات"، "وصل مئات اللاجئين"، "وصلت قوة من سلاح الهندسة": only an official's arrival is a
        # visit; any other leaves the sentence's other words their say
        view.triggers = [h for h in view.triggers if h.key not in _ARRIVAL_KEYS or _official_arrival(view, h, ctx)]
    if any(h.values[0].id in _MEETING_THE_SICK for h in view.triggers):
        # "زار رئيس الوزراء جرحى التفجير في المستشفى، وحذر من أن القوات الأمنية ستلاحق": a visit to the wounded is
        # no talks; the sentence's other words have their say (probe60); nor is a hospital receiving the wounded or
        # the dead ("استقبل مستشفى ناصر جثامين 12 شهيداً")
        view.triggers = [
            h
            for h in view.triggers
            if h.values[0].id not in _MEETING_THE_SICK or not _sick_visited(view.folded.text, h.word_end)
        ]
    if any(h.values[0].id == "phone_call" for h in view.triggers):
        view.triggers = [h for h in view.triggers if h.values[0].id != "phone_call" or not _call_to_press(view, h)]
    hits = view.triggers
    if hits and _is_aggregate(view) and _build_up(view):
        view.aggregate = False
    if hits and _is_aggregate(view):
        # "شنت طائرات، مساء أمس الخميس، سلسلة غارات ... منذ يناير": no event of its own, but the day it
        # names is the day the story's next incidents continue
        days = [t for t in _own_times(doc, view) if t["precision"] == "day"]
        if days:
            ctx.last_date = DateOf(date.fromisoformat(str(days[0]["value"])), "day", "tally")
    if not hits or _is_aggregate(view) or _is_subheading(doc, view) or _PUNDITS_VIEW.match(view.folded.text):
        return []
    opening = min(hits, key=lambda h: h.start)
    if opening.values[0].plover in _SAID and _opinion_or_text(view, opening, _words_before_hit(view, opening)):
        return []  # "وتدعو الخطة الأمريكية إلى نزع سلاح حماس وانسحاب ...": what it asks is no event either (probe93)
    # "ولم تعلن أي جهة مسؤوليتها عن إطلاق الصاروخين"، "لم تتبن أي جهة تفجير السيارة": no one claimed what the
    # story told; the sentence tells no event (what it adds, "غير أن فصائل تبنت هجمات سابقة", is background)
    if _NEGATED_CLAIM.search(view.folded.text, max(0, hits[0].word_start - 60), hits[0].word_start):
        # ... unless a clause of contrast tells one after it ("، في حين أعلن تنظيم داعش أن عناصره هاجموا حاجزاً")
        turn = _CONTRAST_TURN.search(view.folded.text, hits[0].end)
        if turn is None:
            return []
        view.triggers = hits = [h for h in hits if h.start >= turn.end()]
        if not hits:
            return []
    # destruction a weapon wrought is a strike, as strong as one named so; a strong word that names a thing or a
    # place ("أجلت 234 عائلة من مناطق الاشتباكات") leaves the weak ones their say
    # ... and what protesters gathered to demand (and all it asks for) is no event either
    purpose = next((h.start for h in hits if _purpose_of_protest(view, h, hits)), len(view.folded.text))
    strong = [
        h
        for h in hits
        if (h.values[0].strength == "strong" or _weapon_destroyed(view, h) is not None)
        and not _names_a_thing(view, h)
        and not _landing(view, h)
        and h.start < purpose
        # "أوقفت الشرطة ستة محتجين قبل أن تطلق سراحهم": the weak arrest is the event, not its closing release
        and not _closing_step(view, h)
        and not _sought(view, h)  # "بحث سبل تقديم منحة": the talks are the event, the grant their topic
        and not _issue_talked(view, h, hits)  # "بحث ... ملف انسحاب القوات": the withdrawal is the talks' topic
        and not _during_sweep(view, h)
        # "حيّدت مسلحَين أطلقا النار على جنوده": the gunmen's fire qualifies whom the killing befell (probe72)
        and not _FIRING_OF_KILLED.search(view.folded.text, max(0, h.word_start - 40), h.word_start)
        and not _seized_after_killing(view, h, hits)
    ]
    candidates = strong or hits
    heads = [h for h in candidates if not _is_reference(view, h)]
    if candidates[0].key in _AIM_NOUNS:
        # a sentence that opens on an aim ("تسعى إلى تعزيز التعاون ... لمواجهة التهديدات التي تستهدف"، "لإحداث
        # تبادل الخبرات ... برنامج يستهدف استثمار المنح") tells aims: its later words are aims too
        return []
    first = strong[0].word_start if strong else 0
    lead_in = view.words_before(first, 30, 3)
    after_clash = any(_unclitic(w) in _BEFORE_OR_GROUNDS for w in lead_in)
    # "قُتل ثلاثة مدنيين إثر غارة لطائرة مسيرة": the attack the told dead fell to is no mere lead-in
    fell_to = bool(strong) and _cause_of_toll(view, strong[0])
    fell_to = fell_to and all(m.end() + 1 == strong[0].word_start for m in _AFTER_WORD.finditer(view.folded.text))
    after_clash = after_clash and not (fell_to and any(c.end <= first for c in view.cues_of("killed", "injured")))
    if not heads and after_clash:
        # "سيطرت الفصائل، أمس، على المدينة بعد اشتباكات عنيفة": the strong word tells what came before; the weak
        # one is the event
        heads = [
            h
            for h in hits
            if h.values[0].strength != "strong" and h.end <= strong[0].start and not _is_reference(view, h)
        ]
    if not heads and strong and all(_after_cause(view.previous_word(h.word_start)) for h in strong):
        # "وعلى إثر الهجمات، أطلقت قيادة العمليات عملية تفتيش واسعة": the attacks referred to are what the weak
        # word's deed followed; it is the event (probe89); a toll told so stays the attack's ("بعد الهجوم، قتل جندي")
        heads = [
            h
            for h in hits
            if h.values[0].strength != "strong"
            and h.values[0].plover != "ASSAULT"
            and h.start >= strong[-1].end
            and not _is_reference(view, h)
        ]
    if not heads and strong and all(not _GROUNDS.isdisjoint(_words_before_hit(view, h)) for h in strong):
        # "أوقفت الشرطة ثلاثة أشخاص للاشتباه في تورطهم في الإشادة بأعمال إرهابية": the deed charged is the grounds
        # of the weak word's arrest before it, which is the event (not a toll's: "الجرحى بسبب كثافة إطلاق النار")
        heads = [
            h
            for h in hits
            if h.values[0].strength != "strong"
            and h.values[0].plover == "COERCE"
            and h.end <= strong[0].start
            and not _is_reference(view, h)
        ]
    if not heads and strong and all(h.values[0].plover == "AGREE" for h in strong):
        # "ووقع انفجار في سوق المدينة، رغم سريان اتفاق التهدئة": the deal referred to is the state things are in;
        # the weak word before it is the event (probe77)
        heads = [
            h
            for h in hits
            if h.values[0].strength != "strong" and h.end <= strong[0].start and not _is_reference(view, h)
        ]
    if not heads and strong and all(_SIDELINES in view.words_before(h.word_start, 30, 3) for h in strong):
        # "بحث الوزير مع نظيره، على هامش القمة، العلاقات الثنائية": the summit is when; the weak talk word is the
        # event (probe58)
        heads = [h for h in hits if h.values[0].plover == "CONSULT" and not _is_reference(view, h)]
    casualties = bool(view.cues_of("killed", "injured"))
    # "أصيب 20 متظاهراً خلال تفريق تظاهرة"، "أصيب 12 من رجال الأمن خلال أعمال شغب": wounds and no dead in a protest
    # broken up or a riot are its toll
    dispersed = heads and heads[0].values[0].id in _ROUGH_PROTESTS and not view.cues_of("killed")
    if (
        casualties
        and heads
        and not dispersed
        and heads[0].values[0].plover == "PROTEST"
        and view.previous_word(heads[0].word_start) in ("خلال", "اثناء")
    ):
        # "أصيب خمسة متظاهرين برصاص القوات الأمنية خلال احتجاجات": the protest is when it befell them; the
        # casualty word told before it is the event
        hurt = [h for h in hits if h.values[0].id in _TOLL_TRIGGERS and h.end <= heads[0].start]
        heads = hurt[:1] + heads
    if (
        heads
        and heads[0].values[0].plover == "PROTEST"
        and (
            (
                "PROTEST" in ctx.told
                and (view.previous_word(heads[0].word_start) in ("خلال", "اثناء") or _is_definite(view, heads[0]))
            )
            # "أوقفت مصالح الأمن ثلاثة ناشطين شاركوا في وقفة احتجاجية": what those held had taken part in
            or _TOOK_PART.search(view.folded.text, max(0, heads[0].word_start - 30), heads[0].word_start) is not None
        )
    ):
        # "أن السلطات أوقفت ستة أساتذة خلال تفريق الوقفة"، "أوقفت 12 شخصاً من المشاركين في الاعتصام": the protest
        # told before is when or whom they held; the arrest is this sentence's event (in the sentence that first
        # tells the protest, "أوقفت ... خلال مسيرة" is the protest broken up)
        held = [h for h in hits if h.values[0].acled == _ARRESTS and h.end <= heads[0].start and not _is_noun(view, h)]
        if held:
            ctx.held_at = heads[0]
        heads = held[:1] + heads
    if heads and casualties and heads[0].values[0].plover == "ASSAULT" and not _is_noun(view, heads[0]):
        # "قُتل جنديان جراء غارة إسرائيلية استهدفت حاجزاً للجيش": the verb of a clause that describes the strike
        # the dead fell to tells that strike; the noun (its kind, its nationality) is the event
        cause = next(
            (
                h
                for h in candidates
                if h.end <= heads[0].start
                and h.values[0].plover == "ASSAULT"
                and _cause_of_toll(view, h)
                and _DESCRIBED_BY_VERB.fullmatch(view.folded.text[h.word_end : heads[0].word_start])
            ),
            None,
        )
        if cause is not None:
            heads = [cause, *heads]
    if not heads and casualties:
        # "قُتل سبعة مدنيين جراء قذائف مدفعية": the cause of the deaths is the event; so is an attack "إثر" which
        # they fell ("قُتل ثلاثة مدنيين إثر استهداف طائرة مسيرة تركية سيارتهم"), if no other "after" is in the sentence
        causes = [h for h in candidates if _cause_of_toll(view, h)]
        cause_starts = {h.word_start for h in causes}
        afters = [m for m in _AFTER_WORD.finditer(view.folded.text) if m.end() + 1 not in cause_starts]
        heads = causes if not afters else []
    if (
        len(heads) > 1
        and heads[0].values[0].plover == "ACCUSE"
        and _denied_charges(view, heads[0])
        and _joined_clause(view, heads[1], heads[0].word_end)
    ):
        # "نفت الوزارة الاتهامات المصرية، متهمةً القاهرة بعرقلة المحادثات": the charges denied are the other
        # side's, told before; the denier's own word after them is the event (art4)
        heads = heads[1:]
    if not heads:
        return []
    hit = heads[0]
    if hit.values[0].id == "raid":
        # "اقتحمت القوات مدينة جنين وقتلت ثلاثة فلسطينيين"، "اقتحم مسلحون قرية وقتلوا 12 من سكانها": a raid is coded
        # by what happens in it, the killing told after it
        done = next((h for h in heads[1:] if h.values[0].id in _TOLL_TRIGGERS and not _is_noun(view, h)), None)
        # ... or the arrest made in it, also by the Maghreb's weak verb ("دهمت منازل مطلوبين وأوقفت خمسة منهم")
        arrest = next((h for h in heads[1:] if h.values[0].acled == _ARRESTS and not _is_noun(view, h)), None)
        hit = done or arrest or hit
    if _sweep(hit):
        # "أطلقت إدارة الأمن العام حملة تمشيط في حيين ... أسفرت عن توقيف 23 شخصاً": a sweep told with the arrests it
        # made is those arrests (probe90), as a raid is
        hit = next(
            (
                h
                for h in view.triggers
                if h.start > hit.end and h.values[0].acled == _ARRESTS and not _is_reference(view, h)
            ),
            hit,
        )
    if hit.values[0].id == "assassination" and _is_noun(view, hit) and not _survived(view, hit):
        # "اغتيال قيادي في حركة حماس بغارة إسرائيلية": the strike it was done by is the event, its kind and its doer
        # (not an attempt survived, "نجا قائد الشرطة من محاولة اغتيال بعبوة ناسفة": whom it befell reads from it)
        hit = next((h for h in heads[1:] if _strike_by(view, hit, h)), hit)
    subject = next((h for h in heads[1:] if h.word_start == hit.word_end + 1), None)
    if subject is not None and hit.key in _AIM_VERBS and subject.values[0].plover == "ASSAULT":
        # "استهدفت غارة إسرائيلية سيارة": the strike the verb has for its subject (no ب before it: "استهدفوا
        # بقذائف" is the weapon) names the event, its kind and its doer
        bare = view.folded.text[subject.word_start : subject.start] in ("", "ال")  # not "استهدفوا بقذائف"
        if bare and subject.values[0].strength == "strong" and _is_noun(view, subject):
            hit = subject
    if hit.values[0].id == "curfew_siege" or _cordon(hit):
        # "حاصرت منزلاً في المخيم واعتقلت أربعة شبان" (also past the subject and a time): surrounding a house is a
        # step of the raid; the next event word of another type tells what was done (not so for a town besieged)
        later = [h for h in heads if h.start > hit.end and h.values[0].id != "curfew_siege" and not _cordon(h)]
        if later and _BUILDING.search(view.folded.text, hit.end, later[0].word_start):
            hit = later[0]
    hit = _attack_it_befell(view, hit, heads, casualties)
    hit = _killing_with_damage(view, hit)
    if "ASSAULT" in ctx.told and _takes_told_town(view, hit):
        return []  # "وأعلنت قوات الدعم السريع \"تحرير\" المدينة": the town whose capture was told
    plover = hit.values[0].plover
    if _weapon_destroyed(view, hit) is not None:
        plover = "ASSAULT"  # "دمّر صاروخان أطلقتهما طائرة حربية مبنى الطوارئ": a strike
    damage = hit.values[0].acled is not None and list(hit.values[0].acled) == _DAMAGE
    weak = hit.values[0].strength != "strong"
    emergency = hit.values[0].id == "state_of_emergency"  # "حالة الطوارئ بسبب الفيضانات" (probe82)
    if (plover == "ASSAULT" or damage or emergency) and weak and _NATURAL_CAUSE.search(view.folded.text):
        # "قُتل خمسة أشخاص جراء السيول"، "انفجار ناجم عن تسرب غاز"، "دمرت السيول منازل"، "اقتلعت الرياح أشجاراً": no
        # conflict event
        return []
    if hit.values[0].id == "injury" and _GAINS.search(view.folded.text, hit.end, hit.end + _GAIN_REACH):
        return []  # "أصابت الشركة أرباحاً كبيرة": a gain, no wound
    banner = fold_text(view.previous_word(hit.word_start))
    # ... and so are slogans that denounce ("رفع المحتجون شعارات تندد بسياسة الوزارة"; probe50)
    if plover in ("REQUEST", "ACCUSE") and (
        banner in _SLOGANS or (banner[:1] in ("و", "ف") and banner[1:] in _SLOGANS)
    ):
        return []  # "رفع المحتجون لافتات تطالب الحكومة" (also "الأعلام ولافتات تطالب"): part of the protest
    # "دعت الجبهة أنصارها إلى وقفة احتجاجية": a called protest is the event, still to come
    if plover == "REQUEST":
        called = [h for h in hits if h.start > hit.end and h.values[0].plover == "PROTEST"]
        # (إلى as a word: "اليوم" only opens like it)
        if called and _calls_to(view.folded.text[hit.start : called[0].start]):
            ctx.told.add("PROTEST")
            protests = _events_for(doc, view, ctx, "PROTEST", called[0], modality="planned")
            caller = _caller(view, hit, called[0], ctx.participants)
            word = view.raw_text(view.raw_span(called[0].word_start, called[0].word_end))
            own = _FOLLOWERS.search(view.folded.text, hit.start, called[0].start)
            # (with its followers named, "ودعت الجماعة أنصارها إلى الاحتشاد", dev gold keeps the outlet's word)
            caller_words = _call_subject(view, hit) if caller is None and own is None else None
            if caller is None and own is None and caller_words is None:
                caller_words = _call_subject_before(view, hit, called[0])
            for e in protests:
                if caller_words is not None and e["source"]["kind"] == "outlet_own":
                    # "ودعا الملتقى الوطني لدعم المقاومة إلى مسيرة": a body no list names still announces its own
                    # protest
                    e["source"] = {"text": caller_words, "kind": "official", "canonical": None}
                    if e["actor1"] is not None and e["actor1"]["text"] == word:
                        e["actor1"] = {**e["actor1"], "text": caller_words}  # its members out, not the word "مسيرة"
                # (a source of kind ngo that is the caller itself: "ودعت نقابة المعلمين، في بيان، إلى وقفة")
                own_word = caller is not None and fold_text(e["source"]["text"] or "") == fold_text(caller.text)
                if caller is not None and (e["source"]["kind"] == "outlet_own" or own_word):
                    # the body that calls the protest announces it: the call is its word, and a body announcing what
                    # it will do itself speaks for itself (a union too: official, as a state reporting its own act)
                    kind = _speaker_kind(caller)
                    kind = "official" if kind == "ngo" else kind
                    e["source"] = Source(caller.span, caller.text, kind, caller.canonical).record()
                # (the caller read as the protest's doer gives way to its followers too: "ودعا حزب كولميه المعارض،
                # في بيان مساء أمس، أنصاره إلى التظاهر"; h14a)
                by_caller = (
                    own is not None
                    and caller is not None
                    and e["actor1"] is not None
                    and fold_text(e["actor1"]["text"] or "") == fold_text(caller.text)
                )
                if (
                    (caller is not None or own is not None)
                    and e["actor1"] is not None
                    and (e["actor1"]["text"] == word or by_caller)
                ):
                    # the called protest is held by the caller's followers ("دعت الجبهة أنصارها إلى وقفة"), or,
                    # none named, by the body itself, its members out ("دعت نقابة الأطباء إلى إضراب"): protesters
                    country = (caller.country if caller is not None else None) or e["actor1"]["country"]
                    if own is not None:
                        span = view.raw_span(own.start(), own.end())
                        e["actor1"] = {"text": view.raw_text(span), "canonical": None, "country": country}
                    elif caller is not None:
                        e["actor1"] = {**caller.record(), "country": country}
                    e["actor1"]["role"] = "protesters"
            return protests
    # "الهجوم", "الضربة" after the story has told of one: the same event again, not a new one
    new_site = any(
        m.place is not None and m.place.id not in ctx.told_places and _kind(m) in ("facility", "city")
        for m in view.mentions
    )
    if hit.values[0].id in _TOLL_TRIGGERS and not new_site and not _own_times(doc, view):
        # "وأضافت الوزارة أن أحد أفراد القوة أصيب بجروح طفيفة خلال الاشتباك": a toll of the told event
        during_told = [
            h
            for h in hits
            if h.start > hit.end
            and h.values[0].plover in ctx.told
            and _is_definite(view, h)
            and _unclitic(view.previous_word(h.word_start)) in _DURING_TOLD
        ]
        if during_told:
            return []
    if plover in ctx.told and _holds_told(view, hit, hits):
        return []  # "وقالت الوزارة إن العقوبات تشمل تجميد أي أصول": what the told sanctions hold
    if plover == "COERCE" and fold_text(view.previous_word(hit.word_start)) in _TOLD_VICTIMS and "ASSAULT" in ctx.told:
        return []  # "وأوضح المصدر أن الضحايا اعتُقلوا ... قبل أن يُعثر على جثثهم": a step of the killing told
    # (not the means behind بال of the act told here: "قطع محتجون الطريق بالإطارات المشتعلة", a new protest)
    means = hit.values[0].id == "violent_demonstration" and view.folded.text[hit.word_start : hit.start] == "بال"
    # "ومن المقرر أن تُستأنف المحادثات يوم الأحد المقبل" after talks told as held: the next round, on a day still to
    # come, is no retelling of the past one (unless one still to come was told already; "سيواصلون الاعتصام" with
    # no day ahead goes on with the told one)
    ahead = (
        plover not in ctx.told_ahead
        and doc.published is not None
        and any(str(t["value"]) > doc.published.isoformat() for t in _own_times(doc, view))
        and _modality(view, hit, OUTLET_OWN) == "planned"
    )
    if _is_definite(view, hit) and plover in ctx.told and not (new_site and casualties) and not means and not ahead:
        # "أعلى عدد من الاعتقالات سُجل في الخليل، حيث اعتقلت القوات 18 مواطناً": a verb of that type at a
        # new site tells a new incident
        # ... but "حيّد" (neutralised) after the told attack says what it achieved ("ولم يصدر تعليق على الضربة، غير أن
        # مصادر قالت إن الجهاز حيّد ثلاثة عناصر")
        again = [
            h
            for h in heads
            if h.start > hit.end
            and h.values[0].plover == plover
            and not _is_noun(view, h)
            and h.key not in _NEUTRALISED
        ]
        # "وقال السوداني خلال الاجتماع إن الحكومة قد تلجأ إلى إغلاق المنافذ": said during the told event, the
        # next event word of another type is the sentence's own
        during = _unclitic(view.previous_word(hit.word_start)) in _DURING_TOLD
        other = [h for h in heads if h.start > hit.end and h.values[0].plover != plover] if during else []
        # ... and so is a verb of another type in a clause of its own after it ("إن الاشتباكات اندلعت إثر خلاف،
        # وإن قوات الأمن أوقفت 15 شخصاً"; probe102)
        other = other or [
            h
            for h in hits
            if h.start > hit.end
            and h.values[0].plover not in (plover, "ASSAULT")
            and not _is_noun(view, h)
            and not _is_reference(view, h)
            and _NEXT_THAT_CLAUSE.search(view.folded.text, hit.end, h.word_start) is not None
        ]
        if other and not (again and new_site):
            hit = other[0]
            plover = hit.values[0].plover
        elif new_site and _reached(view, hit):
            pass  # "وطالت الغارات أيضاً بلدة عيترون": the told strikes at a new town, an event there
        elif not (again and new_site):
            # ... unless it brings a new site and a toll ("إن الغارات التي طالت ميناء رأس عيسى أسفرت عن مقتل")
            return []
        else:
            hit = again[0]
    # "الهجمات" with no day named: attacks in general ("أن توقف الفصائل الهجمات"); but "تجددت الاشتباكات في
    # منطقة أبيي" tells that they broke out again
    if (
        _is_definite(view, hit)
        and hit.key.split(" ")[0].endswith("ات")
        and not _has_time(doc, view)
        and view.previous_word(hit.word_start).removeprefix("و") not in _BROKE_OUT  # "وتجددت الاشتباكات"
        and not (new_site and _reached(view, hit))
        # "أغلق محتجون الطريق بالإطارات المحترقة": the means of the act told here, behind ب
        and not (hit.values[0].id == "violent_demonstration" and view.folded.text[hit.word_start : hit.start] == "بال")
        # "مدد مجلس الأمن العقوبات المفروضة على ليبيا": sanctions extended or widened are a measure taken now
        and not (hit.values[0].plover == "SANCTION" and _extended(view, hit))
    ):
        # ... but a verb in a clause of its own after it tells an event ("ولم تعلق قوات الدعم السريع على الاتهامات،
        # لكنها اتهمت الجيش بقصف أحياء سكنية")
        # ... a weak one too, no toll ("إن الاشتباكات اندلعت إثر خلاف، وإن قوات الأمن أوقفت 15 شخصاً"; probe102)
        later = [
            h
            for h in heads + [w for w in hits if w.values[0].strength != "strong" and w.values[0].plover != "ASSAULT"]
            if h.start > hit.end and not _is_noun(view, h) and "،" in view.folded.text[hit.end : h.word_start]
        ]
        # ... and "بحث الوزير العماني مع نظيره الإيراني، في مسقط، مستجدات المفاوضات النووية": talks about the
        # talks in general are talks; the weak verb of discussing before that topic tells them (probe25)
        discussed = [
            h
            for h in hits
            if h.end <= hit.start
            and h.values[0].strength != "strong"
            and h.values[0].plover == "CONSULT"
            and not _is_noun(view, h)
            and not _is_reference(view, h)
        ]
        if not later and not discussed:
            return []
        hit = later[0] if later else discussed[0]
        plover = hit.values[0].plover
    # "وكانت المدينة قد شهدت في تموز الماضي احتجاجات مماثلة": similar events of a month or more, never counted nor
    # dated to a day, are an aggregate (one of them, "لهجوم مماثل في 25 آب", is an event)
    if (
        hit.key.split(" ")[-1].endswith("ات")
        and _SIMILAR.match(view.folded.text, hit.word_end)
        and not any(t["precision"] == "day" for t in _own_times(doc, view))
    ):
        return []
    # "شاركوا في هجمات استهدفت القوات الأمنية خلال السنوات الماضية": attacks summed over a long period
    if _is_noun(view, hit) and hit.key.split(" ")[0].endswith("ات") and _long_period(view.folded.text):
        return []
    if hit.values[0].id == "formal_complaint" and _own_envoy(view, hit):
        plover = "SANCTION"  # a recall told is no protest told: a later condemnation is news (probe102)
    retold = plover in ctx.told
    if retold and _answers_told_deed(view, hit):
        return []
    ctx.told.add(plover)
    events = _events_for(doc, view, ctx, plover, hit, retold=retold)
    if plover == "PROTEST":
        _organiser_holds(view, ctx, hit, events)
    if ctx.held_at is not None:
        _held_protesters(view, ctx, events)
    if plover in _SAID and events:
        events += _joined_statement(doc, view, ctx, hit, events[0])
    if plover == "CONSULT" and events:
        events += _agreed_in_talks(doc, view, ctx, hit, events[0])
    if plover != "ACCUSE" and events:
        events += _accused_after(doc, view, ctx, hit, events[0])
    if plover not in _STATEMENTS and events:
        denied, places = _denied_after(doc, view, ctx, hit, events[0])
        # the places of the denied deed's clause are not where the sentence's own event was
        kept = [e for e in events if not {loc["text"] for loc in e["locations"]} <= places] if places else events
        events = (kept or events) + denied
    if plover == "ACCUSE" and events:
        _accused_by_demand(view, ctx, hit, events)
        events += _demand_after(doc, view, ctx, hit, events[0])
    if plover == "MOBILIZE" and events:
        events += _closed_by_the_sent(doc, view, ctx, hit, events[0])
    return events


# "طال"، "طالت": what the told strikes reached, right before them ("وطال القصف أيضاً بلدتي كفركلا وعيترون"); so
# does a verb of aim ("واستهدفت الغارات مطار الحديدة ومعسكر الكثيب"; probe46)
_REACHED = frozenset(
    fold_text(w)
    for w in (
        *("طال", "طالت", "وطال", "وطالت", "كما طال", "كما طالت", "طاولت", "وطاولت", "شملت", "وشملت"),
        *("استهدف", "استهدفت", "واستهدف", "واستهدفت"),
    )
)


def _reached(view: SentenceView, hit: Hit[Trigger]) -> bool:
    return hit.values[0].plover == "ASSAULT" and view.previous_word(hit.word_start) in _REACHED


def _site_of(m: Mention, doer: Span) -> bool:
    """Whether `m` is a site the press names by what it is and its town, starting with the doer's words."""
    return m.place is not None and m.place.id.endswith("-site") and m.span.start <= doer.start and doer.end < m.span.end


def _takes_told_town(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A capture of "المدينة"، "البلدة" with no name after it: a town the story has named, taken as told."""
    acled = hit.values[0].acled
    if acled is None or acled[1] not in _TERRITORY or " " not in hit.key:
        return False
    text = view.folded.text
    last = text[text.rfind(" ", hit.word_start, hit.end) + 1 : hit.end].lstrip(_QUOTES)
    end = hit.word_end
    if last.endswith(_CONTROL_NOUNS):
        # "استعاد الجيش السيطرة على بلدة الكرقل": the control noun ends the phrase; what it is over follows على
        # (probe88: the definite السيطرة read as "the town" dropped every regaining told after an attack)
        over = _CONTROL_OVER.match(text, end)
        if over is None:
            return False
        last, end = over.group(1).lstrip(_QUOTES), over.end()
    if not last.startswith(("ال", "وال", "بال")):
        return False
    return not any(0 <= view.folded_index(m.span.start) - end <= 2 for m in view.mentions if m.place)


_CONTROL_NOUNS = ("سيطرة", "سيطره")
_CONTROL_OVER = re.compile(r" علي ([^\s]+)")


_QUOTES = '"«»“”'


def _survived(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """Whether a verb of surviving or undergoing stands before the trigger in its sentence ("نجا ... من محاولة")."""
    return _UNDERGOING.search(view.folded.text, 0, hit.word_start) is not None


def _strike_by(view: SentenceView, hit: Hit[Trigger], h: Hit[Trigger]) -> bool:
    """Whether `h` is a strike noun behind ب after `hit` in its clause ("بغارة"، "بقصف"), a remote attack."""
    acled = h.values[0].acled
    return (
        h.start > hit.end
        and acled is not None
        and acled[0] == "Explosions/Remote violence"
        and view.folded.text[h.word_start : h.start] == "ب"
        and not re.search(r"[،,.:؛]", view.folded.text[hit.end : h.word_start])
        # (not past another event word: "محاولة اغتيال إثر استهداف موكبه بعبوة ناسفة")
        and not any(hit.end <= t.start < h.word_start for t in view.triggers)
    )


# "شاركوا في وقفة"، "لمشاركتهم في الاحتجاجات": taking part in a protest, right before its noun
_TOOK_PART = re.compile(r"(?<!\w)(?:[وبل]?(?:شارك|شاركت|شاركوا|شاركن|المشاركين|المشاركات|مشاركت|مشاركه)\w*) +في +$")


def _killing_with_damage(view: SentenceView, hit: Hit[Trigger]) -> Hit[Trigger]:
    """ "اقتحمت قوات الدعم السريع القرية ونهبت المنازل وقتلت سبعة من سكانها": looting or burning told with a killing
    verb joined by و is an attack on the people, the killing its event (ACLED codes the attack, not the loot)."""
    acled = hit.values[0].acled
    if acled is None or list(acled) != _DAMAGE:
        return hit
    joined = (
        h
        for h in view.triggers
        if h.start > hit.end
        and h.values[0].id in _TOLL_TRIGGERS
        and not _is_noun(view, h)
        and view.folded.text[h.word_start : h.start] == "و"
        and not re.search(r"[.:؛]", view.folded.text[hit.end : h.word_start])
    )
    return next(joined, hit)


def _attack_it_befell(view: SentenceView, hit: Hit[Trigger], heads: list[Hit[Trigger]], hurt: bool) -> Hit[Trigger]:
    """The attack in which people were hurt and property destroyed ("أصيب مواطنان وأحرقت مركبات في هجوم شنه
    مستعمرون"): the damage told first is what the attack wrought, the attack is the event."""
    acled = hit.values[0].acled
    if not hurt or acled is None or acled[1] != "Looting/property destruction":
        return hit
    within = (
        h
        for h in heads
        if h.start > hit.end
        and h.values[0].plover == "ASSAULT"
        and h.values[0].strength == "strong"
        and view.previous_word(h.word_start) in _IN_WORDS
    )
    return next(within, hit)


def _comma_participle(view: SentenceView, hit: Hit[Trigger], keys: frozenset[str], plover: str) -> Hit[Trigger] | None:
    """The first participle of `keys` and type `plover` after `hit` that a comma opens ("، متهماً"، "، مطالباً")."""
    text = view.folded.text
    return next(
        (
            h
            for h in view.triggers
            if h.start > hit.end
            and h.key in keys
            and h.values[0].plover == plover
            and text[: h.word_start].rstrip().endswith(("،", ","))
        ),
        None,
    )


def _accused_after(
    doc: Document, view: SentenceView, ctx: Context, hit: Hit[Trigger], first: dict[str, Any]
) -> list[dict[str, Any]]:
    """ "زعم الجيش أنه استهدف مسلحين داخل المدرسة، متهماً الحركة باستخدام المنشآت المدنية": an accusation made in
    a participle after a comma, past the sentence's own event, is coded apart (as dev-015 and heldout4 code it),
    said when and by whom the sentence's words were said."""
    accused = _comma_participle(view, hit, _COMMA_PARTICIPLES, "ACCUSE")
    denier = None
    if accused is None and first["modality"] == "denied":
        # gape: "نفت قوات الدعم السريع استهداف المدنيين، واتهمت الجيش بقصف قرى": the denier's own verb after a comma
        # and و accuses, asserted, as the participle does; its subject is the denier, named right after the denial
        accused = next(
            (
                h
                for h in view.triggers
                if h.start > hit.end and h.values[0].plover == "ACCUSE" and _joined_clause(view, h, hit.word_end)
            ),
            None,
        )
        denier = _denier(view, ctx, hit) if accused is not None else None
    if accused is None:
        return []
    # only of a side named right after it: "، متهماً جهات لم يسمها بنشر أخبار كاذبة" names no one (probe2)
    second = [e for e in _events_for(doc, view, ctx, "ACCUSE", accused) if e["actor2"] is not None]
    grounds = first["modality"] == "asserted" and first["plover"] not in _SAID and first["plover"] != "ASSAULT"
    if denier is None and grounds and first["actor1"]:
        # "سحب المجلس البلدي مسلحي المدينة ...، متهماً الحكومة بمحاولة إخضاعها": the doer blaming the other side
        # while acting gives the grounds of its own deed, no accusation apart (heldout12, heldout14); one who tells
        # of another's deed ("إن الشرطة اعتقلت ...، متهماً السلطات") still accuses apart, and so does a striker
        # blaming its targets' side ("أنه استهدف مسلحين ...، متهماً الحركة باستخدام المنشآت المدنية"; heldout4)
        second = [e for e in second if e["actor1"] != first["actor1"]]
    if second:
        ctx.told.add("ACCUSE")
    for e in second:
        if first["plover"] in _STATEMENTS:
            # (after a deed, the accusation keeps its own day: when the words were said, not when the deed was done)
            e["date"], e["date_precision"] = first["date"], first["date_precision"]
            if first["actor1"] is not None and e["actor1"] is not None and e["actor1"] == first["actor2"]:
                # "طالبت حماس الوسطاء بتقديم خطة، متهمةً نتنياهو بالتعطيل": the one asked is not the accuser; the
                # participle's subject is the statement's (art4)
                e["actor1"], e["source"] = first["actor1"], first["source"]
        if denier is not None:
            if first["actor1"] is not None and first["actor1"] == e["actor2"]:
                first["actor1"] = denier.record()  # the denied deed is the denier's, not the accused's
            e["actor1"] = denier.record()
        e["modality"] = "asserted"  # "نفى أن تكون طائراته قصفت ...، متهماً": the denial is of the deed, not of this
        if first["plover"] not in _STATEMENTS:
            e["locations"] = []  # where the deed told was is not where the accusation was made
    return second


def _denier(view: SentenceView, ctx: Context, hit: Hit[Trigger]) -> Participant | None:
    """ "نفت قوات الدعم السريع استهداف المدنيين": the side named right after the denial verb before the deed
    (within three words of it)."""
    denials = [d for d in view.cues_of("denied") if d.word_end <= hit.word_start]
    if not denials:
        return None
    d = denials[-1]
    for p in ctx.participants:
        at = view.folded_index(p.span.start)
        if d.word_end <= at < hit.word_start and len(view.folded.text[d.word_end : at].split()) <= 3:
            return p
    return None


# "، نافياً"، "، نافيةً": a denial in a participle after a comma (cues.yaml `denied`)
_DENIAL_PARTICIPLES = frozenset(fold_text(w) for w in ("نافيا", "نافية", "نافين"))


def _denial_clause(view: SentenceView, denial: Hit[Cue]) -> tuple[Span, list[Mention]]:
    """The clause a denial participle opens (up to the next comma or stop), and the places it names."""
    text = view.folded.text
    stop = re.compile("[،,.؛:]").search(text, denial.end)
    clause = view.raw_span(denial.end, stop.start() if stop else len(text))
    inside = [
        m for m in view.mentions if m.place is not None and clause.start <= m.span.start < m.span.end <= clause.end
    ]
    return clause, _most_specific(inside)


def _comma_denials(view: SentenceView) -> list[Hit[Cue]]:
    """The denial participles a comma opens ("، نافياً"، "، نافيةً")."""
    text = view.folded.text
    return [
        d
        for d in view.cues_of("denied")
        if d.key in _DENIAL_PARTICIPLES and text[: d.word_start].rstrip().endswith(("،", ","))
    ]


def _answers_told_deed(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وقال الجيش إن قواته أطلقت «طلقات تحذيرية» على مشتبه بهم، نافياً إطلاق النار على المدنيين": a deed of a type the
    story told, denied in a participle's clause that names no place of its own, is the other side's version of the
    told deed, no event apart (probe70)."""
    for d in _comma_denials(view):
        clause, places = _denial_clause(view, d)
        if d.end <= hit.word_start and view.raw_span(hit.start, hit.end).end <= clause.end and not places:
            return True
    return False


def _denied_after(
    doc: Document, view: SentenceView, ctx: Context, hit: Hit[Trigger], first: dict[str, Any]
) -> tuple[list[dict[str, Any]], frozenset[str]]:
    """ "أعلن جهاز الردع أنه ألقى القبض على خمسة ...، نافياً ما تداولته صفحات عن قصفه أحياء سكنية في سوق الجمعة": a
    deed denied in a participle after a comma, past the sentence's own event, is coded apart as denied (probe70) when
    its clause names a place, the denier's when it names no side, on the day of the sentence's event; with the texts
    of its places."""
    denial = next((d for d in _comma_denials(view) if d.start > hit.end), None)
    if denial is None:
        return [], frozenset()
    clause, places = _denial_clause(view, denial)
    denied = next(
        (
            h
            for h in view.triggers
            if denial.end <= h.start
            and view.raw_span(h.start, h.end).end <= clause.end
            and h.values[0].plover in ("ASSAULT", "COERCE")
            and h.values[0].strength == "strong"  # not "نافياً وقوع إصابات": a toll, no deed
        ),
        None,
    )
    if denied is None:
        return [], frozenset()
    if not places:
        # "، نافياً إطلاق النار على المدنيين": a denial with no place of its own answers the story's told deed (its
        # other version), no deed apart
        return [], frozenset()
    second = _events_for(doc, view, ctx, denied.values[0].plover, denied)[:1]
    for e in second:
        e["modality"], e["date"], e["date_precision"] = "denied", first["date"], first["date_precision"]
        # a denial is no claim: the denier speaks as it did for the sentence's own event
        source = first["source"]
        e["source"] = {**source, "kind": "official"} if source and source["kind"] == "perpetrator_claim" else source
        if denied.end < denied.word_end or e["actor1"] is None:
            # "نافياً قصفه أحياء سكنية": the pronoun on the deed is the denier; a side after it is the target
            if e["actor1"] is not None and e["actor1"] != first["actor1"] and e["actor2"] is None:
                e["actor2"] = e["actor1"]
            e["actor1"] = first["actor1"]
        e["locations"] = [_location(m) for m in places]
    if second:
        ctx.told.add(denied.values[0].plover)
    return second, frozenset(loc["text"] for e in second for loc in e["locations"])


_CLOSING_STEPS = frozenset({"closure_ban", "curfew_siege"})


def _closed_by_the_sent(
    doc: Document, view: SentenceView, ctx: Context, hit: Hit[Trigger], first: dict[str, Any]
) -> list[dict[str, Any]]:
    """ "ودفع جيش الاحتلال بتعزيزات عسكرية إلى محيط ترمسعيا وأغلق مدخلها الرئيسي": the forces sent closing a road, a
    town or a crossing (a verb joined by و) is an event of its own, the deployment's doer's, on its day."""
    text = view.folded.text
    closing = next(
        (
            h
            for h in view.triggers
            if h.start > hit.end
            and h.values[0].id in _CLOSING_STEPS
            and text[h.word_start : h.word_start + 1] == "و"
            and h.start == h.word_start + 1
            and not _is_noun(view, h)
        ),
        None,
    )
    if closing is None:
        return []
    steps = _events_for(doc, view, ctx, closing.values[0].plover, closing)
    for e in steps:
        e["actor1"], e["date"], e["date_precision"] = first["actor1"], first["date"], first["date_precision"]
        e["source"], e["modality"] = first["source"], first["modality"]
    if steps:
        ctx.told.add(closing.values[0].plover)
    return steps


# "، مطالباً"، "، داعية": a demand in a participle after a comma
_DEMAND_PARTICIPLES = frozenset(fold_text(w) for w in ("مطالبا", "مطالبة", "مطالبين", "داعيا", "داعية", "داعين"))


def _accused_by_demand(view: SentenceView, ctx: Context, hit: Hit[Trigger], accusations: list[dict[str, Any]]) -> None:
    """ "ودان غوتيريش احتجاز الموظفين، مطالباً سلطات الأمر الواقع الحوثية بالإفراج عنهم": a condemnation that names
    a deed, not a side, is of the side a demand in a participle after it is put to, when that side can be the culprit
    (a state, its forces or an armed group; not "مطالبة المجتمع الدولي بالتحرك"). (The demand is not coded apart:
    coders differ on it.)"""
    if all(a["actor2"] is not None and a["actor2"]["role"] != "civilians" for a in accusations):
        return
    demand = _comma_participle(view, hit, _DEMAND_PARTICIPLES, "REQUEST")
    if demand is None:
        return
    at = view.raw_span(demand.end, min(len(view.folded.text), demand.end + 2))
    addressee = next((p for p in ctx.participants if 0 <= p.span.start - at.start <= 2), None)
    if addressee is None or addressee.role not in ("government", "military", "armed_group", "police"):
        return
    for accusation in accusations:
        if accusation["actor2"] is None or accusation["actor2"]["role"] == "civilians":
            accusation["actor2"] = addressee.record()


# "، مطالباً"، "، داعية": one speaker's demand (not the protesters' مطالبين, their protest's purpose)
_DEMAND_SINGULAR = frozenset(fold_text(w) for w in ("مطالبا", "مطالبة", "داعيا", "داعية"))


def _demand_after(
    doc: Document, view: SentenceView, ctx: Context, hit: Hit[Trigger], first: dict[str, Any]
) -> list[dict[str, Any]]:
    """ "اتهمت الخارجية السورية قسد بارتكاب جرائم حرب، مطالبة القوات الأميركية بالانسحاب"، "واتهمت الجبهة السلطة
    ...، مطالبة بالإفراج عن الموقوفين": a demand in a participle after a comma, past an accusation, is coded apart
    (heldout6 and heldout7 code both), the accuser's, said when and where the accusation was; made of the side
    named right after it, or of no one (probe63)."""
    if hit.values[0].id != "accusation":
        return []  # a condemnation's demand names the culprit (_accused_by_demand), no event apart (s15 cases)
    demand = _comma_participle(view, hit, _DEMAND_SINGULAR, "REQUEST")
    if demand is None or first["actor1"] is None:
        return []
    text = view.folded.text
    if any(
        hit.end <= h.start < demand.start and text[: h.word_start].rstrip().endswith(("،", ",")) for h in view.triggers
    ):
        # "حمّل الحزب الأجهزة الأمنية مسؤولية التصعيد، متهماً إياها ...، ومطالباً الحكومة": a demand that closes a
        # chain of participles is the statement's last word, not coded apart (heldout7)
        return []
    second = _events_for(doc, view, ctx, "REQUEST", demand)[:1]
    at = view.raw_span(demand.end, min(len(view.folded.text), demand.end + 2))
    addressee = next((p for p in ctx.participants if 0 <= p.span.start - at.start <= 2), None)
    for e in second:
        e["actor1"], e["actor2"] = first["actor1"], addressee.record() if addressee is not None else None
        e["date"], e["date_precision"] = first["date"], first["date_precision"]
        e["modality"], e["source"], e["locations"] = first["modality"], first["source"], first["locations"]
    if second:
        ctx.told.add("REQUEST")
    return second


_RECALLED = re.compile(r"^\W*[وف]?كان(?:ت|وا)?(?!\w).* قد(?!\w)")
# the medium a statement was made in ("في بيان"، "في خطاب متلفز"): the doer's own words, however long ago
_MEDIUM = re.compile(
    r"(?<!\w)(?:في|خلال|عبر) +(?:"
    + "|".join(map(re.escape, sorted(_taa_spellings(_STATEMENT_NOUNS_FOLDED | {"خطاب"}), key=len, reverse=True)))
    + ")"
)


def _recalled_statement(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وكان الرئيس الأميركي قد دعا، الأسبوع الماضي، مصر والأردن إلى ...": a statement the outlet recalls as
    background ("وكان ... قد"), with no medium it was made in named, is told in the outlet's own words (when it
    names the day it was made: the caller checks)."""
    text = view.folded.text
    return _RECALLED.match(text[: hit.word_start]) is not None and _MEDIUM.search(text) is None


def _agreed_in_talks(
    doc: Document, view: SentenceView, ctx: Context, hit: Hit[Trigger], talks: dict[str, Any]
) -> list[dict[str, Any]]:
    """ "بحث الوزير مع نظيره ...، واتفق الجانبان على تعزيز التنسيق": what the talks agreed, a verb of agreeing
    joined by و, is an agreement of its own (talks that end in a deal), between the talks' sides, where and
    when they were held."""
    text = view.folded.text
    agreed = next(
        (
            h
            for h in view.triggers
            if h.start > hit.end
            and h.values[0].plover == "AGREE"
            and text[h.word_start : h.start] == "و"
            and not _is_noun(view, h)
            # "مفاوضات وقف إطلاق النار وتبادل الأسرى": the noun joined to the talks' topic (probe74)
            and not _TALKS_ON.search(text, max(0, h.word_start - 60), h.word_start)
        ),
        None,
    )
    if agreed is None or talks["actor1"] is None:
        return []
    ctx.told.add("AGREE")
    out = _events_for(doc, view, ctx, "AGREE", agreed)
    for e in out:
        e["actor1"], e["actor2"] = talks["actor1"], talks["actor2"]
        e["locations"], e["date"], e["date_precision"] = talks["locations"], talks["date"], talks["date_precision"]
    return out


# "أعلنت النقابة تنظيم وقفة"، "قرر الاتحاد تنفيذ إضراب": the noun of holding a protest, after the body that holds it
_HOLDING = frozenset({"تنفيذ", "تنظيم", "خوض"})
_HOLDER_ROLES = frozenset({"other", "protesters", "political_party"})


def _organiser_holds(view: SentenceView, ctx: Context, hit: Hit[Trigger], events: list[dict[str, Any]]) -> None:
    """ "أعلن الاتحاد العام التونسي للشغل تنفيذ إضراب عام": a planned protest whose only actor is its own word is
    held by the union, association or party named right before the noun of holding it, as protesters."""
    i = bisect_left(view._starts(), hit.word_start)
    if i < 1 or view.words[i - 1][2] not in _HOLDING:
        return
    at = view.raw_span(view.words[i - 1][0], view.words[i - 1][1]).start
    word = view.raw_text(view.raw_span(hit.word_start, hit.word_end))
    for p in ctx.participants:
        if not (p.named and p.role in _HOLDER_ROLES and p.span.end <= at):
            continue
        if view.text[p.span.end - view.start : at - view.start].strip():
            continue
        for e in events:
            if e["modality"] == "planned" and e["actor1"] is not None and e["actor1"]["text"] == word:
                country = p.country or e["actor1"]["country"]
                e["actor1"] = {**p.record(), "country": country, "role": "protesters"}
        return


def _verb_span(view: SentenceView, hit: Hit[Trigger]) -> Span:
    """The raw span of a trigger's first word (a phrase trigger, "دعت ... إلى", may run on past names)."""
    return view.raw_span(hit.word_start, hit.start + len(hit.key.split(" ")[0]))


def _held_protesters(view: SentenceView, ctx: Context, events: list[dict[str, Any]]) -> None:
    """ "أوقفت ستة أساتذة خلال تفريق الوقفة": whom an arrest at the protest told before took are its protesters,
    and bare authorities who took them its police, as ACLED codes them."""
    protest, ctx.held_at = ctx.held_at, None
    assert protest is not None
    for e in events:
        doer = e["actor1"]
        if doer is not None and doer["canonical"] is None and _AUTHORITIES.match(fold_text(doer["text"])):
            # "السلطات" that held marchers at the protest: the police in the street (elsewhere the state acts)
            e["actor1"] = {**doer, "role": "police"}
        held = e["actor2"]
        if held is None:
            e["actor2"] = _protesters(view, protest, ctx.participants, ctx.home).record()
        elif held["role"] in ("civilians", "other"):
            e["actor2"] = {**held, "role": "protesters", "country": held["country"] or ctx.home}


def _joined_verb(view: SentenceView, hit: Hit[Trigger]) -> Hit[Trigger] | None:
    """The statement verb of another type joined by و after a statement head, if any ("هدد بتوسيع العمليات،
    واتهم واشنطن"): where the head's own objects end. Not coded as a second event (docs/events.md, probe19)."""
    plover = hit.values[0].plover
    # (a welcome or praise may head one: "رحّب المجلس بالإفراج عن المحتجزين، ودعا الحوثيين إلى ...")
    if plover not in _SAID:
        return None
    text = view.folded.text
    return next(
        (
            h
            for h in view.triggers
            if h.start > hit.end
            and h.values[0].plover in _JOINED_SAID
            and h.values[0].plover != plover
            and text[h.word_start : h.start] == "و"
            and not _is_noun(view, h)
            # a name read as a verb ("ودان حالوتس") or a verb far on, in another clause, is no joined statement
            and not any(_overlaps(_verb_span(view, h), m.span) for m in view.mentions)
            and text.count(" ", hit.end, h.word_start) <= _JOIN_REACH
            # "المعتقلين الذين تحتجزهم سلطات الاحتلال وترفض الإفصاح": a verb of a relative clause has its own subject
            # (a comma closes the clause: "بالهجوم الذي استهدف مسجداً، ودعت")
            and _RELATIVE.search(re.split("[،,]", text[hit.end : h.word_start])[-1]) is None
        ),
        None,
    )


# the إلى (or لل) a call names its protest with (as a word: "اليوم" only opens like it)
_CALL_TO = re.compile(r"(?<!\w)(?:الي(?!\w)|لل)")


def _calls_to(between: str) -> bool:
    """Whether the text from a call verb to a protest word calls to it: the protest stands a few words after the
    call's إلى ("دعت الجبهة أنصارها إلى المشاركة في وقفة احتجاجية"), not at the end of another demand ("طالب المرصد
    السلطات بفتح تحقيق في الاستخدام المفرط للقوة ضد المحتجين": the protesters are whom force was used on)."""
    ends = [m.end() for m in _CALL_TO.finditer(between)]
    rest = between[ends[-1] :].split() if ends else []
    # (as far as what the called do may run: "إلى أداء صلاة الجمعة المقبلة في ساحة البلدية احتجاجاً")
    return (
        bool(ends)
        and len(rest) < _CALLED_DEED_REACH
        and "ضد" not in rest
        and not any(c in between[ends[-1] :] for c in "،,؛")
    )


_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?!\w)")


def _joined_statement(
    doc: Document, view: SentenceView, ctx: Context, hit: Hit[Trigger], first: dict[str, Any]
) -> list[dict[str, Any]]:
    """ "ودانت الخارجية الغارات، وطالبت المجتمع الدولي بإلزام إسرائيل": a statement verb of another type joined
    by و after the head is a second statement of the same speaker, which a coder codes apart (a participle,
    "مؤكدة"، "مشيراً", only comments, and a verb of the head's type is the same statement)."""
    joined = _joined_verb(view, hit)
    if joined is None:
        return []
    if joined.values[0].plover == "REQUEST":
        # "ونددت الجبهة بالأحكام، ودعت أنصارها إلى وقفة احتجاجية يوم الثلاثاء المقبل": the protest called in the
        # second statement is its event, still to come, on its own day; the caller tells of it
        called = next((h for h in view.triggers if h.start > joined.end and h.values[0].plover == "PROTEST"), None)
        if called is not None and _calls_to(view.folded.text[joined.start : called.start]):
            ctx.told.add("PROTEST")
            protests = _events_for(doc, view, ctx, "PROTEST", called, modality="planned")
            word = view.raw_text(view.raw_span(called.word_start, called.word_end))
            own = _FOLLOWERS.search(view.folded.text, joined.start, called.start)
            for e in protests:
                e["source"] = first["source"]
                if own is not None and e["actor1"] is not None and e["actor1"]["text"] == word:
                    span = view.raw_span(own.start(), own.end())
                    country = (first["actor1"] or {}).get("country") or e["actor1"]["country"]
                    text = view.raw_text(span)
                    e["actor1"] = {"text": text, "canonical": None, "country": country, "role": "protesters"}
            return protests
    ctx.told.add(joined.values[0].plover)
    second = _events_for(doc, view, ctx, joined.values[0].plover, joined)
    for e in second:
        # the joined verb's subject is the head's: a doer read before it is the head's object ("اتهمت الخارجية
        # حركة الشباب بالهجوم، وطالبت"), and the noun right after it its own object ("، وطالبت الأمم المتحدة بـ")
        if first["actor1"] is not None:
            own = e["actor1"]
            after = view.text[view.raw_span(joined.start, joined.end).end - view.start :]
            if own is not None and own != first["actor1"] and after.lstrip().startswith(own["text"]):
                e["actor2"] = own  # "، وطالبت المجتمع الدولي بإلزام إسرائيل": the noun right after it is its object
            e["actor1"], e["source"] = first["actor1"], first["source"]
            party, addressed = e["actor1"], e["actor2"]
            own_state = addressed is not None and party["role"] == "political_party" and bool(party["country"])
            if own_state and e["plover"] in _STATEMENTS and fold_text(addressed["text"]) in _BARE_STATE_BODIES:
                e["actor2"] = {**addressed, "country": party["country"]}  # a party's own state (probe62)
        # said in one breath: where and when the first was said ("يدين القصف ... في دمشق ويدعو": not Damascus)
        e["locations"], e["date"], e["date_precision"] = first["locations"], first["date"], first["date_precision"]
        if first["modality"] == "asserted":
            e["modality"] = "asserted"  # "حذرت ... من عواقب إذا رفضت ...، ودعتها إلى": the إذا is the warning's
    return second


_JOIN_REACH = 20  # words from the head a joined statement verb may stand


_ARRESTS = ("Strategic developments", "Arrests")
_ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
_UNKNOWN_GUNMEN = "Unidentified armed group"
_TO_UNKNOWN_PLACE = re.compile(r"(?<!\w)(?:الي|نحو) (?:جه[هة]|مكان|اماكن|جهات) مجهول(?:[هة]|ه)?(?!\w)")  # folded
_AUTHORITIES = re.compile(r"(?:ال)?سلطات(?: ال\w+)?$")  # "السلطات"، "السلطات المغربية": no body named
# "فجّر ... منزلاً"، "عدداً من المنازل" (probe50: the plurals and the article too)
_BUILDING = re.compile(
    r"(?<!\w)(?:ال)?(?:منزلا|منزل|منزلين|منازل|مبني|مبنيين|مباني|بنايه|بناية|بنايات|عماره|عمارة|عمارات)(?!\w)"
)
_SIMILAR = re.compile(r" +(?:مماثل[هة]|مشابه[هة])(?!\w)")


def _holds_told(view: SentenceView, hit: Hit[Trigger], hits: list[Hit[Trigger]]) -> bool:
    """ "إن العقوبات تشمل تجميد أي أصول": the definite noun of the head's type right before a verb of holding."""
    before = view.words_before(hit.word_start, 40, 2)
    if len(before) < 2 or _unclitic(before[-1]) not in _INCLUSION_VERBS:
        return False
    plover = hit.values[0].plover
    return any(
        h.end <= hit.word_start and h.values[0].plover == plover and _is_definite(view, h) and _is_noun(view, h)
        for h in hits
    ) and _unclitic(before[-2]).startswith("ال")


_INCLUSION_VERBS = frozenset(_WORDS.words("inclusion_verbs"))
_CHARGE_WORDS = frozenset(_WORDS.words("charge_words"))


def _long_period(folded: str) -> bool:
    """ "خلال السنوات الماضية"، "خلال الأشهر الماضية": the events summed over a period ("منذ أسبوعين" may
    only say how long what led to the event has lasted)."""
    if "خلال" not in folded:
        return False
    return any(m.group().startswith(("خلال", "وخلال")) for m in _SINCE.finditer(folded))


_BROKE_OUT = frozenset({"تجددت", "اندلعت", "دارت", "وقعت", "جرت"})
_EXTENDED = frozenset({"مدد", "مددت", "جدد", "جددت", "ومدد", "ومددت", "وجدد", "وجددت", "وسع", "وسعت", "شدد", "شددت"})


def _extended(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """Whether a verb of extending or widening stands within four words before the trigger."""
    return not _EXTENDED.isdisjoint(view.words_before(hit.word_start, 40, 4))


_DURING_TOLD = frozenset({"خلال", "اثناء", "في", "جراء"})  # "خلال الاشتباك"، "في الهجوم": in the told event
_AIM_VERBS = frozenset({"استهدف", "استهدفت"})  # singular: a plural's subject is its suffix ("استهدفوا")
_AIM_BEFORE = _with_conjunction(_AIM_VERBS)
# "بعد اشتباكات"، "على خلفية تدوينات": what came before an event, or its grounds
_BEFORE_OR_GROUNDS = frozenset(_WORDS.words("before_or_grounds"))
# "على إثر الهجمات، ..."، "عقب الهجوم": the words that make an attack named next what a deed followed
_AFTER_CAUSE = frozenset({"اثر", "عقب", "بعد"})


def _after_cause(word: str) -> bool:
    return word in _AFTER_CAUSE or (word[:1] in ("و", "ف") and word[1:] in _AFTER_CAUSE)


_SIDELINES = "هامش"  # folded: "على هامش القمة", on the sidelines of
_SLOGANS = frozenset(_WORDS.words("slogans"))
_SLOGAN_NEEDLES = tuple(_SLOGANS)
# where the slogans start: a slogan word (behind و/ب, maybe with the article) or a quotation opened after a chant
_SLOGAN_START = re.compile(
    r"(?<!\w)[وب]?(?:ال)?(?:" + "|".join(map(re.escape, sorted(_SLOGANS, key=len, reverse=True))) + r")(?!\w)"
    r"|(?<=هتف)(?:وا|ت|ن)?(?: +[^\W\d_]+){0,3} +[\"«“]"
)


# "تلقى الرئيس ... اتصالاً هاتفياً من نظيره": a verb of receiving before the trigger, "من" before the sender after it
_RECEIPT = re.compile(r"(?<!\w)[وف]?(?:" + _alt("receipt") + r")(?!\w)")
_RECEIPT_WORDS = _needles("receipt")
_FROM = re.compile(r"(?<!\w)من(?!\w)")


_RECEIVED_CALL = "phone_call_received"
_THEN_FROM = re.compile(r" +من(?!\w)")


def _receipt_before(text: str, hit: Hit[Trigger]) -> bool:
    """Whether a verb of receiving stands at most twelve words before the trigger ("تلقى الرئيس ... اتصالاً": Gulf titles
    run long, "تلقى ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، مساء أمس، اتصالاً"), a time aside
    between commas not counted, or opens it ("تلقى اتصالاً")."""
    return any(
        len(_COMMA_ASIDE.sub(" ", text[m.end() : hit.start]).split()) <= 12 for m in _RECEIPT.finditer(text, 0, hit.end)
    )


_COMMA_ASIDE = re.compile(r"[،,][^،,.؛]{0,40}[،,]")  # ", مساء أمس،": a short aside between commas


def _after_receipt(text: str, hit: Hit[Trigger]) -> bool:
    """ "تلقت الوزيرة، ...، اتصالاً من نظيرها": a bare call noun is a call received when a verb of receiving
    stands shortly before it (_receipt_before) and "من" right after it."""
    return _THEN_FROM.match(text, hit.word_end) is not None and _receipt_before(text, hit)


_RECEIVED_CAPTIVES_KEY = fold_text("تسلم أسرى")
_HANDED_OVER_KEYS = frozenset((_HANDED_KEY, fold_text("سلم أسرى")))


def _receiving_state(view: SentenceView, t_span: Span) -> Participant | None:
    """The country named right after the إلى that follows a handover trigger, as its government."""
    for m in view.mentions:
        if not 0 <= m.span.start - t_span.end <= 12 or m.place is None:
            continue
        if view.previous_word(view.folded_index(m.span.start)) != "الي":
            return None
        if m.actor is not None and m.place.kind == "country":
            return Participant(m.span, m.text, m.actor.canonical, m.actor.country, "government", state=True)
        return None
    return None


def _title_alternation(section: str) -> str:
    """A section of folded titles as a regex alternation, a final ه also matching ة."""
    forms = (re.sub(r"ه(?= |$)", "[هة]", re.escape(fold_text(w)).replace(r"\ ", " ")) for w in _WORDS.words(section))
    return "|".join(sorted(forms, key=len, reverse=True))


# "محمد بن سلمان ولي العهد رئيس مجلس الوزراء في ...": titles right after the name, each after the first optional
_APPOSED_TITLES = re.compile(
    r" +(?:"
    + _title_alternation("apposed_titles")
    + r")(?: +(?:"
    + _title_alternation("apposed_titles")
    + "|"
    + _title_alternation("apposed_title_chain")
    + r"))*(?!\w)"
)


def _past_apposed_titles(
    view: SentenceView, actor1: Participant, actor2: Participant, participants: Sequence[Participant]
) -> Participant | None:
    """ "استقبل الأمير محمد بن سلمان ولي العهد في قصر اليمامة اليوم رئيس الوزراء الباكستاني": the titles right after
    the doer's name are his; whom he received is the next side past them (probe98)."""
    at = view.folded_index(actor1.span.end)
    titles = _APPOSED_TITLES.match(view.folded.text, at)
    if titles is None or view.raw_start(titles.end(), titles.end()) <= actor2.span.start:
        return actor2
    end = view.raw_start(titles.end(), titles.end())
    return next((p for p in participants if p.span.start >= end and p.span != actor1.span), None)


def _titled_person(view: SentenceView, actor: Participant, participants: Sequence[Participant]) -> Participant:
    """The person whose apposed titles the side read lies in (probe98), else the side itself."""
    for p in participants:
        if not p.person or p.span.end > actor.span.start:
            continue
        titles = _APPOSED_TITLES.match(view.folded.text, view.folded_index(p.span.end))
        if titles is not None and actor.span.end <= view.raw_start(titles.end(), titles.end()):
            return p
    return actor


_LETTER = "written_message"


def _letter_addressee(
    view: SentenceView, sender: Participant, participants: Sequence[Participant]
) -> Participant | None:
    """The side right after the "إلى" that follows a letter's sender ("رسالة خطية من رئيس الدولة إلى نظيره")."""
    for p in participants:
        if p.span.start <= sender.span.end:
            continue
        gap = view.folded.text[view.folded_index(sender.span.end) : view.folded_index(p.span.start)]
        if len(gap) <= 50 and not re.search(r"[،,.؛]", gap) and gap.rstrip().endswith("الي"):
            return p
    return None


def _handed_from(view: SentenceView, other: Participant) -> bool:
    """Whether a side stands right after "من" (the captives received from it come later)."""
    return view.folded.text[: view.folded_index(other.span.start)].endswith("من ")


def _received_from(view: SentenceView, hit: Hit[Trigger], other: Participant) -> bool:
    """Whether the second side was found after "من" behind a verb of receiving ("تلقى X اتصالاً من Y"): Y, the
    sender, did it and X received it."""
    if not view.contains_any(_RECEIPT_WORDS):
        return False
    text = view.folded.text
    if not _receipt_before(text, hit):
        return False
    at = view.folded_index(other.span.start)
    gap = text[hit.end : at]
    return hit.end <= at and len(gap.split()) <= 5 and not re.search(r"[،,.؛]", gap) and bool(_FROM.search(gap))


_REPEL = re.compile(r"(?<!\w)[وف]?(?:" + _alt("repel") + r")(?!\w)")
_REPEL_WORDS = _needles("repel")
_REPEL_BREAKS = _with_conjunction(_WORDS.words("repel_breaks"))
_CHANNEL_WORDS = frozenset(_WORDS.words("channel_words"))
_SOLDIER_HEADS = frozenset(_WORDS.words("soldier_heads"))
_SOLDIER_TOLL_WORDS = frozenset(_WORDS.words("soldier_toll_words"))
_REPELLED_ATTACKS = _with_conjunction(_WORDS.words("repelled_attacks"))


def _repeller(
    view: SentenceView,
    hit: Hit[Trigger],
    participants: Sequence[Participant],
    speaker: Participant | None,
) -> Participant | None:
    """Who repelled the attack `hit` names: the subject of a verb of repelling up to 60 characters before the
    attack noun (or starting it: "صد هجوماً"), else the speaker that says "أنه صد"."""
    if not view.contains_any(_REPEL_WORDS):
        return None
    text = view.folded.text
    # (room for a long unit and its day before an attack noun: "صدت قوات الفرقة الرابعة مشاة في الجيش، فجر اليوم
    # الخميس، هجوماً")
    noun = text[hit.word_start : hit.word_end].split(" ")[-1] in _REPELLED_ATTACKS
    window = max(0, hit.word_start - (90 if noun else 60))
    found = [m for m in _REPEL.finditer(text, window, hit.word_end) if m.start() <= hit.word_start]
    if not found:
        return None
    verb = found[-1]
    if not _REPEL_BREAKS.isdisjoint(text[verb.end() : hit.word_start].split()):
        return None  # "صدت القوات محاولة تسلل، فيما شن مسلحون هجوماً": the verb's clause ended before the attack
    verb_start = view.raw_span(verb.start(), verb.start()).start
    pronoun = any(
        m.group() not in ("ان", "بان") and not text[m.end() : verb.start()].strip()
        for m in _THAT_PRONOUN.finditer(text, 0, verb.start())
    )
    if pronoun and speaker is not None:
        return speaker  # "أعلن الجيش أنه صد هجوماً"
    men = _OWN_MEN.search(text, max(0, verb.start() - 20), verb.start())
    if men is not None and speaker is not None and not text[men.end() : verb.start()].strip():
        span = view.raw_span(*men.span())
        return _but(speaker, span=span, text=view.raw_text(span))  # "قالت الحركة إن مقاتليها صدوا هجوماً"
    noun_start = view.raw_start(hit.word_start, hit.word_end)
    if verb.start() == hit.word_start:
        # "صدت قوات سوريا الديمقراطية هجوماً": the verb, its subject and the attack noun are one trigger
        noun_start = view.raw_start(text.rfind(" ", hit.word_start, hit.word_end) + 1, hit.word_end)
    before = [p for p in participants if p.span.end <= verb_start]
    after = [p for p in participants if verb_start <= p.span.start and p.span.end <= noun_start]
    # "صدت القوات هجوماً": the subject follows the verb; "القوات صدت": it stands before
    if after:
        return after[0]
    return before[-1] if before else speaker


# "هجوماً لقوات الدعم السريع"، "هجوماً واسعاً شنته قوات ..."، "هجوماً شنه عناصر من تنظيم داعش": what stands between
# an attack noun and the force it is the attack of (folded; adjectives in tanwin may come first)
_ATTACK_OF = re.compile(
    r"^(?: [^\W\d_]+ا){0,2}(?: (?:شنه|شنته|شنها|شنوه|نفذه|نفذته|نفذها|نفذوه)"
    r"(?: (?:عناصر|مقاتلو|مقاتلون|مسلحو|مسلحون|افراد|مجموعه|مجموعة)(?: من)?)?)?"
    r"(?: (?:ل|لل)?(?:تنظيم|جماعه|جماعة|حركه|حركة|ميليشيا|ميليشيات|مليشيا|مليشيات|قوات|فصايل)| ل| لل)?"
    r"(?: *[«\"“])?"  # "شنته فصائل «الجيش الوطني السوري»": the name quoted (probe72)
)


def _repelled_on_own(view: SentenceView, hit: Hit[Trigger], p: Participant, repeller: Participant) -> bool:
    """ "أحبط الجيش هجوماً على معسكر": a side of the repeller's own named after على is what the attack was on."""
    at = view.folded_index(p.span.start)
    return (
        at >= hit.word_end
        and _ON_WORD.search(view.folded.text, hit.word_end, at) is not None
        and _same_side(p, repeller)
    )


_ON_WORD = re.compile(r"(?<!\w)علي(?!\w)")


def _attacker(view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]) -> Participant | None:
    """Whose attack the attack noun of a repelled attack names: the force after ل or after "شنّه", or a
    nationality adjective ("هجوماً إسرائيلياً"); else None."""
    text = view.folded.text
    for p in participants:
        start = view.folded_index(p.span.start)
        if start < hit.word_end or start > hit.word_end + 60:
            continue
        if _ATTACK_OF.fullmatch(text[hit.word_end : start].rstrip()):
            return p
        break  # only the first participant after the noun can be its owner
    return _nationality_after(view, hit)


# Events between two sides, whose sides "الجانبان" names again in a later sentence
_TWO_SIDED = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# "الجانبان"، "الطرفين"، "البلدان"، "الوزيران"، "الرئيسين" (folded duals), the subject or object of a trigger
# ... and the two armed sides told, named by their kind in the dual ("بين الكتيبتين"، "بين المجموعتين")
_BOTH_SIDES = re.compile(
    r"(?<!\w)[وف]?(?:ال|لل)(?:جانب|طرف|بلد|وزير|رييس|زعيم|وفد|قايد|كتيبت|مجموعت|فصيل|قبيلت|عشيرت|جماعت)(?:ان|ين)(?!\w)"
)


def _between_both_sides(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "اتفاق ... بين الطرفين": "the two sides" after بين within a few words of the trigger."""
    match = _BOTH_SIDES.search(view.folded.text, hit.word_end, hit.word_end + 40)
    return match is not None and view.folded.text[max(0, match.start() - 4) : match.start()].strip() == "بين"


def _names_both_sides(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """Whether "the two sides" is the trigger's subject or object: inside it ("وقّع الجانبان اتفاقية") or
    right after it ("وبحث الجانبان"، "اتفاق بين الطرفين")."""
    text = view.folded.text
    inside = _BOTH_SIDES.search(text, hit.word_start, hit.word_end)
    after = _BOTH_SIDES.match(text, hit.word_end + 1) or _BOTH_SIDES.match(text, hit.word_end + len(" بين "))
    if inside is not None or (after is not None and text[hit.word_end : after.start()].strip() in ("", "بين")):
        return True
    # "إن الجانبين سيوقعان، الخميس المقبل، محضر اتفاق": a deal signed apart from its verb is of the verb's subject
    at = hit.word_start
    if hit.values[0].id == _SIGNED_ID:
        verbs = list(_SIGN_VERB.finditer(text, max(0, at - 160), at))
        if verbs:
            at = verbs[-1].start()
            after = _BOTH_SIDES.match(text, verbs[-1].end() + 1)
            if after is not None:
                return True
    # "وأعلن الوزيران توقيع مذكرة تفاهم": the two tell of it, right before it (past the statement they tell it
    # in: "وأعلن الطرفان في بيان ختامي اتفاقهما")
    before = list(_BOTH_SIDES.finditer(text, max(0, at - 50), at))
    if not before:
        return False
    gap = _STATEMENT_ASIDE.sub("", text[before[-1].end() : at]).strip(" ،,")
    return gap in ("", "ان", "انه", "انهما")


# "في بيان ختامي"، "، في بيان مشترك،": the statement a thing is told in, with one adjective
_STATEMENT_ASIDE = re.compile(r"^[ ،,]*في +(?:بيان|مؤتمر صحفي|مؤتمر صحافي)(?: +[^\W\d_]+)?(?=[ ،,]|$)")


_DECLARED_TARGETS = frozenset(_WORDS.words("declared_targets"))


def _declared_target(
    view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant], speaker: Participant | None
) -> tuple[Participant | None, Participant | None]:
    """ "اعتبر الوزير أن منشآت الحزب "أهداف مشروعة" لقوات بلاده": (who declares, whose sites are declared)."""
    text = view.folded.text
    thats = [m for m in _THAT_PRONOUN.finditer(text, 0, hit.word_start)]
    if not thats:
        return speaker, None
    that_start = view.raw_span(thats[-1].start(), thats[-1].start()).start
    that_end = view.raw_span(thats[-1].end(), thats[-1].end()).start
    t_start = view.raw_start(hit.word_start, hit.word_end)
    # the verb's subject comes first ("اعتبر الوزير، في تصريح للصحافيين، أن"); outlets only carry the words
    if speaker is not None and speaker.role == "media":
        speaker = None
    declarer = speaker or next((p for p in participants if p.span.end <= that_start and p.role != "media"), None)
    inside = [p for p in participants if that_end <= p.span.start and p.span.end <= t_start and p is not declarer]
    if declarer is not None:
        inside = [p for p in inside if p.span != declarer.span]
    return declarer, inside[0] if inside else None


def _clause_of(view: SentenceView, raw_start: int) -> tuple[int, int]:
    for clause in view.sentence.clauses:
        if clause.start <= raw_start < clause.end:
            return view.folded_index(clause.start), view.folded_index(clause.end)
    return 0, len(view.folded.text)


# "خلال الوقفة"، "أثناء الزيارة"، "على هامش الاجتماع": during an event the story has told
# "خلال الزيارة"; "خلال تفريق المسيرة": during the march's break-up is during the march
_DURING = re.compile(r"(?<!\w)(?:" + _alt("during") + r") +(?:(?:تفريق|فض|قمع) +)?(ال[^\W_]+)")
_DURING_WORDS = _needles("during")
_DURING_WORD = re.compile(r"(?<!\w)[وفب]?(?:" + _alt("during") + r")(?!\w)")  # the word, not "الختامي"
_PROTEST_NOUNS = frozenset(_WORDS.words("protest_nouns"))


# "خلال لقائه وفداً"، "أثناء استقباله السفير": a meeting framed in the sentence, first told there (folded)
_MEETING_FRAME = re.compile(r"(?<!\w)[وف]?(?:خلال|اثناء|في) +(?:لقاي|لقاء|استقبال)(?:ه|ها|هم)(?!\w)")
_DURING_CALL = re.compile(r"(?<!\w)[وف]?خلال (?:ال)?(?:اتصال|مكالم[هة])(?!\w)")


def _held_the_abducted(actor2: Participant | None, ctx: Context) -> bool:
    """Whether a denied arrest's object is the one the story told abducted, named again by a definite noun of
    his ("الصحافي"، "الناشط") that the abduction's sentence gave him."""
    if actor2 is None or actor2.named or ctx.abduction is None:
        return False
    noun = fold_text(actor2.text)
    if not re.fullmatch(r"ال[^\W\d_]{3,}", noun):
        return False
    return re.search(r"(?<!\w)" + re.escape(noun) + r"(?!\w)", ctx.abduction[1]) is not None


def _during(view: SentenceView, hit: Hit[Trigger], ctx: Context) -> tuple[DateOf | None, tuple[Mention, ...]] | None:
    """The day and places of the told event a sentence says it happened during, if any."""
    if not view.contains_any(_DURING_WORDS):
        return None
    for match in _DURING.finditer(view.folded.text):
        if match.start(1) <= hit.start < match.end(1):
            continue  # the trigger itself
        if hit.values[0].plover in _STATEMENTS and match.end() <= hit.start and hit.values[0].id != _SIGNED_ID:
            # "إن الشرطة اعتقلت ناشطين خلال تفريق المسيرة، متهماً السلطات": a statement is made during what is told
            # after its word, not during a deed of the clause before it (a deal signed "على هامش القمة" is a deed)
            continue
        noun = match.group(1)
        found = trigger_matcher().find(noun)
        plover = "PROTEST" if noun in _PROTEST_NOUNS else (found[0].values[0].plover if found else None)
        if plover is not None and plover in ctx.last_of:
            return ctx.last_of[plover]
    return None


# "في بلدة بيت أمر"، "في منطقة القاسمية": a town word before a name marks a place, listed or not ("في المخيم" does not)
_NAMED_SITE = re.compile(r"(?<!\w)[وفب]?(?:في )?(?:" + _alt("named_site_kinds") + r") [^\W\d_]")


def _speaks_of_own_deed(
    view: SentenceView, hit: Hit[Trigger], source: Source, actor1: Participant | None, t_span: Span
) -> bool:
    """A headline's lead names a force (or a government arresting), and the deed after its colon names no doer
    before it: the force did it."""
    speaker = source.speaker
    if speaker is None or source.span is None or speaker.role not in _STATE_ROLES:
        return False
    lead = _HEADLINE_LEAD.match(view.text)
    if lead is None or view.start + lead.end("lead") < source.span.end or source.span.end > t_span.start:
        return False
    plover = hit.values[0].plover
    # a toll word ("الجيش: مقتل جندي") may tell of the force's own dead; a ministry strikes no one
    if plover not in ("ASSAULT", "COERCE") or (plover == "ASSAULT" and speaker.role == "government"):
        return False
    if hit.values[0].strength != "strong":
        return False
    if any(c.end <= hit.start for c in view.cues_of("killed", "injured")):
        return False  # "الجيش الإسرائيلي: مقتل جندي وإصابة ٣ في معارك": the dead told first may be its own
    if actor1 is None or actor1.span.start >= t_span.end or actor1.span == speaker.span:
        return True
    # "الجيش المالي: تحييد عشرات الإرهابيين في غارات جوية": an unnamed band after the colon is the deed's object
    return not actor1.named and actor1.role not in _STATE_ROLES and actor1.span.start > source.span.end


def _folded_alt(section: str) -> str:
    return "|".join(re.escape(fold_text(w)) for w in sorted(_WORDS.words(section), key=len, reverse=True))


# "التي تضم مستشارين عسكريين أميركيين": a side past a hosting clause, up to three words on
_HOSTED = re.compile(r"(?<!\w)(?:" + _folded_alt("hosting_clause") + r")(?: +[^\W\d_]+){0,3} +$")
# "قرب السفارة الأميركية"، "أمام مقر الحزب": a body past a word of nearness, up to two words on
_NEAR = re.compile(
    r"(?<!\w)[وب]?(?:" + _folded_alt("near_words") + r")(?: +[^\W\d_]+){0,2} +$"
    # "لغما انفجر بدبابة إسرائيلية"، "عبوات انفجرت بآليات الاحتلال": what a charge went off against was hit
    r"|(?<!\w)(?:انفجر|انفجرت|انفجرتا|انفجرا)(?: +[^\W\d_]+){0,2} +ب$"
)


_MILITARY_TELLER_WORDS = frozenset({"عسكري", "عسكريه", "عسكريون", "عسكريين", "العسكري", "العسكريه", "الجيش"})


def _teller_army(actor: Participant, source: Source, home: str | None) -> Participant:
    """ "وذكرت مصادر عسكرية إسرائيلية ... أن قوة عسكرية اقتحمت"، "أعلنت متحدثة عسكرية أمريكية أن الجيش اعتقل": an
    army named by no state of its own is the army whose military source tells of it, not the story's country."""
    if actor.role != "military" or actor.canonical is not None or actor.named or actor.country != home:
        return actor
    nationality = _nationality_of_form()
    if any(w in nationality for w in fold_text(actor.text).split()):
        return actor
    words = fold_text(source.text).split()
    if _MILITARY_TELLER_WORDS.isdisjoint(words):
        return actor
    told = {nationality[w] for w in words if w in nationality}
    return _but(actor, country=told.pop()) if len(told) == 1 and home not in told else actor


def _no_doers(view: SentenceView, participants: Sequence[Participant]) -> tuple[list[Participant], list[Participant]]:
    """The sides an attack's sentence names as the target's occupants, and as a landmark near which it happened:
    neither did it."""
    hosted: list[Participant] = []
    near: list[Participant] = []
    for p in participants:
        if not view.start <= p.span.start < view.start + len(view.text):
            continue
        at = view.folded_index(p.span.start)
        before = view.folded.text[max(0, at - 70) : at]
        # "التي تضم مستشارين عسكريين أميركيين ضمن التحالف الدولي": the body the occupants belong to is theirs too
        gap = view.text[hosted[-1].span.end - view.start : p.span.start - view.start] if hosted else "،"
        hosted_before = view.may_match_in(_HOSTED, max(0, at - 70), at) and _HOSTED.search(before) is not None
        if hosted_before or (len(gap.split()) <= 2 and not _CLAUSE_MARK.search(gap)):
            hosted.append(p)
        elif _NEAR.search(before):
            near.append(p)
    return hosted, near


# "شخص غير مرغوب فيه": said of the envoy the speaker expels
_UNWELCOME_KEYS = frozenset(fold_text(f) for f in ("شخص غير مرغوب فيه", "شخصا غير مرغوب فيه"))


def _men_sent(actor1: Participant | None, actor2: Participant | None, t_span: Span) -> bool:
    """ "نشرت وزارة الداخلية العراقية قوات إضافية"، "حشدت قوات الدعم السريع آلاف المقاتلين"، "حشد الجيش التركي قوات
    على الحدود مع سوريا": the unnamed men of the mobiliser's own country, or the men its trigger sends, are what it
    sends, not whom the mobilisation is aimed at."""
    if actor1 is None or actor2 is None or actor2.named:
        return False
    sent = t_span.start <= actor2.span.start < t_span.end
    return sent or (actor2.country is not None and actor2.country == actor1.country)


# (folded) "دفعت ... بتعزيزات من أفواج الطوارئ وقوات "، "تعزيزات عسكرية من الفرقة ": the units reinforcements are
# drawn from, before "إلى" where they go
_FROM_UNITS = re.compile(r"(?<!\w)[وب]?تعزيزات(?: +[^\W\d_]+)? +من +(?:(?!الي )[^،,.:])*$")


def _reinforcements_from(view: SentenceView, actor2: Participant | None) -> bool:
    """Whether `actor2` stands among the units reinforcements are drawn from: the sender's own (probe72)."""
    if actor2 is None:
        return False
    at = view.folded_index(actor2.span.start)
    return _FROM_UNITS.search(view.folded.text, max(0, at - 80), at) is not None


_TO_TITLE = re.compile(r"(?<!\w)الي +(?:(?:ال)?[^\W\d_]+ +){0,2}$")


def _handed_to_title(view: SentenceView, p: Participant) -> bool:
    """Whether a side stands after "إلى" and at most two words (a title: "إلى الرئيس قيس سعيد")."""
    at = view.folded_index(p.span.start)
    return _TO_TITLE.search(view.folded.text, max(0, at - 40), at) is not None


def _sent_as_doer(actor1: Participant | None, source: Source, t_span: Span) -> bool:
    if actor1 is None or actor1.named or source.speaker is None or source.speaker.span.start >= t_span.start:
        return False
    return t_span.start <= actor1.span.start < t_span.end


# "انسحب الجيش المالي وقوات فاغنر من مدينة": a partner joined by و to the doer of a one-sided deed does it too
_ONE_SIDED = frozenset(("withdrawal", "reinforcements", "deployment", "mobilization", "convoy_movement"))
_JOINED_DOER = re.compile(r"^ *و(?:ال)?(?:قوات|عناصر|مقاتلي|مسلحي)? *$")


def _joined_doer(view: SentenceView, actor1: Participant | None, actor2: Participant | None) -> bool:
    if actor1 is None or actor2 is None or actor2.span.start < actor1.span.end:
        return False
    gap = view.text[actor1.span.end - view.start : actor2.span.start - view.start]
    return _JOINED_DOER.match(fold_text(gap)) is not None


_INSPECTION = frozenset(_WORDS.words("inspection_visits"))
# "زار آلاف السياح"، "يزور الحجاج": private visitors, the verb's subject within three words
_PRIVATE_VISITORS = re.compile(r"(?: +\S+){0,2}? +(?:ال)?(?:" + _alt("private_visitors") + r")(?!\w)")


def _inspection(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "خلال زيارة ميدانية إلى تيارت"، "في زيارة تفقدية": a field or inspection visit, no consultation."""
    word = _NEXT_WORD.match(view.folded.text, hit.word_end)
    return (word is not None and word.group(1) in _INSPECTION) or _sick_visited(view.folded.text, hit.word_end)


# probe60: "زار رئيس الوزراء، اليوم الأحد، جرحى التفجير في مستشفى الكاظمية"، "خلال زيارته المصابين": the visit's
# object (past its subject and a time aside, in its clause) is the wounded, the sick or a hospital
_SICK_VISITED = re.compile(r"[^.؛:]{0,70}?(?<!\w)[وفبل]?(?:" + _alt("hospital_visited") + r")(?!\w)")
_VISITING = re.compile(r"(?<!\w)[وف]?(?:" + _alt("visiting_words") + r")(?!\w)")


def _sick_visited(text: str, end: int) -> bool:
    """Whether the wounded, the sick or a hospital follow a visit word ending at `end`, within its clause: no
    word of talks, meeting or event stands between (a visit to the wounded meets no other side)."""
    m = _SICK_VISITED.match(text, end)
    return m is not None and _TALK_BETWEEN.search(text, end, m.start() + len(m.group())) is None


_MEETING_THE_SICK = frozenset({"visit", "reception"})  # triggers.yaml ids
_TALK_BETWEEN = re.compile(
    r"(?<!\w)[وف]?(?:التقي|التقت|اجتمع|اجتمعت|بحث|بحثت|استقبل|استقبلت|مع)(?!\w)|[،,] *[وف](?=[^\W_])"
)


def _wounded_visited(text: str, hit: Hit[Trigger]) -> bool:
    """ "وتفقد وزير الصحة الجرحى في مستشفى الشفاء"، "زار جرحى التفجير": the wounded a visit word goes to (probe60)
    were hurt in an event told elsewhere; neither the casualty noun nor the attack it is of ("التفجير") tells one."""
    if hit.values[0].plover != "ASSAULT" or _VISITING.search(text, 0, hit.word_start) is None:
        return False
    for v in _VISITING.finditer(text, max(0, hit.word_start - 100), hit.word_start):
        m = _SICK_VISITED.match(text, v.end())
        if m is None or _TALK_BETWEEN.search(text, v.end(), m.end()) is not None:
            continue
        if m.end() == hit.word_end and hit.values[0].id == "injury":
            return True
        if text[m.end() : hit.word_start] == " " and text[m.end() - 5 : m.end()].lstrip("وفبل") != "":
            return True  # "جرحى التفجير"، "مصابي الهجوم": the attack whose wounded they are
    return False


_WARRANT_WORDS = _taa_spellings(_WORDS.words("warrant_words"))
_COUNT_THEN_WORD = re.compile(r"(?<!\w)([0-9]+|[^\W\d_]+) +([^\W\d_]+)")


def _counted_nationals(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """ "15 فلسطينياً"، "ثلاثة سوريين": a count right after the trigger's clause opens (past its subject and an aside,
    within 60 characters) and a nationality noun after it: those people, civilians of that state."""
    text = view.folded.text
    for m in _COUNT_THEN_WORD.finditer(text, hit.end, min(len(text), hit.end + 60)):
        if _number_at(view, m.start(1), m.end(1)) is None:
            continue
        word = m.group(2)
        country = _nationality_of_form().get(re.sub(r"(?:ا|ين|ون)$", "", word)) or _nationality_of_form().get(word)
        if country is None:
            return None
        span = view.raw_span(m.start(1), m.end(2))
        return Participant(span, view.raw_text(span), None, country, "civilians", False)
    return None


_PROPOSALS = _taa_spellings(_WORDS.words("proposals"))


def _proposal_of(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """The state whose request, offer or plan is the trigger's object, by the nationality right after it ("طلباً
    أمريكياً"، "المقترح المصري"), as its government; None if the object is no such noun."""
    # the object, past the verb's subject: the first such noun within eight words of the trigger's end
    noun = None
    start = view.folded.text.find(" ", hit.start, hit.end)  # past the verb (a phrase may run to its object)
    start = hit.end if start < 0 else start
    for word_match in _WORD.finditer(view.folded.text, start, min(len(view.folded.text), start + 70)):
        word = re.sub(r"^(?:[وفب]?ال|[وفب])", "", word_match.group())
        if (word[:-1] if word.endswith("ا") else word) in _PROPOSALS:
            noun = word_match
            break
    if noun is None:
        return None
    word = noun.group()
    accusative = _accusative_nationality(view, noun.end()) if word.endswith("ا") else None
    country = accusative[0] if accusative is not None else _nationality_near(view, noun.end())
    if country is None:
        return None
    after = _NEXT_WORD.match(view.folded.text, noun.end())
    assert after is not None
    lead = re.match(r"(?:[وف]?ب|[وف])(?=ال)", word)  # "بالمقترح": the noun without its proclitic
    span = view.raw_span(noun.start() + (lead.end() if lead is not None else 0), after.end(1))
    return Participant(span, view.raw_text(span), None, country, "government", False)


_OPPOSITION_ADJECTIVES = frozenset({"المعارضه", "المعارض"})


def _without_party_adjectives(view: SentenceView, participants: list[Participant]) -> list[Participant]:
    """ "اتهمت جبهة الخلاص الوطني المعارضة السلطات": "المعارضة" right after a named party is its adjective ("the
    opposition front"), not the opposition as a side of its own ("اتهمت الحكومة المعارضة" keeps it)."""
    out: list[Participant] = []
    for p in participants:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.named
            and prev.role == "political_party"
            and fold_text(p.text) in _OPPOSITION_ADJECTIVES
            and view.text[prev.span.end - view.start : p.span.start - view.start] == " "
        ):
            continue
        out.append(p)
    return out


_UNLESS = re.compile(r"(?<!\w)(?:ما|ان|اذا|في حال) +لم(?!\w)")  # "ما لم"، "إن لم"، "إذا لم"، "في حال لم": unless
_THAT_WORD = re.compile(r"(?<!\w)[بل]?ان(?!\w)")


# (folded text, which keeps ة and ى) "مسيرة أخرى"، "طائرة مسيرة ثانية"، "غارة أخرى": a striking craft named as one
# more of those told before
_ANOTHER_WEAPON = re.compile(
    r"(?<!\w)((?:(?:ال)?طا[يئ]ر[هة]|(?:ال)?مسير[هة]|طا[يئ]رات|مسيرات|مقاتل[هة]|مقاتلات|غار[هة]|غارات|ضرب[هة])"
    r"(?: مسير[هة]| مسيرات| حربي[هة])? (?:[اأ]خر[يى]|ثاني[هة]|ثالث[هة]|[اأ]خريات))(?!\w)"
)


def _enemy_named_before(
    view: SentenceView, hit: Hit[Trigger], actor2: Participant | None, speaker: Participant, men_at: int
) -> bool:
    """A target of another side than the speaker's, named after the act's verb and before the dead men counted
    with a possessive pronoun (folded offset `men_at`): whose men they are."""
    if actor2 is None or _same_side(actor2, speaker):
        return False
    at = view.folded_index(actor2.span.start)
    return hit.word_end <= at < men_at


_FED = re.compile(r"(?<!\w)(?:" + _alt("fed_by_aid") + r")(?!\w)")


def _fed_by_aid(view: SentenceView, hit: Hit[Trigger], side: Participant) -> bool:
    """Whether a word of feeding or sufficing ("تكفي لإطعام"، "لتزويد"، "تستفيد منها") stands between the aid and
    `side`, after it in the same clause: those are who it serves."""
    at = view.folded_index(side.span.start)
    if at <= hit.end:
        return False
    between = view.folded.text[hit.end : at]
    return _FED.search(between) is not None and not _SENTENCE_STOP.search(between)


_CLOSED_PASSAGES = ("حدود", "مجال جوي", "اجواء", "معبر", "معابر", "منفذ", "منافذ")
_TOWARDS_STATE = re.compile(r"(?<!\w)امام(?!\w)")


def _closed_to_state(
    view: SentenceView, hit: Hit[Trigger], t_span: Span, participants: Sequence[Participant]
) -> Participant | None:
    """The state a border, an airspace or a crossing is closed to: named after the closure in its clause, behind أمام
    ("أمام الطائرات القادمة من مالي"); not the neighbour a border or a crossing is "with" ("منفذ رأس جدير الحدودي مع
    تونس"، "إغلاق حدودها مع السودان" for its own security: where, not whom)."""
    if not any(w in hit.key for w in _CLOSED_PASSAGES):
        return None
    # a country after من or إلى is read as a place, not a side: its mention stands for the state here
    countries = [
        Participant(m.span, m.text, m.canonical, iso3(m.place.country), "government", state=True)
        for m in view.mentions
        if m.place is not None and m.place.kind == "country"
    ]
    states = sorted([p for p in participants if p.state] + countries, key=lambda p: p.span.start)
    for p in states:
        if p.span.start < t_span.end:
            continue
        at = view.folded_index(p.span.start)
        between = view.folded.text[hit.end : at]
        if len(between) > 120 or _SENTENCE_STOP.search(between) or "،" in between:
            return None
        return p if _TOWARDS_STATE.search(between) else None
    return None


_IF_WORDS = frozenset(fold_text(w) for w in ("إذا", "إذا ما", "في حال", "في حالة", "ما لم", "بشرط"))


def _in_condition_after(view: SentenceView, hit: Hit[Trigger], side: Participant) -> bool:
    """Whether `side` stands in a condition the sentence puts after the trigger ("إذا سمحت السلطات")."""
    return any(
        h.key in _IF_WORDS and hit.end <= h.start and view.raw_start(h.start, h.end) < side.span.start
        for h in view.cues_of("hypothetical")
    )


def _announced_as_object(view: SentenceView, hit: Hit[Trigger], source: Source) -> bool:
    """Whether the speaker, in this sentence before the trigger, tells of it as its verb's object, with no أن/إن
    clause between ("أعلنت الهيئة دخول قافلة"; not "قالت الهيئة إن قافلة دخلت")."""
    if source.span is None or source.span.end <= view.start:
        return False
    start = view.folded_index(source.span.end)
    return start <= hit.word_start and _THAT_WORD.search(view.folded.text, start, hit.word_start) is None


def _events_for(
    doc: Document,
    view: SentenceView,
    ctx: Context,
    plover: str,
    hit: Hit[Trigger],
    modality: str | None = None,
    retold: bool = False,
) -> list[dict[str, Any]]:
    if hit.values[0].id == "visit" and _inspection(view, hit):
        return []
    t_span = view.raw_span(hit.start, hit.end)
    clause = _clause_of(view, t_span.start)
    if hit.values[0].id == "formal_complaint" and _own_envoy(view, hit):
        plover = "SANCTION"  # "استدعت سفيرها لدى إسرائيل": recalling its own envoy cuts ties, it is no protest
    # a capital acts for its state in statements ("اتهمت طهران واشنطن"); a visit goes to the city
    # ... and so does one talks are held with ("مفاوضات مباشرة مع واشنطن")
    participants = [
        _as_doer_of(p, plover)
        for p in ctx.participants
        if p.head != "capital"
        or (
            (plover in _STATEMENTS or (plover == "CONSULT" and (_with_before(view, p) or _between_capitals(view, p))))
            and not _names_deal(view, p)
        )
    ]
    participants = _without_party_adjectives(view, participants)
    if view.contains_any(_READER_WORDS):
        # "في بيان تلاه المتحدث باسمها": the one who read the statement out is its voice, not a side
        participants = [
            p for p in participants if view.previous_word(view.folded_index(p.span.start)) not in _STATEMENT_READERS
        ]
    if hit.key in _CAPTIVE_KEYS:
        # "تسلمت السلطات اللبنانية 12 سجيناً سورياً": a state's name never takes tanwin; inside the trigger it is said
        # of the captives, no side
        participants = [
            p
            for p in participants
            if not (p.state and t_span.start <= p.span.start < t_span.end and p.text.endswith(("اً", "ًا")))
        ]
    source = _source(view, t_span.start, participants, ctx.source, goes_on=not ctx.told_own)
    # "نفذت القيادة الأمريكية، بالتنسيق مع الحكومة الصومالية، غارة جوية": a partner the doer acts with is neither
    # side of the deed
    partners = (
        [p for p in participants if _COORDINATED_WITH.search(view.text[: p.span.start - view.start])]
        if any(n in view.text for n in _COORDINATED_NEEDLES)  # (each search scans the whole text before p)
        else []
    )
    actors = [p for p in participants if p not in partners] if partners else participants
    if plover == "ASSAULT":
        # "عثرت الشرطة على جثث خمسة أشخاص خطفهم مسلحون"، "وعثرت دورية للشرطة على جثتين ... آثار تعذيب": who found
        # the dead did not kill them
        finders = _finders(view, hit)
        actors = [p for p in actors if not finders[0] <= p.span.start < finders[1]]
    reaction = _reaction_before(view, hit) if plover in _FORCE_TYPES else None
    if reaction is not None:
        # "عبّر الأمين العام من روما عن صدمته للهجوم على مقر المراقبين"، "أعرب عن أسفه لمقتل أربعة مراقبين في
        # غارة": who is shocked by an attack (or deplores it) did not make it
        actors = [p for p in actors if p.span.start >= reaction]
    if plover in _FORCE_TYPES:
        # "بعد إنذار بالإخلاء نشره المتحدث باسم الجيش"، "«رداً على المجازر التي يرتكبها العدو بحق المدنيين»": who
        # issued the warning before a strike, and those named in the wrong it answers, are no side of it (probe71)
        actors = [p for p in actors if not _matches_before(view, _OTHER_ACT_BEFORE, p.span.start, 90)]
    # "شهد العراق أمس يوماً دامياً ... جراء سلسلة تفجيرات": the place that saw it is where, not who
    actors = [p for p in actors if not (_is_place_name(view, p) and _matches_before(view, _WITNESSED, p.span.start))]
    if plover == "CONSULT":
        # "ستزور المنطقة لخفض التوتر بين إسرائيل وسوريا": the parties to a strain a visit or talks are about are
        # their topic, not whom they are held with
        actors = [p for p in actors if not _strained(view, p.span.start) and not _file_of(view, p)]
    hosted, near = _no_doers(view, actors) if plover == "ASSAULT" else ([], [])
    kept = [p for p in actors if p not in hosted and p not in near]
    # "ناقلة نفط ترفع علم بنما": the state whose flag a ship flies is no side of what befell it
    kept = [p for p in kept if not _flag_of(view, p)]
    actor1, actor2 = _arguments(view, hit, kept, source, ctx.home, plover)
    if plover in _TWO_SIDED and actor2 is None and actor1 is not None and actor1.span.end <= t_span.start:
        # "عقد الرئيس المصري عبد الفتاح السيسي ورئيس مجلس السيادة السوداني عبد الفتاح البرهان ... قمة": two joined
        # subjects before the meeting are its two sides, the first named the first (probe76)
        partner = _joined_before(view, actor1, kept)
        if partner is not None:
            actor1, actor2 = partner, actor1
    actor1, actor2 = _in_office(view, actor1, kept), _in_office(view, actor2, kept)
    closed_to = _closed_to_state(view, hit, t_span, kept) if hit.values[0].id == "closure_ban" else None
    if closed_to is not None and (actor1 is None or actor1.country != closed_to.country):
        # "قرر إغلاق المجال الجوي أمام الطائرات القادمة من مالي"، "أغلقت حدودها مع السودان": a border or an airspace
        # closed to another state sanctions it (probe63)
        plover, actor2 = "SANCTION", _but(closed_to, role="government")
    if hit.values[0].id == "surrender":
        # "سلم إرهابي نفسه للسلطات العسكرية": the man between the verb and نفسه gives himself up to the side after
        # him (probe52)
        inner = _surrendered(view, hit, ctx.home)
        if inner is not None:
            given_to = actor1 if actor1 is not None and actor1.span.start >= t_span.end else actor2
            actor1, actor2 = inner, given_to
    if plover == "AID" and actor1 is not None and _fed_by_aid(view, hit, actor1):
        # "وصول قافلة ... تكفي لإطعام نحو 30 ألفاً من سكانها": those the aid feeds receive it (probe63)
        actor1, actor2 = None, actor2 or actor1
    if actor1 is None and plover == "AID" and source.speaker is not None and _announced_as_object(view, hit, source):
        # "أعلنت الهيئة الخيرية الأردنية الهاشمية دخول قافلة مساعدات جديدة إلى قطاع غزة": who announces the aid it
        # sends gives it
        actor1 = source.speaker
    trigger_codes = hit.values[0].acled
    if actor2 is None and trigger_codes is not None and tuple(trigger_codes) == _ARRESTS:
        # "اعتقلت قوات الاحتلال، فجر اليوم، 15 فلسطينياً": those held, counted by their nationality
        actor2 = _counted_nationals(view, hit)
    if plover in ("REJECT", "AGREE", "SUPPORT"):
        proposer = _proposal_of(view, hit)
        # (not a side already named before it: "توصل الجيش وقوات الدعم السريع إلى هدنة")
        if proposer is not None and (actor2 is None or actor2.span.start >= proposer.span.start):
            # "رفضت الحكومة العراقية طلباً أمريكياً بإغلاق مكاتب الفصائل": the state whose request or proposal is
            # rejected or accepted is the other side, not whom the proposal names
            actor2 = proposer
    if hit.key in _UNWELCOME_KEYS and source.speaker is not None and actor1 is not None and actor1 != source.speaker:
        # "أعلنت الخارجية الليبية أن السفير التركي شخص غير مرغوب فيه": the envoy declared unwelcome is the object
        actor1, actor2 = source.speaker, actor1
    if actor1 is not None and actor1.span.start > view.start and _towards(view, actor1):
        # "سقطت قذائف أطلقت باتجاه إسرائيل": what fire was aimed at is its target, never its doer
        actor1, actor2 = None, actor2 or actor1
    if plover in _FORCE_TYPES and actor1 is not None:
        actor1 = _teller_army(actor1, source, ctx.home)
    if hit.values[0].id == "recognition":
        # "أعلنت الحكومة الإسبانية اعترافها رسمياً بدولة فلسطين"، "اعترفت النرويج وإيرلندا بدولة فلسطين": the state
        # recognised, never a co-subject
        actor2 = _recognised_state(view, t_span) or actor2
    if plover == "ASSAULT" and actor2 is not None and _heads_civilian_site(view, actor2):
        actor2 = _but(actor2, role="civilians")  # "قُتل مدير مدرسة": who runs a school or a hospital is a civilian
    if hosted and (actor2 is None or hosted[0].span.start > t_span.end):
        # "استهدفت مسيّرتان قاعدة تضم مستشارين أميركيين"، "تعرضت قاعدة عين الأسد التي تستضيف قوات أمريكية لهجوم":
        # those the target hosts were hit (the named side first: "حافلة تقل عناصر من الجيش السوري")
        actor2 = next((p for p in hosted if p.named), hosted[0])
    elif actor2 is None and near and near[0].span.start > t_span.end:
        actor2 = near[0]  # "انفجرت عبوة قرب دورية للجيش": what it went off by
    if plover == "ASSAULT" and actor1 is None and actor2 is not None and actor2.role in _STATE_ROLES:
        # "قضت مفرزة للجيش الوطني الشعبي، أمس، على إرهابيين اثنين": the force after the verb of doing away with did it,
        # and the armed men after its على are whom it befell
        eliminated = _eliminated_after(view, hit, home=actor2.country)
        if eliminated is not None:
            actor1, actor2 = actor2, eliminated
    if (
        actor1 is None
        and actor2 is not None
        and actor2.role in _STATE_ROLES
        and _UNIT_OF_BEFORE.search(
            fold_text(view.text[max(0, actor2.span.start - view.start - 12) : actor2.span.start - view.start])
        )
    ):
        # "أوقفت مفارز للجيش الوطني الشعبي 12 عنصر دعم": the force a detachment is "of" does the deed; whom it
        # befell is the next side told after it (probe52)
        after = [p for p in kept if p.span.start >= actor2.span.end]
        actor1, actor2 = actor2, after[0] if after else None
    if (
        plover == "ASSAULT"
        and actor1 is not None
        and actor1.span.start >= t_span.end
        and tuple(hit.values[0].acled or ()) in _BOMBS
        and _AMID.search(view.folded.text[: view.folded_index(actor1.span.start)]) is not None
    ):
        # "فجّر انتحاري نفسه بين المصلين"، "وسط رواد المقهى"، "بين عناصر من الجيش": those the bomb went off amid were
        # hit, they did nothing
        actor1, actor2 = None, actor1
    if plover in ("ASSAULT", "COERCE") and actor2 is None:
        # "تعقبت قوات الجيش المهاجمين وقتلت ستة منهم"، "لاحقت المهاجمين واعتقلت اثنين منهم": those counted "of them"
        # are of the side the first verb pursued (no doer: the pursuers do both)
        pursued = _counted_of_them(view, kept, ctx.home)
        if pursued is not None:
            pursuers = [p for p in kept if p.span.end <= pursued.span.start and p.role in _STATE_ROLES]
            if actor1 is None or actor1.span == pursued.span:
                actor1 = pursuers[-1] if pursuers else None
            actor2 = pursued
    if plover == "COERCE" and actor2 is not None:
        actor2 = _defendant(view, actor1, actor2)
    if plover == "COERCE" and actor2 is not None and _held_journalist(view, actor2):
        # "أوقفت وحدات أمنية الصحفي مراد الجلاصي"، "اعتقلت قوة أمنية صحفياً": a journalist held for his work is
        # coded as the press (the gold sets' media), though one killed is a civilian (probe62)
        actor2 = _but(actor2, role="media", country=actor2.country or ctx.home)
    if plover == "COERCE" and actor2 is not None and actor2.state and actor2.text.endswith(("اً", "ًا")):
        # "أوقف الأمن العام سورياً": a state's name never takes tanwin; it is one of its people
        actor2 = _but(actor2, role="civilians", state=False)
    # "القوات" alone after "القوات الإسرائيلية" in the paragraph: those forces again, not the story's country's
    actor1, actor2 = (_forces_again(p, ctx) for p in (actor1, actor2))
    for p in (actor1, actor2):
        words = fold_text(p.text).split() if p is not None else []
        if p is not None and p.country is not None and len(words) > 1 and words[0] in _FORCES:
            ctx.forces = p
    if actor1 is not None and actor2 is not None and actor1.span != actor2.span and _overlaps(actor1.span, actor2.span):
        # "هاجم مستوطنون إسرائيليون": the doer read twice (its head alone) is not whom it befell (one span for both
        # sides is a dual, "بين مجموعتين مسلحتين")
        actor2 = None
    if actor2 is not None and actor2.head == "site" and fold_text(actor2.text) in _THE_BASE:
        # "استهداف القاعدة": the base named last; one hosting a foreign state's forces is theirs
        bases = [m for m in doc.mentions if m.span.end <= view.start and m.place is not None and m.place.kind == "base"]
        if bases and bases[-1].place is not None and bases[-1].place.id in _HOSTED_FORCES:
            actor2 = _but(actor2, country=_HOSTED_FORCES[bases[-1].place.id])
    if actor1 is not None and not actor1.person:
        actor1 = _titled_person(view, actor1, participants)  # "محمد بن سلمان ولي العهد رئيس مجلس الوزراء": the man
    if actor1 is not None and actor2 is not None and not actor2.person and actor2.span.start >= actor1.span.end:
        actor2 = _past_apposed_titles(view, actor1, actor2, participants)
    if actor1 is not None and actor2 is not None and _received_from(view, hit, actor2):
        actor1, actor2 = actor2, actor1
    if hit.values[0].id == _LETTER and actor2 is not None and _handed_from(view, actor2):
        # "سلّم الوزير رسالة خطية من رئيس الدولة إلى الرئيس الموريتاني": the letter goes to the side after إلى
        actor2 = _letter_addressee(view, actor2, participants) or actor2
    if hit.key in _HANDED_OVER_KEYS:
        # "سلّمت السلطات التركية خمسة مطلوبين إلى العراق": the state they are handed to is the other side
        actor2 = _receiving_state(view, t_span) or actor2
    if hit.key == _RECEIVED_CAPTIVES_KEY and actor1 is not None and actor2 is not None and _handed_from(view, actor2):
        # "أعلن الجيش اللبناني أنه تسلم من الجيش السوري 20 موقوفاً": the side received from frees them
        actor1, actor2 = actor2, actor1
    if actor2 is not None and _FORMERLY_OWNED.search(view.folded.text[: view.folded_index(actor2.span.start)][-30:]):
        actor2 = None  # "مواقع كانت تابعة لجيش النظام السابق": what a fallen force once held, nobody's side now
    # an attack, or a destruction ("أحرق مستوطنون منازل"); not an incursion ("اقتحم مستوطنون باحات المسجد الأقصى")
    trigger_acled = hit.values[0].acled
    destroyed = trigger_acled is not None and trigger_acled[1] == "Looting/property destruction"
    violent = plover == "ASSAULT" or (plover == "COERCE" and destroyed)
    if actor1 is not None and violent and actor1.role == "other" and _armed_when_violent(actor1):
        actor1 = _but(actor1, role="armed_group")  # "هاجم مستوطنون قرية المغير": settlers attacking are a militia
    if hit.values[0].id == "suicide_bombing" and actor2 is None and actor1 is not None and actor1.role in _STATE_ROLES:
        # "فجّر أحد المشتبه بهم نفسه ... وإصابة ثلاثة من أفراد القوة الأمنية": a state force is a bomber's target
        actor1, actor2 = None, actor1
    if actor2 is None and plover == "SANCTION" and hit.values[0].id == "formal_complaint":
        actor2 = _host_state(view, t_span)  # "سفيرها لدى إسرائيل"، "سفيرها في باريس": the state it was sent to
    if actor2 is None and hit.values[0].id == "reduce_relations" and hit.key.startswith("سحب"):
        # "سحب سفيرها من طهران": the state an envoy is withdrawn from (probe25)
        actor2 = _host_state(view, t_span, recalled=True)
    if hit.values[0].id == "formal_complaint" and plover == "ACCUSE" and actor2 is not None and actor2.role == "igo":
        # "تقدّمت الحكومة بشكوى إلى مجلس الأمن الدولي ضد إسرائيل": the Council is whom the complaint goes to; the
        # side it is against is the one accused (art2)
        actor2 = _complained_against(view, hit, participants) or actor2
    if hit.values[0].id == "formal_complaint" and plover == "ACCUSE":
        # "استدعت القائم بالأعمال التركي": the envoy's state is whom the protest is made to (not a side the grounds
        # name later: "... وسلّمته مذكرة احتجاج على دعم بلاده لقوات الدعم السريع")
        envoy_state = _nationality_after(view, hit)
        if envoy_state is not None and (actor2 is None or actor2.span.start >= envoy_state.span.end):
            actor2 = envoy_state
        embassy = _embassy_state(view, hit, kept) if envoy_state is None else None
        if embassy is not None:
            # "القائم بالأعمال في سفارة مالي": the envoy named before his embassy is of its state
            envoy_first = actor2 is not None and actor2.span.end <= embassy.span.start and actor2.role == "government"
            actor2 = _but(actor2, country=embassy.country) if envoy_first and actor2 is not None else embassy
    if plover == "PROTEST":
        actor1, actor2 = _protesters(view, hit, participants, ctx.home), _dispersers(view, hit, participants)
        if actor2 is None and _rioting(view):
            actor2 = _stormed_office(view, hit, participants)
        organiser = source.speaker
        if (
            organiser is not None
            and organiser.named
            and organiser.role not in _STATE_ROLES | _NOT_ORGANISERS
            and source.span is not None
            and source.span.end <= t_span.start
            and view.raw_span(hit.word_start, hit.word_end) == actor1.span
        ):
            # "أعلن الاتحاد العام التونسي للشغل تنفيذ إضراب عام": no crowd named, the body that announces its own
            # strike or sit-in holds it (its members out), not the protest noun
            actor1 = _but(organiser, role="protesters")
    if plover == "ACCUSE":
        # "تدين الغارات الإسرائيلية على قطاع غزة وتطالب المجتمع الدولي": the side condemned is the one whose attack
        # the object names, not whom a later verb addresses
        striker = _condemned_striker(view, hit)
        if striker is not None:
            actor2 = striker
    if plover in _ADJECTIVE_AIMED:
        aimed = _adjective_receiver(view, hit, actor1)
        if aimed is not None and (actor2 is None or actor2.span.start > aimed.span.start):
            actor2 = aimed
        elif plover == "ACCUSE" and actor2 is not None and _target_of_condemned(view, hit, actor1, actor2):
            actor2 = None
    victims_told = actor2 is not None and actor2.role == "civilians" and _after_condemned_attack(view, hit, actor2)
    if plover == "ACCUSE" and victims_told:
        actor2 = None  # "أعربت عن إدانتها للهجوم الذي ... أسفر عن مقتل عشرات المصلين": the dead are not accused
    if plover == "ACCUSE":
        blamed = _blamed_after(view, hit, participants)
        if blamed is not None and (actor2 is None or actor2.role not in _STATE_ROLES):
            # "دانت هجمات المستعمرين، محمّلة الحكومة الإسرائيلية المسؤولية": whom the accuser holds responsible
            # for what a side no state leads did (a state condemned stays: "دان الغارات الإسرائيلية، محملاً ...")
            actor2 = blamed
    if plover == "ACCUSE" and (actor2 is None or _BLAME_PARTICIPLE.search(view.folded.text, hit.end) is None):
        condemned = _told_attacker(view, hit, actor1, ctx.doers.get("ASSAULT"))
        # "دان الغارات، داعياً واشنطن إلى ...": the told strikes' side, not whom a later clause's call is made of
        # (one named later of that side stays: "دانت الهجوم، وحمّلت الحوثيين")
        if condemned is not None and (actor2 is None or _later_other_side(view, condemned, actor2)):
            actor2 = condemned
    if (
        plover == "SUPPORT"
        and actor1 is not None
        and actor2 is not None
        and actor2.state
        and actor1.country is not None
        and actor2.country == actor1.country
    ):
        # "أكد الملك دعم الأردن لوحدة سوريا": the state after دعم is whose support it is; the state it is for follows
        actor2 = _supported_state(view, actor2)
    if plover == "SUPPORT" and actor2 is not None and "تضامن" in hit.key:
        # "أعرب عن «تضامن الاتحاد الكامل» مع النيجر": the body after تضامن is whose solidarity it is; it is with
        # the side after مع
        actor2 = _solidarity_with(view, t_span, actor2, participants)
    threatened = _threatened_in_clause(view, hit, actor1, participants) if plover == "THREATEN" else None
    if actor2 is None and threatened is not None:
        actor2 = threatened
    if plover == "THREATEN" and actor2 is None:
        actor2 = _answered_striker(view, hit)  # "توعد بالرد على الغارات الأميركية": the striker is threatened
    if plover == "THREATEN" and _own_act_warning(view.folded.text, hit.word_end):
        # the side that will act firmly is the warner's own; whom it warns is a side of its own only when named
        # after it ("من أن القوات التركية ستواصل ضرب مواقع حزب العمال"; probe60)
        actor2 = _warned_other_side(view, hit, actor1, participants)
    if plover == "CONSULT" and _own_body_met(view, t_span, actor1, actor2):
        actor2 = None
    if plover in _STATEMENTS or plover == "CONSULT":
        # (probe98: "التقى الوزير، على هامش اجتماعات الجامعة العربية، نظيره الليبي": met, as said, past the aside)
        actor2 = _past_frame_aside(view, t_span, actor1, actor2, participants)
    # ("وجه دعوة إلى الرئيس السوري": after the noun, إلى names the invited)
    spared = actor2 is not None and actor2.role == "civilians"
    # (so after an appeal, "وجهت نداءً إلى الإدارة الأميركية")
    appeal = hit.key.split()[-1] in _APPEAL_NOUNS
    called_on = plover == "REQUEST" and actor2 is not None and (spared or not (_is_noun(view, hit) or appeal))
    if called_on and actor2 is not None and _in_demand(view, hit, actor2, civilians=spared):
        # "دعت إلى وقف فوري للهجمات على المدنيين"، "ودعت إلى تصعيد المقاومة": a side named inside what a call asks
        # for is not whom it is made of (a call made of someone names them before its إلى); after بـ ("طالب
        # بالإفراج عن المحتجزين لدى الحوثيين") only those it would spare are not
        actor2 = None
    if plover in ("ACCUSE", "REQUEST", "THREATEN") and actor2 is None and not _is_noun(view, hit):
        actor2 = _bare_object(view, hit, actor1, plover, ctx)
    called = (
        _WHAT_IT_CALLED.search(view.folded.text, hit.end, hit.end + 60)
        if view.may_match_in(_WHAT_IT_CALLED, hit.end, hit.end + 60)
        else None
    )
    if plover in ("ACCUSE", "THREATEN") and actor2 is None and called is not None:
        # "دانت ما وصفته بالمجزرة، معتبرة أن القصف الإسرائيلي ..."، "توعدت بالرد على ما وصفته بالعدوان، مؤكدة أن
        # القواعد الأميركية ...": an object named only by the speaker's word leaves the accused to what follows
        actor2 = _side_named_after(view, called.end(), participants, actor1)
    speaker = source.speaker
    own_deed = _speaks_of_own_deed(view, hit, source, actor1, t_span)
    if own_deed:
        # "الجيش المالي: تحييد عشرات الإرهابيين في غارات جوية"، "وزارة الداخلية السورية: القبض على خلية": a force
        # that heads a line with a colon tells what it did; whom the deed names after it received it
        assert speaker is not None
        received = actor1 if actor1 is not None and actor1.span != speaker.span else None
        actor1, actor2 = speaker, actor2 or received
    # "غارات ... .. والحوثيون: ٣١ قتيلاً": who goes on, after a colon, with a toll did not kill; the toll is of the
    # attack told ("الجيش الصومالي: مقتل ٤٠ من عناصر حركة الشباب", with no و, is the army's own deed)
    toll_teller = (
        not own_deed
        and speaker is not None
        and speaker.span is not None
        and hit.values[0].id in _TOLL_TRIGGERS
        and _headline_lead_end(view) >= speaker.span.end
        and view.text[: speaker.span.start - view.start].strip(" .") == "و"
    )
    if toll_teller and actor1 is not None and speaker is not None and actor1.span == speaker.span:
        actor1 = None
    after_comma = view.folded.text[: hit.word_start].rstrip().endswith(("،", ","))
    demand_participle = hit.key in _DEMAND_PARTICIPLES and after_comma
    if speaker is not None and (hit.key in _COMMA_PARTICIPLES or demand_participle):
        # "وقال النائب ... إن ...، متهماً قوى سياسية بنقض الاتفاق": who accuses is who speaks, and a participle
        # has no subject after it: who follows is whom it accuses (or, "، مطالباً الاتحاد الأوروبي بالضغط على
        # إسرائيل"، "، داعياً المحكمة الجنائية إلى"، whom it calls on)
        after = [p for p in (actor1, actor2) if p is not None and p.span.start >= t_span.end]
        # ... even one the sentence named before as the doer of its own event ("استهدف مسلحين من حركة حماس،
        # متهماً حماس"): the side right after the participle
        after = after or [p for p in kept if 0 < p.span.start - t_span.end <= 2]
        actor1, actor2 = speaker, after[0] if after else None
    elif speaker is None and hit.key in _COMMA_PARTICIPLES and after_comma:
        # "ووصف بقائي العقوبات بأنها غير قانونية، متهماً الإدارة الأميركية": no word of saying, but the participle is
        # still the clause's subject's: the first side named before it accuses whom follows it
        before = [p for p in participants if p.span.end <= t_span.start]
        after = [p for p in (actor1, actor2) if p is not None and p.span.start >= t_span.end]
        if before:
            # (a title's bearer named right after it is the side: "الرئيس التونسي قيس سعيد")
            # (not the object of the clause's verb: "حذر الجيش الإسرائيلي سكان الجنوب ...، مهدداً"; probe60)
            subject = next(
                (b for b in before[1:] if 0 <= b.span.start - before[0].span.end <= 1 and b.named), before[0]
            )
            actor1, actor2 = subject, after[0] if after else None
    if hit.key == _BLAME_KEY:
        # "حمّل الناطق، اللواء فلان، قوات التحالف مسؤولية": the subject follows the verb, the object stands right
        # before مسؤولية
        inside = [p for p in participants if t_span.start <= p.span.start and p.span.end <= t_span.end]
        if len(inside) >= 2:
            actor1, actor2 = inside[0], inside[-1]
    if hit.key in _DECLARED_TARGETS:
        actor1, actor2 = _declared_target(view, hit, participants, speaker)
    # "أن مقاتليه استهدفوا" before the verb, or "هاجم مجاهدونا" right after it
    own_words = view.contains_any(_OWN_MEN_WORDS)
    own_men = list(_OWN_MEN.finditer(view.folded.text[: hit.word_end + 1])) if own_words else []
    right_after = _OWN_MEN.match(view.folded.text, hit.word_end + 1) if own_words else None
    if right_after is not None:
        own_men.append(right_after)
    # "أعلنت الحركة مقتل ثلاثة من مقاتليها": the speaker's men counted among the dead are the side that was hit
    mourned = own_words and plover not in _MOVES  # the dead are not whom a pull-back or a deployment befell
    lost = [m for m in _OWN_MEN.finditer(view.folded.text) if _counted_dead(view, m.start())] if mourned else []
    if lost and speaker is not None and _enemy_named_before(view, hit, actor2, speaker, lost[0].start()):
        # "إن سلاح الجو نفذ ضربات على تجمعات الميليشيا، ما أسفر عن مقتل العشرات من عناصرها": the pronoun takes the
        # nearest side named, the target hit, not the speaker's own (probe64)
        lost = []
    if lost:
        own_men = [m for m in own_men if all(m.start() != x.start() for x in lost)]
        if speaker is not None and (actor2 is None or _same_side(actor2, speaker)):
            span = view.raw_span(*lost[0].span())
            actor2 = _but(speaker, span=span, text=view.raw_text(span))
        if actor1 is not None and speaker is not None and _same_side(actor1, speaker):
            nationality = _nationality_after(view, hit)  # "غارة أميركية"
            actor1 = _but(nationality, role="military") if nationality is not None else None
    # "أعلنت الفرقة أنها صدت، فجر اليوم، هجوماً لقوات الدعم السريع": who repelled it is the side attacked
    repeller = _repeller(view, hit, participants, speaker) if plover == "ASSAULT" else None
    if repeller is not None:
        attacker = _attacker(view, hit, participants)
        named_apart = attacker is not None and None not in (attacker.canonical, repeller.canonical)
        if attacker is not None and (
            attacker.canonical != repeller.canonical if named_apart else not _same_side(attacker, repeller)
        ):  # (two named groups of one country and role are still two sides: داعش and قسد)
            actor1, actor2 = attacker, repeller  # "صدوا هجوماً شنه عناصر من تنظيم داعش"
        elif actor1 is not None and actor1.span == repeller.span:
            # "وصدت قوات الجيش هجوماً لقوات الدعم السريع"; not the repeller's own camp the attack was on ("أحبط
            # الجيش هجوماً على معسكر"; probe97)
            other = None if actor2 is None or _repelled_on_own(view, hit, actor2, repeller) else actor2
            actor1, actor2 = other, repeller
        elif actor2 is None:
            actor2 = repeller
    # (two groups each named by a name of its own are two sides: "فجر الحرية" shelling قسد)
    hit_side = speaker is not None and actor2 is not None and _same_side(actor2, speaker)
    hit_side = hit_side and not (speaker is not None and actor2 is not None and _named_apart(speaker, actor2))
    men_span = view.raw_span(*own_men[-1].span()) if own_men else None
    if men_span is not None and actor1 is not None and men_span.end <= actor1.span.start < t_span.start:
        men_span = None  # a doer named between them and the verb is closer
    if men_span is not None and repeller is not None and _overlaps(men_span, repeller.span):
        men_span = None  # "إن قواتها صدت هجوماً شنته قوات الدعم السريع": its men were attacked, not attacking
    if men_span is not None and repeller is not None and actor2 is repeller and men_span.end <= repeller.span.start:
        # "إن قواته في الفرقة السادسة تصدت لهجوم شنته قوات الدعم السريع": the men are the unit that repelled it
        men_span = None
    if plover == "AID" and men_span is None and view.contains_any(_OWN_CREWS_WORDS):
        crews = list(_OWN_CREWS.finditer(view.folded.text[: hit.word_start]))
        men_span = view.raw_span(*crews[-1].span()) if crews else None  # "أن طواقمه أجلت 234 عائلة"
    own_side = plover in ("ASSAULT", "COERCE", "AID")
    # (an outlet or platform the statement was posted on has no men: "في بيان على تلغرام، أن مقاتليها")
    own_side = own_side and (speaker is None or speaker.role != "media")
    if own_side and speaker is not None and ((actor1 is not None and actor1.possessive) or men_span is not None):
        # "أن مقاتليه استهدفوا": the speaker's own men
        span = men_span or (actor1.span if actor1 is not None else speaker.span)
        actor1 = _but(speaker, span=span, text=view.raw_text(span))
    if plover in _MOVES and actor1 is not None and actor1.possessive:
        actor1 = _pronoun_owner(actor1, participants) or actor1  # "أعلنت وزارة الدفاع التركية انسحاب قواتها"
    announced = plover == "ASSAULT" and _announced_act(view, hit, speaker)
    # "أعلن الجيش إحباط هجوم شنه مسلحو الحوثي": the speaker who announces an attack repelled is the side attacked
    repelled = repeller is not None and actor2 is repeller
    if announced and not repelled and speaker is not None and actor1 is not None and actor1.span.start >= t_span.end:
        # "أعلنت كتائب القسام استهداف دبابة إسرائيلية": the noun the act's verbal noun governs was hit
        actor1, actor2 = speaker, actor2 or actor1
    if (
        speaker is not None
        and speaker.role == "armed_group"
        and plover == "ASSAULT"
        and not hit_side
        and (actor1 is None or _same_side(actor1, speaker) or _claims(view) or announced)
        and not toll_teller
        # "نفى الحوثيون استهداف سفينة": a group denying the attack claims nothing
        and not any(d.word_end <= hit.word_start for d in view.cues_of("denied"))
    ):
        if actor1 is not None and actor1.role in _CLAIM_TARGET_ROLES and _claims(view) and not announced:
            # "تبنى تنظيم ولاية الساحل هجوماً على دورية للجيش النيجري": the state's side the claimed attack named
            # was hit; the claimer did it (probe97)
            actor1, actor2 = speaker, actor1
        actor1 = actor1 or speaker
        # "نفت كتائب حزب الله أي علاقة لها بالهجوم": a group that denies the attack claims nothing
        if not any(d.word_end <= hit.word_start for d in view.cues_of("denied")):
            source = Source(source.span, source.text, "perpetrator_claim", source.canonical, source.speaker)
    relayed = source.span is not None and source.span.start > t_span.end and source.kind in ("wire", "media")
    maker = actor1 is not None and (actor1.named or (actor1.role in _OFFICIAL_ROLES and not actor1.possessive))
    maker = maker or (actor1 is not None and _rights_group(actor1))
    # ... a sanction or a signed agreement is a deed, not words: told with no attribution, it is the outlet's own
    # report ("وقّع ممثلو المجلسين اتفاقاً")
    said = plover in _STATEMENTS and plover not in _DEEDS and hit.values[0].id not in _DEED_TRIGGERS
    # "وكان السوداني قد جدد دعوته"، "وكان المجلس قد تبنى قراراً يدعو": a statement the outlet recounts in the
    # pluperfect through another verb, with no word of saying or of a statement, is the outlet's own background;
    # the verb of speech itself right after قد ("وكان الحوثي قد هدد") still tells the speaker's words, and so does
    # a cited statement ("وكانت الوزارة قد قالت في بيان")
    recalled_said = source is OUTLET_OWN and _recalled(view, hit) and not view.cues_of("reporting", "attribution")
    recalled_said = recalled_said and not _right_after_qad(view, hit)
    # "وقالت مصادر إن ... . كما دعا وزير الداخلية عبد الكريم الراشد السكان إلى": a "كما" sentence that names who
    # makes its own statement has its own speaker, not the one carried from the sentence before
    carried = source is ctx.source and source.span is not None and source.span.start < view.start
    carried = carried and actor1 is not None and actor1.named and actor1.span.start >= t_span.start
    if (source is OUTLET_OWN or relayed or carried) and said and actor1 is not None and maker and not recalled_said:
        # "اتهم الوزير X، في تصريح نقلته وكالة سبأ، ...": the agency relays, the minister speaks
        # "دانت وزارة الخارجية الهجوم": whoever makes a statement is its source
        source = Source(actor1.span, actor1.text, _speaker_kind(actor1), actor1.canonical, actor1)
    opening = view.folded.text[: hit.word_start]
    reported = speaker is not None and source.span is not None and source.span.end <= t_span.start
    if (
        reported
        and not own_deed
        and plover in _FORCE_TYPES
        # (but "أعلن الرئيس العفو عن آلاف السجناء"، "أعلنت السلطات الإفراج عن"، "أعلنت الوزارة القبض، أمس، على":
        # who announces an arrest, a release or a deployment as its verb's object did it)
        and not (plover in _OWN_DEED_TYPES and _announced_as_object(view, hit, source))
        and (actor1 is speaker or actor1 is None)  # (None: a teller only, "قال مدير المستشفى إن الغارات")
        and speaker is not None
        and speaker.role not in _ARMED_ROLES
        and _is_noun(view, hit)
        and _is_definite(view, hit)
        and not any(d.start < hit.start for d in view.cues_of("denied"))
    ):
        # "قالت وزارة الصحة إن الغارات التي طالت الميناء ...": a ministry telling of the strikes did not strike; the
        # strikes the story told of are the last striker's (but "نفت وزارة الداخلية القبض على صحفي": who denies
        # an arrest denies its own)
        actor1 = ctx.doers.get(plover)
    if actor1 is None and (
        (not _is_noun(view, hit) and _BARE_OPENING.fullmatch(opening)) or (retold and _reached(view, hit))
    ):
        # "كما اعتقلت 9 مواطنين": a verb with no subject of its own goes on with the last doer of its kind; so do
        # the told strikes reaching a new town ("وطال القصف أيضاً بلدتي كفركلا وعيترون")
        last = ctx.doers.get(plover)
        # ... unless that doer is whom this one is aimed at ("ودعا الاجتماع جامعة الدول العربية": the body called on)
        actor1 = last if last is None or actor2 is None or not _one_side(last, actor2) else None
    another = _ANOTHER_WEAPON.search(view.folded.text) if actor1 is None and plover == "ASSAULT" else None
    last_striker = ctx.doers.get(plover) if another is not None else None
    if (
        another is not None
        and last_striker is not None
        and last_striker.role in _ARMED_ROLES
        and (actor2 is None or not _one_side(last_striker, actor2))
    ):
        # "استهدفت مسيّرة أخرى مبنى في سنجار": another drone or jet of the kind the story told of is the same side's,
        # named by its own words (probe64)
        span = view.raw_span(another.start(1), another.end(1))
        actor1 = _but(last_striker, span=span, text=view.raw_text(span))
    # (what the sentence names besides, with no second side, is the talks' topic: "إن الجانبين بحثا ... عودة اللاجئين
    # السوريين")
    if (actor1 is None or actor2 is None) and ctx.sides is not None and _names_both_sides(view, hit):
        actor1, actor2 = ctx.sides  # "استقبل السيسي الرئيس الصومالي ... ووقّع الجانبان اتفاقية": the two just met
    elif (
        (actor1 is not None and actor1 is source.speaker) or (plover == "AGREE" and (ctx.sides or ctx.fought))
    ) and _between_both_sides(view, hit):
        # ... and so are the mediators who reached it ("توصل مجلس الأعيان إلى اتفاق ... بين الكتيبتين")
        # "أعلنت وزارة الداخلية التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين": who announces a deal between the two
        # sides told before is no party to it; the sides are (one description for both: "بين مجموعتين مسلحتين")
        fought = ctx.doers.get("ASSAULT")
        if plover == "AGREE" and ctx.fought is not None:
            actor1, actor2 = ctx.fought  # a truce between the two who fought
        elif ctx.sides is not None:
            actor1, actor2 = ctx.sides
        elif fought is not None and fought.role in _ARMED_ROLES:
            actor1, actor2 = fought, None
    spoke = actor1 is not None and source.speaker is not None and actor1.span == source.speaker.span
    if plover == "AGREE" and (actor1 is None or spoke) and ctx.sides is not None and _RESULTED.match(hit.key):
        actor1, actor2 = ctx.sides  # "وأسفر الاجتماع عن اتفاق": the deal of the two who just met (probe74)
    if plover in _TWO_SIDED and actor1 is not None and actor2 is not None and _two_sides(actor1, actor2):
        ctx.sides = (actor1, actor2)
    if plover == "ASSAULT" and actor1 is not None and actor2 is not None and _fellow_victim(view, actor2, actor1):
        actor1 = None  # "أصيبت ثلاث طالبات وشرطي": the policeman joined to the wounded was wounded too
    if plover == "ASSAULT" and actor1 is not None and _victim_verb_subject(view, actor1):
        actor1 = None  # "استشهد مجند وأصيب ضابط في هجوم مسلح": the officer was hurt too (probe87)
    if plover == "ASSAULT" and actor1 is not None and actor2 is not None and actor1.span != actor2.span:
        ctx.fought = (actor1, actor2)
    if plover == "AID" and actor2 is not None and _in_condition_after(view, hit, actor2):
        actor2 = None  # "... عبر جسر الملك حسين، في حال سمحت السلطات الإسرائيلية بمرورها": who may allow it gets none
    if hit.values[0].id == "aid_convoy_weak":
        if actor1 is not None and actor1.role in _ARMED_ROLES:
            # "وسيّر الجيش المالي قافلة ثانية إلى كيدال"، "أرسل الجيش التركي قافلة عسكرية": a convoy of forces moving
            plover = "MOBILIZE"
        further = ctx.doers.get("AID")
        if plover == "AID" and further is not None and (actor1 is None or not actor1.named):
            # "وقال مسؤول في البرنامج إن ... قافلة ثانية": a further convoy of the giver told (probe77)
            actor1 = further
    if actor1 is not None:
        ctx.doers[plover] = actor1
    acled = _acled(view, hit, clause)
    warrant = hit.word_start == hit.start and view.previous_word(hit.word_start) in _WARRANT_WORDS
    if acled == _ARRESTS and warrant:
        # "أصدرت المحكمة مذكرة توقيف بحق رئيس الوزراء"، "مذكرة قبض": a warrant is legal action (COERCE), no one is
        # held yet, so no ACLED arrest
        acled = None
    if acled == _ARRESTS and actor1 is not None and actor1.canonical == _UNKNOWN_GUNMEN:
        # "اقتاد مسلحون مجهولون ثلاثة مزارعين إلى جهة مجهولة": people taken by men no one names are abducted, not
        # arrested (a force that holds the ground, "اعتقلت قسد"، "احتجز جهاز الردع", arrests)
        plover, acled = "ASSAULT", _ABDUCTION
    if (
        acled == _ARRESTS
        and actor1 is not None
        and actor1.role == "armed_group"
        and _TO_UNKNOWN_PLACE.search(view.folded.text, hit.end)
    ):
        # "اقتادت عناصر من قوات الدعم السريع عشرات الشبان إلى جهة مجهولة": an armed group that takes people to a
        # place no one is told makes them disappear (a state force's "إلى جهة مجهولة" stays an arrest)
        plover, acled = "ASSAULT", _ABDUCTION
    if acled is not None and acled[1] in ("Government regains territory", "Non-state actor overtakes territory"):
        state = actor1 is not None and actor1.role in _STATE_ROLES
        acled = ("Battles", "Government regains territory" if state else "Non-state actor overtakes territory")
        if actor2 is None or actor2.role not in _ARMED_ROLES:
            # "استعادة السيطرة على مقر الهيئة العامة للإذاعة ... بعد سيطرة قوات الدعم السريع عليه": what is
            # taken is a place; the other side is the force that held it ("حررت قواتنا مدينة النهود بعد هزيمة
            # متحركات الجيش")
            armed = [
                p
                for p in participants
                if p.span.start > t_span.end
                and p.role in _ARMED_ROLES
                and (actor1 is None or (p.span != actor1.span and not _same_side(p, actor1)))
            ]
            actor2 = armed[0] if armed else None
    if plover == "MOBILIZE" and (_men_sent(actor1, actor2, t_span) or _reinforcements_from(view, actor2)):
        actor2 = None
    if hit.values[0].id == "resignation" and actor1 is not None and _handed_to_title(view, actor1):
        # "قدّم رئيس الحكومة استقالته إلى الرئيس قيس سعيد": the one it is handed to did not resign
        before = [p for p in kept if p.span.start < actor1.span.start and not _overlaps(p.span, actor1.span)]
        actor1, actor2 = (before[0] if before else None), actor1
    if hit.values[0].id == "rescue_at_sea":
        actor2 = _rescued(view, hit) or actor2  # "أنقذت ... 37 مهاجراً": the people saved receive the aid
    if hit.values[0].id == "release" and actor1 is not None and actor1.state and actor1.role == "military":
        actor1 = _but(actor1, role="government")  # "أفرجت إسرائيل عن 90 معتقلاً": a state frees through its government
    if plover == "MOBILIZE" and _sent_as_doer(actor1, source, t_span):
        # "أعلنت وزارة الدفاع المالية نشر قوات إضافية": the announcer sends the forces its deed names
        actor1 = source.speaker
    if plover in ("MOBILIZE", "RETREAT") and hit.values[0].id in _ONE_SIDED and _joined_doer(view, actor1, actor2):
        actor2 = None
    second = _second_clause_subject(view, hit, participants)
    if second is not None and (actor1 is None or actor1.span.start > second.span.start):
        if actor2 is not None and actor2.span == second.span:
            actor2 = actor1 if actor1 is not None and actor1.span.start > view.raw_start(hit.end, hit.end) else None
        actor1 = second
    if _fired_on_force(view, hit, acled, actor1, actor2):
        # "برصاص «مطلوبين» أطلقوا النار على القوة ... خلال تفريق المحتجين": gunmen firing on the force that breaks up
        # a protest fight it; the force is whom the fire befell, not the protesters' foe (probe96; heldout11 codes
        # it an armed clash)
        actor1, actor2, acled = None, actor1, ("Battles", "Armed clash")
    if acled == ("Violence against civilians", "Attack") and _RETURNED_FIRE.search(view.folded.text):
        # "تعرضت لإطلاق نار من قبل المطلوبين، فردت على مصادر النيران": fire exchanged with a force is a fight
        forces = [p for p in (actor1, actor2) if p is not None and p.role in ("police", "military")]
        if forces:
            acled = ("Battles", "Armed clash")
            if actor1 is forces[0] and _FIRED_ON_BEFORE.search(view.folded.text, 0, hit.end):
                actor1, actor2 = actor2, actor1  # the force "came under fire": the shooters are the doers
            if actor1 is not None and actor1.role in ("other", "civilians"):
                actor1 = _but(actor1, role="armed_group")
    if acled == (_EXPLOSIONS, _AIR_STRIKE) and _ground_raid(view, hit, clause, actor1):
        # "أغار مسلحون على قرية في ولاية سوكوتو": men raiding on foot or horse attack on the ground (probe100)
        acled = ("Battles", "Armed clash")
        acled = _by_sides("attack_generic", acled, actor1, actor2)
    acled = _by_sides(hit.values[0].id, acled, actor1, actor2)
    if acled == _PROPERTY_DESTRUCTION and actor1 is not None and actor1.role == "protesters":
        # "أضرم محتجون غاضبون النار في مقر الحزب": protesters who burn or wreck property riot (ACLED Riots, Violent
        # demonstration), whatever the adjective between the verb and the fire (probe54)
        plover, acled = "PROTEST", ("Riots", "Violent demonstration")
    ground = acled is not None and acled[0] in ("Battles", "Violence against civilians")
    if ground and hit.values[0].id in _GROUND_ATTACK and actor1 is not None and actor1.role == "protesters":
        # "تعرضت مقرات الحزب لهجوم من قبل محتجين غاضبين": protesters who attack (no weapon named) riot
        plover, acled = "PROTEST", ("Riots", "Violent demonstration")
    protesters = [p for p in (actor1, actor2) if p is not None and p.role == "protesters"]
    two_sides = _CLASH_BETWEEN.match(view.folded.text, hit.end) is not None
    scuffle = acled == ("Battles", "Armed clash") and hit.values[0].id == "clash_weak" and two_sides
    crowd = [p for p in (actor1, actor2) if p is not None and p.role == "civilians" and not p.named]
    force = any(p is not None and p.role in ("police", "military") for p in (actor1, actor2))
    if scuffle and not protesters and crowd and force:
        # "مواجهات بين أهالي القرية وقوات الأمن": a town's people who scuffle with a state force riot as protesters
        # do (heldout codes "شبان تصدوا ... بالحجارة" as protesters; probe79)
        protesters = [_but(crowd[0], role="protesters")]
        actor1, actor2 = (protesters[0], actor2) if actor1 is crowd[0] else (actor1, protesters[0])
    if scuffle and protesters:
        # "اندلعت مواجهات بين محتجين وقوات الأمن": scuffles of protesters with the police are a riot (ACLED Riots,
        # Violent demonstration), the protesters its doers (probe60; dev-007 codes a clash of two crowds so); the
        # scuffles a force stepping into a told protest led to stay that protest's ("ما أدى إلى مناوشات")
        other = next((p for p in (actor1, actor2) if p is not None and p is not protesters[0]), None)
        plover, acled, actor1, actor2 = "PROTEST", ("Riots", "Violent demonstration"), protesters[0], other
    if acled == _DISRUPTED and actor1 is not None and actor2 is not None and _same_side(actor1, actor2):
        # "أعلن الجيش أن دفاعاته تصدت لمسيرات": the army that downs drones is not what they hit (probe50)
        actor2 = None
    if acled is not None and acled[0] == "Protests" and plover == "PROTEST" and _rioting(view):
        acled = ("Riots", "Violent demonstration")  # "خرج مئات ... في تظاهرات، وأضرموا النار ... ورشقوا ... بالحجارة"
    modality = modality or _modality(view, hit, source)
    if plover == "REJECT" and modality == "hypothetical" and _UNLESS.search(view.folded.text, hit.end):
        # "أكد أن حزبه سيقاطع الحوار ما لم يُفرج عن الموقوفين": a boycott or refusal made to hang on a demand is a
        # threat, made now (PLOVER THREATEN, CAMEO 134)
        plover, modality = "THREATEN", "asserted"
    # "قضت المحكمة الابتدائية بالحسيمة بسجن ...": a court's seat is where its sentence was passed
    taken = [p.span for p in (actor1, actor2) if p is not None and p.head != "site" and p.head not in _COURT_HEADS]
    if hit.values[0].id == "visit" and actor2 is not None and actor2.state:
        # "يزور رئيس الوزراء العراقي الكويت": the state a visit goes to receives it and is where it is
        taken.remove(actor2.span)
    if actor1 is not None:
        # "اتهمت مصر وقطر إسرائيل"، "أدرجت السعودية والإمارات": a state joined to the doer acts with it, it is no
        # place (probe25)
        # ... and so is a third joined to the second ("اعترفت إسبانيا وإيرلندا والنرويج")
        joined_end = actor1.span.end
        for p in sorted(participants, key=lambda p: p.span.start):
            between = view.text[joined_end - view.start : p.span.start - view.start]
            if p.span.start > joined_end and between in (" و", "، و"):
                taken.append(p.span)
                joined_end = p.span.end
    if actor2 is not None and actor2.state and plover in _SAID:
        # "دعا الوزير الولايات المتحدة وإيران إلى مواصلة المفاوضات": a state joined to the one addressed is
        # addressed with it, no place (probe98)
        joined_end = actor2.span.end
        for p in sorted(participants, key=lambda p: p.span.start):
            between = view.text[joined_end - view.start : p.span.start - view.start]
            if p.span.start > joined_end and p.state and between in (" و", "، و"):
                taken.append(p.span)
                joined_end = p.span.end
    if actor2 is not None and actor2.head == "vessel":
        # "ضد السفن المرتبطة بإسرائيل والولايات المتحدة": the states the ships are tied to are no places
        taken += [p.span for p in participants if _ships_of(view, actor2, p)]
    # ... a topic word before the trigger puts the event itself in the topic ("نفت ما تداولته الحسابات بشأن هجوم على
    # قاعدة حرير"): its places are the event's own
    topic = _topic_start(view, hit.end)
    # ... but a site named by the doer and its town ("أصدرت الدائرة الجنائية لدى المحكمة الابتدائية بتونس") is where
    # the doer acted
    doers = [s for s in taken if not any(_site_of(m, s) for m in view.mentions)]
    here = [
        m
        for m in _places_in(view.mentions, doers)
        if topic is None
        or m.span.start < topic
        or _venue(view, m, topic)
        or (plover == "CONSULT" and _venue_past_counterpart(view, m, topic))
    ]
    # "ناقلة نفط تحمل علم ليبيريا": a flag's state is no place either
    here = [m for m in here if m.place is None or m.place.kind != "country" or not _after_flag(view, m.span)]
    # ... nor where a body is based ("وأعلن الأسطول الخامس الأميركي، ومقره البحرين، أنه أرسل مدمرة إلى المضيق")
    here = [m for m in here if not _SEAT_BEFORE.search(view.folded.text[: view.folded_index(m.span.start)])]
    # ... nor a state accused ("طردت السلطات المالية السفير الجزائري بعد اتهام الجزائر بإسقاط طائرة"; probe98)
    here = [m for m in here if m.place is None or m.place.kind != "country" or not _accused_state(view, m)]
    if plover in _SAID and actor1 is not None:
        # "دان محافظ مأرب سلطان العرادة ...": the place of the speaker's office is no place of the statement (probe50)
        here = [m for m in here if not _office_place_of(view, m, actor1)]
    if plover in _SAID:
        # "رفض ما ورد في البيان الصادر عن القمة التي استضافتها المنامة": the host of what is spoken of is not where
        # the statement was made (probe58)
        here = [
            m
            for m in here
            if re.sub(r"^[وف]", "", view.previous_word(view.folded_index(m.span.start))) not in name_rules().host_verbs
        ]
    # "غزة ـ من أشرف أبو الهول: اعتقلت قوات الاحتلال ... في الخليل": the dateline's city is where the story was
    # filed, not where the event was when the sentence names a place of its own
    credited = _dateline_end(view)
    if any(m.span.start >= credited for m in here):
        here = [m for m in here if m.span.start >= credited]
    # "أجلت المدمرة 21 بحاراً ونقلتهم إلى جيبوتي": where people were carried to is not where it happened (before the
    # speaker's own place is set aside: "قالت إدارة مطار معيتيقة إن قذيفة سقطت قرب مدرج المطار ... وتحويلها إلى مطار
    # مصراتة" fell at the speaker's airport)
    here = _not_carried_to(view, here)
    here = _not_in_silence(view, hit, here)
    here = _outside_the_speaker(here, source, t_span, plover)
    if plover == "REQUEST":
        # "دعا ... إلى الضغط على إسرائيل للانسحاب من النقاط الخمس": what is asked for is not where
        asked = re.search(
            r"(?<!\w)(?:الي|بال[^\W_]+|ب(?:وقف|رفع|اتخاذ|اطلاق|تحمل|تسليم|عدم|فتح|انهاء|منع)[^\W_]*)(?!\w)",
            view.folded.text[hit.word_end :],
        )
        if asked is not None:
            cut = view.raw_span(hit.word_end + asked.start(), hit.word_end + asked.start()).start
            here = [m for m in here if m.span.start < cut]
    if plover == "PROTEST" and len(here) > 1:
        # "وقفة أمام السفارة في عمّان رفضاً لخطة تهجير سكان غزة": past a venue, the grounds of the protest name what
        # it is against, not a second place it was held
        grounds = _PROTEST_GROUNDS.search(view.folded.text, hit.end)
        if grounds is not None:
            venue_end = view.raw_start(grounds.start(), grounds.start())
            if any(m.span.start < venue_end for m in here):
                here = [m for m in here if m.span.start < venue_end]
    if plover == "ACCUSE":
        # "اتهمت الوزارة المغرب بالوقوف وراء حملة تستهدف الجزائر"، "دان الهجوم على عين الأسد": from the accused
        # on is what is alleged or condemned, not where the accuser spoke ("اتهم الفرع الثالث للحزب في كركوك")
        ends = [t_span.end] + [p.span.end for p in (actor1,) if p is not None and p.span.start > t_span.start]
        cut = actor2.span.start if actor2 is not None and actor2.span.start > t_span.start else max(ends)
        # "استدعت الخارجية سفير مالي في نواكشوط": where the summoned envoy is posted is where he was summoned
        posted = [m for m in here if _posted_at(view, hit, actor2, m)]
        here = [m for m in here if m.span.start < cut] + posted
    if plover == "SUPPORT":
        # "رحبت السعودية بإعلان وقف إطلاق النار في قطاع غزة، مؤكدة": up to the comma, what is welcomed, not where the
        # welcome was given (which a later clause may name: "وقال في مؤتمر صحافي عقده في أربيل")
        ends = [t_span.end] + [p.span.end for p in (actor1,) if p is not None and p.span.start > t_span.start]
        welcomed = max(ends)
        comma = _PHRASE_END.search(view.folded.text, view.folded_index(welcomed))
        until = view.raw_start(comma.start(), comma.start()) if comma is not None else welcomed + len(view.text)
        here = [m for m in here if not welcomed <= m.span.start < until]
    if threatened is not None:
        # "هدد بأن الولايات المتحدة ستدفع ثمن عدوانها على اليمن": from the threatened on is what is threatened
        here = [m for m in here if m.span.start < threatened.span.start]
    # "، معتبراً أن نشاطه يشكل خرقاً للتفاهمات بين إسرائيل ولبنان": what the doer adds is not where it happened
    added = [x.start() for x in _OPINION.finditer(view.folded.text, hit.end)] if view.may_match(_OPINION) else []
    if added:
        cut = view.raw_start(added[0], added[0])
        here = [m for m in here if m.span.start < cut]
    if plover in ("CONSULT", "AGREE") and len(here) > 1:
        # "اجتماعاً مع وجهاء من عشائر دير الزور": the place the side comes from is no second venue (probe74)
        origin = [m for m in here if _SIDE_FROM.search(_text_before(view, m.span.start, 30))]
        here = [m for m in here if m not in origin] or here
    # "استهدفوا موقع المالكية ...، «رداً على الاعتداء على العباسية»": the wrong a strike answers, up to the clause's
    # end, is told for its place, not where the strike was (probe74)
    answered = _ANSWERING.search(view.folded.text, hit.word_end) if view.may_match(_ANSWERING) else None
    if answered is not None:
        end = _PHRASE_END.search(view.folded.text, answered.end())
        a = view.raw_start(answered.start(), answered.start())
        b = view.raw_start(end.start(), end.start()) if end is not None else view.start + len(view.text)
        here = [m for m in here if not a <= m.span.start < b]
    if "منسق" in view.folded.text or "بالت" in view.folded.text:
        here = [m for m in here if not _COORDINATED_WITH.search(view.text[: m.span.start - view.start])]
    if plover != "AGREE" and view.contains_any(_DEAL_WORDS):
        here = _not_deal_places(view, here, t_span)  # "رفضت الحكومة مخرجات مفاوضات جنيف"
    if plover == "AGREE" and here:
        # "وقّع الوزيران اتفاقاً يمنح إثيوبيا حق تشغيل محطة في ميناء تاجورة"، "اتفاق يقضي بانسحاب المقاتلين من البلدة":
        # from what the deal provides on, the places are its terms, not where it was made
        terms = _DEAL_TERMS.search(view.folded.text, hit.end)
        if terms is not None:
            cut = view.raw_start(terms.start(), terms.start())
            here = [m for m in here if m.span.start < cut]
    # "فصائل الجيش الوطني المدعوم من تركيا"، "الميليشيات الموالية لإيران": a state backing a side is not a place
    here = [
        m
        for m in here
        if not (
            view.may_match_in(_AFFILIATION, max(0, (mention_at := view.folded_index(m.span.start)) - 60), mention_at)
            and _AFFILIATION.search(view.folded.text[:mention_at][-60:])
        )
    ]
    # "سيطرت على منفذ التوم الحدودي مع النيجر": the state a crossing faces is not where the crossing is (this side),
    # nor where a town "الحدودية مع" it lies
    here = [
        m
        for m in here
        if not (
            m.place is not None
            and m.place.kind == "country"
            and iso3(m.place.country) != ctx.home
            and _BORDERING_WITH.search(view.folded.text, 0, view.folded_index(m.span.start))
        )
    ]
    # "فرضت عقوبات على قادة ... بتهمة ارتكاب انتهاكات في إقليم دارفور": where the charged deeds were, when the event
    # has a place of its own or is a sanction (imposed where no text says)
    charge = next((a for a, _, w in view.words if a >= hit.word_end and w in _CHARGE_WORDS), None)
    if charge is not None:
        cut = view.raw_start(charge, charge)
        here = [m for m in here if m.span.start < cut] or ([] if plover == "SANCTION" else here)
    # "وفق ما أفادت مصادر طبية في مستشفى شهداء الأقصى": where the source is, when the event has a place of its own
    # or the story has told one ("وفق ما أكده شهود عيان فرّوا إلى مدينة الأبيض": where the witnesses fled to)
    told = [h.start for h in view.cues_of("attribution") if h.start >= hit.end and not h.key.startswith("علي")]
    if told:
        cut = view.raw_start(told[0], told[0])
        here = [m for m in here if m.span.start < cut] or ([] if ctx.places and plover not in _SAID else here)
    # "أعلنت شرطة البصرة أنها اعتقلت ... في قضاء الزبير": the place in the speaker's name, right after it, is the
    # body's area, not where it acted, when the event has a place of its own after the trigger
    if source.span is not None and view.start <= source.span.end <= t_span.start:
        home = [
            m
            for m in here
            if source.span.end <= m.span.start < t_span.start
            and not view.text[source.span.end - view.start : m.span.start - view.start].strip()
        ]
        if home and any(m.span.start >= t_span.end for m in here):
            here = [m for m in here if m not in home]
    here = _not_where_speaker_is(view, here, source, bool(ctx.places) and plover not in _SAID)
    here = _without_route_end(view, here, plover)
    here = _without_service_ends(view, here, hit.word_end)
    if reaction is not None:
        # "عبّر من روما عن صدمته للهجوم على مقر المراقبين في جنوب لبنان": where the one shocked is, is not where
        here = [m for m in here if m.span.start >= reaction]
    if plover == "CONSULT":
        here = [m for m in here if not _strained(view, m.span.start)]
    if plover == "PROTEST":
        # "هتفوا بشعارات تطالب بسحب القوات من العراق"، "وهتف المشاركون «ليذهب إلى العراق»": a place in the
        # slogans is what they demand, not where they are
        # (but "بشعارات تدعو إلى رحيل الحكومة في ساحة التحرير": a place after في is where they chant)
        chant = _SLOGAN_START.search(view.folded.text, hit.word_start)
        if chant is not None:
            cut = view.raw_start(chant.start(), chant.end())
            here = [m for m in here if m.span.start < cut or not _demanded_place(view, cut, m)]
    if plover == "PROTEST":
        # "تظاهروا في ساحة الكرامة، مطالبين بفتح طريق دمشق–السويداء"، "للمطالبة بإعادة فتح معبر نصيب مع الأردن":
        # past the demand, a place that names a road or is what the demand is about is not where they are
        demand = _DEMAND_START.search(view.folded.text, hit.word_end)
        if demand is not None:
            cut = view.raw_start(demand.start(), demand.end())
            here = [
                m for m in here if m.span.start < cut or not (_in_road_name(view, m) or _demanded_place(view, cut, m))
            ]
    # "تظاهر العشرات من أهالي قرى ناحية كاني ماسي أمام مبنى المحافظة": where the people come from is not where it
    # happened, when the sentence names another place
    # (a place that only says where their home lies is no other place: "تظاهر المئات من سكان قضاء الزبير غربي
    # البصرة" is in al-Zubair)
    people_of = [
        m
        for m in here
        if view.may_match_in(_PEOPLE_OF, 0, people_at := view.folded_index(m.span.start))
        and _PEOPLE_OF.search(view.folded.text[:people_at])
    ]
    if people_of and any(m not in people_of for m in _without_landmarks(view, here)):
        here = [m for m in here if m not in people_of]
    if plover == "ASSAULT":
        # "استشهد شاب من مخيم بلاطة برصاص الاحتلال على حاجز حوارة": where a victim comes from is not where it
        # befell him, when a place after it is named for the attack
        homes = [
            m
            for m in here
            if view.may_match_in(_HOME_OF, max(0, (home_at := view.folded_index(m.span.start)) - 60), home_at)
            and _HOME_OF.search(view.folded.text[max(0, home_at - 60) : home_at])
        ]
        standing = _without_landmarks(view, here) if homes else []
        if homes and any(m.span.start > homes[-1].span.end for m in standing if m not in homes):
            here = [m for m in here if m not in homes]
    if plover == "CONSULT":
        # "تستضيف مسقط جولة محادثات بين طهران وواشنطن"، "تستضيف الجزائر اجتماعاً لوزراء خارجية دول جوار ليبيا":
        # the host is where the talks are; the other places name their sides or topic (probe58)
        here = _hosted_at(view) or here
    denial = _denial_clause_start(view, hit.start)
    if denial is not None:
        # "تصل لجنة إلى بغداد، فيما نفت الوزارة اعتقال ...": the places before "فيما" are not where the deed denied
        # after it was (or was not) done
        cut = view.raw_start(denial, denial)
        here = [m for m in here if m.span.start > cut]
    places = _where(view, here)
    during = _during(view, hit, ctx)
    if (
        plover == "CONSULT"
        and during is not None
        and during is ctx.last_of.get("CONSULT")
        and _DURING_CALL.search(view.folded.text)
        and not view.cues_of("denied")
    ):
        return []  # "وجرى خلال الاتصال استعراض العلاقات": talks held during the call told are that call (probe50)
    if (
        places
        and during is not None
        and during[1]
        and plover == "AGREE"
        and _SIDELINES in view.words_before(hit.word_start, 30, 3)
        and all(view.folded_index(m.span.start) > hit.start for m in places)
    ):
        # "ووقّع الوزيران، على هامش القمة، اتفاقاً بشأن تشغيل السدود": signed where the summit was; the places
        # after the deal are its topic
        places = list(during[1])
    if not places and plover == "AGREE" and _RESULTED.match(hit.key) and "CONSULT" in ctx.last_of:
        places = list(ctx.last_of["CONSULT"][1])  # "وأسفر الاجتماع عن اتفاق": where the meeting was (probe74)
    if not places and during is not None:
        places = list(during[1])  # "وطالب النقيب، في كلمة خلال الوقفة، ...": where the protest was
    if not places:
        # "يعقد مجلس الأمن جلسة ... وفق ما أفاد به دبلوماسيون في نيويورك": an international body's seat, named in
        # the sentence (with the source or aside), is where the body meets, not the story's last place
        seats = {_BODY_SEATS[p.canonical] for p in (actor1, actor2) if p is not None and p.canonical in _BODY_SEATS}
        places = [m for m in view.mentions if seats and m.place is not None and m.place.id in seats][:1]
    if (
        not places
        and not _TOPIC_SHIFT.match(view.folded.text)
        and (
            plover not in _SAID
            # (the word itself: "البيان الختامي" holds ختام but was no occasion; probe58)
            # ... nor a meeting first told here ("طالب، خلال لقائه قائد اليونيفيل، ..."), held where the text does not
            # say, not at the story's last place (art2)
            or (
                view.contains_any(_DURING_WORDS)
                and _DURING_WORD.search(view.folded.text) is not None
                and _MEETING_FRAME.search(view.folded.text) is None
            )
            or (actor1 is not None and actor1.role == "protesters")
        )
    ):
        # a statement with no place of its own is made nowhere the text says (SCHEMA: no locations), unless it was
        # made during something ("في كلمة خلال مراسم التوقيع") or by protesters, who speak where they protest
        # ("وأمهل المحتجون الحكومة المحلية حتى الخميس المقبل"); an act takes the story's last place
        places = list(ctx.places)
        if not places and not any(m.place is not None for m in view.mentions):
            # "غزة - أصيب ثلاثة مواطنين برصاص قوات الاحتلال": with nothing named yet, where the story was filed (not
            # for an act whose sentence names places all set aside: "عقوبات ... بتهمة ارتكاب انتهاكات في دارفور")
            places = list(ctx.dateline)
        nth = _NTH_INCIDENT.search(view.folded.text)
        if nth is not None and len(ctx.incidents) > _ORDINALS.index(nth.group(1)):
            # "في قرية قريبة من موقع الانفجار الأول": after two attacks told, the first one's place (probe50)
            places = list(ctx.incidents[_ORDINALS.index(nth.group(1))])
        site = _told_site(view, places, ctx.sites)
        if ctx.vessel is not None and _told_vessel(actor2):
            # "أطلقت النار على الناقلة أثناء اعتراضها": the ship told, where it was seized or hit
            places = list(ctx.vessel[1])
        elif site is not None:
            # "سحب مسلحي المدينة من محيط المنفذ": the told site named again by its kind is where it is, not the
            # town the men come from
            places = [site]
        elif _TOWN_BACK.search(view.folded.text):
            # "بهجوم مماثل في ريف المدينة": the town named by its kind alone is the last of the story's towns (also
            # when the last sentence named only sites in it: "على المحور الجنوبي للمدينة")
            towns = [m for m in places if _kind(m) == "city"]
            if towns and len(places) > 1:
                places = [max(towns, key=lambda m: m.span.start)]
            elif ctx.town is not None and not any(m.place is not None and m.place.kind == "city" for m in places):
                places = [ctx.town]
        same = _SAME_KIND.search(view.folded.text)
        if site is not None:
            pass
        elif same is not None and (same.group(2) or same.group(1) in _TOWN_KINDS) and same.group(1) in ctx.by_kind:
            # "وفي القضاء ذاته"، "في جبهة الضباب جنوب غربي المدينة": the last place the story named with that kind
            # word ("قضاء الزبير"، "مدينة تعز"), not the last place told (a field, a district of another kind)
            places = [ctx.by_kind[same.group(1)]]
    visit = hit.values[0].id == "visit"
    if visit and actor1 is None and _PRIVATE_VISITORS.match(view.folded.text, hit.word_end):
        return []  # "زار آلاف السياح مدينة البتراء": tourists' visits hold no talks (places10)
    if visit and hit.key in _ARRIVAL_KEYS:
        # "يصل شافيز اليوم إلى روسيا البيضاء في إطار جولة ... إيران": the place after إلى receives the arrival, and
        # is where it is (the tour's other stops are not)
        reached = [m for m in view.mentions if m.span.start == _destination(view, hit) and m.place is not None]
        actor2 = _host(reached) or actor2
        places = reached or places
    elif visit and actor1 is not None and (actor2 is None or _same_side(actor1, actor2)):
        # "سيزور عمّان على رأس وفد يضم وزير الدفاع": the visit is received by the government of where it goes (a
        # province's, its country's), not by the visitor's own delegation (nor by the visitor, read from that
        # place); a visit with no visitor ("أثناء زيارتنا لمعالمها"، "زيارات من محرك البحث") gets no host either
        # "وفي فيينا، أعلنت الوكالة أن مديرها سيزور طهران": the visit goes to the place named after its verb, not
        # to where it was announced
        ahead = [m for m in places if m.span.start >= t_span.end]
        if ahead and len(ahead) < len(places):
            places = ahead
        host = _host(places)
        if host is not None and (_overlaps(host.span, actor1.span) or host.text == actor1.text):
            host = None
        actor2 = host or actor2
    counted = None
    if ctx.upcoming and all(_kind(m) == "country" for m in places):  # the search last: it is the slow test
        counted = _COUNTED_SITES.search(view.folded.text)
    if counted is not None:
        # "استهداف 3 قواعد أميركية في العراق وسورية", the bases named in the sentences after
        number = _number_value(counted.group(1))
        places = list(ctx.upcoming[: number or len(ctx.upcoming)])
    # "أصيب ستة متظاهرين بعد أن فرّقت قوات مكافحة الشغب تظاهرة": a protest has its toll too
    fatalities, injuries, casualty_text = (
        _casualties(view, participants=participants) if plover in ("ASSAULT", "PROTEST") else (None, None, "")
    )
    known = _is_noun(view, hit) and _is_definite(view, hit)
    # (a statement's deed still ahead takes the day it takes effect: "ستعلّق، اعتباراً من الأول من يونيو المقبل،
    # تصاريح الشركات" is dated 1 June, a deal signed today "اعتباراً من يوليو" today)
    said_now = plover in _STATEMENTS and modality not in ("planned", "hypothetical")
    when = _event_date(doc, view, clause, t_span, ctx, statement=said_now, known=known)
    if modality == "planned" and when is not None and doc.published is not None and when.value < doc.published:
        # "ودعا الحزب، في بيان مساء أمس، أنصاره إلى التظاهر ... بعد غد الخميس": a day past, said of the call, does not
        # date what is still to come when a day ahead follows the trigger (h14a)
        days_ahead = [
            t
            for t in _own_times(doc, view)
            if int(t["start"]) >= t_span.end and date.fromisoformat(str(t["value"])) > doc.published
        ]
        if days_ahead:
            soonest = days_ahead[0]
            when = DateOf(date.fromisoformat(str(soonest["value"])), str(soonest["precision"]), "sentence")
    if plover in _ENDINGS and when is not None and _since_dated(doc, view, when):
        # "أفرجت عن 12 كانوا محتجزين منذ عام 2023"، "رفع الحصار المفروض منذ مايو": the point the state it ends began
        # dates that state, not its end (told undated, the end is the story's day)
        when = ctx.last_date or (DateOf(doc.published, "week", "published") if doc.published is not None else None)
    if (
        modality == "asserted"
        and plover not in _STATEMENTS  # a statement is made now, of what may come later
        and when is not None
        and when.found_in in ("clause", "sentence")
        and doc.published is not None
        and when.value > doc.published
        # "شهدت المدينة مطلع الشهر الجاري احتجاجات": a month or week that holds the day of publication is ahead
        # only for a present verb ("يعقد المؤتمر اجتماعه نهاية الشهر الجاري")
        and (not _holds_day(when, doc.published) or _PRESENT_TENSE.match(view.folded.text, hit.word_start) is not None)
    ):
        modality = "planned"  # "يلتقي الوزير نظيره الأحد" (a day still ahead): it has not happened yet
    later = any(int(t["start"]) > t_span.start for t in _own_times(doc, view))
    borrowed = False  # a day taken from an event told before moves the story's day no further
    if during is not None and during[0] is not None and not later:
        when, borrowed = during[0], True  # "نفى ... إجراء محادثات ... خلال الزيارة": the day of the visit
    told_there = [ctx.first_at.get((plover, m.place.id)) for m in places if m.place is not None]
    deed = next((d for d in told_there if d is not None), None) if modality == "denied" and not later else None
    if deed is None and modality == "denied" and plover in _FORCE_TYPES:
        # "اتهمت قوات الدعم السريع، في بيان مساء أمس، الجيش بقصف السوق في مدينة مليط" ... "نفى المتحدث، في تصريح
        # اليوم، تنفيذ أي غارة على مليط": the deed denied is the one the accusation told there, of its day (probe74)
        accused = [ctx.accused_at.get(m.place.id) for m in places if m.place is not None]
        deed = next((d for d in accused if d is not None), None)
    if deed is None and modality == "denied" and not later and ctx.vessel is not None and _told_vessel(actor2):
        deed = ctx.vessel[0]  # "نفى أن تكون زوارقه أطلقت النار على الناقلة": the day the ship told was seized
    if deed is not None:
        # "سقوط قذائف على بلدة القصر، ليل الجمعة" ... "نفت الوزارة، في بيان اليوم، أن تكون قواتها قد قصفت بلدة القصر":
        # the deed denied is the one told there before, and its day is that deed's, not the statement's
        when, borrowed = deed, True
    elif modality == "denied" and plover == "COERCE" and not later and _held_the_abducted(actor2, ctx):
        # "خطف مسلحون مساء السبت الناشط ..." ... "ونفت الوزارة، في بيان أمس، أن تكون أجهزتها قد أوقفت الناشط": the
        # arrest denied is the abduction told, and its day is the abduction's, not the statement's
        assert ctx.abduction is not None
        when, borrowed = ctx.abduction[0], True
    if when is not None and doc.published is not None and (doc.published - when.value).days > BACKGROUND_DAYS:
        # "ستسحب قواتها نهاية العام": a plan for this year (dated 1 July at year precision) is no history
        this_year = when.precision == "year" and when.value.year == doc.published.year
        if not (modality == "planned" and this_year):
            return []  # "حتى عام 2017", "منذ 2016": history the story recalls
    # "وأوضح النادي أن القوات داهمت ... واحتجزت": a type already told, done by "القوات" of no named side, with no
    # place, day or toll of its own, tells more of that event, not a new one (so does a definite head of two
    # words, "القوات الأمنية")
    a, b = _raw_clause(view, clause)
    anaphoric = (
        actor1 is not None
        and not actor1.named
        and fold_text(actor1.text) not in _COUNT_CROWDS  # "تظاهر المئات": a crowd counted anew, no one told
        and (
            re.fullmatch(r"ال[^\W_]+", folded_actor := fold_text(actor1.text))
            or (re.fullmatch(r"ال[^\W_]+ ال[^\W_]+", folded_actor) and folded_actor == fold_text(actor1.head))
        )
    )
    opened_on = any(_OPENING_PLACE.fullmatch(view.folded.text[: view.folded_index(m.span.start)]) for m in here)
    if (
        retold
        and anaphoric
        and modality == "asserted"
        and not any(a <= m.span.start < b for m in here)
        and not opened_on  # "وفي بغداد، تظاهر ...": the sentence opens on a place of its own
        and not _NAMED_SITE.search(view.folded.text)
        and not _own_times(doc, view)
        and fatalities is None
        and injuries is None
    ):
        return []
    # "وكان ناصر قد قُتل عصر أمس": the pluperfect recalls what came before; the story's day goes on
    recalled = _recalled(view, hit)
    # "دعا الاتحاد إلى إضراب يوم الثلاثاء المقبل": a day still ahead is no day of the story's run either
    coming = (
        when is not None
        and doc.published is not None
        and when.value > doc.published
        and not (_holds_day(when, doc.published) and _PRESENT_TENSE.match(view.folded.text, hit.word_start) is None)
    )
    if when is not None and when.found_in in ("clause", "sentence") and not recalled and not coming and not borrowed:
        ctx.last_date = when
    if when is not None and not recalled and not coming:
        ctx.event_date = when  # "وكانت القوات قد اعتقلت ...": a recalled event is no part of the story's run
    protest_country = (
        _protesters_nationality(view, actor1)
        if actor1 is not None and actor1.role == "protesters" and not actor1.named
        else None
    )
    if actor1 is not None and protest_country is not None:
        # "تظاهر مئات الجزائريين المقيمين في فرنسا ... بباريس": protesters named by their nationality (a diaspora
        # too) are of their own country wherever they protest
        actor1 = _but(actor1, country=protest_country)
    elif actor1 is not None and actor1.role == "protesters" and not actor1.named and places:
        # "وقفة احتجاجية قرب السفارة في منطقة الرابية بعمّان": unnamed protesters are of the country they protest in
        held = places[0].place
        if held is not None and iso3(held.country) is not None:
            actor1 = _but(actor1, country=iso3(held.country))
    if (
        plover == "ASSAULT"
        and actor2 is not None
        and actor2.role == "civilians"
        and not actor2.named
        and actor2.country == ctx.home
        and places
        and places[0] in view.mentions
        and not _has_nationality(view, actor2)
        and _nationality_near(view, view.folded_index(actor2.span.end)) is None
    ):
        # "وفي مدينة غزة، قُتل ستة مدنيين ... جراء غارة" in a story most of whose names are Israeli: unnamed civilians
        # struck are of the town named where it befell them, not of the story's country (probe75)
        held = places[0].place
        local = iso3(held.country) if held is not None else None
        if local is not None and local != actor2.country:
            actor2 = _but(actor2, country=local)
    if plover == "PROTEST" and actor2 is not None and actor2.role == "police" and not actor2.state and places:
        # "ورشق بعضهم عناصر الأمن بالحجارة" in Amman: the police a protest meets, named by no state, are those of
        # the country it is held in (as its unnamed crowd), not of another the story tells of (probe62)
        held = places[0].place
        local = iso3(held.country) if held is not None else None
        if local is not None and actor2.country != local and not _has_nationality(view, actor2):
            actor2 = _but(actor2, country=local)
    if (
        plover in _STATEMENTS
        and actor1 is not None
        and actor2 is not None
        and (
            actor1.role == "political_party"
            # ... and so are a faction's, a union's or a crowd's when nothing gave that body a state (probe91:
            # "رفضت تنسيقية المقاومة العراقية دعوات الحكومة")
            or (actor2.country is None and actor1.role in _HOME_ADDRESSERS)
        )
        and actor1.country is not None
        and fold_text(actor2.text) in _BARE_STATE_BODIES
    ):
        # "حمّل حزب جبهة العمل الإسلامي الأجهزة الأمنية مسؤولية التصعيد، مطالباً الحكومة بالإفراج": a party's
        # charge or demand is made of its own state's bodies, named bare, whatever other country the story tells
        # of (probe62)
        actor2 = _but(actor2, country=actor1.country)
    if plover not in _FORCE_TYPES:
        # "استقبل وزير الداخلية وفداً من وجهاء السويداء": notables and elders met, heard or called on are no civilians
        # (that is whom force befalls) but a side of their own, other (probe62)
        actor1, actor2 = (_but(p, role="other") if p is not None and _notables(p) else p for p in (actor1, actor2))
    if plover in _TWO_SIDED and actor1 is None and actor2 is None:
        actor1, actor2 = _nationality_pair(view)
    if plover in _TWO_SIDED and actor1 is not None and actor2 is None:
        actor2 = _joined_nationality(view, actor1)
    giver = _aid_giver(view, hit, participants) if plover == "AID" and actor1 is None else None
    if giver is not None:
        # "قافلة مساعدات مقدمة من برنامج الأغذية العالمي": who gave it is named after the aid, not its receiver
        actor1 = giver
        actor2 = None if actor2 is not None and actor2.span == giver.span else actor2
    if plover == "AID" and actor2 is not None and actor1 is not None and places:
        actor2 = _receivers_where_given(actor1, actor2, places)
    if plover == "AID" and actor2 is None and places:
        # "دخلت 120 شاحنة مساعدات إلى قطاع غزة": aid brought to a place with no receiver named is for its people
        # (of the story's country when the aid passes through a place of another, a crossing or an airport)
        # ... or to the place it was brought "إلى"
        # (not where people were carried to: "أجلت 21 بحاراً ونقلتهم إلى جيبوتي" gave Djibouti nothing)
        into = [
            m
            for m in _not_carried_to(view, list(view.mentions))
            if m.place is not None and view.previous_word(view.folded_index(m.span.start)) == "الي"
        ]
        # (a place carried from an earlier sentence has no words here to name them)
        sites = into[:1] or [m for m in places if m.place is not None and m in view.mentions]
        countries = [iso3(m.place.country) for m in sites if m.place is not None]
        # "دخلت 75 شاحنة ... عبر معبر كرم أبو سالم": a crossing or an airport of another state is the way in, the
        # aid is for the story's people
        through = ctx.home is not None and all(
            m.place is not None and m.place.kind in ("crossing", "airport", "port") for m in sites
        )
        people = ctx.home if ctx.home in countries or not countries or through else countries[0]
        given_state = into[0] if into and into[0].place is not None and into[0].place.kind == "country" else None
        if given_state is not None and given_state.actor is not None and given_state.actor.country == people:
            # "أرسلت الإمارات طائرة مساعدات إلى السودان": aid sent to a country is given to its state
            actor2 = Participant(
                given_state.span, given_state.text, given_state.actor.canonical, people, "government", state=True
            )
        elif people is not None and sites:
            actor2 = Participant(sites[0].span, view.raw_text(sites[0].span), None, people, "civilians", False)
    if (
        plover in _STATEMENTS
        and source.span is not None
        and actor1 is not None
        and _overlaps(source.span, actor1.span)
        and _recalled_statement(view, hit)
        and _own_times(doc, view)  # a day recalled ("الأسبوع الماضي"); undated, it is the speaker's (probe17)
    ):
        source = OUTLET_OWN  # the outlet recalls, in its own words, what the doer said before
    if (
        plover == "PROTEST"
        and modality == "planned"
        and source.kind == "ngo"
        and actor1 is not None
        and source.span is not None
        and source.span.end <= t_span.start  # (its announcement, not "وفق ما أفادت به التنسيقية" after a deed)
        and (_overlaps(source.span, actor1.span) or fold_text(source.text) == fold_text(actor1.text))
    ):
        # "أعلن الاتحاد العام التونسي للشغل تنفيذ إضراب عام": a union announcing its own strike speaks for
        # itself, as a state reporting its own act (official), not as a monitor of others (probe64)
        source = Source(source.span, source.text, "official", source.canonical, source.speaker)
    if (
        fatalities is None
        and injuries is None
        and modality == "asserted"
        and hit.values[0].id == "assassination"
        and not _is_noun(view, hit)
        and actor2 is not None
        and actor2.named
    ):
        fatalities = 1  # "اغتال مسلحون مجهولون الشيخ خالد المسالمة": one named man killed (probe70)
    base: dict[str, Any] = {
        "plover": plover,
        "acled": list(acled) if acled else None,
        "modality": modality,
        "date": when.value.isoformat() if when else None,
        "date_precision": when.precision if when else None,
        "actor1": actor1.record() if actor1 else None,
        "actor2": actor2.record() if actor2 else None,
        "locations": [],
        "fatalities": fatalities,
        "injuries": injuries,
        "casualty_text": casualty_text,
        "source": source.record(),
        "evidence": view.text,
        "start": view.sentence.span.start,
        "end": view.sentence.span.end,
        "trigger": {"text": view.raw_text(t_span), "start": t_span.start, "end": t_span.end},
    }
    if (
        plover == "CONSULT"
        and not places
        and any(p is not None and p.canonical == _UNSC for p in (actor1, actor2))
        and view.contains_any(_SESSION_WORDS)
    ):
        # "عقد مجلس الأمن الدولي جلسة طارئة بشأن السودان": the Council sits in New York unless the text names
        # another place ("جلسة في أديس أبابا"; probe58)
        base = {**base, "locations": [_NEW_YORK]} if _NEW_YORK else base
        ctx.last_of[plover] = (when, ())
        return [base]
    if hit.values[0].id in ("phone_call", _RECEIVED_CALL):
        # "تلقى أمير البلاد اتصالاً من رئيس جمهورية إيران": a call is held nowhere, not in a state its title names nor
        # where the story's last meeting was (probe50)
        places = []
    ctx.last_of[plover] = (when, tuple(places))
    if when is not None and modality == "asserted" and acled is not None and tuple(acled) == _ABDUCTION:
        ctx.abduction = (when, view.folded.text)
    if when is not None and modality == "asserted":
        for m in places:
            if m.place is not None:
                ctx.first_at.setdefault((plover, m.place.id), when)
        if _is_vessel(actor2) and places and not _told_vessel(actor2):
            ctx.vessel = (when, tuple(places))
    if when is not None and modality == "asserted" and plover == "ACCUSE":
        for m in view.mentions:
            if m.place is not None and m.span.start >= t_span.end:
                ctx.accused_at.setdefault(m.place.id, when)
    if len(places) <= 1 or (acled is None and (plover not in _SPLIT_PLOVERS or not _all_joined(view, places))):
        return [{**base, "locations": [_offset_location(view, m) for m in places]}]
    records = [{**base, "locations": [_offset_location(view, m)]} for m in places]
    if acled is None:
        return records  # a deployment at each place: no toll to share out, no strike of another kind to recode
    shares = _place_shares(view, places, fatalities, injuries)
    if shares is not None:
        # "استشهد أربعة، ثلاثة منهم في طوباس وواحد في قباطية": each place its own share of the toll
        toll_field = "fatalities" if fatalities is not None else "injuries"
        for record, share in zip(records, shares, strict=True):
            record[toll_field] = share
    meanwhile = _MEANWHILE.search(view.folded.text, hit.end)
    if meanwhile is not None and (actor2 is not None or casualty_text):
        # "... ما أدى إلى إصابة 3 مدنيين، فيما تعرضت أطراف كفركلا والخيام لقصف": the victims and the toll told
        # before "فيما" are the first place's, not those of the places after it
        cut = view.raw_start(meanwhile.start(), meanwhile.end())
        # ... but the clause after it may tell its own ("فيما قُتل مدنيان برصاص قناصة في الشحيل"), and victims named
        # there are its own
        theirs = actor2.record() if actor2 is not None and actor2.span.start > cut else None
        if theirs is None and plover == "ASSAULT":
            # ... as are the counted dead a casualty verb there speaks of ("فيما قُتل مدنيان برصاص قناصة"; probe75)
            fallen = _clause_victims(view, meanwhile.end(), kept, ctx.home)
            theirs = fallen.record() if fallen is not None else None
        own = plover in ("ASSAULT", "PROTEST")
        dead, hurt, told_after = _casualties(view, meanwhile.end()) if own else (None, None, "")
        first = _casualties(view, until=meanwhile.start()) if own else (None, None, "")
        if places[0].span.start < cut:
            for record, m in zip(records, places, strict=True):
                if m.span.start > cut:
                    record.update(actor2=theirs, fatalities=dead, injuries=hurt, casualty_text=told_after)
                else:
                    record.update(fatalities=first[0], injuries=first[1], casualty_text=first[2])
                    if actor2 is not None and actor2.span.start > cut:
                        record.update(actor2=None)
    switch = _SIDE_SWITCH.search(view.folded.text, hit.end)
    if switch is not None and places[0].span.start < view.raw_start(switch.start(), switch.end()):
        # "وشنت الطائرات الإسرائيلية غارات على بعلبك، ومن جانبها قصفت المقاومة حيفا ونهاريا": the places after
        # "ومن جانبها" are the other side's strike, by the doer named there
        cut = view.raw_start(switch.start(), switch.end())
        doer = next((p for p in kept if p.span.start > cut), None)
        if doer is not None and (actor1 is None or doer.text != actor1.text):
            for record, m in zip(records, places, strict=True):
                if m.span.start > cut:
                    record.update(actor1=_as_doer_of(doer, plover).record(), actor2=None)
                elif actor2 is not None and actor2.span.start > cut:
                    record.update(actor2=None)  # the other side's doer is not whom the first strike befell
            _recode_after_meanwhile(view, hit, acled, records, places, switch.end())
    elif meanwhile is not None and places[0].span.start < view.raw_start(meanwhile.start(), meanwhile.end()):
        _recode_after_meanwhile(view, hit, acled, records, places, meanwhile.end())
    else:
        joined = _joined_strike(view, hit)
        if joined is not None and places[0].span.start < view.raw_start(joined, joined):
            _recode_after_meanwhile(view, hit, acled, records, places, joined)
    return records


def _joined_strike(view: SentenceView, hit: Hit[Trigger]) -> int | None:
    """ "قصف الجيش مواقع في أم درمان، واشتبك معها في الخرطوم بحري": where a violent verb joined by "، و" after
    the head starts (a clause of its own, so its places may be coded by its kind), if any."""
    text = view.folded.text
    for h in view.triggers:
        if h.start <= hit.end or h.values[0].plover != "ASSAULT":
            continue
        if text[h.word_start : h.start] == "و" and not _is_noun(view, h):
            start = h.word_start  # "، واشتبك"
        else:
            # "، وشنت غارات جوية": a strike noun after a joined verb of launching
            launch = _JOINED_LAUNCH.search(text, 0, h.word_start)
            if launch is None or h.word_start != launch.end():
                continue
            start = launch.start(1)
        if _COMMA_BEFORE.search(text, 0, start) is not None:
            return start
    return None


_COMMA_BEFORE = re.compile(r"[،,] *$")
_JOINED_LAUNCH = re.compile(r"(?<!\w)(و(?:" + _alt("agent_verbs") + r")) +$")


_CLAUSE_CLASH = frozenset(_WORDS.words("clause_clash_nouns"))


def _recode_after_meanwhile(
    view: SentenceView,
    hit: Hit[Trigger],
    acled: tuple[str, str],
    records: list[dict[str, Any]],
    places: Sequence[Mention],
    after: int,
) -> None:
    """ "استهدفت مسيّرة منزلاً في حولا، فيما تعرضت كفركلا والخيام لقصف مدفعي": the clause after "فيما" tells a
    strike of its own kind; the places it names take that kind and its word (a toll word there only tells its
    toll, "فيما قُتل مدنيان")."""
    own = next(
        (
            h
            for h in view.triggers
            if h.start >= after
            and h.values[0].plover == hit.values[0].plover
            and (h.values[0].strength == "strong" or h.key in _CLAUSE_CLASH)
            and h.values[0].acled is not None
            and h.values[0].id not in _TOLL_TRIGGERS
        ),
        None,
    )
    if own is None:
        return
    t_span = view.raw_span(own.start, own.end)
    theirs = _acled(view, own, _clause_of(view, t_span.start))
    if theirs is None or tuple(theirs) == tuple(acled):
        return
    cut = view.raw_start(after, after)
    trigger = {"text": view.raw_text(t_span), "start": t_span.start, "end": t_span.end}
    for record, m in zip(records, places, strict=True):
        if m.span.start > cut:
            record.update(acled=list(theirs), trigger=trigger)


# "ثلاثة منهم في مدينة طوباس"، "وواحد في بلدة قباطية": a count right before a place it stands in
_SHARE_BEFORE = re.compile(
    r"(?:^|\s)و?([0-9]+|[^\W\d_]+)(?: +(?:منهم|منهما))? +(?:في +|ب)(?:(?:"
    + _alt("container_kinds")
    + "|"
    + _alt("share_place_kinds")
    + r") +)?$"
)


_SHARE_WITH_NOUN = re.compile(
    r"(?:^|\s)و?([0-9]+|[^\W\d_]+) +[^\W\d_]+ +(?:في +|ب)(?:(?:"
    + _alt("container_kinds")
    + "|"
    + _alt("share_place_kinds")
    + r") +)?$"
)


def _place_shares(
    view: SentenceView, places: Sequence[Mention], fatalities: int | None, injuries: int | None
) -> list[int] | None:
    """The toll of one kind (dead or wounded) shared out by a count before each place, when the shares add up to
    it or it is the first share; else None."""
    total = fatalities if injuries is None else injuries if fatalities is None else None
    if total is None:
        return None
    text = view.folded.text
    shares: list[int] = []
    for m in places:
        start = view.folded_index(m.span.start)
        # "وخمسة في قضاء المقدادية"، or with its noun: "ثلاثة أشخاص في مدينة بعقوبة"
        share = None
        for pattern in (_SHARE_BEFORE, _SHARE_WITH_NOUN):
            lead = pattern.search(text, max(0, start - 40), start)
            number = _number_at(view, lead.start(1), start) if lead is not None else None
            if lead is not None and number is not None and number[1] == lead.start(1):
                share = number[0]
                break
        if share is None:
            return None
        shares.append(share)
    # ... or the toll read is the first place's count alone ("قُتل ثلاثة أشخاص في بعقوبة وخمسة في المقدادية")
    return shares if total in (sum(shares), shares[0]) else None


# the لـ of the genitive doer, right before it or before the men or kind word it is named with ("بهجوم لعناصر
# تنظيم داعش"، "لتنظيم داعش"; the name is listed without its kind)
_GENITIVE_LAM = re.compile(
    r"(?:ل|(?<!\w)ل(?:عناصر|مسلحي|مقاتلي)(?: +(?:تنظيم|حرك[هة]|جماع[هة]))? +|(?<!\w)ل(?:تنظيم|حرك[هة]|جماع[هة]) +)$"
)


_TOWARD = r"(?:باتجاه|نحو|تجاه|صوب)"
_ORIGIN_BEFORE = re.compile(r"(?<!\w)من(?: +[^\W\d_]+){0,2} *$")  # "من شمال قطاع غزة": from (a part of) a place
# "قادمة من بنغازي"، "قادمين من الأردن": from where forces or aid set out (a place kind may stand between)
_COMING_FROM = re.compile(r"(?<!\w)(?:قادم|قادمه|قادمة|قادمين|قادمون|قادما|اتيه|اتية|اتيا) +من(?: +[^\W\d_]+)? *$")
_TOWARD_BEFORE = re.compile(r"(?<!\w)" + _TOWARD + r"(?: +[^\W\d_]+){0,2} *$")  # "باتجاه مدينة سديروت"
_SENT_TOWARD = re.compile(r"(?<!\w)(?:" + _TOWARD[3:-1] + r"|الي)(?: +[^\W\d_]+){0,2} *$")  # ... or "إلى مدينة بارا"


# "استئناف الرحلات الجوية المباشرة بين طهران ومشهد من جهة والرياض وجدة من جهة أخرى"، "تشغيل خط ملاحي بين
# العقبة ونويبع": the towns a service runs between, up to the end of the phrase
_SERVICE_BETWEEN = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:رحلات|رحله|خط|خطوط|طيران|ملاحه|شحن)(?: +[^\W\d_]+){0,3}? +بين(?!\w)[^،,؛;.:]*"
)


# the town an international body sits and meets in, by its canonical name: its sessions are held there


def _without_service_ends(view: SentenceView, places: list[Mention], after: int) -> list[Mention]:
    """Places named as the ends of a flight, shipping or transport service agreed on or resumed are what the
    deal is about, not where it was made ("وقعتا مذكرة تفاهم لاستئناف الرحلات بين طهران ... والرياض وجدة")."""
    match = _SERVICE_BETWEEN.search(view.folded.text, after)
    if match is None:
        return places
    ends = view.raw_span(match.start(), match.end())
    return [m for m in places if not ends.start <= m.span.start < ends.end]


def _without_route_end(view: SentenceView, places: list[Mention], plover: str) -> list[Mention]:
    """ "صاروخين أُطلقا من شمال قطاع غزة باتجاه مدينة سديروت": fire is where it is aimed, not where it came
    from (and forces or aid sent are where they head); "سحب قواته من قاعدة عين الأسد باتجاه قاعدة حرير": a withdrawal
    is from where the force leaves."""
    text = view.folded.text
    if plover in ("MOBILIZE", "AID") and len(places) > 1 and ("قادم" in text or "اتي" in text):
        # "وصلت تعزيزات عسكرية إلى مدينة سرت قادمة من بنغازي": forces or aid go where they arrive, not where
        # they set out from
        starts = [view.folded_index(m.span.start) for m in places]
        staying = [m for m, a in zip(places, starts, strict=True) if not _COMING_FROM.search(text, max(0, a - 25), a)]
        return staying or places
    if plover == "CONSULT" and len(places) > 1:
        # "أن يصل وفد أمني من بغداد إلى كركوك لبحث"، "وصل الوزير إلى البصرة قادماً من بغداد": a visit is where the
        # visitors arrive, not where they set out from
        starts = [view.folded_index(m.span.start) for m in places]
        leads = [text[max(0, a - 25) : a] for a in starts]
        ends = [m for m, lead in zip(places, leads, strict=True) if _SENT_TOWARD.search(lead)]
        origins = [
            m
            for m, lead in zip(places, leads, strict=True)
            if _COMING_FROM.search(lead) or (ends and _ORIGIN_BEFORE.search(lead) and m.span.start < ends[0].span.start)
        ]
        return [m for m in places if m not in origins] or places
    if plover not in ("ASSAULT", "RETREAT", "MOBILIZE", "AID") or len(places) < 2:
        return places
    # forces are sent "باتجاه" a place or "إلى" it ("أرسل تعزيزات من الأبيض إلى بارا"; probe88); fire and aid only
    # head "باتجاه" one (a bare إلى is too common: "إلى جانب", "أدى إلى")
    toward_before = _SENT_TOWARD if plover == "MOBILIZE" else _TOWARD_BEFORE
    if plover != "MOBILIZE" and not re.search(_TOWARD, text):
        return places

    def lead(m: Mention) -> str:
        start = view.folded_index(m.span.start)
        return text[max(0, start - 25) : start]

    origins = [m for m in places if _ORIGIN_BEFORE.search(lead(m))]
    ends = [m for m in places if toward_before.search(lead(m))]
    if not origins or not ends or origins[0].span.start > ends[0].span.start:
        return places
    # (probe90) forces or aid sent "من مدينة المكلا باتجاه هضبة حضرموت" go where they head, as fire does
    drop = ends if plover == "RETREAT" else origins
    return [m for m in places if m not in drop]


# a strain and its parties: "التوتر بين إسرائيل وحزب الله"، "الأزمة القائمة بين البلدين" (up to the second party)
_STRAIN_BETWEEN = re.compile(
    r"(?<!\w)[لو]?(?:ال)?(?:توتر|نزاع|صراع|خلاف|خلافات|ازمه|ازمة|حرب|قتال|عداء)(?: +[^\W\d_]+)? +بين"
    r"(?: +[^\W\d_]+){0,4}? +و?$"
)


# feelings about a deed, with a pronoun (folded ة before it is ت): "عن صدمته للهجوم"، "عن أسفه لمقتل"، "عن «صدمته»
# إزاء القصف"
_REACTION = re.compile(
    r"(?<!\w)(?:صدمت|اسف|قلق|استنكار|استياء|حزن|غضب|تنديد|ادانت|شجب|ارتياح|تعازي|صدم)(?:ه|ها|هم|هما)"
    r"[\"»”]?(?: +(?:البالغ|العميق|الشديد|الكبير))? +(?P<prep>(?:ازاء|حيال|تجاه|من) +)?"
)


def _reaction_before(view: SentenceView, hit: Hit[Trigger]) -> int | None:
    """The raw offset of the words of feeling that a deed told before the trigger (or the trigger itself) is
    about: "عن صدمته للهجوم"، "عن أسفه العميق لمقتل ... في غارة"; None if there are none."""
    text = view.folded.text
    for found in _REACTION.finditer(text, 0, hit.word_start + 1):
        about = found.group("prep") is not None or text[found.end() : found.end() + 1] == "ل"
        if about and any(h.word_start == found.end() for h in view.triggers):
            return view.raw_start(found.start(), found.end())
    return None


# a place that "saw" an event: "وشهد العراق"، "شهدت مدينة الموصل"، "تشهد العاصمة"
# a warning's issuer right after its verb, or anything in the clause after "رداً على" (commas end it)
_OTHER_ACT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:[وب]?(?:انذار|انذارا|تحذير|تحذيرا)(?:ات)?)(?: +[^\W\d_]+){0,3} +"
    r"(?:نشره|نشرها|اصدره|اصدرها|وجهه|وجهها|بثه|بثها|اطلقه|اطلقها) +(?:[^\W\d_]+ +){0,5}"
    r"|(?<!\w)و?(?:ردا|انتقاما|ثارا) +(?:علي|ل)[^،,.:؛]*)$"
)
_SIDE_FROM = re.compile(r"(?<!\w)(?:من|عن) +(?:" + _alt("origin_groups") + r") *$")  # "من عشائر"، "عن أهالي"
_ANSWERING = re.compile(r"(?<!\w)و?(?:ردا|انتقاما|ثارا) +(?:علي|ل)")  # "رداً على"، "انتقاماً لـ" (folded)
_WITNESSED = re.compile(r"(?<!\w)[وف]?(?:شهد|شهدت|تشهد|يشهد)(?: +[^\W\d_]+)? *$")


def _text_before(view: SentenceView, start: int, reach: int = 40) -> str:
    """The folded text of the sentence in the `reach` characters before the raw offset `start`."""
    at = view.folded_index(start)
    return view.folded.text[max(0, at - reach) : at]


def _matches_before(view: SentenceView, pattern: re.Pattern[str], start: int, reach: int = 40) -> bool:
    """Whether `pattern` matches in _text_before(view, start, reach); no search where the slice's words rule it out
    (rasd.gates: asked of every side of every event)."""
    at = view.folded_index(start)
    lo = max(0, at - reach)
    return view.may_match_in(pattern, lo, at) and pattern.search(view.folded.text[lo:at]) is not None


_FOUND_ON = re.compile(r"(?<!\w)علي(?!\w)")


def _finders(view: SentenceView, hit: Hit[Trigger]) -> tuple[int, int]:
    """The raw range between a verb of finding before the trigger and its على ("عثرت الشرطة في بعقوبة على جثث"),
    where the finders are named; (0, 0) when there is none."""
    text = view.folded.text
    found = next(reversed(list(_FIND_WORD.finditer(text, 0, hit.word_start))), None)
    if found is None:
        return 0, 0
    on = _FOUND_ON.search(text, found.end(), hit.word_start)
    if on is None:
        return 0, 0
    return view.raw_start(found.start(), found.end()), view.raw_start(on.start(), on.end())


# what protesters ask for opens with one of event_words.yaml demand_start
_DEMAND_START = re.compile(r"(?<!\w)[وف]?(?:" + _alt("demand_start") + r")(?!\w)")
# "طريق دمشق–السويداء"، "أوتوستراد حلب - اللاذقية الدولي": a road named by the towns at its ends, right before
_ROAD_NAME_BEFORE = re.compile(
    r"(?<!\w)[وب]?(?:(?:ال)?(?:طريق|اوتوستراد|اتوستراد|طرق)(?: +(?:الدولي|السريع|الرئيسي|الساحلي))?"
    r"(?: +(?:الرابط|الواصل))?|(?:ال)?خط +(?:الدولي|السريع|الساحلي)(?: +(?:الرابط|الواصل))?"
    r"|(?:ال)?خط +(?:الرابط|الواصل))"
    r"(?: +بين)? +(?:[^\W\d_]+ *(?:[-–—]|و) *)?$"
)


def _in_road_name(view: SentenceView, m: Mention) -> bool:
    """Whether a place is one of the towns that name a road ("فتح طريق دمشق–السويداء")."""
    at = view.folded_index(m.span.start)
    return _ROAD_NAME_BEFORE.search(view.folded.text[max(0, at - 60) : at]) is not None


def _demanded_place(view: SentenceView, cut: int, m: Mention) -> bool:
    """Whether a place after the slogans' start is part of what is demanded: inside a quotation ("«لا للحرب على
    العراق»") or after من, إلى, على, ضد, عن ("تطالب بسحب القوات من العراق")."""
    quoted = view.text[cut - view.start : m.span.start - view.start]
    if sum(quoted.count(q) for q in '"«“»”') % 2 == 1:
        return True
    return view.previous_word(view.folded_index(m.span.start)) in ("من", "الي", "علي", "ضد", "عن")


def _strained(view: SentenceView, start: int) -> bool:
    """Whether the raw offset `start` opens a party of a strain ("التوتر بين إسرائيل وسوريا")."""
    at = view.folded_index(start)
    return _STRAIN_BETWEEN.search(view.folded.text[max(0, at - 80) : at]) is not None


# a host verb, then up to two words ("العاصمة العمانية"، "مدينة") before the host place
_HOST_GAP = re.compile(r"(?: +[^\W\d_]+){0,2} +$")


def _hosted_at(view: SentenceView) -> list[Mention]:
    """ "تستضيف مسقط"، "احتضنت مدينة جنيف"، "أن القاهرة ستستضيف": the place a host verb has for its subject, right
    after it (past a place word or two) or right before it."""
    hosts = name_rules().host_verbs
    for a, b, w in view.words:
        if _LEAD_WF.sub("", w) not in hosts:
            continue
        for m in view.mentions:
            if m.place is None:
                continue
            at = view.folded_index(m.span.start)
            end = view.folded_index(m.span.end)
            if (
                at >= b
                and at - b < 30
                and _HOST_GAP.fullmatch(" " + view.folded.text[b:at].strip() + " ")
                and ("،" not in view.folded.text[b:at])
            ):
                return [m]
            if end <= a and not view.folded.text[end:a].strip():
                return [m]
    return []


def _with_before(view: SentenceView, p: Participant) -> bool:
    """ "مع واشنطن": the word right before the participant is مع."""
    return view.previous_word(view.folded_index(p.span.start)).strip() == "مع"


# "محادثات بين طهران وواشنطن": two capitals after بين, the second joined by و (probe58)
_BETWEEN_CAPITALS = re.compile(r"(?<!\w)بين +(?P<first>[^\W\d_]+) +و(?P<second>[^\W\d_]+)(?!\w)")


def _between_capitals(view: SentenceView, p: Participant) -> bool:
    """ "تستضيف مسقط جولة محادثات بين طهران وواشنطن": the two capitals talks are held between are its two sides
    (each a capital), not places; the host city is where."""
    capitals = name_rules().capitals
    at = view.folded_index(p.span.start)
    for m in _BETWEEN_CAPITALS.finditer(view.folded.text, max(0, at - 40), at + 40):
        if (
            m.group("first") in capitals
            and m.group("second") in capitals
            and at in (m.start("first"), m.start("second") - 1, m.start("second"))
        ):
            return True
    return False


_WITH_SIDE = re.compile(r"(?<!\w)مع(?: +[^\W\d_]+){0,2} *$")  # "مع نظيره الأردني": with, past a title of two words


def _with_side(view: SentenceView, p: Participant, others: Sequence[Participant]) -> bool:
    """ "بحث الوزير مع نظيره الأردني أيمن الصفدي": مع stands before the participant, past at most two words
    and no other participant."""
    at = view.folded_index(p.span.start)
    m = _WITH_SIDE.search(view.folded.text, max(0, at - 40), at)
    if m is None:
        return False
    start = view.raw_start(m.start(), m.end())
    return not any(start < q.span.start < p.span.start for q in others)


def _not_at_source(view: SentenceView, places: list[Mention]) -> list[Mention]:
    """The places but those after the sentence's last attribution ("بحسب ما أفاد به دبلوماسي في نيويورك") when a
    trigger stands before it: where the source is, not where the story goes on."""
    told = [h.start for h in view.cues_of("attribution") if not h.key.startswith("علي")]
    if not told or not any(h.end <= told[-1] for h in view.triggers):
        return places
    cut = view.raw_start(told[-1], told[-1])
    return [m for m in places if m.span.start < cut]


def _carried_before(view: SentenceView, at: int) -> bool:
    """ "أوقفت السلطات أفراد الطاقم بعد نقلهم إلى ميناء بندر عباس": people brought somewhere before what is done to
    them there, in a sentence that tells no dead or wounded (who die or are treated where they were carried)."""
    before = view.folded.text[max(0, at - 6) : at].split()
    return bool(before) and before[-1] in ("بعد", "عقب") and not view.cues_of("killed", "injured")


# "في حين لم يصدر أي تعليق من وزارة الدفاع في هرجيسا"، "ولم تعلق الحكومة في بغداد": a body silent on what was told
_SILENCE = re.compile(r"(?<!\w)لم +(?:يصدر|تصدر|يعلق|تعلق|يعقب|تعقب|يؤكد|تؤكد)[^\W\d_]{0,3}(?!\w)")


def _not_in_silence(view: SentenceView, hit: Hit[Trigger], places: list[Mention]) -> list[Mention]:
    """The places but those in a clause after the event that says a body has not commented on it: where the silent
    body sits, not where the event was (h14a)."""
    if "لم" not in view.folded.text:
        return places
    silent = _SILENCE.search(view.folded.text, hit.word_end)
    if silent is None:
        return places
    cut = view.raw_start(silent.start(), silent.start())
    return [m for m in places if m.span.start < cut]


def _not_carried_to(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the places people were carried to ("ونقلتهم إلى جيبوتي"، "نقلوا إلى مستشفى الشفاء")."""
    carried = (
        [x.end() for x in _CARRIED_TO.finditer(view.folded.text) if not _carried_before(view, x.start())]
        if "الي" in view.folded.text and view.may_match(_CARRIED_TO)
        else []
    )
    if "قبل" in view.folded.text:
        # "نهبوا المحال قبل أن ينسحبوا باتجاه منطقة جبل أولياء": where the doers went off to after it (art2)
        carried += [x.end() for x in _WENT_OFF_TO.finditer(view.folded.text)]
    # "أمر بإخلاء حي الزيتون والتوجه إلى المواصي جنوب القطاع": where those ordered out are sent, up to the clause's
    # end (the town the destination lies in too: "إلى منطقة المواصي في خان يونس"), is not where the order applies
    sent = [x.end() for x in _ORDERED_TO.finditer(view.folded.text)] if view.may_match(_ORDERED_TO) else []
    if not carried and not sent:
        return mentions
    ends = [(view.raw_start(e, e), 30) for e in carried] + [(view.raw_start(e, e), 60) for e in sent]
    return [
        m
        for m in mentions
        if not any(
            0 <= m.span.start - e <= reach and "،" not in view.text[e - view.start : m.span.start - view.start]
            for e, reach in ends
        )
    ]


def _not_deal_places(view: SentenceView, mentions: list[Mention], t_span: Span) -> list[Mention]:
    """The mentions but a place that names a deal or talks other than the trigger ("رفضت الحكومة مخرجات مفاوضات
    جنيف"، "دعمها لمخرجات محادثات الدوحة") or a party to it ("رفض الاتفاق مع إقليم أرض الصومال"، "الاتفاق الموقع بين
    إثيوبيا وإقليم أرض الصومال"): what is rejected or discussed, not where."""
    ends = [x.end() for x in _DEAL.finditer(view.folded.text) if not _overlaps(view.raw_span(*x.span()), t_span)]
    if not ends:
        return mentions
    out = []
    for m in mentions:
        at = view.folded_index(m.span.start)
        gaps = [view.folded.text[e:at] for e in ends if e < at]
        if not any(g == " " or _DEAL_PARTY.fullmatch(g) for g in gaps):
            out.append(m)
    return out


def _names_deal(view: SentenceView, p: Participant) -> bool:
    """ "دعمها لمخرجات محادثات الدوحة": a capital that names talks or a deal does not act for its state."""
    if not view.contains_any(_DEAL_WORDS):
        return False
    before = view.folded.text[: view.folded_index(p.span.start)]
    return _DEAL_BEFORE.search(before[-30:]) is not None


# what a deal provides, right after it or its parties (folded): "يقضي بـ"، "ينص على"، "يمنح"، "يسمح"، "يتضمن"
_DEAL_TERMS = re.compile(r"(?<!\w)(?:يقضي|تقضي|ينص|تنص|يمنح|تمنح|يسمح|تسمح|يتضمن|تتضمن|يلزم|تلزم)(?!\w)")
_DEAL = re.compile(r"(?<!\w)(?:[وبل]|بال|لل|وال|وبال)?(?:ال)?(?:" + _taa_alt("deal_nouns") + r")(?!\w)")
_DEAL_BEFORE = re.compile(r"(?<!\w)(?:[وبل]|بال|لل|وال|وبال)?(?:ال)?(?:" + _taa_alt("deal_nouns") + r") $")
_DEAL_WORDS = tuple(w[:-1] if w.endswith("ه") else w for w in _needles("deal_nouns"))  # folded text keeps ة
# " الموقع بين "، " مع "، " بين اثيوبيا و": from a deal noun, up to one of its parties
_DEAL_PARTY = re.compile(r"(?: [^\W\d_]+){0,2} (?:مع|بين) (?:[^\W\d_]+(?: [^\W\d_]+)? و)?")


# a verb of carrying or evacuating (و/ف and a pronoun may stand before and after it), its object, then إلى
_CARRIED_TO = re.compile(
    r"(?<!\w)[وف]?(?:" + _alt("carry") + r")(?:ه|ها|هم|هما)?(?!\w)(?:\s+[^\W\d_]+){0,4}?\s+(?:الي|إلى)(?!\w)"
)
# "قبل أن ينسحبوا باتجاه"، "قبل أن يلوذ بالفرار نحو": a closing withdrawal and the way it went (folded)
_WENT_OFF_TO = re.compile(
    r"(?<!\w)قبل +ان +[يت](?:نسحب|فر|هرب|غادر|لوذ|عود|توجه)[^\W\d_]*(?: +[^\W\d_]+){0,2}? +(?:باتجاه|نحو|صوب|الي)(?!\w)"
)
# "والتوجه إلى"، "بالتوجه نحو"، "والنزوح إلى": the way those ordered to leave are sent (folded; the noun only, not
# "توجه الوزير إلى القاهرة", a visit that is where it goes)
_ORDERED_TO = re.compile(
    r"(?<!\w)[وب](?:التوجه|الانتقال|النزوح|التحرك)(?: +(?:فورا|مباشره|مباشرة))? +(?:الي|نحو|باتجاه|صوب)(?!\w)"
)
_MEANWHILE = re.compile(r"(?<!\w)(?:" + _alt("meanwhile") + r")(?!\w)")
# the other side's turn: "ومن جانبها قصفت المقاومة ..."، "وفي المقابل"، "ورداً على ذلك"
_SIDE_SWITCH = re.compile(r"(?<!\w)[وف]?(?:من +(?:جانبه|جانبها|جانبهم|جهته|جهتها|جهتهم)|في +المقابل|بالمقابل)(?!\w)")


# "على بعد 60 ميلاً بحرياً غربي مدينة الحديدة": a point that far from the place, the way maritime reports give it
_OFFSET = re.compile(
    r"(?<!\w)علي بعد (?:نحو |حوالي |قرابه |قرابة )?([0-9]+) (ميلا|ميل|اميال|كيلومترا|كيلومترات|كيلومتر|كم|كلم)"
    r"(?: بحريا| بحري| بحرية| بحريه)? (شمال|جنوب|شرق|غرب)(?:ي)?(?: (شرق|غرب)(?:ي)?)? (?:مدينه |مدينة |ميناء )?$"
)
_BEARING = {"شمال": (1.0, 0.0), "جنوب": (-1.0, 0.0), "شرق": (0.0, 1.0), "غرب": (0.0, -1.0)}


def _at_sea_offset(view: SentenceView, m: Mention) -> bool:
    """Whether `m` is the port a point at sea is told from ("على بعد 50 ميلاً بحرياً جنوب غربي مدينة عدن")."""
    start = view.folded_index(m.span.start)
    match = _OFFSET.search(view.folded.text[max(0, start - 70) : start])
    return match is not None and (match.group(2).startswith(("ميل", "اميال")) or "بحر" in match.group(0))


def _not_offset_ports(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the ports points at sea are told from (the sea, not the port, is where the story is), when the
    sentence tells such a point; nor then a ship's flag ("السفينة، التي ترفع علم باربادوس")."""
    if not any(m.place is not None and _at_sea_offset(view, m) for m in mentions):
        return mentions
    return [
        m
        for m in mentions
        if m.place is None or not (_at_sea_offset(view, m) or (m.place.kind == "country" and _after_flag(view, m.span)))
    ]


def _offset_location(view: SentenceView, m: Mention) -> dict[str, Any]:
    location = _location(m)
    start = view.folded_index(m.span.start)
    match = _OFFSET.search(view.folded.text[max(0, start - 70) : start])
    # at sea the point is the report's own ("على بعد 60 ميلاً بحرياً غربي الحديدة"); on land a coder takes the named
    # town itself ("على بعد نحو 50 كيلومتراً جنوب غرب مدينة كيسمايو"), as ACLED does with a lower precision
    if match is None or not (match.group(2).startswith(("ميل", "اميال")) or "بحر" in match.group(0)):
        return location
    km = int(match.group(1)) * (1.852 if match.group(2).startswith(("ميل", "اميال")) else 1.0)
    north, east = _BEARING[match.group(3)]
    if match.group(4):
        north, east = north + _BEARING[match.group(4)][0], east + _BEARING[match.group(4)][1]
    norm = math.hypot(north, east)
    lat = location["lat"] + km * north / norm / 111.0
    lon = location["lon"] + km * east / norm / (111.0 * max(0.1, math.cos(math.radians(location["lat"]))))
    return {**location, "kind": "region", "lat": round(lat, 2), "lon": round(lon, 2)}


# Forces named by what is hit rather than what strikes ("قواعد عسكرية أميركية", "آلية عسكرية إسرائيلية"):
# after an attack noun they are its target, never its doer (unlike "مسيرات أميركية").
_TARGET_HEADS = frozenset(fold_text(w) for w in _WORDS.words("target_heads"))

# "3 قواعد"، "ثلاث منشآت": a count of sites, perhaps named one by one afterwards
_COUNTED_SITES = re.compile(r"(?<!\w)([0-9]+|[^\W\d_]+) (?:" + _alt("counted_sites") + r")(?!\w)")


def _number_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return cues().numbers.get(fold_text(word))


# "منذ أسبوعين"، "محتجزين منذ عام 2023" (the year's word before the number the time is read from)
_SINCE_BEFORE = re.compile(r"(?<!\w)منذ(?:\s+(?:ال)?(?:عام|سن[هة]|شهر))?\s*$")


_ENDINGS = frozenset(("RETREAT", "CONCEDE"))


def _since_dated(doc: Document, view: SentenceView, when: DateOf) -> bool:
    """Whether `when` is read from a point "منذ" counts from in the sentence."""
    span = view.sentence.span
    return any(
        span.start <= int(t["start"]) < span.end
        and str(t["value"]) == when.value.isoformat()
        and since_point(doc.raw, t)
        for t in doc.times
    )


def _own_times(doc: Document, view: SentenceView) -> list[dict[str, Any]]:
    """The sentence's time expressions, but for "منذ أسبوعين" (since when a state lasts, not when the
    event happened)."""
    if view.own_times is None:
        span = view.sentence.span
        view.own_times = [
            t
            for t in doc.times
            if span.start <= int(t["start"]) < span.end
            and not fold_text(str(t["text"])).startswith("منذ")
            and not _SINCE_BEFORE.search(fold_text(doc.raw[max(0, int(t["start"]) - 12) : int(t["start"])]))
        ]
    return view.own_times


# "اعتباراً من الأحد"، "ابتداءً من الشهر المقبل"، "بدءاً من الغد": from when a thing takes effect (folded)
_FROM_ON = re.compile(r"(?<!\w)(?:اعتبارا|ابتداء|بدءا|بدء)\s+من\s*$")
# "في بيان صدر اليوم"، "في بيان صادر عن الرئاسة اليوم": when the statement came out
_ISSUED = re.compile(
    r"(?<!\w)(?:" + _alt("issued") + r")"
    r"(?: عن [^\W\d_]+(?: [^\W\d_]+)?)?\s*$"
)


def _said_then(view: SentenceView, time: dict[str, Any], t_span: Span) -> bool:
    """Whether `time` stands between commas right after a reporting verb, with the complement's إن/أن after it
    and before the trigger."""
    start, end = int(time["start"]), int(time["end"])
    verbs = [r for r in view.cues_of("reporting") if not _is_statement(r)]
    before = view.text[: start - view.start].rstrip()
    if not before.endswith("،"):
        return False
    said = view.folded_index(start)
    # the verb, then perhaps its subject ("وقالت وزارة الصحة، صباح اليوم،")
    if not any(
        said >= r.word_end
        and len(gap := view.folded.text[r.word_end : said].split()) <= 6
        and not _THAT_OR_COLON.search(" ".join(gap))
        for r in verbs
    ):
        return False
    that = _THAT_OR_COLON.match(fold_text(view.text[end - view.start : t_span.start - view.start]).lstrip("، "))
    return that is not None and that.group() != ":"


def _grievance_times_only(doc: Document, view: SentenceView) -> bool:
    """Whether the sentence's times all stand in what its protest demands or decries (past "للمطالبة"، "احتجاجاً
    على")."""
    span = view.sentence.span
    times = [t for t in doc.times if span.start <= int(t["start"]) < span.end]
    purpose = _GATHERING_PURPOSE.search(view.folded.text) if times else None
    if purpose is None:
        return False
    cut = view.raw_start(purpose.start(), purpose.end())
    return all(int(t["start"]) >= cut for t in times)


def _event_date(
    doc: Document,
    view: SentenceView,
    clause: tuple[int, int],
    t_span: Span,
    ctx: Context,
    statement: bool = False,
    known: bool = False,
) -> DateOf | None:
    """The day of the event, not of its report.

    "أعلنت الخلية، اليوم الخميس، مقتل 5 بضربات، مساء أمس الأربعاء": a date right after the
    reporting verb dates the announcement, so another one in the sentence wins. A sentence
    with no date of its own continues the story's last dated event.
    """
    span = view.sentence.span
    own = _own_times(doc, view)
    times = [t for t in own if not _later_clause_time(doc, view, t, t_span)]
    denial = _denial_clause_start(view, view.folded_index(t_span.start))
    if denial is not None:
        # "سيتوجه وفد إلى القاهرة يوم الجمعة، فيما نفت الحركة اعتقال ...": the day of the clause before "فيما"
        # dates that clause's deed, not the one denied after it
        cut = view.raw_start(denial, denial)
        times = [t for t in times if int(t["start"]) >= cut]
    # "ودعت الوزارة المزارعين إلى ...، مشيرة إلى أن الاعتداءات منذ بداية الموسم طالت": when the tally the speaker
    # adds after a pointing participle began dates no deed of the clause (art5)
    pointer = _POINTING_AFTER_COMMA.search(view.folded.text, view.folded_index(t_span.end))
    if statement:
        # "وقّعتا مذكرة تفاهم لاستئناف الرحلات اعتباراً من يوليو المقبل": the day from which what was agreed (or
        # threatened) takes effect is not the day it was agreed
        times = [
            t for t in times if not _FROM_ON.search(fold_text(doc.raw[max(0, int(t["start"]) - 16) : int(t["start"])]))
        ]
    if not own and _grievance_times_only(doc, view):
        # "للمطالبة بصرف رواتبهم المتأخرة منذ أربعة أشهر": how long the grievance has lasted dates no protest
        published = DateOf(doc.published, "week", "published") if doc.published is not None else None
        return ctx.last_date or heading_date(doc) or published
    if own and not times:
        # the sentence's only days are ahead of what its past verb tells: the story's day
        published = DateOf(doc.published, "week", "published") if doc.published is not None else None
        return ctx.last_date or heading_date(doc) or published
    occasion = _same_occasion_date(doc, view) if not times else None
    if occasion is not None:
        return occasion  # "ورفض بقائي في المؤتمر ذاته ...": the day of the conference told before (probe58)
    # "وفي اليوم التالي، اعتقلت قوة ...": the day after the story's last day, "في اليوم ذاته" that day (within
    # one sentence the time tagger counts it from the day named before it)
    last = ctx.last_date
    same = days_after_told(view.folded.text) == 0 if not times else False
    named_day = day_told_before(doc, span.start) if same else None
    if named_day is not None:
        # "ومن المقرر أن يمثل أمام قاضي التحقيق يوم الجمعة المقبل. ودعت الجبهة إلى التجمع في اليوم ذاته": the same
        # day is the last one the paragraph named, an event's or not
        last = named_day
    n = days_after_told(view.folded.text) if not times and last is not None and last.precision == "day" else None
    if last is not None and n is not None:
        return DateOf(last.value + timedelta(days=n), "day", "sentence")
    # "رداً على اغتيال القيادي ... أمس الأربعاء": a date after a reference to another event is that event's
    after_trigger = view.folded_index(t_span.end)
    reference = _reference_after(view, after_trigger)
    if reference is not None:
        cut = view.raw_start(reference, reference)
        times = [t for t in times if int(t["start"]) < cut] or times
    # "أعلنت الوزارة اليوم الأحد اعتقال ثلاثة متهمين بتنفيذ هجوم يوم الجمعة": a day right after the charge (its deed
    # in at most three words) dates the deed charged, not the arrest (with no other day, the arrest is the story's
    # day); a day further on ("متهماً بسرقة سيارات في حي الكرادة ببغداد أمس") is the arrest's
    charge = _CHARGE.search(view.folded.text, after_trigger) if times else None
    if charge is not None:
        text, end = view.folded.text, charge.end()
        # ... only a deed an event word names ("بتنفيذ هجوم"، "بقتل شاب"): a crime by its kind ("متهماً بالإرهاب فجر
        # الأحد"، "بتهريب المخدرات") happened on no one day, so the day is the arrest's
        charged = [
            t
            for t in times
            if _CHARGED_DEED.fullmatch(text, end, deed_end := view.folded_index(int(t["start"])))
            and trigger_matcher().find(text[end:deed_end])
        ]
        # "دهمت الوحدة، فجر اليوم، منزلاً وأوقفت مطلوباً بجرم إطلاق النار على دورية الشهر الماضي": with a day of its
        # own before the charge, a day anywhere past the charge dates the deed charged (probe92)
        if charge.group(0).startswith("ب") and any(view.folded_index(int(t["start"])) < charge.start() for t in times):
            charged += [t for t in times if view.folded_index(int(t["start"])) >= end and t not in charged]
        times = [t for t in times if t not in charged]
        if charged and not times:
            published = DateOf(doc.published, "week", "published") if doc.published is not None else None
            return ctx.last_date or heading_date(doc) or published
    # "أعلن بيان اليوم التوصل إلى اتفاق لإنهاء الأزمة التي اندلعت الثلاثاء": a day in a relative clause after the
    # trigger dates the thing the clause describes, not the event
    times = [t for t in times if not _relative_clause_time(view, t, t_span)] or times
    # "أفرجت الجماعة عن رهينتين كانت قد خطفتهما قبل شهرين": a day in a pluperfect clause after the trigger dates the
    # earlier deed it tells, never the event; with no other day the event is the story's (probe81)
    earlier = [t for t in times if _pluperfect_time(view, t, t_span)]
    if earlier:
        times = [t for t in times if t not in earlier]
        if not times:
            published = DateOf(doc.published, "week", "published") if doc.published is not None else None
            return ctx.last_date or heading_date(doc) or published
    if len(times) == 1:
        only = times[0]
        # "نفت القيادة، في بيان صدر اليوم، اعتقال ...": the day the statement came out, not the event's
        # (unless the statement is the event: "دعا الرئيس، في بيان صادر عن الرئاسة اليوم، ...")
        before_trigger = ctx.last_date is not None and int(only["start"]) < t_span.start and not statement
        if before_trigger and _ISSUED.search(fold_text(doc.raw[span.start : int(only["start"])])) is not None:
            return ctx.last_date
        # "قالت الوزارة، صباح اليوم، إن الغارات التي طالت الميناء أسفرت ...": a time set off by commas between a
        # reporting verb and the إن/أن is when it was said, not when an event the complement names as known (a
        # definite noun) happened ("أعلن المتحدث، اليوم، أن قواته استهدفت ...": a new deed, told the day it was done)
        if before_trigger and known and _said_then(view, only, t_span):
            return ctx.last_date
        return DateOf(date.fromisoformat(str(only["value"])), str(only["precision"]), "sentence")
    if len(times) > 1:
        reports = [view.raw_span(r.start, r.end) for r in view.cues_of("reporting", "denied", "claimed")]
        told = [
            t
            for t in times
            if not any(0 <= int(t["start"]) - r.end <= 40 and int(t["start"]) < t_span.start for r in reports)
        ]
        if told and len(told) < len(times):
            best = min(told, key=lambda t: abs(int(t["start"]) - t_span.start))
            return DateOf(date.fromisoformat(str(best["value"])), str(best["precision"]), "sentence")
    if not times and any(_state_lasted_since(view, t, t_span) for t in doc.times if isinstance(t, dict)):
        # "أفرجت ... عن مواطنين فرنسيين كانا محتجزين منذ ثلاث سنوات": how long the state the event ends lasted
        # dates no event; the release is the story's (probe98)
        published = DateOf(doc.published, "week", "published") if doc.published is not None else None
        return ctx.last_date or heading_date(doc) or published
    if not times and pointer is not None:
        cut = view.raw_start(pointer.start(), pointer.start())
        inside = [t for t in doc.times if isinstance(t, dict) and span.start <= int(t["start"]) < span.end]
        if inside and all(int(t["start"]) >= cut for t in inside):
            published = DateOf(doc.published, "week", "published") if doc.published is not None else None
            return ctx.last_date or heading_date(doc) or published
    when = date_of(doc, *_raw_clause(view, clause), near=t_span.start)
    if when is not None and when.found_in in ("paragraph", "published") and ctx.last_date is not None:
        if statement and ctx.last_date.found_in == "tally":
            # "قال الجيش إنه اعتقل خلال الليلة الماضية 40 مطلوباً ... وطالب نادي الأسير ...": a tally's day is
            # where the next incidents go on, not when a statement after it was made: the last event told's day
            return ctx.event_date or when
        return ctx.last_date
    if when is not None and when.found_in == "published":
        return heading_date(doc) or when  # "بغداد – الأحد: انفجرت عبوة ...": the dateline's (or headline's) day
    return when


# "في المؤتمر ذاته"، "في البيان نفسه"، "خلال الجلسة نفسها": an occasion of speech the story told before (folded)
_SAME_OCCASION = re.compile(
    r"(?<!\w)[وف]?(?:في|خلال)\s+ال(?P<noun>"
    + "|".join(fold_text(w) for w in ("مؤتمر", "بيان", "كلمه", "جلسه", "خطاب", "احاطه", "مقابله", "تصريحات"))
    + "|"
    + "|".join(fold_text(w) for w in ("اجتماع", "لقاء", "حوار"))
    + ")"
    r"(?:\s+ال[^\W\d_]+){0,2}\s+(?:ذاته|نفسه|ذاتها|نفسها)(?!\w)"
)
# ... and the same noun as the raw text tells it earlier ("في مؤتمره الصحافي الأسبوعي اليوم"), by its stem
_OCCASION_STEMS = {
    "مؤتمر": "مؤتمر",
    "بيان": "بيان",
    "كلمه": "كلمت?",
    "جلسه": "جلس",
    "خطاب": "خطاب",
    "احاطه": "[إا]حاط",
    "مقابله": "مقابل",
    "تصريحات": "تصريح",
    "اجتماع": "اجتماع",
    "لقاء": "لقاء",
    "حوار": "حوار",
}


_ANNOUNCED = re.compile(r"(?<!\w)[وف]?(?:" + _alt("announcing_verbs") + r")(?!\w)")


def _same_occasion_date(doc: Document, view: SentenceView) -> DateOf | None:
    """ "نفى المتحدث، في مؤتمره الصحافي الأسبوعي اليوم، تقارير عن لقاء جمع ... الأسبوع الماضي. ورفض في المؤتمر
    ذاته ...": a statement made at an occasion told before is dated by the time said of that occasion (within a few
    words after its noun), not by the older event the sentence before reported."""
    same = _SAME_OCCASION.search(view.folded.text)
    if same is None:
        return None
    start = view.sentence.span.start
    window = max(0, start - 1200)
    stem = _OCCASION_STEMS[next(k for k in _OCCASION_STEMS if fold_text(k) == same.group("noun"))]
    before = [x.span for x in doc.sentences if x.span.end <= start]
    if before and same.group("noun") == fold_text("بيان"):
        # "أعلنت منظمة أطباء بلا حدود أن فرقها ... وطالبت المنظمة، في البيان ذاته": the statement the sentence before
        # announced, named by no بيان of its own, is the one meant, not an older بيان of another speaker (probe74)
        last = doc.raw[before[-1].start : before[-1].end]
        if _ANNOUNCED.search(fold_text(last)) and not re.search(r"(?<!\w)[وفبل]?(?:ال)?" + stem, last):
            own = [t for t in doc.times if before[-1].start <= int(t["start"]) < before[-1].end]
            if own:
                return DateOf(date.fromisoformat(str(own[0]["value"])), str(own[0]["precision"]), "sentence")
            return DateOf(doc.published, "day", "published") if doc.published is not None else None
    told = list(re.finditer(r"(?<!\w)[وفبل]?(?:ال)?" + stem, doc.raw[window:start]))
    if not told:
        return None
    at = window + told[-1].start()
    near = [t for t in doc.times if at < int(t["start"]) <= at + 60 and int(t["end"]) <= start]
    if not near:
        return None
    first = min(near, key=lambda t: int(t["start"]))
    return DateOf(date.fromisoformat(str(first["value"])), str(first["precision"]), "sentence")


_CHARGED_DEED = re.compile(r" *[^\W\d_]+(?: +[^\W\d_]+){0,2} +")  # "بتنفيذ هجوم ": the deed a charge names


_RELATIVE_VERB = re.compile(r"(?<!\w)(?:التي|الذي|الذين|اللتين|اللذين) +[^\W\d_]+ +(?:[^\W\d_]+ +)?(?:يوم +)?$")


# "كانت قد خطفتهما"، "كانت قوات الدعم السريع قد سيطرت عليها": كان (its subject between) + قد + a past verb (and at
# most one word more) right before the time
_PLUPERFECT_VERB = re.compile(
    r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا|كانتا) +(?:[^\W\d_]+ +){0,4}?قد +[^\W\d_]+ +(?:[^\W\d_]+ +)?(?:يوم +)?$"
)


# "كانا محتجزين"، "كان معتقلاً لديها": كان + at most two words (its participle) right before "منذ"
_STATE_SINCE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا|كانتا) +(?:[^\W\d_]+ +){1,2}$")


def _state_lasted_since(view: SentenceView, time: dict[str, Any], t_span: Span) -> bool:
    """Whether a "منذ" time after the trigger follows a كان-clause telling a state held ("كانا محتجزين منذ")."""
    start = int(time["start"])
    if start < t_span.end or not view.start <= start < view.start + len(view.text):
        return False
    at = view.folded_index(start)
    if not view.folded.text.startswith("منذ", at):
        return False
    return _STATE_SINCE.search(view.folded.text[max(0, at - 40) : at]) is not None


def _pluperfect_time(view: SentenceView, time: dict[str, Any], t_span: Span) -> bool:
    """Whether a time after the trigger stands right after a pluperfect verb ("عن رهينتين كانت قد خطفتهما قبل
    شهرين"، "معبراً كانت قد أغلقته الأسبوع الماضي"): the clause tells an earlier deed."""
    start = int(time["start"])
    if start < t_span.end or not view.start <= start <= view.start + len(view.text):
        return False
    at = view.folded_index(start)
    lead = max(0, at - 60)
    found = _PLUPERFECT_VERB.search(view.folded.text[lead:at])
    # ("وكانت القوات قد اعتقلت أمس ثلاثة": the trigger's own pluperfect is the event's tense, its day the event's)
    return found is not None and lead + found.start() >= view.folded_index(t_span.end)


def _relative_clause_time(view: SentenceView, time: dict[str, Any], t_span: Span) -> bool:
    """Whether a time after the trigger stands right after a relative pronoun and its verb ("الأزمة التي اندلعت
    الثلاثاء"، "الهجوم الذي وقع يوم الجمعة")."""
    start = int(time["start"])
    if start < t_span.end or not view.start <= start <= view.start + len(view.text):
        return False
    at = view.folded_index(start)
    lead = max(0, at - 60)
    found = _RELATIVE_VERB.search(view.folded.text[lead:at])
    if found is None:
        return False
    # ... but "قتلوا في الغارة التي نفذت أمس": a clause that describes an event word dates that event
    noun = view.folded.text[: lead + found.start()].rstrip()
    return not any(h.word_start < len(noun) <= h.word_end for h in view.triggers)


def _later_clause_time(doc: Document, view: SentenceView, time: dict[str, Any], t_span: Span) -> bool:
    """ "اتفقا على تشكيل فريقين يبدآن اجتماعاتهما الأسبوع المقبل"، "اتفق الجانبان على عقد اجتماع الأسبوع المقبل": a
    day still ahead after a past verb dates what is yet to be done, not the deed the past verb tells."""
    if doc.published is None or int(time["start"]) < t_span.end:
        return False
    when = DateOf(date.fromisoformat(str(time["value"])), str(time["precision"]), "sentence")
    # ("اعتقلت مطلع الأسبوع" on a Monday: this week, whose Wednesday stands for it, is no day ahead)
    if when.value <= doc.published or _holds_day(when, doc.published):
        return False
    trigger = view.folded_index(t_span.start)
    word = next((w for a, b, w in view.words if a <= trigger < b), "")
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word  # "ويعقد"، "فاتفقا"
    # (a past verb may open on those letters too: "ونددت"، "تسلمت"، "سلموا" end as the past does)
    present = word[:1] in "يتنس" and not word.endswith(("ت", "وا"))
    if not word or present or any(h.word_end <= trigger for h in view.cues_of("planned")):
        return False  # the deed itself is to come ("سيلتقي"، "من المقرر أن يعقد")
    # a noun ("اجتماع الأسبوع المقبل"، "إضراباً عاماً يوم 25") takes the day after it
    hit = next((h for h in view.triggers if h.start <= trigger < h.end), None)
    raw_word = view.raw_text(view.raw_span(hit.word_start, hit.word_end)) if hit is not None else ""
    if hit is None or _is_noun(view, hit) or raw_word.endswith(("اً", "ًا")):
        return False
    # ... and the day belongs to what the past verb governs: "على" or "إلى" and a noun, a present verb, "لـ" and a noun
    between = view.folded.text[hit.word_end : view.folded_index(int(time["start"]))].split()
    return any(
        w in ("علي", "الي") or (len(w) >= 4 and w[:1] in "يتل" and not w.startswith(("يوم", "تاريخ"))) for w in between
    )


def _receivers_where_given(giver: Participant, receivers: Participant, places: Sequence[Mention]) -> Participant:
    """Unnamed people given aid ("رواتب الموظفين في سوريا") are of the country it is given in, not the giver's."""
    if receivers.named or receivers.role != "civilians" or receivers.country != giver.country or _stateless(receivers):
        return receivers
    where = next((iso3(m.place.country) for m in places if m.place is not None), None)
    return _but(receivers, country=where) if where is not None and where != giver.country else receivers


# "مقدمة من"، "مرسلة من"، "بتمويل من": the giver after an aid word ("قافلة مساعدات مقدمة من برنامج الأغذية")
# ... or in a relative clause ("المساعدات التي أرسلتها الكويت"، "القافلة التي سيرتها الإمارات", probe25)
_GIVEN_BY = re.compile(
    r"(?:[وب]?(?:ال)?(?:مقدم[هة]?|مرسل[هة]?|مهدا[هة]|هدي[هة]|تبرع|تمويل|ممول[هة]?) من"
    r"|(?:التي|الذي) +(?:ارسلت|ارسل|قدمت|قدم|سيرت|سير|بعثت|بعث|تبرعت|تبرع)(?:ها|ه|هم|هما)?(?: +بها| +به)?) +"
)
_GIVER_REACH = 30  # characters after the aid word in which the giving phrase may start


def _aid_giver(view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]) -> Participant | None:
    text = view.folded.text
    found = re.compile(r"(?<!\w)" + _GIVEN_BY.pattern).search(text, hit.word_end, hit.word_end + _GIVER_REACH)
    if found is None:
        return None
    giver = _participant_after(view, found.start(), _GIVEN_BY, participants, 2)
    if giver is not None:
        return giver
    # "مرسلة من المملكة العربية السعودية": a country named there gives as a state
    at = view.raw_start(found.end(), found.end())
    for m in view.mentions:
        if 0 <= m.span.start - at <= 2 and m.place is not None and m.place.kind == "country" and m.actor is not None:
            return Participant(m.span, m.text, m.actor.canonical, m.actor.country, "government", state=True)
    return None


# A light-verb phrase read across a time aside ("أطلقت جماعة الحوثي، اليوم الأربعاء، سراح"، "أرسلت الولايات المتحدة،
# مساء أمس، حاملة طائرات") is kept for the moves, gifts and statements; an attack's or an arrest's phrase would
# swallow its doer ("أطلق قناص حوثي، ظهر اليوم، النار") and the words their own rules read across asides
# ("فككت الفرق الهندسية، اليوم الأحد، عبوتين ناسفتين"، "قضت المحكمة، اليوم، بالسجن المؤبد"); so would blame,
# which the blame rule reads ("حمّل الناطق، في بيان، قوات التحالف مسؤولية")
_ASIDE_HANDLED = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
# probe25: closing a crossing or an office has no doer to swallow ("أغلقت السلطات العراقية، اليوم، منفذ زرباطية");
# s14: ground taken reads its doer inside the phrase ("سيطر الجيش السوداني، اليوم الأحد، على مدينة سنجة", as without
# the aside)
_ASIDE_CLOSURES = frozenset({"closure_ban", "office_closure"}) | _TERRITORY_TRIGGERS
# probe40: nor has a cell dismantled ("فككت المصالح الأمنية المغربية، أمس، خلية إرهابية"): the doer stands before the
# aside and is read as the verb's subject; s15: nor a boat stopped ("اعترض خفر السواحل، فجر أمس، قارباً"), nor
# arms seized ("أن دورية لخفر السواحل ضبطت، فجر أمس، شحنة أسلحة مهربة"); probe99: nor a ship or a tanker seized
# ("احتجزت البحرية الإيرانية، أمس، ناقلة نفط"، "استولت قوة، اليوم، على سفينة") nor a detention ordered ("أمرت
# النيابة، أمس، بحبس صحفي")
_ASIDE_CELLS = frozenset(
    {"apprehension", "boat_interception", "weapons_disrupted", "vessel_seizure", "detention_order"}
)
_ASIDE_COMMA = re.compile("[،,]")


def _without_suspended_aid(hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """ "تعليق مساعداتها العسكرية للجيش": aid that a cut or a suspension starts on is what was cut (SANCTION), no aid
    given, however far its own phrase runs on (probe25)."""
    cuts = [h for h in hits if h.values[0].id == "reduce_relations"]
    if not cuts:
        return hits
    return [
        h
        for h in hits
        if h.values[0].plover != "AID" or not any(c.start < h.start < c.end and h.end > c.end for c in cuts)
    ]


def _aside_fits(folded: str, hit: Hit[Trigger]) -> bool:
    trigger = hit.values[0]
    first_end = folded.find(" ", hit.start, hit.end)
    if first_end > 0 and _ASIDE_COMMA.match(folded, first_end - 1):
        # an aside right after the phrase's first word ("ضبطت، فجر أمس، شحنة أسلحة"): only for the steps whose
        # doer stands before the verb; elsewhere the phrase's noun alone is read ("وصلت، صباح اليوم، قافلة مساعدات
        # إماراتية": the aid's giver is its adjective)
        return trigger.id in _ASIDE_CLOSURES or _aside_seizure(hit)
    return (
        trigger.plover not in _ASIDE_HANDLED
        or trigger.id in _ASIDE_CLOSURES
        or (trigger.id in _ASIDE_CELLS and (trigger.id != "weapons_disrupted" or _aside_seizure(hit)))
        or _ASIDE_COMMA.search(folded, hit.start, hit.end) is None
    )


# arms seized or defused across an aside ("ضبطت، فجر أمس، شحنة أسلحة"); not an attack foiled ("أحبطت القوات، فجر
# اليوم، هجوماً": a battle the attacked side repelled)
_SEIZING_VERBS = frozenset(
    fold_text(w)
    for w in ("ضبط", "ضبطت", "ضبطوا", "صادر", "صادرت", "صادروا", "فكك", "فككت", "فككوا", "اعترض", "اعترضت", "اعترضوا")
)


def _aside_seizure(hit: Hit[Trigger]) -> bool:
    return hit.values[0].id in _ASIDE_CELLS and hit.key.split(" ")[0] in _SEIZING_VERBS


def _recognised_state(view: SentenceView, t_span: Span) -> Participant | None:
    """The state a recognition names at its end ("اعترافها رسمياً بدولة فلسطين": the trigger runs into the name):
    its government is whom the recognition is given, and it is no place of the event (probe25)."""
    for m in view.mentions:
        if m.actor is None or m.place is None or m.place.kind != "country":
            continue
        if m.span.end >= t_span.end and m.span.start <= t_span.end + 2:
            return Participant(m.span, m.text, m.actor.canonical, m.actor.country, "government", state=True)
    return None


def _host_state(view: SentenceView, t_span: Span, recalled: bool = False) -> Participant | None:
    hosts = ("لدي", "في", "من") if recalled else ("لدي", "في")
    for m in view.mentions:
        if not 0 <= m.span.start - t_span.end <= 20 or m.place is None:
            continue
        if view.previous_word(view.folded_index(m.span.start)) not in hosts:
            return None
        capital = _capital_named(m)
        if capital is not None:
            return Participant(m.span, m.text, None, capital, "government", state=True, head="capital")
        if m.actor is not None and m.place.kind == "country":
            return Participant(m.span, m.text, m.actor.canonical, m.actor.country, "government", state=True)
        return None
    return None


_ARMED_WHEN_VIOLENT = frozenset(_WORDS.words("armed_when_violent"))
# "كانت تابعة لـ"، "كانت تستخدمها"، "التابعة سابقاً لـ": a site's former owner, right before the owner's name
_FORMERLY_OWNED = re.compile(
    r"(?<!\w)(?:كانت? +(?:تابع[هة]?|تستخدمه?ا?|يستخدمه?ا?)|(?:ال)?تابع[هة]? +سابقا) +(?:ل|لل)?$"
)


def _armed_when_violent(p: Participant) -> bool:
    words = fold_text(p.text).split()
    return bool(words) and words[0] in _ARMED_WHEN_VIOLENT


def _own_envoy(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "استدعت سفيرها لدى إسرائيل"، "استدعاء السفير للتشاور": the envoy summoned is the state's own (a recall)."""
    text = view.folded.text
    end = text.find(" ", hit.end - 1)
    word = text[text.rfind(" ", 0, hit.end - 1) + 1 : end if end >= 0 else len(text)].rstrip("،,.")
    # folded text keeps ة, so "سفيره" (his) is not "سفيرة" (a woman ambassador)
    return word.endswith(("ها", "ه", "هم", "هما", "نا")) or "للتشاور" in text[hit.end : hit.end + 60]


_REFERENCE_FORMS = _with_conjunction(_REFERENCE_BEFORE)
# the words of folded text whose ة -> ه spelling is one of _REFERENCE_FORMS (a form spelt with ة is none)
_REFERENCE_SPELLINGS = _taa_spellings(f for f in _REFERENCE_FORMS if "ة" not in f)


def _reference_after(view: SentenceView, at: int) -> int | None:
    """The folded start of the first word from `at` on (the rest of a word `at` cuts counts as one) that
    _REFERENCE_BEFORE holds, behind و/ف."""
    starts = view._starts()
    i = bisect_left(starts, at)
    if i > 0:
        a, b, word = view.words[i - 1]
        if b > at and _unclitic(word[at - a :]) in _REFERENCE_BEFORE:
            return at
    if view.references is None:
        # a word of folded text folds further only by ة -> ه, so _unclitic(word) is in _REFERENCE_BEFORE exactly
        # when that spelling is one of _REFERENCE_FORMS
        forms = _REFERENCE_SPELLINGS
        view.references = [a for a, _, word in view.words if word in forms]
    j = bisect_left(view.references, starts[i]) if i < len(starts) else len(view.references)
    return view.references[j] if j < len(view.references) else None


def _raw_clause(view: SentenceView, clause: tuple[int, int]) -> tuple[int, int]:
    span = view.raw_span(*clause) if clause[1] > clause[0] else view.sentence.span
    return span.start, span.end


_PHRASE_STOPS = _taa_spellings(fold_text(w) for w in _WORDS.words("phrase_stops"))
_TIME_WORDS = _taa_spellings(fold_text(w) for w in _WORDS.words("time_words"))
_CROWDS = _taa_spellings(fold_text(w) for w in _WORDS.words("crowds"))
_PHRASE_WORDS = 3  # "مئات المحاضرين المجانيين"، "موظفو وزارة الصحة"


def _phrase_from(view: SentenceView, index: int, clitic: int = 0) -> tuple[int, int] | None:
    """The folded [start, end) of the noun phrase that starts with word `index` (less a proclitic of `clitic`
    letters): up to three words, ending before punctuation, a preposition or time word, a word with بـ, or a place."""
    places = [m.span for m in view.mentions if m.place is not None]
    first = last = None
    for a, b, word in view.words[index : index + _PHRASE_WORDS]:
        if first is None:
            a, word = a + clitic, word[clitic:]
        elif view.folded.text[last or a : a].strip():
            break
        if word in _PHRASE_STOPS or word in _TIME_WORDS or word[:1] == "ب" or word.endswith("وا"):
            break
        if any(_overlaps(view.raw_span(a, b), p) for p in places):
            break
        first = a if first is None else first
        last = b
    return None if first is None or last is None else (first, last)


# "وقفة احتجاجية نظمها ..."، "اعتصاماً نفذه العشرات": the organisers named after a protest noun (folded)
_ORGANISED_BY = frozenset({"نظمها", "نظمتها", "نظمه", "نظمته", "تنظمها", "ينظمها", "نفذه", "نفذها", "نفذته", "نفذتها"})
_STAGING_VERBS = _with_conjunction(_WORDS.words("staging_verbs"))
# the words a staging verb may stand before its protest noun: its subject (three words), where it is and a time
# aside ("نفّذ عمال مصنع الحديد والصلب في حلوان، اليوم الأحد، إضراباً"; probe54)
_STAGING_REACH = 10


def _stager(view: SentenceView, hit: Hit[Trigger]) -> tuple[int, int] | None:
    """ "نفذ أعوان الصحة، اليوم، إضراباً"، "ونظمت الكونفدرالية الديمقراطية للشغل وقفة": the subject of the verb of
    staging (its own word in the trigger phrase, "نظمت ... وقفة", or a few words before the noun) up to the noun."""
    starts = view._starts()
    i = bisect_left(starts, hit.word_start)
    noun_at = hit.word_start
    if view.words[i][2] in _STAGING_VERBS:
        # the phrase's first word past the verb and the gap: its last words are the key's, which stand together
        # ("أضرم شبان غاضبون النار في إطارات": the subject ends before النار; probe86)
        inside = [a for a, b, _ in view.words if hit.start < a and b <= hit.end]
        tail = len(hit.key.split(" ")) - 1
        noun_at = inside[-tail] if tail and len(inside) >= tail else hit.start
        i += 1
    # ... the time aside's words not counted ("نفذ عمال وحدات الإنتاج بالمتلوي وأم العرائس، أمس الأول الثلاثاء،
    # إضراباً": two towns and a three-word time)
    reach = _STAGING_REACH
    for j in range(i - 1, -1, -1):
        if reach <= 0:
            break
        reach -= view.words[j][2] not in _TIME_WORDS
        if view.words[j][2] in _STAGING_VERBS:
            phrase = _phrase_from(view, j + 1) if j + 1 < len(view.words) else None
            if phrase is None or phrase[0] >= noun_at:
                return None
            at = view.raw_start(*phrase)
            named = [m.span for m in view.mentions if m.type == "ORG" and m.span.start == at]
            if named and view.folded_index(named[0].end) <= noun_at:
                # "نظمت النقابة الوطنية للتعليم العالي وقفة": a named body, whole
                return phrase[0], view.folded_index(named[0].end)
            # "نفذ عمال الموانئ إضراباً": the subject ends before the noun
            ends = [b for _, b, _ in view.words if phrase[0] < b <= min(phrase[1], noun_at)]
            return (phrase[0], ends[-1]) if ends else None
    return None


def _protesters(
    view: SentenceView, hit: Hit[Trigger], participants: list[Participant], home: str | None
) -> Participant:
    """Who protests: named protesters, else the noun phrase after the verb ("تظاهر المئات أمس": past any times
    before it), after a protest noun with لـ ("تظاهرة لمئات الخريجين") or the crowd counted before it ("نظم
    عشرات الصحافيين وقفة احتجاجية"), as protesters."""
    named = [p for p in participants if p.role == "protesters"]
    if named:
        return named[0]
    # "اقتحم عشرات المودعين": the crowd counted inside the trigger's own words, which end on it (not "نظم عشرات
    # الصحافيين وقفة", whose crowd the code below reads)
    key = hit.key.split(" ")
    inside = len(key) == 3 and key[1] in _CROWDS
    crowd_at = next((a for a, b, w in view.words if hit.start < a and b <= hit.end and w in _CROWDS), None)
    if inside and crowd_at is not None:
        span = view.raw_span(crowd_at, hit.end)
        return Participant(span, view.raw_text(span), None, home, "protesters", named=False)
    if len(key) == 2 and key[1] in _CROWDS and crowd_at is not None:
        # "تجمع عشرات المواطنين أمام البرلمان": the crowd the trigger ends on and whom it counts after it (probe54)
        counted = _phrase_from(view, bisect_left(view._starts(), crowd_at))
        if counted is not None:
            span = view.raw_span(*counted)
            return Participant(span, view.raw_text(span), None, home, "protesters", named=False)
    if len(key) == 2 and key[1] not in _CROWDS and crowd_at is not None and len(view.words) > 0:
        # "قطع عشرات المواطنين، صباح اليوم، الطريق الرئيسي": a verb its subject stands inside, before its object; the
        # crowd is that subject, not what follows the object (art5)
        subject = _phrase_from(view, bisect_left(view._starts(), crowd_at))
        # (the crowd ends before the trigger's last word: "نظم عشرات الصحفيين وقفة" is read below)
        object_at = view.folded.text.rfind(" ", hit.start, hit.end) + 1
        if subject is not None and subject[1] < object_at:
            span = view.raw_span(*subject)
            return Participant(span, view.raw_text(span), None, home, "protesters", named=False)
    if len(key) >= 2 and key[0].endswith(("وا", "ون")):
        # "قال إن الأهالي قطعوا الطريق"، "إن أبناء القبائل سيغلقون الطريق المؤدي": a plural verb with its object
        # follows its subject; what stands after the object is no crowd
        return _subject_before(view, hit, participants, home)
    last = hit.key.split(" ")[-1]
    # "وقفة احتجاجية"، "تظاهرات"، "نظم ... وقفة": a protest noun, not a verb ("تظاهر"، "اعتصموا")
    # ... also one in the accusative ("نفذ عشرات المواطنين اعتصاماً"، "إضراباً": افتعالاً, not a dual verb اعتصما)
    # ... its first word too, before an adjective ("إضراباً عاماً")
    first = hit.key.split(" ")[0]
    noun = (
        _is_noun(view, hit)
        or last.endswith(("ه", "ات"))
        or any(len(w) >= 6 and w[-1] == w[-3] == "ا" for w in (first, last))
    )
    # ... or one its adjective follows ("تجمع عمالي"، "تجمعاً احتجاجياً": not the verb "تجمع")
    noun = noun or (last != hit.key and last.endswith(("ي", "يا")))
    last_start = view.folded.text.rfind(" ", hit.start, hit.end) + 1 or hit.start
    i = bisect_left(view._starts(), hit.end)
    # past the noun's adjectives ("تظاهرات غاضبة"), or the times after a verb ("تظاهر، مساء أمس، المئات")
    k = i
    while k < len(view.words) and k - i < 4:
        word = view.words[k][2]
        if not (word.endswith("ة") and word[:1] != "ل" if noun else word in _TIME_WORDS):
            break
        k += 1
    phrase = None
    if k < len(view.words):
        word = view.words[k][2]
        if noun and word[:1] == "ل" and word[1:] in _CROWDS:
            phrase = _phrase_from(view, k, 1)  # "تظاهرة لمئات الخريجين"
        elif noun and word in _ORGANISED_BY and k + 1 < len(view.words):
            phrase = _phrase_from(view, k + 1)  # "وقفة احتجاجية نظمها مئات الأساتذة": who organised it
        elif not noun:
            # "أطلقت قوات الاحتلال الرصاص ... على شبان": force used on protesters names them after على
            trigger_acled = hit.values[0].acled
            force = trigger_acled is not None and trigger_acled[1] != "Peaceful protest" and word in ("علي", "ضد")
            phrase = _phrase_from(view, k + 1 if force else k)
    if phrase is None and noun:
        phrase = _stager(view, hit)
    if phrase is None and noun:
        # "نظم عشرات الصحافيين والناشطين وقفة احتجاجية": the crowd counted before the noun
        crowd = [
            j
            for j, (_, b, w) in enumerate(view.words)
            if b <= last_start and (w in _CROWDS or (w[:1] in ("و", "ل") and w[1:] in _CROWDS))
        ]
        if crowd:
            j = crowd[-1]
            phrase = _phrase_from(view, j, 0 if view.words[j][2] in _CROWDS else 1)
            if phrase is not None and phrase[1] > last_start:
                # "نظم عشرات الصحفيين وقفة": the crowd ends before the protest noun
                end = phrase[0] + len(view.folded.text[phrase[0] : last_start].rstrip())
                phrase = (phrase[0], end) if end > phrase[0] else None
    if phrase is None and hit.values[0].id == "violent_demonstration":
        # "قطع الأهالي الطريق بالإطارات المشتعلة": the tyres are the means; people named before them did it
        t_start = view.raw_span(hit.start, hit.end).start
        people = [p for p in participants if p.role == "civilians" and p.span.end <= t_start]
        if people:
            return _but(people[-1], role="protesters")
    span = view.raw_span(*phrase) if phrase is not None else view.raw_span(hit.word_start, hit.word_end)
    return Participant(span, view.raw_text(span), None, home, "protesters", named=False)


def _subject_before(
    view: SentenceView, hit: Hit[Trigger], participants: list[Participant], home: str | None
) -> Participant:
    """The crowd before a plural verb: the people named last before it, else the words between the "that" (إن،
    أن) it follows and the verb ("إن أبناء القبائل في المنطقة سيغلقون"), else the verb's own words."""
    t_start = view.raw_span(hit.start, hit.end).start
    people = [p for p in participants if p.role in ("civilians", "protesters") and p.span.end <= t_start]
    if people:
        return _but(people[-1], role="protesters")
    that = [m for m in _THAT_PRONOUN.finditer(view.folded.text, max(0, hit.word_start - 60), hit.word_start)]
    if that and that[-1].group(0) in ("ان", "بان"):
        between = view.folded.text[that[-1].end() : hit.word_start].strip()
        if between and len(between.split()) <= 5 and not _PHRASE_END.search(between):
            a = that[-1].end() + view.folded.text[that[-1].end() :].find(between)
            span = view.raw_span(a, a + len(between))
            return Participant(span, view.raw_text(span), None, home, "protesters", named=False)
    span = view.raw_span(hit.word_start, hit.word_end)
    return Participant(span, view.raw_text(span), None, home, "protesters", named=False)


# "قبل أن تتدخل قوات مكافحة الشغب لتفريقهم": the force that breaks up a protest is its other side.
_INTERVENE = re.compile(r"(?<!\w)[وف]?(?:" + _alt("intervene") + "|(?:" + _alt("intervene_stems") + r")\w*)(?!\w)")


def _told_protest_broken_up(view: SentenceView, events: list[dict[str, Any]], participants: list[Participant]) -> bool:
    """ "نظم العشرات وقفة احتجاجية ..." then "وفرّقت قوات الأمن المحتجين بالقوة": the protest just told was one with
    intervention, by those forces (ACLED codes one event; the sentence telling the break-up adds none)."""
    told = next((e for e in reversed(events[-3:]) if e["plover"] == "PROTEST"), None)
    if told is None or told["modality"] != "asserted" or told["acled"] != ["Protests", "Peaceful protest"]:
        return False
    verb = (
        _DISPERSE.search(view.folded.text)
        or _DISPERSED_THEM.search(view.folded.text)
        or _DISPERSING.search(view.folded.text)  # "أطلقت الغاز المسيل للدموع لتفريق المحتجين" (probe54)
    )
    if verb is None:
        return False
    if verb.re is _DISPERSING and any(v.plover == "ASSAULT" for h in view.triggers for v in h.values):
        return False  # "أطلقت القوات الأمنية الرصاص الحي لتفريق المتظاهرين": live fire, an event of its own
    object_ = _DISPERSED.search(view.folded.text, verb.end(), verb.end() + 120)
    them = verb.re is _DISPERSED_THEM  # "وأطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم": the protesters just told
    if not them and (object_ is None or not object_.group().startswith("ال")):
        return False  # "فرّقت مسيرة أخرى": another protest
    told["acled"] = ["Protests", "Protest with intervention"]
    if any(w[2] in _RIOT_WORDS for w in view.words):
        # "لتفريق المحتجين الذين رشقوها بالحجارة": the protesters' stones make it a violent demonstration (probe54)
        told["acled"] = ["Riots", "Violent demonstration"]
    at = view.raw_span(verb.start(), verb.end())
    forces = [p for p in participants if p.role in ("police", "military") and abs(p.span.start - at.end) <= 30]
    # ... or the force that fired the gas before the verbal noun ("أطلقت قوات الأمن الغاز ... لتفريق المحتجين")
    forces = forces or [
        p for p in participants if p.role in ("police", "military") and 0 <= at.start - p.span.end <= 60
    ]
    if forces and told["actor2"] is None:
        told["actor2"] = forces[0].record()
    return True


_TOLD_PROTESTERS = re.compile(r"(?<!\w)[وف]?(?:المحتجون|المحتجين|المتظاهرون|المتظاهرين|المعتصمون|المعتصمين)(?!\w)")


def _told_protest_rioted(view: SentenceView, events: list[dict[str, Any]]) -> None:
    """ "خرج مئات في مسيرة ..." then "ورشق المحتجون قوات الأمن بالحجارة": the protesters just told, throwing stones or
    fire bombs or rioting, made the told protest a violent demonstration (ACLED codes one event; probe54)."""
    told = next((e for e in reversed(events[-3:]) if e["plover"] == "PROTEST"), None)
    if told is None or told["modality"] != "asserted" or told["acled"] == ["Riots", "Violent demonstration"]:
        return
    if not _TOLD_PROTESTERS.search(view.folded.text) or not _rioting(view):
        return
    told["acled"] = ["Riots", "Violent demonstration"]


_INTERVENED = re.compile(r"(?<!\w)[وف]?(?:تدخل|تدخلت)(?!\w)")
# "أطلقت الغاز المسيل للدموع لتفريق المحتجين": the verbal noun of the purpose, and the people of the told protest
_DISPERSING = re.compile(r"(?<!\w)ل(?:تفريق|فض) +(?=(?:المحتجين|المتظاهرين|المعتصمين|المشاركين)(?!\w))")
_DISPERSED_THEM = re.compile(r"(?<!\w)[وفل]?(?:تفريق|فرقت|فرقوا|فض|فضت)(?:هم|هن)(?!\w)")
# ... and in the sentence of the protest itself, a present verb too ("قبل أن تفرقهم قوات الأمن")
_DISPERSED_OWN = re.compile(r"(?<!\w)[وفل]?(?:تفريق|فرقت|فرقوا|فض|فضت|[يت]فرق|[يت]فض)(?:هم|هن)(?!\w)")


_UNDONE = frozenset({"عدم", "لم", "لن", "دون", "ولم", "ولن"})


def _own_protest_broken_up(view: SentenceView, found: list[dict[str, Any]], participants: list[Participant]) -> None:
    """ "تظاهر العشرات أمام مقر الأمم المتحدة، قبل أن تفرقهم القوى الأمنية": the sentence's own protest, broken up by
    a dispersal whose pronoun stands for its protesters, was one with intervention (probe105)."""
    protest = next((e for e in found if e["plover"] == "PROTEST"), None)
    if protest is None or protest["modality"] != "asserted" or protest["acled"] != ["Protests", "Peaceful protest"]:
        return
    verb = _DISPERSED_OWN.search(view.folded.text, view.folded_index(protest["trigger"]["end"]))
    before = view.previous_word(verb.start()) if verb is not None else ""
    if verb is None or before in _UNDONE or before[1:] in _UNDONE or _rioting(view):
        return  # (not "دعوا إلى عدم تفريقهم"، "لم تفرقهم")
    protest["acled"] = ["Protests", "Protest with intervention"]
    at = view.raw_span(verb.start(), verb.end())
    forces = [p for p in participants if p.role in ("police", "military") and abs(p.span.start - at.end) <= 30]
    if forces and protest["actor2"] is None:
        protest["actor2"] = forces[0].record()


def _told_protest_intervened(
    view: SentenceView, events: list[dict[str, Any]], participants: list[Participant], found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """ "أغلق عشرات المحتجين بوابة الحقل" then "وتدخلت قوة من الشرطة لفتح البوابة، ما أدى إلى مناوشات أسفرت عن إصابة
    ثلاثة محتجين": the police stepped into the protest just told, which was one with intervention, by them, with
    the protesters hurt as its toll; the scuffle is no fight of its own."""
    told = next((e for e in reversed(events[-3:]) if e["plover"] == "PROTEST"), None)
    if told is None or told["modality"] != "asserted" or told["acled"] != ["Protests", "Peaceful protest"]:
        return found
    if any(e["plover"] == "PROTEST" and e["modality"] == "asserted" for e in found):
        return found  # "وتدخلت وحدات من الحرس لفض اعتصام مماثل": the sentence's own protest is the one stepped into
    verb = _INTERVENED.search(view.folded.text)
    if verb is None:
        return found
    at = view.raw_span(verb.start(), verb.end())
    forces = [p for p in participants if p.role in ("police", "military") and 0 <= p.span.start - at.end <= 30]
    if not forces:
        return found
    told["acled"] = ["Protests", "Protest with intervention"]
    told["actor2"] = told["actor2"] or forces[0].record()
    hurt = [e for e in found if e["plover"] == "ASSAULT" and (e["actor2"] or {}).get("role") == "protesters"]
    for e in hurt:
        for key in ("fatalities", "injuries", "casualty_text"):
            told[key] = told[key] or e[key]
    return [e for e in found if e not in hurt]


_BROKEN_UP = (["Protests", "Protest with intervention"], ["Riots", "Violent demonstration"])
_NEGATIONS = frozenset({"لم", "لن", "ولم", "ولن", "ما"})
_ARREST_KEY = fold_text("اعتقلت")
_ARREST_VERB = re.compile(r"(?:اعتقل|اوقف|احتجز|القت قبض|القي قبض)")
_NEXT_CLAUSE = re.compile(r"[،,] *(?:و|ف)|(?<!\w)و(?=[^\W_]{3,})")


_AMID = re.compile(r"(?<!\w)(?:بين|وسط)(?: +(?:عناصر|صفوف|جنود|افراد)(?: +من)?)? *$")
_BOMBS = frozenset(
    {
        ("Explosions/Remote violence", "Suicide bomb"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    }
)
# "وقتلت ستة منهم"، "واعتقلت اثنين منهم": a second verb whose object is a count "of them", past a place aside
_OF_THEM = re.compile(
    r"(?: +(?:في|قرب|داخل|عند)(?: +[^\W\d_]+){1,3})?[\s،,]*و[^\W\d_]+(?: +علي)? +(?:[0-9]+|[^\W\d_]+) +منهم(?!\w)"
)
_ATTACKERS = frozenset("ال" + w for w in _WORDS.words("attacker_dead"))


def _counted_of_them(view: SentenceView, kept: Sequence[Participant], home: str | None) -> Participant | None:
    """ "تعقبت المهاجمين وقتلت ستة منهم"، "طاردت المسلحين في منطقة الرويشد واعتقلت ثلاثة منهم": the object of the first
    verb (right before "و" and the verb of the count, past a place aside), of whom the count is; armed men unnamed
    ("المهاجمين") are an armed group."""
    text = view.folded.text
    for word in _NEXT_WORD.finditer(text):
        if _OF_THEM.match(text, word.end()) is None:
            continue
        span = view.raw_span(word.start(1), word.end(1))
        named = next((p for p in kept if p.span.end == span.end), None)
        if named is not None:
            return named
        if word.group(1) in _ATTACKERS:
            return Participant(span, view.raw_text(span), None, home, "armed_group", False, word.group(1))
    return None


def _arrests_after_told_protest(
    doc: Document,
    view: SentenceView,
    ctx: Context,
    events: list[dict[str, Any]],
    found: list[dict[str, Any]],
    broken_up: bool,
) -> list[dict[str, Any]]:
    """ "وأضافت المديرية أن قوات الدرك فرقت المحتجين بالغاز، وأنها أوقفت 12 شخصاً": the break-up (or the stones)
    belong to the protest just told; the arrests a later clause adds are an event of their own (probe60; dev-005
    codes protesters' arrests apart from their protest)."""
    told = next((e for e in reversed(events[-3:]) if e["plover"] == "PROTEST"), None)
    if told is None or told["modality"] != "asserted" or any(e["plover"] != "PROTEST" for e in found):
        return found
    if not found and not broken_up and not any(h.values[0].plover == "PROTEST" for h in view.triggers):
        return found  # ("ورشق المحتجون القوات الأمنية بالحجارة، فيما اعتقلت القوات ستة منهم": the told protest rioted)
    told_places = {loc["canonical"] for loc in told["locations"]}
    for e in found:
        if e["date"] != told["date"] or {loc["canonical"] for loc in e["locations"]} - told_places:
            return found  # another day's or another town's protest
    protest_ends = [h.end for h in view.triggers if h.values[0].plover == "PROTEST"]
    dispersed = _DISPERSE.search(view.folded.text) or _DISPERSED_THEM.search(view.folded.text)
    if dispersed is not None:
        protest_ends.append(dispersed.end())  # "فرقت التجمع": a break-up no trigger names
    if not protest_ends:
        return found
    first = min(protest_ends)
    # "واعتقلت خمسة من المحتجين" reads as the protest broken up (one trigger); after the break-up told it is the
    # arrest
    arrest_values = _fixed_trigger(_ARREST_KEY)
    hits = [
        h._replace(values=arrest_values, key=_ARREST_KEY)
        if h.values[0].id == _INTERVENTION and _ARREST_VERB.match(h.key)
        else h
        for h in view.triggers
    ]
    later = [
        h
        for h in hits
        if h.values[0].acled == _ARRESTS
        and h.word_start > first
        and view.previous_word(h.word_start) not in _NEGATIONS  # "وبأنها لم تعتقل أحداً": none made
        and _NEXT_CLAUSE.search(view.folded.text, first, h.word_start + 1) is not None
    ]
    if not later:
        return found
    kept = view.triggers
    view.triggers = later
    arrests = [e for e in _sentence_events(doc, view, ctx) if not _nobodys(e)]
    view.triggers = kept
    # "أن قوات الدرك فرقت المحتجين بالغاز، وأنها أوقفت 12 شخصاً": the second clause's pronoun is the force of the
    # first, not the protesters it names last
    at = view.raw_start(later[0].word_start, later[0].word_start)
    forces = [p for p in ctx.participants if p.role in ("police", "military") and p.span.end <= at]
    for e in arrests:
        if (e["actor1"] or {}).get("role") not in ("police", "military", "government"):
            if forces:
                e["actor1"] = forces[-1].record()
            elif (told["actor2"] or {}).get("role") in ("police", "military"):
                e["actor1"] = dict(told["actor2"])
        held = e["actor2"] or {}
        if held.get("role") in ("police", "military", None) and told["actor1"] is not None:
            # "فيما اعتقلت القوات ستة منهم": those held are of the told protesters, not the forces
            e["actor2"] = dict(told["actor1"])
        elif held.get("role") == "civilians" and told["actor1"] is not None:
            # "وأنها أوقفت 12 شخصاً": people held at the told protest are of its protesters (as heldout7 codes them)
            e["actor2"] = {**held, "role": "protesters", "country": told["actor1"]["country"]}
    return arrests or found


def _told_protest_hurt(events: list[dict[str, Any]], found: list[dict[str, Any]], since: int) -> list[dict[str, Any]]:
    """ "فرّقت الشرطة تظاهرة للعاطلين" or "أحرق محتجون إطارات" then "وأصيب سبعة محتجين": a toll told with no doer,
    right after a protest broken up or a riot with none, is that protest's toll, no attack of its own (a death at a
    protest broken up stays excessive force)."""
    told = next((e for e in reversed(events[-3:]) if e["plover"] == "PROTEST"), None)
    if told is None or told["start"] < since or told["modality"] != "asserted" or told["acled"] not in _BROKEN_UP:
        return found
    if told["fatalities"] is not None or told["injuries"] is not None or len(found) != 1:
        return found
    hurt = found[0]
    places = {loc["canonical"] for loc in hurt["locations"]}
    if (
        hurt["plover"] != "ASSAULT"
        or fold_text(hurt["trigger"]["text"]) not in fold_text(hurt["casualty_text"])  # not "في هجوم مسلح"
        or hurt["actor1"] is not None
        or hurt["modality"] != "asserted"
        or (hurt["fatalities"] is None and hurt["injuries"] is None)
        or (hurt["fatalities"] is not None and told["acled"] == _BROKEN_UP[0])
        or (hurt["actor2"] or {}).get("role") not in (None, "protesters", "police", "civilians")
        or not places <= {loc["canonical"] for loc in told["locations"]}
    ):
        return found
    for key in ("fatalities", "injuries", "casualty_text"):
        told[key] = hurt[key]
    return []


def _dispersers(view: SentenceView, hit: Hit[Trigger], participants: list[Participant]) -> Participant | None:
    # "فرّقت قوات الأمن، أمس السبت، وقفة احتجاجية"، "أوقفت مصالح الأمن، أمس الجمعة، عشرات الناشطين خلال مسيرة":
    # the verb may stand a little before the protest word
    for match in _INTERVENE.finditer(view.folded.text, max(0, hit.word_start - 90)):
        at = view.raw_span(match.start(), match.end())
        near = [p for p in participants if p.role in ("police", "military") and abs(p.span.start - at.end) <= 30]
        if near:
            return near[0]
    return None


def _pronoun_owner(forces: Participant, participants: Sequence[Participant]) -> Participant | None:
    """ "أعلنت وزارة الدفاع التركية انسحاب قواتها"، "أعلنت روسيا سحب قواتها من مطار القامشلي": forces with a
    possessive pronoun are of the side named nearest before them in their sentence (the verb's subject, or its
    object: "طالبت روسيا تركيا بسحب قواتها"), not of the story's country; their own role is kept."""
    before = [p for p in participants if p.span.end <= forces.span.start and not p.possessive and p.country]
    if not before:
        return None
    owner = max(before, key=lambda p: p.span.end)
    canonical = owner.canonical if owner.role == forces.role else None
    return _but(forces, country=owner.country, canonical=canonical)


def _two_sides(a: Participant, b: Participant) -> bool:
    """Two sides a later "الطرفان" may point back to: not one side, or two named bodies of one state ("مجلس النواب"
    and "المجلس الأعلى للدولة" in talks)."""
    if not _same_side(a, b):
        return True
    return a.named and b.named and a.span != b.span and (a.canonical or a.text) != (b.canonical or b.text)


def _same_side(a: Participant, b: Participant) -> bool:
    """ "كتائب القسام" announcing what "حماس" did: one side speaking of its own."""
    if a.span == b.span or (a.canonical is not None and a.canonical == b.canonical):
        return True
    return a.country == b.country and a.role == b.role  # two sides with no known name are not one for that


def _men_of(view: SentenceView, p: Participant, side: Participant) -> bool:
    """ "جنود من الجيش العراقي"، "خمسة فلسطينيين بينهم ناشطون من حماس": p counts the men of that side."""
    if p.span.end > side.span.start:
        return False
    gap = fold_text(view.text[p.span.end - view.start : side.span.start - view.start])
    if p.head in _MEMBERS_IN and not p.named and re.fullmatch(r"(?:[^\W\d_]+ +)?في", gap.strip()):
        return True  # "ضابط في الجيش الكيني"، "قائد عسكري في القوات": a member in a body is one of its men
    return re.fullmatch(r"[\s،,]*(?:من|في صفوف|(?:من )?(?:بينهم|منهم)(?: [^\W\d_]+)?)[\s،,]*", gap) is not None


_AMONG_COUNTED = re.compile(r"[\s،,]*(?:من )?(?:بينهم|منهم)(?: +[^\W_]+)? *")


_AMONG_ASIDE = re.compile(r"(?<!\w)(?:بينهم|منهم|بينهن|منهن)(?: +[^\W_]+){0,5} *$")


def _in_among_aside(view: SentenceView, p: Participant) -> bool:
    """ "، بينهم أطفال ونساء،": p stands in the aside that singles out some of the counted hurt or dead."""
    at = view.folded_index(p.span.start)
    return _AMONG_ASIDE.search(view.folded.text, max(0, at - 40), at) is not None


def _among(view: SentenceView, victims: Participant, p: Participant) -> bool:
    """ "سبعة فلسطينيين، بينهم ثلاثة أطفال": those singled out among the victims are victims too."""
    gap = view.text[victims.span.end - view.start : p.span.start - view.start]
    return p.span.start >= victims.span.end and _AMONG_COUNTED.fullmatch(fold_text(gap)) is not None


def _fellow_victim(view: SentenceView, victims: Participant, p: Participant) -> bool:
    """ "أصيب ثلاثة متظاهرين وشرطي": one joined by و right after the counted victims is counted with them."""
    if p.span.start < victims.span.end:
        return False
    start = view.folded_index(victims.span.start)
    # "أصيب ثلاثة متظاهرين وشرطي"، "أصيب متظاهرَين وشرطي": victims counted, or right after the casualty verb
    right_after = any(0 < start - h.word_end <= 1 for h in view.cues_of("killed", "injured"))
    # ... or counted past من ("قُتل ثلاثة من عناصر الشرطة وجندي"; probe88)
    of = _OF_BEFORE.search(view.folded.text, max(0, start - 8), start)
    counted_of = of is not None and _number_before(view, of.start())
    if not (_is_counted(view, victims) or right_after or counted_of):
        return False
    gap = view.text[victims.span.end - view.start : p.span.start - view.start]
    return fold_text(gap).strip() == "و"


_OF_BEFORE = re.compile(r"(?<!\w)من +$")


_VICTIM_VERBS = frozenset(_WORDS.words("victim_verbs"))


def _victim_verb_subject(view: SentenceView, p: Participant) -> bool:
    """ "وأصيب ضابط"، "واستشهد مجند": one right after a verb only a victim is the subject of is hurt, no doer."""
    before = view.previous_word(view.folded_index(p.span.start))
    if before in _VICTIM_VERBS or (before.startswith("و") and before[1:] in _VICTIM_VERBS):
        return True
    # "قُتل ضابط وثلاثة جنود ... عندما فجّر انتحاري نفسه": a killing verb the text marks passive (a damma on its
    # first letter) has its victim for subject too (probe89)
    raw = _RAW_LAST_WORD.search(view.text, 0, max(0, p.span.start - view.start))
    return raw is not None and fold_text(raw.group(1)) in _PASSIVE_KILLING


_RAW_LAST_WORD = re.compile(r"(?<!\w)[وف]?([^\W\d_]\u064f[^\W\d_\u064f]*)\s+$")
_PASSIVE_KILLING = frozenset(_WORDS.words("passive_killing_verbs"))


_EMPLOYED_BY = re.compile(r" *(?:[^\W\d_]+ +)?(?:من|في|لدي|لدى|مع|التابعين +ل|العاملين +في|العاملين +مع) *")


def _victims_employer(view: SentenceView, victims: Participant, p: Participant) -> bool:
    """ "عاملا إغاثة من منظمة أطباء بلا حدود"، "موظف في برنامج الأغذية العالمي": an organisation (no state, force
    or party) named right after civilian victims is the body they work for."""
    if victims.role != "civilians" or p.role not in ("igo", "other") or p.span.start < victims.span.end:
        return False
    gap = fold_text(view.text[victims.span.end - view.start : p.span.start - view.start])
    return _EMPLOYED_BY.fullmatch(gap) is not None


def _weapon_subject_after(view: SentenceView, verb_end: int, target: Participant) -> bool:
    """ "استهدفت طائرة مسيرة آلية عسكرية"، "استهدف هجوم بعبوة ناسفة رتلاً عسكرياً تركياً": between the verb and a
    vehicle, convoy or base stands a weapon or an attack noun (its subject, of no named side)."""
    if not _named_by_target(target):
        return False
    start = view.folded_index(target.span.start)
    if verb_end >= start:
        return False
    between = view.folded.text[verb_end:start]
    if re.search(r"[،,]", between):
        return False
    weapons = [h for h in view.cues_of("weapon") if verb_end <= h.word_start and h.end <= start]
    return bool(weapons) or _STRIKE_SUBJECT.match(view.folded.text, verb_end) is not None


# "أحرق محتجون غاضبون مقر الحزب الديمقراطي الكردستاني"، "أضرموا النار في مكتب حزب الدعوة"، "مقراً لحركة النهضة"
# (folded; past an adjective of the rioters)
_OFFICE_OF = re.compile(
    r" *(?:[^\W\d_]+ +)?(?:في +|علي +)?(?:ال)?(?:مقر|مقرا|مقار|مقرات|مكتب|مكتبا|مكاتب)"
    r"(?: +(?:ال)?[^\W\d_]+ي(?:ه|ا)?)? +(?:ل|لل)?"
)


def _stormed_office(view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]) -> Participant | None:
    """The party or government body whose office rioters stormed or burned: the office right after the riot's verb
    (and its subject), then its owner."""
    at = hit.end
    for p in participants:
        start = view.folded_index(p.span.start)
        if start < at:
            continue
        found = _OFFICE_OF.fullmatch(view.folded.text[at:start])
        if found is None:
            return None
        return p if p.named and p.role in ("political_party", "government") else None
    return None


def _one_side(actor1: Participant, actor2: Participant) -> bool:
    """The doer named twice ("بنيران الجيش الإسرائيلي عندما توغلت قوة من الجيش الإسرائيلي"): nobody on the
    other side."""
    if actor2.span == actor1.span or actor2.text == actor1.text:
        return True
    return actor1.canonical is not None and actor2.canonical == actor1.canonical


_STATE_FORCES = frozenset(("military", "police"))


def _fellow_forces(actor1: Participant, actor2: Participant) -> bool:
    """ "وجددت إسرائيل قصفها ... وكان طيران الاحتلال قد شن"، "طائرات حربية وقوات سودانية هاجمت": the state and
    its forces, or two unnamed forces of one state, fight on one side. Two named forces of one country (rival
    armies of a split state) may still fight each other."""
    if actor1.country is None or actor1.country != actor2.country:
        return False
    if actor1.role not in _STATE_FORCES or actor2.role not in _STATE_FORCES:
        return False
    return actor1.state or actor2.state


# "مقتل ثلاثة من", "إصابة اثنين من بين", "مقتل أحد قادتها"
_DEAD_COUNT_GAP = re.compile(r" +(?:(?:[^\W_]+ +)?(?:من|من بين|بين)|احد|احدي) +$")


def _counted_dead(view: SentenceView, folded_start: int) -> bool:
    """Whether the words at `folded_start` are counted right after a casualty word ("مقتل ثلاثة من عناصرها")."""
    text = view.folded.text
    for cue in view.cues_of("killed", "injured"):
        if cue.word_end <= folded_start and _DEAD_COUNT_GAP.fullmatch(text, cue.word_end, folded_start):
            return True
    return False


def _men_of_named_group(chain: Sequence[Participant], p: Participant, gap: str) -> bool:
    """ "مسلحون من جماعة بوكو حرام": unnamed armed men right before من and a named armed group are its men."""
    if len(chain) != 1 or chain[0].named or chain[0].role != "armed_group":
        return False
    return p.named and p.role == "armed_group" and fold_text(gap).strip() == "من"


def _victims_side(view: SentenceView, victims: Participant, p: Participant) -> bool:
    """ "ضابط وجنديان في الجيش الموريتاني"، "جنديان من الجيش": unnamed dead of a force, then in/of a state's force."""
    if victims.named or victims.role not in _STATE_ROLES or p.role not in ("military", "police") or p.person:
        return False
    if p.span.start < victims.span.end or victims.country not in (None, p.country):
        return False
    gap = fold_text(view.text[victims.span.end - view.start : p.span.start - view.start])
    return _DEAD_OF_FORCE.fullmatch(gap) is not None


# what stands between unnamed dead and the force they serve in: more of them joined by و, then من/في
_DEAD_OF_FORCE = re.compile(r"(?:و[^\W\d_]+ +)?(?:من|في|في صفوف)")


def _own_men(victims: Participant, speaker: Participant) -> bool:
    """Unnamed dead or wounded of the speaker's own side: "جندي" of an army, "شرطي" of a ministry, "عنصر" of a
    group (no other nationality said)."""
    if victims.named or victims.country not in (None, speaker.country):
        return False
    if victims.role in _STATE_ROLES and speaker.role in _STATE_ROLES:
        return victims.role != "government"
    return victims.role == speaker.role == "armed_group"


_MOURNING = frozenset(_WORDS.words("mourning"))


def _mourner(view: SentenceView, hit: Hit[Trigger], participants: list[Participant]) -> Participant | None:
    """Who mourns ("ونعت حركة حماس القيادي ... الذي قُتل"), when a mourning verb comes before the trigger in a
    sentence that tells of deaths."""
    if not view.cues_of("killed") or not view.has_word(_MOURNING_SPELLINGS):
        return None
    for a, b, word in view.words:
        if a >= hit.word_start:
            break
        if word in _MOURNING_SPELLINGS:
            at = view.raw_span(a, b).end
            after = [p for p in participants if 0 <= p.span.start - at <= 2]
            return after[0] if after else None
    return None


_MOURNING_SPELLINGS = _with_conjunction(_MOURNING)


def _denies_what_others_said(view: SentenceView, report: Hit[Cue]) -> bool:
    """ "لا صحة لما تداولته"، "إنها تنفي ما نشرته": a denial right before what others said (no subject between)."""
    if not all(v.category == "denied" for v in report.values):
        return False
    word = _NEXT_WORD.match(view.folded.text, report.word_end)
    return word is not None and word.group(1) in _OTHERS_SAID


def _said_by_others(view: SentenceView, report: Hit[Cue]) -> bool:
    """ "ونفت الخارجية، في تصريح ...، ما أوردته وسائل إعلام عن": a report after "ما" that a denial earlier in the
    sentence takes as its object is what others said, not the denial's telling (probe80)."""
    if view.previous_word(report.word_start) not in _OTHERS_SAID:
        return False
    return any(d.end <= report.word_start for d in view.cues_of("denied"))


_OTHERS_SAID = frozenset(fold_text(w) for w in ("لما", "ما", "للأنباء", "للتقارير", "للأخبار", "للمزاعم", "للادعاءات"))


def _announced_act(view: SentenceView, hit: Hit[Trigger], speaker: Participant | None) -> bool:
    """ "أعلنت كتائب القسام استهداف دبابة"، "أعلن الجيش، مساء الأحد، قصف مواقع": the act's verbal noun is the
    object of "أعلن" right after its subject (a comma-set aside between), so the speaker tells its own deed."""
    if speaker is None or not _is_noun(view, hit) or hit.start != hit.word_start:
        return False
    t_start = view.raw_start(hit.word_start, hit.word_end)
    between = view.text[speaker.span.end - view.start : t_start - view.start]
    if speaker.span.end > t_start or not _ASIDE_ONLY.fullmatch(between):
        return False
    return _ANNOUNCE_VERB.fullmatch(view.previous_word(view.folded_index(speaker.span.start))) is not None


_ANNOUNCE_VERB = re.compile(r"[وف]?(?:اعلن|اعلنت|اعلنوا|يعلن|تعلن|يعلنون)")
_ASIDE_ONLY = re.compile(r"\s*(?:[،,][^،,.]{1,30}[،,])?\s*")


def _claims(view: SentenceView) -> bool:
    """ "تبنى"، "أعلن مسؤوليته عن": someone takes responsibility in this sentence."""
    if view.cues_of("claimed"):
        return True
    text = view.folded.text
    # not "ولم تعلن أي جهة مسؤوليتها عن الهجوم"، "دون أن يتبنى أحد مسؤوليته عن"
    return any(not _DISCLAIMED.search(text[max(0, m.start() - 30) : m.start()]) for m in _RESPONSIBILITY.finditer(text))


_DISCLAIMED = re.compile(r"(?<!\w)[وف]?(?:لم|لن|دون|عدم)(?!\w)")


# "أنصاره"، "مؤيديها": the followers of whoever speaks
_FOLLOWERS = re.compile(r"(?<!\w)(?:" + _alt("followers") + r")(?:ه|ها|هم)(?!\w)")

# "مقاتليه"، "عناصرها"، "قواتهم": fighters of whoever speaks
_OWN_CREWS = re.compile(r"(?<!\w)(?:" + _alt("own_crews") + r")(?:ه|ها|هم|نا)(?!\w)")
_OWN_CREWS_WORDS = _needles("own_crews")
_OWN_MEN = re.compile(
    r"(?<!\w)(?:" + _alt("own_men") + r")(?:ه|ها|هم|نا)(?!\w)"
    r"|(?<!\w)(?:" + _alt("own_men_nominative") + r")(?:نا|ه|ها|هم)(?!\w)"
)
_OWN_MEN_WORDS = _needles("own_men", "own_men_nominative")

# "ضربة نفذتها طائرة مسيرة"، "صاروخ أطلقه الحوثيون": the agent follows these words
_AGENT_MARKER = re.compile(
    r"(?<!\w)(?:" + _alt("agent_verbs") + r")(?:ه|ها|هما|هم)(?!\w)"
    r"|(?<!\w)(?:" + _alt("agent_phrases") + r")(?!\w)"
)
_AGENT_WORDS = (*_needles("agent_verbs", "agent_phrases"), "تابع")
_MEDIA_HEADS = frozenset(fold_text(w) for w in name_rules().media_heads)
_KIND_WORDS = frozenset(fold_text(w) for w in name_rules().kind_words)  # "تنظيم" before "داعش"
_BEFORE_SIDE = _KIND_WORDS | frozenset(_WORDS.words("owned_weapons")) | frozenset(_WORDS.words("fire_sources"))
# "طائرات مسيرة تابعة لقوات الدعم السريع": a weapon belonging to a side (an adjective may stand between; folded
# text keeps ة)
_OWNED_BY = re.compile(
    r"(?<!\w)(?:ال)?(?:"
    + "|".join(re.escape(w[:-1]) + "[هة]" if w.endswith("ه") else re.escape(w) for w in _WORDS.words("owned_weapons"))
    # ... but not a unit or a convoy the weapon hit ("استهدفت طائرة مسيرة قافلة تابعة للجيش": the convoy's owner)
    + r")(?: (?!(?:ال)?(?:"
    + _taa_alt("unit_heads")
    + "|"
    + _taa_alt("hit_convoys")
    + r")(?!\w))[^\W\d_]+)?"
    r"(?:[،,]? +(?:" + _alt("owner_hedges") + r") +(?:ان|انها|انه|انهما|انهم))?"
    r" (?:ال)?تابع(?:ه|ة|ين|تان)? ل(?=[^\W\d_])"
)
# "طائرة مسيرة، يرجح أنها إسرائيلية": a hedge after a weapon (and its adjective) before the owner's nationality
_HEDGED = re.compile(r"(?: [^\W\d_]+)?[،,]? +(?:" + _alt("owner_hedges") + r") +(?:ان|انها|انه|انهما|انهم) +")
_AIMING = re.compile(r"(?<!\w)(?:" + _alt("aiming_verbs") + r")(?!\w)")
_AIMING_WORDS = _needles("aiming_verbs")


# "ونهبوا"، "وأحرقتا": the subject is in the verb's ending (not a bare ا: "ودعا الرئيس" has its own subject)
_JOINED_PLURAL = re.compile(r"(?:وا|تا)$")


def _shared_subject(
    view: SentenceView, hit: Hit[Trigger], participants: list[Participant], source: Source, home: str | None
) -> tuple[Participant, Participant | None] | None:
    """ "اقتحم مسلحون مقر المنظمة ونهبوا محتوياته": the subject of the verb before a plural or dual verb joined
    by و (its subject a pronoun), found as that verb's own doer, with that verb's object; None if the trigger is
    not such a verb. So is a verb joined by و that ends the sentence with its object a pronoun ("داهمت القوات منزل
    الصحفي ... واعتقلته")."""
    if view.folded.text[hit.word_start : hit.start] != "و" or _is_noun(view, hit):
        return None
    suffix = view.folded.text[hit.end : hit.word_end]
    closing = suffix in _OBJECT_PRONOUNS and not view.folded.text[hit.word_end :].strip(" .،,")
    # ... and one whose object, a count, follows it at once ("داهمت قوة من جهاز مكافحة الإرهاب وكراً ...، واعتقلت
    # أربعة من عناصرها": its subject is the pronoun in the verb, probe25)
    counted = not suffix and _counted_next(view, hit.word_end)
    # ... and one whose object is the previous object's kin ("واعتقلت نجله"، "واعتقلوا شقيقيه")
    counted = counted or (not suffix and _KIN_OBJECT.match(view.folded.text, hit.word_end) is not None)
    if not _JOINED_PLURAL.search(hit.key.split(" ")[0]) and not closing and not counted:
        return None
    earlier = [h for h in view.triggers if h.word_end < hit.word_start and not _is_noun(view, h)]
    if not earlier:
        return None
    previous = earlier[-1]
    between = view.folded.text[previous.word_end : hit.word_start]
    if re.search(r"[.؛:]|(?<!\w)(?:ان|انه|انها|بعد|قبل|حيث|الذي|التي|الذين)(?!\w)", between):
        return None  # another clause: "اقتحموا المقر بعد أن ..."
    actor1, actor2 = _arguments(view, previous, participants, source, home, previous.values[0].plover)
    return (actor1, actor2) if actor1 is not None else None


# "نجله"، "شقيقه"، "زوجته"، "أبناءه": kin nouns with a pronoun (folded)
_KIN_OBJECT = re.compile(r" +((?:" + _taa_alt("kin_nouns") + r")(?:ي)?(?:ه|ها|هما|هم))(?=[\s،,.]|$)")
_ITS_MEN = re.compile(r" +[^\s،,.]+ +من +(?:عناصر|افراد|مقاتلي|اعضاء)(?:ه|ها|هم|هما)(?!\w)")


def _counted_next(view: SentenceView, at: int) -> bool:
    """Whether the word right after folded offset `at` is a number ("واعتقلت أربعة"، "واعتقلت 9")."""
    match = re.match(r" +([^\s،,.]+)", view.folded.text[at:])
    if match is None:
        return False
    start = at + match.start(1)
    return match.group(1).isdigit() or any(h.word_start == start for h in view.cues_of("number"))


def _aimed_at(view: SentenceView, hit: Hit[Trigger], limit: int) -> int:
    """The raw offset of a verb of aim after an attack noun ("انفجار عبوة ناسفة استهدفت دورية"), or `limit`:
    those named after it are what was hit, not who did it."""
    if not view.contains_any(_AIMING_WORDS):
        return limit
    match = _AIMING.search(view.folded.text, hit.end)
    if match is None:
        return limit
    return min(limit, view.raw_span(match.start(), match.end()).start)


# ... and a kind word may stand between ("المرتبطة بتنظيم القاعدة")
_AFFILIATION = re.compile(r"(?<!\w)(?:" + _taa_alt("affiliation_words") + r") +(?:من +)?(?:[^\W\d_]+ +)?(?:ب|ل|لل)?$")


def _affiliated(view: SentenceView, p: Participant) -> bool:
    """Whether p follows "المرتبطة بـ"، "الموالية لـ"، "المقربة من": a body another is tied to."""
    start = view.folded_index(p.span.start)
    return _AFFILIATION.search(view.folded.text[max(0, start - 30) : start]) is not None


_COURT_HEADS = frozenset(k for k, v in _OWN_EVENT_HEADS.items() if v == "court_sentence")


def _defendant(view: SentenceView, actor1: Participant | None, actor2: Participant) -> Participant:
    """ "حكمت محكمة سعودية على الناشط محمد الغامدي": a name no list knows takes the role its title tells, and whom
    a state's court sentences is of that state unless told otherwise."""
    if _unknown_side(actor2):
        at = view.folded_index(actor2.span.start)
        title = view.previous_word(at)
        adjective = title.startswith("ال") and title.endswith("ي") and title[2:] not in _LAWYERS
        if adjective and _person_stem(title) is None:
            # "المحامي الحقوقي هشام فاروق": an adjective between the title and the name (probe62)
            before = view.folded.text.rfind(title, 0, at)
            title = view.previous_word(before) if before > 0 else title
        stem = _person_stem(title) if title else None
        stem = stem or (_LAWYER if title.removeprefix("ال") in _LAWYERS else None)
        if stem is not None:
            # ... and one held by a state's forces is of that state, as the story's unnamed people are
            state = actor1.country if actor1 is not None and actor1.role in _STATE_ROLES else None
            actor2 = _but(actor2, role=_PERSON_ROLES.get(stem, "civilians"), country=actor2.country or state)
    if actor1 is not None and actor1.head in _COURT_HEADS and actor2.country is None:
        actor2 = _but(actor2, country=actor1.country)
    return actor2


_LAWYER = "محامي"
_LAWYERS = frozenset({"محامي", "محاميه", "محامية"})  # folded titles of a lawyer held (not in the people list: a source)
_SENT_TO = re.compile(r"(?<!\w)[وف]?(?:" + _alt("referral_verbs") + r")(?:ه|ها|هم|هما)? +الي +$")
_UNKNOWN_PARTY = "Unidentified armed group"


_DRESS = frozenset(_WORDS.words("dress_words"))


def _worn(view: SentenceView, p: Participant) -> bool:
    """ "مسلحون يرتدون زي الشرطة"، "بلباس الجيش اللبناني": a force whose uniform is worn is a disguise, no side."""
    return view.previous_word(view.folded_index(p.span.start)) in _DRESS


_TO_AT_END = re.compile(r"(?<!\w)الي +$")


def _sent_to(view: SentenceView, p: Participant) -> bool:
    """ "وأحالته إلى النيابة العمومية"، "اقتادت الشاب إلى جهة مجهولة": where a detainee is referred or taken is
    neither side of the arrest (an unknown party after إلى is an unknown place)."""
    before = view.folded.text[max(0, view.folded_index(p.span.start) - 40) : view.folded_index(p.span.start)]
    if _SENT_TO.search(before):
        return True
    return p.canonical == _UNKNOWN_PARTY and _TO_AT_END.search(before) is not None


def _member_object(subject: Participant, gap: str) -> bool:
    """ "اعتقلت الشرطة العراقية مسؤولاً في الحكومة السورية"، "داهمت قوات الأمن منزل القيادي في الجماعة": after a body
    (not a person's title) as the subject, a person noun before "في" is the object, and the body after it his own."""
    if subject.person:
        return False
    people = name_rules().unnamed_people
    words = fold_text(gap).split()[:-1]
    return any(w in people or w.removeprefix("ال") in people or w.removesuffix("ا") in people for w in words)


def _arguments(
    view: SentenceView,
    hit: Hit[Trigger],
    participants: list[Participant],
    source: Source,
    home: str | None = None,
    plover: str = "",
) -> tuple[Participant | None, Participant | None]:
    # arguments stand around the trigger's first word: in "سيطرت الفصائل على" the subject is inside the match
    first_word_end = view.folded.text.find(" ", hit.start, hit.end)
    verb_end = first_word_end if first_word_end > 0 else hit.end
    t_span = view.raw_span(hit.start, verb_end)
    speaker_span = source.span
    # the complement of a reporting verb starts after "إن/أن"; before it stand the speakers
    boundary = view.start
    # "زعم الجيش أنه استهدف"، "قالت أفريكوم إنها نفذت": the pronoun is the speaker, the verb's subject
    pronoun_subject = False
    for match in _THAT_PRONOUN.finditer(view.folded.text[: hit.word_start]):
        boundary = view.raw_span(match.start(), match.end()).end
        gap = view.folded.text[match.end() : hit.word_start]
        pronoun_subject = match.group() not in ("ان", "بان") and not gap.strip()
        # "أن بلاده دعت جميع الأطراف"، "إن بلاده تدين الهجوم": the speaker's own state is the subject (real41)
        pronoun_subject = pronoun_subject or gap.strip() in _PROTEST_OWNERS
    denial = _denial_clause_start(view, hit.word_start)
    if denial is not None:
        # "تصل بعثة إلى الموصل، فيما نفت قيادة الشرطة اعتقال ناشطين": who is named before "فيما" is no side of
        # the deed denied after it
        boundary = max(boundary, view.raw_start(denial, denial))
    # outlets report events; they are rarely a party to them
    # ... but whoever makes a statement is its doer ("اتهمت قسد، في بيان، النظام السوري"), unless it reports
    # a deed whose two parties are named right after it ("أعلن المبعوث توصل الحكومة والحوثيين إلى اتفاق"),
    # not a call the speaker makes of someone ("داعياً وزارة الكهرباء")
    reported_deed = False
    if speaker_span is not None and speaker_span.end <= t_span.start:
        first = next((p for p in participants if 0 < p.span.start - t_span.end <= 2), None)
        reported_deed = first is not None and any(
            view.text[first.span.end - view.start : p.span.start - view.start] in (" و", "و") for p in participants
        )
    if plover in _STATEMENTS and not reported_deed:
        speaker_span = None
    # ... but a journalist who himself demands or denounces ("وطالب نقيب الصحفيين زياد دبار السلطات") is its doer,
    # and journalists no outlet names ("اعتُقل ثلاثة صحفيين") are people: civilians when force befalls them
    usable = [
        _but(p, role="civilians", country=p.country or home) if _journalists(p) and plover in _FORCE_TYPES else p
        for p in participants
        if (speaker_span is None or not _overlaps(p.span, speaker_span))
        and (
            p.role != "media"
            or (p.person and plover in _STATEMENTS)
            or (_journalists(p) and plover in _FORCE_TYPES)
            # "واتهمت صحيفة الثورة الولايات المتحدة": an outlet right after a statement verb is its subject
            or (plover in _STATEMENTS and _outlet_subject(view, t_span, p) and not _is_noun(view, hit))
        )
        and not (plover in ("COERCE", "ASSAULT") and _sent_to(view, p))
        # "أطلقت النار على الناقلة كما أفادت به شركة الأمن البحري": who reported the deed is no side of it
        and not (
            p.span.start >= view.start and _AS_REPORTED_BY.search(view.folded.text[: view.folded_index(p.span.start)])
        )
    ]
    before = [p for p in usable if boundary <= p.span.start and p.span.end <= t_span.start]
    # "وفد حكومي مالي برئاسة وزير الخارجية": who heads or joins the doer is on its side, not the doer itself
    before = [p for p in before if not _is_companion(view, p)] or before
    if before:
        # "تبنت جماعة نصرة الإسلام المرتبطة بتنظيم القاعدة هجوماً": the body a doer (or the speaker) is tied to is
        # no doer
        lead_at = speaker_span.start if speaker_span is not None else before[0].span.start
        before = [p for p in before if p.span.start <= lead_at or not _affiliated(view, p)]
        before = _without_owners(view, before)
        # "على مناطق سيطرة قسد، إذ استهدفت": the side whose areas are named is where, not the doer
        before = [p for p in before if view.previous_word(view.folded_index(p.span.start)) not in _HELD_AREAS]
    limit = _object_limit(view, hit, plover in _STATEMENTS or plover == "CONCEDE")
    if plover in _MOVES or plover in ("COERCE", "CONCEDE") or hit.values[0].id in _TERRITORY_TRIGGERS:
        # "انتشرت وحدات من الجيش ... بعد انسحاب القوات الإسرائيلية منها": what came before a move is told
        # after "بعد"; who did that is not whom the move befell; nor is whom an arrest's grounds name ("اعتقلت
        # السلطات داعية بعد انتقاده سياسات الحكومة"), nor who held ground before it was taken back ("استعادة السيطرة
        # على مدينة ود مدني بعد أكثر من عام على سيطرة قوات الدعم السريع عليها")
        since = _AFTER_WORD.search(view.folded.text, hit.end)
        if since is not None:
            limit = min(limit, view.raw_start(since.start(), since.end()))
    if plover in ("COERCE", "SANCTION"):
        # "حكماً بالسجن على رجل أعمال متهم بالتعامل مع إسرائيل"، "تجميد أصول شركتين متهمتين بتمويل حزب الله": whom
        # the charge names is not whom the deed befell (but a suspect of belonging to a group is of that group:
        # "اعتقال متهم بالانتماء إلى داعش")
        charge = _CHARGE.search(view.folded.text, verb_end)
        if charge is not None:
            # ... but the charged men themselves ("اعتقلت الشرطة أربعة متهمين بالاتجار بالمخدرات") are whom it befell:
            # the charge begins at its بـ (probe91)
            counted = not charge.group().startswith(("ب", "علي")) and _number_before(view, charge.start())
            at = charge.end() - 1 if counted else charge.start()
            limit = min(limit, view.raw_start(at, charge.end()))
    after = [p for p in usable if t_span.end <= p.span.start < limit and not _is_companion(view, p)]
    # "وأمر بفرض حظر التجوال، ووجّه الأجهزة الأمنية بملاحقة ...": whom the doer directs acts for the doer
    # (not "ووجه الجيش ضربة للمسلحين", where the verb is the trigger's own)
    past_trigger = view.raw_span(hit.start, hit.end).end
    after = [
        p
        for p in after
        if p.span.start < past_trigger or view.previous_word(view.folded_index(p.span.start)) not in _DIRECTING
    ]
    noun = _is_noun(view, hit)
    opening = view.folded.text[: hit.word_start]
    weapon_subject = False
    actor1: Participant | None = None
    actor2: Participant | None = None
    # (not a statement about a deal between two others: "رحبت الخارجية بتوقيع اتفاق السلام بين أرمينيا وأذربيجان")
    between = _between(view, hit, usable) if plover not in _SAID else None
    if between is not None:
        return between  # "اشتباكات بين الجيش وقوات الدعم السريع"
    whole = view.raw_span(hit.start, hit.end)
    within = [p for p in usable if t_span.end <= p.span.start and p.span.end <= whole.end]
    if plover in _MUTUAL_TYPES and len(within) >= 2:
        # "أعلن المبعوث توصل الحكومة اليمنية وجماعة الحوثي إلى اتفاق": the sides inside the trigger, not its teller
        joint = view.text[within[0].span.end - view.start : within[1].span.start - view.start]
        if joint.strip() == "و" or _ADJECTIVES_THEN_AND.fullmatch(fold_text(joint.strip())):
            return within[0], within[1]
    # "تعرضت دورية للشرطة الليبية، ليل السبت، لهجوم مسلح"، "نجا محافظ لحج، اليوم، من محاولة اغتيال": the side named
    # between a verb of undergoing or surviving and the event (its complement with لـ or من, past an aside) is whom
    # it befell, not its doer
    undergone_by: list[Participant] = []
    if noun and before:
        verbs = list(_UNDERGOING.finditer(view.folded.text, max(0, hit.word_start - 90), hit.word_start))
        verb = verbs[-1] if verbs else None
        if verb is not None and (
            view.folded.text[hit.word_start : hit.start].endswith("ل")
            if verb.group(1)
            else view.folded.text[: hit.word_start].endswith("من ")
        ):
            verb_end = view.raw_span(verb.start(), verb.end()).end
            undergone_by = [p for p in before if p.span.start >= verb_end]
            before = [p for p in before if p.span.start < verb_end]
            unit = _UNIT_OF_SIDE_FIRST.search(view.folded.text, max(0, verb.start() - 90), verb.start())
            if not undergone_by and verb.group(1) and unit is not None:
                # gape: "وكان موقع للحشد الشعبي قد تعرض لهجوم"، "دورية تابعة للجيش تعرضت لإطلاق نار": the side
                # whose post or patrol stands before the verb underwent it too
                unit_start = view.raw_span(unit.start(), unit.end()).start
                undergone_by = [p for p in before if p.span.start >= unit_start]
                before = [p for p in before if p.span.start < unit_start]
    agent = _agent(view, usable, owned=plover not in _STATEMENTS)
    if agent is None and plover == "MOBILIZE":
        # "وصلت تعزيزات عسكرية تابعة للجيش الوطني الليبي": the side whose reinforcements or units they are moves
        agent = _moved_owner(view, hit, usable)
    launcher = None
    if agent is not None and hit.values[0].id in _INTERCEPTIONS and agent.span.start > t_span.end:
        # "أسقطت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون": who launched what was downed is the other side
        launcher, agent = agent, None
        usable = [p for p in usable if p is not launcher]
    # "أقرّت القيادة بمقتل عشرات من عناصرها، معلنة تنفيذ عملية إعادة انتشار": the dead are not whom a pull-back
    # or a deployment befell
    victims = _victims(view, usable, hit) if plover not in _MOVES else None
    speaker = source.speaker
    spoke_first = source.span is not None and source.span.end <= t_span.start
    if source.span is not None and hit.values[0].id in _TERRITORY_TRIGGERS:
        # "أعلن الجيش السوداني استعادة السيطرة على": the speaker inside a match that opens with its verb of saying
        spoke_first = spoke_first or (whole.start <= source.span.start and source.span.end <= whole.end)
    if victims is not None:
        # "قُتل ثلاثة جنود من الجيش العراقي": the counted men of the victims' side are victims too
        before = [
            p
            for p in before
            if not _overlaps(p.span, victims.span)
            and not _men_of(view, p, victims)
            and not _among(view, victims, p)
            and not _named_member(view, victims, p)
        ]
        if len(before) > 1 and victims.span.start > t_span.end and not victims.named:
            # "أحبط الجيش محاولة تسلل لمجموعة مسلحة ... وقتل أربعة من المتسللين": an unnamed group of the dead's
            # kind told before is their side, not who killed them, when another side stands before it
            kin = [p for p in before if not p.named and p.role == victims.role and victims.country in (None, p.country)]
            before = [p for p in before if p not in kin] or before
        after = [p for p in after if not _overlaps(p.span, victims.span) and not _men_of(view, p, victims)]
        side = next((p for p in before + after if _victims_side(view, victims, p)), None)
        if side is not None:
            # "قُتل ضابط وجنديان في الجيش الموريتاني": the force the dead serve in is whom it befell (probe97)
            before = [p for p in before if p is not side]
            after = [p for p in after if p is not side]
            victims = side
        # "قُتل عاملا إغاثة من منظمة أطباء بلا حدود في هجوم"، "قُتل موظف في برنامج الأغذية العالمي": the body the
        # victims work for is theirs, no doer
        before = [p for p in before if not _victims_employer(view, victims, p)]
        after = [p for p in after if not _victims_employer(view, victims, p)]
    # "أعلن الجيش مقتل جندي"، "اعترف الجيش بمقتل ضابط": a side announcing its own dead is the side that was hit
    own_loss = victims is not None and speaker is not None and spoke_first and _own_men(victims, speaker)
    # ... not a health body counting the hurt ("أعلنت وزارة الصحة إصابة 35 شخصاً بينهم 20 من القوات الأمنية")
    own_loss = own_loss and speaker is not None and not any(w in fold_text(speaker.text) for w in _TOLL_TELLERS)
    # (a statement joined after the mourning, "ونعت الحركة الشهيدين، ودعت إلى ...", is the mourner's own)
    mourner = _mourner(view, hit, usable) if plover not in _STATEMENTS else None
    if mourner is not None:
        # "نعت الحركة القيادي في كتائب القسام الذي قُتل في غارة": neither the mourner nor the mourned did it
        mourned_from = view.raw_start(hit.word_start, hit.word_end)
        before = [p for p in before if p.span.start < mourner.span.start or p.span.start >= mourned_from]
        if victims is None or _same_side(victims, mourner):
            victims = mourner
    elif own_loss:
        assert speaker is not None
        if victims is not None and speaker.role == "government" and victims.role == "military":
            # "أعلنت سلطات جيبوتي مقتل جنديين": a government's dead soldiers are its army, not its cabinet (probe97)
            victims = _but(victims, country=speaker.country)
        else:
            victims = speaker
    # (also a suspect or a wanted man killed, "قُتل مطلوب خلال تبادل لإطلاق النار", of the story's country; probe55)
    local = victims is not None and (victims.role in _LOCAL_ROLES or _PERSON_ROLES.get(victims.head or "") == "other")
    local = local and victims is not None and not _stateless(victims, view)
    if victims is not None and victims.country is None and local and victims.head != "vessel":
        victims = _but(victims, country=home)
    owner = _belonging_side(view, agent, usable) if agent is not None else None
    if agent is not None and owner is not None:
        # "من قبل جهاز الأمن العام التابع لهيئة تحرير الشام": the side the agent belongs to is no other side
        after = [p for p in after if p is not owner]
        if owner.role == "armed_group":
            agent = _but(agent, country=owner.country or agent.country, role=owner.role)
    if agent is not None:
        rest = [p for p in after if p is not agent]
        later = next((p for p in rest if p.span.start > agent.span.end), None)
        # "تعرض صحفي لاعتداء من قبل عناصر أمنية": the person who underwent it (probe86)
        undergoer = _undergoer(view, hit, home) if plover in ("COERCE", "ASSAULT") else None
        target = (
            victims or (undergone_by[0] if undergone_by else None) or undergoer or later or (rest[0] if rest else None)
        )
        if target is None and plover in ("COERCE", "RETREAT", "ASSAULT"):
            # "اعتُقل خمسة شبان فلسطينيين، فجر اليوم، خلال مداهمة نفذتها قوات الاحتلال": the people the verb
            # names before the agent's clause are whom it befell (probe25)
            person = _object_person(view, hit, home)
            if person is not None and person.span.start < agent.span.start:
                target = person
        if target is None and plover == "ASSAULT":
            target = _toll_civilians(view, hit, usable, home)
        if target is None and plover == "ASSAULT":
            target = _target_site(view, hit, home)  # "صاروخ أطلقته ميليشيا الحوثي على حي سكني": civilians
        if plover in ("ASSAULT", "COERCE") and target is not None and _unknown_side(target):
            # "اعتُقل الناشط الحقوقي محمد الهاشمي ... من قبل عناصر من الشرطة": the person noun before a name no
            # list knows tells whom it befell
            person = _object_person(view, hit, home)
            if person is not None and person.span.start < target.span.start:
                gap = view.text[person.span.end - view.start : target.span.start - view.start]
                # ... and the name is the person's own when only an adjective stands between them
                titled = target.person and len(gap.split()) <= 1 and not re.search(r"[،,:\"«»(]", gap)
                target = _but(target, country=person.country, role=person.role) if titled else person
        if target is None and plover == "ASSAULT":
            target = _own_unit_hit(view, hit, speaker, agent)
        if target is None and plover == "ASSAULT":
            # "تحييد خمسة من عناصر حزب العمال في غارات جوية نفذتها مقاتلات تركية": those counted before (probe55)
            target = next((p for p in reversed(before) if p is not agent and _counted_of(view, p)), None)
        return agent, target if target is not None and not _one_side(agent, target) else None
    performed_by = _PERFORMED_BY.match(view.folded.text[hit.end :])
    underwent = (
        view.may_match_in(_UNDERWENT, max(0, hit.word_start - 30), hit.start)
        and _UNDERWENT.search(view.folded.text[max(0, hit.word_start - 30) : hit.start]) is not None
    )
    if undergone_by:
        underwent = True
    # "نفت القيادة ... سقوط صاروخ قرب السفارة": a projectile falling is what someone underwent, not the teller's deed
    underwent = underwent or fold_text(hit.key).startswith("سقوط")
    if noun:
        # "انفجار عبوة ناسفة استهدفت دورية للجيش": past a verb of aim stands what was hit
        aimed = _aimed_at(view, hit, limit)
        weapons = [
            p
            for p in after
            if p.role == "military"
            and p.canonical is None
            and p.country
            and p.head not in _TARGET_HEADS
            and p.span.start < aimed
            # "تعرضت نقطة للجيش لهجوم ... ما أسفر عن مقتل أربعة جنود": the toll's men were hit, they did not fire
            and not _told_as_hit(view, p)
            # "استهداف تجمع لجنود إسرائيليين": the men who own what was hit (a noun, then لـ) did not fire
            and not _owner_of_hit(view, t_span, p)
            # "لاستهداف دبابة إسرائيلية": right after the verbal noun of aim stands its object
            and not _aimed_object(view, hit, p)
        ]
        # "قصف مدفعي لقوات النظام": the doer follows in the genitive, with لـ
        # ... but not past a noun ("استهداف مواقع للمسلحين": the gunmen own the positions hit), only an adjective
        genitive = [
            p
            for p in after
            if p.span.start - t_span.end <= 25
            and _GENITIVE_LAM.search(
                view.folded.text, max(0, view.folded_index(p.span.start) - 30), view.folded_index(p.span.start)
            )
            and p.span.start < aimed
            and not _owned_object(view, t_span, p)
        ]
        nationality = _nationality_after(view, hit)
        group = _group_adjective_after(view, hit)
        # "تحييد 7 إرهابيين من تنظيم بي كا كا في غارات جوية": the side whose counted men stand before the strike
        # is whom it befell, not who struck
        counted_before = [p for p in before if _counted_of(view, p) or _is_counted(view, p)]
        before = [p for p in before if p not in counted_before]
        if plover == "ASSAULT":
            # "مقتل ضابط في الجيش وإصابة ثلاثة جنود في هجوم مسلح"، "مصرع ثلاثة بينهم ضابط شرطة بهجمات": the dead
            # and the hurt told before the attack are whom it befell
            before = [p for p in before if not _told_as_hit(view, p) and not _aimed_owner(view, p)]
            # ... and so are those the count singles out ("٤٢ جريحاً، بينهم أطفال ونساء، أصيبوا بقصف"; art2)
            before = [p for p in before if not _in_among_aside(view, p)]
        done_by = _done_by_after(view, hit, after, underwent)
        if performed_by and after:
            actor1 = after[0]
            after = after[1:]
        elif done_by is not None:
            # "تعرضت قرى ... لقصف مدفعي من قوات الدعم السريع": the side after من undergone is the doer
            actor1 = done_by
            after = [p for p in after if p is not actor1]
        elif genitive and all(p.role == "civilians" for p in before):
            # "... وأصيب خمسة مدنيين جراء قصف صاروخي لقوات النظام": civilians before it were hit, they did not fire
            actor1 = genitive[0]
            after = [p for p in after if p is not actor1]
        elif not before and (construct := _construct_with_object(view, hit, after)) is not None:
            # "وأفاد مراسلنا بإحراق مستوطنين منزلاً": the genitive side before the object did it
            actor1 = construct
            after = [p for p in after if p is not actor1]
        elif victims is not None and (construct := _construct_doer(view, hit, after, victims)) is not None:
            # "أصيب ثلاثة مواطنين إثر اعتداء مستوطنين عليهم": the side in the attack noun's genitive hit the dead
            actor1 = construct
            after = [p for p in after if p is not actor1]
        elif nationality is not None and all(p.role == "civilians" or _rescuers(p) for p in before):
            # "غارة إسرائيلية"، "طائرة إغاثية سعودية": the state whose adjective follows (civilians before a strike,
            # "بينهم أطفال ونساء"، are whom it hit)
            actor1 = _but(nationality, role="military" if plover in _FORCE_TYPES else "government")
        elif group is not None and all(p.role == "civilians" for p in before):
            actor1 = group  # "برصاص قناص حوثي": the group whose adjective follows the weapon or the shooter
        elif not before and plover in _TWO_SIDED and (met := _met_by_frame(view, hit, after, speaker)) is not None:
            # "وخلال لقائه وزير الخارجية الأمريكي، بحث ولي العهد السعودي": the noun's pronoun is the subject after
            # the comma; its object the other side
            actor1, after = met[0], [met[1]]
        elif not before and plover in _TWO_SIDED and _talks_after(view, after) is not None:
            # "وفي اتصال هاتفي، بحث الرئيس الإماراتي مع الرئيس الفرنسي": the call frames a verb of talks after it,
            # whose subject and the side after مع are its two sides
            actor1, partner = _talks_after(view, after) or (None, None)
            after = [partner] if partner is not None else []
        elif plover in _TWO_SIDED and _gathered(view, hit, after):
            # "لقاء جمع مسؤولين إيرانيين وأميركيين"، "محادثات بين وفدين إيراني وأميركي": the two sides a talks noun
            # brings together, the first the doer (probe58)
            actor1, after = _gathered_sides(view, after)
        elif before:
            actor1 = before[-1]
            # "بحث الوزير المصري مع نظيره الأردني أيمن الصفدي، في اتصال هاتفي": the one after مع is the other side
            # of the talks told by a noun after them; the doer stands before مع
            withs = [i for i, p in enumerate(before) if i > 0 and _with_side(view, p, before)]
            if plover in _TWO_SIDED and withs:
                partners = [p for p in before[withs[0] :] if p.person] or before[withs[0] :]
                actor1, after = before[withs[0] - 1], [partners[0]]
            handed = _handed_to(view, before) if plover == "ACCUSE" else None
            if handed is not None:
                actor1, after = handed  # "وسلّمت الخارجية الليبية السفير التركي مذكرة احتجاج"
            # "وقّع وزيرا الطاقة الأردني والسوري مذكرة تفاهم": the two sides of a dual office
            pair = len(before) > 1 and before[-2].head == before[-1].head == _DUAL
            # ... and two sides joined by و before an agreement are its two sides when what follows is where it
            # was done ("وقّع المغرب وموريتانيا ثماني اتفاقيات في ختام أشغال اللجنة المشتركة")
            pair = pair or (
                plover in _MUTUAL_TYPES
                and bool(after)
                and all(_DONE_DURING & set(view.words_before(view.folded_index(p.span.start), 30, 3)) for p in after)
            )
            if len(before) > 1 and (not after or pair):
                joint = view.text[before[-2].span.end - view.start : before[-1].span.start - view.start]
                if _joins(joint):
                    actor1, after = before[-2], [before[-1]]
        elif weapons:
            actor1 = weapons[0]
            after = [p for p in after if p is not actor1]
        elif (
            source.speaker is not None
            and source.span is not None
            and source.span.end <= t_span.start
            and source.speaker.role in _OFFICIAL_ROLES
            and not own_loss
            and not underwent
            and not _teller_only(view, hit, source.speaker, plover)
        ):
            actor1 = source.speaker  # "أعلن الجيش اعتقال": the announcer did it
        actor2 = undergone_by[0] if undergone_by else after[0] if after else None
        if actor2 is None and plover == "ASSAULT" and counted_before and counted_before[-1] is not actor1:
            actor2 = counted_before[-1]  # "تحييد سبعة من عناصر حزب العمال في غارات جوية": those counted (probe55)
    else:
        weapon_subject = any(
            (boundary <= view.raw_start(h.start, h.end) and h.end <= hit.word_start)
            # "انفجرت عبوة ناسفة استهدفت"، "استهدفت عبوة ناسفة دورية": a weapon with no user named right after the
            # verb is its subject (unlike "استهدفت طائرات إسرائيلية", a participant)
            # (right after the verb: a light verb's match runs on to its noun past the subject, "نفذت القوات
            # الأميركية غارة جوية", whose weapon word is no subject)
            or (
                hit.word_end < h.end
                and not view.folded.text[verb_end : h.word_start].strip()
                and view.folded.text[h.word_start : h.start] in ("", "ال")  # "وقصفت الطائرات", not "ودعا للمسيرة"
                and not any(_overlaps(p.span, view.raw_span(h.start, h.end)) for p in participants)
            )
            for h in view.cues_of("weapon")
        )
        own_subject = (
            view.contains_any(_OWN_MEN_WORDS)
            and _OWN_MEN.search(view.folded.text[: hit.word_start]) is not None
            and not before
        )
        shared = _shared_subject(view, hit, participants, source, home)
        if shared is not None:
            # "اقتحم مسلحون مقر المنظمة ونهبوا محتوياته": a verb joined by و with no subject of its own is done by
            # the previous verb's subject; what follows it is its object (its pronoun object, "واعتقلته", is the
            # previous verb's)
            actor1 = shared[0]
            # ... as are the counted men of that object ("واعتقلت أربعة من عناصرها": the cell's, probe25)
            its_men = _ITS_MEN.match(view.folded.text, hit.word_end) is not None
            actor2 = after[0] if after else shared[1] if view.folded.text[hit.end : hit.word_end] or its_men else None
            kin_word = _KIN_OBJECT.match(view.folded.text, hit.word_end)
            if kin_word is not None and not after:
                # "داهمت القوات منزل الأسير ... واعتقلت نجله": his kin, a civilian of his side's country
                span = view.raw_span(kin_word.start(1), kin_word.end(1))
                country = shared[1].country if shared[1] is not None else home
                actor2 = Participant(span, view.raw_text(span), None, country, "civilians", named=False)
        elif not before and (weapon_subject or own_subject or pronoun_subject):
            # "طائرة مسيّرة مجهولة استهدفت مقراً لـX": the doer is unknown; "أن مقاتليها استهدفوا مواقع
            # لقوات النظام": the speaker's men, found by the caller; either way what follows is the object
            actor2 = after[0] if after else None
            owner = _weapon_owner(view, after) if weapon_subject and not pronoun_subject else None
            if owner is not None:
                # "قصفت مدفعية قوات الدعم السريع منازل المواطنين": the side a weapon is the genitive of fired it
                actor1 = owner
                actor2 = next((p for p in after if p.span.start > owner.span.end), None)
        elif after and _meanwhile_subject(view, hit, verb_end, after[0]):
            # "في وقت اعتقلت فيه قوات الاحتلال 19 آخرين": past فيه stands the subject, whatever was told before
            actor1 = after[0]
            actor2 = after[1] if len(after) > 1 else None
        elif before and _pluperfect_passive(view, hit, before[-1]):
            actor2 = before[-1]  # "وكان الدويك قد اعتُقل": who was arrested; the arrester is not told
        elif before:
            actor1 = before[-1]
            actor2 = after[0] if after else None
            if len(before) > 1:
                joint = view.text[before[-2].span.end - view.start : before[-1].span.start - view.start]
                if _joins(joint):  # "الولايات المتحدة والعراق بصدد بدء محادثات"
                    actor1, actor2 = before[-2], before[-1]
        elif after and _unit_of_side_between(view, t_span.end, after[0]):
            # "اقتحمت قوة تابعة لميليشيا الدعم السريع قرية": the unit that did it is its side's
            actor1 = after[0]
            actor2 = after[1] if len(after) > 1 else None
        elif after and _marked_passive(view, hit) and plover in ("COERCE", "RETREAT", "ASSAULT"):
            # "أُفرج، مساء أمس، عن الناشط السياسي منير الحاجي": after a verb marked passive stands whom it befell,
            # never its doer (probe25)
            actor2 = after[0]
        elif after and _is_counted(view, after[0]):
            actor2 = after[0]  # "كما اعتقلت 9 مواطنين": a counted noun is the object; the doer is told before
        elif after and plover == "ASSAULT" and _weapon_subject_after(view, verb_end, after[0]):
            # "استهدفت طائرة مسيرة آلية عسكرية إسرائيلية"، "استهدف هجوم رتلاً عسكرياً تركياً": past a weapon (or an
            # attack) of no side as the subject, a vehicle, convoy or base is what was hit
            actor2 = after[0]
        elif (
            after
            and plover in _FORCE_TYPES
            and _DATIVE.search(view.text[: after[0].span.start - view.start])
            and _owned_object(view, t_span, after[0])
            and not _unit_subject(view, verb_end, after[0])
        ):
            # "إن مدمرة تابعة لها قصفت مواقع للحوثيين": the side after لـ past the object of a strike owns what was
            # hit (a subject's owner, "اتهم الفرع الثالث للحزب", is left to the statements)
            actor2 = after[0]
        elif after and _CONDITION.search(view.folded.text, verb_end, view.folded_index(after[0].span.start)):
            # "هدد حراك ... بتوسيع الإغلاق ما لم تستجب السلطات": whom the condition names is the other side; the
            # subject was not named before it
            actor2 = after[0]
        elif after and (official := _titled_subject(view, verb_end, after[0])) is not None:
            # "ودعا المفتش الأميركي الحكومة العراقية إلى"، "وانتقد السفير الأميركي الحكومة": an official no list
            # names, told by his post and his state, is the subject; the side after him the object (real41)
            actor1, actor2 = official, after[0]
        elif after and _unresolved_subject(view, verb_end, after[0]):
            # "شكلت الحكومة لجنة تحقيق ... واتهمت اللجنة قوات الأمن": a body named by its kind alone, that points back
            # to no name, is the subject; the side after it is the object
            actor2 = after[0]
        elif after and plover == "CONSULT" and _with_before(view, after[0]):
            actor2 = after[0]  # "نفى وجود مفاوضات مع واشنطن": who it is with is the other side, not the subject
        elif after and plover == "ASSAULT" and _told_as_hit(view, after[0]):
            # "سقط صاروخ على منزل، ما أدى إلى إصابة عناصر من الشرطة": a side named in the toll was hit, it is no
            # subject
            actor2 = after[0]
        elif after:
            # verb-subject-object: the subject may run over a title, "في الحكومة", and a name, up to a comma
            chain = [after[0]]
            tied: list[Participant] = []
            belongs_to: Participant | None = None
            for p in after[1:]:
                gap = view.text[chain[-1].span.end - view.start : p.span.start - view.start]
                if not tied and len(chain) == 1 and _UNIT_OF.fullmatch(fold_text(gap)):
                    # "اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ناشطاً": the unit acts for the side it
                    # belongs to, which is no other side
                    belongs_to = p
                    tied.append(p)
                    continue
                if not tied and not re.search(r"[،,:\"«»(]", gap) and _affiliated(view, p):
                    # "هاجم مسلحون مرتبطون بتنظيم القاعدة معسكراً للجيش": the body the subject is tied to is neither
                    # side
                    tied.append(p)
                    continue
                if tied:
                    gap = view.text[tied[-1].span.end - view.start : p.span.start - view.start]
                if re.search(r"[،,:\"«»(]", gap) or len(gap.split()) > 4:
                    break
                if re.search(r"(?<!\w)مع$", fold_text(gap).strip()):
                    break  # "بحث الرئيس المصري مع ملك الأردن": the other side
                if re.search(r"(?<!\w)(?:علي|بحق)(?!\w)", fold_text(gap)):
                    break  # "حكمت محكمة سعودية على الناشط محمد الغامدي": whom it befell, past على
                if any(
                    w[:1] in ("ب", "ل") and w not in ("باسم", "لدي") and not re.fullmatch(r"[بل](?:ه|ها|هم|هما)", w)
                    for w in fold_text(gap).split()
                ):
                    break  # "رحبت الخارجية الفرنسية بتكليف سلام": a prepositional phrase ends the subject
                if _men_of_named_group(chain, p, gap):
                    chain.append(p)  # "قتل مسلحون من جماعة بوكو حرام 12 صياداً": the men are the group (probe97)
                    continue
                # "مسلحون ينتمون إلى قوات الدعم السريع": the side the subject's men belong to
                linked = re.search(r"(?<!\w)(?:في|باسم|لدي|التابع|التابعه|و)$", fold_text(gap).strip())
                linked = linked or _BELONGING.fullmatch(fold_text(gap))
                if not (p.person or linked):
                    break  # "طالبت الوزارة مجلس الأمن": the object, not more of the subject
                if not linked and p.person and not p.named and chain[-1].country not in (None, p.country):
                    break  # "استقبل وزير الخارجية العماني المبعوث الأمريكي": another state's office is the object
                if linked and _member_object(chain[-1], gap):
                    break  # "اعتقلت الشرطة العراقية مسؤولاً في الحكومة السورية": the detainee's body is no doer
                chain.append(p)
            people = [p for p in chain if p.named and p.role != "other"]
            actor1 = people[-1] if len(chain) > 1 and people else chain[0]
            if belongs_to is not None and belongs_to.role == "armed_group":
                # ... a group's unit is the group's (a ministry's police stay police)
                actor1 = _but(actor1, country=belongs_to.country or actor1.country, role=belongs_to.role)
            rest = [p for p in after if p.span.start > chain[-1].span.end and p not in tied]
            actor2 = rest[0] if rest else None
            joined = (
                len(chain) > 1
                and fold_text(view.text[chain[0].span.end - view.start : chain[1].span.start - view.start].strip())
                == "و"
            )
            if joined and (plover in _TWO_SIDED or not rest):
                # "ووقّعت الحكومة اليمنية وجماعة الحوثي اتفاقاً": the two sides
                actor1, actor2 = chain[0], chain[1]
            elif joined:
                # ... but two who list, sanction or blame together act as one, on the object after them ("أدرجت
                # السعودية والإمارات ... على قوائم الإرهاب لارتباطهم بتمويل حزب الله", probe25): the first named
                actor1 = chain[0]
            persons = [p for p in chain if p.person and p.named]
            if len(persons) > 1 and persons[0].country != persons[-1].country:
                # "بحث وزيرا الخارجية الروسي سيرغي لافروف والتركي هاكان فيدان": one with the other
                actor1, actor2 = persons[0], persons[-1]
    # a weapon with no user as the verb's subject keeps the doer unknown (not "طائرة تابعة له": the speaker's)
    unmanned = not noun and not before and weapon_subject and not pronoun_subject
    unmanned = unmanned and not _OWNED_BY_SPEAKER.search(opening)
    if (
        actor1 is None
        and speaker is not None
        and speaker.role in _OFFICIAL_ROLES
        and spoke_first
        and not own_loss
        and not underwent  # "أفادت الهيئة بأن سفينة تعرضت لهجوم": who tells what a ship suffered did not do it
        and not unmanned  # "بأن طائرة مسيّرة مجهولة استهدفت": the doer is unknown
        and not _teller_only(view, hit, speaker, plover)
    ):
        actor1 = speaker  # "أعلن الجيش أنه قصف"، "نفى الجيش تنفيذ غارة": no other doer is named
    if actor1 is None and not noun:
        nationality = _nationality_after(view, hit)
        if nationality is not None and actor2 is not None and _overlaps(nationality.span, actor2.span):
            nationality = None  # "استهدفت طائرة مسيرة آلية عسكرية إسرائيلية": the adjective is the target's
        if nationality is not None:
            actor1 = _but(nationality, role="military" if plover in _FORCE_TYPES else "government")
    if actor1 is None and plover == "ASSAULT":
        hedged = _hedged_nationality(view)
        if hedged is not None:
            actor1 = _but(hedged, role="military")
    if (
        actor1 is None
        and actor2 is not None
        and (victims is not None or _toll_before(view, hit))
        and _clashed_with(view, hit, actor2)
        and (victims is None or (not _overlaps(actor2.span, victims.span) and not _one_side(victims, actor2)))
    ):
        # "قُتل قيادي في الهيئة خلال اشتباكات مع قوات النظام"، "قُتل مهرب في اشتباك مسلح مع قوات حرس الحدود": the
        # dead fell to the side they clashed with
        actor1 = actor2
        actor2 = None
    if victims is not None and (actor1 is None or actor1.span != victims.span):
        actor2 = victims  # those killed or wounded are who the event befell
    if plover in ("ASSAULT", "COERCE", "RETREAT", "CONCEDE") and (
        actor2 is None or (actor2.role == "other" and actor2.country is None and actor2.canonical is None)
    ):
        # "اعتقلت القوات 18 مواطناً، بينهم سيدتان": a person noun before an unknown name is the object
        person = _object_person(view, hit, home, actor1)
        if plover in ("ASSAULT", "COERCE") and (undergoer := _undergoer(view, hit, home)) is not None:
            person = undergoer  # "تعرض صحفي للضرب" (probe86)
        if (
            person is not None
            and actor1 is not None
            and _BELONGING.fullmatch(
                fold_text(view.text[person.span.end - view.start : actor1.span.start - view.start])
            )
        ):
            person = None  # "هاجم مسلحون ينتمون إلى حركة الشباب": the subject's own men, not the object
        if person is not None and (actor2 is None or person.span.start < actor2.span.start):
            actor2 = person
        if actor2 is None and actor1 is not None and plover == "ASSAULT":
            actor2 = _toll_civilians(view, hit, usable, home)
    elif plover in ("COERCE", "RETREAT") and actor2 is not None and victims is None:
        # "أوقفت وحدات أمنية ثلاثة ناشطين ... أداء السلطات": those counted right after the verb are whom it befell
        # ... and those freed ("أطلقت الحركة سراح ثلاثة رهائن إسرائيليين ... وسلمتهم إلى الصليب الأحمر", probe25)
        person = _object_person(view, hit, home)
        of_side = person is not None and (
            re.match(r" +(?:من|في صفوف) ", view.text[person.span.end - view.start :]) is not None
            # "خمسة طلاب ينتمون إلى حركة حماس": those held are of the side they belong to
            or _participant_after(view, view.folded_index(person.span.end), _BELONGING_TO_SIDE, usable, 2) is not None
        )
        if person is not None and person.span.start < actor2.span.start and _is_counted(view, person) and not of_side:
            actor2 = person
    if launcher is not None:
        actor2 = launcher
    if plover == "ASSAULT" and actor2 is not None and launcher is None:
        # "استهدفت سفينة حاويات قال إنها تابعة لشركة تتعامل مع موانئ إسرائيل": a merchant ship right after the verb
        # is what was hit; a state named in what is said of it is no side
        ship = _MERCHANT_VESSEL.match(view.folded.text, hit.word_end + 1)
        if ship is not None and view.raw_start(ship.start(), ship.end()) < actor2.span.start:
            span = view.raw_span(ship.start(), ship.end())
            actor2 = Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")
    if actor2 is None and plover == "ASSAULT":
        actor2 = _target_site(view, hit, home)
    if actor2 is None and actor1 is not None and plover in _STATEMENTS:
        # "دعا بارزاني أنصاره إلى ضبط النفس": the doer's own following
        own = _FOLLOWERS.search(view.folded.text, hit.end)
        if own is not None and view.raw_span(own.start(), own.end()).start < limit:
            span = view.raw_span(own.start(), own.end())
            actor2 = _but(actor1, span=span, text=view.raw_text(span), canonical=None, named=False, person=False)
    if actor2 is not None and not actor2.person:
        actor2 = _holder(view, actor2, usable)  # "استقبل الرئيس وزير الخارجية الفرنسي جان نويل بارو": the minister
    if actor2 is not None and actor1 is not None and _one_side(actor1, actor2):
        actor2 = None
    if actor2 is not None and actor1 is not None and plover in _FORCE_TYPES and _fellow_forces(actor1, actor2):
        actor2 = None
    if actor2 is not None and actor2.possessive and actor2.role != "civilians":
        # "بانسحاب قواته"، "أن قواتهم هاجمت": one's own forces are on one's own side (not "قتلوا 12 من سكانها": a
        # place's people)
        actor2 = None
    if (
        actor1 is not None
        and actor2 is not None
        and not actor1.named
        and actor2.named
        and _OF_SIDE_SPACED.fullmatch(view.text[actor1.span.end - view.start : actor2.span.start - view.start])
    ):
        # "هاجم مقاتلون من حركة الشباب قاعدة عسكرية للجيش": the men of a side are that side, not the other one
        side = actor2
        rest = [p for p in usable if side.span.end < p.span.start < limit and not _one_side(side, p)]
        actor1, actor2 = side, rest[0] if rest else (_target_site(view, hit, home) if plover == "ASSAULT" else None)
    if actor2 is not None and not actor2.named and actor2.role == "armed_group":
        # "اشتبكت قوة من الجيش مع مسلحين من تنظيم داعش": the gunmen of a named group are that group
        group = next((p for p in usable if p.span.start >= actor2.span.end), None)
        if (
            group is not None
            and group.named
            and group.role == "armed_group"
            and _of_named_side(view.text[actor2.span.end - view.start : group.span.start - view.start])
            and (actor1 is None or not _one_side(actor1, group))
        ):
            actor2 = group
    if (
        plover == "ASSAULT"
        and actor2 is not None
        and actor2.person
        and actor2.named
        and actor2.role == "other"
        and actor2.country is None
        and actor2.canonical is None
    ):
        # "اغتال مسلحون مجهولون الشيخ خالد المسالمة": a named man of no known side whom force befell is a civilian
        # of the story's country
        actor2 = _but(actor2, role="civilians", country=home)
    held = plover in ("COERCE", "RETREAT")
    if held and actor2 is not None and not actor2.named and actor2.role in ("civilians", "other"):
        actor2 = _member_side(view, actor2, usable) or actor2
    unstated = actor2 is not None and actor2.country is None and not actor2.named and not _stateless(actor2)
    if held and actor2 is not None and unstated and actor2.head != "vessel":
        # "اعتقلت أجهزة الأمن الأردنية 16 شخصاً" in a story that names no place: a state holds or frees people of its own
        # (not an occupation's forces: "اعتقلت قوات الاحتلال 15 مواطناً")
        state_held = actor1 is not None and actor1.role in _STATE_ROLES and "احتلال" not in fold_text(actor1.text)
        if state_held and actor1 is not None and actor1.country is not None:
            actor2 = _but(actor2, country=actor1.country)
    evacuated = hit.values[0].id in ("evacuation_aid", "evacuation_aid_weak")
    if evacuated and actor2 is not None and unstated and actor2.head != "vessel" and actor2.role == "civilians":
        # "أجلت السلطات اللبنانية مئات العائلات من القرى الحدودية" in a story that names no place: a state evacuates
        # its own people
        evacuator = actor1 is not None and actor1.role in _STATE_ROLES and actor1.country is not None
        actor2 = _but(actor2, country=actor1.country) if evacuator and actor1 is not None else actor2
    # "اعتقلت السلطات المصرية خمسة أعضاء في حزب الدستور": a party no list knows, whose members a state holds, is of
    # that state
    party_held = held and actor2 is not None and actor2.named and actor2.role == "political_party"
    state_held = actor1 is not None and actor1.role in _STATE_ROLES and "احتلال" not in fold_text(actor1.text)
    if party_held and state_held and actor2 is not None and actor2.country is None and actor1 is not None:
        actor2 = _but(actor2, country=actor1.country)
    if held and actor2 is not None and not actor2.named and actor2.role == "civilians":
        actor2 = _held_persons_role(view, actor2)
    if actor2 is None and plover == "ASSAULT":
        actor2 = _own_unit_hit(view, hit, speaker, actor1)
    if actor2 is None and plover == "COERCE":
        actor2 = _seized_ship(view, hit, limit)  # "احتجزت البحرية الإيرانية ناقلة نفط"
    joiners = _protest_joiners(view, hit, limit) if held else None
    if joiners is not None and (actor2 is None or joiners.span.start < actor2.span.start or not actor2.named):
        # "اعتقلت الأجهزة الأمنية عدداً من المشاركين في وقفة تضامنية": those who joined a protest are its protesters,
        # of the holding state (not the embassy the protest stood by)
        holder = actor1 is not None and actor1.role in _STATE_ROLES and "احتلال" not in fold_text(actor1.text)
        actor2 = _but(joiners, country=(actor1.country if holder and actor1 is not None else None) or home)
    if actor2 is None and plover in ("COERCE", "RETREAT", "AID"):
        # "أفرجت الجماعة عن طاقم السفينة"، "أجلت 21 بحاراً من طاقم السفينة" (probe70)
        actor2 = _ship_crew(view, hit, limit)
    if plover == "REQUEST" and actor2 is None and hit.key.split()[-1] in _APPEAL_NOUNS:
        # "وجهت الرئاسة نداءً عاجلاً إلى الإدارة الأميركية": the appeal's addressee follows إلى
        to = _APPEAL_TO.match(view.folded.text, hit.end)
        at = view.raw_start(to.end(), to.end()) if to is not None else -1
        actor2 = next((p for p in usable if 0 <= p.span.start - at <= 1), None) if to is not None else None
    sides = _letter_sides(view, hit, usable) if plover in _STATEMENTS else None
    if sides is not None:
        # the letter's receiver is no doer; a demand with no other object is addressed to it ("طالب فيها بالتدخل"،
        # "دعاه فيها"), a charge or a rejection is aimed at the side it names ("اتهم فيها إسرائيل")
        sender, receiver = sides
        named = [
            p
            for p in usable
            if p.span.start >= t_span.end and p is not sender and p is not receiver and _direct_object(view, t_span, p)
        ]
        actor1 = sender or (None if actor1 is receiver else actor1)
        actor2 = named[0] if named else (receiver if plover == "REQUEST" else None)
    if plover == "THREATEN":
        wronged = actor2 is not None and _wronged_in_condition(view, hit, actor2)
        ships = _threatened_ships(view, hit, limit)
        if ships is not None and (actor2 is None or wronged or _ships_of(view, ships, actor2)):
            actor2 = ships
        elif wronged:
            actor2 = None
    return actor1, actor2


# "إذا استمر العدوان على اليمن"، "في حال تواصل التصعيد ضد صنعاء": a condition, and the side a deed in it is aimed
# at, perhaps past one word ("على مواقع الحشد"; folded, what stands before the side)
_WRONGED_IN_CONDITION = re.compile(
    r"(?<!\w)(?:اذا|ان|لو|حال|ما +لم)(?!\w)[^،,.؛:]{0,60}(?<!\w)(?:علي|ضد|بحق)(?: +[^\W_]+)? +$"
)


def _wronged_in_condition(view: SentenceView, hit: Hit[Trigger], side: Participant) -> bool:
    """ "هدد ... باستهداف السفن الأمريكية إذا استمر العدوان على اليمن": the side a condition's deed is aimed at is
    the threatener's own cause, not whom the threat is made to (heldout4 codes "ضد صنعاء" so; probe79)."""
    at = view.folded_index(side.span.start)
    return at > hit.end and _WRONGED_IN_CONDITION.search(view.folded.text, hit.end, at) is not None


# "رسالة إلى الأمين العام"، "في رسالة وجهها إلى مجلس الأمن"، "برقية بعث بها إلى": a letter and whom it is sent to
_APPEAL_NOUNS = frozenset({"نداء", "نداءات"})
_APPEAL_TO = re.compile(r"(?: +(?:عاجل|عاجلا|جديد|جديدا|مشترك|مشتركا|اخير|اخيرا))? +الي +")
_LETTER_TO = re.compile(
    r"(?<!\w)[وف]?(?:ب|ل|في +)?(?:رسال[هة]|رسايل|برقي[هة]|خطاب|خطابا|مذكر[هة])(?: +(?:خطي[هة]|عاجل[هة]|رسمي[هة]))?"
    r"(?: +(?:وجه|بعث|ارسل|بعث +ب|وجهت|بعثت|ارسلت)(?:ها|ه))? +الي +"
)


_BODY_HEAD_TITLE = re.compile(r"(?:رييس|رييس[هة]|رياس[هة]|اعضاء) +(?=[^\W\d_])")


def _direct_object(view: SentenceView, t_span: Span, p: Participant) -> bool:
    """Whether p stands right after the trigger as its object: within three words (a subject or "فيها" between) and
    behind no preposition ("طالب فيها بالضغط على إسرائيل": what is asked, not whom)."""
    gap = fold_text(view.text[t_span.end - view.start : p.span.start - view.start]).split()
    if len(gap) > 3 or any(w in ("علي", "الي", "ضد", "من", "عن", "مع") or w[:1] in ("ب", "ل") for w in gap):
        return False
    return view.text[p.span.start - view.start - 1 : p.span.start - view.start] in (" ", "")


def _letter_sides(
    view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]
) -> tuple[Participant | None, Participant] | None:
    """ "ووجه وزير الخارجية الفلسطيني رسالة إلى الأمين العام طالب فيها بالتدخل"، "وفي رسالة وجهها إلى مجلس الأمن، طالب
    المندوب": the sender of a letter a statement is made in (before the letter, or the statement's own subject after
    it) and whom the letter is sent to; None when no letter to a side opens the statement."""
    text = view.folded.text
    letters = [m for m in _LETTER_TO.finditer(text, 0, hit.start) if not re.search(r"[.؛]", text[m.end() : hit.start])]
    if not letters:
        return None
    to = letters[-1].end()
    # "برسالة إلى رئيس مجلس الأمن": a letter to a body's head is to the body
    head = _BODY_HEAD_TITLE.match(text, to)
    to = view.raw_start(to, to) if head is None else view.raw_start(head.end(), head.end())
    receiver = next((p for p in participants if 0 <= p.span.start - to <= 2), None)
    if receiver is None or receiver.span.end > view.raw_start(hit.start, hit.end):
        return None
    between = fold_text(view.text[receiver.span.end - view.start : view.raw_start(hit.start, hit.end) - view.start])
    if len(between.split()) > 8:
        return None  # a letter told of far from the statement
    opening = view.raw_start(letters[-1].start(), letters[-1].end())
    senders = [p for p in participants if p.span.end <= opening and not _one_side(p, receiver)]
    after = [p for p in participants if p.span.start >= view.raw_start(hit.end, hit.end) and p is not receiver]
    sender = senders[-1] if senders else (after[0] if after else None)
    return sender, receiver


# "توعد بمواصلة العمليات ضد السفن المرتبطة بإسرائيل"، "هددت باستهداف السفن الإسرائيلية": ships a threat is aimed at
_AGAINST_SHIPS = re.compile(
    r"(?<!\w)(?:ضد|علي|باستهداف|استهداف|لاستهداف) +(?:(?:كل|كافه|جميع) +)?(?=(?:ال)?(?:سفن|سفينه|ناقلات|ناقله)(?!\w))"
)


def _seized_ship(view: SentenceView, hit: Hit[Trigger], limit: int) -> Participant | None:
    """A merchant ship right after a verb of seizing ("احتجزت البحرية الإيرانية ناقلة نفط"، past its subject and a
    time aside): civilians of no one country, as a ship hit is."""
    ship = _MERCHANT_VESSEL.search(view.folded.text, hit.start, min(len(view.folded.text), hit.end + 60))
    if ship is None:
        return None
    span = view.raw_span(ship.start(), ship.end())
    if span.start >= limit:
        return None
    return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")


_SHIP_CREW = re.compile(r"(?<!\w)(?:ال)?طاقم +(?:ال)?(?:سفين[هة]|ناقل[هة]|باخر[هة]|سفن)(?!\w)")


def _ship_crew(view: SentenceView, hit: Hit[Trigger], limit: int) -> Participant | None:
    """A ship's crew right after a verb of holding or freeing: civilians of no one country (as the dev gold codes
    "21 بحاراً من طاقم السفينة"), whatever its flag."""
    crew = _SHIP_CREW.search(view.folded.text, hit.end, min(len(view.folded.text), hit.end + 40))
    if crew is None:
        return None
    span = view.raw_span(crew.start(), crew.end())
    if span.start >= limit:
        return None
    return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")


# "السفن المرتبطة بإسرائيل والولايات المتحدة"، "السفن التابعة لها": whom the ships are tied to
_SHIPS_OF = re.compile(r" *(?:ال)?(?:مرتبط|تابع|متعامل|متجه)[هة]? +(?:مع +)?(?:ب|ل|الي +)?[^،,.؛:]{0,50}$")


def _ships_of(view: SentenceView, ships: Participant, side: Participant) -> bool:
    """Whether `side` is only named as whom the threatened ships are tied to (not a threat's condition: "ما لم توقف
    إسرائيل عدوانها" names the other side)."""
    if side.span.start < ships.span.end:
        return False
    gap = fold_text(view.text[ships.span.end - view.start : side.span.start - view.start])
    # (past other sides it names: "بإسرائيل والولايات المتحدة وبريطانيا"; not past a condition)
    return _SHIPS_OF.match(gap) is not None and _CONDITION.search(gap) is None


def _threatened_ships(view: SentenceView, hit: Hit[Trigger], limit: int) -> Participant | None:
    """The merchant ships a threat is aimed at: civilians of no one country, as a ship hit is (its flag is not its
    crew's); not a warship ("السفن الحربية الأمريكية")."""
    against = _AGAINST_SHIPS.search(view.folded.text, hit.end)
    if against is None:
        return None
    ship = _MERCHANT_VESSEL.match(view.folded.text, against.end())
    if ship is None:
        return None
    span = view.raw_span(ship.start(), ship.end())
    if span.start >= limit:
        return None
    return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")


_PARTISAN_ROLES = frozenset({"armed_group", "political_party"})


# (folded) What the clause after people held tells of them: a protest they were held at ("خلال الوقفة"،
# "لإقدامهم على قطع الطريق"), or a suspicion ("يُشتبه بتورطهم"، "قالت إنهم متورطون"): protesters, or suspects (not
# "إنهم من فلول النظام المتورطين في انتهاكات": a definite adjective describes the body they are said to be of)
_HELD_AT_PROTEST = re.compile(
    r"(?<!\w)(?:خلال|اثناء|في|اثر|عقب|اعتراضا علي)? *(?:ال)?(?:وقفه|وقفات|احتجاج|احتجاجات|تظاهره|تظاهرات|مظاهره|مظاهرات"
    r"|اعتصام)(?!\w)|قطع +(?:ال)?طريق"
)
_HELD_DURING_PROTEST = re.compile(
    r"(?<!\w)(?:خلال|اثناء) +(?:تفريق +)?(?:ال)?(?:وقفه|احتجاج|احتجاجات|تظاهره|تظاهرات|مظاهره|مظاهرات|اعتصام|مسيره"
    r"|مسيرات)(?!\w)"
)
_HELD_ON_SUSPICION = re.compile(
    r"(?<!\w)(?:يشتبه|مشتبه|متورط|متورطين|متورطون|يعتقد +انهم|(?:لل|بال|ال|ل|ب)?اشتباه +(?:في|ب))(?!\w)"
)


# "المشاركين في وقفة احتجاجية"، "مشاركين في مسيرة": those who joined a protest (folded)
_PROTEST_JOINERS = re.compile(
    r"(?<!\w)(?:ال)?مشارك(?:ين|ون|ات)(?: +(?:ال)?[^\W\d_]+)? +في +(?:ال)?(?:وقف[هة]|وقفات|احتجاج|احتجاجات|تظاهر[هة]"
    r"|تظاهرات|مظاهر[هة]|مظاهرات|اعتصام|اعتصامات|مسير[هة]|مسيرات|اضراب)(?!\w)"
)


def _protest_joiners(view: SentenceView, hit: Hit[Trigger], limit: int) -> Participant | None:
    """ "اعتقلت الشرطة عدداً من المشاركين في مسيرة احتجاجية": the protest's joiners named after the verb, before
    the clause's end."""
    text = view.folded.text
    end = min(len(text), view.folded_index(limit) if limit > view.start else len(text))
    m = _PROTEST_JOINERS.search(text, hit.word_end, end)
    if m is None or re.search(r"[،,.؛:]", text[hit.word_end : m.start()]):
        return None
    head = m.group().split()[0]
    span = view.raw_span(m.start(), m.start() + len(head))
    return Participant(span, view.raw_text(span), None, None, "protesters", named=False, head="مشارك")


def _held_persons_role(view: SentenceView, people: Participant) -> Participant:
    """ "اعتقلت قوة ثلاثة أشخاص يُشتبه بتورطهم"، "توقيف ثمانية أشخاص خلال الوقفة": persons (no more said of them)
    held or freed are suspects (other) or, held at a protest, its protesters, as the clause after them tells."""
    clause = re.split(r"[،,.؛]", fold_text(view.text[people.span.end - view.start :]), maxsplit=1)[0]
    if _person_stem(people.text.split()[-1]) != "شخص":
        # "اعتقلت الشرطة 23 ناشطاً خلال تفريق المسيرة"، "أوقفت ستة أساتذة خلال تفريق الوقفة": any people held in a
        # protest's course are its protesters (not those held at home later "على خلفية مشاركتهم في الاحتجاجات")
        if _HELD_DURING_PROTEST.search(clause):
            return _but(people, role="protesters")
        # "أوقف الجيش ثلاثة سوريين للاشتباه في تورطهم بتهريب أسلحة": people of any kind held on suspicion are suspects
        return _but(people, role="other") if _HELD_ON_SUSPICION.search(clause) else people
    if _HELD_AT_PROTEST.search(clause):
        return _but(people, role="protesters")
    if _HELD_ON_SUSPICION.search(clause):
        return _but(people, role="other")
    return people


def _member_side(view: SentenceView, people: Participant, participants: Sequence[Participant]) -> Participant | None:
    """ "اعتقلت الأجهزة الأمنية خمسة طلاب ينتمون إلى حركة حماس"، "أفرجت عن ناشطين من جماعة الإخوان": people held or
    freed as members of a group or party named right after them are that group."""
    at = view.folded_index(people.span.end)
    side = _participant_after(view, at, _BELONGING_TO_SIDE, participants, 2)
    side = side or _participant_after(view, at, _OF_SIDE_SPACED, participants, 2)
    if side is None and _person_stem(people.text.split()[-1]) in _MEMBERS_IN:
        side = _participant_after(view, at, _IN_BODY, participants, 2)  # "خمسة أعضاء في حزب الدستور"
    return side if side is not None and side.named and side.role in _PARTISAN_ROLES else None


def _met_by_frame(
    view: SentenceView, hit: Hit[Trigger], after: Sequence[Participant], speaker: Participant | None
) -> tuple[Participant, Participant] | None:
    """ "خلال لقائه وزير الخارجية الأمريكي، بحث ولي العهد السعودي ...": a talks noun with a pronoun, its object, a
    comma, then the one the pronoun stands for (a named person preferred to his office)."""
    if not after:
        return None
    guest = after[0]
    gap = view.folded.text[hit.word_end : view.folded_index(guest.span.start)]
    if view.folded.text[hit.word_start : hit.word_end].endswith(("ه", "ها")):
        if gap.strip():
            return None  # the object right after the noun
    elif not _BROUGHT_TOGETHER.fullmatch(gap):
        return None  # "في لقاء جمعه بنظيره الأردني": the pronoun on the verb that brought them together
    # ... the one after the comma may be the speaker of what follows ("، أكد وزير الخارجية المصري")
    later = [*after[1:], *([speaker] if speaker is not None and speaker.span.start > guest.span.end else [])]
    rest = [p for p in later if "،" in view.text[guest.span.end - view.start : p.span.start - view.start]]
    if not rest:
        return None
    host = rest[0]
    named = [p for p in rest if p.person and p.named and p.country == host.country]
    return (named[0] if named else host), guest


_BROUGHT_TOGETHER = re.compile(r" +جمع(?:ه|ها|هم|هما)(?: +(?:مع|ب))? *")


def _talks_after(view: SentenceView, after: Sequence[Participant]) -> tuple[Participant, Participant] | None:
    """The subject and the other side of talks told after a noun that frames them ("في اتصال هاتفي، بحث X مع Y"):
    the sides before and after مع, a named person preferred to his office."""
    withs = [i for i, p in enumerate(after) if i > 0 and _with_side(view, p, after)]
    if not withs:
        return None
    hosts, guests = after[: withs[0]], after[withs[0] :]
    host = next((p for p in reversed(hosts) if p.person and p.named), hosts[0])
    guest = next((p for p in guests if p.person and p.named and p.country == guests[0].country), guests[0])
    return host, guest


def _clashed_with(view: SentenceView, hit: Hit[Trigger], side: Participant) -> bool:
    """ "في اشتباك مسلح مع قوات حرس الحدود": the side named after مع right behind a clash word (the trigger, or a
    clash after a bare death word)."""
    at = view.folded_index(side.span.start)
    if view.previous_word(at) != "مع":
        return False
    clashes = [hit] if hit.values[0].id in _CLASH_TRIGGERS else []
    clashes += [h for h in view.triggers if h.values[0].id in _CLASH_TRIGGERS and h.key not in _SCUFFLES]
    return any(
        h.end <= at and re.fullmatch(r" *(?:[^\W\d_]+ +)?مع +(?:ال)?", view.folded.text[h.end : at]) for h in clashes
    )


def _toll_before(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """A death or wound word before the trigger ("قُتل مهرب، الليلة الماضية، في اشتباك")."""
    return any(cue.end <= hit.start for cue in view.cues_of("killed", "injured"))


def _heads_civilian_site(view: SentenceView, p: Participant) -> bool:
    """ "مدير مدرسة"، "مدير مستشفى": an unnamed official noun right before a civilian site."""
    if p.named or p.role != "government":
        return False
    return _CIVILIAN_SITE.match(view.folded.text, view.folded_index(p.span.end) + 1) is not None


_TOLL_TELLERS = _WORDS.words("toll_tellers")


def _rescuers(p: Participant) -> bool:
    """ "طواقم الدفاع المدني"، "فرق الإسعاف": those who rescue or count the victims of a strike never carried it out."""
    return p.role == "other" and any(w in fold_text(p.text) for w in _TOLL_TELLERS)


_BEFALLING = frozenset({"ied", "explosion", "suicide_bombing", "attack_generic"})  # triggers.yaml ids
_CLAUSE_THAT = frozenset({"ان", "بان", "وان"})  # "إن"، "أن"، "بأن" (folded) opening a reported clause


_UNIFORMED = frozenset(_WORDS.words("uniformed_singulars"))


def _person_told_of(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "قالت الشرطة إن رجلاً أطلق النار"، "أعلن الجيش أن فلسطينياً دهس جنوداً": a verb whose subject, right after the
    reported clause's "إن/أن", is one person of no uniform (perhaps with an adjective): someone the teller tells of."""
    if _is_noun(view, hit) or hit.start != hit.word_start:
        return False
    words = view.folded.text[max(0, hit.word_start - 40) : hit.word_start].split()
    opener = max((i for i, w in enumerate(words) if w in _CLAUSE_THAT), default=-1)
    subject = words[opener + 1 :] if opener >= 0 else []
    if not 1 <= len(subject) <= 2:
        return False
    head = subject[0].removesuffix("ا") if subject[0].endswith(("ا", "ه")) else subject[0]
    if head in _UNIFORMED or subject[0] in _UNIFORMED:
        return False
    return head in _singular_people() or subject[0] in _singular_people() or head in _nationality_of_form()


def _teller_only(view: SentenceView, hit: Hit[Trigger], speaker: Participant, plover: str) -> bool:
    """ "ذكرت البعثة الأممية أن قذائف سقطت على المطار"، "أفادت الهيئة بأن سفينة أبلغت عن انفجار مقذوف": a body that
    bears no arms (or the UN) tells of shells or a blast it did not fire."""
    if plover == "COERCE" and speaker.role == "igo":
        return True  # "قال البرنامج الأممي إن قافلة مساعدات مُنعت من دخول المدينة": the UN barred no one (probe81)
    if plover == "ASSAULT" and _person_told_of(view, hit):
        return True  # "قالت الشرطة إن رجلاً أطلق النار": the man the body tells of did it, not the body (probe105)
    if plover != "ASSAULT":
        return False
    if hit.values[0].id in _BEFALLING and view.previous_word(hit.word_start) in _CLAUSE_THAT:
        # "قالت الشرطة إن انفجار عبوة ناسفة أسفر عن مقتل شخص"، "قالت الوزارة إن هجوماً مسلحاً استهدف نقطة تفتيش": a
        # blast or an attack that opens what the body says befell; the body did not set it off
        return True
    if speaker.role in _ARMED_ROLES:
        return False
    # ... with the word after it, the body an office heads ("على لسان مدير المستشفى")
    named = speaker.text
    if view.start <= speaker.span.start and speaker.span.end <= view.start + len(view.text):
        head = _NEXT_WORD.match(view.folded.text, view.folded_index(speaker.span.end))
        named = fold_text(named) + (" " + head.group(1) if head is not None else "")
    if any(w in fold_text(named) for w in _TOLL_TELLERS):
        return True  # "قالت وزارة الصحة إن شخصين قتلا في غارة": who counts or treats the victims did not strike
    if _OWNED_BY_SPEAKER.search(view.folded.text[: hit.word_start]):
        return False  # "قالت الحكومة إن طائرات مسيرة تابعة لها نفذت ضربات جوية": its own weapons
    if speaker.role == "igo":
        return True
    return any(h.start < hit.end and hit.start < h.end for h in view.cues_of("weapon"))


def _of_named_side(gap: str) -> bool:
    """ " من "، " من تنظيم ": the words between men and the side they are of (the kind a name is listed without)."""
    words = fold_text(gap).split()
    return bool(words) and words[0] == "من" and len(words) <= 2 and all(w in _KIND_WORDS for w in words[1:])


# "تعرض إحدى دورياته لـ"، "تعرضت دورية تابعة لها لـ"، "تعرض أحد مواقعه لـ": the speaker's own unit or post underwent it
_OWN_UNIT_UNDERWENT = re.compile(
    r"(?<!\w)[وف]?[يت]?تعرض(?:ت)? +(?:(?:احدي|احد) +)?(?:"
    r"(?:دوريات|دوريت|مواقع|موقع|نقاط|نقط[هة]|مراكز|مركز|آليات|اليات|عناصر|قوات)(?:ه|ها)"
    r"|(?:دوري[هة]|قو[هة]|آلي[هة]|الي[هة]|نقط[هة]) +تابع[هة] +(?:له|لها))"
    r"(?: +[^\W_]+){0,3}? +ل{0,2}$"
)


# "موقع للحشد الشعبي قد"، "دورية تابعة للجيش": a post or unit of a side (ل fused with the side), right before the
# verb of undergoing (past قد, or a name of up to three words)
_UNIT_OF_SIDE_FIRST = re.compile(
    r"(?<!\w)(?:(?:احدي|احد) +)?(?:دوري[هة]|موقع|نقط[هة]|مركز|مقر|قاعد[هة]|رتل|حاجز|ثكن[هة]|آلي[هة]|الي[هة]|قافل[هة])"
    r"(?: +(?:تفتيش|عسكري[هة]?|امني[هة]?))?(?: +تابع[هة])? +ل[^\W\d_]+(?: +[^\W\d_]+){0,3}?(?: +قد)? +$"
)
_OWN_UNITS = (
    r"(?:(?:احدي|احد) +)?(?:دوريات|دوريت|مواقع|موقع|نقاط|نقط[هة]|نقطت|مراكز|مركز|آليات|اليات|عناصر|قوات|ثكنات)(?:ه|ها)"
)
# "أن إحدى دورياته تعرضت لـ": the speaker's own unit, then the verb of undergoing
_OWN_UNIT_FIRST = re.compile(r"(?<!\w)" + _OWN_UNITS + r" +[يت]?تعرض(?:ت)? +ل{0,2}$")
_OWN_UNIT_OBJECT = re.compile(r" +" + _OWN_UNITS + r"(?!\w)")


def _own_unit_hit(
    view: SentenceView, hit: Hit[Trigger], speaker: Participant | None, doer: Participant | None
) -> Participant | None:
    """ "أعلن الجيش تعرض إحدى دورياته لإطلاق نار": the speaker, whose own unit or post underwent the attack."""
    if speaker is None:
        return None
    before = view.folded.text[max(0, hit.word_start - 40) : hit.start]
    # (unnamed men of the speaker's kind are another side: "أن مسلحين هاجموا إحدى نقاطها")
    if doer is not None and (_one_side(doer, speaker) or (doer.named and _same_side(doer, speaker))):
        return None
    if _OWN_UNIT_FIRST.search(before):
        return speaker
    # "أعلنت قسد أن مسلحين هاجموا إحدى نقاطها": the speaker's own post as the verb's object
    if _OWN_UNIT_OBJECT.match(view.folded.text, hit.end) and not _is_noun(view, hit):
        return speaker
    if doer is not None and _same_side(doer, speaker):
        return None
    return speaker if _OWN_UNIT_UNDERWENT.search(before) else None


# "تعرضت لهجوم"، "يتعرض لقصف": the subject underwent the event (ل fused with the trigger's word); "أبلغت عن
# انفجار": the subject (a ship, a crew) reported it
_UNDERWENT = re.compile(
    r"(?<!\w)[وف]?(?:[يت]?تعرض(?:ت|وا|ا|تا|ه|ها|هم|هما)?(?: +[^\W_]+)? +ل{0,2}|(?:ا|[يت])?بلغ(?:ت|وا|ا|تا)? +عن +)$"
)
# ... also its verbal noun with the sufferer's pronoun ("إثر تعرضه لإطلاق نار من مسلحين")
_UNDERGOING = re.compile(r"(?<!\w)[وف]?(?:([يت]?تعرض(?:ت|وا|ا|تا|ه|ها|هم|هما)?)|نج(?:ا|ت|وا|تا)|[يت]نجو(?:ن|ا)?)(?!\w)")


# "لقصف مدفعي من"، "لهجوم من"، "برصاص قناص من تنظيم": up to two adjectives, من, and a side's kind word
_FROM_DOER = re.compile(r"(?:[^\W\d_]+ +){0,2}من(?: +(?:تنظيم|حرك[هة]|جماع[هة]|عناصر|مسلحي|مقاتلي)){0,2}")


def _done_by_after(
    view: SentenceView, hit: Hit[Trigger], after: Sequence[Participant], underwent: bool
) -> Participant | None:
    """ "تعرضت قافلة للجيش لهجوم من مسلحين": the side named after من right behind an event noun undergone (by
    تعرض or its لـ after such a verb) did it; so did an armed side after the fire one was hit by ("أصيب جندي
    برصاص قناص من تنظيم داعش")."""
    if not after:
        return None
    text = view.folded.text
    first = after[0]
    end = view.raw_span(hit.start, hit.end).end
    gap = fold_text(view.text[end - view.start : first.span.start - view.start]).strip()
    if not underwent:
        verb = [v for v in _UNDERGOING.finditer(text, max(0, hit.word_start - 90), hit.word_start) if v.group(1)]
        if not verb or not text[hit.word_start : hit.start].endswith("ل"):
            # the fire, right before من, "برصاص قناص من تنظيم داعش"
            by_fire = text[hit.word_start : hit.start].endswith("ب") and hit.values[0].plover == "ASSAULT"
            by_fire = by_fire and first.role in _ARMED_ROLES and gap.split()[:1] == ["من"]
            if not by_fire:
                return None
    return first if _FROM_DOER.fullmatch(gap) else None


def _holder(view: SentenceView, office: Participant, participants: Sequence[Participant]) -> Participant:
    """The person named right after an office of the same state ("وزير الخارجية الفرنسي جان نويل بارو") holds
    it and stands for it, in the office's role ("رئيس مجلس السيادة عبد الفتاح البرهان" acts for the government,
    a general though he is); else the office."""
    for p in participants:
        if p.span.start >= office.span.end:
            gap = view.text[office.span.end - view.start : p.span.start - view.start]
            if p.person and p.named and p.country == office.country and not gap.strip():
                return _but(p, role=office.role)
            break
    return office


# "، في بيان اليوم، السلطة بـ": the object, perhaps after an aside, then بـ or إلى (or على after حث)
_BARE_OBJECT = re.compile(r"(?:[ ،,]*في +[^،,]{1,40}[،,])?[ ،,]*(السلط[هة]|الاطراف|الاحتلال)(?= +(?:ب|الي |علي ))")


def _bare_object(
    view: SentenceView, hit: Hit[Trigger], actor1: Participant | None, plover: str, ctx: Context
) -> Participant | None:
    """ "واتهمت جبهة الخلاص، في بيان اليوم، السلطة بـ\"استعمال القضاء\"": "السلطة" alone, the object of an
    accusation or a demand, is the ruling authority, the government of the story's country; "ودعا غروندبرغ الأطراف
    إلى البناء على الاتفاق": the parties a call is made to, in a story whose fighting sides were all of its
    country, are that country's (probe62)."""
    # the verb's own word ends the trigger's first (a key "دعا الي" spans the object too)
    space = view.folded.text.find(" ", hit.start)
    start = hit.end if space < 0 else min(hit.end, space)
    if actor1 is not None and view.folded_index(actor1.span.start) >= start:
        start = view.folded_index(actor1.span.end)
    found = _BARE_OBJECT.match(view.folded.text, start)
    if found is not None and found.group(1) == "الاحتلال":
        # "اتهمت حركة حماس الاحتلال بالمماطلة"، "توعدت سرايا القدس الاحتلال برد قاس": the occupying state, Israel
        span = view.raw_span(found.start(1), found.end(1))
        return Participant(span, view.raw_text(span), None, "ISR", "government", False, head="الاحتلال")
    if found is None or ctx.home is None or plover == "THREATEN":
        return None
    span = view.raw_span(found.start(1), found.end(1))
    if found.group(1) == "الاطراف":
        if plover != "REQUEST":
            return None
        # the two sides of the last clash told, else the last armed sides named
        country = ctx.home if _local_fight(ctx.fought or ctx.named, ctx.home) else None
        return Participant(span, view.raw_text(span), None, country, "other", False, head="الاطراف")
    return Participant(span, view.raw_text(span), None, ctx.home, "government", False, head="السلطه")


_BARE_STATE_BODIES = frozenset(
    fold_text(w)
    for w in ("الحكومة", "السلطات", "السلطة", "الأجهزة الأمنية", "القوات الأمنية", "قوات الأمن", "الشرطة", "الأمن")
)
_NOTABLES = frozenset({"وجهاء", "الوجهاء", "اعيان", "الاعيان", "شيوخ", "زعماء"})  # folded


def _notables(p: Participant) -> bool:
    """ "وجهاء"، "وفداً من وجهاء السويداء"، "شيوخ عشائر": notables and tribal elders, described."""
    return p.role == "civilians" and any(w in _NOTABLES for w in fold_text(p.text).split()[:3])


_JOURNALIST_STEMS = frozenset({"صحفي", "صحفيه", "صحافي", "صحافيه", "اعلامي", "اعلاميه", "مراسل", "مراسله"})


def _held_journalist(view: SentenceView, p: Participant) -> bool:
    """ "الصحفي ريبوار حسن"، "صحفياً"، "ثلاثة صحفيين": journalists described, no outlet named and no one else with
    them ("صحفياً وأسيراً محرراً" is people)."""
    if p.canonical is not None or p.role not in ("civilians", "media", "other") or " و" in p.text:
        return False
    if re.match(r" +و(?!فق|ذلك)[^\W\d_]", view.text[p.span.end - view.start : p.span.end - view.start + 5]):
        return False
    words = [w for w in fold_text(p.text).split() if not w.isdigit()]
    return any(_person_stem(w) in _JOURNALIST_STEMS or w.removeprefix("ال") in _JOURNALIST_STEMS for w in words[:2])


def _journalists(p: Participant) -> bool:
    """Journalists described, not an outlet named ("صحفيين"، "ثلاثة صحافيين")."""
    return p.role == "media" and not p.named and p.canonical is None and _person_stem(p.text.split()[-1]) is not None


def _weapon_owner(view: SentenceView, after: Sequence[Participant]) -> Participant | None:
    """The armed side named right after a weapon, its genitive ("مدفعية قوات الدعم السريع"، "مسيرات الجيش")."""
    for h in view.cues_of("weapon"):
        end = view.raw_span(h.start, h.end).end
        for p in after:
            if p.span.start >= end and not view.text[end - view.start : p.span.start - view.start].strip():
                # "استهدفت طائرة مسيرة آلية عسكرية إسرائيلية": a vehicle, convoy or base is hit, it owns no weapon
                owner = p.role in _ARMED_ROLES and not view.folded.text[h.end : h.word_end] and not _named_by_target(p)
                return p if owner else None
    return None


def _named_by_target(p: Participant) -> bool:
    """A force named by what is hit ("آلية عسكرية إسرائيلية"، "رتلاً عسكرياً تركياً"، "قاعدة عسكرية أميركية")."""
    words = fold_text(p.text).split()
    return any(" ".join(words[:n]) in _TARGET_HEADS for n in (1, 2, 3))


def _aimed_object(view: SentenceView, hit: Hit[Trigger], p: Participant) -> bool:
    """ "استهداف دبابة إسرائيلية": a side right after the verbal noun استهداف is what it aimed at, unless a لـ object
    follows it ("استهداف طائرات إسرائيلية لمنزل": then the side is the subject)."""
    if hit.key != _TARGETING or view.folded.text[hit.end : view.folded_index(p.span.start)].strip():
        return False
    return not _NEXT_LAM.match(view.folded.text, view.folded_index(p.span.end))


_TARGETING = "استهداف"  # (folded)
_NEXT_LAM = re.compile(r" +ل[^\W\d_]{2,}")


def _owner_of_hit(view: SentenceView, t_span: Span, p: Participant) -> bool:
    """ "استهداف تجمع لجنود إسرائيليين"، "قصف آليات للجيش": a side behind لـ past a noun after the trigger owns
    what was hit."""
    start = view.folded_index(p.span.start)
    lam = _GENITIVE_LAM.search(view.folded.text, max(0, start - 30), start)
    return lam is not None and t_span.end <= p.span.start and _owned_object(view, t_span, p)


def _unknown_side(p: Participant) -> bool:
    """A name no list knows, of no country and no side ("محمد الهاشمي")."""
    return p.role == "other" and p.country is None and p.canonical is None


def _owned_object(view: SentenceView, t_span: Span, p: Participant) -> bool:
    """ "استهداف مواقع للمسلحين"، "قصفت مواقع للحوثيين": a noun stands between the trigger and the side after لـ,
    which owns what was hit (not "قصف مدفعي لقوات النظام", an adjective between: the shelling's doer)."""
    a, b = view.folded_index(t_span.end), view.folded_index(p.span.start)
    # "قصف بطائرة مسيرة للجيش السوداني": the weapon it was done with, after ب, is no noun hit
    armed = [(h.word_start, h.word_end) for h in view.cues_of("weapon") if a < h.word_start and h.word_end <= b]
    instrument = (
        bool(armed)
        and view.folded.text[armed[0][0] : armed[0][0] + 1] == "ب"
        and not (view.folded.text[a : armed[0][0]].strip())
    )
    words = [
        w
        for w in re.finditer(r"[^\W\d_]+", view.folded.text[a:b])
        if not (instrument and any(x <= a + w.start() < y for x, y in armed))
    ]
    # "بهجوم لعناصر تنظيم داعش": the men and the kind word the doer is named with are no noun between
    return not all(
        fold_text(w.group()) in ("ل", "لل")
        or fold_text(w.group()) in _GENITIVE_LEADS
        # (a unit hit spelt like an adjective, "استهداف دورية للجيش", is a noun)
        or (_NISBA_STEM.fullmatch(fold_text(w.group())) and fold_text(w.group()) not in _HIT_UNITS)
        for w in words
    )


# "إثر استهداف دورية للجيش العراقي"، "استهدفت آلية لقوات النظام": a verb or noun of aim, what it hit, then its owner
_AIMED_OWNER = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:استهداف|" + _alt("aiming_verbs") + r") +([^\W\d_]+) +ل$")


def _unit_subject(view: SentenceView, verb_end: int, p: Participant) -> bool:
    """ "اعترضت دورية لخفر السواحل قارباً": a unit right after the verb, then its owner, is the verb's subject."""
    words = fold_text(view.folded.text[verb_end : view.folded_index(p.span.start)]).split()
    return bool(words) and words[0] in _HIT_UNITS


def _aimed_owner(view: SentenceView, p: Participant) -> bool:
    """Whether p owns what a verb or noun of aim before it hit ("إثر استهداف دورية للجيش العراقي بعبوة ناسفة": the
    army was hit by the device, it did not use it)."""
    start = view.folded_index(p.span.start)
    m = _AIMED_OWNER.search(view.folded.text, max(0, start - 40), start)
    word = fold_text(m.group(1)) if m is not None else ""
    if m is None or word in _WEAPON_HEADS:
        return False  # "إثر استهداف مسيرة للجيش تجمعاً لهم": the army's drone struck
    return not _NISBA_STEM.fullmatch(word) or word in _HIT_UNITS


_GENITIVE_LEADS = frozenset({"لعناصر", "لمسلحي", "لمقاتلي", "لتنظيم", "لحركه", "لجماعه", "تنظيم", "حركه", "جماعه"})
_HIT_UNITS = frozenset(fold_text(w) for w in _WORDS.words("unit_heads") + _WORDS.words("hit_convoys")) | {"اليه"}
_WEAPON_HEADS = frozenset(fold_text(w) for w in _WORDS.words("owned_weapons"))


# "قوة تابعة لـ"، "عناصر تابعة لـ": an unnamed unit (maybe past an adjective and an aside) said to belong to a side
_UNIT_OF_SIDE = re.compile(
    r"[\s،,]*(?:" + _alt("unit_heads") + r")(?: +[^\W\d_]+)?[\s،,]+(?:ال)?تابع(?:ه|ين|ون|تان)? +ل?\s*"
)


def _without_owners(view: SentenceView, before: list[Participant]) -> list[Participant]:
    """ "إن عناصر من جهاز الأمن العام التابع للحكومة السورية اعتقلوا": the side a unit belongs to is no doer of its
    own; a group's unit takes the group's country and role."""
    out: list[Participant] = []
    owned: list[Participant] = []
    for p in before:
        if any(p is o for o in owned):
            continue
        owner = _belonging_side(view, p, before)
        if owner is not None:
            owned.append(owner)
            if owner.role == "armed_group":
                p = _but(p, country=owner.country or p.country, role=owner.role)
        out.append(p)
    return out


def _named_apart(a: Participant, b: Participant) -> bool:
    """Two sides each named by a name of its own, and not the same name."""
    if not (a.named and b.named) or a.span == b.span:
        return False
    return a.canonical != b.canonical and fold_text(a.text) != fold_text(b.text)


def _belonging_side(view: SentenceView, p: Participant, participants: Sequence[Participant]) -> Participant | None:
    """The side named right after p with "التابع لـ" between ("جهاز الأمن العام التابع لهيئة تحرير الشام")."""
    for q in participants:
        if q.span.start >= p.span.end:
            gap = view.text[p.span.end - view.start : q.span.start - view.start]
            return q if _UNIT_OF.fullmatch(fold_text(gap)) else None
    return None


def _unit_of_side_between(view: SentenceView, end: int, side: Participant) -> bool:
    """Whether only an unnamed unit said to belong to it ("قوة تابعة لـ") stands between `end` and the side."""
    return _UNIT_OF_SIDE.fullmatch(fold_text(view.text[end - view.start : side.span.start - view.start])) is not None


# "ما لم تستجب"، "إن لم"، "إذا لم"، "في حال لم": a condition a threat or demand sets
_CONDITION = re.compile(r"(?<!\w)(?:ما|ان|اذا|لو|حال) +لم(?!\w)")
# "التابع لـ"، "التابعة للحوثيين": a unit named with the side it belongs to
_UNIT_OF = re.compile(r" *(?:[^\W\d_]+ +)?(?:ال)?تابع(?:ه|ين|ون)? +ل? *")  # past an adjective of the unit
# belonging to (a side), also as believed or said ("مسلحون يُعتقد أنهم ينتمون إلى"، "يشتبه في انتمائهم إلى"، "قالت
# مصادر إنهم من"; probe79)
_HEDGE = r"(?:(?:يعتقد|يرجح|يشتبه(?: +في)?|يقال|قال(?:ت|وا)?(?: +[^\W\d_]+){0,2}) +(?:ان|انهم|انه|انها) +)"
_BELONGING = re.compile(
    r"(?: *" + _HEDGE + r"?(?:ينتمون|ينتمي|تنتمي|ينتميان|المنتمين|المنتمون) +الي *"
    r"| *(?:يشتبه|يعتقد|يرجح) +(?:في +|ب)انتماي(?:هم|ه|هما) +(?:الي *|ل)"
    r"| *" + _HEDGE + r"(?:من|عناصر +من|اعضاء +في|عناصر +في) *)(?:(?:تنظيم|حرك[هة]|جماع[هة]) +)?"
)


# After the trigger, these open what the doer says, adds or is told ("مؤكداً أن"، "وقال"، "بحسب"): those named
# there are not whom the event befell.
_OBJECT_END = re.compile(
    r"[،,] *(?:" + _alt("object_end_participles") + r")(?:ا|ه|ة|ين)?(?!\w)"
    r"|[،,] *و(?:" + _alt("object_end_verbs") + r")(?!\w)"
    # "، فيما قالت هيئة عمليات التجارة البحرية إن السفينة لم تصب": a clause of its own (probe40)
    r"|[،,] *(?:" + _alt("meanwhile") + r")(?!\w)"
    # "، بناءً على توصيات اللجنة العليا": the grounds a step was taken on name no one it befell (probe101)
    r"|[،,] *(?:بناء|استنادا) (?:علي|الي)(?!\w)"
    # "سرقوا مواشي القرية قبل أن تصل قوة من الحشد": a clause after "قبل أن/بعد أن" has a verb and a subject of its
    # own
    r"|(?<!\w)(?:قبل|بعد) +ان +[يت](?=[^\W\d_]{2})"
)


# What the doer thinks of it ("، معتبراً أن"، "، محذراً من"): an opinion, not more of the event (unlike "مضيفاً أن").
_OPINION = re.compile(r"[،,] *(?:" + _alt("opinion") + r")(?:ا|ه|ة|ين)?(?!\w)")


# A statement's content follows "أن" ("مؤكداً أن قواته"، "شروطاً بأن توقف الفصائل"): not its addressee.
_THAT = re.compile(r"(?<!\w)(?:ب?(?:" + _alt("that") + r")(?:ه|ها|هم)?)(?!\w)")


# What a demand asks for opens with "إلى" or a word with ب ("دعا إلى وقف"، "طالب بالإفراج").
_DEMAND_OPENS = re.compile(r"(?<!\w)(?:الي|ب[^\W\d_]{2,})(?!\w)")
_CALL_OPENS = re.compile(r"(?<!\w)الي(?!\w)")


def _in_demand(view: SentenceView, hit: Hit[Trigger], p: Participant, civilians: bool) -> bool:
    """Whether p is named inside what a call asks for ("إلى ..."), or, if `civilians`, inside what a demand asks
    for ("بـ ..."), not as whom it is made of."""
    # a phrase trigger ("دعا ... إلى") holds the opening word itself
    verb_end = view.folded.text.find(" ", hit.start, hit.end)
    start = verb_end if verb_end > 0 else hit.word_end
    pattern = _DEMAND_OPENS if civilians else _CALL_OPENS
    end = view.folded_index(p.span.start)
    return any(not _envoy_to(view, m) for m in pattern.finditer(view.folded.text, start, end))


_ENVOY_WORDS = frozenset(fold_text(w) for w in _WORDS.words("envoy_words"))


def _envoy_to(view: SentenceView, opening: re.Match[str]) -> bool:
    """ "ودعا المبعوث الأممي الخاص إلى اليمن ...، جميع الأطراف إلى": the إلى of an envoy's title, before the country he
    is sent to, opens no demand (probe80)."""
    before = view.folded.text[max(0, opening.start() - 30) : opening.start()].split()[-2:]
    if not any(fold_text(w).lstrip("و") in _ENVOY_WORDS for w in before):
        return False
    at = view.raw_span(opening.end() + 1, opening.end() + 1).start
    return any(m.span.start == at and m.place is not None for m in view.mentions)


def _object_limit(view: SentenceView, hit: Hit[Trigger], statement: bool) -> int:
    """The raw offset where the trigger's own clause of objects ends."""
    ends = [m.start() for m in _OBJECT_END.finditer(view.folded.text, hit.end)]
    if statement:
        ends += [m.start() for m in _THAT.finditer(view.folded.text, hit.end)]
        joined = _joined_verb(view, hit)
        if joined is not None:
            ends.append(joined.word_start)  # "هدد بتوسيع العمليات، واتهم واشنطن": the accused is not threatened
    # "بحسب المرصد" closes the sentence; "على لسان الناطق باسمها،" is an aside
    ends += [h.start for h in view.cues_of("attribution") if h.start >= hit.end and not h.key.startswith("علي")]
    if not ends:
        return view.sentence.span.end
    return view.raw_span(min(ends), min(ends)).start


# "برئاسة رئيس الوزراء"، "بمشاركة الحشد الشعبي": who chairs or joins, on the doer's side.
_COMPANION = frozenset(_WORDS.words("companion"))
_COMPANION_SPELLINGS = _taa_spellings(_COMPANION)  # as words of folded text spell them


# An aside between commas that names who spoke ("، على لسان الناطق باسمها نبيل أبو ردينة،").
_ASIDE = re.compile(r"(?<!\w)(?:" + _alt("aside_phrases") + "|في (?:" + _alt("aside_statements") + r"))(?!\w)")
_ASIDE_WORDS = _needles("aside_phrases", "aside_statements")


_DIRECTING = frozenset(_WORDS.words("directing"))


def _is_companion(view: SentenceView, p: Participant) -> bool:
    start = view.folded_index(p.span.start)
    text = view.folded.text
    since_comma = text[max(text.rfind("،", 0, start), text.rfind(",", 0, start)) + 1 : start]
    # "برئاسة رئيس الوزراء محمد شياع السوداني": the word may stand before the person's title
    if not _COMPANION_SPELLINGS.isdisjoint(since_comma.split()[-4:]):
        return True
    if not view.contains_any(_ASIDE_WORDS):
        return False
    asides = list(_ASIDE.finditer(since_comma))
    if not asides:
        return False
    # "، في بيان الجيش،"، "في بيان صادر عن الجيش": the statement's author; but past one indefinite adjective that ends
    # the phrase ("اتهمت في بيان منفصل الجيش بقصف") stands the object
    gap = since_comma[asides[-1].end() :].split()
    if _THAT_WORDS.intersection(gap):
        return False  # "قال التنظيم في بيان نشره إن مقاتليه فجروا عبوة بدورية للجيش": the complement has begun
    ended = (
        asides[-1].group().startswith("في ")
        and len(gap) == 1
        and not gap[0].startswith(("ال", "ل"))
        and gap[0] not in _STATEMENT_LINKS
    )
    return not ended


_THAT_WORDS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
_CHARGED = re.compile(r" +ب(?=[^\W\d_]{3})")  # "الجيش بقصف"، "بارتكاب"، "بالوقوف وراء"
_STATEMENT_LINKS = frozenset({"صادر", "صادره", "عن", "مشترك", "مع"})


_GATHER_VERBS = frozenset({"جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع", "ضم", "ضمت"})


def _gathered(view: SentenceView, hit: Hit[Trigger], after: Sequence[Participant]) -> bool:
    """ "لقاء جمع X وY"، "اجتماع ضم X وY": a verb of bringing together right after a talks noun, then two sides joined
    by و or بـ; or two sides one dual or plural head names ("بين وفدين إيراني وأميركي"), after the noun."""
    if len(after) < 2:
        return False
    if after[0].head == after[1].head == _DUAL:
        return True
    gap = view.folded.text[hit.word_end : view.folded_index(after[0].span.start)].split()
    return len(gap) == 1 and gap[0] in _GATHER_VERBS and len(_gathered_sides(view, after)[1]) > 0


def _gathered_sides(view: SentenceView, after: Sequence[Participant]) -> tuple[Participant, list[Participant]]:
    """The first side and the rest from the second on, split where و or بـ joins them ("الرئيس المصري عبد الفتاح
    السيسي والعاهل الأردني"), a named person preferred to his office."""
    for i in range(1, len(after)):
        joint = view.text[after[i - 1].span.end - view.start : after[i].span.start - view.start]
        counterpart = _COUNTERPART_JOINT.fullmatch(fold_text(joint.strip())) is not None
        if _joins(joint) or joint.strip() in ("ب", "و ب") or counterpart:
            first, rest = after[:i], list(after[i:])
            host = next((p for p in reversed(first) if p.person and p.named), first[0])
            guest = next((p for p in rest if p.person and p.named and p.country == rest[0].country), rest[0])
            return host, [guest, *(p for p in rest if p is not guest)]
    return after[0], []


# (folded) "لقاء جمع بوريطة بنظيره الجزائري أحمد عطاف": the counterpart word, perhaps with a nationality, joins the two
_COUNTERPART_JOINT = re.compile(r"(?:و ?)?ب?(?:نظيره|نظيرها|نظيرته|نظيرتها|نظرايه|نظراءه)(?: +[^\W\d_]+){0,2}")


def _joins(gap: str) -> bool:
    """ "و" between two actors, perhaps with the second's nationality ("لافروف والتركي هاكان فيدان")."""
    word = fold_text(gap.strip())
    if word == "و":
        return True
    return word.startswith("و") and any(word[1:] in forms for forms in _nationality_forms().values())


_COUNT_OF = re.compile(r"(?:^|\s)[وف]?([0-9]+|[^\W\d_]+) +[^\W\d_]+ +من +(?:[^\W\d_]+ +)?$")  # "7 إرهابيين من (تنظيم) "
# ... or, right after a noun of killing (event_words.yaml `neutralising_nouns`), the count right before من and the men
# ("تحييد سبعة من عناصر حزب العمال الكردستاني"; probe55)
_COUNT_FROM = re.compile(r"(?:^|\s)[وف]?([0-9]+|[^\W\d_]+) +من +(?:[^\W\d_]+ +)?$")
_NEUTRALISING_BEFORE = re.compile(r"(?:^|\s)[وب]?[\"«“]?(?:" + _alt("neutralising_nouns") + r")[\"»”]? +$")


def _counted_of(view: SentenceView, p: Participant) -> bool:
    """ "7 إرهابيين من تنظيم ..."، "ثلاثة عناصر من الحركة": a side named by a count of its men."""
    start = view.folded_index(p.span.start)
    for pattern in (_COUNT_OF, _COUNT_FROM):
        match = pattern.search(view.folded.text, max(0, start - 40), start)
        if match is None:
            continue
        at = match.start(1)  # searched with a start position, the match's offsets are already the text's
        if pattern is _COUNT_FROM and _NEUTRALISING_BEFORE.search(view.folded.text, max(0, at - 30), at) is None:
            continue  # "بينهم خمسة من عناصر قسد وثلاثة من مقاتلي العشائر ... في اشتباكات": the two sides of a clash
        if match.group(1).isdigit() or any(h.start == at for h in view.cues_of("number")):
            return True
    return False


# "، ما أسفر عن "، "ما أدى إلى ": the toll a deed led to follows
_TOLL_CIVILIANS = frozenset(_WORDS.words("toll_civilians"))
_TOLL_LEAD = re.compile(r"(?<!\w)ما +(?:اسفر|اسفرت|ادي|ادت)(?: +(?:عن|الي))? +$")


def _toll_civilians(
    view: SentenceView, hit: Hit[Trigger], participants: list[Participant], home: str | None
) -> Participant | None:
    """ "قذائف هاون مصدرها مناطق سيطرة «قسد» على حي الهلك، ما أسفر عن إصابة طفلين": the civilians a strike's toll
    counts after the event (children, civilians, not bare persons) are whom it befell, when no other side is named
    as hit."""
    for cue in view.cues_of("killed", "injured"):
        if cue.word_start < hit.end or not _TOLL_LEAD.search(
            view.folded.text, max(0, cue.word_start - 20), cue.word_start
        ):
            continue
        victims = _counted_victims(view, participants, cue.word_end)
        # (not bare persons, "ما أسفر عن مقتل ثلاثة أشخاص": those in a struck car or site may be fighters)
        if victims is None or victims.role != "civilians" or victims.named or victims.head not in _TOLL_CIVILIANS:
            return None
        return victims if victims.country is not None else _but(victims, country=home)
    return None


# a casualty noun (or "among them") and up to three words ("ثلاثة"، "عدد من") right before a side
_HIT_BEFORE = re.compile(
    r"(?<!\w)[وب]?(?:مقتل|مصرع|اصابه|اصابة|استشهاد|جرح|بينهم|منهم)(?: +(?:[^\W_]+))" + r"{0,3} +[بل]?$"
)  # (the body may stand behind ب or ل: "بينهم ضابطان بالشرطة")


_AT_A_TIME_WHEN = re.compile(r"(?<!\w)في (?:ال)?وقت(?: الذي)? +$")
_RESUMED_IN = re.compile(r" +في(?:ه|ها) +")


def _meanwhile_subject(view: SentenceView, hit: Hit[Trigger], verb_end: int, first: Participant) -> bool:
    """ "في وقت اعتقلت فيه قوات الاحتلال"، "في الوقت الذي قصفت فيه الطائرات": after the time clause's verb and its
    فيه an armed side, not counted, is the subject (a counted one, "في وقت قتل فيه ثلاثة جنود", is whom it befell)."""
    text = view.folded.text
    return (
        first.role in _ARMED_ROLES
        and _AT_A_TIME_WHEN.search(text, max(0, hit.word_start - 20), hit.word_start) is not None
        and _RESUMED_IN.fullmatch(text, verb_end, view.folded_index(first.span.start)) is not None
        and not _is_counted(view, first)
    )


def _told_as_hit(view: SentenceView, p: Participant) -> bool:
    """ "مقتل ضابط"، "بينهم عدد من عناصر الشرطة": a side named as the dead, the hurt or among them."""
    start = view.folded_index(p.span.start)
    return _HIT_BEFORE.search(view.folded.text, max(0, start - 50), start) is not None


def _is_counted(view: SentenceView, p: Participant) -> bool:
    """ "9 مواطنين"، "خمسة شبان": a number right before the noun."""
    return _number_before(view, view.folded_index(p.span.start))


def _number_before(view: SentenceView, start: int) -> bool:
    """Whether the word right before the folded offset `start` (spaces between) is a number, in digits or words."""
    base = max(0, start - 40)
    match = _LAST_WORD_SPACED.search(view.folded.text, base, start)
    if match is None:
        return False
    return match.group(1).isdigit() or any(h.word_start == match.start(1) for h in view.cues_of("number"))


def _between(
    view: SentenceView, hit: Hit[Trigger], participants: list[Participant]
) -> tuple[Participant, Participant] | None:
    # the trigger's span may already hold "بين" and the sides ("اشتباكات عنيفة بين مجموعات مسلحة")
    match = _BETWEEN.search(view.folded.text[hit.start : hit.end + 60])
    if match is None:
        return None
    if _AFTER_WORD.search(view.folded.text, hit.end, hit.start + match.start()):
        return None  # "رفعت حظر التجول ... عقب الاشتباكات بين الميليشيات": the sides of what came before (probe37)
    start = view.raw_span(hit.start + match.end(), hit.start + match.end()).start
    sides = [p for p in participants if 0 <= p.span.start - start <= 60]
    # ... past the men they are named by ("بين أبناء عشيرتين"، "بين عناصر من فصيلين")
    lead = _MEN_LEAD.match(view.folded.text, view.folded_index(start))
    lead_len = len(lead.group()) if lead is not None else 0
    if sides and sides[0].span.start - start <= 1 + lead_len and not sides[0].named and sides[0].role == "armed_group":
        # "بين مجموعتين مسلحتين"، "بين مليشيات عشائرية متناحرة": one unnamed description is both sides
        joint = view.text[sides[0].span.end - view.start : sides[1].span.start - view.start] if len(sides) > 1 else "."
        # ... but not one whose adjectives end before و and the other side ("بين مسلحين محليين وقوات الجيش"; probe54)
        if joint.strip(" \"'«»“”") not in ("و", "") and not _INDEFINITE_ADJECTIVES_THEN_AND.fullmatch(fold_text(joint)):
            return sides[0], sides[0]
    if sides and _TWO_OF.fullmatch(view.folded.text, view.folded_index(start), view.folded_index(sides[0].span.start)):
        # "بين فصيلين من الجيش الوطني السوري"، "بين جناحين في الحركة": two units of one side are both sides
        return sides[0], sides[0]
    if len(sides) < 2:
        return None
    # "بين "جهاز الردع" و"اللواء 444"": quoted names are joined by the same و
    joint = view.text[sides[0].span.end - view.start : sides[1].span.start - view.start].strip(" \"'«»“”")
    # ... and so is a description's adjective left out of it ("بين القوات الحكومية وجماعة الحوثي"), and a part
    # named of the second side ("بين رئيس الوزراء ووفد من صندوق النقد الدولي")
    joined = joint in ("و", "") or _ADJECTIVES_THEN_AND.fullmatch(fold_text(joint)) or _AND_PART_OF.fullmatch(joint)
    # ... and so are the second side's men in the construct state ("بين الجيش الوطني ومسلحي الحوثي")
    joined = joined or _AND_MEN_OF.fullmatch(fold_text(joint))
    if not joined:
        return None
    if _RAIDING_AFTER.match(view.folded.text, view.folded_index(sides[1].span.end)):
        # "بين مقاومين وقوات الاحتلال التي اقتحمت المخيم": the side that raided began the clash (probe72)
        raider = sides[1]
        told = [p for p in participants if p.span.end <= sides[0].span.start and p.role == "military" and p.country]
        if told and not raider.named and fold_text(raider.text) in ("القوات", "والقوات"):
            # "إن قوات من جيش الاحتلال اقتحمت المخيم، واندلعت اشتباكات بين مقاومين والقوات المقتحمة": those forces
            raider = _but(raider, country=told[-1].country)
        return raider, sides[0]
    return sides[0], sides[1]


# (folded) "التي اقتحمت"، "التي توغلت"، "المقتحمة": the side of a clash told as raiding the place
_RAIDING_AFTER = re.compile(
    r" +(?:(?:الت[يى]|الذ[يى]) +(?:اقتحمت|اقتحم|توغلت|توغل|داهمت|داهم)|المقتحم[هة]|المتوغل[هة])(?!\w)"
)


_MEN_LEAD = re.compile(r" *(?:ابناء|افراد|عناصر|مسلحين|مقاتلين)(?: +من)? +")
# a dual unit word and "من"/"في" right after بين: "فصيلين من"، "جناحين في"، "مجموعتين تابعتين لـ"
_TWO_OF = re.compile(
    r" *(?:فصيلين|جناحين|مجموعتين|جماعتين|كتيبتين|لواءين|عشيرتين|قبيلتين)(?: +(?:مسلحين|مسلحتين))? +(?:من|في|داخل) +"
)
_AND_PART_OF = re.compile(r"و[^\W\d_]+ +من")  # "ووفد من"، "وعناصر من"
# "ومسلحي"، "ومقاتلي"، "وعناصر": the men of the side named next, in the construct state (folded)
_AND_MEN_OF = re.compile(r"و(?:مسلحي|مقاتلي|عناصر|افراد|قوات|وحدات|مليشيات|ميليشيات|فصائل)")
# "محليين و"، "مجهولين و": the indefinite adjectives of an unnamed band, then و (folded)
_INDEFINITE_ADJECTIVES_THEN_AND = re.compile(
    r" *(?:(?!(?:من|في|علي|داخل)(?!\w))[^\W\d_]+(?:ين|ون|يه|ه) +){1,2}و(?:قوات|عناصر +من|افراد +من)? *"
)
_ADJECTIVES_THEN_AND = re.compile(r"(?:ال[^\W\d_]+(?:ي|يه|يين) +){1,2}و")  # "الحكومية و"، "الأمنية العراقية و"


@cache
def _group_nisbas() -> dict[str, Actor]:
    """Armed groups with a one-word definite adjective among their names ("الحوثي"), by that adjective's stem
    (folded, without ال and the final ي)."""
    out: dict[str, Actor] = {}
    for actor in actors():
        if actor.role != "armed_group" or actor.type != "ORG":
            continue
        for name in actor.names:
            folded = fold_text(name)
            if " " not in folded and folded.startswith("ال") and folded.endswith("ي") and len(folded) > 4:
                out.setdefault(folded[2:-1], actor)
    return out


_NISBA_STEM = re.compile(r"([^\W\d_]{2,}?)(?:يين|يون|يان|يتين|يتان|يات|يه|ية|ي)$")  # its stem, in any number


def _group_adjective_after(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """An armed group named by its indefinite adjective within two words after the trigger ("برصاص قناص حوثي"،
    "بقذيفة حوثية"), as a nationality adjective names a state; the group is found by its definite adjective
    among the actors' names ("الحوثي")."""
    # ... also inside a trigger that runs on past it to the weapon ("هجوم حوثي بطائرة مسيرة"; probe83)
    for at in dict.fromkeys((_first_word_end(view, hit), hit.word_end)):
        tail = view.folded.text[at : at + 40]
        pos = 0
        for _ in range(2):
            word = _NEXT_LETTERS.match(tail, pos)  # one space, then a word: no comma or other mark between
            if word is None:
                break
            w = word.group(1)
            stem = _NISBA_STEM.fullmatch(w)
            actor = _group_nisbas().get(stem.group(1)) if stem is not None and not w.startswith("ال") else None
            if actor is not None:
                span = view.raw_span(at + word.start(1), at + word.end(1))
                return Participant(span, view.raw_text(span), actor.canonical, actor.country, actor.role, False)
            pos = word.end()
    return None


def _first_word_end(view: SentenceView, hit: Hit[Trigger]) -> int:
    """The folded end of a trigger's first word (its end, for a trigger of one word)."""
    first = _WORD.match(view.folded.text, hit.start)
    return min(first.end(), hit.end) if first is not None else hit.end


_WHAT_IT_CALLED = re.compile(r"(?<!\w)ما (?:وصفته|وصفه|وصفتها|وصفوه|وصفها|اسمته|اسماه|سمته|سماه)(?!\w)")


def _side_named_after(
    view: SentenceView, folded_start: int, participants: Sequence[Participant], speaker: Participant | None
) -> Participant | None:
    """The first other side the sentence names after `folded_start`: a participant of another state (not the
    civilians hit), the state whose attack a nationality adjective names ("القصف الإسرائيلي"), or whose military
    sites ("القواعد الأميركية")."""
    start = view.raw_start(folded_start, folded_start)
    home = speaker.country if speaker is not None else None
    found: list[Participant] = [
        p
        for p in participants
        if p.span.start >= start and p.country is not None and p.country != home and p.role not in _PEOPLE_ROLES
    ]
    for h in view.triggers:
        striker = _nationality_after(view, h) if h.start >= folded_start and h.values[0].plover == "ASSAULT" else None
        if striker is not None and striker.country != home:
            found.append(_but(striker, role="military"))
    site = _MILITARY_SITE.search(view.folded.text, folded_start)
    country = _nationality_near(view, site.end()) if site is not None else None
    if site is not None and country is not None and country != home:
        span = view.raw_span(site.start(), site.end())
        found.append(Participant(span, view.raw_text(span), None, country, "military", False))
    return min(found, key=lambda p: p.span.start) if found else None


_PEOPLE_ROLES = frozenset({"civilians", "protesters"})


def _condemned_striker(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """ "دانت الغارات الإسرائيلية": the state whose attack is the condemnation's object, by the attack's nationality
    adjective."""
    nxt = _NEXT_WORD.match(view.folded.text, hit.word_end)
    if nxt is None:
        return None
    attack = next((h for h in view.triggers if h.word_start == nxt.start(1) and h.values[0].plover == "ASSAULT"), None)
    striker = _nationality_after(view, attack) if attack is not None else None
    return _but(striker, role="military") if striker is not None else None


_ANSWER_ON = re.compile(r"(?<!\w)[وبل]?(?:ال)?رد +علي +")


def _answered_striker(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """ "توعد بالرد على الغارات الأميركية"، "هدد بالرد على العدوان الإسرائيلي": the state whose attack a threat
    vows to answer, by the attack's nationality adjective."""
    answer = _ANSWER_ON.search(view.folded.text, hit.word_end, hit.word_end + 80)
    if answer is None or _PHRASE_END.search(view.folded.text, hit.word_end, answer.start()):
        return None
    attack = next((h for h in view.triggers if h.word_start == answer.end() and h.values[0].plover == "ASSAULT"), None)
    striker = _nationality_after(view, attack) if attack is not None else None
    return _but(striker, role="military") if striker is not None else None


_PHRASE_END = re.compile(r"[،,؛;.:!?؟()«»\"]")  # where a welcomed phrase ends
# What a statement is about, named by its object noun and a nationality adjective ("رفض المطالب الأميركية"),
# tells whom it is aimed at; a request's object is what is asked, not whom.
_ADJECTIVE_AIMED = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
_COMMA_PAIR = re.compile(r" *[،,][^،,.]{1,60}[،,] *")  # "، في بيان اليوم الأحد،"
_IN_WORD = re.compile(r" +في +([^\W_]+)")
_MANNER = re.compile(r" +(?:" + _alt("manner_adverbs") + r")(?!\w)")


def _object_noun(view: SentenceView, hit: Hit[Trigger], actor1: Participant | None) -> tuple[int, int] | None:
    """The folded span of the definite noun a statement verb takes as its object: right after the verb, or after
    its subject when the subject follows it, past one aside between commas (and behind ب: "رحبت بالمبادرة")."""
    pos = hit.word_end
    if actor1 is not None and actor1.span.start >= view.raw_span(hit.start, hit.end).end:
        pos = max(pos, view.folded_index(actor1.span.end))
    text = view.folded.text
    # "المجلس الأعلى للدولة في ليبيا": the subject's place
    where = _IN_WORD.match(text, pos)
    if where is not None and any(
        (m.place is not None or m.type in ("GPE", "LOC")) and _overlaps(m.span, view.raw_span(*where.span(1)))
        for m in view.mentions
    ):
        pos = where.end()
    aside = _COMMA_PAIR.match(text, pos)
    if aside is not None:
        pos = aside.end() - 1
    manner = _MANNER.match(text, pos)
    if manner is not None:
        pos = manner.end()
    word = _NEXT_WORD.match(text, pos)
    if word is not None and hit.values[0].plover == "SUPPORT" and re.match(r"ب(?!ال)", word.group(1)):
        # "أشادت بنجاح الانتخابات العراقية"، "رحب بدور الجيش اللبناني": praise of a thing of the noun after it
        # (not for blame: "دانت استهداف القوات الأميركية" names the struck, not the accused)
        held = _NEXT_WORD.match(text, word.end(1))
        word = held if held is not None and held.group(1).startswith("ال") else word
    # "رفضها للهجوم الإسرائيلي": ل + ال is written لل, the noun's article fused
    article = re.match(r"ب?(?=ال)|لل(?=[^\W_]{3})", word.group(1)) if word is not None else None
    if word is None or article is None:
        return None
    return word.start(1) + len(article.group()), word.end(1)


def _after_condemned_attack(view: SentenceView, hit: Hit[Trigger], p: Participant) -> bool:
    """Whether an attack word stands between a condemnation and p (p is told of the attack, not condemned)."""
    at = view.folded_index(p.span.start)
    return any(hit.end <= h.start < at and h.values[0].plover == "ASSAULT" for h in view.triggers)


_BLAME_PARTICIPLE = re.compile(r"[،,] *(?:و)?(?:محمل|محمله|محملة|محملا|محملين) +")


def _blamed_after(view: SentenceView, hit: Hit[Trigger], participants: Sequence[Participant]) -> Participant | None:
    """The side right after a participle of blame that ends the accusation ("، محمّلة الحكومة الإسرائيلية
    المسؤولية الكاملة"), if the clause goes on to the responsibility."""
    blame = _BLAME_PARTICIPLE.search(view.folded.text, hit.end)
    if blame is None or _RESPONSIBILITY_WORD.search(view.folded.text, blame.end(), blame.end() + 80) is None:
        return None
    at = view.raw_start(blame.end(), blame.end())
    return next((p for p in participants if 0 <= p.span.start - at <= 2), None)


def _posted_at(view: SentenceView, hit: Hit[Trigger], envoy: Participant | None, m: Mention) -> bool:
    """Whether m is the town a summoned envoy is posted in, right after him ("سفير مالي في نواكشوط"، "لدى بغداد")."""
    if envoy is None or hit.values[0].id != "formal_complaint" or m.place is None:
        return False
    # (past the envoy's state: "سفير مالي في"، "السفير الإيراني لدى")
    gap = fold_text(view.text[envoy.span.end - view.start : m.span.start - view.start]).strip()
    return 0 < m.span.start - envoy.span.end <= 30 and _POSTED_GAP.fullmatch(gap) is not None and _kind(m) == "city"


# (or "في سفارة مالي بالجزائر العاصمة": at his state's embassy, in the town)
_POSTED_GAP = re.compile(r"(?:[^\W\d_]+ +){0,2}(?:في|لدي)|(?:في +|ب)(?:ال)?سفار[هة](?: +[^\W\d_]+){1,2} +(?:في|لدي|ب)")


def _later_other_side(view: SentenceView, told: Participant, actor2: Participant) -> bool:
    """Whether actor2 stands in a later clause than the condemned attack and is of another state."""
    gap = view.text[told.span.end - view.start : actor2.span.start - view.start]
    return bool(_PHRASE_END.search(gap)) and actor2.country != told.country


def _told_attacker(
    view: SentenceView, hit: Hit[Trigger], actor1: Participant | None, doer: Participant | None
) -> Participant | None:
    """ "شنت طائرات إسرائيلية غارات ..." then "ودان رئيس الحكومة الغارات": a condemned attack named by a bare definite
    noun is the one told, laid at its doer's door (a state's government, as the gold sets code a condemned strike;
    an armed group itself). None if the doer is unknown or of the speaker's own side."""
    noun = _object_noun(view, hit, actor1)
    if noun is None or doer is None or doer.country is None:
        return None
    if actor1 is not None and actor1.country == doer.country:
        return None
    attack = next((h for h in view.triggers if h.word_start <= noun[0] < h.word_end), None)
    if attack is None or attack.values[0].plover != "ASSAULT":
        return None
    nxt = _NEXT_WORD.match(view.folded.text, noun[1])
    if nxt is not None and nxt.group(1).startswith("ال") and fold_text(nxt.group(1)) in _nationality_of_form():
        return None  # "الغارات الإسرائيلية": the adjective tells (_adjective_receiver)
    if nxt is not None and nxt.group(1) in ("علي", "على"):
        return None  # "دان الهجوم على موقوكوري": the attack is named by its target, not by the last one told
    span = view.raw_span(noun[0], noun[1])
    role = "government" if doer.role in ("military", "government", "police") else doer.role
    canonical = doer.canonical if role == doer.role else None
    return Participant(span, view.raw_text(span), canonical, doer.country, role, False)


def _adjective_receiver(view: SentenceView, hit: Hit[Trigger], actor1: Participant | None) -> Participant | None:
    """ "دانت الخارجية القطرية الغارات الإسرائيلية"، "رفض المطالب الأميركية"، "استنكرت التوغل التركي": the state
    whose nationality adjective (past other definite adjectives, "الرسوم الجمركية الأميركية") qualifies the
    statement's object noun; its forces when the noun names forces, else its government. None for the speaker's
    own state ("أشاد بالمواقف الجزائرية")."""
    noun = _object_noun(view, hit, actor1)
    if noun is None:
        return None
    countries = _nationality_of_form()
    pos = noun[1]
    for _ in range(3):
        word = _NEXT_WORD.match(view.folded.text, pos)
        if word is None or not word.group(1).startswith("ال"):
            return None
        country = countries.get(fold_text(word.group(1)))
        if country is not None:
            if actor1 is not None and actor1.country == country:
                return None
            span = view.raw_span(noun[0], word.end(1))
            # "القوات التركية" are the state's forces; a condemned strike or incursion ("الغارات الإسرائيلية"،
            # "التوغل الإسرائيلي") is laid at the state's door, its government (as the gold sets code it)
            role = "military" if view.folded.text[noun[0] : noun[1]] in _FORCES else "government"
            return Participant(span, view.raw_text(span), None, country, role, False)
        if not word.group(1).endswith(("ي", "يه", "ية")):
            return None
        pos = word.end(1)
    return None


_THAT_CLAUSE = re.compile(r" +(?:ب|من +)?ان +")  # "بأن"، "من أن"


_VISITORS = frozenset({"government", "igo"})


def _destination(view: SentenceView, hit: Hit[Trigger]) -> int | None:
    """The raw start of the place right after an arrival verb's إلى."""
    to = _TO_PLACE_ILA.match(view.folded.text, hit.word_end) or _TO_PLACE.match(view.folded.text, hit.word_end)
    return view.raw_start(to.end(), to.end()) if to is not None else None


def _official_arrival(view: SentenceView, hit: Hit[Trigger], ctx: Context) -> bool:
    """ "وصل وزير الخارجية التركي إلى بغداد": a government's or an international body's person or office arrives
    (named between the verb and its إلى)."""
    end = _destination(view, hit)
    if end is None:
        return False
    start = view.raw_span(hit.start, hit.end).end
    for p in ctx.participants:
        if start <= p.span.start < end and p.role in _VISITORS:
            gap = fold_text(view.text[start - view.start : p.span.start - view.start]).split()
            return not any(w in _ARRIVED_THINGS for w in gap)
    return False


def _host(places: Sequence[Mention]) -> Participant | None:
    """The government of the first place a visit goes to."""
    for m in places:
        country = iso3(m.place.country) if m.place is not None else None
        if country is not None:
            return Participant(m.span, m.text, None, country, "government", False)
    return None


def _own_body_met(view: SentenceView, t_span: Span, actor1: Participant | None, actor2: Participant | None) -> bool:
    """ "يترأس الرئيس اجتماعاً لمجلس الأمن القومي": the body whose meeting (ل right after the meeting noun) its
    head chairs is the doer's own, not the other side of talks."""
    if actor1 is None or actor2 is None or actor1.role != "government" or actor2.role != "government":
        return False
    if actor2.country not in (None, actor1.country):
        return False
    return fold_text(view.text[t_span.end - view.start : actor2.span.start - view.start]).strip() == "ل"


# "، خلال اجتماع طارئ عقده المجلس الوزاري برئاسته،"، "، بحسب بيان صادر عن مكتبه الإعلامي،": the occasion or the
# attribution of what is said, between commas
_FRAME_ASIDE = re.compile(
    r"[،,] *(?:" + _alt("during") + r"|في|علي هامش|عقب|لدي|ب?حسب|وفق|وفقا|طبقا|نقلا عن)(?!\w)[^،,.]*[،,]"
)


def _past_frame_aside(
    view: SentenceView,
    t_span: Span,
    actor1: Participant | None,
    actor2: Participant | None,
    participants: Sequence[Participant],
) -> Participant | None:
    """ "ودعا رئيس الوزراء، خلال اجتماع عقده المجلس الوزاري برئاسته، الأجهزة الأمنية"، "وطالب عباس، بحسب بيان
    صادر عن مكتبه، الإدارة الأميركية": a side named inside the occasion or the attribution is not whom the
    statement is aimed at; the side right after the aside is (when the aside follows the verb and its subject)."""
    start = view.folded_index(max(t_span.end, actor1.span.end if actor1 is not None else 0))
    aside = _FRAME_ASIDE.match(view.folded.text, start)
    if aside is None:
        aside = _FRAME_ASIDE.match(view.folded.text, start + 1)  # a space before the comma
    if aside is None:
        return actor2
    within = view.raw_span(aside.start(), aside.end())
    if actor2 is not None and not within.start <= actor2.span.start < within.end:
        return actor2
    after = view.folded.text[aside.end() :]
    gap = len(after) - len(after.lstrip())
    # ... or after the noun it is the owner of ("رحب، وفق بيان، بقرار مجلس الأمن")
    construct = re.match(r"ب(?!ال)[^\W_]+ +", after[gap:])
    starts = {view.raw_start(aside.end() + gap, aside.end() + gap)}
    if construct is not None:
        starts.add(view.raw_start(aside.end() + gap + construct.end(), aside.end() + gap + construct.end()))
    return next((p for p in participants if p.span.start in starts), actor2)


def _recalled(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وكان ناصر قد قُتل": a sentence opening with كان and قد before the trigger recalls what came before."""
    return (
        bool(_PLUPERFECT.match(view.folded.text))
        and re.search(r"(?<!\w)قد(?!\w)", view.folded.text[: hit.word_start]) is not None
    )


def _right_after_qad(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "وكان الحوثي قد هدد": the trigger is the verb قد governs (past an aside: "قد هدد، أمس،")."""
    qad = list(re.finditer(r"(?<!\w)قد(?!\w)", view.folded.text[: hit.word_start]))
    if not qad:
        return False
    nxt = _NEXT_WORD.match(view.folded.text, qad[-1].end())
    return nxt is not None and nxt.start(1) == hit.word_start


def _threatened_in_clause(
    view: SentenceView, hit: Hit[Trigger], actor1: Participant | None, participants: Sequence[Participant]
) -> Participant | None:
    """ "هدد ترامب بأن إيران ستواجه عواقب وخيمة"، "حذر كاتس من أن حزب الله سيدفع الثمن": the side the threat's
    clause opens with is whom it is aimed at (and, being a side, not where it was made)."""
    pos = hit.word_end
    if actor1 is not None and actor1.span.start >= view.raw_span(hit.start, hit.end).end:
        pos = max(pos, view.folded_index(actor1.span.end))
    aside = _COMMA_PAIR.match(view.folded.text, pos)
    if aside is not None:
        pos = aside.end() - 1
    that = _THAT_CLAUSE.match(view.folded.text, pos)
    if that is None:
        return None
    at = view.raw_start(that.end(), that.end())
    opener = next((p for p in participants if p.span.start == at and not p.possessive), None)
    if opener is None or actor1 is None or opener.country is None or not _same_side(opener, actor1):
        return opener  # ("توعدت حركة الشباب بأن الحكومة الصومالية ستدفع الثمن": another side of one country)
    # "هدد كاتس بأن إسرائيل ستضرب في أي مكان في لبنان": the threatener's own side will act; the state it will strike
    # is threatened
    for m in view.mentions:
        if m.span.start <= opener.span.end or m.place is None or m.place.kind != "country" or m.actor is None:
            continue
        if m.actor.country != actor1.country:
            return Participant(m.span, m.text, m.actor.canonical, m.actor.country, "government", state=True)
    return None


def _target_of_condemned(view: SentenceView, hit: Hit[Trigger], actor1: Participant | None, side: Participant) -> bool:
    """ "دانت الاعتداء على مقر السفارة الأميركية": the side after على past a condemned attack is what it hit, not
    whom the condemnation is aimed at."""
    noun = _object_noun(view, hit, actor1)
    if noun is None or view.folded_index(side.span.start) <= noun[1]:
        return False
    if not any(h.word_start <= noun[0] < h.word_end and h.values[0].plover == "ASSAULT" for h in view.triggers):
        return False
    gap = view.folded.text[noun[1] : view.folded_index(side.span.start)]
    return re.match(r" +علي(?!\w)", gap) is not None


def _hedged_nationality(view: SentenceView) -> Participant | None:
    """ "طائرة مسيرة، يرجح أنها إسرائيلية": the state a weapon is believed to be of."""
    for h in view.cues_of("weapon"):
        m = _HEDGED.match(view.folded.text, h.end)
        if m is None:
            continue
        for nat in view.cues_of("nationality"):
            if nat.word_start == m.end():
                span = view.raw_span(nat.start, nat.end)
                state = str(value_of(nat, "nationality"))
                return Participant(span, view.raw_text(span), None, state, "government", False)
    return None


_SUPPORTED_REACH = 30  # characters after the supporter's state in which the supported one is named


def _supported_state(view: SentenceView, own: Participant) -> Participant | None:
    """The state named after the supporter's own ("دعم الأردن لوحدة سوريا"), up to the phrase's end, or None."""
    end = view.folded_index(own.span.end)
    stop = _PHRASE_END.search(view.folded.text, end)
    limit = min(end + _SUPPORTED_REACH, stop.start() if stop is not None else len(view.folded.text))
    for m in view.mentions:
        if not end < view.folded_index(m.span.start) < limit or m.place is None or m.place.kind != "country":
            continue
        if m.actor is not None and m.actor.country != own.country:
            return Participant(m.span, m.text, m.actor.canonical, m.actor.country, "government", state=True)
    return None


# the owner right after تضامن (past a quote mark), then its words up to مع and the side it is with
_SOLIDARITY_OWNER = re.compile(r"[«\"\s]{0,3}")
_SOLIDARITY_WITH = re.compile(r"(?<!\w)مع +")


def _solidarity_with(
    view: SentenceView, t_span: Span, owner: Participant, participants: Sequence[Participant]
) -> Participant:
    """The side after مع when the side found is the owner of تضامن ("تضامن الاتحاد الكامل مع تشاد"), else the
    side found."""
    start = view.folded_index(t_span.end)
    owned = _SOLIDARITY_OWNER.match(view.folded.text, start)
    if owned is None or view.raw_start(owned.end(), owned.end()) != owner.span.start:
        return owner
    end = view.folded_index(owner.span.end)
    stop = _PHRASE_END.search(view.folded.text, end + 1)  # (past the quote that closes the owner's words)
    found = _SOLIDARITY_WITH.search(view.folded.text, end, stop.start() if stop is not None else len(view.folded.text))
    if found is None or len(view.folded.text[end : found.start()].split()) > 3:
        return owner
    at = view.raw_start(found.end(), found.end())
    return next((p for p in participants if p.span.start == at), owner)


def _joined_nationality(view: SentenceView, side: Participant) -> Participant | None:
    """ "قوات أميركية وعراقية"، "القوات الأميركية والعراقية": a second nationality joined to a side's adjective is
    the other side, of the same kind."""
    end = view.folded_index(side.span.end)
    for nat in view.cues_of("nationality"):
        if nat.word_start >= end and view.folded.text[end : nat.start].strip(" ") in ("و", "وال"):
            country = str(value_of(nat, "nationality"))
            if country == side.country:
                return None
            span = view.raw_span(nat.start, nat.end)
            return Participant(span, view.raw_text(span), None, country, side.role, False)
    return None


def _nationality_pair(view: SentenceView) -> tuple[Participant | None, Participant | None]:
    """ "وحدات مصرية وسودانية": two nationalities joined by و after a noun of forces are the two sides."""
    nats = view.cues_of("nationality")
    for first, second in pairwise(nats):
        if view.folded.text[first.end : second.start].strip(" ") not in ("و", "وال"):
            continue
        head = _WORD_BEFORE.search(view.folded.text, 0, first.word_start)
        if head is None or not _FORCES_SENT.fullmatch(head.group(1)):
            continue
        sides = []
        for nat in (first, second):
            span = view.raw_span(nat.start, nat.end)
            sides.append(Participant(span, view.raw_text(span), None, str(value_of(nat, "nationality")), "military"))
        if sides[0].country != sides[1].country:
            return sides[0], sides[1]
    return None, None


_WORD_BEFORE = re.compile(r"(\w+) +$")


_EMBASSY_OF = re.compile(r"[^،,.]{0,30}(?<!\w)[بل]?(?:ال)?سفار[ةه] +$")


def _embassy_state(view: SentenceView, hit: Hit[Trigger], kept: Sequence[Participant]) -> Participant | None:
    """ "استدعت القائم بالأعمال في سفارة مالي"، "القائم بأعمال سفارة الجزائر": the state whose embassy the envoy
    summoned heads."""
    for p in kept:
        if not p.state or p.span.start < view.raw_span(hit.start, hit.end).end:
            continue
        gap = view.folded.text[hit.end : view.folded_index(p.span.start)]
        if _EMBASSY_OF.fullmatch(gap):
            return _but(p, role="government")
    for p in kept:
        words = fold_text(p.text).split()
        at = p.span.start >= view.raw_span(hit.start, hit.end).end
        if at and len(words) > 1 and words[0] in ("سفاره", "سفارة") and p.country is not None:
            gap = view.folded.text[hit.end : view.folded_index(p.span.start)]
            if len(gap) <= 30 and not re.search(r"[،,.]", gap):
                return _but(p, role="government")  # "في سفارة مالي": the embassy named with its state
    return None


def _adjectives_only(gap: str) -> bool:
    """Whether a folded gap holds at most one word, an adjective ("مدفعي"), and no mark."""
    between = gap.split()
    return len(between) <= 1 and all(w.endswith(("ي", "يه", "ية")) for w in between) and not re.search(r"[^\w ]", gap)


def _nationality_after(view: SentenceView, hit: Hit[Trigger]) -> Participant | None:
    """A nationality adjective within two words after the trigger ("قصف مدفعي إسرائيلي")."""
    for nat in view.cues_of("nationality"):
        if hit.word_start < nat.word_start < hit.end <= nat.word_end:
            # "بضربة أمريكية": a trigger form that ends in the state's adjective
            span = view.raw_span(nat.start, nat.end)
            return Participant(span, view.raw_text(span), None, str(value_of(nat, "nationality")), "government", False)
        first_end = _first_word_end(view, hit)
        inner = view.folded.text[first_end : nat.word_start]
        # (an indefinite adjective between, not a definite noun: "استدعت الخارجية العراقية السفيرة")
        indefinite = not any(w.startswith("ال") for w in inner.split())
        if first_end < nat.word_start and nat.word_end <= hit.end and indefinite and _adjectives_only(inner):
            # "هجوم إسرائيلي بطائرة مسيرة"، "قصف روسي بالصواريخ": the adjective right after the trigger's noun, the
            # weapon after it in the trigger (probe83)
            span = view.raw_span(nat.start, nat.end)
            return Participant(span, view.raw_text(span), None, str(value_of(nat, "nationality")), "government", False)
        gap = view.folded.text[hit.end : nat.word_start]
        between = gap.split()
        # "غارة إسرائيلية", "قصف مدفعي إسرائيلي"; not "استهداف 3 قواعد أميركية" (the bases are American)
        adjectives = all(w.endswith(("ي", "يه", "ية")) for w in between)
        if nat.word_start >= hit.end and len(between) <= 1 and adjectives and not re.search(r"[^\w ]", gap):
            span = view.raw_span(nat.start, nat.end)
            return Participant(span, view.raw_text(span), None, str(value_of(nat, "nationality")), "government", False)
    return None


def _object_person(
    view: SentenceView, hit: Hit[Trigger], home: str | None, subject: Participant | None = None
) -> Participant | None:
    """ "اختطفوا مهندساً"، "أفرجت عن 90 أسيراً فلسطينياً": a person noun as the object (after the verb, or after
    its subject when the subject follows the verb: "اعتقلت قوات الاحتلال، فجر اليوم، ثلاثة فلسطينيين")."""
    start = hit.word_end
    lead = view.folded.text[hit.word_end : view.folded_index(subject.span.start)] if subject is not None else "x"
    if subject is not None and (not lead.strip() or _MEN_OF.fullmatch(lead)):
        # ... also past the men it is named by ("اعتدى عناصر من الشرطة، صباح اليوم، على محامٍ")
        start = max(start, view.folded_index(subject.span.end))
    # "، وفق ما أفاد مصدر عسكري"، "بحسب مسؤول محلي": the one who tells of it is no object
    told_by = [
        h.start
        for h in view.cues_of("attribution", "reporting")
        if h.start >= start and not view.folded.text[h.word_start : h.start].endswith("ال")  # "التابع": no "تابع"
    ]
    tail = view.folded.text[start : min([start + 60, *told_by])]
    named = [(m.span.start, m.span.end) for m in view.mentions if m.type != "NORP"]
    for match in _WORD.finditer(tail):
        at = view.raw_span(start + match.start(), start + match.end())
        if any(at.start < b and a < at.end for a, b in named):
            continue  # "ود مدني" is a town, not a civilian (a people, "فلسطينيين", is its nationality's civilians)
        if tail[: match.start()].split()[-1:] and tail[: match.start()].split()[-1] in _DRESS:
            continue  # "مسلحون يرتدون الزي العسكري": a uniform's adjective is no soldier (probe83)
        stem = _person_stem(match.group()) or _owned_person_stem(tail[: match.start()], match.group())
        # "اعتدى عناصر من الشرطة على محامٍ": the subject's own men are not whom it befell
        own_men = (
            subject is not None
            and subject.span.start >= at.end
            and _OF_SIDE_SPACED.fullmatch(view.text[at.end - view.start : subject.span.start - view.start]) is not None
        )
        if stem is not None and own_men:
            continue
        if stem is not None:
            a = start + match.start()
            span = view.raw_span(a, a + len(match.group()))
            near = _nationality_near(view, a + len(match.group()))
            crew = _CREW_AHEAD.match(view.folded.text, a) is not None
            country = near or (None if match.group() in _STATELESS or stem in _STATELESS or crew else home)
            role = _PERSON_ROLES.get(stem, "civilians")
            if crew:
                return Participant(span, view.raw_text(span), None, None, role, named=False, head="vessel")
            return Participant(span, view.raw_text(span), None, country, role, False)
        word = match.group()
        clitic = 0 if _nationality_noun(word) else 2 if word.startswith("لل") else 1 if word.startswith("ل") else 0
        # "ثلاثة منازل لفلسطينيين": whom what was hit belongs to, after لـ (listed without it)
        nationality = _nationality_noun(word[clitic:])
        previous = tail[: match.start()].split()[-1:]
        if nationality is None and word.startswith("ال") and previous and fold_text(previous[0]) in _CROWD_COUNTS:
            nationality = _nationality_noun(word[2:])  # "أفرجت عن عشرات السوريين": a crowd of that nation
        if nationality is not None:
            # "اعتقال عشرة فلسطينيين"، "اختطفوا لبنانيَّين": people named by their nationality are its civilians
            a = start + match.start() + clitic
            span = view.raw_span(a, start + match.end())
            return Participant(span, view.raw_text(span), None, nationality, "civilians", False)
    return None


def _undergoer(view: SentenceView, hit: Hit[Trigger], home: str | None) -> Participant | None:
    """ "تعرض صحفي للضرب"، "تعرضت ناشطة لاعتداء من قبل مجهولين": the person noun between a verb of undergoing
    and the event's noun is whom it befell (probe86)."""
    text = view.folded.text
    verbs = [m for m in _UNDERGOING.finditer(text, max(0, hit.word_start - 60), hit.end) if m.group(1)]
    if not verbs:
        return None
    verb = verbs[-1]
    # the event's noun: the trigger's last word when the trigger holds the verb, else the trigger
    noun_start = text.rfind(" ", hit.start, hit.end) + 1 if verb.start() >= hit.word_start else hit.word_start
    if noun_start <= verb.end():
        return None
    person = _object_person(view, hit._replace(word_end=verb.end()), home)
    if person is not None and view.folded_index(person.span.end) <= noun_start:
        return person
    # "إن مصوراً تعرض لضرب مبرح": the person noun right before the verb, its subject
    before = re.search(r"([^\W\d_]+) +$", text[max(0, verb.start() - 30) : verb.start()])
    stem = _person_stem(before.group(1)) if before is not None else None
    if before is None or stem is None:
        return None
    a = verb.start() - len(before.group(0))
    span = view.raw_span(a, a + len(before.group(1)))
    return Participant(span, view.raw_text(span), None, home, _PERSON_ROLES.get(stem, "civilians"), False)


_MEN_OF = re.compile(r" *[^\W\d_]+ +(?:من|في صفوف) *")  # "عناصر من"، "مقاتلون في صفوف"
_NATIONALITY_PLURAL_END = re.compile(r"(?:ين|ون|ان)$")


_CROWD_COUNTS = frozenset(fold_text(w) for w in ("عشرات", "مئات", "آلاف", "ألوف"))


def _nationality_noun(word: str) -> str | None:
    """The country of a plural or dual nationality noun without ال ("فلسطينيين"، "سوريون"، "لبنانيان"), or
    None (a singular or feminine form may be an adjective, "سوريا" the country)."""
    if word.startswith("ال"):
        return None
    bare = _NATIONALITY_PLURAL_END.sub("", word)
    return _nationality_of_form().get(bare) if bare != word else None


def _folded_words(*words: str) -> str:
    return "|".join(sorted((re.escape(fold(w, keep_taa_marbuta=True).text) for w in words), key=len, reverse=True))


# What an attack hits tells whom it befell: a military site its forces, a home, market or hospital civilians.
_MILITARY_SITE = re.compile(r"(?<!\w)(?:ال)?(?:" + _folded_words(*_WORDS.words("military_sites")) + r")(?!\w)")
_CIVILIAN_SITE = re.compile(
    r"(?<!\w)(?:ال)?(?:" + _folded_words(*_WORDS.words("civilian_sites")) + r")(?!\w)"
    r"|(?<!\w)(?:ال)?مخيم(?:ات)?(?: [^\W\d_]+){1,2} (?:" + _folded_words(*_WORDS.words("camp_dwellers")) + r")(?!\w)"
)
_MERCHANT_VESSEL = re.compile(
    r"(?<!\w)(?:ال)?(?:" + _folded_words(*_WORDS.words("merchant_vessels")) + r")(?!\w)(?! +(?:حربي|عسكري))"
)
_HOSTED_FORCES = _WORDS.mapping("hosted_forces")
_POLICE_IN = {fold_text(k): v for k, v in _WORDS.mapping("police_in_country").items()}


def _police_in(d: Participant) -> str:
    """The country in which the force a description names by its kind (perhaps behind its units) is a police."""
    if d.head in _POLICE_IN:
        return _POLICE_IN[d.head]
    text = fold_text(d.text)
    return next((c for k, c in _POLICE_IN.items() if text.endswith(" " + k) or (" " + k + " ") in text), "")


_THE_BASE = frozenset({"القاعده", "المعسكر"})  # a base told of before
# The toll, the source or a new clause ends what the attack hit.
_SITE_END = re.compile(r"(?<!\w)(?:" + _alt("site_end") + r")(?!\w)|[،,] *و")


def _town_named_at(view: SentenceView, offset: int, found: re.Match[str]) -> bool:
    span = view.raw_span(offset + found.start(), offset + found.end())
    return any(
        m.place is not None and m.place.kind not in FACILITY_KINDS and _overlaps(m.span, span) for m in view.mentions
    )


def _target_site(view: SentenceView, hit: Hit[Trigger], home: str | None) -> Participant | None:
    """ "هجوم استهدف الكلية الحربية": the forces; "غارة على سوق"، "استهدف المستشفى": civilians."""
    tail = view.folded.text[hit.end : hit.end + 90]
    end = _SITE_END.search(tail)
    tail = tail[: end.start()] if end else tail
    offset = hit.end
    if not _MERCHANT_VESSEL.search(tail) and (ship := _MERCHANT_VESSEL.search(view.folded.text, 0, hit.start)):
        # "أفادت الهيئة بأن سفينة تجارية أبلغت عن انفجار على مقربة منها": a merchant ship told of before the
        # event word was hit (such ships do not attack)
        span = view.raw_span(ship.start(), ship.end())
        if not any(p.search(tail) for p in (_MILITARY_SITE, _CIVILIAN_SITE)):
            return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")
    if hit.values[0].id in _TOLL_TRIGGERS and not any(p.search(tail) for p in (_MILITARY_SITE, _CIVILIAN_SITE)):
        # "سقط صاروخ داخل قاعدة فكتوريا، من دون أن يسفر عن إصابات": the toll word is the event's; what was hit
        # is told before it
        tail, offset = view.folded.text[: hit.start], 0
    for pattern, role in ((_MILITARY_SITE, "military"), (_CIVILIAN_SITE, "civilians"), (_MERCHANT_VESSEL, "ship")):
        # "سيارة في بلدة الخيام": a site word that is a town's name (Khiam, "tents"; "سوق الشيوخ") is no site
        # (probe50; a facility named is one: "الكلية الحربية")
        match = next((found for found in pattern.finditer(tail) if not _town_named_at(view, offset, found)), None)
        if match is None:
            continue
        a, b = offset + match.start(), offset + match.end()
        span = view.raw_span(a, b)
        if role == "ship":
            return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")
        country = _nationality_near(view, b) if role == "military" else None
        hosted = [
            _HOSTED_FORCES[m.place.id]
            for m in view.mentions
            if m.place is not None and m.place.id in _HOSTED_FORCES and _overlaps(m.span, span)
        ]
        if role == "military" and country is None and hosted:
            country = hosted[0]  # "قاعدة عين الأسد": the foreign forces it hosts
        if role == "military" and country is None:
            # "استهدفوا ثكنة زرعيت" in a story set in Lebanon: a known post is of the state it lies in
            country = _facility_state(view, span)
        warship = _NEXT_WORD.match(view.folded.text, b)
        if role == "military" and country is None and warship is not None and warship.group(1).startswith("حربي"):
            country = _nationality_near(view, warship.end())  # "مدمرتين حربيتين أميركيتين"
        # head "site": the place it names still locates the event
        return Participant(span, view.raw_text(span), None, country or home, role, named=False, head="site")
    # "استهدفوا موقع الراهب الإسرائيلي": a post named, then its army's nationality
    for post in _NAMED_POST.finditer(tail):
        countries = _nationality_of_form()
        words = list(_NEXT_WORD.finditer(tail, post.end()))[:3]
        for i, w in enumerate(words):
            if i and w.start() != words[i - 1].end():
                break
            country = countries.get(fold_text(w.group(1)))
            if country is not None:
                span = view.raw_span(offset + post.start(), offset + w.end())
                return Participant(span, view.raw_text(span), None, country, "military", named=False, head="site")
    return None


_NAMED_POST = re.compile(r"(?<!\w)(?:" + _alt("named_posts") + r")(?= )")


_DUAL_NISBA_END = re.compile(r"(?<=ي)(?:تين|تان)$")


def _nationality_near(view: SentenceView, folded_end: int) -> str | None:
    """The nationality adjective right after a noun, duals and accusatives included ("جنديان تركيان")."""
    match = _NEXT_WORD.match(view.folded.text, folded_end)
    if match is None:
        return None
    word = fold_text(match.group(1))
    if _financial_at(view, match.start(1), match.group(1)):
        return None  # "وزير المالية اللبناني": the field, then the nation
    countries = _nationality_of_form()
    # "أميركيتين"، "تركيتان": a feminine dual is the feminine form
    for form in (word, _DUAL_OR_ACCUSATIVE.sub("", word), _DUAL_NISBA_END.sub("ه", word)):
        country = countries.get(form)
        if country is not None:
            return country
    return None


_DUAL_OR_ACCUSATIVE = re.compile(r"(?:ان|ين|ا)$")


@cache
def _nationality_of_form() -> dict[str, str]:
    """Each folded nationality form -> its country (the first in the lexicon's order, if two share it)."""
    out: dict[str, str] = {}
    for country, forms in _nationality_forms().items():
        for form in forms:
            out.setdefault(form, country)
    return out


@cache
def _nationality_forms() -> dict[str, frozenset[str]]:
    return {k: frozenset(fold_text(f) for f in v) for k, v in cues().nationalities.items()}


_INTERCEPTIONS = frozenset({"interception", "interception_weak"})
# "عناصر من قوات الدعم السريع"، "مسلحو حركة الشباب" (the construct state): the men of a side
# (the sentence's folded text keeps ة)
_GROUP_LEAD = re.compile(r" (?:تنظيم|حرك[هة]|جماع[هة])(?= )")  # "مسلحون من تنظيم داعش"
_MEN_OF_SIDE = re.compile(
    r" (?:(?:عناصر|افراد|مسلحين|مسلحون|مقاتلين|مقاتلون|جنود|مجموع[هة]|قو[هة]) من|مسلحو|مقاتلو|مسلحي|مقاتلي)(?= )"
)


# right after a deployment noun (and one adjective): "تابعة لـ" and the side it belongs to
_BELONGING_TO = re.compile(r"(?: [^\W\d_]+)?[،,]? +(?:ال)?تابع(?:ه|ة|ين)? ل(?=[^\W\d_])")


_REINFORCEMENTS_OF = re.compile(r"(?: [^\W\d_]+)? +ل(?=ل?[^\W\d_])")


def _moved_owner(view: SentenceView, hit: Hit[Trigger], participants: list[Participant]) -> Participant | None:
    """The side named after "تابعة لـ" right after a deployment trigger ("تعزيزات عسكرية تابعة للجيش الوطني الليبي")."""
    m = _BELONGING_TO.match(view.folded.text, hit.end)
    noun_end = view.raw_span(hit.start, hit.end).end
    if m is None and "تعزيز" in hit.key and not any(p.span.start < noun_end for p in participants):
        # "ووصلت تعزيزات إضافية للجيش إلى منطقة الهرمل": reinforcements "of" a side, with no sender told before
        # them ("أرسلت الوزارة تعزيزات للجيش": to the army), are that side's own
        m = _REINFORCEMENTS_OF.match(view.folded.text, hit.end)
    if m is None:
        return None
    at = view.raw_start(m.end(), m.end())
    return next((p for p in participants if 0 <= p.span.start - at <= 3), None)


def _agent(view: SentenceView, participants: list[Participant], owned: bool = True) -> Participant | None:
    if not view.contains_any(_AGENT_WORDS):
        return None
    # a weapon's owner does the deed, not a statement about it ("اتهمت قوات الدعم السريع الطيران الحربي التابع
    # للجيش بقصف سوق"); "قناة المسيرة التابعة للحوثيين" is an outlet, not a drone
    found = _OWNED_BY.finditer(view.folded.text) if owned else ()
    owners = [m for m in found if fold_text(view.previous_word(m.start())) not in _MEDIA_HEADS]
    markers = list(_AGENT_MARKER.finditer(view.folded.text)) + owners
    for match in sorted(markers, key=lambda m: m.start()):
        # "على أيدي عناصر من قوات الدعم السريع": the men of a side are that side
        men = _MEN_OF_SIDE.match(view.folded.text, match.end())
        end = view.raw_span(match.start(), men.end() if men else match.end()).end
        # ... past the kind word a name is listed without ("نصبه عناصر من تنظيم داعش") or a side's weapon ("قصف
        # نفذته طائرات الاحتلال": a side's aircraft are that side)
        nearest = [
            p
            for p in participants
            if 0 <= p.span.start - end <= 3
            or (
                0 <= p.span.start - end <= 12
                and fold_text(view.text[end - view.start : p.span.start - view.start].strip()) in _BEFORE_SIDE
            )
            # "برصاص عناصر تابعة لقوات الدعم السريع": the side a unit belongs to
            or (0 <= p.span.start - end <= 40 and _unit_of_side_between(view, end, p))
        ]
        if nearest:
            return nearest[0]
    return None


# "لقي جنديان مصرعهما": the verb of meeting death, then at most four words of its victims before مصرع/حتف (folded)
_MET_DEATH_VERB = re.compile(r"(?<!\w)[وف]?(?:لقي|لقيت|لقيا|لقيتا|لقوا|لقين)(?=(?: +[^\W_]+){1,4} +$)")
_BODY_NAME_END = re.compile(r"(?<!\w)[وف]?(?:ال)?دفاع المدني$")  # "الدفاع المدني": civil defence, a body


def _victims(view: SentenceView, participants: list[Participant], hit: Hit[Trigger]) -> Participant | None:
    """ "قُتل ثلاثة مدنيين"، "أصيب جنود": those a passive casualty verb speaks of are the target."""
    claimed = (
        _CLAIMED_LIVES.search(view.folded.text, view.folded_index(view.start))
        if view.may_match(_CLAIMED_LIVES)
        else None
    )
    if claimed is not None:
        # "أودى هجوم شنه مسلحون ... بحياة 15 قروياً": those whose lives it took, counted after بحياة
        counted = _counted_victims(view, participants, claimed.end())
        if counted is not None:
            return counted
    for cue in view.cues_of("killed", "injured"):
        if cue.word_start > hit.word_start and cue.end > hit.end:
            break  # a casualty word later on tells of the toll, not of whom the event befell (one inside the
            # trigger, "ضرب شاب حتى الموت", tells of whom it befell)
        end = view.raw_span(cue.start, cue.end).end
        if cue.key in _FALLEN_AS:
            # "سقط سبعة جنود ماليين قتلى في كمين": the side right before the casualty noun fell, not those after
            at = view.raw_start(cue.start, cue.end)
            fell = [
                p
                for p in participants
                if p.span.end <= at and not view.text[p.span.end - view.start : at - view.start].strip()
            ]
            if fell:
                return fell[-1]
        if cue.key in ("مصرع", "حتف"):
            # "لقي جنديان من القوات الحكومية مصرعهما"، "لقي مدني حتفه": who met death stands right before it
            at = view.raw_start(cue.start, cue.end)
            met = [
                p
                for p in participants
                if 0 <= at - p.span.end <= 16
                and p.span.start >= view.start
                and len(view.text[p.span.end - view.start : at - view.start].split()) <= 1  # an adjective between
            ]
            if met:
                return met[-1]
            # ... a person noun no list names, after the verb of meeting ("لقي جنديان مصرعهما"، "لقي شاب فلسطيني
            # حتفه"): the counted victims right after لقي (probe54)
            laqi = _MET_DEATH_VERB.search(view.folded.text, 0, cue.word_start)
            if laqi is not None:
                counted = _counted_victims(view, participants, laqi.end())
                if counted is not None and counted.span.end <= at:
                    return counted
        # "إن مسلحين قتلوا 18 مدنياً": a count of people right after a verb of either voice is its object, so the
        # verb is active and the side before it killed them
        object_after = _counted_victims(view, participants, cue.word_end) if cue.key in _EITHER_VOICE else None
        count = _COUNT_AFTER.match(view.folded.text, cue.word_end) if object_after is not None else None
        if object_after is not None and count is not None and _number_value(count.group(1)) is not None:
            return object_after
        if _PLURAL_CASUALTY_VERB.fullmatch(cue.key):
            # "ثلاثة مدنيين، بينهم طفل، قُتلوا"، "مدنيان قُتلا": the plural or dual verb's subject stands before it
            start = view.raw_start(cue.start, cue.end)
            subject = [p for p in participants if 0 <= start - p.span.end <= 25 and p.span.start >= view.start]
            if subject:
                return subject[-1]
            counted_before = _counted_subject(view, cue, participants)
            if counted_before is not None:
                return counted_before
            # "إن امرأة وطفليها قتلوا": two joined person nouns, the first one's kind
            joined = _JOINED_PEOPLE_BEFORE.search(view.folded.text, max(0, cue.word_start - 40), cue.word_start)
            stem = _person_stem(joined.group(1)) if joined is not None else None
            if joined is not None and stem is not None:
                span = view.raw_span(joined.start(1), joined.end(1))
                role = _PERSON_ROLES.get(stem, "civilians")
                return Participant(span, view.raw_text(span), None, None, role, named=False, head=stem)
        # "وكان مزارع قد قُتل": a singular person noun as the subject right before a plain casualty verb
        noun = _SUBJECT_BEFORE.search(view.folded.text[max(0, cue.word_start - 25) : cue.word_start])
        # (not the word that ends a body's name: "انتشلت طواقم الدفاع المدني جثامين سبعة شهداء")
        named_body = noun is not None and _BODY_NAME_END.search(
            view.folded.text, 0, cue.word_start - len(noun.group(0)) + len(noun.group(1))
        )
        if cue.start == cue.word_start and noun is not None and noun.group(1) in _singular_people() and not named_body:
            a = cue.word_start - len(noun.group(0))
            span = view.raw_span(a, a + len(noun.group(1)))
            stem = fold_text(noun.group(1))
            role = _PERSON_ROLES.get(stem, "civilians")
            return Participant(span, view.raw_text(span), None, None, role, named=False, head=stem)
        # "قُتل مدني"، "أصيب جنديان"، "قُتل نحو سبعين شخصاً": a person noun after the verb and its count
        crew = _CREW.match(view.folded.text, cue.word_end)
        vessel = _MERCHANT_VESSEL.match(view.folded.text, crew.end()) if crew is not None else None
        if crew is not None and vessel is not None:
            # "قُتل ثلاثة من أفراد طاقم سفينة شحن": a merchant ship's crew, of no one country
            span = view.raw_span(crew.start(1), vessel.end())
            return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head="vessel")
        if cue.key in _ACTIVE_KILLING:
            # "اغتال مسلحون مجهولون، مساء أمس، قيادياً سابقاً": the killers follow the verb, then whom they killed
            object_at = _active_object(view, cue, participants)
            return _counted_victims(view, participants, object_at) if object_at is not None else None
        # "وقتل مسلحون ضابطاً"، "قتل مسلحون مجهولون ثلاثة جنود": a side right after the verb with whom it killed
        # after it is the active verb's subject, not the passive's dead
        if cue.key in _EITHER_VOICE:
            object_at = _active_object(view, cue, participants)
            counted = _counted_victims(view, participants, object_at) if object_at is not None else None
            if counted is not None:
                return counted
            one = _accusative_object(view, cue, participants) or _construct_object(view, cue, participants)
            if one is not None:
                return one
        counted = _counted_victims(view, participants, cue.word_end)
        aside = _OBJECT_ASIDE.match(view.folded.text, cue.word_end)
        if counted is None and aside is not None:
            counted = _counted_victims(view, participants, aside.end())  # "قتلت، أمس الثلاثاء، 15 عنصراً"
        if counted is not None:
            return counted
        # ... not past "بعد أن" ("نجا ... من محاولة اغتيال بعد أن أطلق مجهولون النار": those who fired)
        following = [
            p
            for p in participants
            if 0 <= p.span.start - end <= 25
            and not _AFTER_WORD.search(view.folded.text, cue.word_end, view.folded_index(p.span.start))
        ]
        if following:
            # "قتلت قوات الجيش، أمس، 15 عنصراً من حركة الشباب": an active verb's subject, then whom it killed
            object_at = _active_object(view, cue, participants)
            counted = _counted_victims(view, participants, object_at) if object_at is not None else None
            if counted is None and object_at is not None and _SOME_COUNTED.match(view.folded.text, object_at):
                # "قتلت القوات الأمريكية اثنين من قياديي داعش": a count after the subject is whom it killed, even
                # of a noun no list knows; the subject killed them (probe83)
                return _side_past_count(view, participants, object_at)
            return counted or following[0]
    return None


_SOME_COUNTED = re.compile(r"[^\W_]+ +من ")  # "اثنين من قادة": a count of some of a side's men
_PAST_COUNT = re.compile(r"[^\W_]+ +من +(?:[^\W_]+ +)?$")  # "اثنين من "، "ثلاثة من قادة "


def _side_past_count(view: SentenceView, participants: Sequence[Participant], folded_start: int) -> Participant | None:
    """The side whose men a count at folded_start singles out ("اثنين من قادة حركة الشباب"), or None."""
    for p in participants:
        at = view.folded_index(p.span.start)
        if at > folded_start and _PAST_COUNT.fullmatch(view.folded.text, folded_start, at):
            return p
    return None


# "قتلوا 18 مدنياً": a count and its accusative noun
_COUNT_AFTER = re.compile(r" +([0-9]+|[^\W\d_]+) +[^\W\d_]{2,}ا(?!\w)")
_COUNTED_BEFORE = re.compile(r"(?<!\w)(?:\d+|[^\W\d_]+) +([^\W\d_]{3,}) +$")


def _counted_subject(view: SentenceView, cue: Hit[Cue], participants: list[Participant]) -> Participant | None:
    """ "قال الجيش النيجري إن 12 جندياً قتلوا": a counted person noun right before a plural casualty verb is its
    subject; soldiers or police a state's force speaks of are its own (probe52)."""
    found = _COUNTED_BEFORE.search(view.folded.text, max(0, cue.word_start - 30), cue.word_start)
    if found is None:
        return None
    stem = _person_stem(found.group(1))
    if stem is None:
        return None
    role = _PERSON_ROLES.get(stem, "civilians")
    span = view.raw_span(found.start(1), found.end(1))
    own = [p for p in participants if p.span.end <= span.start and p.role == role and p.country is not None]
    return Participant(span, view.raw_text(span), None, own[-1].country if own else None, role, named=False, head=stem)


def _clause_victims(
    view: SentenceView, folded_start: int, participants: list[Participant], home: str | None
) -> Participant | None:
    """The counted people a passive casualty verb right at the head of a clause speaks of ("فيما قُتل مدنيان")."""
    cue = next((c for c in view.cues_of("killed", "injured") if c.word_start >= folded_start), None)
    if cue is None or view.folded.text[folded_start : cue.word_start].strip():
        return None
    fallen = _counted_victims(view, participants, cue.word_end)
    if fallen is None or fallen.named:
        return None
    return fallen if fallen.country is not None or fallen.role not in _LOCAL_ROLES else _but(fallen, country=home)


def _counted_victims(view: SentenceView, participants: list[Participant], folded_start: int) -> Participant | None:
    """The victims a count at folded_start speaks of: its person noun, or the side its men are of."""
    nxt = _counted_noun(view, folded_start)
    people = _people_of(view, folded_start) if nxt is None else None
    if people is not None:
        # "استشهد سبعة فلسطينيين"، "قُتل ثلاثة سوريين": people named by their nationality are its civilians
        a, b, country = people
        span = view.raw_span(a, b)
        return Participant(span, view.raw_text(span), None, country, "civilians", named=False)
    if nxt is not None:
        a, b, stem = nxt
        # "خمسة عشر عنصراً من قوات الدعم السريع": the men of a side are that side; "أصيب سبعة أشخاص، بينهم
        # خمسة عسكريين أميركيين": the side is the one the count singles out
        for pattern, reach in ((_OF_SIDE_SPACED, 2), (_AMONG, 20), (_BELONGING_TO_SIDE, 2)):
            side = _participant_after(view, b, pattern, participants, reach)
            if side is not None:
                return side
        if stem in _MEMBERS_IN:
            # "اغتالت مسيّرة قيادياً في حركة حماس": a member in a body is that body (not a state: "عنصر في لبنان")
            side = _participant_after(view, b, _IN_BODY, participants, 2)
            if side is not None and not side.state:
                return side
            man = _member_named_after(view, b, participants)
            if man is not None:
                return man
        if stem in _MEMBER_STEMS or stem in _SOLDIER_STEMS:
            # "قُتل أربعة من عناصر الشرطة الإيرانية": the members of a body named right after are that body
            side = _participant_after(view, b, _SPACES, participants, 0)
            if side is not None:
                return side
        if stem in _MEMBER_STEMS:
            # ... and so when the body's description runs over the members' noun ("عناصر الشرطة الكينية")
            head = view.raw_span(a, b)
            side = next((p for p in participants if p.span.start <= head.start and head.end < p.span.end), None)
            if side is not None and side.country is not None:
                return side
        span = view.raw_span(a, b)
        role = _PERSON_ROLES.get(stem, "civilians")
        nationality = _nationality_near(view, b)
        return Participant(span, view.raw_text(span), None, nationality, role, named=False, head=stem)
    return None


def _named_member(view: SentenceView, victims: Participant, p: Participant) -> bool:
    """ "قُتل القيادي في حركة حماس محمد الضيف في غارة": the man named right after the victims' body is one of them,
    no doer."""
    gap = view.text[victims.span.end - view.start : p.span.start - view.start]
    same = (p.country, p.role) == (victims.country, victims.role)
    return p.person and p.span.start >= victims.span.end and not gap.strip() and same


def _member_named_after(view: SentenceView, folded_end: int, participants: Sequence[Participant]) -> Participant | None:
    """ "اغتال مسلحون القيادي في حركة فتح محمد العرموطي": past "في" and the body, the member's own name, which
    the names stage has given the body's side (the body then stands for no participant of its own)."""
    lead = _IN_BODY.match(view.folded.text, folded_end)
    if lead is None:
        return None
    for p in participants:
        at = view.folded_index(p.span.start)
        if p.person and p.named and 0 < at - lead.end() <= 40 and p.role not in ("other", "civilians"):
            return None if re.search(r"[،,.:؛]", view.folded.text[lead.end() : at]) else p
    return None


_ACTIVE_KILLING = frozenset(_WORDS.words("active_killing"))
_FALLEN_AS = frozenset({"قتلي", "قتلى", "جرحي", "جرحى", "قتيلا", "قتيلين", "شهداء", "جريحا", "جريحين", "صرعي", "صرعى"})
# "عناصر الشرطة"، "رجال الأمن"، "قادة حركة الشباب": a body's men (or leaders)
_MEMBER_STEMS = frozenset({"عنصر", "فرد", "منتسب", "مقاتل", "رجل", "قايد", "قيادي"})
_SOLDIER_STEMS = frozenset({"جندي", "ضابط"})  # "جنود الجيش الأوغندي": of the body right after them (probe97)
_MEMBERS_IN = frozenset(_WORDS.words("members_in"))
# past one adjective: "قيادي بارز في" (a former one, "قيادياً سابقاً في", is no longer of it)
_IN_BODY = re.compile(r"(?: +(?:بارز|رفيع|كبير|ميداني|عسكري|امني)(?:[اه]|ان|ين)?)? +في +")  # (dual, plural: probe97)
_SPACES = re.compile(r" +")
_SUBJECT_WORDS = re.compile(r" +[^\W\d_]+(?: +[^\W\d_]+)?(?= *[،,])")  # "قتل الجيش،"، "قتلت القوات التركية،"
_CREW = re.compile(r" +(?:[^\W_]+ +){0,2}?(?:من +)?((?:افراد +)?(?:ال)?طاقم) +")  # "ثلاثة من أفراد طاقم"
_OBJECT_ASIDE = re.compile(r"[،,][^،,.]{1,30}[،,] *")  # "، أمس الثلاثاء، "
_NOT_SUBJECT = frozenset({"في", "من", "علي", "عن", "الي", "بعد", "قبل", "خلال", "منذ", "اثر", "جراء", "بحسب", "وفق"})


# "وكان الدويك قد اعتُقل": كان, up to six words of the subject, then قد right before the verb
_PLUPERFECT_LEAD = re.compile(r"(?<!\w)و?كانت?(?: +[^\W\d_]+){0,6} *$")
# what may follow a verb that has no object: a preposition, a time word, or the clause's end
_NO_OBJECT = re.compile(
    r" *(?:[،,.:؛]|$|(?:في|علي|من|منذ|خلال|عند|قبل|بعد|اثر|عقب|امس|يوم|مساء|صباح|ليل|ليله|فجر|مطلع|اواخر)(?!\w))"
)
_DAMMA = "\u064f"


def _marked_passive(view: SentenceView, hit: Hit[Trigger]) -> bool:
    """ "اعتُقل"، "قُتل"، "أُصيب": a damma before the verb's last two letters marks the passive (a plural's ending,
    "قتلُوا", is no sign)."""
    word = view.raw_text(view.raw_span(hit.word_start, hit.word_end))
    word = re.sub("\u064f?وا?$", "", word)
    return _DAMMA in word[:-2]


def _pluperfect_passive(view: SentenceView, hit: Hit[Trigger], subject: Participant) -> bool:
    """ "وكان الدويك قد اعتُقل في الخامس من الشهر"، "وكانت الناشطة قد اعتقلت منذ": a person as the subject of
    كان ... قد and a verb with no object after it underwent the deed (a force, "وكانت القوات قد اعتقلت", did it)."""
    raw_verb = view.raw_span(hit.word_start, hit.word_end)
    if fold_text(view.text[subject.span.end - view.start : raw_verb.start - view.start]).strip() != "قد":
        return False
    if _PLUPERFECT_LEAD.search(fold_text(view.text[: subject.span.start - view.start])) is None:
        return False
    if _marked_passive(view, hit):
        return True
    if not (subject.person or subject.role in ("civilians", "other", "media")):
        return False
    # a deed done to a person (not "وكان الرئيس قد استقبل في مكتبه وفداً"), with no object later in the clause
    if hit.values[0].plover not in ("COERCE", "ASSAULT") or _NO_OBJECT.match(view.folded.text, hit.word_end) is None:
        return False
    clause = _CLAUSE_MARK.split(view.folded.text[hit.word_end :], maxsplit=1)[0]
    return not any(m.group() not in _ADVERBIAL for m in _ACCUSATIVE.finditer(clause))


_STRIKE_SUBJECT = re.compile(r" +(?:" + _taa_alt("striking_subjects") + r")(?!\w)")
# casualty verbs whose active and passive are spelt alike ("قتل": qatala/qutila); not nouns ("وفاة جندي متأثراً")
_EITHER_VOICE = frozenset(_WORDS.words("either_voice_verbs"))
_KILLING_BEFORE = _with_conjunction(_EITHER_VOICE)
# an indefinite accusative noun: its alif of tanween ("مترجماً"، "ضابطاً"), past a letter that is no alif
_ACCUSATIVE = re.compile(r"([^\W\d_]{2,}[^\W\d_ا])ا(?![^\W\d_])")
_ADVERBIAL = frozenset({"ايضا", "كذلك", "مؤخرا", "سابقا", "لاحقا", "اخيرا", "يوميا", "جميعا", "ليلا", "نهارا", "فجرا"})


def _accusative_object(view: SentenceView, cue: Hit[Cue], participants: Sequence[Participant]) -> Participant | None:
    """ "قتل مسلحون مترجماً يعمل في قاعدة": past the verb's subject, an indefinite person in the accusative whom
    no list knows is whom it befell (a civilian), so the subject is not taken for the dead."""
    at = _active_subject_end(view, cue, participants)
    if at is None:
        return None
    m = _ACCUSATIVE.match(view.folded.text, at)
    if m is None or m.group() in _ADVERBIAL or m.group().startswith("ال"):
        return None
    span = view.raw_span(m.start(), m.end())
    return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head=m.group(1))


# What may follow a killed side in the passive ("قُتل مسلحون، أمس، في اشتباك"، "قُتل مسلحون مجهولون بينهم قيادي"): a
# preposition, a time or place word, a conjunction; any other noun there is the active verb's object (probe55).
_NO_CONSTRUCT_OBJECT = re.compile(
    r"(?:"
    + "|".join(sorted(_NOT_SUBJECT))
    + r"|اثناء|لدي|حين|عندما|بينهم|منهم|داخل|امام|وسط|اليوم|امس|مساء|صباح|ليل|ليله|الليله|فجر|ظهر|عصر|الي|الا"
    + r"|"
    + _alt("compass")
    + "|"
    + _alt("near")
    + r")(?!\w)"
    # a conjunction or an attached preposition ("وأصيب"، "برصاص"، "بانفجار"، "للمرة"), a present verb ("يستقلون") or
    # a plural that goes on describing the subject ("ملثمون"، "تابعون")
    + r"|[وفبلكي]|[^\W\d_]+(?:ون|ين|ان|وا)(?!\w)"
)


def _construct_object(view: SentenceView, cue: Hit[Cue], participants: Sequence[Participant]) -> Participant | None:
    """ "قتل مسلحون مجهولون، مساء أمس، إمام مسجد"، "مختار قرية"، "رئيس بلدية القبة": past an armed subject right
    after the verb, a noun that no passive could have there is whom they killed: a side named in its next two
    words, else a civilian (a noun and its genitive, "إمام مسجد")."""
    at = _active_subject_end(view, cue, participants)
    text = view.folded.text
    if at is None or not any(
        p.role in _ARMED_ROLES and p.span.start >= view.start and view.folded_index(p.span.start) < at
        for p in participants
    ):
        return None
    words = list(_WORD.finditer(text, at, min(len(text), at + 40)))
    if not words or words[0].start() != at or words[0].group().isdigit():
        return None
    if _NO_CONSTRUCT_OBJECT.match(text, at) is not None or words[0].group().startswith("ال"):
        return None
    reach = words[1].end() if len(words) > 1 and not text[words[0].end() : words[1].start()].strip() else words[0].end()
    for p in participants:
        start = view.folded_index(p.span.start)
        if at < start <= reach and p.span.start >= view.start:
            return p  # "رئيس بلدية القبة": the office's body
    span = view.raw_span(at, reach)
    return Participant(span, view.raw_text(span), None, None, "civilians", named=False, head=words[0].group())


def _active_subject_end(view: SentenceView, cue: Hit[Cue], participants: Sequence[Participant] = ()) -> int | None:
    """Where an active casualty verb's object would start (folded), past a named or armed subject right after
    the verb and an aside; None if no such subject follows the verb."""
    text = view.folded.text
    # "قتلت قوة من الجيش العراقي خمسة عناصر": the men of a side are that side, the subject
    men = _MEN_OF_SIDE.match(text, cue.word_end)
    base = men.end() if men is not None else cue.word_end
    # ... and the kind word a named side may stand behind, "مسلحون من تنظيم داعش", or be named with, also right
    # after the verb ("أعدم تنظيم داعش ثلاثة رعاة"; probe94)
    lead = _GROUP_LEAD.match(text, base)
    past = lead.end() if lead is not None else base
    subject = next((m for m in view.mentions if base <= view.folded_index(m.span.start) <= past + 6), None)
    own = 0  # the end of a named subject
    armed = next(
        (
            p
            for p in participants
            if (p.role in _ARMED_ROLES or _armed_when_violent(p))  # "قتل مستوطنون شاباً": settlers killing
            and p.span.start >= view.start
            and 0 <= view.folded_index(p.span.start) - base <= 6
        ),
        None,
    )
    if subject is not None and subject.type in ("ORG", "PER"):
        # "قتل مسلحون من تنظيم داعش في غرب أفريقيا": the words of a name are no preposition
        own, at = view.folded_index(subject.span.end), view.folded_index(subject.span.start)
    elif armed is not None:
        at = view.folded_index(armed.span.end)
    else:
        # "قتل الجيش، بحسب مصادر محلية، خمسة مسلحين": a subject of one or two words, then the aside
        words = _SUBJECT_WORDS.match(text, cue.word_end)
        if words is None or _OBJECT_ASIDE.match(text, words.end()) is None:
            return None
        at = words.end()
    if any(w in _NOT_SUBJECT for w in text[base:at].split()):
        return None
    at = max(at, own)
    tied = _BELONGING.match(text, at)
    if tied is not None:
        # "قتل مسلحون يُعتقد أنهم ينتمون إلى جماعة نصرة الإسلام، أمس، 12 جندياً": past the side the subject's men
        # are said to belong to (probe79)
        # (a name may start at the kind word the pattern passed: "تنظيم داعش" is a mention, "داعش" a participant)
        kind = _GROUP_LEAD.search(text, max(at, tied.end() - 12), tied.end())
        spans = [p.span for p in participants] + [m.span for m in view.mentions]
        group = [
            view.folded_index(s.end)
            for s in spans
            if view.folded_index(s.start) - tied.end() in (0, 1)
            or (kind is not None and view.folded_index(s.start) == kind.start() + 1)
        ]
        at = max(group) if group else at
    at = _past_riding(view, at)
    aside = _OBJECT_ASIDE.match(text, at)
    return aside.end() if aside is not None else at + len(text[at:]) - len(text[at:].lstrip(" "))


_RIDING = re.compile(r" +(?:" + _alt("subject_riding") + r")(?!\w)")
_KILLING_MANNER = re.compile(r" +(?:" + _alt("killing_manners") + r")(?!\w)")


def _past_riding(view: SentenceView, at: int) -> int:
    """ "مسلحون مجهولون يستقلون دراجة نارية، مساء أمس، ناشطاً": past what the subject rode or wore, up to four words
    that end at an aside's comma or before a count or a person noun, or past how they killed (probe94)."""
    text = view.folded.text
    manner = _KILLING_MANNER.match(text, at)
    if manner is not None:
        return manner.end()  # "أعدمت حركة الشباب رمياً بالرصاص، أمس، رجلين": how, not whom
    ride = _RIDING.match(text, at)
    if ride is None:
        return at
    pos = ride.end()
    dress = False  # the adjective of a dress word ("زياً عسكرياً") is no soldier
    for _ in range(4):
        word = _WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" ")))
        if word is None or _number_at(view, word.start(), word.end()) is not None:
            return pos
        if _person_stem(word.group()) and not dress:
            return pos
        dress = word.group() in _DRESS
        pos = word.end()
        if text[pos : pos + 1] in ("،", ","):
            return pos
    return at


def _active_object(view: SentenceView, cue: Hit[Cue], participants: Sequence[Participant] = ()) -> int | None:
    """ "قتلت قوات الجيش، أمس، 15 عنصراً": where the count of whom an active casualty verb's subject killed
    starts (folded), if a named subject stands between them; else None. "قتل الجيش خمسة مسلحين": an armed
    side described, not named, is a subject too."""
    at = _active_subject_end(view, cue, participants)
    text = view.folded.text
    if at is None:
        struck = _STRIKE_SUBJECT.match(text, cue.word_end)
        # "قتلت طائرة مسيرة تابعة لجماعة الحوثي ثلاثة جنود": a weapon right after the verb is its subject too
        weapon = next((h for h in view.cues_of("weapon") if h.word_start == cue.word_end + 1), None)
        past = struck.end() if struck is not None else weapon.word_end if weapon is not None else None
        if past is None:
            return None
        # "قتلت غارة لطائرة مسيرة تركية خمسة مسلحين": a strike and its doer are the subject; the count the toll
        for word in re.finditer(r"[^\W_]+", text[: past + 60]):
            if word.start() < past:
                continue
            if _number_at(view, word.start(), word.end()) is not None:
                return word.start()
            if word.start() - past > 40:
                break
        return None
    number = _number_at(view, at, min(len(text), at + 12))
    if number is not None and number[1] == at:
        return at
    # "قتلت الشرطة، أمس، مسلحاً": a person noun with no number is one (or two, a dual)
    noun = _counted_noun(view, at)
    return at if noun is not None and noun[0] == at and _person_stem(text[noun[0] : noun[1]]) is not None else None


# Broken plurals of person nouns, to their singular (sound plurals are stripped of ين/ون/ان).
_BROKEN_PLURALS = _WORDS.mapping("broken_plurals")
_COUNT_WORDS = frozenset(_WORDS.words("count_words"))
_BROKEN_SINGULARS = frozenset(_BROKEN_PLURALS.values()) - {"مشتبه", "عامل"}  # العاملين: a sound plural too


@lru_cache(maxsize=1 << 16)  # per word form
def _person_stem(word: str) -> str | None:
    """The singular of a person noun ("مدنيين" -> "مدني", "شبان" -> "شاب"), or None."""
    word = fold_text(word)
    # the bare form first: "المسلحين" is "مسلح", whose role the roles list knows (the lists hold "المسلح" too)
    for form in (re.sub(r"^ال", "", word), word):
        if form in _BROKEN_PLURALS:
            return _BROKEN_PLURALS[form]
        stem = re.sub(r"(?:ا|ان|ين|ون)$", "", form)
        if form in _singular_people():
            return form
        if stem in _singular_people():
            return stem
        if form.endswith("ات"):
            # "ثلاث متظاهرات"، "أربع ممرضات": a feminine sound plural, of the feminine singular or of the masculine
            for single in (form[:-2] + "ه", form[:-2]):
                if single in _singular_people():
                    return single
    return None


_OWNED_PEOPLE = re.compile(r"([^\W\d_]{3,}?)(?:هما|هم|ها|ه)")  # "موظفيها"، "عناصره": people and their owner's pronoun


def _owned_person_stem(before: str, word: str) -> str | None:
    """ "واحتجزوا خمسة من موظفيها"، "ثلاثة من عناصره": past من, a body's people named with its pronoun (the plural
    in construct, "موظفي", is the sound plural's; probe55)."""
    if not before.rstrip().endswith(" من"):
        return None
    owned = _OWNED_PEOPLE.fullmatch(word)
    if owned is None:
        # "ثمانية من مسلحي حركة الشباب"، "خمسة من مقاتلي الفصائل": a sound plural in construct with the body after it
        return _person_stem(word + "ن") if word.endswith("ي") and len(word) > 3 else None
    return _person_stem(owned.group(1)) or _person_stem(owned.group(1) + "ن")


def _counted_noun(view: SentenceView, folded_start: int) -> tuple[int, int, str] | None:
    """A person noun within a count right after folded_start ("ثلاثة من أفراد"، "نحو سبعين شخصاً"):
    (folded start, folded end, singular)."""
    numbers = {h.word_start for h in view.cues_of("number")}
    for i, match in enumerate(_WORD.finditer(view.folded.text[folded_start : folded_start + 50])):
        a, b = folded_start + match.start(), folded_start + match.end()
        if i == 0 and view.folded.text[folded_start:a].strip():
            return None  # punctuation right after the verb
        stem = _person_stem(match.group())
        if stem is None and i > 0:
            stem = _owned_person_stem(view.folded.text[:a], match.group())
        if stem is not None:
            return a, b, stem
        if not (match.group().isdigit() or a in numbers or fold_text(match.group()) in _COUNT_WORDS) or i >= 5:
            return None
    return None


_NATIONALITY_NOUN_END = re.compile(r"(?:ين|ون|ان|ا)$")


def _people_of(view: SentenceView, folded_start: int) -> tuple[int, int, str] | None:
    """A nationality noun counted right after folded_start ("سبعة فلسطينيين"، "فلسطينيان"): (start, end, country).
    The masculine noun only: a feminine form ("الفلسطينية") is an adjective of something else."""
    numbers = {h.word_start for h in view.cues_of("number")}
    countries = _nationality_of_form()
    for i, match in enumerate(_WORD.finditer(view.folded.text[folded_start : folded_start + 50])):
        a, b = folded_start + match.start(), folded_start + match.end()
        if i == 0 and view.folded.text[folded_start:a].strip():
            return None
        word = match.group()
        bare = _NATIONALITY_NOUN_END.sub("", word)
        if not word.startswith("ال") and bare != word and bare in countries:
            return a, b, countries[bare]
        if i == 0 and not word.startswith("ال") and word in countries:
            return a, b, countries[word]  # "استشهد فلسطيني": one
        if not (word.isdigit() or a in numbers or fold_text(word) in _COUNT_WORDS) or i >= 5:
            return None
    return None


# The side a person noun speaks of; other people ("مدني"، "طفل"، "شخص") are civilians.
_PERSON_ROLES = _WORDS.mapping("person_roles")


def _paragraph_end(doc: Document, position: int) -> int:
    body = doc.body
    if body is None:
        return position
    raw = doc.raw
    newline = raw.find("\n", position)
    return len(raw) if newline < 0 else newline


def _upcoming_sites(sentences: Sequence[Sentence], index: int, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    following = sentences[index + 1 : index + 4]
    if not following:
        return ()
    start, end = following[0].span.start, following[-1].span.end
    sites: dict[str, Mention] = {}
    for m in mentions:
        if start <= m.span.start < end and m.place is not None and _kind(m) == "facility":
            sites.setdefault(m.place.id, m)
    return tuple(sites.values())


def _title_places(
    doc: Document, hint: frozenset[str] = frozenset(), body: Sequence[Mention] = ()
) -> tuple[Mention, ...]:
    """The places of the headline: where the story is, until its body names a place. A spelling that is also a
    common word ("سحب الجنسية من ..." withdrawal, not Yemen's Sahhab) counts only when the body names that place."""
    if doc.title_span is None:
        return ()
    found = _places_of_span(doc, doc.title_span, hint)
    stoplist = place_stoplist()
    named = {m.place.canonical for m in body if m.place is not None}
    return tuple(m for m in found if fold_text(m.text) not in stoplist or (m.place and m.place.canonical in named))


def _dateline_places(doc: Document, hint: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """The city of the dateline that opens the body ("غزة - أصيب ثلاثة مواطنين ..."، "بغداد (رويترز) -")."""
    dateline = _dateline_span(doc)
    return _places_of_span(doc, dateline, hint, first_only=True) if dateline is not None else ()


def _story_hint(doc: Document, mentions: Sequence[Mention]) -> frozenset[str]:
    """The countries (ISO2) that say which of a headline's or dateline's namesakes is meant: a country the dateline
    names ("الناصرية (العراق) (أ ف ب) -"), else where most of the body's places lie."""
    dateline = _dateline_span(doc)
    named: set[str] = set()
    if dateline is not None:
        for hit in name_matcher().find(fold(doc.raw[dateline.start : dateline.end]).text):
            named.update(v.place.country for v in hit.values if v.place is not None and v.place.kind == "country")
    if named:
        return frozenset(named)
    counts = Counter(m.place.country for m in mentions if m.place is not None)
    return frozenset({counts.most_common(1)[0][0]}) if counts else frozenset()


def _places_of_span(doc: Document, where: Span, hint: frozenset[str], first_only: bool = False) -> tuple[Mention, ...]:
    """The dictionary places in a boilerplate span (`first_only`: the one it opens with); of namesakes, one in a
    country of `hint` first, else (a dateline's) the largest town."""
    raw = doc.raw[where.start : where.end]
    folded = fold(raw)
    found: list[Mention] = []
    hits = longest(name_matcher().find(folded.text))
    # "مسيرة في وسط عمّان ومواجهات قرب السفارة في الرابية": a namesake is read in the country of the span's places
    # that have no namesake abroad (Amman's Rabieh, not Kuwait's)
    sure = set()
    for hit in hits:
        countries = {v.place.country for v in hit.values if v.place is not None}
        if len(countries) == 1 and not hit.fused:
            sure |= countries
    for hit in hits:
        readings = [v.place for v in hit.values if v.place is not None]
        if first_only:  # a dateline names the city the story was filed from, the largest of its namesakes
            readings.sort(key=lambda p: (p.kind != "city", -(p.population or 0)))
        readings.sort(key=lambda p: (p.country not in sure, p.country not in hint))
        place = readings[0] if readings else None
        if place is None or hit.fused or (first_only and folded.text[: hit.start].strip()):
            continue
        a, b = folded.source_range(hit.start, hit.end)
        span = Span(where.start + a, where.start + b)
        found.append(Mention(span, raw[a:b], "GPE", place.canonical, "lexicon", place))
    return tuple(_most_specific(found))


def _dateline_span(doc: Document) -> Span | None:
    """The boilerplate right before the body's first sentence, when it is a dateline cut from it (nothing but
    spaces between), not the headline."""
    first = doc.sentences[0].span.start
    before = [s for s in doc.boilerplate if s.end <= first and s != doc.title_span]
    if not before:
        return None
    last = max(before, key=lambda s: s.end)
    return last if not doc.raw[last.end : first].strip() else None


_NATIONALITY_OF = {fold_text(f): country for country, forms in cues().nationalities.items() for f in forms}


def home_country(mentions: Sequence[Mention], headline: Sequence[Mention] = ()) -> str | None:
    """ISO3 of the country most of the story's places lie in (places inside a country count double); a story
    whose body names no place is set where its headline's places are ("الكويت: السجن 10 سنوات ..."), else where
    most of its named actors belong ("طالب الاتحاد العام التونسي للشغل الحكومة": the Tunisian government), if
    one country leads."""
    weights: Counter[str] = Counter()
    for m in mentions:
        if m.place is not None:
            weights[m.place.country] += 1 if m.place.kind == "country" else 2
    if not weights:
        for m in headline:
            if m.place is not None:
                weights[m.place.country] += 1
    if not weights:
        owners = Counter(m.actor.country for m in mentions if m.actor is not None and m.actor.country)
        if not owners:
            # "اعتقلت السلطات السعودية": a state named only by its adjective still says where the story is
            owners = Counter(c for m in mentions if m.place is None and (c := _NATIONALITY_OF.get(fold_text(m.text))))
        ranked = owners.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None
    return iso3(weights.most_common(1)[0][0])


_CAPITAL_BEFORE = re.compile(r"(?:^|\s)[وفب]?العاصم[هة]\s*$")


@cache
def _capital_of(country: Place) -> Place | None:
    """The most populous city that bears its country's name (تونس، الكويت، جيبوتي), if any."""
    name = country.names[0]
    cities = [p for p in places() if p.kind == "city" and p.country == country.country and p.names[0] == name]
    return max(cities, key=lambda p: p.population or 0) if cities else None


def _capital_cities(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """ "بالعاصمة تونس"، "في العاصمة الكويت": a country's name right after العاصمة is its capital city."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.place is None or m.place.kind != "country":
            continue
        before = fold(doc.raw[max(0, m.span.start - 12) : m.span.start], keep_taa_marbuta=True).text
        if not _CAPITAL_BEFORE.search(before):
            continue
        city = _capital_of(m.place)
        if city is not None:
            out[i] = replace(m, place=city)
    return tuple(out)


# Things someone says or does to someone: with neither side found nor a place, the word is most often no event at
# all ("أهل القمة"، "رفض الهيمنة الدولية"، "عادة ما تطلب الجمعية") and a coder could not code it anyway.
_SAID_OR_MET = frozenset({"CONSULT", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "CONCEDE", "COOPERATE"})


def _nobodys(e: dict[str, Any]) -> bool:
    # ... unless its own sentence places it ("وستجري جولة من المحادثات بين الوفدين في جدة"): talks between sides
    # that no list names (a place the story told before does not count)
    if e["plover"] not in _SAID_OR_MET or e["actor1"] is not None or e["actor2"] is not None:
        return False
    return not any(place["text"] in e["evidence"] for place in e["locations"])


# "أمام مقر النقابة بالعاصمة"، "في العاصمة، اليوم": العاصمة with no name or adjective after it (the first group
# is the word that follows, if any)
_BARE_CAPITAL = re.compile(r"(?<!\w)(?:[وف]?ب|(?:[وف]?في) +)?(?P<capital>العاصم[هة])(?!\w) *(?P<next>\w*)")
# "محافظة العاصمة" (Amman's, Bahrain's), "أمانة العاصمة" (Sanaa's): a unit the gazetteer names
_CAPITAL_UNIT = re.compile(r"(?:محافظ[هة]|امان[هة]|اقليم|ولاي[هة]) +$")


@cache
def _capital_city(state: str) -> Place | None:
    """The city names.yaml gives as the capital of `state` (ISO3), from the gazetteer."""
    names = {name for name, owner in name_rules().capitals.items() if owner == state}
    cities = [p for p in places() if p.kind == "city" and iso3(p.country) == state and fold_text(p.names[0]) in names]
    return max(cities, key=lambda p: p.population or 0) if cities else None


def _bare_capitals(doc: Document, mentions: tuple[Mention, ...], home: str | None) -> tuple[Mention, ...]:
    """A bare "العاصمة" in the body is the capital of the story's country: a mention of that city."""
    home_capital = _capital_city(home) if home is not None else None
    added: list[Mention] = []
    for sentence in doc.sentences:
        raw = doc.raw[sentence.span.start : sentence.span.end]
        if "العاصم" not in raw:
            continue
        folded = fold(raw)
        for found in _BARE_CAPITAL.finditer(folded.text):
            at = found.start("capital")
            after = found.group("next")
            capital, end = home_capital, found.end("capital")
            described = after.startswith("ال") and after not in _TIME_WORDS
            if described and (state := _NATIONALITY_OF.get(after)) is not None:
                # "بالعاصمة الجزائرية"، "في العاصمة السودانية": that state's capital (unless named after it)
                capital, end = _capital_city(state), found.end("next")
                after = folded.text[end:].split(maxsplit=1)[0] if folded.text[end:].strip() else ""
                described = False
            if capital is None or described or _CAPITAL_UNIT.search(folded.text, max(0, at - 12), at):
                continue  # "العاصمة الإدارية"، "أمانة العاصمة": not the bare capital
            a, b = folded.source_range(at, end)
            span = Span(sentence.span.start + a, sentence.span.start + b)
            named = sentence.span.start + folded.source_range(end, end)[0]
            if after and any(named <= m.span.start <= named + 3 for m in mentions):
                continue  # "غرب العاصمة طرابلس"، "العاصمة الليبية طرابلس": the capital named
            if any(span.start - 2 <= m.span.end <= span.start and m.place is not None for m in mentions):
                continue  # "في تونس العاصمة": the capital named before the word (h14b)
            if not any(m.span.start <= span.start < m.span.end for m in mentions):
                added.append(Mention(span, raw[a:b], "GPE", capital.canonical, "lexicon", capital))
    if not added:
        return mentions
    return tuple(sorted((*mentions, *added), key=lambda m: m.span.start))


# "، فيما اعتقلت قوات الأمن أربعة مشتبه بهم في مقديشو"، "، كما نظم العشرات وقفة"، "، وهدمت منزلاً": a clause of its
# own after a comma (group 1: the و of a verb joined so)
_CLAUSE_CUT = re.compile(r"[،,] *(?:(?:" + _alt("meanwhile") + r"|كما)(?!\w)|(و)(?=[^\W\d_]))")


def _clause_verb(view: SentenceView, cut: re.Match[str]) -> Hit[Trigger] | None:
    """The strong verb that opens the clause after `cut` (the verb joined by its و, or the first within three words)."""
    words = view.folded.text[cut.end() :].split()
    # "، في حين أُصيب جندي بإطلاق نار في بعلبك": a clause opened by a verb only a victim is the subject of tells the
    # strike behind its ب (no toll of the sentence's event: it names a strike of its own, not "بالقصف" told before)
    toll_first = cut.group(1) is None and bool(words) and (words[0] in _VICTIM_VERBS or words[0] in _PASSIVE_KILLING)
    for h in view.triggers:
        if h.start < cut.end() - 1 or h.values[0].strength != "strong":
            continue
        if toll_first and _is_noun(view, h):
            near = len(view.folded.text[cut.end() : h.word_start].split()) <= 4
            bare = view.folded.text[h.word_start : h.start] == "ب"
            return h if near and bare and h.values[0].id not in _TOLL_TRIGGERS else None
        if _is_noun(view, h):
            continue
        if cut.group(1) is not None:
            return h if h.word_start == cut.start(1) else None
        return h if len(view.folded.text[cut.end() : h.word_start].split()) <= 3 else None
    return None


def _with_meanwhile_clause(
    doc: Document,
    view: SentenceView,
    ctx: Context,
    mentions: Sequence[Mention],
    starts: Sequence[int] | None,
    found: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """ "قتل الجيش 12 عنصراً من حركة الشباب قرب بلدة X، فيما اعتقلت قوات الأمن أربعة مشتبه بهم في مقديشو"، "اعتقلت
    ثلاثة شبان من جنين، وهدمت منزلاً في يطا": a clause after a comma and "فيما/بينما/في حين/كما" or a joined verb,
    whose strong verb is of another kind than the sentence's event and names a place of its own, in a sentence naming
    a place before it too, tells an event of its own; each clause is then read as a sentence. After "فيما"/"كما" a
    clause of the same kind does too when its place is none of the event's ("تظاهر المئات في ساحة التحرير ببغداد، كما
    نظم العشرات وقفة في البصرة"). Strikes of one kind keep probe24's rules, and a verb joined by و of the same kind
    stays the same event ("اقتحمت ... مخيم جنين، واعتقلت خمسة شبان")."""
    if not found or ("،" not in view.folded.text and "," not in view.folded.text):
        return found
    places = [m for m in view.mentions if m.place is not None]
    for cut in _CLAUSE_CUT.finditer(view.folded.text):
        verb = _clause_verb(view, cut)
        if verb is None:
            continue
        clause_start = view.raw_start(cut.start() + 1, cut.end())
        trigger = verb.values[0]
        plovers = {e["plover"] for e in found}
        # "قُتل جنديان بهجوم على نقطة في الطارمية، فيما اعتقلت القوات الأمنية اثنين من المهاجمين": the arrests that
        # followed an attack are told in a clause of their own, at the attack's place when they name none
        # (an attack by others than the state: a raid "اقتحمت ... مخيم جنين، واعتقلت خمسة شبان" stays one event)
        caught = (
            tuple(trigger.acled or ()) == _ARRESTS
            and plovers == {"ASSAULT"}
            and not any((e["actor1"] or {}).get("role") in ("military", "police", "government") for e in found)
        )
        if not any(m.span.start < clause_start for m in places) or not (
            caught or any(m.span.start > clause_start for m in places)
        ):
            continue
        damage = trigger.acled is not None and list(trigger.acled) == _DAMAGE
        if trigger.plover in _SAID or (damage and "ASSAULT" in plovers):
            # what a speaker adds ("، وأكدت تضامنها مع تركيا"), and the damage an attack wrought ("هاجم مستوطنون قرية
            # المغير، وأحرقوا منازل في ترمسعيا"), stay with the sentence's event
            continue
        kinds = {(e["plover"], tuple(e["acled"] or ())) for e in found}
        other_kind = trigger.plover not in plovers or (
            trigger.plover != "ASSAULT" and (trigger.plover, tuple(trigger.acled or ())) not in kinds
        )
        heads_before = any(e["trigger"]["start"] < clause_start for e in found)
        # (a place the event took from the clause itself is not one it holds: "استقبل ... في القاهرة، كما التقى ...
        # في الدوحة" gave the meeting both towns)
        before = {m.text for m in places if m.span.start < clause_start}
        after_only = {m.text for m in places if m.span.start > clause_start} - before
        told_places = {loc["text"] for e in found for loc in e["locations"]} - after_only
        new_place = any(m.span.start > clause_start and m.text not in told_places for m in places)
        joined = cut.group(1) is not None
        if joined and not (other_kind and heads_before):
            continue
        if not joined and not (other_kind or not heads_before or (trigger.plover != "ASSAULT" and new_place)):
            continue
        # the doer goes on into a joined verb or one after "كما" ("، كما اعتقلت"), not past "فيما" (another scene)
        goes_on = joined or view.folded.text[cut.start() : cut.end()].endswith("كما")
        apart = _clauses_apart(doc, view, ctx, mentions, starts, clause_start, verb if goes_on else None)
        if caught and apart:
            attack = next((e for e in apart if e["plover"] == "ASSAULT"), None)
            for e in apart:
                if attack is not None and e is not attack and not e["locations"]:
                    e["locations"] = [dict(loc) for loc in attack["locations"]]
        return apart or found
    return found


# "طالب ... خلال لقائه وفداً"، "دان ... في اتصال هاتفي مع نظيره": the meeting or call a word was said in; "أجرى
# اتصالاً هاتفياً ...، دان خلاله"، "وطالب خلال اللقاء": the word said in the meeting or call
_MEETING_TRIGGERS = frozenset({"meeting", "phone_call", "reception"})
_IN_MEETING = frozenset({"خلال", "اثناء", "في"})
# "لقائه وفداً"، "استقباله السفير"، "اتصال هاتفي مع": a meeting with another side, first told here (not "خلال اللقاء"
# told before, nor a body's own "اجتماع طارئ" or "قمتها")
_MET_WITH = re.compile(r"(?:لقاي|لقاء|استقبال)(?:ه|ها|هم)(?!\w)|اتصال(?:ا)? +هاتفي")
_SAID_IN_IT = re.compile(r" +(?:خلاله|خلالها|خلال +(?:اللقاء|الاتصال|الاجتماع|المباحثات))(?!\w)")


def _with_meeting_and_word(
    doc: Document, view: SentenceView, ctx: Context, found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A statement made in a meeting or a call the sentence tells is two events, the meeting and what was said in it
    (a coder codes both: "طالب رئيس الوزراء، خلال لقائه وفداً من القناصل، المجتمع الدولي بـ..." is talks and a
    demand); the sentence's head is the one, the other is added."""
    if not found:
        return found
    head = found[0]
    strong = [h for h in view.triggers if h.values[0].strength == "strong"]
    if all(e["plover"] in _SAID for e in found) and head["actor1"] is not None:
        if any(e["actor1"] != head["actor1"] for e in found):
            return found
        meeting = next(
            (
                h
                for h in view.triggers
                # (the weak verbal noun with its pronoun too: "خلال استقباله المبعوث الأمريكي")
                if h.values[0].id in _MEETING_TRIGGERS | {"reception_weak"}
                and h.start > head["trigger"]["end"] - view.start
                and view.previous_word(h.word_start) in _IN_MEETING
                and _MET_WITH.match(view.folded.text, h.word_start)
            ),
            None,
        )
        if meeting is None:
            return found
        extra = _events_for(doc, view, ctx, "CONSULT", meeting)[:1]
        if not extra:
            return found
        met_at = view.raw_start(meeting.word_start, meeting.start)
        frame_end = doc.raw.find("،", met_at, view.sentence.span.end)
        frame_end = view.sentence.span.end if frame_end < 0 else frame_end
        met = next((p for p in ctx.participants if met_at < p.span.start < frame_end), None)
        # the speaker met the one named in the frame ("خلال لقائه وزير الخارجية الإسباني"), not whom the word
        # addressed, or no side the lists know ("وفداً من القناصل الأوروبيين": the meeting is still told); nor was the
        # word said to the one met ("دان، في اتصال مع نظيره الفلسطيني، العدوان")
        extra[0].update(actor1=dict(head["actor1"]), actor2=met.record() if met is not None else None)
        for e in found:
            if met is not None and e["actor2"] is not None and e["actor2"].get("text") == met.text:
                e["actor2"] = None
        if meeting.values[0].id == "phone_call":
            extra[0]["locations"] = []  # a call is held nowhere
        else:
            # "طالب، خلال لقائه قائد اليونيفيل، بالضغط على إسرائيل": a place only what was said names (past the
            # frame) is not where they met (art2)
            framed = doc.raw[view.sentence.span.start : frame_end]
            spoken = doc.raw[frame_end : view.sentence.span.end]
            extra[0]["locations"] = [
                loc for loc in extra[0]["locations"] if loc["text"] in framed or loc["text"] not in spoken
            ]
        return found + extra
    if len(found) == 1 and head["plover"] == "CONSULT" and head["actor1"] is not None:
        said = next(
            (
                h
                for h in strong
                if h.values[0].plover in _SAID
                and h.start >= head["trigger"]["end"] - view.start
                and not _is_noun(view, h)
                # (after the verb's own word: "دعا خلاله إسرائيل إلى" is read as the phrase "دعا ... إلى")
                and _SAID_IN_IT.match(view.folded.text, h.start + len(h.key.split(" ")[0]))
            ),
            None,
        )
        if said is None:
            return found
        # ... and what the speaker went on to say, joined by و ("دان خلاله ..., وطالب بتدخل دولي")
        words = [said] + [
            h
            for h in strong
            if h.start > said.end
            and h.values[0].plover in _SAID
            and not _is_noun(view, h)
            and _joined_clause(view, h, said.end)
        ]
        extra = [e for h in words for e in _events_for(doc, view, ctx, h.values[0].plover, h)[:1]]
        # the one who called or received speaks ("أجرى عباس اتصالاً بأمير قطر، دان خلاله"), told by the meeting's teller
        sides = (head["actor1"].get("text"), (head["actor2"] or {}).get("text"))
        for e in extra:
            e.update(actor1=dict(head["actor1"]), source=dict(head["source"]))
            if e["actor2"] is not None and e["actor2"].get("text") in sides:
                e["actor2"] = None
        if _head_hit_id(view, head) == "phone_call":
            for e in (head, *extra):
                e["locations"] = []  # a call is held nowhere
        return found + extra
    return found


def _head_hit_id(view: SentenceView, event: dict[str, Any]) -> str | None:
    """The trigger id of the hit an event was read from."""
    at = event["trigger"]["start"]
    hit = next((h for h in view.triggers if view.raw_span(h.start, h.end).start == at), None)
    return hit.values[0].id if hit is not None else None


def _clauses_apart(
    doc: Document,
    view: SentenceView,
    ctx: Context,
    mentions: Sequence[Mention],
    starts: Sequence[int] | None,
    clause_start: int,
    verb: Hit[Trigger] | None,
) -> list[dict[str, Any]]:
    """The events of the sentence read as two, cut at `clause_start`; the doer of a clause `verb` (one that goes on
    with the first clause's doer: "، وهدمت منزلاً"، "، كما اعتقلت") that names none is the first clause's."""
    participants = ctx.participants
    verb_start = view.raw_start(verb.word_start, verb.start) if verb is not None else clause_start
    out: list[dict[str, Any]] = []
    for a, b in ((view.start, clause_start), (clause_start, view.sentence.span.end)):
        part = Sentence(Span(a, b), (Span(a, b),))
        sub = _view(doc, part, mentions, starts)
        ctx.participants = [p for p in participants if a <= p.span.start < b]
        own = [e for e in _sentence_events(doc, sub, ctx) if not _nobodys(e)]
        named = any(clause_start <= p.span.start < verb_start for p in participants)
        if a == clause_start and out and verb is not None and not named:
            for e in own:
                if e["actor1"] is None:
                    e["actor1"] = out[0]["actor1"]
        if a == clause_start and out:
            _share_trailing_source(doc.raw[:b], out, own)
        out.extend(own)
    ctx.participants = participants
    return out


def _share_trailing_source(text: str, first: list[dict[str, Any]], second: list[dict[str, Any]]) -> None:
    """ "ومنعت الشرطة المصلين من دخول المسجد، ونصبت حواجز عند أبوابه، وفق ما أعلنته دائرة الأوقاف": the teller named
    at the sentence's end (`text` ends with it), after the second clause's deeds, tells the first clause's too
    (probe101)."""
    told = [e["source"] for e in second if e["source"]["kind"] != "outlet_own" and e["source"]["text"]]
    if not told or len(second) != len(told) or any(s["text"] != told[0]["text"] for s in told):
        return
    last_deed = max(e["trigger"]["end"] for e in second)
    if text.find(told[0]["text"], last_deed) < 0:
        return
    for e in first:
        if e["source"]["kind"] == "outlet_own" and not e["source"]["text"]:
            e["source"] = dict(told[0])


def find_events(doc: Document) -> list[dict[str, Any]]:
    if doc.body is None or not doc.sentences:
        return []
    mentions = _capital_cities(doc, doc.mentions)
    hint = _story_hint(doc, mentions)
    headline = _title_places(doc, hint, mentions)
    dateline = _dateline_places(doc, hint)
    mentions = _bare_capitals(doc, mentions, home_country(mentions, headline or dateline))
    # the candidates _upcoming_sites looks through, in the same order
    facilities = [m for m in mentions if m.place is not None and _kind(m) == "facility"]
    mention_starts = [m.span.start for m in mentions]
    ordered = mention_starts == sorted(mention_starts)
    starts = mention_starts if ordered else None  # the names stage gives them in text order
    home = home_country(mentions, headline or dateline)
    ctx = Context(home=home, places=headline, dateline=dateline)
    events: list[dict[str, Any]] = []
    for index, sentence in enumerate(doc.sentences):
        if sentence.span.start > ctx.paragraph_end:
            ctx = Context(
                paragraph_end=_paragraph_end(doc, sentence.span.start),
                home=home,
                told=ctx.told,
                told_ahead=ctx.told_ahead,
                told_places=ctx.told_places,
                places=ctx.places,
                dateline=ctx.dateline,
                named=ctx.named,
                source=ctx.source,  # "وقالت في بيان" in the next paragraph: still the last speaker
                # ... but a "كما" paragraph after the outlet's own account goes on with that account, not an older
                # speaker (art6: "كما نظّم الاتحاد ... وقفة" after a strike told with no report)
                told_own=ctx.told_own,
                last_date=ctx.last_date,
                event_date=ctx.event_date,
                doers=ctx.doers,
                last_of=ctx.last_of,
                sides=ctx.sides,  # "وقالت الخارجية في بيان إن الجانبين بحثا" in the next paragraph: the two who met
                town=ctx.town,
                by_kind=ctx.by_kind,
                sites=ctx.sites,
                vessel=ctx.vessel,
                fought=ctx.fought,
                incidents=ctx.incidents,
                first_at=ctx.first_at,
                abduction=ctx.abduction,
            )
        view = _view(doc, sentence, mentions, starts)
        ctx.upcoming = _upcoming_sites(doc.sentences, index, facilities)
        # "وفي الجزائر، أعلنت وزارة الدفاع ... قضت على إرهابيين": a round-up's sentence set in another country gives
        # its unnamed sides that country, not the story's
        ctx.home = _lead_country(view) or home
        ctx.participants = _participants(view, "", ctx.home, ctx.named, doc.raw)
        credited = _dateline_end(view)
        ctx.participants = [p for p in ctx.participants if p.span.start >= credited and not _worn(view, p)]
        found = [e for e in _sentence_events(doc, view, ctx) if not _nobodys(e)]
        _answered_attack(view, ctx.participants, found)
        found = _with_meanwhile_clause(doc, view, ctx, mentions, starts, found)
        found = _with_meeting_and_word(doc, view, ctx, found)
        if found and view.contains_any(_TOLL_NEEDLES) and _EARLIER_TOLL.search(view.folded.text):
            # "وكانت حصيلة سابقة قد أشارت إلى مقتل تسعة"، "وكان الهجوم قد أسفر في حصيلة أولية عن مقتل ثلاثة": a toll
            # since risen tells no event of its own (nor retells the attack told with it)
            told_attack = any(e["plover"] == "ASSAULT" for e in events)
            found = [e for e in found if e["plover"] != "ASSAULT" or not (_toll_word(e) or told_attack)]
        # "وتبنت حركة الشباب الهجوم": a group claiming an attack told just before, whose doer it did not name
        # ("وأعلنت حركة الشباب مسؤوليتها عن الهجوم": the name may stand inside the phrase; not "نفت مسؤوليتها عن")
        claimers = [p for p in ctx.participants if p.role == "armed_group" and p.named]
        if claimers and _claims(view) and not view.cues_of("denied"):
            for e in events[-2:]:
                if e["plover"] == "ASSAULT" and e["actor1"] is None:
                    e["actor1"] = claimers[0].record()
        if not any(e["plover"] == "ASSAULT" and (e["fatalities"] or e["injuries"]) for e in found):
            # (a sentence telling a strike of its own, with its toll, tells of its own dead: "استهدفت مسيّرة سيارة ما
            # أدى إلى مقتل شخصين، فيما قال مصدر إن أحدهما عنصر في حزب الله" is not of the strike told before; art2)
            _claimed_target(view, events, ctx.participants)
        broken_up = _told_protest_broken_up(view, events, ctx.participants)
        if broken_up:
            # "وفرّقت قوات الأمن الوقفة": the told protest again, now broken up; no event of its own
            found = [e for e in found if e["plover"] != "PROTEST"]
        found = _arrests_after_told_protest(doc, view, ctx, events, found, broken_up)
        found = _told_protest_intervened(view, events, ctx.participants, found)
        _own_protest_broken_up(view, found, ctx.participants)
        if not any(e["plover"] == "PROTEST" for e in found):
            _told_protest_rioted(view, events)
        found = _told_protest_hurt(events, found, doc.sentences[max(0, index - 2)].span.start)
        found = _hospital_received_toll(view, events, found, doc.sentences[max(0, index - 2)].span.start)
        risen: tuple[int | None, int | None] = (None, None)
        untolled = [e for e in found if e["plover"] == "ASSAULT" and e["fatalities"] is None and e["injuries"] is None]
        if untolled and not any(e["plover"] == "ASSAULT" for e in events) and view.contains_any(_RISE_NEEDLES):
            # "ارتفع عدد قتلى الهجوم الحوثي على سوق ... إلى ثمانية": the sentence first telling the attack gives its
            # toll as risen (the count is too far from its word to be read as the toll)
            own = _risen_toll(view)
            for e in untolled:
                e.update(fatalities=own[0], injuries=own[1])
        elif events and _bears_toll(events[-1]) and view.contains_any(_RISE_NEEDLES):
            risen = _risen_toll(view)
            last = events[-1]
            rose = [
                (name, count)
                for name, count in zip(("fatalities", "injuries"), risen, strict=True)
                if count is not None and (last[name] is None or last[name] < count)
            ]
            if rose:
                # "... عن مقتل شخصين" then "ارتفعت حصيلة الغارة إلى ثلاثة قتلى": the told attack's toll, risen; the
                # sentence's own record of it (no place, or the told one's) is that attack again
                last.update(rose)
                retold = [
                    e
                    for e in found
                    if e["plover"] == "ASSAULT" and not (e["locations"] and e["locations"] != last["locations"])
                ]
                # "بحسب مصادر طبية" then "وقال الناطق باسم الدفاع المدني إن حصيلة الغارة ارتفعت إلى ١٤": the toll
                # that stands is told by who raised it (probe80)
                riser = (
                    retold[0]["source"]
                    if retold
                    else _source(view, sentence.span.end, ctx.participants, ctx.source).record()
                )
                if riser["kind"] not in ("outlet_own", "perpetrator_claim"):
                    last["source"] = riser
                found = [e for e in found if not any(e is r for r in retold)]
        if not found and view.cues_of("killed", "injured") and not _is_aggregate(view) and not _own_times(doc, view):
            since = doc.sentences[max(0, index - 2)].span.start
            if risen == (None, None) and events and events[-1]["start"] >= since:
                _add_died_of_wounds(view, events[-1])
            _give_told_tolls(
                view,
                [
                    e
                    for e in events
                    if e["start"] >= since
                    and (e["plover"] == "ASSAULT" or e["acled"] == _BROKEN_UP[1])
                    and e["fatalities"] is None
                    and e["injuries"] is None
                ],
                ctx.participants,
            )
        events.extend(found)
        ctx.told_ahead.update(e["plover"] for e in found if e["modality"] == "planned")
        if any(e["locations"] for e in found):
            ctx.told_places.update(m.place.id for m in view.mentions if m.place is not None)
        # "نقلوا إلى مستشفى الشفاء": where the wounded were taken is not where the story's next events are
        # ... nor is the port a point at sea is told from ("على بعد 50 ميلاً بحرياً جنوب غربي مدينة عدن"; probe70)
        places = _where(view, _places_in(_not_offset_ports(view, _not_carried_to(view, list(view.mentions))), []))
        # ... nor where the source of a sentence that names a place before it is ("يبحث المجلس الوضع في الجولان،
        # بحسب ما أفاد به دبلوماسي غربي في نيويورك")
        places = _not_at_source(view, places)
        # ... nor the seat of a body that speaks in the sentence ("وقال الاتحاد الأوروبي في بيان صدر في بروكسل"،
        # "قال دبلوماسي في نيويورك إن مجلس الأمن سيعقد جلسة"): where it sits, not where the story's deeds go on
        seats = {_BODY_SEATS[p.canonical] for p in ctx.participants if p.canonical in _BODY_SEATS}
        if seats:
            places = [m for m in places if m.place is None or m.place.id not in seats]
        if places and any(e["plover"] == "ASSAULT" and e["locations"] for e in found):
            ctx.incidents.append(tuple(places))
        ctx.by_kind.update(_named_by_kind(view))
        ctx.sites.update(_named_sites(view))
        if places:
            ctx.places = tuple(places)
            # a town itself, not a camp or a quarter coded as one
            towns = [m for m in places if m.place is not None and m.place.kind == "city" and m.origin != "derived"]
            ctx.town = towns[-1] if towns else ctx.town
        participants = ctx.participants
        if found:
            ctx.told_own = all(e["source"]["kind"] == "outlet_own" for e in found)
        if view.cues_of("reporting", "attribution"):
            ctx.source = _source(view, sentence.span.end, participants, ctx.source)
        ctx.named.extend(p for p in participants if p.named)
    events = _into_specific(_without_summed_lead(_without_summary(events)))
    events = _merge_repeats(_excessive_force_as_protest(_without_retold_details(_without_attack_damage(events))))
    return _with_ministry_police(_with_territory_losers(events))


# "إثر هجوم شنه المسلحون"، "أحبطت فجراً محاولة تسلل لعناصر حوثية"، "بعد تعرض أحد مراكزها ... لإطلاق نار من مسلحين":
# an answer word, at most ten words, then an attack noun (perhaps behind ل); the attacker follows it (folded)
_ANSWERED = re.compile(
    r"(?<!\w)[وف]?(?:"
    + _alt("answer_words")
    + r")(?: [^\W\d_]+){0,10}? (?:ل)?(?:"
    + "|".join(re.sub(r"ه(?= |$)", "[هة]", w) for w in _WORDS.words("answered_attacks"))
    + r")(?!\w)"
)
# the attack nouns' first words as the sentence's folded text spells them (it keeps ة)
_ANSWERED_WORDS = tuple(dict.fromkeys(re.sub(r"ه$", "ة", w.split()[0]) for w in _WORDS.words("answered_attacks")))
# what stands between the attack noun and its owner: adjectives in tanwin, "شنه"، then ل or من
_ATTACK_OWNER = re.compile(
    r"^(?: [^\W\d_]+ا){0,2}(?: (?:شنه|شنته|شنها|شنوه|نفذه|نفذته|نفذها|نفذوه))?(?: (?:من|ل|لل))?(?: *[«\"“])?$"
)


def _answered_attack(view: SentenceView, participants: Sequence[Participant], found: list[dict[str, Any]]) -> None:
    """ "قال الجيش إن قواته قتلت ٢٣ من عناصر الحركة إثر هجوم شنه المسلحون على قاعدة": a force's fight told as its
    answer to the other side's attack has the attacker as its doer and the force as the other side (as the gold
    sets code a repelled attack). Only where the answering force is the fight's doer and its other side is
    unnamed or of the attacker's kind (not "قتلت القوات فلسطينيين بعد هجوم شنه مستوطنون")."""
    if not found or not view.contains_any(_ANSWERED_WORDS):
        return
    text = view.folded.text
    for match in _ANSWERED.finditer(text):
        attacker = next(
            (
                p
                for p in participants
                if match.end() <= view.folded_index(p.span.start) <= match.end() + 40
                and _ATTACK_OWNER.match(text[match.end() : view.folded_index(p.span.start)].rstrip())
            ),
            None,
        )
        if attacker is None or attacker.role not in ("armed_group", "military"):
            continue
        for e in found:
            doer, other = e["actor1"], e["actor2"]
            if e["plover"] != "ASSAULT" or doer is None or doer["role"] not in _STATE_FORCES:
                continue
            if doer["text"] == attacker.text or (doer["country"], doer["role"]) == (attacker.country, attacker.role):
                continue
            # the other side unnamed, of the attacker's kind, or the answering force's own command that spoke
            if other is not None and (other["country"], other["role"]) not in (
                (attacker.country, attacker.role),
                (doer["country"], doer["role"]),
            ):
                continue
            e["actor1"], e["actor2"] = attacker.record(), doer
        return


_POLICE_BODIES = tuple(w + " " for w in _WORDS.words("police_bodies"))


@cache
def _police_body_names() -> frozenset[str]:
    """The canonical names of the listed interior ministries and security services ("الوزارة" read back to one
    carries its name)."""
    return frozenset(
        a.canonical for a in actors() if any((fold_text(n) + " ").startswith(_POLICE_BODIES) for n in a.names)
    )


def _with_ministry_police(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An interior ministry or a security service that arrests or deploys does so by its police (event_words.yaml
    `police_bodies`); "الوزارة" read back to one likewise, not a minister (a person), a state's execution or an arrest
    it denies."""
    for e in events:
        doer = e["actor1"]
        if doer is None or doer["role"] != "government":
            continue
        # ... and so does one that fights ("اشتباكات بين قوة تابعة لوزارة الداخلية ومسلحين"; heldout14)
        acts = tuple(e["acled"] or ()) == _ARRESTS or e["plover"] in ("MOBILIZE", "ASSAULT")
        if not acts or e["modality"] == "denied":
            continue  # "نفت وزارة الداخلية إيقاف الصحفية": denying, the ministry speaks as the government
        text = fold_text(doer["text"])
        named = (text + " ").startswith(_POLICE_BODIES) or (fold_text(doer["canonical"] or "") + " ").startswith(
            _POLICE_BODIES
        )
        # "الوزارة"، "الجهاز": one word read back to a listed body
        if named or (" " not in text and doer["canonical"] in _police_body_names()):
            e["actor1"] = {**doer, "role": "police"}
    return events


# a member of a group the striker says it hit (event_words.yaml group_members)
_GROUP_MEMBER = re.compile(r"(?<!\w)(?:" + _alt("group_members") + r")(?!\w)")
_NEUTRAL_DEAD = frozenset({"شخص", "شخصا", "شخصان", "شخصين", "اشخاص"})


def _claimed_target(view: SentenceView, events: list[dict[str, Any]], participants: Sequence[Participant]) -> None:
    """ "قُتل شخص بغارة إسرائيلية على سيارة" then "وزعم الجيش الإسرائيلي أنه استهدف عنصراً في حزب الله": dead told
    only as persons are of the group the striker's side says it hit (as the gold sets code them; dead told as
    citizens or civilians stay so)."""
    told = [
        e
        for e in events[-2:]
        if e["plover"] == "ASSAULT"
        and e["actor1"] is not None
        and e["actor1"]["country"] is not None
        and e["actor2"] is not None
        and e["actor2"]["role"] == "civilians"
        and fold_text(e["actor2"]["text"]).split()[-1] in _NEUTRAL_DEAD
    ]
    if not told or view.cues_of("denied"):
        return
    for member in _GROUP_MEMBER.finditer(view.folded.text):
        at = view.raw_start(member.start(), member.start())
        group = next(
            (
                p
                for p in participants
                if p.named and p.role == "armed_group" and 0 < p.span.start - at <= 40 and p.country is not None
            ),
            None,
        )
        if group is None:
            continue
        for e in told:
            if any(q.country == e["actor1"]["country"] and q.span.end <= at for q in participants):
                e["actor2"] = group.record()
        return


_EARLIER_TOLL = re.compile(
    r"(?<!\w)(?:ال)?حصيل[هة] +(?:[^\W\d_]+ +)?(?:" + _taa_alt("earlier_toll") + r")(?!\w)"
    r"|(?<!\w)[وف]?كانت? +(?:[^\W\d_]+ +){0,8}?(?:في +)?(?:ال)?حصيل[هة] +"
    r"(?:" + _taa_alt("earlier_first_toll") + r")(?!\w)"
)
_TOLL_RISE = re.compile(r"(?<!\w)(?:" + _alt("toll_rise") + r")(?!\w)")
_RISEN_TO = re.compile(r"(?<!\w)الي +")
_TOLL_OF = alternation(tuple(fold_text(w) for w in _WORDS.words("toll_of")))
_TOLL_COUNT = re.compile(r"(?<!\w)عدد +(?:" + _TOLL_OF + r")(?!\w)")
_RISE_NEEDLES = (*_TOLL_NEEDLES, "عدد")
# "إلى 12 قتيلاً و27 جريحاً": the second count of a risen toll, behind و (past the first count's noun)
# "12 قتيلاً و27 جريحاً"; also past an aside that breaks the first count down ("14 شهيداً، بينهم ستة أطفال، و31 مصاباً")
_AND_SECOND = re.compile(r"(?: +[^\W\d_]+)?(?:[،,] *(?:بينهم|منهم)(?!\w)[^،,.]{1,60}[،,])? +و")


_FLAG_WORDS = frozenset({"علم", "العلم", "بعلم"})  # folded


def _flag_of(view: SentenceView, p: Participant) -> bool:
    """Whether p is a state named as a ship's flag ("ناقلة نفط ترفع علم بنما")."""
    return p.state and _after_flag(view, p.span)


def _after_flag(view: SentenceView, span: Span) -> bool:
    return view.previous_word(view.folded_index(span.start)) in _FLAG_WORDS


# "واستقبل مستشفى شهداء الأقصى جثث القتلى"، "ووصلت إلى مستشفى ناصر جثامين": a hospital receiving the dead or
# the wounded (folded; مستشفى folds to مستشفي)
_HOSPITAL_RECEIVED = re.compile(
    r"(?<!\w)[وف]?(?:استقبل|استقبلت|وصل|وصلت)(?: +الي)? +(?:ال)?مستشفي(?:ات)?(?!\w)"
    r"|(?<!\w)(?:ال)?مستشفي(?:ات)?(?!\w)[^.،,؛]{0,60}?(?<!\w)(?:استقبل|استقبلت|وصل|وصلت)(?!\w)"
)


def _hospital_received_toll(
    view: SentenceView, events: list[dict[str, Any]], found: list[dict[str, Any]], since: int
) -> list[dict[str, Any]]:
    """ "قُتل ثلاثة في غارة ..." then "واستقبل مستشفى شهداء الأقصى جثث القتلى وعشرة جرحى": the bodies and the wounded a
    hospital received are evidence of the attack just told (within two sentences), no new attack nor aid with no
    giver named; a count the told attack lacks is given to it (probe100). With no attack told, the received toll
    still tells one."""
    if not found or "مستشف" not in view.folded.text or not _HOSPITAL_RECEIVED.search(view.folded.text):
        return found
    told = [e for e in events if e["start"] >= since and e["plover"] == "ASSAULT"]
    if not told:
        return found
    last = told[-1]
    kept = []
    for e in found:
        # "استقبل مستشفى النو ٤٢ جريحاً أصيبوا بقصف مدفعي طال سوق صابرين" after a battle told: the wounded of an
        # attack of another kind, told by its own weapon, are that attack's (art2)
        own_kind = e["acled"] is not None and e["acled"] != last["acled"] and e["acled"][1] != "Attack"
        if e["plover"] in ("ASSAULT", "AID") and e["actor1"] is None and not own_kind:
            # (the hospital's own care of them, "إنه استقبل جثث القتلى و12 جريحاً", names no giver: no aid either)
            for name in ("fatalities", "injuries"):
                if last[name] is None and e[name] is not None:
                    last[name] = e[name]
            continue
        kept.append(e)
    return kept


def _bears_toll(event: dict[str, Any]) -> bool:
    """An attack, or another event told with a toll ("أصيب تسعة أشخاص في أعمال شغب"), whose toll may rise later."""
    return event["plover"] == "ASSAULT" or event["fatalities"] is not None or event["injuries"] is not None


def _risen_toll(view: SentenceView) -> tuple[int | None, int | None]:
    """ "ارتفعت حصيلة الغارة إلى ثلاثة قتلى"، "أن حصيلة الشهداء ارتفعت إلى 9"، "ارتفع عدد القتلى إلى خمسة"،
    "ارتفعت حصيلة ضحايا الانفجار إلى 12 قتيلاً و27 جريحاً": the dead and the wounded a sentence says the toll has
    risen to (the toll word, a verb of rising and a count after "إلى", the dead or wounded by the word right after
    the count or else by the toll's own word); (None, None) if it says none, or sums a toll since some time
    ("ارتفعت حصيلة القتلى منذ اندلاع المواجهات")."""
    folded = view.folded.text
    toll = _TOLL.search(folded) or _TOLL_COUNT.search(folded)
    rise = _TOLL_RISE.search(folded)
    if toll is not None and rise is None and not _is_aggregate(view):
        return _reached_toll(view, toll)
    if toll is None or rise is None or _is_aggregate(view):
        return None, None
    to = _RISEN_TO.search(folded, max(toll.end(), rise.end()))
    if to is None:
        return None, None
    number = _number_at(view, to.end(), min(len(folded), to.end() + 15))
    if number is None or number[1] != to.end():
        return None, None
    counts: dict[str, int] = {}
    kind = _counted_kind(view, number[2]) or _toll_kind(view, toll.start(), toll.end() + 12)
    if kind is None:
        return None, None
    counts[kind] = number[0]
    joined = _AND_SECOND.match(folded, number[2])
    if joined is not None:
        second = _number_at(view, joined.end(), min(len(folded), joined.end() + 15))
        if second is not None and second[1] == joined.end():
            other = _counted_kind(view, second[2])
            if other is not None and other != kind:
                counts[other] = second[0]
    return counts.get("killed"), counts.get("injured")


# "بلغت حصيلة القتلى في الغارة على سرمدا 9 أشخاص"، "بلغ عدد قتلى الغارة تسعة أشخاص": a verb of reaching right
# before the toll, the count after the toll's own words with no إلى
_REACHED_TOLL = re.compile(r"(?<!\w)[وف]?(?:بلغت|بلغ) +$")
_REACHED_SPAN = 70  # characters after the toll word in which its count stands


def _reached_toll(view: SentenceView, toll: re.Match[str]) -> tuple[int | None, int | None]:
    """The dead or the wounded a toll reached, by a count of people after it: (killed, injured)."""
    folded = view.folded.text
    if _REACHED_TOLL.search(folded, max(0, toll.start() - 8), toll.start()) is None:
        return None, None
    kind = _toll_kind(view, toll.start(), toll.end() + 12)
    stop = re.search(r"[،,.:؛]", folded[toll.end() : toll.end() + _REACHED_SPAN])
    end = toll.end() + (stop.start() if stop is not None else _REACHED_SPAN)
    for word in _DIGITS.finditer(folded, toll.end(), end):
        number = _number_at(view, word.start(), end)
        if number is not None and kind is not None and _counted_noun(view, number[2]) is not None:
            return (number[0], None) if kind == "killed" else (None, number[0])
    for hit in view.cues_of("number"):
        if toll.end() <= hit.word_start < end and kind is not None:
            value = value_of(hit, "number")
            if value is not None and _counted_noun(view, hit.word_end) is not None:
                return (int(value), None) if kind == "killed" else (None, int(value))
    return None, None


_ONE_OF_WOUNDED = re.compile(r"(?<!\w)(?:(احد|احدي)|([0-9]+|[^\W\d_]+) +من) +(?:" + _alt("the_wounded") + r")(?!\w)")


def _add_died_of_wounds(view: SentenceView, last: dict[str, Any]) -> None:
    """ "أصيب ثلاثة شبان ..." then "وقالت الوزارة إن أحدهم فارق الحياة متأثراً بجراحه" or "إن أحد المصابين توفي
    لاحقاً": a wounded man of the attack just told (one whose toll is told) died of his wounds; ACLED counts him
    among that attack's dead.
    (An attack told with no toll gets the sentence's toll from _give_told_tolls.)"""
    riot = last["acled"] == _BROKEN_UP[1]  # "أصيب 9 في أعمال شغب" then "وتوفي أحد المصابين": the riot's dead
    if (last["plover"] != "ASSAULT" and not riot) or (last["fatalities"] is None and last["injuries"] is None):
        return
    killed = view.cues_of("killed")
    if not killed:
        return
    dead: int | None = None
    one_of = _ONE_OF_WOUNDED.search(view.folded.text)
    if one_of is not None and any(abs(h.start - one_of.start()) < 40 for h in killed):
        # "إن أحد المصابين توفي لاحقاً"، "وفاة اثنين من الجرحى"
        dead = 1 if one_of.group(1) else _number_value(one_of.group(2))
    elif any(h.key.startswith("متاثر") for h in killed):
        dead = _casualties(view)[0]
    if dead:
        last["fatalities"] = (last["fatalities"] or 0) + dead


def _counted_kind(view: SentenceView, number_end: int) -> str | None:
    """ "12 قتيلاً"، "27 جريحاً": whether the casualty word right after a count is of the dead or the wounded."""
    for h in view.cues_of("killed", "injured"):
        if 0 <= h.start - number_end <= 8:
            return "killed" if h in view.cues_of("killed") else "injured"
    return None


def _toll_kind(view: SentenceView, start: int, end: int) -> str | None:
    """ "حصيلة القتلى"، "عدد الجرحى": whose toll the words at folded [start, end) name (None if both or neither)."""
    dead = any(h.start < end and h.end > start for h in view.cues_of("killed"))
    hurt = any(h.start < end and h.end > start for h in view.cues_of("injured"))
    if dead == hurt:
        return None
    return "killed" if dead else "injured"


# "الهجوم على المقدادية أسفر عن مقتل ثلاثة مدنيين، فيما أصيب جنديان في جلولاء": each clause tells its own toll
_TOLL_CLAUSE = re.compile(r"،? *(?<!\w)(?:فيما|بينما|في حين)(?!\w)")
# "في ريف المدينة"، "في البلدة": a town named again by its kind alone (folded text keeps ة)
# "قرب موقع الانفجار الأول"، "مكان الهجوم الثاني": an attack told before, by its place in the story's order
_ORDINALS = ("الاول", "الثاني", "الثالث")
_NTH_INCIDENT = re.compile(r"(?<!\w)(?:" + _alt("incident_nouns") + r") +(" + "|".join(_ORDINALS) + r")(?!\w)")
_TOWN_BACK = re.compile(r"(?<!\w)[وفب]?(?:في +)?(?:ريف +)?(?:ال|بال|لل)(?:مدين|بلد|قري)[هة](?!\w)")
# "الغارة على المخيم"، "الهجوم على القاعدة": a told site named again by its kind alone
_SITE_SHORT = {"المخيم": "مخيم", "القاعده": "قاعده", "القاعدة": "قاعده", "المطار": "مطار"}
# "مدينة تعز"، "لناحية العلم"، "بقضاء الزبير": a kind word (its stem) right before a place
_KIND_WORD = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?((?:مدين|بلد|قري|ناحي|مديري|محلي)(?=[هة]|تي)|قضاء)(?:[هة]|تي)? +$")
# "في القضاء ذاته"، "جنوب غربي المدينة": a place named again by its kind; a district's kind only with "ذاته/نفسه"
# ("أحالهم إلى القضاء" is the judiciary)
_SAME_KIND = re.compile(
    r"(?<!\w)[وفب]?ال((?:مدين|بلد|قري|ناحي|مديري|محلي)(?=[هة])|قضاء)[هة]?(?: +((?:نفس|ذات|عين)(?:ه|ها)))?(?!\w)"
)
_TOWN_KINDS = frozenset(("مدين", "بلد", "قري"))


def _named_by_kind(view: SentenceView) -> dict[str, Mention]:
    """The places of the sentence named right after a kind word, by the kind's stem (the last one wins)."""
    named: dict[str, Mention] = {}
    for m in _places_in(_not_carried_to(view, list(view.mentions)), []):
        start = view.folded_index(m.span.start)
        kind = _KIND_WORD.search(view.folded.text, max(0, start - 16), start)
        if kind is not None and m.place is not None:
            named[kind.group(1)] = m
    return named


# "من محيط المنفذ"، "على المعبر"، "قرب المطار"، "إلى المضيق": a site named again by its kind alone, after a word of
# place (folded)
_SITE_KINDS = ("منفذ", "معبر", "مطار", "ميناء", "مخيم", "مضيق")
_SITE_BACK = re.compile(
    r"(?<!\w)[وف]?(?:(?:في|على|علي|من|الى|الي|عند|قرب|داخل|محيط|بوابه|بوابة) +)+(?:محيط +)?"
    r"(?:ال|بال|لل)(" + "|".join(_SITE_KINDS) + r")(?!\w)"
)
# (a crossing is called either)
_SITE_HEADS = {"منفذ": ("منفذ", "معبر"), "معبر": ("منفذ", "معبر")}


def _is_vessel(p: Participant | None) -> bool:
    """Whether a receiver is a merchant ship itself (not its crew)."""
    return (
        p is not None
        and p.head == "vessel"
        and _MERCHANT_VESSEL.match(fold(p.text, keep_taa_marbuta=True).text) is not None
    )


def _told_vessel(p: Participant | None) -> bool:
    """Whether a ship is named again with the article ("الناقلة"، "السفينة"): the one the story told."""
    return _is_vessel(p) and p is not None and fold_text(p.text).startswith("ال")


def _named_sites(view: SentenceView) -> dict[str, Mention]:
    """The sites of the sentence named with a kind word first ("منفذ رأس اجدير"، "مضيق هرمز"), by that word."""
    named: dict[str, Mention] = {}
    for m in view.mentions:
        words = fold_text(m.text).split()
        if m.place is not None and len(words) > 1 and words[0] in _SITE_KINDS:
            named[words[0]] = m
    return named


def _told_site(view: SentenceView, places: Sequence[Mention], told: dict[str, Mention]) -> Mention | None:
    """The site whose kind the sentence names again by that kind alone: the one among the story's last places, or
    the last one told of that kind."""
    back = _SITE_BACK.search(view.folded.text)
    if back is None:
        return None
    heads = _SITE_HEADS.get(back.group(1), (back.group(1),))
    sites = [m for m in places if m.place is not None and fold_text(m.text).split()[0] in heads]
    if len(sites) == 1:
        return sites[0]
    if sites:
        return None
    last = [told[h] for h in heads if h in told]
    return max(last, key=lambda m: m.span.start) if last else None


_TOWN_SHORT = frozenset({"المدينه", "المدينة", "البلده", "البلدة", "القريه", "القرية", "الناحيه", "الناحية", "القضاء"})
_ON_OR_IN = re.compile(r"(?<!\w)(?:علي|في|ب) +(ال[^\W\d_]+)(?!\w)")


def _give_told_tolls(view: SentenceView, told: list[dict[str, Any]], participants: Sequence[Participant]) -> None:
    """A sentence that tells no event of its own but the toll of attacks just told, at their places ("وأوضح
    المصدر أن الهجوم على المقدادية أسفر عن مقتل ثلاثة مدنيين"، "أن الغارة على المخيم أسفرت عن استشهاد تسعة"،
    "أن الاشتباكات أسفرت عن مقتل عنصر"): each clause's toll goes to the told attack whose place it names (by name or
    by its kind, "المخيم"), or, when it names none and a definite attack word retells it, to the one attack told just
    before. `told` are the attacks of the last sentences still without a toll."""
    if not told:
        return
    text = view.folded.text
    cuts = [0] + [m.start() for m in _TOLL_CLAUSE.finditer(text)] + [len(text)]
    # ... "وأسفرت المواجهات عن إصابة أربعة من رجال الشرطة" after a riot: a definite clash or riot word retells it
    kinds = {e["plover"] for e in told}
    retold = any(h.values[0].plover in kinds and _is_definite(view, h) for h in view.triggers)
    for a, b in pairwise(cuts):
        dead, hurt, words = _casualties(view, a, b, participants)
        if dead is None and hurt is None:
            continue
        named = {m.canonical for m in view.mentions if m.place is not None and a <= view.folded_index(m.span.start) < b}
        matches = [e for e in told if any(loc["canonical"] in named for loc in e["locations"])]
        if not matches:
            for short in _ON_OR_IN.finditer(text, a, b):
                word = short.group(1)
                if word in _SITE_SHORT:
                    head = _SITE_SHORT[word]
                    matches = [
                        e for e in told if any(fold_text(loc["text"]).startswith(head) for loc in e["locations"])
                    ]
                elif word in _TOWN_SHORT:
                    matches = [e for e in told if all(loc["kind"] == "city" for loc in e["locations"])]
                if matches:
                    break
        if not matches and not named and retold and len(cuts) == 2 and len(told) == 1:
            matches = told
        if len(matches) != 1 or not matches[0]["locations"]:
            continue
        matches[0].update(fatalities=dead, injuries=hurt, casualty_text=words)
        told.remove(matches[0])


_DEFINITE_WORD = re.compile(r"[وفب]?(?:ال|لل)[^\W\d_]")


def _definite_trigger(e: dict[str, Any]) -> bool:
    """Whether the word of the record's trigger carries the article ("الغارة": the span may start after it)."""
    at = e["trigger"]["start"] - e["start"]
    lead = re.search(r"[^\W\d_]*$", e["evidence"][max(0, at - 6) : at])
    word = (lead.group() if lead is not None else "") + e["trigger"]["text"]
    return _DEFINITE_WORD.match(fold_text(word)) is not None


def _into_specific(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "قُتل خمسة مدنيين في غارة جوية على ريف إدلب الجنوبي" then "إن الغارة استهدفت منزلاً في بلدة كفرنبل، ما أدى
    إلى مقتل خمسة أشخاص": an attack told at a region or province and retold in a later sentence, that day, with the
    same toll, at a town or site of that province is one event, at the town (which takes its doer if it names none);
    so is one with no toll either way ("شنت طائرات أمريكية غارات على محافظة الحديدة" then "واستهدفت الغارات مطار
    الحديدة"; probe46)."""
    folded: dict[int, dict[str, Any]] = {}  # the broad record -> the specific one
    for i, broad in enumerate(events):
        if (
            broad["plover"] != "ASSAULT"
            or not broad["locations"]
            or any(loc["kind"] not in ("region", "admin1") for loc in broad["locations"])
        ):
            continue
        for e in events[i + 1 :]:
            if (
                e["plover"] == "ASSAULT"
                and e["start"] != broad["start"]
                and e["date"] == broad["date"]
                and (e["fatalities"], e["injuries"]) == (broad["fatalities"], broad["injuries"])
                and e["locations"]
                and all(
                    loc["kind"] in ("city", "facility")
                    # ... a region of no one province ("جنوب لبنان") holds the towns of its country
                    and any(
                        loc["country"] == b["country"] and (loc["admin1"] == b["admin1"] or b["admin1"] is None)
                        for b in broad["locations"]
                    )
                    for loc in e["locations"]
                )
                and _same_doer(broad["actor1"], e["actor1"])
                # ... retold by a definite attack word ("إن الغارة استهدفت"): four bodies found in a town of the
                # province where four were killed are not the killing retold
                and _definite_trigger(e)
            ):
                folded[id(broad)] = e
                break
    if not folded:
        return events
    doers = {id(folded[id(broad)]): broad["actor1"] for broad in events if id(broad) in folded}
    return [
        {**e, "actor1": doers[id(e)]} if e["actor1"] is None and doers.get(id(e)) is not None else e
        for e in events
        if id(e) not in folded
    ]


def _without_summed_lead(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "استشهد تسعة فلسطينيين في عملية ... تركزت في مدينة جنين ومخيمها وفي مخيم الفارعة" then "... ما أدى إلى
    استشهاد خمسة" and "وفي مخيم الفارعة استشهد أربعة": a lead whose toll is the sum of the tolls the story then
    tells of two or more other places, that day, sums them up and is not an event of its own (nor at any of its
    places); the incidents are, done by the lead's doer unless they name another."""
    if len(events) < 3 or events[0]["plover"] != "ASSAULT":
        return events
    lead = events[0]
    regions = {loc["admin1"] for loc in lead["locations"] if loc["admin1"]}
    for toll_field in ("fatalities", "injuries"):
        total = lead[toll_field]
        if not total:
            continue
        parts = [
            e
            for e in events[1:]
            if e["plover"] == "ASSAULT"
            and e["date"] == lead["date"]
            and e["start"] != lead["start"]
            and e[toll_field] is not None
            and e["locations"]
            and e["locations"] != lead["locations"]
            # ... of places the lead names or lies in the province of ("وقُتل أيضاً شخصان ... بين بعقوبة والخالص"
            # is no sum of a death in Kirkuk and one in Samarra)
            and all(loc["text"] in lead["evidence"] or loc["admin1"] in regions for loc in e["locations"])
        ]
        places = {str(loc["canonical"]) for e in parts for loc in e["locations"]}
        if len(parts) >= 2 and len(places) >= 2 and sum(e[toll_field] for e in parts) == total:
            # ... every record of the lead (one for each of its places)
            told = {id(e) for e in parts}
            return [
                {**e, "actor1": lead["actor1"]} if id(e) in told and e["actor1"] is None else e
                for e in events
                if e["start"] != lead["start"] or e["plover"] != "ASSAULT"
            ]
    return events


def _without_summary(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A lead that sums up the day ("صعّدت قوات النظام قصفها على مناطق في محافظة إدلب") is not an event of
    its own when the story goes on to tell incidents of that type and day at two or more towns or sites of the
    same country: the per-place incidents are the events, done by the lead's doer unless they name another."""
    if not events:
        return events
    lead = events[0]
    broad = [loc for loc in lead["locations"] if loc["kind"] in ("admin1", "region", "country")]
    if not broad or len(broad) != len(lead["locations"]):
        return events
    countries = {loc["country"] for loc in broad}
    specific = [
        e
        for e in events[1:]
        if e["plover"] == lead["plover"]
        and e["date"] == lead["date"]
        and e["start"] != lead["start"]
        and any(loc["kind"] in ("city", "facility") and loc["country"] in countries for loc in e["locations"])
    ]
    sites = {str(loc["canonical"]) for e in specific for loc in e["locations"]}
    if len(sites) < 2:
        return events
    # ... and the lead says who did them when an incident names no doer
    told = {id(e) for e in specific}
    return [
        {**e, "actor1": lead["actor1"]} if id(e) in told and e["actor1"] is None else e
        for e in events
        if e["start"] != lead["start"]
    ]


def _toll_word(event: dict[str, Any]) -> bool:
    """Whether the record's trigger is a bare casualty word (قتل، إصابة), which tells a toll, not a kind of attack."""
    hits = trigger_matcher().find(fold_text(event["trigger"]["text"]))
    return bool(hits) and all(v.id in _TOLL_TRIGGERS for h in hits for v in h.values)


def _toll_only(later: dict[str, Any], first: dict[str, Any]) -> bool:
    """Whether a later record has nothing over the first but its toll: as many sides, a source as good."""
    sides = int(later["actor1"] is not None) + int(later["actor2"] is not None)
    first_sides = int(first["actor1"] is not None) + int(first["actor2"] is not None)
    return sides <= first_sides and (first["source"]["kind"] != "outlet_own" or later["source"]["kind"] == "outlet_own")


def _same_doer(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return True
    return bool(a["country"] == b["country"] and a["role"] == b["role"])


# "وتجمّع المحامون أمام قصر العدالة." then "كما نظّم الاتحاد العام التونسي للشغل وقفة احتجاجية": "also" and another
# body named as the doer tell a protest of its own, not the told one again (art6)
_ALSO_OPENING = re.compile(r"^\W*كما(?!\w)")
_CROWD_WORDS = frozenset(_WORDS.words("crowds"))


def _another_body_also(e: dict[str, Any], other: dict[str, Any]) -> bool:
    if e["plover"] != "PROTEST" or e["actor1"] is None or other["actor1"] is None:
        return False
    if _ALSO_OPENING.match(fold_text(e["evidence"][:80])) is None:
        return False
    mine, told = (fold_text(a["actor1"]["text"] or "") for a in (e, other))
    if not mine or not told or mine in told or told in mine:
        return False
    # a crowd ("العشرات منهم"، "مئات المحتجين") is no body of its own
    return not any(w in _CROWD_WORDS or w.endswith("هم") for w in (mine + " " + told).split())


def _abduction(event: dict[str, Any]) -> bool:
    return bool(event["acled"]) and event["acled"][1] == "Abduction/forced disappearance"


def _other_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two records of one type, day and place are two incidents by how they were done: a kidnapping told
    after a bombing in the same city ("وفي بغداد أيضا اختطف مجهولون ...") is another incident, never a retelling
    (a strike retold as a missile attack is the same one, so other sub-events still merge)."""
    coded = a["acled"] and b["acled"] and "Other" not in (a["acled"][1], b["acled"][1])
    if a["plover"] == "COERCE" and coded and a["acled"] != b["acled"]:
        # "واعتقلت خمسة مواطنين" then "وقامت الجرافات بأعمال تجريف", a launcher found and a suspect arrested: two
        # acts (a cordon, "فرضوا طوقاً على الحي", coded Other, is a step of the raid it belongs to)
        return True
    return (
        _abduction(a) != _abduction(b)
        or _repelled(a) != _repelled(b)
        or _told_apart(a)
        or _told_apart(b)
        or _two_tolled_bombings(a, b)
        or _two_tolled_ways(a, b)
        or _claimed_capture_beside_report(a, b)
    )


_TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _same_actor(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two actor records of one side: one name, or (a name missing) one country and role."""
    if a["canonical"] is not None and b["canonical"] is not None:
        return bool(a["canonical"] == b["canonical"])
    return bool(a["country"] == b["country"] and a["role"] == b["role"])


def _with_territory_losers(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "سيطرت الفصائل على مطار حلب" with no side named that held it: ground taken is taken from the side the story
    has the taker fight in its own country ("هجوماً واسعاً على مواقع قوات النظام"), the nearest such record."""
    for i, event in enumerate(events):
        taker = event["actor1"]
        if event["acled"] is None or event["acled"][1] not in _TERRITORY or event["actor2"] is not None:
            continue
        if taker is None or taker["role"] not in _ARMED_ROLES:
            continue
        foes: list[tuple[int, dict[str, Any]]] = []
        for j, other in enumerate(events):
            if j == i or other["plover"] != "ASSAULT" or other["actor1"] is None or other["actor2"] is None:
                continue
            for mine, theirs in ((other["actor1"], other["actor2"]), (other["actor2"], other["actor1"])):
                if (
                    _same_actor(mine, taker)
                    and theirs["role"] in _ARMED_ROLES
                    and theirs["country"] == taker["country"]
                    and not _same_actor(theirs, taker)
                ):
                    foes.append((abs(i - j), theirs))
        if foes:
            event["actor2"] = dict(min(foes, key=lambda f: f[0])[1])
    return events


def _claimed_capture_beside_report(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """ "أعلن الجيش صد هجوم لقوات الدعم السريع على بابنوسة" then "أعلنت قوات الدعم السريع أن مقاتليها سيطروا على مقر
    الفرقة في بابنوسة": one side's claim of a capture beside the other side's report of the fighting are two records."""
    if a["acled"] is None or b["acled"] is None or (a["modality"] == "claimed") == (b["modality"] == "claimed"):
        return False
    return (a["acled"][1] in _TERRITORY) != (b["acled"][1] in _TERRITORY)


def _two_tolled_bombings(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """ "عبوتين ناسفتين انفجرتا في ساحة كهرمانة ... مقتل شخص وإصابة ثلاثة" then "وقتل ضابط ... بانفجار عبوة ناسفة
    وضعت تحت سيارته": two bombings, each with its own toll and the second told with no article (not "الانفجار"),
    are two incidents even in one city on one day."""
    if a["acled"] != b["acled"] or a["acled"] is None or a["acled"][1] != "Remote explosive/landmine/IED":
        return False
    tolled = all(e["fatalities"] is not None or e["injuries"] is not None for e in (a, b))
    later = max(a, b, key=lambda e: e["start"])
    return (
        tolled
        and (a["fatalities"], a["injuries"]) != (b["fatalities"], b["injuries"])
        and not fold_text(later["trigger"]["text"]).startswith(("ال", "بال", "وال", "لل"))
    )


def _two_tolled_ways(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """ "استشهد ثلاثة مواطنين بقصف من طائرة مسيّرة ... في بلدة بني سهيلا" then "كما أصيب طفل برصاص قناص قرب دوار
    بني سهيلا": two attacks done in two ways (ACLED sub-types), each with its own toll and the second told as
    another ("كما") with no article, are two incidents even at one place on one day (probe74)."""
    if a["plover"] != "ASSAULT" or not a["acled"] or not b["acled"] or a["acled"][1] == b["acled"][1]:
        return False
    tolled = all(e["fatalities"] is not None or e["injuries"] is not None for e in (a, b))
    later = max(a, b, key=lambda e: e["start"])
    return (
        tolled
        and a["start"] != b["start"]
        and _ALSO_OPENING.match(fold_text(later["evidence"][:20])) is not None
        and (a["fatalities"], a["injuries"]) != (b["fatalities"], b["injuries"])
        and not _definite_trigger(later)
    )


_ALSO_OPENING = re.compile(r"^\W*(?:كما|وكذلك|كذلك)(?!\w)")  # "كما أصيب طفل ...": also, another deed


# "وقبل ذلك قتل سبعة ..."، "وفي حادث منفصل ...": the sentence says its incident is another one
_APART = re.compile(
    r"^\W*(?:و?قبل ذلك|و?في (?:حادث|حادثه|حادثة|هجوم|اعتداء|تفجير|انفجار) +(?:اخر|منفصل|منفصله|منفصلة|ثان))(?!\w)"
)


# "كما أعلن الحزب، في بيان ثانٍ، استهداف ...": a statement told as another one tells another incident
_ANOTHER_STATEMENT = re.compile(r"(?<!\w)(?:في|ب) *(?:بيان|بلاغ) +(?:اخر|منفصل|ثان|ثالث|رابع)(?!\w)")


_REPEL_FORMS = frozenset(fold_text(w) for w in _WORDS.words("repel"))


def _repelled(e: dict[str, Any]) -> bool:
    """ "صدت قواته هجوماً للدعم السريع": an attack told as repelled, named anew (no article), is fighting of its own,
    never a retelling of a strike or shelling told at that place ("تمكنت من صد الهجوم" retells the attack told)."""
    words = fold_text(e["trigger"]["text"]).split(" ")
    repel = words[0] in _REPEL_FORMS or words[0][1:] in _REPEL_FORMS
    return repel and len(words) > 1 and not words[-1].startswith("ال")


def _told_apart(e: dict[str, Any]) -> bool:
    opening = fold_text(e["evidence"][:60])
    return _APART.match(opening) is not None or _ANOTHER_STATEMENT.search(opening) is not None


# "وقال المصدر إن ..."، "وأضافت الوزارة أن ...": a sentence that goes on with what a source said of the story
_DETAIL_OPENING = re.compile(r"^\W*و(?:" + _alt("detail_verbs") + r")(?!\w)")
_ALSO = re.compile(r"(?<!\w)(?:كذلك|ايضا|بدورها|بدوره)(?!\w)")
_NESTED_KM = 6.0  # a quarter, a street or a site of a town lies within this of the town's point


def _km_apart(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """How far apart two event locations of one country are (None: another country, or no coordinates)."""
    if a.get("lat") is None or b.get("lat") is None or a.get("country") != b.get("country"):
        return None
    return _km_between(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"]))


def _nested_in(e: dict[str, Any], told: dict[str, Any]) -> bool:
    """Whether every place of e is one of told's places or lies within a town's reach of one (a quarter, a site or
    the town of a told site), and the two are not the same places."""
    if not e["locations"] or e["locations"] == told["locations"]:
        return False
    for loc in e["locations"]:
        near = [_km_apart(loc, t) for t in told["locations"]]
        if not any(k is not None and k <= _NESTED_KM for k in near):
            return False
    return True


def _without_retold_details(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "قُتل ثلاثة في غارة على دراجة نارية في مدينة النبطية" then "وقال مصدر أمني إن المسيّرة أطلقت صاروخاً على
    الدراجة قرب مبنى السراي"، "وقال شهود إن قذيفة سقطت على منزل في حي الحرشة": a source's detail of the attack told
    that day, at a quarter or site of its town (or the town of its site), by its doer or no one named and with no
    toll of its own beyond the told one, is that attack again, not another (probe84)."""
    dropped: set[int] = set()
    doers: dict[int, dict[str, Any]] = {}
    per_sentence = Counter(e["evidence"] for e in events)
    for i, e in enumerate(events):
        # ... one of several places a sentence names is an attack of its own at each ("استهدفوا قاعدة ميرون ...
        # وكريات شمونة")
        if e["plover"] != "ASSAULT" or e["modality"] not in ("asserted", "claimed") or per_sentence[e["evidence"]] > 1:
            continue
        folded = fold_text(e["evidence"])
        if _DETAIL_OPENING.match(folded) is None or _told_apart(e) or _ALSO.search(folded) is not None:
            continue  # ... "وقال المرصد إن الفصائل سيطرت كذلك على المطار": another deed, told as one more
        if e["acled"] and e["acled"][1] in _TERRITORY:
            continue
        for told in events[:i]:
            if (
                told["plover"] != "ASSAULT"
                or id(told) in dropped
                or told["evidence"] == e["evidence"]
                or told["date"] != e["date"]
                or told["modality"] not in ("asserted", "claimed")
                or not _same_doer(e["actor1"], told["actor1"])
                or not _nested_in(e, told)
                or _other_kind(e, told)
            ):
                continue
            own_toll = (e["fatalities"], e["injuries"])
            if own_toll != (None, None) and own_toll != (told["fatalities"], told["injuries"]) and own_toll != (0, 0):
                continue
            dropped.add(id(e))
            if told["actor1"] is None and e["actor1"] is not None:
                doers[id(told)] = e["actor1"]
            break
    if not dropped:
        return events
    return [{**e, "actor1": doers[id(e)]} if id(e) in doers else e for e in events if id(e) not in dropped]


_DAMAGE = ["Strategic developments", "Looting/property destruction"]
_DISRUPTED = ("Strategic developments", "Disrupted weapons use")
_ON_CIVILIANS = ["Violence against civilians", "Attack"]


def _without_attack_damage(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "أصيب مواطنان وأحرقت مركبات في هجوم شنه مستعمرون على سنجل" then "وقال رئيس البلدية إن المستعمرين أضرموا
    النار في الممتلكات": property a doer burnt where and when it attacked people is part of that attack."""
    # (an attack denied holds no damage done: "نفى أن تكون زوارقه أطلقت النار على الناقلة" after its seizure)
    attacks = [
        e
        for e in events
        if e["acled"] == _ON_CIVILIANS and e["actor1"] is not None and e["locations"] and e["modality"] != "denied"
    ]
    if not attacks:
        return events

    def in_attack(e: dict[str, Any]) -> bool:
        return e["acled"] == _DAMAGE and any(
            a["date"] == e["date"]
            and a["locations"] == e["locations"]
            and e["actor1"] is not None
            and (_same_doer(a["actor1"], e["actor1"]) or _settlers_both(a["actor1"], e["actor1"]))
            for a in attacks
        )

    return [e for e in events if not in_attack(e)]


def _settlers_both(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """ "هجوم شنه مستوطنون" then "نحو 30 مستوطناً ... أضرموا النار": settlers both times, whatever role each
    sentence gave them (probe50)."""
    return all(_SETTLER in fold_text(x["text"]) for x in (a, b)) and a["country"] == b["country"]


# the protest kinds from the mildest: a retelling of a told protest makes it the graver of the two (a protest fired
# on is graver than one broken up; protesters who riot are rioters, whatever the force then did: ACLED codes
# excessive force only against peaceful protesters)
_PROTEST_SEVERITY = {
    ("Protests", "Peaceful protest"): 1,
    ("Protests", "Protest with intervention"): 2,
    ("Protests", "Excessive force against protesters"): 3,
    ("Riots", "Violent demonstration"): 4,
}
_EXCESSIVE_FORCE = ["Protests", "Excessive force against protesters"]
_INTERVENED_PROTEST = ["Protests", "Protest with intervention"]


def _excessive_force_as_protest(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events stage reads "أطلقت القوات الأمنية الرصاص الحي لتفريق المتظاهرين"، "قُتل متظاهر برصاص الشرطة" as an
    attack (the force its doer, the protesters whom it befell), which is how its toll and sides are found; the record
    is written as ACLED and every gold set code it: a protest (PLOVER PROTEST) with the protesters as actor1 and the
    force as actor2, its toll kept (eval/heldout11 codes it so; ACLED puts the protesters first in every protest
    sub-type). _merge_repeats then folds it into the protest told of that day and place (probe96)."""
    for e in events:
        if e["plover"] == "PROTEST" and list(e["acled"] or ()) == _INTERVENED_PROTEST and (e["fatalities"] or 0) > 0:
            # "قُتل شاب بالرصاص المطاطي الذي أطلقته قوات الأمن لتفريق متظاهرين"، "توفي متظاهر اختناقاً بالغاز": a
            # protest broken up with deaths is one met with lethal force, whatever the weapon (ACLED)
            e["acled"] = list(_EXCESSIVE_FORCE)
        if e["plover"] != "ASSAULT" or list(e["acled"] or ()) != _EXCESSIVE_FORCE:
            continue
        doer, other = e["actor1"], e["actor2"]
        if (other or {}).get("role") == "protesters" or (doer or {}).get("role") not in ("protesters", None):
            doer, other = other, doer
        e["plover"], e["actor1"], e["actor2"] = "PROTEST", doer, other
    return events


def _severity(e: dict[str, Any]) -> int:
    acled = e.get("acled")
    return _PROTEST_SEVERITY.get((str(acled[0]), str(acled[1])), 0) if acled else 0


def _merge_repeats(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per (type, date, place): a later sentence retelling an event adds nothing new."""

    def key(e: dict[str, Any]) -> tuple[Any, ...]:
        places = tuple(sorted(str(loc.get("canonical")) for loc in e["locations"]))
        return (e["plover"], e["date"], places)

    # a toll told of several places at once ("استشهد تسعة في جنين ومخيم الفارعة") sums them: it is not the
    # toll of one of them, which a sentence telling of that place alone gives
    per_sentence = Counter((e["start"], e["plover"]) for e in events)

    def richness(e: dict[str, Any]) -> int:
        # the toll counts most: a retelling that names the doer does not drop the casualties
        summed = per_sentence[e["start"], e["plover"]] > 1
        toll = 3 * int((e["fatalities"] is not None or e["injuries"] is not None) and not summed)
        sides = int(e["actor1"] is not None) + int(e["actor2"] is not None)
        return toll + sides + int(e["source"]["kind"] != "outlet_own")

    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    doers: dict[int, dict[str, Any]] = {}  # a doer a folded retelling names, by the kept record
    kept_first: dict[int, dict[str, Any]] = {}  # a first record given a later toll, by the first record's id
    for e in events:
        k = key(e)
        other = best.get(k)
        # a retelling names the same doer or none; two different doers are two incidents
        # ... and a denial is not a retelling of what was asserted (a hedged one is: "مرجحاً أن تكون خلية ...
        # نفذت الهجوم" retells the bombing told)
        denial = other is not None and (e["modality"] == "denied") != (other["modality"] == "denied")
        # ... nor a call to march again a retelling of the march told ("ودعا الملتقى إلى مسيرة جديدة الجمعة المقبلة")
        denial = denial or (other is not None and (e["modality"] == "planned") != (other["modality"] == "planned"))
        # ... nor a sit-in a speaker says the people may turn to a retelling of the protest they held ("قد يلجؤون إلى
        # اعتصام مفتوح إذا لم تنسحب القوات"; a hedged doer of a told attack still retells it)
        denial = denial or (
            other is not None
            and e["plover"] == "PROTEST"
            and (e["modality"] == "hypothetical") != (other["modality"] == "hypothetical")
        )
        if (
            not e["locations"]
            or (other is not None and not _same_doer(e["actor1"], other["actor1"]))
            or (other is not None and _another_body_also(e, other))
            or denial
            or (other is not None and _other_kind(e, other))
        ):
            best[(id(e),)] = e
        elif other is None:
            best[k] = e
        else:
            fuller, lesser = (e, other) if richness(e) > richness(other) else (other, e)
            untolled = other["fatalities"] is None and other["injuries"] is None
            if fuller is e and untolled and not _toll_word(other) and _toll_word(e):
                # "غارة إسرائيلية على بلدة يارون." then "وأفادت الوكالة بإصابة شخصين": a toll word retelling a
                # told strike gives its toll and victims; the strike stays what it was
                fuller = {**other, **{f: e[f] for f in ("fatalities", "injuries", "casualty_text")}}
                fuller["actor2"] = other["actor2"] or e["actor2"]
                lesser = e
                kept_first[id(other)] = fuller
            elif fuller is e and untolled and _toll_only(e, other):
                # "أعلن الجيش استعادة السيطرة على بلدة مهاس" then "وقال قائد القوات إن العملية أسفرت عن مقتل ...":
                # the toll told later is the told event's; the record stays the one that told it first
                fuller = {**other, **{f: e[f] for f in ("fatalities", "injuries", "casualty_text")}}
                lesser = e
                kept_first[id(other)] = fuller
            if fuller["plover"] == "PROTEST" and _severity(lesser) > _severity(fuller):
                # "خرج مئات في مسيرة" then "ورشق المحتجون قوات الأمن بالحجارة": the protest retold as a riot, or as
                # broken up, is that one protest, of the graver kind (probe54)
                fuller["acled"] = lesser["acled"]
                fuller["actor2"] = fuller["actor2"] or lesser["actor2"]
            best[k] = fuller
            doer = lesser["actor1"] or doers.get(id(lesser))
            if fuller["actor1"] is None and doer is not None:
                # "قُتل جنديان بانفجار عبوة ناسفة ..." then "... أن عصابات داعش فجرت العبوة": the retelling that
                # names the doer says who did it
                doers.setdefault(id(fuller), doer)
    kept = {id(e) for e in best.values()}
    events = [kept_first.get(id(e), e) for e in events]
    return [{**e, "actor1": doers[id(e)]} if id(e) in doers else e for e in events if id(e) in kept]


_DEADLINE = re.compile(r"(?<!\w)و?(?:" + _alt("deadline") + r")\s*$")


def _without_deadlines(doc: Document) -> Document:
    """The document with only the times that may date an event: "حتى الثلاثاء القادم"، "بحلول نهاية الشهر"، "من
    الأحد إلى الخميس" end a period or set a deadline (the output keeps every time; only the dating skips them)."""
    raw, published = doc.raw, doc.published
    if published is None:
        return doc
    kept = tuple(
        t
        for t in doc.times
        # a past end ("كان مقراً للحزب حتى عام 2017") still dates what it tells: only what is still ahead is skipped
        if str(t["value"]) <= published.isoformat()
        or not _DEADLINE.search(fold_text(raw[max(0, int(t["start"]) - 12) : int(t["start"])]))
    )
    return doc if len(kept) == len(doc.times) else replace(doc, times=kept)


def tag_events(doc: Document) -> Document:
    """The pipeline stage: fill `events`."""
    return replace(doc, events=tuple(find_events(_without_deadlines(doc))))


__all__ = ["Cue", "cue_matcher", "find_events", "tag_events", "trigger_matcher"]
