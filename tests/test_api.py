"""The HTTP API (rasd.api) through FastAPI's TestClient, on SQLite and on PostgreSQL (the `db_url` fixture)."""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rasd import exports
from rasd.api import create_app
from rasd.cli import main
from rasd.store import LATEST_VERSION, StoreError, content_hash, open_store

with warnings.catch_warnings():
    # Starlette now prefers httpx2 under its TestClient and warns when it finds httpx; httpx is what rasd's
    # dev dependencies install, and it works.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

TOKEN = "test-token-3f9a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# ── articles ─────────────────────────────────────────────────────────────────────────────────────────────

# Five outlets, March 2024: shelling in Idlib, a protest in Basra, an attack on a checkpoint in Diyala,
# and one drone strike on a car in Bint Jbeil told by two outlets (one merged event with two reports).
ARTICLES: list[dict[str, str]] = [
    {
        "id": "enab-kafranbel",
        "outlet": "عنب بلدي",
        "published": "2024-03-05",
        "url": "https://example.org/enab/2024/03/05/kafranbel",
        "text": "قُتل ثلاثة مدنيين، بينهم طفلة، وأصيب أربعة آخرون، مساء أمس الاثنين، جراء قصف مدفعي لقوات النظام استهدف بلدة كفرنبل في ريف إدلب الجنوبي، بحسب ما أفاد به الدفاع المدني السوري.\n\nوقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت أنقاض منزل سكني.\n",
    },
    {
        "id": "shafaq-basra-protest",
        "outlet": "شفق نيوز",
        "published": "2024-03-07",
        "url": "https://example.org/shafaq/2024/03/07/basra",
        "text": "تظاهر مئات من أهالي محافظة البصرة، صباح اليوم الخميس، أمام مبنى ديوان المحافظة احتجاجاً على انقطاع التيار الكهربائي وشح مياه الشرب.\n\nورفع المحتجون لافتات تطالب الحكومة المحلية بمحاسبة المسؤولين عن تردي الخدمات.\n",
    },
    {
        "id": "sumaria-diyala",
        "outlet": "السومرية نيوز",
        "published": "2024-03-09",
        "url": "https://example.org/sumaria/2024/03/09/diyala",
        "text": "قُتل جنديان عراقيان وأصيب ثالث، مساء أمس الجمعة، بهجوم شنه مسلحون على نقطة تفتيش في قضاء المقدادية بمحافظة ديالى.\n\nوقال مصدر أمني إن قوة مشتركة بدأت عملية تفتيش في المنطقة بحثاً عن المهاجمين.\n",
    },
    {
        "id": "nahar-bintjbeil",
        "outlet": "النهار",
        "published": "2024-03-12",
        "url": "https://example.org/nahar/2024/03/12/bint-jbeil",
        "text": "قُتل شخصان وأصيب ثلاثة آخرون، اليوم الثلاثاء، في غارة نفذتها مسيّرة إسرائيلية على سيارة في بلدة بنت جبيل جنوبي لبنان، بحسب ما أفادت الوكالة الوطنية للإعلام.\n\nوتشهد المنطقة الحدودية تبادلاً شبه يومي لإطلاق النار منذ أشهر.\n",
    },
    {
        "id": "akhbar-bintjbeil",
        "outlet": "الأخبار",
        "published": "2024-03-12",
        "url": "https://example.org/akhbar/2024/03/12/car-strike",
        "text": "استهدفت طائرة مسيّرة إسرائيلية، ظهر اليوم الثلاثاء، سيارة في بلدة بنت جبيل، ما أدى إلى مقتل شخصين وإصابة ثلاثة بجروح.\n\nوقالت مصادر محلية إن فرق الإسعاف نقلت الجرحى إلى مستشفى المدينة.\n",
    },
]

# Posted as text/plain, with its date and outlet in the query string.
SANAA = "شنت طائرات حربية غارات جوية على مواقع في محيط مطار صنعاء الدولي، فجر اليوم السبت، بحسب ما أفاد سكان محليون.\n\nولم ترد أنباء فورية عن سقوط ضحايا.\n"
SANAA_QUERY = {"published": "2024-03-16", "outlet": "سبأ", "id": "saba-sanaa"}

TEXTS = {a["id"]: a["text"] for a in ARTICLES} | {"saba-sanaa": SANAA}


# ── fixtures ─────────────────────────────────────────────────────────────────────────────────────────────

MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(db_url: str) -> Iterator[MakeClient]:
    """TestClients over apps on the same fresh store; each is closed (and its engine disposed) afterwards."""
    clients: list[TestClient] = []

    def make(token: str | None = TOKEN, **limits: int) -> TestClient:
        client = TestClient(create_app(db_url, token, **limits))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    return make_client()


def post_all(client: TestClient) -> dict[str, dict[str, Any]]:
    """Post every test article (JSON, and SANAA as text/plain); the responses by article id."""
    out = {}
    for article in ARTICLES:
        response = client.post("/articles", json=article, headers=AUTH)
        assert response.status_code == 201, response.text
        out[article["id"]] = response.json()
    response = client.post(
        "/articles", params=SANAA_QUERY, content=SANAA.encode("utf-8"), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert response.status_code == 201, response.text
    out["saba-sanaa"] = response.json()
    return out


@pytest.fixture
def loaded(client: TestClient) -> TestClient:
    post_all(client)
    return client


def all_events(client: TestClient, **params: str) -> list[dict[str, Any]]:
    response = client.get("/events", params={**params, "limit": "500"})
    assert response.status_code == 200, response.text
    assert response.json()["next"] is None
    return list(response.json()["events"])


# ── health and auth ──────────────────────────────────────────────────────────────────────────────────────


def test_health(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "schema_version": LATEST_VERSION, "articles": 0, "events": 0}
    post_all(client)
    health = client.get("/health").json()
    assert (health["articles"], health["events"]) == (6, len(all_events(client)))
    assert health["events"] >= 5


def test_post_needs_the_token(client: TestClient) -> None:
    article = ARTICLES[0]
    missing = client.post("/articles", json=article)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    assert "Authorization: Bearer" in missing.json()["detail"]
    assert client.post("/articles", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/articles", json=article, headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401
    assert client.get("/health").json()["articles"] == 0  # nothing was stored


def test_post_refused_without_a_configured_token(db_url: str, make_client: MakeClient) -> None:
    open_store(db_url).close()  # a read-only API does not create the store
    client = make_client(token=None)
    response = client.post("/articles", json=ARTICLES[0], headers=AUTH)
    assert response.status_code == 403
    assert "rasd serve --token" in response.json()["detail"]
    assert client.get("/health").json()["articles"] == 0


def test_read_only_app_needs_an_existing_sqlite_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        create_app(f"sqlite:///{tmp_path / 'missing.db'}", None)


# ── posting articles ─────────────────────────────────────────────────────────────────────────────────────


def test_post_json_article_then_again(client: TestClient) -> None:
    article = ARTICLES[0]
    first = client.post("/articles", json=article, headers=AUTH)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["article_id"] == content_hash(article["text"])
    assert body["new"] is True
    (event_id,) = body["events"]
    event = client.get(f"/events/{event_id}").json()
    assert (event["plover"], event["location"]["country"], event["location"]["admin1"]) == ("ASSAULT", "SY", "Idlib")
    assert event["outlets"] == ["عنب بلدي"]

    again = client.post("/articles", json=article, headers=AUTH)
    assert again.status_code == 200
    assert again.json() == {"article_id": body["article_id"], "new": False, "events": [event_id]}
    assert client.get("/health").json()["articles"] == 1


def test_concurrent_posts_are_one_at_a_time(client: TestClient, db_url: str) -> None:
    """Posts from several threads at once: each ingest and its rebuild run alone, and the store ends as
    after posting one by one."""
    with ThreadPoolExecutor(max_workers=len(ARTICLES)) as pool:
        responses = list(pool.map(lambda a: client.post("/articles", json=a, headers=AUTH), ARTICLES))
    assert [r.status_code for r in responses] == [201] * len(ARTICLES)
    assert client.get("/health").json()["articles"] == len(ARTICLES)
    with open_store(db_url) as store:
        assert not store.needs_merge()
        merged = [e.id for e in store.events()]
    assert [e["id"] for e in all_events(client)] == merged
    (strike,) = all_events(client, country="LB")
    assert sorted(strike["outlets"]) == ["الأخبار", "النهار"]


def test_post_raw_text_article(client: TestClient) -> None:
    response = client.post(
        "/articles",
        params=SANAA_QUERY,
        content=SANAA.encode("utf-8"),
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 201, response.text
    (event_id,) = response.json()["events"]
    detail = client.get(f"/events/{event_id}").json()
    assert (detail["plover"], detail["location"]["country"], detail["date"]) == ("ASSAULT", "YE", "2024-03-16")
    (mention,) = detail["mentions"]
    assert (mention["source_id"], mention["outlet"], mention["published"]) == ("saba-sanaa", "سبأ", "2024-03-16")


def test_post_raw_windows_1256_and_html(client: TestClient) -> None:
    text = ARTICLES[2]["text"]
    response = client.post(
        "/articles",
        params={"published": "2024-03-09"},
        content=text.encode("cp1256"),
        headers={**AUTH, "Content-Type": "text/plain; charset=windows-1256"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["article_id"] == content_hash(text)  # stored as the decoded text
    page = f"<html><body><h1>غارة على بنت جبيل</h1><p>{ARTICLES[3]['text']}</p></body></html>"
    response = client.post(
        "/articles", params={"published": "2024-03-12"}, content=page, headers={**AUTH, "Content-Type": "text/html"}
    )
    assert response.status_code == 201, response.text
    (event_id,) = response.json()["events"]
    assert client.get(f"/events/{event_id}").json()["location"]["country"] == "LB"


@pytest.mark.parametrize(
    ("payload", "loc", "message"),
    [
        ({"text": ARTICLES[0]["text"], "published": "2024-13-05"}, ["body", "published"], "not a date"),
        ({"text": ARTICLES[0]["text"], "published": "5/3/2024"}, ["body", "published"], "YYYY-MM-DD"),
        ({"id": "no-text", "published": "2024-03-05"}, ["body"], 'give the article as "text"'),
        ({"text": "a", "html": "<p>b</p>"}, ["body"], "not both"),
        ({"text": "   "}, ["body"], "empty"),
        ({"text": ARTICLES[0]["text"], "publised": "2024-03-05"}, ["body", "publised"], "Extra inputs"),
        ({"text": 42}, ["body", "text"], "valid string"),
    ],
)
def test_post_validation_errors(client: TestClient, payload: dict[str, Any], loc: list[str], message: str) -> None:
    response = client.post("/articles", json=payload, headers=AUTH)
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == loc
    assert message in error["msg"]
    assert client.get("/health").json()["articles"] == 0


def test_post_other_422s_and_415(client: TestClient) -> None:
    bad_json = client.post("/articles", content=b'{"text": ', headers={**AUTH, "Content-Type": "application/json"})
    assert bad_json.status_code == 422
    assert bad_json.json()["detail"][0]["type"] == "json_invalid"
    mixed = client.post("/articles", params={"published": "2024-03-05"}, json=ARTICLES[0], headers=AUTH)
    assert mixed.status_code == 422
    assert mixed.json()["detail"][0]["loc"] == ["query", "published"]
    bad_date = client.post(
        "/articles", params={"published": "2024-02-30"}, content=SANAA, headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert bad_date.status_code == 422
    assert bad_date.json()["detail"][0]["loc"] == ["query", "published"]
    empty = client.post("/articles", content=b"  \n", headers={**AUTH, "Content-Type": "text/plain"})
    assert empty.status_code == 422
    assert "empty" in empty.json()["detail"][0]["msg"]
    pdf = client.post("/articles", content=b"%PDF-1.7 ...", headers={**AUTH, "Content-Type": "text/plain"})
    assert pdf.status_code == 422
    assert "PDF" in pdf.json()["detail"][0]["msg"]
    image = client.post("/articles", content=b"\x89PNG", headers={**AUTH, "Content-Type": "image/png"})
    assert image.status_code == 415


def test_post_that_cannot_be_extracted(client: TestClient, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_record: Any) -> Any:
        raise RuntimeError("the extractor broke")

    monkeypatch.setattr("rasd.pipeline.extract_record", broken)
    response = client.post("/articles", json=ARTICLES[0], headers=AUTH)
    assert response.status_code == 422
    assert "the extractor broke" in response.json()["detail"]
    assert client.get("/health").json()["articles"] == 0
    with open_store(db_url) as store:
        (failure,) = store.failures()
    assert failure.record_id == ARTICLES[0]["id"]


def test_post_over_the_size_limit(make_client: MakeClient) -> None:
    client = make_client(max_body_bytes=2_000)
    big = {"text": ARTICLES[0]["text"] * 6}
    response = client.post("/articles", json=big, headers=AUTH)
    assert response.status_code == 413
    assert "2,000-byte limit" in response.json()["detail"]
    # no Content-Length (chunked): counted as it arrives
    chunks = iter([SANAA.encode("utf-8")] * 10)
    chunked = client.post("/articles", content=chunks, headers={**AUTH, "Content-Type": "text/plain"})
    assert chunked.status_code == 413
    # under the limit it goes in
    assert client.post("/articles", json=ARTICLES[0], headers=AUTH).status_code == 201
    assert client.get("/health").json()["articles"] == 1


# ── listing events ───────────────────────────────────────────────────────────────────────────────────────


def _place(event: dict[str, Any]) -> dict[str, Any]:
    return dict(event["location"] or {})


def test_events_filters(loaded: TestClient) -> None:
    every = all_events(loaded)
    ids = [e["id"] for e in every]
    assert len(every) >= 5
    assert [e["date"] for e in every] == sorted(e["date"] for e in every)  # (date, id) order; all dated here

    def check(params: dict[str, str], keep: Callable[[dict[str, Any]], bool], expect_at_least: int = 1) -> None:
        found = [e["id"] for e in all_events(loaded, **params)]
        assert found == [i for i, e in zip(ids, every, strict=True) if keep(e)], params
        assert len(found) >= expect_at_least, params

    check({"country": "IQ"}, lambda e: _place(e).get("country") == "IQ", 2)
    check({"country": "iq"}, lambda e: _place(e).get("country") == "IQ", 2)
    check({"admin1": "Diyala"}, lambda e: _place(e).get("admin1") == "Diyala")
    check({"since": "2024-03-07", "until": "2024-03-12"}, lambda e: "2024-03-07" <= e["date"] <= "2024-03-12", 3)
    check({"type": "PROTEST"}, lambda e: e["plover"] == "PROTEST")
    check({"type": "assault", "country": "LB"}, lambda e: e["plover"] == "ASSAULT" and _place(e).get("country") == "LB")
    check(
        {"actor": "syrian arab army"},
        lambda e: "syrian arab army" in str((e["actor1"] or {}).get("canonical", "")).lower(),
    )
    check(
        {"bbox": "35.0,33.0,37.0,36.0"},
        lambda e: (
            e["location"] is not None and 35.0 <= e["location"]["lon"] <= 37.0 and 33.0 <= e["location"]["lat"] <= 36.0
        ),
        2,
    )
    assert all_events(loaded, since="2025-01-01") == []


def test_events_filter_errors(loaded: TestClient) -> None:
    for params, field in [
        ({"since": "2024-3-1"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"country": "SYR"}, "country"),
        ({"type": "BOMBING"}, "type"),
        ({"bbox": "35,33,37"}, "bbox"),
        ({"bbox": "37,33,35,36"}, "bbox"),
        ({"bbox": "nan,33,37,36"}, "bbox"),
        ({"limit": "0"}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ]:
        response = loaded.get("/events", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"][0]["loc"] == ["query", field], params
        assert loaded.get("/export.csv", params=params).status_code == (200 if field in ("limit", "cursor") else 422)


def test_events_pages(make_client: MakeClient) -> None:
    client = make_client(max_page=4)
    post_all(client)
    every = [e["id"] for e in all_events_paged(client)]
    assert len(every) >= 5

    first = client.get("/events", params={"limit": "4"})
    assert first.status_code == 200
    page1 = first.json()
    assert [e["id"] for e in page1["events"]] == every[:4]
    assert isinstance(page1["next"], str)
    second = client.get("/events", params={"limit": "4", "cursor": page1["next"]})
    assert second.status_code == 200
    page2 = second.json()
    assert [e["id"] for e in page2["events"]] == every[4:8]
    assert page2["next"] is None

    over = client.get("/events", params={"limit": "5"})
    assert over.status_code == 422
    assert over.json()["detail"][0]["loc"] == ["query", "limit"]
    # a cursor continues only the listing it came from
    other = client.get("/events", params={"limit": "4", "cursor": page1["next"], "country": "IQ"})
    assert other.status_code == 422
    assert "other filters" in other.json()["detail"][0]["msg"]


def all_events_paged(client: TestClient, **params: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        page = client.get("/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        out += page["events"]
        cursor = page["next"]
        if cursor is None:
            return out


def test_filtered_pages_with_limit_one(loaded: TestClient) -> None:
    expected = [e["id"] for e in all_events(loaded, country="IQ")]
    assert [e["id"] for e in all_events_paged(loaded, country="IQ", limit="1")] == expected


def test_cursor_after_a_remerge_is_a_conflict(client: TestClient) -> None:
    """A report joining an event gives the merged event a new id; a cursor pointing after the old id says so."""
    for article in ARTICLES[:4]:
        assert client.post("/articles", json=article, headers=AUTH).status_code == 201
    sanaa = client.post("/articles", params=SANAA_QUERY, content=SANAA, headers={**AUTH, "Content-Type": "text/plain"})
    assert sanaa.status_code == 201  # a later event, so Bint Jbeil's is not the last
    ids = [e["id"] for e in all_events(client)]
    (bint_jbeil,) = [e["id"] for e in all_events(client, country="LB")]
    position = ids.index(bint_jbeil) + 1
    page = client.get("/events", params={"limit": str(position)}).json()
    assert page["events"][-1]["id"] == bint_jbeil
    assert page["next"] is not None
    assert client.post("/articles", json=ARTICLES[4], headers=AUTH).status_code == 201  # the second report
    response = client.get("/events", params={"limit": str(position), "cursor": page["next"]})
    assert response.status_code == 409
    assert "first page" in response.json()["detail"]


# ── one event ────────────────────────────────────────────────────────────────────────────────────────────


def test_event_with_mentions_and_evidence(loaded: TestClient) -> None:
    (strike,) = all_events(loaded, country="LB")
    detail = loaded.get(f"/events/{strike['id']}")
    assert detail.status_code == 200
    event = detail.json()
    assert {k: event[k] for k in strike} == strike
    assert (event["plover"], event["fatalities"], event["injuries"]) == ("ASSAULT", 2, 3)
    assert sorted(m["source_id"] for m in event["mentions"]) == ["akhbar-bintjbeil", "nahar-bintjbeil"]
    for mention in event["mentions"]:
        article = next(a for a in ARTICLES if a["id"] == mention["source_id"])
        assert mention["article_id"] == content_hash(article["text"])
        assert (mention["outlet"], mention["url"], mention["published"]) == (
            article["outlet"],
            article["url"],
            article["published"],
        )
        assert mention["evidence"]
        assert mention["evidence"] == article["text"][mention["start"] : mention["end"]]
        assert mention["reported"]["evidence"] == mention["evidence"]
    assert sorted(event["outlets"]) == ["الأخبار", "النهار"]
    assert [list(m) for m in event["members"]] == sorted([m["article_id"], m["index"]] for m in event["mentions"])


def test_every_mention_evidence_is_a_slice_of_its_text(loaded: TestClient) -> None:
    for listed in all_events(loaded):
        for mention in loaded.get(f"/events/{listed['id']}").json()["mentions"]:
            text = TEXTS[mention["source_id"]]
            assert mention["evidence"] == text[mention["start"] : mention["end"]], mention["source_id"]


def test_unknown_event_is_404(loaded: TestClient) -> None:
    response = loaded.get("/events/ev-000000000000")
    assert response.status_code == 404
    assert "ev-000000000000" in response.json()["detail"]


# ── export and docs ──────────────────────────────────────────────────────────────────────────────────────


def test_export_csv(loaded: TestClient) -> None:
    response = loaded.get("/export.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == exports.ACLED_COLUMNS
    acled = [e for e in all_events(loaded) if e["acled"] and e["modality"] in exports.ACLED_MODALITIES]
    assert len(rows) - 1 == len(acled) == int(response.headers["X-Rasd-Events"])
    iraq = list(csv.DictReader(io.StringIO(loaded.get("/export.csv", params={"country": "IQ"}).text)))
    assert iraq
    assert {r["country"] for r in iraq} == {"Iraq"}
    empty = loaded.get("/export.csv", params={"since": "2030-01-01"})
    assert empty.text.splitlines() == [",".join(exports.ACLED_COLUMNS)]


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/articles", "/events", "/events/{event_id}", "/export.csv", "/health"} <= set(spec["paths"])
    body = spec["paths"]["/articles"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(body)
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 1
    assert "no store at" in result.stderr
