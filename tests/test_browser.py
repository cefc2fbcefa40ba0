"""The page in a real browser: Debian's headless Chromium driven by Playwright, against `summarizer serve`.

Skips only when no Chromium is installed and CI is not set; in CI a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ENGLISH, INJECTION

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def server(seeds_dir):
    """`summarizer serve` on a free loopback port, as a user starts it."""
    command = [sys.executable, "-m", "summarizer", "serve", "--port", "0", "--seeds", str(seeds_dir)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            line = process.stdout.readline()
            match = re.search(r"http://127\.0\.0\.1:\d+/", line)
            assert match, f"serve printed {line!r}"
            yield match.group(0)
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but there is no Chromium at {CHROMIUM}; .ci/run installs Debian's chromium")
        pytest.skip(f"no Chromium at {CHROMIUM}: `apt-get install chromium` to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    context.close()
    assert not problems, f"console errors, CSP violations or dialogs: {problems}"


def test_serve_answers_health(server):
    with urllib.request.urlopen(server + "api/health", timeout=10) as response:
        assert response.status == 200 and b'"status":"ok"' in response.read().replace(b" ", b"")


def test_seeds_page_shows_chips_and_highlighted_details(server, page, tmp_path):
    page.goto(server)
    sentences = page.locator("ol.sentences > li")
    assert sentences.count() == 7
    assert page.locator("ol.sentences .chips a.chip", has_text="Antaranews").count() >= 1
    marks = page.locator("ol.sentences mark:visible")
    assert marks.count() >= 1 and marks.first.is_visible()
    assert page.locator(".coverage tbody tr").count() == 7
    page.screenshot(path=tmp_path / "seeds.png", full_page=True)
    assert (tmp_path / "seeds.png").stat().st_size > 10_000


def test_a_chip_opens_that_outlets_own_wording(server, page):
    page.goto(server)
    row = page.locator("ol.sentences > li").filter(has=page.locator(".chips a.chip", has_text="Tribunnews.com")).first
    version = row.locator(".versions li", has_text="Tribunnews.com")
    assert not version.is_visible()
    row.locator(".chips a.chip", has_text="Tribunnews.com").click()
    assert version.is_visible()


def test_pasting_two_reports_shows_their_brief(server, page, tmp_path):
    page.goto(server)
    page.fill("#outlet-1", "Wire A")
    page.fill("#text-1", ENGLISH[0])
    page.fill("#outlet-2", "Wire B")
    page.fill("#text-2", ENGLISH[1])
    page.click("#summarise")
    page.wait_for_load_state()
    assert "Your 2 reports" in page.locator(".brief .meta").inner_text()
    treaty = page.locator("ol.sentences > li", has_text="treaty")
    assert treaty.locator(".chips a.chip").all_inner_texts() == ["Wire A", "Wire B"]
    page.screenshot(path=tmp_path / "pasted.png", full_page=True)


def test_uploading_two_files_shows_their_brief_and_fills_the_form(server, page, tmp_path):
    files = []
    for name, text in zip(("wire-a.txt", "wire-b.md"), ENGLISH, strict=True):
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")
    page.goto(server)
    page.set_input_files("#files", files)
    page.click("#summarise")
    page.wait_for_load_state()
    assert "Your 2 reports" in page.locator(".brief .meta").inner_text()
    assert page.input_value("#outlet-1") == "wire-a" and page.input_value("#outlet-2") == "wire-b"
    assert "treaty" in page.input_value("#text-1")


def test_script_injection_renders_as_text(server, page):
    page.goto(server)
    page.fill("#text-1", INJECTION)
    page.fill("#text-2", ENGLISH[0])
    page.click("#summarise")
    page.wait_for_load_state()
    assert page.locator("main img").count() == 0
    shown = page.locator("ol.sentences").inner_text()
    assert "<script>alert(1)</script>" in shown and "<img src=x onerror=alert(2)>" in shown


def test_javascript_adds_report_fields(server, page):
    page.goto(server)
    before = page.locator("fieldset.slot").count()
    page.get_by_role("button", name="Add another report").click()
    assert page.locator("fieldset.slot").count() == before + 1
    assert page.evaluate("document.activeElement.id") == f"text-{before + 1}"


def test_phone_width_has_no_sideways_scroll_and_keyboard_reaches_the_skip_link(server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    context.close()


def test_without_javascript_the_form_still_works(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server)
    assert page.get_by_role("button", name="Add another report").count() == 0  # the enhancement is absent
    page.select_option("#method", "lead")
    page.fill("#text-1", ENGLISH[0])
    page.fill("#text-2", ENGLISH[1])
    page.click("#summarise")
    page.wait_for_load_state()
    assert "method lead" in page.locator(".brief .meta").inner_text()
    page.locator("ol.sentences summary").first.click()  # <details> opens without script
    assert page.locator("ol.sentences .versions").first.is_visible()
    context.close()


def test_disagreeing_outlets_are_shown_side_by_side_at_phone_width(server, browser):
    from tests.test_conflicts import QUAKE

    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server)
    page.select_option("#language", "en")
    page.fill("#text-1", QUAKE[0].text)
    page.fill("#text-2", QUAKE[1].text)
    page.click("#summarise")
    page.wait_for_load_state()
    assert page.locator(".badge.disagree").count() == 3
    table = page.locator("table.disagreement").first
    assert table.locator("caption").inner_text() == "Outlets disagree on the number"
    assert [c.inner_text() for c in table.locator("td strong").all()] == ["6.1", "6.3"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page (axe-core ships inside axe-playwright-python)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("width", [1100, 375])
def test_axe_finds_no_serious_violation_on_any_page_state(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    found: dict[str, list[str]] = {}
    page.goto(server)
    found["seeds"] = serious_violations(page)
    page.fill("#text-1", ENGLISH[0])
    page.fill("#text-2", ENGLISH[1])
    page.click("#summarise")
    page.wait_for_load_state()
    page.locator("ol.sentences summary").first.click()
    found["pasted, a sentence open"] = serious_violations(page)
    page.goto(server + "?length=0")
    found["bad option"] = serious_violations(page)
    page.goto(server + "no-such-page")
    found["404"] = serious_violations(page)
    context.close()
    assert not any(found.values()), found


def test_on_a_phone_the_brief_comes_first_and_the_table_says_it_scrolls(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(server)
    brief_top = page.locator("#brief-title").bounding_box()["y"]
    assert brief_top < page.locator(".controls").bounding_box()["y"] and brief_top < 700
    assert page.locator(".coverage .scroll-hint").is_visible()
    scroller = page.locator(".coverage .scroll")
    assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")  # five outlets do not fit: it scrolls
    context.close()
