from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main

ARTICLE = """مقتل جنديين بهجوم في ديالى
الخميس 04/01/2024
بعقوبة - وكالات

قُتل جنديان عراقيان وأصيب ثالث، مساء أمس الأربعاء، بهجوم شنه مسلحون على نقطة تفتيش في قضاء المقدادية بمحافظة ديالى.

وقال مصدر أمني إن قوة مشتركة بدأت عملية تفتيش في المنطقة بحثاً عن المهاجمين.
"""


def run(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_extract_folder_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path)])
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["id"] == "a1"
    assert record["title"] == "مقتل جنديين بهجوم في ديالى"
    assert record["published"] == "2024-01-04"
    assert (
        record["body"].split("\n")[1] == "وقال مصدر أمني إن قوة مشتركة بدأت عملية تفتيش في المنطقة بحثاً عن المهاجمين."
    )
    assert [(e["text"], e["type"], e["start"]) for e in record["entities"]] == [
        ("المقدادية", "GPE", 153),
        ("ديالى", "GPE", 171),
    ]
    (event,) = record["events"]
    assert (event["plover"], event["acled"], event["modality"], event["date"]) == (
        "ASSAULT",
        ["Battles", "Armed clash"],
        "asserted",
        "2024-01-03",
    )
    assert (event["fatalities"], event["injuries"]) == (2, 1)
    assert (event["actor1"]["role"], event["actor2"]["country"], event["actor2"]["role"]) == (
        "armed_group",
        "IRQ",
        "military",
    )
    assert [loc["text"] for loc in event["locations"]] == ["المقدادية"]
    assert ARTICLE[event["start"] : event["end"]] == event["evidence"]
    assert record["times"] == [
        {"text": "مساء أمس الأربعاء", "start": 94, "end": 111, "value": "2024-01-03", "precision": "day"}
    ]
    first = record["sentences"][0]
    assert ARTICLE[first["start"] : first["end"]].startswith("قُتل جنديان عراقيان")


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "c.txt").write_bytes(ARTICLE.encode("cp1256"))
    code, out, err = run(["extract", str(tmp_path)])
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[1]["error"].startswith("binary file: this is a PDF document")
    assert records[2]["published"] == "2024-01-04" and records[2]["encoding"] == "windows-1256"
    assert "b.txt: binary file" in err
    assert "1 input(s) failed" in err


def test_stdin_json_lines_with_published_override() -> None:
    line = json.dumps({"id": "x9", "text": ARTICLE, "published": "2024-01-05", "outlet": "الصباح"})
    code, out, _ = run(["extract", "-"], stdin=line + "\n")
    assert code == 0
    record = json.loads(out)
    assert (record["id"], record["published"], record["outlet"]) == ("x9", "2024-01-05", "الصباح")


def test_json_and_table_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path / "a.txt"), "--format", "json"])
    assert code == 0 and json.loads(out)[0]["id"] == "a"
    code, out, _ = run(["extract", str(tmp_path / "a.txt"), "--format", "table"])
    assert code == 0
    assert "published: 2024-01-04" in out
    assert "title:     مقتل جنديين بهجوم في ديالى" in out


def test_usage_error_without_paths() -> None:
    code, _, err = run(["extract"])
    assert code == 2
    assert "Missing argument" in err
