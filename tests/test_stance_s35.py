"""Stance, session 35: general readings of how people argue for or against a side, each with
cases where the rule must not change a thing. Invented controversy: a district council ("they")
closing a village library, against the library's friends' group ("they").

- A mildly hostile sentence about a side (VADER compound between -0.3 and -0.5: "upset", "lost",
  "cried") is as often the story's harm told ("Marr was upset when the vote went through") as the
  commenter's verdict: it counts against the side only beside another cue of the comment's own
  text that already points the same way, unless it says a word of blame of the side itself ("How
  selfish Marr is"; a feeling someone goes through, "upset", is no blame). A clearly hostile
  sentence still counts alone."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, Claims, classify_stance
from components.enrich.stance.scores import _Evidence

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("council", Person("Fenwick Council", ("the council",), (), "they"), ("cannot afford",)),
           Side("friends", Person("Friends of Ashby Library", ("the friends",), (), "they"),
                ("heart of the village",))),
    people=(Person("Rowan Pike", ("Pike",), (), "he", "council"),
            Person("Ida Marr", ("Marr",), (), "she", "friends")),
)
# What each side's people said in the corpus: their words become that side's claim words.
STATEMENTS = pd.DataFrame({
    "speaker": ["Rowan Pike", "Ida Marr"],
    "text": ["The building needs a new roof and the budget is already stretched.",
             "Children do their homework there every evening and pensioners read the papers."],
})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def stance(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


@pytest.mark.parametrize("text", [
    "Marr was upset when the vote went through.",  # what happened to her, told
    "Marr cried when the vote went through.",
    "Marr lost the vote by two.",
    "The friends were upset when the vote went through.",
])
def test_a_mildly_hostile_sentence_alone_takes_no_side(text: str) -> None:
    assert stance(text) == NEUTRAL


@pytest.mark.parametrize(("text", "side"), [
    ("Pike got a hard time at the meeting, people were angry about the roof.", "friends"),  # -0.57
    ("Pike has been dishonest and cruel to the volunteers, it's shameful.", "friends"),
])
def test_a_clearly_hostile_sentence_still_counts_alone(text: str, side: str) -> None:
    assert stance(text) == side


@pytest.mark.parametrize(("text", "side"), [
    ("How selfish Marr is, every single time.", "council"),  # -0.48, a word of blame said of her
    ("Marr is selfish.", "council"),
])
def test_a_mild_word_of_blame_said_of_a_side_still_counts_alone(text: str, side: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == side and "speaks ill of Ida Marr" in result.reason


def test_a_mildly_hostile_sentence_counts_beside_a_cue_the_same_way() -> None:
    result = classify_stance("Marr was upset when the vote went through, and the council cannot "
                             "afford a new roof.", CONFIG, CLAIMS)
    assert result.stance == "council" and "speaks ill of Ida Marr" in result.reason


def test_a_tentative_cue_counts_only_for_a_side_already_backed() -> None:
    ev = _Evidence()
    ev.add("council", 1.0, "makes a claim")
    ev.tentative.extend([("council", 0.5, "mild"), ("friends", 0.5, "mild")])
    ev.settle_tentative()
    assert ev.scores == {"council": 1.5} and ev.tentative == []


def test_tentative_cues_are_scaled_when_merged() -> None:
    inner, outer = _Evidence(), _Evidence()
    inner.tentative.append(("friends", 0.4, "mild"))
    outer.merge(inner, 0.5, " (granted)")
    assert outer.tentative == [("friends", 0.2, "mild (granted)")]
