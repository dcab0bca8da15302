"""Sentiment with VADER on normalised text; the analyzer is built once per process.

The scores are vaderSentiment 3.3.2's, exactly, from FastVader (several times faster)."""

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from ..core.repair import normalise_text
from .fast_vader import FastVader

__all__ = ["POSITIVE_CUTOFF", "NEGATIVE_CUTOFF", "analyzer", "score_text", "label_for",
           "score_texts", "sentiment_columns"]

# VADER's documented thresholds on the compound score (Hutto & Gilbert 2014, project README).
POSITIVE_CUTOFF = 0.05
NEGATIVE_CUTOFF = -0.05


@lru_cache(maxsize=1)
def analyzer() -> FastVader:
    """The one VADER analyzer (loading its lexicon takes a noticeable moment); same scores as
    vaderSentiment's, in time linear in the text."""
    return FastVader()


def score_text(text: str) -> dict[str, float]:
    """VADER's neg/neu/pos/compound for a text, after normalisation."""
    return dict(analyzer().polarity_scores(normalise_text(text)))


def label_for(compound: float) -> str:
    """positive / neutral / negative by VADER's ±0.05 cut-offs."""
    if compound >= POSITIVE_CUTOFF:
        return "positive"
    if compound <= NEGATIVE_CUTOFF:
        return "negative"
    return "neutral"


def sentiment_columns(texts: Iterable[object]) -> dict[str, Any]:
    """The sentiment_* columns (four float64 arrays and the label as a "str" array) for texts in
    order, a missing text (None, NaN) scored as empty; each distinct text is normalised once and
    each distinct normalised text scored once."""
    scores = analyzer().scores
    row_of_text: dict[object, int] = {}   # text as given -> row of `table`
    row_of_clean: dict[str, int] = {}     # normalised text -> row of `table`
    table: list[tuple[float, float, float, float]] = []
    rows: list[int] = []
    for text in texts:
        row = row_of_text.get(text)
        if row is None:
            clean = normalise_text("" if _missing(text) else text)  # type: ignore[arg-type]
            row = row_of_clean.get(clean)
            if row is None:
                row = row_of_clean[clean] = len(table)
                table.append(scores(clean))
            row_of_text[text] = row
        rows.append(row)
    # One row per text: neg, neu, pos, compound (FastVader's order).
    values = np.array(table, dtype="float64").reshape(-1, 4)[np.array(rows, dtype=np.intp)]
    compound = np.ascontiguousarray(values[:, 3])
    label = _LABELS[(compound > NEGATIVE_CUTOFF).astype(np.intp) + (compound >= POSITIVE_CUTOFF)]
    return {
        "sentiment_compound": compound,
        "sentiment_pos": np.ascontiguousarray(values[:, 2]),
        "sentiment_neu": np.ascontiguousarray(values[:, 1]),
        "sentiment_neg": np.ascontiguousarray(values[:, 0]),
        "sentiment_label": pd.array(label, dtype="str"),
    }


def score_texts(texts: pd.Series) -> pd.DataFrame:
    """sentiment_compound/pos/neu/neg/label columns for a column of texts (see sentiment_columns)."""
    return pd.DataFrame(sentiment_columns(texts.tolist()), index=texts.index, copy=False)


# label_for's labels, indexed by (compound > NEGATIVE_CUTOFF) + (compound >= POSITIVE_CUTOFF).
_LABELS = np.array(["negative", "neutral", "positive"], dtype=object)


def _missing(text: object) -> bool:
    """None, NaN, pd.NA or NaT: what fillna fills."""
    return text is None or (not isinstance(text, str) and bool(pd.isna(text)))
