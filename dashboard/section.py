"""The comments part of a page: the chart mark's comments as a selectable table, the selected
comment's detail panel, and the download of exactly the rows listed."""

from collections.abc import Callable

import numpy as np
import pandas as pd

from components.corpus.filters import FilterSpec
from components.corpus.store import Corpus
from dashboard.context import full_rows, side_names
from dashboard.data import comment_export_columns
from dashboard.detail import render_detail
from dashboard.drill import render_mark_line
from dashboard.tables import COMMENT_TABLE_COLUMNS, MAX_TABLE_ROWS, render_comment_table
from dashboard.widgets import render_download

__all__ = ["first_rows", "render_comment_section", "sort_keys"]


def render_comment_section(corpus: Corpus, comments: pd.DataFrame, spec: FilterSpec, key: str,
                           columns: tuple[str, ...] = COMMENT_TABLE_COLUMNS,
                           order: tuple[list[str], list[bool]] | None = None) -> pd.DataFrame:
    """Narrow to the chart mark, list (sorted by order: columns and ascending flags), detail,
    download; returns the comments listed. Only the rows the table draws are put in order on
    each run (a partition per sort key, not a sort of the view); the download sorts the whole view
    when clicked. The table's rows (with their text) come from the corpus."""
    names = side_names(corpus)
    shown = render_mark_line(comments, names)
    head: np.ndarray = np.arange(min(len(shown), MAX_TABLE_ROWS))
    rows: pd.Index | Callable[[], pd.Index] = shown.index
    if order is not None and len(shown) > 1:
        keys = sort_keys(shown, *order)
        head = first_rows(keys, MAX_TABLE_ROWS)
        rows = lambda: shown.index[np.lexsort(keys[::-1])]  # noqa: E731 - called on a download click
    render_comment_table(full_rows(corpus, shown.iloc[head]), key=f"{key}_table",
                         names=names, columns=columns, total=len(shown))
    render_detail(corpus.comments, names, key=key)
    render_download(shown, "comments", spec, key=f"dl_{key}", columns=comment_export_columns(corpus.comments),
                    base=corpus.comments, rows=rows)
    return shown


def sort_keys(frame: pd.DataFrame, by: list[str], ascending: list[bool]) -> list[np.ndarray]:
    """Each sort column as numbers whose ascending order is the wanted one (a descending column
    negated; categories by their order, as pandas sorts them; missing values last, as pandas puts
    them whichever the direction)."""
    keys = []
    for column, up in zip(by, ascending, strict=True):
        values = frame[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            numbers = values.cat.codes.to_numpy().astype(float)
            numbers[numbers < 0] = np.nan
        elif pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
            numbers = values.to_numpy(dtype=float, na_value=np.nan)
        else:
            codes = pd.factorize(values, sort=True)[0]
            numbers = np.where(codes < 0, np.nan, codes).astype(float)
        numbers = numbers if up else -numbers
        keys.append(np.where(np.isnan(numbers), np.inf, numbers))
    return keys


def first_rows(keys: list[np.ndarray], k: int, rows: np.ndarray | None = None) -> np.ndarray:
    """Positions of the first k rows in the order of keys (lexicographic, each ascending; ties by
    position), as a stable sort by all keys would give them, found by partitioning on one key at a
    time instead of sorting every row."""
    rows = np.arange(len(keys[0])) if rows is None else rows
    if len(rows) <= k or not keys or k <= 0:
        return rows[np.lexsort([key[rows] for key in keys[::-1]])][:k] if keys else rows[:k]
    values = keys[0][rows]
    cut = np.partition(values, k - 1)[k - 1]
    below = rows[values < cut]
    head = below[np.lexsort([key[below] for key in keys[::-1]])]
    return np.concatenate([head, first_rows(keys[1:], k - len(below), rows[values == cut])])
