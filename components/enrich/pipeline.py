"""Enrichment of the parsed corpus: sentiment, stance and spam columns.

The steps are split so a build can run them per document and reduce across the corpus:
`enrich_local` and `count_topics` per document, then `corpus_claims` over the corpus, then
`classify_stance` per document with the corpus claims (spam by its own signals and the outlet's
own comments taking no side), then `score_spam` over the corpus.
`enrich` composes them for a corpus held in memory, with the same result.
"""

from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..core.columns import COMMENT_COLUMNS
from ..core.config import CorpusConfig
from ..core.versions import ENRICHMENT_VERSION
from .no_side import OUTLET_STANCE_REASON, SPAM_STANCE_REASON, local_spam, no_side_reasons
from .replies import answer_replies
from .sentiment import score_texts
from .spam import own_accounts, score_global, score_local
from .stance import NEUTRAL, Claims, classify_comments, comment_texts, topic_counts
from .stance.thread import SETTLED_CONFIDENCE

__all__ = ["ENRICHMENT_VERSION", "SENTIMENT_COLUMNS", "STANCE_COLUMNS", "SPAM_COLUMNS", "enrich",
           "enrich_local", "local_spam_columns", "comment_texts", "count_topics", "count_text_topics",
           "corpus_claims", "classify_stance", "local_spam", "settled_stance", "score_spam",
           "SPAM_STANCE_REASON", "OUTLET_STANCE_REASON",
           "score_statements"]

SENTIMENT_COLUMNS = ("sentiment_compound", "sentiment_pos", "sentiment_neu", "sentiment_neg",
                     "sentiment_label")
STANCE_COLUMNS = ("stance", "stance_confidence", "stance_reason")
SPAM_COLUMNS = ("is_spam", "spam_score", "spam_reason")
_LOCAL_SPAM_PREFIX = "_spam_"


def enrich_local(comments: pd.DataFrame) -> pd.DataFrame:
    """The per-document columns of one document's comments: sentiment, and spam's local part
    (columns starting with "_spam_", which `score_spam` combines across the corpus)."""
    return pd.concat([score_texts(comments["text"]), score_local(comments)], axis=1)


def local_spam_columns(columns: list[str]) -> list[str]:
    """The names among columns that hold spam's local part."""
    return [c for c in columns if c.startswith(_LOCAL_SPAM_PREFIX)]


def count_topics(comments: pd.DataFrame) -> Counter[str]:
    """One document's share of the topic word counts (summed over documents by the build)."""
    return count_text_topics(comment_texts(comments))


def count_text_topics(texts: Sequence[str]) -> Counter[str]:
    """count_topics of a document from its comment_texts."""
    return topic_counts(texts)


def corpus_claims(config: CorpusConfig, statements: pd.DataFrame, counts: Counter[str],
                  n_texts: int) -> Claims:
    """Each side's claims, from the statements and the summed topic counts of n_texts comments."""
    return Claims.from_counts(config, statements, counts, n_texts)


def classify_stance(comments: pd.DataFrame, config: CorpusConfig, claims: Claims) -> pd.DataFrame:
    """stance, stance_confidence and stance_reason of some documents' comments, with the corpus
    claims (settled_stance). Spam's local columns, when present, say which comments are spam by
    their own signals."""
    spam_columns = local_spam_columns(list(comments.columns))
    spam = local_spam(comments, spam_columns, config) if spam_columns else None
    return settled_stance(comments, config, spam, claims=claims)


def settled_stance(comments: pd.DataFrame, config: CorpusConfig, spam: pd.Series | None, *,
                   claims: Claims | None = None, statements: pd.DataFrame | None = None,
                   replies: bool = True) -> pd.DataFrame:
    """The classifier's stance columns (with `claims`, or the statements), then reply chains
    (enrich/replies.py: a spam reply stays out of them, unless `replies` is off); the comments that
    speak for no side (enrich/no_side.py: spam by its own signals, `spam`, when known; the page's
    own outlet) are neutral with the reason, and no reply takes a side from them."""
    reasons = no_side_reasons(comments, config, spam)
    stance = classify_comments(comments, config, statements, claims=claims, settled=reasons)
    if replies:
        stance = answer_replies(comments if spam is None else comments.assign(is_spam=spam), stance, config)
    else:
        stance = stance[list(STANCE_COLUMNS)]  # not the classifier's BACKED_COLUMN, the reply rules' only
    return _neutral_where(stance, reasons)


def _neutral_where(stance: pd.DataFrame, reasons: pd.Series) -> pd.DataFrame:
    """stance with each row that has a reason neutral for it (a reply rule may not overturn it)."""
    rows = reasons.to_numpy(dtype=object) != ""
    if not rows.any():
        return stance
    out, at = stance.copy(), np.flatnonzero(rows)
    out.iloc[at, out.columns.get_loc("stance")] = NEUTRAL
    out.iloc[at, out.columns.get_loc("stance_confidence")] = SETTLED_CONFIDENCE
    out.iloc[at, out.columns.get_loc("stance_reason")] = reasons.to_numpy(dtype=object)[at]
    return out


def score_spam(local: pd.DataFrame, authors: pd.Series, texts: pd.Series,
               own: frozenset[str] = frozenset(), sources: pd.Series | None = None) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for the whole corpus, from every document's local part
    (own: the own accounts' names, spam.own_accounts; sources: each comment's page's outlet, an
    own account on that page)."""
    return score_global(local, authors, texts, own, sources)


def score_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """The statements table with its sentiment_compound column scored."""
    statements = statements.copy()
    if not statements.empty:
        statements["sentiment_compound"] = score_texts(statements["text"])["sentiment_compound"]
    return statements


def enrich(comments: pd.DataFrame, statements: pd.DataFrame,
           config: CorpusConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the enrichment columns to comments, and sentiment_compound to statements."""
    comments = comments.reset_index(drop=True)
    if comments.empty:
        comments = comments.reindex(columns=list(COMMENT_COLUMNS))
    else:
        local = enrich_local(comments)
        claims = corpus_claims(config, statements, count_topics(comments), len(comment_texts(comments)))
        spam = score_spam(local[local_spam_columns(list(local.columns))], comments["author"],
                          comments["text"], own_accounts(config, ()),
                          comments["source"] if "source" in comments else None)
        with_spam = pd.concat([comments, local[local_spam_columns(list(local.columns))]], axis=1)
        comments = pd.concat([comments, local[list(SENTIMENT_COLUMNS)],
                              classify_stance(with_spam, config, claims), spam], axis=1)
    return comments[list(COMMENT_COLUMNS)], score_statements(statements)
