"""Pure figure builders: tables in, plotly figures out (tested without a Streamlit runtime).

Text from documents, commenters and corpus.toml reaches a figure only through escape_plotly
(names, ticks, legends, annotations, hover text); dates only through contract_date.
"""

import json
import math
import textwrap
from datetime import date, timedelta

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from dashboard.display import contract_date, escape_plotly
from dashboard.palette import (
    LABEL_COLOURS,
    NEUTRAL_COLOUR,
    SIDE_PALETTE,
    WITH_SPAM_COLOUR,
    WITHOUT_SPAM_COLOUR,
    side_colours,
)

__all__ = ["BOX_POINTS", "CELL_PREFIX", "LABEL_COLOURS", "MAX_GROUPS", "MAX_MARKER_SOURCES",
           "MAX_PUBLICATION_LABELS", "NEUTRAL_COLOUR", "SIDE_PALETTE", "box_figure", "cell_tag",
           "compare_figure", "count_figure", "histogram_figure", "share_figure", "side_colours",
           "timeline_figure"]

# Every figure of the app is drawn on plotly_white. Set as the default once: naming it per figure
# deep-copies the template each time (about 35 ms a figure, most of a small chart's cost).
pio.templates.default = "plotly_white"
FONT = {"family": "Inter, Helvetica, Arial, sans-serif", "size": 13}
# Figures are drawn without knowing the screen's width (Streamlit has no viewport API), so they are
# laid out to stay readable from a 390 px phone up: legends in rows below the plot, margins that
# grow to fit their labels, a bounded number of ticks, short category labels.
LABEL_CHARS = 24  # longer category names are shortened in ticks and legends (whole in hovers)
MAX_TICKS = 6     # ticks on a numeric or date axis
ROW_CHARS = 22    # each of the two lines of a timeline row label (the plot keeps 60% of a phone)


def _hover(text: str, width: int = 60, limit: int = 300) -> str:
    """Escaped, wrapped text for a hover label."""
    short = text if len(text) <= limit else text[:limit - 1] + "…"
    return "<br>".join(escape_plotly(line) for line in textwrap.wrap(short, width))


def _label(value: object, limit: int = LABEL_CHARS) -> str:
    """A tick or legend label: the text shortened to limit characters, then escaped."""
    text = "" if value is None else str(value)
    return escape_plotly(text if len(text) <= limit else text[:limit - 1].rstrip() + "…")


def _category_ticks(values: list[str], texts: list[str]) -> dict[str, object]:
    """A category axis whose ticks read texts while the categories (and hovers) keep values."""
    return {"type": "category", "tickmode": "array", "tickvals": values, "ticktext": texts}


def _names(names: dict[str, str] | None, value: object) -> str:
    """A value's display name (a side's name for its id), else the value."""
    return (names or {}).get(str(value), str(value))


def _order(values: object, first: list[str] | dict[str, str] | None) -> list[str]:
    """The distinct values, those listed in `first` in its order, then the rest sorted."""
    present = {str(v) for v in values}  # type: ignore[attr-defined]
    leading = [v for v in (first or []) if v in present]
    return leading + sorted(present - set(leading))


def _layout(fig: go.Figure, title: str, x: str, y: str, height: int = 420) -> go.Figure:
    """Title, axis titles and a legend in rows under the plot; margins grow to fit the labels."""
    fig.update_layout(title={"text": title, "x": 0.01, "xanchor": "left"}, xaxis_title=x,
                      yaxis_title=y, font=FONT, height=height,
                      margin={"l": 10, "r": 10, "t": 50, "b": 10},
                      legend={"title": {"text": ""}, "traceorder": "normal", "orientation": "h",
                              "x": 0, "xanchor": "left", "yref": "container", "y": 0,
                              "yanchor": "bottom"})
    fig.update_xaxes(automargin=True, title_standoff=6)
    fig.update_yaxes(automargin=True, title_standoff=6)
    return fig


def _whole_counts(fig: go.Figure, highest: int) -> None:
    """A count axis with whole-number ticks only, at most MAX_TICKS of them, on a round step (1, 2
    or 5 times a power of ten: 50,000 rather than 27,612) and with thousands separators."""
    raw = max(1.0, highest / (MAX_TICKS - 1))
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    fig.update_yaxes(tick0=0, dtick=step, tickformat=",d", rangemode="tozero")


def _plot_date(value: object) -> tuple[date | None, str]:
    """Where a contract date sits on the axis (mid-month, mid-year), and its precision; nothing
    for a missing, malformed or out-of-range date."""
    parsed = contract_date(value)
    if parsed is None:
        return None, ""
    first, precision = parsed
    shifted = {"day": first, "month": first.replace(day=15), "year": first.replace(month=7)}
    return shifted[precision], precision


_SYMBOLS = {"day": "circle", "month": "diamond-open", "year": "square-open"}
# A marker grows with the sources carrying its statement up to this many (a statement carried by
# 150 outlets drew a 600 px disc over the whole chart); the hover gives the exact count.
MAX_MARKER_SOURCES = 6
# Publication days labelled above their dashed line; with more, the lines are drawn lighter and
# unlabelled (hundreds of labels overlap into one black bar), and the title says how many there are.
MAX_PUBLICATION_LABELS = 12


def _statement_points(statements: pd.DataFrame) -> pd.DataFrame:
    """Dated statements with their axis position, precision and row label, oldest first."""
    points = statements.copy()
    for column in ("speaker", "kind", "text", "date", "date_conflict"):
        points[column] = points[column].fillna("").astype(str)
    placed = [_plot_date(d) for d in points["date"]]
    points["x"] = [p[0] for p in placed]
    points["precision"] = [p[1] for p in placed]
    points = points[points["x"].notna()].sort_values(["x", "speaker"], kind="stable")
    points["row"] = [_row_label(r.speaker, r.text, i) for i, r in enumerate(points.itertuples())]
    return points


def _row_label(speaker: str, text: str, index: int) -> str:
    """A statement's row on the timeline: its number and speaker, its first words below."""
    return f"{_label(f'{index + 1}. {speaker}', ROW_CHARS)}<br>{_label(text, ROW_CHARS)}"


def _statement_hover(row: pd.Series) -> str:
    when = row["date"] + (" (month only)" if row["precision"] == "month" else "")
    conflict = "<br><b>Sources disagree on the date</b>" if row.get("date_conflict") else ""
    return (f"<b>{escape_plotly(row['speaker'])}</b> · {escape_plotly(row['kind'])} · {when}<br>"
            f"{_hover(row['text'])}<br>{row['n_sources']} source(s){conflict}")


def _day(value: object) -> date | None:
    """A day-precise contract date in the shown years, else None."""
    parsed = contract_date(value)
    return parsed[0] if parsed and parsed[1] == "day" else None


def _conflict_trace(points: pd.DataFrame, mentions: pd.DataFrame) -> go.Scatter | None:
    xs: list[object] = []
    ys: list[object] = []
    for row in points[points["date_conflict"] != ""].itertuples():
        others = mentions.loc[(mentions["statement_id"] == row.statement_id)
                              & (mentions["date"] != row.date), "date"]
        for other in sorted({d for d in map(_day, others) if d is not None}):
            xs += [row.x, other, None]
            ys += [row.row, row.row, None]
    if not xs:
        return None
    return go.Scatter(x=xs, y=ys, mode="lines+markers", name="date another source gives",
                      line={"color": "#d73027", "dash": "dot", "width": 1.5},
                      marker={"symbol": "x", "size": 9, "color": "#d73027"}, hoverinfo="skip")


def _speaker_trace(own: pd.DataFrame, speaker: str, colour: str, x: list[object]) -> go.Scatter:
    conflict = own["date_conflict"].fillna("") != ""
    return go.Scatter(
        x=x, y=own["row"], mode="markers", name=escape_plotly(speaker), legendgroup=speaker,
        showlegend=False, customdata=own["statement_id"], hoverinfo="text",
        hovertext=[_statement_hover(r) for _, r in own.iterrows()],
        marker={"size": 9 + 4 * own["n_sources"].clip(upper=MAX_MARKER_SOURCES), "color": colour,
                "symbol": [_SYMBOLS[p] for p in own["precision"]],
                "line": {"width": [3 if c else 1 for c in conflict],
                         "color": ["#d73027" if c else colour for c in conflict]}})


def _published(documents: pd.DataFrame) -> list[tuple[str, date]]:
    """(source, day) of every document published on a known day in the shown years."""
    days = [_day(d) for d in documents["published"]]
    return [(str(source), day) for source, day in zip(documents["source"], days, strict=True)
            if day is not None]


def _publication_lines(fig: go.Figure, documents: pd.DataFrame, cell: dict[str, int]) -> int:
    """A dashed line per publication day, labelled with its source (or the count of sources, all
    of them named in the label's hover); past MAX_PUBLICATION_LABELS days, light lines without
    labels. Returns the number of days."""
    by_day: dict[date, list[str]] = {}
    for source, day in _published(documents):
        by_day.setdefault(day, []).append(source)
    axis = "2" if cell.get("col") == 2 else ""  # the day panel's axes (x2/y2 beside the month panel)
    refs = {"xref": f"x{axis}", "yref": f"y{axis} domain"}
    labelled = len(by_day) <= MAX_PUBLICATION_LABELS
    line = {"dash": "dash", "color": "#555"} if labelled else {"dash": "dot", "color": "#bbb", "width": 1}
    shapes, labels = list(fig.layout.shapes), list(fig.layout.annotations)
    for day, sources in sorted(by_day.items()):  # shapes set at once: add_vline per day is quadratic
        shapes.append({"type": "line", "x0": day.isoformat(), "x1": day.isoformat(), "y0": 0, "y1": 1,
                       "line": line, **({} if labelled else {"layer": "below"}), **refs})
        if labelled:
            names = list(dict.fromkeys(sources))
            text = f"published: {_label(names[0])}" if len(names) == 1 else f"{len(names)} published"
            labels.append({"text": text, "font": {"size": 11}, "textangle": 0, "showarrow": False,
                           "hovertext": "<br>".join(escape_plotly(n) for n in names), "x": day.isoformat(),
                           "y": 1, "yanchor": "bottom", "xanchor": "right", **refs})
    fig.update_layout(shapes=shapes, annotations=labels)
    return len(by_day)


def _coarse_label(value: str) -> str:
    """A month-only or year-only date as the coarse panel shows it: 'Oct 2017', '2017'."""
    parsed = contract_date(value)
    if parsed is None:
        return value
    first, precision = parsed
    return first.strftime("%b %Y") if precision == "month" else str(first.year)


def _day_range(points: pd.DataFrame, conflict: go.Scatter | None,
               documents: pd.DataFrame) -> list[date]:
    """The day axis: every day-dated statement, conflicting date and publication, with margin."""
    days = [x for x, p in zip(points["x"], points["precision"], strict=True) if p == "day"]
    days += [x for x in (conflict.x if conflict is not None else ()) if x is not None]
    days += [day for _, day in _published(documents)]
    margin = timedelta(days=max(1, (max(days) - min(days)).days // 10))
    return [min(days) - margin, max(days) + margin]


def timeline_figure(statements: pd.DataFrame, mentions: pd.DataFrame,
                    documents: pd.DataFrame, speaker_colours: dict[str, str] | None = None
                    ) -> go.Figure:
    """One row per dated statement (oldest on top), coloured by speaker_colours (the speaker's
    side; without it, one default colour per speaker); publication dates as dashed lines; date
    conflicts in red. Statements known only to the month or year get their own narrow panel on
    the left, so they do not stretch the day axis."""
    points = _statement_points(statements)
    is_day = points["precision"] == "day"
    split = bool(is_day.any() and (~is_day).any())
    fig = (make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[0.16, 0.84],
                         horizontal_spacing=0.04) if split else go.Figure())
    coarse_cell, day_cell = ({"row": 1, "col": 1}, {"row": 1, "col": 2}) if split else ({}, {})
    for i, speaker in enumerate(dict.fromkeys(points["speaker"])):
        colour = (speaker_colours.get(speaker, NEUTRAL_COLOUR) if speaker_colours is not None
                  else SIDE_PALETTE[i % len(SIDE_PALETTE)])
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=escape_plotly(speaker),
                                 legendgroup=speaker, marker={"size": 12, "color": colour}),
                      **day_cell)
        own = points[points["speaker"] == speaker]
        day, coarse = own[own["precision"] == "day"], own[own["precision"] != "day"]
        if split and len(coarse):
            fig.add_trace(_speaker_trace(coarse, speaker, colour,
                                         [_coarse_label(d) for d in coarse["date"]]), **coarse_cell)
            own = day
        if len(own):
            fig.add_trace(_speaker_trace(own, speaker, colour, list(own["x"])), **day_cell)
    conflict = _conflict_trace(points, mentions)
    if conflict is not None:
        fig.add_trace(conflict, **day_cell)
    days = _publication_lines(fig, documents, day_cell)
    height = 150 + 40 * max(len(points), 3)
    title = f"Statements by date ({len(points)} dated)"
    if days > MAX_PUBLICATION_LABELS:
        title += f"<br><sup>dotted lines: the {days} days articles were published (too many to label)</sup>"
    fig = _layout(fig, title, "", "", height=height)
    fig.update_yaxes(type="category", categoryorder="array",
                     categoryarray=list(points["row"])[::-1], tickfont={"size": 11})
    day_axis: dict[str, object] = {"type": "date", "nticks": MAX_TICKS - 2, "tickangle": 0,
                                   "tickformat": "%b %d\n%Y"}
    if is_day.any():
        day_axis["range"] = _day_range(points, conflict, documents)
    fig.update_xaxes(**day_axis, **day_cell)
    if split:
        coarse_ticks = list(dict.fromkeys(_coarse_label(d) for d in points.loc[~is_day, "date"]))
        fig.update_xaxes(**_category_ticks(coarse_ticks, [t.replace(" ", "<br>") for t in coarse_ticks]),
                         tickangle=0, title={"text": "month", "font": {"size": 11}}, **coarse_cell)
    fig.update_layout(margin={"t": 80})  # room for the publication labels under the title
    return fig


_BINS = np.linspace(-1.0, 1.0, 21)  # the histogram's 0.1-wide bins (the last one holds 1.0)
_EDGES = np.round(_BINS, 4)  # the same edges as decimals (-0.4, not -0.39999999999999997)
# Each bin as the closed range the drill-down lists: [low, high - 0.0001] (compound scores have four
# decimals, so this is the half-open bin [low, high)), the last one up to 1.0 itself.
_BIN_RANGES = [(float(low), float(high) if i == len(_EDGES) - 2 else round(float(high) - 0.0001, 4))
               for i, (low, high) in enumerate(zip(_EDGES[:-1], _EDGES[1:], strict=True))]
BOX_POINTS = 500  # a group with more comments shows its box from all of them and a sample of points
# Groups a histogram or box chart draws, the largest ones (a chart split by 144 sources is unreadable:
# colours repeat after ten, boxes shrink to lines); the title says when some are left out.
MAX_GROUPS = 10
FLAT_TICKS = 4  # box names shown level up to this many boxes, slanted beyond
_SAMPLE_SEED = 7


def _bin_index(scores: np.ndarray) -> np.ndarray:
    """Each score's histogram bin, by the same rule as the bins' drill-down ranges (_BIN_RANGES:
    [low, high) on the decimal edges); -1 for a missing score or one outside [-1, 1]."""
    index = np.clip(np.searchsorted(_EDGES, scores, side="right") - 1, 0, len(_EDGES) - 2)
    return np.where((scores >= _EDGES[0]) & (scores <= _EDGES[-1]), index, -1)


def _codes(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """A column as integer codes and each code's text (a missing value reads 'nan', as text reads it;
    two codes may read the same). A category column gives its codes as they are: no text per row."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        names = [str(c) for c in values.cat.categories.astype(object)]
    else:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        names = [str(u) for u in uniques]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(names), codes)
        names.append("nan")
    return codes.astype(np.int64, copy=False), names


def _groups(comments: pd.DataFrame, by: str, first: list[str] | dict[str, str] | None
            ) -> list[tuple[str, np.ndarray]]:
    """(group, row positions) for each value of the by column, in _order's order."""
    codes, names = _codes(comments[by])
    small = codes.astype(np.int16) if len(names) < np.iinfo(np.int16).max else codes
    order = np.argsort(small, kind="stable")  # one pass (a radix sort on 16-bit codes): rows by group
    bounds = np.concatenate([[0], np.cumsum(np.bincount(codes, minlength=len(names)))])
    positions: dict[str, np.ndarray] = {}
    for i, name in enumerate(names):
        if bounds[i + 1] > bounds[i]:
            rows = order[bounds[i]:bounds[i + 1]]
            positions[name] = np.sort(np.concatenate([positions[name], rows])) if name in positions else rows
    return [(g, positions[g]) for g in _order(positions, first)]


def _largest(sizes: list[int]) -> list[int]:
    """The indices of the MAX_GROUPS largest sizes (ties: the earlier), in their own order."""
    ranked = sorted(range(len(sizes)), key=lambda i: (-sizes[i], i))[:MAX_GROUPS]
    return sorted(ranked)


def _left_out(kept: int, total: int, by: str) -> str:
    """The note saying a chart draws only the largest groups ('' when it draws them all)."""
    return f"the {kept} largest of {total} {by} groups" if kept < total else ""


def _group_bins(comments: pd.DataFrame, by: str, first: list[str] | dict[str, str] | None
                ) -> list[tuple[str, int, np.ndarray]]:
    """(group, its comments, its count per histogram bin) for each value of the by column, in
    _order's order; counted in one pass over the codes, not group by group."""
    codes, names = _codes(comments[by])
    bins = _bin_index(comments["sentiment_compound"].to_numpy(dtype=float, na_value=np.nan))
    binned = bins >= 0
    width = len(_EDGES) - 1
    counts = np.bincount(codes[binned] * width + bins[binned], minlength=len(names) * width)
    sizes = np.bincount(codes, minlength=len(names))
    merged: dict[str, tuple[int, np.ndarray]] = {}
    for i, name in enumerate(names):
        if sizes[i]:
            size, per_bin = merged.get(name, (0, np.zeros(width, dtype=np.int64)))
            merged[name] = (size + int(sizes[i]), per_bin + counts[i * width:(i + 1) * width])
    return [(g, *merged[g]) for g in _order(merged, first)]


def histogram_figure(comments: pd.DataFrame, by: str, colours: dict[str, str] | None = None,
                     names: dict[str, str] | None = None) -> go.Figure:
    """Compound sentiment histogram, one colour per group (groups in the colours' order, named by
    names), counted on the server in 0.1-wide bins (one bar per bin, however many comments); the
    count axis shows whole comments. A bar's customdata is its drill-down cell (group and range)."""
    fig = go.Figure()
    centres, peak = (_BINS[:-1] + _BINS[1:]) / 2, np.zeros(len(_BINS) - 1, dtype=np.int64)
    groups = _group_bins(comments, by, colours)
    kept = [groups[i] for i in _largest([g[1] for g in groups])]
    for group, size, counts in kept:
        peak += counts
        cells = np.asarray([cell_tag({by: group, "compound": [round(low, 4), round(high, 4)]})
                            for low, high in _BIN_RANGES], dtype=object)
        fig.add_trace(go.Bar(x=centres, y=counts, width=0.1, offset=-0.05,
                             name=f"{_label(_names(names, group))} ({size:,})",
                             opacity=0.8, marker_color=(colours or {}).get(group), customdata=cells,
                             hovertemplate="%{x:.2f} ± 0.05: %{y} comments<extra></extra>"))
    fig.update_layout(barmode="stack", bargap=0)
    fig.update_xaxes(range=[-1.05, 1.05], nticks=MAX_TICKS)
    _whole_counts(fig, int(peak.max()) if len(peak) else 0)
    title = f"Sentiment by {by} ({len(comments):,})"
    if note := _left_out(len(kept), len(groups), by):
        title += f"<br><sup>{note}</sup>"
    return _layout(fig, title, "Compound score", "Comments")


def cell_tag(cell: dict[str, object]) -> str:
    """A drill-down cell as one customdata entry (dashboard.drill reads it back)."""
    return CELL_PREFIX + json.dumps(cell, sort_keys=True, ensure_ascii=False)


CELL_PREFIX = "cell:"


def _box_stats(values: np.ndarray) -> dict[str, list[float]]:
    """A box's quartiles and whiskers (the furthest values within 1.5 IQR), as plotly draws them."""
    q1, median, q3 = np.quantile(values, [0.25, 0.5, 0.75])
    reach = 1.5 * (q3 - q1)
    inside = values[(values >= q1 - reach) & (values <= q3 + reach)]
    return {"q1": [q1], "median": [median], "q3": [q3], "lowerfence": [inside.min()],
            "upperfence": [inside.max()], "mean": [values.mean()]}


def box_figure(comments: pd.DataFrame, by: str, colours: dict[str, str] | None = None,
               names: dict[str, str] | None = None, ids: pd.Series | None = None) -> go.Figure:
    """Compound sentiment per group as box plots. A group of up to BOX_POINTS comments shows every
    point; a larger one its box from all its comments (computed here) and a random sample of
    BOX_POINTS points, as the title says. A point's customdata is its comment id (for the
    drill-down): from ids (indexed by the comments' index labels) when given, else from the
    comments' own comment_id column, else none."""
    fig = go.Figure()
    keys, ticks, sampled = [], [], False
    compound = comments["sentiment_compound"].to_numpy(dtype=float, na_value=np.nan)
    groups = _groups(comments, by, colours)
    kept = [groups[i] for i in _largest([len(g[1]) for g in groups])]
    for group, rows in kept:
        keys.append(escape_plotly(f"{group} ({len(rows):,})"))
        ticks.append(f"{_label(_names(names, group))}<br>({len(rows):,})")  # two lines: fits a phone
        colour, hover = (colours or {}).get(group), escape_plotly(_names(names, group))
        shown = rows
        if len(rows) > BOX_POINTS:
            sampled = True
            values = compound[rows]
            values = values[~np.isnan(values)]
            if len(values):
                fig.add_trace(go.Box(x=[keys[-1]], name=keys[-1], marker_color=colour, boxpoints=False,
                                     hovertext=hover, hoverinfo="y+text", **_box_stats(values)))
            shown = np.sort(np.random.default_rng(_SAMPLE_SEED).choice(rows, BOX_POINTS, replace=False))
        points = {"line": {"width": 0}, "fillcolor": "rgba(0,0,0,0)", "hoveron": "points",
                  "marker": {"opacity": 0.35, "size": 4}} if len(rows) > BOX_POINTS else {}
        fig.add_trace(go.Box(y=compound[shown], name=keys[-1],
                             boxpoints="all", jitter=0.4, pointpos=0, marker_color=colour,
                             customdata=_point_ids(comments, shown, ids),  # drill-down
                             hovertext=hover, hoverinfo="y+text", **points))
    fig.update_yaxes(range=[-1.05, 1.05], nticks=MAX_TICKS)
    # Side by side, more than a few two-line names run into each other: they are slanted then.
    fig.update_xaxes(**_category_ticks(keys, ticks), tickangle=0 if len(keys) <= FLAT_TICKS else -40)
    fig.update_layout(showlegend=False, boxmode="overlay")
    title = f"Sentiment per {by} ({len(comments):,})"
    notes = [f"boxes from all comments; points: a random {BOX_POINTS} per larger group"] if sampled else []
    notes += [note] if (note := _left_out(len(kept), len(groups), by)) else []
    title += "".join(f"<br><sup>{n}</sup>" for n in notes)  # a line each: a half-width chart is narrow
    fig = _layout(fig, title, "", "Compound score")
    return fig.update_layout(margin={"t": 50 + 22 * max(0, len(notes) - 1)}) if notes else fig


def _point_ids(comments: pd.DataFrame, positions: np.ndarray, ids: pd.Series | None) -> np.ndarray | None:
    """The comment ids of the rows at these positions (box_figure's ids rule), or None; as an
    object array, which plotly takes whole (a list it checks item by item: ten times slower)."""
    if ids is not None:
        values = ids.loc[comments.index[positions]]
    elif "comment_id" in comments:
        values = comments["comment_id"].iloc[positions]
    else:
        return None
    return np.asarray(values.astype(str), dtype=object)


def _crosstab(comments: pd.DataFrame, by: str | None, column: str) -> pd.DataFrame:
    """How many comments have each (group, value), groups and values as text (a missing one as
    'nan'; pairs no comment has left out); counted with one bincount over the columns' codes, so a
    million rows are neither grouped nor turned into text."""
    codes, values = _codes(comments[column])
    if by:
        groups, group_names = _codes(comments[by])
    else:
        groups, group_names = np.zeros(len(codes), dtype=np.int64), ["all comments"]
    counts = np.bincount(groups * len(values) + codes, minlength=len(group_names) * len(values))
    table = pd.DataFrame(counts.reshape(len(group_names), len(values)), index=group_names, columns=values)
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    return table.T.groupby(level=0).sum().T.groupby(level=0).sum()  # 'nan' met twice sums once


def share_figure(comments: pd.DataFrame, column: str, colours: dict[str, str], title: str,
                 by: str | None = None, names: dict[str, str] | None = None,
                 order: list[str] | None = None) -> go.Figure:
    """Shares of a column's values, overall or per group, as 100% stacked bars; values and groups
    are shown by their names; groups listed in order come first, top to bottom."""
    table = _crosstab(comments, by, column)
    table = table.reindex(_order(table.index, order or colours)[::-1])
    shares = table.div(table.sum(axis=1), axis=0)
    fig = go.Figure()
    groups = [escape_plotly(g) for g in shares.index]
    for value in [v for v in colours if v in shares.columns]:
        shown = _names(names, value)
        fig.add_trace(go.Bar(y=groups, x=shares[value],
                             name=_label(shown), orientation="h", marker_color=colours[value],
                             customdata=[[g, value] for g in shares.index],  # drill-down
                             text=[f"{n:,}" for n in table[value]], textposition="inside",
                             hovertemplate="%{y}: %{x:.0%} (%{text} comments)<extra>"
                                           + escape_plotly(shown) + "</extra>"))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(tickformat=".0%", range=[0, 1], nticks=MAX_TICKS)
    fig.update_yaxes(**_category_ticks(groups, [_label(_names(names, g)) for g in shares.index]))
    height = 200 + 40 * len(shares)
    return _layout(fig, f"{title} ({len(comments):,})", "Share of comments", "", height=height)


def count_figure(counts: pd.Series, colours: dict[str, str], title: str, x: str,
                 names: dict[str, str] | None = None) -> go.Figure:
    """One bar per category, named by names."""
    keys = [escape_plotly(k) for k in counts.index]
    fig = go.Figure(go.Bar(x=keys, y=counts.values,
                           marker_color=[colours.get(str(k), SIDE_PALETTE[0]) for k in counts.index],
                           text=[f"{n:,}" for n in counts.values], textposition="outside", cliponaxis=False,
                           customdata=[str(k) for k in counts.index]))  # drill-down
    _whole_counts(fig, int(counts.max()) if len(counts) else 0)
    fig.update_xaxes(**_category_ticks(keys, [_label(_names(names, k)) for k in counts.index]),
                     tickangle=0)
    return _layout(fig, title, x, "Comments", height=360)


def compare_figure(with_spam: pd.Series, without_spam: pd.Series, title: str, x: str,
                   names: dict[str, str] | None = None, order: list[str] | None = None
                   ) -> go.Figure:
    """The same counts with and without spam, side by side (categories listed in order first)."""
    keys = _order([*with_spam.index, *without_spam.index], order) if order else list(
        dict.fromkeys([*with_spam.index, *without_spam.index]))
    shown = [escape_plotly(k) for k in keys]
    fig = go.Figure([
        go.Bar(x=shown, y=[with_spam.get(k, 0) for k in keys], name="with spam",
               marker_color=WITH_SPAM_COLOUR),
        go.Bar(x=shown, y=[without_spam.get(k, 0) for k in keys], name="without spam",
               marker_color=WITHOUT_SPAM_COLOUR),
    ])
    fig.update_layout(barmode="group")
    _whole_counts(fig, int(max([*with_spam.values, *without_spam.values, 0])))
    fig.update_xaxes(**_category_ticks(shown, [_label(_names(names, k)) for k in keys]), tickangle=0)
    return _layout(fig, title, x, "Comments", height=360)
