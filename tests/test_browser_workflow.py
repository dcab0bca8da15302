"""Real browser, the analyst's day one: click a bar and read its comments, relabel a comment and see
it kept, counted and exported, share a URL with a selection and a split."""

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from browser_support import ROOT, serve, settle

from components.corpus.labels import LabelStore
from components.corpus.store import load_corpus
from components.engine.build import build_corpus

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

SHOTS = ROOT / "tests" / "artifacts"
VIEW = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seeds and a corpus of its own, so labels written here touch nothing else. The
    corpus is built here, not by the app's first page view, so that no test depends on another
    having opened the app before it (under pytest-xdist any one of them may run first, or alone)."""
    root = tmp_path_factory.mktemp("workflow")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    assert not build_corpus(root / "seeds", root / "corpus").failed
    return root


@pytest.fixture(scope="module")
def server(workspace: Path) -> Iterator[str]:
    env = {"SPECTRUM_SEEDS": str(workspace / "seeds"), "SPECTRUM_CORPUS": str(workspace / "corpus")}
    with serve(env, log=workspace / "streamlit.log") as base:
        yield base



def _chart(page: Any, title: str) -> Any:
    return page.locator('[data-testid="stPlotlyChart"]').filter(has_text=title).first


def _click_bar(page: Any, title: str, index: int) -> None:
    """Click the index-th bar of the chart whose title starts with title."""
    bars = _chart(page, title).locator("g.point path")
    bars.nth(index).click(force=True)


def _select_row(page: Any, table: Any, row: int) -> None:
    """Tick the selection box of a st.dataframe row (the grid is a canvas: click by position)."""
    table.scroll_into_view_if_needed()
    table.hover()
    box = table.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 38 + 35 * row + 17)


def _shown_table(page: Any, index: int = 0) -> Any:
    return page.locator('[data-testid="stDataFrame"]').nth(index)


def _selected_line(page: Any) -> str:
    return page.get_by_text("Selected in the chart:").first.locator("xpath=..").inner_text()


def test_click_a_bar_and_read_its_comments(server: str, browser: Any, workspace: Path) -> None:
    SHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=VIEW)
    page.goto(f"{server}/stance")
    settle(page, "Comments per side")
    corpus = load_corpus(workspace / "corpus")
    shown = corpus.comments[~corpus.comments["is_spam"]]
    order = [s["id"] for s in corpus.manifest["sides"]] + ["neutral"]
    first = next(s for s in order if s in set(shown["stance"]))
    _click_bar(page, "Comments per side", 0)
    settle(page, "Selected in the chart:")
    expected = int((shown["stance"] == first).sum())
    assert f"{expected} of {len(shown)} comments" in _selected_line(page)
    assert "mark=" in page.url and "mark_chart=stance_counts" in page.url
    page.screenshot(path=str(SHOTS / "workflow-bar-click.png"), full_page=True)
    page.close()


def test_relabel_is_kept_counted_and_exported(server: str, browser: Any, workspace: Path,
                                              tmp_path: Path) -> None:
    corpus = load_corpus(workspace / "corpus")
    target = corpus.comments[~corpus.comments["is_spam"]].iloc[0]
    sides = {s["id"]: s["name"] for s in corpus.manifest["sides"]}
    new = next(s for s in [*sides, "neutral"] if s != target["stance"])
    context = browser.new_context(accept_downloads=True, viewport=VIEW)
    page = context.new_page()
    page.goto(f"{server}/data?comment={target['comment_id']}")
    settle(page, "Correct the labels")
    form = page.locator('[data-testid="stForm"]').filter(has_text="Correct the labels")
    choice = form.locator('[data-testid="stSelectbox"]')
    choice.scroll_into_view_if_needed()
    choice.locator("input").click()
    option = page.get_by_role("option", name=sides.get(new, new), exact=True)
    option.wait_for(timeout=10000)
    option.click()
    form.get_by_role("button", name="Save labels").click()
    settle(page, "Saved: stance.")
    history = LabelStore(workspace / "corpus").current()
    assert list(history["value"]) == [new] and list(history["comment_id"]) == [target["comment_id"]]

    page.reload()
    settle(page, "Correct the labels")
    panel = page.get_by_text("set by analyst").first.inner_text()
    assert sides.get(new, new) in panel and "model:" in panel
    page.screenshot(path=str(SHOTS / "workflow-relabel.png"), full_page=True)

    with page.expect_download() as info:
        page.get_by_role("button", name="Download comments as CSV").click()
    saved = tmp_path / "comments.csv"
    info.value.save_as(saved)
    rows = pd.read_csv(io.BytesIO(saved.read_bytes()), encoding="utf-8-sig").set_index("comment_id")
    assert rows.loc[target["comment_id"], "stance"] == new
    assert rows.loc[target["comment_id"], "stance_set_by"] == "analyst"
    assert rows.loc[target["comment_id"], "stance_model"] == target["stance"]
    assert (rows.drop(index=target["comment_id"])["stance_set_by"] == "model").all()

    page.goto(f"{server}/stance")
    settle(page, "Comments per side")
    before = int((corpus.comments.loc[~corpus.comments["is_spam"], "stance"] == new).sum())
    labels = _chart(page, "Comments per side").locator("text.bartext").all_text_contents()
    assert str(before + 1) in labels, labels  # the corrected label is counted by the chart
    context.close()


def test_shared_url_with_a_selection_and_a_split(server: str, browser: Any, workspace: Path) -> None:
    page = browser.new_page(viewport=VIEW)
    page.goto(f"{server}/sentiment?sentiment_split=source")
    settle(page, "Sentiment labels")
    _click_bar(page, "Sentiment labels", 0)
    settle(page, "Selected in the chart:")
    line = _selected_line(page)
    _select_row(page, _shown_table(page, 2), 0)
    settle(page, "Correct the labels")
    shared = page.url
    assert "sentiment_split=source" in shared and "mark=" in shared and "comment=" in shared
    author = page.get_by_role("heading", name="Comment by").first.inner_text()
    page.close()

    fresh = browser.new_context(viewport=VIEW)
    other = fresh.new_page()
    other.goto(shared)
    settle(other, "Correct the labels")
    assert _selected_line(other) == line
    assert other.get_by_role("heading", name="Comment by").first.inner_text() == author
    split = other.locator('[data-testid="stRadio"]').filter(has_text="Split by")
    assert split.locator("label:has(input:checked)").inner_text().strip() == "source"
    cells = [json.loads(c) for c in _params(shared, "mark")]
    assert all("source" in c for c in cells)
    other.screenshot(path=str(SHOTS / "workflow-shared-url.png"), full_page=True)
    fresh.close()


def _params(url: str, name: str) -> list[str]:
    from urllib.parse import parse_qs, urlparse
    return parse_qs(urlparse(url).query).get(name, [])


def test_overview_path_documents_and_data_tab(server: str, browser: Any) -> None:
    page = browser.new_page(viewport=VIEW)
    page.goto(f"{server}/overview")
    settle(page, "Filters:", heading="Overview")
    assert page.get_by_text("Page not found").count() == 0
    page.goto(f"{server}/documents")
    settle(page, "Statement mentions are marked")
    marked = page.locator('[data-testid="stMarkdownContainer"] span[style*="background"]')
    assert marked.count() >= 1 and marked.first.inner_text() and "blue-background" not in page.content()
    page.screenshot(path=str(SHOTS / "workflow-documents.png"), full_page=True)
    page.goto(f"{server}/data")
    settle(page, "Filters:", heading="Data")
    page.get_by_role("tab", name="Statements").click()
    settle(page, "Download statements as CSV")
    tab_url = page.url
    other = browser.new_page(viewport=VIEW)
    other.goto(tab_url)
    settle(other, "Filters:", heading="Data")
    selected = other.get_by_role("tab", selected=True).inner_text()
    assert "Statements" in selected, tab_url
    other.close()
    page.close()
