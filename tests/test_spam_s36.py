"""Session 36 (H191): a gallery of invented spam in the styles real comment sections carry, and of
genuine comments that look promotional but are not spam. Every text is invented for these tests (no
fixture's words); the single-text path (score_spam) and the build's (score_comments) must agree on all
of them. What the rules still miss is kept as strict xfails at the end."""

import pandas as pd
import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_comments, score_spam

MESSAGING = "gives a handle or a number on a messaging app"
LINK = "contains a link"
LINK_LIKE = "contains link-like text"

SPAM = [
    # crypto / forex "recovery expert" and "account manager" testimonials
    "I lost $48,000 to a fake trading app last year and thought it was gone for good. A recovery expert, "
    "Mr Dalton Reeve, got every cent back in 9 days. Reach him on WhatsApp +1 (415) 555 0198",
    "Big thanks to Mrs Coralie Fenn, my account manager, I now earn 12k a week from a 1k start. She is on "
    "Telegram @coraliefenn_fx",
    "Anyone scammed by crypto brokers should contact CYBERHAVEN RECOVERY, they traced my stolen BTC and "
    "returned it. Email cyberhavenrecovery at gmail dot com",
    "Investing with Tobias Wren changed my life, $3,500 became $41,000 in a month. Message him on whatsapp, "
    "he will guide you",
    "I was skeptical too but my portfolio manager Ms Ilse Vantongeren is the real deal. Her "
    "telegram: ilse_trades",
    # work-from-home earnings
    "I am making $210 an hour working from my sofa. Last month my pay was $17,400, I couldn't believe it. "
    "Details on my profile",
    "Single mum here, I started six weeks ago and I already take home £6,000 a month doing simple online "
    "tasks from my phone. Ask me how",
    "Google pays me 95 dollars per hour to work on my laptop. Go to this site and click Home for more info: "
    "earnhub-daily.work/start",
    # dating and adult bait
    "Hey handsome, I am lonely tonight 💋 check my pics, link in bio",
    "Bored? Real girls near you want to chat tonight 🔥 tap my profile",
    "Looking for a serious man to share life with, I'm 29 from Kyiv, write me at sweetolena29@mailbox.com",
    # "you won" and phishing
    "CONGRATULATIONS! You were picked as one of our 5 lucky winners of an iPhone 16. Send your address and "
    "delivery fee to claim",
    "Your mobile number has won £750,000 in the 2026 UK Online Draw. Contact our claims agent on "
    "claims.desk@draw-uk.com to receive your payment",
    "Dear customer, your parcel could not be delivered. Pay the £1.99 redelivery fee here to reschedule: "
    "royal-mail-redeliver.info",
    "Your energy account qualifies for a £400 rebate. Verify your bank details within 24 hours at "
    "ofgem-refunds.help to receive it",
    "Your account has been suspended. Confirm your identity here to restore access: secure-verify-login.net",
    # SEO link drops
    "Nice article. For the best roof repairs in Leeds see leedsroofpros.co.uk",
    "Great read! We offer affordable essay writing help, 24/7 support. Visit top-essay-writers.net",
    "Thanks for sharing, very informative. cheap car insurance quotes at quotecompare.uk",
    "Best hiking boots and down jackets at the lowest price, visit summitgearhub.pk, free delivery "
    "nationwide",
    # follow for follow
    "follow me and i follow back 100%, lets grow together 🙏",
    "Who wants to be friends? Follow my page and I'll follow you back ❤️",
    "F4F anyone?? drop your @ below",
    # channel and shop self-promotion
    "I made a whole video breaking this story down, link on my channel, would mean a lot if you "
    "gave it a watch",
    "Hand-poured soy candles, 20% off this weekend only, search Wickfield Candles on Etsy",
    # a spam reply under a genuine comment
    "@Marion Keys totally agree with you. By the way, I've been earning $300 a day online, no skills "
    "needed, DM me",
    # non-English
    "Заработок в интернете от 3000 рублей в день! Пишите в WhatsApp +7 900 123 45 67",
    "Быстрый доход без вложений, пиши в телеграм @dohod_bystro",
    "Gana dinero desde casa, hasta 500 euros a la semana. Escríbeme por WhatsApp",
    "在家工作，每天赚500元，加微信 abc12345",
    "Verdiene 400 Euro am Tag von zu Hause aus, schreib mir auf Telegram",
    "Ganhe dinheiro em casa! Chame no WhatsApp (11) 98765-4321",
    # obfuscated spellings, homoglyphs, spaced-out links, phone numbers written out
    "Contact him on w.h.a.t.s.a.p.p for the trading signals",
    "Reach me on t e l e g r a m: fxqueen77",
    "DM on T3legram @quickprofit_ng for signals",
    "visit bestdeals . shop/summer for 70% off",
    "gоogle-rewards.com/claim",  # a Cyrillic "о"
    "go to ｗｗｗ．luckyspin．ｃｏｍ now",
    "call me on zero seven nine eight one two three four five six seven",
    "WhatsApp: plus two three four eight zero three one two three four five six seven",
]

HAM = [
    # a local business owner's on-topic opinion
    "As someone who runs the bakery on the high street, I can tell you the closure cost us about a third "
    "of our summer trade. The trust never asked us.",
    "I own a bike shop and honestly I think the ban is right, e-scooters are a menace on the path.",
    "Full disclosure, I sell paddleboards too, but I think the closure is fair for the terns.",
    # a commenter linking a source or a petition
    "The petition is here if anyone wants to sign: change.org/p/save-the-pool",
    "The Which? guide on this is worth a read: which.co.uk/consumer-rights/refunds",
    "For anyone asking, the charity has a short guide to the new rules for tenants: shelterhelp.org.uk/rules",
    "The parish council's minutes are on their website: hexleyparish.org.uk/minutes-march.pdf",
    "Source for the 40% figure: the council's own report, page 12 of the March minutes.",
    "Check the minutes yourself, they're on the parish council website.",
    # a musician mentioning their own gig in context
    "We're playing the Crown on Friday and we'll be doing a set in her honour, she meant a lot to every "
    "band in this town.",
    "Tickets for the benefit gig are £10 on the door, all money goes to the lifeboat crew.",
    # someone quoting a spam message to mock it
    "Got a message this morning: 'I am single lady from Kyiv write to me on my profile'. The bots are "
    "really out in force on this story lol",
    "Someone upthread is selling crypto 'recovery' services. Please don't reply to them, it's a "
    "scam, report it.",
    # a helpline number
    "If anyone's struggling after reading this, Samaritans are on 116 123, any time, free.",
    "The helpline is 0800 123 4567 if you've been affected, they were brilliant with my mum.",
    # everyday words near the new signals
    "My daughter works from home three days a week and the commute costs would kill her otherwise.",
    "They paid £300 for the tickets and got nothing. The organisers should refund every one of them.",
    "Follow the money. The developer donated £50,000 to the council leader's campaign.",
    "I won a free raffle prize at the fete last year, they're lovely people who run it.",
    "For the record I'm a forex trader by profession and even I think this is reckless.",
    "Just joined Telegram to follow the campaign group, they post updates there.",
    "The residents have a WhatsApp group of 200 people now, it started with six of us.",
    "Never confirm your bank details to anyone who rings you, the bank will not ask.",
    "The fund manager said the pension scheme had lost a fifth of its value.",
    "Women in our town were scared to walk home after dark, that's why the lights matter.",
    "She is looking for a serious answer from the council, not another press release.",
    "I went to the school in Kraków and we paid 400 euros a term, it was cheap.",
    "Mr Dalton was our headteacher for twenty years, a lovely man.",
    "Count them: one two three four five six seven eight, that's how many shops shut this year.",
]

_MODEL_SAYS_SPAM = pytest.mark.xfail(strict=True, reason="the model alone, weighed as the section again "
                                     "(review s37e: the extra shift lost link-free spam), reads this as spam")


@pytest.mark.parametrize("text", SPAM)
def test_invented_spam_in_many_styles_is_spam(text: str) -> None:
    assert score_spam(text).is_spam, score_spam(text).reason
    _agree(text)


@pytest.mark.parametrize("text", HAM)
def test_genuine_comments_that_look_promotional_are_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason
    _agree(text)


# --- the signals one by one: what they fire on and what they leave alone ---

@pytest.mark.parametrize("text", [
    "Telegram @fx_signals_daily",
    "whatsapp: +44 7700 900123",
    "W.h.a.t.s.a.p.p +234 803 123 4567",
    "t e l e g r a m - goldtrades_77",
    "Пишите в WhatsApp",
    "escríbeme por whatsapp",
    "t.me/fastprofit",
])
def test_where_to_write_on_a_messaging_app_fires(text: str) -> None:
    assert MESSAGING in _reasons(text)


@pytest.mark.parametrize("text", [
    "Just joined Telegram to follow the campaign group.",
    "The WhatsApp group has 200 members now.",
    "WhatsApp was down for an hour this morning.",
    "What's app is everyone using for the school run rota?",
])
def test_a_messaging_app_named_alone_does_not_fire(text: str) -> None:
    assert MESSAGING not in _reasons(text)


@pytest.mark.parametrize("text", [
    "Visit quickloans-now.ph today",
    "Visit karakoramtreks.pk for the route",
    "quotecompare.uk",
    "claim at prize-desk.claims",
])
def test_country_and_lure_endings_are_links(text: str) -> None:
    assert LINK in _reasons(text)


@pytest.mark.parametrize("text", [
    "It was fine.In the end nobody came",  # a missing space, not a domain
    "Email them at complaints@harnley.gov.uk",
    "The figures come from gov.uk and the ONS",
])
def test_words_run_together_and_an_offices_host_are_no_new_link(text: str) -> None:
    assert LINK not in _reasons(text)


def test_a_bot_repeating_a_genuine_comment_word_for_word_is_flagged_as_the_copy() -> None:
    genuine = ("The trust should have consulted the paddleboard hire people before closing the spit for "
               "the whole summer, it's their living.")
    frame = pd.DataFrame({"author": ["Moira Penrose", "Wendy Abbot", "lucky_deals_4u"],
                          "text": [genuine, "I agree with Moira on this one.", genuine]})
    scored = score_comments(frame)
    assert scored["is_spam"].tolist()[2]
    assert "repeats a comment posted by Moira Penrose" in scored["spam_reason"].tolist()[2]


# --- what is still missed, in general terms ---

def test_a_plug_of_ones_own_podcast_without_a_link() -> None:
    assert score_spam("New episode of my podcast covers exactly this!! Search 'Loud Kettle Pod' wherever "
                      "you listen").is_spam


@_MODEL_SAYS_SPAM
def test_a_thank_you_for_comments_is_not_spam() -> None:
    assert not score_spam("Thank you for all your kind comments, it has meant a lot to the family.").is_spam


@_MODEL_SAYS_SPAM
def test_a_pointer_to_a_speech_on_youtube_is_not_spam() -> None:
    text = "Search his name on YouTube and you'll find the whole speech."
    assert "pushes the reader to act" not in _reasons(text)
    assert not score_spam(text).is_spam


@_MODEL_SAYS_SPAM
def test_a_real_rebate_explained_is_not_spam() -> None:
    assert not score_spam("If your household is eligible for the £150 rebate you get it "
                          "automatically, no need "
                          "to apply.").is_spam


@pytest.mark.parametrize("text", [
    "Half price passes!! claim yours at bargain-passes .shop before they sell out",
    "cheap skins at skin-vault-deals .store, use code WIN",
    "all the episodes free at watch-it-free .online",
])
def test_a_hyphenated_host_spaced_before_its_glued_ending_is_link_like(text: str) -> None:
    assert LINK_LIKE in _reasons(text)
    _agree(text)


@pytest.mark.parametrize("text", [
    "We booked a last-minute . Live and learn, I suppose",
    "It was a one-off .  Store it away and move on",
    "That was a well-known fact .Shop owners knew it first",  # no hyphenated host before the dot
    "Our pop-up shop is on the high street this weekend",
])
def test_a_stray_space_before_a_stop_is_not_link_like(text: str) -> None:
    assert LINK_LIKE not in _reasons(text)
