"""Chart builders inspected as figures, without a Streamlit runtime."""

import pandas as pd

from components.store import Corpus
from dashboard.charts import (
    box_figure,
    compare_figure,
    histogram_figure,
    share_figure,
    side_colours,
    timeline_figure,
)
from dashboard.widgets import escape_markdown


def test_timeline_rows_symbols_conflicts_and_publication(corpus: Corpus) -> None:
    fig = timeline_figure(corpus.statements, corpus.mentions, corpus.documents)
    points = [t for t in fig.data if t.customdata is not None]
    assert sum(len(t.x) for t in points) == len(corpus.statements)  # every seed statement is dated
    symbols = {s for t in points for s in t.marker.symbol}
    assert symbols == {"circle", "diamond-open"}  # month-only dates drawn differently
    conflict = next(t for t in fig.data if t.name == "date another source gives")
    assert "2017-12-15" in {str(x) for x in conflict.x if x is not None}
    assert any("published" in a.text for a in fig.layout.annotations)
    assert fig.layout.title.text.startswith("Statements by date (11 dated")
    assert fig.layout.yaxis.type == "category"  # one row per statement, labelled by its words
    assert len(fig.layout.yaxis.categoryarray) == len(corpus.statements)


def test_timeline_gives_month_only_dates_their_own_panel(corpus: Corpus) -> None:
    fig = timeline_figure(corpus.statements, corpus.mentions, corpus.documents)
    points = [t for t in fig.data if t.customdata is not None]
    coarse = [x for t in points if t.xaxis == "x" for x in t.x]
    days = [x for t in points if t.xaxis == "x2" for x in t.x]
    assert coarse == ["Oct 2017"] * (corpus.statements["date"].str.len() == 7).sum()
    assert len(days) == (corpus.statements["date"].str.len() == 10).sum()
    assert fig.layout.xaxis.type == "category" and fig.layout.xaxis.title.text == "month only"
    assert fig.layout.xaxis2.title.text == "Date"
    low, high = (pd.Timestamp(d) for d in fig.layout.xaxis2.range)
    assert low <= pd.Timestamp(min(days)) and pd.Timestamp(max(days)) <= high
    assert (high - low).days <= 7  # the December days are spread over the panel, not squeezed


def test_timeline_escapes_text_in_hover_and_labels() -> None:
    statements = pd.DataFrame([{
        "statement_id": "s1", "speaker": "<b>Eve</b>", "kind": "quote", "date": "2020-01-02",
        "text": "<script>alert(1)</script> said", "date_conflict": "", "n_sources": 1}])
    empty = pd.DataFrame(columns=["statement_id", "date"])
    fig = timeline_figure(statements, empty, pd.DataFrame(columns=["published", "source"]))
    trace = next(t for t in fig.data if t.customdata is not None)
    assert "<script>" not in trace.hovertext[0] and "&lt;script&gt;" in trace.hovertext[0]
    assert "<b>Eve</b>" not in trace.y[0]


def test_timeline_of_nothing_is_an_empty_figure() -> None:
    empty = pd.DataFrame(columns=["statement_id", "speaker", "kind", "date", "text",
                                  "date_conflict", "n_sources"])
    fig = timeline_figure(empty, pd.DataFrame(columns=["statement_id", "date"]),
                          pd.DataFrame(columns=["published", "source"]))
    assert fig.layout.title.text.startswith("Statements by date (0 dated")


def test_distribution_figures_count_every_comment(corpus: Corpus) -> None:
    comments = corpus.comments
    hist = histogram_figure(comments, "stance", side_colours(["damon", "milano"]))
    assert sum(len(t.x) for t in hist.data) == len(comments)
    assert {t.marker.color for t in hist.data} == {"#1f5f8b", "#d95f02", "#9e9e9e"}
    box = box_figure(comments, "source")
    assert box.layout.yaxis.title.text == "Compound score"


def test_share_figure_rows_sum_to_one(corpus: Corpus) -> None:
    fig = share_figure(corpus.comments, "stance", side_colours(["damon", "milano"]), "t", "source")
    total = sum(t.x[0] for t in fig.data)
    assert abs(total - 1.0) < 1e-9
    assert fig.layout.xaxis.tickformat == ".0%"


def test_compare_figure_keeps_both_series() -> None:
    fig = compare_figure(pd.Series({"a": 3, "b": 1}), pd.Series({"a": 2}), "t", "x")
    assert [list(t.y) for t in fig.data] == [[3, 1], [2, 0]]


def test_escape_markdown_shows_text_as_typed() -> None:
    assert escape_markdown("**bold** [x](http://y) :red[z] <b>") == (
        "\\*\\*bold\\*\\* \\[x\\]\\(http\\://y\\) \\:red\\[z\\] \\<b\\>")
