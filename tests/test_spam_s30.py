"""Session 30: the notice left in a removed comment's slot is not its author's words (no spam
signal, and no near-duplicate of the same notice under another name); "is paying" is a job offer
only with what it pays; digits in a link's path are no phone number."""

import pandas as pd
import pytest

from components.enrich.spam import rule_signals, score_comments, score_spam


def _reasons(text: str) -> list[str]:
    return [reason for _, reason in rule_signals(text)]


NOTICES = [
    "This comment has been deleted.",
    "[This comment has been removed for violating our community guidelines]",
    "Comment deleted",
    "Deleted comment",
    "This comment was removed by a moderator because it broke the house rules.",
    "This reply has been hidden.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_removal_notice_has_no_spam_signal(text: str) -> None:
    result = score_spam(text)
    assert not result.is_spam
    assert result.score == 0.0
    assert _reasons(text) == []


def test_the_same_notice_under_many_names_is_no_repeated_comment() -> None:
    notice = "This comment was removed by a moderator because it broke the house rules."
    comments = pd.DataFrame({
        "author": ["", "Ann Lee", "Moderator", "Tom Reed"],
        "text": [notice, notice, notice, "Visit www.cheap-pills-online.com for 90% off everything today"],
    })
    scored = score_comments(comments)
    assert scored["is_spam"].tolist() == [False, False, False, True]
    assert not scored["spam_reason"].str.contains("repeats a comment").any()


def test_a_comment_that_only_mentions_deletion_keeps_its_signals() -> None:
    text = "My comment was deleted so here it is again: www.cheap-pills-online.com"
    assert "contains a link" in _reasons(text)
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Google is paying 97$ per hour with weekly payouts",
    "This company is paying up to £300 a day, no experience needed",
    "Amazon is paying people to test products at home",
])
def test_a_job_offer_names_what_it_pays(text: str) -> None:
    assert "reads like a money or job offer" in _reasons(text)


@pytest.mark.parametrize("text", [
    "She painted that wall for free and now the board is paying to hide it.",
    "The club is paying his salary, he should read his contract.",
    "If the province is paying an incentive the records should be public.",
])
def test_someone_paying_for_something_is_no_job_offer(text: str) -> None:
    assert "reads like a money or job offer" not in _reasons(text)


def test_digits_in_a_link_path_are_no_phone_number() -> None:
    text = "Here's the article the OP meant: https://news.example/article/0412/0000231876"
    assert "gives a phone number" not in _reasons(text)
    assert "contains a link" in _reasons(text)


@pytest.mark.parametrize("text", ["Call or WhatsApp 0803 000 1122 for fast delivery",
                                  "ring me on 07700 900123 for a quote"])
def test_a_phone_number_in_words_is_still_one(text: str) -> None:
    assert "gives a phone number" in _reasons(text)
