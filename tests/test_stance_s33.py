"""Stance, session 33: three ways people say the opposite of what their words' feeling says, each
with cases where the rule must not change a thing.

- "<side> is happy to take the money": a word said of someone that opens "<word> to <verb>" tells
  what they are ready to do; the doing is what is judged, not the word's warmth.
- "If Rowe is so sure, publish the figures": granting a quality only to dare them to show it
  doubts it.
- "Don't pretend the council cares": warmth the commenter denies a side is no warmth."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

# A market trader ("he") against a town council ("they"), invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("rowe", Person("Dan Rowe", ("Rowe", "Dan"), (), "he"), ("the stalls should stay",)),
           Side("council", Person("Fenby Council", ("the council",), (), "they"),
                ("the square needs repairs",))),
)


@pytest.mark.parametrize(("text", "word"), [
    ("The council are happy to take the parking money.", "happy"),
    ("Rowe is glad to sell anything to anyone.", "glad"),
    ("Rowe is keen to help.", "keen"),
])
def test_a_word_that_opens_what_a_side_is_ready_to_do_is_not_said_of_the_side(text: str, word: str) -> None:
    # (the sentence's feeling as a whole may still count; the word is not read as said of the side)
    assert f'{word}")' not in classify_stance(text, CONFIG).reason


@pytest.mark.parametrize(("text", "stance"), [
    ("The council is brilliant.", "council"),  # no "to": the word is said of the side
    ("Rowe is happy, and the stalls are full.", "rowe"),
    ("Rowe is awful to his neighbours.", "council"),  # "to" before no verb: still said of him
])
def test_a_word_said_of_a_side_still_counts(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("If Rowe is so sure of his numbers, publish them.", "council"),
    ("If the council are so worried about the square, why did they cut the budget?", "rowe"),
    ("if he's so honest, show us the accounts. Rowe has hidden them.", "council"),
])
def test_a_quality_granted_only_to_dare_a_side_doubts_it(text: str, stance: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance and "challenges" in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    ("If Rowe is right, the stalls should stay.", "rowe"),  # a plain condition, no "so"
    ("Rowe is so sure of himself and he is brilliant.", "rowe"),  # no "if"
    ("If Rowe is really the one who saved the market, thank you Dan.", "rowe"),  # no "so"
    ("If Rowe is that good, give him the job.", "rowe"),
])
def test_a_plain_condition_or_a_plain_so_is_no_challenge(text: str, stance: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance and "challenges" not in result.reason


@pytest.mark.parametrize("text", [
    "Please don't pretend the council care about the market, they care about fees.",
    "Stop pretending the council are kind to traders.",
])
def test_warmth_the_commenter_denies_a_side_is_no_warmth(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "rowe" and "speaks well" not in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    ("I won't pretend to know the law, but the council are kind and fair.", "council"),
    ("I don't pretend it's easy; Rowe is wonderful.", "rowe"),
    ("Nobody is pretending. The council are lovely and kind.", "council"),
])
def test_the_commenters_own_pretence_or_a_pretence_elsewhere_changes_nothing(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


def test_a_neutral_sentence_stays_neutral() -> None:
    assert classify_stance("The council meets on Tuesday.", CONFIG).stance == NEUTRAL


@pytest.mark.parametrize(("text", "stance"), [
    ("He bit the hand that fed him.", "council"),
    ("Closing the road was against the rules and the council knew it full well.", "rowe"),
    ("The council knows perfectly well what the traders need.", "rowe"),
])
def test_idioms_of_ingratitude_and_knowing_wrong_find_fault(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize("text", [
    "I knew full well the market would be busy.",  # the commenter's own knowing: no side
    "My dog bit the hand of the postman.",
])
def test_the_idioms_about_no_side_give_none(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == NEUTRAL
