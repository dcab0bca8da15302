"""AppTest: every page renders over the seed corpus, every filter narrows what pages show."""

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.build import build_corpus
from components.ingest import add_document
from components.store import Corpus

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["views/overview.py", "views/timeline.py", "views/sentiment.py", "views/stance.py",
         "views/spam.py", "views/data.py"]
TITLES = ["Overview", "Timeline", "Sentiment", "Stance", "Spam", "Data"]


@pytest.fixture()
def app(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("SPECTRUM_CORPUS", str(corpus_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _filter_line(at: AppTest) -> str:
    """The page's filter line, markdown escapes removed."""
    line = next(m.value for m in at.markdown if m.value.startswith("**Filters:**"))
    return re.sub(r"\\(.)", r"\1", line)


@pytest.mark.parametrize(("page", "title"), list(zip(PAGES, TITLES, strict=True)))
def test_every_page_renders(app: AppTest, page: str, title: str) -> None:
    app.switch_page(page).run()
    assert not app.exception
    assert app.title[0].value == title
    assert "of" in _filter_line(app)


def test_default_view_hides_spam(app: AppTest) -> None:
    app.switch_page("views/data.py").run()
    comments = app.dataframe[0].value
    assert len(comments) == 38 and not comments["is_spam"].any()
    assert "spam hidden · 38 of 40 comments" in _filter_line(app)


FILTERS = [
    ("multiselect", "stance", ["milano"], lambda c: (c["stance"] == "milano").all(), "stance is milano"),
    ("multiselect", "label", ["negative"], lambda c: (c["sentiment_label"] == "negative").all(),
     "sentiment is negative"),
    ("multiselect", "source", ["Just Jared"], lambda c: (c["source"] == "Just Jared").all(),
     "source is Just Jared"),
    ("slider", "compound", (0.0, 1.0), lambda c: (c["sentiment_compound"] >= 0).all(), "compound"),
    ("radio", "spam", "only", lambda c: c["is_spam"].all() and len(c) == 2, "spam only"),
    ("selectbox", "author", "Phil the Donahue", lambda c: (c["author"] == "Phil the Donahue").all(),
     "author is Phil the Donahue"),
    ("text_input", "q", "attention", lambda c: c["text"].str.contains("attention", case=False).all(),
     'text contains "attention"'),
]


@pytest.mark.parametrize(("kind", "key", "value", "check", "words"), FILTERS)
def test_each_filter_narrows_the_data_page(app: AppTest, kind: str, key: str, value: object,
                                           check: object, words: str) -> None:
    app.switch_page("views/data.py").run()
    getattr(app.sidebar, kind)(key=key).set_value(value).run()
    assert not app.exception
    comments = app.dataframe[0].value
    assert 0 < len(comments) < 40 and check(comments)  # type: ignore[operator]
    assert words in _filter_line(app)


def test_date_filter_narrows_the_timeline(app: AppTest) -> None:
    from datetime import date

    app.switch_page("views/timeline.py").run()
    app.sidebar.date_input(key="dates").set_value((date(2017, 12, 15), date(2017, 12, 15))).run()
    assert not app.exception
    assert "statement date 2017-12-15 to 2017-12-15 · 1 of 11 statements" in _filter_line(app)


def test_filters_hold_across_pages(app: AppTest) -> None:
    app.sidebar.multiselect(key="stance").set_value(["damon"]).run()
    for page in PAGES[2:]:
        app.switch_page(page).run()
        assert "stance is damon" in _filter_line(app)


def test_url_reproduces_the_view(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRUM_CORPUS", str(corpus_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["stance"] = ["milano"]
    at.query_params["spam"] = "include"
    at.run()
    at.switch_page("views/data.py").run()
    assert "stance is milano" in _filter_line(at) and "spam" not in _filter_line(at)
    assert set(at.dataframe[0].value["stance"]) == {"milano"}


def test_empty_selection_shows_empty_state_on_every_page(app: AppTest) -> None:
    app.sidebar.text_input(key="q").set_value("zzzz no such words zzzz").run()
    for page in PAGES[1:]:
        app.switch_page(page).run()
        assert not app.exception
        assert any("No " in i.value for i in app.info), page


def test_timeline_chart_and_statement_detail(app: AppTest, corpus: Corpus) -> None:
    app.switch_page("views/timeline.py").run()
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    names = {t.get("name") for t in spec["data"]}
    assert {"Matt Damon", "Alyssa Milano", "Minnie Driver"} <= names
    assert "date another source gives" in names
    statements = corpus.statements
    spectrum = statements.loc[statements["text"].str.contains("spectrum of b"), "statement_id"]
    app.selectbox(key="timeline_statement").set_value(spectrum.iloc[0]).run()
    wordings = app.dataframe[0].value
    assert len(wordings) >= 3 and wordings["source"].nunique() == 3


def test_sentiment_split_toggle(app: AppTest) -> None:
    app.switch_page("views/sentiment.py").run()
    app.radio(key="sentiment_split").set_value("source").run()
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"].startswith("Compound sentiment by source")


def test_add_article_form_needs_a_file(app: AppTest) -> None:
    app.button(key="FormSubmitter:add_article-Add to the corpus").click().run()
    assert not app.exception
    assert [w.value for w in app.warning] == ["Choose a file first."]


def test_date_range_follows_an_added_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", seeds)
    monkeypatch.setenv("SPECTRUM_SEEDS", str(seeds))
    monkeypatch.setenv("SPECTRUM_CORPUS", str(out))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert at.date_input(key="dates").value == (date(2017, 10, 1), date(2017, 12, 16))
    add_document(seeds, "new_article.txt", (ROOT / "tests/data/upload/new_article.txt").read_bytes())
    build_corpus(seeds, out)
    at.run()
    assert not at.exception
    assert at.date_input(key="dates").value == (date(2017, 10, 1), date(2017, 12, 18))
