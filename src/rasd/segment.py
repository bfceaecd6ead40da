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
from dataclasses import replace

from rasd.document import Document, Sentence, Span, TextView, Token

_OPEN_CLOSE = {"«": "»", "“": "”", "(": ")", "[": "]", "{": "}"}
_SYMMETRIC = {'"'}
_ENDERS = set(".!?؟…")
_CLAUSE = set("،؛:;")
_WORD = re.compile(r"[^\W_]+(?:[.,٫٬][0-9٠-٩]+)*", re.U)
_LIST_NUMBER = re.compile(r"^\s*[0-9٠-٩]{1,3}[.)-]\s")
_PROCLITICS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_MIN_STEM = 3


def _sentence_ranges(line: str) -> list[tuple[int, int]]:
    """Sentence ranges inside one line of body text."""
    out: list[tuple[int, int]] = []
    start = 0
    stack: list[str] = []
    skip_until = 0
    list_number = _LIST_NUMBER.match(line)
    if list_number:
        skip_until = list_number.end()
    n = len(line)
    i = 0
    while i < n:
        ch = line[i]
        if ch in _OPEN_CLOSE:
            stack.append(_OPEN_CLOSE[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in _SYMMETRIC:
            if stack and stack[-1] == ch:
                stack.pop()
            elif ch in line[i + 1 :]:
                stack.append(ch)
        elif ch in _ENDERS and i >= skip_until:
            if ch == "." and 0 < i < n - 1 and line[i - 1].isdigit() and line[i + 1].isdigit():
                i += 1
                continue
            if stack and _closes_later(line, i, stack):
                i += 1
                continue
            stack.clear()
            end = i + 1
            while end < n and (line[end] in _ENDERS or line[end] in "\"'»”)]"):
                end += 1
            out.append((start, end))
            while end < n and line[end].isspace():
                end += 1
            start = end
            i = end
            continue
        i += 1
    if start < n and line[start:].strip():
        out.append((start, len(line.rstrip())))
    return [(a, b) for a, b in out if line[a:b].strip()]


def _closes_later(line: str, i: int, stack: list[str]) -> bool:
    return all(closer in line[i + 1 :] for closer in stack)


def _clause_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    depth = 0
    a = start
    for i in range(start, end):
        ch = text[i]
        if ch in "«(“[":
            depth += 1
        elif ch in "»)”]" and depth:
            depth -= 1
        elif ch in _CLAUSE and depth == 0:
            if text[a:i].strip():
                out.append(_trim(text, a, i))
            a = i + 1
    if text[a:end].strip():
        out.append(_trim(text, a, end))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


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
    tokens: list[Token] = []
    text = body.text
    line_start = 0
    for line in text.split("\n"):
        for a, b in _sentence_ranges(line):
            s, e = line_start + a, line_start + b
            clauses = tuple(body.to_raw(x, y) for x, y in _clause_ranges(text, s, e))
            sentences.append(Sentence(body.to_raw(s, e), clauses))
        line_start += len(line) + 1
    for m in _WORD.finditer(text):
        span = body.to_raw(m.start(), m.end())
        stems = tuple(_stem_raw(body, m.start(), cut) for cut in stem_offsets(m.group()))
        tokens.append(Token(span, stems))
    return replace(doc, sentences=tuple(sentences), tokens=tuple(tokens))


def _stem_raw(body: TextView, word_start: int, cut: int) -> int:
    return body.starts[word_start + cut]


__all__ = ["Span", "segment", "stem_offsets"]
