"""Small drawing helpers shared by the pages: safe text, the filter line, downloads, tables."""

from collections.abc import Callable, Iterator

import numpy as np
import pandas as pd
import streamlit as st

from components.corpus.export import csv_chunks, parquet_chunks_bytes
from components.corpus.filters import FilterSpec
from dashboard.data import comments_file, export_chunks
from dashboard.display import escape_markdown

__all__ = ["CSV_ROW_LIMIT", "escape_markdown", "extreme_comments", "render_download", "render_empty",
           "render_filter_line", "render_table", "word_cloud"]

_TABLES = ("comments", "statements", "documents", "mentions")
CLOUD_SIZE = (1100, 380)
CSV_ROW_LIMIT = 100_000  # a larger view downloads as Parquet (its CSV: 75 MB and more, built in memory)


def _table_of(noun: str) -> str:
    """The corpus table a noun ('comments', 'spam comments') names, else ''."""
    last = noun.split()[-1] if noun.split() else ""
    return last if last in _TABLES else ""


def render_filter_line(spec: FilterSpec, shown: int, total: int, noun: str = "comments") -> None:
    """The one line every page starts with: which filters narrow what it shows, how many items
    match, and which filters do not apply to those items."""
    st.markdown("**Filters:** " + escape_markdown(spec.describe(shown, total, noun, table=_table_of(noun))))


def _extremes(score: np.ndarray, n: int) -> np.ndarray:
    """Positions of the n highest scores above 0, highest first (ties in row order, as
    pandas' nlargest keeps them), found by a partition instead of a sort."""
    above = np.where(score > 0, score, -np.inf)  # a missing score or one at or below 0 never counts
    k = min(n, int(np.count_nonzero(above > 0)))
    if k == 0:
        return np.empty(0, dtype=np.intp)
    cut = np.partition(above, len(above) - k)[len(above) - k]
    candidates = np.flatnonzero(above >= cut)
    return candidates[np.argsort(-above[candidates], kind="stable")[:k]]


def extreme_comments(comments: pd.DataFrame, n: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The n most positive (compound above 0) and n most negative (below 0) of the comments shown;
    a list stays empty when none of them scores on its side of 0, and no comment is in both."""
    score = comments["sentiment_compound"].to_numpy(dtype=float, na_value=np.nan)
    return comments.iloc[_extremes(score, n)], comments.iloc[_extremes(-score, n)]


def render_empty(what: str) -> None:
    """The empty state."""
    st.info(f"No {what} match the current filters. Widen them in the sidebar.")


def render_download(frame: pd.DataFrame, what: str, spec: FilterSpec, key: str,
                    columns: list[str] | None = None, base: pd.DataFrame | None = None,
                    rows: pd.Index | Callable[[], pd.Index] | None = None) -> None:
    """A download of exactly `frame` (its rows, in order; `columns`, default all of its own), named
    after the filters, encoded only when clicked and a chunk at a time. Up to CSV_ROW_LIMIT rows it
    is a CSV with the formula guard on every cell; a larger view is offered as Parquet, with a
    line saying why. With base (the cached corpus table the frame's rows come from), the click
    reads the rows from base, so no copy of a large view is kept between reruns; columns base
    lacks (the comments' raw text) are read from disk on the click. rows: the frame's index labels
    in the order to write them (default: as the frame has them), or a function giving them, called
    on the click (an order that costs a sort of the whole view is then paid only by a download)."""
    columns = list(columns or frame.columns)
    rows = frame.index if rows is None else rows
    source = base if base is not None else frame
    stored = comments_file() if base is not None else None
    name = f"spectrum-{what.replace(' ', '-')}-{spec.slug(_table_of(what))}"

    def chunks() -> Iterator[pd.DataFrame]:
        return export_chunks(source, rows() if callable(rows) else rows, columns, stored)

    if len(frame) <= CSV_ROW_LIMIT:
        st.download_button(f"Download {what} as CSV ({len(frame)} rows)",
                           data=lambda: b"".join(csv_chunks(chunks())), file_name=f"{name}.csv",
                           mime="text/csv", key=key, on_click="ignore")
        return
    st.caption(f"A CSV download holds at most {CSV_ROW_LIMIT:,} rows and this view has {len(frame):,}: "
               "narrow the filters for a CSV, or download the whole view as Parquet (pandas, DuckDB "
               "and R read it).")
    st.download_button(f"Download {what} as Parquet ({len(frame)} rows)",
                       data=lambda: parquet_chunks_bytes(chunks()), file_name=f"{name}.parquet",
                       mime="application/vnd.apache.parquet", key=key, on_click="ignore")


def render_table(frame: pd.DataFrame, columns: list[str], key: str, height: int | None = None
                 ) -> None:
    """A read-only table of statements or documents (comment tables are dashboard.tables'); text
    is shown as data, never as markup."""
    config = {
        "text": st.column_config.TextColumn("text", width="large"),
        "sentiment_compound": st.column_config.NumberColumn("compound", format="%.3f"),
    }
    kwargs = {"height": height} if height else {}
    st.dataframe(frame[columns], hide_index=True, width="stretch", key=key,
                 column_config={c: v for c, v in config.items() if c in columns}, **kwargs)


@st.cache_data(show_spinner=False, max_entries=64)
def word_cloud(frequencies: tuple[tuple[str, int], ...]) -> np.ndarray:
    """The word cloud image of these frequencies, laid out on a third-size grid and drawn at full
    size (1100 x 380; about ten times faster than laying it out at full size), cached per view."""
    from wordcloud import WordCloud  # with matplotlib: a second to import, only for the Sentiment page

    cloud = WordCloud(width=CLOUD_SIZE[0] // 3, height=CLOUD_SIZE[1] // 3, scale=3, background_color="white",
                      colormap="viridis", random_state=7).generate_from_frequencies(dict(frequencies))
    return cloud.to_array()
