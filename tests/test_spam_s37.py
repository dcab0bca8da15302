"""Session 37 (H226): spam that comment sections carry without a link (a plug of one's own book or
podcast, a trader's or a course's advert that ends "search <name> today" or "call … and mention this
comment"), and the genuine comments that look like it (a reader who runs a shop speaking on topic, a
price quoted in an argument, money one got back). Every text is invented for these tests; the
single-text path (score_spam) and the build's (score_comments) must agree on all of them."""

import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import signal_reasons as _reasons

from components.enrich.spam import SIGNALS, score_spam

PROMOTES = "promotes the author's own channel or page"
ACT = "pushes the reader to act"
SHOP = "advertises a shop's offer"
GUARANTEE = "promises guaranteed results"

# --- plugs and adverts without a link ---------------------------------------------------------------

PLUGS_AND_ADVERTS = [
    # one's own work announced for sale, no link
    "Fellow walkers might like to know my new guidebook, Ridges of the North Pennines, is now on sale at "
    "the visitor centre for £9.50.",
    "Our debut album is out now, give it a spin if you like folk.",
    "Anyone who remembers the old ferry will enjoy my latest calendar, available from the post office "
    "on Quay Street for £8.",
    "A new episode of our podcast digs into exactly this row. Search 'Tidewater Talk' wherever you get "
    "your podcasts.",
    # a course's or a trader's advert, closing with an order to search the name
    "Learning Spanish? Our online course takes you from complete beginner to fluent conversation in 12 "
    "weeks, 40% off this month, search Hola Academy today!",
    "Back pain holding you back? Our 4 week stretching plan works or your money back. Join 3,500 happy "
    "clients, search Flex Studio Online now.",
    # a local trader's letter: a discount and a number to ring
    "As a local plumber I see this every winter. Pipework Plus is offering readers 10 per cent off boiler "
    "servicing until March. Ring 01632 960555 and mention this comment.",
]


@pytest.mark.parametrize("text", PLUGS_AND_ADVERTS)
def test_plugs_and_adverts_without_a_link_are_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("My new novel, The Salt Road, is available to pre-order.", PROMOTES),
    ("The latest episode of my show is all about the bypass.", PROMOTES),
    ("Search Kettle & Crumb Bakes today for the full menu", ACT),
    ("Now 15 per cent off all garden furniture", SHOP),
    ("Join over 12,000 satisfied customers", SHOP),
    ("Bring this advert for a free coffee, or mention this post at the till", SHOP),
    ("Our method works or your money back", GUARANTEE),
    ("Comes with a money-back guarantee", GUARANTEE),
    ("Go from total beginner to confident driver in 6 weeks", GUARANTEE),
])
def test_each_advert_cue_fires_its_signal(text: str, reason: str) -> None:
    assert reason in _reasons(text)


GENUINE = [
    # a reader who runs a business, speaking on topic
    "I run a bakery on the high street and the parking charges have cut my trade by a third since April.",
    "As a builder myself I can tell you the quote they accepted was never going to cover the roof.",
    # one's own book or podcast mentioned, not sold
    "My new book arrived yesterday and it has a whole chapter on this dispute.",
    "I wrote about this in my book years ago and nobody listened.",
    "I talked about the closure on my podcast last month and got a pile of angry emails.",
    "My son's course is available at the college for free if you're under 19.",
    "Our new app from the council is available in the library, apparently, if you can find a librarian.",
    # a price or a discount quoted in an argument
    "They knocked 20 per cent off the price after the complaints, which tells you how inflated it was.",
    "A ticket was £12 last year and £18 now. Knock 10 per cent off and it's still a rise.",
    # money back, a beginner, customers, a search: in their ordinary senses
    "I got my money back from the airline after six months of emails.",
    "They want their money back and who can blame them.",
    "She went from complete beginner to county champion in three years, all on a council pitch.",
    "Over 4,000 angry residents signed the petition.",
    "Just search the council website today and you'll see the minutes.",
    "I'll search it today when I'm home.",
    "Please quote this letter in full next time rather than one line of it.",
]


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_comments_near_an_advert_are_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "My new book arrived yesterday and it has a whole chapter on this dispute.",
    "I talked about the closure on my podcast last month.",
    "Our new library card is available at the library.",
])
def test_ones_own_work_named_without_a_sale_is_no_promotion(text: str) -> None:
    assert PROMOTES not in _reasons(text)


@pytest.mark.parametrize("text", [
    "They knocked 20 per cent off the price after the complaints.",
    "I got my money back from the airline.",
    "She went from complete beginner to county champion in three years.",
    "Just search the council website today.",
    "Over 4,000 angry residents signed the petition.",
    "Please quote this letter in full next time.",
])
def test_advert_words_in_ordinary_use_fire_no_offer_or_order(text: str) -> None:
    assert not {ACT, GUARANTEE} & set(_reasons(text))
    assert not score_spam(text).is_spam


# --- the model alone --------------------------------------------------------------------------------

def test_a_comment_without_a_rule_signal_is_weighed_as_the_section() -> None:
    """Review s37e: the extra shift for the model alone (0.15) silenced link-free spam only the model
    knows (recovery pitches, gift-card bait, follow bait, chain letters); the model's probability now
    counts alike with or without a rule signal (and beside a sum alone)."""
    import numpy as np

    from components.enrich.spam import combine, load_model, spam_columns

    p = np.array([0.5, 0.9, 0.9])
    sum_bit = next(1 << n for n, s in enumerate(SIGNALS) if s.name == "money")
    rules = np.array([0, 0, sum_bit], dtype=np.int64)
    columns = spam_columns(p, rules, np.full(3, -1), lambda ids: [])
    threshold = load_model().threshold
    assert list(columns["spam_score"]) == pytest.approx([combine([], 0.5, threshold).score,
                                                        combine([], 0.9, threshold).score,
                                                        columns["spam_score"].iloc[2]])
    assert columns["spam_score"].iloc[2] > columns["spam_score"].iloc[1]  # the sum adds to the model


_MODEL_SAYS_SPAM = pytest.mark.xfail(strict=True, reason="the model alone, weighed as the section again "
                                     "(review s37e), reads these as YouTube spam (0.5-0.65)")
MODEL_ALONE_GENUINE = [
    # thanks, complaints about the site, blunt replies: YouTube's words for requests and promotion
    "Thank you for all your lovely comments, we read every one of them.",
    "Thanks for sharing this, please keep us updated on what the council decides.",
    "Third time today the app has crashed on me mid-article. Fix it please.",
    "Please see the planning portal for how to object before the deadline.",
    "Search her name on YouTube, the whole interview is there.",
    "Subscribers to the paper got the full story yesterday, the rest of us waited.",
    pytest.param("No. Just no. If you can't look after a horse you shouldn't own one.",
                 marks=_MODEL_SAYS_SPAM),
]


@pytest.mark.parametrize("text", MODEL_ALONE_GENUINE)
def test_the_model_alone_does_not_flag_ordinary_requests_and_thanks(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "plz help me reach 1000 subs",
    "Hey guys! I'm a young singer, show me some love and listen to my covers",
    "Hi all, I'm a new rapper from Leeds, go listen to my stuff and tell me what you think",
    "Hey everyone, I make beats, would love some feedback on my latest track",
])
def test_what_the_model_knows_well_or_a_plug_of_ones_music_stays_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "I'd rather listen to my old records than anything on that station.",
    "My daughter made me watch my own video from the council meeting. Never again.",
])
def test_ones_own_records_or_a_video_of_oneself_are_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


# --- a newsroom's or an office's mailbox ---------------------------------------------------------------

LINK = "contains a link"


@pytest.mark.parametrize("text", [
    # the outlet's own note under its article, a reader passing on where to complain or write
    pytest.param("Thanks for all your comments on this story. If you were affected by the flooding and want "
                 "to talk to us, get in touch: newsdesk@thekestrelpost.co.uk", marks=_MODEL_SAYS_SPAM),
    "If you want to complain, the address is complaints@harnley.gov.uk and they have to reply within 20 "
    "days.",
    "Write to letters@westongazette.co.uk, they printed mine last week.",
    "Complaints go to (complaints@harnley.gov.uk).",
])
def test_a_newsrooms_or_an_offices_mailbox_is_no_link(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


def test_the_outlets_own_note_gives_no_link() -> None:
    text = ("Thanks for all your comments on this story. If you were affected by the flooding and want to "
            "talk to us, get in touch: newsdesk@thekestrelpost.co.uk")
    assert LINK not in _reasons(text)


@pytest.mark.parametrize("text", [
    # a role mailbox on a host named in the text as the body's own, or a public body's
    "Write to the Ormsby Courier at letters@ormsbycourier.co.uk if you saw the fire.",
    "Complain to the Harbour Board at complaints@harbourboard.org, they answer within a week.",
    "Object by 5 May: planning@northvale.gov.uk",
])
def test_a_named_bodys_or_a_public_bodys_mailbox_is_no_link(text: str) -> None:
    assert LINK not in _reasons(text)
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    # a role mailbox on a host that is neither a newsroom's nor named as a body's own
    "Got my savings back, email enquiries@fundtracepros.com and mention my name",
    "Best signals in the game: tips@pipwinners.com",
    "Email media@quickcashclub.net for the invite",
])
def test_a_role_mailbox_on_any_other_host_is_a_link(text: str) -> None:
    assert LINK in _reasons(text)
    assert score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    # a person's or a shop's address, a lure's hyphenated host, a seller's host, an offer beside it
    "Looking for a kind man to share life with, I'm 31 from Minsk, write me at dasha_1993@postbox.com",
    "Contact news@recover-funds.net, they got my bitcoin back from a fake broker",
    "Email press@cheapdeals.com for the best prices",
    "Email press@bagsandmore.co.uk for 50% off all handbags this week only",
])
def test_a_persons_or_a_sellers_address_still_counts(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


# --- a sum alone, and the earnings boast ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # sums named in argument or explanation, with the model's small guess beside them
    "If your household qualifies for the £150 council tax rebate it is paid automatically, no form needed.",
    "Bills are up £300 a year and wages haven't moved.",
    "Ask me how I know: I paid £400 for the same survey.",
    "My nan signed the petition from her phone, just using her thumb, at 91.",
])
def test_a_sum_in_argument_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "I cleared $6,200 last month, ask me how",
    "My cousin makes £250 a day just using her phone in the evenings",
    "Turned £300 into £8,000 in a fortnight, message me how",
])
def test_the_earnings_boast_is_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


# --- review s37e: narrower plugs and cues ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our new single, Lanterns Over Tidewell, is out now on all platforms",
    "My debut game is available on Steam from Friday",
    "My online course is now on sale, beginners welcome",
    "My new cookbook is out now at Hollin's Books!",
    "Made £900 this month from my spare room, ask me how",
])
def test_a_plug_with_a_work_noun_or_a_boasts_close_is_spam(text: str) -> None:
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    "Our next match is on sale to members only, which is fair after last season.",
    "My textbook was available from the school library when I studied this.",
    "My first album purchase was on sale at Woolworths, and the council knocked it down.",
    "I made a complaint to the council last year, ask me how it went.",
    "Search the planning register today: the application was lodged in March.",
    "The garage said free repairs or your money back, and they paid up in the end.",
    "I put the details in my bio for anyone who wants to join the litter pick.",
])
def test_the_narrowed_cues_spare_ordinary_comments(text: str) -> None:
    assert not score_spam(text).is_spam
    _agree(text)
