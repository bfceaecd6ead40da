"""The web page in a real browser: Playwright driving Debian's Chromium (headless) against `rasd serve`'s
app over a test store. Skipped where Chromium or Playwright is missing, except under CI, where that fails.

Screenshots go to $RASD_SCREENSHOTS when set (docs/screenshots/ is made that way), else to a temporary
folder. The timings test reports, on the terminal, how long the page takes to become interactive over
20,000 events and how long a filter takes to apply.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.api import create_app
from rasd.read import iter_inputs
from rasd.store import open_store

from .synthetic import fill

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    missing = None
    if sync_playwright is None:
        missing = "playwright is not installed (pip install -e '.[dev]')"
    elif not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium, or set RASD_CHROMIUM)"
    if missing:
        if _ci():
            pytest.fail(missing)
        pytest.skip(missing)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def _serve(db_url: str) -> Iterator[str]:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(db_url, token=None), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The examples' stories and an article full of script payloads."""
    url = f"sqlite:///{tmp_path_factory.mktemp('site') / 'rasd.db'}"
    with open_store(url) as store:
        store.ingest(iter_inputs([str(REPO / "examples"), str(REPO / "tests" / "data" / "xss-article.jsonl")]))
    yield from _serve(url)


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('big') / 'rasd.db'}"
    with open_store(url) as store:
        fill(store, 20_000)
    yield from _serve(url)


@pytest.fixture(scope="module")
def empty_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('empty') / 'rasd.db'}"
    open_store(url).close()
    yield from _serve(url)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ["RASD_SCREENSHOTS"]) if os.environ.get("RASD_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield opened
    context.close()
    assert errors == [], errors


def _ready(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)


def _count(page: Page) -> str:
    return page.locator("#count").inner_text()


def test_filter_and_shared_url(page: Page, site: str) -> None:
    _ready(page, site + "/")
    expect(page.locator("#count")).to_have_text("5 of 5 events")
    page.select_option("#f-country", "LB")
    expect(page.locator("#count")).to_have_text("1 of 5 events")
    expect(page.locator("#list tbody tr")).to_have_count(1)
    expect(page.locator("#list tbody tr td").nth(2)).to_have_text("Bent Jbail, Nabatieh, Lebanon")
    assert "country=LB" in page.url
    # the URL carries the view: opening it again gives the same filtered page
    page.fill("#f-actor", "حزب الله")
    expect(page.locator("#count")).to_have_text("1 of 5 events")
    shared = page.url
    _ready(page, shared)
    expect(page.locator("#count")).to_have_text("1 of 5 events")
    expect(page.locator("#f-country")).to_have_value("LB")
    expect(page.locator("#f-actor")).to_have_value("حزب الله")
    # the actor filter folds hamza and diacritics as the store does
    page.fill("#f-actor", "الجيش الاسرائيلي")
    expect(page.locator("#count")).to_have_text("1 of 5 events")
    page.fill("#f-actor", "Houthis")
    expect(page.locator("#count")).to_have_text("0 of 5 events")
    page.click("#reset")
    expect(page.locator("#count")).to_have_text("5 of 5 events")
    page.select_option("#f-source", "ngo")
    expect(page.locator("#list tbody tr td").nth(2)).to_have_text("Kafranbel, Idlib, Syria")
    page.select_option("#f-source", "")
    page.fill("#f-outlets", "2")
    expect(page.locator("#count")).to_have_text("1 of 5 events")


def test_an_empty_store(page: Page, empty_site: str) -> None:
    _ready(page, empty_site + "/")
    expect(page.locator("#count")).to_have_text("0 of 0 events")
    expect(page.locator("#list-more")).to_have_text("No event matches these filters.")


def test_brush_the_timeline(page: Page, site: str) -> None:
    _ready(page, site + "/")
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    # the events run from 2023-03-17 to 2024-10-15: the right third of the chart holds the 2024 ones
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 1, y, steps=5)
    page.mouse.up()
    expect(page.locator("#count")).to_have_text("3 of 5 events")
    since = page.locator("#f-since").input_value()
    assert since > "2023-10-08" and page.locator("#f-until").input_value() == "2024-10-15"
    assert f"since={since}" in page.url
    dates = page.locator("#list tbody tr td:first-child").all_inner_texts()
    assert dates == ["2024-10-15", "2024-07-14", "2024-03-10"]
    page.locator("#timeline").focus()
    page.keyboard.press("Escape")
    expect(page.locator("#count")).to_have_text("5 of 5 events")


def test_open_an_event_and_read_its_evidence(page: Page, site: str, shots: Path) -> None:
    _ready(page, site + "/")
    page.locator("#list tbody tr", has_text="Bent Jbail").click()
    panel = page.locator("#event")
    expect(panel.locator(".report")).to_have_count(3)
    akhbar = panel.locator(".report", has_text="الأخبار")
    evidence = akhbar.locator(".evidence")
    expect(evidence).to_have_text(
        "استهدفت مسيّرة إسرائيلية، مساء أمس الثلاثاء، منزلاً في مدينة بنت جبيل، ما أدى إلى استشهاد مواطنين اثنين "
        "وإصابة ثلاثة بجروح."
    )
    assert evidence.get_attribute("dir") == "rtl" and evidence.get_attribute("lang") == "ar"
    marks = evidence.locator("mark")
    assert [(m.get_attribute("data-kind"), m.inner_text()) for m in marks.all()] == [
        ("trigger", "استهدفت"),
        ("actor1", "مسيّرة إسرائيلية"),
        ("date", "مساء أمس الثلاثاء"),
        ("place", "بنت جبيل"),
        ("actor2", "مواطنين"),
    ]
    expect(panel.locator("dl")).to_contain_text("15 October 2024")
    # the date as written: the reports' expressions for that day, not the day of the army's statement
    expect(panel.locator("dl div.ar")).to_have_text("as written: مساء أمس · مساء أمس الثلاثاء")
    expect(panel.locator("dl")).to_contain_text("Bent Jbail")
    expect(panel.locator("dl")).to_contain_text("بنت جبيل")
    # casualty figures per source
    expect(panel.locator(".report", has_text="النهار").locator(".meta").last).to_contain_text("2 killed, 3 injured")
    assert "event=ev-" in page.url
    assert akhbar.locator("a").nth(1).get_attribute("href") == "https://example.org/akhbar/2"
    href = akhbar.locator("a").first.get_attribute("href")
    assert href is not None and href.startswith("/articles/")
    text = page.request.get(site + href)
    assert text.ok and "استهدفت مسيّرة إسرائيلية" in text.text()
    page.screenshot(path=str(shots / "page-en.png"), full_page=True)


def test_switch_to_arabic(page: Page, site: str, shots: Path) -> None:
    _ready(page, site + "/")
    page.locator("#list tbody tr", has_text="Bent Jbail").click()
    expect(page.locator("#event .report")).to_have_count(3)
    page.click("#lang")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    expect(page.locator("h1")).to_have_text("رصد — أحداث من الأخبار العربية")
    expect(page.locator("#count")).to_have_text("٥ من ٥ حدثاً")
    expect(page.locator("label[for='f-country']")).to_have_text("الدولة")
    expect(page.locator("#list tbody tr").first.locator("td").nth(2)).to_have_text("بنت جبيل، Nabatieh، لبنان")
    expect(page.locator("#event dl")).to_contain_text("١٥ أكتوبر ٢٠٢٤")
    assert "lang=ar" in page.url
    page.screenshot(path=str(shots / "page-ar.png"), full_page=True)
    page.click("#lang")
    expect(html).to_have_attribute("dir", "ltr")


def test_article_text_cannot_run(page: Page, site: str) -> None:
    """The hostile article's title, outlet, URL and sentences hold <script>, onerror= and javascript:."""
    page.add_init_script("window.pwned = 0;")
    _ready(page, site + "/?country=SY")
    row = page.locator("#list tbody tr", has_text="2024-03-10")
    row.click()
    report = page.locator("#event .report")
    expect(report).to_have_count(1)
    expect(report.locator(".evidence")).to_contain_text('<img src=x onerror="window.pwned=1">')
    expect(report.locator("h3")).to_contain_text('<img src=x onerror="window.pwned=4">وكالة')
    expect(report.locator(".meta").first).to_have_text("قصف <script>window.pwned=3</script> على إدلب")
    page.mouse.move(10, 10)
    assert page.evaluate("window.pwned") == 0
    assert page.locator("#event img, #event script").count() == 0
    # a javascript: URL is never made a link
    assert page.locator("#event a[href^='javascript']").count() == 0


def test_keyboard_only(page: Page, site: str) -> None:
    _ready(page, site + "/")
    page.locator("#list tbody tr").first.focus()
    focused: Any = page.evaluate("document.activeElement.dataset.id")
    assert focused and focused.startswith("ev-")
    # a visible focus ring
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.dataset.id")
    assert second != focused
    page.keyboard.press("Enter")
    expect(page.locator("#event")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#event")).to_be_hidden()
    # every control has a label
    unlabeled = page.evaluate(
        """[...document.querySelectorAll('input, select, button')].filter(e =>
             !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim()).map(e => e.id)"""
    )
    assert unlabeled == []


def test_map_points_open_events(page: Page, site: str) -> None:
    _ready(page, site + "/?country=IQ")
    # the one Iraqi event (Abi al Khasib) is the only point: find it through the page's own projection
    point = page.evaluate(
        """(() => { const c = document.getElementById('map'); const r = c.getBoundingClientRect();
                    return [r.x, r.y]; })()"""
    )
    items = page.evaluate("window.rasdMap.items.map(i => [i.x, i.y, i.events.length])")
    assert len(items) == 1 and items[0][2] == 1
    page.mouse.click(point[0] + items[0][0], point[1] + items[0][1])
    expect(page.locator("#event .report")).to_have_count(1)
    expect(page.locator("#event dl")).to_contain_text("Abi al Khasib")


def test_twenty_thousand_events(page: Page, big_site: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Reports the time to interactive and to filter, over 20,000 events (the issue asks ≤ 1 s and
    ≤ 200 ms on this machine; benchmarks/bench_web.py measures them over repeated runs)."""
    _ready(page, big_site + "/")
    expect(page.locator("#count")).to_have_text("20,000 of 20,000 events")
    ready = page.evaluate("window.rasdTimings.ready")
    page.select_option("#f-plover", "ASSAULT")
    filtered = page.locator("#count").inner_text()
    assert filtered.endswith("of 20,000 events") and not filtered.startswith("20,000")
    plover_ms = page.evaluate("window.rasdTimings.filter.at(-1)")
    page.fill("#f-actor", "حزب الله")
    actor_ms = page.evaluate("window.rasdTimings.filter.at(-1)")
    with capsys.disabled():
        print(
            f"\n[web timings, 20,000 events] interactive after {ready:.0f} ms; "
            f"type filter {plover_ms:.1f} ms; actor filter {actor_ms:.1f} ms"
        )
    assert ready > 0 and plover_ms > 0
