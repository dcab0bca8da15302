"""The shared sidebar: every filter, bound to the URL, turned into one FilterSpec."""

from datetime import date

import streamlit as st

from components.filters import SPAM_MODES, FilterSpec
from components.store import Corpus
from dashboard.context import side_ids

SENTIMENT_LABELS = ["positive", "neutral", "negative"]
DEFAULT_SPAM = "exclude"
_BOUNDS_KEY = "dates_bounds"


def _date_bounds(corpus: Corpus) -> tuple[date, date] | None:
    days = [d for d in corpus.statements.get("date", []) if isinstance(d, str) and len(d) >= 7]
    if not days:
        return None
    parsed = [date.fromisoformat(d if len(d) == 10 else d + "-01") for d in days]
    return min(parsed), max(parsed)


def _follow_new_bounds(bounds: tuple[date, date]) -> None:
    """When the corpus's date range changed (an article was added) and the picked range was the
    whole old one, move the picked range to the whole new one."""
    previous = st.session_state.get(_BOUNDS_KEY)
    st.session_state[_BOUNDS_KEY] = bounds
    if previous is None or previous == bounds or (
            tuple(st.session_state.get("dates", ())) != previous):
        return
    st.session_state["dates"] = bounds  # set, not deleted: the browser keeps a keyed widget's value


def _date_filter(corpus: Corpus) -> tuple[str, str]:
    bounds = _date_bounds(corpus)
    if bounds is None:
        return "", ""
    _follow_new_bounds(bounds)
    picked = st.date_input("Statement dates", value=bounds,
                           min_value=bounds[0], max_value=bounds[1], key="dates",
                           bind="query-params",
                           help="Limits the timeline; month-only dates count from the 1st.")
    if isinstance(picked, tuple) and len(picked) == 2 and picked != bounds:
        return picked[0].isoformat(), picked[1].isoformat()
    return "", ""


def render_sidebar(corpus: Corpus) -> FilterSpec:
    """Draw the filters once, in the sidebar, and return what they ask for."""
    comments = corpus.comments
    sides = [*side_ids(corpus), "neutral"]
    with st.sidebar:
        st.header("Filters")
        sources = st.multiselect("Source", sorted(corpus.documents["source"].unique()),
                                 key="source", bind="query-params")
        stances = st.multiselect("Stance", sides, key="stance", bind="query-params")
        labels = st.multiselect("Sentiment label", SENTIMENT_LABELS, key="label",
                                bind="query-params")
        low, high = st.slider("Sentiment (compound)", -1.0, 1.0, (-1.0, 1.0), step=0.05,
                              key="compound", bind="query-params")
        spam = st.radio("Spam comments", SPAM_MODES, index=SPAM_MODES.index(DEFAULT_SPAM),
                        key="spam", bind="query-params", horizontal=True,
                        help="exclude: hide spam · include: show all · only: spam alone")
        authors = [""] + sorted(comments["author"].dropna().unique(), key=str.casefold)
        author = st.selectbox("Author", authors, format_func=lambda a: a or "Any author",
                              key="author", bind="query-params")
        search = st.text_input("Search text", key="q", bind="query-params",
                               placeholder="a word or phrase")
        date_from, date_to = _date_filter(corpus)
    return FilterSpec(sources=tuple(sources), stances=tuple(stances), labels=tuple(labels),
                      spam=spam, sentiment_min=float(low), sentiment_max=float(high),
                      author=author or "", search=search.strip(), date_from=date_from,
                      date_to=date_to)
