"""rasd.gates: the words a pattern's every match must hold, read from the pattern, and the gated search that skips a
pattern whose words a sentence lacks. A wrong gate would silently drop a rule's match, so the gates are checked
against a plain search over every event case's sentence."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from rasd import events
from rasd.document import Span
from rasd.gates import may_match, searches, word_gate
from rasd.normalise import end_with_marks, fold
from rasd.pipeline import extract_record
from rasd.read import Record

from .test_events import CASES


def _sets(pattern: str, flags: int = 0) -> list[list[str]]:
    return [sorted(words) for words in word_gate(re.compile(pattern, flags))]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a word list behind optional conjunctions: every spelling a match can hold
        (r"(?<!\w)[وف]?(?:قتل|اغتال)(?!\w)", [["اغتال", "فاغتال", "فقتل", "قتل", "واغتال", "وقتل"]]),
        # two words, each needed: two sets, the smaller first
        (r"(?<!\w)(?:بعد|عقب) +الي(?!\w)", [["الي"], ["بعد", "عقب"]]),
        # a word after a space further on holds too
        (r"[^.]{0,40} عن +(?:مقتل|اصابه)(?!\w)", [["عن"], ["اصابه", "مقتل"]]),
        # no word end: "قتل" may open "قتلى", so no whole word is known
        (r"(?<!\w)قتل", []),
        # digits alone tell no word; the word after them may run on
        (r"\d+ قتيل", []),
        # flags change what the spellings match: no gate
        (r"(?<!\w)abc(?!\w)", [["abc"]]),
    ],
)
def test_word_gate(pattern: str, expected: list[list[str]]) -> None:
    assert _sets(pattern) == expected


def test_ignorecase_has_no_gate() -> None:
    assert _sets(r"(?<!\w)abc(?!\w)", re.IGNORECASE) == []


def test_may_match_and_searches() -> None:
    pattern = re.compile(r"(?<!\w)(?:بعد|عقب) +الي(?!\w)")
    text = "وصل الوفد بعد الي العاصمة"
    words = frozenset(re.findall(r"[^\W_]+", text))
    assert may_match(pattern, words) and searches(pattern, text, words)
    other = "وصل الوفد امس"
    assert not may_match(pattern, frozenset(re.findall(r"[^\W_]+", other)))
    assert not searches(pattern, other, frozenset(re.findall(r"[^\W_]+", other)))


_PATTERNS = sorted(
    ((name, value) for name, value in vars(events).items() if isinstance(value, re.Pattern)), key=lambda p: p[0]
)


def test_the_events_stage_has_gated_patterns() -> None:
    gated = [name for name, pattern in _PATTERNS if word_gate(pattern)]
    assert len(_PATTERNS) > 300 and len(gated) > 200, (len(_PATTERNS), len(gated))


def test_gates_never_skip_a_match() -> None:
    """Every event case's sentence, folded as the events stage folds it: a gated search finds what a plain search
    finds, for every gated pattern of the events stage (an ungated one is always searched)."""
    gated = [(name, pattern) for name, pattern in _PATTERNS if word_gate(pattern)]
    wrong: list[Any] = []
    for case in CASES:
        text = fold(case["text"], keep_taa_marbuta=True).text
        words = frozenset(w for _, _, w in events._words_of(text))
        for name, pattern in gated:
            if searches(pattern, text, words) != (pattern.search(text) is not None):
                wrong.append((case["id"], name))
    assert not wrong, wrong[:10]


def test_kept_raw_spans_are_the_computed_ones() -> None:
    """SentenceView.raw_span keeps each span by its folded range: asked again (and over event cases' words,
    one word or several), it gives the span the offset maps give."""
    wrong: list[Any] = []
    for case in CASES[::40]:  # (a spread of them: each runs the whole extract)
        doc = extract_record(Record("case", case["text"], "text", "utf-8", published=case["published"]))
        for sentence in doc.sentences:
            view = events._view(doc, sentence, doc.mentions)
            ranges = [(a, b) for a, b, _ in view.words]
            ranges += [(a, d) for (a, _), (_, d) in itertools.pairwise(ranges)]
            for a, b in ranges + ranges:
                if view.plain:
                    expected = Span(view.start + a, view.start + b)
                else:
                    x, y = view.folded.source_range(a, b)
                    expected = Span(view.start + x, view.start + end_with_marks(view.text, y))
                if view.raw_span(a, b) != expected:
                    wrong.append((case["id"], a, b))
    assert not wrong, wrong[:10]
