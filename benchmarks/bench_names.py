"""Loading the language resources, and dictionary matching speed over Arabic text.

Measures, in a fresh process:
- the time to load and validate every resource file (places, facilities, regions, actors,
  triggers, cues, time words, name rules, the tagger's word lexicon) and to build the name automaton;
- the memory those resources hold (tracemalloc peak while loading, and RSS growth);
- matching throughput of the name automaton over folded Arabic text (MB of UTF-8 input per
  second, one core), on the bodies of the dev corpus repeated to --megabytes.

usage: python3 benchmarks/bench_names.py [--megabytes 5] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import tracemalloc
from pathlib import Path


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slows loading)")
    args = parser.parse_args()

    before_rss = rss_mb()
    if args.tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    from rasd import actors, cues, events, gazetteer, names, tagger, triggers
    from rasd import time as time_words

    gazetteer.places(), gazetteer.facilities(), gazetteer.regions(), gazetteer.place_stoplist()
    actors.actors()
    triggers.trigger_lexicon()
    cues.cues()
    time_words.lexicon()
    names.rules()
    t_lex = time.perf_counter()
    tagger.lexicon()
    lexicon_s = time.perf_counter() - t_lex
    load_s = time.perf_counter() - t0
    names.name_matcher()
    events.trigger_matcher(), events.cue_matcher()
    total_s = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else 0
    tracemalloc.stop()
    loaded_rss = rss_mb() - before_rss

    from rasd.normalise import fold

    bodies = []
    for path in sorted((args.shared / "corpus" / "dev").glob("*.json")):
        bodies.append(json.loads(path.read_text(encoding="utf-8"))["raw"])
    chunk = "\n".join(bodies)
    size = len(chunk.encode("utf-8"))
    copies = max(1, int(args.megabytes * 1e6 / size))
    texts = [chunk] * copies
    matcher = names.name_matcher()
    t1 = time.perf_counter()
    hits = 0
    for text in texts:
        hits += len(matcher.find(fold(text).text))
    match_s = time.perf_counter() - t1
    megabytes = size * copies / 1e6
    print(
        json.dumps(
            {
                "load_files_s": round(load_s, 3),
                "of_which_tagger_lexicon_s": round(lexicon_s, 3),
                "load_and_build_automata_s": round(total_s, 3),
                "resources_peak_mb_tracemalloc": round(peak / 1e6, 1) if args.tracemalloc else None,
                "rss_growth_loading_mb": round(loaded_rss, 1),
                "name_keys": matcher.size,
                "matched_mb": round(megabytes, 2),
                "match_mb_per_s": round(megabytes / match_s, 2),
                "hits": hits,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
