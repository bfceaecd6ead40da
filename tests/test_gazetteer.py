from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import DataFileError
from rasd.gazetteer import COLUMNS, FACILITY_KINDS, REGION_KINDS, facilities, load_places, regions

HEADER = "\t".join(COLUMNS) + "\n"
AIN_AL_ASAD = "iq-ain-al-asad-airbase\tقاعدة عين الأسد\tعين الأسد|قاعدة عين الاسد\tAl-Asad Airbase\tbase\tIQ\tAnbar\t33.79\t42.44\t\n"


def test_shipped_gazetteer_loads_and_knows_the_bases() -> None:
    by_id = {p.id: p for p in facilities()}
    asad = by_id["iq-ain-al-asad-airbase"]
    assert (asad.country, asad.admin1, asad.kind) == ("IQ", "Anbar", "base")
    assert abs(asad.lat - 33.8) < 0.1 and abs(asad.lon - 42.44) < 0.1
    assert "عين الأسد" in asad.names
    assert {p.kind for p in regions()} == {"region", "sea"}
    assert len(facilities()) > 300
    # Warshefana, named by the press as a side in Tripoli's fighting, is an area of Jafara, not a town
    warshefana = {p.id: p for p in regions()}["ly-warshefana"]
    assert (warshefana.kind, warshefana.country, warshefana.admin1) == ("region", "LY", "Jafara")
    assert "منطقة ورشفانة" in warshefana.names


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "facilities.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_same_spelling_within_a_row_is_kept_once(tmp_path: Path) -> None:
    (place,) = load_places(write(tmp_path, AIN_AL_ASAD), FACILITY_KINDS)
    assert place.names == ("قاعدة عين الأسد", "عين الأسد")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (AIN_AL_ASAD.replace("\tbase\t", "\tfort\t"), "kind 'fort' is not one of"),
        (AIN_AL_ASAD.replace("\tIQ\t", "\tIRQ\t"), "country 'IRQ' must be an ISO 3166-1 alpha-2 code"),
        (AIN_AL_ASAD.replace("33.79", "3379"), "outside the Middle East and North Africa"),
        (AIN_AL_ASAD.replace("42.44", "east"), "are not numbers"),
        (AIN_AL_ASAD.replace("iq-ain-al-asad-airbase", "Ain Asad"), "must look like"),
        (AIN_AL_ASAD.replace("عين الأسد|", "عين \ufe8d\ufedf\ufe84\ufeb4\ufeaa|"), "U+FE8D"),
        (AIN_AL_ASAD + AIN_AL_ASAD, "duplicate id 'iq-ain-al-asad-airbase' (first on line 2)"),
        (
            AIN_AL_ASAD + AIN_AL_ASAD.replace("iq-ain-al-asad-airbase", "iq-other"),
            "already names iq-ain-al-asad-airbase",
        ),
    ],
)
def test_bad_rows_are_reported_with_their_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(DataFileError) as err:
        load_places(write(tmp_path, row), FACILITY_KINDS)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{tmp_path / 'facilities.tsv'}:{err.value.line}:")
    assert err.value.line >= 2


CAPE = "za-cape\tرأس الرجاء الصالح\t\tCape of Good Hope\tsea\tZA\t\t-34.36\t18.47\t\n"


def test_only_rows_of_countries_beyond_the_region_may_lie_beyond_its_box(tmp_path: Path) -> None:
    (cape,) = load_places(write(tmp_path, CAPE), REGION_KINDS)
    assert (cape.country, cape.lat) == ("ZA", -34.36)
    # a region of a country outside the region (Balochistan, Helmand) lies where it lies, as that country's cities
    (region,) = load_places(write(tmp_path, CAPE.replace("\tsea\t", "\tregion\t")), REGION_KINDS)
    assert region.kind == "region"
    with pytest.raises(DataFileError, match="outside the Middle East and North Africa"):
        load_places(write(tmp_path, CAPE.replace("\tsea\t", "\tregion\t").replace("\tZA\t", "\tYE\t")), REGION_KINDS)
    # a sea row of the region still lies in the region's box
    with pytest.raises(DataFileError, match="outside the Middle East and North Africa"):
        load_places(write(tmp_path, CAPE.replace("\tZA\t", "\tYE\t")), REGION_KINDS)
