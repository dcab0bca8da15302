"""The comments part of a page: the chart mark's comments as a selectable table, the selected
comment's detail panel, and the download of exactly the rows listed."""

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

__all__ = ["render_comment_section"]


def render_comment_section(corpus: Corpus, comments: pd.DataFrame, spec: FilterSpec, key: str,
                           columns: tuple[str, ...] = COMMENT_TABLE_COLUMNS,
                           order: tuple[list[str], list[bool]] | None = None) -> pd.DataFrame:
    """Narrow to the chart mark, list (sorted by order: columns and ascending flags), detail,
    download; returns the comments listed. Only the sort keys are sorted, not the whole frame; the
    table's rows (with their text) come from the corpus."""
    names = side_names(corpus)
    shown = render_mark_line(comments, names)
    positions = np.arange(len(shown))
    if order is not None and len(shown) > 1:
        by, ascending = order
        keys = shown[by].reset_index(drop=True).sort_values(by, ascending=ascending, kind="stable")
        positions = keys.index.to_numpy()
    rows = shown.index[positions]
    render_comment_table(full_rows(corpus, shown.iloc[positions[:MAX_TABLE_ROWS]]), key=f"{key}_table",
                         names=names, columns=columns, total=len(shown))
    render_detail(corpus.comments, names, key=key)
    render_download(shown, "comments", spec, key=f"dl_{key}", columns=comment_export_columns(corpus.comments),
                    base=corpus.comments, rows=rows)
    return shown
