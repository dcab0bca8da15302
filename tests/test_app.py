"""AppTest: every page renders over the seed corpus, every filter narrows what pages show."""

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.corpus.store import Corpus, read_manifest
from components.engine.build import build_corpus
from components.engine.ingest import add_document

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
    # tables show a side by its name
    ("multiselect", "stance", ["milano"], lambda c: (c["stance"] == "Alyssa Milano").all(),
     "stance is milano"),
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
    assert "statement date 2017-12-15 to 2017-12-15 · 1 of 13 statements" in _filter_line(app)


def test_timeline_says_which_filters_do_not_apply_to_statements(app: AppTest) -> None:
    app.sidebar.multiselect(key="stance").set_value(["milano"]).run()
    app.switch_page("views/timeline.py").run()
    line = _filter_line(app)
    assert "stance is" not in line
    assert line.endswith("13 of 13 statements · stance, spam: not applied to statements")


def test_extremes_stay_on_their_side_of_zero_in_a_narrow_range(app: AppTest) -> None:
    app.switch_page("views/sentiment.py").run()
    app.sidebar.slider(key="compound").set_value((-1.0, -0.5)).run()
    assert not app.exception
    assert any(i.value.startswith("No comment shown scores above 0") for i in app.info)
    tables = [t.value for t in app.dataframe]
    compounds = [c for t in tables if "sentiment_compound" in t.columns for c in t["sentiment_compound"]]
    assert compounds and all(-1.0 <= c <= -0.5 for c in compounds)


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
    assert set(at.dataframe[0].value["stance"]) == {"Alyssa Milano"}


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
    mentions = corpus.mentions[corpus.mentions["statement_id"] == spectrum.iloc[0]]
    assert mentions["source"].nunique() == 3
    assert set(mentions["mention_text"]) <= {t.value for t in app.text}  # each outlet's own wording
    assert any(m.value.startswith("**Carried by 3 outlet(s)") for m in app.markdown)


def test_sentiment_split_toggle(app: AppTest) -> None:
    app.switch_page("views/sentiment.py").run()
    app.radio(key="sentiment_split").set_value("source").run()
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"].startswith("Sentiment by source")


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


# -- crafted URLs ---------------------------------------------------------------------------------

CRAFTED = [
    ({"compound": ["0.5", "-0.5"]}, "compound between -0.50 and +0.50 · spam hidden"),
    ({"dates": ["2017-12-16", "2017-12-15"]}, "38 of 40 comments · statement dates: not applied to comments"),
    ({"compound": ["abc", "def"]}, "spam hidden · 38 of 40"),
    ({"compound": ["5", "9"]}, "spam hidden · 38 of 40"),
    ({"compound": ["nan", "-0.5"]}, "spam hidden · 38 of 40"),
    ({"spam": "zzz"}, "spam hidden · 38 of 40"),
    ({"stance": ["nobody", ""]}, "spam hidden · 38 of 40"),
    ({"label": ["<b>x</b>"], "source": ["**nowhere**"]}, "spam hidden · 38 of 40"),
    ({"author": ":red[nobody]"}, "spam hidden · 38 of 40"),
    ({"dates": ["0000-01-01", "9999-12-31"]}, "spam hidden · 38 of 40"),
    ({"dates": ["not a date"]}, "spam hidden · 38 of 40"),
    ({"dates": ["2017-12-15"]}, "spam hidden · 38 of 40"),
    ({"sentiment_split": "zzz", "timeline_statement": "zzz"}, "spam hidden · 38 of 40"),
]


@pytest.mark.parametrize(("params", "words"), CRAFTED)
def test_crafted_url_gives_a_sane_view_on_every_page(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                      params: dict[str, object], words: str) -> None:
    monkeypatch.setenv("SPECTRUM_CORPUS", str(corpus_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, [e.message for e in at.exception])
    at.switch_page("views/data.py").run()
    assert words in _filter_line(at)


def test_reversed_compound_range_is_shown_in_order(corpus_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRUM_CORPUS", str(corpus_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["compound"] = ["0.5", "-0.5"]
    at.query_params["dates"] = ["2017-12-16", "2017-12-15"]
    at.run()
    assert at.slider(key="compound").value == (-0.5, 0.5)
    assert at.date_input(key="dates").value == (date(2017, 12, 15), date(2017, 12, 16))
    at.switch_page("views/data.py").run()
    assert ((at.dataframe[0].value["sentiment_compound"]).abs() <= 0.5).all()


# -- dates no axis can hold -----------------------------------------------------------------------

OUT_OF_RANGE = """ date 2017-12-18

Readers Write About The Year Nobody Remembers

Pat Doe said "the archive was opened in May 0000." on Friday, and nobody believed it.

The sky will stay where it is, we are told. — Far Future (@far_future) December 31, 9999

Comments

  • Rowan

    Well said, a calm comment.
"""


def _render_every_page(at: AppTest) -> None:
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, [e.message for e in at.exception])


def test_a_document_with_impossible_dates_does_not_break_the_app(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "far_future.txt").write_text(OUT_OF_RANGE, encoding="utf-8")
    monkeypatch.setenv("SPECTRUM_SEEDS", str(seeds))
    monkeypatch.setenv("SPECTRUM_CORPUS", str(tmp_path / "corpus"))
    at = AppTest.from_file(APP, default_timeout=60)
    _render_every_page(at)
    low, high = at.date_input(key="dates").value
    assert date(1900, 1, 1) <= low <= high <= date(2100, 12, 31)


BAD_DATES = ["0000-05", "9999-12-31", "2017-02-30", "0000", "junk"]


def _poison_dates(source: Path, target: Path) -> int:
    """A copy of a built corpus with dates no axis can hold in every date column; returns how many
    statements keep a date."""
    shutil.copytree(source, target)
    tables = target / read_manifest(target)["tables_dir"]
    for name, column in (("statements", "date"), ("mentions", "date"), ("documents", "published")):
        frame = pd.read_parquet(tables / f"{name}.parquet")
        frame.loc[frame.index[:len(BAD_DATES)], column] = BAD_DATES[:len(frame)]
        frame.to_parquet(tables / f"{name}.parquet", index=False)
    statements = pd.read_parquet(tables / "statements.parquet")
    return int((statements["date"].iloc[len(BAD_DATES):] != "").sum())


def test_dates_outside_1900_to_2100_are_left_out_of_ranges_and_axes(
        corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    poisoned = tmp_path / "corpus"
    dated = _poison_dates(corpus_dir, poisoned)
    monkeypatch.setenv("SPECTRUM_CORPUS", str(poisoned))
    at = AppTest.from_file(APP, default_timeout=60)
    _render_every_page(at)
    low, high = at.date_input(key="dates").value
    assert date(2017, 1, 1) <= low <= high <= date(2017, 12, 31)
    at.switch_page("views/timeline.py").run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    placed = [x for t in spec["data"] if t.get("customdata") for x in t["x"]]
    assert len(placed) == dated and all(str(x).startswith("2017") or x == "Oct 2017" for x in placed)
    unplaced = len(at.session_state["corpus"].statements) - dated
    assert any(s.value.startswith(f"Statements not on the chart ({unplaced})") for s in at.subheader)


# -- text is data ---------------------------------------------------------------------------------

MARKUP = ROOT / "tests" / "data" / "markup"
# Markup planted in tests/data/markup; escaped, none of these survive as written.
PLANTED = ("**bold**", "**Y**", "**B**", "**Src**", ":red[", ":blue[", "$x^2$", ":smile:", "](https",
           "<b>", "<span", "<a href", "<i>")
PLANTED_HTML = ("<b>b</b>", "<b>Bold</b>", "<span style", "<a href", "<i>Person")


@pytest.fixture()
def markup_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    seeds = tmp_path / "seeds"
    shutil.copytree(MARKUP, seeds)
    monkeypatch.setenv("SPECTRUM_SEEDS", str(seeds))
    monkeypatch.setenv("SPECTRUM_CORPUS", str(tmp_path / "corpus"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _shown_markdown(at: AppTest) -> list[str]:
    """The markdown source of every caption, subheader, warning and markdown block on the page."""
    return [e.value for kind in ("caption", "subheader", "warning", "markdown", "info", "title")
            for e in getattr(at, kind)]


def test_text_from_the_corpus_reaches_markdown_escaped(markup_app: AppTest) -> None:
    at = markup_app
    caption = next(c.value for c in at.caption if "bold" in c.value)
    assert re.sub(r"\\(.)", r"\1", caption).replace("\u2060", "") == (
        "**bold** :red[red] $x^2$ <b>b</b> :smile: [a](https://example.com/phish)")
    at.switch_page("views/timeline.py").run()
    options = at.selectbox(key="timeline_statement").options
    at.selectbox(key="timeline_statement").select_index(
        next(i for i, o in enumerate(options) if ":red[X]" in o)).run()
    assert not at.exception
    shown = _shown_markdown(at)
    assert any("\\:red\\[X\\] \\*\\*Y\\*\\*" in s for s in shown)  # the signer, in the subheader
    # the warning names outlets (documents.source), not doc ids (the file name here)
    assert any(s.startswith("Date conflict") and "\\*\\*Src\\*\\*" in s and "DOC" not in s for s in shown)
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception
        assert not [s for s in _shown_markdown(at) if any(p in _live(s) for p in PLANTED)], page


def _live(markdown: str) -> str:
    """Markdown with every backslash-escaped character taken out: what could still act as markup."""
    return re.sub(r"\\.", "", markdown)


def _rendered_strings(spec: dict[str, object]) -> str:
    """Everything plotly draws as text: the traces (but their group ids) and the layout."""
    traces = [{k: v for k, v in t.items() if k not in ("legendgroup", "customdata")}
              for t in spec["data"]]  # type: ignore[attr-defined]
    return json.dumps([traces, spec["layout"]], ensure_ascii=False)


def test_text_from_the_corpus_reaches_figures_escaped(markup_app: AppTest) -> None:
    at = markup_app
    escaped = 0
    for page in [*PAGES, "split by source"]:
        if page == "split by source":
            at.switch_page("views/sentiment.py").run()
            at.radio(key="sentiment_split").set_value("source").run()
        else:
            at.switch_page(page).run()
        for chart in at.get("plotly_chart"):
            text = _rendered_strings(json.loads(chart.proto.spec))
            assert not [p for p in PLANTED_HTML if p in text], page
            escaped += "&lt;b&gt;Bold&lt;/b&gt;" in text
    # the planted sources: Timeline annotations; Stance and Spam per-source shares; the Sentiment
    # histogram, box plot and label shares split by source
    assert escaped == 6


# -- drill-down, detail panel, relabel, provenance --------------------------------------------------

@pytest.fixture()
def own_corpus(corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built corpus, so the labels written by a test stay in it."""
    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target)
    monkeypatch.setenv("SPECTRUM_CORPUS", str(target))
    return target


def test_a_mark_in_the_url_narrows_the_comment_table(app: AppTest, corpus: Corpus) -> None:
    app.query_params["mark"] = [json.dumps({"stance": "milano", "source": "Just Jared"})]
    app.switch_page("views/stance.py").run()
    assert not app.exception
    shown = corpus.comments[~corpus.comments["is_spam"]]
    expected = shown[(shown["stance"] == "milano") & (shown["source"] == "Just Jared")]
    table = app.dataframe[0].value
    assert len(table) == len(expected) > 0
    assert any(f"{len(expected)} of {len(shown)} comments" in m.value for m in app.markdown)


def test_selection_maps_chart_points_to_category_cells(corpus: Corpus) -> None:
    from dashboard.charts import box_figure, share_figure, side_colours
    from dashboard.drill import apply_mark, cells_from_points

    comments = corpus.comments
    share = share_figure(comments, "stance", side_colours(["damon", "milano"]), "t", "source")
    cells = cells_from_points([{"curve_number": 0, "point_index": 0}], share, comments, ["source", "stance"])
    assert len(cells) == 1 and set(cells[0]) == {"source", "stance"}
    assert len(apply_mark(comments, cells)) == int(
        ((comments["source"] == cells[0]["source"]) & (comments["stance"] == cells[0]["stance"])).sum())
    box = box_figure(comments, "stance")
    picked = cells_from_points([{"curve_number": 0, "point_index": 2}], box, comments, ["stance"], "stance")
    behind = apply_mark(comments, picked)
    assert box.data[0].customdata[2] in set(behind["comment_id"])


def test_relabel_is_stored_counted_and_undone(own_corpus: Path) -> None:
    from components.corpus.labels import LabelStore

    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    comments = at.session_state["corpus"].comments
    target = comments[(comments["stance"] != "milano") & ~comments["is_spam"]].iloc[0]
    before = int((comments["stance"] == "milano").sum())
    at.query_params["comment"] = target["comment_id"]
    at.switch_page("views/data.py").run()
    at.selectbox(key=f"relabel_stance_{target['comment_id']}").set_value("milano")
    at.button(key=f"FormSubmitter:relabel_{target['comment_id']}-Save labels").click().run()
    assert not at.exception
    after = at.session_state["corpus"].comments.set_index("comment_id")
    assert int((after["stance"] == "milano").sum()) == before + 1
    assert after.loc[target["comment_id"], "stance_set_by"] == "analyst"
    assert after.loc[target["comment_id"], "stance_model"] == target["stance"]
    assert list(LabelStore(own_corpus).current()["value"]) == ["milano"]
    assert any("set by analyst" in m.value for m in at.markdown)
    at.button(key=f"undo_stance_{target['comment_id']}").click().run()
    restored = at.session_state["corpus"].comments.set_index("comment_id")
    assert restored.loc[target["comment_id"], "stance"] == target["stance"]
    assert int((restored["stance"] == "milano").sum()) == before


def test_documents_page_marks_mentions_and_keeps_markup_literal(markup_app: AppTest) -> None:
    at = markup_app
    at.switch_page("views/documents.py").run()
    assert not at.exception and at.title[0].value == "Documents"
    shown = [m.value for m in at.markdown]
    assert any(":blue-background[" in s for s in shown)
    for source in shown:
        outside = re.sub(r":blue-background\[|:orange-background\[|\[(timeline|open) ↗\]\([^)]*\)", "",
                         _live(source))
        assert not [p for p in PLANTED if p in outside], source


def test_timeline_names_outlets_and_wordings_side_by_side(app: AppTest, corpus: Corpus) -> None:
    app.switch_page("views/timeline.py").run()
    conflicted = corpus.statements.loc[corpus.statements["date_conflict"] != "", "statement_id"].iloc[0]
    app.selectbox(key="timeline_statement").set_value(conflicted).run()
    warning = app.warning[0].value
    assert not any(doc_id in warning for doc_id in corpus.documents["doc_id"])
    outlets = set(corpus.mentions.loc[corpus.mentions["statement_id"] == conflicted, "source"])
    assert all(re.sub(r"\\(.)", r"\1", warning).count(o) for o in outlets if o in warning) and outlets
    texts = {t.value for t in app.text}
    wordings = corpus.mentions.loc[corpus.mentions["statement_id"] == conflicted, "mention_text"]
    assert set(wordings) <= texts


def test_overview_has_its_own_path(app: AppTest) -> None:
    app.switch_page("views/overview.py").run()
    assert not app.exception and app.title[0].value == "Overview"


def test_a_corpus_opened_alone_reads_its_texts_from_the_folder_it_was_built_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus built from a folder of the user's and opened with $SPECTRUM_CORPUS only shows its
    articles' text (the folder is in its manifest), not the project's seeds/."""
    seeds, out = tmp_path / "my seeds", tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", seeds)
    build_corpus(seeds, out)
    assert read_manifest(out)["seeds_dir"] == "../my seeds"
    assert read_manifest(out)["seeds_dir_absolute"] == str(seeds.resolve())
    monkeypatch.delenv("SPECTRUM_SEEDS", raising=False)
    monkeypatch.setenv("SPECTRUM_CORPUS", str(out))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/documents.py").run()
    assert not at.exception and not at.warning
    assert any(":blue-background[" in m.value for m in at.markdown)
    moved = tmp_path / "moved"  # the project moved whole: the seeds are found beside the corpus
    moved.mkdir()
    shutil.move(seeds, moved / seeds.name)
    shutil.move(out, moved / out.name)
    monkeypatch.setenv("SPECTRUM_CORPUS", str(moved / out.name))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/documents.py").run()
    assert not at.exception and not at.warning
    shutil.rmtree(moved / seeds.name)  # gone: the page says so instead of showing another folder's text
    at.run()
    assert [w.value for w in at.warning] == [
        "The file of this document is no longer in the seeds folder; its text cannot be shown."]
