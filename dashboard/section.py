"""The comments part of a page: the chart mark's comments as a selectable table, the selected
comment's detail panel, and the download of exactly the rows listed."""

import pandas as pd

from components.corpus.filters import FilterSpec
from components.corpus.store import Corpus
from dashboard.context import side_names
from dashboard.detail import render_detail
from dashboard.drill import render_mark_line
from dashboard.tables import COMMENT_TABLE_COLUMNS, render_comment_table
from dashboard.widgets import render_download

__all__ = ["render_comment_section"]


def render_comment_section(corpus: Corpus, comments: pd.DataFrame, spec: FilterSpec, key: str,
                           columns: tuple[str, ...] = COMMENT_TABLE_COLUMNS) -> pd.DataFrame:
    """Narrow to the chart mark, list, detail, download; returns the comments listed."""
    names = side_names(corpus)
    shown = render_mark_line(comments, names)
    render_comment_table(shown, key=f"{key}_table", names=names, columns=columns)
    render_detail(corpus.comments, names, key=key)
    render_download(shown, "comments", spec, key=f"dl_{key}")
    return shown
