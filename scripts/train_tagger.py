#!/usr/bin/env python3
"""Train rasd's name tagger (src/rasd/data/tagger.crfsuite), or cross-validate it on ANERcorp.

    python3 scripts/train_tagger.py                 # train on ANERcorp + Wojood train/val, write the model
    python3 scripts/train_tagger.py --cv 5          # 5 contiguous folds over ANERcorp sentences, P/R/F1
    python3 scripts/train_tagger.py --limit 300 --out /tmp/t.crfsuite   # a quick run

Data: ../shared/datasets (or $RASD_SHARED/datasets). ANERcorp: `token TAG` lines, "." ends a sentence.
Wojood: `token TAG [TAG ...]` (nested, outermost first), sentences split by `$#$ O` or blank lines.
Labels are mapped to BIO over PER/ORG/LOC (see docs/tagger.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pycrfsuite

from rasd.tagger import TYPES, cues, features_of_document, label_spans, spread_names, stem

REPO = Path(__file__).resolve().parents[1]
Sentence = tuple[list[str], list[str]]

# Chosen by --cv 5 on ANERcorp (docs/tagger.md has the figures).
C1 = 0.02
C2 = 0.05
ITERATIONS = 150
# Neither corpus marks where an article ends: a sentence's document (for the features its words' other
# occurrences give, tagger.document_features) is this many sentences either side of it.
CONTEXT = 10

_ANERCORP = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"}  # MISC -> O
_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def shared_datasets() -> Path:
    return Path(os.environ.get("RASD_SHARED", REPO.parent / "shared")) / "datasets"


def repair(labels: list[str]) -> list[str]:
    """An I-X that does not follow B-X or I-X becomes B-X."""
    out: list[str] = []
    for label in labels:
        if label.startswith("I-") and (not out or out[-1][2:] != label[2:]):
            label = "B-" + label[2:]
        out.append(label)
    return out


def read_anercorp(path: Path, limit: int | None = None) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            token, _, tag_ = line.rstrip("\n").rpartition(" ")
            token = token.strip()
            if not token:  # a handful of lines hold no token
                continue
            prefix, _, kind = tag_.strip().partition("-")
            words.append(token)
            labels.append(f"{prefix}-{_ANERCORP[kind]}" if kind in _ANERCORP else "O")
            if token == ".":
                sentences.append((words, repair(labels)))
                words, labels = [], []
                if limit is not None and len(sentences) >= limit:
                    return sentences
    if words:
        sentences.append((words, repair(labels)))
    return sentences[:limit] if limit is not None else sentences


def _wojood_label(tags: Sequence[str]) -> str:
    for t in tags:  # outermost first: the first of the types kept wins
        prefix, _, kind = t.partition("-")
        if kind in _WOJOOD:
            return f"{prefix}-{_WOJOOD[kind]}"
    return "O"


def _harmonise(words: list[str], labels: list[str]) -> list[str]:
    """Wojood puts "مدينة" in "مدينة نابلس" inside the place; ANERcorp does not. Follow ANERcorp."""
    place_words = {s for s, kind in cues().items() if kind == "LOC"}
    out = list(labels)
    for i, label in enumerate(out):
        if label == "B-LOC" and i + 1 < len(out) and out[i + 1] == "I-LOC" and stem(words[i]) in place_words:
            out[i], out[i + 1] = "O", "B-LOC"
    return out


def read_wojood(path: Path, limit: int | None = None) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    labels: list[str] = []

    def flush() -> None:
        nonlocal words, labels
        if words:
            sentences.append((words, _harmonise(words, repair(labels))))
        words, labels = [], []

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts or parts[0] == "$#$":
                flush()
                continue
            words.append(parts[0])
            labels.append(_wojood_label(parts[1:]))
    flush()
    return sentences[:limit] if limit is not None else sentences


def words_only(sentence: Sentence) -> Sentence:
    """The sentence without its punctuation tokens (as `rasd.segment` tokens come)."""
    kept = [(w, label) for w, label in zip(*sentence, strict=True) if any(c.isalnum() for c in w)]
    return [w for w, _ in kept], repair([label for _, label in kept])


def train(sentences: Sequence[Sentence], out: Path, c1: float, c2: float, iterations: int) -> None:
    """Train on each sentence as written and once more without its punctuation."""
    trainer = pycrfsuite.Trainer(verbose=False)
    bare = [words_only(sentence) for sentence in sentences]
    written_features = features_of_document([words for words, _ in sentences], CONTEXT)
    bare_features = features_of_document([words for words, _ in bare], CONTEXT)
    for sentence, as_written, without, without_features in zip(
        sentences, written_features, bare, bare_features, strict=True
    ):
        trainer.append(pycrfsuite.ItemSequence(as_written), sentence[1])
        if without[0] and len(without[0]) < len(sentence[0]):
            trainer.append(pycrfsuite.ItemSequence(without_features), without[1])
    # possible_states: a weight for every label with every attribute seen, not only the labels seen with it, so
    # the model learns which labels a feature speaks against (5-fold CV on folds 0 and 2: 0.751 -> 0.753)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.possible_states": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, tuple[int, int, int]]:
    """Per type: (true positives, predicted, gold) over exact spans, conlleval style."""
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in TYPES}
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(label_spans(g)), set(label_spans(p))
        for s in ps:
            counts[s[2]][1] += 1
            counts[s[2]][0] += s in gs
        for s in gs:
            counts[s[2]][2] += 1
    return {t: (c[0], c[1], c[2]) for t, c in counts.items()}


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def folds(n: int, k: int) -> list[tuple[int, int]]:
    """K contiguous [start, end) ranges over n sentences, in order, sizes differing by at most one."""
    return [(n * i // k, n * (i + 1) // k) for i in range(k)]


def windows(sentences: Sequence[Sentence], size: int) -> list[Sentence]:
    """Consecutive sentences joined into runs of at least `size` words (an article's worth); 0 keeps sentences."""
    if size <= 0:
        return list(sentences)
    out: list[Sentence] = []
    words: list[str] = []
    labels: list[str] = []
    for w, lab in sentences:
        words, labels = words + w, labels + lab
        if len(words) >= size:
            out.append((words, labels))
            words, labels = [], []
    if words:
        out.append((words, labels))
    return out


Counts = dict[str, tuple[int, int, int]]


def _run_fold(args: tuple[list[Sentence], list[Sentence], Path, float, float, int, int]) -> tuple[Counts, Counts]:
    """Scores on the test part as written and with its punctuation dropped."""
    train_part, test_part, path, c1, c2, iterations, window = args
    train(train_part, path, c1, c2, iterations)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    results = []
    for part in (test_part, [words_only(s) for s in test_part]):
        runs = windows(part, window)
        every = features_of_document([words for words, _ in runs], CONTEXT)
        decoded = [list(tagger.tag(pycrfsuite.ItemSequence(f))) if f else [] for f in every]
        predicted = spread_names([words for words, _ in runs], decoded, CONTEXT)
        results.append(score([labels for _, labels in runs], predicted))
    return results[0], results[1]


def _add(total: Counts, more: Counts) -> Counts:
    return {t: (total[t][0] + more[t][0], total[t][1] + more[t][1], total[t][2] + more[t][2]) for t in TYPES}


def cross_validate(
    sentences: list[Sentence],
    extra: list[Sentence],
    k: int,
    work: Path,
    params: tuple[float, float, int],
    window: int = 0,
    workers: int = 0,
    only: Sequence[int] = (),
) -> tuple[Counts, Counts]:
    """K contiguous folds over `sentences` (no shuffling); `extra` joins every training part.

    `workers` processes (0: one per core), `only` a subset of fold numbers (empty: all)."""
    c1, c2, iterations = params
    jobs = []
    for i, (a, b) in enumerate(folds(len(sentences), k)):
        if only and i not in only:
            continue
        train_part = sentences[:a] + sentences[b:] + extra
        jobs.append((train_part, sentences[a:b], work / f"fold{i}.crfsuite", c1, c2, iterations, window))
    zero: Counts = {t: (0, 0, 0) for t in TYPES}
    written, bare = zero, zero
    with ProcessPoolExecutor(max_workers=min(len(jobs), workers or os.cpu_count() or 1)) as pool:
        for as_written, words in pool.map(_run_fold, jobs):
            written, bare = _add(written, as_written), _add(bare, words)
    return written, bare


def report(counts: dict[str, tuple[int, int, int]]) -> str:
    lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t in (*TYPES, "micro"):
        tp, pred, gold = counts[t] if t != "micro" else tuple(sum(c[j] for c in counts.values()) for j in range(3))
        p, r, f = prf(tp, pred, gold)
        lines.append(f"{t:6} {p:6.4f} {r:6.4f} {f:6.4f} {gold:6d} {pred:6d}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "rasd" / "data" / "tagger.crfsuite")
    parser.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation on ANERcorp; writes no model")
    parser.add_argument("--cv-wojood", action="store_true", help="with --cv: add Wojood to every training fold")
    parser.add_argument(
        "--cv-window", type=int, default=0, metavar="W", help="with --cv: tag runs of W+ words, not sentences"
    )
    parser.add_argument(
        "--cv-jobs", type=int, default=0, metavar="N", help="with --cv: N processes (default: one per core)"
    )
    parser.add_argument(
        "--cv-only", type=int, nargs="+", default=[], metavar="I", help="with --cv: score only these folds (0-based)"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N sentences of each corpus")
    parser.add_argument("--anercorp", type=Path, default=None, help="ANERcorp train.txt")
    parser.add_argument("--wojood", type=Path, default=None, help="folder with Wojood train.txt and val.txt")
    parser.add_argument("--c1", type=float, default=C1, help=f"L1 penalty (default {C1})")
    parser.add_argument("--c2", type=float, default=C2, help=f"L2 penalty (default {C2})")
    parser.add_argument("--iterations", type=int, default=ITERATIONS, help=f"L-BFGS iterations (default {ITERATIONS})")
    args = parser.parse_args(argv)

    anercorp_path = args.anercorp or shared_datasets() / "anercorp" / "train.txt"
    wojood_dir = args.wojood or shared_datasets() / "wojood-sample"
    for path in (anercorp_path, wojood_dir / "train.txt", wojood_dir / "val.txt"):
        if not path.is_file():
            parser.error(f"{path} not found; pass --anercorp/--wojood or set RASD_SHARED")
    started = time.perf_counter()
    anercorp = read_anercorp(anercorp_path, args.limit)
    wojood = read_wojood(wojood_dir / "train.txt", args.limit) + read_wojood(wojood_dir / "val.txt", args.limit)
    print(f"ANERcorp: {len(anercorp)} sentences, Wojood: {len(wojood)} sentences", file=sys.stderr)

    if args.cv:
        if args.cv < 2:
            parser.error("--cv needs at least 2 folds")
        extra = wojood if args.cv_wojood else []
        with tempfile.TemporaryDirectory() as work:
            params = (args.c1, args.c2, args.iterations)
            written, bare = cross_validate(
                anercorp, extra, args.cv, Path(work), params, args.cv_window, args.cv_jobs, args.cv_only
            )
        unit = f"runs of {args.cv_window}+ words" if args.cv_window > 0 else "sentence by sentence"
        scored = f" (folds {', '.join(map(str, args.cv_only))} only)" if args.cv_only else ""
        print(
            f"{args.cv}-fold CV{scored} on ANERcorp, contiguous folds (c1={args.c1}, c2={args.c2}, "
            f"iterations={args.iterations}{', + Wojood in training' if args.cv_wojood else ''}), tagged {unit}"
        )
        print("exact spans, tokens as in ANERcorp:")
        print(report(written))
        print("exact spans, punctuation tokens dropped:")
        print(report(bare))
    else:
        train(anercorp + wojood, args.out, args.c1, args.c2, args.iterations)
        size = args.out.stat().st_size
        print(f"wrote {args.out} ({size / 1e6:.2f} MB)")
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
