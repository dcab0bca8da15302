"""What every page reads: the corpus and the filter spec the sidebar built for this run."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from components.corpus.filters import FilterSpec
from components.corpus.store import Corpus
from dashboard.widgets import render_empty, render_filter_line


def current() -> tuple[Corpus, FilterSpec]:
    """The corpus and the active filters."""
    return st.session_state["corpus"], st.session_state["spec"]


def open_comment_page(title: str, include_spam: bool = False
                      ) -> tuple[Corpus, FilterSpec, pd.DataFrame]:
    """Title, filter line and empty state of a page about the filtered comments; stops the
    page when nothing matches. include_spam overrides the spam filter for pages about spam."""
    corpus, spec = current()
    if include_spam:
        spec = replace(spec, spam="include")
    comments = spec.apply_comments(corpus.comments)
    st.title(title)
    render_filter_line(spec, len(comments), len(corpus.comments))
    if comments.empty:
        render_empty("comments")
        st.stop()
    return corpus, spec, comments


def side_ids(corpus: Corpus) -> list[str]:
    """The corpus's side ids, in config order."""
    return [s["id"] for s in corpus.manifest.get("sides", [])]


def side_names(corpus: Corpus) -> dict[str, str]:
    """Each stance label's display name: the side's name for its id, then neutral."""
    names = {s["id"]: str(s.get("name") or s["id"]) for s in corpus.manifest.get("sides", [])}
    return {**names, "neutral": "neutral"}
