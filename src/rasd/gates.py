"""Word gates for regexes: words one of which a text must hold for a pattern to match anywhere in it.

Most rule patterns open at a word's start (`(?<!\\w)`) with a short list of spellings: "(?<!\\w)[وف]?(?:ال)?(?:قتل|
اغتال)(?!\\w)". Python's `re` has no literal prefix to scan for in such a pattern, so a search tries every
alternative at every word of the text. Every match of such a pattern holds a whole word of the text (a run of
`[^\\W_]`, as the events stage splits words) that is one of a finite set of spellings, read here from the compiled
pattern itself: the word it opens with, and any word it must hold after a space or after `(?<!\\w)` further on ("
+الي(?!\\w)"). A text lacking every spelling of one such set cannot match, so the search is skipped: set tests
against the sentence's words instead of a scan. Patterns whose shape tells no such set (unbounded runs of letters,
wildcards, digit runs alone) get no gate and are always searched.
"""

from __future__ import annotations

import importlib
import math
import re
from functools import cache
from itertools import product
from typing import Any

# re's own parser: the compiled pattern's structure (CPython's, with no stub in typeshed, hence read as Any; a Python
# without it gets no gates, and searches everything)
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:
    _parser = _c = None

_LETTER = re.compile(r"[^\W_]")  # a character of a word, as the events stage splits words
_WORD_CHAR = re.compile(r"\w")
_MAX_STATES = 4000  # spellings followed at once; beyond it, no gate
_MAX_UNIONS = 16  # word sets a choice between alternatives gives at most
_MAX_REPEATS = 8  # a bounded repeat still open after this many rounds gets no gate
_NOT_STARTED = ""  # (the state before the pattern's word start, told apart by `started`)

# a state: (spelling so far, started, closed). Not started: no word start asserted yet; started: the word opened at
# the match's start (after `(?<!\w)`) and the spelling holds its letters so far; closed: the word has ended.
_State = tuple[str, bool, bool]


class _NoGate(Exception):
    """The pattern's shape does not tell the words a match opens with."""


def _is_word_boundary_class(items: Any) -> bool:
    """Whether a parsed subpattern is exactly `\\w` (one character class holding only the word category)."""
    if len(items) != 1:
        return False
    op, av = items[0]
    return bool(op is _c.IN and len(av) == 1 and av[0][0] is _c.CATEGORY and av[0][1] is _c.CATEGORY_WORD)


def _chars(op: Any, av: Any) -> list[str]:
    """The characters a LITERAL or a small, plain class (literals and short ranges) matches."""
    if op is _c.LITERAL:
        return [chr(av)]
    out: list[str] = []
    for item_op, item_av in av:
        if item_op is _c.LITERAL:
            out.append(chr(item_av))
        elif item_op is _c.RANGE and item_av[1] - item_av[0] <= 64:
            out.extend(chr(i) for i in range(item_av[0], item_av[1] + 1))
        else:  # a negation, a category, a wide range
            raise _NoGate
    return out


def _step_chars(chars: list[str], states: set[_State]) -> set[_State]:
    letters = [ch for ch in chars if _LETTER.fullmatch(ch)]
    others = [ch for ch in chars if not _WORD_CHAR.fullmatch(ch)]
    if len(letters) + len(others) != len(chars):
        raise _NoGate  # "_": a word character that splits the events stage's words
    out: set[_State] = set()
    for state in states:
        text, started, closed = state
        if closed:
            out.add(state)
            continue
        if not started:
            raise _NoGate  # a character consumed before any word start
        for ch in letters:
            out.add((text + ch, True, False))
        if others:
            if not text:
                raise _NoGate  # the match would open with a non-word character
            out.add((text, True, True))
    return out


def _step(items: Any, states: set[_State]) -> set[_State]:
    for op, av in items:
        if all(closed for _, _, closed in states):
            return states  # what follows the first word does not change it
        if op is _c.LITERAL or op is _c.IN:
            states = _step_chars(_chars(op, av), states)
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _NoGate
            states = _step(sub, states)
        elif op is _c.ATOMIC_GROUP:
            states = _step(av, states)  # (matches a subset of what the plain group does)
        elif op is _c.BRANCH:
            out: set[_State] = set()
            for alternative in av[1]:
                out |= _step(alternative, states)
            states = out
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            states = _repeat(av, states)
        elif op is _c.ASSERT_NOT and _is_word_boundary_class(av[1]):
            if av[0] == -1:  # (?<!\w): the word starts here
                kept: set[_State] = set()
                for state in states:
                    text, started, closed = state
                    if not started:
                        kept.add(("", True, False))
                    elif closed or not text:
                        kept.add(state)
                    # (after a letter, (?<!\w) never holds: the path matches nothing)
                states = kept
            else:  # (?!\w): the word ends here
                states = {(text, started, closed or started) for text, started, closed in states}
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # another look-around only narrows the matches
        elif op is _c.AT and av in (_c.AT_END, _c.AT_END_STRING):
            states = {(text, started, closed or started) for text, started, closed in states}
        else:
            raise _NoGate
        if len(states) > _MAX_STATES:
            raise _NoGate
    return states


def _repeat(av: Any, states: set[_State]) -> set[_State]:
    low, high, sub = av
    out = set(states) if low == 0 else set()
    current = states
    rounds = 0
    while True:
        rounds += 1
        current = _step(sub, current)
        if rounds >= low:
            out |= current
        if rounds >= low and all(closed for _, _, closed in current):
            return out  # more rounds leave closed words as they are
        if (high is not _c.MAXREPEAT and rounds >= high) or not current:
            return out
        if rounds >= _MAX_REPEATS:
            raise _NoGate


def _apart_before(items: Any, i: int) -> bool:
    """Whether a match of the sequence `items` always has a character outside words (a space, a comma) right before
    its item `i`, consumed by the items before it: a word may open at item i."""
    if i == 0:
        return False  # (what stands before the sequence is not known here)
    op, av = items[i - 1]
    if op is _c.LITERAL or op is _c.IN:
        try:
            chars = _chars(op, av)
        except _NoGate:
            return False
        return all(not _WORD_CHAR.fullmatch(ch) for ch in chars)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _apart_before(sub, len(sub)) and (low >= 1 or _apart_before(items, i - 1))
    if op is _c.SUBPATTERN:
        return _apart_before(av[3], len(av[3]))
    if op is _c.BRANCH:
        return all(_apart_before(alternative, len(alternative)) for alternative in av[1])
    if op is _c.ASSERT or op is _c.ASSERT_NOT:
        return _apart_before(items, i - 1)  # (takes no character)
    return False


def _word_at(items: Any, state: _State) -> frozenset[str] | None:
    """The spellings of the word a match of `items` opens at its start (from `state`), if it tells them."""
    try:
        states = _step(items, {state})
    except _NoGate:
        return None
    if not states or any(not closed or not text for text, _, closed in states):
        return None  # a match may end inside the word, or hold none
    return frozenset(text for text, _, _ in states)


def _conditions(items: Any) -> list[frozenset[str]]:
    """Word sets every match of the sequence `items` holds one word of (each set on its own)."""
    found: list[frozenset[str]] = []
    for i, (op, av) in enumerate(items):
        words = None
        if op is _c.ASSERT_NOT and av[0] == -1 and _is_word_boundary_class(av[1]):  # (?<!\w): a word opens here
            words = _word_at(items[i:], (_NOT_STARTED, False, False))
        elif _apart_before(items, i):
            words = _word_at(items[i:], ("", True, False))
        if words is not None:
            found.append(words)
        # what a group that must match holds, a match holds
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            found.extend(_conditions(av[3]))
        elif op is _c.ATOMIC_GROUP:
            found.extend(_conditions(av))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_conditions(av[2]))
        elif op is _c.BRANCH:
            each = [_conditions(alternative) for alternative in av[1]]
            if all(each):
                # (A1 and B1) or (A2 and B2) holds (A1 or A2), (A1 or B2), (B1 or A2), (B1 or B2): one word of each
                # union of a set per alternative (of the smallest sets only, past a few combinations)
                if math.prod(len(c) for c in each) > _MAX_UNIONS:
                    each = [[min(c, key=len)] for c in each]
                found.extend(frozenset().union(*choice) for choice in product(*each))
    return found


@cache
def word_gate(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Word sets (whole words: runs of `[^\\W_]`) every match of `pattern` holds one word of, each; empty if the
    pattern's shape tells none. Sound only for a search over the whole text the words are of (a `pos`/`endpos`
    cut may end a word early)."""
    if pattern.flags & ~re.UNICODE or _parser is None:
        return ()  # IGNORECASE, ASCII and the like change what the spellings match
    try:
        found = _conditions(_parser.parse(pattern.pattern, pattern.flags))
    except RecursionError:  # (a deeply nested pattern)
        return ()
    kept = {words for words in found if not any(other < words for other in found)}  # (a superset tells no more)
    return tuple(sorted(kept, key=lambda words: (len(words), sorted(words))))


# the gates by the pattern's id: hashing a compiled pattern hashes its whole code, on every call (each entry keeps
# its pattern alive, so an id is never another pattern's)
_BY_ID: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], ...]]] = {}


def gate_of(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """word_gate(pattern), looked up by the pattern's id."""
    entry = _BY_ID.get(id(pattern))
    if entry is None:
        entry = _BY_ID[id(pattern)] = (pattern, word_gate(pattern))
    return entry[1]


def may_match(pattern: re.Pattern[str], words: frozenset[str]) -> bool:
    """False only if `pattern` cannot match anywhere in a text whose words (runs of `[^\\W_]`) are `words`."""
    # (asked some fifty times a sentence, nearly always answered False: a plain loop, no generator, no call)
    entry = _BY_ID.get(id(pattern))
    for needed in entry[1] if entry is not None else gate_of(pattern):  # noqa: SIM110 (all() builds a generator)
        if words.isdisjoint(needed):
            return False
    return True


def searches(pattern: re.Pattern[str], text: str, words: frozenset[str]) -> bool:
    """Whether `pattern` matches anywhere in `text`, whose words are `words`: no search where they rule it out."""
    # (may_match inlined: this is the events stage's busiest call, and the gate rules the search out 19 times in 20)
    entry = _BY_ID.get(id(pattern))
    for needed in entry[1] if entry is not None else gate_of(pattern):
        if words.isdisjoint(needed):
            return False
    return pattern.search(text) is not None
