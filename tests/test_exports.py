"""Exports of merged events: the ACLED CSV (round trip, codes), GeoJSON, and the flat CSV, JSON lines and Parquet."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.exports import (
    ACLED_COLUMNS,
    FLAT_NAMES,
    ExportError,
    acled_problem,
    acled_row,
    countries,
    flat_row,
    parquet_schema,
    read_acled_csv,
    to_geojson,
    write_acled_csv,
    write_csv,
    write_jsonl,
    write_parquet,
)
from rasd.merge import Merged, Reported, merge, near_duplicates
from rasd.pipeline import extract_record
from rasd.read import Record

from .test_merge import reported, texts

REQUEST = (
    "mofa-0312-1",
    date(2024, 3, 12),
    "طالبت وزارة الخارجية اللبنانية، في بيان صدر في بيروت اليوم الثلاثاء، مجلس الأمن الدولي بالتحرك لوقف الاعتداءات الإسرائيلية على جنوب لبنان.",
)


def _events() -> list[Merged]:
    article_id, published, text = REQUEST
    doc = extract_record(Record(article_id, text, "text", "utf-8", published=published, outlet="الوكالة الوطنية"))
    request = [Reported(article_id, "الوكالة الوطنية", published, i, e) for i, e in enumerate(doc.events)]
    return merge([*reported(), *request], near_duplicates(texts()))


def _by_place(events: list[Merged], canonical: str) -> Merged:
    return next(e for e in events if e.location and e.location["canonical"] == canonical)


def test_countries_table() -> None:
    iraq = countries()["IQ"]
    assert (iraq.iso3, iraq.numeric, iraq.name, iraq.region) == ("IRQ", 368, "Iraq", "Middle East")
    assert countries()["LBN"] is countries()["LB"]
    assert countries()["SD"].region == "Northern Africa"


def test_only_acled_events_that_happened_somewhere_are_exported() -> None:
    events = _events()
    assert [e.plover for e in events if acled_problem(e)] == ["REQUEST"]
    request = next(e for e in events if e.plover == "REQUEST")
    assert acled_problem(request) == "REQUEST has no ACLED type"
    with pytest.raises(ExportError, match="not an ACLED event: REQUEST has no ACLED type"):
        acled_row(request)
    strike = _by_place(events, "Bent Jbail")
    assert acled_problem(replace(strike, modality="planned")) == "a planned event did not happen"
    assert acled_problem(replace(strike, location=None)) == "no place with a country"
    assert acled_problem(replace(strike, date=None, date_precision=None)) == "no date"


def test_acled_row_of_the_bint_jbeil_strike() -> None:
    strike = _by_place(_events(), "Bent Jbail")
    row = acled_row(strike)
    assert tuple(row) == ACLED_COLUMNS
    assert row["event_id_cnty"] == f"LBN{int(strike.id[3:], 16)}"
    assert row | {"event_id_cnty": "", "notes": ""} == {
        "event_id_cnty": "",
        "event_date": "2024-03-12",
        "year": "2024",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Israel Defense Forces",
        "assoc_actor_1": "",
        "inter1": "8",  # state forces outside their own country
        "actor2": "Hezbollah",
        "assoc_actor_2": "",
        "inter2": "2",
        "interaction": "28",
        "civilian_targeting": "",
        "iso": "422",
        "region": "Middle East",
        "country": "Lebanon",
        "admin1": "Nabatieh",
        "admin2": "",
        "admin3": "",
        "location": "Bent Jbail",
        "latitude": "33.1186",
        "longitude": "35.4334",
        "geo_precision": "1",
        "source": "LBCI; i24NEWS; الأخبار; العربي الجديد; النهار; National News Agency (Lebanon); Israel Defense Forces",
        "source_scale": "National-International",
        "notes": "",
        "fatalities": "2",
        "tags": "fatalities reported=2-4",  # with the month report of raids nearby
        "timestamp": "1710892800",  # 2024-03-20 00:00 UTC, the last report
    }
    assert row["notes"].startswith("قُتل شخصان، اليوم الثلاثاء، جراء غارة")


def test_acled_codes_for_protesters_and_civilians() -> None:
    events = _events()
    protest = acled_row(_by_place(events, "Basrah"))
    assert (protest["disorder_type"], protest["actor1"], protest["inter1"], protest["interaction"]) == (
        "Demonstrations",
        "Protesters (Iraq)",
        "6",
        "60",
    )
    assert (protest["geo_precision"], protest["fatalities"], protest["tags"]) == ("1", "0", "fatalities=no report")
    baalbek = _by_place(events, "Baalbek")
    civilians = {"text": "مدنيين", "canonical": None, "country": "LBN", "role": "civilians"}
    row = acled_row(replace(baalbek, actor2=civilians))
    assert (row["actor2"], row["inter2"], row["interaction"], row["civilian_targeting"]) == (
        "Civilians (Lebanon)",
        "7",
        "78",
        "Civilian targeting",
    )
    assert row["actor1"] == "Military Forces of Israel"
    assert row["tags"] == "fatalities=no report; injuries=5"
    riot = acled_row(replace(_by_place(events, "Basrah"), acled=("Riots", "Mob violence")))
    assert (riot["disorder_type"], riot["actor1"], riot["inter1"]) == (
        "Political violence; Demonstrations",
        "Rioters (Iraq)",
        "5",
    )


def test_acled_csv_round_trip(tmp_path: Path) -> None:
    events = _events()
    path = tmp_path / "acled.csv"
    assert write_acled_csv(path, events) == 3
    with path.open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == ACLED_COLUMNS
    assert read_acled_csv(path) == [acled_row(e) for e in events if acled_problem(e) is None]


def test_acled_csv_to_a_stream() -> None:
    buffer = io.StringIO()
    assert write_acled_csv(buffer, _events()) == 3
    assert buffer.getvalue().splitlines()[0] == ",".join(ACLED_COLUMNS)


def test_read_acled_csv_refuses_other_files(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ExportError, match="header is not the ACLED columns"):
        read_acled_csv(other)
    with pytest.raises(ExportError, match="cannot read"):
        read_acled_csv(tmp_path / "missing.csv")


def test_writing_where_one_cannot_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_acled_csv(tmp_path / "no" / "such" / "dir.csv", _events())
    with pytest.raises(ExportError, match="cannot write"):
        write_parquet(tmp_path / "no" / "such" / "dir.parquet", _events())


def test_geojson_is_a_valid_feature_collection() -> None:
    events = _events()
    unplaced = replace(events[0], id="ev-000000000000", location=None)
    collection = json.loads(json.dumps(to_geojson([*events, unplaced]), ensure_ascii=False))
    assert collection["type"] == "FeatureCollection"
    assert collection["omitted"] == ["ev-000000000000"]
    assert [f["id"] for f in collection["features"]] == [e.id for e in events]
    for feature, event in zip(collection["features"], events, strict=True):
        assert feature["type"] == "Feature"
        assert event.location is not None
        assert feature["geometry"] == {"type": "Point", "coordinates": [event.location["lon"], event.location["lat"]]}
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert set(feature["properties"]) == set(FLAT_NAMES) - {"latitude", "longitude"}
    bint_jbeil = next(f for f in collection["features"] if f["properties"]["location"] == "Bent Jbail")
    assert bint_jbeil["geometry"]["coordinates"] == [35.4334, 33.1186]  # lon, lat


def test_flat_row() -> None:
    strike = _by_place(_events(), "Bent Jbail")
    row = flat_row(strike)
    assert tuple(row) == FLAT_NAMES
    assert row["members"] == "akhbar-0312-1#0; arabi-0320-4#0; i24-0312-3#0; lbci-0312-9#0; nahar-0313-7#0"
    assert (row["fatalities"], row["fatalities_min"], row["fatalities_max"]) == (2, 2, 4)
    assert (row["n_members"], row["n_outlets"]) == (5, 5)
    assert row["source_kinds"] == "anonymous; official; outlet_own; wire"
    assert row["explanations"] == "\n".join(strike.explanations)


def test_parquet_reads_back_the_same_rows(tmp_path: Path) -> None:
    events = _events()
    path = tmp_path / "events.parquet"
    assert write_parquet(path, events) == len(events)
    table = pq.read_table(path)
    assert table.schema.equals(parquet_schema())
    assert table.to_pylist() == [flat_row(e) for e in events]


def test_flat_csv_and_jsonl_read_back(tmp_path: Path) -> None:
    events = _events()
    expected = [flat_row(e) for e in events]
    assert write_csv(tmp_path / "events.csv", events) == len(events)
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [tuple(r) for r in rows] == [FLAT_NAMES] * len(events)
    assert rows == [{k: "" if v is None else str(v) for k, v in row.items()} for row in expected]
    assert write_jsonl(tmp_path / "events.jsonl", events) == len(events)
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected
