"""Spectrum dashboard: page config, the shared sidebar, navigation over the pages."""

import streamlit as st

from dashboard.data import load_app_corpus
from dashboard.sidebar import render_sidebar, rerun_for_order

st.set_page_config(page_title="Spectrum", page_icon="📰", layout="wide")
corpus = load_app_corpus()
st.session_state["corpus"] = corpus
st.session_state["spec"] = render_sidebar(corpus)
st.sidebar.caption(f"Corpus: {len(corpus.documents):,} documents, {len(corpus.statements):,} "
                   f"statements, {len(corpus.comments):,} comments.")

# The default page is served at the root; its own name, /overview, opens it too (hidden twin).
PAGES = [
    st.Page("views/overview.py", title="Overview", url_path="home", default=True),
    st.Page("views/overview.py", title="Overview", url_path="overview", visibility="hidden"),
    st.Page("views/timeline.py", title="Timeline", url_path="timeline"),
    st.Page("views/sentiment.py", title="Sentiment", url_path="sentiment"),
    st.Page("views/stance.py", title="Stance", url_path="stance"),
    st.Page("views/spam.py", title="Spam", url_path="spam"),
    st.Page("views/documents.py", title="Documents", url_path="documents"),
    st.Page("views/data.py", title="Data", url_path="data"),
]
st.navigation(PAGES, position="top").run()
rerun_for_order()
