"""Enrichment of the parsed corpus: sentiment, stance and spam columns.

The steps are split so a build can run them per document and reduce across the corpus:
`enrich_local` and `count_topics` per document, then `corpus_claims` over the corpus, then
`classify_stance` per document with the corpus claims, then `score_spam` over the corpus.
`enrich` composes them for a corpus held in memory, with the same result.
"""

from collections import Counter
from collections.abc import Sequence

import pandas as pd

from ..core.columns import COMMENT_COLUMNS
from ..core.config import CorpusConfig
from ..core.versions import ENRICHMENT_VERSION
from .replies import answer_replies
from .sentiment import score_texts
from .spam import own_accounts, score_global, score_local, spam_without_duplicates
from .stance import Claims, classify_comments, comment_texts, topic_counts

__all__ = ["ENRICHMENT_VERSION", "SENTIMENT_COLUMNS", "STANCE_COLUMNS", "SPAM_COLUMNS", "enrich",
           "enrich_local", "local_spam_columns", "comment_texts", "count_topics", "count_text_topics",
           "corpus_claims", "classify_stance", "score_spam", "score_statements"]

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
    claims, then reply chains (enrich/replies.py). Spam's local columns, when present, keep a
    reply that is spam by its own signals out of the reply rule."""
    stance = classify_comments(comments, config, claims=claims)
    spam_columns = local_spam_columns(list(comments.columns))
    if spam_columns:
        comments = comments.assign(is_spam=spam_without_duplicates(comments[spam_columns]))
    return answer_replies(comments, stance, config)


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
