"""The event store (rasd.store) and its commands, on SQLite and on PostgreSQL (the `db_url` fixture)."""

from __future__ import annotations

import csv
import io
import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from rasd import exports
from rasd.cli import DEFAULT_DB, main
from rasd.errors import InputError
from rasd.merge import Reported, merge, near_duplicates
from rasd.pipeline import extract_record
from rasd.read import Record, iter_inputs, parse_record
from rasd.store import (
    DEFAULT_URL,
    LATEST_VERSION,
    MIGRATIONS,
    Store,
    StoreError,
    articles,
    content_hash,
    duplicates,
    event_members,
    mentions,
    merges,
    normalise_url,
    open_store,
    schema_version,
    text_prints,
)

# ── articles ─────────────────────────────────────────────────────────────────────────────────────────────

# One drone strike on a car in Bint Jbeil (south Lebanon) on Tuesday 12 March 2024, told by three outlets.
BINT_JBEIL = [
    {
        "id": "nahar-bintjbeil",
        "outlet": "النهار",
        "published": "2024-03-12",
        "url": "https://example.org/nahar/2024/03/12/bint-jbeil",
        "text": "غارة إسرائيلية على بنت جبيل\n\nقُتل شخصان وأصيب ثلاثة آخرون، اليوم الثلاثاء، في غارة نفذتها مسيّرة إسرائيلية على سيارة في بلدة بنت جبيل جنوبي لبنان، بحسب ما أفادت الوكالة الوطنية للإعلام.\n\nوتشهد المنطقة الحدودية تبادلاً شبه يومي لإطلاق النار منذ أشهر.\n",
    },
    {
        "id": "akhbar-bintjbeil",
        "outlet": "الأخبار",
        "published": "2024-03-12",
        "url": "https://example.org/akhbar/2024/03/12/car-strike",
        "text": "شهيدان بغارة على سيارة في بنت جبيل\n\nاستهدفت طائرة مسيّرة إسرائيلية، ظهر اليوم الثلاثاء، سيارة في بلدة بنت جبيل، ما أدى إلى مقتل شخصين وإصابة ثلاثة بجروح.\n\nوقالت مصادر محلية إن فرق الإسعاف نقلت الجرحى إلى مستشفى المدينة.\n",
    },
    {
        "id": "arabi21-bintjbeil",
        "outlet": "عربي 21",
        "published": "2024-03-13",
        "url": "https://example.org/arabi21/2024/03/13/south-lebanon",
        "text": "مقتل اثنين بضربة إسرائيلية جنوب لبنان\n\nقُتل شخصان وأصيب ثلاثة، أمس الثلاثاء، بضربة جوية إسرائيلية استهدفت سيارة في بلدة بنت جبيل بجنوب لبنان، وفق ما ذكرت وسائل إعلام لبنانية.\n",
    },
]

_NUMBER = {2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة"}
_WEEKDAY = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_SHELLING = (
    "قصف مدفعي على {town}\n{d}\nإدلب - مراسلنا\n\n"
    "قُتل {n} مدنيين وأصيب {m} آخرون، مساء أمس {wd}، جراء قصف مدفعي استهدف بلدة {town} في ريف إدلب، "
    "بحسب ما أفاد به الدفاع المدني السوري.\n\nوقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت أنقاض منزل سكني.\n"
)
_CHECKPOINT = (
    "هجوم على نقطة تفتيش في {town}\n{d}\nبغداد - وكالات\n\n"
    "قُتل {n} جنود عراقيين وأصيب {m} آخرون، مساء أمس {wd}، بهجوم شنه مسلحون على نقطة تفتيش في قضاء {town} "
    "بمحافظة {gov}.\n\nوقال مصدر أمني إن قوة مشتركة بدأت عملية تفتيش في المنطقة بحثاً عن المهاجمين.\n"
)
_PROTEST = (
    "احتجاجات في {town}\n{d}\n{town} - مراسلنا\n\n"
    "تظاهر مئات من أهالي مدينة {town}، صباح اليوم {wd}، أمام مبنى المحافظة احتجاجاً على انقطاع الكهرباء وشح المياه.\n\n"
    "ورفع المحتجون لافتات تطالب بمحاسبة المسؤولين عن تردي الخدمات.\n"
)
_MARKET = (
    "أسعار الذهب\n{d}\n\nارتفعت أسعار الذهب في الأسواق المحلية اليوم {wd} بنسبة {n} في المئة مع تراجع قيمة العملة.\n"
)
_SYRIA = ["كفرنبل", "سراقب", "أريحا", "سرمين", "بنش", "جسر الشغور", "معرة مصرين", "الأتارب"]
_IRAQ = [
    ("المقدادية", "ديالى"),
    ("الطارمية", "بغداد"),
    ("بيجي", "صلاح الدين"),
    ("الحويجة", "كركوك"),
    ("الرطبة", "الأنبار"),
]
_CITIES = ["البصرة", "الناصرية", "الديوانية", "العمارة", "الكوت"]


def daily_articles(n: int = 40) -> dict[str, str]:
    """`n` short wire-style articles, one a day from 1 February 2024: shelling in Idlib, attacks on Iraqi
    checkpoints, protests in southern Iraq, and market news with no event."""
    out = {}
    for i in range(n):
        day = date(2024, 2, 1) + timedelta(days=i)
        yesterday = _WEEKDAY[(day - timedelta(days=1)).weekday()]
        dated = day.strftime("%d/%m/%Y")
        n_killed, n_hurt = _NUMBER[2 + i % 5], _NUMBER[2 + (i + 1) % 5]
        if i % 4 == 0:
            text = _SHELLING.format(town=_SYRIA[i // 4 % 8], d=dated, n=n_killed, m=n_hurt, wd=yesterday)
        elif i % 4 == 1:
            town, gov = _IRAQ[i // 4 % 5]
            text = _CHECKPOINT.format(town=town, gov=gov, d=dated, n=n_killed, m=n_hurt, wd=yesterday)
        elif i % 4 == 2:
            text = _PROTEST.format(town=_CITIES[i // 4 % 5], d=dated, wd=_WEEKDAY[day.weekday()])
        else:
            text = _MARKET.format(d=dated, n=i % 5 + 1, wd=_WEEKDAY[day.weekday()])
        out[f"wire-{day.isoformat()}"] = text
    return out


def write_folder(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, objects: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def records(objects: list[dict[str, Any]]) -> list[Record]:
    return [parse_record(o, "test") for o in objects]


@pytest.fixture(scope="module")
def daily(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("daily"), daily_articles())


def snapshot(store: Store) -> dict[str, Any]:
    """Everything the store holds except timestamps, in a stable order."""
    with store.engine.connect() as conn:

        def rows(query: sa.Select[Any]) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in conn.execute(query)]

        return {
            "articles": rows(
                sa.select(
                    articles.c.id, articles.c.source_id, articles.c.outlet, articles.c.published, articles.c.body
                ).order_by(articles.c.id)
            ),
            "mentions": rows(
                sa.select(mentions.c.article_id, mentions.c.event_index, mentions.c.event).order_by(
                    mentions.c.article_id, mentions.c.event_index
                )
            ),
            "members": rows(sa.select(event_members).order_by(*event_members.c)),
            "duplicates": rows(sa.select(duplicates).order_by(duplicates.c.article_id)),
            "events": store.events(),
            "failures": [(f.source, f.error) for f in store.failures()],
        }


@pytest.fixture(scope="module")
def reference(daily: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What a clean, uninterrupted ingest of the daily folder gives (SQLite)."""
    with open_store(f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}") as store:
        report = store.ingest(iter_inputs([str(daily)]))
        assert (report.new, report.skipped, report.failed) == (40, 0, 0)
        return snapshot(store)


def invoke(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


# ── opening and migrations ───────────────────────────────────────────────────────────────────────────────


def test_urls() -> None:
    assert DEFAULT_URL == DEFAULT_DB == "sqlite:///rasd.db"
    assert normalise_url("postgresql://postgres@localhost/test") == "postgresql+psycopg://postgres@localhost/test"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("events.db") == "sqlite:///events.db"
    with pytest.raises(StoreError, match="SQLite or PostgreSQL"):
        open_store("mysql://u@h/db")


def test_migrations_reach_the_last_version_once(db_url: str) -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    with open_store(db_url) as store:
        assert store.schema_version() == LATEST_VERSION
        with store.engine.connect() as conn:
            applied = [tuple(r) for r in conn.execute(sa.select(schema_version).order_by(schema_version.c.version))]
            tables = set(sa.inspect(conn).get_table_names())
        assert [v for v, *_ in applied] == [m.version for m in MIGRATIONS]
        assert {"articles", "mentions", "events", "event_members", "failures", "duplicates"} <= tables
    with open_store(db_url) as store, store.engine.connect() as conn:
        again = [tuple(r) for r in conn.execute(sa.select(schema_version).order_by(schema_version.c.version))]
    assert again == applied  # re-opening applies nothing


def test_a_newer_schema_is_refused(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.begin() as conn:
        conn.execute(schema_version.insert().values(version=LATEST_VERSION + 1, description="future", applied_at="x"))
    with pytest.raises(StoreError, match="newer than this rasd"):
        open_store(db_url)


def test_an_unreachable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'x.db'}")


# ── ingest ───────────────────────────────────────────────────────────────────────────────────────────────


def test_ingest_is_idempotent(db_url: str, daily: Path, reference: dict[str, Any]) -> None:
    with open_store(db_url) as store:
        first = store.ingest(iter_inputs([str(daily)]))
        after_first = snapshot(store)
        second = store.ingest(iter_inputs([str(daily)]))
        after_second = snapshot(store)
        with store.engine.connect() as conn:
            rebuilds = conn.execute(sa.select(sa.func.count()).select_from(merges)).scalar_one()
    assert (first.new, first.skipped, first.failed, first.merged) == (40, 0, 0, True)
    assert (second.new, second.skipped, second.failed, second.merged) == (0, 40, 0, False)
    assert first.events == second.events == len(after_first["events"]) > 20
    assert after_second == after_first
    assert rebuilds == 1
    assert len(after_first["articles"]) == 40
    assert {a[0] for a in after_first["articles"]} == {content_hash(t) for t in daily_articles().values()}
    assert after_first == reference  # on PostgreSQL too: the rows of the SQLite reference run


def test_a_store_without_fingerprints_makes_them_and_merges_the_same(
    db_url: str, daily: Path, reference: dict[str, Any]
) -> None:
    """Articles stored before migration 4 have no text_prints row: a rebuild makes them (the same as an
    ingest makes) and gives the same events."""
    with open_store(db_url) as store:
        store.ingest(iter_inputs([str(daily)]))
        with store.engine.begin() as conn:
            kept = {r.article_id: (bytes(r.shingles), bytes(r.minhash)) for r in conn.execute(sa.select(text_prints))}
            conn.execute(text_prints.delete())
        assert len(kept) == 40
        store.remerge()
        with store.engine.connect() as conn:
            remade = {r.article_id: (bytes(r.shingles), bytes(r.minhash)) for r in conn.execute(sa.select(text_prints))}
        assert remade == kept
        after = snapshot(store)
    assert after["events"] == reference["events"]


def test_failures_are_kept_and_the_rest_is_stored(db_url: str, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", daily_articles(4))
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "empty.txt").write_bytes(b"")
    with open_store(db_url) as store:
        report = store.ingest(iter_inputs([str(folder)]))
        assert (report.new, report.failed) == (4, 2)
        assert [(Path(source).name, error) for source, error in report.errors] == [
            ("empty.txt", "empty input (the file has no text)"),
            ("scan.txt", "binary file: this is a PDF document, not an article (convert it to text or HTML first)"),
        ]
        assert store.counts()["articles"] == 4
        kept = store.failures()
        assert [(Path(f.source).name, f.record_id, f.error) for f in kept] == [
            ("empty.txt", "empty", "empty input (the file has no text)"),
            (
                "scan.txt",
                "scan",
                "binary file: this is a PDF document, not an article (convert it to text or HTML first)",
            ),
        ]
        again = store.ingest(iter_inputs([str(folder)]))
        assert (again.new, again.skipped, again.failed) == (0, 4, 2)
        assert [(f.source, f.error, f.at) for f in store.failures()] == [(f.source, f.error, f.at) for f in kept]


def test_an_extraction_error_is_a_failure_and_the_batch_goes_on(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasd.pipeline

    real = rasd.pipeline.extract_record

    def flaky(record: Record) -> Any:
        if record.id == "akhbar-bintjbeil":
            raise RuntimeError("tagger crashed")
        return real(record)

    monkeypatch.setattr(rasd.pipeline, "extract_record", flaky)
    items: list[Record | InputError] = [*records(BINT_JBEIL), InputError("feed.jsonl:7", "not valid JSON")]
    with open_store(db_url) as store:
        report = store.ingest(items)
        assert (report.new, report.skipped, report.failed) == (2, 0, 2)
        assert [(f.source, f.error) for f in store.failures()] == [
            ("akhbar-bintjbeil", "extraction failed: RuntimeError: tagger crashed"),
            ("feed.jsonl:7", "not valid JSON"),
        ]
        monkeypatch.setattr(rasd.pipeline, "extract_record", real)
        retry = store.ingest(records(BINT_JBEIL))  # the article is not stored, so a later run picks it up
        assert (retry.new, retry.skipped, retry.failed) == (1, 2, 0)


def test_text_the_database_refuses_is_a_failure(db_url: str) -> None:
    """PostgreSQL text cannot hold NUL; SQLite can. Either way the batch goes on."""
    nul = Record("nul", "قُتل ثلاثة مدنيين بقصف على إدلب اليوم.\x00", "text", "utf-8")
    with open_store(db_url) as store:
        report = store.ingest([nul, *records(BINT_JBEIL[:1])])
        if store.engine.dialect.name == "postgresql":
            assert (report.new, report.failed) == (1, 1)
            assert report.errors == (("nul", "cannot store: PostgreSQL text fields cannot contain NUL (0x00) bytes"),)
        else:
            assert (report.new, report.failed) == (2, 0)


def test_a_database_error_is_a_store_error(db_url: str) -> None:
    with open_store(db_url) as store:
        with store.engine.begin() as conn:
            conn.execute(sa.text("DROP TABLE failures"))
        with pytest.raises(StoreError, match="failures"):
            store.failures()


def test_one_strike_told_by_three_outlets_is_one_event(db_url: str) -> None:
    with open_store(db_url) as store:
        report = store.ingest(records(BINT_JBEIL))
        assert (report.new, report.events) == (3, 1)
        (event,) = store.events()
        assert event.plover == "ASSAULT"
        assert tuple(event.acled or ()) == ("Explosions/Remote violence", "Air/drone strike")
        assert str(event.date) == "2024-03-12"
        assert event.location is not None
        assert (event.location["text"], event.location["country"]) == ("بنت جبيل", "LB")
        assert sorted(event.outlets) == sorted(["النهار", "الأخبار", "عربي 21"])
        assert len(event.members) == 3
        assert (str(event.first_seen), str(event.last_seen)) == ("2024-03-12", "2024-03-13")
        detail = store.event(event.id)
        assert detail is not None and detail.event == event
        assert [m.outlet for m in detail.mentions] == ["الأخبار", "النهار", "عربي 21"]  # by date, then article id
        for m in detail.mentions:
            raw = next(o["text"] for o in BINT_JBEIL if o["outlet"] == m.outlet)
            assert m.evidence in raw and "بنت جبيل" in m.evidence
            assert m.modality == "asserted" and m.injuries == 3
        assert [m.source["kind"] if m.source else None for m in detail.mentions] == ["outlet_own", "wire", "media"]
        assert store.event("no-such-event") is None


def test_shuffled_ingest_gives_identical_events(db_url: str, tmp_path: Path) -> None:
    items = records(BINT_JBEIL) + [
        Record(name, text, "text", "utf-8") for name, text in list(daily_articles(16).items())
    ]
    first, second = items[:], items[:]
    random.Random(7).shuffle(first)
    random.Random(8).shuffle(second)
    assert first != second
    with open_store(db_url) as a, open_store(f"sqlite:///{tmp_path / 'other.db'}") as b:
        # in two batches on one side, one on the other
        a.ingest(first[:9])
        a.ingest(first[9:])
        b.ingest(second)
        snap_a, snap_b = snapshot(a), snapshot(b)
    assert snap_a["events"] == snap_b["events"]
    assert snap_a == snap_b
    assert len({e.id for e in snap_a["events"]}) == len(snap_a["events"])


class _FinishedFirst(Exception):
    """The child finished the batch before the test could stop it."""


def _kill_mid_batch(url: str, folder: Path) -> int:
    """Run `rasd ingest FOLDER` in a child process and SIGKILL it inside an article's transaction once its
    first articles are committed and visible; return how many articles it committed.

    PostgreSQL: the test holds an uncommitted row with the key of the 5th article, so the child commits
    four articles and then waits on that key, deterministically. SQLite has one write lock per database:
    the test takes it once three articles are visible, and the child waits for it at its next commit; a
    child that finished the whole batch first raises _FinishedFirst.
    """
    open_store(url).close()  # the store exists before the child starts, so the test can watch it
    engine = sa.create_engine(normalise_url(url))
    fifth = sorted(folder.glob("*.txt"))[4].read_text(encoding="utf-8")
    child = None
    try:
        with engine.connect() as holder, engine.connect() as watcher:
            postgres = engine.dialect.name == "postgresql"
            if postgres:
                holder.execute(
                    articles.insert().values(
                        id=content_hash(fifth), source_id="held", format="text", raw="", body="", ingested_at="-"
                    )
                )
            child = subprocess.Popen(
                [sys.executable, "-m", "rasd.cli", "ingest", str(folder), "--db", url],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            wanted, stored = (4, 0) if postgres else (3, 0)
            deadline = time.monotonic() + 60
            while stored < wanted and child.poll() is None and time.monotonic() < deadline:
                stored = watcher.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
                watcher.rollback()
                time.sleep(0.005)
            if not postgres:
                holder.exec_driver_sql("BEGIN IMMEDIATE")
            time.sleep(0.3)  # the child reaches the held key or lock and waits there
            child.send_signal(signal.SIGKILL)
            _, err = child.communicate(timeout=30)
            holder.rollback()
        if child.returncode == 0:
            raise _FinishedFirst
        assert child.returncode == -signal.SIGKILL, err.decode()
        with engine.connect() as conn:
            partial = int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())
            rebuilt = conn.execute(sa.select(sa.func.count()).select_from(merges)).scalar_one()
        assert 0 < partial < 40 and rebuilt == 0  # killed mid-batch, before the merge
        if postgres:
            assert partial == 4
        return partial
    finally:
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()
        engine.dispose()


def test_resume_after_a_killed_ingest(db_url: str, daily: Path, reference: dict[str, Any], tmp_path: Path) -> None:
    """Kill `rasd ingest` (SIGKILL) in the middle of a batch, then ingest again: every article is stored
    once, and the events are those of a clean run."""
    url = db_url
    for attempt in range(3):
        try:
            partial = _kill_mid_batch(url, daily)
            break
        except _FinishedFirst:  # SQLite on a loaded machine: try again with a fresh file
            assert url.startswith("sqlite")
            url = f"sqlite:///{tmp_path / f'again-{attempt}.db'}"
    else:
        pytest.fail("the child finished the batch three times before it could be killed")
    code, out, err = invoke(["ingest", str(daily), "--db", url])
    assert code == 0, err
    assert out.startswith(f"rasd: {40 - partial} new, {partial} already stored, 0 failed; ")
    with open_store(url) as store:
        assert snapshot(store) == reference


# ── queries ──────────────────────────────────────────────────────────────────────────────────────────────


@pytest.fixture
def filled(db_url: str, daily: Path) -> Iterator[Store]:
    """The daily articles and the Bint Jbeil strike, ingested in two batches."""
    with open_store(db_url) as store:
        store.ingest(iter_inputs([str(daily)]))
        store.ingest(records(BINT_JBEIL))
        yield store


def test_event_filters(filled: Store) -> None:
    store = filled
    every = store.events()
    assert every == sorted(every, key=lambda e: (e.date is None, e.date or "", e.id))  # the order merge gives
    syria = store.events(country="sy")
    assert syria and all(e.location and e.location["country"] == "SY" for e in syria)
    assert {e.location["admin1"] for e in syria if e.location} == {"Idlib", "Aleppo"}
    assert [e.id for e in store.events(admin1="Idlib")] == [
        e.id for e in syria if e.location and e.location["admin1"] == "Idlib"
    ]
    february = store.events(since="2024-02-10", until=date(2024, 2, 20))
    assert february and all("2024-02-10" <= str(e.date) <= "2024-02-20" for e in february)
    assert {e.plover for e in store.events(plover="protest")} == {"PROTEST"}
    israeli = store.events(actor="إسرائيلية")  # folded: the hamza does not matter
    assert [e.location["text"] for e in israeli if e.location] == ["بنت جبيل"]
    assert [e.id for e in store.events(actor="اسرائيليه")] == [e.id for e in israeli]
    lebanon_box = store.events(bbox=(35.1, 33.0, 35.9, 33.4))
    assert [e.id for e in lebanon_box] == [e.id for e in israeli]
    assert store.events(actor="50%_") == []  # LIKE wildcards are escaped
    # pages
    pages, after = [], None
    while True:
        page = store.events(limit=7, after_id=after)
        pages.extend(page)
        if len(page) < 7:
            break
        after = page[-1].id
    assert pages == every
    assert list(store.iter_events(page=5)) == every
    for bad in ({"since": "12/02/2024"}, {"bbox": (40, 30, 35, 33)}, {"after_id": "nope"}):
        with pytest.raises(StoreError):
            store.events(**bad)


def test_stored_events_are_what_merge_gives(filled: Store) -> None:
    """Events read back from the database equal `merge` run directly on the extracted articles."""
    inputs: list[Record] = [*records(BINT_JBEIL)] + [
        Record(name, text, "text", "utf-8") for name, text in daily_articles().items()
    ]
    docs = {content_hash(r.text): extract_record(r) for r in inputs}
    reported = [
        Reported(key, doc.outlet, doc.published, i, dict(event))
        for key, doc in docs.items()
        for i, event in enumerate(doc.events)
    ]
    bodies = {key: doc.body.text if doc.body is not None else "" for key, doc in docs.items()}
    assert filled.events() == merge(reported, near_duplicates(bodies))


def test_acled_export_round_trip(filled: Store, tmp_path: Path) -> None:
    every = filled.events()
    path = tmp_path / "acled.csv"
    written = exports.write_acled_csv(path, every)
    back = exports.read_acled_csv(path)
    expected = [exports.acled_row(e) for e in every if exports.acled_problem(e) is None]
    assert written == len(back) == len(expected) > 20
    assert back == expected
    (lebanon,) = [e for e in every if e.location and e.location["country"] == "LB"]
    (strike,) = [row for row in back if row["country"] == "Lebanon"]
    assert strike["location"] == lebanon.location["canonical"] if lebanon.location else None
    assert (strike["event_date"], strike["sub_event_type"], strike["country"]) == (
        "2024-03-12",
        "Air/drone strike",
        "Lebanon",
    )
    assert strike["fatalities"] == "2"


# ── commands ─────────────────────────────────────────────────────────────────────────────────────────────


def test_cli_ingest_events_show_export_failures(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_jsonl(folder / "lebanon.jsonl", BINT_JBEIL)
    code, out, err = invoke(["ingest", str(folder), "--db", db_url])
    assert code == 0, err
    assert out.startswith("rasd: 3 new, 0 already stored, 0 failed; 1 events in ")
    assert err == ""

    code, out, _ = invoke(["events", "--db", db_url])
    assert code == 0
    (line,) = out.splitlines()
    event_id = line.split()[0]
    assert "2024-03-12" in line and "ASSAULT Air/drone strike" in line and "3 outlets, 3 reports" in line

    code, out, _ = invoke(["events", "--db", db_url, "--format", "jsonl", "--country", "LB"])
    assert code == 0
    (row,) = [json.loads(x) for x in out.splitlines()]
    assert row["id"] == event_id

    code, out, _ = invoke(["events", "--db", db_url, "--format", "csv", "--type", "ASSAULT", "--since", "2024-03-01"])
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["id"] == event_id

    code, out, _ = invoke(["events", "--db", db_url, "--format", "geojson", "--bbox", "35.1,33.0,35.9,33.4"])
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert (round(lon, 1), round(lat, 1)) == (35.4, 33.1)

    code, out, _ = invoke(["events", "--db", db_url, "--format", "jsonl", "--actor", "houthi"])
    assert (code, out) == (0, "")

    code, _, err = invoke(["events", "--db", db_url, "--format", "parquet"])
    assert code == 2 and "--out" in err

    code, out, _ = invoke(["show", event_id, "--db", db_url])
    assert code == 0
    assert out.splitlines()[0].startswith(event_id)
    for o in BINT_JBEIL:
        assert f"── {o['outlet']}  {o['published']}  {o['id']}" in out
    assert "evidence: قُتل شخصان وأصيب ثلاثة آخرون، اليوم الثلاثاء" in out
    assert "source:   wire — الوكالة الوطنية للإعلام | asserted | 2 killed, 3 injured" in out

    code, out, _ = invoke(["show", event_id, "--db", db_url, "--json"])
    assert code == 0
    shown = json.loads(out)
    assert shown["id"] == event_id and len(shown["mentions"]) == 3

    code, _, err = invoke(["show", "nope", "--db", db_url])
    assert code == 1 and "no event 'nope'" in err

    code, out, _ = invoke(["export", "--acled", str(tmp_path / "acled.csv"), "--db", db_url])
    assert code == 0 and out.startswith(f"rasd: 1 events written to {tmp_path / 'acled.csv'}; 0 left out")
    assert len(exports.read_acled_csv(tmp_path / "acled.csv")) == 1

    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = invoke(["ingest", str(folder)], env={"RASD_DB": db_url})
    assert code == 1
    assert out.startswith("rasd: 0 new, 3 already stored, 1 failed; 1 events in ")
    assert "broken.html: binary file: this is a PNG image" in err

    code, out, _ = invoke(["failures", "--db", db_url])
    assert code == 0
    assert "broken.html: binary file: this is a PNG image, not an article" in out


def test_cli_reports_a_bad_or_missing_store(tmp_path: Path) -> None:
    code, _, err = invoke(["events", "--db", "mysql://u@h/db"])
    assert code == 1 and "SQLite or PostgreSQL" in err
    missing = tmp_path / "missing.db"
    for command in (["events"], ["show", "ev-1"], ["failures"], ["export", "--acled", str(tmp_path / "a.csv")]):
        code, _, err = invoke([*command, "--db", f"sqlite:///{missing}"])
        assert code == 1 and f"no store at {missing}" in err
    assert not missing.exists()
