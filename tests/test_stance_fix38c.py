"""Fixes to the sarcasm markers in stance (session 38, review test_review_s38c), on invented text: a
town bakery that wants to extend over the square against a market traders' guild."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import classify_stance
from components.enrich.stance.feeling import _compound
from components.enrich.stance.tokens import _sentence_ends, _sentences, _text_tokens

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("bakery", Person("Crumb & Co Bakery", ("the bakery",), (), "they"),
                ("the extension brings jobs to the square", "the ovens need more room")),
           Side("guild", Person("Eastgate Traders Guild", ("the guild",), (), "they"),
                ("the stalls lose their pitches", "the square belongs to the market"))),
)


@pytest.mark.parametrize("text", ["the guild wrecked the fair \U0001F923",
                                  "the bakery burnt the loaves \U0001F602\U0001F602"])
def test_laughing_faces_carry_no_feeling(text: str) -> None:
    bare = text.rstrip("\U0001F602\U0001F923 ")
    assert _compound(text) == _compound(bare)


def test_a_laughing_face_does_not_lift_the_feeling() -> None:
    assert _compound("lovely fair \U0001F602") == _compound("lovely fair")


def test_laughing_at_a_named_side_is_not_praise() -> None:
    result = classify_stance("Eastgate Traders Guild ruined market day \U0001F923\U0001F923", CONFIG)
    assert result.stance != "guild" and "speaks well of" not in result.reason


@pytest.mark.parametrize("text", [
    "Agreed, the ovens need more room haha",
    "I completely agree the ovens need more room lol",
    "Exactly, the ovens need more room \U0001F602",
    "Genuinely the ovens need more room lol",
])
def test_laughter_after_agreement_laughs_along(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "bakery" and "laughs at" not in result.reason


@pytest.mark.parametrize("text", [
    "the ovens need more room lol",
    "Oh great, the ovens need more room lol",  # warm words and laughter: mock praise
    "I don't agree. the ovens need more room lol",  # the agreement is another sentence's
])
def test_laughter_without_agreement_still_laughs(text: str) -> None:
    assert "laughs at" in classify_stance(text, CONFIG).reason


@pytest.mark.parametrize("text", [
    "Yes, because the ovens need more room.",
    "Yeah because the ovens need more room, simple as that.",
])
def test_a_plain_yes_because_answers(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "bakery" and "scorns" not in result.reason


@pytest.mark.parametrize("text", [
    "Oh yes, because the ovens need more room.",
    "Yeah right, because the ovens need more room.",
    "Sure, because the ovens need more room.",
    "Right because the ovens need more room.",
])
def test_a_sarcastic_because_scorns(text: str) -> None:
    assert "scorns" in classify_stance(text, CONFIG).reason


def test_a_framed_sentence_leaves_the_dismissive_closer_its_turn() -> None:
    text = "So the ovens need more room. Strange how the rent only rises for the flower sellers. Convenient."
    assert classify_stance(text, CONFIG).stance == "guild"
    assert classify_stance(text.removesuffix(" Convenient."), CONFIG).stance == "bakery"


@pytest.mark.parametrize("after", ["\U0001F923", "haha", "Just saying.", "Asking for a friend."])
def test_a_same_question_with_a_knowing_tag_sneers(after: str) -> None:
    text = f"Is this the same Eastgate Traders Guild that opened the Sunday market? {after}"
    assert classify_stance(text, CONFIG).stance == "bakery"


@pytest.mark.parametrize("after", ["", "I only moved here in May.", "Asking as my aunt sold bread."])
def test_a_same_question_without_a_tag_asks(after: str) -> None:
    text = f"Is this the same Eastgate Traders Guild that opened the Sunday market? {after}".strip()
    assert classify_stance(text, CONFIG).stance == "neutral"


@pytest.mark.parametrize("text", [
    "Amazing how the ovens need more room even when the shop is half empty.",
    "Love how the extension brings jobs to the square while the works go on.",
    "Curious how the extension brings jobs to the square, will they hire locally?",
    "Funny how the extension brings jobs to the square and everyone is so pleased.",
])
def test_sincere_frames_are_meant(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "bakery" and "scorns" not in result.reason


@pytest.mark.parametrize("text", [
    "Amazing how the ovens only need more room when the market is on.",
    "Curious how the ovens suddenly need more room.",
    "Funny how the extension brings jobs to the square.",  # not warm: the frame scorns
    "Funny how the extension only brings jobs to the square so happily for the owners.",
])
def test_sarcastic_frames_still_scorn(text: str) -> None:
    assert "scorns" in classify_stance(text, CONFIG).reason


@pytest.mark.parametrize("laugh", ["lololol", "ahaha", "(haha)", "\U0001F606\U0001F606"])
def test_other_spellings_of_laughter(laugh: str) -> None:
    result = classify_stance(f"the stalls lose their pitches {laugh}", CONFIG)
    assert "laughs at" in result.reason and result.stance == "bakery"


@pytest.mark.parametrize("text", ["the stalls lose their pitches (see the map)",
                                  "the stalls lose their pitches aha"])
def test_words_like_laughter_are_not(text: str) -> None:
    assert "laughs at" not in classify_stance(text, CONFIG).reason


@pytest.mark.parametrize("text", [
    "the stalls lose their pitches... haha",
    "The stalls lose their pitches. Lmao.",
    "The stalls lose their pitches!! \U0001F923",
])
def test_laughter_set_off_by_its_own_mark_laughs(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert "laughs at" in result.reason and result.stance == "bakery"


@pytest.mark.parametrize("text", [
    "The stalls lose their pitches. Lol that reminds me of my first market.",  # the laughter opens more
    "The stalls lose their pitches. My kids laughed lol.",  # laughter at something else
])
def test_laughter_that_opens_another_sentence_is_not_set_off(text: str) -> None:
    assert "laughs at" not in classify_stance(text, CONFIG).reason


def test_sentence_ends_are_places_not_shared_tokens() -> None:
    tokens = _text_tokens("Really? Is it the same market? \U0001F602 Yes.")
    ends = _sentence_ends(tokens)
    assert ends == [2, 8, 11] and [t.text for t in tokens[ends[1]:ends[1] + 1]] == ["\U0001F602"]
    assert len(ends) == len(_sentences(tokens))


@pytest.mark.parametrize(("text", "stance"), [
    ("Is this the same Eastgate Traders Guild that promised to keep the square open?", "bakery"),
    ("Is this the same Eastgate Traders Guild who once vowed to keep rents low?", "bakery"),
    ("Is this the same Eastgate Traders Guild my uncle said opened the Sunday market?", "neutral"),
])
def test_a_same_question_recalls_only_their_own_word(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance
