"""The comments that speak for no side whatever their words: a comment that is spam by its own
signals (an advert that borrows a side's words, "Fed up of standing in the cold? Earn £200 a
day", takes no side: docs/labelling.md) and the page's own outlet answering its readers. Each is
decided from the comment's own row (its author, its page's source, its spam signals), never from
which other documents the corpus or a batch holds, so a document's stance is the same in any
build, engine or batch."""

import numpy as np
import pandas as pd

from ..core.config import CorpusConfig
from .settled import NO_SIDE_REASONS, OUTLET_STANCE_REASON, SPAM_STANCE_REASON
from .spam import outlet_rows, own_accounts, own_flags, spam_without_duplicates

__all__ = ["SPAM_STANCE_REASON", "OUTLET_STANCE_REASON", "NO_SIDE_REASONS", "local_spam", "outlet_comments",
           "no_side_reasons"]



def _sources(comments: pd.DataFrame) -> list[object]:
    return comments["source"].tolist() if "source" in comments else [None] * len(comments)


def local_spam(comments: pd.DataFrame, spam_columns: list[str], config: CorpusConfig) -> pd.Series:
    """is_spam of some documents' comments by their own signals (spam_without_duplicates), an own
    account's (a person or organisation the config names, the comment's page's outlet) judged as
    the corpus-wide score judges it."""
    authors = comments["author"].tolist()
    own = own_flags(authors, own_accounts(config, ())) | outlet_rows(authors, _sources(comments))
    return spam_without_duplicates(comments[spam_columns], own)


def outlet_comments(comments: pd.DataFrame, config: CorpusConfig) -> np.ndarray:
    """For each comment, whether its author is its page's own outlet (its source) and no account the
    corpus config names (a side's own account speaks for its side)."""
    authors = comments["author"].tolist()
    return outlet_rows(authors, _sources(comments)) & ~own_flags(authors, own_accounts(config, ()))


def no_side_reasons(comments: pd.DataFrame, config: CorpusConfig, spam: pd.Series | None) -> pd.Series:
    """For each comment (same index), why it speaks for no side, or "" (spam: local_spam's verdicts,
    when known)."""
    reasons = np.full(len(comments), "", dtype=object)
    reasons[outlet_comments(comments, config)] = OUTLET_STANCE_REASON
    if spam is not None:
        reasons[spam.fillna(False).astype(bool).to_numpy()] = SPAM_STANCE_REASON
    return pd.Series(reasons, index=comments.index, dtype=object)
