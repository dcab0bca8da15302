"""Small drawing helpers shared by the pages: safe text, the filter line, downloads, tables."""

import pandas as pd
import streamlit as st

from components.export import to_csv_bytes
from components.filters import FilterSpec
from dashboard.display import escape_markdown

__all__ = ["escape_markdown", "render_download", "render_empty", "render_filter_line", "render_table"]


def render_filter_line(spec: FilterSpec, shown: int, total: int, noun: str = "comments") -> None:
    """The one line every page starts with: which filters are on, how many items match."""
    st.markdown("**Filters:** " + escape_markdown(spec.describe(shown, total, noun)))


def render_empty(what: str) -> None:
    """The empty state."""
    st.info(f"No {what} match the current filters. Widen them in the sidebar.")


def render_download(frame: pd.DataFrame, what: str, spec: FilterSpec, key: str) -> None:
    """A CSV download of exactly `frame`, named after the filters."""
    st.download_button(
        f"Download {what} as CSV ({len(frame)} rows)", data=to_csv_bytes(frame),
        file_name=f"spectrum-{what.replace(' ', '-')}-{spec.slug()}.csv", mime="text/csv",
        key=key, on_click="ignore",
    )


def render_table(frame: pd.DataFrame, columns: list[str], key: str, height: int | None = None
                 ) -> None:
    """A read-only table of the given columns (text is shown as data, never as markup)."""
    config = {
        "text": st.column_config.TextColumn("text", width="large"),
        "stance_reason": st.column_config.TextColumn("stance reason", width="large"),
        "spam_reason": st.column_config.TextColumn("spam reason", width="large"),
        "sentiment_compound": st.column_config.NumberColumn("compound", format="%.3f"),
        "stance_confidence": st.column_config.NumberColumn("confidence", format="%.2f"),
        "spam_score": st.column_config.NumberColumn("spam score", format="%.2f"),
    }
    kwargs = {"height": height} if height else {}
    st.dataframe(frame[columns], hide_index=True, width="stretch", key=key,
                 column_config={c: v for c, v in config.items() if c in columns}, **kwargs)
