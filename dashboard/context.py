"""What every page reads: the corpus and the filter spec the sidebar built for this run."""

from dataclasses import replace

import numpy as np
import pandas as pd
import streamlit as st

from components.corpus.filters import FilterSpec
from components.corpus.store import Corpus
from dashboard.data import search_hits
from dashboard.widgets import render_empty, render_filter_line


def current() -> tuple[Corpus, FilterSpec]:
    """The corpus and the active filters."""
    return st.session_state["corpus"], st.session_state["spec"]


# What every filtered view carries: the columns charts split by, count and mark (dashboard.drill).
# A page asks for more when it needs them; the text never (a copy of a million texts per rerun):
# a table takes its rows from the corpus (full_rows), the search filter reads the corpus's text.
VIEW_COLUMNS = ("source", "stance", "sentiment_label", "sentiment_compound", "is_spam")


def comment_mask(corpus: Corpus, spec: FilterSpec) -> np.ndarray:
    """spec.comment_mask over the corpus's comments, with the text search read from a cache per
    built version and needle (dashboard.data.search_hits) instead of searched on every rerun."""
    mask = replace(spec, search="").comment_mask(corpus.comments)
    if spec.search and mask.any():
        mask &= search_hits(corpus, spec.search)
    return mask


def filtered_comments(corpus: Corpus, spec: FilterSpec, columns: tuple[str, ...] = ()) -> pd.DataFrame:
    """The comments that pass the filters, with VIEW_COLUMNS and columns only: the frame charts and
    counts read. Its index is the comments' row number in corpus.comments."""
    mask = comment_mask(corpus, spec)
    wanted = [c for c in dict.fromkeys([*VIEW_COLUMNS, *columns]) if c in corpus.comments]
    light = corpus.comments[wanted]
    return light if mask.all() else light[mask]


def row_mask(corpus: Corpus, comments: pd.DataFrame) -> np.ndarray:
    """A filtered frame's rows (its index: row numbers) as a boolean mask over corpus.comments."""
    mask = np.zeros(len(corpus.comments), dtype=bool)
    mask[comments.index.to_numpy()] = True
    return mask


def full_rows(corpus: Corpus, comments: pd.DataFrame) -> pd.DataFrame:
    """The rows of a (filtered, light) comments frame with every column, from the corpus, in its order."""
    return corpus.comments.loc[comments.index]


def open_comment_page(title: str, include_spam: bool = False, columns: tuple[str, ...] = ()
                      ) -> tuple[Corpus, FilterSpec, pd.DataFrame]:
    """Title, filter line and empty state of a page about the filtered comments (filtered_comments:
    VIEW_COLUMNS and columns); stops the page when nothing matches. include_spam overrides the spam
    filter for pages about spam."""
    corpus, spec = current()
    if include_spam:
        spec = replace(spec, spam="include")
    comments = filtered_comments(corpus, spec, columns)
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
