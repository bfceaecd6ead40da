"""Word gates for regexes: the words one of which a text must hold for a pattern to match anywhere in it.

Most rule patterns open at a word's start (`(?<!\\w)`) with a short list of spellings: "(?<!\\w)[وف]?(?:ال)?(?:قتل|
اغتال)(?!\\w)". Python's `re` has no literal prefix to scan for in such a pattern, so a search tries every
alternative at every word of the text. Every match of such a pattern begins with a whole word of the text (a run
of `[^\\W_]`, as the events stage splits words) that is one of a finite set of spellings, read here from the
compiled pattern itself. A text none of whose words is among them cannot match, so the search is skipped: a set
test against the sentence's words instead of a scan. Patterns whose shape does not tell such a set (an unbounded
run of letters, a wildcard, a digit run with no word start before it) get no gate, and are always searched.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

# re's own parser: the compiled pattern's structure (no stub in typeshed, hence read as Any)
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_LETTER = re.compile(r"[^\W_]")  # a character of a word, as the events stage splits words
_WORD_CHAR = re.compile(r"\w")
_MAX_STATES = 4000  # spellings followed at once; beyond it, no gate
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


@cache
def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words one of which every match of `pattern` opens with (whole words: runs of `[^\\W_]`), or None if
    the pattern's shape does not tell them. Sound only for a search over the whole text the words are of (a
    `pos`/`endpos` cut may end a word early)."""
    if pattern.flags & ~re.UNICODE:
        return None  # IGNORECASE, ASCII and the like change what the spellings match
    try:
        states = _step(_parser.parse(pattern.pattern, pattern.flags), {(_NOT_STARTED, False, False)})
    except _NoGate:
        return None
    if not states or any(not closed or not text for text, _, closed in states):
        return None  # a match may end inside its first word, or hold none
    return frozenset(text for text, _, _ in states)


def may_match(pattern: re.Pattern[str], words: frozenset[str]) -> bool:
    """False only if `pattern` cannot match anywhere in a text whose words (runs of `[^\\W_]`) are `words`."""
    first = first_words(pattern)
    return first is None or not words.isdisjoint(first)
