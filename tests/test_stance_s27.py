"""Stance faults found in session 27 on invented text: a low opinion after "I thought" is held,
"should have kept quiet" finds fault, and a sentence whose pronouns cannot be the last named side's
is not about them; each with the cases where the rule must not fire."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

# A conductor ("she") against a board ("they"), invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("lind", Person("Ada Lind", ("Lind", "Ada"), (), "she"), ("the season was cut",)),
           Side("board", Person("Harrow Board", ("the board",), (), "they"), ("the books must balance",))),
)


@pytest.mark.parametrize(("text", "stance", "reason_part"), [
    # a low opinion after "I thought", with no turn after it, is the commenter's own
    ("I thought Lind's sneering about the film nights was really unfair.", "board", "speaks ill of Ada Lind"),
    # must not fire: a high opinion given up
    ("I thought Lind was a good person.", NEUTRAL, ""),
])
def test_a_low_opinion_after_i_thought_is_held(text: str, stance: str, reason_part: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance and reason_part in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    ("She should have kept quiet until the meeting.", "board"),
    ("Lind should have kept her mouth shut.", "board"),
    ("She should have kept her opinions to herself.", "board"),
    # must not fire: keeping a job or a post is something she is owed
    ("She should keep her job.", "lind"),
    ("Lind should have kept her post.", "lind"),
])
def test_should_have_kept_quiet_finds_fault(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


def test_a_sentence_with_another_sides_pronoun_is_not_about_the_last_named() -> None:
    # "they" cannot be Lind ("she"): the last sentence is about somebody else, not her
    result = classify_stance("Lind is talented. They did what they had to do.", CONFIG)
    assert "had to" not in result.reason and "talented" in result.reason


@pytest.mark.parametrize(("text", "stance", "reason_part"), [
    # must not fire: a sentence with no pronoun, or with hers, is still about her
    ("Lind was sacked for telling the truth. Shameful.", "lind", "judges what was done to Ada Lind"),
    ("Lind spoke up. She did what she had to do.", "lind", "had to"),
])
def test_a_sentence_with_the_sides_own_pronoun_is_still_about_them(text: str, stance: str,
                                                                  reason_part: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance and reason_part in result.reason


@pytest.mark.parametrize("text", [
    # what a side says of itself is their feeling, not the commenter's
    "Lind says she loves this orchestra.",
    "Lind claims she is a great friend of the players.",
    "Lind now says the season was wonderful.",
])
def test_what_a_side_says_of_itself_is_not_the_commenters_feeling(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == NEUTRAL and "speaks well" not in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    # must not fire: the commenter's own feeling about a side, and a saying verb after a clause break
    ("Lind is a wonderful conductor and a great friend of the players.", "lind"),
    ("What a wonderful evening Lind gave us, everyone says so.", "lind"),
])
def test_the_commenters_own_feeling_still_counts(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance
