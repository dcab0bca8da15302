import pandas as pd
import pytest

from components.spam import near_duplicate_authors, rule_signals, score_comments, score_spam
from components.store import Corpus

SIGNALS = [
    ("see http://example.com/offer now", "contains a link"),
    ("visit www.example.org", "contains a link"),
    ("I earned $3000 working from home, weekly payouts", "reads like a money or job offer"),
    ("Check out my channel and subscribe!", "promotes the author's own channel"),
    ("★★★★★★★★★★✯✯✯✯!!!!", "symbol garbage"),
    ("Click here to win a free phone", "pushes the reader to act"),
]


@pytest.mark.parametrize(("text", "reason"), SIGNALS)
def test_rule_signals(text: str, reason: str) -> None:
    assert any(reason in r for _, r in rule_signals(text))


HAM = [
    "I think he is wrong, and the job of a journalist is to ask hard questions.",
    "If you go to a party you should still be safe. Period.",
    "These men losing their jobs is the consequence, not the problem.",
    "",
]


@pytest.mark.parametrize("text", HAM)
def test_ordinary_comments_are_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


def test_obvious_spam_is_spam_with_reason() -> None:
    result = score_spam("Google pays $90 per hour, check it http://jobs.example.com/work")
    assert result.is_spam and result.score > 0.9 and "link" in result.reason


def test_near_duplicates_need_different_authors() -> None:
    body = "This exact long promotional sentence appears twice in the thread today."
    assert near_duplicate_authors([body, body + "!"], ["a", "b"]) == ["b", "a"]
    assert near_duplicate_authors([body, body], ["a", "a"]) == ["", ""]


def test_score_comments_columns() -> None:
    frame = pd.DataFrame({"text": ["hello there", "buy now http://x.com"], "author": ["a", "b"]})
    out = score_comments(frame)
    assert list(out.columns) == ["is_spam", "spam_score", "spam_reason"]
    assert out["spam_score"].between(0, 1).all()


def test_seed_spam_is_exactly_the_two_google_offers(corpus: Corpus) -> None:
    spam = corpus.comments[corpus.comments["is_spam"]]
    assert list(spam["position"]) == [6, 32]
    assert spam["text"].str.startswith("Google is paying").all()
    assert spam["spam_reason"].str.contains("repeats a comment posted by").all()
