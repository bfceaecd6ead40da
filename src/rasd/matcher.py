"""Whole-word dictionary matching over folded Arabic text with an Aho–Corasick automaton.

Arabic writes prepositions and conjunctions onto the next word (وبغداد، بالعراق،
للتحالف), so a name must be found behind them. Rather than stripping clitics from
every word of the text, each key is entered into the automaton once per clitic
prefix (and per pronoun suffix, for verbs), bounded by spaces on both sides. The
text is folded and every non-word character becomes a space, which keeps its
offsets; then every automaton hit is already a whole-word match and knows which
part of it is the key. `longest` then keeps the longest non-overlapping hits.

ل + ال fuses (ل + العراق = للعراق): such a hit is marked `fused`, because its
letters are not a verbatim copy of the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

V = TypeVar("V")
W = TypeVar("W")

# Conjunction, then preposition, in that order; a stem keeps at least two letters after them.
PROCLITICS: tuple[str, ...] = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# Prefixes before which an ال-name loses its alef: ل + الـ → لل.
_FUSING = ("ل", "ول", "فل")
# Object/possessive pronouns a verb or noun may carry; folded spellings (ة→ه).
# Second-person suffixes are left out: news rarely says "you", and هناك would read as هنا + ك.
PRONOUN_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "نا", "ني")
# what is not a word character, but a space: a space would be replaced by itself (the same text, far fewer matches)
_NON_WORD = re.compile(r"[^\w ]|_")


class Hit(NamedTuple, Generic[V]):
    """A whole-word match: `start`/`end` bound the key in the folded text, `word_start` the word."""

    start: int
    end: int
    word_start: int
    word_end: int
    key: str
    values: tuple[V, ...]
    fused: bool


# A hit made by tuple.__new__ itself: a named tuple's own constructor is a Python function around that call, and the
# matchers make some hundreds of hits an article
_new_hit = tuple.__new__


def word_text(folded: str) -> str:
    """Folded text with every non-word character turned into a space (same length)."""
    return _NON_WORD.sub(" ", folded)


def _text_order(hit: Hit[V]) -> tuple[int, int]:
    return hit[0], -hit[1]  # (start, -end): by start, the longer first


class Matcher(Generic[V]):
    """Find keys (already folded, single-spaced) as whole words, behind clitics, in folded text.

    Each key enters the automaton once, closed by a space so that it must end a word; a hit
    that starts inside a word is kept only when the letters before it are a clitic prefix
    ("وبـ" in "وبغداد"), never when they belong to the word ("م" in "معدن").
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, V]],
        *,
        prefixes: Sequence[str] = PROCLITICS,
        fuse_article: bool = True,
    ) -> None:
        values: dict[str, list[V]] = {}
        for key, value in entries:
            bucket = values.setdefault(key, [])
            if value not in bucket:
                bucket.append(value)
        self._values = {key: tuple(vs) for key, vs in values.items()}
        self._prefixes = frozenset(prefixes)
        automaton = ahocorasick.Automaton()
        # a key is sought in word text ("السودان - شمال" is "السودان   شمال" there): its marks become spaces too
        for key in self._values:
            automaton.add_word(word_text(key) + " ", ((key, len(key), False),))
        if fuse_article:
            for key in self._values:
                if key.startswith("ال") and len(key) > 3:
                    fused = word_text(key[1:]) + " "  # ل + العراق = للعراق: the name lost its alef
                    reading = (key, len(key) - 1, True)
                    found = automaton.get(fused, ())
                    automaton.add_word(fused, (*found, reading))
        automaton.make_automaton()
        self._automaton = automaton
        self.size = len(self._values)

    def values_of(self, key: str) -> tuple[V, ...]:
        """What a folded key stands for (empty if it is not in the lexicon)."""
        return self._values.get(key, ())

    def find(self, folded: str) -> list[Hit[V]]:
        """Every whole-word occurrence of every key, in text order (overlaps included)."""
        if not self.size:
            return []
        padded = word_text(folded) + " "
        if _QUOTE.search(folded):
            return self._find_past_quotes(folded, padded)
        return self._hits(padded)

    def _hits(self, padded: str) -> list[Hit[V]]:
        hits: list[Hit[V]] = []
        append, rfind, values, prefixes = hits.append, padded.rfind, self._values, self._prefixes  # bound once
        for end_index, readings_ in self._automaton.iter(padded):
            for key, body_len, fused in readings_:
                start = end_index - body_len
                word_start = rfind(" ", 0, start) + 1
                if padded[word_start:start] not in (_FUSING if fused else prefixes):
                    continue
                append(_new_hit(Hit, (start, end_index, word_start, end_index, key, values[key], fused)))
        hits.sort(key=_text_order)
        return hits

    def _find_past_quotes(self, folded: str, padded: str) -> list[Hit[V]]:
        """`find` on text whose quote marks beside a space are dropped ("كتلة «الوفاء للمقاومة»" holds the listed
        "كتلة الوفاء للمقاومة"), each hit mapped back to the text's offsets. A hit that runs over an opening quote
        starts after it: the name is what the quotes hold, its kind word before them ("الوفاء للمقاومة")."""
        # the quotes dropped, each as where the next kept character stands in the squeezed text (sorted)
        marks = [m.start() for m in _QUOTE.finditer(folded)]  # every quote mark, in order
        drops = [at for at in marks if padded[at - 1 : at] == " " or padded[at + 1] == " "]
        squeezed = "".join(padded[a + 1 : b] for a, b in zip([-1, *drops], [*drops, len(padded)], strict=True))
        # an offset `at` of the squeezed text stands at at + bisect_right(shifts, at) in the text (written out below)
        shifts = [d - k for k, d in enumerate(drops)]

        hits: list[Hit[V]] = []
        for h in self._hits(squeezed):
            start = h.start + bisect_right(shifts, h.start)
            end = h.end + bisect_right(shifts, h.end - 1)
            # the last quote mark in [start, end), or -1: one bisect rather than a search per kind of mark
            k = bisect_left(marks, end) - 1
            quote = marks[k] if k >= 0 and marks[k] >= start else -1
            if quote < 0:
                word_start = start if h.word_start == h.start else h.word_start + bisect_right(shifts, h.word_start)
                hits.append(Hit(start, end, word_start, end, h.key, h.values, h.fused))
                continue
            if _closes(folded, quote):
                continue  # a name does not run on past its closing quote ("الفيلق الإفريقي" الروسي)
            start = quote + 1 + len(padded[quote + 1 : end]) - len(padded[quote + 1 : end].lstrip())
            if start < end:
                # keyed by the words it covers, so that a hit's key is still the text between its start and end
                hits.append(Hit(start, end, start, end, padded[start:end], h.values, False))
        return hits


def _closes(text: str, at: int) -> bool:
    """Whether the quote mark at `at` closes a quotation ("»", "”", or a straight one after a word's last letter)."""
    mark = text[at]
    if mark in "«“":
        return False
    return mark in "»”" or (at > 0 and not text[at - 1].isspace())


_QUOTE = re.compile('["«»“”]')


def longest(hits: Iterable[Hit[V]]) -> list[Hit[V]]:
    """Non-overlapping hits, longest first (ties: earlier first), returned in text order (a matcher's hits
    cover whole words, never an empty range)."""
    ordered = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    if not ordered:
        return []
    chosen: list[Hit[V]] = []
    # the characters of the words taken so far, one byte each: an overlap test is one scan in C, not a
    # test per hit taken (a hit's words are never empty)
    taken = bytearray(max(h.word_end for h in ordered))
    for hit in ordered:
        if taken.find(1, hit.word_start, hit.word_end) >= 0:
            continue
        chosen.append(hit)
        taken[hit.word_start : hit.word_end] = b"\x01" * (hit.word_end - hit.word_start)
    return sorted(chosen, key=itemgetter(0))  # by start


# ---------------------------------------------------------------- word lexicons

_WORD = re.compile(r"[^\W_]+")
# Prefixes a lexicon word may carry: conjunction, future sin, preposition, article, in that order.
_CONJUNCTIONS = ("", "و", "ف")
_FUTURE = ("", "س")
_PREPOSITIONS = ("", "ب", "ل", "ك")
_MIN_STEM = 2


_WORD_SPLIT = re.compile(r"([^\W_]+)")


def words_of(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of folded text: letters and digits, no underscore.

    From one split and running sums of the pieces' lengths instead of a match object per word: the
    pieces alternate between what stands between words and the words themselves."""
    pieces = _WORD_SPLIT.split(folded)
    ends = list(accumulate(map(len, pieces)))
    return list(zip(ends[0::2], ends[1::2], pieces[1::2], strict=False))  # one more gap than words


# bounded: a long `rasd serve` or `rasd ingest` meets an open vocabulary, and an unbounded cache would
# grow with every new word form
@lru_cache(maxsize=1 << 18)
def readings(word: str) -> tuple[tuple[str, int, int], ...]:
    """Every way to read a folded word as prefixes + stem + pronoun suffix: (stem, prefix_len, suffix_len).

    "وبالغارات" -> ("وبالغارات", 0, 0), ("بالغارات", 1, 0), ("الغارات", 2, 0), ("غارات", 4, 0) …;
    "زيارته" -> ("زياره", 0, 1): a feminine noun takes back its ة (folded ه) before a suffix, and
    "لقائه" -> ("لقاء", 0, 1) a final hamza its own spelling (seated on ي or و, folded, before the suffix).
    Given text folded with ة kept ("وزارة"), a final ة is never read as a pronoun (و + زار + ه).
    """
    out: dict[tuple[str, int, int], None] = {}
    # text folded with ة kept: a final ة is a noun ending, never ه as a pronoun
    taa = word.endswith("ة")
    word = word.replace("ة", "ه")
    n = len(word)
    for conj in _CONJUNCTIONS:
        if not word.startswith(conj):
            continue
        for fut in _FUTURE:
            i = len(conj) + len(fut)
            if not word.startswith(fut, len(conj)):
                continue
            for prep in _PREPOSITIONS if not fut else ("",):
                j = i + len(prep)
                if not word.startswith(prep, i):
                    continue
                starts = [j]
                if not fut and word.startswith("ال", j):
                    starts.append(j + 2)
                if prep == "ل" and word.startswith("ل", j):  # ل + ال → لل
                    starts.append(j + 1)
                for k in starts:
                    if n - k < _MIN_STEM:
                        continue
                    stem = word[k:]
                    out[(stem, k, 0)] = None
                    for suffix in PRONOUN_SUFFIXES:
                        if taa and suffix == "ه":
                            continue
                        if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_STEM:
                            base = stem[: -len(suffix)]
                            out[(base, k, len(suffix))] = None
                            if base.endswith("ت"):
                                out[(base[:-1] + "ه", k, len(suffix))] = None
                            elif base.endswith(("اي", "او")):
                                # a final hamza takes a seat before a suffix ("لقائه"، "لقاؤه" -> لقاء)
                                out[(base[:-1] + "ء", k, len(suffix))] = None
                            elif base.endswith("و") and len(base) >= 4:
                                # a plural verb drops its alif before a pronoun ("اختطفوه" -> اختطفوا)
                                out[(base + "ا", k, len(suffix))] = None
    return tuple(out)


@lru_cache(maxsize=1 << 18)
def reading_stems(word: str) -> frozenset[str]:
    """The stems `readings` gives for a word, as a set."""
    return frozenset(r[0] for r in readings(word))


_NOTHING: frozenset[str] = frozenset()


def _by_position(single: tuple[int, int, str, tuple[V, ...]]) -> tuple[int, int]:
    return single[0], single[1]


def _hit_order(hit: Hit[V]) -> tuple[int, int]:
    return hit.start, -hit.end


class Memo(dict[str, V]):
    """A function's values by argument, computed on first use; emptied when full, so that an open vocabulary
    (a long `rasd serve`) cannot grow it without bound. Unlike lru_cache, a hit is a plain dict look-up,
    which `map` can run over a list of words without a Python call per word."""

    def __init__(self, function: Callable[[str], V], limit: int) -> None:
        super().__init__()
        self._function = function
        self._limit = limit

    def __missing__(self, key: str) -> V:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._function(key)
        return value


# What a word starts for a WordMatcher (see WordMatcher._starts_of); empty, so false, when it starts nothing.
_Starts = (
    tuple[
        tuple[tuple[int, int, str, tuple[V, ...]], ...],
        tuple[tuple[int, str, tuple[str, ...], tuple[V, ...]], ...],
        frozenset[str],
    ]
    | tuple[()]
)


@lru_cache(maxsize=1 << 18)
def _suffixes_by_stem(word: str) -> dict[str, tuple[int, bool]]:
    """Each stem `readings` gives for a word: (its shortest pronoun suffix, whether it is read with none)."""
    out: dict[str, tuple[int, bool]] = {}
    for stem, _, suffix in readings(word):
        shortest, bare = out.get(stem, (suffix, False))
        out[stem] = (min(shortest, suffix), bare or suffix == 0)
    return out


class WordMatcher(Generic[V]):
    """Find lexicon keys (folded, one space between words) word by word, each word read behind its clitics.

    Unlike `Matcher`, nothing is expanded ahead of time, so lexicons of inflected forms
    with many clitic combinations stay small; every word of a multi-word key may carry
    an article or preposition, and the last word a pronoun suffix (an inner one too when the next word has
    the article: "مجالها الجوي").
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, V]],
        max_gap: int = 0,
        aside: Iterable[str] = (),
        after_aside: Iterable[str] = (),
        gap_stops: Iterable[str] = (),
        titles_to: Iterable[str] = (),
        gap_links: Iterable[str] = (),
    ) -> None:
        self.max_gap = max_gap
        # words of belonging inside a subject, uncounted in a gap ("أطلقت زوارق تابعة للحرس الثوري الإيراني النار")
        self.gap_links = frozenset(gap_links)
        # words that never open the gap before a key's second word: "غير أن المتحدث باسم" is "however", not the
        # verb of "غير اسم" with its subject between (a subject never starts with أن)
        self.gap_stops = frozenset(gap_stops)
        # words ending a gap whose إلى is their own: "دعا المبعوث الأممي الخاص إلى اليمن ... الأطراف إلى" is no
        # "دعا إلى" (the envoy's title goes to a country)
        self.titles_to = frozenset(titles_to)
        # words of a comma-bounded aside that may stand in a gap too, uncounted ("أطلقت الجماعة، اليوم، سراح")
        self.aside = frozenset(aside)
        # adverbs that may follow the aside, counted ("اعترفت النرويج وإيرلندا، اليوم، رسمياً بدولة فلسطين")
        self.after_aside = frozenset(after_aside)
        self.max_aside = _MAX_ASIDE if self.aside and max_gap else 0
        values: dict[str, list[V]] = {}
        for key, value in entries:
            bucket = values.setdefault(key, [])
            if value not in bucket:
                bucket.append(value)
        self._values = {key: tuple(vs) for key, vs in values.items()}
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for key in self._values:
            words = tuple(key.split(" "))
            self._by_first.setdefault(words[0], []).append((key, words[1:]))
        self.size = len(self._values)
        # per word form, like `readings`: most words of a text start no key, and this answers that in one look-up
        self._starts: Memo[_Starts[V]] = Memo(self._starts_of, 1 << 16)

    def _starts_of(self, word: str) -> _Starts[V]:
        """The keys a reading of `word` starts, each with its values: one-word keys as (prefix length, suffix
        length, key, values) in the order their hits sort (by start, then end: by prefix, then suffix length;
        `readings` order among equals); longer ones as (prefix length, key, its later words, values), in
        `readings` order; and the second words wanted."""
        if self._by_first.keys().isdisjoint(reading_stems(word)):
            return ()
        values = self._values
        found = [
            (prefix_len, suffix_len, key, rest)
            for stem, prefix_len, suffix_len in readings(word)
            for key, rest in self._by_first.get(stem, ())
        ]
        singles = sorted(((p, s, key, values[key]) for p, s, key, rest in found if not rest), key=_by_position)
        longer = tuple((p, key, rest, values[key]) for p, _, key, rest in found if rest)
        return tuple(singles), longer, frozenset(rest[0] for _, _, rest, _ in longer)

    def find(self, folded: str, words: Sequence[tuple[int, int, str]] | None = None) -> list[Hit[V]]:
        """Every occurrence in text order; `words` may pass `words_of(folded)` when the caller has it."""
        if words is None:
            words = words_of(folded)
        # most words start no key: look every word up at once and visit only those that do
        forms = [w for _, _, w in words]
        return self._collect(folded, words, forms, list(map(self._starts.__getitem__, forms)))

    def _collect(
        self,
        folded: str,
        words: Sequence[tuple[int, int, str]],
        forms: list[str],
        found: Sequence[_Starts[V]],
        stems: Sequence[frozenset[str]] | None = None,
    ) -> list[Hit[V]]:
        """The hits of the words whose `_starts` are `found` (and whose reading stems are `stems`, if known), in
        text order: by start, then longest first; equal hits as `readings` gives them."""
        hits: list[Hit[V]] = []
        append = hits.append
        span = 2 + self.max_gap + self.max_aside
        max_gap = self.max_gap
        for i in compress(range(len(found)), found):
            a, b, _ = words[i]
            singles, longer, seconds = found[i]  # type: ignore[misc]
            for prefix_len, suffix_len, key, values in singles:
                append(_new_hit(Hit, (a + prefix_len, b - suffix_len, a, b, key, values, False)))
            if not longer:
                continue  # a word's hits start within it, after the earlier words': they are in order
            # the stems of the next 1 + max_gap words: a cheap check that a key's second word is near at all
            if span == 2:
                if i + 1 == len(forms):
                    near = _NOTHING
                else:
                    near = stems[i + 1] if stems is not None else reading_stems(forms[i + 1])
            else:
                if stems is None:  # every word's reading stems, once a longer key needs them
                    stems = list(map(reading_stems, forms))
                # only the wanted second words among them: cheaper than a union of every nearby word's stems
                near = _NOTHING
                for nearby in stems[i + 1 : i + span]:
                    if not seconds.isdisjoint(nearby):
                        near = near | (seconds & nearby)
            if seconds.isdisjoint(near):
                continue
            first = len(hits) - len(singles)
            for prefix_len, key, rest, values in longer:
                if rest[0] not in near:
                    continue
                end = self._rest(
                    folded,
                    words,
                    i + 1,
                    rest,
                    max_gap,
                    self.max_aside,
                    self.aside,
                    self.after_aside,
                    self.gap_stops,
                    self.titles_to,
                    self.gap_links,
                )
                if end is not None:
                    word_end, suffix = end
                    append(_new_hit(Hit, (a + prefix_len, word_end - suffix, a, word_end, key, values, False)))
            if len(hits) > first + len(singles):
                # a longer hit of this word sorts before the one-word hits that start where it does
                hits[first:] = sorted(hits[first:], key=_hit_order)
        return hits

    @staticmethod
    def _rest(
        folded: str,
        words: Sequence[tuple[int, int, str]],
        i: int,
        rest: tuple[str, ...],
        max_gap: int,
        max_aside: int = 0,
        aside: frozenset[str] = frozenset(),
        after_aside: frozenset[str] = frozenset(),
        gap_stops: frozenset[str] = frozenset(),
        titles_to: frozenset[str] = frozenset(),
        gap_links: frozenset[str] = frozenset(),
    ) -> tuple[int, int] | None:
        """Where the remaining words of a key end (and the last one's suffix length), if they follow.

        Up to `max_gap` other words may stand between a key's first and second word ("سيطرت
        الفصائل على"), never punctuation but one comma-bounded aside of `aside` words, uncounted
        ("أطلقت جماعة الحوثي، اليوم الأربعاء، سراح"), as `aside` words without the commas are; the later
        words of a key stand side by side.
        """
        for gap in range(max_gap + max_aside + 1):
            j = i + gap
            if j + len(rest) > len(words):
                return None
            if gap == 1 and words[i][2] in gap_stops:
                return None
            if gap == 0 and not _joined(folded, words, i - 1):
                if max_aside:
                    continue  # "ضبطت، فجر أمس، شحنة أسلحة": an aside may open right after the first word
                return None
            if gap and not _plain_gap(folded, words, i - 1, j):
                gap_text = folded[words[i - 1][1] : words[j][0]]
                counted = _aside_gap(gap_text, aside, after_aside, gap_links) if max_aside else None
                if counted is None:
                    if max_aside:
                        continue  # inside an aside not yet closed
                    return None
                if counted > max_gap:
                    return None
            elif gap > max_gap and (
                # "أطلق حزب الله يوم السبت الماضي عشرات الصواريخ": the words of a time phrase, set off by no
                # commas, count no more than the same aside between commas would
                not max_aside
                or sum(1 for k in range(i, j) if (w := _taa_folded(words[k][2])) not in aside and w not in gap_links)
                > max_gap
            ):
                return None
            if gap and rest[0] == "الي" and words[j - 1][2] in titles_to:
                continue  # the title's own إلى
            found = WordMatcher._side_by_side(folded, words, j, rest)
            if found is not None:
                return found
        return None

    @staticmethod
    def _side_by_side(
        folded: str, words: Sequence[tuple[int, int, str]], j: int, rest: tuple[str, ...]
    ) -> tuple[int, int] | None:
        suffix = 0
        for offset, wanted in enumerate(rest):
            word = words[j + offset][2]
            if offset and not _joined(folded, words, j + offset - 1):
                return None
            found = _suffixes_by_stem(word).get(wanted)
            if found is None:
                return None
            shortest, bare = found
            if offset == len(rest) - 1:
                suffix = shortest  # only the last word of a key may carry a pronoun suffix
            elif not bare and not words[j + offset + 1][2].startswith("ال"):
                # but a noun whose pronoun makes it definite before its adjective ("إغلاق مجالها الجوي")
                return None
        return words[j + len(rest) - 1][1], suffix


def find_each(
    first: WordMatcher[V], second: WordMatcher[W], folded: str, words: Sequence[tuple[int, int, str]]
) -> tuple[list[Hit[V]], list[Hit[W]]]:
    """(first.find(folded, words), second.find(folded, words)), each word form looked up once for both (and
    for its reading stems)."""
    forms = [w for _, _, w in words]
    if not forms:
        return [], []
    starts = _both_starts(first, second)
    found_first, found_second, stems = zip(*map(starts.__getitem__, forms), strict=True)
    return (
        first._collect(folded, words, forms, found_first, stems),
        second._collect(folded, words, forms, found_second, stems),
    )


@cache
def _both_starts(first: WordMatcher[V], second: WordMatcher[W]) -> Memo[tuple[_Starts[V], _Starts[W], frozenset[str]]]:
    return Memo(lambda word: (first._starts[word], second._starts[word], reading_stems(word)), 1 << 16)


_MAX_ASIDE = 4
_OPENING_QUOTES = '"«“'
_CLOSING_QUOTES = '"»”'


def _joined(folded: str, words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether words[k] and words[k + 1] stand side by side: only spaces between them, or the quotes of a word
    the press sets apart ("قواتها \"حررت\" بلدة"; not the end of a quoted phrase: "\"عملية إعادة انتشار\" لقواتها")."""
    gap = folded[words[k][1] : words[k + 1][0]]
    if not gap.strip(" "):
        return True
    if gap.strip(" " + _OPENING_QUOTES + _CLOSING_QUOTES):
        return False
    return _set_apart(folded, words[k]) or _set_apart(folded, words[k + 1])


def _set_apart(folded: str, word: tuple[int, int, str]) -> bool:
    a, b, _ = word
    return a > 0 and b < len(folded) and folded[a - 1] in _OPENING_QUOTES and folded[b] in _CLOSING_QUOTES


_ASIDE_COMMAS = re.compile("[،,]")
# a link word that may stand among the words of an aside ("، أول من أمس،")
_ASIDE_LINKS = frozenset({"من"})


def _taa_folded(word: str) -> str:
    """An aside word as the word lists spell it: text folded with ة kept reads "الجمعة" where the lists hold
    "الجمعه"."""
    return word.replace("ة", "ه")


def _aside_gap(
    gap: str, aside: frozenset[str], after_aside: frozenset[str] = frozenset(), links: frozenset[str] = frozenset()
) -> int | None:
    """How many words of `gap` count when it is words, then one comma-bounded aside of `aside` words right
    before the key's next word ("جماعه الحوثي، اليوم الاربعاء، "), or None. (Words after the aside would
    join a verb to a noun of another phrase: "أعلنت الحركة، اليوم، موافقتها على وقف إطلاق النار"; only an
    adverb of `after_aside` may stand there, counted: "النرويج وايرلندا، اليوم، رسميا ".)"""
    parts = _ASIDE_COMMAS.split(_unquoted(gap))
    if len(parts) != 3 or _NOT_WORD_OR_SPACE.search(parts[0] + parts[1] + parts[2]):
        return None
    after = [_taa_folded(w) for w in parts[2].split()]
    if after and (len(after) > 1 or not after_aside.issuperset(after)):
        return None
    middle = [_taa_folded(w) for w in parts[1].split()]
    if not middle or not aside.issuperset(w for w in middle if w not in _ASIDE_LINKS):
        return None
    # words of belonging before the aside count no more than without it ("سيطر مسلحون من حلف قبائل المنطقة، فجر
    # اليوم، على"; probe88)
    return sum(1 for w in parts[0].split() if w not in links) + len(after)


_NOT_WORD_OR_SPACE = re.compile(r"[^\w ]")  # (compiled once: _plain_gap runs per pair of words)


def _plain_gap(folded: str, words: Sequence[tuple[int, int, str]], first: int, last: int) -> bool:
    """True when only spaces and words stand between words[first] and words[last] (a name quoted whole among
    them counts as its words: "شنت «حركة الشباب» هجوماً")."""
    return not _NOT_WORD_OR_SPACE.search(_unquoted(folded[words[first][1] : words[last][0]]))


# (h22b) a quoted stretch of words inside a gap: the press quotes a group's name ("سيطر مسلحون من ميليشيا «فانو»،
# أمس، على"); its quotes do not end the phrase
_QUOTED_WORDS = re.compile(r"[«“\"]([\w ]+)[»”\"]")


def _unquoted(gap: str) -> str:
    return _QUOTED_WORDS.sub(r" \1 ", gap) if "«" in gap or '"' in gap or "“" in gap else gap


__all__ = [
    "PROCLITICS",
    "PRONOUN_SUFFIXES",
    "Hit",
    "Matcher",
    "Memo",
    "WordMatcher",
    "find_each",
    "longest",
    "readings",
    "word_text",
    "words_of",
]
