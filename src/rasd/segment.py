"""Sentences, clauses and clitic-aware tokens over the cleaned body.

Sentence ends are . ! ? ؟ … and line ends, but not a point inside a number
(2.5), after a list number at the start of a line ("1."), or inside a quotation
that closes later on the same line: a quoted statement stays in the sentence
that reports it. Clauses split at ، ؛ and : outside quotes. Tokens are words;
each notes where its stem may start after the proclitics و ف ب ل ك, the article
ال, and لل (ل + ال).
"""

from __future__ import annotations

import re
from array import array
from dataclasses import replace
from itertools import accumulate

from rasd.document import Document, Sentence, Span, Token, Tokens
from rasd.normalise import WORD_MARKS

_OPEN_CLOSE = {"«": "»", "“": "”", "(": ")", "[": "]", "{": "}"}
_SYMMETRIC = {'"'}
_ENDERS = set(".!?؟…")
# a word (a number keeps its decimal point), in a group so that a split keeps it; a diacritic inside a word
# ("العُمانية"، "المسيّرة") does not cut it in two
_WORD_SPLIT = re.compile(rf"((?:[^\W_]|[{WORD_MARKS}])+(?:[.,٫٬][0-9٠-٩]+)*)", re.U)
# the same for a text with no "_" (nearly every one): one class instead of a choice of two per character, which `re`
# repeats twice as fast
_WORD_SPLIT_NO_UNDERSCORE = re.compile(rf"([\w{WORD_MARKS}]+(?:[.,٫٬][0-9٠-٩]+)*)")
_LIST_NUMBER = re.compile(r"^\s*[0-9٠-٩]{1,3}[.)-]\s")
_PROCLITICS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_MIN_STEM = 3


_SPECIAL = re.compile(r'[«“(\[{»”)\]}"]|[.!?؟…]+["\'»”)\]]*')


def sentence_ranges(line: str) -> list[tuple[int, int]]:
    """Sentence ranges inside one line of body text (only punctuation is visited, not every character)."""
    out: list[tuple[int, int]] = []
    start = 0
    stack: list[str] = []
    list_number = _LIST_NUMBER.match(line)
    skip_until = list_number.end() if list_number else 0
    n = len(line)
    for m in _SPECIAL.finditer(line):
        i = m.start()
        ch = line[i]
        if ch in _OPEN_CLOSE:
            stack.append(_OPEN_CLOSE[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in _SYMMETRIC:
            if line.find('"', i + 1) >= 0:
                stack.append(ch)
        elif ch in _ENDERS and i >= skip_until and i >= start:
            if ch == "." and m.end() - i == 1 and 0 < i < n - 1 and line[i - 1].isdigit() and line[i + 1].isdigit():
                continue  # a decimal point
            if stack and all(line.find(closer, m.end()) >= 0 for closer in stack):
                continue  # inside a quotation that closes later on this line
            stack.clear()
            out.append((start, m.end()))
            start = m.end()
            while start < n and line[start].isspace():
                start += 1
    if start < n and line[start:].strip():
        out.append((start, len(line.rstrip())))
    return out  # each range holds its ender or, the last, some text: none is blank


_CLAUSE_MARK = re.compile(r"[«“(\[»”)\]،؛:;]")


def _clause_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    depth = 0
    a = start
    for m in _CLAUSE_MARK.finditer(text, start, end):
        ch = m.group()
        if ch in "«(“[":
            depth += 1
        elif ch in "»)”]":
            depth = max(0, depth - 1)
        elif depth == 0:
            _add_trimmed(out, text, a, m.start())
            a = m.end()
    _add_trimmed(out, text, a, end)
    return out


def _add_trimmed(out: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    """Add [a, b) of text without its surrounding whitespace, unless that is all it holds."""
    part = text[a:b]
    kept = part.strip()
    if kept:
        first = a + len(part) - len(part.lstrip())
        out.append((first, first + len(kept)))


def stem_offsets(word: str) -> tuple[int, ...]:
    """Where a word's stem may start once proclitics are removed (0 always included).

    "وبغداد" -> (0, 1, 2): و, then ب, could be clitics; the names stage decides by lookup.
    A stem keeps at least three letters, so "بعد" is never read as ب + عد.
    """
    cuts = [0]
    i = 0
    if len(word) - 1 >= _MIN_STEM and word[0] in _PROCLITICS:
        i = 1
        cuts.append(i)
    if len(word) - i - 1 >= _MIN_STEM and word[i] in _PREPOSITIONS:
        if word.startswith("لل", i) and len(word) - i - 2 >= _MIN_STEM:
            cuts.append(i + 2)  # لل = ل + ال: the stem lost its alef
        i += 1
        cuts.append(i)
    if word.startswith("ال", i) and len(word) - i - 2 >= _MIN_STEM:
        cuts.append(i + 2)
    return tuple(sorted(set(cuts)))


def segment(doc: Document) -> Document:
    """Fill sentences (with clauses) and tokens from the body view."""
    body = doc.body
    if body is None:
        return doc
    sentences: list[Sentence] = []
    text = body.text
    starts, ends = body.starts, body.ends
    line_start = 0
    for line in text.split("\n"):
        for a, b in sentence_ranges(line):
            s, e = line_start + a, line_start + b
            # body.to_raw of each range, written out: every range here holds a character
            clauses = tuple(Span(starts[x], max(ends[y - 1], starts[x])) for x, y in _clause_ranges(text, s, e))
            sentences.append(Sentence(Span(starts[s], max(ends[e - 1], starts[s])), clauses))
        line_start += len(line) + 1
    # the words from one split, their offsets from running sums of the pieces' lengths (the pieces alternate
    # between what stands between words and the words themselves): no match object per word
    split = _WORD_SPLIT_NO_UNDERSCORE.split if "_" not in text else _WORD_SPLIT.split
    offsets = list(accumulate(map(len, split(text)), initial=0))
    tokens = Tokens(
        array("i", map(starts.__getitem__, offsets[1:-1:2])),
        array("i", [ends[b - 1] for b in offsets[2::2]]),
    )
    return replace(doc, sentences=tuple(sentences), tokens=tokens)


def token_stems(raw: str, token: Token) -> tuple[int, ...]:
    """Raw offsets where `token` may start once proclitics are removed ("وبابل" -> و، ب، then بابل)."""
    word = raw[token.span.start : token.span.end]
    if len(word) != token.span.end - token.span.start:
        return (token.span.start,)
    return tuple(token.span.start + cut for cut in stem_offsets(word))


__all__ = ["segment", "stem_offsets", "token_stems"]
