"""Session 38 (H270): the grant or loan agent's testimonial, as forums, fundraising pages' "words of
support" and planning portals' public comments carry it: a titled name credited with a grant or a loan
the writer got in hours or days, and an order to message that person at a social handle. And the
genuine comments that look like it (a donor naming a charity, a knitter pointing to her own pattern
page, a resident naming a local firm, a club's grant through a named officer). Every text is invented
for these tests; the single-text path (score_spam) and the build's (score_comments) must agree on all
of them."""

import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam

AGENT = "recommends a grant or loan agent to message"

AGENT_TESTIMONIALS = [
    "Times are hard for everyone. I received a £12,000 relief payment in 3 days through Mr Dorian Falk, "
    "he is legit. Contact him on IG @dorian.falk.relief",
    "Thanks to Dr Miriam Osei I got a $30,000 business loan within 24 hours!! Reach out to her @osei_funding",
    "Mrs Petra Lindqvist sorted me a £9,000 grant in one day, no credit checks. Message her on Facebook "
    "@petra.lindqvist.help and say Jo sent you",
]


@pytest.mark.parametrize("text", AGENT_TESTIMONIALS)
def test_agent_testimonials_are_spam(text: str) -> None:
    assert AGENT in _reasons(text)
    assert score_spam(text).is_spam
    _agree(text)


@pytest.mark.parametrize("text", [
    # the money credited to a titled name, fast, each way round
    "got a hardship grant in 2 days from Mrs Alma Reyes",
    "Mr Tobias Grent got me a loan in 48 hours",
    "with the help of Ms Ada Klein I received a grant within 3 days",
    # an order to message someone else at a handle
    "Please message her @quick.grants.uk",
    "Great cause. Contact him via Instagram: @fundfinder_tom",
    "Text Mrs Orla Vance on TikTok @orlavance",
])
def test_each_agent_cue_fires(text: str) -> None:
    assert AGENT in _reasons(text)


GENUINE = [
    # a donor naming a real charity, and money given or got in ordinary ways
    "Donated £20 and Macmillan matched it through my work, good luck Terry.",
    "I got a £500 hardship grant from the council in 2 days last winter, apply on their website, it's real.",
    "The club got a £40,000 Sport England grant through Mr Hughes at the parish council after two years "
    "of bids.",
    "Mrs Patel at the food bank helped us apply for a grant and it came through in six weeks.",
    # a knitter pointing to her own pattern page in a helpful answer
    "I had the same problem with the heel turn. I wrote the fix up on my pattern page @woolly.jo.knits, "
    "it's free.",
    # a third person to ask, with no handle
    "Message her on Facebook, she runs the table bookings for the Christmas fair.",
    "Contact him on the group page, he has spare needles.",
    # a resident naming a local firm
    "We used Hartley & Sons for our extension and Mr Hartley was brilliant, had the plans in within days.",
    "Ring Dave at Brookside Electrical and tell him Sue sent you, he sorted our floodlight wiring for £300.",
    # not an order: one's own dealings
    "I message her @ the weekends usually, she's my sister.",
]


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_comments_are_not_agent_spam(text: str) -> None:
    assert AGENT not in _reasons(text)
    assert not score_spam(text).is_spam
    _agree(text)


def test_own_handle_is_not_an_agent() -> None:
    # (the spam model, trained on YouTube comments, calls this one spam by itself: "message me" and a
    # handle are its channel plugs; only this signal's part is asked here)
    text = "Message me @purlwise if you want the chart, happy to share."
    assert AGENT not in _reasons(text)
    _agree(text)
