"""Comment tables: text and labels first, ids hidden, readable headers, as tall as their rows, one
row selectable to open it in the detail panel (the choice kept in the URL as `comment`)."""

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

__all__ = ["COMMENT_PARAM", "COMMENT_TABLE_COLUMNS", "HEADERS", "MAX_TABLE_ROWS", "render_comment_table",
           "selected_comment", "shown_rows", "table_height"]

COMMENT_PARAM = "comment"
ROW_PX, HEADER_PX, MAX_ROWS = 35, 38, 12
MAX_TABLE_ROWS = 1_000  # rows a comment table draws (and sends to the browser)
# Shown by default, in this order; ids and raw text stay in the frame (and the CSV) but not on screen.
COMMENT_TABLE_COLUMNS = ("text", "author", "stance", "stance_set_by", "sentiment_label",
                         "sentiment_compound", "is_spam", "spam_set_by", "source", "stance_reason",
                         "spam_reason")
HEADERS = {
    "text": st.column_config.TextColumn("Comment", width="large"),
    "author": st.column_config.TextColumn("Author", width="small"),
    "stance": st.column_config.TextColumn("Stance", width="small"),
    "stance_set_by": st.column_config.TextColumn("Stance set by", width="small"),
    "stance_model": st.column_config.TextColumn("Model's stance", width="small"),
    "stance_confidence": st.column_config.NumberColumn("Confidence", format="%.2f", width="small"),
    "stance_reason": st.column_config.TextColumn("Why this stance", width="large"),
    "sentiment_label": st.column_config.TextColumn("Sentiment", width="small"),
    "sentiment_compound": st.column_config.NumberColumn("Compound", format="%+.3f", width="small"),
    "is_spam": st.column_config.CheckboxColumn("Spam", width="small"),
    "spam_set_by": st.column_config.TextColumn("Spam set by", width="small"),
    "spam_score": st.column_config.NumberColumn("Spam score", format="%.2f", width="small"),
    "spam_reason": st.column_config.TextColumn("Why spam", width="large"),
    "source": st.column_config.TextColumn("Source", width="medium"),
    "comment_id": st.column_config.TextColumn("Comment id"),
    "doc_id": st.column_config.TextColumn("Document id"),
}


def table_height(rows: int, row_px: int = ROW_PX, max_rows: int = MAX_ROWS) -> int:
    """Pixels for a table of rows rows (scrolling beyond max_rows): no empty rows below the data."""
    return HEADER_PX + row_px * max(1, min(rows, max_rows)) + 3


def _display(frame: pd.DataFrame, names: Mapping[str, str], columns: Sequence[str]) -> pd.DataFrame:
    """The frame as shown (only the columns drawn): stances by their display names."""
    shown = frame[list(dict.fromkeys([*columns, "comment_id"]))].reset_index(drop=True)
    for column in ("stance", "stance_model"):
        if column in shown:
            values = shown[column].astype(object)
            shown[column] = values.map(dict(names)).fillna(values).astype(str)
    return shown


def selected_comment(comments: pd.DataFrame) -> str:
    """The comment id in the URL, when it names a comment of the corpus ('' otherwise)."""
    chosen = st.query_params.get(COMMENT_PARAM, "")
    return chosen if chosen and bool(comments["comment_id"].eq(chosen).any()) else ""


def shown_rows(frame: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """The rows a table draws: the first `limit` (default MAX_TABLE_ROWS; a browser table of a
    million rows is no use, and the page would send them all); the caption says so and the
    download holds every row."""
    limit = MAX_TABLE_ROWS if limit is None else limit
    return frame if len(frame) <= limit else frame.iloc[:limit]


def render_comment_table(frame: pd.DataFrame, key: str, names: Mapping[str, str] | None = None,
                         columns: Sequence[str] = COMMENT_TABLE_COLUMNS, show_ids: bool = False,
                         total: int | None = None) -> None:
    """The comments as a table (the first MAX_TABLE_ROWS of them; total: how many the list has when
    the frame is already its head); selecting a row puts its comment in the URL for the detail panel."""
    order = [c for c in ([*columns, "comment_id", "doc_id"] if show_ids else columns) if c in frame]
    total = max(total or 0, len(frame))
    frame = shown_rows(frame)
    if total > len(frame):
        st.caption(f"Showing the first {len(frame):,} of {total:,} comments; narrow the filters or "
                   "download them all.")
    current = st.query_params.get(COMMENT_PARAM, "")
    ids = frame["comment_id"].astype(str).tolist()
    default = {"selection": {"rows": [ids.index(current)]}} if current in ids else None
    event = st.dataframe(_display(frame, names or {}, order), hide_index=True, width="stretch", key=key,
                         column_order=order, column_config={c: HEADERS[c] for c in order if c in HEADERS},
                         height=table_height(len(frame)), on_select="rerun", selection_mode="single-row",
                         selection_default=default)
    rows = list(getattr(event, "selection", {}).get("rows", []))
    picked = ids[rows[0]] if rows and 0 <= rows[0] < len(ids) else ""
    seen = st.session_state.setdefault("table_seen", {})
    if seen.get(key) == picked:
        return
    seen[key] = picked
    if picked:
        st.query_params[COMMENT_PARAM] = picked
    elif current in ids:  # the analyst cleared the row
        st.query_params.pop(COMMENT_PARAM, None)
