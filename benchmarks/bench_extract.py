"""Articles per second for `extract` over the dev corpus repeated to N articles, beside a plain
tokenising pass over the same raw texts (the floor any pipeline pays to look at every word), with
the time of each pipeline stage (and of the JSON line `rasd extract` writes) and the peak resident memory.

The dev corpus is 30 articles, so a repeated run sees every word again: the per-word caches
(folding, features, clitic readings) are warm after the first round. `--jsonl FILE` times a batch of
other articles instead, each read once (`rasd extract` input lines, e.g. a day of scraped news).

`--jobs N` also times the same batch through `extract_all(..., jobs=N)` (N worker processes, as
`rasd extract --jobs N` runs), writing each JSON line in the parent process.

usage: python3 benchmarks/bench_extract.py [--articles 5000] [--shared ../shared] [--jsonl FILE] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import time
from pathlib import Path

from rasd.document import Document
from rasd.evaluate import gold_records, load_gold
from rasd.output import to_record
from rasd.pipeline import STAGES, document_from_record, extract_all, extract_record
from rasd.read import Record, iter_inputs

WORD = re.compile(r"\w+")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--jsonl", type=Path, help="time these articles, each once, instead of the dev corpus")
    parser.add_argument("--jobs", type=int, default=1, help="also time the batch in this many worker processes")
    args = parser.parse_args()
    if args.jsonl:
        batch = [r for r in iter_inputs([str(args.jsonl)]) if isinstance(r, Record)]
        records = batch
    else:
        gold = load_gold(args.shared / "corpus" / "dev")
        records = list(gold_records(gold))
        batch = [records[i % len(records)] for i in range(args.articles)]
    html = sum(1 for r in batch if r.format == "html")

    start = time.perf_counter()
    words = sum(len(WORD.findall(r.text)) for r in batch)
    tokenise = time.perf_counter() - start

    for fmt in {r.format for r in batch}:  # load lexicons, and the HTML extractor if needed, outside the timing
        extract_record(next(r for r in batch if r.format == fmt))
    timings: dict[str, float] = {"text": 0.0, "html": 0.0}
    stages = dict.fromkeys([*(stage.__name__ for stage in STAGES), "output"], 0.0)
    start, cpu_start = time.perf_counter(), time.process_time()
    for record in batch:
        t0 = time.perf_counter()
        doc = document_from_record(record)
        for stage in STAGES:  # what extract_record does, one stage at a time
            t1 = time.perf_counter()
            doc = stage(doc)
            stages[stage.__name__] += time.perf_counter() - t1
        t1 = time.perf_counter()
        json.dumps(to_record(doc), ensure_ascii=False)  # what `rasd extract --format jsonl` writes
        stages["output"] += time.perf_counter() - t1
        timings[record.format] += time.perf_counter() - t0
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # on a shared machine, the time this process ran
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "articles": len(batch),
        "html_articles": html,
        "extract_articles_per_s": round(len(batch) / total, 1),
        "extract_ms_per_article": round(1000 * total / len(batch), 3),
        "extract_cpu_ms_per_article": round(1000 * cpu / len(batch), 3),
        "extract_ms_per_text_article": round(1000 * timings["text"] / max(1, len(batch) - html), 3),
        "extract_ms_per_html_article": round(1000 * timings["html"] / max(1, html), 3),
        "stage_ms_per_article": {name: round(1000 * t / len(batch), 3) for name, t in stages.items()},
        "tokenise_articles_per_s": round(len(batch) / tokenise, 1),
        "tokenise_ms_per_article": round(1000 * tokenise / len(batch), 4),
        "extract_over_tokenise": round(total / tokenise, 1),
        "words": words,
        "peak_rss_mb": round(peak_mb, 1),
    }
    if args.jobs > 1:
        start = time.perf_counter()
        for doc in extract_all(batch, jobs=args.jobs):
            if isinstance(doc, Document):
                json.dumps(to_record(doc), ensure_ascii=False)
        result[f"extract_articles_per_s_{args.jobs}_jobs"] = round(len(batch) / (time.perf_counter() - start), 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
