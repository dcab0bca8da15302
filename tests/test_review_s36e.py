"""Session 36 review (H202) of the spam rules H191 added (messaging apps, testimonials, offers in other
languages, prize and phishing notices, more link forms, dating bait, "search X on Etsy") and of their two
exemptions (a helpline's number, a spam message quoted to mock it). Every text is invented. A plain test
pins what the rules get right; a strict xfail names a fault still there, most harmful first, each of
its cases one confirmed instance."""

import time

import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam

MESSAGING = "gives a handle or a number on a messaging app"


# --- false alarms on ordinary comments of a news section (each alone scores 0.5 or more) ---

@pytest.mark.parametrize("text", [
    "Mr Kowalczyk, a market trader, said the roadworks have halved his takings.",
    "Our local trader Mr Adeyemi has kept that shop going through two recessions.",
    "The fund manager Mrs Halloran told the meeting the pension pot had lost a fifth.",
    "According to the recovery expert Dr Lindqvist, patients now wait twice as long for a knee.",
    "I'll miss him, the broker was a regular at the Anchor for thirty years.",
])
def test_a_named_trader_or_fund_manager_in_the_story_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "Her WhatsApp is full of messages from angry parents, she told the paper.",
    "Their Telegram is where the protest group posts its plans, the police said.",
    "I message him on WhatsApp every week about the fence and he never replies.",
    "You can't even text them on WhatsApp, the surgery only takes calls at 8am.",
    "Ministers were told to reach them via WhatsApp rather than email, the inquiry heard.",
])
def test_a_person_in_the_story_reached_on_a_messaging_app_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "The council cut the budget.Money is tight everywhere now.",
    "They stopped the funding.Support for carers has collapsed since.",
    "It was a bad decision.Help is needed now, not next year.",
    "He lost the seat.Win some, lose some I suppose.",
])
def test_a_missing_space_before_an_ordinary_word_is_no_link(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "Die Abgeordneten verdienen 10000 Euro im Monat, das ist eine Frechheit.",
    "Заработная плата учителей 30000 рублей, это стыдно.",
    "В день выборов мне предложили 500 рублей за голос, позор.",
    "Eu fiquei em casa no dia da eleição, 50 euros de multa é um absurdo.",
])
def test_an_opinion_in_another_language_with_a_sum_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "Banks will never ask you to confirm your card details by text, so ignore it.",
    "Don't ever send your bank details to anyone who rings you out of the blue.",
    "Never, ever confirm your card details on a call you didn't make.",
    "You'll need to provide your bank details to the council to get the rebate.",
])
def test_a_warning_or_a_real_request_for_bank_details_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "I voted for them . Live and learn I suppose.",
    "Went to the match on Saturday . Club is in a total mess.",
])
def test_a_stray_space_before_a_full_stop_is_no_link(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "Education figures are at education.govt.nz if you want to check.",
    "The French rules are on service-public.gouv.fr for anyone moving there.",
])
def test_a_government_page_under_a_country_ending_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


@pytest.mark.parametrize("text", [
    "If you have information about the fire, write to me at the address above or ring the newsdesk.",
])
def test_an_appeal_to_write_to_the_author_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason


# --- spam the exemptions now let through ---

def test_a_sellers_own_advice_line_is_still_spam() -> None:
    text = "Debt problems? Our advice line is 0800 123 4567, we can write off up to 80% of what you owe."
    assert score_spam(text).is_spam, score_spam(text).reason


def test_recovery_spam_quoting_its_own_contact_is_still_spam() -> None:
    text = ("I was scammed of everything by a fake broker until a friend introduced me to \"Mr Dalton Reeve "
            "on WhatsApp +1 415 555 0198\", he got it all back.")
    assert score_spam(text).is_spam, score_spam(text).reason


# --- variants the new signals miss ---

@pytest.mark.parametrize("text", [
    "@fxqueen_signals on Telegram, she made me 9k in a month",
    "fxqueen77 is her telegram, she turned my 500 into 6k",
    "Contact him on wats app +1 415 555 0198 for the trading signals",
])
def test_a_handle_before_the_app_or_wats_app_gives_the_messaging_signal(text: str) -> None:
    assert MESSAGING in _reasons(text)


def test_a_testimonial_with_a_dotted_number_on_an_app_is_spam() -> None:
    text = "Mr Reeve got my money back in a week. WhatsApp: +44.7700.900.123"
    assert score_spam(text).is_spam, score_spam(text).reason


# --- quoted spam with no mocking words (left as it was before the change) ---

def test_a_spam_message_quoted_to_warn_without_mocking_words_is_not_spam() -> None:
    text = ("My neighbour got \"Your parcel could not be delivered, pay the £1.99 fee at "
            "royal-redeliver.info\" and paid it!")
    assert not score_spam(text).is_spam, score_spam(text).reason


# --- what the rules get right: pinned ---

@pytest.mark.parametrize("text", [
    "My account manager at the bank was useless, three weeks and no reply to a single email.",
    "I messaged him on WhatsApp and he never replied, so much for the councillor who listens.",
    "The council selected our street for the trial and nobody asked us.",
    "Search his name on the council site and you'll see the declarations of interest.",
    "I won a prize at the show for my marrows, first time in ten years.",
    "The forecast on bom.gov.au said rain all week.",
    "The story was on the-independent.co.uk too.",
    "Это позор, пенсия 15000 рублей в месяц, а чиновники получают миллионы.",
    "I've called 020 7946 0321 every day for a week about the bins and nothing happens.",
    "Got this message today: \"Your parcel could not be delivered, pay the £1.99 redelivery fee at "
    "royal-redeliver.info\". Anyone else?",
])
def test_ordinary_comments_near_the_new_signals_are_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam, score_spam(text).reason
    _agree(text)


def _seconds(text: str) -> float:
    """The shorter of two timings of scoring a text alone."""
    best = float("inf")
    for _ in range(2):
        # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
        start = time.process_time()
        score_spam(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", ["scam 'ab 'cd ", "телеграм 5 руб ", "w.h.a.t.s.a.p.p 7 7 7 . . zero oh "])
@pytest.mark.timing
def test_long_crafted_texts_cost_linear_time(unit: str) -> None:
    # (a quadratic pattern would take sixteen times as long on four times the text; linear, four)
    short, long = (("got this message " + unit * (n // len(unit))) for n in (20_000, 80_000))
    assert _seconds(long) < 8 * _seconds(short) + 0.5
