"""Sentiment with VADER on normalised text; the analyzer is built once per process."""

from functools import lru_cache

import numpy as np
import pandas as pd

from ..core.repair import normalise_text
from .linear_vader import LinearVader

__all__ = ["POSITIVE_CUTOFF", "NEGATIVE_CUTOFF", "analyzer", "score_text", "label_for",
           "score_texts"]

# VADER's documented thresholds on the compound score (Hutto & Gilbert 2014, project README).
POSITIVE_CUTOFF = 0.05
NEGATIVE_CUTOFF = -0.05


@lru_cache(maxsize=1)
def analyzer() -> LinearVader:
    """The one VADER analyzer (loading its lexicon takes a noticeable moment); same scores as
    vaderSentiment's, in time linear in the text."""
    return LinearVader()


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


def score_texts(texts: pd.Series) -> pd.DataFrame:
    """sentiment_compound/pos/neu/neg/label columns for a column of texts; each distinct
    normalised text is scored once."""
    distinct: dict[str, dict[str, float]] = {}
    scores = []
    for text in texts.fillna(""):
        clean = normalise_text(text)
        score = distinct.get(clean)
        if score is None:
            score = distinct[clean] = analyzer().polarity_scores(clean)
        scores.append(score)
    frame = pd.DataFrame({
        "sentiment_compound": [s["compound"] for s in scores],
        "sentiment_pos": [s["pos"] for s in scores],
        "sentiment_neu": [s["neu"] for s in scores],
        "sentiment_neg": [s["neg"] for s in scores],
    }, index=texts.index, dtype="float64")
    compound = frame["sentiment_compound"].to_numpy()
    frame["sentiment_label"] = pd.Series(np.where(compound >= POSITIVE_CUTOFF, "positive", np.where(
        compound <= NEGATIVE_CUTOFF, "negative", "neutral")), index=frame.index, dtype="str")
    return frame
