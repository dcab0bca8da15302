"""The shared sidebar: every filter, bound to the URL, turned into one FilterSpec.

A crafted URL never breaks a page: values Streamlit cannot match to an option fall back to the
default, and a reversed range (`?compound=0.5&compound=-0.5`) is put in order."""

from datetime import date
from typing import TypeVar

import pandas as pd
import streamlit as st

from components.corpus.filters import SPAM_MODES, FilterSpec
from components.corpus.store import Corpus
from dashboard.context import side_ids
from dashboard.data import version_key
from dashboard.display import contract_date

SENTIMENT_LABELS = ["positive", "neutral", "negative"]
DEFAULT_SPAM = "exclude"
_BOUNDS_KEY = "dates_bounds"
_REORDER_KEY, _REORDERED_KEY = "reorder_pending", "reorder_done"
T = TypeVar("T", float, date)


@st.cache_resource(show_spinner=False, max_entries=4)
def _date_bounds(key: tuple[str, str, int], _statements: pd.DataFrame) -> tuple[date, date] | None:
    """First and last statement day (month-only dates count from the 1st); dates that are
    malformed or outside the shown years are left out. Once per built version (key)."""
    parsed = [p for p in map(contract_date, _statements.get("date", [])) if p]
    days = [first for first, precision in parsed if precision != "year"]
    return (min(days), max(days)) if days else None


@st.cache_resource(show_spinner=False, max_entries=4)
def _author_options(key: tuple[str, str, int], _authors: pd.Series) -> tuple[str, ...]:
    """The author filter's choices: any author, then every author, case-insensitively sorted.
    Once per built version (key): sorting a million comments' authors on every rerun is waste."""
    return ("", *sorted(_authors.dropna().unique(), key=str.casefold))


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
    bounds = _date_bounds(version_key(corpus), corpus.statements)
    if bounds is None:
        return "", ""
    _follow_new_bounds(bounds)
    _apply_reorder("dates")
    picked = st.date_input("Statement dates", value=bounds,
                           min_value=bounds[0], max_value=bounds[1], key="dates",
                           bind="query-params",
                           help="Limits the timeline; month-only dates count from the 1st.")
    if isinstance(picked, tuple) and len(picked) == 2 and (
            picked := _ordered("dates", picked)) != bounds:
        return picked[0].isoformat(), picked[1].isoformat()
    return "", ""


def _apply_reorder(key: str) -> None:
    """Before a range widget is drawn: give it the ordered value _ordered asked for."""
    pending = st.session_state.get(_REORDER_KEY, {})
    if key in pending:
        st.session_state[key] = pending.pop(key)


def _ordered(key: str, value: tuple[T, T]) -> tuple[T, T]:
    """A range in order. A reversed one (from a crafted URL) is also queued to be put in order in
    its widget (see rerun_for_order); the ordered pair is used either way."""
    low, high = value
    if low <= high:
        return value
    done = st.session_state.setdefault(_REORDERED_KEY, set())
    if key not in done:
        done.add(key)
        st.session_state.setdefault(_REORDER_KEY, {})[key] = (high, low)
    return high, low


def rerun_for_order() -> None:
    """After the page is drawn: rerun once if a range widget is to be shown in order."""
    if st.session_state.get(_REORDER_KEY):
        st.rerun()


def render_sidebar(corpus: Corpus) -> FilterSpec:
    """Draw the filters once, in the sidebar, and return what they ask for."""
    sides = [*side_ids(corpus), "neutral"]
    with st.sidebar:
        st.header("Filters")
        sources = st.multiselect("Source", sorted(set(corpus.documents["source"].dropna().astype(str))),
                                 key="source", bind="query-params")
        stances = st.multiselect("Stance", sides, key="stance", bind="query-params")
        labels = st.multiselect("Sentiment label", SENTIMENT_LABELS, key="label",
                                bind="query-params")
        _apply_reorder("compound")
        low, high = st.slider("Sentiment (compound)", -1.0, 1.0, (-1.0, 1.0), step=0.05,
                              key="compound", bind="query-params")
        spam = st.radio("Spam comments", SPAM_MODES, index=SPAM_MODES.index(DEFAULT_SPAM),
                        key="spam", bind="query-params", horizontal=True,
                        help="exclude: hide spam · include: show all · only: spam alone")
        authors = _author_options(version_key(corpus), corpus.comments["author"])
        author = st.selectbox("Author", authors, format_func=lambda a: a or "Any author",
                              key="author", bind="query-params")
        search = st.text_input("Search text", key="q", bind="query-params",
                               placeholder="a word or phrase")
        date_from, date_to = _date_filter(corpus)
    low, high = _ordered("compound", (float(low), float(high)))
    return FilterSpec(sources=tuple(sources), stances=tuple(stances), labels=tuple(labels),
                      spam=spam, sentiment_min=low, sentiment_max=high,
                      author=author or "", search=search.strip(), date_from=date_from,
                      date_to=date_to)
