"""Pure figure builders: tables in, plotly figures out (tested without a Streamlit runtime).

Text from documents, commenters and corpus.toml reaches a figure only through escape_plotly
(names, ticks, legends, annotations, hover text); dates only through contract_date.
"""

import textwrap
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.display import contract_date, escape_plotly

LABEL_COLOURS = {"positive": "#1a9850", "neutral": "#9e9e9e", "negative": "#d73027"}
SIDE_PALETTE = ("#1f5f8b", "#d95f02", "#7570b3", "#66a61e")
NEUTRAL_COLOUR = "#9e9e9e"
SPEAKER_PALETTE = ("#1f5f8b", "#d95f02", "#1b9e77", "#e7298a", "#7570b3", "#66a61e", "#a6761d")
FONT = {"family": "Inter, Helvetica, Arial, sans-serif", "size": 13}
LABEL_CHARS = 40  # longer source names are shortened in ticks and legends (whole in hovers)


def side_colours(sides: list[str]) -> dict[str, str]:
    """A fixed colour per side id, grey for neutral."""
    colours = {s: SIDE_PALETTE[i % len(SIDE_PALETTE)] for i, s in enumerate(sides)}
    colours["neutral"] = NEUTRAL_COLOUR
    return colours


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


def _layout(fig: go.Figure, title: str, x: str, y: str, height: int = 420) -> go.Figure:
    fig.update_layout(title={"text": title, "x": 0.01}, xaxis_title=x, yaxis_title=y,
                      font=FONT, height=height, margin={"l": 60, "r": 20, "t": 60, "b": 50},
                      legend={"title": {"text": ""}, "traceorder": "normal"},
                      template="plotly_white")
    return fig


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
    short = text if len(text) <= 42 else text[:41].rstrip() + "…"
    return escape_plotly(f"{index + 1}. {speaker}: {short}")


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
        marker={"size": 9 + 4 * own["n_sources"], "color": colour,
                "symbol": [_SYMBOLS[p] for p in own["precision"]],
                "line": {"width": [3 if c else 1 for c in conflict],
                         "color": ["#d73027" if c else colour for c in conflict]}})


def _published(documents: pd.DataFrame) -> list[tuple[str, date]]:
    """(source, day) of every document published on a known day in the shown years."""
    days = [_day(d) for d in documents["published"]]
    return [(str(source), day) for source, day in zip(documents["source"], days, strict=True)
            if day is not None]


def _publication_lines(fig: go.Figure, documents: pd.DataFrame, cell: dict[str, int]) -> None:
    for source, day in _published(documents):
        label = source if len(source) <= 30 else source[:29] + "…"
        fig.add_vline(x=day.isoformat(), line={"dash": "dash", "color": "#555"},
                      annotation={"text": escape_plotly(f"published: {label}"), "font": {"size": 11},
                                  "textangle": 0, "yanchor": "bottom", "xanchor": "right"},
                      **cell)


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
                    documents: pd.DataFrame) -> go.Figure:
    """One row per dated statement (oldest on top), coloured by speaker; publication dates as
    dashed lines; date conflicts in red. Statements known only to the month or year get their
    own narrow panel on the left, so they do not stretch the day axis."""
    points = _statement_points(statements)
    is_day = points["precision"] == "day"
    split = bool(is_day.any() and (~is_day).any())
    fig = (make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[0.13, 0.87],
                         horizontal_spacing=0.05) if split else go.Figure())
    coarse_cell, day_cell = ({"row": 1, "col": 1}, {"row": 1, "col": 2}) if split else ({}, {})
    for i, speaker in enumerate(dict.fromkeys(points["speaker"])):
        colour = SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)]
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
    _publication_lines(fig, documents, day_cell)
    title = (f"Statements by date ({len(points)} dated; marker size = sources carrying it; "
             "open diamond = month only)")
    height = 180 + 34 * max(len(points), 3)
    fig = _layout(fig, title, "", "", height=height)
    fig.update_yaxes(type="category", categoryorder="array",
                     categoryarray=list(points["row"])[::-1], tickfont={"size": 12})
    day_axis = {"type": "date", "title": {"text": "Date"}}
    if is_day.any():
        day_axis["range"] = _day_range(points, conflict, documents)
    fig.update_xaxes(**day_axis, **day_cell)
    if split:
        fig.update_xaxes(type="category", title={"text": "month only"}, **coarse_cell)
    # The legend sits above the publication labels, which sit on the plot's top edge.
    top, bottom = 110, 50
    fig.update_layout(legend={"orientation": "h", "x": 0, "yanchor": "bottom",
                              "y": 1 + 22 / (height - top - bottom)}, margin={"t": top, "b": bottom},
                      title={"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 14}})
    return fig


def histogram_figure(comments: pd.DataFrame, by: str, colours: dict[str, str] | None = None
                     ) -> go.Figure:
    """Compound sentiment histogram, one colour per group."""
    fig = go.Figure()
    for group, rows in comments.groupby(by, sort=True):
        fig.add_trace(go.Histogram(x=rows["sentiment_compound"], name=f"{_label(group)} ({len(rows)})",
                                   xbins={"start": -1.0, "end": 1.0001, "size": 0.1},
                                   opacity=0.75, marker_color=(colours or {}).get(str(group))))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(range=[-1.05, 1.05])
    return _layout(fig, f"Compound sentiment by {by} ({len(comments)} comments)",
                   "Compound score (-1 to +1)", "Comments")


def box_figure(comments: pd.DataFrame, by: str, colours: dict[str, str] | None = None
               ) -> go.Figure:
    """Compound sentiment per group as box plots with every point."""
    fig = go.Figure()
    names, ticks = [], []
    for group, rows in comments.groupby(by, sort=True):
        names.append(escape_plotly(f"{group} ({len(rows)})"))
        ticks.append(f"{_label(group)} ({len(rows)})")
        fig.add_trace(go.Box(y=rows["sentiment_compound"], name=names[-1], boxpoints="all", jitter=0.4,
                             pointpos=0, marker_color=(colours or {}).get(str(group))))
    fig.update_yaxes(range=[-1.05, 1.05])
    fig.update_xaxes(**_category_ticks(names, ticks))
    fig.update_layout(showlegend=False)
    return _layout(fig, f"Compound sentiment per {by} ({len(comments)} comments)", by.capitalize(),
                   "Compound score")


def share_figure(comments: pd.DataFrame, column: str, colours: dict[str, str], title: str,
                 by: str | None = None) -> go.Figure:
    """Shares of a column's values, overall or per group, as 100% stacked bars."""
    group = comments[by] if by else pd.Series("all comments", index=comments.index)
    table = pd.crosstab(group, comments[column])
    shares = table.div(table.sum(axis=1), axis=0)
    fig = go.Figure()
    groups = [escape_plotly(g) for g in shares.index]
    for value in [v for v in colours if v in shares.columns]:
        fig.add_trace(go.Bar(y=groups, x=shares[value],
                             name=_label(value), orientation="h", marker_color=colours[value],
                             text=[f"{n}" for n in table[value]], textposition="inside",
                             hovertemplate="%{y}: %{x:.0%} (%{text} comments)<extra>"
                                           + escape_plotly(value) + "</extra>"))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    fig.update_yaxes(**_category_ticks(groups, [_label(g) for g in shares.index]))
    height = 160 + 45 * len(shares)
    return _layout(fig, f"{title} ({len(comments)} comments)", "Share of comments",
                   by.capitalize() if by else "", height=height)


def count_figure(counts: pd.Series, colours: dict[str, str], title: str, x: str) -> go.Figure:
    """One bar per category."""
    keys = [escape_plotly(k) for k in counts.index]
    fig = go.Figure(go.Bar(x=keys, y=counts.values,
                           marker_color=[colours.get(str(k), "#1f5f8b") for k in counts.index],
                           text=counts.values, textposition="outside"))
    fig.update_yaxes(rangemode="tozero")
    fig.update_xaxes(**_category_ticks(keys, [_label(k) for k in counts.index]))
    return _layout(fig, title, x, "Comments", height=360)


def compare_figure(with_spam: pd.Series, without_spam: pd.Series, title: str, x: str
                   ) -> go.Figure:
    """The same counts with and without spam, side by side."""
    keys = list(dict.fromkeys([*with_spam.index, *without_spam.index]))
    shown = [escape_plotly(k) for k in keys]
    fig = go.Figure([
        go.Bar(x=shown, y=[with_spam.get(k, 0) for k in keys], name="with spam",
               marker_color="#7b3294"),
        go.Bar(x=shown, y=[without_spam.get(k, 0) for k in keys], name="without spam",
               marker_color="#1f5f8b"),
    ])
    fig.update_layout(barmode="group")
    fig.update_xaxes(**_category_ticks(shown, [_label(k) for k in keys]))
    return _layout(fig, title, x, "Comments", height=360)
