"""rasd's temporal tagger beside dateparser.search_dates on the same sentences, in one run.

A sentence counts as right when the set of resolved dates equals the expected set (spans and
precision aside, so that both tools are judged on the same thing; a non-date sentence is right when
nothing is found). Time per sentence is the mean over the table, after one warm-up pass.

usage: python3 benchmarks/bench_time.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from datetime import date, datetime
from pathlib import Path

import yaml

from rasd.timex import tag

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "time_cases.yaml"


def rasd_dates(text: str, anchor: date) -> set[date]:
    return {t.value for t in tag(text, anchor)}


def dateparser_dates(text: str, anchor: date) -> set[date]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day), "PREFER_DATES_FROM": "past"}
    found = search_dates(text, languages=["ar"], settings=settings) or []  # type: ignore[arg-type]
    return {value.date() for _, value in found}


def run(name: str, finder, cases: list[dict], repeat: int) -> dict[str, float | int | str]:  # type: ignore[no-untyped-def]
    for case in cases:  # warm-up: load data, compile patterns
        finder(case["text"], case["anchor"])
    right = sum(finder(c["text"], c["anchor"]) == {e["value"] for e in c["expect"]} for c in cases)
    start = time.perf_counter()
    for _ in range(repeat):
        for case in cases:
            finder(case["text"], case["anchor"])
    elapsed = time.perf_counter() - start
    return {
        "tool": name,
        "sentences": len(cases),
        "right": right,
        "accuracy": round(right / len(cases), 3),
        "ms_per_sentence": round(1000 * elapsed / (repeat * len(cases)), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    warnings.simplefilter("ignore")
    ours = run("rasd", rasd_dates, cases, args.repeat)
    theirs = run("dateparser", dateparser_dates, cases, args.repeat)
    speedup = round(float(theirs["ms_per_sentence"]) / float(ours["ms_per_sentence"]), 1)
    print(json.dumps({"rasd": ours, "dateparser": theirs, "rasd_speedup": speedup}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
