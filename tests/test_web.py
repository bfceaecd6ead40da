"""The web page's server side (rasd.web, and the routes rasd.api adds for it) and its basemap data.
The page itself is tested in a real browser by tests/test_web_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.read import iter_inputs
from rasd.store import open_store
from rasd.web import OVERVIEW_FIELDS, Mark, marks, static_dir

REPO = Path(__file__).resolve().parents[1]
XSS = REPO / "tests" / "data" / "xss-article.jsonl"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'rasd.db'}"
    with open_store(url) as store:
        store.ingest(iter_inputs([str(REPO / "examples"), str(XSS)]))
    return url


@pytest.fixture(scope="module")
def client(store_url: str) -> TestClient:
    return TestClient(create_app(store_url, token=None))


def decoded(data: dict[str, Any]) -> list[dict[str, Any]]:
    """GET /overview's columns back into one dict per event, as app.js reads them."""
    out = []
    for i in range(data["n"]):
        row = {name: data["columns"][name][i] for name in OVERVIEW_FIELDS}
        for name, values in data["values"].items():
            row[name] = None if row[name] is None else values[row[name]]
        row["place"] = data["places"][row["place"]] if row["place"] is not None else None
        for name in ("actor1", "actor2"):
            row[name] = data["actors"][row[name]] if row[name] is not None else None
        out.append(row)
    return out


def _bint_jbeil(client: TestClient) -> dict[str, Any]:
    (story,) = [e for e in decoded(client.get("/overview").json()) if e["place"][0] == "بنت جبيل"]
    detail: dict[str, Any] = client.get(f"/events/{story['id']}").json()
    return detail


def test_overview_columns(client: TestClient) -> None:
    response = client.get("/overview", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    data = response.json()
    assert sorted(data["columns"]) == sorted(OVERVIEW_FIELDS)
    rows = decoded(data)
    assert len(rows) == data["n"] == 5  # the four example stories and the hostile article
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    (story,) = [r for r in rows if r["place"] == ["بنت جبيل", "Bent Jbail", "city"]]
    assert {k: story[k] for k in ("date", "precision", "plover", "acled_sub_type", "country", "admin1")} == {
        "date": "2024-10-15",
        "precision": "day",
        "plover": "ASSAULT",
        "acled_sub_type": "Air/drone strike",
        "country": "LB",
        "admin1": "Nabatieh",
    }
    # three outlets told it; their sources were an army, a news agency and the outlet itself
    assert story["outlets"] == 3
    assert story["source_kinds"] == ["official", "outlet_own", "wire"]
    # each actor: as written, its English name, and the folded text the actor filter searches (إ → ا, ئ → ي)
    assert story["actor1"] == ["الجيش الإسرائيلي", "Israel Defense Forces", "الجيش الاسراييلي\nisrael defense forces"]
    assert (story["fatalities"], story["injuries"]) == (2, 3)
    assert data["fold"]["إ"] == "ا" and data["fold"]["ئ"] == "ي"
    assert re.fullmatch(data["drop"], "\u064e")  # fatha is dropped
    # without gzip the same data
    assert json.loads(client.get("/overview", headers={"Accept-Encoding": "identity"}).content) == data


def test_overview_is_rebuilt_when_the_store_changes(db_url: str) -> None:
    """On SQLite and on PostgreSQL (whose driver hands JSON columns over already decoded)."""
    with TestClient(create_app(db_url, token="t")) as writer:
        assert writer.get("/overview").json()["n"] == 0
        posted = writer.post(
            "/articles",
            headers={"Authorization": "Bearer t"},
            json={
                "text": "قُتل ثلاثة مدنيين، اليوم الأحد، جراء قصف مدفعي استهدف بلدة كفرنبل في ريف إدلب الجنوبي.",
                "published": "2023-10-08",
            },
        )
        assert posted.status_code == 201
        (event,) = decoded(writer.get("/overview").json())
        assert (event["date"], event["plover"], event["place"][1], event["fatalities"]) == (
            "2023-10-08",
            "ASSAULT",
            "Kafranbel",
            3,
        )


def test_event_detail_marks_the_evidence(client: TestClient) -> None:
    detail = _bint_jbeil(client)
    by_outlet = {m["outlet"]: m for m in detail["mentions"]}
    akhbar = by_outlet["الأخبار"]
    assert akhbar["evidence"].startswith("استهدفت مسيّرة إسرائيلية، مساء أمس الثلاثاء")
    spans = [(m["kind"], akhbar["evidence"][m["start"] : m["end"]], m["value"]) for m in akhbar["marks"]]
    assert spans == [
        ("trigger", "استهدفت", None),
        ("actor1", "مسيّرة إسرائيلية", None),
        ("date", "مساء أمس الثلاثاء", "2024-10-15"),
        ("place", "بنت جبيل", None),
        ("actor2", "مواطنين", None),
    ]


def test_marks_do_not_overlap_and_the_trigger_wins() -> None:
    evidence = "قُتل شخصان، مساء أمس الثلاثاء، بغارة شنتها طائرة مسيّرة إسرائيلية على بنت جبيل."
    reported = {
        "evidence": evidence,
        "start": 100,
        "trigger": {"text": "غارة شنتها طائرة مسيّرة", "start": 100 + 32, "end": 100 + 55},
        "actor1": {"text": "طائرة مسيّرة إسرائيلية"},  # inside the trigger's span: not marked again
        "actor2": {"text": "شخصان"},
        "locations": [{"text": "بنت جبيل"}],
    }
    assert evidence[32:55] == "غارة شنتها طائرة مسيّرة" and evidence[70:78] == "بنت جبيل"
    assert marks(reported, "2024-10-16") == [
        Mark("actor2", 5, 10),
        Mark("date", 12, 29, "2024-10-15"),
        Mark("trigger", 32, 55),
        Mark("place", 70, 78),
    ]
    # no publication date: no anchor, so no date marks rather than dates resolved against today
    assert [m.kind for m in marks(reported, None)] == ["actor2", "trigger", "place"]


def test_article_text_is_plain_text(client: TestClient) -> None:
    detail = _bint_jbeil(client)
    article_id = detail["mentions"][0]["article_id"]
    response = client.get(f"/articles/{article_id}/text")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert detail["mentions"][0]["evidence"] in response.text
    missing = client.get("/articles/nope/text")
    assert missing.status_code == 404 and "no article" in missing.json()["detail"]


def test_page_and_its_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    # nothing from another origin, and no inline script: hostile article text cannot run
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert '<script type="module" src="/static/app.js">' in page.text
    for name in ("app.js", "map.js", "timeline.js", "i18n.js", "app.css", "basemap.json"):
        assert client.get(f"/static/{name}").status_code == 200, name
    assert client.get("/static/../web.py").status_code == 404


def test_page_files_load_nothing_from_outside() -> None:
    for path in Path(str(static_dir())).iterdir():
        text = path.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, path.name


def test_basemap_covers_the_region() -> None:
    data = json.loads((Path(str(static_dir())) / "basemap.json").read_text(encoding="utf-8"))
    west, south, east, north = data["box"]
    names = {c["name"] for c in data["countries"]}
    for country in ("Iraq", "Syria", "Lebanon", "Israel", "Palestine", "Jordan", "Egypt", "Libya", "Morocco", "Yemen"):
        assert country in names, country
    admin1 = {a["name"] for a in data["admin1"]}
    assert {"Ninawa", "Al-Anbar", "Aleppo", "Gaza Strip", "West Bank", "Beirut"} <= admin1
    step = data["step"]
    for shape in data["countries"] + data["admin1"]:
        for ring in shape["rings"]:
            assert len(ring) % 2 == 0 and len(ring) >= 6
            # the first point is absolute and inside the box; the rest are deltas
            lon, lat = ring[0] * step, ring[1] * step
            assert west - 0.01 <= lon <= east + 0.01 and south - 0.01 <= lat <= north + 0.01
