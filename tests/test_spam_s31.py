"""Session 31 (H116): the faults the session 30 review left open, fixed generally. Each change has
comments it must fire on and comments it must leave alone, all invented for these tests; the
single-text path (score_spam) and the build's (score_comments) must agree on all of them."""

import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import scored_alone as _alone
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam
from components.parse.notices import is_removal_notice

LINK_LIKE = "contains link-like text"
LINK = "contains a link"
SWAP = "promotes the author's own channel or page"


# --- "at" before a spelled-out domain: where to go, not where one was, nor where a source's facts are ---

@pytest.mark.parametrize("text", [
    "My uncle worked at Webvan dot com before it folded",
    "We were at Boo dot com for six months, burning cash on parties",
    "She's been at Lastminute dot com since the launch",
    "Look up the figures at ons dot gov dot uk, unemployment is up",
    "The data at ourworldindata dot org shows the opposite of what you claim",
])
def test_at_where_one_was_or_a_source_s_facts_is_no_spelled_out_link(text: str) -> None:
    assert LINK_LIKE not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "Stand with us at Vote Tomlin dot com. Share this!",
    "get your tickets at cheapgigz dot com",
    "Find more cheap flights at flyaway deals dot net",
])
def test_at_as_where_to_go_is_still_a_spelled_out_link(text: str) -> None:
    assert LINK_LIKE in _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)


# --- a domain spelled letter by letter ---

@pytest.mark.parametrize("text", [
    "best deals on trainers, kickz4u dot c o m",
    "grow your followers: f a v e z dot com",
    "cheap followers at followhub dot n e t",
    "visit p r o m o dot org now",
])
def test_a_domain_spelled_letter_by_letter_is_link_like(text: str) -> None:
    assert LINK_LIKE in _reasons(text)
    _agree(text)


@pytest.mark.parametrize("text", [
    "The B B C dot com site is behind a paywall abroad",  # three spelled letters: an acronym
    "He spelled it out, c-o-m, as if we were idiots",
    "I was going dot to dot with the kids all afternoon",
])
def test_spaced_letters_of_an_acronym_are_no_hidden_domain(text: str) -> None:
    assert LINK_LIKE not in _reasons(text)
    assert not score_spam(text).is_spam


# --- s4s and shoutout for shoutout ---

@pytest.mark.parametrize("text", ["S4S? I always sub back", "s4s!!", "shoutout for shoutout, drop your @",
                                  "Shout out 4 shout out anyone"])
def test_the_short_swaps_are_swaps(text: str) -> None:
    assert SWAP in _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", ["s4s is pointless, the algorithm sees through it",
                                  "The s4s crowd ruined the comments on every music video",
                                  "shoutout for shoutout accounts are all bots"])
def test_words_about_the_short_swaps_are_no_swap(text: str) -> None:
    assert SWAP not in _reasons(text)
    assert not score_spam(text).is_spam


# --- removal notices: which lines are notices ---

@pytest.mark.parametrize("text", [
    "[ Removed by moderator ]", "( deleted )", "[ Comment removed by moderator ]",
    "This comment violated our community standards and was removed.",
    "This reply breached our house rules and has been removed",
    "Your comment did not meet our guidelines and was hidden.",
    "This comment was removed because it broke our rules on personal abuse.",
    "Comment removed by moderator. Why?",
    "This reply was removed because the moderation team judged it abusive.",
])
def test_notice_forms_are_notices(text: str) -> None:
    assert is_removal_notice(text)
    assert score_spam(text).score == 0.0
    assert _alone(text) == (False, 0.0)


@pytest.mark.parametrize("text", [
    "Comment deleted?! What did I say that was so bad",
    "Post removed? Censorship as usual",
    "Reply deleted because the editors hate being told they're wrong",
    "Comment removed, because apparently facts are offensive now",
    "My comment violated nothing and was removed anyway",
    "This comment violated our guidelines, which is why it was removed.",  # no "and was removed"
    "[ a fair point, well made ]",
])
def test_a_commenter_s_words_about_removal_are_no_notice(text: str) -> None:
    assert not is_removal_notice(text)


# --- a notice's link to the site's rules is the site's ---

@pytest.mark.parametrize("text", [
    "This comment was removed for breaching our community standards. See www.example-news.com/community",
    "Comment removed by a moderator. Our house rules: https://news.example.org/house-rules",
    "This comment has been removed. Read our moderation policy at www.paper.example.com/policy",
])
def test_a_notice_with_a_link_to_the_rules_has_no_signal(text: str) -> None:
    assert is_removal_notice(text)
    assert not _reasons(text)
    assert score_spam(text).score == 0.0
    assert _alone(text) == (False, 0.0)


@pytest.mark.parametrize("text", [
    "This comment was removed by a moderator. Cheap pills at www.pillz-online.com",
    "This comment was removed for breaking the rules. Visit www.bestbets-today.com for free bets",
    "Comment deleted. The rules don't apply to me, check out my channel www.mytube-vids.com",
])
def test_a_link_after_a_notice_that_is_not_to_the_rules_is_still_spam(text: str) -> None:
    assert _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)


# --- "check out" before an ordinary object, for the model in a comment section ---

@pytest.mark.parametrize("text", [
    "Check out the state of the roads round here, potholes everywhere",
    "Check out the council's own figures, they don't add up",
    "check out the comments under the last article, same old arguments",
    "Check out what the minister said in 2019, he's done a total U-turn",
    "Checked out the new stadium plans, they look awful",
])
def test_check_out_an_ordinary_thing_is_no_spam(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "check out the link in my bio",
    "check out the new video on my channel",
    "Check out my channel, new music every week",
    "check out this amazing offer",
    "check out the best deals at www.cheapdeals-shop.com",
])
def test_check_out_a_promotion_is_still_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


# --- a link offered as a source ---

@pytest.mark.parametrize("text", [
    "The full report is here: www.audit-office.example.org/reports/2025-housing and it says the opposite",
    "Source: https://www.statistics.example.gov/economy/inflation/latest",
    "Read the judgment here https://www.courts.example.uk/judgments/smith-v-council-2025 and then tell me "
    "the council was right",
    "According to https://www.news.example.com/politics/2025/budget the cuts are bigger than announced",
    "The figures are at data.example.gov/housing/waiting-lists, 40,000 families waiting",
    "The study was published at journals.example.org/article/1234 last year and nobody read it",
])
def test_a_cited_link_alone_is_no_spam(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "www.cheapwatches-sale.com",
    "visit www.bettips-daily.com for today's tips",
    "My video is at www.mytube-vids.com/watch/55",
    "Source: www.pillz-online.com buy now, 50% off",  # a source with an offer is an advert
    "The report is at www.win-big.example.com, claim your prize now",
    "Great article. www.crypto-doubler.example.com",
])
def test_a_bare_or_promoted_link_is_still_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "Great piece, the best prices are at www.cheap-flights-now.com",
    "Nice story. The deals are at www.bargain-bucket-shop.com",
    "Good article www.crypto-doubler.example.com",
])
def test_a_link_after_praise_cites_nothing(text: str) -> None:
    assert LINK in _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)
