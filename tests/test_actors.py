from __future__ import annotations

from pathlib import Path

import pytest

from rasd.actors import COLUMNS, actors, load_actors
from rasd.errors import DataFileError
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
