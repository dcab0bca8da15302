"""Two browser sessions adding two different articles at the same moment: neither is lost."""

import shutil
import time
from pathlib import Path

import pytest
from browser_support import ARGS, CHROMIUM, ROOT, serve, settle

from components.corpus.store import load_corpus
from components.engine.build import build_corpus

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

ARTICLES = [ROOT / "tests" / "data" / "upload" / name
            for name in ("new_article.txt", "second_article.txt")]
VIEWPORT = {"width": 1400, "height": 900}


def _choose(page: object, article: Path) -> None:
    """Pick the file in the Overview's upload form, without submitting it yet."""
    form = page.locator('[data-testid="stForm"]')  # type: ignore[attr-defined]
    form.locator('input[type="file"]').set_input_files(str(article))
    form.get_by_text(article.name).wait_for(timeout=30000)


def _submit_at(page: object, at_ms: float) -> None:
    """Have the page click its form's submit button at wall-clock time at_ms (the sessions share
    one clock, so two clicks scheduled for the same time leave within a few milliseconds)."""
    button = page.locator('[data-testid="stForm"]').get_by_role(  # type: ignore[attr-defined]
        "button", name="Add to the corpus")
    button.evaluate("(el, at) => setTimeout(() => el.click(), at - Date.now())", at_ms)


def test_two_sessions_upload_at_once_and_both_articles_are_kept(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (make test does this)")
    seeds, corpus_dir = tmp_path / "seeds", tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", seeds)
    reference = tmp_path / "reference"
    shutil.copytree(seeds, reference)
    for article in ARTICLES:
        shutil.copy(article, reference / article.name)
    build_corpus(reference, tmp_path / "reference-corpus")
    expected = load_corpus(tmp_path / "reference-corpus")
    total = len(expected.comments)

    env = {"SPECTRUM_SEEDS": str(seeds), "SPECTRUM_CORPUS": str(corpus_dir)}
    with serve(env) as base, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pages = [browser.new_context(viewport=VIEWPORT).new_page() for _ in ARTICLES]
        for page in pages:
            page.goto(base)
            settle(page, "Add an article")
        for page, article in zip(pages, ARTICLES, strict=True):
            _choose(page, article)
        at_ms = time.time() * 1000 + 1000
        for page in pages:
            _submit_at(page, at_ms)
        for page, article in zip(pages, ARTICLES, strict=True):
            settle(page, f"Added {article.name}")
            assert page.locator('[data-testid="stException"]').count() == 0

        for article in ARTICLES:
            assert (seeds / article.name).read_bytes() == article.read_bytes()
        built = load_corpus(corpus_dir)
        assert sorted(built.documents["doc_id"]) == sorted(expected.documents["doc_id"])
        assert len(built.comments) == total

        for page in pages:
            page.reload()
            shown = settle(page, "Filters:")
            assert shown["exceptions"] == 0
            assert f"of {total} comments" in shown["line"]
            caption = page.get_by_text("Corpus:").first.inner_text()
            assert f"{len(expected.documents)} documents" in caption
        browser.close()
