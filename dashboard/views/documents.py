"""Documents: an article read as text, every statement mention and every comment marked and linked."""

import streamlit as st

from dashboard.context import current
from dashboard.data import seeds_dir
from dashboard.display import escape_markdown
from dashboard.provenance import article_paragraphs, comment_link, mark_paragraph, statement_link
from dashboard.widgets import render_empty, render_filter_line

MAX_DOCUMENT_COMMENTS = 300  # comments drawn under an article, one element each

corpus, spec = current()
documents = spec.apply_documents(corpus.documents)
st.title("Documents")
render_filter_line(spec, len(documents), len(corpus.documents), "documents")
if documents.empty:
    render_empty("documents")
    st.stop()

source, title = documents["source"].astype(str), documents["title"].astype(str)
labels = dict(zip(documents["doc_id"], source.where(title == source, source + " · " + title), strict=True))
doc_id = st.selectbox("Document", list(labels), format_func=labels.__getitem__, key="doc",
                      bind="query-params")
doc = documents.set_index("doc_id").loc[doc_id]
st.subheader(escape_markdown(doc["title"]))
st.caption(escape_markdown(f"{doc['source']} · published {doc['published'] or 'date unknown'} · "
                           f"{doc['n_statements']} statements · {doc['n_comments']} comments"))

mentions = corpus.mentions[corpus.mentions["doc_id"] == doc_id]
paragraphs = article_paragraphs(seeds_dir(), doc["path"])
if paragraphs is None:
    st.warning("The file of this document is no longer in the seeds folder; its text cannot be shown.")
    paragraphs = []
st.markdown("**Article.** Statement mentions are marked in blue; each links to its statement.")
for number, paragraph in enumerate(paragraphs):
    here = mentions[mentions["paragraph"] == number]
    with st.container(border=not here.empty):
        st.markdown(mark_paragraph(paragraph, [str(t) for t in here["mention_text"]]))
        for row in here.drop_duplicates("statement_id").itertuples():
            st.caption(escape_markdown(f"{row.speaker} · {row.date or 'undated'} · ")
                       + statement_link(row.statement_id))

comments = corpus.comments[corpus.comments["doc_id"].eq(doc_id).to_numpy(dtype=bool)].sort_values("position")
st.markdown(f"**Comments ({len(comments)}).** Each links to its detail panel on the Data page.")
if len(comments) > MAX_DOCUMENT_COMMENTS:
    st.caption(f"The first {MAX_DOCUMENT_COMMENTS} of them, by position, are shown here.")
for row in comments.head(MAX_DOCUMENT_COMMENTS).itertuples():
    st.markdown(f":orange-background[{escape_markdown(row.author or 'unnamed')}] "
                + escape_markdown(row.text).replace("\n", "  \n") + " " + comment_link(row.comment_id))
