"""What every page reads: the corpus and the filter spec the sidebar built for this run."""

import pandas as pd
import streamlit as st

from components.filters import FilterSpec
from components.store import Corpus


def current() -> tuple[Corpus, FilterSpec]:
    """The corpus and the active filters."""
    return st.session_state["corpus"], st.session_state["spec"]


def filtered_comments() -> tuple[pd.DataFrame, pd.DataFrame, FilterSpec]:
    """(filtered comments, all comments, spec)."""
    corpus, spec = current()
    return spec.apply_comments(corpus.comments), corpus.comments, spec


def side_ids(corpus: Corpus) -> list[str]:
    """The corpus's side ids, in config order."""
    return [s["id"] for s in corpus.manifest.get("sides", [])]
