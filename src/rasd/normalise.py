"""Arabic folding for matching, with a map from every folded character back to its source.

Folding unifies what Arabic writers vary freely: hamza seats on alef, alef
maqsura, ta marbuta, hamza on waw/ya, Persian letter forms, Eastern Arabic and
Persian digits; it drops diacritics, tatweel, zero-width and bidi controls and
expands presentation forms. It never lowercases or touches other scripts'
meaning, and it is the same function for lexicon entries and for text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain

from rasd.document import Span

# One character to one character: the folded text keeps its length here.
_ONE_TO_ONE = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ئ": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ە": "ه",
    "ؤ": "و",
    "ک": "ك",
    "ڪ": "ك",
    "٠": "0",
    "١": "1",
    "٢": "2",
    "٣": "3",
    "٤": "4",
    "٥": "5",
    "٦": "6",
    "٧": "7",
    "٨": "8",
    "٩": "9",
    "۰": "0",
    "۱": "1",
    "۲": "2",
    "۳": "3",
    "۴": "4",
    "۵": "5",
    "۶": "6",
    "۷": "7",
    "۸": "8",
    "۹": "9",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
_TABLE = str.maketrans(_ONE_TO_ONE)
# The same, keeping ة: word matchers need it to tell a noun's ة from a verb's pronoun ـه.
_TABLE_KEEP_TAA = str.maketrans({k: v for k, v in _ONE_TO_ONE.items() if k != "ة"})
# The same mappings as (from, to) pairs: str.translate looks every character of Arabic text up in
# its table, while one str.replace per pair scans in C and is some thirty times faster on a page.
# No letter is mapped to a letter that is itself mapped, so the order of the replacements is free.
_PAIRS = tuple(_ONE_TO_ONE.items())
_PAIRS_KEEP_TAA = tuple((k, v) for k, v in _PAIRS if k != "ة")


def _map_letters(text: str, pairs: tuple[tuple[str, str], ...], table: dict[int, str]) -> str:
    """text.translate(table), for the one-to-one table the pairs come from; a short word is translated."""
    if len(text) < 32:  # below this, one table look-up per letter costs less than a scan per pair
        return text.translate(table)
    for a, b in pairs:
        text = text.replace(a, b)
    return text


# The marks written on an Arabic letter (harakat, Quranic marks, superscript alef): no word characters to re, yet
# part of the word they stand in ("العُمانية"), so word patterns over raw text add them to [^\W_].
WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# Dropped entirely: those marks, tatweel, zero-width and bidi controls.
_DROP = re.compile(f"[{WORD_MARKS}\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]")
# The same characters as a set, for a test of one character (end_with_marks runs at every span end the events and
# names stages map back): a set look-up where a regex match costs a call into re. All of them stand in the blocks
# read here (tests/test_normalise.py checks the set against the whole range of characters).
_DROPPED = frozenset(
    ch
    for block in (range(0x00A0, 0x0100), range(0x0600, 0x0700), range(0x2000, 0x2070), range(0xFEFF, 0xFF00))
    for ch in map(chr, block)
    if _DROP.match(ch)
)
# Presentation forms and other compatibility characters, expanded by NFKC.
_COMPAT = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _has_compat(text: str) -> bool:
    # Only U+F000-U+FFFF, which hold these forms, start with the byte EF in UTF-8: encoding and
    # looking for that byte is several times faster than the regex over most text.
    return b"\xef" in text.encode("utf-8", "surrogatepass") and _COMPAT.search(text) is not None


@dataclass(frozen=True, slots=True, eq=False)
class Folded:
    """Folded text; `source[i]` is the index, in the text that was folded, of `text[i]`."""

    text: str
    source: Sequence[int]
    source_length: int

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Map folded [start, end) to the covering range in the text that was folded."""
        if start == end:
            pos = self.source[start] if start < len(self.text) else self.source_length
            return pos, pos
        return self.source[start], self.source[end - 1] + 1

    def span(self, start: int, end: int, base: int = 0) -> Span:
        a, b = self.source_range(start, end)
        return Span(base + a, base + b)


def fold_char_table() -> dict[str, str]:
    """The one-to-one part of folding, for callers that document or test it."""
    return dict(_ONE_TO_ONE)


def fold_drop_pattern() -> str:
    """The character class of what folding drops, for callers outside Python (the web page) that fold."""
    return _DROP.pattern


# The last text folded, as (text, keep_taa_marbuta, its Folded): the times stage and then the names stage fold
# the same body, and the second time costs an identity test. Holding the text keeps its identity unique.
_last_fold: tuple[str, bool, Folded] | None = None


def fold(text: str, keep_taa_marbuta: bool = False) -> Folded:
    """Fold `text` for matching; see the module docstring for what changes."""
    global _last_fold
    last = _last_fold
    if last is not None and last[0] is text and last[1] == keep_taa_marbuta:
        return last[2]
    folded = _fold(text, keep_taa_marbuta)
    _last_fold = (text, keep_taa_marbuta, folded)
    return folded


# A directional mark between a word and a number, with no space beside it ("مصرع\u200f56\u200f قتيلا", as some
# papers' pages write them), separates them: it becomes a space rather than being dropped, which would join the
# word and the number. Not after a lone و or ف ("و\u200f143": "and 143"), which is a proclitic of the number.
_MARK_BETWEEN = re.compile(
    r"(?<=[^\W\d_])(?<! [وف])(?<!^[وف])[\u200e\u200f](?=[0-9\u0660-\u0669])"
    r"|(?<=[0-9\u0660-\u0669])[\u200e\u200f](?=[^\W\d_])"
)


def _fold(text: str, keep_taa_marbuta: bool) -> Folded:
    table = _TABLE_KEEP_TAA if keep_taa_marbuta else _TABLE
    if ("\u200f" in text or "\u200e" in text) and _MARK_BETWEEN.search(text):
        text = _MARK_BETWEEN.sub(" ", text)  # one character for one: the offsets stand
    if _has_compat(text):
        return _fold_slow(text, table)
    mapped = _map_letters(text, _PAIRS_KEEP_TAA if keep_taa_marbuta else _PAIRS, table)
    pieces = _DROP.split(mapped)  # what is kept between dropped characters (each drop is one character)
    if len(pieces) == 1:
        return Folded(mapped, range(len(text)), len(text))
    kept: list[range] = []
    at = 0
    for piece in pieces:
        if piece:
            kept.append(range(at, at + len(piece)))
        at += len(piece) + 1
    return Folded("".join(pieces), list(chain.from_iterable(kept)), len(text))


def _fold_slow(text: str, table: dict[int, str]) -> Folded:
    """Character by character, for text with compatibility forms that expand."""
    out: list[str] = []
    source: list[int] = []
    for i, ch in enumerate(text):
        expanded = unicodedata.normalize("NFKC", ch) if _COMPAT.match(ch) else ch
        for piece in expanded:
            piece = piece.translate(table)
            if _DROP.match(piece):
                continue
            out.append(piece)
            source.append(i)
    return Folded("".join(out), source, len(text))


class _ShortFolds(dict[str, str]):
    """fold_text's values of short strings (words, names, lexicon keys: they recur in every article), computed on
    first use; a longer text is folded each time and not kept. Emptied when full, so that an open vocabulary (a
    long `rasd serve`) cannot grow it without bound. A hit is a dict look-up with no Python call: the stages fold
    some four hundred words an article."""

    def __missing__(self, text: str) -> str:
        folded = _fold_text(text)
        if len(text) <= _SHORT:
            if len(self) >= _SHORT_FOLDS_LIMIT:
                self.clear()
            self[text] = folded
        return folded


_SHORT = 64
_SHORT_FOLDS_LIMIT = 1 << 16

# Only the folded string, for lexicon keys and words: fold(text).text with whitespace runs squeezed and the ends
# stripped, without the offset map (short strings kept, see _ShortFolds).
fold_text: Callable[[str], str] = _ShortFolds().__getitem__


def _fold_text(text: str) -> str:
    # fold(text).text without building the offset map
    if ("\u200f" in text or "\u200e" in text) and _MARK_BETWEEN.search(text):
        text = _MARK_BETWEEN.sub(" ", text)
    if _has_compat(text):
        return " ".join(_fold_slow(text, _TABLE).text.split())
    return " ".join(_DROP.sub("", _map_letters(text, _PAIRS, _TABLE)).split())  # whitespace squeezed, ends stripped


def end_with_marks(text: str, end: int) -> int:
    """Move a span end past the diacritics and tatweel that folding dropped after its last letter."""
    size = len(text)
    while end < size and text[end] in _DROPPED:
        end += 1
    return end
