"""Session 29: two common comment-spam templates (the prize notice, the dating lure) and hyphenated
domains without a path, each with the everyday sentences they must leave alone."""

import pytest
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam


@pytest.mark.parametrize("text", [
    "CONGRATS!! You have been selected for a FREE month of Premium, claim within 24h",
    "Congratulations, you've won a brand new tablet! Message the page to collect",
    "You have been chosen to receive a £500 voucher",
    "Claim your reward before midnight, only 3 left",
    "100 free spins on your first deposit",
])
def test_the_prize_notice_is_named(text: str) -> None:
    assert "announces a prize to claim" in _reasons(text)


@pytest.mark.parametrize("text", [
    "Congratulations, you have been promoted to chair, well deserved",
    "You have won the argument, fair play",
    "I have been selected for jury duty next month so I'll miss the vote",
    "They will claim it was within the rules",
    "Claim your expenses like everyone else",
])
def test_everyday_congratulations_and_claims_are_no_prize(text: str) -> None:
    assert "announces a prize to claim" not in _reasons(text)


@pytest.mark.parametrize("text", [
    "Hello, I am single lady from Kaunas, I like long walks. Write to me on my profile page",
    "Hot singles near you are waiting tonight",
    "I'm a lonely widow, message me on my profile for photos",
])
def test_the_dating_lure_is_named_and_with_the_model_is_spam(text: str) -> None:
    assert "reads like a dating lure" in _reasons(text)


@pytest.mark.parametrize("text", [
    "I am a single mum and this rota is impossible",
    "As a single woman I walk that path alone every week and I have never felt unsafe",
])
def test_a_commenter_speaking_of_their_own_life_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


def test_a_dating_lure_alone_does_not_decide_without_another_sign() -> None:
    # the lure's weight is below the threshold: "I'm a single woman" in a plain comment stays ham
    assert not score_spam("I am a single woman and I agree with the council on this").is_spam


@pytest.mark.parametrize("text", [
    "claim it at vibe-rewards.club today",
    "all details on best-deals-now.shop",
    "go to free-streams.site",
])
def test_a_hyphenated_name_on_a_shop_or_club_domain_is_a_link(text: str) -> None:
    assert "contains a link" in _reasons(text)


@pytest.mark.parametrize("text", [
    "It was a sell-out.Live music at its best",
    "the long-term plan.Club members disagree",
    "a one-off.The council should apologise",
])
def test_a_hyphenated_word_before_a_full_stop_is_no_link(text: str) -> None:
    assert "contains a link" not in _reasons(text)
