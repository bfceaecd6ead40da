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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

V = TypeVar("V")

# Conjunction, then preposition, in that order; a stem keeps at least two letters after them.
PROCLITICS: tuple[str, ...] = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# Prefixes before which an ال-name loses its alef: ل + الـ → لل.
_FUSING = ("ل", "ول", "فل")
# Object/possessive pronouns a verb or noun may carry; folded spellings (ة→ه).
PRONOUN_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "ك")
_NON_WORD = re.compile(r"[^\w]|_")


@dataclass(frozen=True, slots=True)
class Hit(Generic[V]):
    """A whole-word match: `start`/`end` bound the key in the folded text, `word_start` the word."""

    start: int
    end: int
    word_start: int
    word_end: int
    key: str
    values: tuple[V, ...]
    fused: bool


def word_text(folded: str) -> str:
    """Folded text with every non-word character turned into a space (same length)."""
    return _NON_WORD.sub(" ", folded)


class Matcher(Generic[V]):
    """Find keys (already folded, single-spaced) as whole words, behind clitics, in folded text."""

    def __init__(
        self,
        entries: Iterable[tuple[str, V]],
        *,
        prefixes: Sequence[str] = PROCLITICS,
        suffixes: Sequence[str] = ("",),
        fuse_article: bool = True,
    ) -> None:
        values: dict[str, list[V]] = {}
        for key, value in entries:
            bucket = values.setdefault(key, [])
            if value not in bucket:
                bucket.append(value)
        self._values = {key: tuple(vs) for key, vs in values.items()}
        automaton = ahocorasick.Automaton()
        for key in self._values:
            variants = [(prefix, key, False) for prefix in prefixes]
            if fuse_article and key.startswith("ال") and len(key) > 3:
                variants.extend((prefix, key[1:], True) for prefix in _FUSING)
            for prefix, body, fused in variants:
                for suffix in suffixes:
                    pattern = f" {prefix}{body}{suffix} "
                    # the first reading of a pattern wins: a bare key over a clitic reading of another key
                    if not automaton.exists(pattern):
                        automaton.add_word(pattern, (key, len(prefix), len(body), len(suffix), fused))
        automaton.make_automaton()
        self._automaton = automaton
        self.size = len(self._values)

    def find(self, folded: str) -> list[Hit[V]]:
        """Every whole-word occurrence of every key, in text order (overlaps included)."""
        if not self.size:
            return []
        padded = " " + word_text(folded) + " "
        hits: list[Hit[V]] = []
        for end_index, (key, prefix_len, body_len, suffix_len, fused) in self._automaton.iter(padded):
            # padded[i + 1] is folded[i]; the pattern opens with a space just before the word
            word_start = end_index - (prefix_len + body_len + suffix_len) - 1
            start = word_start + prefix_len
            end = start + body_len
            hits.append(Hit(start, end, word_start, end + suffix_len, key, self._values[key], fused))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def longest(hits: Iterable[Hit[V]]) -> list[Hit[V]]:
    """Non-overlapping hits, longest first (ties: earlier first), returned in text order."""
    chosen: list[Hit[V]] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if any(hit.word_start < b and a < hit.word_end for a, b in taken):
            continue
        chosen.append(hit)
        taken.append((hit.word_start, hit.word_end))
    return sorted(chosen, key=lambda h: h.start)


__all__ = ["PROCLITICS", "PRONOUN_SUFFIXES", "Hit", "Matcher", "longest", "word_text"]
