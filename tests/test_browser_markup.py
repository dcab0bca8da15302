"""Real browser: text planted in every field of a corpus (tests/data/markup) shows as typed on every
page and never becomes markup: no bold, link, styled span, KaTeX, colour or emoji made from it."""

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARGS, CHROMIUM, ROOT, serve, settle

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

MARKUP = ROOT / "tests" / "data" / "markup"
SHOTS = ROOT / "tests" / "artifacts"
# Each page with the number of charts it draws over this corpus.
PAGES = {"": ("Overview", 1), "timeline": ("Timeline", 1), "sentiment": ("Sentiment", 3),
         "stance": ("Stance", 3), "spam": ("Spam", 3), "data": ("Data", 0)}
PHISH = "example.com/phish"
# The only bold text the app writes itself.
OWN_BOLD = re.compile(r"Filters:|Carried by \d+ outlet\(s\) in \d+ mention\(s\), each in its own wording:")

# What markup made from the planted text would leave in the DOM (HTML from Streamlit's markdown,
# SVG from plotly's labels): every element that is bold (but plotly's chart titles, which the
# theme sets in bold and which hold no corpus text), italic, 40 px, a link to the planted
# address, KaTeX, Streamlit's colour directive, or an emoji the planted ':smile:' became.
MARKUP_FOUND_JS = """(phish) => {
  const text = (e) => (e.textContent || '').trim();
  const all = [...document.querySelectorAll('*')];
  const style = (e) => e.getAttribute('style') || '';
  const href = (e) => (e.getAttribute('href') || '')
    + (e.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '');
  return {
    bold: all.filter((e) => (['B', 'STRONG'].includes(e.tagName.toUpperCase())
                     || /font-weight:\\s*(bold|[6-9]00)/.test(style(e)))
                     && !e.closest('.g-gtitle')).map(text),
    italic: all.filter((e) => ['I', 'EM'].includes(e.tagName.toUpperCase())
                       || /font-style:\\s*italic/.test(style(e))).map(text),
    big: all.filter((e) => /font-size:\\s*40px/.test(style(e))).map(text),
    links: all.filter((e) => href(e).includes(phish)).map(text),
    katex: [...document.querySelectorAll('.katex, math')].map(text),
    coloured: [...document.querySelectorAll('.stMarkdownColoredText, '
                + '[data-testid="stMarkdownContainer"] span[style*="color"]')].map(text),
    emoji: document.body.innerText.includes('\\u{1F604}'),
    exceptions: document.querySelectorAll('[data-testid="stException"]').length,
  };
}"""
CHARTS_DRAWN_JS = """(expected) => {
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
  return charts.length === expected && charts.every((c) => c.querySelector('.main-svg .gtitle'));
}"""
# The text of every element, including plotly's SVG labels (innerText skips SVG).
PAGE_TEXT_JS = """() => document.body.innerText + '\\n' + [...document.querySelectorAll('svg text')]
  .map((e) => e.textContent).join('\\n')"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("markup")
    shutil.copytree(MARKUP, root / "seeds")
    with serve({"SPECTRUM_SEEDS": str(root / "seeds"), "SPECTRUM_CORPUS": str(root / "corpus")}) as base:
        yield base


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (make chromium does this)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser.new_page(viewport={"width": 1400, "height": 1000})
        browser.close()


def _assert_no_markup(page: Any, where: str) -> str:
    """Assert nothing planted became markup; return the page's text."""
    found = page.evaluate(MARKUP_FOUND_JS, PHISH)
    assert found["exceptions"] == 0, where
    # The app's own bold around planted text that still shows its tags literally is not markup
    # made from that text; markup made from it would leave a bold "Bold" without the tags.
    made = [t for t in found["bold"] if not OWN_BOLD.fullmatch(t) and "<b>Bold</b>" not in t]
    assert made == [], (where, found["bold"])
    assert (found["italic"], found["big"], found["links"]) == ([], [], []), where
    assert (found["katex"], found["coloured"], found["emoji"]) == ([], [], False), where
    return str(page.evaluate(PAGE_TEXT_JS))


def _settle_with_charts(page: Any, text: str, charts: int) -> None:
    """Settled on text, with all the page's plotly charts drawn (the first run of a fresh server
    builds the corpus and can look settled before its charts are there)."""
    settle(page, text)
    page.wait_for_function(CHARTS_DRAWN_JS, arg=charts, timeout=30000)
    settle(page, text)


def _visit(page: Any, base: str, path: str) -> str:
    title, charts = PAGES[path]
    page.goto(f"{base}/{path}")
    _settle_with_charts(page, "Statement dates", charts)
    page.get_by_role("heading", name=title, exact=True).wait_for()
    return _assert_no_markup(page, title)


def test_every_page_shows_planted_text_literally(server: str, page: Any) -> None:
    SHOTS.mkdir(exist_ok=True)
    seen = ""
    for path, (title, _) in PAGES.items():
        seen += _visit(page, server, path)
        page.screenshot(path=str(SHOTS / f"markup-{title.lower()}.png"), full_page=True)
    # The Overview caption (corpus.toml); the Timeline legend (side name, tweet signer); ticks and
    # publication labels (sources: one from corpus.toml, one a title), shortened there.
    assert "**bold** :red[red] $x^2$ <b>b</b> :smile: [a](https:" in seen
    assert ":red[X] **Y**" in seen and "Beta <i>Person</i> :blue[B]" not in seen
    assert '<b>Bold</b> <span style' in seen
    assert "published: Hostile <b>Bold</b> Tit" in seen


def test_sentiment_split_by_source_shows_sources_literally(server: str, page: Any) -> None:
    _visit(page, server, "sentiment")
    page.get_by_text("source", exact=True).click()
    _settle_with_charts(page, "Sentiment by source", 3)
    seen = _assert_no_markup(page, "Sentiment by source")
    assert "<b>Bold</b> <span" in seen


def test_timeline_signer_and_file_name_show_literally(server: str, page: Any) -> None:
    _visit(page, server, "timeline")
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Statement").click()
    page.get_by_role("option", name=re.compile(re.escape(":red[X] **Y**"))).click()
    _settle_with_charts(page, "Date conflict", 1)
    seen = _assert_no_markup(page, "Timeline, tweet")
    assert ":red[X] **Y** (tweet)" in seen  # the subheader
    # the outlets (one a title, one from corpus.toml), in the date-conflict warning
    assert "Hostile <b>Bold</b> Title… dates it 2017-12-15" in seen
    assert ':red[S] **Src** $y$ dates it 2017-12-16' in seen
    page.screenshot(path=str(SHOTS / "markup-timeline-tweet.png"), full_page=True)


def test_sidebar_options_show_planted_names_literally(server: str, page: Any) -> None:
    _visit(page, server, "data")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Source").click()
    options = page.get_by_role("option").all_inner_texts()
    assert '<b>Bold</b> <span style="font-size:40px">big</span> :red[S] **Src** $y$' in options
    _assert_no_markup(page, "Source options")
    page.keyboard.press("Escape")
    sidebar.locator('[data-testid="stSelectbox"]').filter(has_text="Author").click()
    assert ":red[X] **Y**" in page.get_by_role("option").all_inner_texts()
    _assert_no_markup(page, "Author options")
    page.get_by_role("option", name=":red[X] **Y**", exact=True).click()
    settle(page, "author is")
    assert "author is :red[X] **Y**" in _assert_no_markup(page, "author filter line")
