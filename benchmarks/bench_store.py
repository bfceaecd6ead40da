"""The event store and its HTTP API under load.

(a) Ingest N articles (default 10,000) into a fresh SQLite file through `Store.ingest` (what `rasd ingest`
    does: one transaction per article, then one rebuild of the merged events), and report articles/s,
    the events, the time of one more rebuild, and the database size.
(b) Start `rasd serve` (uvicorn, one worker) on loopback against that file in a subprocess and measure
    `GET /events?limit=50` with C concurrent clients (asyncio + httpx, default 50) for a fixed time after
    a warm-up: p50/p99 latency, requests/s, errors.

The articles are the texts of examples/ and the raw pages of the dev corpus (../shared/corpus/dev),
repeated. Copy k of each gets the line "(نسخة اختبار رقم k)" appended, so every text (and its SHA-256
key) differs, and, unless --same-date, the publication date its page states plus k days, so that the
relative dates of its events ("أمس", "اليوم") move and the copies are not all one event. The client
runs on the same machine as the server and competes with it for the CPU.

usage: python3 benchmarks/bench_store.py [--articles 10000] [--clients 50] [--duration 20] [--warmup 5]
                                         [--db FILE] [--shared ../shared] [--same-date]
Prints one JSON object; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from rasd.evaluate import gold_records, load_gold
from rasd.pipeline import extract_record
from rasd.read import Record, iter_inputs
from rasd.store import open_store

REPO = Path(__file__).resolve().parents[1]
VARIATION = (
    'copy k of each base article has "\\n(نسخة اختبار رقم k)\\n" appended (so its text and hash differ) '
    "and, unless --same-date, is given the publication date its page states plus k days"
)


def base_records(shared: Path) -> list[Record]:
    examples = [r for r in iter_inputs([str(REPO / "examples")]) if isinstance(r, Record)]
    return examples + list(gold_records(load_gold(shared / "corpus" / "dev")))


def copies(bases: list[Record], n: int, same_date: bool) -> Iterator[Record]:
    """`n` records: the bases over and over, copy k of each varied as VARIATION says."""
    found: dict[str, date | None] = {}
    if not same_date:
        found = {r.id: r.published or extract_record(r).published for r in bases}
    for i in range(n):
        k, which = divmod(i, len(bases))
        base = bases[which]
        published = base.published
        own = found.get(base.id)
        if own is not None:
            published = own + timedelta(days=k)
        yield dataclasses.replace(
            base, id=f"{base.id}-{k:05d}", text=f"{base.text}\n(نسخة اختبار رقم {k})\n", published=published
        )


def progress(items: Iterator[Record], total: int, every: int = 1000) -> Iterator[Record]:
    start = time.perf_counter()
    for i, item in enumerate(items, start=1):
        yield item
        if i % every == 0 or i == total:
            rate = i / (time.perf_counter() - start)
            print(f"bench_store: read {i:,}/{total:,} articles ({rate:.0f}/s)", file=sys.stderr, flush=True)


def size_mb(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return round(sum(f.stat().st_size for f in files if f.exists()) / 1e6, 1)


def ingest(db: Path, n: int, shared: Path, same_date: bool) -> dict[str, Any]:
    bases = base_records(shared)
    records = list(copies(bases, n, same_date))  # built before the clock starts
    extract_record(bases[0])  # load lexicons and the HTML extractor outside the timing
    url = f"sqlite:///{db}"
    with open_store(url) as store:
        start = time.perf_counter()
        report = store.ingest(progress(iter(records), n))
        seconds = time.perf_counter() - start
        print("bench_store: rebuilding the merged events once more, for its time", file=sys.stderr, flush=True)
        start = time.perf_counter()
        store.remerge()
        remerge_s = time.perf_counter() - start
        counts = store.counts()
    return {
        "articles": n,
        "base_articles": len(bases),
        "base_html_articles": sum(1 for r in bases if r.format == "html"),
        "variation": VARIATION + (" (--same-date: dates not moved)" if same_date else ""),
        "new": report.new,
        "failed": report.failed,
        "ingest_s": round(seconds, 1),
        "articles_per_s": round(n / seconds, 1),
        "remerge_s": round(remerge_s, 1),
        "mentions": counts["mentions"],
        "events": counts["events"],
        "duplicates": counts["duplicates"],
        "db_mb": size_mb(db),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


# ── (b) the API under load ───────────────────────────────────────────────────────────────────────────────


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "rasd.cli", "serve", "--db", f"sqlite:///{db}", "--host", "127.0.0.1"]
    command += ["--port", str(port)]
    env = {k: v for k, v in os.environ.items() if k != "RASD_TOKEN"}  # read-only: no token
    with log.open("wb") as handle:
        process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"rasd serve exited with {process.returncode}; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"rasd serve did not answer /health within 120 s; see {log}")


async def load(url: str, clients: int, warmup: float, duration: float) -> dict[str, Any]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sizes: list[int] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        loop = asyncio.get_running_loop()
        measure_from = loop.time() + warmup
        stop = measure_from + duration

        async def worker() -> None:
            while (now := loop.time()) < stop:
                t0 = time.perf_counter()
                try:
                    response = await client.get(url)
                    ok, what = response.status_code == 200, f"HTTP {response.status_code}"
                    size = len(response.content)
                except httpx.HTTPError as exc:
                    ok, what, size = False, type(exc).__name__, 0
                elapsed = time.perf_counter() - t0
                if now < measure_from:
                    continue  # warm-up
                if ok:
                    latencies.append(elapsed)
                    sizes.append(size)
                else:
                    errors[what] = errors.get(what, 0) + 1

        await asyncio.gather(*(worker() for _ in range(clients)))
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 1) if latencies else 0.0

    return {
        "request": "GET /" + url.split("/", 3)[3],
        "clients": clients,
        "warmup_s": warmup,
        "duration_s": duration,
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / duration, 1),
        "p50_ms": pct(50),
        "p90_ms": pct(90),
        "p99_ms": pct(99),
        "max_ms": round(1000 * latencies[-1], 1) if latencies else 0.0,
        "mean_ms": round(1000 * statistics.fmean(latencies), 1) if latencies else 0.0,
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "response_kb": round(statistics.fmean(sizes) / 1000, 1) if sizes else 0.0,
    }


def serve_and_load(db: Path, clients: int, warmup: float, duration: float) -> dict[str, Any]:
    port = free_port()
    log = db.with_suffix(".serve.log")
    process = start_server(db, port, log)
    try:
        result = asyncio.run(load(f"http://127.0.0.1:{port}/events?limit=50", clients, warmup, duration))
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return {"server": "rasd serve (uvicorn, 1 worker, SQLite, loopback; client on the same machine)", **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds measured")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds before measuring")
    parser.add_argument("--db", type=Path, help="SQLite file to create (must not exist); default: a temp file")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--same-date", action="store_true", help="keep every copy's own publication date")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rasd-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if db.exists():
            raise SystemExit(f"{db} exists: the benchmark ingests into a fresh file")
        result: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
        result["ingest"] = ingest(db, args.articles, args.shared, args.same_date)
        print(f"bench_store: {json.dumps(result['ingest'], ensure_ascii=False)}", file=sys.stderr, flush=True)
        result["api"] = serve_and_load(db, args.clients, args.warmup, args.duration)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
