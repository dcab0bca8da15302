"""What the spam tests ask of a comment: the reasons its rule signals give, its verdict and score
when a build scores it alone, and that the single-text and build paths agree."""

import pandas as pd

from components.enrich.spam import rule_signals, score_comments, score_spam


def signal_reasons(text: str) -> list[str]:
    """The reasons of a text's rule signals."""
    return [reason for _, reason in rule_signals(text)]


def scored_alone(text: str) -> tuple[bool, float]:
    """is_spam and spam_score of a text scored by the build's path as the only comment."""
    row = score_comments(pd.DataFrame({"author": ["someone"], "text": [text]})).iloc[0]
    return bool(row["is_spam"]), float(row["spam_score"])


def assert_paths_agree(text: str) -> None:
    """The single-text path (score_spam) gives what the build's path gives."""
    single = score_spam(text)
    assert scored_alone(text) == (single.is_spam, single.score)
