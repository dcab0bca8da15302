"""Stance, session 35 (H173): the words a comment shares with one side's claims. Invented
controversy: a harbour board ("they") closing a slipway to leisure boats, against the sailing club
("they"); a lifeboat coxswain and a speaker the config does not place also speak in the story.

- A word that a speaker of no side also says in the story (a witness, an official, a voice the
  config does not place) belongs to the story's setting, not to one side's line: it is no side's
  claim word, as the other sides' words are not. The side's words that nobody else says still
  count."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, Claims, classify_stance, tokenise

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("board", Person("Orrin Harbour Board", ("the board",), (), "they"), ("insurance costs",)),
           Side("club", Person("Orrin Sailing Club", ("the club",), (), "they"), ("free launching",))),
    people=(Person("Mabel Quist", ("Quist",), (), "she", "board"),
            Person("Tobias Renn", ("Renn",), (), "he", "club"),
            Person("Ewan Coyle", ("Coyle",), (), "he")),  # the coxswain: on no side
)
STATEMENTS = pd.DataFrame({
    "speaker": ["Mabel Quist", "Tobias Renn", "Ewan Coyle", "A harbour worker who asked not to be named"],
    "text": ["The concrete is cracked, every winter storm undermines the ramp, and the underwriters "
             "refuse cover.",
             "Juniors have launched dinghies from that ramp every evening since before the war, "
             "rain or shine.",
             "We launch the lifeboat at all hours, in any storm, and every evening we check the ramp.",
             "Most winter mornings the tide covers the bottom of the ramp."],
})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def stance(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


def stems(*words: str) -> set[str]:
    return {t.stem for w in words for t in tokenise(w)}


def test_a_word_a_speaker_of_no_side_also_says_is_no_sides_claim() -> None:
    # "storm" (the board's and the coxswain's), "evening" (the club's and the coxswain's), "winter"
    # (the board's and a speaker the config does not place)
    assert stems("storm", "evening", "winter").isdisjoint(CLAIMS.words["board"] | CLAIMS.words["club"])
    assert stems("cracked", "underwriters") <= CLAIMS.words["board"]
    assert stems("juniors", "dinghies") <= CLAIMS.words["club"]


@pytest.mark.parametrize("text", [
    "Watched a winter storm from the pier last night, spectacular.",  # the board's words, and others'
    "Stood there one winter evening in a storm and loved every minute.",
])
def test_setting_words_the_story_s_other_voices_use_take_no_side(text: str) -> None:
    assert stance(text) == NEUTRAL


@pytest.mark.parametrize(("text", "side"), [
    ("The concrete is cracked and no underwriter will touch it.", "board"),
    ("My juniors learned on dinghies there, that's what it's for.", "club"),
])
def test_words_only_one_side_says_still_count(text: str, side: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == side and "shares words with" in result.reason


def test_without_such_speakers_the_words_stay_the_sides() -> None:
    sided = STATEMENTS[STATEMENTS["speaker"].isin(["Mabel Quist", "Tobias Renn"])]
    claims = Claims.build(CONFIG, sided)
    assert stems("winter", "storm") <= claims.words["board"] and stems("evening") <= claims.words["club"]
    assert classify_stance("Watched a winter storm from the pier last night, spectacular.", CONFIG,
                           claims).stance == "board"  # what the rule above keeps from happening
