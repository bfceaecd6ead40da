"""The `rasd` command: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from rasd.errors import InputError, RasdError
from rasd.output import error_record, table_row, to_record
from rasd.pipeline import extract_all
from rasd.read import DEFAULT_MAX_BYTES, iter_inputs


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
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this.",
)
def extract(paths: tuple[str, ...], fmt: str, max_bytes: int) -> None:
    """Extract articles from PATHS: .txt/.html files, folders (recursive), .jsonl files, or - for JSON lines
    on stdin ({"id", "text"|"html", "published"?, "url"?, "outlet"?}).

    \b
    Example:
      rasd extract examples/ --format table
      echo '{"id": "a1", "text": "قتل ثلاثة مدنيين بقصف على إدلب اليوم."}' | rasd extract -

    Exit status 0 when every input was read, 1 when some failed (each failure is on stderr and in the output
    as {"id", "error"}).
    """
    failed = 0
    collected: list[dict[str, Any]] = []
    out = click.get_text_stream("stdout")
    for item in extract_all(iter_inputs(paths, sys.stdin, max_bytes)):
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
def evaluate(gold_dir: Path, docs: bool) -> None:
    """Extract the raw page of every gold article in GOLD_DIR (SCHEMA.md files) and print the scores as JSON.

    \b
    Example:
      rasd evaluate ../shared/corpus/dev
    """
    from rasd.evaluate import evaluate as run

    try:
        figures, per_doc = run(gold_dir)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    if docs:
        for gid, verdict in per_doc.items():
            click.echo(f"{gid} {verdict}")
    click.echo(json.dumps(figures, ensure_ascii=False))
