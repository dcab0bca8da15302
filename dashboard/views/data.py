"""Data: the filtered tables, each with its download; the tab is kept in the URL."""

import streamlit as st

from components.core.columns import DOCUMENT_COLUMNS, STATEMENT_COLUMNS
from dashboard.context import current, filtered_comments, full_rows, side_names
from dashboard.data import comment_export_columns
from dashboard.detail import render_detail
from dashboard.tables import render_comment_table, shown_rows, table_height
from dashboard.widgets import render_download, render_empty, render_filter_line, render_table

corpus, spec = current()
comments = filtered_comments(corpus, spec)
statements = spec.apply_statements(corpus.statements, corpus.mentions)
documents = spec.apply_documents(corpus.documents)

st.title("Data")
render_filter_line(spec, len(comments), len(corpus.comments))
tabs = st.tabs(["Comments", "Statements", "Documents"], key="data_tab", bind="query-params",
               on_change="rerun")
st.caption(f"{len(comments):,} comments · {len(statements):,} statements · {len(documents):,} documents")
with tabs[0]:
    if comments.empty:
        render_empty("comments")
    render_download(comments, "comments", spec, key="dl_data_comments",
                    columns=comment_export_columns(corpus.comments), base=corpus.comments)
    show_ids = st.toggle("Show ids", key="data_show_ids")
    render_comment_table(full_rows(corpus, shown_rows(comments)), "data_comments", side_names(corpus),
                         show_ids=show_ids, total=len(comments))
    render_detail(corpus.comments, side_names(corpus), key="data")
# The app shows a document's file name, never where the server keeps it.
file_names = documents["path"].astype(str).str.replace("\\", "/").str.rsplit("/", n=1).str[-1]
documents = documents.assign(path=file_names)
for tab, name, frame, contract in (
        (tabs[1], "statements", statements, STATEMENT_COLUMNS),
        (tabs[2], "documents", documents, DOCUMENT_COLUMNS)):
    columns = [c for c in contract if c in frame]  # a corpus built before a column was added
    with tab:
        if frame.empty:
            render_empty(name)
        render_download(frame[columns], name, spec, key=f"dl_data_{name}")
        render_table(frame, columns, key=f"data_{name}", height=table_height(len(frame)))
