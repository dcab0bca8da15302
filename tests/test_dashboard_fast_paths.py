"""The dashboard's fast paths give what the plain pandas way gives: top-k orders, extremes, crosstabs,
histogram bins, the text search, outlet names; and charts with many groups say what they leave out."""

import json

import numpy as np
import pandas as pd
import pytest

from components.corpus.filters import SEARCH_COPY_SHARE, FilterSpec, text_matches
from dashboard.charts import MAX_GROUPS, _crosstab, _groups, box_figure, histogram_figure
from dashboard.provenance import name_outlets
from dashboard.section import first_rows, sort_keys
from dashboard.widgets import extreme_comments

RNG = np.random.default_rng(3)


def _text(values: pd.Series) -> pd.Series:
    """Values as the charts name them: a missing one reads 'nan'."""
    return values.astype(object).map(lambda v: "nan" if pd.isna(v) else str(v))


def _frame(n: int) -> pd.DataFrame:
    """Comments with ties, missing values and unused categories, as a large corpus has them."""
    stance = pd.Categorical(RNG.choice(["b", "a", "neutral", None], n),
                            categories=["a", "b", "neutral", "zz"])
    score = np.round(RNG.uniform(-1, 1, n), 1)  # one decimal: many ties
    score[RNG.random(n) < 0.05] = np.nan
    return pd.DataFrame({"stance": stance, "stance_confidence": score, "is_spam": RNG.random(n) < 0.2,
                         "spam_score": np.round(RNG.random(n), 2),
                         "source": RNG.choice(["x", "y", "z"], n), "sentiment_compound": score},
                        index=RNG.permutation(n * 3)[:n])  # a view: index labels are corpus rows


@pytest.mark.parametrize(("by", "ascending"), [(["stance", "stance_confidence"], [True, False]),
                                               (["is_spam", "spam_score"], [False, False]),
                                               (["stance_confidence"], [True]),
                                               (["source", "stance"], [False, True])])
@pytest.mark.parametrize("k", [1, 7, 50, 400])
def test_first_rows_are_the_head_of_a_stable_sort(by: list[str], ascending: list[bool], k: int) -> None:
    frame = _frame(300)
    expected = frame.reset_index(drop=True).sort_values(by, ascending=ascending, kind="stable").index
    keys = sort_keys(frame, by, ascending)
    assert first_rows(keys, k).tolist() == expected[:k].tolist()
    assert np.lexsort(keys[::-1]).tolist() == expected.tolist()  # the download's whole order


def test_extremes_are_nlargest_and_nsmallest_on_their_side_of_zero() -> None:
    frame = _frame(500)
    top, bottom = extreme_comments(frame, 6)
    score = frame["sentiment_compound"]
    assert list(top.index) == list(score[score > 0].nlargest(6).index)
    assert list(bottom.index) == list(score[score < 0].nsmallest(6).index)
    none_above = frame.assign(sentiment_compound=-frame["sentiment_compound"].abs())
    assert extreme_comments(none_above)[0].empty


@pytest.mark.parametrize(("by", "column"), [(None, "stance"), ("source", "stance"), ("stance", "source"),
                                           ("stance", "is_spam")])
def test_crosstab_counts_every_pair_as_groupby_does(by: str | None, column: str) -> None:
    frame = _frame(400)
    table = _crosstab(frame, by, column)
    text = frame[[by, column] if by else [column]].apply(_text)
    assert int(table.to_numpy().sum()) == len(frame)
    for pair, count in text.value_counts().items():
        group, value = pair if by else ("all comments", pair[0])
        assert table.loc[group, value] == count
    assert (table.to_numpy() > 0).sum() == len(text.value_counts())  # no pair no comment has


def test_histogram_bins_and_groups_match_the_rows() -> None:
    frame = _frame(600)
    edges = np.round(np.linspace(-1, 1, 21), 4)
    traces = histogram_figure(frame, "stance").data
    labels = _text(frame["stance"])
    for trace in traces:
        group = json.loads(trace.customdata[0].removeprefix("cell:"))["stance"]
        rows = frame.loc[labels == group, "sentiment_compound"].dropna()
        expected = np.histogram(rows, bins=edges)[0]  # numpy's last bin holds 1.0, as ours does
        assert [int(n) for n in trace.y] == expected.tolist(), group
        assert trace.name.endswith(f"({(labels == group).sum()})")
    assert sorted(json.loads(t.customdata[0].removeprefix("cell:"))["stance"] for t in traces) == [
        "a", "b", "nan", "neutral"]
    assert [g for g, _ in _groups(frame, "stance", None)] == ["a", "b", "nan", "neutral"]


def test_charts_of_many_groups_draw_the_largest_and_say_so() -> None:
    n = 4000
    sources = np.array([f"outlet {i:02d}" for i in range(MAX_GROUPS + 5)])
    weights = np.arange(len(sources), 0, -1, dtype=float)
    frame = pd.DataFrame({"source": RNG.choice(sources, n, p=weights / weights.sum()),
                          "sentiment_compound": np.round(RNG.uniform(-1, 1, n), 4),
                          "comment_id": [f"c{i}" for i in range(n)]})
    largest = set(frame["source"].value_counts().index[:MAX_GROUPS])
    histogram = histogram_figure(frame, "source")
    assert len(histogram.data) == MAX_GROUPS
    assert {t.name.rsplit(" (", 1)[0] for t in histogram.data} == largest
    assert f"the {MAX_GROUPS} largest of {len(sources)} source groups" in histogram.layout.title.text
    box = box_figure(frame, "source")
    assert {t.name.rsplit(" (", 1)[0] for t in box.data} == largest
    assert f"the {MAX_GROUPS} largest of {len(sources)} source groups" in box.layout.title.text
    few = frame[frame["source"].isin(sorted(largest)[:3])]
    assert "largest" not in histogram_figure(few, "source").layout.title.text


def test_box_points_carry_ids_from_the_given_column() -> None:
    frame = _frame(200)
    ids = pd.Series([f"id-{i}" for i in range(frame.index.max() + 1)])
    fig = box_figure(frame, "stance", ids=ids)
    for trace in fig.data:
        assert all(i.startswith("id-") for i in trace.customdata)
        positions = [int(i.removeprefix("id-")) for i in trace.customdata]
        drawn = frame.loc[positions, "sentiment_compound"].tolist()
        assert drawn == pytest.approx(list(trace.y), nan_ok=True)


@pytest.mark.parametrize("share", [SEARCH_COPY_SHARE / 2, 0.9])  # a few rows searched alone; most: all
def test_search_narrowed_by_other_filters_finds_the_same_rows(share: float) -> None:
    n = 400
    frame = pd.DataFrame({"text": RNG.choice(["Women vote", "men", None, "WOMEN!", "a woman"], n),
                          "stance": pd.Categorical(np.where(RNG.random(n) < share, "a", "b")),
                          "is_spam": False, "sentiment_compound": 0.0})
    mask = FilterSpec(stances=("a",), search="women").comment_mask(frame)
    expected = (frame["stance"] == "a") & frame["text"].str.lower().str.contains("women", na=False)
    assert mask.tolist() == expected.tolist()
    assert text_matches(frame["text"], "women").tolist() == frame["text"].str.lower().str.contains(
        "women", na=False).tolist()


def test_outlets_are_named_in_one_pass_and_odd_ids_still_replaced() -> None:
    documents = pd.DataFrame({"doc_id": ["000001_ab12", "000002_cd34", "doc.3"],
                              "source": ["Daily One", None, "Third Post"]})
    text = "stated in 000001_ab12; 000002_cd34 dates it; doc.3 too; x000001_ab12y untouched"
    assert name_outlets(text, documents) == ("stated in Daily One; 000002_cd34 dates it; Third Post too; "
                                             "x000001_ab12y untouched")
    assert name_outlets(None, documents) == ""


def test_a_timeline_of_a_season_stays_readable() -> None:
    from dashboard.charts import MAX_MARKER_SOURCES, MAX_PUBLICATION_LABELS, timeline_figure

    statements = pd.DataFrame([{"statement_id": f"s{i}", "speaker": "A Speaker", "kind": "quote",
                                "date": f"2020-01-{i + 1:02d}", "text": f"claim {i}", "date_conflict": "",
                                "n_sources": n} for i, n in enumerate([1, 3, 150])])
    days = pd.date_range("2020-01-01", periods=MAX_PUBLICATION_LABELS + 30).strftime("%Y-%m-%d")
    documents = pd.DataFrame({"source": [f"Outlet {i % 7}" for i in range(len(days))], "published": days})
    fig = timeline_figure(statements, pd.DataFrame(columns=["statement_id", "date"]), documents)
    sizes = [s for t in fig.data if t.customdata is not None for s in t.marker.size]
    assert sizes == [13, 21, 9 + 4 * MAX_MARKER_SOURCES]  # grows with the sources, up to a cap
    assert len(fig.layout.shapes) == len(days) and not fig.layout.annotations  # lines, no labels
    assert f"the {len(days)} days articles were published" in fig.layout.title.text
    few = timeline_figure(statements, pd.DataFrame(columns=["statement_id", "date"]), documents.head(3))
    assert len(few.layout.annotations) == 3 and "published" not in few.layout.title.text


def test_many_boxes_slant_their_names_and_notes_take_a_line_each() -> None:
    from dashboard.charts import FLAT_TICKS

    n = 12 * 600  # every group above BOX_POINTS: sampled, so the title has both notes
    frame = pd.DataFrame({"source": RNG.choice([f"A rather long outlet name {i}" for i in range(12)], n),
                          "sentiment_compound": RNG.uniform(-1, 1, n)})
    many = box_figure(frame, "source")
    assert many.layout.xaxis.tickangle != 0 and many.layout.title.text.count("<sup>") == 2
    few = box_figure(frame[frame["source"].isin(sorted(set(frame["source"]))[:FLAT_TICKS])], "source")
    assert few.layout.xaxis.tickangle == 0 and few.layout.title.text.count("<sup>") == 1  # sampled only
