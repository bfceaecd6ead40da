"""The `rasd` command: a thin layer over the library."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from rasd.errors import InputError, RasdError
from rasd.output import error_record, table_row, to_record
from rasd.pipeline import extract_all
from rasd.read import DEFAULT_MAX_BYTES, iter_inputs

if TYPE_CHECKING:
    from rasd.merge import Merged
    from rasd.store import Store


max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this.",
)

jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many worker processes (up to one per core); the output keeps the input order.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
def main() -> None:
    """rasd: Arabic news articles in, structured event records out."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per line; json: one array; table: a summary for people.",
)
@max_bytes_option
@jobs_option
def extract(paths: tuple[str, ...], fmt: str, max_bytes: int, jobs: int) -> None:
    """Extract articles from PATHS: .txt/.html files, folders (recursive), .jsonl files, or - for JSON lines
    on stdin ({"id", "text"|"html", "published"?, "url"?, "outlet"?}).

    \b
    Example:
      rasd extract examples/ --format table
      echo '{"id": "a1", "text": "قتل ثلاثة مدنيين بقصف على إدلب اليوم."}' | rasd extract -
      rasd extract day.jsonl --jobs 4 > events.jsonl

    Exit status 0 when every input was read, 1 when some failed (each failure is on stderr and in the output
    as {"id", "error"}).
    """
    failed = 0
    collected: list[dict[str, Any]] = []
    out = click.get_text_stream("stdout")
    for item in extract_all(iter_inputs(paths, sys.stdin, max_bytes), jobs):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"rasd: {item}", err=True)
            record = error_record(item)
            if fmt == "table":
                out.write(f"── {record['id']}  ERROR: {record['error']}\n")
        else:
            record = to_record(item)
            if fmt == "table":
                out.write(table_row(item) + "\n")
        if fmt == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "json":
            collected.append(record)
    if fmt == "json":
        out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    if failed:
        click.echo(f"rasd: {failed} input(s) failed", err=True)
        sys.exit(1)


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", is_flag=True, help="Also print one line per article.")
@jobs_option
def evaluate(gold_dir: Path, docs: bool, jobs: int) -> None:
    """Extract the raw page of every gold article in GOLD_DIR (SCHEMA.md files) and print the scores as JSON.

    \b
    Example:
      rasd evaluate ../shared/corpus/dev
    """
    from rasd.evaluate import evaluate as run

    try:
        figures, per_doc = run(gold_dir, jobs)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    if docs:
        for gid, verdict in per_doc.items():
            click.echo(f"{gid} {verdict}")
    click.echo(json.dumps(figures, ensure_ascii=False))


# ── the event store ──────────────────────────────────────────────────────────────────────────────────────

DEFAULT_DB = "sqlite:///rasd.db"

db_option = click.option(
    "--db",
    "db_url",
    envvar="RASD_DB",
    default=DEFAULT_DB,
    show_default=True,
    help="Database URL: sqlite:///FILE or postgresql://USER@HOST/DB (also env RASD_DB).",
)


def _open_store(db_url: str, create: bool = False) -> Store:
    """The store at `db_url`; only `ingest` creates a missing SQLite file."""
    from rasd.store import open_store

    try:
        return open_store(db_url, create=create)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@max_bytes_option
@jobs_option
def ingest(paths: tuple[str, ...], db_url: str, max_bytes: int, jobs: int) -> None:
    """Extract the articles in PATHS (as `rasd extract` reads them) into the event store, then merge the events
    that several articles report.

    An article already stored (the same text) is skipped, so ingesting a folder again, or again after an
    interrupted run, stores each article once. Inputs that cannot be read or extracted are kept in the
    store (`rasd failures`).

    \b
    Example:
      rasd ingest examples/ --db sqlite:///rasd.db
      rasd ingest day.jsonl --jobs 4

    Prints one summary line; exit status 1 when some input failed.
    """
    from tqdm import tqdm  # type: ignore[import-untyped]

    with _open_store(db_url, create=True) as store:
        items = iter_inputs(paths, sys.stdin, max_bytes)
        # The bar shows only on a terminal and only once the run has lasted a second.
        with tqdm(items, total=_count_files(paths), unit=" articles", file=sys.stderr, disable=None, delay=1.0) as bar:
            try:
                report = store.ingest(bar, jobs)
            except RasdError as exc:
                raise click.ClickException(str(exc)) from exc
        for source, error in report.errors:
            click.echo(f"rasd: {source}: {error}", err=True)
        click.echo(
            f"rasd: {report.new} new, {report.skipped} already stored, {report.failed} failed; "
            f"{report.events} events in {store.url}"
        )
    if report.failed:
        sys.exit(1)


def _count_files(paths: tuple[str, ...]) -> int | None:
    """How many inputs there are, when every path is a text/HTML file or a folder of them (else unknown)."""
    from rasd.read import RECORD_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for raw in paths:
        path = Path(raw)
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        if raw == "-" or any(p.suffix.lower() in RECORD_SUFFIXES for p in files):
            return None
        total += sum(1 for p in files if p.suffix.lower() in TEXT_SUFFIXES or not path.is_dir())
    return total


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(v) for v in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise click.BadParameter("write min_lon,min_lat,max_lon,max_lat, e.g. 35.5,32.0,42.5,37.5", param_hint="--bbox")
    return parts[0], parts[1], parts[2], parts[3]


@main.command()
@db_option
@click.option("--since", help="First day, YYYY-MM-DD (inclusive).")
@click.option("--until", help="Last day, YYYY-MM-DD (inclusive).")
@click.option("--country", help="ISO 3166-1 alpha-2 code of the event's place, e.g. SY.")
@click.option("--admin1", help="First-level region as the gazetteer names it, e.g. Idlib.")
@click.option("--type", "plover", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--actor", help="Part of an actor's text or canonical name (Arabic or English).")
@click.option("--bbox", help="min_lon,min_lat,max_lon,max_lat.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv", "geojson", "parquet"]),
    default="table",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def events(
    db_url: str,
    since: str | None,
    until: str | None,
    country: str | None,
    admin1: str | None,
    plover: str | None,
    actor: str | None,
    bbox: str | None,
    limit: int | None,
    fmt: str,
    out: Path | None,
) -> None:
    """List the merged events in the store, ordered by date.

    \b
    Examples:
      rasd events --country SY --since 2023-10-01 --type ASSAULT
      rasd events --actor houthi --format jsonl
      rasd events --bbox 35.5,32.0,42.5,37.5 --format geojson --out events.geojson
      rasd events --format parquet --out events.parquet
    """
    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet writes a file: give --out FILE.parquet")
    with _open_store(db_url) as store:
        try:
            found = store.events(
                since=since,
                until=until,
                country=country,
                admin1=admin1,
                plover=plover,
                actor=actor,
                bbox=_bbox(bbox),
                limit=limit,
            )
        except RasdError as exc:
            raise click.ClickException(str(exc)) from exc
    try:
        _write_events(found, fmt, out)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot write: {exc.strerror or exc}") from exc


def _write_events(found: list[Merged], fmt: str, out: Path | None) -> None:
    from rasd import exports

    if fmt == "table":
        text = "".join(_event_table_line(e) + "\n" for e in found)
    elif fmt == "geojson":
        text = json.dumps(exports.to_geojson(found), ensure_ascii=False) + "\n"
    elif out is not None:
        {"jsonl": exports.write_jsonl, "csv": exports.write_csv, "parquet": exports.write_parquet}[fmt](out, found)
        return
    else:
        buffer = io.StringIO()
        {"jsonl": exports.write_jsonl, "csv": exports.write_csv}[fmt](buffer, found)
        text = buffer.getvalue()
    if out is None:
        click.get_text_stream("stdout").write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _event_table_line(e: Merged) -> str:
    """One line: id, date, type, place, actors, modality, casualties, outlets and reports."""

    def who(actor: Any) -> str:
        return "?" if not actor else f"{actor.get('country') or '—'} {actor.get('role') or ''}".strip()

    kind = f"{e.plover} {e.acled[1]}" if e.acled else e.plover
    place = e.location or {}
    where = (
        f"{place.get('text') or place.get('canonical')} ({place.get('country')}, {place.get('admin1') or '—'})"
        if place
        else "no place"
    )
    toll = [f"{n} {label}" for n, label in ((e.fatalities, "killed"), (e.injuries, "injured")) if n]
    parts = [e.id, e.date or "????-??-??", kind, where, f"{who(e.actor1)} → {who(e.actor2)}", e.modality]
    parts += [", ".join(toll)] if toll else []
    reports = _plural(len(e.members), "report")
    # articles fed without an outlet field: say so rather than count "0 outlets"
    parts.append(f"{_plural(len(e.outlets), 'outlet')}, {reports}" if e.outlets else f"{reports}, outlet unknown")
    return "  ".join(str(p) for p in parts)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@main.command()
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
def show(event_id: str, db_url: str, as_json: bool) -> None:
    """Show one merged event and each article's report of it: outlet, date, evidence sentence, source,
    modality and casualties.

    \b
    Example:
      rasd show 3f1c0a9e2b7d4c51
    """
    with _open_store(db_url) as store:
        detail = store.event(event_id)
    if detail is None:
        raise click.ClickException(f"no event {event_id!r} in the store (list them with `rasd events`)")
    if as_json:
        from rasd.store import event_to_dict

        click.echo(json.dumps(event_to_dict(detail), ensure_ascii=False, indent=2))
        return
    click.echo(_event_table_line(detail.event))
    for reason in detail.event.explanations:
        click.echo(f"  why: {reason}")
    for m in detail.mentions:
        source = m.source or {}
        toll = [f"{n} {label}" for n, label in ((m.fatalities, "killed"), (m.injuries, "injured")) if n is not None]
        outlet = m.outlet or "(no outlet)"
        click.echo(f"── {outlet}  {m.published or '?'}  {m.source_id} [{m.article_id[:12]} #{m.index}]")
        if m.url:
            click.echo(f"   url:      {m.url}")
        click.echo(f"   evidence: {m.evidence}")
        click.echo(
            f"   source:   {source.get('kind') or '?'}{' — ' + source['text'] if source.get('text') else ''}"
            f" | {m.modality or '?'}"
            + (f" | {', '.join(toll)}" if toll else "")
            + (f" ({m.casualty_text})" if m.casualty_text else "")
        )


@main.command()
@click.option(
    "--acled", "acled_out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="CSV file to write."
)
@db_option
def export(acled_out: Path, db_url: str) -> None:
    """Write the merged events that ACLED would code as an ACLED-style CSV (docs/merging.md says which).

    \b
    Example:
      rasd export --acled events_acled.csv
    """
    from rasd.exports import write_acled_csv

    with _open_store(db_url) as store:
        found = list(store.iter_events())
    try:
        written = write_acled_csv(acled_out, found)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"rasd: {written} events written to {acled_out}; {len(found) - written} left out "
        "(no ACLED type, not reported as having happened, or no date or country)"
    )


@main.command()
@db_option
def failures(db_url: str) -> None:
    """List the inputs that could not be read or extracted: when first and last seen, where, and why."""
    with _open_store(db_url) as store:
        rows = store.failures()
    for f in rows:
        click.echo(f"{f.at}  {f.source}: {f.error}" + (f" (again {f.last_at})" if f.last_at != f.at else ""))
    if not rows:
        click.echo("rasd: no failures recorded", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar="RASD_TOKEN",
    help="Bearer token that POST /articles requires (also env RASD_TOKEN); without one, posting is refused.",
)
@click.option(
    "--max-body-bytes",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Refuse a posted article larger than this (413).",
)
@click.option("--max-page", type=click.IntRange(min=1), default=500, show_default=True, help="Largest ?limit=.")
def serve(db_url: str, host: str, port: int, token: str | None, max_body_bytes: int, max_page: int) -> None:
    """Serve the event store over HTTP (uvicorn, one worker): POST /articles, GET /events, /events/{id},
    /export.csv, /health; OpenAPI docs at /docs. See docs/api.md.

    \b
    Example:
      RASD_TOKEN=$(openssl rand -hex 16) rasd serve --db sqlite:///rasd.db --port 8000

    Without a token the API is read-only and the store must exist; with one, a missing SQLite file is created.
    """
    import uvicorn

    from rasd.api import create_app

    try:
        app = create_app(db_url, token, max_body_bytes=max_body_bytes, max_page=max_page)
    except (RasdError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    posting = "POST /articles needs the token" if token else "read-only: no --token"
    click.echo(f"rasd: serving {app.state.store.url} on http://{host}:{port} ({posting})", err=True)
    uvicorn.run(app, host=host, port=port, workers=1, log_level="info")


if __name__ == "__main__":
    main()
