"""Overview: the corpus at a glance."""

import streamlit as st

from dashboard.charts import share_figure
from dashboard.context import current, filtered_comments
from dashboard.drill import render_chart
from dashboard.palette import corpus_palette
from dashboard.section import render_comment_section
from dashboard.upload import render_removal, render_upload
from dashboard.widgets import (
    escape_markdown,
    render_download,
    render_empty,
    render_filter_line,
    render_table,
)

corpus, spec = current()
comments = filtered_comments(corpus, spec)
documents = spec.apply_documents(corpus.documents)
statements = spec.apply_statements(corpus.statements, corpus.mentions)

st.title("Overview")
st.caption(escape_markdown(corpus.manifest.get("corpus_name", "")))
render_filter_line(spec, len(comments), len(corpus.comments))

cols = st.columns(5)
cols[0].metric("Comments", f"{len(comments):,}")
cols[1].metric("Statements", f"{len(statements):,}")
spam_share = corpus.comments["is_spam"].mean() if len(corpus.comments) else 0.0
cols[2].metric("Spam share (all comments)", f"{spam_share:.0%}")
mean = comments["sentiment_compound"].mean() if len(comments) else float("nan")
cols[3].metric("Mean sentiment", "–" if comments.empty else f"{mean:+.2f}")
sided = (comments["stance"] != "neutral").mean() if len(comments) else float("nan")
cols[4].metric("Took a side", "–" if comments.empty else f"{sided:.0%}")

st.subheader("Documents per source")
if documents.empty:
    render_empty("documents")
else:
    table = documents.assign(comment_section=documents["n_comments"].gt(0).map(
        {True: "yes", False: "none found"}))[
        ["source", "published", "comment_section", "n_comments", "n_statements", "title"]]
    render_table(table, list(table.columns), key="overview_documents")
    render_download(table, "documents", spec, key="dl_overview_documents")

st.subheader("Stance split")
if comments.empty:
    render_empty("comments")
else:
    palette = corpus_palette(corpus.manifest)
    render_chart(share_figure(comments, "stance", palette.colours, "Stance of the filtered comments",
                              names=palette.names),
                 "overview_stance", comments, ["", "stance"])
    render_comment_section(corpus, comments, spec, key="overview")

render_upload()
render_removal(corpus.documents)
