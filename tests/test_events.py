"""The events stage against a table of real-style Arabic news sentences (tests/data/event_cases.yaml).

Each case is a short article body with its publication date and the events a careful coder
would record. Only the fields a case lists are compared, but each of them exactly; the
number of events must match too, so a spurious event fails as surely as a missing one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from rasd.pipeline import extract_record
from rasd.read import Record

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "event_cases.yaml").read_text(encoding="utf-8")
)


def _subset(expected: Any, got: Any, where: str) -> None:
    """Every key the case names must be equal in the output (nested dicts and lists likewise)."""
    if isinstance(expected, dict):
        assert isinstance(got, dict), f"{where}: expected an object, got {got!r}"
        for key, value in expected.items():
            _subset(value, got.get(key), f"{where}.{key}")
    elif isinstance(expected, list) and expected and isinstance(expected[0], dict):
        assert isinstance(got, list) and len(got) == len(expected), f"{where}: {got!r}"
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            _subset(e, g, f"{where}[{i}]")
    else:
        if isinstance(expected, date):
            expected = expected.isoformat()
        assert got == expected, f"{where}: expected {expected!r}, got {got!r}"


def _extract(case: dict[str, Any]) -> list[dict[str, Any]]:
    record = Record("case", case["text"], "text", "utf-8", published=case["published"])
    return list(extract_record(record).events)


def test_the_table_covers_every_plover_type() -> None:
    types = {e["plover"] for case in CASES for e in case["events"]}
    assert len(CASES) >= 20
    assert any(not case["events"] for case in CASES), "the table must hold sentences that are not events"
    assert {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "REQUEST", "ACCUSE", "THREATEN", "AGREE"} <= types


def _params() -> list[Any]:
    """Cases marked `known_gap` state the right coding the system does not reach yet: they must fail
    (strict xfail), so fixing one shows up as a test to promote."""
    return [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(strict=True, reason=c["known_gap"]))
        if c.get("known_gap")
        else pytest.param(c, id=c["id"])
        for c in CASES
    ]


def test_known_gaps_are_few() -> None:
    assert sum(1 for c in CASES if c.get("known_gap")) <= len(CASES) // 4


@pytest.mark.parametrize("case", _params())
def test_event_case(case: dict[str, Any]) -> None:
    got = _extract(case)
    summary = [(e["plover"], e["trigger"]["text"], [loc["text"] for loc in e["locations"]]) for e in got]
    assert len(got) == len(case["events"]), f"events found: {summary}"
    for i, (expected, event) in enumerate(zip(case["events"], got, strict=True)):
        _subset(expected, event, f"event[{i}]")
        text = case["text"]
        assert text[event["start"] : event["end"]] == event["evidence"]
        assert text[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]


def test_actor_and_source_records_are_immutable() -> None:
    from rasd.document import Span
    from rasd.events import Participant, Source

    army = Participant(Span(5, 22), "الجيش الإسرائيلي", "Israel Defense Forces", "ISR", "military")
    with pytest.raises(AttributeError):
        army.role = "government"  # type: ignore[misc]
    assert army._replace(role="government").role == "government" and army.role == "military"
    said = Source(Span(0, 4), "قال", "official", None, speaker=army)
    with pytest.raises(AttributeError):
        said.kind = "anonymous"  # type: ignore[misc]
    assert said.record() == {"text": "قال", "kind": "official", "canonical": None}
