"""Real browser at phone and desktop width: every page drawn, screenshotted into tests/artifacts, and
every chart's legend below its plot, inside the figure, and no chart wider than the screen."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ROOT, serve, settle

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

SHOTS = ROOT / "tests" / "artifacts"
PAGES = {"": "Overview", "timeline": "Timeline", "sentiment": "Sentiment", "stance": "Stance",
         "spam": "Spam", "documents": "Documents", "data": "Data"}
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1400, "height": 900}}

# Per plotly figure on the page: its width, the bottom of its plot area(s), and its legend's box
# (null when it has none), all in page pixels.
FIGURES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].map((plot) => {
  const svg = plot.querySelector('svg.main-svg').getBoundingClientRect();
  const areas = [...plot.querySelectorAll('.draglayer .nsewdrag')].map((r) => r.getBoundingClientRect());
  const legend = plot.querySelector('g.legend');
  const box = legend ? legend.getBoundingClientRect() : null;
  return {width: svg.width, right: svg.right, bottom: svg.bottom,
          plotBottom: Math.max(...areas.map((a) => a.bottom)),
          legend: box && box.height > 0 ? {top: box.top, bottom: box.bottom, right: box.right} : null};
})"""


# Drawn: every Streamlit chart holds a drawn plotly figure, and the page's text has not changed for
# a second (a phone-width page hides the running indicator that settle() also watches).
DRAWN_JS = """() => {
  const charts = document.querySelectorAll('[data-testid="stPlotlyChart"]').length;
  const drawn = document.querySelectorAll('.js-plotly-plot svg.main-svg').length;
  const text = document.body.innerText.length + ':' + charts;
  const now = performance.now();
  if (drawn < charts || window.__drawnText !== text) { window.__drawnText = text; window.__drawnSince = now; }
  return drawn >= charts && now - window.__drawnSince > 1000;
}"""


def _wait_drawn(page: Any) -> None:
    """Until the page is fully drawn (see DRAWN_JS)."""
    page.wait_for_function(DRAWN_JS, polling=100, timeout=60000)


def _screenshot_whole(page: Any, viewport: dict[str, int], path: Path) -> None:
    """A screenshot of the whole page: Streamlit scrolls inside its main block, not the document,
    so the window is made as tall as that block for the shot."""
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": viewport["width"], "height": max(viewport["height"], int(height))})
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)


@pytest.fixture(scope="module")
def server(corpus_dir: Path) -> Iterator[str]:
    with serve({"SPECTRUM_CORPUS": str(corpus_dir)}) as base:
        yield base



@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_is_readable_at_phone_and_desktop_width(server: str, browser: Any, screen: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    viewport = SCREENS[screen]
    page = browser.new_page(viewport=viewport)
    for path, title in PAGES.items():
        page.goto(f"{server}/{path}")
        settle(page, "Filters:", heading=title)
        _wait_drawn(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        _screenshot_whole(page, viewport, SHOTS / f"{screen}-{title.lower()}.png")
        for figure in page.evaluate(FIGURES_JS):
            assert figure["right"] <= viewport["width"] + 1, (title, figure)
            legend = figure["legend"]
            if legend is not None:
                assert legend["top"] >= figure["plotBottom"], (title, figure)  # below the plot
                assert legend["bottom"] <= figure["bottom"] + 1, (title, figure)  # not cut off
    page.close()
