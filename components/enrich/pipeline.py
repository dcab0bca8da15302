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
from .replies import answer_replies
from .sentiment import score_texts
from .spam import own_accounts, own_flags, score_global, score_local, spam_without_duplicates
from .stance import NEUTRAL, Claims, classify_comments, comment_texts, topic_counts

__all__ = ["ENRICHMENT_VERSION", "SENTIMENT_COLUMNS", "STANCE_COLUMNS", "SPAM_COLUMNS", "enrich",
           "enrich_local", "local_spam_columns", "comment_texts", "count_topics", "count_text_topics",
           "corpus_claims", "classify_stance", "local_spam", "settle_stance", "score_spam",
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
    claims, then settle_stance. Spam's local columns, when present, say which comments are spam
    by their own signals."""
    stance = classify_comments(comments, config, claims=claims)
    spam_columns = local_spam_columns(list(comments.columns))
    spam = local_spam(comments, spam_columns, config) if spam_columns else None
    return settle_stance(comments, stance, config, spam)


SPAM_STANCE_REASON = "No side: the comment is spam (its spam_reason says why), and spam speaks for no side."
OUTLET_STANCE_REASON = "No side: written by the page's own outlet, which reports the story and takes no side."
SETTLED_CONFIDENCE = 0.9


def settle_stance(comments: pd.DataFrame, stance: pd.DataFrame, config: CorpusConfig,
                  spam: pd.Series | None, replies: bool = True) -> pd.DataFrame:
    """The classifier's stance columns with reply chains (enrich/replies.py: a spam reply stays out
    of them), then what speaks for no side: spam (`spam`, by its own signals, when known: an
    advert that borrows a side's words, "Fed up of standing in the cold? Earn £200 a day", takes
    no side, docs/labelling.md) and the page's own outlet answering its readers."""
    if replies:
        stance = answer_replies(comments if spam is None else comments.assign(is_spam=spam), stance, config)
    if spam is not None:
        stance = _for_no_side(stance, spam.fillna(False).astype(bool).to_numpy(), SPAM_STANCE_REASON)
    return _for_no_side(stance, outlet_comments(comments, config), OUTLET_STANCE_REASON)


def outlet_comments(comments: pd.DataFrame, config: CorpusConfig) -> np.ndarray:
    """For each comment, whether its author is the outlet of one of the documents (its source) and
    no account the corpus config names (a side's own account speaks for its side)."""
    if "source" not in comments or comments.empty:
        return np.zeros(len(comments), dtype=bool)
    authors = comments["author"].tolist()
    outlets = own_flags(authors, own_accounts(CorpusConfig(), comments["source"].unique()))
    return outlets & ~own_flags(authors, own_accounts(config, ()))


def _for_no_side(stance: pd.DataFrame, rows: np.ndarray, reason: str) -> pd.DataFrame:
    """stance with the given rows neutral, for `reason`."""
    if not rows.any():
        return stance
    out, at = stance.copy(), np.flatnonzero(rows)
    out.iloc[at, out.columns.get_loc("stance")] = NEUTRAL
    out.iloc[at, out.columns.get_loc("stance_confidence")] = SETTLED_CONFIDENCE
    out.iloc[at, out.columns.get_loc("stance_reason")] = reason
    return out


def local_spam(comments: pd.DataFrame, spam_columns: list[str], config: CorpusConfig) -> pd.Series:
    """is_spam of some documents' comments by their own signals (spam_without_duplicates), an own
    account's (the outlet's, a side's: own_accounts) judged as the corpus-wide score judges it."""
    sources = comments["source"].unique() if "source" in comments else ()
    own = own_flags(comments["author"].tolist(), own_accounts(config, sources))
    return spam_without_duplicates(comments[spam_columns], own)


def score_spam(local: pd.DataFrame, authors: pd.Series, texts: pd.Series,
               own: frozenset[str] = frozenset()) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for the whole corpus, from every document's local part
    (own: the own accounts' names, spam.own_accounts)."""
    return score_global(local, authors, texts, own)


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
        own = own_accounts(config, comments["source"].unique() if "source" in comments else ())
        spam = score_spam(local[local_spam_columns(list(local.columns))], comments["author"],
                          comments["text"], own)
        with_spam = pd.concat([comments, local[local_spam_columns(list(local.columns))]], axis=1)
        comments = pd.concat([comments, local[list(SENTIMENT_COLUMNS)],
                              classify_stance(with_spam, config, claims), spam], axis=1)
    return comments[list(COMMENT_COLUMNS)], score_statements(statements)
