"""The "Add an article" form (upload a text or HTML file into the seeds folder and rebuild,
asking first when it is mostly a document already there) and "Remove a document"."""

import pandas as pd
import streamlit as st

from dashboard.data import add_article, remove_article
from dashboard.widgets import escape_markdown

_MESSAGE_KEY = "upload_message"
_PENDING_KEY = "upload_pending"  # (name, bytes) of an upload that overlaps a corpus document
_SHOW = {"added": st.success, "present": st.info, "refused": st.error, "removed": st.success}


def _show_outcome() -> None:
    """The outcome of the last action, kept across the rerun that follows it."""
    if outcome := st.session_state.pop(_MESSAGE_KEY, None):
        kind, message = outcome
        _SHOW[kind](escape_markdown(message))


def _ask_about_overlap() -> None:
    """A pending near-duplicate: show what it shares, add it only on confirmation."""
    name, data, message = st.session_state[_PENDING_KEY]
    st.warning(escape_markdown(message.split(" Lines it shares")[0]))
    st.text(message.split("for example:\n", 1)[-1])
    add, cancel = st.columns(2)
    if add.button("Add it anyway", key="upload_confirm"):
        del st.session_state[_PENDING_KEY]
        st.session_state[_MESSAGE_KEY] = add_article(name, data, allow_overlap=True)
        st.rerun()
    if cancel.button("Do not add it", key="upload_cancel"):
        del st.session_state[_PENDING_KEY]
        st.rerun()


def render_upload() -> None:
    """The upload form and its outcome."""
    st.subheader("Add an article")
    st.caption("A plain-text article with its comment section, like the files in seeds/, or a "
               "saved web page (.html). It is checked, saved into the seeds folder, and only the "
               "new file is parsed.")
    _show_outcome()
    if _PENDING_KEY in st.session_state:
        _ask_about_overlap()
        return
    with st.form("add_article", clear_on_submit=True):
        # No type filter: the server checks every file and says why it refuses one.
        upload = st.file_uploader("Article file", key="article_file")
        submitted = st.form_submit_button("Add to the corpus")
    if not submitted:
        return
    if upload is None:
        st.warning("Choose a file first.")
        return
    outcome = add_article(upload.name, upload.getvalue())
    if outcome[0] == "duplicate":
        st.session_state[_PENDING_KEY] = (upload.name, upload.getvalue(), outcome[1])
    else:
        st.session_state[_MESSAGE_KEY] = outcome
    st.rerun()


def render_removal(documents: pd.DataFrame) -> None:
    """Remove a document from the corpus (its file is moved aside, never deleted)."""
    with st.expander("Remove a document"):
        names = _document_files(documents)
        choice = st.selectbox("Document", list(names), index=None, key="remove_choice",
                              placeholder="Choose a document")
        sure = st.checkbox("Yes, remove it from the corpus", key="remove_sure")
        if st.button("Remove", key="remove_document", disabled=not (choice and sure)) and choice:
            st.session_state[_MESSAGE_KEY] = remove_article(names[choice])
            st.rerun()


def _document_files(documents: pd.DataFrame) -> dict[str, str]:
    """Each document's label ('outlet · title (file name)'; the outlet left out when it is the
    title) and its file name, built column-wise (thousands of documents: no loop per row)."""
    files = documents["path"].astype(str).str.replace("\\", "/").str.rsplit("/", n=1).str[-1]
    source, title = documents["source"].astype(str), documents["title"].astype(str)
    outlet = (source + " · ").where(source != title, "")
    return dict(zip(outlet + title + " (" + files + ")", files, strict=True))
