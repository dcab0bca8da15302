"""Real browser: Playwright driving Debian's Chromium against the app on a loopback port."""

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from browser_support import serve, settle

from components.corpus.filters import FilterSpec
from components.corpus.store import Corpus

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "tests" / "artifacts"
PAGES = {"": "Overview", "timeline": "Timeline", "sentiment": "Sentiment", "stance": "Stance",
         "spam": "Spam", "data": "Data"}


@pytest.fixture(scope="module")
def server(corpus_dir: Path) -> Iterator[str]:
    with serve({"SPECTRUM_CORPUS": str(corpus_dir)}) as base:
        yield base



def _filter_line(page: object) -> str:
    return page.get_by_text("Filters:").first.locator("xpath=..").inner_text()  # type: ignore


def test_every_page_renders_and_is_screenshotted(server: str, browser: object) -> None:
    SHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    for path, title in PAGES.items():
        page.goto(f"{server}/{path}")
        settle(page, "Filters:")
        assert page.get_by_role("heading", name=title, exact=True).count() == 1
        assert page.locator('[data-testid="stException"]').count() == 0
        page.screenshot(path=str(SHOTS / f"{title.lower()}.png"), full_page=True)
    page.close()


def test_stance_filter_download_and_shared_url(server: str, browser: object, corpus: Corpus,
                                               tmp_path: Path) -> None:
    context = browser.new_context(accept_downloads=True,  # type: ignore[attr-defined]
                                  viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/data")
    settle(page, "Filters:")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Stance").click()
    page.get_by_role("option", name="milano", exact=True).click()
    page.keyboard.press("Escape")
    settle(page, "stance is milano")
    expected = FilterSpec(stances=("milano",), spam="exclude").apply_comments(corpus.comments)
    assert f"{len(expected)} of 40 comments" in _filter_line(page)
    assert "stance=milano" in page.url

    with page.expect_download() as info:
        page.get_by_role("button", name="Download comments as CSV").click()
    download = info.value
    assert "stance-is-milano" in download.suggested_filename
    target = tmp_path / "milano.csv"
    download.save_as(target)
    rows = pd.read_csv(io.BytesIO(target.read_bytes()), encoding="utf-8-sig")
    assert list(rows["comment_id"]) == list(expected["comment_id"])
    assert set(rows["stance"]) == {"milano"}

    shared = page.url
    fresh = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore
    other = fresh.new_page()
    other.goto(shared)
    settle(other, "stance is milano")
    assert f"{len(expected)} of 40 comments" in _filter_line(other)
    other.screenshot(path=str(SHOTS / "shared-url.png"), full_page=True)
    fresh.close()
    context.close()


def _upload(page: object, path: Path) -> None:
    form = page.locator('[data-testid="stForm"]')  # type: ignore[attr-defined]
    form.locator('input[type="file"]').set_input_files(str(path))
    form.get_by_text(path.name).wait_for(timeout=10000)
    form.get_by_role("button", name="Add to the corpus").click()


def _choose(page: object, label: str, option: str, tries: int = 5) -> None:
    """Pick an option of a selectbox; a rerun that lands while the list opens closes it again,
    so open it until the option shows."""
    wanted = page.get_by_role("option").filter(has_text=option)  # type: ignore[attr-defined]
    for _ in range(tries):
        page.get_by_role("combobox", name=label).click()  # type: ignore[attr-defined]
        page.keyboard.press("ArrowDown")  # type: ignore[attr-defined]
        try:
            wanted.wait_for(timeout=3000)
            wanted.click()
            return
        except playwright_api.TimeoutError:
            page.keyboard.press("Escape")  # type: ignore[attr-defined]
    pytest.fail(f"option {option!r} of {label!r} never showed")


def test_upload_adds_an_article_and_refuses_a_bad_file(browser: object, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    article = ROOT / "tests" / "data" / "upload" / "new_article.txt"
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    env = {"SPECTRUM_SEEDS": str(seeds), "SPECTRUM_CORPUS": str(tmp_path / "corpus")}
    with serve(env) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore
        page.goto(base)
        settle(page, "38 of 40 comments")
        _upload(page, article)
        settle(page, "Added new_article.txt")
        assert "parsed 1, reused 3" in page.get_by_text("Added new_article.txt").inner_text()
        assert "40 of 42 comments" in _filter_line(page)
        dates = page.locator('[data-testid="stSidebar"] [data-testid="stDateInput"] input')
        assert dates.last.input_value() == "2017-12-18"  # the range now reaches the new statement
        assert (seeds / "new_article.txt").read_bytes() == article.read_bytes()

        _upload(page, bad)
        settle(page, "Not added")
        message = page.get_by_text("Not added").inner_text()
        assert "photo.txt" in message and "binary file" in message
        assert not (seeds / "photo.txt").exists()
        assert "40 of 42 comments" in _filter_line(page)
        page.screenshot(path=str(SHOTS / "upload.png"), full_page=True)
        page.close()


def test_a_duplicate_upload_is_refused_and_a_document_can_be_removed(browser: object,
                                                                      tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    copy = tmp_path / "jj_resaved.txt"
    copy.write_bytes((seeds / "002_6152a0ec59b6f7b0.txt").read_bytes()
                     + "\n  \u2022 latecomer\n\n    Saw this late, still a good read.\n".encode())
    env = {"SPECTRUM_SEEDS": str(seeds), "SPECTRUM_CORPUS": str(tmp_path / "corpus")}
    with serve(env) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore
        page.goto(base)
        settle(page, "38 of 40 comments")
        _upload(page, copy)
        settle(page, "Not added yet")
        assert "002_6152a0ec59b6f7b0.txt" in page.get_by_text("Not added yet").inner_text()
        page.get_by_role("button", name="Do not add it").click()
        settle(page, "38 of 40 comments")
        assert not (seeds / "jj_resaved.txt").exists()

        page.get_by_text("Remove a document").click()
        _choose(page, "Document", "002_6152a0ec59b6f7b0.txt")
        page.get_by_text("Yes, remove it from the corpus").click()
        page.get_by_role("button", name="Remove", exact=True).click()
        settle(page, "Removed 002_6152a0ec59b6f7b0.txt")
        assert "0 of 0 comments" in _filter_line(page)
        assert not (seeds / "002_6152a0ec59b6f7b0.txt").exists()
        assert list((seeds / ".removed").iterdir())
        page.screenshot(path=str(SHOTS / "remove.png"), full_page=True)
        page.close()
