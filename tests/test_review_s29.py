"""Session 29 review: ordinary text that the session's new rules (the spam signals, the page-head and
comment readers, the note rule) must leave alone."""

import pytest

from components.enrich.spam import rule_signals, score_spam


def _reasons(text: str) -> list[str]:
    return [reason for _, reason in rule_signals(text)]


@pytest.mark.parametrize("text", [
    "Congrats! You have won the club's player of the year award, brilliant season",
    "Congratulations you've been selected for the county squad, so proud of you lad",
    "Congrats, you have been chosen as our new parish councillor",
    "You've won a £5 bet off me, fair enough",
    "You have won a 2-1 argument by default",
    "Don't forget to claim your bonus holiday days before the end of March",
    "The council says residents must claim the free parking permit within 14 days",
    "Make sure you claim it within 30 days or the refund lapses",
    "Claim the prize money? The charity raffle winners are listed on the board",
])
def test_congratulations_bets_and_claims_in_prose_are_no_prize(text: str) -> None:
    assert "announces a prize to claim" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Claim your prize!",
    "Claim your free gift now",
    "Congrats!! You have been selected!",
    "You've won a $1,000 gift card",
])
def test_the_prize_notice_still_is_named(text: str) -> None:
    assert "announces a prize to claim" in _reasons(text)


def test_a_page_to_message_about_a_litter_pick_is_no_dating_lure() -> None:
    text = "Message me on my page if you want to join the litter pick"
    assert "reads like a dating lure" not in _reasons(text)


@pytest.mark.parametrize("text", [
    "She's a well-known e-commerce.store owner",
    "I went to the pop-up.store in town",
    "a five-a-side.club is what we need",
    "It's a hand-me-down.Online shopping is the future",
])
def test_hyphenated_words_before_a_stop_are_no_link(text: str) -> None:
    assert "contains a link" not in _reasons(text)
    assert not score_spam(text).is_spam
