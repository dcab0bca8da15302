"""Review of session 35's last merges (H180), as tests on invented text: H176's attribution (an unnamed
source's "familiar with / close to X", a business set off after a spokesperson, "<Body>'s CEO said") and
H177's stance (a warm reply agrees with the commenter it answers; small talk takes no prior).

Plain tests pin what is right; strict xfails pin a fault each (the reason says which)."""

import pytest

from components.core.config import Person
from components.enrich.stance import reply_tone
from tests.test_attribution_s35b import HART, OPENING, PEOPLE, _speaker_of
from tests.test_stance_s35d import SIDED, replied, stances

QUOTE = '"a danger to every boat"'
SAID = f" said the quay was {QUOTE} this week."


def _said_by(subject: str, people: tuple[Person, ...] = PEOPLE) -> str:
    """The speaker given to a quote whose sentence opens with this subject."""
    return _speaker_of(OPENING + subject + SAID, "a danger to every boat", people)


def _holder(descriptor: str) -> Person:
    return Person("Ada Lind", ("Lind",), (), "she", "lind", descriptors=(descriptor,))


# ---- attribution: what the new readings get right ----

@pytest.mark.parametrize(("subject", "speaker"), [
    ("A spokeswoman for the council, Ada Lind,", "Ada Lind"),            # a person set off is the speaker
    ("A source close to the talks, Ada Lind,", "Ada Lind"),              # named after all
    ("A source at the port close to the talks, Mary Quinn,", "Mary Quinn"),
    ("A spokesman for the firm, which is owned by Corrow Media,", "a spokesman for the firm"),
    ("A source at the port close to Lind", "a source at the port close to Lind"),
])
def test_set_off_and_known_to_readings_that_hold(subject: str, speaker: str) -> None:
    assert _said_by(subject) == speaker


def test_an_office_held_by_two_config_people_and_a_persons_chief_of_staff_name_nobody() -> None:
    founders = (_holder("founder of Quayline"),
                Person("Jo Cole", ("Cole",), (), "she", "cole", descriptors=("Quayline's founder",)), HART)
    assert _said_by("Quayline's founder", founders) == "Quayline's founder"
    assert _said_by("Lind's chief of staff") not in ("Ada Lind", "not found")


# ---- attribution: faults ----

@pytest.mark.parametrize(("subject", "descriptor"), [
    ("Quayline's former CEO", "chief executive of Quayline"),
    ("Quayline's deputy chief", "chief executive of Quayline"),
    ("Quayline's former chairman", "chair of Quayline"),
    ("Quayline's finance director", "director of Quayline"),
])
def test_another_officer_of_a_body_is_not_the_configs_holder(subject: str, descriptor: str) -> None:
    assert _said_by(subject, (_holder(descriptor), HART)) != "Ada Lind"


@pytest.mark.parametrize("subject", [
    "A spokeswoman for the council, press officer Mary Quinn,",   # was Mary Quinn before H176
    "A spokeswoman for the council, its owner Mary Quinn,",       # was Mary Quinn before H176
    "A spokeswoman for the council, Mary Quinn of Corrow Media,",
    "A spokeswoman for the council, Mary Quinn from the harbour office,",
])
def test_a_person_set_off_with_a_role_or_an_of_phrase_is_the_spokesperson(subject: str) -> None:
    assert _said_by(subject) == "Mary Quinn"


def test_a_config_person_with_a_business_like_surname_set_off_is_the_speaker() -> None:
    co = Person("Ramon Co", ("Co", "Mr Co"), (), "he", "co")
    assert _said_by("A spokesman for the company, Ramon Co,", (co, *PEOPLE)) == "Ramon Co"


@pytest.mark.xfail(strict=True, reason=(
    "'the company's founder' with two config founders picks one of them (older than H176: not the new"
    " office rule)"))
def test_the_companys_founder_with_two_config_founders_is_unnamed() -> None:
    founders = (_holder("founder of Quayline"),
                Person("Jo Cole", ("Cole",), (), "she", "cole", descriptors=("Quayline's founder",)), HART)
    assert _said_by("The company's founder", founders) not in ("Ada Lind", "Jo Cole")


def test_a_body_named_with_a_comma_keeps_its_whole_name() -> None:
    assert _said_by("A spokesperson for the Ministry of Health, Labour and Welfare") == (
        "a spokesperson for the Ministry of Health, Labour and Welfare")


# ---- stance: what the warm-reply and small-talk rules get right ----

@pytest.mark.parametrize("text", [
    "Sending thoughts and prayers to your keyboard.",
    "So sorry your feelings are hurt.",
    "Thank you for proving my point.",
    "Thanks for nothing.",
    "Sending love. You're still wrong about the ferry.",
    "Source? You made it up.",
])
def test_sarcastic_or_turned_warmth_does_not_agree(text: str) -> None:
    assert reply_tone(text) != "agree"


def test_a_hostile_request_for_a_source_still_argues_back() -> None:
    assert reply_tone("Source? You made it up.") == "hostile"
    answer = "@Moira Tulloch Source? You made it up."
    assert replied(("Moira Tulloch", SIDED), ("Ewan Rae", answer))[1] == "ferry"


# ---- stance: faults ----

@pytest.mark.parametrize("text", [
    "Sending hugs, I disagree completely with you on the boats.",
    "Sending love. I disagree with you on the boats.",
    "Sending love. Nobody believes you.",
    "Thanks for sharing. Pity none of it is true.",
])
def test_a_warm_opening_then_plain_disagreement_does_not_agree(text: str) -> None:
    assert reply_tone(text) != "agree"


def test_a_warm_reply_that_disagrees_does_not_take_the_answered_side() -> None:
    answer = "@Moira Tulloch Sending hugs, I disagree completely with you on the boats."
    stance = replied(("Moira Tulloch", SIDED), ("Ewan Rae", answer))[1]
    assert stance != "island"


def test_sarcastic_sympathy_does_not_agree() -> None:
    assert reply_tone("Sorry to hear you can't read.") != "agree"


@pytest.mark.xfail(strict=True, reason=(
    "only the first sentence is read for small talk, so a thanks followed by an argument on the story"
    " loses the commenter's prior (a judgement call: 'Thanks Ailsa! Hoping to get over to the hospital"
    " in March.' is small talk in tests/test_stance_s35d.py, and no general test told them apart)"))
@pytest.mark.parametrize("text", [
    "Thanks Ailsa! The winter crossings are the only way to the hospital.",
    "Cheers mate. The hospital is a ferry ride away and now there is no ferry.",
    "Source? The boats were full every time I sailed.",
])
def test_small_talk_then_an_argument_keeps_the_commenters_side(text: str) -> None:
    assert stances(("Moira Tulloch", SIDED), ("Moira Tulloch", text))[1] == "island"
