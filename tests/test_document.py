"""Span's written-out constructor (document.py) behaves as the generated frozen dataclass one did."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, replace

import pytest

from rasd.document import Span


def test_span_holds_its_offsets_and_compares_by_value() -> None:
    span = Span(3, 10)
    assert (span.start, span.end) == (3, 10)
    assert span == Span(3, 10) and hash(span) == hash(Span(3, 10))
    assert span != Span(3, 11)
    assert repr(span) == "Span(start=3, end=10)"
    assert Span(start=2, end=2) == Span(2, 2)  # empty spans are allowed


@pytest.mark.parametrize(("start", "end"), [(5, 4), (-1, 3), (-2, -1)])
def test_span_refuses_a_bad_range(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="bad span"):
        Span(start, end)


def test_span_stays_frozen() -> None:
    span = Span(1, 2)
    with pytest.raises(FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    assert span == Span(1, 2)


def test_span_copies_and_replaces() -> None:
    span = Span(1, 2)
    assert replace(span, end=5) == Span(1, 5)
    with pytest.raises(ValueError, match="bad span"):
        replace(span, start=3)
    assert pickle.loads(pickle.dumps(span)) == span
    assert copy.deepcopy(span) == span
