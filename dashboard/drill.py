"""Drill-down: a chart mark (bar, box, point, histogram bin) as the comments behind it, kept in the URL.

A mark is a list of cells; a cell is {column: value} (source, stance, sentiment_label, spam) and
may hold "compound": [low, high]. The comments behind the mark are those matching any cell. In the
URL each cell is one `mark` parameter holding the cell as JSON; the chart that made it is `mark_chart`.
"""

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.charts import CELL_PREFIX
from dashboard.display import escape_markdown

__all__ = ["CATEGORY_COLUMNS", "apply_mark", "cells_from_points", "describe_mark", "read_mark",
           "render_chart", "render_mark_line", "write_mark"]

CATEGORY_COLUMNS = ("source", "stance", "sentiment_label", "spam")
MARK_PARAM, CHART_PARAM = "mark", "mark_chart"
_SEEN = "drill_seen"  # per chart key: the selection already turned into a mark
Cell = dict[str, Any]


def _category_values(comments: pd.DataFrame, column: str) -> pd.Series:
    """A category column as the charts show it; spam as 'spam' / 'not spam'."""
    if column == "spam":
        return comments["is_spam"].astype(bool).map({True: "spam", False: "not spam"})
    return comments[column].astype(object).fillna("").astype(str)


def _equals(comments: pd.DataFrame, column: str, value: str) -> pd.Series:
    """Whether each comment's category value (as _category_values shows it) is value, vectorised."""
    if column == "spam":
        flags = comments["is_spam"].astype(bool)
        if value in ("spam", "not spam"):
            return flags if value == "spam" else ~flags
        return pd.Series(False, index=comments.index)
    series = comments[column]
    if value == "":
        return series.isna() | series.astype(str).eq("")
    return series.eq(value).fillna(False).astype(bool)


def _cell_mask(comments: pd.DataFrame, cell: Cell) -> pd.Series:
    mask = pd.Series(True, index=comments.index)
    for column, value in cell.items():
        if column == "compound":
            low, high = value
            mask &= comments["sentiment_compound"].between(low, high)
        else:
            mask &= _equals(comments, column, value)
    return mask


def apply_mark(comments: pd.DataFrame, cells: Sequence[Cell]) -> pd.DataFrame:
    """The comments behind any of the cells (all of them when there is no cell)."""
    if not cells:
        return comments
    mask = pd.Series(False, index=comments.index)
    for cell in cells:
        mask |= _cell_mask(comments, cell)
    return comments[mask]


def _valid_cell(raw: object) -> Cell | None:
    """A cell read from the URL, or None when it is not one (a crafted link never breaks a page)."""
    if not isinstance(raw, dict) or not raw:
        return None
    cell: Cell = {}
    for column, value in raw.items():
        if column in CATEGORY_COLUMNS and isinstance(value, str):
            cell[column] = value
        elif (column == "compound" and isinstance(value, list) and len(value) == 2
              and all(isinstance(v, int | float) and math.isfinite(v) for v in value)):
            cell[column] = sorted(float(v) for v in value)
        else:
            return None
    return cell


def read_mark() -> tuple[str, list[Cell]]:
    """The chart key and cells of the mark in the URL ('' and [] when there is none)."""
    cells = []
    for text in st.query_params.get_all(MARK_PARAM):
        try:
            cell = _valid_cell(json.loads(text))
        except ValueError:
            cell = None
        if cell is not None:
            cells.append(cell)
    return (st.query_params.get(CHART_PARAM, "") if cells else ""), cells


def write_mark(chart: str, cells: Sequence[Cell]) -> None:
    """Put the mark in the URL (or take it out, with no cells)."""
    if cells:
        st.query_params[MARK_PARAM] = [json.dumps(c, ensure_ascii=False, sort_keys=True) for c in cells]
        st.query_params[CHART_PARAM] = chart
    else:
        for name in (MARK_PARAM, CHART_PARAM):
            st.query_params.pop(name, None)


def _score(value: float) -> str:
    """A compound bound: two decimals, four when it needs them (a histogram bin's upper end)."""
    return f"{value:+.2f}" if round(value, 2) == value else f"{value:+.4f}"


def describe_mark(cells: Sequence[Cell], names: Mapping[str, str] | None = None) -> str:
    """The mark in words: 'stance is Alyssa Milano and source is Just Jared, or …'."""
    names = names or {}
    words = {"sentiment_label": "sentiment", "compound": "compound"}

    def one(cell: Cell) -> str:
        parts = []
        for column, value in cell.items():
            if column == "compound":
                parts.append(f"compound {_score(value[0])} to {_score(value[1])}")
            else:
                parts.append(f"{words.get(column, column)} is {names.get(value, value)}")
        return " and ".join(parts)
    return " · or ".join(one(c) for c in cells)


# -- from a plotly selection to cells --------------------------------------------------------------

def _point_rows(point: Mapping[str, Any], figure: go.Figure) -> list[Any]:
    """The customdata entries behind a point: its own, or (a histogram bin) those of its samples."""
    curve = point.get("curve_number", 0)
    if not isinstance(curve, int) or not 0 <= curve < len(figure.data):
        return []
    data = figure.data[curve].customdata
    data = [] if data is None else list(data)
    numbers = point.get("point_numbers")
    if isinstance(numbers, list):
        return [data[i] for i in numbers if isinstance(i, int) and 0 <= i < len(data)]
    index = point.get("point_index", point.get("point_number"))
    return [data[index]] if isinstance(index, int) and 0 <= index < len(data) else []


def _cells_of_comments(comments: pd.DataFrame, ids: set[str], by: str) -> list[Cell]:
    """Comments picked one by one (box points, histogram bins) as one cell per group: the group's
    value and the compound range of the picked comments."""
    picked = comments[comments["comment_id"].isin(ids)]
    cells = []
    for group, rows in picked.groupby(_category_values(picked, by), sort=True):
        low, high = rows["sentiment_compound"].min(), rows["sentiment_compound"].max()
        cells.append({by: str(group), "compound": [float(low), float(high)]})
    return cells


def _tagged_cell(entry: str) -> Cell | None:
    """The cell a bar carries in its customdata (charts.cell_tag), or None when it is not one."""
    try:
        return _valid_cell(json.loads(entry.removeprefix(CELL_PREFIX)))
    except ValueError:
        return None


def cells_from_points(points: Sequence[Mapping[str, Any]], figure: go.Figure, comments: pd.DataFrame,
                      columns: Sequence[str], ids_by: str = "") -> list[Cell]:
    """The cells a selection stands for. A bar's customdata holds its category values in the order
    of `columns` ('' for a column the figure does not split by), or its whole cell (charts.cell_tag).
    With ids_by, customdata holds comment ids (box points), and the picked comments are grouped by
    ids_by."""
    cells: list[Cell] = []
    ids: set[str] = set()
    for point in points:
        for entry in _point_rows(point, figure):
            if isinstance(entry, str) and entry.startswith(CELL_PREFIX):  # a pre-binned bar's own cell
                cell = _tagged_cell(entry)
                if cell is not None and cell not in cells:
                    cells.append(cell)
                continue
            values = list(entry) if isinstance(entry, list | tuple) else [entry]
            if len(values) == len(columns) and not ids_by:
                cell = {c: str(v) for c, v in zip(columns, values, strict=True) if c}
                if cell and cell not in cells:
                    cells.append(cell)
            else:
                ids.add(str(values[0]))
    if ids and ids_by:
        cells += _cells_of_comments(comments, ids, ids_by)
    return cells


def _selected_points(event: object) -> list[dict[str, Any]]:
    selection = getattr(event, "selection", None) or {}
    return list(selection.get("points", []))


def render_chart(figure: go.Figure, key: str, comments: pd.DataFrame, columns: Sequence[str],
                 ids_by: str = "", where: Any = st) -> None:
    """Draw a figure whose marks can be selected; a new selection becomes the page's mark (and a
    cleared one clears the mark it made)."""
    event = where.plotly_chart(figure, key=key, on_select="rerun", selection_mode=("points", "box"))
    points = _selected_points(event)
    seen = st.session_state.setdefault(_SEEN, {})
    fingerprint = json.dumps(points, sort_keys=True, default=str)
    if seen.get(key, "[]") == fingerprint:
        return
    seen[key] = fingerprint
    if points:
        write_mark(key, cells_from_points(points, figure, comments, columns, ids_by))
    elif read_mark()[0] == key:
        write_mark(key, [])


def render_mark_line(comments: pd.DataFrame, names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Narrow the comments to the mark in the URL, saying so with a button that clears it."""
    chart, cells = read_mark()
    if not cells:
        st.caption("Select a bar, box or point in a chart to list the comments behind it.")
        return comments
    shown = apply_mark(comments, cells)
    text, clear = st.columns([5, 1])
    text.markdown(f"**Selected in the chart:** {escape_markdown(describe_mark(cells, names))} · "
                  f"{len(shown):,} of {len(comments):,} comments")
    if clear.button("Show all comments", key="drill_clear"):
        write_mark(chart, [])
        st.rerun()
    return shown
