from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main
from rasd.evaluate import load_gold, score


def perturbed_predictions(gold: dict[str, dict], seed: int) -> dict[str, dict]:
    """Predictions that are right, wrong and missing in several ways, to exercise every figure."""
    rng = random.Random(seed)
    out = {}
    for gid, g in gold.items():
        if rng.random() < 0.1:
            continue  # a missing article
        events = []
        for ev in copy.deepcopy(g["events"]):
            roll = rng.random()
            if roll < 0.15:
                continue
            if roll < 0.3:
                ev["date"] = "2020-01-01"
            elif roll < 0.4:
                ev["actor1"] = None
            elif roll < 0.5:
                ev["modality"] = "asserted" if ev["modality"] != "asserted" else "claimed"
            elif roll < 0.55:
                for loc in ev["locations"]:
                    loc["lat"] = loc["lat"] + 3
            events.append(ev)
        if rng.random() < 0.5:
            events.append({"plover": "ASSAULT", "date": g["published"], "locations": []})
        entities = [e for e in g["entities"] if rng.random() < 0.8] + [{"text": "زيد", "type": "PER"}]
        body_lines = [line for line in g["raw"].split("\n") if rng.random() < 0.9]
        out[gid] = {
            "id": gid,
            "events": events,
            "entities": entities,
            "body": "\n".join(body_lines),
            "published": g["published"] if rng.random() < 0.8 else None,
        }
    return out


def test_scores_match_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for path in [*sorted((shared / "corpus" / "dev").glob("*.json")), shared / "corpus" / "seed-000.json"]:
        (gold_dir / path.name).write_bytes(path.read_bytes())
    gold = load_gold(gold_dir)
    for seed in (1, 2, 3):
        predicted = perturbed_predictions(gold, seed)
        pred_file = tmp_path / f"pred{seed}.jsonl"
        pred_file.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predicted.values()), encoding="utf-8"
        )
        result = subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), str(gold_dir), str(pred_file), "--docs"],
            capture_output=True,
            text=True,
            check=True,
        )
        *doc_lines, summary = result.stdout.strip().splitlines()
        ours, per_doc = score(gold, predicted)
        assert ours == json.loads(summary)
        assert [f"{k} {v}" for k, v in per_doc.items()] == doc_lines


def test_evaluate_command_prints_figures(shared: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(shared / "corpus" / "dev"), "--docs"])
    assert result.exit_code == 0, result.output
    *docs, summary = result.stdout.strip().splitlines()
    figures = json.loads(summary)
    assert figures["docs"] == 30 and figures["missing"] == 0
    assert docs[0].startswith("dev-001 ")


def test_evaluate_command_on_a_folder_without_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "no gold articles" in result.stderr
