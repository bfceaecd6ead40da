from __future__ import annotations

from pathlib import Path

import pytest

from rasd.actors import COLUMNS, SEAT_COLUMNS, actors, load_actors, load_seats, seats
from rasd.errors import DataFileError
from rasd.gazetteer import countries, country_places, place_stoplist
from rasd.normalise import fold_text

HEADER = "\t".join(COLUMNS) + "\n"
ROW = "irq-pmf\tPopular Mobilization Forces\tIRQ\tmilitary\tORG\tهيئة الحشد الشعبي|الحشد الشعبي\t\n"


def test_shipped_actor_dictionary_loads() -> None:
    by_name = {fold_text(n): a for a in actors() for n in a.names}
    centcom = by_name[fold_text("سنتكوم")]
    assert (centcom.country, centcom.role) == ("USA", "military")
    houthis = by_name[fold_text("الحوثيون")]
    assert (houthis.country, houthis.role) == ("YEM", "armed_group")
    assert by_name[fold_text("رويترز")].role == "media"
    assert len(actors()) > 500


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "actors.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (ROW.replace("\tmilitary\t", "\tmilitia\t"), "role 'militia' is not one of"),
        (ROW.replace("\tORG\t", "\tGROUP\t"), "type 'GROUP' is not one of"),
        (ROW.replace("\tIRQ\t", "\tIQ\t"), "country 'IQ' must be an ISO 3166-1 alpha-3 code"),
        (ROW.replace("irq-pmf", "IRQ PMF"), "must be lowercase ascii"),
        (ROW + ROW, "duplicate id 'irq-pmf' (first on line 2)"),
        (ROW + ROW.replace("irq-pmf", "irq-other"), "already names irq-pmf"),
        (ROW.replace("|الحشد الشعبي", "|الحشد  الشعبي"), "stray or double spaces"),
    ],
)
def test_bad_rows_are_reported_with_their_line(tmp_path: Path, rows: str, message: str) -> None:
    with pytest.raises(DataFileError) as err:
        load_actors(write(tmp_path, rows))
    assert message in str(err.value)
    assert str(err.value).startswith(f"{tmp_path / 'actors.tsv'}:{err.value.line}:")


# Country rows of places.tsv that are no sovereign state (dependencies, overseas parts, uninhabited lands, states in
# free association and the disputed Western Sahara, whose declared republic is its own row, esh-sadr): they need no
# state actor. Every other country place is a state that acts in the news ("أعلنت سلوفينيا الاعتراف بدولة فلسطين").
_NOT_STATE_CODES = (
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU "
    "PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT"
)
NOT_STATES = frozenset(_NOT_STATE_CODES.split())
# Place spellings that name the land, not the state acting, or are also an adjective ("صربية", Serbian).
NOT_STATE_NAMES = frozenset(
    fold_text(n)
    for n in (
        "الأراضي الفلسطينية",
        "الأراضي الفلسطينية المحتلة",
        "صربية",
        # Israel's land as the Lebanese press and Palestinian papers name it (probe100)
        "فلسطين المحتلة",
        "الداخل المحتل",
        "الداخل الفلسطيني المحتل",
    )
)


def test_every_state_in_the_places_is_a_state_actor() -> None:
    by_name = {fold_text(n): a for a in actors() for n in a.names}
    stop = place_stoplist()
    missing: list[str] = []
    for place in {p.id: p for p in country_places().values()}.values():
        if place.country in NOT_STATES:
            continue
        iso3 = countries()[place.country].iso3
        for name in place.names:
            key = fold_text(name)
            if key in stop or key in NOT_STATE_NAMES:
                continue
            actor = by_name.get(key)
            if actor is None or (actor.country, actor.role, actor.type) != (iso3, "government", "GPE"):
                missing.append(f"{place.country} {iso3} {name}: {actor.id if actor else None}")
    assert not missing, "\n".join(missing)


def test_shipped_seats_load() -> None:
    assert seats()["UN Security Council"] == "us-city-new-york-city"
    assert seats()["UN Human Rights Council"] == "ch-city-geneva"
    assert seats()["Arab League"] == "eg-city-cairo"


SEAT_HEADER = "\t".join(SEAT_COLUMNS) + "\n"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("un-security-council\tus-city-new-york-city\t\n", "actor 'un-security-council' is no id of actors.tsv"),
        ("unsc\tus-city-new-york\t\n", "place 'us-city-new-york' is no id of the gazetteer"),
        ("unsc\tus-city-new-york-city\t\nunsc\tch-city-geneva\t\n", "actor 'unsc' has a seat already (line 2)"),
        ("unsc\t\t\n", "column 'place' is empty"),
    ],
)
def test_bad_seats_are_reported_with_their_line(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "seats.tsv"
    path.write_text(SEAT_HEADER + rows, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_seats(path, actors(), frozenset({"us-city-new-york-city", "ch-city-geneva"}))
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:{err.value.line}:")
