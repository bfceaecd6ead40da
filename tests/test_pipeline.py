"""The batch pipeline: input order, per-article failures, and worker processes that give the same output."""

from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import rasd.pipeline
from rasd.cli import main
from rasd.document import Document
from rasd.errors import ExtractionError, InputError
from rasd.output import to_record
from rasd.pipeline import extract_all
from rasd.read import Record

from .conftest import REPO

STRIKE = "قُتل ثلاثة مدنيين وأصيب خمسة آخرون، مساء أمس، بقصف مدفعي استهدف بلدة سرمين شرقي إدلب."
ARRESTS = "اعتقلت قوات الأمن التونسية، فجر اليوم، أربعة ناشطين في مدينة صفاقس بعد مشاركتهم في احتجاج."
TALKS = "بحث وزير الخارجية العراقي مع نظيره الإيراني في بغداد، أمس الأحد، ملف المياه المشتركة."


def batch() -> list[Record | InputError]:
    day = date(2024, 3, 4)
    return [
        Record("strike", STRIKE, "text", "utf-8", published=day),
        InputError("feed.jsonl:2", "not valid JSON", "each line must be one JSON object"),
        Record("arrests", ARRESTS, "text", "utf-8", published=day),
        Record("talks", TALKS, "text", "utf-8", published=day),
    ]


def summary(items: list[Document | InputError]) -> list[object]:
    return [
        (item.source, item.problem)
        if isinstance(item, InputError)
        else (item.id, [(e["plover"], e["date"], [loc["text"] for loc in e["locations"]]) for e in item.events])
        for item in items
    ]


EXPECTED = [
    ("strike", [("ASSAULT", "2024-03-03", ["سرمين"])]),
    ("feed.jsonl:2", "not valid JSON"),
    ("arrests", [("COERCE", "2024-03-04", ["صفاقس"])]),
    ("talks", [("CONSULT", "2024-03-03", ["بغداد"])]),
]


def test_a_batch_keeps_its_order_and_its_input_errors() -> None:
    assert summary(list(extract_all(batch()))) == EXPECTED


def test_worker_processes_give_the_same_records_in_the_same_order() -> None:
    one = [to_record(d) if isinstance(d, Document) else str(d) for d in extract_all(batch())]
    two = [to_record(d) if isinstance(d, Document) else str(d) for d in extract_all(batch() * 5, jobs=2)]
    assert two == one * 5


def test_an_article_a_stage_fails_on_is_an_error_in_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rasd.pipeline.extract_record

    def flaky(record: Record) -> Document:
        if record.id == "arrests":
            raise RuntimeError("tagger crashed")
        return real(record)

    monkeypatch.setattr(rasd.pipeline, "extract_record", flaky)
    for jobs in (1, 2):  # (worker processes fork after the patch, so they fail the same way)
        got = list(extract_all(batch(), jobs=jobs))
        assert summary(got) == [
            EXPECTED[0],
            EXPECTED[1],
            ("arrests", "extraction failed: RuntimeError: tagger crashed"),
            EXPECTED[3],
        ]
        assert isinstance(got[2], ExtractionError) and got[2].record_id == "arrests"


def test_input_errors_cross_processes_whole() -> None:
    error = pickle.loads(pickle.dumps(InputError("a.txt", "empty input", "the file has no text", "a")))
    assert (type(error), error.source, error.problem, error.hint, error.record_id, str(error)) == (
        InputError,
        "a.txt",
        "empty input",
        "the file has no text",
        "a",
        "a.txt: empty input (the file has no text)",
    )
    failed = pickle.loads(pickle.dumps(ExtractionError("x", "extraction failed: KeyError: 'y'")))
    assert type(failed) is ExtractionError and failed.record_id == "x"


def test_jobs_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1, not 0"):
        list(extract_all(batch(), jobs=0))


def test_extract_with_jobs_writes_what_one_process_writes() -> None:
    examples = str(REPO / "examples")
    runner = CliRunner()
    one = runner.invoke(main, ["extract", examples])
    two = runner.invoke(main, ["extract", examples, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.stderr
    records = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["id"] for r in records] == [
        "basra-protest",
        "nahar-bint-jbeil",
        "akhbar-bint-jbeil",
        "arabi21-bint-jbeil",
        "idlib-shelling",
        "yemen-prisoners-cp1256",
    ]
    assert two.stdout == one.stdout


def test_ingest_with_jobs_stores_what_one_process_stores(tmp_path: Path) -> None:
    examples = str(REPO / "examples")
    runner = CliRunner()
    one = runner.invoke(main, ["ingest", examples, "--db", f"sqlite:///{tmp_path / 'one.db'}"])
    two = runner.invoke(main, ["ingest", examples, "--db", f"sqlite:///{tmp_path / 'two.db'}", "-j", "2"])
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert two.stdout.split(";")[0] == "rasd: 6 new, 0 already stored, 0 failed"
    assert two.stdout.replace("two.db", "one.db") == one.stdout
    again = runner.invoke(main, ["ingest", examples, "--db", f"sqlite:///{tmp_path / 'two.db'}", "-j", "2"])
    assert again.stdout.split(";")[0] == "rasd: 0 new, 6 already stored, 0 failed"
