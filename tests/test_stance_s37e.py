"""Session 37 (H245): dismissive closers, conceded clauses before "but" and a change of mind across
sentences, on an invented controversy: a town council shuts its old lido, and a swimmers' club
fights to keep it open."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

CONFIG = CorpusConfig(
    name="Brackley council shuts the Brackley lido",
    sides=(Side("council", Person("Brackley Council", ("the council",), (), "they"),
                ("the boiler failed its inspection", "repairs would cost two million")),
           Side("club", Person("Brackley Lido Swimmers", ("the swimmers", "the club"), (), "they"),
                ("the lido is a lifeline for older people", "the council let it rot on purpose"))),
)
COUNCIL, CLUB = "council", "club"


def stance(text: str) -> str:
    return classify_stance(text, CONFIG).stance


# ---- 1. a dismissive closer turns the claim the comment echoes -------------------------------------

@pytest.mark.parametrize("text", [
    "The boiler failed its inspection the week after the developer rang. Convenient.",
    "So the boiler failed its inspection, right on cue. How convenient.",
    "Repairs would cost two million, apparently. Listen to yourselves.",
    "The boiler failed its inspection the month the land was valued. Funny that.",
    "Repairs would cost two million, for a pool. You couldn't make it up.",
])
def test_a_dismissive_closer_turns_the_claim_it_follows(text: str) -> None:
    assert stance(text) == CLUB


@pytest.mark.parametrize("text,side", [
    # the closer says more than a dismissal: not a verdict on what came before
    ("The boiler failed its inspection. Convenient for the council, that timing.", COUNCIL),
    ("The boiler failed its inspection. Listen to yourselves talk about a lifeline.", COUNCIL),
    # a stock closer left out: it underlines, sincerely, what it follows
    ("The council let it rot on purpose. Says it all.", CLUB),
    # a dismissive closer after no side's claim moves nothing
    ("It rained all week at the seaside. Convenient.", NEUTRAL),
    # the closer opens the comment: nothing is before it to dismiss
    ("Convenient.", NEUTRAL),
    # sincere praise with a tail is still not a bare verdict
    ("The lido is a lifeline for older people. Great work there by the volunteers.", CLUB),
])
def test_a_closer_that_is_not_a_bare_dismissal_turns_nothing(text: str, side: str) -> None:
    assert stance(text) == side


def test_ironic_praise_of_logic_with_a_widening_tail_turns_the_claim() -> None:
    text = "The boiler failed its inspection, so shut the whole lido. Brilliant logic all round."
    assert stance(text) == CLUB
