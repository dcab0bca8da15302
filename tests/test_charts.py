"""Chart builders inspected as figures, without a Streamlit runtime."""

import re
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from components.corpus.store import Corpus
from dashboard.charts import (
    BOX_POINTS,
    LABEL_CHARS,
    MAX_TICKS,
    ROW_CHARS,
    box_figure,
    compare_figure,
    count_figure,
    histogram_figure,
    share_figure,
    side_colours,
    timeline_figure,
)
from dashboard.display import contract_date, escape_markdown, escape_plotly
from dashboard.drill import apply_mark, cells_from_points
from dashboard.palette import (
    LABEL_COLOURS,
    NEUTRAL,
    NEUTRAL_COLOUR,
    NOT_SPAM_COLOUR,
    SIDE_PALETTE,
    SPAM_COLOUR,
    UNKNOWN_SPEAKER_COLOUR,
    WITH_SPAM_COLOUR,
    WITHOUT_SPAM_COLOUR,
    corpus_palette,
)


def test_timeline_rows_symbols_conflicts_and_publication(corpus: Corpus) -> None:
    fig = timeline_figure(corpus.statements, corpus.mentions, corpus.documents)
    points = [t for t in fig.data if t.customdata is not None]
    assert sum(len(t.x) for t in points) == len(corpus.statements)  # every seed statement is dated
    symbols = {s for t in points for s in t.marker.symbol}
    assert symbols == {"circle", "diamond-open"}  # month-only dates drawn differently
    conflict = next(t for t in fig.data if t.name == "date another source gives")
    assert "2017-12-15" in {str(x) for x in conflict.x if x is not None}
    assert any("published" in a.text for a in fig.layout.annotations)
    assert fig.layout.title.text.startswith(f"Statements by date ({len(corpus.statements)} dated")
    assert fig.layout.yaxis.type == "category"  # one row per statement, labelled by its words
    assert len(fig.layout.yaxis.categoryarray) == len(corpus.statements)


def test_timeline_gives_month_only_dates_their_own_panel(corpus: Corpus) -> None:
    fig = timeline_figure(corpus.statements, corpus.mentions, corpus.documents)
    points = [t for t in fig.data if t.customdata is not None]
    coarse = [x for t in points if t.xaxis == "x" for x in t.x]
    days = [x for t in points if t.xaxis == "x2" for x in t.x]
    assert coarse == ["Oct 2017"] * (corpus.statements["date"].str.len() == 7).sum()
    assert len(days) == (corpus.statements["date"].str.len() == 10).sum()
    assert fig.layout.xaxis.type == "category" and fig.layout.xaxis.title.text == "month"
    assert list(fig.layout.xaxis.ticktext) == ["Oct<br>2017"]  # two short lines: fits a phone
    assert fig.layout.xaxis2.type == "date" and fig.layout.xaxis2.nticks <= 5
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
    assert sum(sum(t.y) for t in hist.data) == len(comments)  # pre-binned: every comment in one bar
    assert [t.marker.color for t in hist.data] == list(side_colours(["damon", "milano"]).values())
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




# -- showing text literally ----------------------------------------------------------------------

WJ = "\u2060"  # the word joiner that keeps a bare URL, www. name or e-mail address from linking
MARKDOWN_CASES = [
    ("plain words", "plain words"),
    ("**bold** _it_", r"\*\*bold\*\* \_it\_"),
    (":red[x] :smile:", r"\:red\[x\] \:smile\:"),
    (":material/home:", r"\:material\/home\:"),
    ("$x^2$", r"\$x\^2\$"),
    ("[a](b)", r"\[a\]\(b\)"),
    ("<b>b</b>", r"\<b\>b\<\/b\>"),
    ("Title\n===", "Title\n\\=\\=\\="),
    ("# h", r"\# h"),
    ("https://x.org", "https\\:" + WJ + r"\/\/x\.org"),
    ("www.x.org", "www" + WJ + r"\.x\.org"),
    ("me@x.org", "me\\@" + WJ + r"x\.org"),
    ("東京 café", "東京 café"),
    (None, ""),
    (float("nan"), ""),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_CASES)
def test_escape_markdown(text: object, expected: str) -> None:
    assert escape_markdown(text) == expected


@pytest.mark.parametrize(("text", "_"), MARKDOWN_CASES)
def test_escape_markdown_loses_nothing(text: object, _: str) -> None:
    """Undoing the escapes gives the text back: it is shown as typed."""
    shown = re.sub(r"\\(.)", r"\1", escape_markdown(text)).replace(WJ, "")
    assert shown == ("" if text is None or text != text else text)


PLOTLY_CASES = [
    ("plain words", "plain words"),
    ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
    ('<span style="font-size:40px">big</span>', '&lt;span style="font-size:40px"&gt;big&lt;/span&gt;'),
    ('<a href="https://example.com">x</a>', '&lt;a href="https://example.com"&gt;x&lt;/a&gt;'),
    ("a<br>b", "a&lt;br&gt;b"),
    ("%{x} 50%", "&#37;{x} 50&#37;"),
    ("$x^2$", "&#36;x^2&#36;"),
    ("&amp; & it's", "&amp;amp; &amp; it's"),
    (None, ""),
]


@pytest.mark.parametrize(("text", "expected"), PLOTLY_CASES)
def test_escape_plotly(text: object, expected: str) -> None:
    assert escape_plotly(text) == expected


DATE_CASES = [
    ("2017-12-15", (date(2017, 12, 15), "day")),
    ("2017-12", (date(2017, 12, 1), "month")),
    ("2017", (date(2017, 1, 1), "year")),
    ("1900-01-01", (date(1900, 1, 1), "day")),
    ("2100-12-31", (date(2100, 12, 31), "day")),
    ("1899-12-31", None),
    ("0000-05", None),
    ("9999-12-31", None),
    ("2017-02-30", None),
    ("2017-13", None),
    ("2017-1-5", None),
    ("abc", None),
    ("", None),
    (None, None),
    ("２０１７-01-01", None),
]


@pytest.mark.parametrize(("value", "expected"), DATE_CASES)
def test_contract_date(value: object, expected: object) -> None:
    assert contract_date(value) == expected


HOSTILE = '<b>B</b> <span style="font-size:40px">big</span> <a href="https://example.com/phish">l</a> %{x}'


def _labels(fig: go.Figure) -> list[str]:
    """Every string plotly may render as markup: names, ticks, texts, hovers, annotations."""
    out = [str(a.text) for a in fig.layout.annotations]
    out += [str(t) for axis in (fig.layout.xaxis, fig.layout.yaxis) for t in (axis.ticktext or ())]
    for trace in fig.data:
        for attr in ("name", "x", "y", "hovertext", "hovertemplate"):
            value = getattr(trace, attr, None)
            out += [str(v) for v in value] if isinstance(value, tuple | list) else [str(value)]
    return out


def _assert_literal(fig: go.Figure) -> None:
    labels = _labels(fig)
    assert not [t for t in labels if "<b>B" in t or "<span" in t or "<a " in t or "%{x}" in t]
    assert any("&lt;b&gt;B&lt;/b&gt;" in t for t in labels)


def test_category_figures_escape_user_text() -> None:
    comments = pd.DataFrame({
        "source": [HOSTILE, "plain"], "stance": [HOSTILE, "neutral"], "sentiment_compound": [0.5, -0.5],
        "sentiment_label": ["positive", "negative"]})
    colours = {HOSTILE: "#111111", "neutral": "#999999"}
    for fig in (histogram_figure(comments, "source"), box_figure(comments, "source"),
                share_figure(comments, "stance", colours, "t", "source"),
                count_figure(comments["stance"].value_counts(), colours, "t", "x"),
                compare_figure(comments["source"].value_counts(), comments["stance"].value_counts(),
                               "t", "x")):
        _assert_literal(fig)


def test_timeline_escapes_speaker_source_and_conflict_labels() -> None:
    statements = pd.DataFrame([{
        "statement_id": "s1", "speaker": HOSTILE, "kind": "tweet", "date": "2020-01-02", "text": HOSTILE,
        "date_conflict": "sources disagree", "n_sources": 2}])
    mentions = pd.DataFrame({"statement_id": ["s1", "s1"], "date": ["2020-01-02", "2020-01-05"]})
    documents = pd.DataFrame({"source": [HOSTILE], "published": ["2020-01-03"]})
    _assert_literal(timeline_figure(statements, mentions, documents))


def test_timeline_leaves_out_dates_no_axis_can_hold() -> None:
    statements = pd.DataFrame([
        {"statement_id": f"s{i}", "speaker": "A", "kind": "quote", "date": d, "text": f"t{i}",
         "date_conflict": "x" if i == 0 else "", "n_sources": 1}
        for i, d in enumerate(["2017-12-15", "0000-05", "9999-12-31", "2017-02-30", "0000", "junk", None])])
    bad = ["9999-12-31", "0000-01-01"]
    mentions = pd.DataFrame({"statement_id": ["s0", "s0", "s0"], "date": [*bad, "2017-12-16"]})
    documents = pd.DataFrame({"source": ["a", "b", "c"], "published": [*bad, "2017-12-14"]})
    fig = timeline_figure(statements, mentions, documents)
    points = [t for t in fig.data if t.customdata is not None]
    assert [x for t in points for x in t.x] == [date(2017, 12, 15)]
    conflict = next(t for t in fig.data if t.name == "date another source gives")
    assert [x for x in conflict.x if x is not None] == [date(2017, 12, 15), date(2017, 12, 16)]
    assert [a.text for a in fig.layout.annotations] == ["published: c"]
    low, high = (pd.Timestamp(d) for d in fig.layout.xaxis.range)
    assert low.year == high.year == 2017


def test_long_sources_are_shortened_in_ticks_but_stay_apart() -> None:
    first, second = "A" * 60 + " one", "A" * 60 + " two"
    comments = pd.DataFrame({"source": [first, second, second], "stance": ["x", "x", "y"],
                             "sentiment_compound": [0.1, 0.2, 0.3]})
    fig = share_figure(comments, "stance", {"x": "#111111", "y": "#222222"}, "t", "source")
    assert sorted(fig.layout.yaxis.tickvals) == [first, second]  # two rows, whole in the hover
    assert [len(t) for t in fig.layout.yaxis.ticktext] == [LABEL_CHARS, LABEL_CHARS]
    box = box_figure(comments, "source")
    assert len(set(box.layout.xaxis.tickvals)) == 2 and box.layout.xaxis.ticktext[1].endswith("…<br>(2)")


# -- one colour and one name per side ------------------------------------------------------------

MANIFEST = {"sides": [{"id": "north", "name": "Nora North", "colour": ""},
                      {"id": "south", "name": "Sam South", "colour": "#0072b2"},
                      {"id": "east", "name": "Eve East"}],
            "speaker_sides": {"Nora North": "north", "Ned Ally": "north", "Bad Ref": "nowhere"}}


def test_palette_takes_config_colours_and_fills_the_rest_without_repeats() -> None:
    palette = corpus_palette(MANIFEST)
    assert palette.order == ["north", "south", "east", NEUTRAL]
    assert palette.colours["south"] == "#0072b2"  # its own colour from corpus.toml
    sides = [palette.colours[s] for s in ("north", "south", "east")]
    assert len({c.casefold() for c in sides}) == 3  # a default never repeats a configured colour
    reserved = {NEUTRAL_COLOUR, SPAM_COLOUR, NOT_SPAM_COLOUR, WITHOUT_SPAM_COLOUR, UNKNOWN_SPEAKER_COLOUR}
    assert not reserved & set(sides) and len(reserved) == 5
    assert palette.names == {"north": "Nora North", "south": "Sam South", "east": "Eve East",
                             NEUTRAL: NEUTRAL}


def test_palette_of_an_old_manifest_still_colours_and_names() -> None:
    palette = corpus_palette({"sides": [{"id": "a", "name": "A", "colour": "red; x"}, "junk"]})
    assert palette.colours == {"a": SIDE_PALETTE[0], NEUTRAL: NEUTRAL_COLOUR}
    assert corpus_palette({}).order == [NEUTRAL]
    assert side_colours(["a", "b"]) == {"a": SIDE_PALETTE[0], "b": SIDE_PALETTE[1], NEUTRAL: NEUTRAL_COLOUR}


def test_speakers_take_their_sides_colour_and_others_grey() -> None:
    palette = corpus_palette(MANIFEST)
    colours = palette.speaker_colours(["Nora North", "Ned Ally", "Sam South", "Bad Ref", "Stranger"])
    assert colours["Nora North"] == colours["Ned Ally"] == palette.colours["north"]
    assert colours["Sam South"] == palette.colours["south"]  # a side's figurehead by name
    assert colours["Bad Ref"] == colours["Stranger"] == UNKNOWN_SPEAKER_COLOUR


def test_timeline_colours_speakers_by_side(corpus: Corpus) -> None:
    palette = corpus_palette(corpus.manifest)
    speakers = list(corpus.statements["speaker"])
    fig = timeline_figure(corpus.statements, corpus.mentions, corpus.documents,
                          palette.speaker_colours(speakers))
    legend = {t.name: t.marker.color for t in fig.data if t.showlegend is not False and t.x == (None,)}
    people = corpus.manifest["speaker_sides"]
    assert legend and all(legend[s] == palette.colours[people[s]] for s in legend if s in people)
    assert len({legend[s] for s in legend if people.get(s) == "milano"}) == 1


def _comments(stances: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"stance": stances, "source": ["S"] * len(stances),
                         "sentiment_compound": [0.1 * i for i in range(len(stances))],
                         "sentiment_label": ["positive"] * len(stances)})


def test_every_builder_names_sides_and_keeps_the_config_order() -> None:
    palette = corpus_palette(MANIFEST)
    comments = _comments(["neutral", "south", "north", "south", "east"])
    hist = histogram_figure(comments, "stance", palette.colours, palette.names)
    assert [t.name.split(" (")[0] for t in hist.data] == ["Nora North", "Sam South", "Eve East", NEUTRAL]
    assert [t.marker.color for t in hist.data] == list(palette.colours.values())
    box = box_figure(comments, "stance", palette.colours, palette.names)
    assert [t.split("<br>")[0] for t in box.layout.xaxis.ticktext] == ["Nora North", "Sam South", "Eve East",
                                                                     NEUTRAL]
    share = share_figure(comments, "stance", palette.colours, "t", "source", names=palette.names)
    assert [t.name for t in share.data] == ["Nora North", "Sam South", "Eve East", NEUTRAL]
    by_stance = share_figure(comments, "sentiment_label", LABEL_COLOURS, "t", "stance",
                             names=palette.names, order=palette.order)
    assert list(by_stance.layout.yaxis.ticktext)[::-1] == ["Nora North", "Sam South", "Eve East", NEUTRAL]
    counts = comments["stance"].value_counts().reindex(palette.order)
    assert list(count_figure(counts, palette.colours, "t", "x", names=palette.names).layout.xaxis.ticktext
                ) == ["Nora North", "Sam South", "Eve East", NEUTRAL]
    compare = compare_figure(comments["stance"].value_counts(), comments["stance"].value_counts(), "t", "x",
                             names=palette.names, order=palette.order)
    assert list(compare.layout.xaxis.ticktext) == ["Nora North", "Sam South", "Eve East", NEUTRAL]
    assert [t.marker.color for t in compare.data] == [WITH_SPAM_COLOUR, WITHOUT_SPAM_COLOUR]
    assert not {WITH_SPAM_COLOUR, WITHOUT_SPAM_COLOUR} & set(palette.colours.values())


def test_histogram_counts_whole_comments() -> None:
    for n in (1, 3, 7, 40, 400, 138_060):
        fig = histogram_figure(_comments(["a"] * n).assign(sentiment_compound=0.05), "stance")
        axis = fig.layout.yaxis
        assert axis.tickformat == ",d" and axis.tick0 == 0 and axis.dtick >= 1  # 138,060: separators
        assert float(axis.dtick).is_integer() and n / axis.dtick <= MAX_TICKS  # whole steps, few ticks
        assert re.fullmatch(r"[125]0*", str(int(axis.dtick)))  # a round step: 1, 2 or 5 times 10^k


def test_legends_sit_below_the_plot_in_rows_and_margins_fit_labels(corpus: Corpus) -> None:
    comments = corpus.comments
    figures = [histogram_figure(comments, "stance"), share_figure(comments, "stance", side_colours([]), "t"),
               compare_figure(comments["stance"].value_counts(), comments["stance"].value_counts(), "t", "x"),
               timeline_figure(corpus.statements, corpus.mentions, corpus.documents)]
    for fig in figures:
        legend = fig.layout.legend
        assert (legend.orientation, legend.yref, legend.y, legend.yanchor) == ("h", "container", 0, "bottom")
        assert fig.layout.xaxis.automargin and fig.layout.yaxis.automargin


def test_timeline_rows_are_two_short_lines() -> None:
    statements = pd.DataFrame([{
        "statement_id": "s1", "speaker": "Bartholomew Longname-Smythe", "kind": "quote",
        "date": "2020-01-02", "text": "A very long statement that goes on and on " * 3,
        "date_conflict": "", "n_sources": 1}])
    fig = timeline_figure(statements, pd.DataFrame(columns=["statement_id", "date"]),
                          pd.DataFrame({"source": ["One", "Two", "One"],
                                        "published": ["2020-01-03"] * 3}))
    first, second = fig.layout.yaxis.categoryarray[0].split("<br>")
    assert len(first) <= ROW_CHARS and len(second) <= ROW_CHARS and second.endswith("…")
    (label,) = fig.layout.annotations  # one label per publication day, each source in its hover
    assert label.text == "2 published" and label.hovertext == "One<br>Two"


def _many(n: int, seed: int = 3) -> pd.DataFrame:
    """n comments over two stances with compound scores of four decimals, some on bin edges."""
    rng = np.random.default_rng(seed)
    scores = np.round(rng.uniform(-1, 1, n), 4)
    scores[::7] = np.round(rng.integers(-10, 11, len(scores[::7])) / 10, 4)  # exactly on the edges
    return pd.DataFrame({"comment_id": [f"c{i}" for i in range(n)],
                         "stance": rng.choice(["north", "south"], n), "source": "S",
                         "sentiment_compound": scores, "is_spam": False})


def test_histogram_bars_are_bins_and_each_lists_exactly_its_comments() -> None:
    comments = _many(3000)
    fig = histogram_figure(comments, "stance")
    assert all(len(t.x) == 20 for t in fig.data)  # one bar per bin, not one point per comment
    assert sum(sum(t.y) for t in fig.data) == len(comments)
    for trace in fig.data:
        for count, tag in zip(trace.y, trace.customdata, strict=True):
            cells = cells_from_points([{"curve_number": list(fig.data).index(trace), "point_index":
                                        list(trace.customdata).index(tag)}], fig, comments, ["stance"])
            assert len(apply_mark(comments, cells)) == count  # the drill-down lists the bar's comments


def test_box_of_a_large_group_is_from_all_comments_with_a_labelled_sample_of_points() -> None:
    comments = _many(4000)
    fig = box_figure(comments, "stance")
    stats = [t for t in fig.data if t.q1 is not None]
    points = [t for t in fig.data if t.q1 is None]
    assert len(stats) == 2 and all(len(t.y) == BOX_POINTS for t in points)
    for trace in stats:
        group = comments[comments["stance"] == trace.x[0].split(" (")[0]]["sentiment_compound"]
        assert trace.median[0] == pytest.approx(group.median())
        assert trace.q1[0] == pytest.approx(group.quantile(0.25))
    assert "a random 500" in fig.layout.title.text
    picked = cells_from_points([{"curve_number": 1, "point_index": 3}], fig, comments, ["stance"], "stance")
    assert points[0].customdata[3] in set(apply_mark(comments, picked)["comment_id"])
    small = box_figure(comments.head(40), "stance")
    assert all(t.q1 is None and len(t.y) == len(t.customdata) for t in small.data)  # every point
    assert "random" not in small.layout.title.text
