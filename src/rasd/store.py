"""The event store: articles, the events each one reports, and the merged events, in SQLite or PostgreSQL.

One schema for both engines, written with SQLAlchemy Core and created by an ordered list of versioned
migration steps (`MIGRATIONS`) applied when a store is opened. An article's key is the SHA-256 of its
raw text, so ingesting the same input twice stores nothing new. Each article is committed in its own
transaction (the article row and its mentions together), so a batch killed half-way leaves whole
articles only; the merged events are then rebuilt from every stored mention in one transaction
(`Store.remerge`), and an ingest rebuilds them whenever the last rebuild did not cover every article.
See docs/store.md.
"""

from __future__ import annotations

import functools
import hashlib
import json
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from itertools import tee
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.url import URL, make_url

from rasd.document import Document
from rasd.errors import InputError, RasdError
from rasd.merge import Merged, Reported, TextPrint, merge, near_duplicates_of, text_print
from rasd.normalise import fold_text
from rasd.pipeline import extract_all
from rasd.read import Record

DEFAULT_URL = "sqlite:///rasd.db"
# Sorts an undated event after every dated one.
_UNDATED = "9999-12-31"
# pg_advisory_xact_lock key that serialises migrations of one PostgreSQL database ("rasd" in ASCII).
_MIGRATION_LOCK = 0x72617364


class StoreError(RasdError):
    """The database cannot be opened, is of a newer schema, or a query is malformed."""


# ── schema ───────────────────────────────────────────────────────────────────────────────────────────────
#
# Dates are ISO text (YYYY-MM-DD): they compare correctly as strings, read back the same from both
# engines, and keep a missing date NULL. Timestamps are ISO-8601 UTC text. JSON columns hold what the
# pipeline and the merge produced, as produced.

metadata = sa.MetaData()


def _j() -> sa.JSON:
    return sa.JSON(none_as_null=True)


schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)


def _schema_v1(md: sa.MetaData) -> dict[str, sa.Table]:
    """The tables of schema version 1. Frozen: a later change is a new migration step, and the tables
    the queries use are then defined anew beside it."""
    articles = sa.Table(
        "articles",
        md,
        sa.Column("id", sa.String(64), primary_key=True),  # sha256 hex of the raw text
        sa.Column("source_id", sa.Text, nullable=False),  # the record id (file stem or JSON-lines "id")
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.String(10)),  # as resolved by the pipeline (given, else found on the page)
        sa.Column("encoding", sa.String(40)),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )

    mentions = sa.Table(
        "mentions",
        md,
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_index", sa.Integer, primary_key=True, autoincrement=False),  # position in the article's events
        sa.Column("event", _j(), nullable=False),  # the event object exactly as the pipeline reported it
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.Column("plover", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text),
        sa.Column("source_kind", sa.String(24)),
        sa.Column("modality", sa.String(16)),
        sa.Column("fatalities", sa.Integer),
        sa.Column("injuries", sa.Integer),
    )

    events = sa.Table(
        "events",
        md,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("plover", sa.String(16), nullable=False),
        sa.Column("acled_type", sa.Text),
        sa.Column("acled_sub_type", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text),
        sa.Column("location", _j()),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("actor1", _j()),
        sa.Column("actor2", _j()),
        sa.Column("actor_text", sa.Text, nullable=False),  # folded, lower-cased texts and names of both actors
        sa.Column("modality", sa.String(16)),
        sa.Column("fatalities", sa.Integer),
        sa.Column("injuries", sa.Integer),
        sa.Column("fatalities_range", _j()),
        sa.Column("injuries_range", _j()),
        sa.Column("n_outlets", sa.Integer, nullable=False),
        sa.Column("outlets", _j()),
        sa.Column("sources", _j()),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
        sa.Column("explanation", _j()),
    )

    event_members = sa.Table(
        "event_members",
        md,
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("event_index", sa.Integer, primary_key=True, autoincrement=False),
        sa.ForeignKeyConstraint(
            ["article_id", "event_index"], ["mentions.article_id", "mentions.event_index"], ondelete="CASCADE"
        ),
    )

    failures = sa.Table(
        "failures",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("record_id", sa.Text),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),  # first seen
        sa.Column("last_at", sa.String(32), nullable=False),  # last seen (the same input failing again)
    )

    duplicates = sa.Table(
        "duplicates",
        md,
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("duplicate_of", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    )

    merges = sa.Table(
        "merges",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),  # how many articles this rebuild covered
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
    )
    return {t.name: t for t in (articles, mentions, events, event_members, failures, duplicates, merges)}


_TABLES = _schema_v1(metadata)
articles = _TABLES["articles"]
mentions = _TABLES["mentions"]
events = _TABLES["events"]
event_members = _TABLES["event_members"]
failures = _TABLES["failures"]
duplicates = _TABLES["duplicates"]
merges = _TABLES["merges"]


def _schema_v4(md: sa.MetaData) -> sa.Table:
    # each article's near-duplicate fingerprint (rasd.merge.TextPrint), kept so a rebuild reads it
    # instead of re-shingling and re-hashing every stored text
    return sa.Table(
        "text_prints",
        md,
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("shingles", sa.LargeBinary, nullable=False),  # sorted 64-bit hashes, little-endian
        sa.Column("minhash", sa.LargeBinary, nullable=False),  # NUM_PERM values, little-endian uint64
    )


text_prints = _schema_v4(metadata)

_V2_INDEXES = (
    "CREATE INDEX ix_events_date_id ON events (date, id)",
    "CREATE INDEX ix_events_place ON events (country, admin1)",
    "CREATE INDEX ix_events_plover ON events (plover)",
    "CREATE INDEX ix_events_lon_lat ON events (lon, lat)",
    "CREATE INDEX ix_event_members_article ON event_members (article_id, event_index)",
    "CREATE INDEX ix_failures_source ON failures (source)",
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: applied once, in order, inside the opening transaction, then recorded."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    md = sa.MetaData()
    _schema_v1(md)
    md.create_all(conn)


def _v2(conn: Connection) -> None:
    for statement in _V2_INDEXES:
        conn.execute(sa.text(statement))


def _v3(conn: Connection) -> None:
    # the listing order, as an expression index: with it a page of events is read, not sorted
    conn.execute(sa.text(f"CREATE INDEX events_day_id ON events ((coalesce(date, '{_UNDATED}')), id)"))


def _v4(conn: Connection) -> None:
    text_prints.create(conn)


# Append only: a released step never changes (a new column or index is a new step).
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, mentions, merged events, members, failures, duplicates, merge log", _v1),
    Migration(2, "indexes for event queries", _v2),
    Migration(3, "an index on the listing order (day, id)", _v3),
    Migration(4, "each article's near-duplicate fingerprint (text_prints)", _v4),
)
LATEST_VERSION = MIGRATIONS[-1].version


# ── records handed back ──────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class IngestReport:
    new: int  # articles stored by this call
    skipped: int  # articles already in the store (same raw text)
    failed: int  # inputs that could not be read or extracted (each is a row of `failures`)
    events: int  # merged events in the store afterwards
    merged: bool  # whether this call rebuilt the merged events
    errors: tuple[tuple[str, str], ...] = ()  # (source, error) of each failure of this call, in input order


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    record_id: str | None
    error: str
    at: str
    last_at: str


@dataclass(frozen=True, slots=True)
class MentionView:
    """One article's report of a merged event."""

    article_id: str
    index: int
    source_id: str
    outlet: str | None
    url: str | None
    published: str | None
    title: str | None
    evidence: str
    source: Mapping[str, Any] | None  # {"text", "kind", "canonical"}
    modality: str | None
    fatalities: int | None
    injuries: int | None
    casualty_text: str
    event: Mapping[str, Any]  # the event object as the article reported it


@dataclass(frozen=True, slots=True)
class EventDetail:
    event: Merged
    mentions: tuple[MentionView, ...]


# ── opening ──────────────────────────────────────────────────────────────────────────────────────────────


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` use psycopg 3; a bare path is an SQLite file."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def open_store(url: str = DEFAULT_URL, connect_args: Mapping[str, Any] | None = None, create: bool = True) -> Store:
    """Open the store at `url` and bring its schema to `LATEST_VERSION` (see MIGRATIONS).

    A missing SQLite file is created, unless `create` is false (then StoreError). `connect_args` go to the
    driver (e.g. {"options": "-csearch_path=myschema"} for psycopg); URL query parameters do the same.
    """
    try:
        parsed = make_url(normalise_url(url))
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL (write sqlite:///FILE or postgresql://USER@HOST/DB)") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"{url!r}: rasd stores events in SQLite or PostgreSQL, not {backend}")
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    file = parsed.database if backend == "sqlite" and parsed.database not in (None, "", ":memory:") else None
    if not create and file is not None and not Path(file).exists():
        raise StoreError(f"no store at {parsed.database} (create one with `rasd ingest PATH --db {url}`)")
    engine = _engine(parsed, dict(connect_args or {}))
    try:
        _migrate(engine)
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        raise StoreError(f"cannot open {_safe(parsed)}: {_first_line(exc.orig)}") from exc
    except Exception:
        engine.dispose()
        raise
    return Store(engine)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # Arabic stays readable in the database


def _engine(url: URL, connect_args: dict[str, Any]) -> Engine:
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, connect_args=connect_args, pool_pre_ping=True, json_serializer=_json_text)
    connect_args.setdefault("timeout", 30)
    engine = sa.create_engine(url, connect_args=connect_args, json_serializer=_json_text)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The sqlite3 module's own transaction handling does not cover DDL; emit BEGIN ourselves
        # (below) so a migration step is atomic too. WAL lets readers go on while an ingest writes.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _migrate(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        schema_version.create(conn, checkfirst=True)
        current = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
        if current > LATEST_VERSION:
            raise StoreError(
                f"the database is at schema version {current}, newer than this rasd knows ({LATEST_VERSION}); "
                "upgrade rasd"
            )
        for step in MIGRATIONS:
            if step.version > current:
                step.apply(conn)
                conn.execute(
                    schema_version.insert().values(
                        version=step.version, description=step.description, applied_at=_now()
                    )
                )


P = ParamSpec("P")
R = TypeVar("R")


def _database_errors(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """A lost connection, a locked SQLite file or a refused statement is a StoreError naming the store."""

    def wrapper(store: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(store, *args, **kwargs)
        except (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.ProgrammingError) as exc:
            raise StoreError(f"{store.url}: {_first_line(exc.orig)}") from exc

    functools.update_wrapper(wrapper, method)
    return wrapper


# ── the store ────────────────────────────────────────────────────────────────────────────────────────────


class Store:
    """A database of articles, mentions and merged events. Open it with `open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def url(self) -> str:
        return _safe(self.engine.url)

    @_database_errors
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0)

    # ── ingest ──

    @_database_errors
    def ingest(self, items: Iterable[Record | InputError], jobs: int = 1) -> IngestReport:
        """Store every new article with the events it reports, record failures, then rebuild merged events.

        Each article is one transaction; a failure is a row of `failures` and the batch goes on. `jobs` > 1
        extracts in that many worker processes (`extract_all`); storing stays in this process, in input order.
        """
        skipped = 0

        def fresh() -> Iterator[Record | InputError]:
            nonlocal skipped
            for item in items:
                if isinstance(item, Record) and self._has_article(content_hash(item.text)):
                    skipped += 1
                else:
                    yield item

        new = 0
        errors: list[tuple[str, str]] = []
        sent, kept = tee(fresh())
        for item, doc in zip(kept, extract_all(sent, jobs), strict=True):
            if isinstance(item, InputError):
                errors.append(self._fail(item.source, item.record_id, _input_error_text(item)))
                continue
            if isinstance(doc, InputError):  # a stage failed on the article: it stays unstored, to be tried again
                errors.append(self._fail(doc.source, doc.record_id, _input_error_text(doc)))
                continue
            key = content_hash(item.text)
            try:
                self._store_article(key, item, doc)
            except sa.exc.IntegrityError:
                if not self._has_article(key):
                    raise
                skipped += 1  # the same text twice in one batch, or another ingest stored it meanwhile
                continue
            except sa.exc.DataError as exc:  # e.g. a NUL character, which PostgreSQL text refuses
                errors.append(self._fail(item.id, item.id, f"cannot store: {_first_line(exc.orig)}"))
                continue
            new += 1
        merged = self.needs_merge()
        if merged:
            self.remerge()
        return IngestReport(new, skipped, len(errors), self.count_events(), merged, tuple(errors))

    def _has_article(self, key: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(articles.c.id).where(articles.c.id == key)).first() is not None

    def _store_article(self, key: str, record: Record, doc: Document) -> None:
        rows = [_mention_row(key, i, event) for i, event in enumerate(doc.events)]
        body = doc.body.text if doc.body is not None else ""
        with self.engine.begin() as conn:
            conn.execute(
                articles.insert().values(
                    id=key,
                    source_id=record.id,
                    url=doc.url,
                    outlet=doc.outlet,
                    published=_iso(doc.published),
                    encoding=doc.encoding,
                    format=doc.format,
                    raw=record.text,
                    body=body,
                    title=doc.title,
                    ingested_at=_now(),
                )
            )
            if rows:
                conn.execute(mentions.insert(), rows)
            conn.execute(text_prints.insert().values(_print_row(key, text_print(body))))

    def _fail(self, source: str, record_id: str | None, error: str) -> tuple[str, str]:
        """Record a failure once per (source, error); the same input failing again updates `last_at`."""
        now = _now()
        with self.engine.begin() as conn:  # the write comes first, so SQLite takes its write lock at once
            same = sa.and_(failures.c.source == source, failures.c.error == error)
            if conn.execute(failures.update().where(same).values(last_at=now)).rowcount == 0:
                conn.execute(
                    failures.insert().values(source=source, record_id=record_id, error=error, at=now, last_at=now)
                )
        return source, error

    # ── merge ──

    @_database_errors
    def needs_merge(self) -> bool:
        """Whether some stored article is not covered by the last rebuild of the merged events."""
        with self.engine.connect() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
            covered = conn.execute(sa.select(merges.c.articles).order_by(merges.c.id.desc()).limit(1)).scalar()
        return covered != stored if covered is not None else stored > 0

    @_database_errors
    def remerge(self) -> int:
        """Rebuild `events`, `event_members` and `duplicates` from every stored mention; return the event count.

        Inputs are read in article-id order, so the result does not depend on the order of ingestion.
        """
        with self.engine.connect() as conn:
            prints = {row.article_id: _print_of(row) for row in conn.execute(sa.select(text_prints))}
            # articles stored before migration 4 have no fingerprint yet: make theirs once
            unprinted = sa.select(articles.c.id, articles.c.body).where(
                articles.c.id.not_in(sa.select(text_prints.c.article_id))
            )
            made = {row.id: text_print(row.body) for row in conn.execute(unprinted)}
            stored = int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())
            query = (
                sa.select(
                    mentions.c.article_id,
                    mentions.c.event_index,
                    mentions.c.event,
                    articles.c.outlet,
                    articles.c.published,
                )
                .join(articles, articles.c.id == mentions.c.article_id)
                .order_by(mentions.c.article_id, mentions.c.event_index)
            )
            reported = [
                Reported(
                    article_id=row.article_id,
                    outlet=row.outlet,
                    published=_date(row.published),
                    index=row.event_index,
                    event=row.event,
                )
                for row in conn.execute(query)
            ]
        dupes = near_duplicates_of({**prints, **made})
        merged = sorted(merge(reported, dupes), key=lambda m: m.id)
        with self.engine.begin() as conn:
            if made:
                conn.execute(text_prints.insert(), [_print_row(key, made[key]) for key in sorted(made)])
            conn.execute(event_members.delete())
            conn.execute(events.delete())
            conn.execute(duplicates.delete())
            if dupes:
                conn.execute(
                    duplicates.insert(),
                    [{"article_id": a, "duplicate_of": b} for a, b in sorted(dupes.items())],
                )
            if merged:
                conn.execute(events.insert(), [_event_row(m) for m in merged])
                members = [
                    {"event_id": m.id, "article_id": article_id, "event_index": index}
                    for m in merged
                    for article_id, index in sorted(set(_members(m)))
                ]
                if members:
                    conn.execute(event_members.insert(), members)
            conn.execute(merges.insert().values(at=_now(), articles=stored, mentions=len(reported), events=len(merged)))
        return len(merged)

    # ── queries ──

    @_database_errors
    def count_events(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one())

    @_database_errors
    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and checks."""
        with self.engine.connect() as conn:
            return {
                table.name: int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
                for table in (articles, mentions, events, event_members, failures, duplicates)
            }

    @_database_errors
    def events(
        self,
        since: date | str | None = None,
        until: date | str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        plover: str | None = None,
        actor: str | None = None,
        bbox: Sequence[float] | None = None,
        limit: int | None = None,
        after_id: str | None = None,
    ) -> list[Merged]:
        """Merged events matching every filter given, ordered by (date, id) with undated events last (the
        order `merge` gives).

        `since`/`until` are inclusive ISO dates; `country` an ISO alpha-2 code; `actor` a substring of an
        actor's text or canonical name (Arabic folded, case ignored); `bbox` (min_lon, min_lat, max_lon,
        max_lat) keeps events whose place lies inside. `after_id` continues a listing after that event.
        """
        # a literal, not a bound parameter, so that the expression is the one migration 3 indexes
        day = sa.func.coalesce(events.c.date, sa.literal_column(f"'{_UNDATED}'"))
        query = sa.select(events).order_by(day, events.c.id)
        conditions: list[sa.ColumnElement[bool]] = []
        if since is not None:
            conditions.append(events.c.date >= _query_date(since, "since"))
        if until is not None:
            conditions.append(events.c.date <= _query_date(until, "until"))
        if country:
            conditions.append(events.c.country == country.upper())
        if admin1:
            conditions.append(events.c.admin1 == admin1)
        if plover:
            conditions.append(events.c.plover == plover.upper())
        if actor:
            needle = _actor_key(actor).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(events.c.actor_text.like(f"%{needle}%", escape="\\"))
        if bbox is not None:
            min_lon, min_lat, max_lon, max_lat = _bbox(bbox)
            conditions += [
                events.c.lon.between(min_lon, max_lon),
                events.c.lat.between(min_lat, max_lat),
            ]
        if limit is not None:
            if limit < 0:
                raise StoreError(f"limit must not be negative, got {limit}")
            query = query.limit(limit)
        with self.engine.connect() as conn:
            if after_id is not None:
                found = conn.execute(sa.select(day.label("day")).where(events.c.id == after_id)).first()
                if found is None:
                    raise StoreError(f"no event {after_id!r} to continue after")
                conditions.append(sa.or_(day > found.day, sa.and_(day == found.day, events.c.id > after_id)))
            rows = conn.execute(query.where(*conditions)).all()
            members = self._members_of(conn, [row.id for row in rows])
        return [_merged_from_row(row, members.get(row.id, ())) for row in rows]

    def iter_events(self, page: int = 1000, **filters: Any) -> Iterator[Merged]:
        """Every matching event, fetched `page` at a time."""
        after: str | None = None
        while True:
            batch = self.events(limit=page, after_id=after, **filters)
            yield from batch
            if len(batch) < page:
                return
            after = batch[-1].id

    @_database_errors
    def event(self, event_id: str) -> EventDetail | None:
        """One merged event with each article's report of it, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
            if row is None:
                return None
            members = self._members_of(conn, [event_id])
            query = (
                sa.select(
                    mentions.c.article_id,
                    mentions.c.event_index,
                    mentions.c.event,
                    articles.c.source_id,
                    articles.c.outlet,
                    articles.c.url,
                    articles.c.published,
                    articles.c.title,
                )
                .select_from(event_members)
                .join(
                    mentions,
                    sa.and_(
                        mentions.c.article_id == event_members.c.article_id,
                        mentions.c.event_index == event_members.c.event_index,
                    ),
                )
                .join(articles, articles.c.id == mentions.c.article_id)
                .where(event_members.c.event_id == event_id)
                .order_by(articles.c.published, articles.c.id, mentions.c.event_index)
            )
            views = tuple(_mention_view(r) for r in conn.execute(query))
        return EventDetail(_merged_from_row(row, members.get(event_id, ())), views)

    def _members_of(self, conn: Connection, ids: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
        found: dict[str, list[tuple[str, int]]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            query = (
                sa.select(event_members)
                .where(event_members.c.event_id.in_(chunk))
                .order_by(event_members.c.event_id, event_members.c.article_id, event_members.c.event_index)
            )
            for r in conn.execute(query):
                found.setdefault(r.event_id, []).append((r.article_id, r.event_index))
        return found

    @_database_errors
    def overview(self) -> list[tuple[Any, ...]]:
        """Every merged event's columns that the web page filters and draws by, in listing order:
        (id, date, date_precision, plover, acled_type, acled_sub_type, country, admin1, location, lat, lon,
        actor1, actor2, modality, n_outlets, fatalities, injuries, sources), JSON columns decoded.

        One plain query, decoded here with json.loads: for 20,000 events that is several times faster than
        SQLAlchemy's per-row JSON processing, and the page waits on it.
        """
        query = sa.text(
            "SELECT id, date, date_precision, plover, acled_type, acled_sub_type, country, admin1, location, lat, "
            "lon, actor1, actor2, modality, n_outlets, fatalities, injuries, sources FROM events "
            f"ORDER BY coalesce(date, '{_UNDATED}'), id"
        )
        json_at = (8, 11, 12, 17)
        out: list[tuple[Any, ...]] = []
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                values = list(row)
                for i in json_at:
                    if isinstance(values[i], str | bytes):
                        values[i] = json.loads(values[i])
                out.append(tuple(values))
        return out

    @_database_errors
    def version(self) -> tuple[int, int]:
        """(events, last merge id): changes whenever the merged events do, so callers can cache views."""
        with self.engine.connect() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
            last = conn.execute(sa.select(sa.func.max(merges.c.id))).scalar_one()
        return int(count), int(last or 0)

    @_database_errors
    def article(self, article_id: str) -> Any | None:
        """One stored article's row (id, source_id, url, outlet, published, title, body), or None."""
        query = sa.select(
            articles.c.id,
            articles.c.source_id,
            articles.c.url,
            articles.c.outlet,
            articles.c.published,
            articles.c.title,
            articles.c.body,
        ).where(articles.c.id == article_id)
        with self.engine.connect() as conn:
            return conn.execute(query).first()

    @_database_errors
    def failures(self) -> list[Failure]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(failures).order_by(failures.c.at, failures.c.id)).all()
        return [Failure(r.source, r.record_id, r.error, r.at, r.last_at) for r in rows]

    @_database_errors
    def article_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(articles.c.id).order_by(articles.c.id)).scalars())


# ── rows ─────────────────────────────────────────────────────────────────────────────────────────────────


def event_to_dict(detail: EventDetail) -> dict[str, Any]:
    """A merged event with its reports, as plain JSON-ready data."""
    return {
        **_plain(detail.event),
        "mentions": [
            {
                "article_id": m.article_id,
                "index": m.index,
                "source_id": m.source_id,
                "outlet": m.outlet,
                "url": m.url,
                "published": m.published,
                "title": m.title,
                "evidence": m.evidence,
                "source": _plain(m.source),
                "modality": m.modality,
                "fatalities": m.fatalities,
                "injuries": m.injuries,
                "casualty_text": m.casualty_text,
            }
            for m in detail.mentions
        ],
    }


def _print_row(article_id: str, p: TextPrint) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "shingles": struct.pack(f"<{len(p.shingles)}Q", *p.shingles),
        "minhash": struct.pack(f"<{len(p.minhash)}Q", *p.minhash),
    }


def _print_of(row: Any) -> TextPrint:
    shingles, minhash = bytes(row.shingles), bytes(row.minhash)
    return TextPrint(
        struct.unpack(f"<{len(shingles) // 8}Q", shingles), struct.unpack(f"<{len(minhash) // 8}Q", minhash)
    )


def content_hash(text: str) -> str:
    """An article's key: SHA-256 of its raw text (UTF-8), in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _mention_row(article_id: str, index: int, event: Mapping[str, Any]) -> dict[str, Any]:
    first = (event.get("locations") or [None])[0] or {}
    source = event.get("source") or {}
    return {
        "article_id": article_id,
        "event_index": index,
        "event": _plain(event),
        "evidence_start": event.get("start"),
        "evidence_end": event.get("end"),
        "plover": event["plover"],
        "date": event.get("date"),
        "country": first.get("country"),
        "admin1": first.get("admin1"),
        "source_kind": source.get("kind"),
        "modality": event.get("modality"),
        "fatalities": event.get("fatalities"),
        "injuries": event.get("injuries"),
    }


def _event_row(m: Merged) -> dict[str, Any]:
    location = _plain(m.location) if m.location else None
    acled = list(m.acled) if m.acled else [None, None]
    return {
        "id": m.id,
        "plover": m.plover,
        "acled_type": acled[0],
        "acled_sub_type": acled[1],
        "date": _iso(m.date),
        "date_precision": m.date_precision,
        "country": location.get("country") if location else None,
        "admin1": location.get("admin1") if location else None,
        "location": location,
        "lat": location.get("lat") if location else None,
        "lon": location.get("lon") if location else None,
        "actor1": _plain(m.actor1),
        "actor2": _plain(m.actor2),
        "actor_text": "\n".join(
            _actor_key(str(actor.get(k)))
            for actor in (m.actor1, m.actor2)
            if actor
            for k in ("text", "canonical")
            if actor.get(k)
        ),
        "modality": m.modality,
        "fatalities": m.fatalities,
        "injuries": m.injuries,
        "fatalities_range": _plain(m.fatalities_range),
        "injuries_range": _plain(m.injuries_range),
        "n_outlets": len(m.outlets),
        "outlets": _plain(m.outlets),
        "sources": _plain(m.sources),
        "first_seen": _iso(m.first_seen),
        "last_seen": _iso(m.last_seen),
        "explanation": _plain(m.explanations),
    }


def _merged_from_row(row: Any, members: Sequence[tuple[str, int]]) -> Merged:
    values = {
        "id": row.id,
        "plover": row.plover,
        "acled": (row.acled_type, row.acled_sub_type) if row.acled_type else None,
        "date": row.date,
        "date_precision": row.date_precision,
        "location": row.location,
        "actor1": row.actor1,
        "actor2": row.actor2,
        "modality": row.modality,
        "fatalities": row.fatalities,
        "injuries": row.injuries,
        "fatalities_range": _tuple(row.fatalities_range),
        "injuries_range": _tuple(row.injuries_range),
        "outlets": tuple(row.outlets or ()),
        "sources": tuple(row.sources or ()),
        "first_seen": row.first_seen,
        "last_seen": row.last_seen,
        "members": tuple(members),
        "explanations": tuple(row.explanation or ()),
    }
    return Merged(**{f.name: values[f.name] for f in fields(Merged)})


def _members(m: Merged) -> Iterator[tuple[str, int]]:
    for member in m.members:
        yield str(member[0]), int(member[1])


def _mention_view(row: Any) -> MentionView:
    event: Mapping[str, Any] = row.event
    return MentionView(
        article_id=row.article_id,
        index=row.event_index,
        source_id=row.source_id,
        outlet=row.outlet,
        url=row.url,
        published=row.published,
        title=row.title,
        evidence=str(event.get("evidence") or ""),
        source=event.get("source"),
        modality=event.get("modality"),
        fatalities=event.get("fatalities"),
        injuries=event.get("injuries"),
        casualty_text=str(event.get("casualty_text") or ""),
        event=event,
    )


def _plain(value: Any) -> Any:
    """A JSON-ready copy: tuples become lists, dates ISO text, dataclasses and mappings dicts."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    return json.loads(json.dumps(value))


def _tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _actor_key(text: str) -> str:
    return fold_text(text).lower()


def _bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    if len(bbox) != 4:
        raise StoreError(f"a bounding box is min_lon,min_lat,max_lon,max_lat; got {len(bbox)} numbers")
    min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox)
    if min_lon > max_lon or min_lat > max_lat:
        raise StoreError(f"bounding box {list(bbox)}: the minimum must not exceed the maximum")
    return min_lon, min_lat, max_lon, max_lat


def _query_date(value: date | str, name: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise StoreError(f"{name}: {value!r} is not an ISO date (write YYYY-MM-DD)") from exc


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _input_error_text(error: InputError) -> str:
    return error.problem + (f" ({error.hint})" if error.hint else "")


def _first_line(exc: BaseException | None) -> str:
    return str(exc).strip().split("\n", 1)[0] if exc is not None else "unknown error"


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)
