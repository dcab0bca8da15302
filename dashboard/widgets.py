"""Small drawing helpers shared by the pages: safe text, the filter line, downloads, tables."""

import pandas as pd
import streamlit as st

from components.corpus.export import to_csv_bytes
from components.corpus.filters import FilterSpec
from dashboard.display import escape_markdown

__all__ = ["escape_markdown", "extreme_comments", "render_download", "render_empty", "render_filter_line",
           "render_table"]

_TABLES = ("comments", "statements", "documents", "mentions")


def _table_of(noun: str) -> str:
    """The corpus table a noun ('comments', 'spam comments') names, else ''."""
    last = noun.split()[-1] if noun.split() else ""
    return last if last in _TABLES else ""


def render_filter_line(spec: FilterSpec, shown: int, total: int, noun: str = "comments") -> None:
    """The one line every page starts with: which filters narrow what it shows, how many items
    match, and which filters do not apply to those items."""
    st.markdown("**Filters:** " + escape_markdown(spec.describe(shown, total, noun, table=_table_of(noun))))


def extreme_comments(comments: pd.DataFrame, n: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The n most positive (compound above 0) and n most negative (below 0) of the comments shown;
    a list stays empty when none of them scores on its side of 0, and no comment is in both."""
    score = comments["sentiment_compound"]
    return comments[score > 0].nlargest(n, "sentiment_compound"), comments[score < 0].nsmallest(
        n, "sentiment_compound")


def render_empty(what: str) -> None:
    """The empty state."""
    st.info(f"No {what} match the current filters. Widen them in the sidebar.")


def render_download(frame: pd.DataFrame, what: str, spec: FilterSpec, key: str) -> None:
    """A CSV download of exactly `frame`, named after the filters."""
    st.download_button(
        f"Download {what} as CSV ({len(frame)} rows)", data=to_csv_bytes(frame),
        file_name=f"spectrum-{what.replace(' ', '-')}-{spec.slug(_table_of(what))}.csv", mime="text/csv",
        key=key, on_click="ignore",
    )


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
