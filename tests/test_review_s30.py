"""Session 30 review (H110) of the lead's spam changes a5b2f6d, 4616fd3, f771c9f: removal notices,
"is paying", the model's odds for a comment section, the new template rules (a spelled-out domain,
the follow-back swap, a trader's free quote, the game-currency lure, the spell-caster testimonial)
and "giveaway". Ordinary comments of news comment sections, written for this review, must leave the
rules alone; slight variants of the templates must still be caught; score_spam and score_comments
must agree. The faults left open here as strict xfails were fixed in session 31 (tests/test_spam_s31.py)."""

import pandas as pd
import pytest
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_comments, score_spam
from components.parse.notices import is_removal_notice


def _alone(text: str) -> tuple[bool, float]:
    """is_spam and spam_score of one comment scored by the vectorised path."""
    row = score_comments(pd.DataFrame({"author": ["someone"], "text": [text]})).iloc[0]
    return bool(row["is_spam"]), float(row["spam_score"])


# --- ordinary comments the new rules fired on, each spam on that one rule before the review ---

@pytest.mark.parametrize("text", [
    "my dad was a spell caster in the panto every Christmas",
    "The powerful spell of nationalism is hard to break",
    "His rhetoric was a powerful spell on the crowd",
    "My nan believed in love spells and horoscopes, God rest her",
    "Harry Potter fans will know the love spell bit was the best scene",
    "The money spell of cheap credit is over, rates are up",
    "The lottery spells ruin for poor families, that's the truth",
    "The herbal medicine for my arthritis did nothing",
    "In Nigeria people still consult a herbal doctor for malaria and that's a health problem",
    "The herbal doctor my gran used cured nothing but she swore by him",
    "Dr Who has a love spell episode that my kids adore, contact with aliens is the theme",
    "Ofcom should ban these spell caster adverts, my mum got scammed, contact the police if you see them",
    "The love spell scene was cut from the film, email the studio if you want it back",
    "My ex is back at the pub every Friday, he thinks he's a spell caster with the ladies",
])
def test_a_spell_or_a_herbal_doctor_in_passing_is_no_testimonial(text: str) -> None:
    assert "offers a spell or a cure" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "sub 4 sub is dead on YouTube now, the algorithm punishes it",
    "The f4f culture on Instagram is ruining photography",
    "Like 4 like accounts are all bots anyway",
    "He used to follow back 100 percent of accounts, which is how bots got in",
    "I followed back 100 accounts by mistake last night",
    "Follow back guaranteed is how the bots get you, don't fall for it",
    "Proper sub for sub at half time, the manager has no plan",
    "It was a sub for sub change, like for like, no tactical shift",
    "Like-for-like sales are down 3% at the big supermarkets",
    "Sub4sub channels got banned in the last purge, good riddance",
])
def test_words_about_the_follow_back_swap_are_no_swap(text: str) -> None:
    assert "promotes the author's own channel or page" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "the council is paying £2m for consultants while the libraries close",
    "The council is paying 2 million to consultants, absolute scandal",
    "Arsenal is paying £300k a week for a player who can't stay fit",
    "My employer is paying 5% into my pension which is the minimum",
    "Joe is paying 3 times what I pay for car insurance",
    "Ireland is paying 1 billion in fines to the EU if we don't hit targets",
    "The club is paying up to £5,000 a week for youth coaches which is outrageous",
    "The scheme is paying people £350 to take in refugees, I think it's great",
    "The government is paying everyone £400 off their energy bills",
    "The state is paying students $500 to move to rural Ohio",
    "My husband is paying £50 a month for that phone, it's daylight robbery",
    "Who is paying £9.99 a month for that app?",
    "The firm is paying £400 compensation to every customer after the data breach",
])
def test_a_club_a_council_or_a_household_paying_is_no_job_offer(text: str) -> None:
    assert "reads like a money or job offer" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "Most plumbers will come out for a free quote, just ask",
    "I got three builders round for a free quote and the cheapest was double last year's",
    "I'd ring them for a free quote before you sign anything",
    "Citizens Advice gave me a free consultation about my tenancy, brilliant service",
])
def test_getting_a_free_quote_is_no_trader_s_offer(text: str) -> None:
    assert "advertises a shop's offer" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "free gems of advice in this thread, cheers lads",
    "free robux scams are everywhere on TikTok, watch your kids, click nothing",
    "Epic give free skins with every battle pass, here is what you get",
    "There are no free gems in Clash of Clans, here's how the store actually works",
    "My son keeps asking for free v-bucks, here's what I told him",
    "Free gems on Clash are earned in game, no link to real money, my kids know that",
])
def test_free_game_currency_talked_about_is_no_lure(text: str) -> None:
    assert "announces a prize to claim" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "The Budget was a big giveaway to pensioners before the election",
    "A massive giveaway to landlords, that's what this policy is",
    "the 5 billion giveaway to developers should be investigated",
    "Another tax giveaway for the rich, follow the money",
    "£150 giveaway for every household, enter the real world chancellor",
    "A giveaway for the rich and a tax for the poor. Join the dots.",
    "The £2bn giveaway comes with a hefty price tag for our kids",
    "Big giveaway to you and me? Don't make me laugh",
])
def test_a_political_giveaway_is_no_call_to_act(text: str) -> None:
    assert "pushes the reader to act" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "I lost my shirt in the dot-com era and never bought a tech share again",
    "It was a right dot com boom, everyone quitting to do startups",
    "Pets dot com went bust in 2000 and nobody remembers it",
    "Amazon dot com is a monopoly and the regulators know it",
    "Boo dot com burned through millions in months",
    "I ordered the same kettle off amazon dot co dot uk for half the price",
    "Bloody hell, the council's website is just their name dot gov dot uk, how hard can it be",
])
def test_a_domain_named_in_a_sentence_is_no_spelled_out_link(text: str) -> None:
    assert "contains link-like text" not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", ["I was at Pets dot com in 1999 and it was chaos",
                                  "Check the facts at fullfact dot org before you share this rubbish"])
def test_at_a_named_domain_in_a_sentence_is_no_spelled_out_link(text: str) -> None:
    assert "contains link-like text" not in _reasons(text)


# --- the templates in slight variants (capitals, digits for letters, brackets, emoji) ---

@pytest.mark.parametrize(("text", "reason"), [
    ("Best prices on festival passes, visit tix-for-less DOT BIZ", "contains link-like text"),
    ("Best prices on festival passes, visit tix-for-less d0t biz", "contains link-like text"),
    ("grow your page boostmyfaves dot c0m", "contains link-like text"),
    ("grow your page at boostmyfaves {dot} com", "contains link-like text"),
    ("grow your page at boostmyfaves [.]com", "contains link-like text"),
    ("grow your page at boostmyfaves -dot- com", "contains link-like text"),
    ("grow your page at boostmyfaves 🔹dot🔹 com", "contains link-like text"),
    ("grow your page at boostmyfaves DOT shop", "contains link-like text"),
    ("Join the fight at Rand Paul dot com. Spread the word.", "contains link-like text"),
    ("Want more faves? No password needed. boostyourflickr dot com", "contains link-like text"),
    ("Sub-4-Sub anyone? I sub back", "promotes the author's own channel or page"),
    ("subforsub", "promotes the author's own channel or page"),
    ("I follow back 100%", "promotes the author's own channel or page"),
    ("Roofing & guttering, contact us today for your no-obligation free quote", "advertises a shop's offer"),
    ("Roofing and guttering, free quotes, call 07700 900123", "advertises a shop's offer"),
    ("Roofing and guttering, DM me for a FREE QUOTE!!", "advertises a shop's offer"),
    ("FREE V BUCKS GENERATOR", "announces a prize to claim"),
    ("5000 FREE GEMS!!! NO SURVEY 👉 link in bio", "announces a prize to claim"),
    ("Thanks to Lord Baba, the spell-caster, my ex is back", "offers a spell or a cure"),
    ("I was heartbroken until I met Dr Zuma the spellcaster who brought back my ex in 48 hours",
     "offers a spell or a cure"),
    ("Is your lover leaving you? Contact DR OKAFOR for powerful love spell, 100% result",
     "offers a spell or a cure"),
    ("Massive PS5 giveaway on my page!!!", "pushes the reader to act"),
    ("HUGE giveaway for my subscribers, tag 3 friends", "pushes the reader to act"),
    ("This company is paying up to £300 a day, no experience needed", "reads like a money or job offer"),
    ("Amazon is paying people to test products at home", "reads like a money or job offer"),
])
def test_a_template_s_variant_is_still_named(text: str, reason: str) -> None:
    assert reason in _reasons(text)


@pytest.mark.parametrize("text", ["grow your page at boostmyfaves dot c o m",
                                  "grow your page at b o o s t dot com"])
def test_a_domain_spelled_letter_by_letter_is_named(text: str) -> None:
    assert "contains link-like text" in _reasons(text)


def test_s4s_is_a_swap() -> None:
    assert "promotes the author's own channel or page" in _reasons("s4s anyone")


# --- removal notices: the site's words, and only those ---

@pytest.mark.parametrize("text", [
    "This comment was deleted by the mods last time but here it is again: visit www.cheap-pills-online.com",
    "This comment was removed by a moderator. Get 5000 free gems no survey at gemz dot com",
    "This post was removed, sub4sub anyone?",
    "Comment deleted. DM me for a free quote, roofing 07700 900123",
])
def test_spam_after_a_notice_s_words_is_still_spam(text: str) -> None:
    assert is_removal_notice(text)  # it reads as a notice ...
    assert _reasons(text)  # ... but what follows is the commenter's
    assert score_spam(text).is_spam
    assert _alone(text)[0]


def test_a_commenter_speaking_after_a_notice_s_words_keeps_the_near_duplicate_rule() -> None:
    text = "This comment was deleted by the mods last time but I'll say it again: the club is run by clowns"
    assert is_removal_notice(text)
    scored = score_comments(pd.DataFrame({"author": ["Ann Lee", "Tom Reed"], "text": [text, text]}))
    assert scored["spam_reason"].str.contains("repeats a comment").all()


@pytest.mark.parametrize("text", [
    "This comment has been deleted.", "THIS COMMENT HAS BEEN DELETED.", "  This comment has been deleted!",
    "(This comment has been deleted)", "This comment has been deleted 🗑️", "[removed]",
    "This comment has been removed by the author.", "Comment removed for breaching our guidelines",
    "Ｔｈｉｓ ｃｏｍｍｅｎｔ ｈａｓ ｂｅｅｎ ｄｅｌｅｔｅｄ．",
])
def test_a_notice_still_has_no_spam_signal(text: str) -> None:
    assert score_spam(text).score == 0.0
    assert _alone(text) == (False, 0.0)


def test_a_notice_with_a_link_to_the_rules_is_no_spam() -> None:
    assert not score_spam("This comment has been removed for violating our guidelines. "
                          "Visit www.site-rules.org for the rules").is_spam


@pytest.mark.parametrize("text", ["Comment removed? Typical of this paper",
                                  "Post deleted because the mods can't take criticism"])
def test_a_comment_about_removal_is_no_notice(text: str) -> None:
    assert not is_removal_notice(text)


@pytest.mark.parametrize("text", ["[ Removed by moderator ]",
                                  "This comment violated our community standards and was removed."])
def test_other_notice_forms_are_notices(text: str) -> None:
    assert is_removal_notice(text)


# --- the single-text path and the vectorised path agree ---

@pytest.mark.parametrize("text", [
    "&nbsp;",  # empty once normalised: the single path gave the model's score of empty text (0.011)
    "\u200bThis comment has been deleted.",
    "Ｔｈｉｓ ｃｏｍｍｅｎｔ ｈａｓ ｂｅｅｎ ｄｅｌｅｔｅｄ．",  # a notice once normalised (NFKC)
    "This comment has been removed" + " " * 120 + "because it broke the rules of this site, which you "
    "agreed to when you signed up for an account here.",  # a notice once its spaces are one
    "Ｔｈｉｓ ｃｏｍｍｅｎｔ ｗａｓ ｄｅｌｅｔｅｄ. check out my channel and subscribe please",
    "This comment was deleted by the mods last time but here it is again: visit www.cheap-pills-online.com",
    "Best prices on festival passes, visit tix-for-less d0t biz",
    "my dad was a spell caster in the panto every Christmas",
    "hey guys check out my new channel and subscribe please i do covers",
])
def test_score_spam_and_score_comments_agree(text: str) -> None:
    single = score_spam(text)
    assert _alone(text) == (single.is_spam, single.score)


# --- left open: the model alone, and a link alone ---

def test_check_out_in_an_ordinary_comment_is_no_spam() -> None:
    assert not score_spam("Check out the dot com in the ad, it's not even a real site").is_spam


def test_a_link_to_a_public_report_alone_is_no_spam() -> None:
    text = "The report is at gov.uk/government/publications/2024 if anyone wants to read it"
    assert not score_spam(text).is_spam
