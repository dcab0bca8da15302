"""Session 37 review (H241) of H231's stance change (40a1c43, 15794d0, 210ffe5): mock praise, a verdict
aimed at the readers or an unnamed doer, and a side's singular name met in the plural as a kind.

Invented controversies: a water company plans to drain a reservoir an anglers' club fishes; a minister
refuses a porters' union's pay claim; a council takes a football club's ground. A strict xfail is a
fault the change has (its reason says when the commit before it, 6e44349, got the case right); a
plain test pins what the change gets right."""

import time

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

RESERVOIR = CorpusConfig(
    name="Calder Water plans to drain Mossley reservoir",
    sides=(Side("water", Person("Calder Water", ("the water company", "Calder"), (), "they"),
                ("the dam is unsafe", "draining is the only safe option")),
           Side("anglers", Person("Mossley Anglers", ("the anglers", "the angling club"), (), "they"),
                ("the reservoir is full of wildlife", "the dam can be repaired"))),
    people=(Person("Bryn Tallis", ("Tallis", "Bryn"), (), "he", side="anglers"),),
)
WATER, ANGLERS = "water", "anglers"

PAY = CorpusConfig(
    name="Minister Hale refuses the union's pay claim",
    sides=(Side("minister", Person("Gwen Hale", ("Hale", "the minister"), (), "she"),
                ("the pay claim is unaffordable",)),
           Side("union", Person("Allied Porters' Union", ("the union",), (), "they"),
                ("porters deserve a fair wage",))),
)
UNION = "union"

GROUND = CorpusConfig(  # a side whose own name is a plural
    name="Ashcombe Rovers lose their ground to Brindle council",
    sides=(Side("club", Person("Ashcombe Rovers", ("the Rovers", "Rovers"), (), "they"),
                ("the ground is our home",)),
           Side("council", Person("Brindle District Council", ("the council",), (), "they"),
                ("the lease has expired",))),
)


def stance(text: str, config: CorpusConfig = RESERVOIR) -> str:
    return classify_stance(text, config).stance


# ---- mock praise ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I agree with Bryn Tallis. Oh yes, I'm sure Calder Water has our best interests at heart.",
    "Bryn Tallis has been brilliant. As for Calder Water, I'll be sure to thank them when the "
    "reservoir is a mud flat.",
])
def test_a_mock_of_one_side_does_not_turn_sincere_praise_of_the_other(text: str) -> None:
    assert stance(text) == ANGLERS


@pytest.mark.parametrize(("text", "config", "side"), [
    ("Oh well done Mossley Anglers, great result, so pleased for everyone at the club!", RESERVOIR, ANGLERS),
    ("Oh great, the angling club won the appeal! Lovely news.", RESERVOIR, ANGLERS),
    ("Oh well done Rovers, brilliant win on Saturday!", GROUND, "club"),
])
def test_a_sincere_oh_well_done_keeps_its_side(text: str, config: CorpusConfig, side: str) -> None:
    assert stance(text, config) == side


def test_i_will_be_sure_to_donate_is_a_sincere_promise() -> None:
    assert stance("Great work by the angling club. I'll be sure to donate at the summer fair.") == ANGLERS


@pytest.mark.parametrize("text", [
    "Bryn Tallis did a brilliant job, he will bounce back I'm sure.",
    "I'm sure the anglers are delighted with the ruling, and rightly so.",
])
def test_a_kind_i_am_sure_is_not_sarcasm(text: str) -> None:
    assert stance(text) == ANGLERS


def test_brilliant_the_lot_of_you_to_helpers_is_sincere() -> None:
    text = "Thank you to everyone at Mossley Anglers who turned out. Brilliant, the lot of you."
    assert stance(text) == ANGLERS


# ---- a verdict aimed at the readers or an unnamed doer -------------------------------------------

@pytest.mark.parametrize("text", [
    "Whoever signed this off at Calder Water should be ashamed.",
    "Whoever is running Calder Water has no idea.",
])
def test_a_doer_inside_the_side_takes_the_verdict_to_the_side(text: str) -> None:
    assert stance(text) == ANGLERS


@pytest.mark.parametrize(("text", "side"), [
    ("Anyone who has walked the dam knows Calder Water has no idea.", ANGLERS),
    ("Anyone who still backs Bryn Tallis has no idea.", WATER),
])
def test_anyone_who_does_not_excuse_the_side_the_clause_blames(text: str, side: str) -> None:
    assert stance(text) == side


@pytest.mark.parametrize(("text", "side"), [
    ("Shame on everyone at Calder Water who signed this off.", ANGLERS),
    ("Shame on people like Bryn Tallis.", WATER),
])
def test_shame_on_a_crowd_named_with_a_side_is_shame_on_the_side(text: str, side: str) -> None:
    assert stance(text) == side


def test_a_long_whoever_clause_is_read_like_a_short_one() -> None:
    short = "Whoever reported Bryn Tallis to the bailiffs should be ashamed."
    long = ("Whoever reported Bryn Tallis to the water bailiffs over one tiny undersized fish on a wet "
            "Sunday morning should be ashamed.")
    assert stance(short) == NEUTRAL
    assert stance(long) == NEUTRAL


@pytest.mark.parametrize("text", [
    "Some of you will disagree but Calder Water should be ashamed.",
    "As some of you know Calder Water has no idea what it is doing.",
    "Shame on some of you. Calder Water has no idea.",
])
def test_readers_addressed_beside_a_side_named_still_leave_the_verdict_on_the_side(text: str) -> None:
    assert stance(text) == ANGLERS


def test_whoever_in_a_neutral_question_names_no_verdict() -> None:
    assert stance("Does anyone know whoever wrote the Calder Water report? Honest question.") == NEUTRAL


# ---- a side's singular name in the plural --------------------------------------------------------

def test_standing_with_the_kind_is_standing_with_the_side() -> None:
    assert stance("I stand with unions on this, always have.", PAY) == UNION


def test_both_of_a_pair_that_includes_the_side_still_names_it() -> None:
    assert stance("Both unions have been brilliant through all this.", PAY) == UNION


def test_a_letter_to_unions_is_not_a_verdict_on_the_union() -> None:
    # 6e44349 read "unions was an insult" as scorn for the union; the kind after "to" fixes that
    assert stance("The minister's letter to unions was an insult.", PAY) == UNION


# ---- cost ------------------------------------------------------------------------------------------

@pytest.mark.timing
def test_a_five_thousand_word_comment_stays_fast() -> None:
    unit = ("Whoever reported Bryn Tallis to some of you people and three different clubs I am sure "
            "the anglers are thrilled oh well done Calder Water ")
    words = (unit * 400).split()[:5000]
    # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
    started = time.process_time()
    classify_stance(" ".join(words), RESERVOIR)
    assert time.process_time() - started < 2.0
