"""Session 32 (H124): the spam faults the session 31 review found (tests/test_review_s31.py), fixed
generally. Each change has comments it must fire on and comments it must leave alone, all invented for
these tests; the single-text path (score_spam) and the build's (score_comments) must agree on all of
them."""

import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam
from components.parse.notices import is_removal_notice

LINK = "contains a link"


# --- a source in brackets after the document it names ---

@pytest.mark.parametrize("text", [
    "The audit (https://www.audit.example.gov.uk/2026/roads) says the opposite of what you claim",
    "Their figures [www.stats.example.org/housing] show the waiting list doubling",
    "the council's minutes (www.harnley.example.gov.uk/minutes/march) record no such vote",
])
def test_a_link_in_brackets_after_the_document_it_names_is_cited(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "My video (www.mytube-vids.example.com/watch/55) explains it all",  # no document
    "Amazing offer (www.megasavings-now.example.com) for everyone reading",
    "The report says (www.mytube-vids.example.com/watch/55) you are all wrong",  # brackets after a verb
])
def test_a_link_in_brackets_after_anything_else_is_a_link(text: str) -> None:
    assert LINK in _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)


# --- a link on a seller's host is never a source ---

@pytest.mark.parametrize("text", [
    "The full report is at www.quickloans.biz/report",
    "Source: www.freespins.xyz",
    "According to www.cryptoprofits.example.com the pound is finished",
    "Read the review here www.bestdeals-online.example.com/review",
    "The study (www.cheapmeds.example.com/study) proves it works",
    "Sources: www.easycash-daily.example.com, I made £900 this week",
])
def test_a_link_on_a_sellers_host_is_no_source(text: str) -> None:
    assert LINK in _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "The report is at www.fiscal.example.org.uk/budget-2026, the cuts are bigger than announced",
    "Source: www.records.example.gov/2026/tables",
    "According to www.harbourtimes.example.co.uk/news/ferry the ferry is staying",
    "The bill is at www.legislation.example.gov.uk/bills/42, read clause 3",  # a bill, not a bill to pay
])
def test_a_link_on_an_ordinary_host_is_still_a_source(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


# --- "at" where one is, was or worked, in plain variants ---

@pytest.mark.parametrize("text", [
    "My cousin worked at Kozmo dot com",
    "She was a manager at Flooz dot com for a year",
    "He is at Ebay dot com these days",
    "She's at Flooz dot com since the spring",
    "They were both interns at Webvan dot com",
    "my two years at Lastminute dot com",
    "The data at ourworldindata dot org",
])
def test_at_where_one_is_or_was_is_no_spelled_out_link(text: str) -> None:
    assert "contains link-like text" not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "Get your cheap tickets at tixforless dot biz",
    "Join the movement at Vote Harley dot com",
    "no password needed. boostyourflickr dot com",
    "Best odds anywhere: freebetz dot net",
    "I got mine at cheapgigz dot com",  # (where one got something is where to go)
    "Tickets are at cheapgigz dot com",  # ("is at" without when: where something is to be had)
    "More info is at tixforless dot biz",
    "It's at cheapgigz dot com, order now",
])
def test_at_where_to_go_and_a_domain_at_the_end_are_still_link_like(text: str) -> None:
    assert "contains link-like text" in _reasons(text)
    _agree(text)


# --- a commenter asking after a removed comment ---

@pytest.mark.parametrize("text", ["Comment deleted?", "Comment removed??", "My comment was removed?",
                                  "Why was my comment deleted, mods?", "Another comment censored?"])
def test_a_commenter_asking_after_a_removed_comment_is_no_spam(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", ["Comment below and subscribe for more", "Please comment and like my video",
                                  "Comment removed? Subscribe to my channel instead",
                                  "Comment deleted? check out my page www.vids-hub.example.com"])
def test_requests_for_comments_and_spam_after_a_removal_are_still_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


# --- a notice's reason: the comment's breach or the site's rules, not a complaint naming rules ---

@pytest.mark.parametrize("text", [
    "Comment removed because the mods think free speech breaks the rules",
    "Post deleted because the moderators hate anyone who breaks their rules",
    "Reply removed because the editors ignore the rules of fair debate",
])
def test_a_complaint_naming_rules_after_because_is_no_notice(text: str) -> None:
    assert not is_removal_notice(text)


@pytest.mark.parametrize("text", [
    "Comment removed because the moderators found it broke the house rules.",
    "This reply was removed because the moderation team judged it abusive.",
    "Post removed because the moderators judged that it went against our guidelines.",
    "This comment was removed because the moderators applied our community standards.",
])
def test_a_notice_giving_the_breach_or_the_sites_rules_after_because_is_a_notice(text: str) -> None:
    assert is_removal_notice(text)
    assert score_spam(text).score == 0.0
    _agree(text)


# --- a notice's link: the site's rules page, not a community a spammer invites to ---

@pytest.mark.parametrize("text", [
    "Comment removed. Come and join our community: www.betting-tips.example.com",
    "This comment was deleted. The best community online is www.freespinz.example.com",
    "Comment removed. See www.freebets.biz/community",  # a rules page on a seller's host
])
def test_a_spam_link_after_a_notice_inviting_to_a_community_is_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "This comment was removed for breaching our community standards. See www.example-news.com/community",
    "This comment was removed. Our community guidelines are at www.example-news.com/help",
    "This comment was removed for breaking the rules: www.example-news.com/info/house-rules",
])
def test_a_notice_linking_to_the_sites_rules_page_is_still_the_sites(text: str) -> None:
    assert score_spam(text).score == 0.0
    _agree(text)
