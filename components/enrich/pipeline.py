"""Enrichment of the parsed corpus: sentiment, stance and spam columns."""

import pandas as pd

from ..core.columns import COMMENT_COLUMNS
from ..core.config import CorpusConfig
from .sentiment import score_texts
from .spam import score_comments
from .stance import classify_comments

__all__ = ["ENRICHMENT_VERSION", "enrich"]

ENRICHMENT_VERSION = "4"  # bump when scoring or the spam model changes, so a rebuild re-scores


def enrich(comments: pd.DataFrame, statements: pd.DataFrame,
           config: CorpusConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the enrichment columns to comments, and sentiment_compound to statements."""
    comments = comments.reset_index(drop=True)
    if comments.empty:
        comments = comments.reindex(columns=list(COMMENT_COLUMNS))
    else:
        comments = pd.concat([comments, score_texts(comments["text"]),
                              classify_comments(comments, config, statements), score_comments(comments)],
                             axis=1)
    statements = statements.copy()
    if not statements.empty:
        statements["sentiment_compound"] = score_texts(statements["text"])["sentiment_compound"]
    return comments[list(COMMENT_COLUMNS)], statements
