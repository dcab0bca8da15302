"""The "Add an article" form: upload a text file into the seeds folder and rebuild."""

import streamlit as st

from dashboard.data import add_article
from dashboard.widgets import escape_markdown

_MESSAGE_KEY = "upload_message"
_SHOW = {"added": st.success, "present": st.info, "refused": st.error}


def render_upload() -> None:
    """The form, and the outcome of the last upload (kept across the rerun that follows it)."""
    st.subheader("Add an article")
    st.caption("A plain-text article with its comment section, like the files in seeds/. It is "
               "checked, saved into the seeds folder, and only the new file is parsed.")
    if outcome := st.session_state.pop(_MESSAGE_KEY, None):
        kind, message = outcome
        _SHOW[kind](escape_markdown(message))
    with st.form("add_article", clear_on_submit=True):
        # No type filter: the server checks every file and says why it refuses one.
        upload = st.file_uploader("Article text file", key="article_file")
        submitted = st.form_submit_button("Add to the corpus")
    if not submitted:
        return
    if upload is None:
        st.warning("Choose a file first.")
        return
    st.session_state[_MESSAGE_KEY] = add_article(upload.name, upload.getvalue())
    st.rerun()
