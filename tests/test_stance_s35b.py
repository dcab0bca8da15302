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
