"""Keep the README honest: its examples must be what the commands print."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_extract_example_matches_output() -> None:
    result = CliRunner().invoke(main, ["extract", str(REPO / "examples" / "basra-protest.txt")])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    shown = README[README.index('{"id": "basra-protest"') :]
    shown = shown[: shown.index("```")]
    for key in ("id", "format", "title", "published", "encoding"):
        assert f'"{key}": {json.dumps(record[key], ensure_ascii=False)}' in shown, key
    first = record["sentences"][0]
    assert f'"sentences": [{{"start": {first["start"]}, "end": {first["end"]}}}' in shown
    assert re.search(r'"body": "' + re.escape(record["body"][:20]), shown)
    for t in record["times"]:
        assert json.dumps(t, ensure_ascii=False) in shown
    for entity in record["entities"]:
        fields = {k: entity[k] for k in ("text", "type", "canonical", "start", "end")}
        assert json.dumps(fields, ensure_ascii=False)[:-1] in shown, entity["text"]
    (event,) = record["events"]
    for key in ("plover", "acled", "modality", "date", "date_precision", "actor1", "actor2", "source", "trigger"):
        assert f'"{key}": {json.dumps(event[key], ensure_ascii=False)}' in shown, key
    for key in ("fatalities", "injuries", "casualty_text", "start", "end"):
        assert f'"{key}": {json.dumps(event[key], ensure_ascii=False)}' in shown, key


def test_readme_commands_are_those_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "ruff check src tests && mypy && python3 -m pytest"
    assert test_command in README
    assert test_command in ci
    assert "pip install -e '.[dev]' && rasd ingest examples/ && rasd events" in README


def test_every_example_article_extracts() -> None:
    result = CliRunner().invoke(main, ["extract", str(REPO / "examples")])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["published"], r["encoding"]) for r in records] == [
        ("basra-protest", "2024-07-14", "utf-8"),
        ("nahar-bint-jbeil", "2024-10-16", "utf-8"),
        ("akhbar-bint-jbeil", "2024-10-16", "utf-8"),
        ("arabi21-bint-jbeil", "2024-10-16", "utf-8"),
        ("idlib-shelling", "2023-10-09", "utf-8"),
        ("yemen-prisoners-cp1256", "2023-03-17", "windows-1256"),
    ]


def test_readme_main_job_merges_the_three_outlets(tmp_path: Path) -> None:
    """`rasd ingest examples/ && rasd events`: the strike on Bint Jbeil, told by three outlets, is one event."""
    db = f"sqlite:///{tmp_path / 'rasd.db'}"
    ingest = CliRunner().invoke(main, ["ingest", str(REPO / "examples"), "--db", db])
    assert ingest.exit_code == 0, ingest.stderr
    listed = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl"])
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    (strike,) = [e for e in events if e["location_text"] == "بنت جبيل"]
    assert (strike["plover"], strike["n_outlets"], strike["fatalities"]) == ("ASSAULT", 3, 2)
    assert len(events) == 4


def test_store_doc_shows_what_ingest_and_events_print(tmp_path: Path) -> None:
    """docs/store.md quotes `rasd ingest examples/` and `rasd events` output: it must be what they print."""
    doc = (REPO / "docs" / "store.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```[a-z]*\n(.*?)```", doc, flags=re.S)
    db = f"sqlite:///{tmp_path / 'rasd.db'}"
    ingest = CliRunner().invoke(main, ["ingest", str(REPO / "examples"), "--db", db])
    assert ingest.exit_code == 0, ingest.stderr
    assert ingest.stdout.replace(db, "sqlite:///rasd.db") in blocks
    listed = CliRunner().invoke(main, ["events", "--db", db])
    assert listed.exit_code == 0
    assert listed.stdout in blocks, listed.stdout
    assert "1 report, outlet unknown" in listed.stdout and "3 outlets, 3 reports" in listed.stdout
