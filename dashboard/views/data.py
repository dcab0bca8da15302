"""Data: the filtered tables, each with its download."""

import streamlit as st

from components.columns import COMMENT_COLUMNS, DOCUMENT_COLUMNS, STATEMENT_COLUMNS
from dashboard.context import current
from dashboard.widgets import render_download, render_empty, render_filter_line, render_table

corpus, spec = current()
comments = spec.apply_comments(corpus.comments)
statements = spec.apply_statements(corpus.statements, corpus.mentions)
documents = spec.apply_documents(corpus.documents)

st.title("Data")
render_filter_line(spec, len(comments), len(corpus.comments))
tabs = st.tabs([f"Comments ({len(comments)})", f"Statements ({len(statements)})",
                f"Documents ({len(documents)})"])
for tab, name, frame, columns in (
        (tabs[0], "comments", comments, COMMENT_COLUMNS),
        (tabs[1], "statements", statements, STATEMENT_COLUMNS),
        (tabs[2], "documents", documents, DOCUMENT_COLUMNS)):
    with tab:
        if frame.empty:
            render_empty(name)
        render_download(frame[list(columns)], name, spec, key=f"dl_data_{name}")
        render_table(frame, list(columns), key=f"data_{name}", height=520)
