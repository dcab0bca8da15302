"""Session 37 review (H233) of H226's spam change (plugs and adverts without links, the model alone at
ALONE_ODDS, newsroom mailboxes, a sum alone, the earnings-boast cues) and H219's ASCII stand-ins for the
rule check. Written as tests: a plain test pins behaviour that is right, a strict xfail names a fault
(and says when it is a regression against 24b1992, the code before both). Every text is invented."""

import pytest
from spam_support import assert_paths_agree as _agree

from components.enrich import spam
from components.enrich.spam import score_spam

# --- recall: spam that 24b1992 caught and the change lets through ------------------------------------


@pytest.mark.parametrize("text", [
    "Contact enquiries@bitcoinrecovery.com, they got my money back from a fake broker",
    "For daily trading tips email tips@fxsignalspro.com",
    "Earn from home, write to press@homeincome.com",
    "Looking for a sugar daddy? Write to editor@sugarmeet.com",
    "write to readers@bitprofits.com for the secret",
])
def test_a_role_mailbox_on_a_scammers_host_is_still_a_link(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I can help you recover your hacked account",
    "Earn free gift cards by playing games",
    "Want free gift cards? Reply below",
    "New to crypto? I can help you make profit daily",
    "Bitcoin doubled my money, thank God",
    "Text me if you're lonely",
    "Share this to 10 people or you'll have bad luck",
])
def test_link_free_scams_and_bait_the_model_caught_alone_stay_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Hey guys, I just started making videos about cooking, would love your support",
    "I'm trying to become a famous singer, please help",
    "Follow for more",
    "Don't forget to follow",
    "\u2728 follow for more \u2728",
])
def test_a_creators_plea_and_follow_bait_stay_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I now make $8k a month and quit my job",
    "Everyone can make 500\u20ac weekly, I did",
    "Thank you so much, I just received $5,200 in my account",
    "Made $1,200 last month and I'm just getting started",
])
def test_an_earnings_boast_with_only_a_sum_stays_spam(text: str) -> None:
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I made $3,000 this week, ask me how I did it",
    "Paid off my mortgage in a year trading, ask me how I did it",
])
def test_ask_me_how_i_did_it_closes_an_earnings_boast(text: str) -> None:
    assert score_spam(text).is_spam


# --- false alarms: the new cues on ordinary comments -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tickets for our next game are on sale at the club shop, and they've put them up again.",
    "My single biggest worry is that the old school site is now on sale to developers.",
    "My course of physio is available on the NHS now, after two years of waiting.",
    "My first app for the bank is available in the app store but it never works.",
])
def test_an_own_work_word_in_its_other_sense_is_no_plug(text: str) -> None:
    assert not score_spam(text).is_spam


def test_an_author_arguing_on_topic_who_says_the_book_is_out_is_not_spam() -> None:
    text = ("My new book on the history of the canal is out now, and I found the council minutes say the "
            "opposite of what the leader claims.")
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Ask me how much my council tax went up: \u00a3400 this year.",
    "Ministers want 20 per cent off the NHS budget, that's \u00a330bn.",
    "I'm working from my sofa because the heating broke and the \u00a340k repair was refused.",
    "More than 5,000 happy families used the lido before the council sold it for \u00a31.",
    "Search Hansard today: he voted for the \u00a32bn cut in 2019.",
])
def test_a_new_weak_cue_beside_a_sum_in_an_argument_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "They promised free repairs or your money back and then went bust.",
    "The builder said it'd be fixed in a week or your money back. Still waiting, \u00a33,000 down.",
])
def test_money_back_quoted_in_a_complaint_is_no_guarantee(text: str) -> None:
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I've put the details on my profile for anyone who wants the petition wording.",
    "Please quote this letter when you write to the council, and ring them on 01632 960000.",
])
def test_a_profile_or_a_letter_named_in_civic_use_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "My new book on this is out in May, and the chapter on the bypass inquiry covers exactly this.",
    "Ask me how I know: I sat on that committee for six years.",
    "They want to take 20 per cent off the budget for libraries.",
    "I want my money back from the council for the parking fine they wrongly issued.",
    "Join thousands of residents who objected to the incinerator.",
    "Join over 2,000 happy residents who signed the petition for the park.",
    "Mention this letter to your MP when you write.",
])
def test_ordinary_uses_the_new_cues_spare_stay_genuine(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)


# --- the ASCII stand-in reading (H219) -----------------------------------------------------------------


def _every_pattern_mask(clean: str) -> int:
    """The rule bits as re finds them with every SIGNALS pattern, the plain path."""
    return sum(1 << n for n, signal in enumerate(spam.SIGNALS) if signal.pattern.search(clean))


@pytest.mark.parametrize("text", [
    "Search B\u00e4ckerei M\u00fcller today!",                     # accents
    "Check out my channel \U0001F3B5\U0001F3B6",                   # emoji
    "Search \u6771\u4eac\u30e9\u30fc\u30e1\u30f3 today!",          # CJK
    "Check out my channel\u200f please",                           # an RTL mark
    "\u202bcheck out my channel\u202c",                            # RTL embedding
    "Cafe\u0301 owners: 20% off everything this weekend only",     # a combining accent
    "look at the \u212aelvin sign, check out my channel",          # the Kelvin sign
    "I \u029f\u1d0f\u1d20\u1d07 this, check out my channel",       # small capitals
    "Join 4,000 happy customers \U0001F60D",
    "Ask me how \U0001F609",
    "The \u6771\u4eac office closed and nobody told us \u00bf",    # no signal at all
])
def test_the_ascii_stand_in_reading_agrees_with_the_plain_patterns(text: str) -> None:
    clean = spam.normalise_text(text)
    assert spam._patterns_mask(clean, clean.lower()) == _every_pattern_mask(clean)
