from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import DataFileError
from rasd.resources import data_path, read_tsv
from rasd.time import lexicon, load_time_lexicon

VALID = data_path("time.yaml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "time.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_shipped_time_lexicon_loads() -> None:
    lex = lexicon()
    assert lex.gregorian_months["تشرين الاول"] == 10
    assert lex.gregorian_months["جويليه"] == 7
    assert lex.gregorian_months["اوت"] == 8
    assert lex.hijri_months["رمضان"] == 9
    assert lex.weekdays["الاربعاء"] == 2
    assert lex.numbers["ثلاثه"] == 3


def test_duplicate_spelling_after_folding_is_reported_with_its_line(tmp_path: Path) -> None:
    text = VALID.replace("[أبريل, نيسان, أفريل]", "[أبريل, نيسان, أفريل, إبريل]")
    line = text.splitlines().index(next(x for x in text.splitlines() if "إبريل" in x)) + 1
    with pytest.raises(DataFileError) as err:
        load_time_lexicon(write(tmp_path, text))
    assert err.value.line == line
    assert "'إبريل' is listed twice" in str(err.value)


def test_presentation_forms_are_rejected(tmp_path: Path) -> None:
    text = VALID.replace("[مارس, آذار]", "[مارس, \ufe81\ufeab\ufe8d\ufead]")
    with pytest.raises(DataFileError, match=r"time\.yaml:\d+: .*U\+FE81"):
        load_time_lexicon(write(tmp_path, text))


def test_month_number_out_of_range(tmp_path: Path) -> None:
    text = VALID.replace("  12: [ديسمبر, كانون الأول,", "  13: [ديسمبر, كانون الأول,")
    with pytest.raises(DataFileError, match="must be a number from 1 to 12"):
        load_time_lexicon(write(tmp_path, text))


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    text = VALID.replace("  3: [مارس, آذار]", "  2: [مارس, آذار]")
    with pytest.raises(DataFileError, match="duplicate key 2"):
        load_time_lexicon(write(tmp_path, text))


def test_missing_section(tmp_path: Path) -> None:
    text = VALID.replace("hijri_markers:", "hijri_marks:")
    with pytest.raises(DataFileError, match="missing section 'hijri_markers'"):
        load_time_lexicon(write(tmp_path, text))


def test_tsv_reports_wrong_cell_count(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("id\tname\n# comment\nbgd\tبغداد\nbad\tالبصرة\textra\n", encoding="utf-8")
    rows = read_tsv(path, ("id", "name"))
    assert next(rows).cells == {"id": "bgd", "name": "بغداد"}
    with pytest.raises(DataFileError, match=r"places\.tsv:4: expected 2 tab-separated cells, found 3"):
        next(rows)


def test_tsv_header_must_match(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("id\tarabic\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"x\.tsv:1: header must be id \| name"):
        list(read_tsv(path, ("id", "name")))


def test_vowelled_place_needs_its_marks(tmp_path: Path) -> None:
    from rasd.names import load_rules

    text = data_path("names.yaml").read_text(encoding="utf-8")
    line = text.splitlines().index("  عُمان: سلطنة عمان") + 1
    path = tmp_path / "names.yaml"
    path.write_text(text.replace("  عُمان: سلطنة عمان", "  عمان: سلطنة عمان"), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_rules(path)
    assert err.value.line == line
    assert "needs its vowel marks" in str(err.value)
    assert load_rules().vowelled_places == {"عُمان": "سلطنه عمان"}
