"""How fast the web page becomes interactive and filters, over a store of N merged events, in headless
Chromium (Playwright; Debian's chromium at /usr/bin/chromium, or RASD_CHROMIUM).

usage: python3 benchmarks/bench_web.py [--events 20000] [--runs 5]

Each run opens a new page and reports: the time from navigation start until the page is interactive
(the data loaded and decoded, map, timeline and list drawn: `window.rasdTimings.ready`), and the time to
apply each of four filters (type, country, actor, a brushed period: `window.rasdTimings.filter`, from the
input event until the map, timeline, list and count are redrawn). The server is `rasd serve`'s app on
an SQLite store filled by tests/synthetic.py, already warm (it builds the page's data at start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402
from tests.synthetic import fill  # noqa: E402
from tests.test_web_browser import _serve  # noqa: E402

from rasd.store import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'rasd.db'}"
        with open_store(url) as store:
            fill(store, args.events)
        server = _serve(url)
        site = next(server)
        ready: list[float] = []
        filters: dict[str, list[float]] = {"type": [], "country": [], "actor": [], "period": []}
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"]
            )
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(site + "/")
                page.wait_for_selector("body[data-ready='1']", timeout=30_000)
                ready.append(page.evaluate("window.rasdTimings.ready"))
                page.select_option("#f-plover", "ASSAULT")
                filters["type"].append(page.evaluate("window.rasdTimings.filter.at(-1)"))
                page.select_option("#f-country", "SY")
                filters["country"].append(page.evaluate("window.rasdTimings.filter.at(-1)"))
                page.fill("#f-actor", "حزب الله")
                filters["actor"].append(page.evaluate("window.rasdTimings.filter.at(-1)"))
                page.fill("#f-actor", "")
                page.fill("#f-since", "2024-03-01")
                filters["period"].append(page.evaluate("window.rasdTimings.filter.at(-1)"))
                page.close()
            browser.close()
        server.close()
    print(f"{args.events:,} events, {args.runs} runs (ms: median, worst)")
    print(f"  interactive after  {statistics.median(ready):7.0f} {max(ready):7.0f}")
    for name, times in filters.items():
        print(f"  filter by {name:<8} {statistics.median(times):7.1f} {max(times):7.1f}")


if __name__ == "__main__":
    main()
