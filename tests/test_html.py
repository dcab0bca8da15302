"""Saved HTML pages build like text pages: title, date, site, main text and the comment section."""

import shutil
from pathlib import Path

import pytest

from components.corpus.store import load_corpus
from components.engine.build import build_corpus
from components.parse.html import looks_like_html, read_html_page

PAGES = Path(__file__).resolve().parent / "data" / "html"


@pytest.mark.parametrize(("name", "title", "published", "source", "authors", "first_words"), [
    ("wordpress_style.html", "Coach benches star forward before derby", "2021-03-04",
     "The Daily Sentinel", ["gooner77", "Sara K", "gooner77"], "Whitlock is right"),
    ("disqus_style.html", "Tenants' union rejects mayor's housing plan", "2019-07-22",
     "Riverside Courier", ["riverwatcher", "Jo Park", "riverwatcher"], "Offices, not homes"),
])
def test_a_saved_page_builds_like_a_text_page(name: str, title: str, published: str, source: str,
                                              authors: list[str], first_words: str,
                                              tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PAGES / name, seeds / name)
    report = build_corpus(seeds, tmp_path / "corpus")
    assert not report.failed
    corpus = load_corpus(tmp_path / "corpus")
    document = corpus.documents.iloc[0]
    assert (document["title"], document["published"], document["source"]) == (title, published, source)
    assert corpus.comments["author"].tolist() == authors
    assert corpus.comments["text"].iloc[0].startswith(first_words)


@pytest.mark.parametrize("name", ["wordpress_style.html", "disqus_style.html"])
def test_links_menus_and_footers_are_not_text_or_comments(name: str) -> None:
    page = read_html_page((PAGES / name).read_text(encoding="utf-8"))
    text = page.as_text()
    for furniture in ("Five things we learned", "Transfer window", "Bridge closure", "Ten places",
                      "Subscribe to our newsletter", "All rights reserved", "Share on Facebook"):
        assert furniture not in text
    assert all(c.author and c.paragraphs for c in page.comments)


def test_a_comment_keeps_its_paragraphs() -> None:
    page = read_html_page((PAGES / "wordpress_style.html").read_text(encoding="utf-8"))
    assert page.comments[1].paragraphs == ("Felli deserved better. Talk to your players!",
                                           "Second paragraph here.")


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("a.html", "anything", True),
    ("a.txt", "<!DOCTYPE html><html><body>x</body></html>", True),
    ("a.txt", "  <html lang='en'>", True),
    ("a.txt", " date 2017-12-16\nA title about <b>bold</b> claims", False),
    ("a.txt", "Plain prose with <html> in the middle.", False),
])
def test_looks_like_html(name: str, text: str, expected: bool) -> None:
    assert looks_like_html(name, text) is expected


def test_garbage_html_gives_an_empty_page_not_an_exception() -> None:
    for text in ("<html>", "<html><body></body></html>", "<html>\x00\x01</html>", "<" * 5000):
        assert read_html_page(text).comments == ()
