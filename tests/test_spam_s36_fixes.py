"""Session 36 (H205): the spam rules narrowed after the s36e review. Every text is invented; each rule
is pinned on what it must still catch and on the ordinary comments it must leave alone."""

import pytest
from spam_support import assert_paths_agree as _agree
from spam_support import signal_reasons as _reasons

from components.enrich.spam import score_spam

MESSAGING = "gives a handle or a number on a messaging app"
TRADER = "recommends a trader or a contact on a messaging app"


# --- the testimonial's manager and a contact on a messaging app ---

@pytest.mark.parametrize("text", [
    "Thanks to my investment manager Mr Osei Brandt I doubled my savings in weeks",
    "Ms Harriet Volk, my crypto recovery expert, got back all 2.3 BTC the scammers took",
    "He turned 800 into 9,000 in a month. Message him on WhatsApp, you won't regret it",
    "Please reach Dr Wilmot via Telegram, she helped my whole family",
    "His whatsapp number is +44 7700 900461",
])
def test_a_testimonials_manager_or_contact_still_fires(text: str) -> None:
    assert TRADER in _reasons(text)


@pytest.mark.parametrize("text", [
    "Our wealth of local traders, Mr Patel among them, deserve better from the council.",
    "I'll miss the broker's office on the corner, it was there fifty years.",
    "The investment banker Mr Frost told the committee nothing useful.",
    "We text them on WhatsApp and they answer within the hour, fair play to the surgery.",
    "Her Telegram account was hacked last spring, she told the hearing.",
    "My son calls her on WhatsApp every Sunday from Perth.",
])
def test_a_trader_or_a_messaging_app_in_the_story_does_not_fire(text: str) -> None:
    assert TRADER not in _reasons(text)
    assert not score_spam(text).is_spam, score_spam(text).reason
    _agree(text)


@pytest.mark.parametrize("text", [
    "@goldline_fx on telegram, best signals I've had",
    "trader_jo88 is my whatsapp, ask me anything",
    "watsapp +234 803 555 0172",
])
def test_a_handle_before_the_app_or_a_misspelt_app_fires(text: str) -> None:
    assert MESSAGING in _reasons(text)


@pytest.mark.parametrize("text", [
    "I saw it on WhatsApp first, then the news picked it up.",
    "Covid on WhatsApp was worse than covid itself, all those rumours.",
    "Mr Watts apparently never replied to the residents.",
])
def test_an_app_named_after_a_word_does_not_fire(text: str) -> None:
    assert MESSAGING not in _reasons(text)


# --- links: a lure's ending, a spaced dot, an office's host ---

LINK = "contains a link"
LINK_LIKE = "contains link-like text"


@pytest.mark.parametrize("text", [
    "claim yours at fast-refund-desk.support",
    "spin now at luckywheel.cash/spin",
    "Cheap flights at flyhub.pk",
])
def test_a_lures_or_a_countrys_ending_is_a_link(text: str) -> None:
    assert LINK in _reasons(text)


@pytest.mark.parametrize("text", [
    "We lost the vote.Support is thin on the ground now.",
    "Nobody asked for the loan.Cash is what they wanted.",
    "Figures at stats.govt.nz and at a government site, legislation.gob.mx",
])
def test_a_missing_space_or_an_offices_host_is_no_link(text: str) -> None:
    assert LINK not in _reasons(text)


@pytest.mark.parametrize("text", ["cheap watches at timeplus . shop", "go to spinwin . com now",
                                  "bigsale . store/today"])
def test_a_link_spaced_around_its_dot_is_link_like(text: str) -> None:
    assert LINK_LIKE in _reasons(text)


@pytest.mark.parametrize("text", ["They shut the shop . Store cupboards were empty by then.",
                                  "Best night out in years . Live music all evening."])
def test_a_stray_space_before_a_full_stop_is_not_link_like(text: str) -> None:
    assert LINK_LIKE not in _reasons(text)


# --- an offer's words in other languages, the phishing order, a contact asked for ---

JOB = "reads like a money or job offer"
PHISHING = "asks for bank or account details"
CONTACT = "asks to be messaged privately"


@pytest.mark.parametrize("text", [
    "Verdiene 300 Euro pro Tag, ganz einfach",
    "Trabalhe em casa e ganhe 200 reais por dia",
    "Получай 5000 рублей в день, пиши в личку",
    "Заработок онлайн без опыта",
    "Trabaja desde casa con tu móvil",
])
def test_an_offer_in_another_language_reads_as_one(text: str) -> None:
    assert JOB in _reasons(text)


@pytest.mark.parametrize("text", [
    "Ich verdiene 2000 Euro im Monat als Pflegerin, das reicht nicht.",
    "Лечение на дому стоит 4000 рублей, это дорого.",
    "Мне заплатили 300 рублей в день рождения внука, смешно.",
    "Vi o jogo em casa, o bilhete custava 60 euros.",
    "Lo vi desde casa, la entrada costaba 40 euros.",
])
def test_ordinary_words_of_other_languages_beside_a_sum_do_not_read_as_an_offer(text: str) -> None:
    assert JOB not in _reasons(text)


@pytest.mark.parametrize("text", [
    "Your subscription has lapsed. Update your payment details to keep watching",
    "Dear customer please confirm your card details within 24 hours",
    "Click here to verify your account information",
])
def test_an_order_to_give_bank_details_fires(text: str) -> None:
    assert PHISHING in _reasons(text)


@pytest.mark.parametrize("text", [
    "They will not, under any circumstances, ask you to verify your bank details.",
    "To get the grant you have to submit your bank details to the council yourself.",
    "No genuine bank would ever tell you to confirm your card details by text.",
])
def test_a_warning_or_a_real_request_is_no_phishing(text: str) -> None:
    assert PHISHING not in _reasons(text)


@pytest.mark.parametrize("text", ["text me on 07700 900461 for prices",
                                  "write to me at jan.sells@mailhub.com", "ring us at +44 20 7946 0999"])
def test_a_number_or_an_address_given_to_contact_fires(text: str) -> None:
    assert CONTACT in _reasons(text)


@pytest.mark.parametrize("text", ["Call me on Monday if you want to help with the bunting.",
                                  "Ring us at the weekend and we'll sort the keys out.",
                                  "Anyone with photos of the old mill, write to me at the library."])
def test_a_day_or_a_place_to_contact_is_no_private_message(text: str) -> None:
    assert CONTACT not in _reasons(text)


# --- a number: dotted or from "00"; a helpline's, or a seller's own line ---

PHONE = "gives a phone number"


@pytest.mark.parametrize("text", ["text +49.151.2345.6789 for the list", "ring 0044 7700 900461 today",
                                  "+1-415-555-0173"])
def test_an_international_number_dotted_or_from_00_is_a_phone_number(text: str) -> None:
    assert PHONE in _reasons(text)


@pytest.mark.parametrize("text", ["It cost 1.250.000 in 2019, far too much.",
                                  "The build is version 10.0.19045, update it."])
def test_dotted_figures_are_no_phone_number(text: str) -> None:
    assert PHONE not in _reasons(text)


def test_a_helpline_someone_else_runs_is_exempt_and_a_sellers_own_is_not() -> None:
    assert PHONE not in _reasons("The crisis line is 0800 555 0199 if anyone needs it tonight, they helped "
                                 "my son.")
    assert PHONE not in _reasons("Our family used the helpline, 0800 555 0199, it was a lifeline.")
    assert PHONE in _reasons("Behind on your loan? My support line is 0800 555 0199, no credit checks.")


# --- a spam message quoted to mock or warn of it, read once ---

def test_a_message_given_as_received_is_not_the_commenters() -> None:
    for text in ["My gran got 'Your TV licence has expired, renew at tvl-renewals.help/pay' and rang me "
                 "in a panic.",
                 "Dad was texted this morning: \"Your mobile number has won £500, reply YES to claim\" and "
                 "nearly replied."]:
        assert not score_spam(text).is_spam, score_spam(text).reason
        _agree(text)


@pytest.mark.parametrize("text", [
    "Lost £20k to fake brokers, then \"Ms Anya Holt, a crypto recovery expert on WhatsApp +1 415 555 "
    "0142\" got it all back for me",
])
def test_recovery_spam_telling_of_its_scam_keeps_its_quoted_contact(text: str) -> None:
    assert score_spam(text).is_spam, score_spam(text).reason
    _agree(text)


def test_a_victims_story_is_no_mocking_of_the_contact_it_quotes() -> None:
    assert MESSAGING in _reasons("I was scammed for years until I met 'Dr Felix Ramos, telegram "
                                 "@felixrecovers', he is the best")


def test_a_quote_mocked_as_a_scam_is_still_not_the_commenters() -> None:
    text = "Another one on here: 'Message Mr Kane on WhatsApp +44 7700 900461 for 30% weekly'. It's a scam."
    assert not score_spam(text).is_spam, score_spam(text).reason
    _agree(text)


def test_the_quote_check_runs_once_per_comment(monkeypatch: pytest.MonkeyPatch) -> None:
    from components.enrich import spam
    calls: list[str] = []
    original = spam._unquoted

    def counted(clean: str) -> str:
        calls.append(clean)
        return original(clean)

    monkeypatch.setattr(spam, "_unquoted", counted)
    text = "Got this message: 'Your parcel is held, pay the fee at parcel-desk.help/pay'. Spam everywhere."
    spam.score_spam(text)
    assert len(calls) == 1
    calls.clear()
    spam._score_texts([text])
    assert len(calls) == 1
