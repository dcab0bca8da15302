"""Stance, session 35 (second pass): general readings of how people argue for or against a side,
each with cases where the rule must not change a thing. Invented controversy: a water company
("they") that wants to build a reservoir over a valley, against the valley's residents'
association ("they"), with the company's engineer Ivo Brandt (he) and the association's chair
Sela Ondrak (she).

- A side's claim reported and then denied by the commenter ("Brandt says the dam is safe. The
  dam has never been tested.", "the company says nobody lives there, but my nan has lived there
  for sixty years") argues against that side: the denial turns the claim's polarity (one of the
  two negated, the other not), is not warm ("... and he's not wrong" agrees), is not a question,
  and is tied to the claim (the rest of the same sentence after a "but", or a next sentence that
  repeats one of the claim's words or refers to the same person). No report is made in "if
  Brandt says ...", "nobody says ...", "Brandt never said ..." or a question."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import Claims, classify_stance
from components.enrich.stance.evidence import _own_evidence

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("company", Person("Harrow Water", ("the company", "the water company"), (), "they"),
                ("needs more storage",)),
           Side("residents", Person("Tull Valley Residents", ("the residents' association",), (), "they"),
                ("drown the valley",))),
    people=(Person("Ivo Brandt", ("Brandt",), (), "he", "company"),
            Person("Sela Ondrak", ("Ondrak",), (), "she", "residents")),
)
STATEMENTS = pd.DataFrame({
    "speaker": ["Ivo Brandt", "Sela Ondrak"],
    "text": ["The region runs short of water every dry summer and the reservoir is the cheapest fix.",
             "Forty families would lose their homes and the church would go under the water."],
})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def stance(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


@pytest.mark.parametrize(("text", "side"), [
    ("Brandt says the dam will hold in any flood. Dams in this valley have never held in a big flood.",
     "residents"),
    ("Brandt says he cares about the valley. He has never been down there.", "residents"),
    ("The company says nobody lives in the valley, but my nan has lived there for sixty years.", "residents"),
    ("Ondrak claims the church is listed. It isn't listed and never was.", "company"),
    ("Ondrak says the families will get nothing. The families are getting full market price "
     "plus moving costs.", "company"),
])
def test_a_reported_claim_denied_argues_against_its_side(text: str, side: str) -> None:
    assert stance(text) == side


@pytest.mark.parametrize("text", [
    "If Brandt says the dam will hold, nobody here will believe him.",  # imagined, not reported
    "Nobody says the dam will hold in every flood. It has never been tested in one.",
    "Brandt never said the dam would hold in any flood. Read the report.",
    "Brandt says the dam will hold in any flood. Has it ever been tested?",  # a question, not a denial
    "Brandt says the valley will not flood in winter. The valley hasn't flooded in fifty years.",  # agrees
    "Ondrak says the church would go under. Sadly she's not wrong.",  # a word of blame denied: agrees
    "Ondrak says the church would go under. She isn't lying either.",
    "Brandt says the reservoir will open in 2030. The weather was awful last week.",  # not tied
])
def test_no_report_or_no_denial_takes_no_side_by_this_rule(text: str) -> None:
    assert "denies it" not in classify_stance(text, CONFIG, CLAIMS).reason


# Praise granted before a "but" inside one sentence (the turn then says nothing warm) counts for
# half, as it does when a sentence opens by granting ("Yes, ...") or the praise is its own sentence
# before a "But ...": the point of the sentence is what follows the turn.

def praise_for(text: str, side: str) -> float:
    return _own_evidence(text, CONFIG, CLAIMS).scores.get(side, 0.0)


@pytest.mark.parametrize(("praise", "turn", "side"), [
    ("Ondrak is a lovely woman", "she has been a handful at every meeting since March", "residents"),
    ("Brandt is a brilliant engineer", "he has been at the valley office all week", "company"),
    ("Ondrak has been great with the families", "the church is not her call", "residents"),
])
def test_praise_before_a_cold_turn_is_granted_not_the_point(praise: str, turn: str, side: str) -> None:
    alone = praise_for(f"{praise}.", side)
    assert alone > 0
    assert praise_for(f"{praise} but {turn}.", side) <= alone / 2 + 1e-9


@pytest.mark.parametrize(("text", "side"), [
    ("Ondrak is a lovely woman and a brilliant chair, she has fought for every family.", "residents"),
    # warm after the turn as well: praise all through, nothing granted
    ("Brandt is a brilliant engineer but he is also a kind and honest man.", "company"),
    ("The weather was awful but Brandt was brilliant and kind to everyone at the meeting.", "company"),
])
def test_praise_that_is_the_point_still_counts_fully(text: str, side: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == side
    assert "granted" not in result.reason
